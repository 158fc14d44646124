/**
 * Where the bound tab's page found each note's quoted passage, as its content
 * script reported it to session storage.
 */
import { useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import { anchorsKey, isNoteAnchors, type NoteAnchor } from '@/lib/notes/protocol';

const NONE: ReadonlyMap<string, NoteAnchor> = new Map();

/** Anchors by note id; empty until the page reports. */
export function useNoteAnchors(tabId: number | null): ReadonlyMap<string, NoteAnchor> {
  // Remembers which tab the anchors came from, so another tab's never show.
  const [state, setState] = useState<{
    tabId: number;
    anchors: ReadonlyMap<string, NoteAnchor>;
  } | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let cancelled = false;
    const take = (value: unknown) => {
      if (cancelled) return;
      const anchors = new Map(isNoteAnchors(value) ? value.map((a) => [a.noteId, a]) : []);
      setState({ tabId, anchors });
    };
    const key = anchorsKey(tabId);
    void storage.getItem<NoteAnchor[]>(key).then(take);
    const unwatch = storage.watch<NoteAnchor[]>(key, take);
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [tabId]);
  return state !== null && state.tabId === tabId ? state.anchors : NONE;
}
