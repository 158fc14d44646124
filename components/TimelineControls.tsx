/** Zoom to an era (or all), and the filters: family, open weights, organisation. */
import { useId, useMemo } from 'react';
import type { KnowledgeBase } from '@/lib/kb/types';
import { organizationOptions, type TimelineSettings } from './timeline-filters';

export function TimelineControls(p: {
  kb: KnowledgeBase;
  settings: TimelineSettings;
  onChange(settings: TimelineSettings): void;
  /** Era buttons and filters; otherwise only "All" and a hint, the era lanes being the zoom buttons. */
  full: boolean;
}) {
  const { kb, settings, onChange } = p;
  const familyId = useId();
  const orgId = useId();
  const openId = useId();
  const organizations = useMemo(() => organizationOptions(kb), [kb]);
  const zoomed = settings.era === null ? null : kb.eras.find((e) => e.id === settings.era);
  if (!p.full) {
    return (
      <div className="tl-controls tl-controls-compact">
        <button
          type="button"
          className="chip"
          aria-pressed={settings.era === null}
          onClick={() => onChange({ ...settings, era: null })}
        >
          All eras
        </button>
        <span className="muted">
          {zoomed ? `Zoomed to ${zoomed.name}` : 'Select an era band to zoom in'}
        </span>
      </div>
    );
  }
  return (
    <div className="tl-controls">
      <div className="tl-zoom" role="group" aria-label="Zoom to an era">
        <button
          type="button"
          className="chip"
          aria-pressed={settings.era === null}
          onClick={() => onChange({ ...settings, era: null })}
        >
          All
        </button>
        {kb.eras.map((era) => (
          <button
            key={era.id}
            type="button"
            className="chip"
            aria-pressed={settings.era === era.id}
            onClick={() => onChange({ ...settings, era: era.id })}
          >
            <span className="swatch" style={{ background: era.color }} aria-hidden="true" />
            {era.name}
          </button>
        ))}
      </div>
      {p.full && (
        <div className="tl-filters">
          <label htmlFor={familyId}>Family</label>
          <select
            id={familyId}
            value={settings.family}
            onChange={(e) => onChange({ ...settings, family: e.target.value })}
          >
            <option value="">All families</option>
            {kb.architectures.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <label htmlFor={orgId}>Organisation</label>
          <select
            id={orgId}
            value={settings.organization}
            onChange={(e) => onChange({ ...settings, organization: e.target.value })}
          >
            <option value="">All organisations</option>
            {organizations.map((o) => (
              <option key={o.name} value={o.name}>
                {o.name} ({o.count})
              </option>
            ))}
          </select>
          <span className="tl-check">
            <input
              id={openId}
              type="checkbox"
              checked={settings.openWeightsOnly}
              onChange={(e) => onChange({ ...settings, openWeightsOnly: e.target.checked })}
            />
            <label htmlFor={openId}>Open weights only</label>
          </span>
        </div>
      )}
    </div>
  );
}
