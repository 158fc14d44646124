/**
 * Owns the page's mentions: scans (whole page or changed parts), keeps the
 * store and the highlights in step, and scrolls to a mention on request.
 */
import { createPageContext, loadMatcher, type Matcher } from '@/lib/detect';
import { sendMessage } from '@/lib/messages';
import type { HighlightStyle } from '@/lib/settings';
import { createHighlighter, highlightsSupported, type Highlighter } from './highlighter';
import { liveRangeOf } from './hover/pointer-target';
import { MentionStore, type PageMention } from './mention-store';
import { scanRoot, type ScanStats } from './page-scanner';
import { yieldToPage } from './yield-to-page';

/**
 * Mentions stored and painted per task after a full scan: 17,000 at once
 * (a 5 MB page) would hold the page for over 50 ms.
 */
const APPLY_BATCH = 2_000;

let matcherPromise: Promise<Matcher> | null = null;

/** The matcher, fetched from the background once per page and cached. */
export function matcherFromBackground(): Promise<Matcher> {
  matcherPromise ??= sendMessage('getMatcher', null).then(loadMatcher);
  matcherPromise.catch(() => {
    matcherPromise = null;
  });
  return matcherPromise;
}

export interface MentionController {
  readonly store: MentionStore;
  /** Scans the whole body afresh. */
  scanPage(options: { skipConcepts: boolean }): Promise<void>;
  /** Re-scans changed roots (or the whole body for `null`). */
  rescan(roots: Node[] | null, options: { skipConcepts: boolean }): Promise<void>;
  clear(): void;
  scrollTo(id: string, n: number): { found: boolean; index: number; total: number };
  setStyle(style: HighlightStyle): void;
  destroy(): void;
}

export interface MentionControllerOptions {
  style: HighlightStyle;
  /** Where the matcher comes from (the background, in the extension). */
  getMatcher?: () => Promise<Matcher>;
}

export function createMentionController(options: MentionControllerOptions): MentionController {
  const getMatcher = options.getMatcher ?? matcherFromBackground;
  const store = new MentionStore();
  const highlighter: Highlighter | null = highlightsSupported()
    ? createHighlighter(options.style)
    : null;
  const page = createPageContext();
  let abort = new AbortController();

  const paint = (mentions: readonly PageMention[]) => {
    if (highlighter) for (const m of mentions) highlighter.add(m.kind, m);
  };
  const unpaint = (mentions: readonly PageMention[]) => {
    if (highlighter) for (const m of mentions) highlighter.remove(m.kind, m);
  };

  const reset = () => {
    store.clear();
    highlighter?.clear();
  };

  const controller: MentionController = {
    store,
    async scanPage({ skipConcepts }) {
      abort.abort();
      abort = new AbortController();
      const signal = abort.signal;
      const matcher = await getMatcher();
      const stats: ScanStats = { textNodes: 0, chars: 0 };
      const mentions = await scanRoot(document.body ?? document.documentElement, matcher, page, {
        signal,
        skipConcepts,
        stats,
      });
      if (signal.aborted) return;
      reset();
      highlighter?.setPageSize(stats.textNodes);
      for (let i = 0; i < mentions.length; i += APPLY_BATCH) {
        if (i > 0) {
          await yieldToPage();
          // A newer scan or a clear owns the store now.
          if (signal.aborted) return;
        }
        const batch = mentions.slice(i, i + APPLY_BATCH);
        store.append(batch);
        paint(batch);
      }
    },
    async rescan(roots, { skipConcepts }) {
      if (roots === null) return controller.scanPage({ skipConcepts });
      const signal = abort.signal;
      const matcher = await getMatcher();
      if (signal.aborted) return;
      unpaint(store.removeWithin(null));
      for (const root of roots) {
        if (!root.isConnected) continue;
        unpaint(store.removeWithin(root));
        const mentions = await scanRoot(root, matcher, page, { signal, skipConcepts });
        // A full scan or a clear started meanwhile: these results are stale.
        if (signal.aborted) return;
        store.insert(mentions);
        paint(mentions);
      }
    },
    clear() {
      // Scans still running belong to the page as it was: stop them.
      abort.abort();
      abort = new AbortController();
      reset();
    },
    scrollTo(id, n) {
      const list = store.ofModel(id).filter((m) => m.startNode.isConnected);
      if (list.length === 0) return { found: false, index: -1, total: 0 };
      const index = ((n % list.length) + list.length) % list.length;
      const m = list[index]!;
      const range = liveRangeOf(m.range);
      if (!range) return { found: false, index: -1, total: list.length };
      const rect = range.getBoundingClientRect();
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' });
      highlighter?.flash(m.range);
      return { found: true, index, total: list.length };
    },
    setStyle(style) {
      highlighter?.setStyle(style);
    },
    destroy() {
      abort.abort();
      store.clear();
      highlighter?.destroy();
    },
  };
  return controller;
}
