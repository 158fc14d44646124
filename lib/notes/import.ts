/**
 * Reading an export file back. The whole file is checked before anything is
 * written, and errors name the exact place (`notes[12].updated: expected a
 * number, got string`) so a hand-edited file can be fixed. Extra fields are
 * ignored (a newer build may add some) and dropped, so nothing unchecked
 * reaches the database. Writing is one transaction: a file is imported whole
 * or not at all.
 */
import type { UserDb } from './db';
import { findJsonSyntaxError } from './json-syntax';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ArticleRecord,
  type NoteRecord,
  type NotesExport,
  type TextQuote,
} from './types';

/** Largest accepted string (a note body, a quote, a title), in UTF-16 code units. */
export const MAX_STRING_LENGTH = 1_000_000;
/** Most notes one file may carry. */
export const MAX_NOTES = 100_000;
/** Most articles one file may carry (every note could have its own). */
export const MAX_ARTICLES = 100_000;

/** A checked export file, or the first problem found in it. */
export type ParseResult = { ok: true; data: NotesExport } | { ok: false; error: string };

/** How many records an import added, replaced with a newer version, or left as they were. */
export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** Counts for notes, with the articles' counts alongside. */
export interface ImportSummary extends ImportCounts {
  articles: ImportCounts;
}

class Invalid extends Error {}

