/**
 * Notes end to end, in real Chromium with the built extension: a note written
 * in the panel on an arXiv abstract (a quoted passage from the page's
 * selection, a model tag picked from the autocomplete, Markdown text) shows
 * up on the same paper's HTML version with its passage highlighted there; it
 * can be edited, deleted and restored; the options page exports it as
 * Markdown and JSON, deletes everything, imports it back, and refuses a
 * broken file without changing anything. axe-core checks each view.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChromeApi } from '../support/worker-globals';
import { launchWithExtension, type ExtensionSession } from '../support/chromium';
import { contentScriptRuns, waitFor } from '../support/extension-calls';
import { screenshotFailures } from '../support/failure-screenshots';
import { routeArxiv } from '../support/fixture-server';
import { selectText } from '../support/page-text';

declare const chrome: ChromeApi;

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const ABS_URL = 'https://arxiv.org/abs/2311.15127';
const HTML_URL = 'https://arxiv.org/html/2311.15127v1';
const PASSAGE =
  'we identify and evaluate three different stages for successful training of video LDMs';
const NOTE = 'Three stages: **image pretraining**, video pretraining, finetuning.';
const NOTE_TEXT = 'image pretraining';

let session: ExtensionSession;
let files: string;
let abs: Page;
let absTab: number;
let absPanel: Page;

beforeAll(async () => {
  session = await launchWithExtension();
  files = await mkdtemp(join(tmpdir(), 'vma-notes-'));
  await routeArxiv(session.context);
  ({ page: abs, tabId: absTab } = await session.openTab(ABS_URL));
  await waitFor(
    () => contentScriptRuns(session, absTab),
    10_000,
    'the content script on the abstract',
  );
});
afterAll(async () => {
  await session?.close();
  if (files) await rm(files, { recursive: true, force: true });
});
screenshotFailures(() => session?.context);

async function openPanel(tabId: number): Promise<Page> {
  const panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 420, height: 900 });
  return panel;
}

/** Serious and critical axe-core violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Extension pages refuse inline scripts (MV3 CSP); evaluating the source is not subject to it.
    await page
      .addScriptTag({ path: AXE })
      .catch(async () => page.evaluate(await readFile(AXE, 'utf8')));
  }
  return page.evaluate(async () => {
    type Violation = {
      id: string;
      impact: string | null;
      nodes: { target: string[]; html: string }[];
    };
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`).join(', ')}`,
      );
  });
}

/** Clicks `button` on `page` and returns the download it starts. */
async function download(page: Page, button: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { file, text: await readFile(await file.path(), 'utf8') };
}

function notesList(panel: Page) {
  return panel.getByRole('list', { name: 'Notes on this article' });
}

