/**
 * Code passed to `worker.evaluate` runs in the extension's service worker,
 * where `chrome` is the extension API; this gives it types in test files.
 */
import type { browser } from 'wxt/browser';

export type ChromeApi = typeof browser;
