/** The top tabs: this page, the timeline, the comparison, every note. */
import type { Section } from './navigation';

const SECTIONS: { id: Section; label: string }[] = [
  { id: 'page', label: 'This page' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'compare', label: 'Compare' },
  { id: 'notes', label: 'Notes' },
];

export function TabBar(p: {
  section: Section;
  onSelect(section: Section): void;
  compareCount: number;
}) {
  return (
    <nav className="tab-bar" aria-label="Views">
      {SECTIONS.map((s) => (
        <button
          key={s.id}
          type="button"
          aria-current={p.section === s.id ? 'page' : undefined}
          onClick={() => p.onSelect(s.id)}
        >
          {s.label}
          {s.id === 'compare' && p.compareCount > 0 && (
            <span className="tab-count"> ({p.compareCount})</span>
          )}
        </button>
      ))}
    </nav>
  );
}
