// Quantity scanning tries the pattern only near numerals (src/pipeline/indicators/scan.ts): it must
// find exactly what a scan at every position (matchAll) finds, on the seeds and on random texts
// made of the pattern's own words.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { endBefore, firstMatchEnd, inBracketNote, maskQuoted, pairQuoted, quantityMatches, quantitySource, scanQuantities } from '../src/pipeline/indicators/scan.ts';
import { asOfBefore, bracketNote, comparatorWords, comparatorsBefore, endRuleReach, forecastBelow, ownYearUntil } from '../src/pipeline/indicators/rules.ts';
import words from '../src/pipeline/data/indicator-words.json' with { type: 'json' };
import { root } from './helpers/run.ts';
import { toHalfWidthDigits } from '../src/pipeline/numerals.ts';

const everywhere = (s: string): string[] => [...s.matchAll(new RegExp(quantitySource, 'g'))].map((m) => `${m.index}:${m[0]}`);
const nearNumerals = (s: string): string[] => quantityMatches(s).map((m) => `${m.index}:${m[0]}`);

describe('quantity scan', () => {
  test('same matches as matchAll on every line of the seeds', () => {
    const dir = join(root, 'content/sources');
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
    let found = 0;
    for (const line of lines) {
      expect(nearNumerals(line)).toEqual(everywhere(line));
      found += everywhere(line).length;
    }
    expect(found).toBeGreaterThan(500);
  });

  test('same matches as matchAll on random texts of comparators, numerals, multipliers and units', () => {
    const pieces = [
      '不低于',
      '不少于',
      '超过',
      '突破',
      '超',
      '逾',
      '近',
      '约',
      '百分之',
      '百',
      '千',
      '十',
      '一',
      '两',
      '点',
      '五',
      '0',
      '12',
      '3.5',
      '1,200',
      ',',
      '.',
      '万',
      '亿',
      '千万',
      '元',
      '个',
      '个百分点',
      '%',
      '家',
      '人次',
      '至',
      '到',
      '-',
      '余',
      '多',
      '以上',
      '左右',
      '的',
      '企业',
      '年',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(nearNumerals(s)).toEqual(everywhere(s));
      }),
      { numRuns: 3000 },
    );
  });

  test('quotes, book titles and brackets are masked, a full stop ends an open bracket', () => {
    const text = '引进“5+2”人才《规划(2020)》共8家。（未闭合。后10家';
    const masked = [...maskQuoted(text)].map((m, i) => (m ? text[i] : '')).join('');
    expect(masked).toBe('5+2规划2020未闭合');
  });

  test('a round bracket opened in one width and closed in the other is one pair (（CPI), dev 292)', () => {
    // a Word document's 居民消费价格总指数（CPI)累计上涨0.6%: the figures after the half-width closer are the sentence's, not the bracket's
    const text = '全年和田市居民消费价格总指数（CPI)累计上涨0.6%。指数(PPI）下降1%';
    const masked = [...maskQuoted(text)].map((m, i) => (m ? text[i] : '')).join('');
    expect(masked).toBe('CPIPPI');
  });

  test('each closer is paired with its opener, nested or in the other width; one left open at a full stop closes nothing', () => {
    const text = '支出（人员《规划(2020)》经费）合计（CPI)。（未闭合。后）';
    const pairs = [...pairQuoted(text).openedAt].map(([close, open]) => text.slice(open, close + 1));
    expect(pairs).toEqual(['(2020)', '《规划(2020)》', '（人员《规划(2020)》经费）', '（CPI)']);
  });

  test('an ASCII quote still open at a full stop is no quoted name: it ends there', () => {
    // a stray quote (or a JSON string's own) must not hide the figures of the sentences after it
    const text = '引进"5+2"人才共8家。"未闭合的引号。后10家';
    const masked = [...maskQuoted(text)].map((m, i) => (m ? text[i] : '')).join('');
    expect(masked).toBe('5+2未闭合的引号');
  });

  // dev 691: `１、6,001人／平方公里以上` was read as the range 1–6 001 (the list range's look-ahead took a comma-grouped number without its %)
  const matched = (text: string): string[] => quantityMatches(toHalfWidthDigits(text)).map((m) => m[0]);
  test.each([
    ['１、6,001人／平方公里以上，每校補助150千元。', '6,001人'],
    ['1、6,001人/平方公里以上，每校补助150千元。', '6,001人/平方公里以上'],
    ['２、3,001至6,000人／平方公里，每校補助200千元。', '3,001至6,000人'],
    ['1、20%的资金用于奖励。', '20%'],
  ])("a list marker at a paragraph's start is no end of a range: %s", (text, figure) => {
    expect(matched(text).filter((m) => m.includes('、'))).toEqual([]);
    expect(matched(text)).toContain(figure);
  });

  test.each([
    ['降低1、2％', '1、2％'],
    ['下降到7.15万、6.82万吨', '7.15万、6.82万吨'],
    ['分别降低1,200、1,500吨', '1,200'],
  ])('a list of two ends is a range only before a percent sign or with the multiplier of both: %s', (text, figure) => {
    expect(matched(text)[0]).toBe(figure);
  });
});

