/**
 * The notes part of a panel view; the view around it gives the heading. In
 * the page view (an article address, or no model) it shows the bound tab's
 * article's notes; in a model view (a model and no address) that model's
 * notes across every article.
 */
import '@/components/notes/notes.css';
import { useBoundTab } from '../use-bound-tab';
import { ArticleNotes } from './ArticleNotes';
import { ModelNotes } from './ModelNotes';

export interface NotesViewProps {
  /** The page's address as the panel knows it ('' in the model view). */
  articleUrl: string;
  articleTitle: string;
  /**
   * The model view's model. In the page view a model here only means "a card's
   * Add note asked for this model": a new note starts tagged with it.
   */
  modelId: string | null;
  /** Level of the per-article headings in the model view (4 by default, under the view's h3). */
  groupHeadingLevel?: 3 | 4 | 5;
}

export function NotesView({
  articleUrl,
  articleTitle,
  modelId,
  groupHeadingLevel = 4,
}: NotesViewProps) {
  const tab = useBoundTab();
  if (modelId !== null && articleUrl === '') {
    return <ModelNotes modelId={modelId} tab={tab ?? null} groupHeadingLevel={groupHeadingLevel} />;
  }
  if (tab === undefined) return null;
  if (tab === null) return <p className="notes-summary">Open a page to see and add its notes.</p>;
  return (
    <ArticleNotes
      key={tab.id}
      tab={tab}
      articleUrl={articleUrl}
      articleTitle={articleTitle}
      seedModelId={modelId}
    />
  );
}
