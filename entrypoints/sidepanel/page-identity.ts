/**
 * What the page in the bound tab is: a known model's paper on arXiv, another
 * arXiv paper, or some other page with a title and a site. Read from the
 * tab's address, or from the address the content script reported when the
 * browser hides the tab's (sites without host access).
 */
import { arxivMonth, parseArxivUrl } from '@/lib/articles/arxiv-id';
import type { KnowledgeBase, Model } from '@/lib/kb/types';

export interface PageIdentity {
  url: string;
  title: string;
  /** Host name without `www.`; empty for pages without one. */
  site: string;
  arxivId: string | null;
  /** The model this paper introduces, when the KB knows the paper. */
  model: Model | null;
  /** `YYYY-MM` from the arXiv ID, or null. */
  month: string | null;
  /** True for a PDF, where no content script runs. */
  isPdf: boolean;
}

function siteOf(url: string): string {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.startsWith('www.') ? host.slice(4) : host;
  } catch {
    return '';
  }
}

function isPdfUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.pathname.toLowerCase().endsWith('.pdf') || /^\/pdf\//.test(u.pathname);
  } catch {
    return false;
  }
}

/** The known model whose paper has this arXiv ID. */
export function modelOfPaper(kb: KnowledgeBase, arxivId: string): Model | null {
  return kb.models.find((m) => m.arxiv === arxivId) ?? null;
}

/** Identifies a page from the first non-empty of `urls` (tab address, then reported address). */
export function identifyPage(
  urls: readonly string[],
  title: string,
  kb: KnowledgeBase,
): PageIdentity {
  const url = urls.find((u) => u !== '') ?? '';
  const ref = urls.map((u) => parseArxivUrl(u)).find((r) => r !== null) ?? null;
  const arxivId = ref?.id ?? null;
  return {
    url,
    title,
    site: siteOf(url),
    arxivId,
    model: arxivId === null ? null : modelOfPaper(kb, arxivId),
    month: arxivId === null ? null : arxivMonth(arxivId),
    isPdf: isPdfUrl(url),
  };
}

/** The page title without arXiv's `[2311.15127] ` prefix. */
export function cleanTitle(title: string): string {
  return title.replace(/^\[[^\]]{4,30}\]\s*/, '').trim();
}
