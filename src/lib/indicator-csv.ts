// The indicator exports as CSV for spreadsheets: /data/indicators.csv (the record's field names,
// each report in its own script) and indicators.zh-hans.csv, indicators.zh-hant.csv (Chinese headers,
// every text in that script, links to that script's pages); parts of a large site in
// src/lib/data-exports.ts.
// UTF-8 with a BOM, absolute links (SITE_URL + base path), and no cell a spreadsheet would run as a
// formula. The last columns give a figure's target → actual pairs (src/lib/pairing.ts).
import { langOf, url } from './site.ts';
import { textsFor } from './variant.ts';
import { rowsOf } from './indicator-rows.ts';
import { cmpSign, kindText } from '../components/indicator-text.ts';
import type { Script } from '../schemas/meta.ts';
import { pairsByFigure, type Pair } from './pairing.ts';
import type { SiteReport } from '../schemas/site-report.ts';

/**
 * One CSV field (RFC 4180 quoting). Text that starts with = + - @, a tab or a carriage return is
 * prefixed with ' so that a spreadsheet shows it instead of running it (CSV formula injection,
 * OWASP); numbers are written as numbers.
 */
export function csvField(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (without its line end). */
const csvLine = (cells: readonly (string | number | undefined)[]): string => cells.map(csvField).join(',');

/**
 * A CSV file: BOM, header line, rows, CRLF line ends. The reports are taken one at a time and only
 * the lines of each are kept, so a part of 1,000 reports is not held as records and cell arrays.
 */
async function csvText(header: readonly string[], reports: AsyncIterable<SiteReport>, rowsOf: (r: SiteReport) => (string | number | undefined)[][]): Promise<string> {
  const lines = [csvLine(header)];
  for await (const r of reports) for (const row of rowsOf(r)) lines.push(csvLine(row));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A site path as an absolute URL (under SITE_URL when the site has one). */
const absolute = (path: string, site: URL | undefined): string => (site ? new URL(url(path), site).href : url(path));

/** A section's number and title as printed (12.推进厅市协同创新); empty for the intro. */
const sectionTitle = (texts: ReturnType<typeof textsFor>, id: string): string => {
  const s = texts.sections.get(id);
  return s ? `${s.number}${s.title}` : '';
};

/**
 * The pair columns of a figure: outcomes (met, partly, not-met) and the links of the targets and
 * actuals it is paired with, several joined by spaces (an actual may answer several targets).
 */
function pairCells(pairs: Pair[] | undefined, lang: (slug: string) => string, site: URL | undefined): [string?, string?, string?] {
  if (!pairs) return [];
  const link = (f: Pair['target']): string => absolute(`/${lang(f.slug)}/${f.slug}/#${f.id}`, site);
  return [pairs.map((p) => p.outcome).join(' '), pairs.map((p) => link(p.target)).join(' '), pairs.map((p) => link(p.actual)).join(' ')];
}

/** Columns of /data/indicators.csv (the record's fields, as indicators.json names them, then the pairs). */
const keyColumns = [
  'slug',
  'report',
  'region',
  'year',
  'id',
  'section',
  'section_title',
  'label',
  'value',
  'max',
  'unit',
  'scale',
  'change',
  'change_unit',
  'basis',
  'kind',
  'comparator',
  'period',
  'match',
  'text',
  'url',
  'pair_outcome',
  'pair_target',
  'pair_actual',
] as const;

/**
 * Target → actual pairs by `slug#id`, and the page language of every report, made from every report
 * of the site: a part's figures may pair with a figure of another part.
 */
export interface FigurePairs {
  byFigure: Map<string, Pair[]>;
  langOf: Map<string, string>;
}
export const figurePairs = (reports: readonly Pick<SiteReport, 'slug' | 'script'>[], pairs: readonly Pair[]): FigurePairs => ({
  byFigure: pairsByFigure(pairs),
  langOf: new Map(reports.map((r) => [r.slug, langOf(r.script)])),
});

/** /data/indicators.csv: every figure in its report's own script. */
export function indicatorsCsv(reports: AsyncIterable<SiteReport>, site: URL | undefined, pairs: FigurePairs): Promise<string> {
  return csvText(keyColumns, reports, (r) => {
    const texts = textsFor(r, r.script);
    return r.indicators.map((ind) => {
      const [outcome, target, actual] = pairCells(pairs.byFigure.get(`${r.slug}#${ind.id}`), (slug) => pairs.langOf.get(slug)!, site);
      const row: Record<(typeof keyColumns)[number], string | number | undefined> = {
        slug: r.slug,
        report: r.title,
        region: r.meta.region,
        year: r.meta.year,
        id: ind.id,
        section: ind.section,
        section_title: sectionTitle(texts, ind.section),
        label: ind.label,
        value: ind.value,
        max: ind.max,
        unit: ind.unit,
        scale: ind.scale,
        change: ind.change?.value,
        change_unit: ind.change?.unit,
        basis: ind.change?.basis,
        kind: ind.kind,
        comparator: ind.comparator,
        period: ind.period,
        match: ind.match,
        text: ind.text,
        url: absolute(`/${langOf(r.script)}/${r.slug}/#${ind.id}`, site),
        pair_outcome: outcome,
        pair_target: target,
        pair_actual: actual,
      };
      return keyColumns.map((c) => row[c]);
    });
  });
}

/** Chinese headers of the per-script files, [Simplified, Traditional]. */
const zhColumns = [
  ['报告', '報告'],
  ['地区', '地區'],
  ['年份', '年份'],
  ['章节', '章節'],
  ['指标', '指標'],
  ['数值', '數值'],
  ['上限', '上限'],
  ['单位', '單位'],
  ['折算值', '折算值'],
  ['变化', '變化'],
  ['变化单位', '變化單位'],
  ['比较基础', '比較基礎'],
  ['类型', '類型'],
  ['比较', '比較'],
  ['时期', '時期'],
  ['链接', '連結'],
  ['对照结果', '對照結果'],
  ['对照目标', '對照目標'],
  ['对照实绩', '對照實績'],
] as const;

/** The outcome words of the per-script files, [Simplified, Traditional]. */
const outcomeWords = { met: ['达成', '達成'], partly: ['部分达成', '部分達成'], 'not-met': ['未达成', '未達成'] } as const;

/**
 * /data/indicators.<lang>.csv: every figure in one script (the pipeline's conversion), Chinese headers.
 * Its rows are those of the part's indicators.csv in the same order, whose `slug` and `id` are the
 * keys; the link holds both too, so they are not repeated here (7.7 KB a report in the two files).
 */
export function indicatorsCsvIn(reports: AsyncIterable<SiteReport>, script: Script, site: URL | undefined, pairs: FigurePairs): Promise<string> {
  const hans = script === 'zh-Hans';
  const lang = langOf(script);
  const header = zhColumns.map((c) => c[hans ? 0 : 1]);
  return csvText(header, reports, (r) => {
    const texts = textsFor(r, script);
    return rowsOf(r, script).map((row, i) => {
      const ind = r.indicators[i]!;
      const paired = pairs.byFigure.get(`${r.slug}#${row.id}`);
      const [, target, actual] = pairCells(paired, () => lang, site);
      return [
        row.title,
        row.region,
        row.year,
        sectionTitle(texts, ind.section),
        row.label,
        row.value,
        ind.max,
        row.unit,
        row.scale,
        row.change?.value,
        row.change?.unit,
        row.change?.basis,
        kindText(row.kind, hans),
        cmpSign(row.comparator) || undefined,
        row.period,
        absolute(`/${lang}/${r.slug}/#${row.id}`, site),
        paired?.map((p) => outcomeWords[p.outcome][hans ? 0 : 1]).join(' '),
        target,
        actual,
      ];
    });
  });
}