// datedBefore asks of every year in a sentence whether the words before it end in 截至 (asOfBefore) or 到 (ownYearUntil): on the
// whole sentence up to the year that is a read of the sentence for each year of it, and a table of a PDF's text with no 。 is one
// sentence of 86,000 characters (dev 427). endBefore gives the rules the end they read; they must answer the same on it.
describe('endBefore', () => {
  test('the rules anchored at the end answer the same on endBefore as on the whole text before a position', () => {
    const pieces = [...words.as_of_words, '截', '止', '至', '到', '于', ' ', '\u3000', '\t', '\n', '年', '2024', '底'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), fc.nat(), (parts, seed) => {
        const s = parts.join('');
        const from = s.length === 0 ? 0 : seed % s.length;
        for (let at = from; at <= s.length; at++) {
          const end = endBefore(s, from, at, endRuleReach);
          expect([asOfBefore.test(end), ownYearUntil.test(end)]).toEqual([asOfBefore.test(s.slice(from, at)), ownYearUntil.test(s.slice(from, at))]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('it reads the white space before the position and endRuleReach characters before that, not the whole text', () => {
    const long = '税收收入'.repeat(20_000);
    expect(endBefore(`${long}截止到\u3000 2024`, 0, long.length + 5, endRuleReach)).toBe('入截止到\u3000 ');
    expect(endBefore(`${long}截止到\u3000 2024`, long.length + 1, long.length + 5, endRuleReach)).toBe('止到\u3000 ');
  });
});

// datedBefore asks of every year whether it stands inside a note in brackets (比1957年计划（系指第一个五年计划中的1957年计划，下同）增长75%).
// It looked back from each year for the last bracket, and a one-line page's paragraph with few brackets was read again per year
// (dev 427 on one line, 770 KB). inBracketNote reads a text's brackets once; it must answer as that reading did, at every position.
describe('inBracketNote', () => {
  const wholeNote = new RegExp(`^(?:${bracketNote.source})$`);
  /** The reading before session 28: back to the last opening bracket, forward to the next closing one. */
  const lookingBack = (a: string, at: number): boolean => {
    const open = Math.max(a.lastIndexOf('（', at), a.lastIndexOf('(', at));
    if (open < 0) return false;
    if (a.slice(open, at).search(/[）)]/) >= 0) return false;
    const end = a.slice(at).search(/[）)]/);
    return end >= 0 && wholeNote.test(a.slice(open, at + end + 1));
  };

  test('it answers as the look back from the position did, at every position of the text', () => {
    const pieces = ['（', '(', '）', ')', ...words.example_openers, ...words.note_openers, ...words.counting_openers, ...words.note_closers, '，', '2024', '年', ' ', '计划'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const s = parts.join('');
        for (let at = 0; at <= s.length; at++) expect([at, inBracketNote(s, at)]).toEqual([at, lookingBack(s, at)]);
      }),
      { numRuns: 3000 },
    );
  });

  test('the note of dev 240: its year is inside, the years around it are not', () => {
    const s = '比1957年计划（系指第一个五年计划中的1957年计划，下同）增长75%，2024年';
    expect([s.indexOf('1957'), s.lastIndexOf('1957'), s.indexOf('2024')].map((at) => inBracketNote(s, at))).toEqual([false, true, false]);
  });
});

// The words before a number that bound it are one list (rules.ts comparatorsBefore), which the scan's pattern is built of
describe('comparator words', () => {
  const scan = (text: string) => scanQuantities(text, 0, text.length, maskQuoted(text));
  test.each(Object.entries(comparatorsBefore))('全市%s30家 → %s', (word, comparator) => {
    expect(scan(`全市${word}30家`).map((q) => [q.value, q.unit, q.comparator])).toEqual([[30, '家', comparator]]);
  });
  test.each([
    ['30家以上', '以上'],
    ['30家以下', '以下'],
    ['30家以内', '以内'],
    ['30家左右', '左右'],
    ['30余家', '余'],
    ['30多家', '多'],
    ['30家或以上', '或以上'],
    ['30家及以下', '及以下'],
  ])('%s: bounded by the word after the number (%s)', (text, word) => {
    expect(scan(`全市${text}企业`).map((q) => q.comparator)).toEqual([comparatorWords[word]]);
  });
});

// forecastBelow (初步预计（下同），…: every figure after it in the paragraph is an estimate) was asked of the paragraph from its start to
// every figure, a read of the paragraph per figure; readParagraph now asks where its first match ends, once. The two must agree.
describe('firstMatchEnd', () => {
  test('forecastBelow holds in the text before a position exactly when its first match ends there or before', () => {
    const pieces = [
      ...words.forecast_verbs,
      ...words.note_closers,
      ...words.expectation_verbs,
      '目标',
      '性',
      '（',
      '）',
      '(',
      ')',
      ' ',
      '，',
      '。',
      '下',
      '同',
      '计',
      '2016年',
      '生产总值',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        const end = firstMatchEnd(forecastBelow, s);
        for (let at = 0; at <= s.length; at++) expect(end <= at).toBe(forecastBelow.test(s.slice(0, at)));
      }),
      { numRuns: 5000 },
    );
  });

  test('a real forecast: the figures after its note, not those before it (dev 330)', () => {
    const s = '上年完成1000亿元。初步预计（下同），2016年实现地区生产总值3560亿元左右';
    const end = firstMatchEnd(forecastBelow, s);
    expect(s.slice(0, end)).toBe('上年完成1000亿元。初步预计（下同）');
    expect(firstMatchEnd(forecastBelow, '地区生产总值3560亿元')).toBe(Infinity);
  });

  test('a global pattern is refused: its lastIndex would move the search', () => {
    expect(() => firstMatchEnd(/下同/g, '预计（下同）')).toThrow(/without the g or y flag/);
  });
});

