import { describe, expect, test } from 'vitest';
import { findMentions, summarizeMentions } from './find-mentions';
import { fold } from './fold';
import { prng, testMatcher } from './test-fixture';

const m = testMatcher();

// Pieces the fuzzer glues together: names and near-names, separators, marks,
// astral characters, lone surrogates, odd spaces and dashes.
const PIECES = [
  'Sora',
  'Open',
  '-',
  'Sora ',
  'SVD',
  '-XT',
  'Stable ',
  'Video ',
  'Diffusion',
  'Gen',
  '\u2011',
  '3',
  ' Alpha',
  ' Turbo',
  'Wan',
  '\u00a0',
  '2.1',
  '2.',
  '1',
  'Kling',
  ' v',
  '2024',
  'Pika',
  'chu',
  'NÜWA',
  'NU',
  '\u0308',
  'WA',
  'Lumière',
  'DALL',
  '·',
  'E',
  'ＳＶＤ',
  '\u0301',
  '\u200b',
  '\u2029',
  '\n',
  '\t',
  '  ',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
  'の',
  'x',
  '_',
  '.',
  "'s",
  'OpenAI',
  ' generated ',
  'text-to-video',
  'DiT',
  's',
  'CogVideoX',
  '-5B',
  '-14B',
  ' Fast',
  'Veo',
  ' 3',
  '.1',
  'Phenaki',
  '\u0000',
  '\uffff',
  '\ufeff',
];

function randomText(rand: () => number, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) {
    if (rand() < 0.15) s += String.fromCharCode(Math.floor(rand() * 0x10000));
    else s += PIECES[Math.floor(rand() * PIECES.length)]!;
  }
  return s;
}

describe('fuzz', () => {
  test('random Unicode never throws; mentions are exact, ordered, disjoint slices', () => {
    const rand = prng(1234);
    let total = 0;
    for (let round = 0; round < 3000; round++) {
      const text = randomText(rand, 1 + Math.floor(rand() * 60));
      for (const options of [{}, { ignoreContext: true }]) {
        const ms = findMentions(text, m, options);
        let last = 0;
        for (const x of ms) {
          expect(x.text).toBe(text.slice(x.start, x.end));
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          last = x.end;
        }
        total += ms.length;
        expect(summarizeMentions(ms).reduce((n, s) => n + s.count, 0)).toBe(ms.length);
      }
      expect(fold(text)).toHaveLength(text.length);
    }
    expect(total).toBeGreaterThan(1000); // the fuzzer does hit names
  });

  test('uniformly random code units', () => {
    const rand = prng(99);
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let i = 0; i < 500; i++) text += String.fromCharCode(Math.floor(rand() * 0x10000));
      for (const x of findMentions(text, m)) expect(x.text).toBe(text.slice(x.start, x.end));
    }
  });
});

describe('size', () => {
  const PARAGRAPH =
    'Text-to-video moved fast: Kling 2.1, OpenAI\u2019s Sora and Stable Video Diffusion (SVD-XT) ' +
    'all appeared, while Pikachu and the phenakistiscope did not. Wan\u00a02.1 is open.\u2029';

  test('a 5 MB string', () => {
    const per = findMentions(PARAGRAPH, m).length;
    expect(per).toBe(5);
    const big = PARAGRAPH.repeat(Math.ceil(5_000_000 / PARAGRAPH.length));
    const ms = findMentions(big, m);
    expect(ms.length).toBe(per * Math.ceil(5_000_000 / PARAGRAPH.length));
  }, 60_000);

  test('a 5 MB string without any separator or space', () => {
    const big = 'SoraSVDKling'.repeat(420_000);
    expect(findMentions(big, m)).toEqual([]);
  }, 60_000);

  test('a 5 MB string of context-dependent names', () => {
    const big = 'Sora '.repeat(1_000_000);
    expect(findMentions(big, m)).toEqual([]);
    expect(findMentions(big, m, { topicScore: 100 })).toHaveLength(1_000_000);
  }, 60_000);

  test('steps grow linearly with the text', () => {
    const s1 = m.scan(PARAGRAPH.repeat(1000), () => {});
    const s2 = m.scan(PARAGRAPH.repeat(2000), () => {});
    expect(s2).toBe(2 * s1);
  }, 60_000);
});
