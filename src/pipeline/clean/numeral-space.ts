// numeral-space: a justified line of a PDF, stretched by its extraction, puts single spaces inside a
// number written in Chinese numerals and after its unit: "五千五 百四十六億元" → "五千五百四十六億元",
// "八千三百二 十 二億元", "約十 二 個月" → "約十二個月", "不少於 10 萬 人" → "10 萬人" (corpus 304, 305).
// Evidence: a space between two numeral characters (零〇一二…十百千, 萬/億 and their Simplified forms) is
// inside a number, which no author spaces; a space after a numeral character (a number's last, or its
// 萬/億 after digits) before a Han character stands between a number and its unit. A space before a
// numeral (`2021年 三月`) is not touched, nor one after a heading's word (`第一章 总则`), nor a tab (王一\t李二: a list's columns).
import { NUMERAL_CHARS } from '../patterns.ts';
import { multipliers } from '../indicators/units.ts';
import { findSpaces, spaceRule } from './space-rule.ts';

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

/** Removes single spaces inside a number in Chinese numerals and between it and its unit. */
export const numeralSpace = spaceRule('numeral-space', 'space inside a number', (text) =>
  findSpaces(text, (before, after, start) => {
    // one space (a tab separates a list's or a table's columns: Word, a spreadsheet; a justified line stretches with spaces)
    if (text[start] !== ' ' || text[start + 1] !== after || !HAN.test(after)) return false;
    // a numeral digit (五 百, 十 二 個), or 萬/億 of a number (10 萬 人, 五萬 人)
    return DIGIT.test(before) || (NUMERAL_CHAR.test(before) && (DIGIT_MULTIPLIER.test(text.slice(Math.max(0, start - 3), start)) || NUMERAL_CHAR.test(text[start - 2] ?? '')));
  }),
);
