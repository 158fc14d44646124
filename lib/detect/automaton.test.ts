import { describe, expect, test } from 'vitest';
import { BUNDLED_KB } from '../kb/bundle';
import { buildAliasIndex, type AliasEntry, type AliasIndex } from './alias-index';
import { Automaton, buildAutomaton, DENSE_CELL_BUDGET } from './automaton';
import { scanContext } from './context';
import { analyzeText, createPageContext } from './find-mentions';
import { foldCode, foldKey, SPACE, TRANSPARENT } from './fold';
import {
  compileMatcher,
  loadMatcherWithBudget,
  matcherAutomaton,
  type CompiledMatcher,
  type Matcher,
} from './matcher';
import { prng, TEST_KB } from './test-fixture';

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

// Characters that exercise folding: spaces of all kinds, skipped marks and
// invisible characters, dashes, block separators, surrogates, full-width.
const NOISE = [
  ' ',
  '  ',
  '\u00a0',
  '\t\n',
  '\u200b',
  '\u0301',
  '\u00ad',
  '-',
  '\u2011',
  '.',
  ',',
  '\u2029',
  'x',
  'A',
  '1',
  '.5',
  "'s",
  '’s',
  'é',
  'É',
  '\ud835\udc00',
  '😀',
  'の',
  '(',
  ')',
  'ß',
  '\uff33',
  '\u0130',
];

function randomCase(r: Rand, s: string): string {
  const x = r();
  if (x < 0.6) return s;
  if (x < 0.75) return s.toUpperCase();
  if (x < 0.9) return s.toLowerCase();
  return [...s].map((c) => (r() < 0.5 ? c.toUpperCase() : c)).join('');
}

/** A seeded text of names (sometimes cut, re-cased or with noise inside), words and noise. */
function randomText(r: Rand, pieces: readonly string[], parts: number): string {
  let text = '';
  for (let p = 0; p < parts; p++) {
    if (r() < 0.6) {
      let s = randomCase(r, pick(r, pieces));
      if (r() < 0.15) s = s.slice(0, Math.max(1, Math.floor(r() * s.length)));
      if (r() < 0.2) {
        const i = Math.floor(r() * (s.length + 1));
        s = s.slice(0, i) + pick(r, NOISE) + s.slice(i);
      }
      text += s;
    } else text += pick(r, NOISE);
    if (r() < 0.7) text += pick(r, [' ', ' ', ', ', '. ']);
  }
  return text;
}

/** Everything the engine reports for a text, as one comparable value. */
function results(m: Matcher, text: string) {
  const raw: number[] = [];
  const steps = m.scan(text, (s, e, k) => raw.push(s, e, k));
  const page = createPageContext();
  const analyses = [
    {},
    { ignoreContext: true },
    { topicScore: 0 },
    { topicScore: 10 },
    { page },
    { page },
  ].map((options) => {
    const a = analyzeText(text, m, options);
    return { mentions: a.mentions, score: a.topicScore, anchors: [...a.anchors].sort() };
  });
  return {
    raw,
    stepsBounded: steps <= 2 * text.length,
    candidates: m.candidates(text).map((c) => [c.start, c.end, c.index, c.glued]),
    context: scanContext(text, m.context),
    analyses,
    page: { score: page.score, ids: [...page.ids], groups: [...page.groups] },
  };
}

const allDense = (c: CompiledMatcher) => c.automaton.fail.length * (c.automaton.labels.length + 4);

describe('dense and sparse paths agree', () => {
  const compiled = compileMatcher(buildAliasIndex(TEST_KB));
  const dense = loadMatcherWithBudget(compiled, allDense(compiled));
  const sparse = loadMatcherWithBudget(compiled, 0);
  const mixed = loadMatcherWithBudget(compiled, 40 * (compiled.automaton.labels.length + 4));
  const pieces = [
    ...compiled.entries.map((e) => e.text),
    ...compiled.context.patterns.map((p) => p.key),
    'OpenAI',
    'et al.',
    'Xiang Wan, ',
    'Wan2.1',
    'DiTs',
  ];

  test('the budgets give the intended shapes', () => {
    expect(matcherAutomaton(dense)!.denseStates).toBe(matcherAutomaton(dense)!.stateCount);
    expect(matcherAutomaton(sparse)!.denseStates).toBe(1);
    const m = matcherAutomaton(mixed)!;
    expect(m.denseStates).toBeGreaterThan(1);
    expect(m.denseStates).toBeLessThan(m.stateCount);
  });

  test('identical results on seeded random texts (test KB)', () => {
    const r = prng(20240601);
    for (let i = 0; i < 400; i++) {
      const text = randomText(r, pieces, 1 + Math.floor(r() * 40));
      const want = results(sparse, text);
      expect(want.stepsBounded).toBe(true);
      expect(results(dense, text)).toEqual(want);
      expect(results(mixed, text)).toEqual(want);
    }
  });

  test('identical results on seeded random texts (real KB)', () => {
    const real = compileMatcher(buildAliasIndex(BUNDLED_KB));
    const a = loadMatcherWithBudget(real, DENSE_CELL_BUDGET);
    const b = loadMatcherWithBudget(real, 0);
    expect(matcherAutomaton(a)!.denseStates).toBe(matcherAutomaton(a)!.stateCount);
    const names = [...real.entries.map((e) => e.text), ...real.context.patterns.map((p) => p.key)];
    const r = prng(7);
    for (let i = 0; i < 150; i++) {
      const text = randomText(r, names, 1 + Math.floor(r() * 60));
      expect(results(a, text)).toEqual(results(b, text));
    }
  });

  test('20,000 synthetic aliases: default budget (partly sparse), all dense and all sparse agree', () => {
    const r = prng(42);
    const base = buildAliasIndex(TEST_KB);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = () =>
      Array.from({ length: 3 + Math.floor(r() * 8) }, () => pick(r, [...letters])).join('');
    const synthetic: AliasEntry[] = Array.from({ length: 20_000 }, (_, i) => {
      const prefix = ['Sora', 'Gen-3', 'Stable', 'Wan', 'Veo', ''][i % 6]!;
      const text = `${prefix}${prefix ? ' ' : ''}${word()}${i % 3 === 0 ? `-${i}` : ''}`;
      return {
        text,
        id: `syn-${i}`,
        kind: 'video',
        caseSensitive: i % 7 === 0,
        needsContext: i % 5 === 0,
        ids: [`syn-${i}`],
      };
    });
    const index: AliasIndex = { ...base, entries: [...base.entries, ...synthetic] };
    const compiled = compileMatcher(index);
    const byDefault = loadMatcherWithBudget(compiled, DENSE_CELL_BUDGET);
    const automaton = matcherAutomaton(byDefault)!;
    // The budget holds, and the deepest states are left to the sparse path.
    expect(automaton.denseBytes).toBeLessThanOrEqual(4 * DENSE_CELL_BUDGET + 4);
    expect(automaton.denseStates).toBeLessThan(automaton.stateCount);
    const dense = loadMatcherWithBudget(compiled, allDense(compiled));
    const sparse = loadMatcherWithBudget(compiled, 0);
    const pieces = [...synthetic.map((e) => e.text), ...base.entries.map((e) => e.text)];
    for (let i = 0; i < 60; i++) {
      const text = randomText(r, pieces, 1 + Math.floor(r() * 80));
      const want = results(sparse, text);
      expect(results(byDefault, text)).toEqual(want);
      expect(results(dense, text)).toEqual(want);
    }
  });
});

