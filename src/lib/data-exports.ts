// The data exports under /data/, in parts of at most 1,000 reports (in the order of the report
// list), so no file grows with the site: part 1 keeps the names a small site always had
// (reports.json, indicators.json, indicators.csv, indicators.zh-hans.csv, indicators.zh-hant.csv),
// part n ≥ 2 adds its number before the extension (reports.2.json, indicators.zh-hans.2.csv), and
// /data/index.json lists every part. At about 31 KB of figures a report, a part is about 31 MB at any
// N. Short identifiers and target → actual pairs are made from the whole site, then cut into parts.
import { readReport, type ReportFile } from './reports.ts';
import { heldForReaders } from './site-scan.ts';
import { recordDigest, sitePairTargets, siteScan } from './lists.ts';
import { langOf, langs, scriptOf, url } from './site.ts';
import { paginate } from './filter-index.ts';
import { figurePairs, indicatorsCsv, indicatorsCsvIn, type FigurePairs } from './indicator-csv.ts';
import { shortIds } from './short-id.ts';
import type { SiteReport } from '../schemas/site-report.ts';
import { pageKey } from './page-keys.ts';

/** Reports per part (BAOGAO_DATA_PART sets another size, to look at several parts of a small site). */
export const dataPartReports = Number(process.env.BAOGAO_DATA_PART) || 1000;

/** One file of /data/: its name and how to make its text. */
export interface DataFile {
  name: string;
  type: 'application/json' | 'text/csv';
  /** Made when the file is written (it reads its part's reports then). */
  text: () => Promise<string>;
  /** The cache key of the incremental build (src/lib/page-keys.ts): a part's files, not index.json. */
  key?: () => Promise<string>;
}

/** A file name of part n: reports.json, reports.2.json. */
const partName = (stem: string, ext: string, n: number): string => (n === 1 ? `${stem}.${ext}` : `${stem}.${n}.${ext}`);

/**
 * A JSON array made one report at a time: the same text as JSON.stringify of the whole array, without
 * holding every report of the part (records, then objects) at once.
 */
async function jsonArray(reports: AsyncIterable<SiteReport>, items: (r: SiteReport) => unknown[]): Promise<string> {
  const parts: string[] = [];
  for await (const r of reports) for (const item of items(r)) parts.push(JSON.stringify(item));
  return `[${parts.join(',')}]`;
}

/** /data/reports.json: metadata, outline and counts of each report (not the body, figures or converted texts). */
const reportsJson = (reports: AsyncIterable<SiteReport>, ids: Map<string, string>): Promise<string> =>
  jsonArray(reports, (r) => [
    {
      slug: r.slug,
      short_id: ids.get(r.slug),
      title: r.title,
      script: r.script,
      meta: r.meta,
      source: r.source,
      sections: r.sections.map(({ id, kind, level, number, title, parent, line }) => ({ id, kind, level, number, title, parent, line })),
      counts: { sections: r.sections.length, indicators: r.indicators.length, cleaning: r.cleaning.length, warnings: r.warningCount },
    },
  ]);

/**
 * /data/indicators.json: every figure with its report's slug, region and year and a link to its
 * sentence; a figure in a target → actual pair (src/lib/pairing.ts) carries `pairs`.
 */
const indicatorsJson = (reports: AsyncIterable<SiteReport>, pairs: FigurePairs): Promise<string> =>
  jsonArray(reports, (r) =>
    r.indicators.map((ind) => {
      const paired = pairs.byFigure.get(`${r.slug}#${ind.id}`);
      return {
        slug: r.slug,
        region: r.meta.region ?? null,
        year: r.meta.year ?? null,
        url: url(`/${langOf(r.script)}/${r.slug}/#${ind.id}`),
        ...ind,
        ...(paired ? { pairs: paired.map(({ outcome, basis, target, actual }) => ({ outcome, basis, target, actual })) } : {}),
      };
    }),
  );

interface Parts {
  /** The reports of each part, and how many figures each has. */
  parts: { file: ReportFile; indicators: number; year: number | undefined }[][];
  /** Short identifiers of every report (two reports with one stop the build here: shortIds names them). */
  ids: Map<string, string>;
  pairs: FigurePairs;
}
let made: Promise<Parts> | undefined;
/**
 * The reports of each part, in the order of the report list (made once: every explorer page and data
 * file asks), from the counts of the site's pass over the records (src/lib/lists.ts, siteScan); a file
 * reads its part's reports when it is made.
 */
