/** A note's model tags, read-only, by their KB names. */
import type { ModelCatalog } from './model-catalog';
import './notes.css';

export function ModelTags({ ids, catalog }: { ids: readonly string[]; catalog: ModelCatalog }) {
  if (ids.length === 0) return null;
  return (
    <ul className="tag-chips" aria-label="Models">
      {ids.map((id) => (
        <li key={id} className="tag-chip">
          {catalog.nameOf(id)}
        </li>
      ))}
    </ul>
  );
}
