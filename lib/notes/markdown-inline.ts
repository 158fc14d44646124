/**
 * Markdown inlines in one left-to-right pass with a delimiter stack (the
 * CommonMark algorithm, pared down), and the link filter that lets only
 * http(s) and mailto through (see markdown.ts for the subset and why).
 */
import type { MdInline } from './markdown';

const MAX_URL = 2048;
/** Parenthesis stops a link destination may pass before it is given up. */
const MAX_URL_STOPS = 32;

/** The href when `url` is absolute and http:, https: or mailto:; otherwise null. */
export function safeHref(url: string): string | null {
  if (url.length > MAX_URL || hasControl(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' ||
    parsed.protocol === 'https:' ||
    parsed.protocol === 'mailto:'
    ? parsed.href
    : null;
}

/** One item of the working list: a finished node, possibly a delimiter run still to be paired. */
interface Entry {
  node: MdInline;
  prev: Entry | null;
  next: Entry | null;
  delim: Delim | null;
}

interface Delim {
  entry: Entry;
  char: '*' | '_';
  count: number;
  length: number;
  /** Creation order: the stack is always sorted by it. */
  index: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delim | null;
  next: Delim | null;
}

interface Bracket {
  entry: Entry;
  /** The delimiter on top of the stack when the bracket opened. */
  delimBottom: Delim | null;
  /** Links may not contain links: brackets opened before the latest link are dead. */
  epoch: number;
}

class InlineParser {
  private head: Entry | null = null;
  private tail: Entry | null = null;
  private delimTop: Delim | null = null;
  private brackets: Bracket[] = [];
  private epoch = 0;
  private delimCount = 0;
  /** End of the last whitespace-free stretch scanned for a bare URL. */
  private urlScanEnd = -1;
  /** Positions of backtick runs, by run length, and how far each list has been consumed. */
  private readonly ticks = new Map<number, { at: number[]; next: number }>();
  /** For each position, the next whitespace, '(' or ')' at or after it. */
  private stops: Int32Array | null = null;

  constructor(private readonly s: string) {
    for (let i = 0; i < s.length;) {
      if (s[i] !== '`') {
        i++;
        continue;
      }
      let j = i;
      while (s[j] === '`') j++;
      const runs = this.ticks.get(j - i) ?? { at: [], next: 0 };
      runs.at.push(i);
      this.ticks.set(j - i, runs);
      i = j;
    }
  }

  parse(): MdInline[] {
    const s = this.s;
    let textStart = 0;
    let i = 0;
    const flush = (end: number) => {
      if (end > textStart) this.append({ type: 'text', text: s.slice(textStart, end) });
    };
    while (i < s.length) {
      const c = s[i]!;
      let next = -1;
      if (c === '\\') next = this.escape(i, flush);
      else if (c === '`') next = this.codeSpan(i, flush);
      else if (c === '*' || c === '_') next = this.delimiterRun(i, flush);
      else if (c === '[') next = this.openBracket(i, flush);
      else if (c === ']') next = this.closeBracket(i, flush);
      else if (c === '<') next = this.angleAutolink(i, flush);
      else if (c === '\n') next = this.lineBreak(i, flush);
      else if ((c === 'h' || c === 'H' || c === 'w' || c === 'W') && this.autolinkMayStart(i))
        next = this.bareAutolink(i, flush);
      if (next < 0) i++;
      else i = textStart = next;
    }
    flush(s.length);
    this.processEmphasis(null);
    return collect(this.head, null);
  }

  private append(node: MdInline, delim: Delim | null = null): Entry {
    const entry: Entry = { node, prev: this.tail, next: null, delim };
    if (this.tail) this.tail.next = entry;
    else this.head = entry;
    this.tail = entry;
    return entry;
  }

  private escape(i: number, flush: (end: number) => void): number {
    const n = this.s[i + 1];
    if (n === '\n') {
      flush(i);
      this.append({ type: 'break' });
      return i + 2;
    }
    if (n === undefined || !isAsciiPunctuation(n)) return -1;
    flush(i);
    this.append({ type: 'text', text: n });
    return i + 2;
  }

  private codeSpan(i: number, flush: (end: number) => void): number {
    const s = this.s;
    let j = i;
    while (s[j] === '`') j++;
    const length = j - i;
    const runs = this.ticks.get(length);
    if (!runs) return -1;
    while (runs.next < runs.at.length && runs.at[runs.next]! <= i) runs.next++;
    const close = runs.at[runs.next];
    flush(i);
    if (close === undefined) {
      // No closing run: the backticks are text.
      this.append({ type: 'text', text: s.slice(i, j) });
      return j;
    }
    runs.next++;
    let text = s.slice(j, close).replace(/\n/g, ' ');
    if (text.length > 2 && text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '')
      text = text.slice(1, -1);
    this.append({ type: 'code', text });
    return close + length;
  }

  private delimiterRun(i: number, flush: (end: number) => void): number {
    const s = this.s;
    const char = s[i] as '*' | '_';
    let j = i;
    while (s[j] === char) j++;
    flush(i);
    const before = i > 0 ? s[i - 1]! : ' ';
    const after = j < s.length ? s[j]! : ' ';
    const spaceBefore = isSpace(before);
    const spaceAfter = isSpace(after);
    const punctBefore = isPunctuation(before);
    const punctAfter = isPunctuation(after);
    const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
    const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
    const canOpen = char === '*' ? left : left && (!right || punctBefore);
    const canClose = char === '*' ? right : right && (!left || punctAfter);
    const entry = this.append({ type: 'text', text: s.slice(i, j) });
    if (canOpen || canClose) {
      const delim: Delim = {
        entry,
        char,
        count: j - i,
        length: j - i,
        index: this.delimCount++,
        canOpen,
        canClose,
        prev: this.delimTop,
        next: null,
      };
      if (this.delimTop) this.delimTop.next = delim;
      this.delimTop = delim;
      entry.delim = delim;
    }
    return j;
  }

  private openBracket(i: number, flush: (end: number) => void): number {
    flush(i);
    const entry = this.append({ type: 'text', text: '[' });
    this.brackets.push({ entry, delimBottom: this.delimTop, epoch: this.epoch });
    return i + 1;
  }

  private closeBracket(i: number, flush: (end: number) => void): number {
    const opener = this.brackets.pop();
    if (!opener || opener.epoch !== this.epoch || this.s[i + 1] !== '(') return -1;
    const dest = this.destination(i + 2);
    if (!dest) return -1;
    flush(i);
    const href = safeHref(dest.url);
    if (!href) {
      // Not a link we will open: the source stays as the user wrote it, as text.
      this.append({ type: 'text', text: this.s.slice(i, dest.end) });
      return dest.end;
    }
    this.processEmphasis(opener.delimBottom);
    const children = collect(opener.entry.next, null);
    const link: Entry = opener.entry;
    link.node = { type: 'link', href, children };
    link.next = null;
    this.tail = link;
    this.epoch++;
    return dest.end;
  }

  /** A link destination `url)` starting at `from`, balanced parentheses allowed. */
  private destination(from: number): { url: string; end: number } | null {
    const s = this.s;
    const stops = this.stopTable();
    let depth = 0;
    let at = from;
    for (let n = 0; n < MAX_URL_STOPS; n++) {
      const stop = stops[at]!;
      if (stop - from > MAX_URL || stop >= s.length) return null;
      const c = s[stop];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) {
          const url = s.slice(from, stop);
          return url === '' ? null : { url, end: stop + 1 };
        }
        depth--;
      } else return null;
      at = stop + 1;
    }
    return null;
  }

  private stopTable(): Int32Array {
    if (this.stops) return this.stops;
    const s = this.s;
    const stops = new Int32Array(s.length + 1);
    stops[s.length] = s.length;
    for (let k = s.length - 1; k >= 0; k--) {
      const c = s[k]!;
      stops[k] = c === '(' || c === ')' || isSpace(c) ? k : stops[k + 1]!;
    }
    this.stops = stops;
    return stops;
  }

  /** `<https://…>` or `<name@example.org>`; anything else after `<` is text (raw HTML included). */
  private angleAutolink(i: number, flush: (end: number) => void): number {
    const s = this.s;
    let j = i + 1;
    while (j < s.length && s[j] !== '>' && s[j] !== '<' && !isSpace(s[j]!)) j++;
    if (s[j] !== '>') return -1;
    const inner = s.slice(i + 1, j);
    const href = inner.includes(':')
      ? safeHref(inner)
      : isEmail(inner)
        ? safeHref(`mailto:${inner}`)
        : null;
    if (!href) return -1;
    flush(i);
    this.append({ type: 'link', href, children: [{ type: 'text', text: inner }] });
    return j + 1;
  }

  private autolinkMayStart(i: number): boolean {
    if (i > 0) {
      const before = this.s[i - 1]!;
      if (!isSpace(before) && before !== '(' && before !== '*' && before !== '_' && before !== '~')
        return false;
    }
    const head = this.s.slice(i, i + 8).toLowerCase();
    return head.startsWith('https://') || head.startsWith('http://') || head.startsWith('www.');
  }

  private bareAutolink(i: number, flush: (end: number) => void): number {
    const s = this.s;
    // Candidates inside one stretch without spaces share its end: scanned once.
    let j = this.urlScanEnd;
    if (i >= j) {
      j = i;
      while (j < s.length && !isSpace(s[j]!) && s[j] !== '<') j++;
      this.urlScanEnd = j;
    }
    let end = j;
    if (end - i > MAX_URL) return -1;
    // Trailing punctuation ends the sentence, not the URL; a ')' only if unbalanced.
    const opens = count(s, i, end, '(');
    let closes = count(s, i, end, ')');
    while (end > i) {
      const c = s[end - 1]!;
      if ('?!.,:;*_~\'"'.includes(c)) end--;
      else if (c === ')' && closes > opens) {
        end--;
        closes--;
      } else break;
    }
    const text = s.slice(i, end);
    const href = safeHref(text.toLowerCase().startsWith('www.') ? `https://${text}` : text);
    if (!href || end - i < 5) return -1;
    flush(i);
    this.append({ type: 'link', href, children: [{ type: 'text', text }] });
    return end;
  }

  private lineBreak(i: number, flush: (end: number) => void): number {
    // Spaces before a line break are not kept.
    let end = i;
    while (end > 0 && this.s[end - 1] === ' ') end--;
    flush(end);
    this.append({ type: 'break' });
    return i + 1;
  }

  /** Pairs `*`/`_` runs above `bottom` into emphasis and strong (CommonMark's "process emphasis"). */
  private processEmphasis(bottom: Delim | null): void {
    // Per kind of closer, the index below which no opener can match it (keeps this linear).
    const openersBottom = new Int32Array(12).fill(-1);
    const bottomIndex = bottom ? bottom.index : -1;
    let closer = bottom ? bottom.next : this.firstDelim();
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = (closer.char === '*' ? 0 : 6) + (closer.canOpen ? 3 : 0) + (closer.length % 3);
      const floor = Math.max(bottomIndex, openersBottom[key]!);
      let opener = closer.prev;
      while (opener && opener.index > floor) {
        if (opener.char === closer.char && opener.canOpen && !oddMatch(opener, closer)) break;
        opener = opener.prev;
      }
      if (!opener || opener.index <= floor) {
        openersBottom[key] = closer.prev?.index ?? -1;
        const next: Delim | null = closer.next;
        if (!closer.canOpen) this.removeDelim(closer);
        closer = next;
        continue;
      }
      const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      opener.count -= use;
      closer.count -= use;
      opener.entry.node = { type: 'text', text: opener.char.repeat(opener.count) };
      closer.entry.node = { type: 'text', text: closer.char.repeat(closer.count) };
      // Delimiters between the two are text now.
      for (let d = opener.next; d && d !== closer; d = d.next) this.removeDelim(d);
      const children = collect(opener.entry.next, closer.entry);
      const wrapped: Entry = {
        node: { type: use === 2 ? 'strong' : 'emphasis', children },
        prev: opener.entry,
        next: closer.entry,
        delim: null,
      };
      opener.entry.next = wrapped;
      closer.entry.prev = wrapped;
      if (opener.count === 0) {
        this.removeEntry(opener.entry);
        this.removeDelim(opener);
      }
      if (closer.count === 0) {
        const next: Delim | null = closer.next;
        this.removeEntry(closer.entry);
        this.removeDelim(closer);
        closer = next;
      }
    }
    // What is left above the bottom is plain text.
    while (this.delimTop && this.delimTop !== bottom) this.removeDelim(this.delimTop);
  }

  private firstDelim(): Delim | null {
    let d = this.delimTop;
    while (d?.prev) d = d.prev;
    return d;
  }

  private removeDelim(d: Delim): void {
    if (d.prev) d.prev.next = d.next;
    if (d.next) d.next.prev = d.prev;
    if (this.delimTop === d) this.delimTop = d.prev;
    d.entry.delim = null;
    d.prev = d.next = null;
  }

  private removeEntry(e: Entry): void {
    if (e.prev) e.prev.next = e.next;
    else this.head = e.next;
    if (e.next) e.next.prev = e.prev;
    else this.tail = e.prev;
  }
}

