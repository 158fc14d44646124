/**
 * The notes handlers: the background is the only writer of the user
 * database. After a change it tells the tabs showing that article, so their
 * quotes are highlighted again, and updates their badges.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ArticleMetadata } from '@/lib/articles/metadata';
import { fromExtensionPage, onMessage, sendToTab, type Sender } from '@/lib/messages';
import {
  addNote,
  deleteNote,
  notesForArticle,
  restoreNote,
  updateNote,
  upsertArticle,
  userDb,
  type ArticleInput,
} from '@/lib/notes/db';
import { importNotes, parseNotesExport } from '@/lib/notes/import';
import {
  anchorsKey,
  isArticleInput,
  isNewNote,
  isNoteAnchors,
  isNoteChanges,
  isNoteRecord,
} from '@/lib/notes/protocol';
import type { NoteRecord } from '@/lib/notes/types';
import { refreshNoteBadges } from './badge';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

const shortString = (v: unknown, max = 4096): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** Tells every tab whose page is this article that its notes changed. */
async function announce(articleKey: string): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined ? undefined : sendToTab(t.id, 'notesChanged', { key: articleKey }).catch(() => undefined),
    ),
  );
  await refreshNoteBadges();
}

/** Title, authors and date of the article in a tab, read on demand by an injected script. */
async function articleDetails(tabId: number): Promise<ArticleInput | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/article-metadata.js'] });
    const m = result?.result as ArticleMetadata | undefined;
    if (!m || typeof m.key !== 'string') return null;
    const tab = await browser.tabs.get(tabId);
    return clampArticle({
      key: m.key.slice(0, MAX_FIELD),
      title: m.title ?? tab.title ?? '',
      url: tab.url ?? '',
      site: m.site ?? '',
      arxivId: m.arxivId,
      doi: m.doi,
      published: m.published,
      authors: m.authors,
    });
  } catch {
    // No access to the tab (a PDF viewer, a browser page): the panel falls back to the URL.
    return null;
  }
}

/** Refuses a request that did not come from the extension's own pages. */
function pagesOnly(sender: Sender, what: string): void {
  if (!fromExtensionPage(sender)) throw new Error(`${what} is only taken from the extension's pages`);
}

const MAX_FIELD = 4000;

/** Cuts page metadata to what the protocol accepts, so a long title or author list never blocks a save. */
function clampArticle(a: ArticleInput): ArticleInput {
  const cut = (v: string | null | undefined) => (typeof v === 'string' ? v.slice(0, MAX_FIELD) : v);
  return {
    ...a,
    title: cut(a.title) ?? '',
    url: cut(a.url) ?? '',
    site: cut(a.site) ?? '',
    arxivId: cut(a.arxivId) ?? null,
    doi: cut(a.doi) ?? null,
    published: cut(a.published) ?? null,
    authors: a.authors?.slice(0, 200).map((n) => n.slice(0, 200)),
  };
}

export function registerNotesService(): void {
  const db = userDb();

  onMessage(
    'addNote',
    (d): d is { note: Parameters<typeof addNote>[1]; article: ArticleInput } =>
      isRecord(d) && isNewNote(d.note) && isArticleInput(d.article),
    async ({ note, article }, sender) => {
      pagesOnly(sender, 'addNote');
      await upsertArticle(db, { ...article, key: note.articleKey });
      const saved = await addNote(db, note);
      await announce(saved.articleKey);
      return saved;
    },
  );

  onMessage(
    'updateNote',
    (d): d is { id: string; changes: Parameters<typeof updateNote>[2] } =>
      isRecord(d) && shortString(d.id, 200) && isNoteChanges(d.changes),
    async ({ id, changes }, sender) => {
      pagesOnly(sender, 'updateNote');
      const saved = (await updateNote(db, id, changes)) ?? null;
      if (saved) await announce(saved.articleKey);
      return saved;
    },
  );

  onMessage('deleteNote', (d): d is { id: string } => isRecord(d) && shortString(d.id, 200), async ({ id }, sender) => {
    pagesOnly(sender, 'deleteNote');
    const deleted = (await deleteNote(db, id)) ?? null;
    if (deleted) await announce(deleted.articleKey);
    return deleted;
  });

  onMessage(
    'restoreNote',
    (d): d is { note: NoteRecord } => isRecord(d) && isNoteRecord(d.note),
    async ({ note }, sender) => {
      pagesOnly(sender, 'restoreNote');
      await restoreNote(db, note);
      await announce(note.articleKey);
      return { ok: true as const };
    },
  );

  onMessage(
    'importNotes',
    (d): d is { text: string } => isRecord(d) && typeof d.text === 'string',
    async ({ text }, sender) => {
      pagesOnly(sender, 'importNotes');
      const parsed = parseNotesExport(text);
      if (!parsed.ok) return { ok: false as const, error: parsed.error };
      const summary = await importNotes(db, parsed.data);
      await refreshNoteBadges();
      return { ok: true as const, summary };
    },
  );

  onMessage('clearAllNotes', (d): d is { confirm: true } => isRecord(d) && d.confirm === true, async (_d, sender) => {
    pagesOnly(sender, 'clearAllNotes');
    const deleted = await db.transaction('rw', db.notes, db.articles, async () => {
      const n = await db.notes.count();
      await db.notes.clear();
      await db.articles.clear();
      return n;
    });
    await refreshNoteBadges();
    return { deleted };
  });

  onMessage('getArticleNotes', (d): d is { key: string } => isRecord(d) && shortString(d.key), ({ key }) =>
    notesForArticle(db, key),
  );

  onMessage(
    'notesAnchored',
    (d): d is { key: string; anchors: Parameters<typeof isNoteAnchors>[0] & [] } =>
      isRecord(d) && shortString(d.key) && isNoteAnchors(d.anchors),
    async ({ anchors }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined && sender.frameId === 0) await storage.setItem(anchorsKey(tabId), anchors);
      return { ok: true as const };
    },
  );

  onMessage(
    'getArticleDetails',
    (d): d is { tabId: number } => isRecord(d) && Number.isInteger(d.tabId),
    ({ tabId }, sender) => {
      pagesOnly(sender, 'getArticleDetails');
      return articleDetails(tabId);
    },
  );

  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(anchorsKey(tabId)));
}
