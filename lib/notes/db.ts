/**
 * The user's database: their notes and the articles they are attached to.
 * It is kept apart from the knowledge-base database ("video-model-atlas-kb"),
 * which is rebuilt from the bundled data at will; this one holds the only copy
 * of what the user wrote, so its schema only ever moves forward through
 * declared versions and every old version stays declared for upgrades.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ArticleRecord, NoteRecord, TextQuote } from './types';

/** IndexedDB name of the user database. */
export const USER_DB_NAME = 'video-model-atlas-user';
const KB_DB_NAME = 'video-model-atlas-kb';

/** The user database with its typed tables. */
export type UserDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'key'>;
  notes: EntityTable<NoteRecord, 'id'>;
};

/** A note as the UI creates it; id and times are filled in. */
export interface NewNote {
  articleKey: string;
  body: string;
  quote?: TextQuote;
  models?: string[];
}

/** Fields of a note the user can edit. */
export type NoteChanges = Partial<Pick<NoteRecord, 'body' | 'models'>> & {
  /** A new quote, or null to remove the note's quote. */
  quote?: NoteRecord['quote'] | null;
};

/** What the page tells about an article; empty fields never erase known ones. */
export type ArticleInput = Pick<ArticleRecord, 'key'> &
  Partial<Omit<ArticleRecord, 'key' | 'firstSeen' | 'lastSeen'>>;

// A note as version 1 stored it: no model tags yet.
type NoteV1 = Omit<NoteRecord, 'models'> & { models?: unknown };

/** Opens (lazily, on first use) the user database; `name` exists for tests. */
export function openUserDb(name: string = USER_DB_NAME): UserDb {
  if (name === KB_DB_NAME)
    throw new Error(`openUserDb: "${KB_DB_NAME}" is the knowledge base, not the user database`);
  const db = new Dexie(name) as UserDb;
  // Version 1, as first shipped. Never edit it: installs still on it upgrade from exactly this.
  db.version(1).stores({
    articles: 'key, lastSeen',
    notes: 'id, articleKey, created',
  });
  // Version 2: model tags, findable through a multi-entry index, and an index
  // on `updated` for "recently edited" lists and merge-on-import.
  db.version(2)
    .stores({ notes: 'id, articleKey, created, updated, *models' })
    .upgrade(async (tx) => {
      await tx
        .table<NoteV1, string>('notes')
        .toCollection()
        .modify((note) => {
          if (!Array.isArray(note.models)) note.models = [];
          if (typeof note.updated !== 'number') note.updated = note.created;
        });
    });
  return db;
}

let shared: UserDb | null = null;

/** The one user database instance the extension's pages share. */
export function userDb(): UserDb {
  shared ??= openUserDb();
  return shared;
}

/** Creates a note with a new UUID; `now` exists for tests. */
export async function addNote(
  db: UserDb,
  input: NewNote,
  now: number = Date.now(),
): Promise<NoteRecord> {
  if (!input.articleKey) throw new TypeError('addNote: articleKey is empty');
  const note: NoteRecord = {
    id: crypto.randomUUID(),
    articleKey: input.articleKey,
    body: input.body,
    models: cleanModels(input.models ?? []),
    created: now,
    updated: now,
  };
  if (input.quote) note.quote = cleanQuote(input.quote);
  await db.notes.add(note);
  return note;
}

/**
 * Applies edits and bumps `updated`, always past its previous value so the
 * edit wins a later import merge even when the clock went backwards.
 * Undefined when the note does not exist.
 */
export async function updateNote(
  db: UserDb,
  id: string,
  changes: NoteChanges,
  now: number = Date.now(),
): Promise<NoteRecord | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) return undefined;
    const next: NoteRecord = { ...note, updated: Math.max(now, note.updated + 1) };
    if (changes.body !== undefined) next.body = changes.body;
    if (changes.models !== undefined) next.models = cleanModels(changes.models);
    if ('quote' in changes) {
      if (changes.quote) next.quote = cleanQuote(changes.quote);
      else delete next.quote;
    }
    await db.notes.put(next);
    return next;
  });
}

/** Deletes a note and returns it (for "undo" through `restoreNote`); undefined when it did not exist. */
export async function deleteNote(db: UserDb, id: string): Promise<NoteRecord | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note;
  });
}

/** Puts a deleted note back exactly as it was, id and times included. */
export async function restoreNote(db: UserDb, note: NoteRecord): Promise<void> {
  await db.notes.put(note);
}

/** The article's notes, oldest first (reading order). */
export async function notesForArticle(db: UserDb, articleKey: string): Promise<NoteRecord[]> {
  return db.notes.where('articleKey').equals(articleKey).sortBy('created');
}

/** Notes tagged with a model, most recently edited first. */
export async function notesForModel(db: UserDb, modelId: string): Promise<NoteRecord[]> {
  const notes = await db.notes.where('models').equals(modelId).distinct().toArray();
  return notes.sort((a, b) => b.updated - a.updated);
}

/** Every note, oldest first. */
export async function allNotes(db: UserDb): Promise<NoteRecord[]> {
  return db.notes.orderBy('created').toArray();
}

/**
 * Records a visit to an article: creates it, or refreshes what the page now
 * says and `lastSeen`. Missing or empty values keep what was known before.
 */
export async function upsertArticle(
  db: UserDb,
  input: ArticleInput,
  now: number = Date.now(),
): Promise<ArticleRecord> {
  if (!input.key) throw new TypeError('upsertArticle: key is empty');
  return db.transaction('rw', db.articles, async () => {
    const old = await db.articles.get(input.key);
    const article: ArticleRecord = {
      key: input.key,
      title: keep(input.title, old?.title ?? ''),
      url: keep(input.url, old?.url ?? ''),
      site: keep(input.site, old?.site ?? ''),
      arxivId: keep(input.arxivId, old?.arxivId ?? null),
      doi: keep(input.doi, old?.doi ?? null),
      published: keep(input.published, old?.published ?? null),
      firstSeen: old ? Math.min(old.firstSeen, now) : now,
      lastSeen: old ? Math.max(old.lastSeen, now) : now,
    };
    const authors = input.authors && input.authors.length > 0 ? input.authors : old?.authors;
    if (authors) article.authors = [...authors];
    await db.articles.put(article);
    return article;
  });
}

/** The article with this key, if the user has one. */
export async function articleByKey(db: UserDb, key: string): Promise<ArticleRecord | undefined> {
  return db.articles.get(key);
}

/** Number of notes per article key; reads only the index, not the notes. */
export async function countNotesByArticle(db: UserDb): Promise<Map<string, number>> {
  const keys = await db.notes.orderBy('articleKey').keys();
  const counts = new Map<string, number>();
  for (const key of keys) {
    if (typeof key !== 'string') continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The new value unless it is missing or empty. */
function keep<T>(value: T | null | undefined, fallback: T): T {
  return value === undefined || value === null || value === '' ? fallback : value;
}

/** Model ids trimmed, empty ones dropped, duplicates removed (a multi-entry index would list the note twice). */
function cleanModels(models: readonly string[]): string[] {
  return [...new Set(models.map((m) => m.trim()).filter((m) => m !== ''))];
}

function cleanQuote(q: TextQuote): TextQuote {
  return { exact: q.exact, prefix: q.prefix, suffix: q.suffix };
}
