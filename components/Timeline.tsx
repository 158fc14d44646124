/**
 * The field's timeline, drawn in SVG from the knowledge base: era lanes, one
 * mark per model coloured by architecture family, labels for the models that
 * matter here, the article's date, zoom and filters. The marks are one
 * keyboard stop (roving tabindex): arrow keys walk them in time order, Enter
 * opens the model, and a tooltip names the mark under focus or pointer.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { KnowledgeBase, Model } from '@/lib/kb/types';
import { fractionalYear, todayYear } from './partial-dates';
import { measureLabel } from './text-measure';
import { DEFAULT_TIMELINE, passesFilters, type TimelineSettings } from './timeline-filters';
import { layoutTimeline, timelineDomain, type TimelineItem } from './timeline-layout';
import { TimelineAnnotations } from './TimelineAnnotations';
import { TimelineControls } from './TimelineControls';
import { TimelineLanes } from './TimelineLanes';
import { TimelineLegend } from './TimelineLegend';
import { TimelineMark } from './TimelineMark';
import { TimelineTooltip } from './TimelineTooltip';
import { useElementWidth } from './use-element-width';
import './timeline.css';

export interface TimelineProps {
  kb: KnowledgeBase;
  /** Accessible name of the drawing. */
  label: string;
  /** The model the view is about: the strongest emphasis. */
  current?: string | null;
  /** Other models to emphasise (the page's), most important first. */
  emphasis?: readonly string[];
  /** A date to mark (the article's). */
  article?: { date: string; label: string } | null;
  onOpen(id: string): void;
  /** `filters`: zoom and filters; `zoom`: era zoom only; `none`: the drawing alone. */
  controls?: 'filters' | 'zoom' | 'none';
  /** Rows for labels; more rows name more models. */
  labelRows?: number;
  /** Controlled settings (zoom and filters), for views that keep them across visits. */
  settings?: TimelineSettings;
  onSettingsChange?(settings: TimelineSettings): void;
}

const ARTICLE_ROW = 18;

/** How far each navigation key moves through the marks (in time order). */
function keySteps(count: number): Record<string, number> {
  return {
    ArrowRight: 1,
    ArrowDown: 1,
    ArrowLeft: -1,
    ArrowUp: -1,
    PageDown: 10,
    PageUp: -10,
    Home: -count,
    End: count,
  };
}

/** Marks that pass the filters (the current model always does) can be focused and labelled. */
function isActive(m: Model, current: string | null, settings: TimelineSettings): boolean {
  return m.id === current || passesFilters(m, settings);
}

