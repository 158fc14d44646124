import { describe, expect, it } from 'vitest';
import { isNewNote, isNoteAnchors, isNoteChanges, isTextQuote } from './protocol';

describe('notes protocol validators', () => {
  const quote = { exact: 'three stages', prefix: 'we identify ', suffix: ': text' };

  it('accept what the UI sends', () => {
    expect(isNewNote({ articleKey: 'arxiv:2311.15127', body: 'x', quote, models: ['veo'] })).toBe(true);
    expect(isNoteChanges({ body: 'y', quote: null })).toBe(true);
    expect(isNoteAnchors([{ noteId: 'a', found: true, exact: false }])).toBe(true);
  });

  it('reject strangers and malformed data', () => {
    expect(isNewNote({ articleKey: '', body: 'x' })).toBe(false);
    expect(isNewNote({ articleKey: 'k', body: 42 })).toBe(false);
    expect(isNewNote({ articleKey: 'k', body: 'x', models: [1] })).toBe(false);
    expect(isTextQuote({ exact: '', prefix: '', suffix: '' })).toBe(false);
    expect(isNoteChanges({ quote: 'text' })).toBe(false);
    expect(isNoteAnchors([{ noteId: 'a', found: 'yes', exact: false }])).toBe(false);
    expect(isNoteAnchors('nope')).toBe(false);
  });
});
