/**
 * Names that are also people's names. "Wan", "Sora", "Kling" or "Latte" in an
 * author list or a citation ("Xiang Wan, …", "Wan et al.", "Wan, T.") are
 * people, even on a page about video generation. A bare capitalised name that
 * needs context is dropped when it sits in such a pattern, unless the word
 * before it is the model's maker ("Alibaba Wan", "OpenAI's Sora").
 */
import { GENERIC_ORG_WORDS } from './alias-index';
import { ORGANIZATION_GROUP } from './context';
import type { Matcher } from './matcher';

// Capitalised words that start or join phrases rather than name people.
// prettier-ignore
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'with', 'for', 'and', 'or', 'but', 'by', 'from', 'to', 'of',
  'unlike', 'like', 'both', 'compared', 'versus', 'vs', 'using', 'via', 'following', 'than', 'as',
  'into', 'over', 'after', 'before', 'while', 'whereas', 'when', 'where', 'since', 'if', 'then',
  'also', 'only', 'even', 'see', 'our', 'we', 'it', 'its', 'this', 'that', 'these', 'those',
  'their', 'between', 'among', 'including', 'such', 'is', 'are', 'was', 'were', 'how', 'why',
  'what', 'which', 'all', 'each', 'new', 'about', 'figure', 'fig', 'table', 'section', 'model',
  'models', 'video', 'videos', 'open', 'closed', 'original', 'base', 'vanilla', 'baseline',
]);

const cache = new WeakMap<Matcher, Set<string>>();

/**
 * Lower-cased distinctive words of every organisation cue in the matcher
 * ("alibaba", "tongyi"), not the generic ones ("team", "lab": "Team Wan, Ang
 * Wang, …" is an author list).
 */
function organisationWords(matcher: Matcher): Set<string> {
  let words = cache.get(matcher);
  if (!words) {
    words = new Set();
    for (const p of matcher.context.patterns) {
      if (p.group !== ORGANIZATION_GROUP) continue;
      for (const w of p.key.split(/[\s-]+/)) if (w && !GENERIC_ORG_WORDS.has(w)) words.add(w);
    }
    cache.set(matcher, words);
  }
  return words;
}

const BARE_NAME = /^\p{Lu}\p{Ll}+$/u;
// The word just before: a capitalised word or an initial ("T."), joined by one space.
const WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}[\p{Ll}'’]*|\p{Lu}\.)[ \u00a0]$/u;
// What follows a person's name in an author list or reference.
const AFTER_PERSON = /^(?:\s*$|[,;)*†‡§¶]|\d|\s+(?:and|&)\s|\s+et\s+al\b)/u;
// A given name after a surname-first name: "Wan Xiang," or "Wan, T."
const SURNAME_FIRST = /^(?:[ \u00a0](\p{Lu}\p{Ll}+)(?:\s*$|[,;]|\s+(?:and|&)\s)|,\s\p{Lu}\.)/u;
const ET_AL = /^\s+et\s+al\b/;
// The name ends its line or block.
const LINE_END = /^[ \t\u00a0]*(?:$|[\n\r\u2029])/u;
// A list goes on before the given name: "…, " or "… and ".
const LIST_BEFORE = /(?:,|\sand|&)[ \u00a0]$/u;
/** How far before a given name LIST_BEFORE looks. */
const LIST_REACH = 7;
/** How far back WORD_BEFORE looks. */
const BEFORE_CHARS = 40;

// The hand-written checks below answer exactly what the expressions above
// would for ASCII text, and hand anything else to the expressions.
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isAlnum = (c: number) => isUpper(c) || isLower(c) || (c >= 0x30 && c <= 0x39);

/** BARE_NAME.test(text.slice(start, end)). */
export function isBareName(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) >= 0x80) return BARE_NAME.test(text.slice(start, end));
  }
  if (end - start < 2 || !isUpper(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) if (!isLower(text.charCodeAt(i))) return false;
  return true;
}

/** WORD_BEFORE.exec(text.slice(start - 40, start))?.[1] ?? null. */
export function wordBefore(text: string, start: number): string | null {
  const lo = Math.max(0, start - BEFORE_CHARS);
  const slow = () => WORD_BEFORE.exec(text.slice(lo, start))?.[1] ?? null;
  // The match ends with a space or no-break space as the last character.
  if (start - 1 < lo) return null;
  const space = text.charCodeAt(start - 1);
  if (space !== 0x20 && space !== 0xa0) return null;
  const last = start - 2;
  if (last < lo) return null;
  const c = text.charCodeAt(last);
  if (c >= 0x80) return slow();
  let first: number;
  if (c === 0x2e) {
    // An initial: "T. "
    first = last - 1;
    if (first < lo) return null;
    const u = text.charCodeAt(first);
    if (u >= 0x80) return slow();
    if (!isUpper(u)) return null;
  } else {
    // A capitalised word: an upper-case letter, a lower-case one, then lower-case letters and apostrophes.
    if (!isLower(c) && c !== 0x27) return null;
    let run = last;
    while (run - 1 >= lo) {
      const d = text.charCodeAt(run - 1);
      if (d >= 0x80) return slow();
      if (!isLower(d) && d !== 0x27) break;
      run--;
    }
    first = run - 1;
    if (first < lo || !isUpper(text.charCodeAt(first)) || !isLower(text.charCodeAt(run)))
      return null;
  }
  if (first > lo) {
    const b = text.charCodeAt(first - 1);
    if (b >= 0x80) return slow();
    if (isAlnum(b)) return null;
  }
  return text.slice(first, last + 1);
}

/** True when the name at text[start, end) reads as part of a person's name. */
export function looksLikePersonName(
  text: string,
  start: number,
  end: number,
  matcher: Matcher,
): boolean {
  // A glued number is an affiliation mark here ("Xiang Wan1,2"), not a version.
  let nameEnd = Math.min(end, text.length);
  while (nameEnd > start) {
    const c = text.charCodeAt(nameEnd - 1);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2e) nameEnd--;
    else break;
  }
  if (!isBareName(text, start, nameEnd)) return false;
  const name = text.slice(start, nameEnd);
  const after = text.slice(nameEnd, nameEnd + 24);
  if (ET_AL.test(after)) return true;
  const given = SURNAME_FIRST.exec(after);
  if (given && given[1] !== name && !FUNCTION_WORDS.has((given[1] ?? '').toLowerCase()))
    return true;
  const before = wordBefore(text, start);
  if (before === null) return false;
  const word = before.replace(/['’]s$/u, '').toLowerCase();
  if (
    word === name.toLowerCase() ||
    FUNCTION_WORDS.has(word) ||
    organisationWords(matcher).has(word)
  )
    return false;
  if (AFTER_PERSON.test(after)) return true;
  // The last name of a list that ends its line: "…, Xiang Wan, Kenji Sora⏎":
  // the list goes on right before the given name ("Kenji", then one space).
  if (!LINE_END.test(after)) return false;
  const givenStart = start - 1 - before.length;
  return LIST_BEFORE.test(text.slice(Math.max(0, givenStart - LIST_REACH), givenStart));
}
