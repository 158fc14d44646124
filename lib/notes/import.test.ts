import { afterEach, describe, expect, it } from 'vitest';
import { openUserDb, type UserDb } from './db';
import { exportJson } from './export';
import { importNotes, MAX_NOTES, MAX_STRING_LENGTH, parseNotesExport } from './import';
import { dump, SEED_ARTICLES, SEED_NOTES, seed } from './test-seed';
import type { ArticleRecord, NoteRecord, NotesExport } from './types';

const opened: UserDb[] = [];
function freshDb(): UserDb {
  const db = openUserDb(`test-import-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

type Dump = Awaited<ReturnType<typeof dump>>;

async function clear(db: UserDb): Promise<void> {
  await db.transaction('rw', db.articles, db.notes, async () => {
    await db.articles.clear();
    await db.notes.clear();
  });
}

function header(articles: unknown[], notes: unknown[]): Record<string, unknown> {
  return {
    format: 'video-model-atlas-notes',
    version: 1,
    exportedAt: '2025-01-01T00:00:00.000Z',
    articles,
    notes,
  };
}

function lcg(seedValue: number): () => number {
  let s = seedValue >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('round trip', () => {
  it('export → clear → import gives back identical data', async () => {
    const db = freshDb();
    await seed(db);
    const before = await dump(db);
    const text = await exportJson(db);
    await clear(db);
    expect(await dump(db)).toEqual({ articles: [], notes: [] });

    const parsed = parseNotesExport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const summary = await importNotes(db, parsed.data);
    expect(summary).toEqual({
      added: SEED_NOTES.length,
      updated: 0,
      unchanged: 0,
      articles: { added: SEED_ARTICLES.length, updated: 0, unchanged: 0 },
    });
    expect(await dump(db)).toEqual(before);

    // Importing the same file again changes nothing.
    expect(await importNotes(db, parsed.data)).toEqual({
      added: 0,
      updated: 0,
      unchanged: SEED_NOTES.length,
      articles: { added: 0, updated: 0, unchanged: SEED_ARTICLES.length },
    });
    expect(await dump(db)).toEqual(before);
  });
});

describe('merging', () => {
  it('keeps the newer note, keeps the existing one on a tie, and merges articles', async () => {
    const db = freshDb();
    await seed(db);
    const [n0, n1, n2] = SEED_NOTES as [NoteRecord, NoteRecord, NoteRecord];
    const a0 = SEED_ARTICLES[0]!;
    const file = header(
      [
        {
          ...a0,
          title: 'Renamed',
          published: null,
          firstSeen: a0.firstSeen - 10,
          lastSeen: a0.lastSeen + 10,
        },
      ],
      [
        { ...n0, body: 'newer', updated: n0.updated + 1 },
        { ...n1, body: 'same time, other text' },
        { ...n2, body: 'older', updated: n2.updated - 1 },
        { ...n2, id: 'new-note', body: 'brand new' },
      ],
    );
    const parsed = parseNotesExport(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importNotes(db, parsed.data)).toEqual({
      added: 1,
      updated: 1,
      unchanged: 2,
      articles: { added: 0, updated: 1, unchanged: 0 },
    });
    expect((await db.notes.get(n0.id))!.body).toBe('newer');
    expect((await db.notes.get(n1.id))!.body).toBe(n1.body);
    expect((await db.notes.get(n2.id))!.body).toBe(n2.body);
    expect((await db.notes.get('new-note'))!.body).toBe('brand new');
    expect(await db.articles.get(a0.key)).toEqual({
      ...a0,
      title: 'Renamed',
      published: a0.published,
      firstSeen: a0.firstSeen - 10,
      lastSeen: a0.lastSeen + 10,
    });
  });

  it('is all-or-nothing: a record failing inside the transaction leaves the database as it was', async () => {
    const db = freshDb();
    await seed(db);
    const before = await dump(db);
    const good = parseNotesExport(
      JSON.stringify(
        header(
          [{ ...SEED_ARTICLES[0]!, key: 'url:https://new.example/a' }],
          [
            { ...SEED_NOTES[0]!, id: 'fresh-1' },
            { ...SEED_NOTES[1]!, updated: 9e12 },
          ],
        ),
      ),
    );
    if (!good.ok) throw new Error(good.error);
    // Bypass the checks to get a record IndexedDB itself refuses (no primary key).
    const broken = {
      ...good.data,
      notes: [...good.data.notes, { ...SEED_NOTES[2]!, id: undefined }],
    } as unknown as NotesExport;
    await expect(importNotes(db, broken)).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });
});

describe('parseNotesExport messages', () => {
  const valid = (): { articles: Record<string, unknown>[]; notes: Record<string, unknown>[] } => ({
    articles: structuredClone(SEED_ARTICLES) as unknown as Record<string, unknown>[],
    notes: structuredClone(SEED_NOTES) as unknown as Record<string, unknown>[],
  });

  it.each([
    ['', 'not JSON: the file is empty'],
    ['{"format": "video-model-atlas-notes", "vers', /^not JSON: .*position \d+/],
    ['{"a": 1,}', /^not JSON: .*position \d+/],
    ['[]', 'file: expected an object with "format", "version", "articles" and "notes", got array'],
    ['null', /^file: expected an object .* got null$/],
    ['{}', 'format: missing'],
    [
      '{"format": "something-else"}',
      'format: expected "video-model-atlas-notes", got "something-else"',
    ],
    ['{"format": 3}', 'format: expected "video-model-atlas-notes", got number'],
    ['{"format": "video-model-atlas-notes"}', 'version: missing'],
    [
      '{"format": "video-model-atlas-notes", "version": "1"}',
      'version: expected a number, got string',
    ],
    [
      '{"format": "video-model-atlas-notes", "version": 2}',
      'version: unsupported version 2 (this build reads version 1)',
    ],
    ['{"format": "video-model-atlas-notes", "version": 1}', 'exportedAt: missing'],
    ['{"format": "video-model-atlas-notes", "version": 1, "exportedAt": "x"}', 'articles: missing'],
    [
      '{"format": "video-model-atlas-notes", "version": 1, "exportedAt": "x", "articles": {}}',
      'articles: expected an array, got object',
    ],
    [
      '{"format": "video-model-atlas-notes", "version": 1, "exportedAt": "x", "articles": []}',
      'notes: missing',
    ],
  ])('%j → %s', (text, expected) => {
    const result = parseNotesExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      if (typeof expected === 'string') expect(result.error).toBe(expected);
      else expect(result.error).toMatch(expected);
    }
  });

  it('names the record and field', () => {
    const check = (mutate: (d: ReturnType<typeof valid>) => void): string => {
      const d = valid();
      mutate(d);
      const r = parseNotesExport(JSON.stringify(header(d.articles, d.notes)));
      return r.ok ? 'ok' : r.error;
    };
    const many = (d: ReturnType<typeof valid>): void => {
      while (d.notes.length < 13) d.notes.push({ ...d.notes[0]!, id: `n${d.notes.length}` });
    };
    expect(
      check((d) => {
        many(d);
        d.notes[12]!.updated = '2024';
      }),
    ).toBe('notes[12].updated: expected a number, got string');
    expect(
      check((d) => {
        delete d.articles[3]!.key;
      }),
    ).toBe('articles[3].key: missing');
    expect(
      check((d) => {
        d.articles[1]!.published = '15 Feb 2024';
      }),
    ).toBe('articles[1].published: expected "YYYY-MM" or "YYYY-MM-DD", got "15 Feb 2024"');
    expect(
      check((d) => {
        d.notes[2]!.models = ['sora', 7];
      }),
    ).toBe('notes[2].models[1]: expected a string, got number');
    expect(
      check((d) => {
        d.notes[0]!.quote = { exact: 'x', prefix: '' };
      }),
    ).toBe('notes[0].quote.suffix: missing');
    expect(
      check((d) => {
        d.notes[1]!.created = -5;
      }),
    ).toBe('notes[1].created: expected a time in milliseconds since 1970, got -5');
    expect(
      check((d) => {
        d.notes[4]!.id = d.notes[1]!.id;
      }),
    ).toBe(`notes[4].id: "${SEED_NOTES[1]!.id}" is already used by notes[1]`);
    expect(
      check((d) => {
        d.articles[2]!.key = d.articles[0]!.key;
      }),
    ).toBe('articles[2].key: "arxiv:2311.15127" is already used by articles[0]');
    expect(
      check((d) => {
        d.notes[0]!.articleKey = '';
      }),
    ).toBe('notes[0].articleKey: expected a non-empty string');
    expect(
      check((d) => {
        d.notes[3] = 'note' as unknown as Record<string, unknown>;
      }),
    ).toBe('notes[3]: expected an object, got string');
  });

  it('tolerates and drops unknown fields, and reads a null quote as none', () => {
    const d = valid();
    d.articles[0]!.color = 'red';
    d.notes[0]!.pinned = true;
    d.notes[2]!.quote = null;
    const r = parseNotesExport(
      JSON.stringify({ ...header(d.articles, d.notes), generator: 'v9', extra: [1, 2] }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.articles[0]).not.toHaveProperty('color');
    expect(r.data.notes[0]).not.toHaveProperty('pinned');
    expect(r.data.notes[2]).not.toHaveProperty('quote');
    expect(r.data).not.toHaveProperty('generator');
  });

  it('enforces the size limits', () => {
    const d = valid();
    d.notes[0]!.body = 'x'.repeat(MAX_STRING_LENGTH);
    expect(parseNotesExport(JSON.stringify(header(d.articles, d.notes))).ok).toBe(true);
    d.notes[0]!.body = 'x'.repeat(MAX_STRING_LENGTH + 1);
    expect(parseNotesExport(JSON.stringify(header(d.articles, d.notes)))).toEqual({
      ok: false,
      error: 'notes[0].body: 1000001 characters, longer than the limit of 1000000',
    });
    const tooMany = `{"format":"video-model-atlas-notes","version":1,"exportedAt":"x","articles":[],"notes":[${Array(
      MAX_NOTES + 1,
    )
      .fill('{}')
      .join(',')}]}`;
    expect(parseNotesExport(tooMany)).toEqual({
      ok: false,
      error: 'notes: 100001 notes, more than the limit of 100000',
    });
  });
});

/**
 * The fuzz harness: every attempt must either be refused with a message that
 * names a place, leaving the database exactly as it was, or be imported whole.
 */
describe('bad imports (fuzz)', () => {
  const ERROR_SHAPE = /^(not JSON: .+|file: .+|[A-Za-z]+(\[\d+\])?(\.[A-Za-z]+(\[\d+\])?)*: .+)$/;
  let stats = { rejected: 0, imported: 0 };

  // The database starts from a state the file partly differs from, so valid
  // imports really add and update.
  async function prepare(db: UserDb): Promise<void> {
    await clear(db);
    await db.articles.bulkAdd(structuredClone(SEED_ARTICLES.slice(1)));
    await db.notes.bulkAdd(
      structuredClone([
        { ...SEED_NOTES[0]!, updated: SEED_NOTES[0]!.updated - 1000 },
        ...SEED_NOTES.slice(1, 3),
      ]),
    );
  }

  async function attempt(db: UserDb, text: string, label: string): Promise<void> {
    const before = await dump(db);
    const parsed = parseNotesExport(text);
    if (!parsed.ok) {
      stats.rejected++;
      expect(parsed.error, label).toMatch(ERROR_SHAPE);
      expect(await dump(db), label).toEqual(before);
      return;
    }
    await importNotes(db, parsed.data);
    stats.imported++;
    expectImportedWhole(before, await dump(db), parsed.data, label);
    await prepare(db);
  }

  function expectImportedWhole(before: Dump, after: Dump, data: NotesExport, label: string): void {
    const oldNotes = new Map(before.notes.map((n) => [n.id, n]));
    const newNotes = new Map(after.notes.map((n) => [n.id, n]));
    for (const note of data.notes) {
      const old = oldNotes.get(note.id);
      const expected = !old || note.updated > old.updated ? note : old;
      expect(newNotes.get(note.id), label).toEqual(expected);
    }
    const newArticles = new Map(after.articles.map((a) => [a.key, a]));
    for (const a of data.articles) expect(newArticles.has(a.key), label).toBe(true);
    // Nothing outside the file changed.
    const touched = new Set(data.notes.map((n) => n.id));
    for (const old of before.notes)
      if (!touched.has(old.id)) expect(newNotes.get(old.id), label).toEqual(old);
    const touchedArticles = new Set(data.articles.map((a) => a.key));
    for (const old of before.articles)
      if (!touchedArticles.has(old.key)) expect(newArticles.get(old.key), label).toEqual(old);
    expect(after.notes.length, label).toBe(new Set([...oldNotes.keys(), ...touched]).size);
  }

  async function validText(): Promise<string> {
    const source = freshDb();
    await seed(source);
    return exportJson(source);
  }

  it('truncated JSON at every prefix length (by stride)', async () => {
    const db = freshDb();
    await prepare(db);
    const text = await validText();
    const stride = Math.max(1, Math.floor(text.length / 400));
    const lengths = new Set<number>();
    for (let n = 0; n < text.length; n += stride) lengths.add(n);
    for (let n = 0; n < 64; n++) lengths.add(n).add(text.length - 1 - n);
    stats = { rejected: 0, imported: 0 };
    for (const n of lengths) {
      const prefix = text.slice(0, n);
      const parsed = parseNotesExport(prefix);
      expect(parsed.ok, `prefix ${n}`).toBe(false);
      if (!parsed.ok)
        expect(parsed.error, `prefix ${n}`).toMatch(
          /^not JSON: (the file is empty|.*position \d+)/,
        );
      await attempt(db, prefix, `prefix ${n}`);
    }
    expect(stats.rejected).toBe(lengths.size);
    await attempt(db, text, 'whole file');
    expect(stats.imported).toBe(1);
  });

  // Every field, every wrong type; the values a field accepts are imported whole.
  type Kind = 'key' | 'string' | 'nullable' | 'date' | 'time' | 'strings' | 'keys' | 'quote';
  const ARTICLE_FIELDS: Record<string, Kind> = {
    key: 'key',
    title: 'string',
    url: 'string',
    site: 'string',
    arxivId: 'nullable',
    doi: 'nullable',
    published: 'date',
    firstSeen: 'time',
    lastSeen: 'time',
    authors: 'strings',
  };
  const NOTE_FIELDS: Record<string, Kind> = {
    id: 'key',
    articleKey: 'key',
    body: 'string',
    models: 'keys',
    created: 'time',
    updated: 'time',
    quote: 'quote',
  };
  const OPTIONAL = new Set(['authors', 'quote']);
  const WRONG: unknown[] = [
    42,
    -1,
    1.5,
    'text',
    '',
    null,
    true,
    [],
    ['a'],
    [1],
    {},
    { exact: 'a', prefix: '', suffix: '' },
  ];
  function accepts(kind: Kind, v: unknown): boolean {
    switch (kind) {
      case 'key':
        return typeof v === 'string' && v !== '';
      case 'string':
        return typeof v === 'string';
      case 'nullable':
        return v === null || typeof v === 'string';
      case 'date':
        return v === null;
      case 'time':
        return typeof v === 'number' && v >= 0;
      case 'strings':
        return Array.isArray(v) && v.every((x) => typeof x === 'string');
      case 'keys':
        return Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '');
      case 'quote':
        return v === null || (typeof v === 'object' && v !== null && 'exact' in v);
    }
  }

  it('wrong types and missing fields in every field', async () => {
    const db = freshDb();
    await prepare(db);
    const base = JSON.parse(await validText()) as {
      articles: Record<string, unknown>[];
      notes: Record<string, unknown>[];
    };
    stats = { rejected: 0, imported: 0 };
    const cases: { text: string; label: string; path: string; ok: boolean }[] = [];
    for (const [table, fields] of [
      ['articles', ARTICLE_FIELDS],
      ['notes', NOTE_FIELDS],
    ] as const) {
      const index = table === 'articles' ? 2 : 1;
      for (const [name, kind] of Object.entries(fields)) {
        const path = `${table}[${index}].${name}`;
        for (const value of [...WRONG, undefined]) {
          const copy = structuredClone(base);
          const record = copy[table][index]!;
          if (value === undefined) delete record[name];
          else record[name] = value;
          const ok = value === undefined ? OPTIONAL.has(name) : accepts(kind, value);
          cases.push({
            text: JSON.stringify(copy),
            label: `${path} = ${JSON.stringify(value)}`,
            path,
            ok,
          });
        }
      }
    }
    for (const [name, value] of [
      ['format', 'x'],
      ['version', 1.5],
      ['version', 0],
      ['exportedAt', 5],
      ['articles', null],
      ['notes', 'x'],
    ] as const) {
      const copy = structuredClone(base) as Record<string, unknown>;
      copy[name] = value;
      cases.push({
        text: JSON.stringify(copy),
        label: `${name} = ${JSON.stringify(value)}`,
        path: name,
        ok: false,
      });
    }
    for (const c of cases) {
      const parsed = parseNotesExport(c.text);
      expect(parsed.ok, c.label).toBe(c.ok);
      if (!parsed.ok)
        expect(parsed.error.startsWith(c.path), `${c.label}: ${parsed.error}`).toBe(true);
      await attempt(db, c.text, c.label);
    }
    expect(stats.rejected).toBeGreaterThan(100);
    expect(stats.imported).toBeGreaterThan(20);
  });

  it('huge strings', async () => {
    const db = freshDb();
    await prepare(db);
    const base = JSON.parse(await validText()) as {
      articles: Record<string, unknown>[];
      notes: Record<string, unknown>[];
    };
    const big = 'y'.repeat(MAX_STRING_LENGTH + 1);
    const targets: [string, (c: typeof base) => void, boolean][] = [
      [
        'notes[0].body',
        (c) => {
          c.notes[0]!.body = big;
        },
        false,
      ],
      [
        'notes[1].quote.exact',
        (c) => {
          c.notes[1]!.quote = { exact: big, prefix: '', suffix: '' };
        },
        false,
      ],
      [
        'articles[0].title',
        (c) => {
          c.articles[0]!.title = big;
        },
        false,
      ],
      [
        'notes[0].models[0]',
        (c) => {
          c.notes[0]!.models = [big];
        },
        false,
      ],
      [
        'notes[0].body',
        (c) => {
          c.notes[0]!.body = big.slice(1);
          c.notes[0]!.updated = 9e12;
        },
        true,
      ],
    ];
    for (const [path, mutate, ok] of targets) {
      const copy = structuredClone(base);
      mutate(copy);
      const text = JSON.stringify(copy);
      const parsed = parseNotesExport(text);
      expect(parsed.ok, path).toBe(ok);
      if (!parsed.ok)
        expect(parsed.error).toBe(`${path}: 1000001 characters, longer than the limit of 1000000`);
      await attempt(db, text, path);
    }
  });

  it('10,000 notes are imported whole', async () => {
    const db = freshDb();
    await prepare(db);
    const articles: ArticleRecord[] = Array.from({ length: 100 }, (_, i) => ({
      key: `url:https://example.com/${i}`,
      title: `Article ${i}`,
      url: `https://example.com/${i}`,
      site: 'example.com',
      arxivId: null,
      doi: null,
      published: null,
      firstSeen: i,
      lastSeen: i,
    }));
    const notes: NoteRecord[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `bulk-${i}`,
      articleKey: `url:https://example.com/${i % 100}`,
      body: `Note ${i}: ${'lorem ipsum '.repeat(i % 20)}`,
      models: i % 2 ? ['sora'] : [],
      created: 1000 + i,
      updated: 2000 + i,
      ...(i % 5 === 0 ? { quote: { exact: `quote ${i}`, prefix: 'a', suffix: 'b' } } : {}),
    }));
    const text = JSON.stringify(header(articles, [...notes, ...structuredClone(SEED_NOTES)]));
    const parsed = parseNotesExport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const before = await dump(db);
    const summary = await importNotes(db, parsed.data);
    expect(summary.added).toBe(10_000 + 2);
    expect(summary.updated).toBe(1);
    expect(summary.unchanged).toBe(2);
    expectImportedWhole(before, await dump(db), parsed.data, '10k');
    expect(await db.notes.where('models').equals('sora').count()).toBe(5000 + 1);
  }, 60_000);

  it('random garbage and random corruption of a valid file', async () => {
    const db = freshDb();
    await prepare(db);
    const text = await validText();
    const rand = lcg(20250101);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const randomString = (n: number): string =>
      Array.from({ length: n }, () =>
        String.fromCharCode(pick([32 + Math.floor(rand() * 95), Math.floor(rand() * 0xd7ff)])),
      ).join('');
    const randomJson = (depth: number): unknown => {
      const r = rand();
      if (depth <= 0 || r < 0.3)
        return pick([
          null,
          true,
          false,
          rand() * 1e6 - 5e5,
          randomString(Math.floor(rand() * 12)),
          '',
        ]);
      if (r < 0.6)
        return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(depth - 1));
      const keys = [
        'format',
        'version',
        'exportedAt',
        'articles',
        'notes',
        'id',
        'key',
        'body',
        'models',
        'updated',
        'quote',
        'x',
      ];
      return Object.fromEntries(
        Array.from({ length: Math.floor(rand() * 6) }, () => [pick(keys), randomJson(depth - 1)]),
      );
    };

    stats = { rejected: 0, imported: 0 };
    for (let i = 0; i < 150; i++)
      await attempt(db, randomString(Math.floor(rand() * 200)), `garbage ${i}`);
    for (let i = 0; i < 150; i++) {
      const value = randomJson(4);
      // Some random objects get a valid header, to reach the record checks.
      const withHeader =
        i % 2 === 0 && value !== null && typeof value === 'object' && !Array.isArray(value)
          ? {
              ...header(
                pick([[], [randomJson(2)]]),
                pick([[], [randomJson(3)], [randomJson(2), randomJson(2)]]),
              ),
              ...(i % 4 === 0 ? value : {}),
            }
          : value;
      await attempt(db, JSON.stringify(withHeader) ?? 'undefined', `random json ${i}`);
    }
    for (let i = 0; i < 300; i++) {
      const chars = [...text];
      const edits = 1 + Math.floor(rand() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rand() * chars.length);
        const op = rand();
        if (op < 0.4)
          chars[at] = pick(['"', '{', '}', '[', ']', ',', ':', '0', '-', 'x', ' ', '\\', 'n']);
        else if (op < 0.7) chars.splice(at, 1);
        else chars.splice(at, 0, pick(['"', ',', '1', 'null', '{}', '[]']));
      }
      await attempt(db, chars.join(''), `corrupted ${i}`);
    }
    expect(stats.rejected + stats.imported).toBe(600);
    expect(stats.rejected).toBeGreaterThan(300);
    expect(stats.imported).toBeGreaterThan(0);
  }, 60_000);
});
