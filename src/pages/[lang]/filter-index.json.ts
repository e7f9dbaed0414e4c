// /<lang>/filter-index.json: the report list's filter index (src/lib/filter-index.ts), read by the
// list's filters to search every page of the list.
import type { APIRoute } from 'astro';
import { langs, url, type Lang } from '../../lib/site.ts';
import { reportListPages } from '../../lib/lists.ts';
import { sitePaths } from '../../lib/page-share.ts';

export function getStaticPaths() {
  return sitePaths(() => langs.map((lang) => ({ params: { lang } })));
}

export const GET: APIRoute = async ({ params }) => {
  const { index } = await reportListPages(params.lang as Lang);
  return new Response(JSON.stringify({ ...index, pages: index.pages.map(url) }), { headers: { 'Content-Type': 'application/json' } });
};
