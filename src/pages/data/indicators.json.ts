// /data/indicators.json: every figure of every report with its report's slug, region and year and
// a link to its sentence. The report's title, script and outline are in /data/reports.json (by
// slug): repeating the title on every figure was a fifth of the file. A figure in a target → actual
// pair (src/lib/pairing.ts) carries `pairs`.
import type { APIRoute } from 'astro';
import { allReports } from '../../lib/reports.ts';
import { langOf, url } from '../../lib/site.ts';
import { pairTargets, pairsByFigure } from '../../lib/pairing.ts';

export const GET: APIRoute = async () => {
  const reports = await allReports();
  const pairs = pairsByFigure(pairTargets(reports));
  const data = reports.flatMap((r) =>
    r.indicators.map((ind) => {
      const paired = pairs.get(`${r.slug}#${ind.id}`);
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
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
