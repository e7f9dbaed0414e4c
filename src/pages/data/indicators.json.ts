// /data/indicators.json: every figure of every report with its report's slug, region and year and
// a link to its sentence. The report's title, script and outline are in /data/reports.json (by
// slug): repeating the title on every figure was a fifth of the file.
import type { APIRoute } from 'astro';
import { allReports } from '../../lib/reports.ts';
import { langOf, url } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const reports = await allReports();
  const data = reports.flatMap((r) =>
    r.indicators.map((ind) => ({
      slug: r.slug,
      region: r.meta.region ?? null,
      year: r.meta.year ?? null,
      url: url(`/${langOf(r.script)}/${r.slug}/#${ind.id}`),
      ...ind,
    })),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
