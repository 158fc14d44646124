/**
 * Writing or editing a note: Markdown text, an optional quoted passage taken
 * from the page's selection, and model tags. Ctrl/Cmd+Enter saves, Esc
 * cancels. The parent owns the draft, so a card's "Add note" can add a tag or
 * a quote to a note already being written.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { sendToTab } from '@/lib/messages';
import { Markdown } from '../Markdown';
import type { ModelCatalog } from './model-catalog';
import { ModelTagInput } from './ModelTagInput';
import type { NoteDraft } from './note-writes';
import './notes.css';

export interface NoteEditorProps {
  draft: NoteDraft;
  onDraftChange(draft: NoteDraft): void;
  /** Rejects with an Error whose message is shown. */
  onSave(draft: NoteDraft): Promise<void>;
  onCancel(): void;
  catalog: ModelCatalog;
  pageModelIds: readonly string[];
  /** The tab whose selection "Quote selection" takes; null hides the button. */
  tabId: number | null;
  /** Changing this moves focus to the text box (on open, and when a request fills the draft). */
  focusKey: number;
  /** "New note" or "Edit note", for the form's name. */
  label: string;
}

const QUOTE_PREVIEW = 400;

export function NoteEditor(props: NoteEditorProps) {
  const { draft, onDraftChange, onSave, onCancel, catalog, pageModelIds, tabId, focusKey, label } =
    props;
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Preview is on for the focus key it was turned on under: a new opening starts in writing mode.
  const [previewFor, setPreviewFor] = useState<number | null>(null);
  const preview = previewFor === focusKey;

  useEffect(() => {
    textRef.current?.focus();
  }, [focusKey]);

  const empty = draft.body.trim() === '' && !draft.quote;

  const save = async () => {
    if (saving) return;
    if (empty) {
      setMessage({ text: 'Write something or quote a passage first.', error: true });
      return;
    }
    setSaving(true);
    setMessage(null);
    try {
      await onSave(draft);
    } catch (error) {
      setMessage({ text: `Not saved: ${errorText(error)}`, error: true });
    } finally {
      setSaving(false);
    }
  };

  const quoteSelection = async () => {
    if (tabId === null) return;
    setMessage(null);
    try {
      const quote = await sendToTab(tabId, 'getSelectionQuote', null);
      if (quote) onDraftChange({ ...draft, quote });
      else
        setMessage({
          text: 'Select a passage on the page first, then press “Quote selection”.',
          error: false,
        });
    } catch {
      setMessage({
        text: 'The page cannot be quoted: the extension is not running on it.',
        error: true,
      });
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className="note-editor"
      aria-label={label}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {draft.quote && (
        <div className="editor-quote">
          <blockquote className="note-quote">
            <p>{clip(draft.quote.exact, QUOTE_PREVIEW)}</p>
          </blockquote>
          <button
            type="button"
            className="link-button"
            onClick={() => onDraftChange({ ...draft, quote: null })}
          >
            Remove quote
          </button>
        </div>
      )}
      <div className="editor-label-row">
        <label htmlFor={`${id}-body`}>Note</label>
        <button
          type="button"
          className="link-button"
          aria-pressed={preview}
          onClick={() => setPreviewFor(preview ? null : focusKey)}
        >
          Preview
        </button>
      </div>
      <textarea
        id={`${id}-body`}
        ref={textRef}
        rows={4}
        value={draft.body}
        hidden={preview}
        aria-describedby={`${id}-hint`}
        placeholder="What stood out?"
        onChange={(e) => onDraftChange({ ...draft, body: e.target.value })}
      />
      {preview && (
        <div className="editor-preview" aria-label="Preview of the note">
          {draft.body.trim() ? (
            <Markdown source={draft.body} />
          ) : (
            <p className="muted">Nothing to preview.</p>
          )}
        </div>
      )}
      <p id={`${id}-hint`} className="editor-hint">
        Markdown · Ctrl+Enter saves · Esc cancels
      </p>
      <ModelTagInput
        selected={draft.models}
        onChange={(models) => onDraftChange({ ...draft, models })}
        catalog={catalog}
        pageModelIds={pageModelIds}
      />
      <div className="editor-actions">
        {tabId !== null && (
          <button type="button" onClick={() => void quoteSelection()}>
            Quote selection
          </button>
        )}
        <span className="spacer" />
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" aria-busy={saving} disabled={saving}>
          Save
        </button>
      </div>
      {message && (
        <p
          className={message.error ? 'editor-message is-error' : 'editor-message'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.includes('no handler answered')
    ? 'the extension’s background did not answer. Try again in a moment.'
    : text;
}
