/**
 * Markdown blocks, read line by line: paragraphs, headings, fenced code,
 * lists, blockquotes and rules (see markdown.ts for the subset and why).
 */
import type { MdBlock } from './markdown';
import { parseInline } from './markdown-inline';

/** Containers (lists, quotes) nest at most this deep; deeper markers read as text. */
const MAX_DEPTH = 12;

export function expandTabs(line: string): string {
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

export function parseBlocks(lines: string[], depth: number): MdBlock[] {
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
