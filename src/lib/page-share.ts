// Which of the site's pages this astro process renders. scripts/build.ts can run the astro step as two
// processes side by side (BAOGAO_ASTRO_PARTS, scripts/lib/astro-parts.ts), each rendering a disjoint share
// of the pages into an outDir of its own, merged into dist/ once both have succeeded. It names the share in
// BAOGAO_ASTRO_SHARE: `1/2` renders the site's own pages (lists, explorer, search, data exports) and the
// reports outside share 2, `2/2` the report pages and source downloads of the reports in its share. Without
// it (one process, `astro dev`) every page is rendered. The pages without getStaticPaths (the root, 404,
// robots.txt) are rendered by both, the same bytes (the merge checks).
//   reportPart('chengdu-2020-kejichuangxin', 2) → 1 or 2, by a hash of the slug alone
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { isRecordFile } from '../schemas/search.ts';

/** This process's share: part `part` of `parts`. */
export interface PageShare {
  part: number;
  parts: number;
}

/** The share BAOGAO_ASTRO_SHARE names (`k/n`), or all pages (`1/1`) without it. */
export function pageShare(env: NodeJS.ProcessEnv = process.env): PageShare {
  const value = env.BAOGAO_ASTRO_SHARE;
  if (!value) return { part: 1, parts: 1 };
  const m = /^([12])\/([12])$/.exec(value);
  if (!m || Number(m[1]) > Number(m[2])) throw new Error(`BAOGAO_ASTRO_SHARE=${value}: expected 1/1, 1/2 or 2/2 (scripts/build.ts sets it for each astro process)`);
  return { part: Number(m[1]), parts: Number(m[2]) };
}

/**
 * The fraction of the reports the second part renders. Both parts start astro, bundle and scan the whole
 * site (≈ 7 CPU s at N = 200); the first renders the site's own pages as well (the lists, the explorer's
 * pages, the data exports: ≈ 2.6 CPU s against ≈ 7.2 for the reports' pages at N = 200), so the second
 * takes more reports: ½ + 2.6 / (2 × 7.2) ≈ 0.68 evens them (docs/benchmarks.md, Issue 18: the astro
 * step on both cores).
 */
export const SECOND_PART_REPORTS = 0.65;

/** The part (1 or 2) that renders a report's pages when the step runs as `parts` processes: by a hash of its slug, so any process (and astro.config) tells it alone. */
export function reportPart(slug: string, parts: number): number {
  if (parts === 1) return 1;
  const fraction = createHash('sha256').update(slug).digest().readUInt32BE(0) / 2 ** 32;
  return fraction < SECOND_PART_REPORTS ? 2 : 1;
}

/** Whether this process renders the site's own pages (every page but a report's two and its source). */
export const rendersSitePages = (share: PageShare = pageShare()): boolean => share.part === 1;

/** Whether this process renders the report `slug`'s pages and source download. */
export const rendersReport = (slug: string, share: PageShare = pageShare()): boolean => reportPart(slug, share.parts) === share.part;

/** getStaticPaths of a site page: its paths in the process that renders the site's own pages, none in the others. */
export const sitePaths = <T>(paths: () => T[] | Promise<T[]>): T[] | Promise<T[]> => (rendersSitePages() ? paths() : []);

/** The folder a part's astro build writes to: dist itself for the first, `<dist>-site<k>` beside it for the others (merged into dist after). */
export const shareOutDir = (dist: string, share: PageShare): string => (share.part === 1 ? dist : `${dist}-site${share.part}`);

/**
 * The report pages the other parts render, as the sitemap names them (the first part writes the
 * sitemap, @astrojs/sitemap's `customPages`, so it lists every page as one process's would): for each
 * record in `reportsDir` (the records collection's files, src/content.config.ts) outside this share,
 * its page in each script, under the site's base.
 */
export function otherSharesPages(reportsDir: string, share: PageShare, site: string, base: string, langs: readonly string[]): string[] {
  if (share.parts === 1) return [];
  const root = new URL(base, site);
  const prefix = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`;
  let files: string[];
  try {
    files = readdirSync(reportsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const urls: string[] = [];
  for (const file of files.filter(isRecordFile)) {
    const slug = file.slice(0, -'.json'.length);
    if (!rendersReport(slug, share)) for (const lang of langs) urls.push(new URL(`${prefix}${lang}/${slug}/`, root).href);
  }
  return urls;
}
