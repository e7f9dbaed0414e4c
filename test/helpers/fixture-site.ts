// The fixture site of the browser tests: the shipped reports plus texts that only some tests read,
// built under /baogao/. test/e2e/reader-path.test.ts reads three long real texts of
// test/fixtures/corpus/ (pages over 60 KB), test/e2e/references-citation.test.ts the two fixtures of
// test/fixtures/references/site/ (a regulation and a plan that cites it by title) and corpus 40 (a
// regulation whose item headings cite articles). The e2e global setup (test/setup/e2e-site.ts)
// builds it at the same time as the main site; a file builds it itself when the setup did not (a
// prebuilt main site, BAOGAO_E2E_DIST).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startBuildSite } from './build-site.ts';
import { root } from './run.ts';

export const BASE = '/baogao/';
export const SITE_URL = 'https://example.github.io';
/** The long texts, and their slugs. */
export const LONG = {
  2013: { file: '42_prc-gov-work-report-2013.gbk.txt', slug: '42-prc-gov-work-report-2013-gbk' },
  2004: { file: '04_prc-gov-work-report-2004.txt', slug: '04-prc-gov-work-report-2004' },
  macao: { file: '35_macao-basic-law-simplified.txt', slug: '35-macao-basic-law-simplified' },
} as const;
/** Every source of the site beside the shipped reports, under the repository. */
const extraSources = [
  ...Object.values(LONG).map(({ file }) => `test/fixtures/corpus/${file}`),
  ...readdirSync(join(root, 'test/fixtures/references/site')).map((f) => `test/fixtures/references/site/${f}`),
  'test/fixtures/corpus/40_sh-bus-trolleybus-regulation.txt',
];

/** Builds the site in `dir` (sources, reports, dist and the build's log there), in the background; resolves to its dist. */
export async function buildFixtureSite(dir: string): Promise<string> {
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  for (const f of readdirSync(join(root, 'content/sources'))) copyFileSync(join(root, 'content/sources', f), join(sources, f));
  for (const path of extraSources) copyFileSync(join(root, path), join(sources, path.split('/').at(-1)!));
  const dist = join(dir, 'dist');
  await startBuildSite({ sources, reports: join(dir, 'reports'), dist }, join(dir, 'build.log'), { SITE_URL, BASE_PATH: BASE });
  return dist;
}

/**
 * The site for a test file: `given` (a site built from the same sources, named by the file's
 * environment variable), else the one the global setup built, else one built now into a temporary
 * folder, which `remove` deletes (unless KEEP_TEST_SITE).
 */
export async function fixtureSite(given: string | undefined): Promise<{ dist: string; remove: () => void }> {
  const built = given ?? inject('fixtureSite');
  if (built) return { dist: built, remove: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'baogao-fixture-'));
  const dist = await buildFixtureSite(dir);
  const remove = (): void => {
    if (!process.env.KEEP_TEST_SITE) rmSync(dir, { recursive: true, force: true });
  };
  return { dist, remove };
}
