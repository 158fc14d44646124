/**
 * Character folding for matching. Every UTF-16 code unit folds to exactly one
 * code unit, so an offset in the folded text is the same offset in the page
 * text and a match can be mapped back without any bookkeeping. Results are
 * cached in two 64 Ki tables filled lazily: a page only pays for the
 * characters it actually contains.
 */

/** Folded value of characters the matcher skips (combining marks, invisible format characters). */
export const TRANSPARENT = 0xffff;
/** Folded value of every kind of whitespace. */
export const SPACE = 0x20;
/** Folded value of hyphens, dashes and minus signs. */
export const HYPHEN = 0x2d;
/** Folded value of middle dots and bullets ("DALL·E"), kept apart from '-' and ' '. */
export const MIDDLE_DOT = 0xb7;
/** Code of the block separator; it folds to itself (never to a space) so names never join across blocks. */
export const SEPARATOR_CODE = 0x2029;
/** The block separator the extractor writes between blocks (U+2029 PARAGRAPH SEPARATOR). */
export const BLOCK_SEPARATOR = '\u2029';

// 0 means "not computed yet"; no character folds to 0 (controls fold to a space).
const lowerTable = new Uint16Array(0x10000);
/** The lazily filled lowercase fold cache (0 = not computed: call foldCode); read directly by hot loops. */
export const FOLD_CACHE: Readonly<Uint16Array> = lowerTable;
const keepTable = new Uint16Array(0x10000);

// Latin letters whose canonical decomposition has no base letter.
// prettier-ignore
const NO_DECOMPOSITION: Record<number, number> = {
  0xd0: 0x44, 0xd8: 0x4f, 0xde: 0x54, 0xf0: 0x64, 0xf8: 0x6f, 0xfe: 0x74,
  0x110: 0x44, 0x111: 0x64, 0x126: 0x48, 0x127: 0x68, 0x131: 0x69,
  0x141: 0x4c, 0x142: 0x6c, 0x166: 0x54, 0x167: 0x74, 0x180: 0x62, 0x197: 0x49,
  0x1b5: 0x5a, 0x1b6: 0x7a, 0x1e4: 0x47, 0x1e5: 0x67, 0x23a: 0x41, 0x23b: 0x43,
  0x23c: 0x63, 0x246: 0x45, 0x247: 0x65, 0x249: 0x6a, 0x24c: 0x52, 0x24d: 0x72,
};

function isSpaceCode(c: number): boolean {
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfffe
  );
}

/** True for code units that fold to TRANSPARENT. */
function isTransparentCode(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    // soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, so
    // "Open\u200BSora" reads as "OpenSora" to a person and must to us.
    c === 0xad ||
    (c >= 0x200b && c <= 0x200d) ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0x180e
  );
}

function isMiddleDot(c: number): boolean {
  return (
    c === 0xb7 ||
    c === 0x387 ||
    c === 0x16eb ||
    c === 0x2022 ||
    c === 0x2027 ||
    c === 0x2219 ||
    c === 0x22c5 ||
    c === 0x2e31 ||
    c === 0x30fb ||
    c === 0xff65
  );
}

/** Base letter of a precomposed Latin letter, or the code itself. */
function latinBase(c: number): number {
  const fixed = NO_DECOMPOSITION[c];
  if (fixed !== undefined) return fixed;
  const d = String.fromCharCode(c).normalize('NFD');
  if (d.length < 2) return c;
  const base = d.charCodeAt(0);
  if (base >= 0x250) return c;
  for (let i = 1; i < d.length; i++) if (!isTransparentCode(d.charCodeAt(i))) return c;
  return base;
}

function lowerOne(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c < 0x80) return c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

function compute(code: number, lower: boolean): number {
  let c = code;
  if (c < 0x80) {
    if (c < 0x20 || c === 0x7f) return SPACE; // tabs, newlines, controls
    return lower && c >= 0x41 && c <= 0x5a ? c + 32 : c;
  }
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogate halves pass through untouched
  if (c <= 0x9f || isSpaceCode(c) || c === 0xffff) return SPACE;
  if (c === SEPARATOR_CODE) return SEPARATOR_CODE;
  if (isTransparentCode(c)) return TRANSPARENT;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63) return HYPHEN;
  if (isMiddleDot(c)) return MIDDLE_DOT;
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x2032) return 0x27; // apostrophes: "OpenAI’s"
  if (c >= 0xff01 && c <= 0xff5e) {
    c -= 0xfee0; // full-width ASCII
    return lower && c >= 0x41 && c <= 0x5a ? c + 32 : c;
  }
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) c = latinBase(c);
  return lower ? lowerOne(c) : c;
}

/** Folds one UTF-16 code unit for case-insensitive matching. */
export function foldCode(code: number): number {
  const v = lowerTable[code]!;
  if (v !== 0) return v;
  return (lowerTable[code] = compute(code, true));
}

/** Folds one UTF-16 code unit like foldCode but keeps letter case. */
export function foldCodeKeep(code: number): number {
  const v = keepTable[code]!;
  if (v !== 0) return v;
  return (keepTable[code] = compute(code, false));
}

function foldWith(text: string, one: (code: number) => number): string {
  let out = '';
  const CHUNK = 4096; // String.fromCharCode(...) has an argument-count limit
  const buf: number[] = [];
  for (let i = 0; i < text.length; i++) {
    buf.push(one(text.charCodeAt(i)));
    if (buf.length === CHUNK) {
      out += String.fromCharCode(...buf);
      buf.length = 0;
    }
  }
  return out + String.fromCharCode(...buf);
}

/** Folds a string 1:1 (same length), lowercased; skipped characters become U+FFFF. */
export function fold(text: string): string {
  return foldWith(text, foldCode);
}

/** Folds a string 1:1 (same length) without lowercasing, for case-sensitive checks. */
export function foldCaseKeep(text: string): string {
  return foldWith(text, foldCodeKeep);
}

/**
 * Folds an alias into an automaton key: skipped characters dropped, every run
 * of whitespace (and block separators) turned into one space, ends trimmed.
 */
export function foldKey(alias: string, keepCase = false): string {
  const one = keepCase ? foldCodeKeep : foldCode;
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < alias.length; i++) {
    let c = one(alias.charCodeAt(i));
    if (c === TRANSPARENT) continue;
    if (c === SEPARATOR_CODE) c = SPACE;
    if (c === SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(c);
  }
  return out;
}
