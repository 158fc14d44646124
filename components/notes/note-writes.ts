/**
 * The notes UI's writes, all through the background (which owns the user
 * database). Kept in one place so every view saves, edits, deletes and
 * restores the same way.
 */
import { sendMessage } from '@/lib/messages';
import type { ArticleInput } from '@/lib/notes/db';
import type { NoteRecord, TextQuote } from '@/lib/notes/types';

/** What the editor produces. */
export interface NoteDraft {
  body: string;
  quote: TextQuote | null;
  models: string[];
}

/** Saves a new note on `article`. */
export function addNote(article: ArticleInput, draft: NoteDraft): Promise<NoteRecord> {
  return sendMessage('addNote', {
    note: {
      articleKey: article.key,
      body: draft.body,
      models: draft.models,
      ...(draft.quote ? { quote: draft.quote } : {}),
    },
    article,
  });
}

/** Saves an edit; a draft without a quote removes the note's quote. */
export async function saveEdit(note: NoteRecord, draft: NoteDraft): Promise<void> {
  const saved = await sendMessage('updateNote', {
    id: note.id,
    changes: { body: draft.body, models: draft.models, quote: draft.quote ?? null },
  });
  if (!saved) throw new Error('This note no longer exists (it was deleted elsewhere).');
}

/** Deletes a note; answers it so that it can be put back. */
export async function deleteNote(note: NoteRecord): Promise<NoteRecord> {
  return (await sendMessage('deleteNote', { id: note.id })) ?? note;
}

/** Puts a deleted note back exactly as it was. */
export async function restoreNote(note: NoteRecord): Promise<void> {
  await sendMessage('restoreNote', { note });
}

/** A draft for a new note. */
export function emptyDraft(seed: Partial<NoteDraft> = {}): NoteDraft {
  return { body: seed.body ?? '', quote: seed.quote ?? null, models: seed.models ?? [] };
}

/** The draft that edits `note`. */
export function draftOf(note: NoteRecord): NoteDraft {
  return { body: note.body, quote: note.quote ?? null, models: [...note.models] };
}
