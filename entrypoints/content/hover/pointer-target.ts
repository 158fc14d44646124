/**
 * What is under the pointer, without wrapping text in elements: the caret
 * position at the point, looked up in the mention index, then a hit test on
 * the mention's own line boxes (so blank space beside a line finds nothing).
 */
import type { MentionStore, PageMention } from '../mention-store';

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** The text position at a viewport point, or null. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as unknown as CaretDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * A live Range over a stored range, for measuring; null when the page has
 * since shortened or removed its text (until the next re-scan catches up).
 */
export function liveRangeOf(r: AbstractRange): Range | null {
  if (!r.startContainer.isConnected || !r.endContainer.isConnected) return null;
  try {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  } catch {
    return null;
  }
}

/** A live Range over a mention (see liveRangeOf). */
export function liveRange(m: PageMention): Range | null {
  return liveRangeOf(m.range);
}

export interface PointerHit {
  mention: PageMention;
  /** The line box of the mention under the pointer. */
  rect: DOMRect;
  /** Which of the mention's line boxes that is (a name can wrap). */
  line: number;
}

const SLACK = 1;

/** The mention whose glyphs are under (x, y), or null. */
export function mentionAt(store: MentionStore, x: number, y: number): PointerHit | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const candidates = store.at(caret.node);
  for (const mention of candidates) {
    const rects = liveRange(mention)?.getClientRects();
    if (!rects) continue;
    for (let line = 0; line < rects.length; line++) {
      const r = rects[line]!;
      if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) {
        return { mention, rect: r, line };
      }
    }
  }
  return null;
}
