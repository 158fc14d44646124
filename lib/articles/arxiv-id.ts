/**
 * arXiv identifiers from the many URLs a paper is read at (arxiv.org and its
 * mirrors, ar5iv, alphaXiv, Hugging Face papers) and from bare IDs. Parsing is
 * strict about the ID's shape (month 01–12, 4 digits before 2015, 5 after)
 * because a loose match would file notes under a paper that does not exist.
 */

/** An arXiv ID without its version, and the version when the URL named one. */
export interface ArxivRef {
  /** `2311.15127` or, for pre-2007 papers, `hep-th/9901001`. */
  id: string;
  /** `2` for `…v2`; null when the URL points at "the latest version". */
  version: number | null;
}

// Hosts mapped to the first path segments that carry an ID there. Anything
// else on these hosts (listings, search, author pages) is not one paper.
const ARXIV_PATHS = ['abs', 'pdf', 'html', 'format', 'ps', 'src', 'e-print', 'tex', 'cits'];
const HOST_PATHS: Record<string, readonly string[]> = {
  'arxiv.org': ARXIV_PATHS,
  'export.arxiv.org': ARXIV_PATHS,
  'browse.arxiv.org': ARXIV_PATHS,
  'ar5iv.labs.arxiv.org': ['html', 'abs', 'pdf'],
  'ar5iv.org': ['html', 'abs', 'pdf'],
  'alphaxiv.org': ['abs', 'overview', 'pdf'],
  'huggingface.co': ['papers'],
};

const NEW_ID = /^(\d{2})(\d{2})\.(\d{4,5})(?:v(\d+))?$/;
// Archive names are lower-case words joined by '-' (hep-th, cond-mat, cs);
// `math.GT` style subject classes appear in some links and are dropped, as
// arXiv itself redirects `math.GT/0309136` to `math/0309136`.
const OLD_ID = /^([a-z]+(?:-[a-z]+)*)(?:\.[A-Za-z]{2})?\/(\d{2})(\d{2})(\d{3})(?:v(\d+))?$/;

/** Parses a bare ID: `2311.15127`, `2311.15127v2`, `arXiv:2311.15127`, `hep-th/9901001v1`. */
export function parseArxivId(text: string): ArxivRef | null {
  let s = text.trim();
  if (/^arxiv:/i.test(s)) s = s.slice(6).trim();
  const newMatch = NEW_ID.exec(s);
  if (newMatch) {
    const [, yy, mm, num, v] = newMatch;
    if (!validNewId(Number(yy), Number(mm), num!.length)) return null;
    return { id: `${yy}${mm}.${num}`, version: parseVersion(v) };
  }
  const oldMatch = OLD_ID.exec(s);
  if (oldMatch) {
    const [, archive, yy, mm, num, v] = oldMatch;
    if (!validOldId(Number(yy), Number(mm))) return null;
    return { id: `${archive}/${yy}${mm}${num}`, version: parseVersion(v) };
  }
  return null;
}

/** Finds the arXiv ID in any arXiv-family URL (scheme optional); null for other URLs. */
export function parseArxivUrl(url: string): ArxivRef | null {
  const parsed = parseLooseUrl(url);
  if (!parsed) return null;
  let host = parsed.hostname.toLowerCase();
  if (host.startsWith('www.')) host = host.slice(4);
  const prefixes = HOST_PATHS[host];
  if (!prefixes) return null;

  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    path = parsed.pathname;
  }
  const segments = path.split('/').filter((s) => s !== '');
  const first = segments[0];
  if (first === undefined || !prefixes.includes(first)) return null;
  const a = stripPdfSuffix(segments[1] ?? '');
  const fromOne = parseArxivId(a);
  if (fromOne) return fromOne;
  // Old-style IDs span two segments: /abs/hep-th/9901001v1.
  if (segments[2] === undefined) return null;
  return parseArxivId(`${a}/${stripPdfSuffix(segments[2])}`);
}

/** Parses a URL or a bare ID, whichever the text is. */
export function parseArxiv(text: string): ArxivRef | null {
  return parseArxivId(text) ?? parseArxivUrl(text);
}

/** Month a paper was first submitted, `YYYY-MM`, read from its ID; null when the ID is not valid. */
export function arxivMonth(id: string): string | null {
  const ref = parseArxivId(id);
  if (!ref) return null;
  const slash = ref.id.indexOf('/');
  const digits = slash === -1 ? ref.id : ref.id.slice(slash + 1);
  const yy = Number(digits.slice(0, 2));
  // Old-style IDs ran from 1991 to 2007; new-style ones start in 2007.
  const year = slash !== -1 && yy >= 91 ? 1900 + yy : 2000 + yy;
  return `${year}-${digits.slice(2, 4)}`;
}

function validNewId(yy: number, mm: number, digits: number): boolean {
  if (mm < 1 || mm > 12) return false;
  const yymm = yy * 100 + mm;
  if (yymm < 704) return false; // the new scheme started in April 2007
  return digits === (yymm >= 1501 ? 5 : 4);
}

function validOldId(yy: number, mm: number): boolean {
  if (mm < 1 || mm > 12) return false;
  const yymm = (yy >= 91 ? 1900 + yy : 2000 + yy) * 100 + mm;
  return yymm >= 199108 && yymm <= 200703;
}

function parseVersion(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number(v);
  return n >= 1 ? n : null;
}

function stripPdfSuffix(segment: string): string {
  return segment.toLowerCase().endsWith('.pdf') ? segment.slice(0, -4) : segment;
}

/** `new URL` that also accepts `arxiv.org/abs/…` without a scheme. */
function parseLooseUrl(url: string): URL | null {
  const s = url.trim();
  if (s === '') return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`);
  } catch {
    return null;
  }
}
