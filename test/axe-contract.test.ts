// The browser tests leave out the axe rules that can only report minor or moderate violations
// (test/helpers/browser.ts): they read axe-core's private rule table for the impacts. This contract
// test fails, naming axe-core and its version, when an upgrade changes that table.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { axeRuleTable, mildRules } from './helpers/browser.ts';

const version = (createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core') as { version: string }).version;

describe(`axe-core ${version}: the rule table the browser tests read`, () => {
  test("every rule has an id, and its impact is one of axe's four or none", () => {
    const rules = axeRuleTable();
    expect(rules.length, `axe-core ${version}: no rules in _audit.rules`).toBeGreaterThan(50);
    for (const rule of rules) {
      expect(typeof rule.id).toBe('string');
      if (rule.impact !== undefined) expect(['minor', 'moderate', 'serious', 'critical'], `axe-core ${version}: rule ${rule.id}`).toContain(rule.impact);
    }
  });
  test('the rules left out are the mild ones: region and heading-order are, color-contrast and image-alt are not', () => {
    expect(mildRules).toEqual(expect.arrayContaining(['region', 'heading-order']));
    expect(mildRules).not.toContain('color-contrast');
    expect(mildRules).not.toContain('image-alt');
  });
});
