/**
 * The knowledge base the panel works with: read live from the KB database
 * (which the background seeds), or the bundled copy while that database is
 * empty, not yet seeded or unreadable. The database is read in full only when
 * its content hash changes, so the panel keeps one `KnowledgeBase` object for
 * as long as the content stays the same, and search indexes and lookup tables
 * built on it are built once.
 */
import { useMemo } from 'react';
import { liveQuery } from 'dexie';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { kbDatabase } from '@/lib/kb/db';
import { architectures, allModels, concepts, eras } from '@/lib/kb/queries';
import type { KnowledgeBase } from '@/lib/kb/types';
import { useObservable } from './use-observable';

export type KbSource = 'database' | 'bundle';

let cached: { hash: string; kb: KnowledgeBase } | null = null;

/** The stored KB, or null when the database holds none yet. */
async function readStoredKb(): Promise<KnowledgeBase | null> {
  const db = kbDatabase();
  return db.transaction(
    'r',
    [db.meta, db.eras, db.architectures, db.concepts, db.models],
    async () => {
      const hash = await db.meta.get('bundleHash');
      if (!hash) return null;
      const key = String(hash.value);
      if (cached?.hash === key) return cached.kb;
      const [e, a, c, m] = await Promise.all([
        eras(db),
        architectures(db),
        concepts(db),
        allModels(db),
      ]);
      if (m.length === 0 || e.length === 0) return null;
      const kb: KnowledgeBase = { eras: e, architectures: a, concepts: c, models: m };
      cached = { hash: key, kb };
      return kb;
    },
  );
}

/** `undefined` until the database first answers. */
export function useKnowledgeBase(): { kb: KnowledgeBase; source: KbSource } | undefined {
  const observable = useMemo(() => liveQuery(readStoredKb), []);
  const result = useObservable(observable);
  if (result.status === 'loading') return undefined;
  if (result.status === 'ready' && result.value) return { kb: result.value, source: 'database' };
  return { kb: BUNDLED_KB, source: 'bundle' };
}