function oddMatch(opener: Delim, closer: Delim): boolean {
  return (
    (opener.canClose || closer.canOpen) &&
    (opener.length + closer.length) % 3 === 0 &&
    !(opener.length % 3 === 0 && closer.length % 3 === 0)
  );
}

/** The nodes from `from` up to (not including) `until`, adjacent texts merged, empty ones dropped. */
function collect(from: Entry | null, until: Entry | null): MdInline[] {
  const out: MdInline[] = [];
  for (let e = from; e && e !== until; e = e.next) {
    const node = e.node;
    if (node.type === 'text') {
      if (node.text === '') continue;
      const last = out[out.length - 1];
      if (last?.type === 'text') {
        out[out.length - 1] = { type: 'text', text: last.text + node.text };
        continue;
      }
    }
    out.push(node);
  }
  return out;
}

/** Parses inline Markdown (one paragraph's or heading's text). */
export function parseInline(text: string): MdInline[] {
  return new InlineParser(text).parse();
}

function count(s: string, from: number, to: number, ch: string): number {
  let n = 0;
  for (let k = from; k < to; k++) if (s[k] === ch) n++;
  return n;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\f';
}

function isAsciiPunctuation(c: string): boolean {
  return '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'.includes(c);
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
function isPunctuation(c: string): boolean {
  return PUNCTUATION.test(c);
}

function isEmail(s: string): boolean {
  const at = s.indexOf('@');
  return at > 0 && at === s.lastIndexOf('@') && s.indexOf('.', at) > at + 1 && !s.endsWith('.');
}

function hasControl(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    if (code < 32 || code === 127) return true;
  }
  return false;
}
