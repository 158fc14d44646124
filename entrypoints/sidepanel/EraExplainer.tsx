/** An era explained: what defined it and its hallmarks. */
import { monthLabel } from '@/components/partial-dates';
import type { Era } from '@/lib/kb/types';

export function EraExplainer({ era }: { era: Era }) {
  return (
    <section
      className="view-section explainer"
      aria-labelledby="era-heading"
      style={{ borderLeftColor: era.color }}
    >
      <h3 id="era-heading">
        The era: {era.name}
        <span className="muted heading-note">
          {' '}
          {monthLabel(era.start)} – {era.end ? monthLabel(era.end) : 'today'}
        </span>
      </h3>
      <p>{era.summary}</p>
      <h4>Hallmarks</h4>
      <ul>
        {era.hallmarks.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
    </section>
  );
}
