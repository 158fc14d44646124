/**
 * Import a JSON export. The background checks the whole file first and
 * writes it in one transaction, so a bad file changes nothing; its error
 * names the exact place (`notes[3].updated: expected a number`).
 */
import { useId, useState, type ChangeEvent } from 'react';
import { sendMessage } from '@/lib/messages';
import type { ImportSummary } from '@/lib/notes/import';
import './notes.css';

/** Files larger than this are refused before reading (the importer's own limits are per field). */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function NotesImportInput({ label = 'Import notes (JSON)' }: { label?: string }) {
  const id = useId();
  const [status, setStatus] = useState<{ text: string; detail?: string; error: boolean } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus(null);
    try {
      if (file.size > MAX_FILE_BYTES) throw new Error(`file: ${file.name} is larger than 200 MB`);
      const answer = await sendMessage('importNotes', { text: await file.text() });
      if (answer.ok) setStatus({ ...summaryText(answer.summary), error: false });
      else setStatus({ text: `Nothing was imported. ${answer.error}`, error: true });
    } catch (error) {
      setStatus({
        text: `Nothing was imported. ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    } finally {
      setBusy(false);
      // The same file can be chosen again (after fixing it).
      input.value = '';
    }
  };

  return (
    <div className="notes-import">
      <label htmlFor={id} className="file-label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(e) => void onChange(e)}
      />
      <div role="status" className={status?.error ? 'notes-status is-error' : 'notes-status'}>
        {status && (
          <>
            <span>{status.text}</span>
            {status.detail && <span className="muted"> {status.detail}</span>}
          </>
        )}
      </div>
    </div>
  );
}

function summaryText(s: ImportSummary): { text: string; detail: string } {
  return {
    text: `Imported: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged.`,
    detail: `Articles: ${s.articles.added} added, ${s.articles.updated} updated, ${s.articles.unchanged} unchanged.`,
  };
}
