import { defineConfig } from 'vitest/config';

// The Firefox and WebKit smoke suite (`npm run test:engines`): one file per engine, both at once.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/engines/**/*.test.ts'],
    globalSetup: ['tests/engines/global-setup.ts'],
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
