// Number forms of Chinese reports → numbers: Arabic (1,200.5 and full-width １２), Chinese numerals
// (一千二百, 两, 四十七点五), percent words (百分之四十七点五).
import { parseNumeral, toHalfWidthDigits } from '../numerals.ts';
import { NUMERAL_CHARS } from '../patterns.ts';

/** Chinese numeral characters (digits and place units, no 万/亿: those are multipliers). */
export const chineseDigits = NUMERAL_CHARS;

/** "1,200.5" → 1200.5, "１２" → 12, "5千" → 5000, "1千500" → 1500, "一千二百" → 1200, "四十七点五" → 47.5; NaN when not a number. */
export function parseNumber(text: string): number {
  const t = toHalfWidthDigits(text)
    .replace(/[,，\s]/g, '')
    .replace(/．/g, '.');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  // 5千 (5 000), 3百 (300): Arabic digits before a place; 1千500 (1 500), 2千5百 (2 500): the part below the thousands after it
  const placed = /^(\d+)([千百])$/.exec(t) ?? /^(\d)(千)(\d百|\d{3})$/.exec(t);
  if (placed) return Number(placed[1]) * parseNumeral(placed[2]!) + (placed[3] ? parseNumber(placed[3]) : 0);
  const [int, frac] = t.split(/[点點]/);
  // 一万二千五百 → 12500: the numerals before 万 count ten thousands
  const [high, low] = int!.split(/[万萬]/);
  const whole = int === '' ? 0 : low !== undefined ? (high === '' ? 1 : parseNumeral(high!)) * 1e4 + (low === '' ? 0 : parseNumeral(low)) : parseNumeral(int!);
  if (Number.isNaN(whole)) return Number.NaN;
  if (frac === undefined) return whole;
  const digits = [...frac].map((ch) => parseNumeral(ch));
  if (digits.length === 0 || digits.some((d) => Number.isNaN(d) || d > 9)) return Number.NaN;
  return Number(`${whole}.${digits.join('')}`);
}

/** True when the text is written with Chinese numerals rather than digits. */
export const isChineseNumeral = (text: string): boolean => !/[0-9０-９]/.test(text);

/**
 * Decimal points as old gazettes and their OCR print them (corpus 63, 64), read as `.` on the analysis
 * copy, one character for one, so a figure's match still quotes the text as written. A full-width comma
 * before three digits groups thousands (7，159亿元) and stays; before one digit and a percent sign it is
 * a decimal point (增长21，7％ is 21.7%: a growth of 21，700% is no growth a plan states).
 */
export const printedDecimalPoints: readonly { name: string; pattern: RegExp; example: readonly [written: string, read: string] }[] = [
  { name: 'full-width full stop', pattern: /．/g, example: ['15．9％', '15.9％'] },
  { name: 'middle dot', pattern: /(?<=\d)[·・](?=\d)/g, example: ['16·7％', '16.7％'] },
  { name: 'comma before a percent', pattern: /(?<=\d)[，,](?=\d[%％‰])/g, example: ['21，7％', '21.7％'] },
];

/** `text` with every printed decimal point as `.` (same length). */
export function readDecimalPoints(text: string): string {
  return printedDecimalPoints.reduce((t, { pattern }) => t.replace(pattern, '.'), text);
}

/**
 * Years written digit by digit in Chinese numerals (一九五二年, 一九五○年 with a circle for zero: reports of the 1950s,
 * corpus 224, 225, 233) as Arabic digits on the analysis copy, one character for one, so that every rule that knows a
 * year (a basis, a from-to, a past year's figure is achieved, a year is no label) knows these too. Only four digits
 * from 19 or 20 on, next to no other numeral and followed by 年 or by a link to the next year (一九七八、一九七九两年,
 * 一九五三年至一九五七年), or a financial year's second year after a slash or 至 (二零二四／二五年度, 二零二四至二五年度, 二零二四至二五财政年度); 一千九百五十二年 (a count of
 * years) and 一九五二个 stay.
 */
export function readChineseYears(text: string): string {
  return text.replace(CHINESE_YEAR, (year) => [...year].map((ch) => (/[／/至]/.test(ch) ? ch : ch === '○' ? 0 : parseNumeral(ch))).join(''));
}
const YEAR_DIGITS = '〇零一二三四五六七八九○';
// a financial year too, its second year in two digits after a slash or 至 (二零二四／二五年度, 二零二四至二五年度: a Hong Kong budget, corpus 305)
const CHINESE_YEAR = new RegExp(
  `(?<![${NUMERAL_CHARS}○])(?:一九|二[〇○零])[${YEAR_DIGITS}]{2}(?:[／/至][${YEAR_DIGITS}]{2}(?=(?:财政|財政)?年))?(?![${NUMERAL_CHARS}○万亿点])(?=(?:财政|財政)?年|、[${YEAR_DIGITS}]{4}|[至到—－-])`,
  'g',
);

/**
 * Numbers written digit by digit in Chinese numerals, as the plans and reports of the 1950s print them (二七〇·一亿元 for
 * 270.1 亿元, 百分之九八·三, 百分之一〇一, thousands marked by 、: 一、二四九·九亿元 for 1,249.9 亿元; dev 406), as Arabic digits
 * on the analysis copy, one character for one (、 as a comma), so the decimal points that follow are read as printed ones
 * (`printedDecimalPoints`) and the number as an Arabic one. Only a run of digits with no place (十, 百, 千) beside it that
 * holds a nought (〇) or is followed by a middle-dot decimal part: 五六个 (five or six), 一二三 and 一、二、三 (a list) stay,
 * unless the paragraph (the text given) writes such numbers: there a run of two digits or more is one too (百分之六七 is 67 %).
 */
export function readChineseDigitNumbers(text: string): string {
  const digitwise = (run: string) => /[〇○]|[·・]/.test(run);
  const all = [...text.matchAll(DIGITWISE_NUMBER)].some((m) => digitwise(m[0]));
  return text.replace(DIGITWISE_NUMBER, (run) => (digitwise(run) || (all && !run.includes('、')) ? [...run].map(digitwiseChar).join('') : run));
}
const DIGITWISE = '〇○零一二三四五六七八九';
// 1 to 3 digits, then groups of three after 、, then a decimal part after a middle dot; a run of one digit only with a decimal part
const DIGITWISE_NUMBER = new RegExp(
  `(?<![${NUMERAL_CHARS}○万亿点·・、])(?:[${DIGITWISE}]{1,3}(?:、[${DIGITWISE}]{3})+|[${DIGITWISE}]{2,})(?:[·・][${DIGITWISE}]+)?(?![${NUMERAL_CHARS}○·・])|(?<![${NUMERAL_CHARS}○万亿点·・、])[${DIGITWISE}][·・][${DIGITWISE}]+(?![${NUMERAL_CHARS}○·・])`,
  'g',
);
const digitwiseChar = (ch: string): string => (ch === '、' ? ',' : /[·・]/.test(ch) ? ch : /[〇○零]/.test(ch) ? '0' : String(parseNumeral(ch)));

/** Rounds away binary noise from scaling (2.8 × 10000 = 27999.999…). */
export const tidy = (n: number): number => Number(n.toPrecision(12));
