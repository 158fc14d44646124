/**
 * A model handed to the page view's notes as a prop (the panel's way of
 * saying a card's "Add note" was pressed): opens a new note tagged with it,
 * once per model, even if the request in storage was already taken.
 */
import { useEffect, useRef } from 'react';
import type { NoteDraft } from '@/components/notes/note-writes';

export function useSeedModel(
  modelId: string | null,
  open: (seed: Partial<NoteDraft>) => void,
): void {
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (modelId === null || seen.current === modelId) return;
    seen.current = modelId;
    open({ models: [modelId] });
  }, [modelId, open]);
}
