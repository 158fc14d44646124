/**
 * The way back from an article key to a page: used when a note's article
 * record is missing, and for stable links in exports.
 */

/** A URL that opens the article an `arxiv:` / `doi:` / `url:` key names; null for unknown kinds. */
export function urlOfArticleKey(key: string): string | null {
  if (key.startsWith('arxiv:')) return `https://arxiv.org/abs/${key.slice(6)}`;
  // DOIs may contain characters that are special in URLs ('#', '?', '%').
  if (key.startsWith('doi:'))
    return `https://doi.org/${encodeURI(key.slice(4)).replace(/[#?]/g, encodeURIComponent)}`;
  if (key.startsWith('url:')) return key.slice(4);
  return null;
}
