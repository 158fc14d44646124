/**
 * Word-boundary and capitalisation checks on the original text. They look at
 * a few characters around a candidate only, so they add constant work per
 * candidate and never rescan the text.
 */
import { foldCode, foldCodeKeep, HYPHEN, SPACE, TRANSPARENT } from './fold';

// Built with the constructor so the source compiles for any `target`.
const WORD_RE = new RegExp('^[\\p{L}\\p{N}\\p{M}_]$', 'u');
// Scripts written without spaces between words (or with particles glued on,
// as Korean): a Latin name touching them still stands alone ("OpenAIのSora",
// "Sora는"), and a name written in them has no word boundaries to check.
const NO_SPACES_RE = new RegExp(
  '^[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}' +
    '\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\u30fc]$',
  'u',
);
// 0 = unknown, 1 = not a word character, 2 = word character.
const wordTable = new Uint8Array(0x10000);
/** Longest run of skipped characters looked through at a boundary; keeps the check O(1). */
const MAX_SKIP = 32;

function classify(ch: string): boolean {
  return WORD_RE.test(ch) && !NO_SPACES_RE.test(ch);
}

/** True when a BMP code unit is a letter, digit, mark or underscore of a space-separated script. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      code === 0x5f
    );
  }
  let v = wordTable[code]!;
  if (v === 0) {
    v = code >= 0xd800 && code <= 0xdfff ? 1 : classify(String.fromCharCode(code)) ? 2 : 1;
    wordTable[code] = v;
  }
  return v === 2;
}

/** True when the character (or surrogate pair) covering index `i` is a word character. */
export function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return isWordCode(c);
  let cp = -1;
  if (c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  } else if (i > 0) {
    const h = text.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) cp = ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return cp >= 0 && classify(String.fromCodePoint(cp));
}

/** Index of the last non-skipped character before `i`, or -1. */
export function prevVisible(text: string, i: number): number {
  let p = i - 1;
  for (let n = 0; p >= 0 && n < MAX_SKIP && foldCode(text.charCodeAt(p)) === TRANSPARENT; n++) p--;
  return p;
}

/** Index of the first non-skipped character at or after `i` (may be text.length). */
export function nextVisible(text: string, i: number): number {
  let p = i;
  for (
    let n = 0;
    p < text.length && n < MAX_SKIP && foldCode(text.charCodeAt(p)) === TRANSPARENT;
    n++
  )
    p++;
  return p;
}

/** Moves `end` over combining marks that belong to the match's last letter. */
export function extendOverMarks(text: string, end: number): number {
  let e = end;
  for (let n = 0; e < text.length && n < MAX_SKIP; n++, e++) {
    const c = text.charCodeAt(e);
    const mark =
      (c >= 0x300 && c <= 0x36f) ||
      (c >= 0x1ab0 && c <= 0x1aff) ||
      (c >= 0x1dc0 && c <= 0x1dff) ||
      (c >= 0x20d0 && c <= 0x20ff) ||
      (c >= 0xfe20 && c <= 0xfe2f);
    if (!mark) break;
  }
  return e;
}

/**
 * True when a match may start at `start`: not right after a word character,
 * and (when `hyphenRule`) not right after a hyphen glued to a word ("Open-Sora"
 * must not also yield "Sora"). Keys that start with punctuation skip the rule.
 */
export function startOk(text: string, start: number, key: string, hyphenRule = true): boolean {
  if (!isWordCode(key.charCodeAt(0))) return true;
  if (start === 0) return true;
  // Fast path: an ASCII character before (never skipped, so it is the one to check).
  const b = text.charCodeAt(start - 1);
  if (b < 0x80 && (isWordCode(b) || b !== HYPHEN || !hyphenRule)) return !isWordCode(b);
  const p = prevVisible(text, start);
  if (p < 0) return true;
  if (isWordAt(text, p)) return false;
  if (hyphenRule && foldCode(text.charCodeAt(p)) === HYPHEN) {
    const q = prevVisible(text, p);
    if (q >= 0 && isWordAt(text, q)) return false;
  }
  return true;
}

/**
 * True when a match may end at `end`: not right before a word character, and
 * a key ending in a digit must not stop before ".5" ("Veo 3" is not "Veo 3.5").
 */
export function endOk(text: string, end: number, key: string): boolean {
  const last = key.charCodeAt(key.length - 1);
  if (!isWordCode(last)) return true;
  if (end >= text.length) return true;
  // Fast path: an ASCII character after (never skipped, so it is the one to check).
  const a = text.charCodeAt(end);
  if (a < 0x80) {
    if (isWordCode(a)) return false;
    if (last >= 0x30 && last <= 0x39 && a === 0x2e) {
      const d = text.charCodeAt(end + 1);
      if (d >= 0x30 && d <= 0x39) return false;
    }
    return true;
  }
  const n = nextVisible(text, end);
  if (n >= text.length) return true;
  if (isWordAt(text, n)) return false;
  if (last >= 0x30 && last <= 0x39 && text.charCodeAt(n) === 0x2e) {
    const d = text.charCodeAt(n + 1);
    if (d >= 0x30 && d <= 0x39) return false;
  }
  return true;
}

/**
 * True when text[start, end) equals `keep` under case-keeping folding, with
 * skipped characters ignored and whitespace runs read as one space, exactly as
 * the automaton read them.
 */
export function keepMatches(text: string, start: number, end: number, keep: string): boolean {
  // Fast path: the text holds exactly `keep` in printable ASCII, which folds to itself.
  if (end - start === keep.length) {
    let i = 0;
    for (; i < keep.length; i++) {
      const c = text.charCodeAt(start + i);
      if (c !== keep.charCodeAt(i) || c < 0x20 || c > 0x7e) break;
    }
    if (i === keep.length) return true;
  }
  let j = 0;
  let prevSpace = false;
  for (let i = start; i < end; i++) {
    const c = foldCodeKeep(text.charCodeAt(i));
    if (c === TRANSPARENT) continue;
    if (c === SPACE) {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    if (j >= keep.length || keep.charCodeAt(j) !== c) return false;
    j++;
  }
  return j === keep.length;
}
