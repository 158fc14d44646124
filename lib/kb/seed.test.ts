import { Dexie, type EntityTable } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_KB } from './bundle';
import { createKbDatabase, KB_DB_NAME, type KbDatabase } from './db';
import { kbContentHash, seedKnowledgeBase } from './seed';
import type { KnowledgeBase, Model } from './types';

interface Note {
  id?: number;
  url: string;
  text: string;
}

type UserDb = Dexie & { notes: EntityTable<Note, 'id'> };

const opened: Dexie[] = [];

/** A fresh KB database per test, so tests never see each other's data. */
function freshKbDb(): KbDatabase {
  const db = createKbDatabase(`kb-seed-test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

function userDb(): UserDb {
  const db = new Dexie('video-model-atlas-user') as UserDb;
  db.version(1).stores({ notes: '++id, url' });
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function cloneKb(kb: KnowledgeBase): KnowledgeBase {
  return structuredClone(kb);
}

describe('kbContentHash', () => {
  it('is 16 hex digits and the same for the same content', () => {
    const hash = kbContentHash(BUNDLED_KB);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(kbContentHash(cloneKb(BUNDLED_KB))).toBe(hash);
  });

  it('does not depend on the order keys were written in', () => {
    const reordered = cloneKb(BUNDLED_KB);
    reordered.models = reordered.models.map(
      (m) => Object.fromEntries(Object.entries(m).reverse()) as unknown as Model,
    );
    expect(kbContentHash(reordered)).toBe(kbContentHash(BUNDLED_KB));
  });

  it('changes when one summary changes', () => {
    const edited = cloneKb(BUNDLED_KB);
    const first = edited.models[0];
    if (!first) throw new Error('bundled KB has no models');
    first.summary += ' Edited.';
    expect(kbContentHash(edited)).not.toBe(kbContentHash(BUNDLED_KB));
  });
});

describe('seedKnowledgeBase', () => {
  it('uses its own database name, not the notes database', () => {
    expect(KB_DB_NAME).toBe('video-model-atlas-kb');
    expect(createKbDatabase().name).toBe('video-model-atlas-kb');
  });

  it('writes the whole bundle on first run', async () => {
    const db = freshKbDb();
    const result = await seedKnowledgeBase(db, BUNDLED_KB);
    expect(result).toEqual({ seeded: true, hash: kbContentHash(BUNDLED_KB) });
    expect(await db.models.count()).toBe(BUNDLED_KB.models.length);
    expect(await db.concepts.count()).toBe(BUNDLED_KB.concepts.length);
    expect(await db.eras.count()).toBe(BUNDLED_KB.eras.length);
    expect(await db.architectures.count()).toBe(BUNDLED_KB.architectures.length);
    expect((await db.meta.get('bundleHash'))?.value).toBe(result.hash);
    expect(typeof (await db.meta.get('seededAt'))?.value).toBe('number');
  });

  it('does nothing when the stored hash equals the bundle hash', async () => {
    const db = freshKbDb();
    await seedKnowledgeBase(db, BUNDLED_KB);
    const seededAt = (await db.meta.get('seededAt'))?.value;
    // A row the seeder would have cleared had it rewritten the tables.
    await db.models.update('stable-video-diffusion', { summary: 'marker' });
    const again = await seedKnowledgeBase(db, BUNDLED_KB);
    expect(again.seeded).toBe(false);
    expect((await db.meta.get('seededAt'))?.value).toBe(seededAt);
    expect((await db.models.get('stable-video-diffusion'))?.summary).toBe('marker');
  });

  it('replaces the KB when the bundle changed (one model edited, one removed)', async () => {
    const db = freshKbDb();
    await seedKnowledgeBase(db, BUNDLED_KB);
    const next = cloneKb(BUNDLED_KB);
    next.models = next.models.filter((m) => m.id !== 'mocogan');
    const svd = next.models.find((m) => m.id === 'stable-video-diffusion');
    if (!svd) throw new Error('bundled KB lacks stable-video-diffusion');
    svd.summary = 'An edited summary for the reseeding test.';

    const result = await seedKnowledgeBase(db, next);
    expect(result).toEqual({ seeded: true, hash: kbContentHash(next) });
    expect(await db.models.count()).toBe(BUNDLED_KB.models.length - 1);
    expect(await db.models.get('mocogan')).toBeUndefined();
    expect((await db.models.get('stable-video-diffusion'))?.summary).toBe(svd.summary);
    expect((await db.meta.get('bundleHash'))?.value).toBe(result.hash);
  });

  it('keeps the previous KB whole when a reseed fails halfway', async () => {
    const db = freshKbDb();
    const first = await seedKnowledgeBase(db, BUNDLED_KB);
    const broken = cloneKb(BUNDLED_KB);
    // A row without its primary key makes bulkPut fail after the clears ran.
    Reflect.deleteProperty(broken.models[5] ?? {}, 'id');
    await expect(seedKnowledgeBase(db, broken)).rejects.toThrow();
    expect(await db.models.count()).toBe(BUNDLED_KB.models.length);
    expect(await db.eras.count()).toBe(BUNDLED_KB.eras.length);
    expect((await db.meta.get('bundleHash'))?.value).toBe(first.hash);
  });

  it('leaves a separate notes database untouched by seeding and reseeding', async () => {
    const notes = userDb();
    await notes.notes.bulkAdd([
      { url: 'https://arxiv.org/abs/2311.15127', text: 'SVD: read section 4' },
      { url: 'https://example.org/post', text: 'compare with Sora' },
    ]);
    const before = await notes.notes.toArray();

    const db = freshKbDb();
    await seedKnowledgeBase(db, BUNDLED_KB);
    const next = cloneKb(BUNDLED_KB);
    next.models.pop();
    await seedKnowledgeBase(db, next);

    expect(await notes.notes.toArray()).toEqual(before);
    expect(await Dexie.getDatabaseNames()).toContain('video-model-atlas-user');
  });
});
