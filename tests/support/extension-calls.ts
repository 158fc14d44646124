/**
 * Talking to the running extension from a test, the way its own parts do:
 * protocol envelopes sent from the background to a tab's content script.
 */
import type { ChromeApi } from './worker-globals';
import type { ExtensionSession } from './chromium';
import type { MessageType, RequestOf, ResponseOf } from '../../lib/messages';

declare const chrome: ChromeApi;

/** Sends a protocol message to the content script in `tabId` and returns its answer. */
export async function askTab<K extends MessageType>(
  session: ExtensionSession,
  tabId: number,
  type: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = await session.worker.evaluate(
    ({ tabId, type, data }) => chrome.tabs.sendMessage(tabId, { atlas: 1, type, data }),
    { tabId, type, data },
  );
  const r = reply as { ok: boolean; value?: unknown; error?: string } | undefined;
  if (!r?.ok) throw new Error(`${type}: ${r?.error ?? 'no answer'}`);
  return r.value as ResponseOf<K>;
}

/** True when a content script answers in that tab. */
export async function contentScriptRuns(session: ExtensionSession, tabId: number): Promise<boolean> {
  try {
    await askTab(session, tabId, 'getContentStatus', null);
    return true;
  } catch {
    return false;
  }
}

/** Waits until `check` returns a truthy value (polling), or throws after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** The background's stored state for a tab (session storage). */
export async function tabState(session: ExtensionSession, tabId: number): Promise<unknown> {
  return session.worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const got = await chrome.storage.session.get(key);
    return got[key] ?? null;
  }, tabId);
}
