// Every file of /data/ (src/lib/data-exports.ts: the parts and index.json; shapes in README, Data exports).
import type { APIRoute } from 'astro';
import { dataFiles } from '../../lib/data-exports.ts';
import { sitePaths } from '../../lib/page-share.ts';

// A part's files carry the part's cache key (src/lib/page-keys.ts): a rebuild copies the parts none
// of whose reports changed; index.json (small) is made every time.
export function getStaticPaths() {
  return sitePaths(dataPaths);
}

async function dataPaths() {
  const paths = [];
  for (const f of await dataFiles(undefined)) paths.push({ params: { file: f.name }, ...(f.key ? { cacheKey: await f.key() } : {}) });
  return paths;
}

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await dataFiles(site)).find((f) => f.name === params.file)!;
  return new Response(await file.text(), { headers: { 'Content-Type': `${file.type}; charset=utf-8` } });
};
