/**
 * The user's notes tagged with one model, across every article, grouped by
 * article (most recently edited first), each article linked. A note can be
 * added to the bound tab's article with the model already tagged.
 */
import { useMemo } from 'react';
import { liveQuery } from 'dexie';
import { NoteCard } from '@/components/notes/NoteCard';
import { useUndoDelete } from '@/components/notes/use-undo-delete';
import { urlOfArticleKey } from '@/lib/articles/key-url';
import { sendToTab } from '@/lib/messages';
import { notesForModel, userDb } from '@/lib/notes/db';
import type { ArticleRecord, NoteRecord } from '@/lib/notes/types';
import type { BoundTab } from '../use-bound-tab';
import { useObservable } from '../use-observable';
import { useTabState } from '../use-tab-state';
import { pageModelIds } from './page-model-ids';
import { useArticleKey } from './use-article-key';
import { useCatalog } from './use-catalog';
import { NoteDraftArea } from './NoteDraftArea';
import { useNewNote } from './use-new-note';
import { useNoteAnchors } from './use-note-anchors';

export interface ModelNotesProps {
  modelId: string;
  /** The bound tab, where "Add note" files the note; null when there is none. */
  tab: BoundTab | null;
  /** Level of each article's heading (the view's own "Notes" heading sits above). */
  groupHeadingLevel: 3 | 4 | 5;
}

interface ArticleGroup {
  key: string;
  title: string;
  url: string;
  notes: NoteRecord[];
}

async function readModelNotes(modelId: string): Promise<ArticleGroup[]> {
  const db = userDb();
  const notes = await notesForModel(db, modelId);
  const keys = [...new Set(notes.map((n) => n.articleKey))];
  const articles = await db.articles.bulkGet(keys);
  const byKey = new Map<string, ArticleRecord>();
  for (const a of articles) if (a) byKey.set(a.key, a);
  // Notes come most recently edited first, so groups do too.
  const groups = new Map<string, ArticleGroup>();
  for (const note of notes) {
    let group = groups.get(note.articleKey);
    if (!group) {
      const article = byKey.get(note.articleKey);
      const url = article?.url || urlOfArticleKey(note.articleKey) || '';
      group = {
        key: note.articleKey,
        title: article?.title || url || note.articleKey,
        url,
        notes: [],
      };
      groups.set(note.articleKey, group);
    }
    group.notes.push(note);
  }
  return [...groups.values()];
}

export function ModelNotes({ modelId, tab, groupHeadingLevel }: ModelNotesProps) {
  const tabId = tab?.id ?? null;
  const tabState = useTabState(tab?.id);
  const currentKey = useArticleKey(tabId, tab?.url ?? '', tabState?.updatedAt);
  const result = useObservable(useMemo(() => liveQuery(() => readModelNotes(modelId)), [modelId]));
  const anchors = useNoteAnchors(tabId);
  const catalog = useCatalog();
  const pageModels = useMemo(() => pageModelIds(tabState), [tabState]);
  const newNote = useNewNote(tabId, { url: tab?.url ?? '', title: tab?.title ?? '' });
  const undo = useUndoDelete();
  const name = catalog.nameOf(modelId);
  const groups = result.status === 'ready' ? result.value : [];
  const count = groups.reduce((n, g) => n + g.notes.length, 0);
  const GroupHeading = `h${groupHeadingLevel}` as const;

  return (
    <div className="notes-block">
      <div className="notes-head">
        <p className="notes-summary">
          {result.status === 'loading'
            ? 'Loading notes…'
            : result.status === 'error'
              ? 'Your notes could not be read.'
              : count === 0
                ? `No notes tagged with ${name} yet.`
                : `${count === 1 ? '1 note' : `${count} notes`} tagged with ${name}, on ${groups.length === 1 ? '1 article' : `${groups.length} articles`}.`}
        </p>
        {currentKey && !newNote.draft && (
          <button
            type="button"
            className="primary"
            title={`Add a note on the page in this tab, tagged ${name}`}
            onClick={() => newNote.open({ models: [modelId] })}
          >
            Add note
          </button>
        )}
      </div>
      <NoteDraftArea
        newNote={newNote}
        undo={undo}
        catalog={catalog}
        pageModelIds={pageModels}
        tabId={tabId}
      />
      {groups.map((group) => {
        // Notes on the page in the tab can show their passage there.
        const here = tabId !== null && group.key === currentKey;
        return (
          <section key={group.key} className="article-group" aria-label={group.title}>
            <GroupHeading>
              {group.url ? (
                <a href={group.url} target="_blank" rel="noopener noreferrer">
                  {group.title}
                </a>
              ) : (
                group.title
              )}
            </GroupHeading>
            <ul className="note-list" aria-label={`Notes on ${group.title}`}>
              {group.notes.map((note) => (
                <NoteCard
                  key={note.id}
                  note={note}
                  catalog={catalog}
                  pageModelIds={pageModels}
                  tabId={here ? tabId : null}
                  anchor={here ? anchors.get(note.id) : undefined}
                  onShowQuote={
                    here && tabId !== null
                      ? async () =>
                          (await sendToTab(tabId, 'scrollToNote', { noteId: note.id })).found
                      : undefined
                  }
                  onDelete={(n) => void undo.remove(n)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