describe('notes', () => {
  test('a note with a quoted passage and a model tag, written on the abstract page', async () => {
    await selectText(abs, 'blockquote.abstract', PASSAGE);
    absPanel = await openPanel(absTab);
    await absPanel.getByText('No notes on this article yet.').waitFor();

    await absPanel.getByRole('button', { name: 'Add note' }).click();
    const textbox = absPanel.getByRole('textbox', { name: 'Note' });
    await expect.poll(() => textbox.evaluate((el) => el === document.activeElement)).toBe(true);

    await absPanel.getByRole('button', { name: 'Quote selection' }).click();
    await absPanel
      .getByRole('form', { name: 'New note' })
      .locator('blockquote')
      .getByText(PASSAGE)
      .waitFor();

    const tagBox = absPanel.getByRole('combobox', { name: 'Tag a model' });
    await tagBox.fill('stable video');
    const option = absPanel.getByRole('option', { name: /^Stable Video Diffusion\b/ }).first();
    await option.waitFor();
    await expect(tagBox.getAttribute('aria-expanded')).resolves.toBe('true');
    await option.click();
    await absPanel.getByRole('button', { name: 'Remove tag Stable Video Diffusion' }).waitFor();

    await textbox.fill(NOTE);
    expect(await seriousViolations(absPanel)).toEqual([]);
    await absPanel.getByRole('button', { name: 'Save' }).click();

    await absPanel.getByText('This article already has 1 note.').waitFor();
    const card = notesList(absPanel).getByRole('listitem').first();
    await card.locator('strong', { hasText: NOTE_TEXT }).waitFor();
    await card.locator('blockquote').getByText(PASSAGE).waitFor();
    await card.getByRole('list', { name: 'Models' }).getByText('Stable Video Diffusion').waitFor();
    await expect(absPanel.getByRole('form', { name: 'New note' }).count()).resolves.toBe(0);
    // The abstract re-anchors its notes after the save and reports the passage found.
    await card.getByText('found on this page').waitFor();
    expect(await seriousViolations(absPanel)).toEqual([]);
  });

  test('the same paper’s HTML version shows the note and highlights its passage', async () => {
    const { page: html, tabId } = await session.openTab(HTML_URL);
    await waitFor(
      () => contentScriptRuns(session, tabId),
      10_000,
      'the content script on the HTML paper',
    );
    const panel = await openPanel(tabId);
    const card = notesList(panel).getByRole('listitem').first();
    await card.locator('strong', { hasText: NOTE_TEXT }).waitFor();
    await panel.getByText('This article already has 1 note.').waitFor();
    await waitFor(
      () => html.evaluate(() => CSS.highlights.get('vma-note')?.size === 1),
      10_000,
      'the quoted passage highlighted on the HTML page',
    );
    await card.getByText('found on this page').waitFor();

    // The quote takes the reader to the passage (and says nothing is wrong).
    await card.getByRole('button', { name: PASSAGE }).click();
    await panel.waitForTimeout(300);
    await expect(card.getByText('passage not found on this page').count()).resolves.toBe(0);

    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
    await html.close();
  });

  test('edit, delete, and undo the delete', async () => {
    const card = notesList(absPanel).getByRole('listitem').first();
    await card.getByRole('button', { name: 'Edit' }).click();
    const textbox = absPanel.getByRole('textbox', { name: 'Note' });
    await expect(textbox.inputValue()).resolves.toBe(NOTE);
    await textbox.fill(`${NOTE}\n\nSee also *Video LDM*.`);
    await textbox.press('Control+Enter');
    await notesList(absPanel).locator('em', { hasText: 'Video LDM' }).waitFor();

    await notesList(absPanel).getByRole('button', { name: 'Delete' }).click();
    await absPanel.getByText('Note deleted.').waitFor();
    await absPanel.getByText('No notes on this article yet.').waitFor();
    await absPanel.getByRole('button', { name: 'Undo' }).click();
    await absPanel.getByText('This article already has 1 note.').waitFor();
    await notesList(absPanel).locator('em', { hasText: 'Video LDM' }).waitFor();
    await notesList(absPanel).locator('blockquote').getByText(PASSAGE).waitFor();
  });

  test('an "Add note with this quote" request opens the editor prefilled, focused, and is cleared', async () => {
    const quote = {
      exact: 'a systematic curation process',
      prefix: 'present ',
      suffix: ' to train',
    };
    await session.worker.evaluate(
      ({ tabId, quote }) =>
        chrome.storage.session.set({
          panelRequest: { view: 'note', modelId: 'video-ldm', tabId, quote },
        }),
      { tabId: absTab, quote },
    );
    const form = absPanel.getByRole('form', { name: 'New note' });
    await form.locator('blockquote').getByText(quote.exact).waitFor();
    await form.getByRole('button', { name: 'Remove tag Video LDM' }).waitFor();
    const textbox = form.getByRole('textbox', { name: 'Note' });
    await expect.poll(() => textbox.evaluate((el) => el === document.activeElement)).toBe(true);
    await waitFor(
      async () =>
        // Cleared means stored as null or removed.
        (await session.worker.evaluate(
          async () => (await chrome.storage.session.get('panelRequest')).panelRequest,
        )) == null,
      5_000,
      'the request to be cleared',
    );
    await textbox.press('Escape');
    await expect(form.count()).resolves.toBe(0);
    await absPanel.getByText('This article already has 1 note.').waitFor();
  });

  test('options: export Markdown and JSON, delete everything, import back; a broken file changes nothing', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByText('1 note on 1 article').waitFor();

    const md = await download(options, 'Export Markdown');
    expect(md.file.suggestedFilename()).toMatch(/^video-model-atlas-notes-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text).toContain('Scaling Latent Video Diffusion Models');
    expect(md.text).toContain(`> ${PASSAGE}`);
    expect(md.text).toContain('Stable Video Diffusion)');
    expect(md.text).toContain(NOTE);
    await options.getByText(/Exported 1 note as Markdown \([\d,]+ characters\)/).waitFor();

    const json = await download(options, 'Export JSON');
    const backup = JSON.parse(json.text) as {
      format: string;
      notes: { quote?: { exact: string }; models: string[] }[];
    };
    expect(backup.format).toBe('video-model-atlas-notes');
    expect(backup.notes).toHaveLength(1);
    expect(backup.notes[0]).toMatchObject({
      quote: { exact: PASSAGE },
      models: ['stable-video-diffusion'],
    });
    await options.getByText(/Exported 1 note as JSON/).waitFor();
    const backupFile = join(files, 'backup.json');
    await writeFile(backupFile, json.text);

    await options.getByRole('button', { name: 'Delete all notes…' }).click();
    await options.getByRole('button', { name: 'Yes, delete every note' }).click();
    await options.getByText('Deleted 1 note.').waitFor();
    await absPanel.getByText('No notes on this article yet.').waitFor();

    const importer = options.getByLabel('Import notes (JSON)');
    await importer.setInputFiles(backupFile);
    await options.getByText('Imported: 1 added, 0 updated, 0 unchanged.').waitFor();
    await absPanel.getByText('This article already has 1 note.').waitFor();
    await notesList(absPanel).locator('blockquote').getByText(PASSAGE).waitFor();

    // A truncated file: the error says what and where, and nothing changes.
    const truncated = join(files, 'truncated.json');
    await writeFile(truncated, json.text.slice(0, Math.floor(json.text.length / 2)));
    await importer.setInputFiles(truncated);
    await options
      .getByText(/^Nothing was imported\. not JSON: .+ at position \d+ \(line \d+, column \d+\)/)
      .waitFor();
    // A well-formed file with a wrong field: the error names the field.
    const wrong = JSON.parse(json.text) as { notes: { updated: unknown }[] };
    wrong.notes[0]!.updated = 'yesterday';
    const wrongFile = join(files, 'wrong.json');
    await writeFile(wrongFile, JSON.stringify(wrong));
    await importer.setInputFiles(wrongFile);
    await options
      .getByText('Nothing was imported. notes[0].updated: expected a number, got string')
      .waitFor();
    await options.getByText('1 note on 1 article').waitFor();
    await absPanel.getByText('This article already has 1 note.').waitFor();

    expect(await seriousViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  test('the panel’s "Notes" tab lists every note, searchable, with exports', async () => {
    const tabs = absPanel.getByRole('navigation', { name: 'Views' });
    await tabs.getByRole('button', { name: /^Notes/ }).click();
    const list = absPanel.getByRole('list', { name: 'All notes' });
    await list.getByRole('listitem').first().waitFor();
    await list
      .getByRole('link', { name: /Scaling Latent Video Diffusion/ })
      .first()
      .waitFor();
    await absPanel.getByRole('searchbox', { name: 'Search notes' }).fill('curaton');
    await absPanel.getByText('Showing 0 of 1 note.').waitFor();
    await absPanel.getByRole('searchbox', { name: 'Search notes' }).fill('pretraning');
    await absPanel.getByText('Showing 1 of 1 note.').waitFor();
    await absPanel
      .getByRole('combobox', { name: 'Model' })
      .selectOption({ label: 'Stable Video Diffusion' });
    await list.getByRole('listitem').first().waitFor();
    const md = await download(absPanel, 'Export Markdown');
    expect(md.text).toContain(`> ${PASSAGE}`);
    expect(await seriousViolations(absPanel)).toEqual([]);
  });
});
