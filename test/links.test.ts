// Link checker: serves the test site (built under /baogao/) with a real static server and follows
// every internal href/src on every page, the canonical/Open Graph URLs and the sitemap, including
// #fragments into other pages. Zero broken links or anchors.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { serveDist, type StaticServer } from './helpers/serve.ts';

const site = inject('site');
/** SITE_URL of the test build (test/setup/site.ts): absolute URLs under it are internal. */
const SITE_URL = 'https://example.github.io';

const htmlFiles = (readdirSync(site.dist, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.split(sep).join('/'))
  .sort();

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e]!);

/** Every URL-valued attribute and meta content of a page, as written. */
function extractLinks(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) links.push(decode(m[1]!));
  for (const m of html.matchAll(/<meta\s+(?:property|name)="(?:og:url|og:image|twitter:image)"\s+content="([^"]*)"/g)) {
    links.push(decode(m[1]!));
  }
  return links;
}

/** The element ids of a page (fragment targets). */
function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
}

let server: StaticServer;
const pages = new Map<string, { status: number; type: string; body: string }>();

/** Fetches a URL of the local server once (no redirects followed: internal links must be exact). */
async function load(url: string): Promise<{ status: number; type: string; body: string }> {
  const cached = pages.get(url);
  if (cached) return cached;
  const res = await fetch(url, { redirect: 'manual' });
  const type = res.headers.get('content-type') ?? '';
  const page = { status: res.status, type, body: type.startsWith('text/html') ? await res.text() : '' };
  if (!type.startsWith('text/html')) await res.arrayBuffer();
  pages.set(url, page);
  return page;
}

/** Maps a link found on pageUrl to a local URL, or null when it points outside the site. */
function toLocal(link: string, pageUrl: string): URL | null {
  if (/^(mailto|tel|data|javascript):/i.test(link)) return null;
  const absolute = new URL(link.replace(SITE_URL, server.origin), pageUrl);
  return absolute.origin === server.origin ? absolute : null;
}

beforeAll(async () => {
  server = await serveDist(site.dist, site.base);
});
afterAll(() => server?.close());

describe('the static server', () => {
  test('serves under the base path only, with 404.html for the rest', async () => {
    expect((await load(server.url('/'))).status).toBe(200);
    expect((await load(`${server.origin}/zh-hans/`)).status).toBe(404);
    const missing = await load(server.url('/no-such-page/'));
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('找不到');
  });
});

describe('links', () => {
  test('the site has pages to check', () => {
    expect(htmlFiles).toContain('index.html');
    expect(htmlFiles).toContain('404.html');
    expect(htmlFiles.length).toBeGreaterThan(6);
  });

  test.each(htmlFiles)('%s: every internal link and anchor resolves', async (file) => {
    const pageUrl = server.url(`/${file.replace(/(^|\/)index\.html$/, '$1')}`);
    const html = readFileSync(join(site.dist, file), 'utf8');
    const broken: string[] = [];
    for (const link of new Set(extractLinks(html))) {
      const target = toLocal(link, pageUrl);
      if (!target) continue;
      if (!target.pathname.startsWith(site.base)) {
        broken.push(`${link} → outside the base path ${site.base}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      target.search = '';
      const page = await load(target.href);
      if (page.status !== 200) {
        broken.push(`${link} → HTTP ${page.status}${page.status === 301 ? ' (link to the URL with its trailing slash)' : ''}`);
      } else if (fragment && !extractIds(page.body).has(fragment)) {
        broken.push(`${link} → no element with id="${fragment}" in ${relative(server.origin, target.href)}`);
      }
    }
    expect(broken, `${file} has broken links`).toEqual([]);
  });

  test('every sitemap URL is a page of the site', async () => {
    const index = readFileSync(join(site.dist, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: string[] = [];
    for (const map of sitemaps) {
      const res = await fetch(map.replace(SITE_URL, server.origin));
      expect(res.status, map).toBe(200);
      urls.push(...[...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    expect(urls).toContain(`${SITE_URL}${site.base}zh-hans/suining-2021-gongzuoyaodian/`);
    const broken: string[] = [];
    for (const u of urls) {
      if (!u.startsWith(`${SITE_URL}${site.base}`)) broken.push(`${u} (not under ${SITE_URL}${site.base})`);
      else if ((await load(u.replace(SITE_URL, server.origin))).status !== 200) broken.push(u);
    }
    expect(broken).toEqual([]);
    expect(urls.some((u) => u.includes('404'))).toBe(false);
  });

  test('robots.txt points at the sitemap under the base path', async () => {
    const robots = readFileSync(join(site.dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE_URL}${site.base}sitemap-index.xml`);
  });
});

describe('extractLinks and extractIds', () => {
  test.each([
    ['<a href="/b/x/#s3-12">', ['/b/x/#s3-12']],
    ['<img src="a.png" alt=""><a class="x" href="y?a=1&amp;b=2">', ['a.png', 'y?a=1&b=2']],
    ['<form action="/b/search/">', ['/b/search/']],
    ['<meta property="og:url" content="https://e.org/b/">', ['https://e.org/b/']],
    ['<a data-href="/no">', []],
  ])('%s', (html, expected) => {
    expect(extractLinks(html)).toEqual(expected);
  });

  test('ids, not data-ids', () => {
    expect([...extractIds('<h2 id="s1"><div data-id="x" id="s1-p1">')]).toEqual(['s1', 's1-p1']);
  });
});
