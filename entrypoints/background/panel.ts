/**
 * Opening the panel: Chrome's side panel or Firefox's sidebar. Both must be
 * called synchronously inside the user's gesture, so nothing is awaited first.
 */
import { browser } from 'wxt/browser';

interface SidebarAction {
  open(): Promise<void>;
}

function firefoxSidebar(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** Opens the panel in the window of `tab`; returns once the browser accepted it. */
export function openPanel(windowId: number): Promise<void> {
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  return browser.sidePanel.open({ windowId });
}
