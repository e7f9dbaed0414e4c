// /sources/<slug>.txt: the original text, decoded to UTF-8, for download: the text build:content
// decoded (content/reports/<slug>.source.txt), not the source decoded a second time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readText } from '../../lib/read-file.ts';
import { reportFiles } from '../../lib/reports.ts';
import { rendersReport } from '../../lib/page-share.ts';
import { fileDigest, pageKey } from '../../lib/page-keys.ts';

const reportsDir = process.env.BAOGAO_REPORTS ?? 'content/reports';

// The file is the text alone: its digest is the key of the incremental build (src/lib/page-keys.ts).
// Read one file at a time (10,000 reads at once would open as many files).
export const getStaticPaths: GetStaticPaths = async () => {
  const paths = [];
  for (const file of (await reportFiles()).filter((f) => rendersReport(f.slug)))
    paths.push({ params: { slug: file.slug }, cacheKey: pageKey('source', { text: await fileDigest(`${reportsDir}/${file.slug}.source.txt`) }) });
  return paths;
};

export const GET: APIRoute = async ({ params }) => {
  const text = readText(`${reportsDir}/${params.slug}.source.txt`);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
