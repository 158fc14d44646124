/** The timeline's words and lines: model labels with their leaders, the year axis, the article's date. */
import type { TimelineLayout } from './timeline-layout';
import { CELL } from './timeline-layout';
import { measureLabel } from './text-measure';

export function TimelineAnnotations(p: {
  layout: TimelineLayout;
  /** Labels of these models are drawn bold. */
  strong: (id: string) => boolean;
  /** x of the article's date, or null when it is not in view. */
  articleX: number | null;
  articleLabel: string;
}) {
  const { layout, articleX } = p;
  // The article's label is centred under its line, kept inside the drawing.
  const half = measureLabel(p.articleLabel) / 2 + 2;
  const labelX =
    articleX === null ? 0 : Math.min(Math.max(articleX, layout.left + half), layout.right - half);
  return (
    <g aria-hidden="true">
      {layout.labels.map((l) => (
        <g key={l.id} className={p.strong(l.id) ? 'tl-label tl-label-strong' : 'tl-label'}>
          <line
            x1={l.leaderX}
            x2={l.leaderX}
            y1={l.leaderY1}
            y2={l.leaderY2}
            className="tl-leader"
          />
          <text x={l.x + l.width / 2} y={l.y + l.height - 3} textAnchor="middle">
            {l.text}
          </text>
        </g>
      ))}
      <line
        className="tl-axis"
        x1={layout.left}
        x2={layout.right}
        y1={layout.axisY}
        y2={layout.axisY}
      />
      {layout.ticks.map((t) =>
        t.label === null ? null : (
          <text key={t.x} x={t.x} y={layout.axisY + 14} textAnchor="middle" className="tl-tick">
            {t.label}
          </text>
        ),
      )}
      {articleX !== null && (
        <g className="tl-article">
          <line x1={articleX} x2={articleX} y1={layout.marksTop - CELL} y2={layout.axisY + 18} />
          <text x={labelX} y={layout.axisY + 30} textAnchor="middle">
            {p.articleLabel}
          </text>
        </g>
      )}
    </g>
  );
}
