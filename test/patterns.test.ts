// The shared text patterns: every heading rule is tested by its own example, in cleaning and in parsing.
import { describe, expect, test } from 'vitest';
import { HAN, enumerationMarker, enumerationRules, headingRules, startsHeading } from '../src/pipeline/patterns.ts';
import { matchHeading } from '../src/pipeline/parse.ts';

describe('headingRules', () => {
  test.each(headingRules.filter((r) => !r.inline).map((r) => [r.example, r.kind] as const))('%s 标题 is a %s heading', (example, kind) => {
    expect(matchHeading(`${example} 标题`)).toMatchObject({ kind, number: example, ordinal: 1 });
  });

  test.each(enumerationRules.map((r, i) => [r.example, i] as const))('%s is an enumeration marker (group %i)', (example, i) => {
    const m = new RegExp(enumerationMarker.source).exec(`${example}加强统筹`);
    expect(m?.[i + 1]).toBe('一');
  });

  test.each(headingRules.map((r) => [r.example, r.start !== false] as const))('%s starts a paragraph: %s', (example, starts) => {
    expect(startsHeading(example)).toBe(starts);
  });

  test.each(['第三款 前款规定', '附录：'])('%s starts a paragraph though it is no section', (text) => {
    expect(startsHeading(text)).toBe(true);
    expect(matchHeading(text)).toBeNull();
  });
});

describe('HAN', () => {
  test.each(['中', '國', '〇', '々', '𨋢', '㐀'])('%s is Han', (c) => expect(HAN.test(c)).toBe(true));
  test.each(['A', '1', '，', '·', 'ā', '①'])('%s is not', (c) => expect(HAN.test(c)).toBe(false));
});
