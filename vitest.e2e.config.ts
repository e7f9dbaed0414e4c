import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // The real site built once under /baogao/ and served on 127.0.0.1 (inject('e2eSite')).
    globalSetup: ['test/setup/e2e-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    // Tests marked concurrent (pages.test.ts) run two at a time, one per core.
    maxConcurrency: 2,
  },
});
