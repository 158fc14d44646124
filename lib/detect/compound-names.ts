/**
 * Longer names that begin with a context-dependent one. "Wan-Move", "Wan-AI"
 * or "Genie-Envisioner" are other projects (or an organisation) that borrow
 * the name, just as "Open-Sora" is not Sora: a hyphen followed by a
 * capitalised word continues a proper name. Lower-case continuations still
 * name the model ("Sora-generated", "Wan-based"), and so do versions and
 * variants ("Wan-2.1", "Kling-Pro"), which the version scanner reads first.
 */
import { foldCode, HYPHEN } from './fold';
import { extendVersion } from './versions';

const UPPER_START = /^\p{Lu}$/u;

/** True when the name ending at `end` runs on into a longer capitalised name. */
export function continuesIntoLongerName(text: string, end: number): boolean {
  if (end + 1 >= text.length || foldCode(text.charCodeAt(end)) !== HYPHEN) return false;
  if (!UPPER_START.test(text.charAt(end + 1))) return false;
  return extendVersion(text, end) === end;
}
