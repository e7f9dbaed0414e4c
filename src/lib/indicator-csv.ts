// The indicator exports as CSV for spreadsheets: /data/indicators.zh-hans.csv and
// indicators.zh-hant.csv (Chinese headers, every text in that script, links to that script's pages;
// parts of a large site in src/lib/data-exports.ts).
// UTF-8 with a BOM, absolute links (SITE_URL + base path), and no cell a spreadsheet would run as a
// formula.
import { langOf, url } from './site.ts';
import { textsFor } from './variant.ts';
import { rowsOf } from './indicator-rows.ts';
import { cmpSign, kindText } from '../components/indicator-text.ts';
import type { Script } from '../schemas/meta.ts';
import type { ReportRecord } from '../schemas/report.ts';

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

/** A CSV file: BOM, header line, rows, CRLF line ends. */
const csvText = (header: readonly string[], rows: (string | number | undefined)[][]): string =>
  `\uFEFF${[header.map(csvField), ...rows.map((r) => r.map(csvField))].map((r) => r.join(',')).join('\r\n')}\r\n`;

/** A site path as an absolute URL (under SITE_URL when the site has one). */
const absolute = (path: string, site: URL | undefined): string => (site ? new URL(url(path), site).href : url(path));

/** A section's number and title as printed (12.推进厅市协同创新); empty for the intro. */
const sectionTitle = (texts: ReturnType<typeof textsFor>, id: string): string => {
  const s = texts.sections.get(id);
  return s ? `${s.number}${s.title}` : '';
};

/** Chinese headers of the per-script files, [Simplified, Traditional]. */
const zhColumns = [
  ['报告', '報告'], ['地区', '地區'], ['年份', '年份'], ['章节', '章節'], ['指标', '指標'], ['数值', '數值'], ['上限', '上限'],
  ['单位', '單位'], ['折算值', '折算值'], ['变化', '變化'], ['变化单位', '變化單位'], ['比较基础', '比較基礎'], ['类型', '類型'],
  ['比较', '比較'], ['时期', '時期'], ['链接', '連結'], ['报告代号', '報告代號'], ['指标编号', '指標編號'],
] as const;

/** /data/indicators.<lang>.csv: every figure in one script (the pipeline's conversion), Chinese headers. */
export function indicatorsCsvIn(reports: ReportRecord[], script: Script, site: URL | undefined): string {
  const hans = script === 'zh-Hans';
  const lang = langOf(script);
  const rows = reports.flatMap((r) => {
    const texts = textsFor(r, script);
    return rowsOf(r, script).map((row, i) => {
      const ind = r.indicators[i]!;
      return [
        row.title, row.region, row.year, sectionTitle(texts, ind.section), row.label, row.value, ind.max, row.unit, row.scale,
        row.change?.value, row.change?.unit, row.change?.basis, kindText(row.kind, hans), cmpSign(row.comparator) || undefined, row.period,
        absolute(`/${lang}/${r.slug}/#${row.id}`, site), r.slug, row.id,
      ];
    });
  });
  return csvText(zhColumns.map((c) => c[hans ? 0 : 1]), rows);
}
