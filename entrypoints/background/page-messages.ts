/** Handlers for what content scripts tell the background about their pages. */
import { browser } from 'wxt/browser';
import { isNull, onMessage } from '@/lib/messages';
import { isPageReport } from '@/lib/page-report';
import { clearTabState, setTabState } from '@/lib/tab-state';
import { showBadge } from './badge';

export function registerPageMessages(): void {
  onMessage('ping', isNull, (_data, sender) => ({ tabId: sender.tab?.id ?? null }));

  onMessage('pageScanned', isPageReport, async (report, sender) => {
    const tabId = sender.tab?.id;
    // Only content scripts in a tab report pages; anything else is ignored.
    if (tabId === undefined || sender.frameId !== 0) return { ok: true };
    await setTabState(tabId, report);
    await showBadge(tabId, report);
    return { ok: true };
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(tabId);
  });
  // A new document in the tab: its old report (and badge) no longer apply.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || change.url === undefined) return;
    void clearTabState(tabId);
    void showBadge(tabId, { url: change.url, title: '', mentions: [] }).catch(() => undefined);
  });
}
