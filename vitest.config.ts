import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // The real site is built once (under BASE_PATH /baogao/) for the built-site tests.
    globalSetup: ['test/setup/site.ts'],
    setupFiles: ['test/setup/temp-dirs.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
