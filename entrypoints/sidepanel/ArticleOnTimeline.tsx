/** Where the article and its models sit in the field's history. */
import { Timeline } from '@/components/Timeline';
import { fractionalYear, monthLabel } from '@/components/partial-dates';
import type { Era } from '@/lib/kb/types';
import { useAtlas } from './atlas-context';
import { usePanel } from './panel-context';

/** Eras under way at a date. */
function erasAt(eras: readonly Era[], date: string): Era[] {
  const t = fractionalYear(date);
  return eras.filter(
    (e) =>
      fractionalYear(e.start) - 1 / 24 <= t &&
      (e.end === null || t <= fractionalYear(e.end) + 1 / 24),
  );
}

export function ArticleOnTimeline({
  date,
  modelIds,
}: {
  date: string | null;
  modelIds: readonly string[];
}) {
  const atlas = useAtlas();
  const { open } = usePanel();
  const eras = date ? erasAt(atlas.kb.eras, date) : [];
  return (
    <section className="view-section" aria-labelledby="article-timeline">
      <h3 id="article-timeline">On the timeline</h3>
      {date ? (
        <p>
          This article dates from <strong>{monthLabel(date)}</strong>
          {eras.length > 0 && (
            <>
              , during{' '}
              {eras.map((e, i) => (
                <span key={e.id}>
                  {i > 0 && (i === eras.length - 1 ? ' and ' : ', ')}
                  <span
                    className="swatch"
                    style={{ background: e.color }}
                    aria-hidden="true"
                  />{' '}
                  {e.name}
                </span>
              ))}
            </>
          )}
          .
        </p>
      ) : (
        <p className="muted">The article’s date is not known; its models are marked.</p>
      )}
      <Timeline
        kb={atlas.kb}
        label="Timeline of the article and its models"
        emphasis={modelIds}
        article={date ? { date, label: `This article · ${monthLabel(date)}` } : null}
        onOpen={(id) => open({ view: 'model', id })}
        controls="zoom"
        labelRows={3}
      />
    </section>
  );
}
