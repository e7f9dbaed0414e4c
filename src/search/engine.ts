// engine: a query → the reports that contain it, ranked, each with its best section and other
// matching sections, in the reader's script. Runs on the Pagefind bundle written by build-search
// (in the browser, and in Node for tests). Every query part is an exact phrase over single-character
// tokens, so a hit contains the words side by side. Pagefind holds one page per report and script
// (filters `r` = slug, `s` = script; only the reader's script is searched and loaded); the page's
// anchors (one per section, with word positions) cut its content back into sections.
import {
  LINE,
  VERSION,
  decodeFold,
  findMatches,
  joinTokens,
  makeExcerpt,
  normalize,
  occursLoosely,
  parseQuery,
  type ExcerptPiece,
  type FoldTable,
  type QueryPart,
} from './text.ts';
import { SCRIPT_FILTERS, type ReportInfo } from './records.ts';

/** The part of the Pagefind browser API the engine uses. */
export interface PagefindApi {
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
/** The fields of a Pagefind result's data the engine reads: the content and its anchors. */
interface PageData {
  content: string;
  anchors: { id: string; location: number }[];
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PageData> }[];
  filters: Record<string, Record<string, number>>;
}

/** A report as listed in baogao.json (keyed by slug): [Simplified, Traditional] pairs for text shown to readers. */
export type ReportEntry = Omit<ReportInfo, 'slug'>;

/** The contents of <bundle>/baogao.json. */
export interface SiteData {
  fold: string;
  reports: Record<string, ReportEntry>;
}

/** Facet filters chosen by the reader (region in Simplified, year as text, kind id). */
export interface Filters {
  region?: string;
  year?: string;
  kind?: string;
}
export const facetNames = ['region', 'year', 'kind'] as const;
export type FacetName = (typeof facetNames)[number];

/** One matching section as shown: heading, excerpt with marks, link target. */
export interface SectionHit {
  anchor: string;
  heading: string;
  excerpt: ExcerptPiece[];
  occurrences: number;
}

/** A matching report with its best section first. */
export interface ReportHit {
  slug: string;
  title: string;
  best: SectionHit;
  others: SectionHit[];
}

/** A ranked report before its sections are loaded. */
export interface RankedReport {
  slug: string;
  entry: ReportEntry;
}

/** The answer to a query: every matching report ranked, facet counts, and a loader for details. */
export interface SearchOutcome {
  parts: QueryPart[];
  reports: RankedReport[];
  facets: Record<FacetName, Map<string, number>>;
}

/** The reader's script: 0 Simplified, 1 Traditional (which pages are searched and shown). */
export type ScriptIndex = 0 | 1;

/** The facet value of a report, as the filter key. */
export function facetValue(entry: ReportEntry, facet: FacetName): string | null {
  if (facet === 'region') return entry.region?.[0] ?? null;
  if (facet === 'year') return entry.year === null ? null : String(entry.year);
  return entry.kind;
}

const phrase = (run: string[]): string => `"${run.join(' ')}"`;

/** A search engine over one Pagefind bundle. */
export class SearchEngine {
  readonly fold: FoldTable;
  private readonly pagefind: PagefindApi;
  private readonly site: SiteData;

  constructor(pagefind: PagefindApi, site: SiteData) {
    this.pagefind = pagefind;
    this.site = site;
    this.fold = decodeFold(site.fold);
  }

  /**
   * Matching reports for a query (all of them, ranked) with facet counts; `filters` narrow the list.
   * Searches the pages in the reader's `script` (each holds the folded text of both scripts).
   */
  async search(query: string, filters: Filters = {}, script: ScriptIndex = 0): Promise<SearchOutcome> {
    const parts = parseQuery(query, this.fold);
    const facets = { region: new Map(), year: new Map(), kind: new Map() } as SearchOutcome['facets'];
    if (!parts.length) return { parts, reports: [], facets };
    const runs = [...new Set(parts.flatMap((p) => p.runs.map(phrase)))];
    const responses = await Promise.all(runs.map((run) => this.pagefind.search(run, { filters: { s: SCRIPT_FILTERS[script] } })));
    // A report must contain every run (one Pagefind page per report, counted in the filter `r`).
    let slugs: Set<string> | undefined;
    for (const response of responses) {
      const found = Object.entries(response.filters.r ?? {}).filter(([, n]) => n > 0).map(([slug]) => slug);
      slugs = new Set(slugs ? found.filter((slug) => slugs!.has(slug)) : found);
    }
    const matched: RankedReport[] = [];
    for (const slug of slugs ?? []) {
      const entry = this.site.reports[slug];
      if (entry) matched.push({ slug, entry });
    }
    for (const facet of facetNames) {
      for (const report of matched) {
        if (!facetNames.every((f) => f === facet || !filters[f] || facetValue(report.entry, f) === filters[f])) continue;
        const value = facetValue(report.entry, facet);
        if (value !== null) facets[facet].set(value, (facets[facet].get(value) ?? 0) + 1);
      }
    }
    const inTitle = (r: RankedReport): number =>
      parts.filter((p) => r.entry.title.some((t) => normalize(t, this.fold).includes(p.text))).length;
    const reports = matched
      .filter((r) => facetNames.every((f) => !filters[f] || facetValue(r.entry, f) === filters[f]))
      .map((r) => ({ r, title: inTitle(r) }))
      .sort((a, b) => b.title - a.title || (b.r.entry.year ?? 0) - (a.r.entry.year ?? 0) || a.r.slug.localeCompare(b.r.slug))
      .map(({ r }) => r);
    return { parts, reports, facets };
  }

