// /data/reports.json: an index of the reports: metadata, outline and counts. Not the body (served
// as /sources/<slug>.txt), the figures (in /data/indicators.json, joined by slug) or the converted
// texts (the other script's page): with them, 2,000 reports made 35 MB. Shape in README (Data exports);
// `short_id` is the report's short identifier (src/lib/short-id.ts).
import type { APIRoute } from 'astro';
import { allReports } from '../../lib/reports.ts';
import { shortIds } from '../../lib/short-id.ts';

export const GET: APIRoute = async () => {
  const reports = await allReports();
  // Two reports with one short identifier stop the build here (shortIds names them).
  const ids = shortIds(reports.map((r) => r.slug));
  const data = reports.map((r) => ({
    slug: r.slug,
    short_id: ids.get(r.slug),
    title: r.title,
    script: r.script,
    meta: r.meta,
    source: r.source,
    sections: r.sections.map(({ id, kind, level, number, title, parent, line }) => ({ id, kind, level, number, title, parent, line })),
    counts: { sections: r.sections.length, indicators: r.indicators.length, cleaning: r.cleaning.length, warnings: r.warnings.length },
  }));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
