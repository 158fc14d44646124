import { describe, expect, test } from 'vitest';
import { BUNDLED_KB } from '../kb/bundle';
import { buildAliasIndex, familyVersions } from './alias-index';
import { findMentions, summarizeMentions } from './find-mentions';
import { createMatcher } from './matcher';
import { testMatcher, TEST_KB } from './test-fixture';
import { modelForVersion, splitVersionedName, versionKey, versionKeyAfter } from './versions';

describe('version keys', () => {
  test.each([
    ['2.1', '2.1'],
    ['v2.6', '2.6'],
    ['V3', '3'],
    ['1.0', '1'],
    ['2.0.0', '2'],
    ['02', '2'],
    ['0.2', '0.2'],
    ['0.9.5', '0.9.5'],
    ['2.10', '2.10'],
  ])('%s → %s', (raw, key) => {
    expect(versionKey(raw)).toBe(key);
  });

  test.each([
    ['Kling AI 2.0 Master', { prefix: 'Kling AI', version: '2', whole: false }],
    ['Wan2.1-T2V-14B', { prefix: 'Wan', version: '2.1', whole: false }],
    ['Kling V3', { prefix: 'Kling', version: '3', whole: true }],
    ['Kling v2.6', { prefix: 'Kling', version: '2.6', whole: true }],
    ['MiniMax-Hailuo-02', { prefix: 'MiniMax-Hailuo', version: '2', whole: true }],
    ['MAGVIT-v2', { prefix: 'MAGVIT', version: '2', whole: true }],
    ['Open-Sora Plan v1.3', { prefix: 'Open-Sora Plan', version: '1.3', whole: true }],
    ['SVD-XT', null],
    ['Step-Video-T2V', null],
    ['CogVideoX-5B', null],
    ['T2V-01', { prefix: 'T2V', version: '1', whole: true }],
    ['2.1', null],
  ])('%s splits at its version', (name, split) => {
    expect(splitVersionedName(name)).toEqual(split);
  });

  test.each([
    ['Wan 2.5 is out', 3, '2.5'],
    ['Wan2.5', 3, '2.5'],
    ['Kling v2.6', 5, '2.6'],
    ['Hailuo-02', 6, '2'],
    ['Kling 2024', 5, null],
    ['CogVideoX-5B', 9, null],
    ['Veo 3 Fast', 3, '3'],
    ['Veo Fast', 3, null],
    ['kling-v2-1-master', 5, '2.1'],
    ['seedance-1-0-pro', 8, '1'],
    ['Kling 2-1', 5, '2'],
    ['kling-v2-14B', 5, '2'],
  ])('the version after the name in %j', (text, end, key) => {
    expect(versionKeyAfter(text, end)).toBe(key);
  });

  test('a point release of a listed minor version belongs to it; of a major version, not', () => {
    const table = { '0.9': 'ltx', '1': 'veo', '3': 'veo-3' };
    expect(modelForVersion(table, '0.9.7')).toBe('ltx');
    expect(modelForVersion(table, '3')).toBe('veo-3');
    expect(modelForVersion(table, '3.2')).toBeNull();
    expect(modelForVersion(table, '4')).toBeNull();
  });
});

describe('family version tables', () => {
  const tables = familyVersions(TEST_KB.models);

  test('a plain name gets the versions its family writes after it', () => {
    expect(tables.get('veo')).toEqual({ '1': 'veo', '3': 'veo-3', '3.1': 'veo-3-1' });
    expect(tables.get('wan-2-1')).toEqual({ '1': 'wan-2-1', '2.1': 'wan-2-1', '2.2': 'wan-2-2' });
  });

  test('names never followed by a version in the KB get no table', () => {
    expect(tables.has('kling')).toBe(false);
    expect(tables.has('phenaki')).toBe(false);
  });

  test('only names without a version carry the table', () => {
    const index = buildAliasIndex(TEST_KB);
    const wan = index.entries.find((e) => e.text === 'Wan');
    const wan21 = index.entries.find((e) => e.text === 'Wan2.1');
    expect(wan?.versions).toBeDefined();
    expect(wan21?.versions).toBeUndefined();
  });

  test('a name that ends at the version decides before a longer one', () => {
    const models = [
      { id: 'vace', name: 'VACE', aliases: ['Wan2.1-VACE'], kind: 'video' },
      { id: 'wan-2-1', name: 'Wan 2.1', aliases: ['Wan'], kind: 'video' },
    ];
    expect(familyVersions(models).get('wan-2-1')).toEqual({ '1': 'wan-2-1', '2.1': 'wan-2-1' });
  });

  test('an image model and a video model with the same prefix are separate families', () => {
    const models = [
      { id: 'mj', name: 'Midjourney', aliases: ['Midjourney v6'], kind: 'image' },
      { id: 'mj-video', name: 'Midjourney V1', aliases: [], kind: 'video' },
    ];
    expect(familyVersions(models).get('mj')).toEqual({ '1': 'mj', '6': 'mj' });
  });
});

