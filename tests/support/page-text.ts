/**
 * Page-text helpers for tests and the demo: where a piece of text sits on screen,
 * selecting it, and the hover card as a locator (Playwright pierces the open shadow root).
 */
import type { Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

/** The centre of the first occurrence of `text` inside `selector`, or null. */
export function textCenter(page: Page, selector: string, text: string, occurrence = 0): Promise<Point | null> {
  return page.evaluate(
    ({ selector, text, occurrence }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        let i = (n.textContent ?? '').indexOf(text);
        while (i >= 0) {
          if (seen++ === occurrence) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + text.length);
            const b = r.getClientRects()[0];
            if (!b) return null;
            return { x: b.left + Math.min(b.width / 2, 20), y: b.top + b.height / 2 };
          }
          i = (n.textContent ?? '').indexOf(text, i + 1);
        }
      }
      return null;
    },
    { selector, text, occurrence },
  );
}

/** Scrolls `text` into view and returns its centre. */
export async function revealText(page: Page, selector: string, text: string, occurrence = 0): Promise<Point> {
  await page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      const walker = root && document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker?.nextNode(); n; n = walker?.nextNode()) {
        if ((n.textContent ?? '').includes(text)) {
          n.parentElement?.scrollIntoView({ block: 'center' });
          return;
        }
      }
    },
    { selector, text },
  );
  const point = await textCenter(page, selector, text, occurrence);
  if (!point) throw new Error(`“${text}” is not on the page`);
  return point;
}

/** The hover card (inside the extension's shadow root). */
export function card(page: Page) {
  return page.locator('[data-vma-skip] .card');
}

/** Selects the first occurrence of `text` inside `selector`, as a reader's drag would. */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  const ok = await page.evaluate(
    ({ selector, text }) => {
      const root = document.querySelector(selector);
      const walker = root && document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker?.nextNode(); n; n = walker?.nextNode()) {
        const at = (n.textContent ?? '').indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString() === text;
      }
      return false;
    },
    { selector, text },
  );
  if (!ok) throw new Error(`could not select “${text}”`);
}
