/**
 * What an article is: title, authors, site, date, identifiers. Scholarly
 * `citation_*` tags are trusted first (publishers and arXiv write them for
 * Google Scholar, and they are exact), then OpenGraph and other meta tags,
 * then Readability's guesses from the page body.
 *
 * Cost: reading meta tags is cheap, but Readability clones and scores the
 * whole document (tens of milliseconds on a long page). Call this on demand —
 * when the user opens the notes panel or saves a note — never on every page
 * load. Readability only runs when the meta tags left something unknown.
 */
import { Readability } from '@mozilla/readability';
import { arxivMonth, parseArxivId, parseArxivUrl } from './arxiv-id';
import { canonicalArticleKey } from './canonical-key';
import { arxivIdFromDoi, doiFromUrl, normalizeDoi } from './doi';
import { normalizePartialDate } from './partial-date';

/** Everything the notes feature needs to know about the article in a tab. */
export interface ArticleMetadata {
  /** `canonicalArticleKey` of the page. */
  key: string;
  title: string | null;
  /** Display form of the authors ("Andreas Blattmann, Tim Dockhorn et al."). */
  byline: string | null;
  /** Authors as the page lists them (`citation_author` keeps "Last, First"). */
  authors: string[];
  site: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM`, or null. */
  published: string | null;
  excerpt: string | null;
  arxivId: string | null;
  /** Lower-cased bare DOI. */
  doi: string | null;
  pdfUrl: string | null;
}

type ReadabilityResult = ReturnType<Readability['parse']>;

const EXCERPT_MAX = 600;
// Readability gives up (throws) above this many elements; such pages are
// not articles, and scoring them would stall the tab.
const READABILITY_MAX_ELEMENTS = 30_000;
const BYLINE_MAX_AUTHORS = 3;

/** Reads the article's metadata from a document, leaving `doc` untouched. Costly: call on demand, never on every page load. */
export function readArticleMetadata(doc: Document, url: string): ArticleMetadata {
  const meta = collectMeta(doc);
  const first = (...names: string[]): string | null => {
    for (const n of names) {
      const v = meta.get(n)?.[0];
      if (v) return v;
    }
    return null;
  };

  const doiText =
    first('citation_doi', 'prism.doi', 'bepress_citation_doi', 'dc.identifier.doi') ??
    (meta.get('dc.identifier') ?? []).find((v) =>
      /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?10\./i.test(v),
    ) ??
    null;
  const doi = (doiText ? normalizeDoi(doiText) : null) ?? doiFromUrl(url);
  const arxivText = first('citation_arxiv_id');
  const arxivId =
    (arxivText ? parseArxivId(arxivText)?.id : undefined) ??
    parseArxivUrl(url)?.id ??
    (doi ? arxivIdFromDoi(doi) : null) ??
    null;

  const authors = meta.get('citation_author') ?? meta.get('dc.creator') ?? [];
  let title = first('citation_title', 'og:title', 'dc.title', 'twitter:title');
  let byline =
    authors.length > 0
      ? bylineOf(authors)
      : metaByline(first('author', 'article:author', 'parsely-author'));
  let site = first('og:site_name', 'application-name');
  let published = firstDate(
    first('citation_publication_date'),
    first('citation_date'),
    first('citation_online_date'),
    first('dc.date', 'dc.date.issued', 'dcterms.issued'),
    first('article:published_time', 'og:published_time', 'published_time', 'date', 'pubdate'),
    attr(doc.querySelector('[itemprop="datePublished"]'), 'content', 'datetime'),
  );
  let excerpt = first(
    'citation_abstract',
    'og:description',
    'description',
    'dc.description',
    'twitter:description',
  );

  if (!title || !byline || !site || !published || !excerpt) {
    const r = runReadability(doc);
    title ??= clean(r?.title);
    byline ??= clean(r?.byline);
    site ??= clean(r?.siteName);
    published ??= normalizePartialDate(r?.publishedTime);
    excerpt ??= clean(r?.excerpt);
  }
  published ??= firstDate(...pageTimes(doc)) ?? (arxivId ? arxivMonth(arxivId) : null);
  title ??= clean(doc.title);
  site ??= hostLabel(url);

  const canonical = attr(doc.querySelector('link[rel~="canonical"]'), 'href') ?? undefined;
  const pdfText = first('citation_pdf_url');
  return {
    key: canonicalArticleKey(url, {
      canonical,
      doi: doi ?? undefined,
      arxivId: arxivId ?? undefined,
    }),
    title: clean(title),
    byline,
    authors: authors.map((a) => a.trim()).filter((a) => a !== ''),
    site: clean(site),
    published,
    excerpt: excerpt ? shorten(clean(excerpt) ?? '', EXCERPT_MAX) : null,
    arxivId,
    doi,
    pdfUrl: pdfText ? absolute(pdfText, url) : null,
  };
}

/** All meta tags by lower-cased `name`/`property`, values in document order. */
function collectMeta(doc: Document): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const name = (
      el.getAttribute('name') ??
      el.getAttribute('property') ??
      el.getAttribute('itemprop')
    )
      ?.trim()
      .toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (!name || !content) continue;
    const list = out.get(name);
    if (list) list.push(content);
    else out.set(name, [content]);
  }
  return out;
}

function runReadability(doc: Document): ReadabilityResult {
  try {
    // Readability rewrites the DOM it is given; the page must stay as it is.
    const copy = doc.cloneNode(true) as Document;
    return new Readability(copy, { maxElemsToParse: READABILITY_MAX_ELEMENTS }).parse();
  } catch {
    return null;
  }
}

/** `<time datetime>` values, the most specific first. */
function pageTimes(doc: Document): (string | null)[] {
  return [
    attr(doc.querySelector('time[pubdate]'), 'datetime'),
    attr(doc.querySelector('article time[datetime]'), 'datetime'),
    attr(doc.querySelector('time[datetime]'), 'datetime'),
  ];
}

function firstDate(...candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const d = normalizePartialDate(c);
    if (d) return d;
  }
  return null;
}

/** "Blattmann, Andreas" → "Andreas Blattmann"; several authors joined, long lists cut with "et al.". */
function bylineOf(authors: string[]): string {
  const names = authors.map(displayName).filter((n) => n !== '');
  if (names.length <= BYLINE_MAX_AUTHORS + 1) return names.join(', ');
  return `${names.slice(0, BYLINE_MAX_AUTHORS).join(', ')} et al.`;
}

function displayName(author: string): string {
  const parts = author.split(',').map((p) => p.trim());
  // Only the exact "Last, First" shape is flipped; "Smith, Jr., John" and
  // organisation names with commas are left as written.
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : author.trim();
}

function metaByline(text: string | null): string | null {
  // `article:author` is often a profile URL, which is not a name.
  if (!text || /^https?:\/\//i.test(text)) return null;
  return clean(text);
}

function attr(el: Element | null, ...names: string[]): string | null {
  if (!el) return null;
  for (const n of names) {
    const v = el.getAttribute(n)?.trim();
    if (v) return v;
  }
  return null;
}

function clean(text: string | null | undefined): string | null {
  const s = text?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

function hostLabel(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