describe('family names with versions on a page', () => {
  const found = (text: string) =>
    findMentions(text, testMatcher(), { ignoreContext: true }).map((x) => `${x.text}=${x.id}`);

  test('a version no model has is a release without an entry: counted under the family name', () => {
    expect(found('Wan 2.7 and Wan2.3')).toEqual(['Wan 2.7=wan-2-1', 'Wan2.3=wan-2-1']);
    expect(found('Veo 4 soon')).toEqual(['Veo 4=veo']);
  });

  test('names without a family table keep any version', () => {
    expect(found('Kling 2.1 and Pika 1.0')).toEqual(['Kling 2.1=kling', 'Pika 1.0=pika']);
  });

  test('the plain name and version 1 are the first member', () => {
    expect(found('Veo and Veo 1')).toEqual(['Veo=veo', 'Veo 1=veo']);
  });

  describe('with the real knowledge base', () => {
    const real = createMatcher(buildAliasIndex(BUNDLED_KB));
    const ids = (text: string) =>
      findMentions(text, real, { ignoreContext: true }).map((x) => `${x.text}=${x.id}`);

    test.each([
      ['Kling AI 2.1 is here', ['Kling AI 2.1=kling-2-1']],
      ['Kling V3', ['Kling V3=kling-3']],
      ['Kling 1.6 Pro', ['Kling 1.6 Pro=kling']],
      ['LTX-Video 0.9.7', ['LTX-Video 0.9.7=ltx-video']],
      ['Stable Diffusion 3.5 Large', ['Stable Diffusion 3.5=stable-diffusion-3']],
      [
        'Midjourney v6.1 and Midjourney V7',
        ['Midjourney v6.1=midjourney', 'Midjourney V7=midjourney'],
      ],
      ['Sora 2 and Sora 1', ['Sora 2=sora-2', 'Sora 1=sora']],
      ['Sora 3 and Kling 9.9', ['Sora 3=sora', 'Kling=kling']],
      ['Wan 2.7 beats Veo 3.1', ['Wan 2.7=wan-2-1', 'Veo 3.1=veo-3-1']],
      ['kling-v2-6 and kling-v2-1-master', ['kling-v2-6=kling-2-6', 'kling-v2-1=kling-2-1']],
    ])('%s', (text, expected) => {
      expect(ids(text)).toEqual(expected);
    });
  });
});

describe('a release the knowledge base has no entry for', () => {
  const real = createMatcher(buildAliasIndex(BUNDLED_KB));
  const inContext = (text: string) =>
    findMentions(text, real)
      .filter((x) => x.kind !== 'concept')
      .map((x) => `${x.text}=${x.id}`);

  test('an unknown version does not vouch for a name that needs context', () => {
    expect(inContext('Sora 3 hugs Riku on the beach.')).toEqual([]);
    expect(inContext('Then Wan2.3 came online.')).toEqual([]);
    // A known version still does.
    expect(inContext('Sora 2 is out.')).toEqual(['Sora 2=sora-2']);
  });

  test('on a page about video generation it counts under the family name', () => {
    expect(
      inContext(
        'Text-to-video models compared: Kling 2.1, Sora 3 and Wan 2.7 for video generation.',
      ),
    ).toEqual(['Kling 2.1=kling-2-1', 'Sora 3=sora', 'Wan 2.7=wan-2-1']);
  });
});

describe('unlisted releases in mentions and summaries', () => {
  test('a mention says when its release has no entry; the summary keeps how it was written', () => {
    const found = findMentions('Wan 2.1, Wan 2.7 and Wan 2.7 again; Veo 4.', testMatcher(), {
      ignoreContext: true,
    });
    expect(found.map((m) => [m.text, m.id, m.unlisted ?? false])).toEqual([
      ['Wan 2.1', 'wan-2-1', false],
      ['Wan 2.7', 'wan-2-1', true],
      ['Wan 2.7', 'wan-2-1', true],
      ['Veo 4', 'veo', true],
    ]);
    expect(summarizeMentions(found)).toEqual([
      { id: 'wan-2-1', kind: 'video', count: 3, first: 0, unlisted: ['Wan 2.7'] },
      { id: 'veo', kind: 'video', count: 1, first: 36, unlisted: ['Veo 4'] },
    ]);
  });
});

describe('a number after a family name that is no release', () => {
  const real = createMatcher(buildAliasIndex(BUNDLED_KB));
  const ids = (text: string) =>
    findMentions(text, real, { ignoreContext: true })
      .filter((x) => x.kind !== 'concept')
      .map((x) => `${x.text}=${x.id}${x.unlisted ? ' (unlisted)' : ''}`);

  test.each([
    ['Sora 20 seconds is the limit', ['Sora=sora']],
    ['Kling 10 s per clip', ['Kling=kling']],
    ['we gave Pika 3 prompts', ['Pika=pika-1']],
    ['Veo 8 seconds of footage', ['Veo=veo']],
    ['Hailuo 6% faster', ['Hailuo=hailuo-video-01']],
    ['Veo 12 is far off', ['Veo=veo']],
    ['Veo 4 is coming', ['Veo 4=veo (unlisted)']],
    ['Wan 3.0 came out', ['Wan 3.0=wan-2-1 (unlisted)']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});
