/**
 * Shapes that notes send between contexts, and the validators a receiving
 * handler runs on them. Everything arriving is unknown data until checked.
 */
import type { TextQuote } from './anchor';

/** What a page says about the article it shows. */
export interface ArticleIdentity {
  key: string;
  url: string;
  title: string;
}

/** Whether a note's quoted passage was found again on the page. */
export interface NoteAnchor {
  noteId: string;
  found: boolean;
  /** True when found verbatim; false when found approximately (the page changed). */
  exact: boolean;
}

const MAX_TEXT = 1_000_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isString(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length <= max;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.length <= 200 && v.every((s) => isString(s, 200));
}

/** True for `{ exact, prefix, suffix }` strings of sane size. */
export function isTextQuote(v: unknown): v is TextQuote {
  return (
    isRecord(v) &&
    isString(v.exact, 100_000) &&
    v.exact.length > 0 &&
    isString(v.prefix, 1000) &&
    isString(v.suffix, 1000)
  );
}

/** True for a note as the UI creates it. */
export function isNewNote(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.articleKey, 4096) &&
    v.articleKey.length > 0 &&
    isString(v.body) &&
    (v.quote === undefined || isTextQuote(v.quote)) &&
    (v.models === undefined || isStringArray(v.models))
  );
}

/** True for what a page or panel knows about an article (only `key` is required). */
export function isArticleInput(v: unknown): boolean {
  if (!isRecord(v) || !isString(v.key, 4096) || v.key.length === 0) return false;
  for (const field of ['title', 'url', 'site', 'arxivId', 'doi', 'published'] as const) {
    const value = v[field];
    if (value !== undefined && value !== null && !isString(value, 4096)) return false;
  }
  return v.authors === undefined || isStringArray(v.authors);
}

/** True for the editable fields of a note. */
export function isNoteChanges(v: unknown): boolean {
  return (
    isRecord(v) &&
    (v.body === undefined || isString(v.body)) &&
    (v.quote === undefined || v.quote === null || isTextQuote(v.quote)) &&
    (v.models === undefined || isStringArray(v.models))
  );
}

/** True for a whole stored note (restore after delete). */
export function isNoteRecord(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.id, 200) &&
    v.id.length > 0 &&
    isNewNote(v) &&
    Array.isArray(v.models) &&
    typeof v.created === 'number' &&
    typeof v.updated === 'number'
  );
}

/** True for a list of anchors reported by a page. */
export function isNoteAnchors(v: unknown): v is NoteAnchor[] {
  return (
    Array.isArray(v) &&
    v.length <= 10_000 &&
    v.every(
      (a) =>
        isRecord(a) &&
        isString(a.noteId, 200) &&
        typeof a.found === 'boolean' &&
        typeof a.exact === 'boolean',
    )
  );
}

/** Session-storage key of the anchors reported for one tab. */
export function anchorsKey(tabId: number): `session:anchors:${number}` {
  return `session:anchors:${tabId}`;
}
