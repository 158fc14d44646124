/** Renders the view on top of the router's stack. */
import type { TimelineSettings } from '@/components/timeline-filters';
import type { TabState } from '@/lib/tab-state';
import { CompareView } from './CompareView';
import { AllNotesView } from './notes/AllNotesView';
import { ConceptView } from './ConceptView';
import { ModelView } from './ModelView';
import { PageView } from './PageView';
import { TimelineView } from './TimelineView';
import { currentRoute, type NavState } from './navigation';
import type { BoundTab } from './use-bound-tab';
import type { PageInfo } from './use-page-info';

export interface CurrentViewProps {
  nav: NavState;
  tab: BoundTab | null | undefined;
  state: TabState | null | undefined;
  info: PageInfo;
  timeline: TimelineSettings;
  onTimelineChange(settings: TimelineSettings): void;
}

export function CurrentView({
  nav,
  tab,
  state,
  info,
  timeline,
  onTimelineChange,
}: CurrentViewProps) {
  const route = currentRoute(nav);
  const pageModelIds = info.highlightIds;
  switch (route.view) {
    case 'page':
      return (
        <PageView tab={tab} state={state} info={info} noteFor={nav.noteFor} navSeq={nav.seq} />
      );
    case 'timeline':
      return (
        <TimelineView
          pageModelIds={pageModelIds}
          articleDate={info.articleDate}
          settings={timeline}
          onSettingsChange={onTimelineChange}
        />
      );
    case 'compare':
      return <CompareView />;
    case 'notes':
      return <AllNotesView />;
    case 'model':
      return <ModelView key={route.id} id={route.id} pageModelIds={pageModelIds} />;
    case 'concept':
      return <ConceptView key={route.id} id={route.id} from={route.from} />;
  }
}
