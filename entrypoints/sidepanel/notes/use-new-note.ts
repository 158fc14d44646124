/**
 * The note being written for the bound tab's article: opened empty, or
 * seeded with a model and a quote; a second request while writing adds to
 * the draft instead of throwing it away.
 */
import { useCallback, useState } from 'react';
import { addNote, emptyDraft, type NoteDraft } from '@/components/notes/note-writes';
import { articleForTab } from './article-for-tab';

export interface NewNote {
  draft: NoteDraft | null;
  /** Changes whenever the editor should take focus. */
  focusKey: number;
  open(seed?: Partial<NoteDraft>): void;
  setDraft(draft: NoteDraft): void;
  close(): void;
  save(draft: NoteDraft): Promise<void>;
}

export function useNewNote(
  tabId: number | null,
  fallback: { url: string; title: string },
): NewNote {
  const [draft, setDraftState] = useState<NoteDraft | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const { url, title } = fallback;

  const open = useCallback((seed: Partial<NoteDraft> = {}) => {
    setDraftState((current) => {
      if (!current) return emptyDraft(seed);
      const models = [
        ...current.models,
        ...(seed.models ?? []).filter((m) => !current.models.includes(m)),
      ];
      return { body: current.body, quote: seed.quote ?? current.quote, models };
    });
    setFocusKey((k) => k + 1);
  }, []);

  const close = useCallback(() => setDraftState(null), []);

  const save = useCallback(
    async (d: NoteDraft) => {
      if (tabId === null) throw new Error('no page is open.');
      const article = await articleForTab(tabId, { url, title });
      await addNote(article, d);
      setDraftState(null);
    },
    [tabId, url, title],
  );

  return { draft, focusKey, open, setDraft: setDraftState, close, save };
}
