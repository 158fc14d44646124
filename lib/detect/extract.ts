/**
 * Visible text of a DOM in reading order, with a map back to its text nodes.
 * Works on the browser DOM, happy-dom and linkedom (only nodeType, localName,
 * parentNode, lastChild, createTreeWalker, attributes and Text.data are used).
 *
 * - Text is joined across inline elements ("Stable <em>Video</em> Diffusion"
 *   is one run) and blocks are separated by BLOCK_SEPARATOR, which the matcher
 *   never reads as a space, so names never join across blocks.
 * - The walk is a TreeWalker with an explicit stack of open elements, no
 *   recursion, so 10k levels of nesting cost nothing extra.
 * - Code: inline <code>/<kbd>/<samp>/<tt> stay inline, because papers and
 *   READMEs write model names as code (`CogVideoX-5B`). <pre> is its own block
 *   and each of its line breaks becomes a block separator: listing lines are
 *   independent and a name never wraps across them. `includeCode: false`
 *   drops both.
 * - Hidden content: skipped are script/style/noscript/template, form fields
 *   (their text is not page text, and user input is none of our business),
 *   [contenteditable] subtrees (editors; wrapping their text would corrupt
 *   what the user types), [hidden], and elements whose inline style says
 *   display:none or visibility:hidden. Stylesheet-hidden text is NOT detected:
 *   getComputedStyle per element forces style recalculation and takes seconds
 *   on 100k-node pages; callers that can afford it pass `skip`.
 * - Formulas: <math> is notation, not prose, and its <annotation> holds TeX
 *   source that is never shown (arXiv's HTML papers carry both for every
 *   symbol). The element reads as one block break and nothing inside it is
 *   scanned, which also spares the walk thousands of tiny elements.
 * - aria-hidden="true" is kept: it hides text from assistive technology, not
 *   from the eye, and we annotate what sighted readers see.
 */
import { BLOCK_SEPARATOR } from './fold';

/** Elements carrying this attribute (e.g. the extension's own cards) are never read. */
export const SKIP_ATTRIBUTE = 'data-vma-skip';

/** One text node's place in the extracted text: [start, end). */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/** Extracted text with its map back to text nodes. */
export interface ExtractedText {
  text: string;
  /** Segments sorted by start; gaps between them are block separators. */
  segments: TextSegment[];
  /** Offset of this text within the whole extraction (non-zero for later chunks). */
  base: number;
  /** Text node and offset in it for an offset in `text` (null when out of range). */
  locate(offset: number): { node: Text; offset: number } | null;
}

/** Options of the extractors. */
export interface ExtractOptions {
  /** Extra elements to skip with their subtree (e.g. a computed-style check). */
  skip?: (el: Element) => boolean;
  /** Read <pre> and <code> (default true). */
  includeCode?: boolean;
  /** extractChunks: start a new chunk at the first block boundary after this many characters. */
  chunkChars?: number;
}

/** Per tag name: SKIP (never read, nor anything inside) and/or BLOCK (a block break). */
const SKIP = 1;
const BLOCK = 2;
const TAG_FLAGS = new Map<string, number>();
for (const tag of (
  'script style noscript template textarea input select option optgroup datalist head title ' +
  'iframe frame frameset object embed canvas video audio desc'
).split(' '))
  TAG_FLAGS.set(tag, SKIP);
for (const tag of (
  'address article aside blockquote body br button caption dd details dialog div dl dt fieldset ' +
  'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html img legend li main menu ' +
  'nav ol p pre section summary table tbody td tfoot th thead tr ul svg'
).split(' '))
  TAG_FLAGS.set(tag, BLOCK);
TAG_FLAGS.set('math', SKIP | BLOCK);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
const NEWLINES = /[\r\n]/g;

function tagOf(el: Element): string {
  // HTML local names are lower case already; only odd DOMs need folding.
  return el.localName || (el.nodeName || '').toLowerCase();
}

// Elements that may be hidden or excluded by an attribute. A walk asks the
// DOM for all of them under its root in one native query up front; a single
// element is tested with one selector match.
const MAYBE_HIDDEN = `[hidden],[${SKIP_ATTRIBUTE}],[contenteditable],[style]`;

/**
 * The elements below `root` that match MAYBE_HIDDEN (the root itself is tested
 * before the walk), or undefined when the DOM cannot say: some (happy-dom)
 * query recursively and overflow the stack on very deep trees; each element
 * is then tested alone.
 */
function maybeHiddenUnder(root: Node): Set<Element> | undefined {
  const out = new Set<Element>();
  try {
    if (root.nodeType === 1 || root.nodeType === 9 || root.nodeType === 11)
      for (const el of (root as ParentNode).querySelectorAll(MAYBE_HIDDEN)) out.add(el);
  } catch {
    return undefined;
  }
  return out;
}

/**
 * True when `el` and its subtree are not read. `maybeHidden`, when given, is
 * the set of elements under the walk's root that carry a telling attribute,
 * taken when the walk starts: a page that hides an element between two chunks
 * of one walk has it read this once (as it would have, had it hidden it just
 * after the walk passed), until that part is scanned again.
 */
function isSkipped(
  el: Element,
  tag: string,
  options: ExtractOptions,
  maybeHidden?: ReadonlySet<Element>,
): boolean {
  if ((TAG_FLAGS.get(tag) ?? 0) & SKIP) return true;
  if (options.includeCode === false && (tag === 'pre' || tag === 'code')) return true;
  if (maybeHidden ? maybeHidden.has(el) : el.hasAttributes() && el.matches(MAYBE_HIDDEN)) {
    if (el.hasAttribute('hidden') || el.hasAttribute(SKIP_ATTRIBUTE)) return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
    const style = el.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return true;
  }
  return options.skip ? options.skip(el) : false;
}

