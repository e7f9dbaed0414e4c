import { defineConfig } from 'vitest/config';

// npm run test:bench: the benchmark end to end (a synthetic site of 5 reports, built and measured).
export default defineConfig({
  test: {
    include: ['test/bench/**/*.test.ts'],
    setupFiles: ['test/setup/temp-dirs.ts'],
    testTimeout: 300_000,
    // Each file builds sites of its own: one at a time on a 2-core machine.
    fileParallelism: false,
  },
});
