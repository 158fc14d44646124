import { describe, expect, test } from 'vitest';
import { buildAliasIndex, type AliasIndex } from './alias-index';
import { findMentions } from './find-mentions';
import { compileMatcher, createMatcher, loadMatcher, type MATCHER_FORMAT } from './matcher';
import { prng, TEST_KB, testMatcher } from './test-fixture';

const m = testMatcher();
/** Matched texts, context rules off (they are tested in context.test.ts). */
const texts = (text: string) => findMentions(text, m, { ignoreContext: true }).map((x) => x.text);
const ids = (text: string) => findMentions(text, m, { ignoreContext: true }).map((x) => x.id);

describe('longest match wins', () => {
  test.each([
    ['SVD-XT is out', ['SVD-XT']],
    ['Gen-3 Alpha Turbo', ['Gen-3 Alpha Turbo']],
    ['Gen-3 Alpha.', ['Gen-3 Alpha']],
    ['Gen-3, then', ['Gen-3']],
    ['Open-Sora', ['Open-Sora']],
    ['Open Sora', ['Open Sora']],
    ['Stable Video Diffusion and Stable Diffusion', ['Stable Video Diffusion', 'Stable Diffusion']],
    ['Veo 3.1 beats Veo 3 beats Veo', ['Veo 3.1', 'Veo 3', 'Veo']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('an explicit alias keeps its own id', () => {
    expect(ids('Veo 3.1, Veo 3, Veo')).toEqual(['veo-3-1', 'veo-3', 'veo']);
    expect(ids('Stable Video Diffusion, Stable Diffusion')).toEqual(['svd', 'stable-diffusion']);
  });
});

describe('word boundaries', () => {
  test.each([
    ['Pikachu', []],
    ['phenakistiscope', []],
    ['Phenakis', []],
    ['Sorana', []],
    ['xSora', []],
    ['Sora_v', []],
    ['Sora9x', []],
    ['my-Sora', []],
    ['ÉSora', []],
    ['Soraé', []],
    ['Sora\u0301x', []],
    ['Pika', ['Pika']],
    ['(Sora)', ['Sora']],
    ["Sora's", ['Sora']],
    ['Sora-generated', ['Sora']],
    ['-Sora at the start', ['Sora']],
    ['"Phenaki"', ['Phenaki']],
    ['OpenAIのSora', ['Sora']],
    ['Sora는', ['Sora']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('a name glued to a letter via a hyphen is another name ("Open-Sora" never yields "Sora")', () => {
    expect(ids('Open-Sora')).toEqual(['open-sora']);
    expect(ids('Open\u2011Sora')).toEqual(['open-sora']);
  });

  test('a name followed by ".digit" is a different version', () => {
    // Not Veo 3: a release the family has no entry for, counted under Veo itself.
    expect(ids('Veo 3.5')).toEqual(['veo']);
    expect(ids('Veo 3.1')).toEqual(['veo-3-1']);
  });

  test('astral letters count as letters at a boundary', () => {
    expect(texts('𝐀Sora')).toEqual([]);
    expect(texts('😀Sora😀')).toEqual(['Sora']);
  });
});

describe('case rules', () => {
  test('case-insensitive by default', () => {
    expect(texts('kling, KLING, Kling')).toEqual(['kling', 'KLING', 'Kling']);
  });

  test('case-sensitive names match only as written', () => {
    expect(texts('sora SORA Sora')).toEqual(['Sora']);
    expect(texts('svd Svd SVD')).toEqual(['SVD']);
    expect(texts('wan WAN Wan')).toEqual(['Wan']);
    expect(texts('dit DIT DiT')).toEqual(['DiT']);
  });

  test('full-width forms match case-sensitive names', () => {
    expect(texts('ＳＶＤ')).toEqual(['ＳＶＤ']);
    expect(texts('ｓｖｄ')).toEqual([]);
  });

  test('NÜWA matches with and without the umlaut, only in capitals', () => {
    expect(ids('NÜWA and NUWA')).toEqual(['nuwa', 'nuwa']);
    expect(texts('Nüwa nuwa')).toEqual([]);
    expect(texts('NU\u0308WA')).toEqual(['NU\u0308WA']);
  });
});

describe('Unicode forms', () => {
  test('NBSP and other spaces inside a name', () => {
    expect(findMentions('Wan\u00a02.1', m, { ignoreContext: true })).toEqual([
      { id: 'wan-2-1', kind: 'video', text: 'Wan\u00a02.1', start: 0, end: 7 },
    ]);
    expect(ids('Stable\u202fVideo\u2009Diffusion')).toEqual(['svd']);
  });

  test('a run of whitespace reads as one space', () => {
    expect(texts('Stable   Video \n\t Diffusion')).toEqual(['Stable   Video \n\t Diffusion']);
  });

  test('a block separator never reads as a space', () => {
    expect(ids('Stable\u2029Video Diffusion')).toEqual([]);
    expect(ids('Stable\u2029Diffusion')).toEqual([]);
  });

  test('non-breaking hyphen and dashes', () => {
    expect(texts('Gen\u20113')).toEqual(['Gen\u20113']);
    expect(texts('SVD\u2013XT')).toEqual(['SVD\u2013XT']);
  });

  test('diacritics, precomposed or combining', () => {
    expect(ids('Lumière Lumiere Lumie\u0300re')).toEqual(['lumiere', 'lumiere', 'lumiere']);
    expect(texts('Lumie\u0300re')).toEqual(['Lumie\u0300re']);
  });

  test('a combining mark on the last letter is part of the match', () => {
    expect(texts('Pika\u0301 rocks')).toEqual(['Pika\u0301']);
  });

  test('invisible characters inside a name are skipped', () => {
    expect(texts('Open\u200bSora')).toEqual(['Open\u200bSora']);
    expect(texts('Phe\u00adnaki')).toEqual(['Phe\u00adnaki']);
  });

  test('"DALL·E", "DALL-E" and "DALL E" are each aliases; a bullet folds to the dot', () => {
    expect(ids('DALL·E, DALL-E, DALL E, DALL•E')).toEqual(['dall-e', 'dall-e', 'dall-e', 'dall-e']);
    expect(findMentions('DALL·E', m)[0]?.kind).toBe('image');
  });

  test('concepts, with a plural', () => {
    expect(findMentions('DiTs with temporal attention', m)).toMatchObject([
      { id: 'dit', kind: 'concept', text: 'DiTs' },
      { id: 'temporal-attention', kind: 'concept', text: 'temporal attention' },
    ]);
  });
});

describe('compiled form', () => {
  test('survives JSON and gives the same results', () => {
    const compiled = compileMatcher(buildAliasIndex(TEST_KB));
    const loaded = loadMatcher(JSON.parse(JSON.stringify(compiled)));
    const text = 'OpenAI Sora vs Open-Sora vs SVD-XT vs Gen-3 Alpha Turbo and Kling 2.1';
    expect(findMentions(text, loaded)).toEqual(findMentions(text, m));
    expect(loaded.hash).toBe(m.hash);
  });

  test('names written in CJK need no word boundaries', () => {
    const kb = {
      ...TEST_KB,
      models: TEST_KB.models.map((x) => (x.id === 'kling' ? { ...x, aliases: ['可灵'] } : x)),
    };
    const cjk = createMatcher(buildAliasIndex(kb));
    expect(findMentions('快手可灵AI发布了新版本', cjk)).toMatchObject([
      { id: 'kling', text: '可灵' },
    ]);
  });

  test('an empty knowledge base matches nothing', () => {
    const empty = createMatcher(
      buildAliasIndex({ eras: [], architectures: [], models: [], concepts: [] }),
    );
    expect(findMentions('Sora and Kling', empty)).toEqual([]);
  });

  test('rejects an unknown format', () => {
    const compiled = compileMatcher(buildAliasIndex(TEST_KB));
    expect(() => loadMatcher({ ...compiled, format: 99 as typeof MATCHER_FORMAT })).toThrow();
  });

  test('scan reports every raw occurrence, overlaps included', () => {
    const hits: string[] = [];
    m.scan('Gen-3 Alpha Turbo', (s, e, i) => hits.push(`${m.entries[i]!.text}@${s}-${e}`));
    expect(hits).toEqual(['Gen-3@0-5', 'Gen-3 Alpha@0-11', 'Gen-3 Alpha Turbo@0-17']);
  });
});

describe('cost', () => {
  test('steps are linear in the text length (at most two per consumed character)', () => {
    const unit = 'Gen-3 Alph Open-Sor Stable Video Diffusio SVD-X Sora Pikachu Wan 2. ';
    const steps1 = m.scan(unit.repeat(1000), () => {});
    const steps2 = m.scan(unit.repeat(2000), () => {});
    expect(steps2).toBe(steps1 * 2);
    expect(steps1).toBeLessThanOrEqual(2 * unit.length * 1000);
  });

  test('adversarial prefixes do not blow up', () => {
    const index: AliasIndex = {
      entries: Array.from({ length: 50 }, (_, i) => ({
        text: 'a'.repeat(i + 1) + 'b',
        id: `m${i}`,
        kind: 'video' as const,
        caseSensitive: false,
        needsContext: false,
        ids: [`m${i}`],
      })),
      organizations: {},
      conflicts: [],
      hash: 'x',
    };
    const adv = createMatcher(index);
    const text = 'a'.repeat(100_000);
    expect(adv.scan(text, () => {})).toBeLessThanOrEqual(2 * text.length);
  });

  test('20,000 synthetic aliases: still finds the real ones, steps stay linear', () => {
    const rand = prng(42);
    const base = buildAliasIndex(TEST_KB);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = () =>
      Array.from(
        { length: 3 + Math.floor(rand() * 8) },
        () => letters[Math.floor(rand() * 26)],
      ).join('');
    const synthetic = Array.from({ length: 20_000 }, (_, i) => {
      // Many share prefixes with real names, to stress failure links.
      const prefix = ['Sora', 'Gen-3', 'Stable', 'Wan', 'Veo', ''][i % 6];
      const text = `${prefix}${prefix ? ' ' : ''}${word()}-${i}`;
      return {
        text,
        id: `syn-${i}`,
        kind: 'video' as const,
        caseSensitive: false,
        needsContext: false,
        ids: [`syn-${i}`],
      };
    });
    const big = createMatcher({ ...base, entries: [...base.entries, ...synthetic] });
    const text = `OpenAI Sora and Open-Sora; Stable Video Diffusion (SVD-XT). ${synthetic[777]!.text} and ${synthetic[12_345]!.text}. Kling 2.1 and Gen-3 Alpha.`;
    expect(findMentions(text, big).map((x) => x.id)).toEqual([
      'sora',
      'open-sora',
      'svd',
      'svd',
      'syn-777',
      'syn-12345',
      'kling',
      'gen-3',
    ]);
    const long = text.repeat(500);
    expect(big.scan(long, () => {})).toBeLessThanOrEqual(2 * long.length);
  });
});
