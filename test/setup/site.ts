// Global setup of the site project (vitest.config.ts): builds the real site once per test run, from
// the shipped sources, under a base path, when a file that reads it runs. Tests read it with
// `inject('site')`: { dist, reports, base }. Built with vitest's environment (NODE_ENV=test), which
// must not change a page: test/reproducible.test.ts compares it with a build without it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export const BASE_PATH = '/baogao/';

declare module 'vitest' {
  export interface ProvidedContext {
    site: { dist: string; reports: string; base: string };
  }
}

export default function setup(project: TestProject): () => void {
  const root = join(import.meta.dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'baogao-site-'));
  const dist = join(dir, 'dist');
  const reports = join(dir, 'reports');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_URL: 'https://example.github.io',
      BASE_PATH,
      BAOGAO_SOURCES: join(root, 'content/sources'),
      BAOGAO_REPORTS: reports,
      BAOGAO_DIST: dist,
    },
  });
  if (result.status !== 0) {
    throw new Error(`building the test site failed:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('site', { dist, reports, base: BASE_PATH });
  return () => {
    if (!process.env.KEEP_TEST_SITE) rmSync(dir, { recursive: true, force: true });
  };
}
