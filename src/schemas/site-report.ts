// The site view of a report record: what the pages and the data exports read of content/reports/<slug>.json.
// The full record stays the public contract on disk (README: Report record); the site's records
// collection (src/content.config.ts) keeps this view of it, so the astro step holds no bodies, tables
// or warning texts (the body alone was about 40 % of a record's JSON, and the pages read 110 characters of it).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { LEAD_CHARS, ReportRecord } from './report.ts';
import { ReportMeta } from './meta.ts';

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

/** A site-view file's JSON, unchecked; `path` names the file in the error. */
function siteFileJsonOf(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not a site view (run npm run build:content): ${(error as Error).message}`, { cause: error });
  }
}

/** Checks a site-view file's JSON with `schema`; `path` names the file in the error. */
function checked<T>(schema: z.ZodType<T>, json: unknown, path: string): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${path} is not a site view (run npm run build:content): ${parsed.error.message}`);
  return parsed.data;
}

/** The site-view file's content from its text, checked with its schema; `path` names the file in the error. */
export const parseSiteFile = (text: string, path: string): SiteFile => checked(SiteFile, siteFileJsonOf(text, path), path);

/**
 * The site-view file's content from the text of a file that was checked with its schema before in this
 * build (src/lib/site-scan.ts: the site's pass). JSON.parse gives what the check gives, key for key: the
 * file was written from a checked view (siteFileJson), and the schema neither transforms nor reorders
 * what it already holds.
 */
export const parseCheckedSiteFile = (text: string, path: string): SiteFile => siteFileJsonOf(text, path) as SiteFile;

/** What the records collection takes of a view: its year (only that is checked here). */
const SiteFileYear = z.object({ view: z.object({ meta: z.object({ year: ReportMeta.shape.year }) }) });

/**
 * The year of a site-view file's report, checking no more of the view than the year: the records
 * collection (src/content.config.ts) keeps only that, and the site's pass checks the whole view once
 * (src/lib/site-scan.ts, readRecord).
 */
export const siteFileYear = (text: string, path: string): number | undefined => checked(SiteFileYear, siteFileJsonOf(text, path), path).view.meta.year;
