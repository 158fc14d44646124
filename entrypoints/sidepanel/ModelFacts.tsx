/** The facts about a model as a two-column table. */
import type { ReactNode } from 'react';
import { dayLabel } from '@/components/partial-dates';
import type { Architecture, Era, Model } from '@/lib/kb/types';

export function ModelFacts({
  model,
  era,
  family,
}: {
  model: Model;
  era?: Era;
  family?: Architecture;
}) {
  const rows: [string, ReactNode][] = [
    ['Organisation', model.organization],
    ['First public', dayLabel(model.released)],
    [
      'Paper',
      model.paper ? (
        <>
          {model.arxiv ? (
            <a href={`https://arxiv.org/abs/${model.arxiv}`} target="_blank" rel="noreferrer">
              {model.paper.title}
            </a>
          ) : (
            model.paper.title
          )}
          <span className="muted">
            {' '}
            — {model.paper.authors.join(', ')}
            {model.paper.moreAuthors ? ' et al.' : ''}
            {model.paper.venue ? ` · ${model.paper.venue}` : ''}
            {model.arxiv ? ` · arXiv:${model.arxiv}` : ''}
          </span>
        </>
      ) : (
        <span className="muted">No paper</span>
      ),
    ],
    ['Open weights', model.openWeights ? 'Yes' : 'No'],
    [
      'Family',
      <>
        <span className="swatch" style={{ background: family?.color }} aria-hidden="true" />{' '}
        {family?.name ?? model.family}
      </>,
    ],
    [
      'Era',
      <>
        <span className="swatch" style={{ background: era?.color }} aria-hidden="true" />{' '}
        {era?.name ?? model.era}
      </>,
    ],
    [
      'Kind',
      model.kind === 'image'
        ? 'Image model (context for the video models built on it)'
        : 'Video model',
    ],
  ];
  if (model.aliases.length > 0) rows.push(['Also called', model.aliases.join(', ')]);
  return (
    <table className="facts">
      <caption className="visually-hidden">Facts about {model.name}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
