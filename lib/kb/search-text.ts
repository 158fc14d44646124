/**
 * Text helpers for search: one folding for the index and the query (so they
 * compare like with like) and a similarity that ranks the candidates Fuse finds.
 */

/** Lower case, no diacritics, hyphens/underscores/middle dots as spaces, single spaces. */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-_\u2010-\u2015\u00b7\u2022/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of already-folded text (letters and digits, dots kept inside version numbers). */
export function searchWords(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Length of the longest common subsequence of `a` and `b` (two-row dynamic programme). */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] =
        a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length] ?? 0;
}

/**
 * Dice coefficient over the common subsequence: 1 for equal strings, lower
 * the more either side has that the other lacks. Unlike a substring score it
 * tells "cogvidex" is closer to "cogvideox" (every typed letter used) than to
 * "cogvideo", and "sora" closer to "Sora" than to "Open-Sora".
 */
export function subsequenceSimilarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}