describe("an index's points count only where the sentence before the number names an index (units.json context_words)", () => {
  const scan = (text: string) => scanQuantities(text, 0, text.length, new Uint8Array(text.length)).map((q) => `${q.value}${q.unit}`);
  test.each([
    // dev 640, 849, 441, 737: the index named in the clause or earlier in its sentence
    ['2月份中国大宗商品价格指数为112.6点，环比上涨1.3%。', '112.6点'],
    ['波罗的海干散货指数涨1.01%报1708点。', '1708点'],
    ['貿易加權澳匯指數為100.3，較上月上升0.89點。', '0.89點'],
    ['穀價指數（Cereal Price Index）自101年6月到8月從222.1點直飆至260.3點。', '260.3點'],
  ])('%s → %s', (text, figure) => expect(scan(text)).toContain(figure));
  test.each([
    // no index in the sentence: a clock's hour, a list's points; an index in another sentence does not count
    ['会议于上午8点召开，提出3点意见。'],
    ['价格指数回升。会议于上午8点召开。'],
  ])('no points: %s', (text) => expect(scan(text).filter((f) => /[点點]$/.test(f))).toEqual([]));
});

describe("an index's points: a line's end ends the sentence whose words are read (scan.ts sentenceBefore)", () => {
  const scan = (text: string) => scanQuantities(text, 0, text.length, new Uint8Array(text.length)).map((q) => `${q.value}${q.unit}`);
  test.each([['一、居民消费价格指数\n7月10日上午9点，召开会议。'], ['价格指数回升\n\n会议于上午8点召开。']])('no points: %s', (text) =>
    expect(scan(text).filter((f) => /[点點]$/.test(f))).toEqual([]),
  );
  test('an index in the same line still counts', () => expect(scan('沪指盘中收复2900点。')).toContain('2900点'));
});
