/**
 * A note's quoted passage, with whether the page still has it. Clicking the
 * passage scrolls the page to it when the note belongs to the page shown.
 */
import { useState } from 'react';
import type { NoteAnchor } from '@/lib/notes/protocol';
import type { TextQuote } from '@/lib/notes/types';
import './notes.css';

export interface NoteQuoteProps {
  quote: TextQuote;
  /** What the page reported for this note; undefined when it has not (yet). */
  anchor?: NoteAnchor;
  /** Scrolls the page to the passage; resolves whether it was found. Absent off the note's page. */
  onShow?: () => Promise<boolean>;
}

type ShowResult = 'missing' | 'unreachable' | null;

const QUOTE_MAX = 600;

export function NoteQuote({ quote, anchor, onShow }: NoteQuoteProps) {
  const [result, setResult] = useState<ShowResult>(null);
  const text =
    quote.exact.length > QUOTE_MAX ? `${quote.exact.slice(0, QUOTE_MAX - 1)}…` : quote.exact;
  const state = result === 'missing' ? 'missing' : anchorState(anchor);

  const show = async () => {
    if (!onShow) return;
    try {
      setResult((await onShow()) ? null : 'missing');
    } catch {
      setResult('unreachable');
    }
  };

  return (
    <div className="quote-wrap">
      <blockquote className="note-quote">
        {onShow && state !== 'missing' ? (
          <button
            type="button"
            className="quote-button"
            title="Scroll the page to this passage"
            onClick={() => void show()}
          >
            {text}
          </button>
        ) : (
          <p>{text}</p>
        )}
      </blockquote>
      {state && <p className={`anchor-state ${state}`}>{STATE_TEXT[state]}</p>}
      {result === 'unreachable' && (
        <p className="anchor-state missing" role="status">
          The page is not answering; reload it to find the passage.
        </p>
      )}
    </div>
  );
}

type AnchorState = 'exact' | 'approximate' | 'missing';

const STATE_TEXT: Record<AnchorState, string> = {
  exact: 'found on this page',
  approximate: 'found approximately',
  missing: 'passage not found on this page',
};

function anchorState(anchor: NoteAnchor | undefined): AnchorState | null {
  if (!anchor) return null;
  if (!anchor.found) return 'missing';
  return anchor.exact ? 'exact' : 'approximate';
}
