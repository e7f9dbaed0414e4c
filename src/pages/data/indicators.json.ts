// /data/indicators.json: every figure of every report, with its report and a link to its sentence.
import type { APIRoute } from 'astro';
import { allReports } from '../../lib/reports.ts';
import { url } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const reports = await allReports();
  const data = reports.flatMap((r) =>
    r.indicators.map((ind) => ({
      slug: r.slug,
      report: r.title,
      region: r.meta.region ?? null,
      year: r.meta.year ?? null,
      script: r.script,
      url: url(`/${r.script === 'zh-Hans' ? 'zh-hans' : 'zh-hant'}/${r.slug}/#${ind.id}`),
      ...ind,
    })),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
