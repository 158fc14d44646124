/**
 * The panel: the header (search, pop-out, top tabs) and the view on top of
 * the router's stack. Holds the panel-wide state: the bound tab and its page
 * report, the knowledge base, the router, the comparison and the timeline's
 * settings, and hands them to the views through two contexts.
 */
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { DEFAULT_TIMELINE, type TimelineSettings } from '@/components/timeline-filters';
import type { PanelRequest } from '@/lib/card-payload';
import { AtlasContext } from './atlas-context';
import { createAtlasIndex } from './atlas-index';
import { cleanCompare } from './compare-list';
import { CurrentView } from './CurrentView';
import { initialNav, navigate, type Route } from './navigation';
import { PanelContext, type PanelActions } from './panel-context';
import { PopOutButton } from './PopOutButton';
import { SearchBox } from './SearchBox';
import { TabBar } from './TabBar';
import { fixedTabId, useBoundTab } from './use-bound-tab';
import { useCompareList } from './use-compare-list';
import { useKnowledgeBase } from './use-knowledge-base';
import { usePageInfo } from './use-page-info';
import { usePanelRequest } from './use-panel-request';
import { useSlashFocus } from './use-slash-focus';
import { useTabState } from './use-tab-state';

export function App() {
  const [fixedTab] = useState(fixedTabId);
  const tab = useBoundTab();
  const state = useTabState(tab?.id);
  const loaded = useKnowledgeBase();
  const kb = loaded?.kb;
  const atlas = useMemo(() => (kb ? createAtlasIndex(kb) : null), [kb]);
  const info = usePageInfo(tab, state, atlas);
  const [nav, dispatch] = useReducer(navigate, initialNav);
  const [timeline, setTimeline] = useState<TimelineSettings>(DEFAULT_TIMELINE);
  const compare = useCompareList();
  const searchInput = useRef<HTMLInputElement>(null);
  useSlashFocus(searchInput);

  const onRequest = useCallback((request: PanelRequest) => {
    if (request.view === 'note') dispatch({ type: 'note', modelId: request.modelId });
    else if (request.id !== '')
      dispatch({ type: 'open', route: { view: request.view, id: request.id }, section: 'page' });
  }, []);
  usePanelRequest(fixedTab, onRequest);

  const focusSearch = useCallback(() => searchInput.current?.focus(), []);
  const actions = useMemo<PanelActions>(
    () => ({
      open: (route: Route) => dispatch({ type: 'open', route }),
      back: () => dispatch({ type: 'back' }),
      canGoBack: nav.stack.length > 1,
      navSeq: nav.seq,
      focusView: nav.focusView,
      compare: atlas
        ? cleanCompare(compare.list, (id) => atlas.model(id) !== undefined)
        : compare.list,
      addToCompare: compare.add,
      removeFromCompare: compare.remove,
      focusSearch,
    }),
    [
      nav.stack.length,
      nav.seq,
      nav.focusView,
      atlas,
      compare.list,
      compare.add,
      compare.remove,
      focusSearch,
    ],
  );

  return (
    <PanelContext.Provider value={actions}>
      <AtlasContext.Provider value={atlas}>
        <div className="panel">
          <header className="panel-header">
            <div className="title-row">
              <h1>Video Model Atlas</h1>
              {fixedTab === null && tab && <PopOutButton tabId={tab.id} />}
            </div>
            {atlas && (
              <SearchBox
                label="Search the atlas"
                placeholder="Search models and concepts  ( / )"
                inputRef={searchInput}
                onPick={(r) => actions.open({ view: r.kind, id: r.id })}
              />
            )}
            <TabBar
              section={nav.section}
              onSelect={(section) => dispatch({ type: 'section', section })}
              compareCount={actions.compare.length}
            />
          </header>
          <main className="panel-main">
            {atlas ? (
              <CurrentView
                nav={nav}
                tab={tab}
                state={state}
                info={info}
                timeline={timeline}
                onTimelineChange={setTimeline}
              />
            ) : (
              <p role="status" className="loading">
                Loading the atlas…
              </p>
            )}
          </main>
        </div>
      </AtlasContext.Provider>
    </PanelContext.Provider>
  );
}
