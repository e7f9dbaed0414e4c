import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests: npm run test:e2e; the benchmark's end-to-end run: npm run test:bench.
    exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**'],
    // The real site is built once (under BASE_PATH /baogao/) for the built-site tests.
    globalSetup: ['test/setup/site.ts'],
    setupFiles: ['test/setup/temp-dirs.ts'],
    // One worker per core, two at least: vitest's default leaves a core for itself, but its workers
    // spend much of their time waiting on the CLIs and builds they spawn.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share their worker's modules instead of a fresh worker each (~0.6 s of startup per
    // file): no test mocks modules or changes process state.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
