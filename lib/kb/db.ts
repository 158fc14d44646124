/**
 * The knowledge base's own IndexedDB database. It holds nothing but a copy of
 * the bundled KB (re-creatable at any time from the bundle), which is why it is
 * kept apart from the database with the user's notes: reseeding may clear
 * every table here without any risk to what the user wrote.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Architecture, Concept, Era, Model } from './types';

/** Name of the KB database; never the name of the notes database. */
export const KB_DB_NAME = 'video-model-atlas-kb';

/** A `meta` row: the bundle hash (`bundleHash`) and when it was seeded (`seededAt`, epoch ms). */
export interface MetaRow {
  key: string;
  value: string | number;
}

/** A stored row keeps its position in the bundled file, which is the curated order. */
export type Ordered<T> = T & { order: number };

/** The KB database with its typed tables. */
export type KbDatabase = Dexie & {
  meta: EntityTable<MetaRow, 'key'>;
  eras: EntityTable<Ordered<Era>, 'id'>;
  architectures: EntityTable<Ordered<Architecture>, 'id'>;
  concepts: EntityTable<Ordered<Concept>, 'id'>;
  models: EntityTable<Ordered<Model>, 'id'>;
};

/** Opens (lazily, on first use) the KB database; `name` is for tests only. */
export function createKbDatabase(name: string = KB_DB_NAME): KbDatabase {
  const db = new Dexie(name) as KbDatabase;
  // Keep every version ever declared: Dexie upgrades from whatever version a
  // user's browser still has by walking this list.
  db.version(1).stores({
    meta: 'key',
    eras: 'id',
    architectures: 'id',
    concepts: 'id',
    models: 'id, era, family, organization, kind, *buildsOn, *concepts',
  });
  return db;
}

let shared: KbDatabase | undefined;

/** The extension-wide KB database instance, created on first call. */
export function kbDatabase(): KbDatabase {
  shared ??= createKbDatabase();
  return shared;
}

/** Drops the `order` bookkeeping field so callers get the plain KB shape back. */
export function unordered<T extends object>(row: Ordered<T>): T {
  const copy: Partial<Ordered<T>> = { ...row };
  delete copy.order;
  return copy as unknown as T;
}
