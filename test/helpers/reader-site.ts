// The site of test/e2e/reader-path.test.ts: the shipped reports plus three long real texts of
// test/fixtures/corpus/ (pages over 60 KB), built under /baogao/. The e2e global setup
// (test/setup/e2e-site.ts) builds it at the same time as the main site; reader-path builds it
// itself when the setup did not (a prebuilt main site, BAOGAO_E2E_DIST).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startBuildSite } from './build-site.ts';
import { root } from './run.ts';

export const BASE = '/baogao/';
export const SITE_URL = 'https://example.github.io';
/** The long texts built into the site beside the shipped reports, and their slugs. */
export const LONG = {
  2013: { file: '42_prc-gov-work-report-2013.gbk.txt', slug: '42-prc-gov-work-report-2013-gbk' },
  2004: { file: '04_prc-gov-work-report-2004.txt', slug: '04-prc-gov-work-report-2004' },
  macao: { file: '35_macao-basic-law-simplified.txt', slug: '35-macao-basic-law-simplified' },
} as const;

/** Builds the site in `dir` (sources, reports, dist and the build's log there), in the background; resolves to its dist. */
export async function buildReaderSite(dir: string): Promise<string> {
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  for (const f of readdirSync(join(root, 'content/sources'))) copyFileSync(join(root, 'content/sources', f), join(sources, f));
  for (const { file } of Object.values(LONG)) copyFileSync(join(root, 'test/fixtures/corpus', file), join(sources, file));
  const dist = join(dir, 'dist');
  await startBuildSite({ sources, reports: join(dir, 'reports'), dist }, join(dir, 'build.log'), { SITE_URL, BASE_PATH: BASE });
  return dist;
}
