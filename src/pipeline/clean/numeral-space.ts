// numeral-space: a justified line of a PDF, stretched by its extraction, puts single spaces inside a
// number written in Chinese numerals and after its unit: "五千五 百四十六億元" → "五千五百四十六億元",
// "八千三百二 十 二億元", "約十 二 個月" → "約十二個月", "不少於 10 萬 人" → "10 萬人" (corpus 304, 305).
// Evidence: a space between two numeral characters (零〇一二…十百千, 萬/億 and their Simplified forms) is
// inside a number, a space after a numeral character (a number's last, or its 萬/億) before a Han character stands
// between a number and its unit, when the line is stretched (isStretched), read from the line as printed (its raw line,
// before letter-spacing joined what it could): half or more of its neighbouring Han characters a single space apart
// (`來 的 展 望 和 承 諾 ， 是 一 份屬`, `二 零 二一年`), or three or more alone between spaces in a row (`售 房 屋 ， 首 兩
// 幅招 標`), or a part of it a run of text, longer than a word or with a comma or a stop in it (`十 月提出的多項建議，…`:
// pdftotext's stretch after a line's first character). A line whose spaces part words of up to six characters and
// nothing else (`王一 李二 张三`: names that end in a numeral; `一 北京市 1200`: a row of a table) is not stretched: its
// spaces stay. 萬/億 right after digits (`10 萬 人`) is a number's multiplier whatever the line. A space before a numeral
// (`2021年 三月`) is not touched, nor one after a heading's word (`第一章 总则`), nor a tab (王一\t李二: a list's columns).
import { NUMERAL_CHARS } from '../patterns.ts';
import { multipliers } from '../indicators/units.ts';
import { findSpaces, spaceRule } from './space-rule.ts';
import type { SourceLine } from './types.ts';

/** The multipliers of one character (萬, 万, 億, 亿: indicators/units.ts multipliers), a character class's contents. */
const MULTIPLIER_CHARS = Object.keys(multipliers)
  .filter((m) => m.length === 1)
  .join('');
/** The characters of a number in Chinese numerals, its multipliers included. */
const NUMERAL_CHAR = new RegExp(`[${NUMERAL_CHARS}${MULTIPLIER_CHARS}]`, 'u');
const HAN = /\p{Script=Han}/u;
/** The numeral digits and tens (not 萬/億, which also end words: 千萬, 萬一). */
const DIGIT = new RegExp(`[${NUMERAL_CHARS}]`, 'u');
/** 萬/億 right after digits (`10 萬`, `2 600萬`): a multiplier of a number in digits (at most three characters before the space). */
const DIGIT_MULTIPLIER = new RegExp(`\\d ?[${MULTIPLIER_CHARS}]$`, 'u');

/** Han characters alone between spaces in a row that make a line stretched (`售 房 屋`). */
const STRETCHED_RUN = 3;
/** The longest word a line's spaces may part (`王一`, `北京市`, `内蒙古自治区`): a longer run of Han characters is text, no word of a list. */
const MAX_WORD = 6;
const HAN_ALL = /\p{Script=Han}/gu;
/** Two Han characters next to each other or a single space apart (the space captured). */
const HAN_PAIR = /\p{Script=Han}( ?)(?=\p{Script=Han})/gu;
/** The marks inside a sentence: a part with one is a run of text, no word of a list. */
const SENTENCE_MARK = /[，。；！？]/u;

/**
 * Whether a line is stretched, read from the line as printed (its raw text: letter-spacing has joined the runs of single
 * characters of the current one): half or more of its neighbouring Han characters a single space apart (`二 零 二一年`), or
 * STRETCHED_RUN Han characters alone between spaces in a row (parts without Han, a mark or a number, between them), or a part
 * that is a run of text (longer than a word, or with a mark of a sentence in it: `十 月提出的多項建議，…`), whose spaces
 * are no list's. Not when its spaces part words and nothing else (`王一 李二 张三`, `一 北京市 1200`).
 */
export function isStretched(printed: string): boolean {
  let pairs = 0;
  let spaced = 0;
  for (const m of printed.matchAll(HAN_PAIR)) {
    pairs++;
    if (m[1]) spaced++;
  }
  if (pairs > 0 && spaced * 2 >= pairs) return true;
  let run = 0;
  for (const token of printed.trim().split(/[ \t]+/)) {
    const n = token.match(HAN_ALL)?.length ?? 0;
    if (n === 0) continue;
    if (n === 1 && ++run >= STRETCHED_RUN) return true;
    if (n === 1) continue;
    run = 0;
    if (n > MAX_WORD || SENTENCE_MARK.test(token)) return true;
  }
  return false;
}

/** The line as printed: its raw text when only spaces have left it since (an HTML line's raw text has its tags: the current one). */
function printed(line: SourceLine): string {
  const bare = (t: string): string => t.replace(/\s+/g, '');
  return line.raw !== undefined && bare(line.raw) === bare(line.text) ? line.raw : line.text;
}

/** Removes single spaces inside a number in Chinese numerals and between it and its unit, on a stretched line. */
export const numeralSpace = spaceRule('numeral-space', 'space inside a number', (text, line) => {
  let stretched: boolean | undefined;
  return findSpaces(text, (before, after, start) => {
    // one space (a tab separates a list's or a table's columns: Word, a spreadsheet; a justified line stretches with spaces)
    if (text[start] !== ' ' || text[start + 1] !== after || !HAN.test(after)) return false;
    // 萬/億 right after digits (10 萬 人): a multiplier of a number, whatever the line
    if (NUMERAL_CHAR.test(before) && DIGIT_MULTIPLIER.test(text.slice(Math.max(0, start - 3), start))) return true;
    // a numeral digit (五 百, 十 二 個), or 萬/億 of a number in numerals (五萬 人), on a stretched line
    if (!DIGIT.test(before) && !(NUMERAL_CHAR.test(before) && NUMERAL_CHAR.test(text[start - 2] ?? ''))) return false;
    return (stretched ??= isStretched(printed(line)));
  });
});
