/**
 * Everything the panel knows about the bound tab's page, in one place: whether
 * its report is for the page now shown, what the page is, its models, and the
 * date that places it on the timeline.
 */
import { useMemo } from 'react';
import type { TabState } from '@/lib/tab-state';
import type { AtlasIndex } from './atlas-index';
import { identifyPage, type PageIdentity } from './page-identity';
import { groupPageModels, type PageModels } from './page-models';
import type { BoundTab } from './use-bound-tab';
import { useArticleDate } from './use-article-date';

export interface PageInfo {
  /** The report is about the page the tab shows now. */
  fresh: boolean;
  identity: PageIdentity | null;
  /** The page's models, once a fresh report exists. */
  models: PageModels | null;
  /** `YYYY-MM[-DD]` placing the article on the timeline, or null when unknown. */
  articleDate: string | null;
  /** Models to emphasise for this page: the one its paper introduces, then those it mentions. */
  highlightIds: string[];
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

/** True when the report describes the page the tab shows (the tab's URL is empty where the browser hides it). */
export function reportIsFresh(
  tab: BoundTab,
  state: TabState | null | undefined,
): state is TabState {
  if (!state) return false;
  if (tab.url === '') return state.updatedAt >= tab.navigatedAt;
  return withoutHash(state.url) === withoutHash(tab.url);
}

export function usePageInfo(
  tab: BoundTab | null | undefined,
  state: TabState | null | undefined,
  atlas: AtlasIndex | null,
): PageInfo {
  const fresh = !!tab && reportIsFresh(tab, state);
  const identity = useMemo(() => {
    if (!tab || !atlas) return null;
    // A stale report (the tab moved on) must not name the page.
    const reported = fresh ? (state?.url ?? '') : '';
    const title = (fresh ? state?.title : '') || tab.title;
    return identifyPage([tab.url, reported], title, atlas.kb);
  }, [tab, state, fresh, atlas]);
  const models = useMemo(
    () => (fresh && state && atlas ? groupPageModels(state.mentions, atlas.kb) : null),
    [fresh, state, atlas],
  );
  const known = useArticleDate(identity?.url ?? '', identity === null || identity.month !== null);
  const highlightIds = useMemo(() => {
    const ids = [identity?.model?.id, ...(models?.modelIds ?? [])].filter(
      (id): id is string => !!id,
    );
    return [...new Set(ids)];
  }, [identity, models]);
  return { fresh, identity, models, articleDate: identity?.month ?? known, highlightIds };
}
