/** The comparison: pick models with the search here or "Compare" elsewhere, and read them side by side. */
import { useState } from 'react';
import type { Model } from '@/lib/kb/types';
import { CompareTable } from './CompareTable';
import { COMPARE_MAX, COMPARE_MIN } from './compare-list';
import { SearchBox } from './SearchBox';
import { ViewHeading } from './ViewHeading';
import { useAtlas } from './atlas-context';
import { usePanel } from './panel-context';

export function CompareView() {
  const atlas = useAtlas();
  const { compare, addToCompare } = usePanel();
  const [message, setMessage] = useState('');
  const models = compare.map((id) => atlas.model(id)).filter((m): m is Model => !!m);

  return (
    <>
      <ViewHeading>Compare</ViewHeading>
      {models.length < COMPARE_MAX ? (
        <SearchBox
          label="Add a model to compare"
          placeholder="Add a model: name, organisation…"
          modelsOnly
          visibleLabel
          exclude={compare}
          onPick={(r) => {
            const result = addToCompare(r.id);
            setMessage(
              result.reason === 'added'
                ? `${r.name} added.`
                : result.reason === 'already'
                  ? `${r.name} is already in the comparison.`
                  : `The comparison holds ${COMPARE_MAX} models; remove one first.`,
            );
          }}
        />
      ) : (
        <p className="muted">
          The comparison is full ({COMPARE_MAX} models). Remove one to add another.
        </p>
      )}
      <p role="status" className="status-ok">
        {message}
      </p>
      {models.length === 0 ? (
        <div className="empty">
          <p>
            <strong>Nothing to compare yet.</strong>
          </p>
          <p className="muted">
            Pick {COMPARE_MIN} to {COMPARE_MAX} models to see them side by side: add them with the
            box above, with “Compare” next to the models on this page, or with “Add to compare” on
            any model.
          </p>
        </div>
      ) : (
        <>
          {models.length < COMPARE_MIN && <p className="muted">Add one more model to compare.</p>}
          {models.length > 2 && (
            <p className="muted compare-hint">
              Scroll the table sideways to see all {models.length}.
            </p>
          )}
          <CompareTable models={models} />
        </>
      )}
    </>
  );
}
