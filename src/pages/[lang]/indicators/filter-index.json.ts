// /<lang>/indicators/filter-index.json: the explorer's filter index (src/lib/filter-index.ts), read by
// its filters to find the figures of a region, year or kind on every page of the explorer.
import type { APIRoute } from 'astro';
import { langs, url, type Lang } from '../../../lib/site.ts';
import { explorerPages } from '../../../lib/lists.ts';
import { sitePaths } from '../../../lib/page-share.ts';

export function getStaticPaths() {
  return sitePaths(() => langs.map((lang) => ({ params: { lang } })));
}

export const GET: APIRoute = async ({ params }) => {
  const { index } = await explorerPages(params.lang as Lang);
  return new Response(JSON.stringify({ ...index, pages: index.pages.map(url) }), { headers: { 'Content-Type': 'application/json' } });
};