/**
 * Reference: every occurrence of every key, found the slow way. The text is
 * read as the automaton reads it (folded; skipped characters dropped; a
 * whitespace run read as one space, at its first character), and each key is
 * looked for at every position.
 */
function naiveOccurrences(keys: readonly string[], text: string): string[] {
  const read: number[] = [];
  const at: number[] = [];
  let prevSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = foldCode(text.charCodeAt(i));
    if (c === TRANSPARENT) continue;
    if (c === SPACE) {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    read.push(c);
    at.push(i);
  }
  const out: string[] = [];
  keys.forEach((key, k) => {
    if (!key) return;
    for (let p = 0; p + key.length <= read.length; p++) {
      let ok = true;
      for (let j = 0; j < key.length && ok; j++) ok = read[p + j] === key.charCodeAt(j);
      if (ok) out.push(`${at[p]!}-${at[p + key.length - 1]! + 1}:${k}`);
    }
  });
  return out.sort();
}

describe('automaton against a naive search', () => {
  const words = [
    'he',
    'she',
    'his',
    'hers',
    'a b',
    'b a',
    'ab',
    'aab',
    'abab',
    'a-b',
    'b',
    'é',
    '\ud835\udc00b',
    '',
    'ab',
  ];
  const keys = words.map((w) => foldKey(w));
  const data = buildAutomaton(keys);
  const C = data.labels.length + 4;
  const variants = [0, 3 * C, 1 << 20].map((budget) => new Automaton(data, budget));
  const alphabet = [
    'a',
    'b',
    'h',
    'e',
    's',
    'r',
    'i',
    ' ',
    '  ',
    '\u200b',
    '\u0301',
    '-',
    'É',
    '\ud835\udc00',
    'x',
    '\n',
  ];

  test('every occurrence, skipped characters and whitespace runs included', () => {
    const r = prng(3);
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = Math.floor(r() * 30);
      for (let j = 0; j < n; j++) text += pick(r, alphabet);
      const want = naiveOccurrences(keys, text);
      for (const a of variants) {
        const got: string[] = [];
        const steps = a.scan(text, (s, e, k) => got.push(`${s}-${e}:${k}`));
        expect(got.sort()).toEqual(want);
        expect(steps).toBeLessThanOrEqual(2 * text.length);
      }
    }
  });

  test('rows are built on first visit only', () => {
    const a = new Automaton(data);
    expect(a.denseRowsBuilt).toBe(1); // the root
    a.scan('xxxx', () => {});
    expect(a.denseRowsBuilt).toBe(1);
    a.scan('hers', () => {});
    const built = a.denseRowsBuilt;
    expect(built).toBeGreaterThan(1);
    expect(built).toBeLessThanOrEqual(a.stateCount);
    a.scan('hers', () => {});
    expect(a.denseRowsBuilt).toBe(built);
  });

  test('the compiled form holds no dense table', () => {
    const n = data.fail.length;
    const numbers = Object.values(data).reduce((sum, xs) => sum + (xs as number[]).length, 0);
    // Per state: edge start, edge label, failure and output links, output start;
    // plus the key lengths, outputs and labels.
    expect(numbers).toBeLessThanOrEqual(5 * n + 2 * keys.length + data.labels.length + 2);
  });

  test('rejects malformed data', () => {
    expect(() => new Automaton({ ...data, fail: data.fail.slice(1) })).toThrow();
    expect(() => new Automaton({ ...data, edgeChar: [] })).toThrow();
  });
});
