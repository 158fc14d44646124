/**
 * Takes the requests a hover card leaves for the panel ("Open in side panel",
 * "Add note"): read on mount and whenever one arrives, acted on, then cleared.
 * A panel bound to one tab (a pop-out) only takes requests from that tab.
 * "Add note" is only navigated to here: the notes view takes that request
 * itself (it carries the quote) and clears it.
 */
import { useEffect } from 'react';
import type { PanelRequest } from '@/lib/card-payload';
import { panelRequest } from '@/lib/panel-request';

function isForMe(request: PanelRequest, fixedTab: number | null): boolean {
  return fixedTab === null || request.tabId === fixedTab;
}

export function usePanelRequest(
  fixedTab: number | null,
  onRequest: (request: PanelRequest) => void,
): void {
  useEffect(() => {
    let cancelled = false;
    const take = (request: PanelRequest | null) => {
      if (cancelled || !request || !isForMe(request, fixedTab)) return;
      onRequest(request);
      if (request.view !== 'note') void panelRequest.setValue(null);
    };
    void panelRequest.getValue().then(take);
    const unwatch = panelRequest.watch(take);
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [fixedTab, onRequest]);
}
