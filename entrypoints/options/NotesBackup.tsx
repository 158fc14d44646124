/**
 * Notes backup on the options page: export (Markdown, JSON, BibTeX), import a
 * JSON export, and delete every note after a confirmation step.
 */
import '@/components/notes/notes.css';
import { useMemo, useState } from 'react';
import { NotesExportButtons } from '@/components/notes/NotesExportButtons';
import { NotesImportInput } from '@/components/notes/NotesImportInput';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { sendMessage } from '@/lib/messages';
import { useNoteCounts } from '@/components/notes/use-note-counts';

export function NotesBackup() {
  const lookup = useMemo(() => {
    const models = new Map(BUNDLED_KB.models.map((m) => [m.id, m]));
    return (id: string) => models.get(id);
  }, []);
  const counts = useNoteCounts();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const deleteAll = async () => {
    try {
      const { deleted } = await sendMessage('clearAllNotes', { confirm: true });
      setStatus({
        text: `Deleted ${deleted === 1 ? '1 note' : `${deleted} notes`}.`,
        error: false,
      });
    } catch (error) {
      setStatus({
        text: `Nothing was deleted: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    }
    setConfirming(false);
  };

  return (
    <fieldset className="notes-backup">
      <legend>Notes</legend>
      <p className="hint">
        {counts === null
          ? 'Your notes stay in this browser.'
          : `${plural(counts.notes, 'note')} on ${plural(counts.articles, 'article')}, kept only in this browser.`}{' '}
        Export them to keep a copy: JSON is the full backup that imports back; Markdown reads well
        anywhere; BibTeX lists the papers.
      </p>
      <NotesExportButtons lookup={lookup} />
      <NotesImportInput />
      <div className="row">
        {confirming ? (
          <div className="confirm-delete" role="group" aria-label="Confirm deleting every note">
            <p className="confirm-text">
              This deletes{' '}
              {counts
                ? `${plural(counts.notes, 'note')} on ${plural(counts.articles, 'article')}`
                : 'every note'}{' '}
              from this browser. It cannot be undone; export a JSON backup first if you may want
              them back.
            </p>
            <div className="button-row">
              <button type="button" className="danger-button" onClick={() => void deleteAll()}>
                Yes, delete every note
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => {
              setStatus(null);
              setConfirming(true);
            }}
          >
            Delete all notes…
          </button>
        )}
      </div>
      <p className={status?.error ? 'notes-status is-error' : 'notes-status'} role="status">
        {status?.text}
      </p>
    </fieldset>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
