/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per kind,
 * registered under the names the highlight sheet styles. The page's DOM is
 * never rewritten; StaticRanges are cheap and are replaced on re-scan.
 */
import type { MentionKind } from '@/lib/page-report';
import { HIGHLIGHT } from './highlight-style';

export interface Highlighter {
  add(kind: MentionKind, range: AbstractRange): void;
  remove(kind: MentionKind, range: AbstractRange): void;
  /** Briefly emphasises one range (scroll-to-mention). */
  flash(range: AbstractRange, ms?: number): void;
  clear(): void;
  destroy(): void;
}

/** True when this browser can paint highlights without touching the DOM. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createHighlighter(): Highlighter {
  const byKind: Record<MentionKind, Highlight> = {
    video: new Highlight(),
    image: new Highlight(),
    concept: new Highlight(),
  };
  const focus = new Highlight();
  focus.priority = 1;
  CSS.highlights.set(HIGHLIGHT.video, byKind.video);
  CSS.highlights.set(HIGHLIGHT.image, byKind.image);
  CSS.highlights.set(HIGHLIGHT.concept, byKind.concept);
  CSS.highlights.set(HIGHLIGHT.focus, focus);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    add: (kind, range) => void byKind[kind].add(range),
    remove: (kind, range) => void byKind[kind].delete(range),
    flash(range, ms = 1600) {
      clearTimeout(flashTimer);
      focus.clear();
      focus.add(range);
      flashTimer = setTimeout(() => focus.clear(), ms);
    },
    clear() {
      for (const h of Object.values(byKind)) h.clear();
      focus.clear();
    },
    destroy() {
      clearTimeout(flashTimer);
      const mine: [string, Highlight][] = [
        [HIGHLIGHT.video, byKind.video],
        [HIGHLIGHT.image, byKind.image],
        [HIGHLIGHT.concept, byKind.concept],
        [HIGHLIGHT.focus, focus],
      ];
      // Only remove what is ours: another instance may have replaced it.
      for (const [name, h] of mine) if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
    },
  };
}
