import { describe, expect, test } from 'vitest';
import { buildAliasIndex, defaultCaseSensitive, fnv1a, organizationCues } from './alias-index';
import { TEST_KB } from './test-fixture';
import type { KnowledgeBase } from '../kb/types';

const index = buildAliasIndex(TEST_KB);
const entry = (text: string) => index.entries.find((e) => e.text === text);

describe('buildAliasIndex', () => {
  test('models and concepts become entries with their kinds', () => {
    expect(entry('Stable Video Diffusion')).toMatchObject({ id: 'svd', kind: 'video' });
    expect(entry('Stable Diffusion')).toMatchObject({ id: 'stable-diffusion', kind: 'image' });
    expect(entry('temporal attention')).toMatchObject({
      id: 'temporal-attention',
      kind: 'concept',
    });
  });

  test('caseSensitive and needsContext come from the lists', () => {
    expect(entry('Sora')).toMatchObject({ caseSensitive: true, needsContext: true });
    expect(entry('OpenAI Sora')).toMatchObject({ caseSensitive: false, needsContext: false });
    expect(entry('Lumiere')).toMatchObject({ needsContext: true });
    // "Lumière" folds to the same key, so it is merged into that entry.
    expect(entry('Lumière')).toBeUndefined();
  });

  test('short and all-caps names are case-sensitive by default', () => {
    expect(defaultCaseSensitive('Wan')).toBe(true);
    expect(defaultCaseSensitive('DiT')).toBe(true);
    expect(defaultCaseSensitive('NUWA')).toBe(true);
    expect(defaultCaseSensitive('GAIA1')).toBe(true);
    expect(defaultCaseSensitive('Gen-3')).toBe(false);
    expect(defaultCaseSensitive('SVD-XT')).toBe(false);
    expect(defaultCaseSensitive('Kling')).toBe(false);
    expect(entry('Wan')?.caseSensitive).toBe(true);
    expect(entry('Kling')?.caseSensitive).toBe(false);
  });

  test('duplicate spellings of one model are merged', () => {
    expect(index.entries.filter((e) => e.text === 'Wan 2.1')).toHaveLength(1);
  });

  test('a declared shared alias maps to both ids, the only video model first', () => {
    const shared = index.entries.filter((e) => e.text === 'Hunyuan');
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatchObject({
      id: 'hunyuanvideo',
      kind: 'video',
      ids: ['hunyuanvideo', 'hunyuan-image'],
    });
    expect(index.conflicts).toEqual([]);
  });

  test('shared alias between two image models keeps the first', () => {
    const kb: KnowledgeBase = {
      ...TEST_KB,
      models: TEST_KB.models.map((m) =>
        m.id === 'hunyuanvideo' ? { ...m, kind: 'image' as const } : m,
      ),
    };
    const e = buildAliasIndex(kb).entries.find((x) => x.text === 'Hunyuan');
    expect(e?.ids).toEqual(['hunyuanvideo', 'hunyuan-image']);
  });

  test('an undeclared collision keeps the first id and is reported', () => {
    const kb: KnowledgeBase = {
      ...TEST_KB,
      models: [...TEST_KB.models, { ...TEST_KB.models[9]!, id: 'phenaki-2', aliases: [] }],
    };
    const built = buildAliasIndex(kb);
    expect(built.entries.filter((e) => e.text === 'Phenaki').map((e) => e.id)).toEqual(['phenaki']);
    expect(built.conflicts).toHaveLength(1);
  });

  test('organisation cues come from the organization field', () => {
    expect(index.organizations['sora']).toEqual(['OpenAI']);
    expect(organizationCues('Google DeepMind')).toEqual(['Google DeepMind', 'Google', 'DeepMind']);
    expect(organizationCues('Tsinghua University (THUDM) & BAAI')).toEqual([
      'Tsinghua University',
      'Tsinghua',
      'THUDM',
      'BAAI',
    ]);
    expect(organizationCues('Microsoft Research Asia')).toEqual([
      'Microsoft Research Asia',
      'Microsoft',
    ]);
    expect(organizationCues('Sand AI')).toEqual(['Sand AI']);
    expect(organizationCues('Alibaba (Tongyi Wan team)', new Set(['wan 2.1', 'wan']))).toEqual([
      'Alibaba',
      'Tongyi Wan team',
      'Tongyi',
    ]);
    expect(organizationCues('Skolkovo Institute of Science and Technology')).toEqual([
      'Skolkovo Institute of Science',
      'Skolkovo',
    ]);
  });

  test('hash is stable and content-sensitive', () => {
    expect(buildAliasIndex(TEST_KB).hash).toBe(index.hash);
    expect(index.hash).toMatch(/^[0-9a-f]{8}$/);
    const kb = { ...TEST_KB, models: TEST_KB.models.slice(1) };
    expect(buildAliasIndex(kb).hash).not.toBe(index.hash);
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });
});
