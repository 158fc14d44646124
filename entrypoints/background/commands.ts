/** The keyboard shortcut that opens the panel (see `commands` in the manifest). */
import { browser } from 'wxt/browser';
import { openPanel } from './panel';

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-side-panel' || tab?.windowId === undefined) return;
    openPanel(tab.windowId).catch((error: unknown) => console.warn('Video Model Atlas: panel did not open', error));
  });
}
