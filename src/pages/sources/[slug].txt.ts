// /sources/<slug>.txt: the original text, decoded to UTF-8, for download: the text build:content
// decoded (content/reports/<slug>.source.txt), not the source decoded a second time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { reportFiles } from '../../lib/reports.ts';

const reportsDir = process.env.BAOGAO_REPORTS ?? 'content/reports';

export const getStaticPaths: GetStaticPaths = async () => (await reportFiles()).map((file) => ({ params: { slug: file.slug } }));

export const GET: APIRoute = async ({ params }) => {
  const text = await readFile(`${reportsDir}/${params.slug}.source.txt`, 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
