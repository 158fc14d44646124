/**
 * The demo: real Chromium with the built extension on the bundled pages. With
 * a display it opens a window and waits; without one it runs headless, saves
 * screenshots of what a user would see to demo-output/ and prints what the
 * extension found.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../tests/support/chromium';
import { askTab, tabState, waitFor } from '../tests/support/extension-calls';
import { routeArxiv, startFixtureServer } from '../tests/support/fixture-server';
import { DEMO_STEPS } from './demo-steps';

const OUT = fileURLToPath(new URL('../demo-output/', import.meta.url));
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

await mkdir(OUT, { recursive: true });
const session = await launchWithExtension({ headless });
const server = await startFixtureServer();
await routeArxiv(session.context);

try {
  for (const step of DEMO_STEPS) {
    console.log(`\n▶ ${step.title}`);
    await step.run({ session, server, out: OUT, askTab, tabState, waitFor });
  }
  if (headless) {
    console.log(`\nScreenshots are in ${OUT}`);
  } else {
    console.log('\nThe browser stays open; press Ctrl+C to end the demo.');
    await new Promise(() => undefined);
  }
} finally {
  if (headless) {
    await session.close();
    await server.close();
  }
}
