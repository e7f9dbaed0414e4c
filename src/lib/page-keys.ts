// Cache keys of pages for Astro's incremental build (astro.config.ts, experimental.incrementalBuild):
// a path whose key and page code are unchanged since the last build is copied from Astro's cache
// instead of rendered. A key must cover everything the page reads that Astro does not see as code:
// the files it reads from content/reports and what it shows of other reports (pages that cite it,
// target → actual pairs, its page in the explorer). Astro adds the page's code (its module graph),
// the config and the lockfile (test/incremental-contract.test.ts pins what this relies on).
import { createHash } from 'node:crypto';
import { readBytes } from './read-file.ts';
import { citedBy, explorerPages, recordDigest, sitePairsBySlug } from './lists.ts';
import { bytesDigest } from './site-scan.ts';
import { pageEntry, type ReportFile } from './reports.ts';
import { scriptOf, type Lang } from './site.ts';

/** Bumped when a page starts reading something the key does not name yet. */
const KEY_VERSION = 1;

/** The key of values: the SHA-256 of their JSON (files as their bytes' SHA-256). */
export function pageKey(kind: string, parts: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify([KEY_VERSION, kind, parts]))
    .digest('base64url');
}

export const fileDigest = async (path: string): Promise<string> => bytesDigest(readBytes(path));

/**
 * What a report page in one script reads: its record and MDX, the reports citing it (被引用), the
 * pairs its figures are in (目标与实绩: titles, values and links of the other side) and the explorer
 * page holding its figures (the 全部指标 link). Pairs come grouped by report (sitePairsBySlug, made
 * once), so the record is not read twice and no page scans the site's pairs; their order in the key is
 * fixed (the page orders them by its own record).
 */
export async function reportPageKey(file: ReportFile, lang: Lang): Promise<string> {
  const [entry, cited, pairs, explorer] = await Promise.all([pageEntry(file.slug, scriptOf(lang)), citedBy(lang), sitePairsBySlug(lang), explorerPages(lang)]);
  return pageKey('report', {
    record: await recordDigest(file),
    mdx: await fileDigest(entry.data.path),
    citedBy: cited.get(file.slug) ?? [],
    pairs: pairs.get(file.slug) ?? [],
    explorerPage: explorer.pageOf.get(file.slug) ?? null,
  });
}
