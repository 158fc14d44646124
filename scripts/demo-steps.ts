/**
 * What the demo shows, one step per feature. Each feature adds its step here.
 */
import type { ExtensionSession } from '../tests/support/chromium';
import type { askTab, tabState, waitFor } from '../tests/support/extension-calls';
import type { FixtureServer } from '../tests/support/fixture-server';
import { card, revealText, selectText } from '../tests/support/page-text';

export interface DemoContext {
  session: ExtensionSession;
  server: FixtureServer;
  out: string;
  askTab: typeof askTab;
  tabState: typeof tabState;
  waitFor: typeof waitFor;
}

export interface DemoStep {
  title: string;
  run(ctx: DemoContext): Promise<void>;
}

export const DEMO_STEPS: DemoStep[] = [
  {
    title: 'An arXiv abstract page with the extension running',
    async run({ session, out, askTab, waitFor }) {
      const { page, tabId } = await session.openTab('https://arxiv.org/abs/2311.15127');
      const status = await waitFor(async () => {
        const s = await askTab(session, tabId, 'getContentStatus', null);
        return s.scanned ? s : null;
      });
      await page.screenshot({ path: `${out}arxiv-abstract.png` });
      console.log(`  ${status.url}: ${status.mentions.length} models and concepts found`);
      for (const m of status.mentions) console.log(`   - ${m.id} (${m.kind}) ×${m.count}`);
      const panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
      await panel.setViewportSize({ width: 400, height: 800 });
      await panel.getByRole('heading', { name: 'This page' }).waitFor();
      await panel.screenshot({ path: `${out}side-panel.png` });
      console.log('  saved arxiv-abstract.png and side-panel.png');
    },
  },
  {
    title: 'Hovering a model name on the abstract shows its card',
    async run({ session, out, askTab, waitFor }) {
      const { page, tabId } = await session.openTab('https://arxiv.org/abs/2311.15127');
      await waitFor(async () => (await askTab(session, tabId, 'getContentStatus', null)).scanned);
      const at = await revealText(page, 'blockquote.abstract', 'Stable Video Diffusion');
      await page.mouse.move(at.x, at.y);
      await card(page).waitFor();
      await page.screenshot({ path: `${out}hover-card.png` });
      const first = (await card(page).innerText()).split('\n').filter(Boolean).slice(0, 3).join(' · ');
      console.log(`  card: ${first}`);
      console.log('  saved hover-card.png');
    },
  },
  {
    title: 'The HTML version of the paper, with every model it cites',
    async run({ session, out, askTab, waitFor }) {
      const { page, tabId } = await session.openTab('https://arxiv.org/html/2311.15127v1');
      const status = await waitFor(async () => {
        const s = await askTab(session, tabId, 'getContentStatus', null);
        return s.scanned ? s : null;
      });
      const kinds = { video: 0, image: 0, concept: 0 };
      for (const m of status.mentions) kinds[m.kind]++;
      console.log(`  ${kinds.video} video models, ${kinds.image} image models, ${kinds.concept} concepts`);
      await page.evaluate(() => document.querySelector('.ltx_section')?.scrollIntoView());
      await page.screenshot({ path: `${out}arxiv-html-paper.png` });
      console.log('  saved arxiv-html-paper.png');
    },
  },
  {
    title: 'The side panel: this paper, a model in depth, the timeline, search and compare',
    async run({ session, out, askTab, waitFor }) {
      const { tabId } = await session.openTab('https://arxiv.org/abs/2311.15127');
      await waitFor(async () => (await askTab(session, tabId, 'getContentStatus', null)).scanned);
      const panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`);
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.getByText('This paper introduces').first().waitFor();
      await panel.screenshot({ path: `${out}panel-page.png` });
      console.log(`  ${(await panel.getByText('This paper introduces').first().innerText()).trim()}`);

      await panel.getByRole('searchbox').or(panel.getByRole('combobox')).first().fill('stabel video difusion');
      await panel.keyboard.press('Enter');
      await panel.getByRole('heading', { name: 'Stable Video Diffusion' }).first().waitFor();
      await panel.screenshot({ path: `${out}panel-model.png`, fullPage: true });
      await panel.emulateMedia({ colorScheme: 'dark' });
      await panel.screenshot({ path: `${out}panel-model-dark.png` });
      await panel.emulateMedia({ colorScheme: 'light' });

      await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timeline' }).click();
      await panel.waitForTimeout(300);
      await panel.screenshot({ path: `${out}panel-timeline.png`, fullPage: true });
      console.log('  saved panel-page.png, panel-model.png, panel-model-dark.png, panel-timeline.png');
    },
  },
  {
    title: 'A note saved on the abstract appears on the paper’s HTML version, its passage highlighted',
    async run({ session, out, askTab, waitFor }) {
      const passage = 'three different stages for successful training of video LDMs';
      const abs = await session.openTab('https://arxiv.org/abs/2311.15127');
      await waitFor(async () => (await askTab(session, abs.tabId, 'getContentStatus', null)).scanned);
      await selectText(abs.page, 'blockquote.abstract', passage);
      const panel = await session.openExtensionPage(`sidepanel.html?tab=${abs.tabId}`);
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.getByRole('button', { name: 'Add note' }).click();
      await panel.getByRole('button', { name: 'Quote selection' }).click();
      await panel.getByRole('combobox', { name: 'Tag a model' }).fill('stable video');
      await panel.getByRole('option', { name: /^Stable Video Diffusion\b/ }).first().click();
      await panel.getByRole('textbox', { name: 'Note' }).fill('The **three-stage recipe**: image, video, then high-quality finetuning.');
      await panel.getByRole('button', { name: 'Save' }).click();
      await panel.getByText('This article already has 1 note.').waitFor();

      const html = await session.openTab('https://arxiv.org/html/2311.15127v1');
      await waitFor(async () => (await askTab(session, html.tabId, 'getContentStatus', null)).scanned);
      await waitFor(() => html.page.evaluate(() => (CSS.highlights.get('vma-note')?.size ?? 0) > 0));
      const htmlPanel = await session.openExtensionPage(`sidepanel.html?tab=${html.tabId}`);
      await htmlPanel.setViewportSize({ width: 420, height: 900 });
      await htmlPanel.getByText('This article already has 1 note.').waitFor();
      await htmlPanel.getByRole('list', { name: 'Notes on this article' }).locator('blockquote').first().click();
      await html.page.waitForTimeout(300);
      await html.page.screenshot({ path: `${out}note-on-html-version.png` });
      await htmlPanel.screenshot({ path: `${out}note-in-panel.png` });
      console.log('  the note written on /abs/2311.15127 is on /html/2311.15127v1, passage highlighted');
      console.log('  saved note-on-html-version.png and note-in-panel.png');
    },
  },
];
