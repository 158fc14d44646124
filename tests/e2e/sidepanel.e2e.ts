/**
 * The side panel in real Chromium with the built extension: bound to an arXiv
 * abstract tab (`sidepanel.html?tab=<id>`), it lists the page's models, jumps
 * to their mentions in the page, explains a model, draws the timeline,
 * searches, compares, follows the tab to another paper, and passes axe-core
 * on every view.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUNDLED_KB } from '../../lib/kb/bundle';
import type { TabState } from '../../lib/tab-state';
import { launchWithExtension, type ExtensionSession } from '../support/chromium';
import { tabState, waitFor } from '../support/extension-calls';
import type { ChromeApi } from '../support/worker-globals';
import { screenshotFailures } from '../support/failure-screenshots';
import {
  FIXTURES_DIR,
  routeArxiv,
  startFixtureServer,
  type FixtureServer,
} from '../support/fixture-server';

declare const chrome: ChromeApi;

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const SVD_URL = 'https://arxiv.org/abs/2311.15127';
const ANIMATEDIFF_URL = 'https://arxiv.org/abs/2307.04725';
/** An arXiv address served with a page that names no model (set up in this file only). */
const EMPTY_URL = 'https://arxiv.org/abs/2401.00001';
/** An arXiv address served with the API study page, which names a release the atlas has no entry for. */
const API_STUDY_URL = 'https://arxiv.org/html/2401.00002v1';

const svd = BUNDLED_KB.models.find((m) => m.id === 'stable-video-diffusion')!;
const svdEra = BUNDLED_KB.eras.find((e) => e.id === svd.era)!;
const svdFamily = BUNDLED_KB.architectures.find((a) => a.id === svd.family)!;

let session: ExtensionSession;
let server: FixtureServer;
let article: Page;
let tabId: number;
let panel: Page;

beforeAll(async () => {
  session = await launchWithExtension();
  server = await startFixtureServer();
  await routeArxiv(session.context);
  // Registered after routeArxiv, so it answers this one address first.
  await session.context.route(EMPTY_URL, (route) =>
    route.fulfill({ path: `${FIXTURES_DIR}plain-unrelated.html` }),
  );
  await session.context.route(API_STUDY_URL, (route) =>
    route.fulfill({ path: `${FIXTURES_DIR}arxiv-html-api-study.html` }),
  );
  ({ page: article, tabId } = await session.openTab(SVD_URL));
  await waitFor(() => tabState(session, tabId), 10_000, 'the page report');
  panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 420, height: 900 });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});
screenshotFailures(() => session?.context);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page as it is and returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    // Extension pages forbid inline scripts (MV3 CSP), which is what
    // addScriptTag inserts there; evaluating the file goes through the
    // debugger protocol instead, which the page's CSP does not govern.
    await page.addScriptTag({ path: AXE }).catch(async () => {
      const { readFile } = await import('node:fs/promises');
      await page.evaluate(await readFile(AXE, 'utf8'));
    });
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

async function showSection(name: 'This page' | 'Timeline' | RegExp): Promise<void> {
  await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
}

/** Opens a model's view the way a reader would: through the search box. */
async function openModel(query: string, name: string): Promise<void> {
  const box = panel.getByRole('combobox', { name: 'Search the atlas' });
  await box.fill(query);
  await panel
    .getByRole('listbox', { name: 'Search the atlas: results' })
    .getByRole('option')
    .first()
    .waitFor();
  await box.press('Enter');
  await panel.getByRole('heading', { level: 2, name }).waitFor();
}

/** The accessible name of the element that has focus. */
function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

