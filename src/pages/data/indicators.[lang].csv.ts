// /data/indicators.zh-hans.csv and /data/indicators.zh-hant.csv: every figure in one script, with
// Chinese column headers, for spreadsheet readers (src/lib/indicator-csv.ts).
import type { APIRoute } from 'astro';
import { allReports } from '../../lib/reports.ts';
import { indicatorsCsvIn } from '../../lib/indicator-csv.ts';
import { langs, scriptOf, type Lang } from '../../lib/site.ts';

export function getStaticPaths() {
  return langs.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(indicatorsCsvIn(await allReports(), scriptOf(params.lang as Lang), site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
