// The site view of a report record: what the pages and the data exports read of content/reports/<slug>.json.
// The full record stays the public contract on disk (README: Report record); the site's records
// collection (src/content.config.ts) keeps this view of it, so the astro step holds no bodies, tables
// or warning texts (the body alone was about 40 % of a record's JSON, and the pages read 110 characters of it).
import { createHash } from 'node:crypto';
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

/** How the name of a report's site-view file ends: `<slug>.site.json`, beside its record `<slug>.json`. */
export const SITE_FILE_SUFFIX = '.site.json';

/** The site-view file of a report: `<slug>.site.json`. */
export const siteFileName = (slug: string): string => `${slug}${SITE_FILE_SUFFIX}`;

/** The site-view file beside a record: `…/<slug>.json` → `…/<slug>.site.json`. */
export const siteFileOf = (recordPath: string): string => `${recordPath.slice(0, -'.json'.length)}${SITE_FILE_SUFFIX}`;

/** The SHA-256 of bytes (a string: of its UTF-8) as the site-view file and the cache keys write it (base64url). */
export const bytesDigest = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('base64url');

/**
 * The site-view file `<slug>.site.json` (written by build:content beside the record, compact JSON): the
 * site view and the digest of the record it was made from, so a view left from another record (a record
 * edited or written by an older build) is told from a current one without decoding the record.
 */
export const SiteFile = z.object({
  /** SHA-256 of the record's bytes (`<slug>.json` as written), base64url. */
  record: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  view: SiteReport,
});
export type SiteFile = z.infer<typeof SiteFile>;

/** The text of a report's site-view file, from its record and the record's text as written (checked with its schema). */
export const siteFileJson = (record: ReportRecord, recordText: string): string =>
  `${JSON.stringify(SiteFile.parse({ record: bytesDigest(recordText), view: siteView(record) }))}\n`;

/** The site-view file's content from its text, checked with its schema; `path` names the file in the error. */
export function parseSiteFile(text: string, path: string): SiteFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not a site view (run npm run build:content): ${(error as Error).message}`, { cause: error });
  }
  const parsed = SiteFile.safeParse(json);
  if (!parsed.success) throw new Error(`${path} is not a site view (run npm run build:content): ${parsed.error.message}`);
  return parsed.data;
}
