/**
 * Search over the whole atlas as an ARIA combobox: results on every
 * keystroke (typo-tolerant), the first one selected, ArrowUp/ArrowDown to
 * move, Enter to pick, Escape to close and then to clear. The input keeps
 * focus throughout; the selected option is announced through
 * aria-activedescendant.
 */
import { useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { monthLabel } from '@/components/partial-dates';
import type { KbSearchResult } from '@/lib/kb/search';
import { useAtlas } from './atlas-context';

export interface SearchBoxProps {
  label: string;
  placeholder: string;
  onPick(result: KbSearchResult): void;
  /** Only models (the comparison), or models and concepts. */
  modelsOnly?: boolean;
  /** Ids that cannot be picked (already compared); shown but marked. */
  exclude?: readonly string[];
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Show the label on screen (otherwise it is for assistive technology only). */
  visibleLabel?: boolean;
}

const LIMIT = 8;

export function SearchBox({ inputRef, ...p }: SearchBoxProps) {
  const atlas = useAtlas();
  const inputId = useId();
  const listId = useId();
  const statusId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const results = useMemo(() => {
    const found = atlas.search.search(query, p.modelsOnly ? LIMIT * 2 : LIMIT);
    return (p.modelsOnly ? found.filter((r) => r.kind === 'model') : found).slice(0, LIMIT);
  }, [atlas, query, p.modelsOnly]);
  const searching = query.trim().length >= 2;
  const expanded = open && searching;
  const activeIndex = results.length === 0 ? -1 : Math.min(active, results.length - 1);
  const optionId = (i: number) => `${listId}-option-${i}`;

  const pick = (result: KbSearchResult | undefined) => {
    if (!result) return;
    setQuery('');
    setOpen(false);
    setActive(0);
    p.onPick(result);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (expanded && results.length > 0) setActive((activeIndex + 1) % results.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (expanded && results.length > 0)
          setActive((activeIndex - 1 + results.length) % results.length);
        break;
      case 'Home':
      case 'End':
        // Left to the text field: moving the caret.
        break;
      case 'Enter':
        if (expanded && activeIndex >= 0) {
          event.preventDefault();
          pick(results[activeIndex]);
        }
        break;
      case 'Escape':
        if (expanded) setOpen(false);
        else setQuery('');
        break;
    }
  };

  return (
    <div className="search">
      <label htmlFor={inputId} className={p.visibleLabel ? 'search-label' : 'visually-hidden'}>
        {p.label}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={statusId}
        autoComplete="off"
        spellCheck={false}
        placeholder={p.placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${p.label}: results`}
        className="search-results"
        hidden={!expanded || results.length === 0}
      >
        {results.map((r, i) => {
          const excluded = p.exclude?.includes(r.id) ?? false;
          const era = r.era ? atlas.era(r.era) : undefined;
          return (
            <li
              key={`${r.kind}:${r.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              aria-disabled={excluded || undefined}
              className="search-option"
              // Keep focus in the input; the click picks.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(r)}
              onMouseMove={() => i !== activeIndex && setActive(i)}
            >
              <span className="search-option-name">
                {era && (
                  <span className="swatch" style={{ background: era.color }} aria-hidden="true" />
                )}
                {r.name}
                {r.kind === 'concept' && <span className="tag">concept</span>}
                {excluded && <span className="tag">added</span>}
              </span>
              <span className="search-option-meta">
                {r.kind === 'model'
                  ? [r.released ? monthLabel(r.released) : '', r.organization ?? '']
                      .filter(Boolean)
                      .join(' · ')
                  : r.summary}
              </span>
            </li>
          );
        })}
      </ul>
      <p id={statusId} className="visually-hidden" aria-live="polite">
        {searching && open
          ? results.length === 0
            ? `No matches for ${query.trim()}`
            : `${results.length} result${results.length === 1 ? '' : 's'}; first: ${results[0]?.name ?? ''}`
          : ''}
      </p>
      {expanded && results.length === 0 && (
        <p className="search-none">No matches. Try another spelling or an organisation.</p>
      )}
    </div>
  );
}
