/**
 * What the demo shows, one step per feature. Each feature adds its step here.
 */
import type { ExtensionSession } from '../tests/support/chromium';
import type { askTab, tabState, waitFor } from '../tests/support/extension-calls';
import type { FixtureServer } from '../tests/support/fixture-server';
import { card, revealText } from '../tests/support/hover';

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
];
