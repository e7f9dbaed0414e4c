// The shared text patterns: every heading rule is tested by its own example, in cleaning and in parsing.
import { describe, expect, test } from 'vitest';
import { ADOPTED_BY_SESSION, HAN, OCCASION, OCCASION_LINE, OCCASION_START, enumerationMarker, enumerationRules, headingRules, startsHeading } from '../src/pipeline/patterns.ts';
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

// The session that heard or adopted a text, one set of patterns the metadata lines (clean/metadata-lines.ts) and metadata (infer.ts) read:
// [line, an occasion line of its own, an occasion at the line's start (OCCASION: its date), the start of one (broken or whole), adopted by a session]
describe('occasions: the session that heard or adopted a text', () => {
  test.each([
    ['——2026年  1月  19日在济南市第十八届人民代表大会第五次会议上', true, '2026年  1月  19日', true, false], // dev 427
    ['——2004年3月5日在第十届全国人民代表大会第二次会议上', true, '2004年3月5日', true, false],
    ['1997年政府工作报告——１９９７年３月１日在第八届全国人民代表大会第五次会议上', false, '１９９７年３月１日', false, false], // corpus 118: the title glued before it
    ['2026年1月14日在浙江省第十四届人民代表大会第四次会议上', false, '2026年1月14日', false, false], // corpus 16: no dash
    ['——二〇二一年一月二十日在某区第十七届人民代表大会第五次会议上', true, '二〇二一年一月二十日', true, false],
    ['——2025年7月30日在江门市第十六届人民代表大会', false, undefined, true, false], // dev 319: its line broken, 常务委员会第三十四次会议上 after it
    ['——2026年2月7日上海市第十六届人民代表大会第四次会议通过', false, undefined, false, true], // dev 278
    ['——2021年3月11日第十三届全国人民代表大会第四次会议批准', false, undefined, false, true],
    ['2026年1月14日，市长在会议上作报告。', false, undefined, false, false],
  ])('%s', (line, own, date, start, adopted) => {
    expect(OCCASION_LINE.test(line)).toBe(own);
    expect(OCCASION.exec(line)?.[1]).toBe(date);
    expect(OCCASION_START.test(line)).toBe(start);
    expect(ADOPTED_BY_SESSION.test(line)).toBe(adopted);
  });
});
