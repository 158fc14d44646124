/**
 * Context menu entries: open the panel, and "Add note with this quote" on a
 * selection (the quote is taken with the text around it, so it can be found
 * again later even if the page changes a little).
 */
import { browser, type Browser } from 'wxt/browser';
import type { PanelRequest } from '@/lib/card-payload';
import { sendToTab } from '@/lib/messages';
import { panelRequest } from '@/lib/panel-request';
import type { TextQuote } from '@/lib/notes/types';
import { openPanel } from './panel';

const OPEN_PANEL = 'vma-open-panel';
const ADD_NOTE = 'vma-add-note';

function createMenus(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: OPEN_PANEL, title: 'Open the Video Model Atlas panel', contexts: ['page', 'link'] });
    browser.contextMenus.create({ id: ADD_NOTE, title: 'Add note with this quote', contexts: ['selection'] });
  });
}

async function quoteFrom(tabId: number, selectionText: string | undefined): Promise<TextQuote | null> {
  try {
    const quote = await sendToTab(tabId, 'getSelectionQuote', null);
    if (quote) return quote;
  } catch {
    // No content script on this page: keep the plain selected text.
  }
  const exact = selectionText?.trim();
  return exact ? { exact: exact.slice(0, 100_000), prefix: '', suffix: '' } : null;
}

async function onClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (!tab?.id || tab.windowId === undefined) return;
  // Open first: the click's user gesture is needed and does not survive an await.
  const opening = openPanel(tab.windowId).catch(() => undefined);
  if (info.menuItemId === ADD_NOTE) {
    const quote = await quoteFrom(tab.id, info.selectionText);
    const request: PanelRequest = { view: 'note', modelId: null, tabId: tab.id, ...(quote ? { quote } : {}) };
    await panelRequest.setValue(request);
  }
  await opening;
}

export function registerContextMenus(): void {
  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => void onClicked(info, tab));
}
