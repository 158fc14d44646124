/**
 * The publication date the panel knows for a page that is not an arXiv paper:
 * the one saved with the user's notes on that article, if any.
 */
import { useMemo } from 'react';
import { liveQuery } from 'dexie';
import { canonicalArticleKey } from '@/lib/articles/canonical-key';
import { userDb } from '@/lib/notes/db';
import { useObservable } from './use-observable';

async function publishedDate(url: string): Promise<string | null> {
  const key = canonicalArticleKey(url);
  if (!key) return null;
  const article = await userDb().articles.get(key);
  return article?.published ?? null;
}

/** `YYYY-MM[-DD]`, or null when unknown (or while loading). */
export function useArticleDate(url: string, skip: boolean): string | null {
  const observable = useMemo(
    () => (skip || url === '' ? null : liveQuery(() => publishedDate(url))),
    [url, skip],
  );
  const result = useObservable(observable);
  return result.status === 'ready' ? result.value : null;
}
