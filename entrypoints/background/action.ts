/** The toolbar button: open the panel and scan the current tab once. */
import { browser } from 'wxt/browser';
import { openPanel } from './panel';
import { scanTabOnce } from './site-access';

const action = browser.action ?? browser.browserAction;

export function registerAction(): void {
  action.onClicked.addListener((tab) => {
    // Panel first: it needs the click's user gesture, which an await would lose.
    const opening = tab.windowId !== undefined ? openPanel(tab.windowId) : Promise.resolve();
    opening.catch((error: unknown) => console.warn('Video Model Atlas: panel did not open', error));
    if (tab.id !== undefined) {
      scanTabOnce(tab.id).catch((error: unknown) =>
        console.warn('Video Model Atlas: this page cannot be scanned', error),
      );
    }
  });
}
