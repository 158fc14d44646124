/**
 * The "All notes" list: each note with what it is found by (its article's
 * title and site, its models' names and eras), a typo-tolerant search over
 * body, quote, title and model names, and the filters.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { ModelCatalog } from '@/components/notes/model-catalog';
import { urlOfArticleKey } from '@/lib/articles/key-url';
import type { ArticleRecord, NoteRecord } from '@/lib/notes/types';

export interface NoteRow {
  note: NoteRecord;
  title: string;
  url: string;
  site: string;
  quote: string;
  modelNames: string[];
  eras: string[];
}

export interface NoteFilters {
  query: string;
  /** Model id, era id and site; '' for any. */
  model: string;
  era: string;
  site: string;
}

export const NO_FILTERS: NoteFilters = { query: '', model: '', era: '', site: '' };

/** Notes joined with their articles and models, newest first. */
export function buildRows(
  notes: readonly NoteRecord[],
  articles: readonly ArticleRecord[],
  catalog: ModelCatalog,
): NoteRow[] {
  const byKey = new Map(articles.map((a) => [a.key, a]));
  return [...notes]
    .sort((a, b) => b.created - a.created)
    .map((note) => {
      const article = byKey.get(note.articleKey);
      const url = article?.url || urlOfArticleKey(note.articleKey) || '';
      return {
        note,
        title: article?.title || url || note.articleKey,
        url,
        site: article?.site || hostOf(url),
        quote: note.quote?.exact ?? '',
        modelNames: note.models.map((id) => catalog.nameOf(id)),
        eras: [
          ...new Set(
            note.models.map((id) => catalog.model(id)?.era).filter((e): e is string => !!e),
          ),
        ],
      };
    });
}

const FUSE_OPTIONS: IFuseOptions<NoteRow> = {
  keys: [
    { name: 'note.body', weight: 1 },
    { name: 'quote', weight: 0.8 },
    { name: 'title', weight: 0.8 },
    { name: 'modelNames', weight: 0.9 },
  ],
  threshold: 0.3,
  // Notes are long: a word may match anywhere in them.
  ignoreLocation: true,
  minMatchCharLength: 2,
};

/** A search over `rows`: the matching rows, best first (all rows, in order, for an empty query). */
export function createNoteSearch(rows: readonly NoteRow[]): (query: string) => NoteRow[] {
  let fuse: Fuse<NoteRow> | null = null;
  return (query) => {
    const q = query.trim();
    if (q === '') return [...rows];
    fuse ??= new Fuse(rows, FUSE_OPTIONS);
    return fuse.search(q).map((r) => r.item);
  };
}

/** Applies the filters (the query through `search`). */
export function filterRows(search: (query: string) => NoteRow[], filters: NoteFilters): NoteRow[] {
  return search(filters.query).filter(
    (row) =>
      (filters.model === '' || row.note.models.includes(filters.model)) &&
      (filters.era === '' || row.eras.includes(filters.era)) &&
      (filters.site === '' || row.site === filters.site),
  );
}

/** The choices each filter offers: only values some note has. */
export function filterChoices(
  rows: readonly NoteRow[],
  catalog: ModelCatalog,
): {
  models: { id: string; name: string }[];
  eras: { id: string; name: string }[];
  sites: string[];
} {
  const models = new Set<string>();
  const eras = new Set<string>();
  const sites = new Set<string>();
  for (const row of rows) {
    row.note.models.forEach((m) => models.add(m));
    row.eras.forEach((e) => eras.add(e));
    if (row.site) sites.add(row.site);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    models: [...models].map((id) => ({ id, name: catalog.nameOf(id) })).sort(byName),
    eras: catalog.eras().filter((e) => eras.has(e.id)),
    sites: [...sites].sort((a, b) => a.localeCompare(b)),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
