import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // The real site built once under /baogao/ and served on 127.0.0.1 (inject('e2eSite')).
    globalSetup: ['test/setup/e2e-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Two files at a time, each with a browser of its own: while one waits (a build of its own site,
    // a tab slowed 4× in reader-path.test.ts, the Java validator starting) the other has the CPU.
    fileParallelism: true,
    maxWorkers: 2,
    // Tests marked concurrent (pages.test.ts, reader-path's slow-device groups) run two at a time within a file.
    maxConcurrency: 2,
  },
});
