// @vitest-environment happy-dom
// (A .ts file with createElement: the unit-test glob for entrypoints takes .ts only.)
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { userDb } from '@/lib/notes/db';
import { seed } from '@/lib/notes/test-seed';
import { AllNotesView } from './AllNotesView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

async function settle(): Promise<void> {
  // liveQuery answers asynchronously (fake IndexedDB): let it, and React, catch up.
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 20)));
}

const items = () => [...host.querySelectorAll('ul[aria-label="All notes"] > li')];
const summary = () => host.querySelector('.notes-summary')?.textContent;

function setValue(el: HTMLInputElement | HTMLSelectElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!;
  act(() => {
    setter.call(el, value);
    el.dispatchEvent(
      new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

beforeEach(async () => {
  const db = userDb();
  await db.notes.clear();
  await db.articles.clear();
  await seed(db);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(createElement(AllNotesView)));
  await settle();
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('All notes', () => {
  test('lists every note, newest first, each linking to its article in a new tab', () => {
    expect(summary()).toBe('5 notes on 4 articles.');
    expect(items()).toHaveLength(5);
    const link = items()[0]!.querySelector('.note-article a')!;
    expect(link.textContent).toBe('Sora: Creating video from text [blog]');
    expect(link.getAttribute('href')).toBe('https://openai.com/index/sora/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('renders Markdown bodies, quotes and model names', () => {
    const svd = items().find((li) => li.textContent?.includes('Three training stages'))!;
    expect(svd.querySelector('strong')?.textContent).toBe('image pretraining');
    expect(svd.querySelector('blockquote')?.textContent).toContain(
      'we identify and evaluate three different stages',
    );
    expect(svd.querySelector('ul[aria-label="Models"]')?.textContent).toBe(
      'Stable Video Diffusion',
    );
  });

  test('search and filters narrow the list and say how many are shown', () => {
    const search = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.getAttribute('aria-label')).toBe('Search notes');
    setValue(search, 'spacetime');
    expect(items()).toHaveLength(1);
    expect(summary()).toBe('Showing 1 of 5 notes.');

    setValue(search, '');
    const [model, , site] = [...host.querySelectorAll<HTMLSelectElement>('.notes-filters select')];
    setValue(model!, 'stable-video-diffusion');
    expect(items()).toHaveLength(2);
    setValue(site!, 'OpenAI');
    expect(items()).toHaveLength(0);
    expect(host.textContent).toContain('No notes match.');
  });

  test('offers the exports and the import', () => {
    const names = [...host.querySelectorAll('button')].map((b) => b.textContent);
    expect(names).toEqual(
      expect.arrayContaining(['Export Markdown', 'Export JSON', 'Export BibTeX']),
    );
    const input = host.querySelector('input[type="file"]')!;
    expect(host.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Import notes (JSON)');
  });
});
