import { describe, expect, test } from 'vitest';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import type { MentionSummary } from '@/lib/page-report';
import { groupPageModels, pageSummaryLine } from './page-models';

const mention = (
  id: string,
  count: number,
  first = 0,
  kind: MentionSummary['kind'] = 'video',
): MentionSummary => ({
  id,
  kind,
  count,
  first,
});

describe('groupPageModels', () => {
  test('groups video models by era in the KB’s era order, then image models, then concepts', () => {
    const grouped = groupPageModels(
      [
        mention('text-to-video', 3, 5, 'concept'),
        mention('stable-diffusion', 2, 9, 'image'),
        mention('sora', 1, 40),
        mention('stable-video-diffusion', 4, 10),
        mention('mocogan', 1, 80),
      ],
      BUNDLED_KB,
    );
    const eraOrder = BUNDLED_KB.eras.map((e) => e.id);
    const eraGroups = grouped.groups.filter((g) => g.kind === 'era');
    const ids = eraGroups.map((g) => (g.kind === 'era' ? g.era.id : ''));
    expect(ids).toEqual([...ids].sort((a, b) => eraOrder.indexOf(a) - eraOrder.indexOf(b)));
    expect(ids).toEqual(['gan', 'diffusion', 'hybrid']);
    expect(grouped.groups.map((g) => g.kind)).toEqual(['era', 'era', 'era', 'image', 'concept']);
    const diffusion = eraGroups.find((g) => g.kind === 'era' && g.era.id === 'diffusion');
    expect(diffusion?.entries.map((e) => [e.name, e.count])).toEqual([
      ['Stable Video Diffusion', 4],
    ]);
  });

  test('counts models and the eras they span, concepts apart', () => {
    const grouped = groupPageModels(
      [
        mention('sora', 1),
        mention('stable-video-diffusion', 2),
        mention('stable-diffusion', 1, 0, 'image'),
        mention('text-to-video', 1, 0, 'concept'),
      ],
      BUNDLED_KB,
    );
    expect(grouped.modelCount).toBe(3);
    // Stable Diffusion (image) and SVD share the diffusion era; Sora is a hybrid.
    expect(grouped.eraCount).toBe(2);
    expect(grouped.conceptCount).toBe(1);
    expect(pageSummaryLine(grouped)).toBe('3 models across 2 eras · 1 concept');
  });

  test('lists the most-mentioned first, and earlier on the page on ties', () => {
    const grouped = groupPageModels(
      [mention('sora', 1, 50), mention('veo', 3, 90), mention('kling', 1, 10)],
      BUNDLED_KB,
    );
    expect(grouped.modelIds).toEqual(['veo', 'kling', 'sora']);
  });

  test('drops ids the knowledge base does not know and adds up repeated ids', () => {
    const grouped = groupPageModels(
      [mention('not-a-model', 5), mention('sora', 1, 30), mention('sora', 2, 10)],
      BUNDLED_KB,
    );
    expect(grouped.modelIds).toEqual(['sora']);
    const entry = grouped.groups[0]?.entries[0];
    expect(entry).toMatchObject({ id: 'sora', count: 3, first: 10 });
  });

  test('an empty page has no groups', () => {
    const grouped = groupPageModels([], BUNDLED_KB);
    expect(grouped.groups).toEqual([]);
    expect(pageSummaryLine(grouped)).toBe('No models');
  });
});

describe('releases without an entry of their own', () => {
  test('are listed with the model they count under, merged across reports', () => {
    const grouped = groupPageModels(
      [
        { ...mention('wan-2-1', 2, 10), unlisted: ['Wan 2.7'] },
        { ...mention('wan-2-1', 1, 40), unlisted: ['Wan 2.7', 'Wan 3.0'] },
        mention('veo-3', 1, 5),
      ],
      BUNDLED_KB,
    );
    const entries = grouped.groups.flatMap((g) => g.entries);
    expect(entries.find((e) => e.id === 'wan-2-1')).toMatchObject({
      count: 3,
      unlisted: ['Wan 2.7', 'Wan 3.0'],
    });
    expect(entries.find((e) => e.id === 'veo-3')?.unlisted).toEqual([]);
  });
});

describe('pageSummaryLine', () => {
  test('names the eras only when there are several', () => {
    expect(pageSummaryLine({ modelCount: 7, eraCount: 3, conceptCount: 0 })).toBe(
      '7 models across 3 eras',
    );
    expect(pageSummaryLine({ modelCount: 1, eraCount: 1, conceptCount: 4 })).toBe(
      '1 model · 4 concepts',
    );
    expect(pageSummaryLine({ modelCount: 2, eraCount: 1, conceptCount: 0 })).toBe('2 models');
  });
});
