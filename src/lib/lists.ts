// The paged lists of the site: the report list and the indicator explorer are static pages
// of a bounded size, so no page grows with the site, and each list has a filter index
// (src/lib/filter-index.ts) that lets the browser filter over every page.
import { readReport, reportFiles, type ReportFile } from './reports.ts';
import { heldForReaders, readRecord, scanReports, sharedReads, type ScanStep } from './site-scan.ts';
import { citations, type Citing } from './cited-by.ts';
import { langs, scriptOf, type Lang } from './site.ts';
import { textsFor } from './variant.ts';
import { buildFilterIndex, pagePath, paginate, type FilterIndex } from './filter-index.ts';
import { chartable, chartSeries, rowsOf, type IndicatorRow } from './indicator-rows.ts';
import { canPair, pairTargets, type Pair, type PairingReport } from './pairing.ts';
import { pairViews, type PairView } from './pair-view.ts';
import type { SiteReport } from '../schemas/site-report.ts';

/**
 * Report cards per page of the report list (about 340 bytes each: 500 make a page of about 0.2 MB),
 * and figure rows per page of the explorer (about 270 bytes each: 1,000 make about 0.3 MB, which a
 * report page also fetches for its 全部指标 table; a report is never split, so a page holds whole
 * reports). BAOGAO_LIST_PAGE and BAOGAO_EXPLORER_PAGE set other sizes (to look at several pages of a
 * small site).
 */
export const listPageSize = Number(process.env.BAOGAO_LIST_PAGE) || 500;
export const explorerPageRows = Number(process.env.BAOGAO_EXPLORER_PAGE) || 1000;

/** A report as its card in the list shows it, and as the list's filters count it. */
export interface ReportCard {
  slug: string;
  title: string;
  region: string;
  parent: string;
  year: string;
  kind: SiteReport['meta']['kind'];
}

export interface ReportListPages {
  /** Every report's card (the filters offer every region, year and kind of the site). */
  all: ReportCard[];
  pages: ReportCard[][];
  index: FilterIndex;
}

export interface ExplorerPages {
  reports: number;
  rows: number;
  /** Each page: the reports whose figures it shows (whole reports; the rows are made when the page is: explorerGroups). */
  pages: ReportFile[][];
  /** Site-wide filter values and charts. */
  regions: string[];
  years: string[];
  series: ReturnType<typeof chartSeries>;
  index: FilterIndex;
  /** The explorer page (1-based) holding each report's figures. */
  pageOf: Map<string, number>;
}

const memo = new Map<string, Promise<unknown>>();
const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as Promise<T>;
};

/** Of each report, what the data exports count (src/lib/data-exports.ts): its figures, year and script. */
export interface PartCount {
  file: ReportFile;
  slug: string;
  indicators: number;
  year: number | undefined;
  script: SiteReport['script'];
}

/** Of each report, the figures that can pair (taken by sitePairTargets, which lets them go). */
const pairing: ScanStep<PairingReport[], { reports: PairingReport[] | undefined }> = {
  start: () => [],
  add: (reports, r) => void reports.push({ slug: r.slug, script: r.script, meta: r.meta, indicators: r.indicators.filter(canPair) }),
  end: (reports) => ({ reports }),
};

const partCounts: ScanStep<PartCount[], PartCount[]> = {
  start: () => [],
  add: (counts, r, file) => void counts.push({ file, slug: r.slug, indicators: r.indicators.length, year: r.meta.year, script: r.script }),
  end: (counts) => counts,
};

/**
 * The site's one pass over the records (src/lib/site-scan.ts), made once per build: both scripts'
 * lists and explorer scans, 被引用, the figures that can pair, the data parts' counts and the records'
 * digests. Every memo below that covers the whole site is made from it.
 */
export const siteScan = () =>
  once('scan', async () => scanReports(await reportFiles(), readRecord, { lists: perLang(reportLists), explorers: perLang(explorers), citations, pairing, parts: partCounts }));

/** The SHA-256 of a report's record as the site's pass read it (the cache keys: src/lib/page-keys.ts). */
export async function recordDigest(file: ReportFile): Promise<string> {
  const digest = (await siteScan()).digests.get(file.path);
  if (!digest) throw new Error(`recordDigest: ${file.path} is not a report of the site`);
  return digest;
}

/** The report list of a script in pages of cards (newest year first, as reportFiles sorts). */
export async function reportListPages(lang: Lang): Promise<ReportListPages> {
  return (await siteScan()).results.lists[lang];
}

