/** The visible tooltip for the mark under focus or pointer. */
import type { Model } from '@/lib/kb/types';
import { monthLabel } from './partial-dates';

const WIDTH = 220;

export function TimelineTooltip(p: {
  id: string;
  model: Model;
  familyName: string;
  x: number;
  y: number;
  width: number;
}) {
  const left = Math.min(Math.max(p.x - WIDTH / 2, 0), Math.max(p.width - WIDTH, 0));
  return (
    <div
      id={p.id}
      role="tooltip"
      className="tl-tooltip"
      style={{ left, top: p.y + 12, width: WIDTH }}
    >
      <strong>{p.model.name}</strong>
      <span>
        {monthLabel(p.model.released)} · {p.model.organization}
      </span>
      <span>
        {p.familyName}
        {p.model.openWeights ? ' · open weights' : ''}
        {p.model.kind === 'image' ? ' · image model' : ''}
      </span>
    </div>
  );
}
