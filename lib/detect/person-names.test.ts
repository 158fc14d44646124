import { describe, expect, test } from 'vitest';
import { BUNDLED_KB } from '../kb/bundle';
import { buildAliasIndex } from './alias-index';
import { findMentions } from './find-mentions';
import { createMatcher } from './matcher';

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
  ])('%s it is still the model', (_, text, name) => {
    expect(ids(text)).toContain(name);
  });
});
