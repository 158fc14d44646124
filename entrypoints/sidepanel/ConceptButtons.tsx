/** Key concepts as buttons, each opening the concept (from the model `from`, when on one). */
import type { Concept } from '@/lib/kb/types';
import { usePanel } from './panel-context';

export function ConceptButtons({ concepts, from }: { concepts: Concept[]; from?: string }) {
  const { open } = usePanel();
  if (concepts.length === 0) return <p className="muted">No key concepts listed.</p>;
  return (
    <ul className="chip-list">
      {concepts.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            className="chip"
            onClick={() => open({ view: 'concept', id: c.id, ...(from ? { from } : {}) })}
            title={c.summary}
          >
            {c.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
