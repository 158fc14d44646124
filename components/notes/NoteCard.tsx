/**
 * One note in a list: its quote (and whether the page still has it), its
 * Markdown, its model tags, and Edit / Delete. Editing happens in place.
 */
import { useState } from 'react';
import { Markdown } from '../Markdown';
import type { NoteAnchor } from '@/lib/notes/protocol';
import type { NoteRecord } from '@/lib/notes/types';
import type { ModelCatalog } from './model-catalog';
import { ModelTags } from './ModelTags';
import { NoteEditor } from './NoteEditor';
import { NoteQuote } from './NoteQuote';
import { draftOf, saveEdit, type NoteDraft } from './note-writes';
import './notes.css';

export interface NoteCardProps {
  note: NoteRecord;
  catalog: ModelCatalog;
  pageModelIds: readonly string[];
  /** The bound tab when the note belongs to its page: quoting and scrolling use it. */
  tabId: number | null;
  anchor?: NoteAnchor;
  onShowQuote?: () => Promise<boolean>;
  /** Shown as a link above the note, in lists that span articles. */
  article?: { title: string; url: string };
  onDelete(note: NoteRecord): void;
}

export function NoteCard(props: NoteCardProps) {
  const { note, catalog, pageModelIds, tabId, anchor, onShowQuote, article, onDelete } = props;
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const when = dateText(note);

  if (draft) {
    return (
      <li className="note-card editing">
        <NoteEditor
          label="Edit note"
          draft={draft}
          onDraftChange={setDraft}
          onSave={async (d) => {
            await saveEdit(note, d);
            setDraft(null);
          }}
          onCancel={() => setDraft(null)}
          catalog={catalog}
          pageModelIds={pageModelIds}
          tabId={tabId}
          focusKey={focusKey}
        />
      </li>
    );
  }

  return (
    <li className="note-card">
      {article && (
        <p className="note-article">
          {article.url ? (
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              {article.title}
            </a>
          ) : (
            article.title
          )}
        </p>
      )}
      {note.quote && <NoteQuote quote={note.quote} anchor={anchor} onShow={onShowQuote} />}
      {note.body.trim() !== '' && <Markdown source={note.body} className="markdown note-body" />}
      <ModelTags ids={note.models} catalog={catalog} />
      <div className="note-footer">
        <time dateTime={new Date(note.updated).toISOString()} title={when.full}>
          {when.short}
        </time>
        <span className="spacer" />
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setDraft(draftOf(note));
            setFocusKey((k) => k + 1);
          }}
        >
          Edit
        </button>
        <button type="button" className="link-button danger" onClick={() => onDelete(note)}>
          Delete
        </button>
      </div>
    </li>
  );
}

function dateText(note: NoteRecord): { short: string; full: string } {
  const created = new Date(note.created);
  const updated = new Date(note.updated);
  const day = (d: Date) =>
    d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  const full = `Written ${created.toLocaleString()}${note.updated > note.created + 1000 ? ` · edited ${updated.toLocaleString()}` : ''}`;
  return {
    short:
      note.updated > note.created + 1000
        ? `${day(created)} · edited ${day(updated)}`
        : day(created),
    full,
  };
}
