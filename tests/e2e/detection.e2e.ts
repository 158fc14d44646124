import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../support/chromium';
import { askTab, tabState, waitFor } from '../support/extension-calls';
import { screenshotFailures } from '../support/failure-screenshots';
import { FIXTURES_DIR, routeArxiv } from '../support/fixture-server';
import type { ChromeApi } from '../support/worker-globals';

declare const chrome: ChromeApi;

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeArxiv(session.context);
});
afterAll(async () => {
  await session?.close();
});
screenshotFailures(() => session?.context);

const VIDEO = 'vma-video-underline';

async function openScanned(url: string) {
  const opened = await session.openTab(url);
  await waitFor(async () => (await askTab(session, opened.tabId, 'getContentStatus', null)).scanned, 15_000, 'the scan');
  // Highlights near the viewport are registered as their elements are observed (next frame).
  await waitFor(() => opened.page.evaluate((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, VIDEO), 5_000, 'the highlights');
  return opened;
}

/** Sizes of the extension's highlights, read from the page itself. */
function highlightSizes(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries([...CSS.highlights.keys()].map((k) => [k, CSS.highlights.get(k)?.size ?? 0])),
  );
}

describe('detection on an arXiv abstract page', () => {
  test('paints highlights, reports the models and shows the count on the badge', async () => {
    const { page, tabId } = await openScanned('https://arxiv.org/abs/2311.15127');
    const sizes = await highlightSizes(page);
    expect(sizes[VIDEO]).toBeGreaterThanOrEqual(2);

    const state = (await waitFor(() => tabState(session, tabId))) as { mentions: { id: string; kind: string; count: number }[] };
    const svd = state.mentions.find((m) => m.id === 'stable-video-diffusion');
    expect(svd).toMatchObject({ kind: 'video', count: 2 });

    const videoModels = state.mentions.filter((m) => m.kind === 'video').length;
    const badge = await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe(String(videoModels));
    await page.close();
  });

  test('leaves the page DOM as it was served', async () => {
    const { page } = await openScanned('https://arxiv.org/abs/2311.15127');
    const served = await readFile(`${FIXTURES_DIR}arxiv-abs-2311.15127.html`, 'utf8');
    const same = await page.evaluate(
      (html) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML === document.body.innerHTML,
      served,
    );
    expect(same).toBe(true);
    await page.close();
  });

  test('finds a name split across inline elements in the HTML paper', async () => {
    const { page, tabId } = await openScanned('https://arxiv.org/html/2311.15127v1');
    const status = await askTab(session, tabId, 'getContentStatus', null);
    const ids = status.mentions.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['stable-video-diffusion', 'animatediff', 'make-a-video']));
    // The <em>-split mention is painted as one range spanning the elements.
    const spanning = await page.evaluate(() => {
      const h = CSS.highlights.get('vma-video-underline');
      return [...(h ?? [])].some((r) => r.startContainer !== r.endContainer);
    });
    expect(spanning).toBe(true);
    await page.close();
  });

  test('re-scans content that arrives later, and a second injection does not double up', async () => {
    const { page, tabId } = await openScanned('https://arxiv.org/abs/2311.15127');
    const before = (await highlightSizes(page))[VIDEO] ?? 0;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later work such as HunyuanVideo and CogVideoX-5B scaled this recipe.';
      document.querySelector('blockquote.abstract')?.after(p);
    });
    const status = await waitFor(async () => {
      const s = await askTab(session, tabId, 'getContentStatus', null);
      return s.mentions.some((m) => m.id === 'hunyuanvideo') ? s : null;
    }, 10_000, 'the re-scan');
    expect(status.mentions.map((m) => m.id)).toContain('cogvideox');
    await waitFor(async () => ((await highlightSizes(page))[VIDEO] ?? 0) === before + 2, 5_000, 'two more highlights');
    const after = (await highlightSizes(page))[VIDEO] ?? 0;

    await session.worker.evaluate(
      (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }),
      tabId,
    );
    await page.waitForTimeout(1000);
    expect((await highlightSizes(page))[VIDEO]).toBe(after);
    await page.close();
  });

  test('scrolls to the n-th mention and emphasises it', async () => {
    const { page, tabId } = await openScanned('https://arxiv.org/html/2311.15127v1');
    await page.evaluate(() => window.scrollTo(0, 0));
    const answer = await askTab(session, tabId, 'scrollToMention', { id: 'animatediff', n: 1 });
    expect(answer.found).toBe(true);
    expect(answer.index).toBe(1);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await page.evaluate(() => CSS.highlights.get('vma-focus')?.size)).toBe(1);
    await page.close();
  });

  test('the listing page gets its models', async () => {
    const { page, tabId } = await openScanned('https://arxiv.org/list/cs.CV/recent');
    const ids = (await askTab(session, tabId, 'getContentStatus', null)).mentions.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['cogvideox', 'hunyuanvideo']));
    await page.close();
  });

  test('a very large page is painted with the soft background instead of the underline', async () => {
    // 60,000 text nodes: past the size where Chromium's underline highlights cost a whole-document pass per change.
    const paragraph =
      '<p>We compare <em>Stable Video Diffusion</em> with <b>CogVideoX</b> and HunyuanVideo on <i>long</i> clips.</p>';
    const html = `<!doctype html><html><head><title>Large</title></head><body>${paragraph.repeat(10_000)}</body></html>`;
    const url = 'https://arxiv.org/html/2501.00001v1';
    await session.context.route(url, (route) => route.fulfill({ status: 200, body: html, contentType: 'text/html' }));
    const opened = await session.openTab(url);
    await waitFor(async () => (await askTab(session, opened.tabId, 'getContentStatus', null)).scanned, 60_000, 'the scan');
    await waitFor(
      () => opened.page.evaluate(() => (CSS.highlights.get('vma-video-background')?.size ?? 0) > 0),
      10_000,
      'the tinted highlights',
    );
    const status = await askTab(session, opened.tabId, 'getContentStatus', null);
    // The setting is unchanged; only this page is painted differently.
    expect(status.highlightStyle).toBe('underline');
    expect(status.mentions.find((m) => m.id === 'cogvideox')?.count).toBe(10_000);
    expect(await opened.page.evaluate(() => CSS.highlights.has('vma-video-underline'))).toBe(false);
    await session.context.unroute(url);
    await opened.page.close();
  });
});
