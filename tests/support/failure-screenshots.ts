/** Saves a screenshot of every open page when a test fails, under test-results/. */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterEach } from 'vitest';

const OUT = fileURLToPath(new URL('../../test-results/', import.meta.url));

export function screenshotFailures(getContext: () => BrowserContext | undefined): void {
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    const context = getContext();
    if (!context) return;
    await mkdir(OUT, { recursive: true });
    const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
    let i = 0;
    for (const page of context.pages()) {
      await page
        .screenshot({ path: `${OUT}${name}-${i++}.png`, fullPage: false })
        .catch(() => undefined);
    }
  });
}
