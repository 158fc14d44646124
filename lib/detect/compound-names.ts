/**
 * Longer names that begin with a context-dependent one. "Wan-Move", "Wan-AI"
 * or "Genie-Envisioner" are other projects (or an organisation) that borrow
 * the name, just as "Open-Sora" is not Sora: a hyphen followed by a
 * capitalised word continues a proper name. Lower-case continuations still
 * name the model ("Sora-generated", "Wan-based"), and so do versions and
 * variants ("Wan-2.1", "Kling-Pro"), which the version scanner reads first.
 * Titles capitalise every word, so a capitalised continuation that is an
 * ordinary compound-modifier word ("Detecting Sora-Generated Videos",
 * "Wan-Based Editing", "Veo-Style Shots") is read as its lower-case form.
 */
import { foldCode, HYPHEN } from './fold';
import { extendVersion } from './versions';

const UPPER_START = /^\p{Lu}$/u;

/** Words that make "<name>-<word>" a modifier of the name, not a new name. */
const MODIFIER_WORDS = new Set([
  'aware',
  'centric',
  'class',
  'compatible',
  'free',
  'grade',
  'level',
  'like',
  'native',
  'only',
  'quality',
  'ready',
  'scale',
  'specific',
  'style',
  'type',
]);

/** The letters of the word starting at `from` (at most 24). */
function wordAt(text: string, from: number): string {
  let end = from;
  while (end < text.length && end - from < 24 && /\p{L}/u.test(text.charAt(end))) end++;
  return text.slice(from, end);
}

/**
 * True for a title-case modifier: a past participle ("Generated", "Based",
 * "Powered", "Driven") or a word of MODIFIER_WORDS, written with a capital
 * and otherwise lower case ("Wan-AI" is not one).
 */
function isModifierWord(word: string): boolean {
  if (word.length < 3 || word.slice(1) !== word.slice(1).toLowerCase()) return false;
  const lower = word.toLowerCase();
  return lower.endsWith('ed') || lower === 'driven' || MODIFIER_WORDS.has(lower);
}

/** True when the name ending at `end` runs on into a longer capitalised name. */
export function continuesIntoLongerName(text: string, end: number): boolean {
  if (end + 1 >= text.length || foldCode(text.charCodeAt(end)) !== HYPHEN) return false;
  if (!UPPER_START.test(text.charAt(end + 1))) return false;
  if (isModifierWord(wordAt(text, end + 1))) return false;
  return extendVersion(text, end) === end;
}
