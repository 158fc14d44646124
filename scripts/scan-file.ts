/**
 * Scanning saved pages and text files in Node with the same detection code
 * the content script runs: a DOM from linkedom, the extractor, the matcher.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import {
  buildAliasIndex,
  createMatcher,
  extractText,
  findMentions,
  type Matcher,
  type Mention,
} from '../lib/detect';
import { BUNDLED_KB } from '../lib/kb/bundle';

let matcher: Matcher | null = null;

/** The matcher for the bundled knowledge base (built once per process). */
export function bundledMatcher(): Matcher {
  matcher ??= createMatcher(buildAliasIndex(BUNDLED_KB));
  return matcher;
}

export interface ScannedFile {
  /** The extracted text that mention offsets point into. */
  text: string;
  mentions: Mention[];
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** True when the content looks like HTML (by extension, or by its first tag). */
function looksLikeHtml(path: string, content: string): boolean {
  if (HTML_EXTENSIONS.has(extname(path).toLowerCase())) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(content.slice(0, 512));
}

/** Extracts the visible text of an HTML string, as the content script would read it. */
export function textOfHtml(html: string): string {
  const { document } = parseHTML(html);
  return extractText(document.body ?? document.documentElement).text;
}

/** Scans HTML or plain text. */
export function scanContent(path: string, content: string): ScannedFile {
  if (content.includes('\u0000')) throw new Error('binary file, not HTML or text');
  const text = looksLikeHtml(path, content) ? textOfHtml(content) : content;
  return { text, mentions: findMentions(text, bundledMatcher()) };
}

/** Reads and scans one file. */
export async function scanFile(path: string): Promise<ScannedFile> {
  return scanContent(path, await readFile(path, 'utf8'));
}