const dataParts = (): Promise<Parts> =>
  (made ??= (async () => {
    const counted = (await siteScan()).results.parts;
    return {
      parts: paginate(counted, () => 1, dataPartReports),
      ids: shortIds(counted.map((c) => c.file.slug)),
      pairs: figurePairs(
        counted.map(({ slug, script }) => ({ slug, script })),
        await sitePairTargets(),
      ),
    };
  })());

/**
 * What a part's files read: its reports' records (in order), their short identifiers and the pairs
 * their figures are in, with the script of each report on the other side (the CSV links to it).
 */
async function partKey(part: Parts['parts'][number], ids: Map<string, string>, pairs: FigurePairs): Promise<string> {
  const records: string[] = [];
  for (const p of part) records.push(await recordDigest(p.file));
  const slugs = new Set(part.map((p) => p.file.slug));
  const paired = [...pairs.byFigure].filter(([figure]) => slugs.has(figure.slice(0, figure.lastIndexOf('#'))));
  const sides = [...new Set(paired.flatMap(([, list]) => list.flatMap((pair) => [pair.target.slug, pair.actual.slug])))].sort();
  return pageKey('data-part', {
    slugs: [...slugs],
    records,
    ids: [...slugs].map((slug) => ids.get(slug)),
    pairs: paired,
    sideLangs: sides.map((slug) => [slug, pairs.langOf.get(slug)]),
  });
}

/** How many parts the exports have. */
export const dataPartCount = async (): Promise<number> => (await dataParts()).parts.length;

/**
 * A part's reports in order, read one at a time by the first of its files Astro makes and kept for the
 * others (heldForReaders: a part's files are made in a row, and the last lets them go), so a view is
 * parsed once for the part's five files, not five times: one part's views are held, at most 1,000
 * (about 66 MB) at any N. Their five texts are not kept together: 60–120 MB more at the astro step's
 * peak at N = 500 for 1.8 CPU s less (docs/benchmarks.md, session 10).
 */
const heldParts = heldForReaders(readReport);
/** A part's reports for one of its `files` files (each file of the part reads them once). */
const partReports = (part: Parts['parts'][number], files: number): AsyncIterable<SiteReport> =>
  heldParts(
    part,
    part.map((p) => p.file),
    files,
  );

/** Every file of /data/, index.json first. */
export async function dataFiles(site: URL | undefined): Promise<DataFile[]> {
  const { parts, ids, pairs } = await dataParts();
  const files = parts.map((part, k) => {
    const n = k + 1;
    const csv = langs.map((lang) => ({ lang, name: partName(`indicators.${lang}`, 'csv', n) }));
    const years = part.map((p) => p.year).filter((y): y is number => typeof y === 'number');
    let keyMade: Promise<string> | undefined;
    const key = (): Promise<string> => (keyMade ??= partKey(part, ids, pairs));
    // How each file's text is made from its part's reports (partReports: read one at a time as it writes them).
    const makers: { name: string; type: DataFile['type']; make: (reports: AsyncIterable<SiteReport>) => Promise<string> }[] = [
      { name: partName('reports', 'json', n), type: 'application/json', make: (reports) => reportsJson(reports, ids) },
      { name: partName('indicators', 'json', n), type: 'application/json', make: (reports) => indicatorsJson(reports, pairs) },
      { name: partName('indicators', 'csv', n), type: 'text/csv', make: (reports) => indicatorsCsv(reports, site, pairs) },
      ...csv.map((c) => ({ name: c.name, type: 'text/csv' as const, make: (reports: AsyncIterable<SiteReport>) => indicatorsCsvIn(reports, scriptOf(c.lang), site, pairs) })),
    ];
    const partFiles: DataFile[] = makers.map((m) => ({ name: m.name, type: m.type, text: () => m.make(partReports(part, makers.length)), key }));
    return {
      entry: {
        part: n,
        reports: part.length,
        indicators: part.reduce((sum, p) => sum + p.indicators, 0),
        years: years.length ? [Math.min(...years), Math.max(...years)] : null,
        reportsUrl: url(`/data/${partFiles[0]!.name}`),
        indicatorsUrl: url(`/data/${partFiles[1]!.name}`),
        keysCsvUrl: url(`/data/${partFiles[2]!.name}`),
        csvUrl: Object.fromEntries(csv.map((c) => [c.lang, url(`/data/${c.name}`)])),
      },
      files: partFiles,
    };
  });
  const index: DataFile = { name: 'index.json', type: 'application/json', text: async () => JSON.stringify({ parts: files.map((f) => f.entry) }) };
  return [index, ...files.flatMap((f) => f.files)];
}
