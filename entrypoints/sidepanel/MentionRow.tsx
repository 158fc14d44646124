/** One model or concept on the page: open it, jump to its next mention, add it to the comparison. */
import { monthLabel } from '@/components/partial-dates';
import { AddToCompareButton } from './AddToCompareButton';
import type { PageEntry } from './page-models';
import { usePanel } from './panel-context';

export interface MentionPosition {
  index: number;
  total: number;
}

export function MentionRow(p: {
  entry: PageEntry;
  kind: 'model' | 'concept';
  position: MentionPosition | null;
  onNext(entry: PageEntry): void;
}) {
  const { open } = usePanel();
  const { entry } = p;
  return (
    <li className={entry.model ? 'mention-row mention-row-model' : 'mention-row'}>
      <div className="mention-title">
        <button
          type="button"
          className="text-link mention-name"
          onClick={() => open({ view: p.kind, id: entry.id })}
        >
          {entry.name}
        </button>
        <span className="count">
          ×{entry.count}
          <span className="visually-hidden"> {entry.count === 1 ? 'mention' : 'mentions'}</span>
        </span>
      </div>
      {entry.model && (
        <div className="mention-meta">
          {monthLabel(entry.model.released)} · {entry.model.organization}
        </div>
      )}
      {entry.unlisted.length > 0 && (
        <div className="mention-meta mention-unlisted">
          Counted here: {entry.unlisted.map((t) => `“${t}”`).join(', ')}, with no entry of its own
        </div>
      )}
      <div className="mention-actions">
        <button
          type="button"
          className="small"
          aria-label={`Next mention of ${entry.name}`}
          onClick={() => p.onNext(entry)}
        >
          Next <span aria-hidden="true">↓</span>
        </button>
        {p.position && (
          <span className="mention-position" aria-hidden="true">
            {p.position.index + 1}/{p.position.total}
          </span>
        )}
        {entry.model && <AddToCompareButton id={entry.id} name={entry.name} compact />}
      </div>
    </li>
  );
}
