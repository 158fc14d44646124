import { describe, expect, test } from 'vitest';
import { continuesIntoLongerName } from './compound-names';
import { findMentions } from './find-mentions';
import { testMatcher } from './test-fixture';

const m = testMatcher();
const VIDEO_PAGE = 'Kling and Phenaki are text-to-video models. ';
const found = (text: string) =>
  findMentions(VIDEO_PAGE + text, m)
    .filter((x) => x.start >= VIDEO_PAGE.length)
    .map((x) => `${x.text}=${x.id}`);

describe('a context-dependent name at the start of a longer name', () => {
  test.each([
    ['Wan-Move adds point tracks to Wan 2.1.', ['Wan 2.1=wan-2-1']],
    ['Download Wan-AI/Wan2.2 from the hub.', ['Wan2.2=wan-2-2']],
    ['Genie-Envisioner is a robot policy.', []],
    ['Sora‑Bench scores Sora.', ['Sora=sora']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    ['A Sora-generated clip.', ['Sora=sora']],
    ['Wan-based pipelines.', ['Wan=wan-2-1']],
    ['Wan-2.1 weights.', ['Wan-2.1=wan-2-1']],
    ['Sora-Turbo renders faster.', ['Sora-Turbo=sora']],
    ['Detecting Sora-Generated Videos', ['Sora=sora']],
    ['Wan-Based Editing for Phenaki-Style Clips', ['Wan=wan-2-1', 'Phenaki=phenaki']],
    ['Kling-Powered Ads', ['Kling=kling']],
  ])('still the model: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('only a hyphen and a capital letter continue a name', () => {
    expect(continuesIntoLongerName('Wan-Move', 3)).toBe(true);
    expect(continuesIntoLongerName('Wan Move', 3)).toBe(false);
    expect(continuesIntoLongerName('Wan-move', 3)).toBe(false);
    expect(continuesIntoLongerName('Wan-', 3)).toBe(false);
    expect(continuesIntoLongerName('Wan-Pro', 3)).toBe(false);
  });

  test('a capitalised modifier word in a title does not start a new name', () => {
    expect(continuesIntoLongerName('Wan-Generated', 3)).toBe(false);
    expect(continuesIntoLongerName('Wan-Like', 3)).toBe(false);
    expect(continuesIntoLongerName('Wan-Driven', 3)).toBe(false);
    expect(continuesIntoLongerName('Wan-GENERATED', 3)).toBe(true);
    expect(continuesIntoLongerName('Wan-AI', 3)).toBe(true);
    expect(continuesIntoLongerName('Wan-Envisioner', 3)).toBe(true);
  });
});
