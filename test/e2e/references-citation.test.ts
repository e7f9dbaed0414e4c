// Cross-references and citations in Chromium, on the fixture site (test/helpers/fixture-site.ts):
// the two fixtures of test/fixtures/references/site (a regulation and a plan that cites it by title)
// and a corpus regulation whose item headings cite articles, beside the shipped reports (and the long
// texts of reader-path.test.ts). References link within the text and
// across reports, the cited report lists what cites it (被引用), and 引用 gives the citation of the
// report and of a section, copyable, by mouse and keyboard, at 390 and 1280 px, in both scripts.
// BAOGAO_REFS_DIST=<dist> serves a site built from the same sources (BASE_PATH=/baogao/) instead.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe, fileBrowser, screenshotDir, viewports } from '../helpers/browser.ts';
import { BASE, fixtureSite, SITE_URL } from '../helpers/fixture-site.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';
import { today } from '../../src/lib/citation.ts';

const LAW = 'suining-keji-tiaoli';
const PLAN = 'suining-2022-gongzuoyaodian';
const BUS = '40-sh-bus-trolleybus-regulation';

let server: StaticServer;
const session = fileBrowser();
let site: Awaited<ReturnType<typeof fixtureSite>> | undefined;

beforeAll(async () => {
  site = await fixtureSite(process.env.BAOGAO_REFS_DIST);
  server = await serveDist(site.dist, BASE);
});
afterAll(async () => {
  await server?.close();
  site?.remove();
});

/** A page loaded with nothing stored (a tab of Tabs: give it back with tabs.leave), its errors kept. */
async function open(path: string, view: keyof typeof viewports = 'desktop'): Promise<Page> {
  const page = await session.tabs.take({ viewport: viewports[view], reducedMotion: 'reduce', permissions: ['clipboard-read', 'clipboard-write'] });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url(path), { waitUntil: 'load' });
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}
const errorsOf = (page: Page): string[] => (page as Page & { errors: string[] }).errors;
const topOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);

