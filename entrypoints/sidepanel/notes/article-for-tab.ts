/**
 * Which article a tab shows, for filing notes under one key. The page's
 * content script knows best (canonical links, citation meta tags); a page
 * without one (a PDF in the browser's viewer, a site the extension may not
 * read) is keyed from its address, which for arXiv is as good.
 */
import { browser } from 'wxt/browser';
import { parseArxivUrl } from '@/lib/articles/arxiv-id';
import { canonicalArticleKey } from '@/lib/articles/canonical-key';
import { siteOf } from '@/lib/articles/same-site';
import { sendMessage, sendToTab } from '@/lib/messages';
import type { ArticleInput } from '@/lib/notes/db';
import type { ArticleIdentity } from '@/lib/notes/protocol';
import { cleanTitle } from '../page-identity';

/** True for addresses an article can be keyed by. */
export function isArticleUrl(url: string): boolean {
  return url.startsWith('https://') || url.startsWith('http://');
}

/** The article from an address alone, or null for non-web pages. */
export function articleFromUrl(url: string, title: string): ArticleInput | null {
  if (!isArticleUrl(url)) return null;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const arxivId = parseArxivUrl(url)?.id ?? null;
  return {
    key: canonicalArticleKey(url),
    url,
    title: cleanTitle(title),
    site: arxivId ? 'arXiv.org' : siteOf(host),
    arxivId,
  };
}

/** The page's own identity (cheap: no Readability), or null when no content script answers. */
export async function askIdentity(tabId: number): Promise<ArticleIdentity | null> {
  try {
    const identity = await sendToTab(tabId, 'getArticleIdentity', null);
    return identity && identity.key ? identity : null;
  } catch {
    return null;
  }
}

/**
 * Everything known about the article in `tabId`, for saving a note: the
 * background's details (title, authors, date), else the page's identity, else
 * the tab's address (or `fallback`, the address the panel was given).
 */
export async function articleForTab(
  tabId: number,
  fallback: { url: string; title: string },
): Promise<ArticleInput> {
  const details = await sendMessage('getArticleDetails', { tabId }).catch(() => null);
  if (details?.key) return details;
  const identity = await askIdentity(tabId);
  if (identity) return { key: identity.key, url: identity.url, title: identity.title };
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const fromTab = articleFromUrl(tab?.url ?? '', tab?.title ?? '');
  const article = fromTab ?? articleFromUrl(fallback.url, fallback.title);
  if (!article) throw new Error('this page has no web address to file the note under.');
  if (!article.title && fallback.title) article.title = fallback.title;
  return article;
}
