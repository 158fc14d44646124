import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { BUNDLED_KB } from './bundle';
import { FuzzyTerms } from './fuzzy-terms';
import { buildSearchIndex } from './search-index';

const terms = buildSearchIndex(BUNDLED_KB).terms.map((t) => t.folded);
const OPTIONS = {
  includeScore: true,
  isCaseSensitive: true,
  ignoreLocation: true,
  threshold: 0.34,
};

/** Every match unfiltered Fuse finds, as sorted `index:score` strings. */
function plain(query: string): string[] {
  return new Fuse(terms, OPTIONS)
    .search(query)
    .map((r) => `${r.refIndex}:${r.score}`)
    .sort();
}

describe('FuzzyTerms', () => {
  const fuzzy = new FuzzyTerms(terms, 0.34);

  it('finds exactly what unfiltered Fuse finds (the bigram filter drops no match)', () => {
    const queries = [
      'stabel video difusion',
      'hunyan video',
      'cogvidex',
      'temporal atention',
      'mocogan',
      'tencent',
      'difusion transformr',
      'imagen vdieo',
      'st',
      'sora',
      'a very long query that is longer than thirty-two characters',
    ];
    for (const q of queries) {
      const found = fuzzy
        .match(q)
        .map((m) => `${m.index}:${m.score}`)
        .sort();
      expect(found, q).toEqual(plain(q));
    }
  });

  it('finds a term with one typo per three letters at most', () => {
    const index = terms.indexOf('cogvideox');
    expect(fuzzy.match('cogvidex').map((m) => m.index)).toContain(index);
    expect(fuzzy.match('cgvdx').map((m) => m.index)).not.toContain(index);
  });
});
