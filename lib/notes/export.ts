/**
 * Getting notes out: JSON (the lossless backup `import.ts` reads back),
 * Markdown (for reading and pasting into other note apps) and BibTeX (the
 * papers among the articles, for a reference manager). Each reads the
 * database in one transaction so the file is a consistent snapshot.
 */
import { arxivMonth } from '../articles/arxiv-id';
import { urlOfArticleKey } from '../articles/key-url';
import type { UserDb } from './db';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ArticleRecord,
  type NoteRecord,
  type NotesExport,
} from './types';

/** Resolves a model id to what the knowledge base calls it. */
export type ModelLookup = (modelId: string) => { name: string } | undefined;

/** The whole user database as the JSON export file. */
export async function exportJson(db: UserDb, now: Date = new Date()): Promise<string> {
  const { articles, notes } = await snapshot(db);
  const file: NotesExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    // Stable order and field order, so two exports of the same data diff cleanly.
    articles: articles.sort((a, b) => compare(a.key, b.key)).map(exportedArticle),
    notes: notes.sort((a, b) => a.created - b.created || compare(a.id, b.id)).map(exportedNote),
  };
  return JSON.stringify(file, null, 2);
}

/**
 * One Markdown document: a section per article (most recently read first)
 * with its title, link and identifiers, then each note's quote as a
 * blockquote, its Markdown body as written, and its model tags.
 */
export async function exportMarkdown(
  db: UserDb,
  kbLookup?: ModelLookup,
  now: Date = new Date(),
): Promise<string> {
  const { articles, notes } = await snapshot(db);
  const byKey = new Map(articles.map((a) => [a.key, a]));
  const notesByArticle = new Map<string, NoteRecord[]>();
  for (const note of notes.sort((a, b) => a.created - b.created || compare(a.id, b.id))) {
    const list = notesByArticle.get(note.articleKey);
    if (list) list.push(note);
    else notesByArticle.set(note.articleKey, [note]);
  }
  // Notes whose article record went missing still get a section, last.
  const keys = [...notesByArticle.keys()].sort((a, b) => {
    const la = byKey.get(a)?.lastSeen ?? -Infinity;
    const lb = byKey.get(b)?.lastSeen ?? -Infinity;
    return lb - la || compare(a, b);
  });

  const out: string[] = [
    '# Video Model Atlas notes',
    '',
    `Exported ${now.toISOString().slice(0, 10)} · ${count(notes.length, 'note')} on ${count(keys.length, 'article')}`,
  ];
  for (const key of keys) {
    out.push('', ...articleHeading(key, byKey.get(key)));
    for (const note of notesByArticle.get(key)!) out.push('', ...noteLines(note, kbLookup));
  }
  return `${out.join('\n')}\n`;
}

/** BibTeX entries for the articles that are papers (an arXiv ID or a DOI). */
export async function exportBibtex(db: UserDb): Promise<string> {
  const { articles } = await snapshot(db);
  const papers = articles.filter((a) => a.arxivId || a.doi).sort((a, b) => compare(a.key, b.key));
  const used = new Set<string>();
  return papers.map((a) => bibtexEntry(a, uniqueKey(citationKey(a), used))).join('\n');
}

async function snapshot(db: UserDb): Promise<{ articles: ArticleRecord[]; notes: NoteRecord[] }> {
  return db.transaction('r', db.articles, db.notes, async () => ({
    articles: await db.articles.toArray(),
    notes: await db.notes.toArray(),
  }));
}

function exportedArticle(a: ArticleRecord): ArticleRecord {
  const out: ArticleRecord = {
    key: a.key,
    title: a.title,
    url: a.url,
    site: a.site,
    arxivId: a.arxivId,
    doi: a.doi,
    published: a.published,
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
  };
  if (a.authors) out.authors = a.authors;
  return out;
}

function exportedNote(n: NoteRecord): NoteRecord {
  const out: NoteRecord = {
    id: n.id,
    articleKey: n.articleKey,
    body: n.body,
    models: n.models,
    created: n.created,
    updated: n.updated,
  };
  if (n.quote) out.quote = { exact: n.quote.exact, prefix: n.quote.prefix, suffix: n.quote.suffix };
  return out;
}

// ---- Markdown ----

function articleHeading(key: string, article: ArticleRecord | undefined): string[] {
  const url = article?.url || urlOfArticleKey(key) || '';
  const title = article?.title || key;
  const lines = [
    `## ${url ? `[${escapeMarkdown(title)}](${markdownUrl(url)})` : escapeMarkdown(title)}`,
  ];
  const facts: string[] = [];
  const arxivId = article?.arxivId ?? (key.startsWith('arxiv:') ? key.slice(6) : null);
  if (arxivId) facts.push(`arXiv: [${arxivId}](https://arxiv.org/abs/${arxivId})`);
  const doi = article?.doi ?? (key.startsWith('doi:') ? key.slice(4) : null);
  if (doi)
    facts.push(`DOI: [${escapeMarkdown(doi)}](${markdownUrl(urlOfArticleKey(`doi:${doi}`)!)})`);
  if (article?.site) facts.push(escapeMarkdown(article.site));
  if (article?.published) facts.push(`published ${article.published}`);
  if (facts.length > 0) lines.push('', facts.join(' · '));
  return lines;
}

