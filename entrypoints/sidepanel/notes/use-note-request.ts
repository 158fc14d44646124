/**
 * Takes "Add note" requests for the bound tab (a hover card's button, the
 * context menu's "Add note with this quote"): the App only brings the page
 * view up; this hook reads the request, hands it over and clears it.
 */
import { useEffect, useRef } from 'react';
import type { PanelRequest } from '@/lib/card-payload';
import { panelRequest } from '@/lib/panel-request';

export type NoteRequest = Extract<PanelRequest, { view: 'note' }>;

export function useNoteRequest(
  tabId: number | null,
  onRequest: (request: NoteRequest) => void,
): void {
  // The latest callback, without re-subscribing on every render.
  const handler = useRef(onRequest);
  useEffect(() => {
    handler.current = onRequest;
  });
  useEffect(() => {
    if (tabId === null) return;
    let cancelled = false;
    const take = (request: PanelRequest | null) => {
      if (cancelled || request?.view !== 'note' || request.tabId !== tabId) return;
      handler.current(request);
      void panelRequest.setValue(null);
    };
    void panelRequest.getValue().then(take);
    const unwatch = panelRequest.watch(take);
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [tabId]);
}