/** Parses and checks an export file; never throws. */
export function parseNotesExport(text: string): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'file: expected text' };
  // Editors on Windows like to start files with a byte-order mark; it is not JSON but means nothing.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'not JSON: the file is empty' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: `not JSON: ${jsonErrorMessage(e, body)}` };
  }
  try {
    return { ok: true, data: checkFile(json) };
  } catch (e) {
    // Anything else is a bug here, but a bad file must still end as a message.
    return {
      ok: false,
      error:
        e instanceof Invalid ? e.message : `file: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/**
 * Merges a checked file into the database in one read-write transaction.
 * Notes merge by id and the later `updated` wins (on a tie the one already
 * here stays); articles merge by key, keeping the earliest `firstSeen`, the
 * latest `lastSeen` and the newer record's details.
 */
export async function importNotes(db: UserDb, data: NotesExport): Promise<ImportSummary> {
  return db.transaction('rw', db.articles, db.notes, async () => {
    const articles: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
    const oldArticles = await db.articles.bulkGet(data.articles.map((a) => a.key));
    const articleWrites: ArticleRecord[] = [];
    data.articles.forEach((incoming, i) => {
      const old = oldArticles[i];
      if (!old) {
        articles.added++;
        articleWrites.push(incoming);
        return;
      }
      const merged = mergeArticle(old, incoming);
      if (sameJson(merged, old)) {
        articles.unchanged++;
      } else {
        articles.updated++;
        articleWrites.push(merged);
      }
    });

    const notes: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
    const oldNotes = await db.notes.bulkGet(data.notes.map((n) => n.id));
    const noteWrites: NoteRecord[] = [];
    data.notes.forEach((incoming, i) => {
      const old = oldNotes[i];
      if (!old) notes.added++;
      else if (incoming.updated > old.updated) notes.updated++;
      else {
        notes.unchanged++;
        return;
      }
      noteWrites.push(incoming);
    });

    await db.articles.bulkPut(articleWrites);
    await db.notes.bulkPut(noteWrites);
    return { ...notes, articles };
  });
}

function mergeArticle(old: ArticleRecord, incoming: ArticleRecord): ArticleRecord {
  const [newer, older] = incoming.lastSeen > old.lastSeen ? [incoming, old] : [old, incoming];
  const merged: ArticleRecord = {
    key: old.key,
    title: newer.title || older.title,
    url: newer.url || older.url,
    site: newer.site || older.site,
    arxivId: newer.arxivId ?? older.arxivId,
    doi: newer.doi ?? older.doi,
    published: newer.published ?? older.published,
    firstSeen: Math.min(old.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(old.lastSeen, incoming.lastSeen),
  };
  const authors = newer.authors && newer.authors.length > 0 ? newer.authors : older.authors;
  if (authors) merged.authors = authors;
  return merged;
}

// ---- checking ----

type JsonObject = Record<string, unknown>;

function checkFile(json: unknown): NotesExport {
  if (!isObject(json))
    throw new Invalid(
      `file: expected an object with "format", "version", "articles" and "notes", got ${typeName(json)}`,
    );
  const format = field(json, 'format', '');
  if (format !== EXPORT_FORMAT)
    throw new Invalid(
      `format: expected "${EXPORT_FORMAT}"${typeof format === 'string' ? `, got "${clip(format)}"` : `, got ${typeName(format)}`}`,
    );
  const version = number(field(json, 'version', ''), 'version');
  if (version !== EXPORT_VERSION)
    throw new Invalid(
      `version: unsupported version ${version} (this build reads version ${EXPORT_VERSION})`,
    );
  const exportedAt = string(field(json, 'exportedAt', ''), 'exportedAt');

  const rawArticles = array(field(json, 'articles', ''), 'articles');
  if (rawArticles.length > MAX_ARTICLES)
    throw new Invalid(
      `articles: ${rawArticles.length} articles, more than the limit of ${MAX_ARTICLES}`,
    );
  const rawNotes = array(field(json, 'notes', ''), 'notes');
  if (rawNotes.length > MAX_NOTES)
    throw new Invalid(`notes: ${rawNotes.length} notes, more than the limit of ${MAX_NOTES}`);

  const articleAt = new Map<string, number>();
  const articles = rawArticles.map((raw, i) => {
    const a = checkArticle(raw, `articles[${i}]`);
    const first = articleAt.get(a.key);
    if (first !== undefined)
      throw new Invalid(
        `articles[${i}].key: "${clip(a.key)}" is already used by articles[${first}]`,
      );
    articleAt.set(a.key, i);
    return a;
  });
  const noteAt = new Map<string, number>();
  const notes = rawNotes.map((raw, i) => {
    const n = checkNote(raw, `notes[${i}]`);
    const first = noteAt.get(n.id);
    if (first !== undefined)
      throw new Invalid(`notes[${i}].id: "${clip(n.id)}" is already used by notes[${first}]`);
    noteAt.set(n.id, i);
    return n;
  });
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, articles, notes };
}

function checkArticle(raw: unknown, path: string): ArticleRecord {
  const o = object(raw, path);
  const at = (name: string): unknown => field(o, name, path);
  const article: ArticleRecord = {
    key: nonEmpty(at('key'), `${path}.key`),
    title: string(at('title'), `${path}.title`),
    url: string(at('url'), `${path}.url`),
    site: string(at('site'), `${path}.site`),
    arxivId: nullableString(at('arxivId'), `${path}.arxivId`),
    doi: nullableString(at('doi'), `${path}.doi`),
    published: partialDate(at('published'), `${path}.published`),
    firstSeen: time(at('firstSeen'), `${path}.firstSeen`),
    lastSeen: time(at('lastSeen'), `${path}.lastSeen`),
  };
  if (o.authors !== undefined) article.authors = stringArray(o.authors, `${path}.authors`, false);
  return article;
}

function checkNote(raw: unknown, path: string): NoteRecord {
  const o = object(raw, path);
  const at = (name: string): unknown => field(o, name, path);
  const note: NoteRecord = {
    id: nonEmpty(at('id'), `${path}.id`),
    articleKey: nonEmpty(at('articleKey'), `${path}.articleKey`),
    body: string(at('body'), `${path}.body`),
    models: stringArray(at('models'), `${path}.models`, true),
    created: time(at('created'), `${path}.created`),
    updated: time(at('updated'), `${path}.updated`),
  };
  // Absent and null both mean "not pinned to a passage".
  if (o.quote !== undefined && o.quote !== null) note.quote = checkQuote(o.quote, `${path}.quote`);
  return note;
}

function checkQuote(raw: unknown, path: string): TextQuote {
  const o = object(raw, path);
  return {
    exact: string(field(o, 'exact', path), `${path}.exact`),
    prefix: string(field(o, 'prefix', path), `${path}.prefix`),
    suffix: string(field(o, 'suffix', path), `${path}.suffix`),
  };
}

function field(o: JsonObject, name: string, path: string): unknown {
  if (!Object.hasOwn(o, name)) throw new Invalid(`${path ? `${path}.` : ''}${name}: missing`);
  return o[name];
}

function object(v: unknown, path: string): JsonObject {
  if (!isObject(v)) throw new Invalid(`${path}: expected an object, got ${typeName(v)}`);
  return v;
}

function array(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(`${path}: expected an array, got ${typeName(v)}`);
  return v;
}

function string(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new Invalid(`${path}: expected a string, got ${typeName(v)}`);
  if (v.length > MAX_STRING_LENGTH)
    throw new Invalid(
      `${path}: ${v.length} characters, longer than the limit of ${MAX_STRING_LENGTH}`,
    );
  return v;
}

function nonEmpty(v: unknown, path: string): string {
  const s = string(v, path);
  if (s === '') throw new Invalid(`${path}: expected a non-empty string`);
  return s;
}

function nullableString(v: unknown, path: string): string | null {
  if (v === null) return null;
  if (typeof v !== 'string')
    throw new Invalid(`${path}: expected a string or null, got ${typeName(v)}`);
  return string(v, path);
}

function partialDate(v: unknown, path: string): string | null {
  if (v === null) return null;
  if (typeof v !== 'string')
    throw new Invalid(`${path}: expected a string or null, got ${typeName(v)}`);
  if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(v))
    throw new Invalid(`${path}: expected "YYYY-MM" or "YYYY-MM-DD", got "${clip(v)}"`);
  return v;
}

function number(v: unknown, path: string): number {
  if (typeof v !== 'number') throw new Invalid(`${path}: expected a number, got ${typeName(v)}`);
  return v;
}

/** Milliseconds since the epoch: a finite, non-negative number. */
function time(v: unknown, path: string): number {
  const n = number(v, path);
  if (!Number.isFinite(n) || n < 0)
    throw new Invalid(`${path}: expected a time in milliseconds since 1970, got ${n}`);
  return n;
}

function stringArray(v: unknown, path: string, nonEmptyItems: boolean): string[] {
  return array(v, path).map((item, i) =>
    nonEmptyItems ? nonEmpty(item, `${path}[${i}]`) : string(item, `${path}[${i}]`),
  );
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Names the first syntax error by position, line and column, whatever engine parsed the text. */
function jsonErrorMessage(e: unknown, text: string): string {
  const found = findJsonSyntaxError(text);
  if (found)
    return `${found.problem} at position ${found.position} (line ${found.line}, column ${found.column})`;
  // Valid by the grammar yet refused (nesting too deep for the engine): its own words, on one line.
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
}

/** Deep equality for plain JSON-shaped records. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson(a[k], b[k]));
}
