/** Deleting a note with a few seconds to take it back. */
import { useCallback, useEffect, useState } from 'react';
import type { NoteRecord } from '@/lib/notes/types';
import { deleteNote, restoreNote } from './note-writes';

/** How long "Undo" stays offered. */
export const UNDO_MS = 8000;

export interface UndoDelete {
  /** The note last deleted, while it can still be restored. */
  deleted: NoteRecord | null;
  remove(note: NoteRecord): Promise<void>;
  undo(): Promise<void>;
  dismiss(): void;
  error: string | null;
}

export function useUndoDelete(): UndoDelete {
  const [deleted, setDeleted] = useState<NoteRecord | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const remove = useCallback(async (note: NoteRecord) => {
    setError(null);
    try {
      setDeleted(await deleteNote(note));
    } catch (e) {
      setError(`Not deleted: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, []);

  const undo = useCallback(async () => {
    if (!deleted) return;
    try {
      await restoreNote(deleted);
      setDeleted(null);
    } catch (e) {
      setError(`Not restored: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [deleted]);

  const dismiss = useCallback(() => setDeleted(null), []);
  return { deleted, remove, undo, dismiss, error };
}
