import { describe, expect, test } from 'vitest';
import { BUNDLED_KB } from '../kb/bundle';
import { buildAliasIndex } from './alias-index';
import { findMentions } from './find-mentions';
import { createMatcher } from './matcher';
import { isBareName, wordBefore } from './person-names';
import { prng } from './test-fixture';

const matcher = createMatcher(buildAliasIndex(BUNDLED_KB));
// A page that is clearly about video generation, so context is never the reason.
const TOPIC =
  'Text-to-video generation with diffusion models: we compare Stable Video Diffusion, HunyuanVideo, CogVideoX and AnimateDiff. ';

const ids = (text: string) => findMentions(TOPIC + text, matcher).map((m) => m.text);

describe('names that are people', () => {
  test.each([
    ['an author list', 'Authors: Xiang Wan, Yu Li and Mei Sora'],
    ['an author with affiliation marks', 'Li Zhang1, Xiang Wan1,2, Ming Liu2'],
    ['a citation with et al.', 'as shown by Wan et al. in their study'],
    ['a reference, surname first', '[12] Wan, T., Li, Y.: A study of motion. In: CVPR (2023)'],
    ['a surname-first author', 'Wan Xiang, Li Ming and others'],
    ['a given name first in a list', 'Sora Tanaka, Kenji Ito'],
    ['a team as the first author', '[1] Team Wan, Ang Wang, Baole Ai, et al. A report.'],
    ['the last author of a line', 'Mei Lin, Xiang Wan, Kenji Sora\u2029Abstract'],
    ['the last author after "and"', 'Mei Lin and Kenji Sora\nAbstract'],
  ])('%s is not a model', (_, text) => {
    const found = ids(text);
    expect(found).not.toContain('Wan');
    expect(found).not.toContain('Sora');
  });

  test.each([
    ['after a function word', 'Compared with Wan, our model is faster.', 'Wan'],
    ['at the start of a sentence', 'Motion is smooth. Sora keeps objects consistent.', 'Sora'],
    ['after its maker', 'We also test Alibaba Wan, which is open.', 'Wan'],
    ['after its maker, possessive', "Like OpenAI's Sora, it simulates physics.", 'Sora'],
    ['in a comparison list', 'baselines include Kling, Veo and Sora.', 'Sora'],
    ['ending a headline', 'OpenAI Releases Sora\u2029The model', 'Sora'],
    ['ending a list line', 'Baselines: Kling, Veo, Sora\nResults', 'Sora'],
  ])('%s it is still the model', (_, text, name) => {
    expect(ids(text)).toContain(name);
  });
});

describe('hand-written checks agree with the regular expressions they replace', () => {
  const WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}[\p{Ll}'’]*|\p{Lu}\.)[ \u00a0]$/u;
  const BARE_NAME = /^\p{Lu}\p{Ll}+$/u;
  const pieces = ['A', 'B', 'a', 'b', 'z', "'", '’', '.', ' ', '\u00a0', '1', '_', '-', 'É', 'é'];
  const more = ['𝐀', '𝐚', 'ß', ',', 'Ab', 'Wan', 'T.', 'x', "O'Neil", 'McDonald'];

  test('on seeded random strings', () => {
    const r = prng(11);
    let matched = 0;
    for (let i = 0; i < 50_000; i++) {
      let t = r() < 0.2 ? 'x'.repeat(Math.floor(r() * 45)) : '';
      const n = Math.floor(r() * 14);
      for (let j = 0; j < n; j++) {
        const list = r() < 0.7 ? pieces : more;
        t += list[Math.floor(r() * list.length)];
      }
      if (r() < 0.5) t += ' ';
      const start = t.length - (r() < 0.8 ? 0 : Math.floor(r() * 3));
      const want = WORD_BEFORE.exec(t.slice(Math.max(0, start - 40), start))?.[1] ?? null;
      if (want !== null) matched++;
      expect(wordBefore(t, start)).toBe(want);
      const a = Math.floor(r() * (t.length + 1));
      const b = a + Math.floor(r() * (t.length - a + 1));
      expect(isBareName(t, a, b)).toBe(BARE_NAME.test(t.slice(a, b)));
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
