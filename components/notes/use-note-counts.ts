/** How many notes and articles the user database holds, kept live. */
import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { userDb } from '@/lib/notes/db';

export function useNoteCounts(): { notes: number; articles: number } | null {
  const [counts, setCounts] = useState<{ notes: number; articles: number } | null>(null);
  useEffect(() => {
    const subscription = liveQuery(async () => {
      const db = userDb();
      return { notes: await db.notes.count(), articles: await db.articles.count() };
    }).subscribe({ next: setCounts, error: () => setCounts(null) });
    return () => subscription.unsubscribe();
  }, []);
  return counts;
}