  /** A region (given in Simplified, as in facets) in the reader's script. */
  regionName(value: string, script: ScriptIndex): string {
    return Object.values(this.site.reports).find((r) => r.region?.[0] === value)?.region?.[script] ?? value;
  }

  /**
   * The sections of one report that match, best first (at most `limit`), in the reader's script.
   * Sections where the full phrase (with its punctuation) is not found are dropped.
   */
  async loadReport(report: RankedReport, parts: QueryPart[], script: ScriptIndex, limit = 4): Promise<ReportHit | null> {
    // The report's page, found with the query's first run: its index chunks are already loaded (a
    // search without a term would load the whole word index, ~200 KB at 200 reports).
    const run = parts[0]?.runs[0];
    if (!run) return null;
    const { results } = await this.pagefind.search(phrase(run), { filters: { r: report.slug, s: SCRIPT_FILTERS[script] } });
    const page = await results[0]?.data();
    if (!page) return null;
    const found = splitSections(page)
      .map((section) => this.readSection(section, parts))
      .filter((s): s is SectionHit => s !== null)
      .sort((a, b) => b.occurrences - a.occurrences)
      .slice(0, limit);
    if (!found.length) return null;
    return { slug: report.slug, title: report.entry.title[script], best: found[0]!, others: found.slice(1) };
  }

  /** A section (shown lines first, then folded ones) with its matches, or null when no part really occurs. */
  private readSection(section: { anchor: string; text: string }, parts: QueryPart[]): SectionHit | null {
    const { anchor } = section;
    const versions = section.text.split(` ${VERSION} `).map((v) => v.split(` ${LINE} `).map((line) => joinTokens(line.split(' '))));
    const lines = versions[0]!;
    const hasHeading = !/-p\d+$/.test(anchor);
    const heading = hasHeading ? (lines[0] ?? '') : '';
    const body = hasHeading ? lines.slice(1) : lines;
    const matchesOf = (text: string) => findMatches(text, parts, this.fold);
    const normalized = versions.map((v) => normalize(v.join('\n'), this.fold));
    const seen = parts.filter((p) => normalized.some((v) => v.includes(p.text) || occursLoosely(v, p))).length;
    if (!seen) return null;
    const line = body.find((l) => matchesOf(l).length) ?? body[0] ?? heading;
    const occurrences = seen * 100 + (matchesOf(heading).length ? 5 : 0) + matchesOf(lines.join('\n')).length;
    return { anchor, heading, excerpt: makeExcerpt(line, matchesOf(line)), occurrences };
  }
}

/**
 * Cuts a report page's content into its sections at the anchors' word positions (Pagefind counts
 * whitespace-separated words, punctuation tokens included) and drops the `.` Pagefind appends to
 * the last word of each block.
 */
export function splitSections(page: PageData): { anchor: string; text: string }[] {
  const words = page.content.split(/\s+/).filter(Boolean);
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  return anchors.map((anchor, i) => {
    const text = words.slice(anchor.location, anchors[i + 1]?.location ?? words.length).join(' ');
    return { anchor: anchor.id, text: text.length > 1 && text.endsWith('.') ? text.slice(0, -1) : text };
  });
}

/** Loads the Pagefind bundle under `bundle` (e.g. '/baogao/pagefind/') and its baogao.json. */
export async function loadEngine(bundle: string, importer: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url)): Promise<SearchEngine> {
  const [module, site] = await Promise.all([
    importer(`${bundle}pagefind.js`) as Promise<PagefindApi & { options: (o: object) => Promise<void>; init: () => Promise<void> }>,
    fetch(`${bundle}baogao.json`).then((r) => {
      if (!r.ok) throw new Error(`${bundle}baogao.json: HTTP ${r.status}`);
      return r.json() as Promise<SiteData>;
    }),
  ]);
  // The index is small: searching on the main thread saves loading pagefind-worker.js (12 KB gzip).
  await module.options({ basePath: bundle, noWorker: true });
  await module.init();
  await module.filters();
  return new SearchEngine(module, site);
}
