/**
 * Version and variant tokens after a model name ("Kling 2.1", "Wan2.3",
 * "CogVideoX-5B", "Veo 3.1 Fast"). A hand-written scanner rather than a
 * regular expression: each token is bounded, so the work per mention is
 * constant and there is nothing to backtrack.
 */
import { isWordAt } from './boundary';
import { foldCode, HYPHEN, SPACE } from './fold';

/** At most this many tokens are added to one name. */
export const MAX_VERSION_TOKENS = 4;
/** At most this many characters are added to one name. */
export const MAX_VERSION_CHARS = 24;

const VARIANTS = [
  'xt',
  'turbo',
  'pro',
  'lite',
  'fast',
  'alpha',
  'ultra',
  'plus',
  'mini',
  'max',
  'flash',
  'i2v',
  't2v',
  'ti2v',
];

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Number of digits (at most `max`) starting at `i`; 0 when none or when more follow. */
function digits(text: string, i: number, max: number): number {
  let n = 0;
  while (n <= max && isDigit(text.charCodeAt(i + n))) n++;
  return n > max ? 0 : n;
}

/**
 * True when position `i` is a proper token end: no word character, no ".5"
 * and no ".x" follows ("Kling 2.x" is a series of versions, not Kling 2).
 */
function tokenEnds(text: string, i: number): boolean {
  if (i >= text.length) return true;
  if (isWordAt(text, i)) return false;
  if (text.charCodeAt(i) !== 0x2e) return true;
  const next = text.charCodeAt(i + 1);
  return !(isDigit(next) || ((next | 0x20) === 0x78 && !isWordAt(text, i + 2)));
}

/** End of a version number `v?\d{1,2}(\.\d{1,2}){0,2}` at `i`, or -1. */
function versionAt(text: string, i: number): number {
  let p = i;
  const v = text.charCodeAt(p) | 0x20;
  if (v === 0x76 && isDigit(text.charCodeAt(p + 1))) p++; // "v1.5"
  const d = digits(text, p, 2);
  if (d === 0) return -1; // also refuses "2024": a year is not a version
  p += d;
  for (let n = 0; n < 2 && text.charCodeAt(p) === 0x2e; n++) {
    const f = digits(text, p + 1, 2);
    if (f === 0) break;
    p += 1 + f;
  }
  return tokenEnds(text, p) ? p : -1;
}

/** End of a model size `\d+(\.\d+)?[BM]` ("5B", "1.3B", "500M") at `i`, or -1. */
function sizeAt(text: string, i: number): number {
  let p = i;
  const d = digits(text, p, 3);
  if (d === 0) return -1;
  p += d;
  if (text.charCodeAt(p) === 0x2e) {
    const f = digits(text, p + 1, 2);
    if (f === 0) return -1;
    p += 1 + f;
  }
  const u = text.charCodeAt(p);
  if (u !== 0x42 && u !== 0x4d && u !== 0x62) return -1; // B, M, b (as in "CogVideoX-5b")
  return tokenEnds(text, p + 1) ? p + 1 : -1;
}

/** End of a variant word at `i`, or -1. After a space it must be capitalised ("Veo 3 plus" is English). */
function variantAt(text: string, i: number, afterSpace: boolean): number {
  const first = text.charCodeAt(i);
  if (afterSpace && !(first >= 0x41 && first <= 0x5a)) return -1;
  for (const word of VARIANTS) {
    let ok = true;
    for (let j = 0; j < word.length && ok; j++)
      ok = foldCode(text.charCodeAt(i + j)) === word.charCodeAt(j);
    if (ok && tokenEnds(text, i + word.length)) return i + word.length;
  }
  return -1;
}

