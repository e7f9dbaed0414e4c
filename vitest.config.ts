import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { compileCacheForRun } from './test/setup/compile-cache.ts';

// The run's node processes share one compile cache (test/setup/compile-cache.ts).
compileCacheForRun();

/** Test files that read the built test site (`inject('site')`); every other file builds no site. */
export const siteTests = [
  'test/indicators.test.ts',
  'test/links.test.ts',
  'test/mdx-contract.test.ts',
  'test/pairing-site.test.ts',
  'test/reproducible.test.ts',
  'test/robustness.test.ts',
  'test/search.test.ts',
  'test/site-report.test.ts',
  'test/site.test.ts',
  'test/variants.test.ts',
];

/** Test files that check every real text through build:content's outputs (`inject('corpusBuilds')`). */
export const corpusTests = ['test/emit.test.ts', 'test/nothing-lost.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['test/setup/temp-dirs.ts'],
    // One worker per core, two at least: vitest's default leaves a core for itself, but its workers
    // spend much of their time waiting on the CLIs and builds they spawn.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share their worker's modules instead of a fresh worker each (~0.6 s of startup per
    // file): no test mocks modules or changes process state.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      // Pure and CLI tests: `vitest run test/parse.test.ts` builds no site. Browser tests are
      // npm run test:e2e, the benchmark's end-to-end run npm run test:bench.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**', ...siteTests, ...corpusTests] } },
      // The real site is built once (under BASE_PATH /baogao/) for these, when one of them runs.
      { extends: true, test: { name: 'site', include: siteTests, globalSetup: ['test/setup/site.ts'] } },
      // build:content is run once on the shipped sources and the corpus fixtures for these.
      { extends: true, test: { name: 'corpus', include: corpusTests, globalSetup: ['test/setup/corpus.ts'] } },
    ],
  },
});
