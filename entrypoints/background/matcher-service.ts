/**
 * Serves the compiled name matcher to content scripts. It is compiled once
 * per service-worker life from the bundled knowledge base (a few ms) and kept
 * in memory, so no page pays for building it.
 */
import { buildAliasIndex, compileMatcher, type CompiledMatcher } from '@/lib/detect';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { isNull, onMessage } from '@/lib/messages';

let compiled: CompiledMatcher | null = null;

/** The compiled matcher for the bundled knowledge base. */
export function matcherData(): CompiledMatcher {
  compiled ??= compileMatcher(buildAliasIndex(BUNDLED_KB));
  return compiled;
}

export function registerMatcherService(): void {
  onMessage('getMatcher', isNull, () => matcherData());
}
