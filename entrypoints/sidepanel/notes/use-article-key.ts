/**
 * The key of the article in the bound tab: first guessed from its address,
 * then taken from the page's content script when it answers (it also reads
 * canonical links and citation tags). Asked again when the page is re-scanned.
 */
import { useEffect, useState } from 'react';
import { articleFromUrl, askIdentity } from './article-for-tab';

export function useArticleKey(
  tabId: number | null,
  url: string,
  rescan: number | undefined,
): string | null {
  const page = tabId === null ? null : `${tabId} ${url}`;
  const [answer, setAnswer] = useState<{ page: string; key: string | null } | null>(null);
  useEffect(() => {
    if (tabId === null || page === null) return;
    let cancelled = false;
    void askIdentity(tabId).then((identity) => {
      if (!cancelled) setAnswer({ page, key: identity?.key ?? null });
    });
    return () => {
      cancelled = true;
    };
  }, [tabId, page, rescan]);
  const fromPage = answer !== null && answer.page === page ? answer.key : null;
  return fromPage ?? articleFromUrl(url, '')?.key ?? null;
}
