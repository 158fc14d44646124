/**
 * A small, safe Markdown subset for notes: paragraphs, line breaks, headings,
 * emphasis, strong, inline code, fenced code, lists, blockquotes, links and
 * autolinks. It parses to a plain AST that the UI renders with React elements,
 * so nothing a user (or a pasted page) wrote ever becomes HTML: raw tags stay
 * text, and only http(s) and mailto links become links.
 *
 * Notes can be pasted from anywhere, so every step is linear in the input:
 * blocks are read line by line, inlines in one left-to-right pass with a
 * delimiter stack (the CommonMark algorithm, pared down), and no regular
 * expression with nested quantifiers ever runs on user text. Trade-offs: no
 * indented code blocks, link titles, reference links, tables or images
 * (an image's `![alt](url)` reads as "!" plus a link), and a single newline
 * is a line break, as in chat and comment boxes.
 */

/** Inline content. */
export type MdInline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'code'; text: string }
  | { type: 'emphasis'; children: MdInline[] }
  | { type: 'strong'; children: MdInline[] }
  | { type: 'link'; href: string; children: MdInline[] };

/** Block content. */
export type MdBlock =
  | { type: 'paragraph'; children: MdInline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: MdInline[] }
  | { type: 'codeBlock'; text: string; lang: string }
  | { type: 'list'; ordered: boolean; start: number; tight: boolean; items: MdBlock[][] }
  | { type: 'blockquote'; children: MdBlock[] }
  | { type: 'rule' };

/** Containers (lists, quotes) nest at most this deep; deeper markers read as text. */
const MAX_DEPTH = 12;
const MAX_URL = 2048;
/** Parenthesis stops a link destination may pass before it is given up. */
const MAX_URL_STOPS = 32;

/** Parses a note's Markdown. */
export function parseMarkdown(source: string): MdBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n').map(expandTabs);
  return parseBlocks(lines, 0);
}

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

// ---- blocks ----

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(4 - (out.length % 4)) : ch;
  return out;
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

interface ListMarker {
  ordered: boolean;
  /** The bullet character or the delimiter after the number. */
  char: string;
  start: number;
  /** Column where the item's content starts. */
  contentAt: number;
  rest: string;
}

function listMarker(line: string): ListMarker | null {
  const indent = indentOf(line);
  if (indent > 3) return null;
  let i = indent;
  const c = line[i];
  let ordered = false;
  let start = 1;
  let char: string;
  if (c === '-' || c === '*' || c === '+') {
    char = c;
    i++;
  } else {
    let j = i;
    while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57)
      j++;
    if (j === i || (line[j] !== '.' && line[j] !== ')')) return null;
    ordered = true;
    start = Number(line.slice(i, j));
    char = line[j]!;
    i = j + 1;
  }
  if (i === line.length) return { ordered, char, start, contentAt: i + 1, rest: '' };
  if (line[i] !== ' ') return null;
  const spaces = indentOf(line.slice(i));
  // Five or more spaces after the marker: the content starts after one of them.
  const contentAt = spaces >= 5 ? i + 1 : i + spaces;
  return { ordered, char, start, contentAt, rest: line.slice(contentAt) };
}

function fenceOf(line: string): { char: string; length: number; info: string } | null {
  const indent = indentOf(line);
  if (indent > 3) return null;
  const char = line[indent];
  if (char !== '`' && char !== '~') return null;
  let j = indent;
  while (line[j] === char) j++;
  const length = j - indent;
  if (length < 3) return null;
  const info = line.slice(j).trim();
  if (char === '`' && info.includes('`')) return null;
  return { char, length, info };
}

function isRule(line: string): boolean {
  if (indentOf(line) > 3) return false;
  const compact = line.replace(/[ ]/g, '');
  const c = compact[0];
  if (compact.length < 3 || (c !== '-' && c !== '*' && c !== '_')) return false;
  for (const ch of compact) if (ch !== c) return false;
  return true;
}

function headingOf(line: string): { level: 1 | 2 | 3 | 4 | 5 | 6; text: string } | null {
  const indent = indentOf(line);
  if (indent > 3 || line[indent] !== '#') return null;
  let j = indent;
  while (line[j] === '#') j++;
  const level = j - indent;
  if (level > 6 || (j < line.length && line[j] !== ' ')) return null;
  let text = line.slice(j).trim();
  // A closing run of #s preceded by a space is decoration.
  let k = text.length;
  while (k > 0 && text[k - 1] === '#') k--;
  if (k === 0) text = '';
  else if (k < text.length && text[k - 1] === ' ') text = text.slice(0, k).trimEnd();
  return { level: level as 1 | 2 | 3 | 4 | 5 | 6, text };
}

function quoteContent(line: string): string | null {
  const indent = indentOf(line);
  if (indent > 3 || line[indent] !== '>') return null;
  return line[indent + 1] === ' ' ? line.slice(indent + 2) : line.slice(indent + 1);
}

