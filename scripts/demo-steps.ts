/**
 * What the demo shows, one step per feature. Each feature adds its step here.
 */
import type { ExtensionSession } from '../tests/support/chromium';
import type { askTab, tabState, waitFor } from '../tests/support/extension-calls';
import type { FixtureServer } from '../tests/support/fixture-server';

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
];
