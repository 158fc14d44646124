import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_BUILD, launchWithExtension, type ExtensionSession } from '../support/chromium';
import { askTab, contentScriptRuns, tabState, waitFor } from '../support/extension-calls';
import { screenshotFailures } from '../support/failure-screenshots';
import { routeArxiv, startFixtureServer, type FixtureServer } from '../support/fixture-server';

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  session = await launchWithExtension();
  server = await startFixtureServer();
  await routeArxiv(session.context);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});
screenshotFailures(() => session?.context);

describe('the built extension in Chromium', () => {
  test('loads with a service worker and an MV3 manifest without broad host access', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = JSON.parse(await readFile(`${CHROME_BUILD}/manifest.json`, 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.service_worker).toBe('background.js');
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    const broad = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];
    for (const pattern of manifest.host_permissions) expect(broad).not.toContain(pattern);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.optional_host_permissions).toContain('https://*/*');
    expect(manifest.content_scripts[0].matches).toContain('https://arxiv.org/abs/*');
  });

  test('runs the content script on an arXiv abstract page, which reports to the background', async () => {
    const { page, tabId } = await session.openTab('https://arxiv.org/abs/2311.15127');
    const state = await waitFor(() => tabState(session, tabId), 10_000, 'the page report');
    expect(state).toMatchObject({ url: 'https://arxiv.org/abs/2311.15127' });
    const status = await askTab(session, tabId, 'getContentStatus', null);
    expect(status.scanned).toBe(true);
    await page.close();
  });

  test('does not run on a site that is not listed', async () => {
    const { page, tabId } = await session.openTab(`${server.origin}/plain-unrelated.html`);
    await page.waitForTimeout(500);
    expect(await contentScriptRuns(session, tabId)).toBe(false);
    expect(await tabState(session, tabId)).toBeNull();
    await page.close();
  });

  test('the toolbar button scans any other page once', async () => {
    const { page, tabId } = await session.openTab(`${server.origin}/news-video-models.html`);
    expect(await contentScriptRuns(session, tabId)).toBe(false);
    await session.clickToolbarButton(page);
    await waitFor(() => contentScriptRuns(session, tabId), 10_000, 'the content script after the click');
    const status = await waitFor(async () => {
      const s = await askTab(session, tabId, 'getContentStatus', null);
      return s.scanned ? s : null;
    });
    expect(status.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['sora', 'veo-3-1', 'kling-2-1']));
    // Once: after a reload the page is an unlisted site again.
    await page.reload();
    await page.waitForTimeout(500);
    expect(await contentScriptRuns(session, tabId)).toBe(false);
    await page.close();
  });

  test('renders the side panel for a bound tab', async () => {
    const { page: article, tabId } = await session.openTab('https://arxiv.org/abs/2311.15127');
    const panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await expect(panel.getByRole('heading', { name: 'Video Model Atlas' }).isVisible()).resolves.toBe(true);
    await panel.getByRole('heading', { name: 'This page' }).waitFor();
    await panel.getByText('Stable Video Diffusion: Scaling Latent').first().waitFor();
    await panel.close();
    await article.close();
  });

  test('a setting changed on the options page reaches the content script', async () => {
    const { page: article, tabId } = await session.openTab('https://arxiv.org/abs/2311.15127');
    await waitFor(() => contentScriptRuns(session, tabId), 10_000, 'the content script');
    expect((await askTab(session, tabId, 'getContentStatus', null)).highlightStyle).toBe('underline');

    const options = await session.openExtensionPage('options.html');
    await options.getByLabel('Highlight style').selectOption('background');
    await waitFor(
      async () => (await askTab(session, tabId, 'getContentStatus', null)).highlightStyle === 'background',
      5_000,
      'the new style in the content script',
    );
    // The page's mentions are now painted under the background style's name.
    await waitFor(
      () =>
        article.evaluate(
          () => (CSS.highlights.get('vma-video-background')?.size ?? 0) > 0 && !CSS.highlights.has('vma-video-underline'),
        ),
      5_000,
      'the mentions repainted',
    );
    await options.getByLabel('Highlight style').selectOption('underline');
    await options.close();
    await article.close();
  });
});
