/** One model on the timeline: a focusable mark named "<Model>, <Mon YYYY>". */
import type { Model } from '@/lib/kb/types';
import { monthLabel } from './partial-dates';

export interface TimelineMarkProps {
  model: Model;
  x: number;
  y: number;
  color: string;
  emphasis: 'current' | 'page' | null;
  /** False for marks the filters leave out: drawn faintly, not focusable. */
  interactive: boolean;
  tabStop: boolean;
  describedBy: string | undefined;
  onOpen(id: string): void;
  onFocus(): void;
  onBlur(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const RADIUS = { current: 6, page: 5, normal: 3.5 };

export function TimelineMark(p: TimelineMarkProps) {
  const r = RADIUS[p.emphasis ?? 'normal'];
  const name = `${p.model.name}, ${monthLabel(p.model.released)}`;
  const shape =
    p.model.kind === 'image' ? (
      <rect
        x={-r}
        y={-r}
        width={2 * r}
        height={2 * r}
        transform="rotate(45)"
        fill={p.color}
        className="tl-dot"
      />
    ) : (
      <circle r={r} fill={p.color} className="tl-dot" />
    );
  if (!p.interactive) {
    return (
      <g transform={`translate(${p.x} ${p.y})`} className="tl-mark tl-mark-dim" aria-hidden="true">
        {shape}
      </g>
    );
  }
  return (
    <g
      transform={`translate(${p.x} ${p.y})`}
      className={`tl-mark${p.emphasis ? ` tl-mark-${p.emphasis}` : ''}`}
      role="button"
      aria-label={name}
      aria-describedby={p.describedBy}
      tabIndex={p.tabStop ? 0 : -1}
      data-mark={p.model.id}
      onClick={() => p.onOpen(p.model.id)}
      onFocus={p.onFocus}
      onBlur={p.onBlur}
      onPointerEnter={p.onPointerEnter}
      onPointerLeave={p.onPointerLeave}
    >
      {/* The same words as the name: assistive technology and axe read the title as the mark's text. */}
      <title>{name}</title>
      <circle r={Math.max(r + 2, 6)} className="tl-hit" />
      {shape}
      <circle r={r + 3.5} className="tl-focus-ring" />
    </g>
  );
}
