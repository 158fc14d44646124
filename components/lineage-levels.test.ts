import { describe, expect, test } from 'vitest';
import type { Model } from '@/lib/kb/types';
import { lineageLevels, type LineageSource } from './lineage-levels';

function model(id: string, buildsOn: string[] = []): Model {
  return {
    id,
    name: id.toUpperCase(),
    aliases: [],
    kind: 'video',
    released: '2023-01',
    organization: 'Lab',
    era: 'diffusion',
    family: 'latent-diffusion-unet',
    concepts: [],
    openWeights: true,
    summary: '',
    buildsOn,
    sources: [],
  };
}

function source(models: Model[]): LineageSource {
  const byId = new Map(models.map((m) => [m.id, m]));
  return {
    buildsOn: (id) =>
      (byId.get(id)?.buildsOn ?? []).map((p) => byId.get(p)).filter((m): m is Model => !!m),
    builtOnBy: (id) => models.filter((m) => m.buildsOn.includes(id)),
  };
}

describe('lineageLevels', () => {
  test('gives parents and grandparents, children and grandchildren', () => {
    const kb = [
      model('a'),
      model('b', ['a']),
      model('c', ['b']),
      model('d', ['c']),
      model('e', ['d']),
    ];
    const levels = lineageLevels('c', source(kb));
    expect(levels.ancestors.map((l) => l.map((m) => m.id))).toEqual([['b'], ['a']]);
    expect(levels.descendants.map((l) => l.map((m) => m.id))).toEqual([['d'], ['e']]);
  });

  test('lists a model once, at the nearest level, when the lineage has a diamond', () => {
    // x builds on a and b; b builds on a: a is a parent, not also a grandparent.
    const kb = [model('a'), model('b', ['a']), model('x', ['a', 'b'])];
    const levels = lineageLevels('x', source(kb));
    expect(levels.ancestors[0].map((m) => m.id)).toEqual(['a', 'b']);
    expect(levels.ancestors[1]).toEqual([]);
  });

  test('does not loop on a cycle in bad data', () => {
    const kb = [model('a', ['b']), model('b', ['a'])];
    const levels = lineageLevels('a', source(kb));
    expect(levels.ancestors[0].map((m) => m.id)).toEqual(['b']);
    expect(levels.ancestors[1]).toEqual([]);
  });
});
