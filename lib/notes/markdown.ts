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

import { expandTabs, parseBlocks } from './markdown-blocks';

export { parseInline, safeHref } from './markdown-inline';

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

/** Parses a note's Markdown. */
export function parseMarkdown(source: string): MdBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n').map(expandTabs);
  return parseBlocks(lines, 0);
}
