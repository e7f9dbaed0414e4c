// Paged lists: the report list and the indicator explorer are static pages of a bounded
// size. Runs on a site of its own, the shipped reports with tiny pages (2 reports per list page, 100
// figure rows per explorer page, data exports in parts of 2 reports), so every list has several pages:
// the pager without JS, filters that find matches on other pages, 显示更多, the view in the URL, a
// report's 全部指标 loaded from the explorer, and the exports' parts listed by /data/index.json. BAOGAO_PAGED_DIST=<dist> serves a site already built so (BASE_PATH=/baogao/).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { fileBrowser, viewports } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { root } from '../helpers/run.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';
import type { FilterIndex } from '../../src/lib/filter-index.ts';

const BASE = '/baogao/';
const SHIPPED = 'suining-2021-gongzuoyaodian';

let server: StaticServer;
const session = fileBrowser();
let dir: string | undefined;
let dist: string;
const at = (path: string): string => server.url(path);
const index = (path: string): FilterIndex => JSON.parse(readFileSync(join(dist, path), 'utf8')) as FilterIndex;

beforeAll(async () => {
  dist = process.env.BAOGAO_PAGED_DIST ?? '';
  if (!dist) {
    dir = mkdtempSync(join(tmpdir(), 'baogao-paged-'));
    cpSync(join(root, 'content/sources'), join(dir, 'sources'), { recursive: true });
    dist = join(dir, 'dist');
    buildSite(
      { sources: join(dir, 'sources'), reports: join(dir, 'reports'), dist },
      { BASE_PATH: BASE, BAOGAO_LIST_PAGE: '2', BAOGAO_EXPLORER_PAGE: '100', BAOGAO_DATA_PART: '2' },
    );
  }
  server = await serveDist(dist, BASE);
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Presses 显示更多 until every match is shown (each press loads one batch; the button waits meanwhile). */
async function showAll(page: Page): Promise<void> {
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    await more.click();
    await page.waitForFunction(() => {
      const button = document.querySelector<HTMLButtonElement>('[data-more]')!;
      return button.hidden || !button.disabled;
    });
  }
}

/** A tab with nothing stored (one of Tabs: give it back with tabs.leave); an error of its page fails the test. */
async function tab(options: BrowserContextOptions = {}): Promise<Page> {
  const page = await session.tabs.take({ viewport: viewports.desktop, ...options });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

describe('report list', () => {
  test('without JS: every report is reached through the pager', async () => {
    const { pages, groups } = index('zh-hans/filter-index.json');
    expect(pages.length).toBeGreaterThan(1);
    const page = await tab({ javaScriptEnabled: false });
    const seen: string[] = [];
    await page.goto(at('zh-hans/'));
    for (;;) {
      seen.push(...(await page.locator('#report-list li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
      const next = page.locator('[data-pager] a[rel="next"]');
      if (!(await next.count())) break;
      // the next page is read only once it has loaded (the list read while the click's navigation ran was empty once, under load)
      const before = page.url();
      await Promise.all([page.waitForURL((url) => url.href !== before, { waitUntil: 'load' }), next.click()]);
    }
    expect(seen.length).toBe(groups.length);
    expect(new Set(seen).size).toBe(seen.length);
    await session.tabs.leave(page);
  });

  test('a filter lists the matches of every page, the rest with 显示更多', async () => {
    const page = await tab();
    await page.goto(at('zh-hans/'), { waitUntil: 'networkidle' });
    const total = index('zh-hans/filter-index.json').groups.length;
    expect(await page.locator('[data-count]').textContent()).toBe(`${total} / ${total}`);
    // 成都 has reports on several pages; a page shows 2 reports before 显示更多.
    const idx = index('zh-hans/filter-index.json');
    const matches = idx.groups.filter((g) => idx.regions[g[1]!] === '成都').length;
    expect(matches).toBeGreaterThan(2);
    await page.selectOption('select[name="region"]', '成都');
    await expect.poll(() => page.locator('[data-count]').textContent()).toBe(`${matches} / ${total}`);
    expect(await page.locator('[data-pager]').isVisible()).toBe(false);
    await expect.poll(() => page.locator('#report-list li:visible').count()).toBe(2);
    await showAll(page);
    await expect.poll(() => page.locator('#report-list li:visible').count()).toBe(matches);
    for (const meta of await page.locator('#report-list li:visible .card-meta').allTextContents()) expect(meta).toContain('成都');
    await page.selectOption('select[name="region"]', '');
    await expect.poll(() => page.locator('#report-list li:visible').count()).toBe(2);
    expect(await page.locator('[data-pager]').isVisible()).toBe(true);
    await session.tabs.leave(page);
  });
});

describe('indicator explorer', () => {
  test('a filter and a sort in the URL open as they were, over every page', async () => {
    const idx = index('zh-hans/indicators/filter-index.json');
    expect(idx.pages.length).toBeGreaterThan(1);
    const page = await tab();
    await page.goto(at('zh-hans/indicators/page/2/?region=成都&sort=scale&dir=desc'), { waitUntil: 'networkidle' });
    const rows = page.locator('#ind-explorer tbody tr[data-kind]:visible');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await showAll(page);
    const out = Number(await page.locator('[data-ind-filters] output').textContent());
    expect(await rows.count()).toBe(out);
    for (const r of await rows.evaluateAll((trs) => trs.map((tr) => (tr.parentElement as HTMLElement).dataset.region))) expect(r).toBe('成都');
    // Every 成都 report of the site is shown, once.
    const chengdu = idx.groups.filter((g) => idx.regions[g[1]!] === '成都').length;
    expect(await page.locator('#ind-explorer tbody:visible').count()).toBe(chengdu);
    expect(await page.locator('#ind-explorer th[data-sort="scale"]').getAttribute('aria-sort')).toBe('descending');
    await session.tabs.leave(page);
  });

  test('a report opens 全部指标 with its figures from the explorer; without JS the link leads there', async () => {
    const page = await tab();
    await page.goto(at(`zh-hant/${SHIPPED}/`), { waitUntil: 'networkidle' });
    const details = page.locator('details.report-indicators');
    const count = Number(/（(\d+)）/.exec((await details.locator('summary').textContent())!)![1]);
    await details.locator('summary').click();
    await expect.poll(() => details.locator('tbody tr').count()).toBe(count);
    const link = details.locator('tbody tr a').nth(2);
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    await session.tabs.leave(page);

    const nojs = await tab({ javaScriptEnabled: false });
    await nojs.goto(at(`zh-hans/${SHIPPED}/`));
    await nojs.locator('details.report-indicators summary').click();
    await nojs.locator('details.report-indicators a').click();
    await nojs.waitForURL(`**/zh-hans/indicators/**#r-${SHIPPED}`);
    expect(await nojs.locator(`#r-${SHIPPED} tr[data-kind]`).count()).toBe(count);
    await session.tabs.leave(nojs);
  });
});

describe('data exports in parts', () => {
  const json = async <T>(path: string): Promise<T> => {
    const response = await fetch(at(path));
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };

  test('index.json lists every part; each report and figure is in exactly one, the explorer links the index', async () => {
    const { parts } = await json<{
      parts: { part: number; reports: number; indicators: number; reportsUrl: string; indicatorsUrl: string; keysCsvUrl: string; csvUrl: Record<string, string> }[];
    }>('data/index.json');
    // parts of 2 reports (BAOGAO_DATA_PART above)
    const shippedCount = readdirSync(join(root, 'content/sources')).filter((f) => f.endsWith('.txt')).length;
    expect(parts.map((p) => p.part)).toEqual(Array.from({ length: Math.ceil(shippedCount / 2) }, (_, k) => k + 1));
    expect(parts[0]!.reportsUrl).toBe(`${BASE}data/reports.json`);
    expect(parts[1]!.indicatorsUrl).toBe(`${BASE}data/indicators.2.json`);
    expect(parts[2]!.csvUrl['zh-hant']).toBe(`${BASE}data/indicators.zh-hant.3.csv`);
    const slugs: string[] = [];
    const figures: string[] = [];
    for (const p of parts) {
      const reports = await json<{ slug: string; counts: { indicators: number } }[]>(p.reportsUrl.slice(BASE.length));
      const indicators = await json<{ slug: string; id: string }[]>(p.indicatorsUrl.slice(BASE.length));
      expect(reports).toHaveLength(p.reports);
      expect(indicators).toHaveLength(p.indicators);
      expect(new Set(indicators.map((i) => i.slug))).toEqual(new Set(reports.filter((r) => r.counts.indicators > 0).map((r) => r.slug)));
      for (const lang of ['zh-hans', 'zh-hant']) {
        const csv = await (await fetch(at(p.csvUrl[lang]!.slice(BASE.length)))).text();
        expect(csv.trim().split('\r\n')).toHaveLength(p.indicators + 1);
      }
      const keys = await (await fetch(at(p.keysCsvUrl.slice(BASE.length)))).text();
      expect(keys.trim().split('\r\n')).toHaveLength(p.indicators + 1);
      slugs.push(...reports.map((r) => r.slug));
      figures.push(...indicators.map((i) => `${i.slug}#${i.id}`));
    }
    const shipped = readdirSync(join(root, 'content/sources')).filter((f) => f.endsWith('.txt'));
    expect(slugs.sort()).toEqual(shipped.map((f) => f.replace(/\.txt$/, '')).sort());
    expect(new Set(figures).size).toBe(figures.length);
    const page = await tab();
    await page.goto(at('zh-hans/indicators/'));
    expect(await page.locator('.page-intro a[href$="/data/index.json"]').count()).toBe(1);
    await session.tabs.leave(page);
  });
});
