import { describe, expect, test } from 'vitest';
import { addToCompare, cleanCompare, COMPARE_MAX, removeFromCompare } from './compare-list';

describe('the comparison list', () => {
  test('adds in order, without repeats', () => {
    const a = addToCompare([], 'sora');
    const b = addToCompare(a.list, 'veo');
    expect(b).toEqual({ list: ['sora', 'veo'], added: true, reason: 'added' });
    expect(addToCompare(b.list, 'sora')).toMatchObject({
      list: ['sora', 'veo'],
      added: false,
      reason: 'already',
    });
  });

  test(`holds at most ${COMPARE_MAX} models`, () => {
    const full = ['a', 'b', 'c', 'd'];
    expect(addToCompare(full, 'e')).toMatchObject({ list: full, added: false, reason: 'full' });
  });

  test('removes one model', () => {
    expect(removeFromCompare(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  test('a stored list is cleaned of unknown ids and repeats', () => {
    expect(cleanCompare(['a', 'x', 'a', 'b'], (id) => id !== 'x')).toEqual(['a', 'b']);
  });
});
