import { useStorageItem } from '@/components/use-storage-item';
import * as settings from '@/lib/settings';

const STYLE_LABELS: Record<settings.HighlightStyle, string> = {
  underline: 'Dotted underline',
  background: 'Soft background',
  none: 'None (cards still work)',
};

/** How mentions look and how cards behave. */
export function ReadingSettings() {
  const [style, setStyle] = useStorageItem(settings.highlightStyle);
  const [delay, setDelay] = useStorageItem(settings.hoverDelayMs);
  const [alt, setAlt] = useStorageItem(settings.requireAlt);
  const [concepts, setConcepts] = useStorageItem(settings.showConcepts);

  return (
    <fieldset>
      <legend>Reading</legend>
      <div className="row">
        <label htmlFor="highlight-style">Highlight style</label>
        <select
          id="highlight-style"
          value={style ?? 'underline'}
          onChange={(e) => setStyle(e.target.value as settings.HighlightStyle)}
        >
          {settings.HIGHLIGHT_STYLES.map((s) => (
            <option key={s} value={s}>
              {STYLE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <label htmlFor="hover-delay">Hover delay (ms)</label>
        <input
          id="hover-delay"
          type="number"
          min={0}
          max={3000}
          step={50}
          value={delay ?? 300}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            if (Number.isFinite(n)) setDelay(Math.min(3000, Math.max(0, n)));
          }}
        />
      </div>
      <div className="row">
        <input
          id="require-alt"
          type="checkbox"
          checked={alt ?? false}
          onChange={(e) => setAlt(e.target.checked)}
        />
        <label htmlFor="require-alt">Show cards only while Alt is held</label>
      </div>
      <div className="row">
        <input
          id="show-concepts"
          type="checkbox"
          checked={concepts ?? true}
          onChange={(e) => setConcepts(e.target.checked)}
        />
        <label htmlFor="show-concepts">Mark concepts (temporal attention, flow matching…) too</label>
      </div>
    </fieldset>
  );
}
