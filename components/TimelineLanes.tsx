/**
 * The era lanes at the top of the timeline. With `onZoom` each lane is also a
 * button that zooms to its era (and back out when already zoomed there).
 */
import type { KeyboardEvent } from 'react';
import type { Era } from '@/lib/kb/types';
import type { LaneLayout } from './timeline-layout';

export function TimelineLanes(p: {
  lanes: LaneLayout[];
  left: number;
  right: number;
  eras: ReadonlyMap<string, Era>;
  zoomed: string | null;
  onZoom?: (era: string | null) => void;
}) {
  return (
    <g className="tl-lanes">
      {p.lanes.map((lane) => {
        const era = p.eras.get(lane.id);
        const name = era?.name ?? lane.id;
        const pressed = p.zoomed === lane.id;
        const toggle = () => p.onZoom?.(pressed ? null : lane.id);
        const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          event.stopPropagation();
          toggle();
        };
        const interactive = p.onZoom
          ? {
              role: 'button',
              tabIndex: 0,
              'aria-label': `Zoom to ${name}`,
              'aria-pressed': pressed,
              onClick: toggle,
              onKeyDown,
            }
          : { 'aria-hidden': true };
        return (
          <g
            key={lane.id}
            className={`tl-lane${p.onZoom ? ' tl-lane-button' : ''}${pressed ? ' tl-lane-on' : ''}`}
          >
            {/* The button holds no text of its own, so its name ("Zoom to …") is all it says;
                the drawn label, which may be shortened, sits on top and lets clicks through. */}
            <g {...interactive}>
              <title>{p.onZoom ? `Zoom to ${name}` : name}</title>
              <rect
                x={p.left}
                y={lane.y}
                width={p.right - p.left}
                height={lane.height}
                className="tl-hit"
              />
              <rect
                x={lane.x0}
                y={lane.y}
                width={Math.max(lane.x1 - lane.x0, 1)}
                height={lane.height}
                rx={3}
                fill={era?.color}
                className="tl-lane-band"
              />
              <rect x={lane.x0} y={lane.y} width={3} height={lane.height} fill={era?.color} />
            </g>
            <text
              x={lane.textX}
              y={lane.y + lane.height - 4}
              textAnchor={lane.textAnchor}
              className="tl-lane-text"
              aria-hidden="true"
            >
              {lane.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
