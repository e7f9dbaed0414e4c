// /data/indicators.csv: the same figures as indicators.json, one per line, UTF-8 with a BOM so that
// spreadsheet programs read the Chinese text correctly.
import type { APIRoute } from 'astro';
import { allReports } from '../../lib/reports.ts';
import { url } from '../../lib/site.ts';

const columns = ['slug', 'report', 'region', 'year', 'id', 'section', 'label', 'value', 'max', 'unit', 'scale', 'change', 'change_unit', 'basis', 'kind', 'comparator', 'period', 'match', 'text', 'url'] as const;

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
const field = (v: unknown): string => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const GET: APIRoute = async () => {
  const reports = await allReports();
  const lines = [columns.join(',')];
  for (const r of reports) {
    for (const ind of r.indicators) {
      const row: Record<(typeof columns)[number], unknown> = {
        slug: r.slug, report: r.title, region: r.meta.region, year: r.meta.year, id: ind.id, section: ind.section,
        label: ind.label, value: ind.value, max: ind.max, unit: ind.unit, scale: ind.scale,
        change: ind.change?.value, change_unit: ind.change?.unit, basis: ind.change?.basis, kind: ind.kind,
        comparator: ind.comparator, period: ind.period, match: ind.match, text: ind.text,
        url: url(`/${r.script === 'zh-Hans' ? 'zh-hans' : 'zh-hant'}/${r.slug}/#${ind.id}`),
      };
      lines.push(columns.map((c) => field(row[c])).join(','));
    }
  }
  return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
