/** The page's article identity: cheap string work over the URL and a few tags, no Readability. */
import { canonicalArticleKey } from '@/lib/articles/canonical-key';
import type { ArticleIdentity } from '@/lib/notes/protocol';

function metaContent(name: string): string | undefined {
  return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.slice(0, 1000) ?? undefined;
}

export function articleIdentity(): ArticleIdentity {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const key = canonicalArticleKey(location.href, {
    canonical: canonical?.slice(0, 2000),
    doi: metaContent('citation_doi'),
    arxivId: metaContent('citation_arxiv_id'),
  });
  // Keys travel in messages with a 4096-character bound; a monstrous URL keeps its start.
  return { key: key.slice(0, 4000), url: location.href.slice(0, 4000), title: document.title.slice(0, 1000) };
}
