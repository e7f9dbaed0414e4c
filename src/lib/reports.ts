// Reading the generated collections in pages.
import { getCollection, getEntry } from 'astro:content';
import type { SiteReport } from '../schemas/site-report.ts';

/** All report records, newest year first, then by title. */
export async function allReports(): Promise<SiteReport[]> {
  const entries = await getCollection('reports');
  return entries.map((e) => e.data as SiteReport).sort((a, b) => (b.meta.year ?? 0) - (a.meta.year ?? 0) || a.slug.localeCompare(b.slug));
}

/** The MDX entry of a report in one script. */
export async function pageEntry(slug: string, script: 'zh-Hans' | 'zh-Hant') {
  const entry = await getEntry('pages', `${slug}.${script}`);
  if (!entry) throw new Error(`content/reports/${slug}.${script}.mdx is missing — run npm run build:content`);
  return entry;
}
