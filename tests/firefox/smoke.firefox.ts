import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARXIV_ROUTES, FIXTURES_DIR } from '../support/fixture-server';

const FIREFOX_BUILD = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser;

beforeAll(async () => {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(FIREFOX_BUILD);
});
afterAll(async () => {
  await browser?.close();
});

test('the Firefox build declares a sidebar and an add-on id', async () => {
  const manifest = JSON.parse(await readFile(`${FIREFOX_BUILD}/manifest.json`, 'utf8'));
  expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
  expect(JSON.stringify(manifest.permissions)).not.toContain('sidePanel');
});

test('the add-on runs its content script on an arXiv abstract page in firefox-esr', async () => {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const file = ARXIV_ROUTES[request.url()];
    if (!file) {
      void request.respond({ status: 404, body: 'not a fixture' });
      return;
    }
    void readFile(`${FIXTURES_DIR}${file}`, 'utf8').then((body) =>
      request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
  });
  await page.goto('https://arxiv.org/abs/2311.15127');
  // Detection runs there: the background sent the matcher and the page's
  // mentions are painted as highlights.
  await page.waitForFunction(() => (CSS.highlights.get('vma-video-underline')?.size ?? 0) >= 2, {
    timeout: 20_000,
  });
  await page.close();
});