describe('the side panel', () => {
  test('lists the page’s models with their counts and says which model the paper introduces', async () => {
    const state = (await tabState(session, tabId)) as TabState;
    const count = state.mentions.find((m) => m.id === 'stable-video-diffusion')?.count;
    expect(count).toBeGreaterThan(0);

    await panel.getByText('This paper introduces Stable Video Diffusion').waitFor();
    const group = panel.getByRole('region', { name: new RegExp(svdEra.name) });
    const row = group.getByRole('listitem').filter({ hasText: 'Stable Video Diffusion' });
    await expect(
      row.getByRole('button', { name: 'Stable Video Diffusion', exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expect(row.textContent()).resolves.toContain(`×${count}`);
    await expect(panel.getByText(/^1 model/).isVisible()).resolves.toBe(true);
    await expect(
      panel
        .getByRole('region', { name: /^Concepts/ })
        .getByRole('button', { name: 'Text-to-video', exact: true })
        .count(),
    ).resolves.toBe(1);
    expect(await seriousViolations(panel)).toEqual([]);
  });

  test('“Next mention” scrolls the article to the mention and emphasises it', async () => {
    await showSection('This page');
    // A small window makes the abstract page taller than the viewport.
    await article.setViewportSize({ width: 420, height: 220 });
    await article.evaluate(() => window.scrollTo(0, 0));
    const next = panel.getByRole('button', { name: 'Next mention of Stable Video Diffusion' });

    await next.click();
    const first = await waitFor(
      () => article.evaluate(() => window.scrollY),
      5_000,
      'the article to scroll',
    );
    expect(first).toBeGreaterThan(0);
    // The content script registers the emphasis in the page's highlight registry,
    // which the main world shares.
    await expect(article.evaluate(() => CSS.highlights.get('vma-focus')?.size ?? -1)).resolves.toBe(
      1,
    );
    await panel.getByText('Stable Video Diffusion: mention 1 of 2').waitFor();

    await next.click();
    await panel.getByText('Stable Video Diffusion: mention 2 of 2').waitFor();
    const second = await article.evaluate(() => window.scrollY);
    expect(second).not.toBe(first);
    await expect(article.evaluate(() => CSS.highlights.get('vma-focus')?.size ?? -1)).resolves.toBe(
      1,
    );
    await article.setViewportSize({ width: 1280, height: 900 });
  });

  test('opens the model with its era, family, explanation, lineage and its mark on the timeline', async () => {
    await showSection('This page');
    await panel
      .getByRole('button', { name: 'Stable Video Diffusion', exact: true })
      .first()
      .click();
    await panel.getByRole('heading', { level: 2, name: 'Stable Video Diffusion' }).waitFor();

    await expect(
      panel.getByRole('heading', { name: `The era: ${svdEra.name}` }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      panel.getByRole('heading', { name: `The architecture: ${svdFamily.name}` }).isVisible(),
    ).resolves.toBe(true);
    await expect(panel.getByText(svd.summary).isVisible()).resolves.toBe(true);
    await expect(panel.getByText(svdFamily.explanation).isVisible()).resolves.toBe(true);
    await expect(panel.getByText(svdEra.hallmarks[0]!).isVisible()).resolves.toBe(true);
    const facts = panel.getByRole('table', { name: 'Facts about Stable Video Diffusion' });
    await expect(facts.getByRole('row', { name: /Organisation/ }).textContent()).resolves.toContain(
      'Stability AI',
    );
    await expect(
      facts.getByRole('link', { name: svd.paper!.title }).getAttribute('href'),
    ).resolves.toBe(SVD_URL);

    const buildsOn = panel
      .getByRole('group', { name: 'Lineage of Stable Video Diffusion' })
      .getByRole('list', { name: 'Builds on' });
    await expect(
      buildsOn.getByRole('button', { name: /^Stable Diffusion Dec 2021$/ }).isVisible(),
    ).resolves.toBe(true);

    const mark = panel.getByRole('button', { name: 'Stable Video Diffusion, Nov 2023' });
    await expect(mark.getAttribute('tabindex')).resolves.toBe('0');
    await mark.focus();
    await expect(panel.getByRole('tooltip').textContent()).resolves.toContain(
      'Stable Video Diffusion',
    );
    expect(await seriousViolations(panel)).toEqual([]);
  });

  test('the timeline’s marks are walked with the arrow keys and opened with Enter', async () => {
    await openModel('stable video diffusion', 'Stable Video Diffusion');
    await panel.getByRole('button', { name: 'Stable Video Diffusion, Nov 2023' }).focus();
    await panel.keyboard.press('ArrowLeft');
    const previous = await focusedName(panel);
    expect(previous).toMatch(/, (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d$/);
    expect(previous).not.toBe('Stable Video Diffusion, Nov 2023');
    await panel.keyboard.press('ArrowRight');
    await expect(focusedName(panel)).resolves.toBe('Stable Video Diffusion, Nov 2023');

    await panel.keyboard.press('ArrowLeft');
    await panel.keyboard.press('Enter');
    const name = previous!.replace(/, \w{3} \d{4}$/, '');
    await panel.getByRole('heading', { level: 2, name }).waitFor();
    await panel.getByRole('button', { name: 'Back' }).click();
    await panel.getByRole('heading', { level: 2, name: 'Stable Video Diffusion' }).waitFor();
  });

  test('a key concept opens its own view, and a parent in the lineage its model', async () => {
    await openModel('stable video diffusion', 'Stable Video Diffusion');
    await panel.getByRole('button', { name: 'Temporal attention' }).click();
    await panel.getByRole('heading', { level: 2, name: 'Temporal attention' }).waitFor();
    const users = panel.getByRole('region', { name: /Models using it/ });
    // Two dozen of its users are listed, the rest behind "Show all N"; the
    // model the reader came from leads the list.
    await expect(
      users.getByRole('button', { name: 'Stable Video Diffusion' }).isVisible(),
    ).resolves.toBe(true);
    await expect(users.getByRole('listitem').first().innerText()).resolves.toContain(
      'Stable Video Diffusion',
    );
    await expect(users.getByRole('button', { name: /^Show all \d+$/ }).isVisible()).resolves.toBe(
      true,
    );
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Back' }).click();

    await panel
      .getByRole('list', { name: 'Builds on' })
      .getByRole('button', { name: /^Stable Diffusion / })
      .click();
    await panel.getByRole('heading', { level: 2, name: 'Stable Diffusion' }).waitFor();
    await panel.getByRole('button', { name: 'Back' }).click();
  });

  test('copies the model’s BibTeX and says so', async () => {
    await openModel('stable video diffusion', 'Stable Video Diffusion');
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Copy BibTeX' }).click();
    await panel.getByText('BibTeX for Stable Video Diffusion copied.').waitFor();
    // Chromium grants no clipboard permission to extension origins from a test,
    // so the clipboard is read back from the arXiv page, which shares it.
    await session.context.grantPermissions(['clipboard-read'], { origin: 'https://arxiv.org' });
    await article.bringToFront();
    const clip = await article.evaluate(() => navigator.clipboard.readText());
    await panel.bringToFront();
    expect(clip).toMatch(/^@\w+\{/);
    expect(clip).toContain('Stable Video Diffusion');
  });

  test('draws the whole timeline with era zoom and filters', async () => {
    await showSection('Timeline');
    await panel.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    const marks = panel
      .getByRole('group', { name: /^Timeline of video generation models/ })
      .getByRole('button', {
        name: /, \w{3} \d{4}$/,
      });
    const all = await marks.count();
    expect(all).toBe(BUNDLED_KB.models.length);
    expect(await seriousViolations(panel)).toEqual([]);

    await panel
      .getByRole('group', { name: 'Zoom to an era' })
      .getByRole('button', { name: svdEra.name })
      .click();
    await waitFor(async () => (await marks.count()) < all, 5_000, 'the zoom');
    await panel.getByRole('button', { name: 'All', exact: true }).click();
    await waitFor(async () => (await marks.count()) === all, 5_000, 'the full span again');

    await panel.getByLabel('Open weights only').check();
    const open = BUNDLED_KB.models.filter((m) => m.openWeights).length;
    await waitFor(async () => (await marks.count()) === open, 5_000, 'the open-weights filter');
    await panel.getByLabel('Open weights only').uncheck();
  });

  test('search finds a misspelled model; arrows move, Enter opens it', async () => {
    await panel.keyboard.press('/');
    const box = panel.getByRole('combobox', { name: 'Search the atlas' });
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await box.pressSequentially('stabel video difusion');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    const options = panel
      .getByRole('listbox', { name: 'Search the atlas: results' })
      .getByRole('option');
    await expect(options.first().textContent()).resolves.toContain('Stable Video Diffusion');
    await expect(options.first().getAttribute('aria-selected')).resolves.toBe('true');
    expect(await seriousViolations(panel)).toEqual([]);

    await box.press('ArrowDown');
    const secondId = await options.nth(1).getAttribute('id');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(secondId);
    await box.press('ArrowUp');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(
      await options.first().getAttribute('id'),
    );
    await box.press('Enter');
    await panel.getByRole('heading', { level: 2, name: 'Stable Video Diffusion' }).waitFor();
    await expect(box.inputValue()).resolves.toBe('');
  });

  test('compares two models side by side', async () => {
    await showSection(/^Compare/);
    await panel.getByText('Nothing to compare yet.').waitFor();
    expect(await seriousViolations(panel)).toEqual([]);

    const add = panel.getByRole('combobox', { name: 'Add a model to compare' });
    await add.fill('animatediff');
    await panel
      .getByRole('listbox', { name: 'Add a model to compare: results' })
      .getByRole('option')
      .first()
      .waitFor();
    await add.press('Enter');
    await showSection('This page');
    await panel.getByRole('button', { name: 'Add Stable Video Diffusion to compare' }).click();
    await showSection(/^Compare/);

    const table = panel.getByRole('table', { name: 'Models side by side' });
    await table.waitFor();
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual([
      expect.stringContaining('AnimateDiff'),
      expect.stringContaining('Stable Video Diffusion'),
    ]);
    const released = await table
      .getByRole('row', { name: /^Released/ })
      .getByRole('cell')
      .allTextContents();
    expect(released).toEqual(['Jul 2023', 'Nov 2023']);
    expect(await seriousViolations(panel)).toEqual([]);

    await panel.getByRole('button', { name: 'Remove AnimateDiff from compare' }).click();
    await expect(table.getByRole('columnheader').count()).resolves.toBe(1);
    await panel.getByRole('button', { name: 'Remove Stable Video Diffusion from compare' }).click();
    await panel.getByText('Nothing to compare yet.').waitFor();
  });

  test('follows the bound tab to another paper', async () => {
    await showSection('This page');
    await article.goto(ANIMATEDIFF_URL);
    await panel.getByText('This paper introduces AnimateDiff').waitFor();
    const row = panel
      .getByRole('listitem')
      .filter({ has: panel.getByRole('button', { name: 'AnimateDiff', exact: true }) });
    await expect(row.textContent()).resolves.toContain('×3');
    await expect(
      panel
        .getByRole('region', { name: /^Image models/ })
        .getByRole('button', { name: 'Stable Diffusion', exact: true })
        .isVisible(),
    ).resolves.toBe(true);
    await expect(panel.getByText('Stable Video Diffusion', { exact: true }).count()).resolves.toBe(
      0,
    );
    expect(await seriousViolations(panel)).toEqual([]);
  });

  test('shows a release without an entry of its own under the model it counts under', async () => {
    await showSection('This page');
    await article.goto(API_STUDY_URL);
    const row = panel
      .getByRole('listitem')
      .filter({ has: panel.getByRole('button', { name: 'Wan 2.1', exact: true }) });
    await row
      .getByText('Counted here: “Wan 2.7”, with no entry of its own')
      .waitFor({ timeout: 10_000 });
    const wan25 = panel
      .getByRole('listitem')
      .filter({ has: panel.getByRole('button', { name: 'Wan 2.5', exact: true }) });
    await expect(wan25.textContent()).resolves.not.toContain('Counted here');
  });

  test('offers to scan a page it has no report for, and says when the browser refuses', async () => {
    await article.goto(`${server.origin}/plain-unrelated.html`);
    const scan = panel.getByRole('button', { name: 'Scan this page' });
    await scan.waitFor({ timeout: 10_000 });
    await scan.click();
    await panel
      .getByRole('alert')
      .filter({ hasText: 'did not let the atlas read this site' })
      .waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
  });

  test('an arXiv page without models says so and puts the reader in the search box', async () => {
    await article.goto(EMPTY_URL);
    await panel.getByText('No models on this page').waitFor();
    await expect(panel.getByText('An arXiv paper').isVisible()).resolves.toBe(true);
    const box = panel.getByRole('combobox', { name: 'Search the atlas' });
    await waitFor(
      () => box.evaluate((el) => el === document.activeElement),
      5_000,
      'the search box to take focus',
    );
    expect(await seriousViolations(panel)).toEqual([]);
  });

  test('takes a hover card’s “Open in side panel” request, shows it and clears it', async () => {
    await showSection('Timeline');
    await session.worker.evaluate(
      (tab) =>
        chrome.storage.session.set({ panelRequest: { view: 'model', id: 'sora', tabId: tab } }),
      tabId,
    );
    await panel.getByRole('heading', { level: 2, name: 'Sora' }).waitFor();
    await expect(
      panel.getByRole('button', { name: 'This page' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await waitFor(
      () =>
        session.worker.evaluate(
          async () =>
            ((await chrome.storage.session.get('panelRequest')).panelRequest ?? null) === null,
        ),
      5_000,
      'the request to be cleared',
    );
    // A panel bound to one tab leaves other tabs' requests alone.
    await session.worker.evaluate(
      (tab) =>
        chrome.storage.session.set({
          panelRequest: { view: 'concept', id: 'flow-matching', tabId: tab + 1000 },
        }),
      tabId,
    );
    await panel.waitForTimeout(300);
    await expect(panel.getByRole('heading', { level: 2, name: 'Sora' }).isVisible()).resolves.toBe(
      true,
    );
    await session.worker.evaluate(() => chrome.storage.session.set({ panelRequest: null }));
  });

  test('pops out into a window bound to the tab it follows', async () => {
    const following = await session.openExtensionPage('sidepanel.html');
    const popup = session.context.waitForEvent('page');
    await following.getByRole('button', { name: 'Pop out' }).click();
    const opened = await popup;
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(/\/sidepanel\.html\?tab=\d+$/);
    await opened.getByRole('heading', { level: 1, name: 'Video Model Atlas' }).waitFor();
    await expect(opened.getByRole('button', { name: 'Pop out' }).count()).resolves.toBe(0);
    await opened.close();
    await following.close();
  });
});
