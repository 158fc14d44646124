/** An architecture family explained: in one line, then how it works and what it traded off. */
import type { Architecture } from '@/lib/kb/types';

export function ArchitectureExplainer({ family }: { family: Architecture }) {
  return (
    <section
      className="view-section explainer"
      aria-labelledby="family-heading"
      style={{ borderLeftColor: family.color }}
    >
      <h3 id="family-heading">The architecture: {family.name}</h3>
      <p className="lead">{family.summary}</p>
      <p>{family.explanation}</p>
    </section>
  );
}
