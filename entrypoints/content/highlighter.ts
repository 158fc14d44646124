/**
 * Paints mentions with the CSS Custom Highlight API; the page's DOM is never
 * rewritten. Only mentions near the viewport are registered: the browser
 * re-validates every registered range whenever the registry changes, so a
 * 5 MB page with 17,000 mentions would pay for all of them on every change.
 * An IntersectionObserver on each mention's element adds its ranges as it
 * comes within a screen or two of view and drops them when it leaves. New
 * elements are handed to the observer a batch per frame, in document order,
 * because its first pass over thousands of targets is itself a long task.
 *
 * Very large pages get the soft background instead of the underline. In
 * Chromium (156), while a ::highlight rule sets text-decoration, every frame
 * that changes a registered highlight pays a pass over the whole document:
 * measured at 55–60 ms on a 5 MB page of 117,000 text nodes (under 12 ms at
 * 23,000), whatever the number of ranges; with background-color the same
 * changes cost nothing measurable. Each scroll that brings mentions into
 * view changes the highlights, so on such pages the underline would be jank.
 */
import type { MentionKind } from '@/lib/page-report';
import type { HighlightStyle } from '@/lib/settings';
import { HIGHLIGHT, highlightName } from './highlight-style';

/**
 * What the highlighter paints: the text node it starts in (which tells its
 * element) and its range, read only when it comes near the viewport.
 */
export interface Paintable {
  readonly startNode: Node;
  readonly range: AbstractRange;
}

export interface Highlighter {
  add(kind: MentionKind, item: Paintable): void;
  remove(kind: MentionKind, item: Paintable): void;
  /** Changes how mentions look (re-registers the three kinds under new names). */
  setStyle(style: HighlightStyle): void;
  /** Tells how many text nodes the page holds (very large pages are tinted, not underlined). */
  setPageSize(textNodes: number): void;
  /** The style mentions are painted in (the chosen one, unless the page is too large for it). */
  readonly paintedStyle: HighlightStyle;
  /** Briefly emphasises one range (scroll-to-mention). */
  flash(range: AbstractRange, ms?: number): void;
  clear(): void;
  destroy(): void;
}

/** True when this browser can paint highlights without touching the DOM. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

const KINDS: readonly MentionKind[] = ['video', 'image', 'concept'];
/** Above this many text nodes the underline is painted as the soft background (see above). */
export const LARGE_PAGE_TEXT_NODES = 50_000;
/** Elements handed to the IntersectionObserver per animation frame. */
const OBSERVE_PER_FRAME = 1_500;

interface Painted {
  kind: MentionKind;
  item: Paintable;
}

export function createHighlighter(initialStyle: HighlightStyle): Highlighter {
  const byKind: Record<MentionKind, Highlight> = {
    video: new Highlight(),
    image: new Highlight(),
    concept: new Highlight(),
  };
  const focus = new Highlight();
  focus.priority = 1;
  let style = initialStyle;
  let large = false;
  const painted = (): HighlightStyle => (style === 'underline' && large ? 'background' : style);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const register = () => {
    for (const kind of KINDS) {
      const name = highlightName(kind, painted());
      if (name) CSS.highlights.set(name, byKind[kind]);
    }
  };
  const unregister = () => {
    for (const kind of KINDS) {
      const name = highlightName(kind, painted());
      // Only remove what is ours: another instance may have replaced it.
      if (name && CSS.highlights.get(name) === byKind[kind]) CSS.highlights.delete(name);
    }
  };
  register();
  CSS.highlights.set(HIGHLIGHT.focus, focus);

  const byElement = new Map<Element, Set<Painted>>();
  const elementOf = new Map<Paintable, Element>();
  const near = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const painted = byElement.get(e.target);
        if (!painted) continue;
        if (e.isIntersecting) {
          near.add(e.target);
          for (const p of painted) byKind[p.kind].add(p.item.range);
        } else {
          near.delete(e.target);
          for (const p of painted) byKind[p.kind].delete(p.item.range);
        }
      }
    },
    { rootMargin: '150% 0px 150% 0px' },
  );

  let queue: Element[] = [];
  let frame = 0;
  const drain = () => {
    frame = 0;
    const batch = queue.splice(0, OBSERVE_PER_FRAME);
    for (const el of batch) if (byElement.has(el)) observer.observe(el);
    if (queue.length > 0) frame = requestAnimationFrame(drain);
  };
  const observeSoon = (el: Element) => {
    queue.push(el);
    if (!frame) frame = requestAnimationFrame(drain);
  };

  const clearAll = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    queue = [];
    observer.disconnect();
    byElement.clear();
    elementOf.clear();
    near.clear();
    for (const h of Object.values(byKind)) h.clear();
    focus.clear();
  };

  return {
    add(kind, item) {
      const el = item.startNode.parentElement;
      if (!el) return;
      let painted = byElement.get(el);
      if (!painted) {
        painted = new Set();
        byElement.set(el, painted);
        observeSoon(el);
      }
      painted.add({ kind, item });
      elementOf.set(item, el);
      if (near.has(el)) byKind[kind].add(item.range);
    },
    remove(kind, item) {
      const el = elementOf.get(item);
      elementOf.delete(item);
      const painted = el && byElement.get(el);
      if (!el || !painted) return;
      // Only items near the viewport were handed to the highlight (and have a range).
      if (near.has(el)) byKind[kind].delete(item.range);
      for (const p of painted) if (p.item === item) painted.delete(p);
      if (painted.size === 0) {
        byElement.delete(el);
        near.delete(el);
        observer.unobserve(el);
      }
    },
    setStyle(next) {
      if (next === style) return;
      unregister();
      style = next;
      register();
    },
    setPageSize(textNodes) {
      const next = textNodes > LARGE_PAGE_TEXT_NODES;
      if (next === large) return;
      unregister();
      large = next;
      register();
    },
    get paintedStyle() {
      return painted();
    },
    flash(range, ms = 1600) {
      clearTimeout(flashTimer);
      focus.clear();
      focus.add(range);
      flashTimer = setTimeout(() => focus.clear(), ms);
    },
    clear: clearAll,
    destroy() {
      clearTimeout(flashTimer);
      clearAll();
      unregister();
      if (CSS.highlights.get(HIGHLIGHT.focus) === focus) CSS.highlights.delete(HIGHLIGHT.focus);
    },
  };
}
