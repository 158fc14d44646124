import { defineConfig } from 'vitest/config';

// Firefox smoke tests: the built add-on in Debian firefox-esr over WebDriver BiDi.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    root: new URL('../..', import.meta.url).pathname,
  },
});