/** One token after `end` ("", " " or "-" then a version, size or variant); its end or -1. */
function tokenAfter(
  text: string,
  end: number,
  glued: boolean,
): { end: number; numeric: boolean } | null {
  if (end >= text.length) return null;
  const sep = foldCode(text.charCodeAt(end));
  if (sep === SPACE || sep === HYPHEN) {
    const p = end + 1;
    const size = sizeAt(text, p);
    if (size >= 0) return { end: size, numeric: false };
    const version = versionAt(text, p);
    if (version >= 0) return { end: version, numeric: true };
    const variant = variantAt(text, p, sep === SPACE);
    return variant >= 0 ? { end: variant, numeric: false } : null;
  }
  // Glued digits only right after a letter: "Wan2.3", "Sora2".
  if (glued && isDigit(text.charCodeAt(end))) {
    const version = versionAt(text, end);
    if (version >= 0) return { end: version, numeric: true };
  }
  return null;
}

function gluable(text: string, end: number): boolean {
  return end > 0 && !isDigit(text.charCodeAt(end - 1)) && isWordAt(text, end - 1);
}

/**
 * Extends a model match ending at `end` over trailing version/variant tokens,
 * never past `limit`; returns the new end (== `end` when nothing follows).
 */
export function extendVersion(text: string, end: number, limit = text.length): number {
  let e = end;
  for (let n = 0; n < MAX_VERSION_TOKENS; n++) {
    const t = tokenAfter(text, e, n === 0 && gluable(text, e));
    if (!t || t.end > limit || t.end - end > MAX_VERSION_CHARS) break;
    e = t.end;
  }
  return e;
}

/**
 * For a name glued to a version ("Wan2.3"): the end of that version when the
 * plain end failed the boundary check, or -1.
 */
export function gluedVersionEnd(text: string, end: number): number {
  if (!gluable(text, end) || !isDigit(text.charCodeAt(end))) return -1;
  return versionAt(text, end);
}

/**
 * True when a version number follows right after `end` ("Sora 2", "Veo 3.1",
 * "Wan2.1") and, for a name with a family table, the version is one of its
 * known models: "Sora 2" vouches for Sora, "Sora 3" does not (a game character
 * is followed by numbers too).
 */
export function versionFollows(
  text: string,
  end: number,
  versions?: Readonly<Record<string, string>>,
): boolean {
  if (versions) {
    const key = versionKeyAfter(text, end);
    return key !== null && modelForVersion(versions, key) !== null;
  }
  const t = tokenAfter(text, end, gluable(text, end));
  return t !== null && t.numeric;
}

/**
 * True when a whole number of 2 or more is glued to a name ending at `end`
 * ("Hallo2", "EMO2", "Hallo3"): written so, it names a successor model, not
 * the model itself. Versions after a space or hyphen ("AnimateDiff v3") and
 * point releases glued to a 1 ("SVD1.1") are left to the caller.
 */
export function gluedSuccessor(text: string, end: number): boolean {
  if (!gluable(text, end) || !isDigit(text.charCodeAt(end))) return false;
  const v = versionAt(text, end);
  return v >= 0 && Number(text.slice(end, v).split('.')[0]) >= 2;
}

/**
 * A version number as a comparable key: a leading "v" dropped, each part as a
 * plain number, trailing zero parts dropped ("v2.10" → "2.10", "1.0" → "1",
 * "02" → "2").
 */
export function versionKey(raw: string): string {
  const parts = raw
    .replace(/^[vV]/, '')
    .split('.')
    .map((p) => String(Number(p)));
  while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
  return parts.join('.');
}

/**
 * Splits a name at its first version number: "Kling AI 2.0 Master" →
 * { prefix: "Kling AI", version: "2" }, "Wan2.1-T2V-14B" → { "Wan", "2.1" },
 * "Kling V3" → { "Kling", "3" }; `whole` when nothing follows the version
 * ("Wan 2.1", not "Wan2.1-VACE"). Null when the name has no version number
 * ("SVD-XT", "Step-Video-T2V", "CogVideoX-5B").
 */
