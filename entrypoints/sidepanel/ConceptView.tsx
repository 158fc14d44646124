/** One concept: what it means, the architecture families it belongs to, and the models that use it. */
import { useState } from 'react';
import { monthLabel } from '@/components/partial-dates';
import { ViewHeading } from './ViewHeading';
import { useAtlas } from './atlas-context';
import { usePanel } from './panel-context';

const FIRST = 24;

export function ConceptView({ id, from }: { id: string; from?: string }) {
  const atlas = useAtlas();
  const { open } = usePanel();
  const [all, setAll] = useState(false);
  const concept = atlas.concept(id);
  if (!concept) {
    return (
      <>
        <ViewHeading>Unknown concept</ViewHeading>
        <p>The atlas has no concept “{id}”.</p>
      </>
    );
  }
  const families = atlas.kb.architectures.filter((a) => a.concepts.includes(concept.id));
  // The model the reader came from leads the list, so it is never behind "Show all".
  const users = [...atlas.usedBy(concept.id)].sort(
    (a, b) => Number(b.id === from) - Number(a.id === from),
  );
  const shown = all ? users : users.slice(0, FIRST);
  const aliases = concept.aliases.filter((a) => a.toLowerCase() !== concept.name.toLowerCase());
  return (
    <article className="concept-view" aria-labelledby="concept-title">
      <ViewHeading kicker="Concept">
        <span id="concept-title">{concept.name}</span>
      </ViewHeading>
      {aliases.length > 0 && <p className="muted">Also called {aliases.join(', ')}</p>}
      <p className="summary">{concept.summary}</p>

      <section className="view-section" aria-labelledby="concept-families">
        <h3 id="concept-families">Architecture families</h3>
        {families.length === 0 ? (
          <p className="muted">Used across families rather than defining one.</p>
        ) : (
          <ul className="family-list">
            {families.map((f) => (
              <li key={f.id} style={{ borderLeftColor: f.color }}>
                <strong>{f.name}</strong>
                <span className="muted"> — {f.summary}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="view-section" aria-labelledby="concept-models">
        <h3 id="concept-models">
          Models using it <span className="count">· {users.length}</span>
        </h3>
        {users.length === 0 ? (
          <p className="muted">No model in the atlas lists it yet.</p>
        ) : (
          <ul className="model-list">
            {shown.map((m) => (
              <li key={m.id}>
                <span
                  className="swatch"
                  style={{ background: atlas.family(m.family)?.color }}
                  aria-hidden="true"
                />
                <button
                  type="button"
                  className="text-link"
                  onClick={() => open({ view: 'model', id: m.id })}
                >
                  {m.name}
                </button>
                <span className="muted"> {monthLabel(m.released)}</span>
              </li>
            ))}
          </ul>
        )}
        {users.length > FIRST && (
          <button type="button" className="small" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? 'Show fewer' : `Show all ${users.length}`}
          </button>
        )}
      </section>
    </article>
  );
}