function noteLines(note: NoteRecord, kbLookup: ModelLookup | undefined): string[] {
  const lines: string[] = [];
  if (note.quote?.exact) {
    for (const line of note.quote.exact.split(/\r?\n/))
      lines.push(line.trim() ? `> ${escapeLineStart(escapeMarkdown(line))}` : '>');
    lines.push('');
  }
  // The body is the user's own Markdown: written out as is.
  if (note.body.trim()) lines.push(note.body.trimEnd(), '');
  if (note.models.length > 0) {
    const tags = note.models.map((id) => {
      const name = kbLookup?.(id)?.name;
      return name ? `#${tag(id)} (${escapeMarkdown(name)})` : `#${tag(id)}`;
    });
    lines.push(`Models: ${tags.join(' ')}`, '');
  }
  const created = day(note.created);
  const edited = day(note.updated);
  lines.push(`*Saved ${created}${edited !== created ? `, edited ${edited}` : ''}*`);
  return lines;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

/** Stops quoted page text from turning into a heading or list item. */
function escapeLineStart(line: string): string {
  return line.replace(
    /^(\s*)([#>+-]|\d+[.)])/,
    (_m, space: string, mark: string) => `${space}\\${mark}`,
  );
}

/** A link destination that survives spaces and parentheses. */
function markdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => encodeURIComponent(c));
}

function tag(id: string): string {
  return id.trim().replace(/\s+/g, '-');
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// ---- BibTeX ----

// prettier-ignore
const TITLE_STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'towards', 'toward', 'via', 'is', 'are']);

function bibtexEntry(a: ArticleRecord, citeKey: string): string {
  // Double braces keep the title's capitals: styles would lower-case "VideoGPT" and "LDMs".
  const fields: [string, string][] = [['title', `{${escapeBibtex(a.title || a.key)}}`]];
  if (a.authors && a.authors.length > 0)
    fields.push(['author', a.authors.map(bibtexName).join(' and ')]);
  const year = yearOf(a);
  if (year) fields.push(['year', year]);
  if (a.arxivId) {
    fields.push(['eprint', bibtexVerbatim(a.arxivId)], ['archivePrefix', 'arXiv']);
  }
  if (a.doi) fields.push(['doi', bibtexVerbatim(a.doi)]);
  const url = a.arxivId
    ? `https://arxiv.org/abs/${a.arxivId}`
    : a.doi
      ? urlOfArticleKey(`doi:${a.doi}`)!
      : a.url;
  fields.push(['url', bibtexVerbatim(url)]);
  // An arXiv preprint is @misc (as arXiv's own export does); a DOI without one is taken to be published.
  const type = a.arxivId ? 'misc' : 'article';
  return `@${type}{${citeKey},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}

/** Escapes the characters TeX treats specially; braces are escaped so unbalanced ones cannot break the file. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_ESCAPES[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

// prettier-ignore
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_',
  '^': '\\^{}', '~': '\\~{}',
};

/**
 * URL, DOI and eprint fields are read verbatim by biblatex and the url
 * package, so TeX escapes would end up in the link; only braces, which would
 * unbalance the entry, are percent-encoded.
 */
function bibtexVerbatim(text: string): string {
  return text.replace(/[{}]/g, (c) => encodeURIComponent(c)).replace(/\s+/g, '');
}

function bibtexName(name: string): string {
  const escaped = escapeBibtex(name);
  // " and " inside one name would split it in two; braces keep it whole.
  return /\sand\s/i.test(escaped) ? `{${escaped}}` : escaped;
}

function yearOf(a: ArticleRecord): string | null {
  if (a.published) return a.published.slice(0, 4);
  return a.arxivId ? (arxivMonth(a.arxivId)?.slice(0, 4) ?? null) : null;
}

/** `blattmann2023stable`: first author's family name, year, first significant title word, in ASCII. */
function citationKey(a: ArticleRecord): string {
  const first = a.authors?.[0] ?? '';
  const family = first.includes(',')
    ? first.split(',')[0]!
    : (first.trim().split(/\s+/).pop() ?? '');
  const word =
    a.title
      .split(/[^\p{L}\p{N}]+/u)
      .find((w) => w.length > 1 && !TITLE_STOP_WORDS.has(w.toLowerCase())) ?? '';
  const year = yearOf(a) ?? '';
  // Without an author the key leads with the title word: keys starting with a digit trip some tools.
  const key = family ? `${ascii(family)}${year}${ascii(word)}` : `${ascii(word)}${year}`;
  if (key && /[a-z]/.test(key)) return key;
  return a.arxivId ? `arxiv${ascii(a.arxivId)}` : `doi${ascii(a.doi ?? a.key)}`.slice(0, 40);
}

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

function uniqueKey(key: string, used: Set<string>): string {
  let candidate = key;
  for (let i = 0; used.has(candidate); i++)
    candidate = `${key}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`;
  used.add(candidate);
  return candidate;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
