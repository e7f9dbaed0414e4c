// Reading a report in Chromium: deep-link arrival and highlight, the script switch keeping the
// anchor (a reader who has not scrolled on is still at it; test/e2e/reader-path.test.ts covers one who has), copy link (mouse and keyboard), contents that track the section, theme, skip link, no
// layout shift, and the page without JavaScript. Screenshots of the states go to test/e2e/screenshots/.
import { describe, expect, inject, test } from 'vitest';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { fileBrowser, screenshotDir, viewports } from '../helpers/browser.ts';

const site = inject('e2eSite');
const SLUG = 'suining-2021-gongzuoyaodian';
const at = (path: string) => `${site.origin}${site.base}${path}`;

const session = fileBrowser();

/** A page loaded with nothing stored, at a viewport (a tab of Tabs: give it back with tabs.leave); reduced motion so colours are read after no animation. */
async function open(path: string, options: BrowserContextOptions = {}, viewport: keyof typeof viewports = 'desktop'): Promise<Page> {
  const page = await session.tabs.take({ viewport: viewports[viewport], reducedMotion: 'reduce', ...options });
  await page.goto(at(path), { waitUntil: 'load' });
  return page;
}

/** Top of an element relative to the viewport, in px. */
const topOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
const background = (page: Page, selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);