/** The reports citing each report (by the cited slug) in the script of `lang` (src/lib/cited-by.ts). */
export async function citedBy(lang: Lang): Promise<Map<string, Citing[]>> {
  return (await siteScan()).results.citations[lang];
}

/** A step per script (`make` gets each report once for every script), as one step of the site's pass. */
function perLang<A, T>(make: {
  start: () => A;
  add: (acc: A, r: SiteReport, lang: Lang, file: ReportFile) => void;
  end: (acc: A, lang: Lang) => T;
}): ScanStep<Record<Lang, A>, Record<Lang, T>> {
  return {
    start: () => Object.fromEntries(langs.map((lang) => [lang, make.start()])) as Record<Lang, A>,
    add: (acc, r, file) => {
      for (const lang of langs) make.add(acc[lang], r, lang, file);
    },
    end: (acc) => Object.fromEntries(langs.map((lang) => [lang, make.end(acc[lang], lang)])) as Record<Lang, T>,
  };
}

const reportLists = {
  start: (): ReportCard[] => [],
  add: (all: ReportCard[], r: SiteReport, lang: Lang) => {
    const texts = textsFor(r, scriptOf(lang));
    all.push({
      slug: r.slug,
      title: texts.title,
      region: texts.region ?? '',
      parent: texts.region_parent ?? '',
      year: r.meta.year ? String(r.meta.year) : '',
      kind: r.meta.kind,
    });
  },
  end: (all: ReportCard[], lang: Lang): ReportListPages => {
    const pages = paginate(all, () => 1, listPageSize);
    const index = buildFilterIndex(
      pages.map((_, k) => pagePath(`/${lang}/`, k + 1)),
      pages.flatMap((page, k) => page.map((c) => ({ page: k, region: c.region, parent: c.parent || undefined, items: [{ year: c.year, kind: c.kind }] }))),
    );
    return { all, pages, index };
  },
};

/** The year an explorer row is filed under: its period, else its report's year. */
export const rowYear = (r: IndicatorRow): string => String(r.period ?? r.year ?? '');

/** Rows with the target → actual pairs each figure is part of (`pairs` by `slug#id`: sitePairs). */
const withPairs = (rows: IndicatorRow[], pairs: Map<string, PairView[]>): IndicatorRow[] =>
  rows.map((row) => {
    const list = pairs.get(`${row.slug}#${row.id}`);
    return list ? { ...row, pairs: list } : row;
  });

/** A report's figures as explorer rows in `lang`, each with the target → actual pairs it is part of. */
async function explorerRows(report: SiteReport, lang: Lang): Promise<IndicatorRow[]> {
  return withPairs(rowsOf(report, scriptOf(lang)), await sitePairs(lang));
}

/**
 * The indicator explorer of a script in pages of whole reports, from the site's pass over the records
 * (both scripts at once): what stays is each page's reports, the filter index, the filter values and
 * the charts' rows, which get their pairs here (the pairs are known only after the pass).
 */
export function explorerPages(lang: Lang): Promise<ExplorerPages> {
  return once(`explorer:${lang}`, async () => {
    const { series, ...rest } = (await siteScan()).results.explorers[lang];
    const pairs = await sitePairs(lang);
    return { ...rest, series: series.map((s) => ({ ...s, rows: withPairs(s.rows, pairs) })) };
  });
}

interface ExplorerScan {
  groups: { file: ReportFile; count: number; region: string; items: { year: string; kind: string }[] }[];
  regions: Set<string>;
  years: Set<string>;
  chartRows: IndicatorRow[];
  reports: number;
  rows: number;
}

/** The explorer's pass: rows without their pairs (chartSeries and the filters do not look at them). */
const explorers = {
  start: (): ExplorerScan => ({ groups: [], regions: new Set(), years: new Set(), chartRows: [], reports: 0, rows: 0 }),
  add: (scan: ExplorerScan, r: SiteReport, lang: Lang, file: ReportFile) => {
    scan.reports++;
    const group = rowsOf(r, scriptOf(lang));
    if (!group.length) return;
    scan.rows += group.length;
    for (const row of group) {
      if (row.region) scan.regions.add(row.region);
      if (rowYear(row)) scan.years.add(rowYear(row));
      if (chartable(row)) scan.chartRows.push(row);
    }
    scan.groups.push({ file, count: group.length, region: group[0]!.region ?? '', items: group.map((row) => ({ year: rowYear(row), kind: row.kind })) });
  },
  end: ({ groups, regions, years, chartRows, reports, rows }: ExplorerScan, lang: Lang): ExplorerPages => {
    const pages = paginate(groups, (g) => g.count, explorerPageRows);
    const index = buildFilterIndex(
      pages.map((_, k) => pagePath(`/${lang}/indicators/`, k + 1)),
      pages.flatMap((page, k) => page.map((g) => ({ page: k, region: g.region, items: g.items }))),
    );
    return {
      reports,
      rows,
      pages: pages.map((page) => page.map((g) => g.file)),
      regions: [...regions].sort(),
      years: [...years].sort(),
      series: chartSeries(chartRows).slice(0, 6),
      index,
      pageOf: new Map(pages.flatMap((page, k) => page.map((g) => [g.file.slug, k + 1] as const))),
    };
  },
};