/** Label priority: the current model, then the page's, then models that others build on. */
function priorities(
  kb: KnowledgeBase,
  current: string | null,
  emphasis: readonly string[],
): Map<string, number> {
  const children = new Map<string, number>();
  for (const m of kb.models)
    for (const p of new Set(m.buildsOn)) children.set(p, (children.get(p) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const m of kb.models) {
    const n = children.get(m.id) ?? 0;
    out.set(m.id, n >= 2 ? n : 0);
  }
  emphasis.forEach((id, i) => out.set(id, 5000 - i));
  if (current) out.set(current, 10_000);
  return out;
}

export function Timeline(props: TimelineProps) {
  const {
    kb,
    current = null,
    emphasis = [],
    article = null,
    onOpen,
    controls = 'zoom',
    labelRows = 3,
  } = props;
  const [ownSettings, setOwnSettings] = useState<TimelineSettings>(DEFAULT_TIMELINE);
  const settings = props.settings ?? ownSettings;
  const setSettings = props.onSettingsChange ?? setOwnSettings;
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const [active, setActive] = useState<string | null>(null);
  const [shown, setShown] = useState<{ id: string; by: 'focus' | 'pointer' } | null>(null);
  const helpId = useId();
  const tooltipId = useId();

  const models = useMemo(() => new Map(kb.models.map((m) => [m.id, m])), [kb]);
  const families = useMemo(() => new Map(kb.architectures.map((a) => [a.id, a])), [kb]);
  const emphasised = useMemo(() => new Set(emphasis), [emphasis]);
  const priority = useMemo(() => priorities(kb, current, emphasis), [kb, current, emphasis]);
  const now = useMemo(() => todayYear(), []);
  const zoomEra =
    settings.era === null ? null : (kb.eras.find((e) => e.id === settings.era) ?? null);
  const domain = useMemo(() => timelineDomain(zoomEra, now), [zoomEra, now]);

  const layout = useMemo(() => {
    if (width <= 0) return null;
    const items: TimelineItem[] = kb.models.map((m) => ({
      id: m.id,
      name: m.name,
      released: m.released,
      priority: isActive(m, current, settings) ? (priority.get(m.id) ?? 0) : 0,
    }));
    return layoutTimeline(items, kb.eras, { width, domain, measure: measureLabel, labelRows, now });
  }, [kb, width, domain, labelRows, now, priority, current, settings]);

  const order = useMemo(() => {
    if (!layout) return [];
    return layout.order.filter((id) => {
      const m = models.get(id);
      return m !== undefined && isActive(m, current, settings);
    });
  }, [layout, models, current, settings]);
  const fallback =
    [current, ...emphasis].find((id) => id && order.includes(id)) ??
    order[order.length - 1] ??
    null;
  const tabStop = active !== null && order.includes(active) ? active : fallback;

  const articleYear = article ? fractionalYear(article.date) : NaN;
  const articleX =
    layout && Number.isFinite(articleYear) && articleYear >= domain[0] && articleYear <= domain[1]
      ? layout.x(articleYear)
      : null;

  function focusMark(id: string) {
    setActive(id);
    const element = containerRef.current?.querySelector<SVGGElement>(
      `[data-mark="${CSS.escape(id)}"]`,
    );
    element?.focus();
  }

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const id = (event.target as Element).getAttribute('data-mark');
    if (id === null) return;
    const i = order.indexOf(id);
    const step = keySteps(order.length);
    if (event.key in step) {
      event.preventDefault();
      const next = order[Math.min(Math.max(i + (step[event.key] ?? 0), 0), order.length - 1)];
      if (next) focusMark(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    } else if (event.key === 'Escape') {
      setShown(null);
    }
  }

  const shownModel = shown ? models.get(shown.id) : undefined;
  const shownMark = shown && layout ? layout.marks.find((m) => m.id === shown.id) : undefined;
  const height = layout ? layout.height + (articleX !== null ? ARTICLE_ROW : 0) : 0;
  const eraById = new Map(kb.eras.map((e) => [e.id, e]));
  const firstYear = Math.ceil(domain[0]);
  const lastYear = Math.floor(domain[1]);

  return (
    <div className="timeline">
      {controls !== 'none' && (
        <TimelineControls
          kb={kb}
          settings={settings}
          onChange={setSettings}
          full={controls === 'filters'}
        />
      )}
      <div className="timeline-drawing" ref={containerRef}>
        <p id={helpId} className="visually-hidden">
          Each model is a mark at its first public date, coloured by its architecture family. Use
          the arrow keys to move between models in time order and Enter to open one.
        </p>
        {layout && (
          <svg
            role="group"
            aria-label={`${props.label}, ${zoomEra ? zoomEra.name : `${firstYear} to ${lastYear}`}`}
            aria-describedby={helpId}
            width={layout.width}
            height={height}
            viewBox={`0 0 ${layout.width} ${height}`}
            onKeyDown={onKeyDown}
          >
            <g aria-hidden="true">
              {layout.ticks.map((t) => (
                <line key={t.x} className="tl-grid" x1={t.x} x2={t.x} y1={0} y2={layout.axisY} />
              ))}
            </g>
            <TimelineLanes
              lanes={layout.lanes}
              left={layout.left}
              right={layout.right}
              eras={eraById}
              zoomed={settings.era}
              onZoom={controls === 'none' ? undefined : (era) => setSettings({ ...settings, era })}
            />
            <TimelineAnnotations
              layout={layout}
              strong={(id) => id === current || emphasised.has(id)}
              articleX={article ? articleX : null}
              articleLabel={article?.label ?? ''}
            />
            {layout.marks.map((mark) => {
              const model = models.get(mark.id)!;
              const on = isActive(model, current, settings);
              return (
                <TimelineMark
                  key={mark.id}
                  model={model}
                  x={mark.x}
                  y={mark.y}
                  color={families.get(model.family)?.color ?? '#808080'}
                  emphasis={
                    mark.id === current ? 'current' : emphasised.has(mark.id) ? 'page' : null
                  }
                  interactive={on}
                  tabStop={mark.id === tabStop}
                  describedBy={shown?.id === mark.id ? tooltipId : undefined}
                  onOpen={onOpen}
                  onFocus={() => {
                    setActive(mark.id);
                    setShown({ id: mark.id, by: 'focus' });
                  }}
                  onBlur={() => setShown((s) => (s?.by === 'focus' ? null : s))}
                  onPointerEnter={() => setShown({ id: mark.id, by: 'pointer' })}
                  onPointerLeave={() =>
                    setShown((s) => (s?.by === 'pointer' && s.id === mark.id ? null : s))
                  }
                />
              );
            })}
          </svg>
        )}
        {layout && shownModel && shownMark && (
          <TimelineTooltip
            id={tooltipId}
            model={shownModel}
            familyName={families.get(shownModel.family)?.name ?? shownModel.family}
            x={shownMark.x}
            y={shownMark.y}
            width={layout.width}
          />
        )}
        {layout && order.length === 0 && (
          <p className="tl-empty">No models match these filters in this span.</p>
        )}
      </div>
      <TimelineLegend
        kb={kb}
        ids={order}
        current={current}
        emphasised={emphasis.length > 0}
        open={controls === 'filters'}
      />
      {controls === 'filters' && (
        <p className="visually-hidden" aria-live="polite">
          {order.length} models shown{zoomEra ? ` in ${zoomEra.name}` : ''}.
        </p>
      )}
    </div>
  );
}
