/**
 * Where the content script runs beyond the paper sites: once on the current
 * tab when the user asks (activeTab), or for good on sites the user granted
 * through optional host permissions (registered as dynamic content scripts).
 */
import { browser } from 'wxt/browser';
import { grantedOrigins } from '@/lib/sites';

const CONTENT_SCRIPT = '/content-scripts/content.js';
const CONTENT_STYLES = '/content-scripts/content.css';
const GRANTED_SCRIPT_ID = 'atlas-granted-sites';

/** Runs the content script once in a tab (a second run only re-scans; see content/atlas.ts). */
export async function scanTabOnce(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_STYLES] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

let syncing: Promise<void> = Promise.resolve();

/** Keeps the dynamic registration equal to the granted origins; runs one sync at a time. */
export function syncGrantedSites(): Promise<void> {
  // Grants arriving together would interleave unregister/register calls.
  syncing = syncing.then(syncNow, syncNow);
  return syncing;
}

async function syncNow(): Promise<void> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  }
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: GRANTED_SCRIPT_ID,
      matches: origins,
      js: [CONTENT_SCRIPT],
      css: [CONTENT_STYLES],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export function registerSiteAccess(): void {
  browser.permissions.onAdded.addListener(() => void syncGrantedSites());
  browser.permissions.onRemoved.addListener(() => void syncGrantedSites());
  browser.runtime.onInstalled.addListener(() => void syncGrantedSites());
  browser.runtime.onStartup.addListener(() => void syncGrantedSites());
}
