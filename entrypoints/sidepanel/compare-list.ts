/** The rules of the comparison: two to four distinct models, in the order added. */

export const COMPARE_MAX = 4;
export const COMPARE_MIN = 2;

export type AddResult = { list: string[]; added: boolean; reason: 'added' | 'already' | 'full' };

/** Adds `id` at the end unless it is there already or the list is full. */
export function addToCompare(list: readonly string[], id: string): AddResult {
  if (list.includes(id)) return { list: [...list], added: false, reason: 'already' };
  if (list.length >= COMPARE_MAX) return { list: [...list], added: false, reason: 'full' };
  return { list: [...list, id], added: true, reason: 'added' };
}

export function removeFromCompare(list: readonly string[], id: string): string[] {
  return list.filter((x) => x !== id);
}

/** Keeps only ids the KB knows and drops repeats (the stored list may predate a KB update). */
export function cleanCompare(list: readonly string[], known: (id: string) => boolean): string[] {
  return [...new Set(list)].filter(known).slice(0, COMPARE_MAX);
}
