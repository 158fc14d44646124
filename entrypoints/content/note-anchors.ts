/**
 * Notes' quoted passages on the page: found again on every visit (exact
 * first, then approximately), painted with their own highlight, reported to
 * the background (found or not — a lost passage is shown as lost, never
 * dropped), and scrolled to on request. Also turns the reader's selection
 * into a quote with the text around it.
 */
import { extractText, type ExtractedText, type TextSegment } from '@/lib/detect';
import { sendMessage } from '@/lib/messages';
import { describeQuote, findQuote } from '@/lib/notes/anchor';
import type { NoteAnchor } from '@/lib/notes/protocol';
import type { TextQuote } from '@/lib/notes/types';
import { HIGHLIGHT } from './highlight-style';
import { liveRangeOf } from './hover/pointer-target';

export interface NoteAnchorer {
  /** Finds the article's quotes again and repaints them. */
  refresh(articleKey: string): Promise<void>;
  scrollTo(noteId: string): { found: boolean };
  /** The current selection as a quote, or null when nothing is selected. */
  quoteSelection(): TextQuote | null;
  destroy(): void;
}

function rangeOf(extracted: ExtractedText, start: number, end: number): StaticRange | null {
  const a = extracted.locate(start);
  const b = extracted.locate(end - 1);
  if (!a || !b) return null;
  return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset + 1 });
}

/** Offset in the extracted text of a DOM boundary point, or null when it is outside the text. */
function offsetOf(extracted: ExtractedText, node: Node, offset: number): number | null {
  const segments = extracted.segments;
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = segments.find((s) => s.node === node);
    if (seg) return seg.start + Math.min(offset, seg.end - seg.start);
  }
  // An element boundary: the first text segment at or after the point.
  const point = document.createRange();
  point.setStart(node, offset);
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint((segments[mid] as TextSegment).node, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return segments[lo]?.start ?? null;
}

export function createNoteAnchorer(): NoteAnchorer {
  const highlight = typeof Highlight === 'function' ? new Highlight() : null;
  if (highlight) CSS.highlights.set(HIGHLIGHT.note, highlight);
  let ranges = new Map<string, StaticRange>();
  let generation = 0;

  return {
    async refresh(articleKey) {
      const mine = ++generation;
      const notes = (await sendMessage('getArticleNotes', { key: articleKey })).filter((n) => n.quote);
      if (mine !== generation) return;
      const next = new Map<string, StaticRange>();
      const anchors: NoteAnchor[] = [];
      if (notes.length > 0) {
        const extracted = extractText(document.body ?? document.documentElement);
        for (const note of notes) {
          const match = note.quote ? findQuote(extracted.text, note.quote) : null;
          const range = match ? rangeOf(extracted, match.start, match.end) : null;
          if (range) next.set(note.id, range);
          anchors.push({ noteId: note.id, found: range !== null, exact: match?.exactMatch ?? false });
        }
      }
      highlight?.clear();
      for (const r of next.values()) highlight?.add(r);
      ranges = next;
      await sendMessage('notesAnchored', { key: articleKey, anchors });
    },
    scrollTo(noteId) {
      const r = ranges.get(noteId);
      const live = r ? liveRangeOf(r) : null;
      if (!live) return { found: false };
      window.scrollBy({ top: live.getBoundingClientRect().top - window.innerHeight / 3, behavior: 'instant' });
      return { found: true };
    },
    quoteSelection() {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
      const range = selection.getRangeAt(0);
      const exact = selection.toString().slice(0, 100_000);
      if (!exact.trim()) return null;
      const extracted = extractText(document.body ?? document.documentElement);
      const start = offsetOf(extracted, range.startContainer, range.startOffset);
      const end = offsetOf(extracted, range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return { exact, prefix: '', suffix: '' };
      return describeQuote(extracted.text, start, end);
    },
    destroy() {
      generation++;
      if (highlight && CSS.highlights.get(HIGHLIGHT.note) === highlight) CSS.highlights.delete(HIGHLIGHT.note);
    },
  };
}