export function splitVersionedName(
  name: string,
): { prefix: string; version: string; whole: boolean } | null {
  for (let i = 1; i < name.length; i++) {
    const sep = foldCode(name.charCodeAt(i - 1));
    const afterSeparator = (sep === SPACE || sep === HYPHEN) && i > 1;
    if (!afterSeparator && !gluable(name, i)) continue;
    const end = versionAt(name, i);
    if (end < 0) continue;
    const prefix = name.slice(0, afterSeparator ? i - 1 : i).trim();
    if (prefix)
      return { prefix, version: versionKey(name.slice(i, end)), whole: end === name.length };
  }
  return null;
}

/**
 * The version key of the number right after a name ending at `end` ("Wan
 * 2.5", "Wan2.5", "Kling v2.6", "Hailuo-02"), or null when no version number
 * is the next token (a size, a variant word or nothing).
 */
export function versionKeyAfter(text: string, end: number): string | null {
  const glued = gluable(text, end);
  const t = tokenAfter(text, end, glued);
  if (!t || !t.numeric) return null;
  const sep = foldCode(text.charCodeAt(end));
  const from = sep === SPACE || sep === HYPHEN ? end + 1 : end;
  const raw = text.slice(from, t.end);
  // Model ids write the point as a hyphen: "kling-v2-1", "seedance-1-0-pro".
  if (sep === HYPHEN && !raw.includes('.') && foldCode(text.charCodeAt(t.end)) === HYPHEN) {
    const minor = digits(text, t.end + 1, 2);
    if (minor > 0 && tokenEnds(text, t.end + 1 + minor)) {
      return versionKey(raw + '.' + text.slice(t.end + 1, t.end + 1 + minor));
    }
  }
  return versionKey(raw);
}

/**
 * Which model a family name followed by a version means, from the family's
 * version table (alias-index.ts familyVersions): the exact version, else a
 * point release of a listed minor version ("LTX-Video 0.9.7" of "0.9");
 * null when the version belongs to no known model ("Wan 2.7" is not Wan 2.1;
 * find-mentions counts it under the family name).
 */
export function modelForVersion(
  table: Readonly<Record<string, string>>,
  key: string,
): string | null {
  const exact = table[key];
  if (exact !== undefined) return exact;
  const parts = key.split('.');
  for (let n = parts.length - 1; n >= 2; n--) {
    const id = table[parts.slice(0, n).join('.')];
    if (id !== undefined) return id;
  }
  return null;
}

/** Words that make the number before them a quantity, not a release ("Sora 20 seconds", "Pika 3 prompts"). */
const QUANTITY_WORDS = new Set([
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'min',
  'mins',
  'minute',
  'minutes',
  'hour',
  'hours',
  'fps',
  'frame',
  'frames',
  'credit',
  'credits',
  'time',
  'times',
  'clip',
  'clips',
  'prompt',
  'prompts',
  'video',
  'videos',
  'shot',
  'shots',
  'step',
  'steps',
  'image',
  'images',
  'percent',
]);

/**
 * True when the number after a family name ending at `end` can be a release
 * the table does not list: at most one major version past the newest listed
 * ("Veo 4" after Veo 3.1, "Wan 3.0" after Wan 2.5), and not a quantity ("Sora
 * 20 seconds", "Kling 10 s", "Pika 3 prompts").
 */
export function plausibleRelease(
  text: string,
  end: number,
  key: string,
  table: Readonly<Record<string, string>>,
): boolean {
  const newest = Math.max(...Object.keys(table).map((k) => Number(k.split('.')[0])));
  if (Number(key.split('.')[0]) > newest + 1) return false;
  const t = tokenAfter(text, end, false);
  if (!t) return false;
  let p = t.end;
  if (text.charCodeAt(p) === 0x25) return false; // "%"
  const sep = foldCode(text.charCodeAt(p));
  if (sep === SPACE || sep === HYPHEN) p++;
  let word = '';
  while (word.length <= 8 && isWordAt(text, p)) word += text[p++]!.toLowerCase();
  return !QUANTITY_WORDS.has(word);
}
