/**
 * DOI normalisation. DOIs are case-insensitive by definition, so the lower-cased
 * form is the one identity; resolver prefixes (`https://doi.org/`, `doi:`) and
 * percent-escapes are removed so every way of writing one DOI compares equal.
 */
import { parseArxivId } from './arxiv-id';

const DOI_SHAPE = /^10\.\d{4,9}\/\S+$/;
const RESOLVER = /^(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\//i;
const DOI_HOSTS = new Set(['doi.org', 'dx.doi.org', 'www.doi.org']);

/** Lower-cased bare DOI (`10.1109/cvpr.2023.00123`) from any common spelling, or null. */
export function normalizeDoi(text: string): string | null {
  let s = text.trim().replace(RESOLVER, '');
  if (/^doi:\s*/i.test(s)) s = s.replace(/^doi:\s*/i, '');
  if (s.includes('%')) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // A stray '%' is legal in a DOI; keep the text as written.
    }
  }
  s = s.toLowerCase();
  return DOI_SHAPE.test(s) ? s : null;
}

/** The DOI a doi.org / dx.doi.org URL resolves, or null for any other URL. */
export function doiFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!DOI_HOSTS.has(parsed.hostname.toLowerCase())) return null;
  return normalizeDoi(parsed.pathname.slice(1));
}

/** arXiv ID behind an arXiv-issued DOI (`10.48550/arXiv.2311.15127`), else null. */
export function arxivIdFromDoi(doi: string): string | null {
  const prefix = '10.48550/arxiv.';
  if (!doi.toLowerCase().startsWith(prefix)) return null;
  return parseArxivId(doi.slice(prefix.length))?.id ?? null;
}
