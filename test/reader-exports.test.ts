// Issue 17, the pieces that need no browser: the CSV cell guard against formula injection and the
// Chinese names of the cleaning rules (整理说明) for every rule of the pipeline.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvField } from '../src/lib/indicator-csv.ts';
import { noteFor, ruleAbout, ruleKinds, ruleName } from '../src/lib/cleaning-rules.ts';
import { cleaningRules } from '../src/pipeline/normalize.ts';

describe('csvField', () => {
  test.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['增长10%', '增长10%'],
    ['a,b', '"a,b"'],
    ['第一行\n第二行', '"第一行\n第二行"'],
  ])('text %j → %j', (input, output) => expect(csvField(input)).toBe(output));

  test('numbers stay numbers (a fall is -3, not a formula)', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(undefined)).toBe('');
  });
});

describe('cleaning rules in Chinese', () => {
  // Every kind a rule logs: the rule's own and those it names in its code (markdown rules log several).
  const source = readdirSync(join(import.meta.dirname, '../src/pipeline/clean'))
    .map((f) => readFileSync(join(import.meta.dirname, '../src/pipeline/clean', f), 'utf8'))
    .join('\n');
  const logged = [...source.matchAll(/kind: '([a-z-]+)'/g), ...source.matchAll(/spaceRule\('([a-z-]+)'/g)].map((m) => m[1]!);
  const kinds = [...new Set([...cleaningRules.map((r) => r.kind), ...logged])].sort();

  test.each(kinds)('%s has a name and an explanation in both scripts, with no Latin words', (kind) => {
    expect(ruleKinds).toContain(kind);
    for (const lang of ['zh-hans', 'zh-hant'] as const) {
      for (const text of [ruleName(kind, lang), ruleAbout(kind, lang)]) {
        expect(text).not.toBe('');
        expect(text).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
  });

  test.each([
    ['space where a line used to wrap: 「突如其来的 非典型」 「党的十六大 精神」', { places: ['突如其来的 非典型', '党的十六大 精神'] }],
    ['copy of line 12', { places: [], text: '与第 12 行重复' }],
    ['lines 1–11: YAML front matter, moved to meta', { places: [], text: '第 1–11 行' }],
    ['moved to meta.keywords', { places: [] }],
  ])('note %j', (note, shown) => expect(noteFor(note, 'zh-hans')).toEqual(shown));
});
