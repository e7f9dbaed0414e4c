// The text of what build:content writes for a report, shared with the golden fixture test so both
// write the same bytes: the record as JSON, the MDX of each script under its slug, the search document;
// the site view beside the record is src/schemas/site-report.ts's siteFileJson.
import type { ReportRecord } from '../../src/schemas/report.ts';
import type { Script } from '../../src/schemas/meta.ts';
import type { SearchDocument } from '../../src/schemas/search.ts';

/** The report record as written: two-space JSON with a final newline. */
export const recordJson = (record: ReportRecord): string => `${JSON.stringify(record, null, 2)}\n`;

/** The MDX file of one script: `<slug>.zh-Hans.mdx`. */
export const mdxFileName = (slug: string, script: Script): string => `${slug}.${script}.mdx`;

/** The search document as written: compact JSON with a final newline (build-search reads it, nobody edits it). */
export const searchJson = (doc: SearchDocument): string => `${JSON.stringify(doc)}\n`;
