// Every file of /data/ (src/lib/data-exports.ts: the parts and index.json; shapes in README, Data exports).
import type { APIRoute } from 'astro';
import { dataFiles } from '../../lib/data-exports.ts';

export async function getStaticPaths() {
  return (await dataFiles(undefined)).map((f) => ({ params: { file: f.name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await dataFiles(site)).find((f) => f.name === params.file)!;
  return new Response(await file.text(), { headers: { 'Content-Type': `${file.type}; charset=utf-8` } });
};
