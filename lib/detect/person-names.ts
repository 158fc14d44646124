/**
 * Names that are also people's names. "Wan", "Sora", "Kling" or "Latte" in an
 * author list or a citation ("Xiang Wan, …", "Wan et al.", "Wan, T.") are
 * people, even on a page about video generation. A bare capitalised name that
 * needs context is dropped when it sits in such a pattern, unless the word
 * before it is the model's maker ("Alibaba Wan", "OpenAI's Sora").
 */
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

/** Lower-cased single words of every organisation cue in the matcher. */
function organisationWords(matcher: Matcher): Set<string> {
  let words = cache.get(matcher);
  if (!words) {
    words = new Set();
    for (const p of matcher.context.patterns) {
      if (p.group !== -1) continue;
      for (const w of p.key.split(/[\s-]+/)) if (w) words.add(w);
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

/** True when the name at text[start, end) reads as part of a person's name. */
export function looksLikePersonName(text: string, start: number, end: number, matcher: Matcher): boolean {
  // A glued number is an affiliation mark here ("Xiang Wan1,2"), not a version.
  const name = text.slice(start, end).replace(/[\d.]+$/u, '');
  if (!BARE_NAME.test(name)) return false;
  const after = text.slice(start + name.length, start + name.length + 24);
  if (/^\s+et\s+al\b/.test(after)) return true;
  const given = SURNAME_FIRST.exec(after);
  if (given && given[1] !== name && !FUNCTION_WORDS.has((given[1] ?? '').toLowerCase())) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!before) return false;
  const word = before[1]!.replace(/['’]s$/u, '').toLowerCase();
  if (word === name.toLowerCase() || FUNCTION_WORDS.has(word) || organisationWords(matcher).has(word)) return false;
  return AFTER_PERSON.test(after);
}
