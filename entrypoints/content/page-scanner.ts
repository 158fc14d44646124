/**
 * Scans part of a page for mentions without blocking it: text is extracted in
 * chunks of whole blocks, long texts are cut into windows at whitespace, and
 * the scanner yields to the page whenever a slice of work passes a few ms.
 */
import {
  analyzeText,
  extractChunks,
  PAGE_TOPIC_THRESHOLD,
  type ExtractedText,
  type Matcher,
  type Mention,
  type PageContext,
} from '@/lib/detect';
import { PageMention } from './mention-store';
import { yieldToPage } from './yield-to-page';

export interface ScanOptions {
  signal?: AbortSignal;
  /** Leave out concept mentions (a setting). */
  skipConcepts?: boolean;
  /** Filled in as the scan goes: how much of the page it read. */
  stats?: ScanStats;
}

export interface ScanStats {
  textNodes: number;
  chars: number;
}

// Sized so one window's analysis stays well under the 8 ms slice (at the
// matcher's speed, a few ms), keeping every task far from 50 ms.
const CHUNK_CHARS = 8_000;
/** Longest text analysed in one go; a window ends at whitespace after this. */
const WINDOW_CHARS = 16_000;
/** Longer than any alias plus its version, so no mention is cut at a window edge. */
const WINDOW_OVERLAP = 160;
const SLICE_MS = 8;

/** Window ends: every cut is at whitespace, so a cut never splits a word. */
function windowEnds(text: string): number[] {
  const ends: number[] = [];
  let from = 0;
  while (text.length - from > WINDOW_CHARS) {
    let cut = from + WINDOW_CHARS;
    while (cut < text.length && !/\s/.test(text[cut]!)) cut++;
    ends.push(cut);
    from = cut;
  }
  ends.push(text.length);
  return ends;
}

/** Turns a mention in extracted text into a range over the page's text nodes. */
function toPageMention(chunk: ExtractedText, m: Mention, offset: number): PageMention | null {
  const start = chunk.locate(offset + m.start);
  const last = chunk.locate(offset + m.end - 1);
  if (!start || !last) return null;
  const nodes: Text[] = [];
  const segments = chunk.segments;
  // Binary search for the first segment that ends after the mention starts.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= offset + m.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segments.length && segments[i]!.start < offset + m.end; i++)
    nodes.push(segments[i]!.node);
  return new PageMention(
    m.id,
    m.kind,
    m.text,
    nodes,
    start.node,
    start.offset,
    last.node,
    last.offset + 1,
    m.unlisted === true,
  );
}

interface Window {
  chunk: ExtractedText;
  from: number;
  to: number;
  seen: Set<number>;
}

/**
 * Scans `root` and returns its mentions in document order. `page`
 * (createPageContext) carries the topic evidence, anchored and contested ids
 * across chunks and across re-scans.
 */
export async function scanRoot(
  root: Node,
  matcher: Matcher,
  page: PageContext,
  options: ScanOptions = {},
): Promise<PageMention[]> {
  const found: PageMention[] = [];
  // Windows judged while the page did not yet look like it was about video
  // generation; if later text settles that, they are judged again.
  const undecided: Window[] = [];
  let sliceStart = performance.now();

  const analyse = (w: Window, out: PageMention[]) => {
    const slice = w.chunk.text.slice(w.from, Math.min(w.chunk.text.length, w.to + WINDOW_OVERLAP));
    // Until the page is known to be about video generation every window adds
    // its evidence (names, domain words) to the page's; after that the score is given.
    const confident = page.score >= PAGE_TOPIC_THRESHOLD;
    const analysis = analyzeText(
      slice,
      matcher,
      confident
        ? { anchors: page.anchors, contested: page.contested, topicScore: page.score }
        : { page },
    );
    for (const id of analysis.anchors) page.anchors.add(id);
    if (!confident && analysis.ambiguous && page.score < PAGE_TOPIC_THRESHOLD) undecided.push(w);
    for (const m of analysis.mentions) {
      // Mentions starting in the overlap belong to the next window.
      if (m.start + w.from >= w.to || w.seen.has(m.start)) continue;
      if (options.skipConcepts && m.kind === 'concept') continue;
      const pm = toPageMention(w.chunk, m, w.from);
      if (pm) {
        w.seen.add(m.start);
        out.push(pm);
      }
    }
  };

  for (const chunk of extractChunks(root, { chunkChars: CHUNK_CHARS })) {
    if (options.stats) {
      options.stats.textNodes += chunk.segments.length;
      options.stats.chars += chunk.text.length;
    }
    let from = 0;
    for (const to of windowEnds(chunk.text)) {
      if (options.signal?.aborted) return found;
      analyse({ chunk, from, to, seen: new Set() }, found);
      from = to;
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }

  if (page.score >= PAGE_TOPIC_THRESHOLD && undecided.length > 0) {
    const late: PageMention[] = [];
    for (const w of undecided.splice(0)) {
      if (options.signal?.aborted) break;
      analyse(w, late);
      // A long page decided only near its end re-reads much of itself: in slices too.
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    return mergeInOrder(found, late);
  }
  return found;
}

/** Merges two lists that are each in document order. */
function mergeInOrder(a: PageMention[], b: PageMention[]): PageMention[] {
  if (b.length === 0) return a;
  const before = (x: PageMention, y: PageMention) => {
    const nx = x.startNode;
    const ny = y.startNode;
    if (nx === ny) return x.startOffset < y.startOffset;
    return (nx.compareDocumentPosition(ny) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  };
  const out: PageMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(before(a[i]!, b[j]!) ? a[i++]! : b[j++]!);
  return out.concat(a.slice(i), b.slice(j));
}
