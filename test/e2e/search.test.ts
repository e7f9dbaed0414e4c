// Search in Chromium on the real site under /baogao/: Simplified, Traditional and cross-script
// queries, a quoted phrase, a filter, keyboard use, the header box, and arriving at the anchor with
// the query highlighted. Expected reports come from substring search over both scripts of every body.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fileBrowser } from '../helpers/browser.ts';
import { root, tempDir } from '../helpers/run.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';
import { convertText } from '../../src/pipeline/variants.ts';
import { ReportRecord } from '../../src/schemas/report.ts';
import { isRecordFile, searchFileName } from '../../src/schemas/search.ts';

const site = inject('e2eSite');
const reportsDir = inject('site').reports;
const records = readdirSync(reportsDir)
  .filter(isRecordFile)
  .map((f) => ReportRecord.parse(JSON.parse(readFileSync(join(reportsDir, f), 'utf8'))));
const bodies = records.map((r) => ({ slug: r.slug, kind: r.meta.kind, texts: [r.body, convertText(r.body, r.script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans')] }));
/** Slugs of the reports whose text contains `phrase` in either script. */
const containing = (phrase: string): string[] =>
  bodies
    .filter((b) => b.texts.some((t) => t.includes(phrase)))
    .map((b) => b.slug)
    .sort();

const session = fileBrowser();

/** The search page with a query, its results shown, in a tab with nothing stored (one of Tabs: give it back with tabs.leave). */
async function openSearch(lang: string, query: string, extra = ''): Promise<Page> {
  const tab = await session.tabs.take();
  await tab.goto(`${site.origin}${site.base}${lang}/search/?q=${encodeURIComponent(query)}${extra}`);
  await tab.waitForFunction(
    () =>
      document.querySelector('[data-search-status]')?.textContent?.startsWith('找到') ||
      document.querySelector('[data-search-status]')?.textContent?.startsWith('沒有') ||
      document.querySelector('[data-search-status]')?.textContent?.startsWith('没有'),
  );
  return tab;
}

/** The result links of the page: [slug, fragment] of each report's main link, all pages of them (显示更多 until it hides). */
async function hits(tab: Page): Promise<{ path: string; slug: string; hash: string }[]> {
  for (let shown = -1; await tab.isVisible('[data-search-more]');) {
    const now = await tab.$$eval('[data-testid="search-results"] > li', (items) => items.length);
    if (now === shown) break;
    shown = now;
    await tab.click('[data-search-more]');
    await tab.waitForFunction((n) => document.querySelectorAll('[data-testid="search-results"] > li').length > n, now);
  }
  const hrefs = await tab.$$eval('[data-testid="search-results"] > li > a.search-hit-link', (links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => {
    const u = new URL(href);
    return { path: u.pathname, slug: u.pathname.split('/').filter(Boolean).at(-1)!, hash: u.hash };
  });
}

describe('search page', () => {
  test.each([
    ['zh-hans', '高新技术企业', '高新技术企业', 'Simplified'],
    ['zh-hant', '職務科技成果', '職務科技成果', 'Traditional'],
    ['zh-hans', '"知识价值信用贷款"', '知识价值信用贷款', 'quoted phrase'],
  ])('%s %s (%s): every report that contains it, once each, in the page script, at a section', async (lang, query, phrase) => {
    const tab = await openSearch(lang, query);
    const found = await hits(tab);
    const expected = containing(phrase);
    expect(expected.length).toBeGreaterThan(0);
    expect(found.map((h) => h.slug).sort()).toEqual(expected);
    for (const h of found) {
      expect(h.path).toBe(`${site.base}${lang}/${h.slug}/`);
      expect(h.hash).toMatch(/^#[a-z][a-z0-9-]*$/);
    }
    const status = await tab.textContent('[data-search-status]');
    expect(status).toBe(lang === 'zh-hans' ? `找到 ${expected.length} 篇报告` : `找到 ${expected.length} 篇報告`);
    expect(await tab.$$eval('[data-testid="search-results"] mark', (m) => m.length)).toBeGreaterThan(0);
    await session.tabs.leave(tab);
  });

  test('a Simplified query finds the Traditional-original report, shown in Simplified', async () => {
    const original = records.find((r) => r.script === 'zh-Hant')!;
    // A phrase of the Traditional original whose Simplified form differs from it.
    const phrase = ['協同創新', '科技成果', '創新'].map((p) => convertText(p, 'zh-Hans')).find((p) => containing(p).includes(original.slug))!;
    const tab = await openSearch('zh-hans', phrase);
    const found = await hits(tab);
    expect(found.map((h) => h.slug)).toContain(original.slug);
    const marks = await tab.$$eval('[data-testid="search-results"] mark', (m) => m.map((x) => x.textContent));
    expect(marks).toContain(phrase);
    await session.tabs.leave(tab);
  });

  test('創新平台 (Traditional) finds the Simplified reports that write 创新平台', async () => {
    const tab = await openSearch('zh-hant', '創新平台');
    const found = (await hits(tab)).map((h) => h.slug).sort();
    expect(found).toEqual(containing('创新平台'));
    await session.tabs.leave(tab);
  });

  test('a phrase matches only where its characters stand together', async () => {
    // 科技 and 金融 each occur in every report; the phrase 科技金融 only in some.
    const tab = await openSearch('zh-hans', '科技金融');
    expect((await hits(tab)).map((h) => h.slug).sort()).toEqual(containing('科技金融'));
    await session.tabs.leave(tab);
  });

  test('a kind filter narrows the list and the count, and is kept in the URL; the facet table loads when the filters are opened', async () => {
    const kind = records.find((r) => r.script === 'zh-Hant')!.meta.kind;
    const all = containing('科技');
    const tab = await openSearch('zh-hans', '科技');
    expect((await hits(tab)).length).toBe(all.length);
    const facetTable = tab.waitForResponse((r) => r.url().endsWith('/pagefind/facets.json'));
    expect(await tab.$$eval('select[data-facet]', (s) => s.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
    await tab.click('button.search-filters-open');
    expect((await facetTable).ok()).toBe(true);
    await tab.waitForFunction(() => document.activeElement?.getAttribute('data-facet') === 'region');
    await tab.selectOption('select[data-facet="kind"]', kind);
    const expected = bodies
      .filter((b) => all.includes(b.slug) && b.kind === kind)
      .map((b) => b.slug)
      .sort();
    await tab.waitForFunction((n) => document.querySelectorAll('[data-testid="search-results"] > li').length === n, expected.length);
    expect((await hits(tab)).map((h) => h.slug).sort()).toEqual(expected);
    expect(new URL(tab.url()).searchParams.get('kind')).toBe(kind);
    await session.tabs.leave(tab);
  });

  test('a filter from the link that no report of the query has stays shown, and choosing 全部 undoes it', async () => {
    const tab = await openSearch('zh-hans', '科技', '&region=不存在');
    expect(await tab.textContent('[data-search-status]')).toContain('没有找到');
    expect(await tab.$eval('select[data-facet="region"]', (s) => (s as HTMLSelectElement).value)).toBe('不存在');
    await tab.selectOption('select[data-facet="region"]', '');
    await tab.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('找到'));
    expect((await hits(tab)).map((h) => h.slug).sort()).toEqual(containing('科技'));
    expect(new URL(tab.url()).searchParams.get('region')).toBeNull();
    await session.tabs.leave(tab);
  });

  test('keyboard: / focuses search, arrows move through results, Enter opens the section with the query highlighted', async () => {
    const tab = await openSearch('zh-hans', '孵化器');
    await tab.click('h1');
    await tab.keyboard.press('/');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowDown');
    const focused = await tab.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    const second = await tab.$$eval('[data-testid="search-results"] a[href]', (a) => (a[1] as HTMLAnchorElement).href);
    expect(focused).toBe(second);
    await Promise.all([tab.waitForURL(focused), tab.keyboard.press('Enter')]);
    const target = new URL(focused).hash.slice(1);
    await tab.waitForSelector('mark.search-hit');
    // The page may scroll smoothly: wait until the target heading has arrived in view.
    await tab.waitForFunction(
      (id) => {
        const top = document.getElementById(id)!.getBoundingClientRect().top;
        return top >= -1 && top < innerHeight;
      },
      target,
      { timeout: 5000 },
    );
    const inTarget = await tab.evaluate((id) => {
      const heading = document.getElementById(id)!;
      const section = heading.closest('section') ?? heading.parentElement!;
      const box = heading.getBoundingClientRect();
      return { marks: section.querySelectorAll('mark.search-hit').length, top: box.top, inView: box.top >= -1 && box.top < innerHeight };
    }, target);
    expect(inTarget.marks).toBeGreaterThan(0);
    expect(inTarget.inView, JSON.stringify(inTarget)).toBe(true);
    await session.tabs.leave(tab);
  });

  test('the opened page marks the query in the text, never in an indicator callout beside it (callouts are chrome, as in search)', async () => {
    const tab = await openSearch('zh-hans', '孵化器');
    await hits(tab);
    const link = tab.locator('[data-testid="search-results"] > li > a.search-hit-link[href*="/chongqing-2018-kejichuangxin-baogao/"]');
    await Promise.all([tab.waitForURL(/chongqing-2018-kejichuangxin-baogao/), link.click()]);
    await tab.waitForSelector('mark.search-hit');
    // The page has callouts whose label holds the query (孵化器…), and none of them is marked.
    expect(await tab.$$eval('aside.co', (cos) => cos.filter((c) => c.textContent!.includes('孵化器')).length)).toBeGreaterThan(0);
    expect(await tab.$$eval('aside.co mark.search-hit', (marks) => marks.length)).toBe(0);
    await session.tabs.leave(tab);
  });
});

describe('header search', () => {
  test('a report page loads no search code until the box is used, then shows results as you type', async () => {
    const tab = await session.browser.newPage();
    const requested: string[] = [];
    tab.on('request', (r) => requested.push(r.url()));
    await tab.goto(`${site.origin}${site.base}zh-hant/chongqing-2018-kejichuangxin-baogao/`);
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await tab.keyboard.press('/');
    await tab.keyboard.type('孵化器');
    await tab.waitForSelector('[data-testid="header-search-results"] a');
    const first = await tab.$eval('[data-testid="header-search-results"] a', (a) => (a as HTMLAnchorElement).pathname);
    expect(first).toMatch(new RegExp(`^${site.base}zh-hant/[a-z0-9-]+/$`));
    await tab.close();
  });
});

// The same site with its index in shards of two reports (BAOGAO_SEARCH_SHARD=2: four Pagefind
// bundles), made by running build-search again on a copy of the built site: the search page merges
// every bundle (Pagefind's mergeIndex) and lists reports of several shards.
describe('an index in shards', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dist = join(tempDir('baogao-e2e-shards-'), 'dist');
    cpSync(site.dist, dist, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env, BAOGAO_REPORTS: reportsDir, BAOGAO_SEARCH_SHARD: '2' };
    const result = spawnSync(process.execPath, [join(root, 'scripts/build-search.ts'), dist], { cwd: root, encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`build-search failed:\n${result.stdout}\n${result.stderr}`);
    server = await serveDist(dist, site.base);
  });
  afterAll(() => server?.close());

  test('大数据 lists every report that contains it, from three shards, each linked at a section', async () => {
    const tab = await session.browser.newPage();
    const bundles = new Set<string>();
    tab.on('request', (r) => {
      const shard = /\/pagefind\/(s\/\d+\/)?[^/]*\.pf_meta$/.exec(r.url());
      if (shard) bundles.add(shard[1] ?? '');
    });
    await tab.goto(server.url('zh-hans/search/?q=' + encodeURIComponent('大数据')));
    await tab.waitForFunction(() => /^(找到|没有)/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const expected = containing('大数据');
    // Sharded two at a time in the order of the search documents' file names: the reports that
    // contain it are in three shards.
    const files = records.map((r) => searchFileName(r.slug)).sort();
    const shards = new Set(expected.map((slug) => Math.floor(files.indexOf(searchFileName(slug)) / 2)));
    expect(shards.size).toBeGreaterThanOrEqual(3);
    expect(expected.length).toBeLessThanOrEqual(5);
    const found = await hits(tab);
    expect(found.map((h) => h.slug).sort()).toEqual(expected);
    for (const h of found) {
      expect(h.path).toBe(`${site.base}zh-hans/${h.slug}/`);
      expect(h.hash).toMatch(/^#[a-z][a-z0-9-]*$/);
    }
    expect([...bundles].sort()).toEqual(['', 's/1/', 's/2/', 's/3/']);
    await tab.close();
  });
});
