/**
 * Real Chromium with the built extension loaded, for end-to-end tests and the
 * demo. Uses the system Chromium (no browser downloads).
 */
import type { ChromeApi } from './worker-globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

declare const chrome: ChromeApi;

export const CHROME_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Chromium on a machine without a display or outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens an extension page (e.g. `sidepanel.html?tab=3`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Clicks the extension's toolbar button for the tab showing `page` (as a user would). */
  clickToolbarButton(page: Page): Promise<void>;
  /** Opens `url` in a new tab and returns the page with the tab id the extension knows it by. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<ExtensionSession> {
  const profile = await mkdtemp(join(tmpdir(), 'vma-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      // Lets the DevTools protocol press the toolbar button (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
      ...CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async clickToolbarButton(page) {
      const browser = context.browser();
      if (!browser) throw new Error('no browser-level DevTools session');
      const cdp = await browser.newBrowserCDPSession();
      try {
        const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
          targetInfos: { targetId: string; url: string }[];
        };
        const tab = targetInfos.find((t) => t.url === page.url());
        if (!tab) throw new Error(`no tab target shows ${page.url()}`);
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      } finally {
        await cdp.detach();
      }
    },
    async openTab(url) {
      // Tab URLs are hidden from the extension on sites it has no access to, so
      // the new tab is found as the one id that was not there before.
      const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
      const before = new Set(await tabIds());
      const page = await context.newPage();
      let tabId = -1;
      for (let i = 0; i < 50 && tabId < 0; i++) {
        tabId = (await tabIds()).find((id) => !before.has(id)) ?? -1;
        if (tabId < 0) await new Promise((r) => setTimeout(r, 50));
      }
      if (tabId < 0) throw new Error('the new tab did not appear');
      await page.goto(url);
      return { page, tabId };
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
