/**
 * Per-tab page state, kept in session storage because the service worker
 * sleeps and loses its memory; cleared when the tab closes or navigates.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PageReport } from '@/lib/page-report';

export interface TabState extends PageReport {
  updatedAt: number;
}

function key(tabId: number) {
  return `session:tab:${tabId}` as const;
}

/** The latest report for a tab, or null when its page has not been scanned. */
export async function getTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(key(tabId));
}

export async function setTabState(tabId: number, report: PageReport): Promise<TabState> {
  const state: TabState = { ...report, updatedAt: Date.now() };
  await storage.setItem(key(tabId), state);
  return state;
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** Calls `onChange` whenever the tab's state changes; returns an unsubscribe. */
export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): () => void {
  return storage.watch<TabState>(key(tabId), onChange);
}

/** Every tab that has a stored state. */
export async function listTabStates(): Promise<[number, TabState][]> {
  const all = await browser.storage.session.get(null);
  const out: [number, TabState][] = [];
  for (const [k, v] of Object.entries(all)) {
    const m = /^tab:(\d+)$/.exec(k);
    if (m && v) out.push([Number(m[1]), v as TabState]);
  }
  return out;
}
