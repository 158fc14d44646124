/** The whole field on one timeline, with zoom and filters; the page's models and the article are marked. */
import { Timeline } from '@/components/Timeline';
import { monthLabel } from '@/components/partial-dates';
import type { TimelineSettings } from '@/components/timeline-filters';
import { ViewHeading } from './ViewHeading';
import { useAtlas } from './atlas-context';
import { usePanel } from './panel-context';

export function TimelineView(p: {
  pageModelIds: readonly string[];
  articleDate: string | null;
  settings: TimelineSettings;
  onSettingsChange(settings: TimelineSettings): void;
}) {
  const atlas = useAtlas();
  const { open } = usePanel();
  const videoCount = atlas.kb.models.filter((m) => m.kind === 'video').length;
  return (
    <>
      <ViewHeading>Timeline</ViewHeading>
      <p className="muted">
        {videoCount} video models and the {atlas.kb.models.length - videoCount} image models they
        build on, by first public date. Hover or focus a mark to name it; Enter opens it.
      </p>
      <Timeline
        kb={atlas.kb}
        label="Timeline of video generation models"
        emphasis={p.pageModelIds}
        article={
          p.articleDate
            ? { date: p.articleDate, label: `This article · ${monthLabel(p.articleDate)}` }
            : null
        }
        onOpen={(id) => open({ view: 'model', id })}
        controls="filters"
        labelRows={4}
        settings={p.settings}
        onSettingsChange={p.onSettingsChange}
      />
    </>
  );
}
