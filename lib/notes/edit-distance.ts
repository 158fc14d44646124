/**
 * Edit distances for re-anchoring quotes: a plain Levenshtein for the short
 * context strings around a quote, and a bounded O((N+M)·D) diff for long
 * quotes, where a full N×M table would be quadratic.
 */

let row = new Int32Array(0);

/** Levenshtein distance (insert, delete, substitute each cost 1). Quadratic: meant for strings of a few dozen characters. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (row.length < b.length + 1) row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** 1 for equal strings down to 0 for nothing in common, by Levenshtein distance. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/**
 * Insertions plus deletions turning `a` into `b` (a substitution counts 2),
 * or -1 when more than `maxD` are needed. Myers' greedy diff: time grows with
 * the number of differences, so similar strings are fast at any length and
 * the bound stops the work on dissimilar ones.
 */
export function diffDistance(a: string, b: string, maxD: number): number {
  // Common ends cost nothing and are usually most of a re-found quote.
  let lo = 0;
  while (lo < a.length && lo < b.length && a.charCodeAt(lo) === b.charCodeAt(lo)) lo++;
  let endA = a.length;
  let endB = b.length;
  while (endA > lo && endB > lo && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - lo;
  const m = endB - lo;
  if (n === 0 || m === 0) return n + m <= maxD ? n + m : -1;

  const max = Math.min(maxD, n + m);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(lo + x) === b.charCodeAt(lo + y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return -1;
}
