/** The bound tab's page report, live from session storage. */
import { useEffect, useState } from 'react';
import { getTabState, watchTabState, type TabState } from '@/lib/tab-state';

/** `undefined` while loading; `null` when the page has not been scanned. */
export function useTabState(tabId: number | undefined): TabState | null | undefined {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    let cancelled = false;
    void getTabState(tabId).then((s) => {
      if (!cancelled) setState(s);
    });
    const unwatch = watchTabState(tabId, (s) => setState(s));
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [tabId]);
  return state;
}
