import { describe, expect, test } from 'vitest';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { createKbSearch } from '@/lib/kb/search';
import { createModelCatalog } from './model-catalog';

const catalog = createModelCatalog(BUNDLED_KB, () => createKbSearch(BUNDLED_KB));

describe('model catalog', () => {
  test('names models by their KB name and falls back to the id', () => {
    expect(catalog.nameOf('stable-video-diffusion')).toBe('Stable Video Diffusion');
    expect(catalog.nameOf('no-such-model')).toBe('no-such-model');
  });

  test('with an empty query, suggests the page models in page order', () => {
    const options = catalog.suggest('', ['sora', 'stable-video-diffusion'], []);
    expect(options.map((o) => o.id)).toEqual(['sora', 'stable-video-diffusion']);
    expect(options.every((o) => o.onPage && o.detail.startsWith('on this page'))).toBe(true);
  });

  test('page models that match come before KB results, without repeats', () => {
    const options = catalog.suggest('stable video', ['stable-video-diffusion'], []);
    expect(options[0]).toMatchObject({ id: 'stable-video-diffusion', onPage: true });
    expect(new Set(options.map((o) => o.id)).size).toBe(options.length);
  });

  test('finds KB models with a typo and skips what is already tagged', () => {
    expect(catalog.suggest('stabel video', [], []).map((o) => o.id)).toContain(
      'stable-video-diffusion',
    );
    expect(
      catalog.suggest('stable video', [], ['stable-video-diffusion']).map((o) => o.id),
    ).not.toContain('stable-video-diffusion');
  });

  test('lists only models, never concepts, and respects the limit', () => {
    const options = catalog.suggest('diffusion', [], [], 5);
    expect(options.length).toBeLessThanOrEqual(5);
    for (const o of options) expect(catalog.model(o.id)).toBeDefined();
  });
});
