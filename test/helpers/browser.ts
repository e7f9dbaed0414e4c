// Browser tests: Debian's Chromium driven by playwright-core, the viewports and colour schemes we
// review, where screenshots go (test/e2e/screenshots/, gitignored), and axe as the tests run it.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
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
