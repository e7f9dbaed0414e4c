// The reader's path: from a shared link or a search result straight to the place, on a
// phone as well as a desk. Runs on a site of its own: the shipped reports plus three long real texts
// of test/fixtures/corpus/ (pages over 60 KB), in the fixture site (test/helpers/fixture-site.ts). No assertion is about time: every check waits for an
// event of the page (load, a mark appearing, a URL) and then looks at where things are.
//
// The slow, busy device (issue 17): where the page itself puts the reader somewhere — a deep link's
// arrival, a search result's landing (from the search page, the header box on another report or on
// the same report), the place kept across the script switch — Chromium's CPU is slowed 4× (CDP
// Emulation.setCPUThrottlingRate, `slowDown`) and a busy process spins on a core beside it (in the
// groups made by `onSlowDevice`; it is stopped while no tab is slowed). These are the checks a late
// script or a late layout would break. A tab is slowed from the step its test checks: the deep
// link's load, the click on a result (the landing page loads, highlights and scrolls slowed; finding
// the results before is not what is checked), the press on the script switch. The throttle itself
// keeps most of a core busy while it is on (even on about:blank), so nothing else runs slowed. These
// groups run two at a time: each tab is slowed on its own, and the busy process and the other tab
// only make the device busier. They run with `npm run test:e2e:slow` (vitest.e2e-slow.config.ts sets BAOGAO_SLOW_DEVICE=1; also in
// .ci/run), not with `npm run test:e2e`: the 27 of them take about 95 s on their own, with both
// cores busy. The other groups (`atFullSpeed`: smooth scrolling's CSS, breadcrumb, copy and cite,
// the phone's tools, result titles, the no-JS page, exports, explorer, 整理说明) look at what a page
// shows once it is there, which a slower CPU does not change; they run at full speed, one after
// another. BAOGAO_READER_DIST=<dist> serves a site already built from the same sources with
// BASE_PATH=/baogao/ (its reports folder beside it) instead of building one.
import { afterAll, beforeAll, describe, expect, onTestFinished, test, type TestContext } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { fileBrowser, viewports } from '../helpers/browser.ts';
import { BASE, fixtureSite, LONG, SITE_URL } from '../helpers/fixture-site.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';

const SHIPPED = 'suining-2021-gongzuoyaodian';

/** Deep-link targets: a measure of a shipped report, far-down sections and a paragraph of long ones. */
const targets = [
  { slug: SHIPPED, id: 's3-12' },
  { slug: LONG[2013].slug, id: 's3-3' },
  { slug: LONG[2013].slug, id: 's3-3-p12' },
  { slug: LONG[2004].slug, id: 's2-5-2' },
  { slug: LONG.macao.slug, id: 'art133' },
];
/** Queries found in one section only (the target), some far below its heading. */
const queries = [
  { slug: SHIPPED, id: 's3-12', q: '启动第二轮厅市会商工作' },
  { slug: LONG[2013].slug, id: 's3-3', q: '以政务诚信带动商务诚信' },
  { slug: LONG[2004].slug, id: 's2-5-2', q: '农民医疗互助共济制度' },
  { slug: LONG.macao.slug, id: 'art133', q: '互不隶属、互不干涉' },
];

let server: StaticServer;
const session = fileBrowser();
let site: Awaited<ReturnType<typeof fixtureSite>> | undefined;
const at = (path: string): string => server.url(path);

beforeAll(async () => {
  site = await fixtureSite(process.env.BAOGAO_READER_DIST);
  for (const { slug } of Object.values(LONG)) expect(statSync(join(site.dist, 'zh-hans', slug, 'index.html')).size).toBeGreaterThan(60_000);
  server = await serveDist(site.dist, BASE);
});
afterAll(async () => {
  await server?.close();
  site?.remove();
});

/** The busy process of the running group made by onSlowDevice, and how many tabs are slowed now. */
let busy: ChildProcess | undefined;
let slowed = 0;

