/**
 * Which tab the panel shows: the one named by `?tab=<id>` (pop-out windows and
 * tests), otherwise the active tab of this window, followed across switches
 * and navigations.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export interface BoundTab {
  id: number;
  /** Empty where the browser hides the address (sites the extension has no access to). */
  url: string;
  title: string;
  /**
   * When this panel last saw the tab start loading a page (ms since the epoch;
   * 0 when it has not): a page report older than that is about the previous
   * page, which matters where the address is hidden and cannot be compared.
   */
  navigatedAt: number;
}

const navigations = new Map<number, number>();

function withNavigation(tab: Omit<BoundTab, 'navigatedAt'>): BoundTab {
  return { ...tab, navigatedAt: navigations.get(tab.id) ?? 0 };
}

/** The tab named by `?tab=<id>`, or null when the panel follows the active tab. */
export function fixedTabId(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

async function readTab(id: number): Promise<BoundTab | null> {
  try {
    const tab = await browser.tabs.get(id);
    return withNavigation({ id, url: tab.url ?? '', title: tab.title ?? '' });
  } catch {
    return null;
  }
}

async function activeTab(): Promise<BoundTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined
    ? null
    : withNavigation({ id: tab.id, url: tab.url ?? '', title: tab.title ?? '' });
}

/** The tab this panel is bound to; `undefined` while loading, `null` when there is none. */
export function useBoundTab(): BoundTab | null | undefined {
  const [tab, setTab] = useState<BoundTab | null | undefined>(undefined);

  useEffect(() => {
    const fixed = fixedTabId();
    let cancelled = false;
    const refresh = () => {
      void (fixed === null ? activeTab() : readTab(fixed)).then((t) => {
        if (!cancelled) setTab(t);
      });
    };
    const onUpdated = (
      tabId: number,
      change: { url?: string; status?: string; title?: string },
    ) => {
      if (change.status === 'loading') navigations.set(tabId, Date.now());
      if ((fixed === null || tabId === fixed) && (change.url || change.status || change.title))
        refresh();
    };
    refresh();
    browser.tabs.onUpdated.addListener(onUpdated);
    if (fixed === null) browser.tabs.onActivated.addListener(refresh);
    return () => {
      cancelled = true;
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onActivated.removeListener(refresh);
    };
  }, []);

  return tab;
}
