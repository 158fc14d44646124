import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium: one file at a
// time (two cores), generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    root: new URL('../..', import.meta.url).pathname,
  },
});
