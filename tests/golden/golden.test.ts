/**
 * Golden detection tests: every page in tests/fixtures with a
 * `<page>.expected.json` is scanned with the same code the content script
 * runs, and compared with what a reader of the page expects (format in
 * tests/fixtures/README.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Mention } from '../../lib/detect';
import { scanContent } from '../../scripts/scan-file';
import { FIXTURES_DIR } from '../support/fixture-server';

interface Expected {
  description: string;
  mentions: { id: string; text: string }[];
  mustNotFind: string[];
  allowExtra: string[];
}

const cases = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => {
    const page = f.replace(/\.expected\.json$/, '');
    const file = existsSync(`${FIXTURES_DIR}${page}`) ? page : `${page}.html`;
    const expected = JSON.parse(readFileSync(`${FIXTURES_DIR}${f}`, 'utf8')) as Expected;
    return { file, expected };
  });

/** Ids and texts of the mentions, in order. */
const pairs = (list: { id: string; text: string }[]) => list.map((m) => `${m.id} “${m.text}”`);

describe.each(cases)('$file', ({ file, expected }) => {
  const found: Mention[] = scanContent(file, readFileSync(`${FIXTURES_DIR}${file}`, 'utf8')).mentions;
  const kindOf = new Map(found.map((m) => [m.id, m.kind]));
  const extra = new Set(expected.allowExtra);

  test('reports exactly the expected mentions of the strict kinds, in order', () => {
    const strict = found.filter((m) => !extra.has(m.kind));
    const expectedStrict = expected.mentions.filter((m) => !extra.has(kindOf.get(m.id) ?? 'video'));
    expect(pairs(strict)).toEqual(pairs(expectedStrict));
  });

  test('finds every listed mention of the tolerant kinds, in order', () => {
    const tolerant = expected.mentions.filter((m) => extra.has(kindOf.get(m.id) ?? 'missing'));
    const listed = expected.mentions.filter((m) => !kindOf.has(m.id));
    // A listed id that was never found at all is a miss whatever its kind.
    expect(pairs(listed)).toEqual([]);
    let at = 0;
    const reported = pairs(found);
    for (const want of pairs(tolerant)) {
      const i = reported.indexOf(want, at);
      expect(i, `missing ${want} after position ${at}`).toBeGreaterThanOrEqual(0);
      at = i + 1;
    }
  });

  test('reports none of the ids that must not be found', () => {
    const ids = new Set(found.map((m) => m.id));
    expect(expected.mustNotFind.filter((id) => ids.has(id))).toEqual([]);
  });
});
