// Browser tests: Debian's Chromium driven by playwright-core, the viewports and colour schemes we
// review, where screenshots go (test/e2e/screenshots/, gitignored), and axe as the tests run it.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
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
 * axe-core on a page, reporting violations only: the tests read nothing else, and axe then builds a
 * selector for the nodes of a violation alone instead of for every node that passed (thousands on
 * the indicator explorer, where that took a large part of axe's time). Every rule still runs on every node.
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
}
