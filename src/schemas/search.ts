import { z } from 'zod';
import { DocumentKind } from './meta.ts';
import { SITE_FILE_SUFFIX } from './site-report.ts';

/** A text in both scripts, as the two pages of a report show it. */
const BothScripts = <T extends z.ZodType>(value: T) => z.object({ 'zh-Hans': value, 'zh-Hant': value });

/** One section of a report page: its heading and its own paragraphs (not its subsections'). */
export const SearchSection = z.object({
  /** Section id (`s3-12`, `art12`), or `intro` for the paragraphs before the first heading. */
  id: z.string(),
  /** The element a result links to: the heading id, or the first paragraph id of `intro`. */
  anchor: z.string(),
  /** Id of the section containing it (the record's `sections[].parent`), for result paths. */
  parent: z.string().optional(),
  /** Number and title as the heading shows them, e.g. `一、总体要求`; empty for `intro`. */
  heading: BothScripts(z.string()),
  /** Its paragraphs as the page shows them (a table: caption, then its cells apart), empty ones left out. */
  lines: BothScripts(z.array(z.string())),
});
export type SearchSection = z.infer<typeof SearchSection>;

/**
 * The search document `<slug>.search.json`: what build-search indexes and cuts into windows for a
 * report, written by build:content from the same view (converter, preset, terms) as the pages.
 */
export const SearchDocument = z.object({
  slug: z.string(),
  title: BothScripts(z.string()),
  /** The report's region in both scripts, when known. */
  region: BothScripts(z.string()).optional(),
  year: z.number().int().optional(),
  kind: DocumentKind,
  /** The sections in page order. */
  sections: z.array(SearchSection),
});
export type SearchDocument = z.infer<typeof SearchDocument>;

/** How the name of a search document ends; the record beside it is `<slug>.json`. */
export const SEARCH_FILE_SUFFIX = '.search.json';

/** The file name of a report's search document: `<slug>.search.json`. */
export const searchFileName = (slug: string): string => `${slug}${SEARCH_FILE_SUFFIX}`;

/** Whether a file of the reports folder is a report record (`<slug>.json`, not a search document or a site view). */
export const isRecordFile = (name: string): boolean => name.endsWith('.json') && !name.endsWith(SEARCH_FILE_SUFFIX) && !name.endsWith(SITE_FILE_SUFFIX);
