import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KB } from './bundle';
import { createKbDatabase, type KbDatabase } from './db';
import {
  allModels,
  architectureById,
  architectures,
  buildsOn,
  builtOnBy,
  conceptById,
  concepts,
  eraById,
  eras,
  lineageTree,
  modelById,
  modelsByConcept,
  modelsByEra,
  modelsByFamily,
  modelsByOrganization,
  type LineageBranch,
} from './queries';
import { seedKnowledgeBase } from './seed';
import { fixtureModel } from './test-fixtures/minimal-kb';
import type { KnowledgeBase } from './types';

let db: KbDatabase;

beforeAll(async () => {
  db = createKbDatabase('kb-queries-test');
  await seedKnowledgeBase(db, BUNDLED_KB);
});

afterAll(async () => {
  await db.delete();
});

const ids = (list: { id: string }[]): string[] => list.map((x) => x.id);
const branchIds = (branches: LineageBranch[]): string[] => branches.map((b) => b.model.id);

function bundled(id: string) {
  const m = BUNDLED_KB.models.find((x) => x.id === id);
  if (!m) throw new Error(`bundled KB lacks ${id}`);
  return m;
}

describe('single lookups', () => {
  it('returns a model exactly as bundled, without the stored order field', async () => {
    expect(await modelById(db, 'stable-video-diffusion')).toEqual(
      bundled('stable-video-diffusion'),
    );
  });

  it('returns undefined for an unknown model', async () => {
    expect(await modelById(db, 'no-such-model')).toBeUndefined();
  });

  it('finds an era, a family and a concept by id', async () => {
    expect((await eraById(db, 'gan'))?.name).toBe(
      BUNDLED_KB.eras.find((e) => e.id === 'gan')?.name,
    );
    expect((await architectureById(db, 'latent-diffusion-unet'))?.id).toBe('latent-diffusion-unet');
    expect((await conceptById(db, 'temporal-attention'))?.name).toBe('Temporal attention');
  });
});

describe('lists', () => {
  it('lists eras, families and concepts in the curated file order', async () => {
    expect(await eras(db)).toEqual(BUNDLED_KB.eras);
    expect(await architectures(db)).toEqual(BUNDLED_KB.architectures);
    expect(await concepts(db)).toEqual(BUNDLED_KB.concepts);
  });

  it('lists every model, oldest first', async () => {
    const models = await allModels(db);
    expect(models).toHaveLength(BUNDLED_KB.models.length);
    const dates = models.map((m) => m.released);
    expect(dates).toEqual([...dates].sort());
  });

  it('lists the models of one era and nothing else', async () => {
    const gan = await modelsByEra(db, 'gan');
    expect(gan.length).toBe(BUNDLED_KB.models.filter((m) => m.era === 'gan').length);
    expect(gan.every((m) => m.era === 'gan')).toBe(true);
    expect(ids(gan)).toContain('mocogan');
  });

  it('lists the models of one family', async () => {
    const family = bundled('stable-video-diffusion').family;
    const models = await modelsByFamily(db, family);
    expect(ids(models)).toContain('stable-video-diffusion');
    expect(models.every((m) => m.family === family)).toBe(true);
  });

  it('lists the models using a concept via the multi-entry index', async () => {
    const models = await modelsByConcept(db, 'temporal-attention');
    expect(ids(models).sort()).toEqual(
      ids(BUNDLED_KB.models.filter((m) => m.concepts.includes('temporal-attention'))).sort(),
    );
  });

  it('finds an organisation ignoring case, including joint work', async () => {
    const models = ids(await modelsByOrganization(db, 'stability ai'));
    expect(models).toContain('stable-video-diffusion');
    // "Stability AI, CompVis (LMU Munich) & Runway" counts for Stability AI too.
    expect(models).toContain('stable-diffusion');
    expect(await modelsByOrganization(db, 'STABILITY AI')).toHaveLength(models.length);
  });

  it('does not match an organisation on a fragment of its name', async () => {
    expect(await modelsByOrganization(db, 'stab')).toEqual([]);
  });
});

describe('lineage', () => {
  it('gives the models stable-video-diffusion builds on', async () => {
    expect(ids(await buildsOn(db, 'stable-video-diffusion'))).toEqual(
      bundled('stable-video-diffusion').buildsOn,
    );
    expect(ids(await buildsOn(db, 'stable-video-diffusion'))).toContain('stable-diffusion');
  });

  it('gives the models built on stable-diffusion via the buildsOn index', async () => {
    const children = ids(await builtOnBy(db, 'stable-diffusion'));
    expect(children).toContain('stable-video-diffusion');
    expect(children.sort()).toEqual(
      ids(BUNDLED_KB.models.filter((m) => m.buildsOn.includes('stable-diffusion'))).sort(),
    );
  });

  it('returns no parents or children for an unknown id', async () => {
    expect(await buildsOn(db, 'no-such-model')).toEqual([]);
    expect(await builtOnBy(db, 'no-such-model')).toEqual([]);
  });

  it('walks ancestors and descendants to the requested depth', async () => {
    const tree = await lineageTree(db, 'stable-video-diffusion', 2);
    expect(tree?.model.id).toBe('stable-video-diffusion');
    const sd = tree?.ancestors.find((b) => b.model.id === 'stable-diffusion');
    expect(branchIds(sd?.next ?? [])).toEqual(bundled('stable-diffusion').buildsOn);
    expect(branchIds(tree?.descendants ?? []).sort()).toEqual(
      ids(BUNDLED_KB.models.filter((m) => m.buildsOn.includes('stable-video-diffusion'))).sort(),
    );
  });

  it('stops at depth 1 with direct parents and children only', async () => {
    const tree = await lineageTree(db, 'stable-video-diffusion', 1);
    expect(tree?.ancestors.length).toBeGreaterThan(0);
    expect(tree?.ancestors.every((b) => b.next.length === 0)).toBe(true);
    expect(tree?.descendants.every((b) => b.next.length === 0)).toBe(true);
  });

  it('returns undefined for an unknown model', async () => {
    expect(await lineageTree(db, 'no-such-model', 3)).toBeUndefined();
  });

  it('terminates on a lineage cycle without repeating a model on a path', async () => {
    const cyclic: KnowledgeBase = {
      eras: BUNDLED_KB.eras,
      architectures: BUNDLED_KB.architectures,
      concepts: BUNDLED_KB.concepts,
      models: [
        fixtureModel('loop-a', 'Loop A', { buildsOn: ['loop-c'] }),
        fixtureModel('loop-b', 'Loop B', { buildsOn: ['loop-a'] }),
        fixtureModel('loop-c', 'Loop C', { buildsOn: ['loop-b'] }),
      ],
    };
    const loopDb = createKbDatabase('kb-queries-cycle-test');
    try {
      await seedKnowledgeBase(loopDb, cyclic);
      const tree = await lineageTree(loopDb, 'loop-a', 50);
      // a ← c ← b, then b's parent is a again: the walk stops there.
      expect(branchIds(tree?.ancestors ?? [])).toEqual(['loop-c']);
      expect(branchIds(tree?.ancestors[0]?.next ?? [])).toEqual(['loop-b']);
      expect(tree?.ancestors[0]?.next[0]?.next).toEqual([]);
      expect(branchIds(tree?.descendants ?? [])).toEqual(['loop-b']);
    } finally {
      await loopDb.delete();
    }
  });
});
