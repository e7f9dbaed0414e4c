// Every file of /data/ (src/lib/data-exports.ts: the parts and index.json; shapes in README, Data exports).
import type { APIRoute } from 'astro';
import { dataFiles } from '../../lib/data-exports.ts';

// A part's files carry the part's cache key (src/lib/page-keys.ts): a rebuild copies the parts none
// of whose reports changed; index.json (small) is made every time.
export async function getStaticPaths() {
  const paths = [];
  for (const f of await dataFiles(undefined)) paths.push({ params: { file: f.name }, ...(f.key ? { cacheKey: await f.key() } : {}) });
  return paths;
}

const utf8 = new TextEncoder();

// The body is the text's UTF-8 bytes, which Astro writes as they are: given the string, the Response
// converted it (to a USVString) before encoding it, once more per export of several MB (3 % of the astro step's CPU at N = 200).
export const GET: APIRoute = async ({ params, site }) => {
  const file = (await dataFiles(site)).find((f) => f.name === params.file)!;
  return new Response(utf8.encode(await file.text()), { headers: { 'Content-Type': `${file.type}; charset=utf-8` } });
};
