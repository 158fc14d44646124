/** Copies a model's BibTeX to the clipboard and says whether it worked. */
import { useState } from 'react';

export function CopyBibtex({ bibtex, name }: { bibtex: string; name: string }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(bibtex);
      setStatus({ ok: true, text: `BibTeX for ${name} copied.` });
    } catch {
      setStatus({
        ok: false,
        text: 'The browser refused the clipboard. Select the BibTeX below and copy it.',
      });
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        Copy BibTeX
      </button>
      <span role="status" className={status?.ok === false ? 'status-error' : 'status-ok'}>
        {status?.text ?? ''}
      </span>
      {status?.ok === false && <pre className="bibtex">{bibtex}</pre>}
    </>
  );
}
