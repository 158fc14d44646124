/** The notes for the panel's article (built by the notes feature). */
export function NotesView(_props: { articleUrl: string; articleTitle: string; modelId: string | null }) {
  return null;
}
