// Reading the generated collections in pages. The records collection keeps each report's file and year
// only (src/content.config.ts): the content layer's store is bundled into the build and held for all of
// it, so the site views (src/schemas/site-report.ts) are read from their files in content/reports
// (`<slug>.site.json`, written by build:content beside each record) one report at a time, and no structure of the build holds every record. What the site makes of every report (lists,
// explorer, 被引用, pairs, data parts, the records' digests) comes from one pass over the records
// (src/lib/site-scan.ts, siteScan in src/lib/lists.ts); a page reads the records it shows.
import { getCollection, getEntry } from 'astro:content';
import type { SiteReport } from '../schemas/site-report.ts';
import { keepingLast, readSiteView, type ReportFile } from './site-scan.ts';

export type { ReportFile };

let index: Promise<ReportFile[]> | undefined;
/** Every report, newest year first, then by slug. */
export function reportFiles(): Promise<ReportFile[]> {
  return (index ??= getCollection('reports').then((entries) =>
    entries.map((e): ReportFile => ({ slug: e.id, path: e.data.path, year: e.data.year })).sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.slug.localeCompare(b.slug)),
  ));
}

/** The site view of one report, read from its site-view file beside the record (src/schemas/site-report.ts). */
export const readReport = (file: ReportFile): Promise<SiteReport> => readSiteView(file);

/**
 * The report a report page shows: a report's two script pages are rendered one after the other (its
 * paths come in that order), so the second takes the first's report instead of reading it again.
 */
export const pageReport: (file: ReportFile) => Promise<SiteReport> = keepingLast(readReport);

/** The MDX entry of a report in one script. */
export async function pageEntry(slug: string, script: 'zh-Hans' | 'zh-Hant') {
  const entry = await getEntry('pages', `${slug}.${script}`);
  if (!entry) throw new Error(`content/reports/${slug}.${script}.mdx is missing — run npm run build:content`);
  return entry;
}
