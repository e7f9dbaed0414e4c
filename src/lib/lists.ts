// The paged lists of the site: the report list and the indicator explorer are static pages
// of a bounded size, so no page grows with the site, and each list has a filter index
// (src/lib/filter-index.ts) that lets the browser filter over every page.
import { allReports } from './reports.ts';
import { langs, scriptOf, type Lang } from './site.ts';
import { textsFor } from './variant.ts';
import { buildFilterIndex, pagePath, paginate, type FilterIndex } from './filter-index.ts';
import { chartSeries, rowsOf, type IndicatorRow } from './indicator-rows.ts';
import { pairTargets, type Pair } from './pairing.ts';
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

export interface ReportListPages {
  /** Every report (the filters offer every region, year and kind of the site). */
  all: SiteReport[];
  pages: SiteReport[][];
  index: FilterIndex;
}

export interface ExplorerPages {
  reports: number;
  rows: number;
  /** Each page: the figures of whole reports, one group per report. */
  pages: IndicatorRow[][][];
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

/** The report list of a script in pages (newest year first, as allReports sorts). */
export function reportListPages(lang: Lang): Promise<ReportListPages> {
  return once(`list:${lang}`, async () => {
    const all = await allReports();
    const pages = paginate(all, () => 1, listPageSize);
    const script = scriptOf(lang);
    const index = buildFilterIndex(
      pages.map((_, k) => pagePath(`/${lang}/`, k + 1)),
      pages.flatMap((page, k) =>
        page.map((r) => {
          const texts = textsFor(r, script);
          return { page: k, region: texts.region ?? '', parent: texts.region_parent, items: [{ year: r.meta.year ? String(r.meta.year) : '', kind: r.meta.kind }] };
        }),
      ),
    );
    return { all, pages, index };
  });
}

/** The year an explorer row is filed under: its period, else its report's year. */
export const rowYear = (r: IndicatorRow): string => String(r.period ?? r.year ?? '');

/** The indicator explorer of a script in pages of whole reports. */
export function explorerPages(lang: Lang): Promise<ExplorerPages> {
  return once(`explorer:${lang}`, async () => {
    const reports = await allReports();
    const pairs = await sitePairs(lang);
    const withPairs = (row: IndicatorRow): IndicatorRow => {
      const list = pairs.get(`${row.slug}#${row.id}`);
      return list ? { ...row, pairs: list } : row;
    };
    const groups = reports.map((r) => rowsOf(r, scriptOf(lang)).map(withPairs)).filter((g) => g.length > 0);
    const rows = groups.flat();
    const pages = paginate(groups, (g) => g.length, explorerPageRows);
    const index = buildFilterIndex(
      pages.map((_, k) => pagePath(`/${lang}/indicators/`, k + 1)),
      pages.flatMap((page, k) => page.map((g) => ({ page: k, region: g[0]!.region ?? '', items: g.map((r) => ({ year: rowYear(r), kind: r.kind })) }))),
    );
    return {
      reports: reports.length,
      rows: rows.length,
      pages,
      regions: [...new Set(rows.map((r) => r.region).filter((r): r is string => Boolean(r)))].sort(),
      years: [...new Set(rows.map(rowYear).filter(Boolean))].sort(),
      series: chartSeries(rows).slice(0, 6),
      index,
      pageOf: new Map(pages.flatMap((page, k) => page.map((g) => [g[0]!.slug, k + 1] as const))),
    };
  });
}

/** getStaticPaths of pages 2, 3 … of a paged list, in both scripts ({ lang, n }). */
export async function laterPages(list: (lang: Lang) => Promise<{ pages: unknown[] }>): Promise<{ params: { lang: Lang; n: string } }[]> {
  const paths: { params: { lang: Lang; n: string } }[] = [];
  for (const lang of langs) {
    const { pages } = await list(lang);
    for (let n = 2; n <= pages.length; n++) paths.push({ params: { lang, n: String(n) } });
  }
  return paths;
}

/** Target → actual pairs of the whole site (src/lib/pairing.ts), made once for the pages and the exports. */
export const sitePairTargets = (): Promise<Pair[]> => once('pairs', async () => pairTargets(await allReports()));

/** Target → actual pairs of the site by `slug#id`, in the script of `lang`. */
export function sitePairs(lang: Lang): Promise<Map<string, PairView[]>> {
  return once(`pairs:${lang}`, async () => pairViews(await sitePairTargets(), await allReports(), lang));
}
