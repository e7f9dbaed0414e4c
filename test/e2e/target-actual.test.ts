// 目标与实绩 in Chromium on the shipped Baoding pair, at desktop 1280 and phone 390: the table shows,
// the page does not overflow (the table scrolls in its own box, reachable by keyboard), axe finds no
// serious violation, a value link leads to the other report's sentence, and screenshots
// target-actual-<report>-<viewport>.png (the table) and target-actual-explorer-<viewport>.png are
// written for review.
import { describe, expect, inject, test } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe, fileBrowser, screenshotDir, viewports } from '../helpers/browser.ts';

const site = inject('e2eSite');
const at = (path: string) => `${site.origin}${site.base}${path}`;

const session = fileBrowser();

/** A screenshot of one element of the page (its box in the full page, so sticky bars stay out of it). */
async function shoot(page: Page, selector: string, name: string): Promise<void> {
  const box = await page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { x: 0, y: Math.max(0, r.top + window.scrollY - 8), width: window.innerWidth, height: Math.min(r.height + 16, 1200) };
    });
  await page.screenshot({ path: join(screenshotDir, name), fullPage: true, clip: box });
}

describe.each(Object.keys(viewports) as (keyof typeof viewports)[])('at %s', (viewport) => {
  test.each([
    ['zh-hans', 'baoding-2021-zhengfugongzuobaogao', '部分达成', 'baoding-2022-zhengfugongzuobaogao'],
    ['zh-hant', 'baoding-2022-zhengfugongzuobaogao', '部分達成', 'baoding-2021-zhengfugongzuobaogao'],
  ])('%s/%s: the table, no overflow, no serious axe violation, links to the other report', async (lang, slug, partly, other) => {
    const page = await session.tabs.take({ viewport: viewports[viewport] });
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(at(`${lang}/${slug}/`));
    const section = page.locator('section.target-actual');
    await section.getByText(partly).first().waitFor({ state: 'visible' });
    expect(await section.locator('tbody tr').count()).toBe(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await shoot(page, 'section.target-actual', `target-actual-${slug.slice(0, 12)}-${lang}-${viewport}.png`);
    // the box that scrolls on a phone takes focus, so keys scroll it
    await section.locator('.ind-table-wrap').focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ind-table-wrap'))).toBe(true);
    const found = await axe(page).include('section.target-actual').analyze();
    expect(found.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    const away = section.locator(`a[href*="/${other}/#"]`).first();
    const id = (await away.getAttribute('href'))!.split('#')[1]!;
    await away.click();
    await page.waitForURL(`**/${other}/#${id}`);
    const top = await page.locator(`[id="${id}"]`).evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(viewports[viewport].height);
    expect(errors).toEqual([]);
    await session.tabs.leave(page);
  });

  test('the explorer: a paired figure shows its target and the outcome', async () => {
    const page = await session.tabs.take({ viewport: viewports[viewport] });
    await page.goto(at('zh-hans/indicators/'));
    const row = page.locator('tr:has(.pair-note)').first();
    await row.getByText('部分达成').waitFor({ state: 'visible' });
    await shoot(page, 'tr:has(.pair-note)', `target-actual-explorer-${viewport}.png`);
    await session.tabs.leave(page);
  });
});
