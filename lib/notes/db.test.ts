import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addNote,
  allNotes,
  articleByKey,
  countNotesByArticle,
  deleteNote,
  notesForArticle,
  notesForModel,
  openUserDb,
  restoreNote,
  updateNote,
  upsertArticle,
  USER_DB_NAME,
  userDb,
  type UserDb,
} from './db';

const opened: Dexie[] = [];
function freshDb(): UserDb {
  const db = openUserDb(`test-user-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('user database', () => {
  it('is its own database, never the knowledge base', () => {
    expect(USER_DB_NAME).toBe('video-model-atlas-user');
    expect(userDb().name).toBe('video-model-atlas-user');
    expect(userDb()).toBe(userDb());
    expect(() => openUserDb('video-model-atlas-kb')).toThrow(/knowledge base/);
  });

  it('adds, lists, counts and tags notes', async () => {
    const db = freshDb();
    const a = await addNote(
      db,
      { articleKey: 'arxiv:2311.15127', body: 'first', models: [' svd ', 'svd', '', 'sora'] },
      1000,
    );
    const b = await addNote(
      db,
      {
        articleKey: 'arxiv:2311.15127',
        body: 'second',
        quote: { exact: 'x', prefix: 'p', suffix: 's' },
      },
      2000,
    );
    await addNote(
      db,
      { articleKey: 'url:https://openai.com/index/sora', body: 'third', models: ['sora'] },
      1500,
    );

    expect(a.id).toMatch(UUID);
    expect(a).toMatchObject({ models: ['svd', 'sora'], created: 1000, updated: 1000 });
    expect(b.quote).toEqual({ exact: 'x', prefix: 'p', suffix: 's' });
    expect((await notesForArticle(db, 'arxiv:2311.15127')).map((n) => n.body)).toEqual([
      'first',
      'second',
    ]);
    expect((await notesForModel(db, 'sora')).map((n) => n.body)).toEqual(['third', 'first']);
    expect(await notesForModel(db, 'svd')).toHaveLength(1);
    expect((await allNotes(db)).map((n) => n.body)).toEqual(['first', 'third', 'second']);
    expect(await countNotesByArticle(db)).toEqual(
      new Map([
        ['arxiv:2311.15127', 2],
        ['url:https://openai.com/index/sora', 1],
      ]),
    );
    await expect(addNote(db, { articleKey: '', body: 'x' })).rejects.toThrow(TypeError);
  });

  it('updates a note and always moves `updated` forward', async () => {
    const db = freshDb();
    const note = await addNote(
      db,
      { articleKey: 'k', body: 'draft', quote: { exact: 'q', prefix: '', suffix: '' } },
      5000,
    );
    const edited = await updateNote(db, note.id, { body: 'final', models: ['veo'] }, 4000); // clock went back
    expect(edited).toMatchObject({ body: 'final', models: ['veo'], created: 5000, updated: 5001 });
    // null is how a removal travels between contexts (undefined is dropped by messaging).
    const unpinned = await updateNote(db, note.id, { quote: null }, 9000);
    expect(unpinned).not.toHaveProperty('quote');
    expect(await db.notes.get(note.id)).toEqual(unpinned);
    expect(await updateNote(db, 'missing', { body: 'x' })).toBeUndefined();
  });

  it('deletes a note and restores it exactly (undo)', async () => {
    const db = freshDb();
    const note = await addNote(db, {
      articleKey: 'k',
      body: 'keep me',
      models: ['svd'],
      quote: { exact: 'e', prefix: 'p', suffix: 's' },
    });
    const deleted = await deleteNote(db, note.id);
    expect(deleted).toEqual(note);
    expect(await db.notes.count()).toBe(0);
    expect(await deleteNote(db, note.id)).toBeUndefined();
    await restoreNote(db, deleted!);
    expect(await db.notes.get(note.id)).toEqual(note);
    expect(await notesForModel(db, 'svd')).toEqual([note]);
  });

  it('upserts articles without erasing what is known', async () => {
    const db = freshDb();
    const first = await upsertArticle(
      db,
      {
        key: 'arxiv:2311.15127',
        title: 'Stable Video Diffusion',
        url: 'https://arxiv.org/abs/2311.15127',
        site: 'arXiv',
        arxivId: '2311.15127',
        published: '2023-11-25',
        authors: ['Blattmann, Andreas'],
      },
      100,
    );
    expect(first).toEqual({
      key: 'arxiv:2311.15127',
      title: 'Stable Video Diffusion',
      url: 'https://arxiv.org/abs/2311.15127',
      site: 'arXiv',
      arxivId: '2311.15127',
      doi: null,
      published: '2023-11-25',
      authors: ['Blattmann, Andreas'],
      firstSeen: 100,
      lastSeen: 100,
    });
    const again = await upsertArticle(
      db,
      {
        key: 'arxiv:2311.15127',
        title: '',
        url: 'https://huggingface.co/papers/2311.15127',
        published: null,
        authors: [],
      },
      500,
    );
    expect(again).toMatchObject({
      title: 'Stable Video Diffusion',
      url: 'https://huggingface.co/papers/2311.15127',
      published: '2023-11-25',
      authors: ['Blattmann, Andreas'],
      firstSeen: 100,
      lastSeen: 500,
    });
    expect(await articleByKey(db, 'arxiv:2311.15127')).toEqual(again);
    expect(await articleByKey(db, 'nope')).toBeUndefined();
    await expect(upsertArticle(db, { key: '' })).rejects.toThrow(TypeError);
  });
});

describe('schema upgrade', () => {
  it('opens a version-1 database and keeps every note, adding model tags', async () => {
    const name = `test-upgrade-${crypto.randomUUID()}`;
    // Exactly what version 1 shipped with.
    const v1 = new Dexie(name);
    v1.version(1).stores({ articles: 'key, lastSeen', notes: 'id, articleKey, created' });
    const v1Notes = Array.from({ length: 250 }, (_, i) => ({
      id: crypto.randomUUID(),
      articleKey: `arxiv:2311.${String(15000 + (i % 7))}`,
      body: `note ${i} — ünïcödé 🎬`,
      created: 1_700_000_000_000 + i,
      updated: 1_700_000_000_000 + i * 2,
      ...(i % 3 === 0 ? { quote: { exact: `q${i}`, prefix: 'before ', suffix: ' after' } } : {}),
    }));
    // A note from a v1 build that had not written `updated` yet.
    const bare = {
      id: crypto.randomUUID(),
      articleKey: 'url:https://example.com/a',
      body: 'old',
      created: 5,
    };
    await v1.table('notes').bulkAdd([...v1Notes, bare]);
    await v1.table('articles').add({
      key: 'url:https://example.com/a',
      title: 'A',
      url: 'https://example.com/a',
      site: 'example.com',
      arxivId: null,
      doi: null,
      published: null,
      firstSeen: 1,
      lastSeen: 2,
    });
    v1.close();

    const db = openUserDb(name);
    opened.push(db);
    const notes = await allNotes(db);
    expect(db.verno).toBe(2);
    expect(notes).toHaveLength(251);
    const byId = new Map(notes.map((n) => [n.id, n]));
    for (const old of v1Notes) expect(byId.get(old.id)).toEqual({ ...old, models: [] });
    expect(byId.get(bare.id)).toEqual({ ...bare, models: [], updated: 5 });
    expect(await articleByKey(db, 'url:https://example.com/a')).toMatchObject({ title: 'A' });

    // The version-2 indexes work on upgraded data.
    await updateNote(db, v1Notes[0]!.id, { models: ['svd'] });
    expect((await notesForModel(db, 'svd')).map((n) => n.id)).toEqual([v1Notes[0]!.id]);
    expect(await db.notes.where('updated').above(0).count()).toBe(251);
  });
});