/**
 * An explorer page's reports, read by the page in the first script and kept for the same page in the other (heldForReaders: Astro
 * renders a route's paths in order, and laterPages gives a page's two scripts in a row, as the first page's route does), so a view
 * is parsed once for the explorer, not once per script: one page's views are held, the reports of 1,000 rows at most.
 */
const heldExplorerPage = heldForReaders(readReport);

/** The figures of explorer page `page` (1-based), one group per report, made when the page is. */
export async function explorerGroups(explorer: ExplorerPages, lang: Lang, page: number): Promise<IndicatorRow[][]> {
  const files = explorer.pages[page - 1]!;
  const groups: IndicatorRow[][] = [];
  // the same files in both scripts (a report's rows are the same figures in each) make the same key; other files, another list
  for await (const report of heldExplorerPage(files.map((f) => f.path).join('\n'), files, langs.length)) groups.push(await explorerRows(report, lang));
  return groups;
}

/** getStaticPaths of pages 2, 3 … of a paged list, in both scripts ({ lang, n }): a page's scripts in a row (explorerGroups). */
export async function laterPages(list: (lang: Lang) => Promise<{ pages: unknown[] }>): Promise<{ params: { lang: Lang; n: string } }[]> {
  const counts = await Promise.all(langs.map(async (lang) => (await list(lang)).pages.length));
  const paths: { params: { lang: Lang; n: string } }[] = [];
  for (let n = 2; n <= Math.max(...counts); n++) langs.forEach((lang, k) => void (n <= counts[k]! && paths.push({ params: { lang, n: String(n) } })));
  return paths;
}

/** Target → actual pairs of the whole site (src/lib/pairing.ts), made once for the pages and the exports. */
export const sitePairTargets = (): Promise<Pair[]> =>
  once('pairs', async () => {
    // Of each report, only the figures that can pair (the site's pass keeps them until now).
    const held = (await siteScan()).results.pairing;
    const reports = held.reports!;
    held.reports = undefined;
    return pairTargets(reports);
  });

/** Target → actual pairs of the site by `slug#id`, in the script of `lang`. */
export async function sitePairs(lang: Lang): Promise<Map<string, PairView[]>> {
  return (await sitePairsBoth())[lang];
}

/** sitePairs of both scripts, made together: each paired report is read once for both (sharedReads). */
const sitePairsBoth = (): Promise<Record<Lang, Map<string, PairView[]>>> =>
  once('pair-views', async () => {
    const pairs = await sitePairTargets();
    const paired = new Set(pairs.flatMap((p) => [p.target.slug, p.actual.slug]));
    const reports = sharedReads(
      (await reportFiles()).filter((f) => paired.has(f.slug)),
      readReport,
      langs.length,
    );
    const views = await Promise.all(langs.map((lang, k) => pairViews(pairs, reports[k]!, lang)));
    return Object.fromEntries(langs.map((lang, k) => [lang, views[k]!])) as Record<Lang, Map<string, PairView[]>>;
  });

/**
 * The entries of sitePairs grouped by report (`slug` → its `[slug#id, pairs]` entries in key order),
 * made once: a page's cache key (src/lib/page-keys.ts) takes its own without scanning the site's pairs.
 */
export function sitePairsBySlug(lang: Lang): Promise<Map<string, [string, PairView[]][]>> {
  return once(`pairs-by-slug:${lang}`, async () => {
    const bySlug = new Map<string, [string, PairView[]][]>();
    for (const entry of await sitePairs(lang)) {
      const slug = entry[0].slice(0, entry[0].lastIndexOf('#'));
      const list = bySlug.get(slug);
      if (list) list.push(entry);
      else bySlug.set(slug, [entry]);
    }
    for (const list of bySlug.values()) list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return bySlug;
  });
}