describe('deep links', () => {
  test.each(['desktop', 'phone'] as const)('arriving at #s3-12 on %s scrolls to the measure and highlights it', async (viewport) => {
    const page = await open(`zh-hans/${SLUG}/#s3-12`, {}, viewport);
    await expect.poll(() => topOf(page, '#s3-12')).toBeGreaterThanOrEqual(0);
    const top = await topOf(page, '#s3-12');
    expect(top).toBeLessThan(120);
    expect(await page.locator('#s3-12 .title').textContent()).toBe('推进厅市协同创新');
    expect(await background(page, '#s3-12')).not.toBe('rgba(0, 0, 0, 0)');
    expect(await background(page, '#s3-13')).toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: join(screenshotDir, `deep-link-s3-12-${viewport}.png`) });
    await session.tabs.leave(page);
  });

  test('the script switch keeps the anchor and the place', async () => {
    const page = await open(`zh-hans/${SLUG}/#s3-12`);
    // Clicked where it is: locator.click first scrolls the sticky header "into view", moving the page.
    const click = async () => {
      const box = (await page.locator('[data-script-switch]').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    await click();
    await page.waitForURL(`**/zh-hant/${SLUG}/#s3-12`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    await expect.poll(() => topOf(page, '#s3-12')).toBeLessThan(120);
    expect(await topOf(page, '#s3-12')).toBeGreaterThanOrEqual(0);
    expect(await page.locator('#s3-12 .title').textContent()).toBe('推進廳市協同創新');
    // And back, to the same measure.
    await click();
    await page.waitForURL(`**/zh-hans/${SLUG}/#s3-12`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await session.tabs.leave(page);
  });
});

describe('copy link', () => {
  const permissions = { permissions: ['clipboard-read', 'clipboard-write'] };

  test('clicking the control copies the full URL of the section', async () => {
    const page = await open(`zh-hans/${SLUG}/`, permissions);
    const button = page.locator('#s3-12 button.copy');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(at(`zh-hans/${SLUG}/#s3-12`));
    expect(await button.getAttribute('data-state')).toBe('copied');
    // Said in visible text by the page's live region, not by renaming the button.
    expect(await page.locator('[data-copy-status]').textContent()).toBe('已复制');
    await session.tabs.leave(page);
  });

  test('the control works from the keyboard and has a visible focus ring', async () => {
    const page = await open(`zh-hant/${SLUG}/`, permissions);
    await page.locator('#s2 .anchor').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('[id]')?.id + ' ' + document.activeElement?.className);
    expect(focused).toBe('s2 copy');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(at(`zh-hant/${SLUG}/#s2`));
    await session.tabs.leave(page);
  });
});

describe('contents', () => {
  test('desktop: a sticky sidebar listing every measure, marking the section being read', async () => {
    const page = await open(`zh-hans/${SLUG}/`);
    const links = page.locator('.toc details a');
    const ids = await page.locator('.sec-h[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(ids);
    expect(ids).toContain('#s3-12');
    expect(await page.locator('.toc details').getAttribute('open')).not.toBeNull();
    await page.locator('.toc a[href="#s3-12"]').click();
    await page.waitForURL('**#s3-12');
    await expect.poll(() => page.locator('.toc a[aria-current]').getAttribute('href')).toBe('#s3-12');
    expect(await topOf(page, '.toc')).toBeGreaterThanOrEqual(0);
    expect(await page.locator('.toc a[href="#s3-12"]').isVisible()).toBe(true);
    await page.screenshot({ path: join(screenshotDir, 'toc-tracking-desktop.png') });
    await session.tabs.leave(page);
  });

  test('phone: a collapsed bar that stays at the top, opens, jumps and closes', async () => {
    const page = await open(`zh-hans/${SLUG}/`, {}, 'phone');
    expect(await page.locator('.toc details').getAttribute('open')).toBeNull();
    await page.mouse.wheel(0, 3000);
    // Under the sticky header (search, script switch and theme stay in reach).
    const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    await expect.poll(() => topOf(page, '.toc')).toBe(header);
    await page.locator('.toc summary').click();
    await page.screenshot({ path: join(screenshotDir, 'toc-open-phone.png') });
    await page.locator('.toc a[href="#s3-12"]').click();
    await page.waitForURL('**#s3-12');
    expect(await page.locator('.toc details').getAttribute('open')).toBeNull();
    const top = await topOf(page, '#s3-12');
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(160);
    await session.tabs.leave(page);
  });
});

describe('without JavaScript', () => {
  test('the report reads, contents link, and script-only controls are not shown', async () => {
    const page = await open(`zh-hans/${SLUG}/`, { javaScriptEnabled: false });
    expect(await page.locator('#s3-12').isVisible()).toBe(true);
    expect(await page.locator('#s3-12 button.copy').isVisible()).toBe(false);
    expect(await page.locator('.theme').isVisible()).toBe(false);
    // Desktop shows the contents open without script (::details-content), and they navigate.
    await page.locator('.toc a[href="#s3-12"]').click();
    await page.waitForURL('**#s3-12');
    expect(await topOf(page, '#s3-12')).toBeLessThan(120);
    await session.tabs.leave(page);
  });

  test('the home page lists every report', async () => {
    const page = await open('zh-hans/', { javaScriptEnabled: false });
    expect(await page.locator('.report-cards li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    await session.tabs.leave(page);
  });
});

describe('page chrome', () => {
  test('the theme toggle switches to dark and is remembered', async () => {
    const page = await open(`zh-hans/${SLUG}/`, { colorScheme: 'light' });
    const light = await background(page, 'html');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    const dark = await background(page, 'html');
    expect(dark).not.toBe(light);
    await page.reload();
    expect(await background(page, 'html')).toBe(dark);
    await session.tabs.leave(page);
  });

  test('the skip link is the first stop and moves focus to the content', async () => {
    const page = await open(`zh-hans/${SLUG}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    expect(await page.locator('.skip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**#main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await session.tabs.leave(page);
  });

  test.each(['desktop', 'phone'] as const)('no layout shift while the report page loads (%s)', async (viewport) => {
    const context = await session.browser.newContext({ viewport: viewports[viewport] });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(at(`zh-hans/${SLUG}/`), { waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
    await context.close();
  });

  // The heading controls are put in by the page script (SectionTools.astro); until then CSS holds
  // their room. Held room and controls must give every heading the same lines, to the pixel, with
  // a mouse and on a touch screen (44 px targets), or the page moves when the script runs.
  test.each([
    ['desktop', {}],
    ['phone', { hasTouch: true, isMobile: true }],
  ] as const)('the room held for the heading controls is theirs to the pixel (%s)', async (viewport, options) => {
    const page = await open(`zh-hant/${SLUG}/`, options, viewport);
    const geometry = await page.evaluate(() => {
      const boxes = (): string[] =>
        [...document.querySelectorAll<HTMLElement>('.report-body .sec-h[id]')].map((h) => {
          const r = h.getBoundingClientRect();
          return `${h.id} ${r.top} ${r.height} ${h.nextElementSibling?.getBoundingClientRect().top}`;
        });
      const withControls = boxes();
      const controls = document.querySelectorAll('.report-body .sec-h .sec-tools');
      for (const c of controls) c.remove();
      delete document.querySelector<HTMLElement>('.report-body')!.dataset.tools;
      return { count: controls.length, withControls, held: boxes() };
    });
    expect(geometry.count).toBe(geometry.withControls.length);
    expect(geometry.count).toBeGreaterThan(30);
    expect(geometry.held).toEqual(geometry.withControls);
    await session.tabs.leave(page);
  });

  test('home filters narrow the list by year', async () => {
    const page = await open('zh-hans/');
    const all = await page.locator('.report-cards li:visible').count();
    const year = await page.locator('select[name="year"] option').nth(1).getAttribute('value');
    await page.selectOption('select[name="year"]', year!);
    const shown = await page.locator('.report-cards li:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(await page.locator('[data-count]').textContent()).toBe(`${shown} / ${all}`);
    await session.tabs.leave(page);
  });

  test('indicator explorer filters narrow the table by region and update the count', async () => {
    const page = await open('zh-hans/indicators/');
    const all = await page.locator('#ind-explorer tbody tr[data-kind]:visible').count();
    const region = await page.locator('select[name="region"] option').nth(1).getAttribute('value');
    await page.selectOption('select[name="region"]', region!);
    const rows = page.locator('#ind-explorer tbody tr[data-kind]:visible');
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(await page.locator('[data-ind-filters] output').textContent()).toBe(String(shown));
    // Rows take their region from their report's group; a group with no row shown is hidden whole.
    for (const r of await rows.evaluateAll((trs) => trs.map((tr) => (tr.parentElement as HTMLElement).dataset.region))) expect(r).toBe(region);
    const headings = await page.locator('#ind-explorer tr.ind-report:visible').count();
    expect(headings).toBe(await page.locator(`#ind-explorer tbody[data-region="${region}"]`).count());
    await session.tabs.leave(page);
  });

  test('the 404 page answers 404, in both scripts, with a search box', async () => {
    const context = await session.browser.newContext({ viewport: viewports.phone });
    const page = await context.newPage();
    const response = await page.goto(at('zh-hans/no-such-report/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('找不到這個頁面');
    await page.fill('#q404', '科技');
    await page.press('#q404', 'Enter');
    await page.waitForURL('**/zh-hans/search/?q=*');
    expect(new URL(page.url()).searchParams.get('q')).toBe('科技');
    await context.close();
  });
});
