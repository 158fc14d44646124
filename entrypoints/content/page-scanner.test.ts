// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPageContext } from '@/lib/detect';
import { testMatcher } from '@/lib/detect/test-fixture';

const yields = vi.hoisted(() => ({ count: 0 }));
vi.mock('./yield-to-page', () => ({
  yieldToPage: () => {
    yields.count++;
    return Promise.resolve();
  },
}));

const { scanRoot } = await import('./page-scanner');
const { MentionStore } = await import('./mention-store');

const m = testMatcher();
// About 8,000 characters of text that says nothing about video generation,
// with a name that counts only once the page is known to be about it.
const FILLER = 'The harbour committee met again on Tuesday to discuss the new ferry timetable. ';
const NEUTRAL = `${FILLER.repeat(50)}Sora renders the scene. ${FILLER.repeat(50)}`;
const VIDEO =
  'Text-to-video has moved fast. Kling and Phenaki showed long clips, and open models such as CogVideoX made video generation accessible.';

function page(paragraphs: string[]): HTMLElement {
  const root = document.createElement('div');
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    root.append(p);
  }
  return root;
}

describe('scanRoot', () => {
  let clock = 0;
  beforeEach(() => {
    yields.count = 0;
    // Every reading of the clock is 10 ms later: every slice check gives way.
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
  });
  afterEach(() => vi.restoreAllMocks());

  test('names judged before the page showed its topic count once a later part settles it, even a part with no such names', async () => {
    const root = page([...Array<string>(6).fill(NEUTRAL), VIDEO]);
    const found = await scanRoot(root, m, createPageContext());
    expect(found.map((x) => x.id)).toEqual([
      ...Array<string>(6).fill('sora'),
      'kling',
      'phenaki',
      'cogvideox',
    ]);
  });

  test('re-reading those earlier parts gives the page turns too, like the first pass', async () => {
    const paragraphs = [...Array<string>(6).fill(NEUTRAL), VIDEO];
    // The same page, once known in advance to be about video generation.
    const known = createPageContext();
    known.score = 100;
    await scanRoot(page(paragraphs), m, known);
    const oneRead = yields.count;
    yields.count = 0;
    await scanRoot(page(paragraphs), m, createPageContext());
    expect(oneRead).toBeGreaterThan(0);
    // Three windows (two paragraphs each) read again, each followed by a turn for the page.
    expect(yields.count).toBe(oneRead + 3);
  });

  test('a release without an entry reaches the page summary as written', async () => {
    const found = await scanRoot(
      page([`${VIDEO} Wan 2.1 came first; Wan 2.7 came later.`]),
      m,
      createPageContext(),
    );
    const store = new MentionStore();
    store.append(found);
    const wan = store.summary().find((s) => s.id === 'wan-2-1');
    expect(wan).toMatchObject({ count: 2, unlisted: ['Wan 2.7'] });
    expect(store.summary().find((s) => s.id === 'kling')?.unlisted).toBeUndefined();
  });
});
