/**
 * A model's lineage as a small top-to-bottom diagram: what it builds on (two
 * steps back), the model, and what was built on it (two steps on). Every
 * other model in it is a button that opens that model.
 */
import { useState } from 'react';
import type { Model } from '@/lib/kb/types';
import type { LineageLevels } from './lineage-levels';
import { monthLabel } from './partial-dates';
import './lineage.css';

interface LevelProps {
  title: string;
  models: Model[];
  colorOf(model: Model): string;
  onOpen(id: string): void;
  max: number;
}

function LineageLevel({ title, models, colorOf, onOpen, max }: LevelProps) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? models : models.slice(0, max);
  return (
    <div className="lineage-level">
      <h4>{title}</h4>
      <ul aria-label={title}>
        {shown.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className="lineage-node"
              style={{ borderLeftColor: colorOf(m) }}
              onClick={() => onOpen(m.id)}
            >
              {m.name} <span className="lineage-date">{monthLabel(m.released)}</span>
            </button>
          </li>
        ))}
        {models.length > max && (
          <li>
            <button
              type="button"
              className="text-link"
              aria-expanded={expanded}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? 'Show fewer' : `${models.length - max} more`}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

export function LineageDiagram(p: {
  model: Model;
  levels: LineageLevels;
  colorOf(model: Model): string;
  onOpen(id: string): void;
  max?: number;
}) {
  const { model, levels, colorOf, onOpen, max = 6 } = p;
  const [parents, grandparents] = levels.ancestors;
  const [children, grandchildren] = levels.descendants;
  const common = { colorOf, onOpen, max };
  return (
    <div className="lineage" role="group" aria-label={`Lineage of ${model.name}`}>
      {grandparents.length > 0 && (
        <LineageLevel title="Which built on" models={grandparents} {...common} />
      )}
      {parents.length > 0 ? (
        <LineageLevel title="Builds on" models={parents} {...common} />
      ) : (
        <p className="lineage-none">Builds on no other model in the atlas.</p>
      )}
      <div className="lineage-self" style={{ borderLeftColor: colorOf(model) }}>
        {model.name} <span className="lineage-date">{monthLabel(model.released)}</span>
      </div>
      {children.length > 0 ? (
        <LineageLevel title="Built on by" models={children} {...common} />
      ) : (
        <p className="lineage-none">Nothing in the atlas builds on it yet.</p>
      )}
      {grandchildren.length > 0 && (
        <LineageLevel title="And in turn" models={grandchildren} {...common} />
      )}
    </div>
  );
}
