import { describe, expect, it } from 'vitest';
import { foldSearchText, lcsLength, searchWords, subsequenceSimilarity } from './search-text';

describe('foldSearchText', () => {
  it('folds case, accents and name punctuation the same way for index and query', () => {
    expect(foldSearchText('  NÜWA-Infinity ')).toBe('nuwa infinity');
    expect(foldSearchText('DALL·E 2')).toBe('dall e 2');
    expect(foldSearchText('Make-A-Video')).toBe(foldSearchText('make a  video'));
  });
});

describe('searchWords', () => {
  it('keeps version numbers whole', () => {
    expect(searchWords('wan 2.1 and svd 1.1')).toEqual(['wan', '2.1', 'and', 'svd', '1.1']);
  });
});

describe('subsequence similarity', () => {
  it('measures the longest common subsequence', () => {
    expect(lcsLength('cogvidex', 'cogvideox')).toBe(8);
    expect(lcsLength('cogvidex', 'cogvideo')).toBe(7);
    expect(lcsLength('', 'abc')).toBe(0);
  });

  it('prefers the term that uses every typed letter', () => {
    expect(subsequenceSimilarity('cogvidex', 'cogvideox')).toBeGreaterThan(
      subsequenceSimilarity('cogvidex', 'cogvideo'),
    );
    expect(subsequenceSimilarity('sora', 'sora')).toBe(1);
  });
});
