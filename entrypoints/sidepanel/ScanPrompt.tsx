/**
 * Shown while the page has no report: at first a short wait (a page that just
 * loaded reports itself), then an offer to scan it, and what to do when the
 * browser does not let the extension read the site.
 */
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messages';
import type { PageIdentity } from './page-identity';
import { useGrace } from './use-grace';

type Attempt = 'idle' | 'scanning' | 'refused';

export function ScanPrompt({ tabId, identity }: { tabId: number; identity: PageIdentity }) {
  const waiting = useGrace(`${tabId} ${identity.url}`, 2500);
  const [attempt, setAttempt] = useState<{ url: string; state: Attempt }>({
    url: '',
    state: 'idle',
  });
  const state = attempt.url === identity.url ? attempt.state : 'idle';

  if (identity.isPdf && identity.arxivId) {
    const html = `https://arxiv.org/html/${identity.arxivId}`;
    const abs = `https://arxiv.org/abs/${identity.arxivId}`;
    return (
      <div className="notice">
        <p>The browser shows this PDF in its own viewer, where the atlas cannot read the text.</p>
        <p>
          Open the{' '}
          <a href={html} target="_blank" rel="noreferrer">
            HTML version
          </a>{' '}
          or the{' '}
          <a href={abs} target="_blank" rel="noreferrer">
            abstract page
          </a>{' '}
          to see the models it mentions.
        </p>
      </div>
    );
  }
  if (waiting && state === 'idle') {
    return (
      <p role="status" className="loading">
        Reading this page…
      </p>
    );
  }

  const scan = async () => {
    setAttempt({ url: identity.url, state: 'scanning' });
    const answer = await sendMessage('scanTab', { tabId }).catch(() => ({ ok: false }));
    setAttempt({ url: identity.url, state: answer.ok ? 'scanning' : 'refused' });
  };

  return (
    <div className="notice">
      <p>This page has not been scanned.</p>
      <p>
        <button
          type="button"
          className="primary"
          onClick={() => void scan()}
          disabled={state === 'scanning'}
        >
          {state === 'scanning' ? 'Scanning…' : 'Scan this page'}
        </button>
      </p>
      {state === 'refused' && (
        <p role="alert">
          The browser did not let the atlas read this site. Click the atlas button in the toolbar to
          scan it once, or allow the site on the{' '}
          <button
            type="button"
            className="text-link"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            options page
          </button>
          .
        </p>
      )}
    </div>
  );
}
