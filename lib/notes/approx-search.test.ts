import { describe, expect, it } from 'vitest';
import { findApproximate } from './approx-search';
import { levenshtein } from './edit-distance';

/** Reference: Sellers' O(n·m) table, best errors of any match ending at each offset. */
function bruteEnds(pattern: string, text: string): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const ends: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j] ? 0 : 1;
      cur.push(Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + cost));
    }
    ends.push(cur[m]!);
    prev = cur;
  }
  return ends;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomString(rand: () => number, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rand() * alphabet.length)];
  return out;
}

describe('findApproximate', () => {
  it('finds exactly the places the reference table finds, across block boundaries', () => {
    const rand = lcg(7);
    for (let round = 0; round < 300; round++) {
      const m = 1 + Math.floor(rand() * 100);
      const alphabet = round % 2 === 0 ? 'ab' : 'abcdefgh';
      const text = randomString(rand, 150 + Math.floor(rand() * 200), alphabet);
      const pattern = rand() < 0.5 ? text.slice(20, 20 + m) : randomString(rand, m, alphabet);
      const k = Math.floor(rand() * Math.max(1, m / 3));
      const reference = bruteEnds(pattern, text);
      const best = Math.min(...reference);
      const matches = findApproximate(pattern, text, k, { limit: 1000 });
      if (best > Math.min(k, pattern.length - 1)) {
        expect(matches).toEqual([]);
        continue;
      }
      // The best match reported has the reference's best error count, and
      // every reported match is real: its span really is that many edits away.
      expect(matches[0]!.errors).toBe(best);
      for (const match of matches) {
        expect(levenshtein(pattern, text.slice(match.start, match.end))).toBe(match.errors);
        expect(reference[match.end - 1]).toBeLessThanOrEqual(match.errors);
        expect(match.start).toBeGreaterThanOrEqual(0);
        expect(match.start).toBeLessThanOrEqual(match.end);
      }
    }
  });

  it('returns the span of a match with edits', () => {
    const text =
      'The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs.';
    const [match] = findApproximate('pack my bax with fiv dozen', text, 4);
    expect(match).toBeDefined();
    expect(text.slice(match!.start, match!.end)).toBe('Pack my box with five dozen');
    expect(match!.errors).toBe(3);
  });

  it('respects from/to', () => {
    const text = 'needle ........ needle ........ needle';
    const matches = findApproximate('needle', text, 1, { from: 10, to: 30 });
    expect(matches.map((x) => x.start)).toEqual([16]);
  });
});
