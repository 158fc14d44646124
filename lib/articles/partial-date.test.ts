import { describe, expect, it } from 'vitest';
import { normalizePartialDate } from './partial-date';

describe('normalizePartialDate', () => {
  it.each([
    ['2023/11/25', '2023-11-25'],
    ['2023-11-25', '2023-11-25'],
    ['2023-11-24T23:30:00-05:00', '2023-11-24'],
    ['2024-02-15T16:00:00.000Z', '2024-02-15'],
    ['2023-11', '2023-11'],
    ['2023/3/7', '2023-03-07'],
    ['20231125', '2023-11-25'],
    ['25 Nov 2023', '2023-11-25'],
    ['Sat, 25 Nov 2023 10:00:00 GMT', '2023-11-25'],
    ['November 25, 2023', '2023-11-25'],
    ['Sept. 3rd, 2024', '2024-09-03'],
    ['Nov 2023', '2023-11'],
    ['February 2024', '2024-02'],
  ])('%s → %s', (text, expected) => {
    expect(normalizePartialDate(text)).toBe(expected);
  });

  it.each(['', '2023', '2023-13-01', '2023-02-30', 'yesterday', 'Marvel 5, 2023', '0023-01-01'])(
    'rejects %j',
    (text) => {
      expect(normalizePartialDate(text)).toBeNull();
    },
  );

  it('accepts null and undefined', () => {
    expect(normalizePartialDate(null)).toBeNull();
    expect(normalizePartialDate(undefined)).toBeNull();
  });
});
