import { describe, expect, test } from 'vitest';
import { currentRoute, initialNav, navigate, type NavState } from './navigation';

const open = (state: NavState, id: string) =>
  navigate(state, { type: 'open', route: { view: 'model', id } });

describe('navigate', () => {
  test('opening views stacks them on the current section and Back returns', () => {
    let s = open(initialNav, 'sora');
    s = navigate(s, { type: 'open', route: { view: 'concept', id: 'flow-matching' } });
    expect(s.stack.map((r) => r.view)).toEqual(['page', 'model', 'concept']);
    s = navigate(s, { type: 'back' });
    expect(currentRoute(s)).toEqual({ view: 'model', id: 'sora' });
    s = navigate(s, { type: 'back' });
    expect(currentRoute(s)).toEqual({ view: 'page' });
    expect(navigate(s, { type: 'back' })).toBe(s);
  });

  test('choosing a section starts it afresh', () => {
    const s = navigate(open(initialNav, 'sora'), { type: 'section', section: 'compare' });
    expect(s.section).toBe('compare');
    expect(s.stack).toEqual([{ view: 'compare' }]);
  });

  test('opening the model already shown does not stack it twice', () => {
    const s = open(open(initialNav, 'sora'), 'sora');
    expect(s.stack).toHaveLength(2);
  });

  test('every navigation counts, so views know to move focus', () => {
    const a = open(initialNav, 'sora');
    const b = navigate(a, { type: 'back' });
    expect(b.seq).toBeGreaterThan(a.seq);
    expect(a.seq).toBeGreaterThan(initialNav.seq);
  });

  test('opening a view or going back moves focus to it; the top tabs leave focus on the tab', () => {
    const opened = open(initialNav, 'sora');
    expect(opened.focusView).toBe(true);
    expect(navigate(opened, { type: 'back' }).focusView).toBe(true);
    expect(navigate(opened, { type: 'section', section: 'timeline' }).focusView).toBe(false);
  });

  test('a request from a card opens on the page section, whatever was shown', () => {
    const onTimeline = navigate(initialNav, { type: 'section', section: 'timeline' });
    const s = navigate(onTimeline, {
      type: 'open',
      route: { view: 'model', id: 'veo' },
      section: 'page',
    });
    expect(s.section).toBe('page');
    expect(s.stack).toEqual([{ view: 'page' }, { view: 'model', id: 'veo' }]);
  });

  test('"Add note" shows the page with its notes', () => {
    const s = navigate(open(initialNav, 'sora'), { type: 'note', modelId: 'sora' });
    expect(s.stack).toEqual([{ view: 'page' }]);
    expect(s.noteFor).toEqual({ modelId: 'sora' });
  });
});
