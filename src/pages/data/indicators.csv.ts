// /data/indicators.csv: the same figures as indicators.json, one per line (src/lib/indicator-csv.ts).
import type { APIRoute } from 'astro';
import { allReports } from '../../lib/reports.ts';
import { indicatorsCsv } from '../../lib/indicator-csv.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(indicatorsCsv(await allReports(), site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
