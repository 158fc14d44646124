/** The editor for a new note, the undo bar after a delete, and its error: shared by both note lists. */
import { NoteEditor } from '@/components/notes/NoteEditor';
import { UndoBar } from '@/components/notes/UndoBar';
import type { useUndoDelete } from '@/components/notes/use-undo-delete';
import type { ModelCatalog } from '@/components/notes/model-catalog';
import type { useNewNote } from './use-new-note';

export function NoteDraftArea(p: {
  newNote: ReturnType<typeof useNewNote>;
  undo: ReturnType<typeof useUndoDelete>;
  catalog: ModelCatalog;
  pageModelIds: string[];
  tabId: number | null;
}) {
  const { newNote, undo } = p;
  return (
    <>
      {newNote.draft && (
        <NoteEditor
          label="New note"
          draft={newNote.draft}
          onDraftChange={newNote.setDraft}
          onSave={newNote.save}
          onCancel={newNote.close}
          catalog={p.catalog}
          pageModelIds={p.pageModelIds}
          tabId={p.tabId}
          focusKey={newNote.focusKey}
        />
      )}
      {undo.deleted && <UndoBar onUndo={() => void undo.undo()} onDismiss={undo.dismiss} />}
      {undo.error && (
        <p className="notes-status is-error" role="alert">
          {undo.error}
        </p>
      )}
    </>
  );
}
