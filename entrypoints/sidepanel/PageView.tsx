/**
 * "This page": what the page is, the models it mentions (grouped by era),
 * where it sits on the timeline, and the reader's notes on it.
 */
import { useEffect } from 'react';
import type { TabState } from '@/lib/tab-state';
import { ArticleOnTimeline } from './ArticleOnTimeline';
import { NotesSection } from './NotesSection';
import { PageIdentityCard } from './PageIdentityCard';
import { PageModelList } from './PageModelList';
import { ScanPrompt } from './ScanPrompt';
import { ViewHeading } from './ViewHeading';
import { cleanTitle } from './page-identity';
import { usePanel } from './panel-context';
import type { BoundTab } from './use-bound-tab';
import type { PageInfo } from './use-page-info';

export interface PageViewProps {
  tab: BoundTab | null | undefined;
  state: TabState | null | undefined;
  info: PageInfo;
  /** Set when a card's "Add note" opened the panel. */
  noteFor: { modelId: string | null } | null;
  navSeq: number;
}

/** The empty state: nothing found, so the search is where to go next. */
function NoModels({ url }: { url: string }) {
  const { focusSearch } = usePanel();
  useEffect(() => {
    focusSearch();
  }, [url, focusSearch]);
  return (
    <div className="empty">
      <p>
        <strong>No models on this page</strong> — search the atlas
      </p>
      <p className="muted">
        Type a model, an organisation or an idea in the search box above (press <kbd>/</kbd> to get
        there).
      </p>
    </div>
  );
}

export function PageView({ tab, state, info, noteFor, navSeq }: PageViewProps) {
  if (tab === undefined) {
    return (
      <>
        <ViewHeading>This page</ViewHeading>
        <p role="status" className="loading">
          Loading…
        </p>
      </>
    );
  }
  if (tab === null || !info.identity) {
    return (
      <>
        <ViewHeading>This page</ViewHeading>
        <p>No page is open in this window.</p>
      </>
    );
  }
  const { identity, models } = info;
  const hasModels = !!models && models.modelCount + models.conceptCount > 0;
  return (
    <>
      <ViewHeading>This page</ViewHeading>
      <PageIdentityCard identity={identity} />
      {state === undefined ? (
        <p role="status" className="loading">
          Loading what the page mentions…
        </p>
      ) : !info.fresh || !models ? (
        <ScanPrompt tabId={tab.id} identity={identity} />
      ) : hasModels ? (
        <PageModelList key={identity.url} tabId={tab.id} models={models} />
      ) : (
        <NoModels url={identity.url} />
      )}
      {(info.articleDate || (models && models.modelCount > 0)) && (
        <ArticleOnTimeline date={info.articleDate} modelIds={info.highlightIds} />
      )}
      <NotesSection
        title="Notes"
        articleUrl={identity.url}
        articleTitle={cleanTitle(identity.title)}
        modelId={noteFor?.modelId ?? null}
        focusKey={noteFor ? navSeq : undefined}
      />
    </>
  );
}
