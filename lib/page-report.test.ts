import { describe, expect, test } from 'vitest';
import { isMentionSummary, isPageReport, MAX_UNLISTED, withUnlisted } from './page-report';

const summary = { id: 'wan-2-1', kind: 'video', count: 2, first: 0 };

describe('mention summaries from a content script', () => {
  test('accept the releases counted under a model, and refuse malformed ones', () => {
    expect(isMentionSummary(summary)).toBe(true);
    expect(isMentionSummary({ ...summary, unlisted: ['Wan 2.7', 'Wan 3.0'] })).toBe(true);
    expect(isMentionSummary({ ...summary, unlisted: 'Wan 2.7' })).toBe(false);
    expect(isMentionSummary({ ...summary, unlisted: [7] })).toBe(false);
    expect(isMentionSummary({ ...summary, unlisted: [''] })).toBe(false);
    expect(isMentionSummary({ ...summary, unlisted: ['x'.repeat(201)] })).toBe(false);
    expect(
      isMentionSummary({ ...summary, unlisted: Array(MAX_UNLISTED + 1).fill('Wan 2.7') }),
    ).toBe(false);
    expect(
      isPageReport({
        url: 'https://a.example/',
        title: 't',
        mentions: [{ ...summary, unlisted: [{}] }],
      }),
    ).toBe(false);
  });

  test('withUnlisted keeps spellings distinct and bounded, without changing its input', () => {
    const before = ['Wan 2.7'];
    expect(withUnlisted(before, 'Wan 2.7')).toEqual(['Wan 2.7']);
    expect(withUnlisted(before, 'Wan 3.0')).toEqual(['Wan 2.7', 'Wan 3.0']);
    expect(before).toEqual(['Wan 2.7']);
    expect(withUnlisted(before, 'W'.repeat(201))).toEqual(['Wan 2.7']);
    expect(withUnlisted(undefined, '')).toEqual([]);
    let list: string[] | undefined;
    for (let i = 0; i < 20; i++) list = withUnlisted(list, `Wan 3.${i}`);
    expect(list).toHaveLength(MAX_UNLISTED);
  });
});
