/** Search box and the model, era and site filters of "All notes". */
import type { NoteFilters } from './note-search';

export interface NoteFiltersBarProps {
  filters: NoteFilters;
  onChange(filters: NoteFilters): void;
  choices: {
    models: { id: string; name: string }[];
    eras: { id: string; name: string }[];
    sites: string[];
  };
}

export function NoteFiltersBar({ filters, onChange, choices }: NoteFiltersBarProps) {
  const set = (patch: Partial<NoteFilters>) => onChange({ ...filters, ...patch });
  return (
    <div role="search" aria-label="Notes">
      <input
        type="search"
        className="notes-search"
        aria-label="Search notes"
        placeholder="Search notes, quotes, titles, models…"
        value={filters.query}
        onChange={(e) => set({ query: e.target.value })}
      />
      <div className="notes-filters">
        <label>
          Model
          <select value={filters.model} onChange={(e) => set({ model: e.target.value })}>
            <option value="">All models</option>
            {choices.models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Era
          <select value={filters.era} onChange={(e) => set({ era: e.target.value })}>
            <option value="">All eras</option>
            {choices.eras.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Site
          <select value={filters.site} onChange={(e) => set({ site: e.target.value })}>
            <option value="">All sites</option>
            {choices.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
