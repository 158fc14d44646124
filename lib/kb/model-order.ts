/**
 * The order models are listed in everywhere: by first public appearance.
 */
import type { Model } from './types';

/** Release date first, then name, so lists read as a timeline. */
export function compareModels(a: Model, b: Model): number {
  if (a.released !== b.released) return a.released < b.released ? -1 : 1;
  return a.name.localeCompare(b.name);
}
