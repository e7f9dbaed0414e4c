// The site view of a report record: what the pages and the data exports read of content/reports/<slug>.json.
// The full record stays the public contract on disk (README: Report record); the site's records
// collection (src/content.config.ts) keeps this view of it, so the astro step holds no bodies, tables
// or warning texts (the body alone was about 40 % of a record's JSON, and the pages read 110 characters of it).
import { z } from 'zod';
import { LEAD_CHARS, ReportRecord } from './report.ts';

export const SiteReport = ReportRecord.omit({ body: true, tables: true, warnings: true }).extend({
  /** The first LEAD_CHARS characters of the body (the page description), as `variant.lead` is of the converted body. */
  lead: z.string(),
  /** How many warnings the record has (/data/reports.json counts them). */
  warningCount: z.number().int().min(0),
});
export type SiteReport = z.infer<typeof SiteReport>;

/**
 * The site view of a record: without the body (its lead instead), the tables (the MDX pages carry them),
 * the warnings (their count instead) and the references within the report (the MDX pages link them);
 * references to other reports stay for 被引用 (src/lib/cited-by.ts).
 */
export function siteView(record: ReportRecord): SiteReport {
  const { body, tables: _tables, warnings, references, ...rest } = record;
  return {
    ...rest,
    references: references.filter((ref) => ref.target.slug !== undefined && ref.target.slug !== record.slug),
    lead: body.slice(0, LEAD_CHARS),
    warningCount: warnings.length,
  };
}
