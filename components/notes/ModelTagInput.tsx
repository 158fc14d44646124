/**
 * Model tags for a note: chips with remove buttons, and a combobox (the
 * WAI-ARIA 1.2 list-autocomplete pattern) that suggests the page's models
 * first, then the whole knowledge base.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { ModelCatalog } from './model-catalog';
import './notes.css';

export interface ModelTagInputProps {
  selected: readonly string[];
  onChange(ids: string[]): void;
  catalog: ModelCatalog;
  /** The bound page's models, most mentioned first. */
  pageModelIds: readonly string[];
}

export function ModelTagInput({ selected, onChange, catalog, pageModelIds }: ModelTagInputProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(
    () => (open ? catalog.suggest(query, pageModelIds, selected) : []),
    [open, catalog, query, pageModelIds, selected],
  );
  const expanded = open && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  const pick = (modelId: string) => {
    onChange([...selected, modelId]);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      if (options.length > 0) setActive((activeIndex + step + options.length) % options.length);
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      const option = expanded ? options[activeIndex] : undefined;
      if (option) {
        e.preventDefault();
        pick(option.id);
      }
    } else if (e.key === 'Escape' && expanded) {
      // Closes the list only; a second Esc reaches the editor and cancels.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Backspace' && query === '' && selected.length > 0) {
      onChange(selected.slice(0, -1));
    }
  };

  return (
    <div className="tag-input">
      {selected.length > 0 && (
        <ul className="tag-chips" aria-label="Model tags">
          {selected.map((modelId) => {
            const name = catalog.nameOf(modelId);
            return (
              <li key={modelId} className="tag-chip">
                <span>{name}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove tag ${name}`}
                  title={`Remove tag ${name}`}
                  onClick={() => onChange(selected.filter((s) => s !== modelId))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="combo">
        <input
          type="text"
          role="combobox"
          aria-label="Tag a model"
          placeholder="Tag a model…"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? `${id}-opt-${activeIndex}` : undefined}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Models"
          className="combo-list"
          hidden={!expanded}
        >
          {options.map((option, i) => (
            <li
              key={option.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'combo-option active' : 'combo-option'}
              // Keep focus in the input, so the list does not close before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(option.id)}
            >
              <span className="combo-name">{option.name}</span>
              <span className="combo-detail">{option.detail}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
