/** The panel's "Scan this page": runs the content script once in the tab it names. */
import { fromExtensionPage, onMessage } from '@/lib/messages';
import { scanTabOnce } from './site-access';

function isScanTabRequest(data: unknown): data is { tabId: number } {
  if (typeof data !== 'object' || data === null) return false;
  const tabId = (data as Record<string, unknown>).tabId;
  return typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0;
}

export function registerScanTab(): void {
  onMessage('scanTab', isScanTabRequest, async ({ tabId }, sender) => {
    if (!fromExtensionPage(sender)) return { ok: false };
    try {
      await scanTabOnce(tabId);
      return { ok: true };
    } catch {
      // No access to the site (no activeTab grant, no host permission) or a
      // page the browser protects: the panel explains what the user can do.
      return { ok: false };
    }
  });
}
