/**
 * Shapes of the user's own data: articles they took notes on, the notes, and
 * the export file that carries both between browsers.
 */
import type { TextQuote } from './anchor';

export type { TextQuote } from './anchor';

/** An article the user has notes on, keyed by `canonicalArticleKey`. */
export interface ArticleRecord {
  key: string;
  title: string;
  /** The URL it was last read at (the key may be an arXiv ID or a DOI). */
  url: string;
  site: string;
  arxivId: string | null;
  doi: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  published: string | null;
  /** Authors as the page listed them ("Last, First" for papers); used by the BibTeX export. */
  authors?: string[];
  /** Milliseconds since the epoch. */
  firstSeen: number;
  lastSeen: number;
}

/** One note: Markdown text, optionally pinned to a quoted passage, optionally tagged with models. */
export interface NoteRecord {
  /** A UUID. */
  id: string;
  articleKey: string;
  /** Markdown. */
  body: string;
  quote?: TextQuote;
  /** Knowledge-base model ids. */
  models: string[];
  /** Milliseconds since the epoch. */
  created: number;
  updated: number;
}

/** Name written in every export file's `format` field. */
export const EXPORT_FORMAT = 'video-model-atlas-notes';
/** Version of the export format this build writes and reads. */
export const EXPORT_VERSION = 1;

/** The JSON export file. */
export interface NotesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  articles: ArticleRecord[];
  notes: NoteRecord[];
}
