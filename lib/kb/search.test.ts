import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KB } from './bundle';
import { createKbSearch, type KbSearch } from './search';

let kb: KbSearch;

beforeAll(() => {
  kb = createKbSearch(BUNDLED_KB);
});

const top = (query: string, n: number) => kb.search(query, n).map((r) => r.id);

describe('createKbSearch', () => {
  it('finds stable-video-diffusion first for "stabel video difusion"', () => {
    expect(top('stabel video difusion', 1)).toEqual(['stable-video-diffusion']);
  });

  it('finds hunyuanvideo in the top 3 for the organisation "tencent"', () => {
    expect(top('tencent', 3)).toContain('hunyuanvideo');
  });

  it('finds hunyuanvideo first for "hunyan video"', () => {
    expect(top('hunyan video', 1)).toEqual(['hunyuanvideo']);
  });

  it('finds cogvideox first for "cogvidex", ahead of CogVideo', () => {
    expect(top('cogvidex', 2)).toEqual(['cogvideox', 'cogvideo']);
  });

  it('finds the concept temporal-attention first for "temporal atention"', () => {
    const [first] = kb.search('temporal atention', 1);
    expect(first).toMatchObject({
      kind: 'concept',
      id: 'temporal-attention',
      name: 'Temporal attention',
    });
  });

  it('finds mocogan first for "mocogan"', () => {
    expect(top('mocogan', 1)).toEqual(['mocogan']);
  });

  it('finds a model by an alias and says which alias matched', () => {
    const [first] = kb.search('SVD', 1);
    expect(first).toMatchObject({ id: 'stable-video-diffusion', matched: 'SVD' });
  });

  it('ranks the exact name above names that merely contain it', () => {
    expect(top('sora', 1)).toEqual(['sora']);
  });

  it('combines words that match different fields ("google veo")', () => {
    expect(top('google veo', 1)).toEqual(['veo']);
  });

  it('returns results best first with scores between 0 and 1', () => {
    const results = kb.search('video diffusion', 20);
    expect(results.length).toBeGreaterThan(1);
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
  });

  it('fills model fields for a model hit and leaves them out for a concept', () => {
    const [model] = kb.search('mocogan', 1);
    expect(model).toMatchObject({
      kind: 'model',
      organization: expect.any(String),
      released: expect.any(String),
    });
    const [concept] = kb.search('temporal attention', 1);
    expect(concept?.kind).toBe('concept');
    expect(concept).not.toHaveProperty('organization');
  });

  it('finds a model by a word of its summary only', () => {
    // "UCF-101" is named in GAN-era summaries, not in any model name.
    const withWord = BUNDLED_KB.models
      .filter((m) => /\bUCF-101\b/.test(m.summary))
      .map((m) => m.id);
    expect(withWord.length).toBeGreaterThan(0);
    expect(top('ucf 101', 50)).toEqual(expect.arrayContaining(withWord));
  });

  it('respects the limit', () => {
    expect(kb.search('video', 5)).toHaveLength(5);
  });

  it('returns nothing for an empty or one-letter query', () => {
    expect(kb.search('')).toEqual([]);
    expect(kb.search('  s ')).toEqual([]);
  });

  it('returns nothing for text unlike any name', () => {
    expect(kb.search('qqqqzzzzxxxx')).toEqual([]);
  });
});
