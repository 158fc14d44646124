/**
 * User settings as typed storage items. Every context reads them from here;
 * only values the user changed are stored, the rest come from the fallbacks.
 */
import { storage } from 'wxt/utils/storage';

export type HighlightStyle = 'underline' | 'background' | 'none';

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];

/** How mentions are painted in the page. */
export const highlightStyle = storage.defineItem<HighlightStyle>('sync:highlightStyle', {
  fallback: 'underline',
  version: 1,
});

/** Milliseconds the pointer rests on a mention before its card shows. */
export const hoverDelayMs = storage.defineItem<number>('sync:hoverDelayMs', {
  fallback: 300,
  version: 1,
});

/** Show cards only while Alt is held (for dense reading). */
export const requireAlt = storage.defineItem<boolean>('sync:requireAlt', {
  fallback: false,
  version: 1,
});

/** Hostnames where the user turned the extension off. */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: [],
  version: 1,
});

/** Whether concepts (temporal attention, flow matching, …) are marked as well as models. */
export const showConcepts = storage.defineItem<boolean>('sync:showConcepts', {
  fallback: true,
  version: 1,
});

/** True when `hostname` is on the user's list of sites turned off. */
export function isSiteDisabled(list: readonly string[], hostname: string): boolean {
  return list.includes(hostname.toLowerCase());
}
