// /data/reports.json: every report's metadata and outline (no body text).
import type { APIRoute } from 'astro';
import { allReports } from '../../lib/reports.ts';

export const GET: APIRoute = async () => {
  const reports = await allReports();
  const data = reports.map(({ body: _body, cleaning: _cleaning, ...rest }) => rest);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