/** `npm run test:e2e:slow` (BAOGAO_SLOW_DEVICE=1, set by vitest.e2e-slow.config.ts) runs the groups on the slow device, `npm run test:e2e` the others. */
const slowRun = process.env.BAOGAO_SLOW_DEVICE === '1';

/**
 * A group on the slow, busy device: its tests two at a time, and a busy process, one core spinning
 * whenever one of their tabs is slowed (slowDown) and stopped (SIGSTOP) while none is.
 */
function onSlowDevice(name: string, body: () => void): void {
  describe.skipIf(!slowRun).concurrent(name, () => {
    beforeAll(() => {
      busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
      busy.kill('SIGSTOP');
    });
    afterAll(() => {
      busy?.kill('SIGKILL');
      busy = undefined;
    });
    body();
  });
}

/** A group at full speed, its tests one after another. */
const atFullSpeed = describe.skipIf(slowRun);

type View = keyof typeof viewports;
/** Options of a reader's tab at `view`: motion as a reader without reduced motion has it. */
const readerOptions = (view: View, options: BrowserContextOptions): BrowserContextOptions => ({
  viewport: viewports[view],
  reducedMotion: 'no-preference',
  ...(view === 'phone' ? { hasTouch: true, isMobile: true } : {}),
  ...options,
});

/** A fresh tab (own storage, closed when the test ends). */
async function open(view: View, options: BrowserContextOptions, finished: TestContext['onTestFinished']): Promise<Page> {
  const context = await session.browser.newContext(readerOptions(view, options));
  finished(() => context.close());
  // A wait for something that never happens fails the test (and says what it waited for) within 20 s.
  context.setDefaultTimeout(20_000);
  return context.newPage();
}

/**
 * A tab at full speed (tests run one after another), with nothing stored: one of Tabs, left for the
 * next test when this one passes (closed when it fails).
 */
async function tab(view: View = 'desktop', options: BrowserContextOptions = {}): Promise<Page> {
  const page = await session.tabs.take(readerOptions(view, options));
  page.context().setDefaultTimeout(20_000);
  onTestFinished(({ task }) => (task.result?.state === 'pass' ? session.tabs.leave(page) : page.context().close()));
  return page;
}

/**
 * Slows the tab's CPU 4× from now on, across its navigations, with the busy process spinning beside it
 * until the test `t` ends (a test of a group made by `onSlowDevice`).
 */
async function slowDown(page: Page, t: TestContext): Promise<void> {
  if (slowed++ === 0) busy!.kill('SIGCONT');
  t.onTestFinished(() => {
    if (--slowed === 0) busy?.kill('SIGSTOP');
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** A fresh tab for a concurrent test (`t`, its own context), at full speed until the test calls slowDown. */
const tabFor = (t: TestContext, view: View): Promise<Page> => open(view, {}, t.onTestFinished);

/**
 * Where an element is: its box, whether the reader sees it (inside the viewport and not under the
 * sticky chrome: the point at its centre belongs to it), and the viewport height.
 */
function seen(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + Math.min(r.width, 40) / 2, 1), innerWidth - 1);
    const y = r.top + Math.min(r.height, 20) / 2;
    const hit = y >= 0 && y < innerHeight ? document.elementFromPoint(x, y) : null;
    return { top: r.top, bottom: r.bottom, height: innerHeight, visible: !!hit && (el === hit || el.contains(hit)) };
  }, selector);
}

/**
 * A click (or, on a phone, a tap) where the element is on screen, as a reader's. Not locator.click:
 * it first scrolls the element "into view", and for a sticky bar or header that moves the page.
 */
