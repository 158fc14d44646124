/**
 * Every note the user has, newest first: search, filters by model, era and
 * site, a link to each note's article, and export / import.
 */
import '@/components/notes/notes.css';
import { useMemo, useState } from 'react';
import { liveQuery } from 'dexie';
import { NoteCard } from '@/components/notes/NoteCard';
import { NotesExportButtons } from '@/components/notes/NotesExportButtons';
import { NotesImportInput } from '@/components/notes/NotesImportInput';
import { UndoBar } from '@/components/notes/UndoBar';
import { useUndoDelete } from '@/components/notes/use-undo-delete';
import { allNotes, userDb } from '@/lib/notes/db';
import { useObservable } from '../use-observable';
import {
  buildRows,
  createNoteSearch,
  filterChoices,
  filterRows,
  NO_FILTERS,
  type NoteFilters,
} from './note-search';
import { NoteFiltersBar } from './NoteFiltersBar';
import { useCatalog } from './use-catalog';

async function readAll() {
  const db = userDb();
  return db.transaction('r', db.notes, db.articles, async () => ({
    notes: await allNotes(db),
    articles: await db.articles.toArray(),
  }));
}

export interface AllNotesViewProps {
  /** Show the view's own "All notes" heading (off when the view around it has one). */
  showHeading?: boolean;
  /** Level of that heading; the backup part's heading is one below. */
  headingLevel?: 2 | 3;
}

export function AllNotesView({ showHeading = true, headingLevel = 2 }: AllNotesViewProps) {
  const result = useObservable(useMemo(() => liveQuery(readAll), []));
  const catalog = useCatalog();
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  const undo = useUndoDelete();

  const rows = useMemo(
    () =>
      result.status === 'ready'
        ? buildRows(result.value.notes, result.value.articles, catalog)
        : [],
    [result, catalog],
  );
  const search = useMemo(() => createNoteSearch(rows), [rows]);
  const shown = useMemo(() => filterRows(search, filters), [search, filters]);
  const choices = useMemo(() => filterChoices(rows, catalog), [rows, catalog]);
  const lookup = useMemo(() => (id: string) => catalog.model(id), [catalog]);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const SubHeading = headingLevel === 3 ? 'h4' : 'h3';
  const filtered =
    filters.query.trim() !== '' ||
    filters.model !== '' ||
    filters.era !== '' ||
    filters.site !== '';

  return (
    <section className="notes-block all-notes" aria-label="All notes">
      {showHeading && <Heading className="all-notes-heading">All notes</Heading>}
      <p className="notes-summary" role="status">
        {result.status === 'loading'
          ? 'Loading notes…'
          : result.status === 'error'
            ? 'Your notes could not be read.'
            : rows.length === 0
              ? 'No notes yet. Add one from the page view while reading.'
              : filtered
                ? `Showing ${shown.length} of ${plural(rows.length)}.`
                : `${plural(rows.length)} on ${countArticles(rows.map((r) => r.note.articleKey))}.`}
      </p>
      {rows.length > 0 && (
        <NoteFiltersBar filters={filters} onChange={setFilters} choices={choices} />
      )}
      {undo.deleted && <UndoBar onUndo={() => void undo.undo()} onDismiss={undo.dismiss} />}
      {undo.error && (
        <p className="notes-status is-error" role="alert">
          {undo.error}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="note-list" aria-label="All notes">
          {shown.map((row) => (
            <NoteCard
              key={row.note.id}
              note={row.note}
              catalog={catalog}
              pageModelIds={[]}
              tabId={null}
              article={{ title: row.title, url: row.url }}
              onDelete={(n) => void undo.remove(n)}
            />
          ))}
        </ul>
      )}
      {filtered && rows.length > 0 && shown.length === 0 && (
        <p className="muted">No notes match.</p>
      )}
      <div className="notes-tools">
        <SubHeading>Export and import</SubHeading>
        <p className="muted">
          Your notes stay in this browser. Export them to keep a copy; JSON imports back.
        </p>
        <NotesExportButtons lookup={lookup} />
        <NotesImportInput />
      </div>
    </section>
  );
}

function plural(n: number): string {
  return n === 1 ? '1 note' : `${n} notes`;
}

function countArticles(keys: string[]): string {
  const n = new Set(keys).size;
  return n === 1 ? '1 article' : `${n} articles`;
}
