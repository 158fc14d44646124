/** Which colour is which architecture family, for the families on show, and what the shapes mean. */
import type { KnowledgeBase } from '@/lib/kb/types';

export function TimelineLegend(p: {
  kb: KnowledgeBase;
  ids: readonly string[];
  current: string | null;
  emphasised: boolean;
  /** Open at first (the legend folds away where room is short). */
  open: boolean;
}) {
  const shown = new Set(p.ids);
  const present = new Set(p.kb.models.filter((m) => shown.has(m.id)).map((m) => m.family));
  const hasImage = p.kb.models.some((m) => shown.has(m.id) && m.kind === 'image');
  const families = p.kb.architectures.filter((a) => present.has(a.id));
  if (families.length === 0) return null;
  return (
    <details className="tl-legend" open={p.open}>
      <summary>Colours: architecture families</summary>
      <ul aria-label="Architecture families" className="tl-legend-families">
        {families.map((f) => (
          <li key={f.id}>
            <span className="swatch" style={{ background: f.color }} aria-hidden="true" />
            {f.name}
          </li>
        ))}
      </ul>
      <ul aria-label="Mark shapes">
        <li>
          <span className="shape shape-dot" aria-hidden="true" />
          video model
        </li>
        {hasImage && (
          <li>
            <span className="shape shape-diamond" aria-hidden="true" />
            image model
          </li>
        )}
        {(p.current !== null || p.emphasised) && (
          <li>
            <span className="shape shape-ring" aria-hidden="true" />
            {p.current !== null ? 'this model' : 'on this page'}
          </li>
        )}
      </ul>
    </details>
  );
}
