// Browser tests: Debian's Chromium driven by playwright-core, the viewports and colour schemes we
// review, where screenshots go (test/e2e/screenshots/, gitignored), and axe as the tests run it.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Viewports every page type is checked and photographed at. */
export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export const schemes = ['light', 'dark'] as const;

/** Folder of the screenshots written for review. */
export const screenshotDir = join(import.meta.dirname, '..', 'e2e', 'screenshots');

/** Starts Chromium (CHROMIUM overrides /usr/bin/chromium). */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The page events tests listen to: a tab's listeners of them end with the test that added them. */
const testEvents = ['console', 'pageerror', 'request', 'response', 'requestfailed', 'dialog', 'popup'] as const;

/**
 * Tabs a file's tests pass on to each other. A new browser context costs about a CPU-second before
 * its page is drawn (a renderer process of its own, and every script compiled again: the compiled
 * code is cached per context), more than most tests; so a test takes a tab of a context made with
 * its options, one that an earlier test left if there is one, and leaves it when it has passed: its
 * listeners removed, localStorage and sessionStorage cleared, the mouse out of the window, on
 * about:blank. Every page is still loaded with nothing stored, and each tab has a context of its own,
 * so tests running at once share no storage. What else a test changes stays with the tab: a test
 * that adds routes or init scripts, emulates media, slows the CPU or must see every request (the HTTP
 * cache stays too) opens a context of its own instead.
 */
export class Tabs {
  readonly #browser: Browser;
  readonly #idle = new Map<string, Page[]>();
  readonly #keys = new WeakMap<Page, string>();
  constructor(browser: Browser) {
    this.#browser = browser;
  }

  /** A tab on about:blank, of a context made with `options`. */
  async take(options: BrowserContextOptions = {}): Promise<Page> {
    const key = JSON.stringify(options);
    const idle = this.#idle.get(key)?.pop();
    if (idle) return idle;
    const page = await (await this.#browser.newContext(options)).newPage();
    this.#keys.set(page, key);
    return page;
  }

  /** Leaves a tab of a passed test for the next (closes its context if it opened other tabs or left the site). */
  async leave(page: Page): Promise<void> {
    for (const event of testEvents) page.removeAllListeners(event);
    const key = this.#keys.get(page);
    if (key === undefined || page.context().pages().length > 1 || !/^https?:$/.test(new URL(page.url()).protocol)) {
      await page.context().close();
      return;
    }
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await page.mouse.move(-1, -1);
    await page.goto('about:blank');
    this.#idle.set(key, [...(this.#idle.get(key) ?? []), page]);
  }
}

/**
 * The browser of a test file and its tabs: launched before the file's tests, closed after them. Call
 * it at the top level of the file; a test that needs a context of its own opens it on `browser`.
 */
export function fileBrowser(): { readonly browser: Browser; readonly tabs: Tabs } {
  let browser: Browser | undefined;
  let tabs: Tabs | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    tabs = new Tabs(browser);
  });
  afterAll(() => browser?.close());
  const launched = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser of this file is used before its beforeAll launched it');
    return value;
  };
  return {
    get browser() {
      return launched(browser);
    },
    get tabs() {
      return launched(tabs);
    },
  };
}

/**
 * The axe rules whose violations are never serious or critical: axe gives every violation of a rule
 * that has an impact of its own (minor, moderate) that impact. The tests fail on serious and critical
 * violations only, so these rules cannot fail them. Read from the axe-core that @axe-core/playwright
 * injects, so a rule a later axe makes serious runs again.
 */
export const mildRules: string[] = axeRuleTable()
  .filter((rule) => rule.impact === 'minor' || rule.impact === 'moderate')
  .map((rule) => rule.id);

/**
 * axe-core's table of rules with their impacts. It is private (`_audit.rules`: axe's public
 * `getRules()` gives no impact), so test/axe-contract.test.ts checks its shape and fails naming
 * axe-core and its version when an upgrade changes it.
 */
export function axeRuleTable(): { id: string; impact?: string }[] {
  const axeCore = createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core') as { version: string; _audit?: { rules?: { id: string; impact?: string }[] } };
  const rules = axeCore._audit?.rules;
  if (!Array.isArray(rules)) throw new Error(`axe-core ${axeCore.version}: its private rule table (_audit.rules) is gone; update axeRuleTable in test/helpers/browser.ts`);
  return rules;
}

class InPageAxe extends AxeBuilder {
  readonly #page: Page;
  constructor(page: Page) {
    super({ page });
    this.#page = page;
  }
  override async analyze(): ReturnType<AxeBuilder['analyze']> {
    const frames = this.#page.frames().filter((frame) => frame !== this.#page.mainFrame());
    if (frames.length) throw new Error(`axe runs in the page (test/helpers/browser.ts), which does not check frames: ${frames.map((f) => f.url()).join(', ')}`);
    return super.analyze();
  }
}

/**
 * axe-core on a page as the tests run it: every rule that can report a serious or critical violation,
 * on every node, reporting violations only (the tests read nothing else; axe then builds selectors for
 * the nodes of a violation alone instead of every node that passed, thousands on the indicator
 * explorer). axe runs whole inside the page (axe.run: @axe-core/playwright's legacy mode). Its default
 * runs each frame's part, sends every check's result (every pass too) through Node into a blank page
 * of its own and finishes there: twice the time on our pages, and a second of Node's CPU per run on
 * the explorer, for the same violations. Legacy mode skips a cross-origin frame without a word, so
 * analyze() refuses a page with any frame (the site has none).
 */
export function axe(page: Page): AxeBuilder {
  return new InPageAxe(page)
    .options({ resultTypes: ['violations'] })
    .disableRules(mildRules)
    .setLegacyMode(true);
}
