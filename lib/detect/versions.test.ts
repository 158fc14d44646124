import { describe, expect, test } from 'vitest';
import { findMentions } from './find-mentions';
import { testMatcher } from './test-fixture';
import { extendVersion, MAX_VERSION_CHARS } from './versions';

const m = testMatcher();
const found = (text: string) =>
  findMentions(text, m, { ignoreContext: true }).map((x) => `${x.text}=${x.id}`);

describe('version and variant tokens', () => {
  test.each([
    ['Kling 2.1 is here', ['Kling 2.1=kling']],
    ['Kling v1.6.', ['Kling v1.6=kling']],
    ['Kling-2.0', ['Kling-2.0=kling']],
    ['Kling1.6', ['Kling1.6=kling']],
    ['Pika 1.0', ['Pika 1.0=pika']],
    ['CogVideoX-5B', ['CogVideoX-5B=cogvideox']],
    ['CogVideoX-2B', ['CogVideoX-2B=cogvideox']],
    ['CogVideoX-5b-I2V', ['CogVideoX-5b-I2V=cogvideox']],
    ['Wan2.1-T2V-14B', ['Wan2.1-T2V-14B=wan-2-1']],
    ['Wan 2.1 1.3B', ['Wan 2.1 1.3B=wan-2-1']],
    ['Veo 3.1 Fast', ['Veo 3.1 Fast=veo-3-1']],
    ['Kling 2.1 Pro', ['Kling 2.1 Pro=kling']],
    ['Stable Video Diffusion XT', ['Stable Video Diffusion XT=svd']],
    ['Gen-3 Alpha Turbo', ['Gen-3 Alpha Turbo=gen-3']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    ['Sora 2024', ['Sora=sora']],
    ['Kling 2024', ['Kling=kling']],
    ['Kling2024', []],
    ['Kling 2.1x', ['Kling=kling']],
    ['Kling 2.x models', ['Kling=kling']],
    ['Kling 1.x.', ['Kling=kling']],
    ['Kling 2.x', ['Kling=kling']],
    ['Kling 1.2.3.4', ['Kling=kling']],
    ['Kling 100', ['Kling=kling']],
    ['Veo 3 plus Kling', ['Veo 3=veo-3', 'Kling=kling']],
    ['Kling pro tips', ['Kling=kling']],
    ['Kling Professional', ['Kling=kling']],
    ['Klingon', []],
    ['Wan2x', []],
    ['DiT 2', ['DiT=dit']],
  ])('does not eat %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  // The test KB has no versioned Kling or Sora models, so no version table:
  // a whole number of 2 or more glued to the name is a later model it lacks.
  test.each([
    ['Kling2', []],
    ['Sora2 is impressive.', []],
    ['Kling3.0 and Kling 2.1', ['Kling 2.1=kling']],
    ['Kling v2', ['Kling v2=kling']],
  ])('a glued successor %s is not the model', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('at most 4 tokens', () => {
    expect(found('Kling 2.1-Pro-Max-Ultra-Turbo')).toEqual(['Kling 2.1-Pro-Max-Ultra=kling']);
  });

  test('at most MAX_VERSION_CHARS extra characters', () => {
    const text = 'Kling 2.1-Ultra-Ultra-Ultra-Ultra';
    const end = extendVersion(text, 5);
    expect(end - 5).toBeLessThanOrEqual(MAX_VERSION_CHARS);
    expect(text.slice(0, end)).toBe('Kling 2.1-Ultra-Ultra-Ultra');
  });

  test('never runs into the next mention', () => {
    expect(extendVersion('Kling 2.1', 5, 7)).toBe(5);
    expect(found('Kling Pika')).toEqual(['Kling=kling', 'Pika=pika']);
  });

  test('an explicit alias for the version wins over the extension', () => {
    expect(found('Wan 2.2 and Wan2.2')).toEqual(['Wan 2.2=wan-2-2', 'Wan2.2=wan-2-2']);
    expect(found('Veo 3.1 and Veo3')).toEqual(['Veo 3.1=veo-3-1', 'Veo3=veo-3']);
  });
});
