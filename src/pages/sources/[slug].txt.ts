// /sources/<slug>.txt: the original text, decoded to UTF-8, for download: the text build:content
// decoded (content/reports/<slug>.source.txt), not the source decoded a second time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { allReports } from '../../lib/reports.ts';
import type { SiteReport } from '../../schemas/site-report.ts';

const reportsDir = process.env.BAOGAO_REPORTS ?? 'content/reports';

export const getStaticPaths: GetStaticPaths = async () => (await allReports()).map((report) => ({ params: { slug: report.slug }, props: { report } }));

export const GET: APIRoute = async ({ props }) => {
  const report = props.report as SiteReport;
  const text = await readFile(`${reportsDir}/${report.slug}.source.txt`, 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
