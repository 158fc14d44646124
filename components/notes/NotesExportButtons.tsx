/**
 * Export every note as Markdown, JSON (the lossless backup) or BibTeX (the
 * papers among the articles). Reads the user database directly, in one
 * snapshot per file, and downloads the text.
 */
import { useState } from 'react';
import { userDb } from '@/lib/notes/db';
import { exportBibtex, exportJson, exportMarkdown, type ModelLookup } from '@/lib/notes/export';
import { downloadText, exportFileName } from './download';
import './notes.css';

type Format = 'markdown' | 'json' | 'bibtex';

const FORMATS: { format: Format; label: string; extension: string; type: string }[] = [
  {
    format: 'markdown',
    label: 'Export Markdown',
    extension: 'md',
    type: 'text/markdown;charset=utf-8',
  },
  { format: 'json', label: 'Export JSON', extension: 'json', type: 'application/json' },
  {
    format: 'bibtex',
    label: 'Export BibTeX',
    extension: 'bib',
    type: 'application/x-bibtex;charset=utf-8',
  },
];

export function NotesExportButtons({ lookup }: { lookup: ModelLookup }) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (format: Format, extension: string, type: string) => {
    try {
      const db = userDb();
      const notes = await db.notes.count();
      const text =
        format === 'markdown'
          ? await exportMarkdown(db, lookup)
          : format === 'json'
            ? await exportJson(db)
            : await exportBibtex(db);
      if (format === 'bibtex') {
        const entries = text.split('\n@').length - (text.startsWith('@') ? 0 : 1);
        if (entries === 0) {
          setStatus({
            text: 'No papers to export as BibTeX: BibTeX covers notes on arXiv and DOI pages.',
            error: false,
          });
          return;
        }
        downloadText(exportFileName(extension), text, type);
        setStatus({
          text: `Exported ${plural(entries, 'BibTeX entry', 'BibTeX entries')} (${size(text)}).`,
          error: false,
        });
        return;
      }
      downloadText(exportFileName(extension), text, type);
      setStatus({
        text: `Exported ${plural(notes, 'note', 'notes')} as ${format === 'json' ? 'JSON' : 'Markdown'} (${size(text)}).`,
        error: false,
      });
    } catch (error) {
      setStatus({
        text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    }
  };

  return (
    <div className="notes-export">
      <div className="button-row">
        {FORMATS.map(({ format, label, extension, type }) => (
          <button key={format} type="button" onClick={() => void run(format, extension, type)}>
            {label}
          </button>
        ))}
      </div>
      <p className={status?.error ? 'notes-status is-error' : 'notes-status'} role="status">
        {status?.text}
      </p>
    </div>
  );
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function size(text: string): string {
  return plural(text.length, 'character', 'characters');
}
