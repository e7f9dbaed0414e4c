import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests: npm run test:e2e; the benchmark's end-to-end run: npm run test:bench.
    exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**'],
    // The real site is built once (under BASE_PATH /baogao/) for the built-site tests.
    globalSetup: ['test/setup/site.ts'],
    setupFiles: ['test/setup/temp-dirs.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
