// /sources/<slug>.txt: the original text, decoded to UTF-8, for download.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { allReports } from '../../lib/reports.ts';
import { decodeSource } from '../../pipeline/decode.ts';
import type { ReportRecord } from '../../schemas/report.ts';

const sourcesDir = process.env.BAOGAO_SOURCES ?? 'content/sources';

export const getStaticPaths: GetStaticPaths = async () =>
  (await allReports()).map((report) => ({ params: { slug: report.slug }, props: { report } }));

export const GET: APIRoute = async ({ props }) => {
  const report = props.report as ReportRecord;
  const bytes = new Uint8Array(await readFile(`${sourcesDir}/${report.source.file}`));
  return new Response(decodeSource(bytes).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
