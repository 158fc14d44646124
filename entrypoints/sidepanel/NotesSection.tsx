/** The notes area of a view; brought into view when a card's "Add note" opened the panel. */
import { useEffect, useRef } from 'react';
import { NotesView } from './notes/NotesView';

export function NotesSection(p: {
  articleUrl: string;
  articleTitle: string;
  modelId: string | null;
  title: string;
  /** Changes when the user asked to add a note: scroll here and focus the heading. */
  focusKey?: number;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (p.focusKey === undefined) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [p.focusKey]);
  return (
    <section className="view-section notes-section" aria-labelledby="notes-heading">
      <h3 id="notes-heading" ref={heading} tabIndex={-1}>
        {p.title}
      </h3>
      <NotesView articleUrl={p.articleUrl} articleTitle={p.articleTitle} modelId={p.modelId} />
    </section>
  );
}