function makeLocate(segments: TextSegment[], length: number): ExtractedText['locate'] {
  return (offset) => {
    if (!(offset >= 0 && offset <= length) || segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (segments[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = segments[lo]!;
    if (offset < s.start) return { node: s.node, offset: 0 };
    // An offset on a separator maps to the end of the text before it.
    return { node: s.node, offset: Math.min(offset, s.end) - s.start };
  };
}

class Builder {
  private parts: string[] = [];
  private segments: TextSegment[] = [];
  length = 0;
  /** True at a block boundary (start, or right after a separator). */
  atBoundary = true;
  private base = 0;

  text(node: Text, inPre: boolean): void {
    let data = node.data;
    if (!data) return;
    if (inPre) data = data.replace(NEWLINES, BLOCK_SEPARATOR);
    this.segments.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data);
    this.length += data.length;
    this.atBoundary = data.endsWith(BLOCK_SEPARATOR);
  }

  separator(): void {
    if (this.atBoundary) return;
    this.parts.push(BLOCK_SEPARATOR);
    this.length++;
    this.atBoundary = true;
  }

  flush(): ExtractedText {
    const text = this.parts.join('');
    const segments = this.segments;
    const out: ExtractedText = {
      text,
      segments,
      base: this.base,
      locate: makeLocate(segments, text.length),
    };
    this.base += this.length;
    this.parts = [];
    this.segments = [];
    this.length = 0;
    this.atBoundary = true;
    return out;
  }
}

/** How many <pre> elements enclose `node`, or -1 when an ancestor is skipped. */
function ancestorState(node: Node, options: ExtractOptions): number {
  let pre = 0;
  for (let p = node.parentNode; p; p = p.parentNode) {
    if (p.nodeType !== 1) continue;
    const tag = tagOf(p as Element);
    if (isSkipped(p as Element, tag, options)) return -1;
    if (tag === 'pre') pre++;
  }
  return pre;
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/**
 * The last node of `node`'s subtree in document order. A child must point
 * back to its parent: some DOMs hand out a <template>'s content as children.
 */
function lastDescendant(node: Node): Node {
  let last = node;
  for (let child = last.lastChild; child && child.parentNode === last; child = last.lastChild)
    last = child;
  return last;
}

/**
 * Extracts `root` (a document, an element, or a text node) in chunks of whole
 * blocks, so the caller can yield to the page between chunks. Offsets in each
 * chunk are local; `base` places the chunk in the whole text.
 */
export function* extractChunks(root: Node, options: ExtractOptions = {}): Generator<ExtractedText> {
  const chunkChars = options.chunkChars ?? Infinity;
  const b = new Builder();
  let pre = ancestorState(root, options);
  if (pre < 0) return;
  if (root.nodeType === 3) {
    b.text(root as Text, pre > 0);
    yield b.flush();
    return;
  }
  if (root.nodeType === 1) {
    const tag = tagOf(root as Element);
    if (isSkipped(root as Element, tag, options)) return;
    if (tag === 'pre') pre++;
  }
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  // A native TreeWalker visits elements and text in document order at a
  // fraction of the cost of following firstChild/nextSibling from script.
  // The elements entered and not yet left are kept here, innermost last: a
  // node's parent tells which of them it has left (closing their blocks).
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  const maybeHidden = maybeHiddenUnder(root);
  const open: Node[] = [root];
  const openBlock: boolean[] = [false];
  const openPre: boolean[] = [false];
  const close = () => {
    const top = open.length - 1;
    if (openBlock[top]) b.separator();
    if (openPre[top]) pre--;
    open.pop();
    openBlock.pop();
    openPre.pop();
  };
  let skipped: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipped) {
      // Browsers continue after the skipped subtree; DOMs whose walker ignores
      // currentNode (linkedom) walk into it, and its nodes are passed over here.
      if (skipped.contains(node)) continue;
      skipped = null;
    }
    const parent = node.parentNode;
    // The page may have changed between chunks; a parent we never entered
    // then just closes everything open.
    while (open.length > 1 && open[open.length - 1] !== parent) close();
    if (b.length >= chunkChars && b.atBoundary) yield b.flush();
    if (node.nodeType === 3) {
      b.text(node as Text, pre > 0);
      continue;
    }
    const tag = tagOf(node as Element);
    const flags = TAG_FLAGS.get(tag) ?? 0;
    if (isSkipped(node as Element, tag, options, maybeHidden)) {
      // A skipped formula still stands between the words around it.
      if (flags & SKIP && flags & BLOCK) b.separator();
      skipped = node;
      walker.currentNode = lastDescendant(node);
      continue;
    }
    const block = (flags & BLOCK) !== 0;
    if (block) b.separator();
    const isPre = tag === 'pre';
    if (isPre) pre++;
    open.push(node);
    openBlock.push(block);
    openPre.push(isPre);
  }
  while (open.length > 1) close();
  if (b.length > 0) yield b.flush();
}

/** Extracts all visible text under `root` at once (also for re-scanning one changed element). */
export function extractText(root: Node, options: ExtractOptions = {}): ExtractedText {
  const chunks = [...extractChunks(root, { ...options, chunkChars: Infinity })];
  const only = chunks[0];
  if (only) return only;
  return { text: '', segments: [], base: 0, locate: () => null };
}