/** True when `line` starts a block that ends a paragraph. */
function interruptsParagraph(line: string, depth: number): boolean {
  if (fenceOf(line) || headingOf(line) || isRule(line)) return true;
  if (depth >= MAX_DEPTH) return false;
  if (quoteContent(line) !== null) return true;
  const m = listMarker(line);
  // As in CommonMark: an empty item, or a numbered list not starting at 1, cannot interrupt.
  return m !== null && m.rest.trim() !== '' && (!m.ordered || m.start === 1);
}

function parseBlocks(lines: string[], depth: number): MdBlock[] {
  const blocks: MdBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = fenceOf(line);
    if (fence) {
      const indent = indentOf(line);
      const body: string[] = [];
      i++;
      while (i < lines.length) {
        const close = fenceOf(lines[i]!);
        if (
          close &&
          close.char === fence.char &&
          close.length >= fence.length &&
          close.info === ''
        ) {
          i++;
          break;
        }
        const l = lines[i]!;
        body.push(l.slice(Math.min(indent, indentOf(l))));
        i++;
      }
      blocks.push({
        type: 'codeBlock',
        text: body.join('\n'),
        lang: fence.info.split(' ')[0] ?? '',
      });
      continue;
    }
    const heading = headingOf(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading.level, children: parseInline(heading.text) });
      i++;
      continue;
    }
    if (isRule(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (depth < MAX_DEPTH && quoteContent(line) !== null) {
      const inner: string[] = [];
      while (i < lines.length) {
        const content = quoteContent(lines[i]!);
        if (content === null) break;
        inner.push(content);
        i++;
      }
      blocks.push({ type: 'blockquote', children: parseBlocks(inner, depth + 1) });
      continue;
    }
    const marker = depth < MAX_DEPTH ? listMarker(line) : null;
    if (marker) {
      i = parseList(lines, i, marker, depth, blocks);
      continue;
    }
    // A paragraph: until a blank line or another block.
    const text: string[] = [line.trim()];
    i++;
    let setext: 1 | 2 | null = null;
    while (i < lines.length && !isBlank(lines[i]!)) {
      const next = lines[i]!;
      const underline = setextLevel(next);
      if (underline) {
        setext = underline;
        i++;
        break;
      }
      if (interruptsParagraph(next, depth)) break;
      text.push(next.trim());
      i++;
    }
    const children = parseInline(text.join('\n'));
    blocks.push(
      setext ? { type: 'heading', level: setext, children } : { type: 'paragraph', children },
    );
  }
  return blocks;
}

function setextLevel(line: string): 1 | 2 | null {
  if (indentOf(line) > 3) return null;
  const t = line.trim();
  const c = t[0];
  if (c !== '=' && c !== '-') return null;
  for (const ch of t) if (ch !== c) return null;
  return c === '=' ? 1 : 2;
}

/** Reads a list starting at `lines[start]`; pushes it and returns the next line index. */
function parseList(
  lines: string[],
  start: number,
  first: ListMarker,
  depth: number,
  out: MdBlock[],
): number {
  const items: MdBlock[][] = [];
  let tight = true;
  let i = start;
  let marker: ListMarker | null = first;
  while (marker) {
    const itemLines: string[] = [marker.rest];
    const contentAt = marker.contentAt;
    i++;
    let sawBlank = false;
    while (i < lines.length) {
      const l = lines[i]!;
      if (isBlank(l)) {
        sawBlank = true;
        itemLines.push('');
        i++;
        continue;
      }
      if (indentOf(l) >= contentAt) {
        itemLines.push(l.slice(contentAt));
        sawBlank = false;
        i++;
        continue;
      }
      // Lazy continuation: an unindented line right after paragraph text continues it.
      if (
        !sawBlank &&
        !interruptsParagraph(l, depth) &&
        listMarker(l) === null &&
        endsInText(itemLines)
      ) {
        itemLines.push(l.trim());
        i++;
        continue;
      }
      break;
    }
    // Trailing blank lines belong between items, not inside one.
    let trailing = 0;
    while (itemLines.length > 1 && itemLines[itemLines.length - 1] === '') {
      itemLines.pop();
      trailing++;
    }
    if (itemLines.slice(1).some((l) => l === '')) tight = false;
    items.push(parseBlocks(itemLines, depth + 1));
    const next: ListMarker | null = i < lines.length ? listMarker(lines[i]!) : null;
    if (next && next.ordered === first.ordered && next.char === first.char && !isRule(lines[i]!)) {
      if (trailing > 0) tight = false;
      marker = next;
    } else {
      marker = null;
      // Blank lines after the last item end the list; they do not loosen it.
    }
  }
  out.push({ type: 'list', ordered: first.ordered, start: first.start, tight, items });
  return i;
}

function endsInText(itemLines: string[]): boolean {
  const last = itemLines[itemLines.length - 1];
  return last !== undefined && last !== '' && fenceOf(last) === null;
}

// ---- inlines ----

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
