/**
 * The notes of the article in the bound tab, newest first: whether each
 * quoted passage is on the page, a way to add one (also from a card's or the
 * context menu's request), edit, and delete with undo.
 */
import { useMemo } from 'react';
import { liveQuery } from 'dexie';
import { NoteCard } from '@/components/notes/NoteCard';
import { useUndoDelete } from '@/components/notes/use-undo-delete';
import { sendToTab } from '@/lib/messages';
import { notesForArticle, userDb } from '@/lib/notes/db';
import type { BoundTab } from '../use-bound-tab';
import { useObservable } from '../use-observable';
import { useTabState } from '../use-tab-state';
import { pageModelIds } from './page-model-ids';
import { useArticleKey } from './use-article-key';
import { useCatalog } from './use-catalog';
import { NoteDraftArea } from './NoteDraftArea';
import { useNewNote } from './use-new-note';
import { useNoteAnchors } from './use-note-anchors';
import { useNoteRequest } from './use-note-request';
import { useSeedModel } from './use-seed-model';

export interface ArticleNotesProps {
  tab: BoundTab;
  articleUrl: string;
  articleTitle: string;
  /** A model the view was opened for (a card's "Add note"): a new note starts tagged with it. */
  seedModelId: string | null;
}

export function ArticleNotes({ tab, articleUrl, articleTitle, seedModelId }: ArticleNotesProps) {
  const tabState = useTabState(tab.id);
  const url = articleUrl || tab.url;
  const key = useArticleKey(tab.id, url, tabState?.updatedAt);
  const notesResult = useObservable(
    useMemo(() => (key ? liveQuery(() => notesForArticle(userDb(), key)) : null), [key]),
  );
  const anchors = useNoteAnchors(tab.id);
  const catalog = useCatalog();
  const pageModels = useMemo(() => pageModelIds(tabState), [tabState]);
  const newNote = useNewNote(tab.id, { url, title: articleTitle || tab.title });
  const undo = useUndoDelete();
  useNoteRequest(tab.id, (request) =>
    newNote.open({
      models: request.modelId ? [request.modelId] : [],
      quote: request.quote ?? null,
    }),
  );
  useSeedModel(seedModelId, newNote.open);

  const notes = useMemo(
    () =>
      notesResult.status === 'ready'
        ? [...notesResult.value].sort((a, b) => b.created - a.created)
        : [],
    [notesResult],
  );

  return (
    <div className="notes-block">
      <div className="notes-head">
        <p className="notes-summary">{summary(key, notesResult.status, notes.length)}</p>
        {key && !newNote.draft && (
          <button type="button" className="primary" onClick={() => newNote.open()}>
            Add note
          </button>
        )}
      </div>
      <NoteDraftArea
        newNote={newNote}
        undo={undo}
        catalog={catalog}
        pageModelIds={pageModels}
        tabId={tab.id}
      />
      {notes.length > 0 && (
        <ul className="note-list" aria-label="Notes on this article">
          {notes.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              catalog={catalog}
              pageModelIds={pageModels}
              tabId={tab.id}
              anchor={anchors.get(note.id)}
              onShowQuote={async () =>
                (await sendToTab(tab.id, 'scrollToNote', { noteId: note.id })).found
              }
              onDelete={(n) => void undo.remove(n)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function summary(key: string | null, status: 'loading' | 'ready' | 'error', count: number): string {
  if (!key) return 'Notes are kept with web pages; this tab has no web address.';
  if (status === 'loading') return 'Loading notes…';
  if (status === 'error') return 'Your notes could not be read.';
  if (count === 0) return 'No notes on this article yet.';
  return `This article already has ${count === 1 ? '1 note' : `${count} notes`}.`;
}