describe('references are links', () => {
  test('within a regulation: 前款, 前条 and 本条例第三条第一款第一项 lead to their parts', async () => {
    const page = await open(`zh-hans/${LAW}/`);
    expect(await page.locator('#art3-3-p1 a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([['前款', '#art3-p1']]);
    expect(await page.locator('#art4-p1 a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([['本条例第三条第一款第一项', '#art3-1']]);
    await page.locator('#art5-p1 a', { hasText: '本条例第三条第二款' }).click();
    await page.waitForURL(/#art3-3-p1$/);
    await expect.poll(() => topOf(page, '#art3-3-p1')).toBeLessThan(200);
    expect(errorsOf(page)).toEqual([]);
    await session.tabs.leave(page);
  });

  test('a heading’s references are listed under it (the heading is itself a link)', async () => {
    const page = await open(`zh-hant/${BUS}/#art49-1`);
    const refs = page.locator('#art49-1 + .sec-refs');
    expect(await refs.textContent()).toBe('參見：本條例第十九條第二款');
    expect(await refs.locator('a').getAttribute('href')).toBe('#art19-p2');
    await session.tabs.leave(page);
  });

  test.each(['zh-hans', 'zh-hant'] as const)('a title cited in %s leads to that report’s article, in the same script', async (lang) => {
    const page = await open(`${lang}/${PLAN}/`);
    const link = page.locator('#s1-1-p1 a');
    expect(await link.textContent()).toBe(lang === 'zh-hans' ? '《遂宁市科技创新促进条例》第三条' : '《遂寧市科技創新促進條例》第三條');
    await link.click();
    await page.waitForURL(new RegExp(`${BASE}${lang}/${LAW}/#art3$`));
    await expect.poll(() => topOf(page, '#art3')).toBeLessThan(200);
    // a title the site does not hold stays text
    await page.goBack();
    expect(await page.locator('a:text-is("《遂宁市科技计划项目管理办法》"), a:text-is("《遂寧市科技計劃項目管理辦法》")').count()).toBe(0);
    // a title in a heading: listed under it
    expect(await page.locator('#s2-3 + .sec-refs a').getAttribute('href')).toBe(`../${LAW}/`);
    await session.tabs.leave(page);
  });

  test.each(['zh-hans', 'zh-hant'] as const)('every reference link of the three reports leads to an anchor that exists (%s)', async (lang) => {
    const page = await open(`${lang}/${LAW}/`);
    for (const slug of [LAW, PLAN, BUS]) {
      await page.goto(server.url(`${lang}/${slug}/`));
      const links = await page.locator('.report-body .para a[href], .report-body .sec-refs a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length, slug).toBeGreaterThan(0);
      const broken = await page.evaluate(async (hrefs) => {
        const bad: string[] = [];
        const pages = new Map<string, Document>();
        for (const href of hrefs) {
          const url = new URL(href);
          const key = url.pathname;
          if (!pages.has(key)) pages.set(key, key === location.pathname ? document : new DOMParser().parseFromString(await (await fetch(url.pathname)).text(), 'text/html'));
          const id = url.hash.slice(1);
          if (id && !pages.get(key)!.getElementById(id)) bad.push(href);
        }
        return bad;
      }, links);
      expect(broken, slug).toEqual([]);
    }
    await session.tabs.leave(page);
  });

  test('the cited report lists what cites it, with links to the citing sections', async () => {
    const page = await open(`zh-hans/${LAW}/`);
    const cited = page.locator('.cited-by');
    expect(await cited.locator('h2').textContent()).toBe('被引用');
    expect(await cited.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
      ['2022年全市科技创新工作要点', `${BASE}zh-hans/${PLAN}/`],
      ['1.设立专项资金', `${BASE}zh-hans/${PLAN}/#s1-1-p1`],
      ['3.按照《科技创新促进条例（2020年修订）》要求，报告专项资金使用情况', `${BASE}zh-hans/${PLAN}/#s2-3`],
    ]);
    await session.tabs.leave(page);
  });
});

describe('引用', () => {
  const date = today();
  const gb = {
    'zh-hans': `遂宁市人民代表大会常务委员会. 遂宁市科技创新促进条例: 遂宁市人大常委会公告〔2020〕第5号[EB/OL]. (2020-06-30)[${date}]. ${SITE_URL}${BASE}zh-hans/${LAW}/.`,
    'zh-hant': `遂寧市人民代表大會常務委員會. 遂寧市科技創新促進條例: 遂寧市人大常委會公告〔2020〕第5號[EB/OL]. (2020-06-30)[${date}]. ${SITE_URL}${BASE}zh-hant/${LAW}/.`,
  };

  test.each(['zh-hans', 'zh-hant'] as const)('the report’s citation in %s, with today’s date, copied by the mouse', async (lang) => {
    const page = await open(`${lang}/${LAW}/`);
    await page.locator('details.cite > summary').click();
    await expect.poll(() => page.locator('details.cite pre[data-cite-text="gb"]').textContent()).toBe(gb[lang]);
    expect(await page.locator('details.cite pre[data-cite-text="bibtex"]').textContent()).toContain(`@online{${LAW},`);
    expect(JSON.parse((await page.locator('details.cite pre[data-cite-text="csl"]').textContent())!)[0]).toMatchObject({
      type: 'legislation',
      issued: { 'date-parts': [[2020, 6, 30]] },
    });
    await page.locator('details.cite button[data-cite-copy="gb"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(gb[lang]);
    expect(await page.locator('details.cite [data-cite-status]').textContent()).toBe(`${lang === 'zh-hans' ? '已复制' : '已複製'}：GB/T 7714—2015`);
    if (lang === 'zh-hans') await page.screenshot({ path: join(screenshotDir, 'cite-report-desktop.png') });
    expect(errorsOf(page)).toEqual([]);
    await session.tabs.leave(page);
  });

  test('without JavaScript the report’s citation is there to read, 引用日期 left to fill in', async () => {
    const page = await session.tabs.take({ javaScriptEnabled: false });
    await page.goto(server.url(`zh-hans/${LAW}/`));
    await page.locator('details.cite > summary').click();
    expect(await page.locator('details.cite pre[data-cite-text="gb"]').textContent()).toBe(gb['zh-hans'].replace(date, '引用日期'));
    expect(await page.locator('.cite-sec').first().isVisible()).toBe(false);
    await session.tabs.leave(page);
  });

  test('a section’s citation by keyboard: its path, a dialog that takes focus, Escape gives it back', async () => {
    const page = await open(`zh-hans/${LAW}/`);
    const button = page.locator('#art3 .cite-sec');
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.cite-dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await dialog.getAttribute('aria-labelledby')).toBe('cite-dialog-title');
    expect(await page.locator('#cite-dialog-title').textContent()).toBe('引用本节 第一章第三条');
    expect(await dialog.locator('pre[data-cite-text="gb"]').textContent()).toBe(
      `遂宁市人民代表大会常务委员会. 遂宁市科技创新促进条例: 遂宁市人大常委会公告〔2020〕第5号, 第一章第三条[EB/OL]. (2020-06-30)[${date}]. ${SITE_URL}${BASE}zh-hans/${LAW}/#art3.`,
    );
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    // Tab to the copy button of the BibTeX form and copy it with the keyboard
    await dialog.locator('button[data-cite-copy="bibtex"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`@online{${LAW}-art3,`);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('.sec-h')?.id)).toBe('art3');
    await session.tabs.leave(page);
  });

  test.each(['phone', 'desktop'] as const)('on a %s: the section dialog fits, nothing overflows, axe finds no serious violation', async (view) => {
    const page = await open(`zh-hans/${PLAN}/#s1-1`, view);
    await page.locator('#s1-1 .cite-sec').click();
    const dialog = page.locator('dialog.cite-dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await dialog.locator('pre[data-cite-text="gb"]').textContent()).toBe(
      `遂宁市科学技术局. 2022年全市科技创新工作要点: 一、1.[EB/OL]. (2022-02-15)[${date}]. ${SITE_URL}${BASE}zh-hans/${PLAN}/#s1-1.`,
    );
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewports[view].width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(screenshotDir, `cite-section-${view}.png`) });
    const found = await axe(page).analyze();
    expect(found.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('details.cite > summary').click();
    await page.screenshot({ path: join(screenshotDir, `cite-report-${view}.png`), fullPage: false });
    await page.goto(server.url(`zh-hans/${LAW}/#art5`));
    await page.screenshot({ path: join(screenshotDir, `references-${view}.png`) });
    await page.goto(server.url(`zh-hant/${BUS}/#art49`));
    await page.screenshot({ path: join(screenshotDir, `references-heading-${view}.png`) });
    await page.goto(server.url(`zh-hans/${LAW}/#cited-by`));
    await page.screenshot({ path: join(screenshotDir, `cited-by-${view}.png`) });
    await session.tabs.leave(page);
  });
});