async function press(page: Page, selector: string, view: View): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  if (view === 'phone') await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** The landing after a search result: a hit of the target section visible, the heading in the top third when it fits. */
async function landed(page: Page, id: string) {
  return page.evaluate((target) => {
    const heading = document.getElementById(target)!;
    const section = heading.closest('section') ?? heading.parentElement!;
    // A mark can wrap over lines: seen when the middle of one of its line boxes is on screen and its own.
    const visible = (el: Element): boolean =>
      [...el.getClientRects()].some((r) => {
        const hit = r.top >= 0 && r.bottom <= innerHeight ? document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) : null;
        return !!hit && (el === hit || el.contains(hit));
      });
    const marks = [...section.querySelectorAll('mark.search-hit')];
    const top = heading.getBoundingClientRect().top;
    return { marks: marks.length, markOnScreen: marks.some(visible), headingTop: top, height: innerHeight, scrollY };
  }, id);
}

onSlowDevice('arrival: a deep link is at its target at once', () => {
  test.for(targets.flatMap((t) => (['desktop', 'phone'] as const).map((view) => ({ ...t, view }))))(
    '$slug#$id on $view: at load the target is in the top third, visible and highlighted',
    async ({ slug, id, view }, t) => {
      const page = await tabFor(t, view);
      await slowDown(page, t);
      await page.goto(at(`zh-hans/${slug}/#${id}`), { waitUntil: 'load' });
      const where = (await seen(page, `[id="${id}"]`))!;
      t.expect(where.top, `top of #${id} at load (viewport ${where.height})`).toBeGreaterThanOrEqual(0);
      t.expect(where.top).toBeLessThanOrEqual(where.height / 3);
      t.expect(where.visible, 'not under the sticky header or bar').toBe(true);
      t.expect(await page.locator(`[id="${id}"]`).evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    },
  );
});

atFullSpeed('motion', () => {
  test('in-page jumps are smooth without reduced motion, and instant with it', async () => {
    const page = await tab('desktop');
    await page.goto(at(`zh-hans/${SHIPPED}/`), { waitUntil: 'load' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    const reduced = await tab('desktop', { reducedMotion: 'reduce' });
    await reduced.goto(at(`zh-hans/${SHIPPED}/`), { waitUntil: 'load' });
    expect(await reduced.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });
});

onSlowDevice('search results open at their section with a hit on screen', () => {
  /** Waits for the query marks (the opened page's last step) and checks the landing right then, and once the page is idle. */
  async function expectLanding(page: Page, id: string, { expect }: TestContext): Promise<void> {
    await page.waitForSelector('mark.search-hit');
    const first = await landed(page, id);
    expect(first.marks, 'hits in the target section').toBeGreaterThan(0);
    expect(first.markOnScreen, `a hit of #${id} on screen: ${JSON.stringify(first)}`).toBe(true);
    if (first.headingTop >= 0) expect(first.headingTop).toBeLessThanOrEqual(first.height / 3);
    // Nothing moves it afterwards.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = await landed(page, id);
    expect(after.scrollY).toBe(first.scrollY);
  }

  test.for(queries.flatMap((q) => (['desktop', 'phone'] as const).map((view) => ({ ...q, view }))))(
    'from the search page: $q → $slug#$id ($view)',
    async ({ slug, id, q, view }, t) => {
      const page = await tabFor(t, view);
      await page.goto(at(`zh-hans/search/?q=${encodeURIComponent(q)}`));
      const link = page.locator(`[data-testid="search-results"] a[href$="/${slug}/#${id}"]`).first();
      await link.waitFor();
      await slowDown(page, t);
      await Promise.all([page.waitForURL(`**/${slug}/#${id}`), link.click()]);
      await expectLanding(page, id, t);
    },
  );

  test.for(queries.slice(1).map((q) => ({ ...q, view: q.slug === LONG[2004].slug ? ('phone' as const) : ('desktop' as const) })))(
    'from the header box on another report: $q → $slug#$id ($view)',
    async ({ slug, id, q, view }, t) => {
      const page = await tabFor(t, view);
      await page.goto(at(`zh-hant/${SHIPPED}/`), { waitUntil: 'load' });
      await page.locator('#header-q').fill(q);
      const link = page.locator(`[data-testid="header-search-results"] a[href$="/${slug}/#${id}"]`).first();
      await link.waitFor();
      await slowDown(page, t);
      await Promise.all([page.waitForURL(`**/zh-hant/${slug}/#${id}`), link.click()]);
      await expectLanding(page, id, t);
    },
  );

  test.for(['desktop', 'phone'] as const)('on the same report: the dropdown closes and the hit is on screen (%s)', async (view, t) => {
    const { slug, id, q } = queries[1]!;
    const page = await tabFor(t, view);
    await page.goto(at(`zh-hans/${slug}/`), { waitUntil: 'load' });
    await page.locator('#header-q').fill(q);
    const link = page.locator(`[data-testid="header-search-results"] a[href$="/${slug}/#${id}"]`).first();
    await link.waitFor();
    await slowDown(page, t);
    await Promise.all([page.waitForURL(`**/${slug}/#${id}`), link.click()]);
    await expectLanding(page, id, t);
    t.expect(await page.locator('.header-results').isVisible(), 'the result dropdown is closed').toBe(false);
  });
});

atFullSpeed('where the reader is: breadcrumb and previous/next', () => {
  test.each(['desktop', 'phone'] as const)('a compact breadcrumb stays visible and follows the reading (%s)', async (view) => {
    const page = await tab(view);
    await page.goto(at(`zh-hans/${SHIPPED}/#s3-12`), { waitUntil: 'load' });
    const crumbs = page.locator('[data-crumbs]');
    await expect.poll(() => crumbs.textContent()).toMatch(/推进协同创新.*›.*推进厅市协同创新/);
    expect((await seen(page, '[data-crumbs]'))!.visible).toBe(true);
    // The numbering runs on across parts: 12. follows 11. of 二、.
    expect(await page.locator('[data-crumbs] a[rel="prev"]').getAttribute('href')).toBe('#s2-11');
    expect(await page.locator('[data-crumbs] a[rel="next"]').getAttribute('href')).toBe('#s3-13');
    // The reader reads on: 27. reaches the reading line (where a jump puts a heading).
    await page.evaluate(() => document.getElementById('s6-27')!.scrollIntoView({ behavior: 'instant' }));
    await expect.poll(() => crumbs.textContent()).toMatch(/务实惠民创新.*积极建设科技兴农服务平台/);
    expect((await seen(page, '[data-crumbs]'))!.visible).toBe(true);
    await press(page, '[data-crumbs] a[rel="next"]', view);
    await page.waitForURL('**#s6-28');
  });

  test('the breadcrumb of a deep section of a long report names every parent', async () => {
    const page = await tab('phone');
    await page.goto(at(`zh-hans/${LONG[2004].slug}/#s2-5-2`), { waitUntil: 'load' });
    await expect.poll(() => page.locator('[data-crumbs]').textContent()).toMatch(/二、.*›.*（五）.*›.*二是/);
  });
});

onSlowDevice('the script switch keeps where the reader is', () => {
  test.for([
    { slug: SHIPPED, arrive: 's3-12', read: 's3-15', view: 'desktop' as const },
    { slug: SHIPPED, arrive: 's3-12', read: 's3-16', view: 'phone' as const },
    { slug: LONG[2004].slug, arrive: 's1-2', read: 's2-5', view: 'phone' as const },
    { slug: LONG.macao.slug, arrive: 'art18', read: 'art104', view: 'desktop' as const },
  ])('arrive at $slug#$arrive, read on to #$read, switch ($view)', async ({ slug, arrive, read, view }, t) => {
    const page = await tabFor(t, view);
    await page.goto(at(`zh-hans/${slug}/#${arrive}`), { waitUntil: 'load' });
    // The reader scrolls on until #read sits 180 px from the top and a little more.
    await page.evaluate((id) => scrollTo({ top: document.getElementById(id)!.getBoundingClientRect().top + scrollY - 180, behavior: 'instant' }), read);
    const before = (await seen(page, `#${read}`))!.top;
    await slowDown(page, t);
    await Promise.all([page.waitForURL(`**/zh-hant/${slug}/**`, { waitUntil: 'load' }), press(page, '[data-script-switch]', view)]);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = (await seen(page, `#${read}`))!.top;
    t.expect(Math.abs(after - before), `#${read} was at ${before} px, is at ${after} px`).toBeLessThanOrEqual(8);
    t.expect(new URL(page.url()).hash).not.toBe(`#${arrive}`);
  });
});

atFullSpeed('copy and cite', () => {
  const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

  test.each([
    ['zh-hans', '已复制'],
    ['zh-hant', '已複製'],
  ])('copy link says %s… in visible text, announced to screen readers (%s)', async (lang, copied) => {
    const page = await tab('desktop', clipboard);
    await page.goto(at(`${lang}/${SHIPPED}/`), { waitUntil: 'load' });
    await page.locator('#s3-12 button.copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(at(`${lang}/${SHIPPED}/#s3-12`));
    await expect.poll(() => page.locator('[aria-live]').filter({ hasText: copied }).count()).toBeGreaterThan(0);
    expect(await page.getByText(copied, { exact: true }).first().isVisible()).toBe(true);
  });

  test('on a touch screen the copy control is at least 44×44 px', async () => {
    const page = await tab('phone');
    await page.goto(at(`zh-hans/${LONG[2013].slug}/`), { waitUntil: 'load' });
    const box = (await page.locator('#s3-3 button.copy').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  });

  test.each(['desktop', 'phone'] as const)('selecting text offers a link to its paragraph, which copies #…-p<n> (%s)', async (view) => {
    const page = await tab(view, clipboard);
    const id = 's3-3-p2';
    await page.goto(at(`zh-hans/${LONG[2013].slug}/#${id}`), { waitUntil: 'load' });
    await page.evaluate((pid) => {
      const text = document.createTreeWalker(document.getElementById(pid)!, NodeFilter.SHOW_TEXT).nextNode()!;
      getSelection()!.setBaseAndExtent(text, 2, text, 12);
    }, id);
    const link = page.locator('[data-para-link]');
    await link.waitFor({ state: 'visible' });
    expect(await link.getAttribute('href')).toBe(`#${id}`);
    await link.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(at(`zh-hans/${LONG[2013].slug}/#${id}`));
    await expect.poll(() => page.locator('[aria-live]').filter({ hasText: '已复制' }).count()).toBeGreaterThan(0);
  });
});

atFullSpeed('phone: the tools stay in reach', () => {
  test.each([SHIPPED, LONG[2013].slug])('after reading far down %s, search, script switch and theme are on screen', async (slug) => {
    const page = await tab('phone');
    await page.goto(at(`zh-hans/${slug}/`), { waitUntil: 'load' });
    await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight * 0.6, behavior: 'instant' }));
    for (const control of ['#header-q', '[data-script-switch]', '[data-theme-toggle]']) {
      expect((await seen(page, control))!.visible, `${control} on screen`).toBe(true);
    }
  });

  test('opening the contents does not shift the page', async () => {
    const page = await tab('phone');
    await page.goto(at(`zh-hans/${LONG[2013].slug}/`), { waitUntil: 'load' });
    await page.evaluate(() => scrollTo({ top: document.getElementById('s2-2')!.getBoundingClientRect().top + scrollY - 200, behavior: 'instant' }));
    const before = await page.evaluate(() => ({ y: scrollY, top: document.getElementById('s2-2')!.getBoundingClientRect().top }));
    await press(page, '.toc summary', 'phone');
    expect(await page.locator('.toc details').getAttribute('open')).not.toBeNull();
    const after = await page.evaluate(() => ({ y: scrollY, top: document.getElementById('s2-2')!.getBoundingClientRect().top }));
    expect(after).toEqual(before);
  });
});

atFullSpeed('search results: title and section path apart, region and year; no JavaScript', () => {
  test.each(['desktop', 'phone'] as const)('a result shows its report title, region · year, and the section path with its parents (%s)', async (view) => {
    const page = await tab(view);
    await page.goto(at(`zh-hans/search/?q=${encodeURIComponent(queries[2]!.q)}`));
    const hit = page.locator('[data-testid="search-results"] > li').first();
    await hit.locator('.search-hit-path').waitFor();
    const title = (await hit.locator('.search-hit-title').textContent())!;
    expect(title).toContain('政府工作报告');
    expect(await hit.locator('.search-hit-path').textContent()).toMatch(/^二、.+›.*（五）.+›.*二是/);
    expect(await hit.locator('.search-hit-meta').textContent()).toContain('2004');
    // Title and path are on lines of their own.
    const [t, p] = [await hit.locator('.search-hit-title').boundingBox(), await hit.locator('.search-hit-path').boundingBox()];
    expect(p!.y).toBeGreaterThanOrEqual(t!.y + t!.height - 1);
    await page.goto(at(`zh-hans/search/?q=${encodeURIComponent(queries[0]!.q)}`));
    const meta = page.locator('[data-testid="search-results"] > li .search-hit-meta').first();
    await meta.waitFor();
    expect(await meta.textContent()).toMatch(/遂宁.*2021/);
  });

  test('without JavaScript the search page says search needs it and links to the reports', async () => {
    const page = await tab('phone', { javaScriptEnabled: false });
    await page.goto(at('zh-hans/search/?q=科技'));
    const note = page.locator('.search-nojs');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('JavaScript');
    expect(await note.locator(`a[href="${BASE}zh-hans/"]`).isVisible()).toBe(true);
  });
});

atFullSpeed('indicators for analysts', () => {
  /** RFC 4180 rows of a CSV text. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        row.push(cell);
        cell = '';
      } else if (c === '\n') {
        row.push(cell.replace(/\r$/, ''));
        rows.push(row);
        row = [];
        cell = '';
      } else cell += c;
    }
    return rows;
  }
  async function csv(path: string): Promise<string[][]> {
    const response = await fetch(at(path));
    expect(response.status, path).toBe(200);
    return parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  }

  test('indicators.zh-hans.csv: absolute URLs, a section title, no cell a spreadsheet would run as a formula', async () => {
    const [head, ...rows] = await csv('data/indicators.zh-hans.csv');
    const col = (name: string) => head!.indexOf(name);
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(r[col('链接')]).toMatch(new RegExp(`^${SITE_URL}${BASE}zh-hans/[a-z0-9-]+/#[a-z][a-z0-9-]*$`));
      r.forEach((cell, i) => {
        if (/^[=+\-@]/.test(cell)) expect(cell, `column ${head![i]}`).toMatch(/^-?\d+(\.\d+)?$/);
      });
    }
    // no key columns: the link holds the report and the figure (indicators.csv has them as slug and id, row for row)
    expect(head).not.toContain('报告代号');
    // a figure's section title (section 12 holds no figure: the row must be found, not skipped)
    const s315 = rows.find((r) => r[col('链接')]!.includes(`/${SHIPPED}/#s3-15-`));
    expect(s315, `a figure of ${SHIPPED} section 15`).toBeDefined();
    expect(s315![col('章节')]).toBe('15.推进人才协同创新');
  });

  test.each([
    ['zh-hans', '指标', '报告'],
    ['zh-hant', '指標', '報告'],
  ])('one CSV per script with Chinese headers: indicators.%s.csv', async (lang, label, report) => {
    const [head, ...rows] = await csv(`data/indicators.${lang}.csv`);
    expect(head).toContain(label);
    expect(head).toContain(report);
    expect(head).toContain(lang === 'zh-hans' ? '章节' : '章節');
    const url = head!.indexOf('链接') >= 0 ? head!.indexOf('链接') : head!.indexOf('連結');
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r[url]).toMatch(new RegExp(`^${SITE_URL}${BASE}${lang}/`));
  });

  test('the explorer on a phone: filters before the charts, readable labels, nothing clipped', async () => {
    const page = await tab('phone');
    await page.goto(at('zh-hans/indicators/'), { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const filters = (await page.locator('[data-ind-filters]').boundingBox())!;
    const charts = (await page.locator('.ind-charts').boundingBox())!;
    expect(filters.y).toBeLessThan(charts.y);
    const label = (await page.locator('#ind-explorer tbody tr[data-kind] td').first().boundingBox())!;
    expect(label.width, 'label column width').toBeGreaterThanOrEqual(96);
    // Every column can be reached: the table fits, or its own box scrolls sideways.
    const fit = await page
      .locator('.ind-table-wrap')
      .first()
      .evaluate((w) => ({ overflow: getComputedStyle(w).overflowX, scroll: w.scrollWidth, client: w.clientWidth }));
    if (fit.scroll > fit.client) expect(fit.overflow).toBe('auto');
  });

  test('explorer filters and sorting live in the URL, and a shared view opens as it was', async () => {
    const page = await tab('desktop');
    await page.goto(at('zh-hans/indicators/'), { waitUntil: 'load' });
    const region = (await page.locator('select[name="region"] option').nth(1).getAttribute('value'))!;
    await page.selectOption('select[name="region"]', region);
    await page.locator('#ind-explorer th[data-sort="scale"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(region);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('scale');
    const shared = page.url();
    const rows = await page.locator('#ind-explorer tbody tr[data-kind]:visible').count();
    const other = await tab('desktop');
    await other.goto(shared, { waitUntil: 'load' });
    expect(await other.locator('select[name="region"]').inputValue()).toBe(region);
    expect(await other.locator('#ind-explorer th[data-sort="scale"]').getAttribute('aria-sort')).toBe('ascending');
    expect(await other.locator('#ind-explorer tbody tr[data-kind]:visible').count()).toBe(rows);
  });

  test('sorting by value compares only figures of the same unit', async () => {
    const page = await tab('desktop');
    await page.goto(at('zh-hans/indicators/'), { waitUntil: 'load' });
    await page.locator('#ind-explorer th[data-sort="scale"]').click();
    const groups = await page
      .locator('#ind-explorer tbody')
      .evaluateAll((bodies) =>
        bodies.map((b) => [...b.querySelectorAll<HTMLTableRowElement>('tr[data-kind]')].map((r) => ({ unit: r.dataset.unit, value: Number(r.dataset.scale) }))),
      );
    for (const rows of groups) {
      const units = rows.map((r) => r.unit);
      expect(units.every((u) => u !== undefined)).toBe(true);
      // One run per unit, ascending within it.
      expect(new Set(units).size).toBe(units.filter((u, i) => u !== units[i - 1]).length);
      rows.forEach((r, i) => {
        if (i && rows[i - 1]!.unit === r.unit) expect(r.value).toBeGreaterThanOrEqual(rows[i - 1]!.value);
      });
    }
  });
});

atFullSpeed('整理说明 speaks Chinese', () => {
  test.each(['zh-hans', 'zh-hant'])('rule names and notes of every report page in Chinese (%s)', async (lang) => {
    const page = await tab('desktop');
    for (const slug of [SHIPPED, 'chengdu-2023-kechuangzhongguo', 'chongqing-2018-kejichuangxin-baogao', LONG[2004].slug]) {
      await page.goto(at(`${lang}/${slug}/`), { waitUntil: 'load' });
      await page.locator('.cleaning summary').click();
      // The removed text is the source's own; every other word of the section is the site's.
      const words = await page.locator('.cleaning').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const r of copy.querySelectorAll('.removed, q')) r.remove();
        return copy.textContent!.match(/[A-Za-z]{2,}[A-Za-z-]*/g) ?? [];
      });
      expect(words, `${slug}: Latin words in 整理说明`).toEqual([]);
    }
  });
});
