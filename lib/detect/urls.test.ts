import { describe, expect, test } from 'vitest';
import { findMentions } from './find-mentions';
import { testMatcher } from './test-fixture';
import { insideUrl } from './urls';

describe('names inside web addresses', () => {
  test.each([
    ['https://openai.com/Sora', 'Sora', true],
    ['(https://github.com/x/Wan2.1)', 'Wan2.1', true],
    ['see www.pika.art now', 'pika', true],
    ['(www.Kling.com)', 'Kling', true],
    ['Sora is https://x', 'Sora', false],
    ['the site example.com/Kling', 'Kling', false],
    ['Kling', 'Kling', false],
  ])('%s', (text, name, inside) => {
    expect(insideUrl(text, text.indexOf(name))).toBe(inside);
  });

  test('an address names nothing; the prose around it still does', () => {
    const text = 'Kling 2.1 (https://klingai.com/Kling) beats Pika, see https://pika.art/Pika.';
    const found = findMentions(text, testMatcher(), { ignoreContext: true });
    expect(found.map((m) => m.text)).toEqual(['Kling 2.1', 'Pika']);
  });

  test('looks back a bounded distance only', () => {
    const text = 'https://' + 'a'.repeat(300) + 'Kling';
    expect(insideUrl(text, text.indexOf('Kling'))).toBe(false);
  });
});
