/** Two to four models side by side: one column per model, one row per fact. */
import type { ReactNode } from 'react';
import { monthLabel } from '@/components/partial-dates';
import type { Model } from '@/lib/kb/types';
import { useAtlas } from './atlas-context';
import { usePanel } from './panel-context';

const ROW_HEAD = 104;
const COLUMN = 132;

export function CompareTable({ models }: { models: Model[] }) {
  const atlas = useAtlas();
  const { open, removeFromCompare } = usePanel();
  const swatch = (color: string | undefined, text: string) => (
    <>
      <span className="swatch" style={{ background: color }} aria-hidden="true" /> {text}
    </>
  );
  const rows: [string, (m: Model) => ReactNode][] = [
    ['Released', (m) => monthLabel(m.released)],
    ['Organisation', (m) => m.organization],
    ['Era', (m) => swatch(atlas.era(m.era)?.color, atlas.era(m.era)?.name ?? m.era)],
    [
      'Family',
      (m) => swatch(atlas.family(m.family)?.color, atlas.family(m.family)?.name ?? m.family),
    ],
    ['Open weights', (m) => (m.openWeights ? 'Yes' : 'No')],
    [
      'Key concepts',
      (m) => (
        <ul className="plain-list">
          {m.concepts.map((c) => (
            <li key={c}>{atlas.concept(c)?.name ?? c}</li>
          ))}
        </ul>
      ),
    ],
    ['Builds on', (m) => countWithNames(atlas.buildsOn(m.id).map((x) => x.name))],
    ['Built on by', (m) => countWithNames(atlas.builtOnBy(m.id).map((x) => x.name))],
    [
      'Paper',
      (m) =>
        m.arxiv ? (
          <a href={`https://arxiv.org/abs/${m.arxiv}`} target="_blank" rel="noreferrer">
            arXiv:{m.arxiv}
          </a>
        ) : m.paper ? (
          m.paper.title
        ) : (
          <span className="muted">None</span>
        ),
    ],
  ];
  return (
    <div className="compare-scroll" role="region" aria-label="Comparison table" tabIndex={0}>
      {/* Equal columns; past the panel's width the table scrolls sideways, the row names staying put. */}
      <table
        className="compare-table"
        style={{ width: `max(100%, ${ROW_HEAD + models.length * COLUMN}px)` }}
      >
        <colgroup>
          <col style={{ width: ROW_HEAD }} />
          {models.map((m) => (
            <col key={m.id} />
          ))}
        </colgroup>
        <caption className="visually-hidden">Models side by side</caption>
        <thead>
          <tr>
            <td />
            {models.map((m) => (
              <th key={m.id} scope="col">
                <button
                  type="button"
                  className="text-link"
                  onClick={() => open({ view: 'model', id: m.id })}
                >
                  {m.name}
                </button>
                <button
                  type="button"
                  className="small remove"
                  aria-label={`Remove ${m.name} from compare`}
                  onClick={() => removeFromCompare(m.id)}
                >
                  Remove
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {models.map((m) => (
                <td key={m.id}>{cell(m)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function countWithNames(names: string[]): ReactNode {
  if (names.length === 0) return <span className="muted">0</span>;
  const shown = names.slice(0, 3).join(', ');
  return (
    <>
      <strong>{names.length}</strong>
      <span className="muted">
        {' '}
        — {shown}
        {names.length > 3 ? ', …' : ''}
      </span>
    </>
  );
}
