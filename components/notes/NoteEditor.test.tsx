// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { createKbSearch } from '@/lib/kb/search';
import { createModelCatalog } from './model-catalog';
import { NoteEditor } from './NoteEditor';
import type { NoteDraft } from './note-writes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const catalog = createModelCatalog(BUNDLED_KB, () => createKbSearch(BUNDLED_KB));

let host: HTMLDivElement;
let root: Root;
let onSave: ReturnType<typeof vi.fn<(d: NoteDraft) => Promise<void>>>;
let onCancel: ReturnType<typeof vi.fn<() => void>>;

/** The editor with its draft kept in state, as the views keep it. */
function Harness({ initial }: { initial: NoteDraft }) {
  const [draft, setDraft] = useState(initial);
  return (
    <NoteEditor
      label="New note"
      draft={draft}
      onDraftChange={setDraft}
      onSave={onSave}
      onCancel={onCancel}
      catalog={catalog}
      pageModelIds={['stable-video-diffusion', 'video-ldm']}
      tabId={null}
      focusKey={1}
    />
  );
}

function render(initial: Partial<NoteDraft> = {}): void {
  act(() => root.render(<Harness initial={{ body: '', quote: null, models: [], ...initial }} />));
}

const textbox = () => host.querySelector('textarea')!;
const combobox = () => host.querySelector<HTMLInputElement>('[role="combobox"]')!;
const options = () =>
  [...host.querySelectorAll('[role="option"]')].map(
    (o) => o.querySelector('.combo-name')!.textContent,
  );
const button = (name: string) =>
  [...host.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!;
  act(() => {
    setter.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function key(el: Element, k: string, init: KeyboardEventInit = {}): void {
  act(() => {
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }),
    );
  });
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  onSave = vi.fn<(d: NoteDraft) => Promise<void>>(async () => undefined);
  onCancel = vi.fn<() => void>();
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('NoteEditor', () => {
  test('the text box is named "Note" and takes focus', () => {
    render();
    const label = host.querySelector(`label[for="${textbox().id}"]`);
    expect(label?.textContent).toBe('Note');
    expect(document.activeElement).toBe(textbox());
  });

  test('Ctrl+Enter saves what was written, with its tags', async () => {
    render({ models: ['sora'] });
    type(textbox(), 'A *note*');
    key(textbox(), 'Enter', { ctrlKey: true });
    await act(async () => undefined);
    expect(onSave).toHaveBeenCalledWith({ body: 'A *note*', quote: null, models: ['sora'] });
  });

  test('Cmd+Enter saves too; Esc cancels', async () => {
    render({ body: 'x' });
    key(textbox(), 'Enter', { metaKey: true });
    await act(async () => undefined);
    expect(onSave).toHaveBeenCalledTimes(1);
    key(textbox(), 'Escape');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  test('an empty note is not saved and says why', async () => {
    render();
    key(textbox(), 'Enter', { ctrlKey: true });
    await act(async () => undefined);
    expect(onSave).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/Write something/);
  });

  test('a failed save keeps the draft and shows the reason', async () => {
    onSave.mockRejectedValueOnce(new Error('disk full'));
    render({ body: 'keep me' });
    key(textbox(), 'Enter', { ctrlKey: true });
    await act(async () => undefined);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Not saved: disk full');
    expect(textbox().value).toBe('keep me');
  });

  test('a quote shows above the text and can be removed', () => {
    render({ quote: { exact: '<b>quoted</b> passage', prefix: '', suffix: '' } });
    expect(host.querySelector('blockquote')?.textContent).toBe('<b>quoted</b> passage');
    expect(host.querySelector('blockquote b')).toBeNull();
    act(() => button('Remove quote')!.click());
    expect(host.querySelector('blockquote')).toBeNull();
  });

  test('without a tab there is no "Quote selection"', () => {
    render();
    expect(button('Quote selection')).toBeUndefined();
  });
});

describe('model tags', () => {
  test('focusing the box suggests the page’s models', () => {
    render();
    act(() => combobox().focus());
    expect(options()).toEqual(['Stable Video Diffusion', 'Video LDM']);
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
  });

  test('typing searches the KB; arrows and Enter pick; the chip has a remove button', () => {
    render();
    act(() => combobox().focus());
    type(combobox(), 'sora');
    expect(options()[0]).toBe('Sora');
    key(combobox(), 'ArrowDown');
    key(combobox(), 'ArrowUp');
    expect(combobox().getAttribute('aria-activedescendant')).toBe(
      host.querySelector('[role="option"]')!.id,
    );
    key(combobox(), 'Enter');
    expect(combobox().value).toBe('');
    const remove = button('Remove tag Sora');
    expect(remove).toBeDefined();
    act(() => remove!.click());
    expect(button('Remove tag Sora')).toBeUndefined();
  });

  test('Esc closes the suggestions without cancelling the note', () => {
    render();
    act(() => combobox().focus());
    key(combobox(), 'Escape');
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(onCancel).not.toHaveBeenCalled();
  });

  test('tagged models are not suggested again; Backspace in the empty box removes the last tag', () => {
    render({ models: ['stable-video-diffusion'] });
    act(() => combobox().focus());
    expect(options()).toEqual(['Video LDM']);
    key(combobox(), 'Backspace');
    expect(button('Remove tag Stable Video Diffusion')).toBeUndefined();
  });
});
