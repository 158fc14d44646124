/**
 * One key per article, so a note taken on `arxiv.org/pdf/2311.15127v2` shows up
 * again on `huggingface.co/papers/2311.15127`. Papers are keyed by identity
 * (arXiv ID, then DOI); everything else by a cleaned URL. Pure string work, no
 * DOM and no I/O, so it is cheap enough to run for every tab.
 */
import { parseArxivId, parseArxivUrl } from './arxiv-id';
import { arxivIdFromDoi, doiFromUrl, normalizeDoi } from './doi';
import { sameSite } from './same-site';

/** What a page says about itself, when its metadata has been read. */
export interface PageIdentityHints {
  /** `href` of `link[rel=canonical]`, absolute or relative to the page URL. */
  canonical?: string;
  /** `citation_doi` or a similar meta tag. */
  doi?: string;
  /** `citation_arxiv_id`. */
  arxivId?: string;
}

// Parameters that identify a campaign or a click, never the content. Generic
// names like `ref` and `si` are listed because the big sites use them only to
// track shares; `source`, `feature` and `sa` are not, as some sites route on
// them, and dropping a real parameter would merge two different pages.
// prettier-ignore
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'igsh', 'mc_cid', 'mc_eid', 'ref', 'ref_src', 'ref_url', 'referrer', 'si',
  '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'wickedid',
  'rb_clickid', 's_cid', 'ncid', 'sr_share', 'spm', 'cmpid', 'trk', 'trkcampaign', 'share_source',
  'share_medium', 'smid', 'smtyp', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'at_medium',
  'at_campaign', 'xtor',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'matomo_', 'stm_'];

/** The article key: `arxiv:<id>`, `doi:<lower-cased doi>` or `url:<cleaned url>`. */
export function canonicalArticleKey(url: string, meta?: PageIdentityHints): string {
  const page = parseHttpUrl(url);
  const canonical = page && meta?.canonical ? trustedCanonical(page, meta.canonical) : null;

  const arxiv =
    parseArxivUrl(url)?.id ??
    (meta?.arxivId ? parseArxivId(meta.arxivId)?.id : undefined) ??
    (canonical ? parseArxivUrl(canonical.href)?.id : undefined);
  if (arxiv) return `arxiv:${arxiv}`;

  const doi =
    (meta?.doi ? normalizeDoi(meta.doi) : null) ??
    doiFromUrl(url) ??
    (page ? doiFromPublisherPath(page) : null) ??
    (canonical ? doiFromUrl(canonical.href) : null);
  if (doi) {
    // arXiv mints DOIs for its preprints; they are the same paper as the ID.
    const viaDoi = arxivIdFromDoi(doi);
    return viaDoi ? `arxiv:${viaDoi}` : `doi:${doi}`;
  }

  if (!page) return `url:${url.trim().split('#')[0]}`;
  return `url:${normalizeUrl(canonical ?? page)}`;
}

/** The URL with fragment, credentials and tracking parameters removed, query sorted, no trailing slash. */
export function normalizeUrl(u: URL): string {
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href.split('#')[0]!;
  // `URL` already lower-cases the host and drops default ports.
  let path = u.pathname.replace(/%[0-9a-f]{2}/g, (m) => m.toUpperCase());
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  const query = cleanQuery(u.searchParams);
  return `${u.protocol}//${u.host}${path}${query ? `?${query}` : ''}`;
}

/** True for query parameter names that only track clicks or campaigns. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

function cleanQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const [name, value] of params) if (!isTrackingParam(name)) kept.append(name, value);
  // Stable sort by name: repeated names keep their order, which can matter.
  kept.sort();
  return kept.toString();
}

/**
 * The canonical link when it can be trusted: a valid http(s) URL on the same
 * site. A canonical pointing at the site's home page from a deeper page is a
 * common CMS template mistake and would merge every article into one.
 */
function trustedCanonical(page: URL, href: string): URL | null {
  let c: URL;
  try {
    c = new URL(href.trim(), page);
  } catch {
    return null;
  }
  if (c.protocol !== 'http:' && c.protocol !== 'https:') return null;
  if (!sameSite(c.hostname, page.hostname)) return null;
  if ((c.pathname === '/' || c.pathname === '') && page.pathname !== '/' && !c.search) return null;
  return c;
}

// Publisher paths like dl.acm.org/doi/10.1145/… or /doi/full/10.1002/….
const PUBLISHER_DOI_PATH =
  /^\/doi\/(?:(?:abs|full|pdf|epdf|pdfdirect|reader|book)\/)?(10\.\d{4,9}\/.+)$/i;

function doiFromPublisherPath(u: URL): string | null {
  const m = PUBLISHER_DOI_PATH.exec(u.pathname);
  return m ? normalizeDoi(m[1]!) : null;
}

function parseHttpUrl(url: string): URL | null {
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}
