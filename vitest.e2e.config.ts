import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser test files, longest first (CPU seconds of each alone): two run at a time, and the
 * longest started last would run on alone at the end. vitest's own order is by the durations of
 * the last run in its cache, or by file size when it has none (a clean clone), which started
 * pages.test.ts, the longest and among the smallest, sixth of eight. A file not listed starts first.
 */
const longestFirst = ['pages', 'reader-path', 'report', 'references-citation', 'paged-lists', 'target-actual', 'search', 'html-validity'].map((name) => `test/e2e/${name}.test.ts`);

class LongestFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification): number => longestFirst.indexOf(relative(spec.project.config.root, spec.moduleId));
    return Promise.resolve([...files].sort((a, b) => rank(a) - rank(b)));
  }
}

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
    sequence: { sequencer: LongestFirst },
    // expect.poll waits for what a page shows after the browser's own work (the breadcrumb follows the
    // reading once its observer fires): with two files and two tests at a time on 2 cores a page may take
    // longer than vitest's 1 s default, so a wait is bounded at 10 s (a bound on waiting, not a speed
    // check: a poll that never matches still fails). Seen in CI: reader-path's desktop breadcrumb, 3 of 3
    // green alone.
    expect: { poll: { timeout: 10_000 } },
  },
});
