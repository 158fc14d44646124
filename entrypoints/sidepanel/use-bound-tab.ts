/**
 * Which tab the panel shows: the one named by `?tab=<id>` (pop-out windows and
 * tests), otherwise the active tab of this window, followed across switches
 * and navigations.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export interface BoundTab {
  id: number;
  url: string;
  title: string;
}

function fixedTabId(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

async function readTab(id: number): Promise<BoundTab | null> {
  try {
    const tab = await browser.tabs.get(id);
    return { id, url: tab.url ?? '', title: tab.title ?? '' };
  } catch {
    return null;
  }
}

async function activeTab(): Promise<BoundTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
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
    const onUpdated = (tabId: number, change: { url?: string; status?: string; title?: string }) => {
      if ((fixed === null || tabId === fixed) && (change.url || change.status || change.title)) refresh();
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
