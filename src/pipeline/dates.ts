// Dates as printed in Chinese documents → ISO strings.
//   2021年3月5日 → 2021-03-05; 二〇二一年三月五日 → 2021-03-05; 2024-09-13T00:00:00.000Z → 2024-09-13;
//   20170614 → 2017-06-14; 2021年3月 → 2021-03; 中華民國九十一年六月十九日 (a year of the Republic, Taiwan) → 2002-06-19
import frontMatterData from './data/front-matter.json' with { type: 'json' };
import wordLists from './data/indicator-words.json' with { type: 'json' };
import organData from './data/organs.json' with { type: 'json' };
import { parseNumeral, toHalfWidthDigits } from './numerals.ts';
import { alternation, escapeRegExp } from './regexp.ts';
import { SMALL_DIGIT, YEAR_DIGIT } from './patterns.ts';

/** A year digit, or a full-width letter O typed for 〇 (dates only). */
const CN_DIGIT = `(?:${YEAR_DIGIT}|Ｏ)`;
const CN_SMALL = `${SMALL_DIGIT}{1,3}`;

/**
 * A whole date in 年月日, in figures or in Chinese numerals, spaces allowed between the parts (`2015年9月15日`, `二〇一五年九月十五日`,
 * `2015 年 9 月 15 日`): the date of a signature run into a page's last sentence (infer.ts runInSignature). Regex source.
 */
export const FULL_DATE = `(?:\\d{4}|${CN_DIGIT}{4})\\s*年\\s*(?:\\d{1,2}|${CN_SMALL})\\s*月\\s*(?:\\d{1,2}|${CN_SMALL})\\s*日`;

/**
 * What after a day's 日 makes it the start or the end of a term or a span, no day a thing was done on (`…日起施行`, `…日至…`, `…日前`,
 * `…日零时起`, `…日以后`, `…日开始`): infer.ts titleDay, runInSignature. Regex source, group-free.
 */
export const DAY_OPENS_TERM = String.raw`(?:[起前后後至到止—―\-－~～，,、]|[零〇一二三四五六七八九十\d]+[时時点點]|[以之][前后後来來]|[开開]始)`;

/** Dates inside a text: `2021年3月5日`, `二〇二一年三月五日`, with spaces allowed between the parts. */
export const DATE_IN_TEXT = new RegExp(`(\\d{4}|${CN_DIGIT}{4})\\s*年\\s*(\\d{1,2}|${CN_SMALL})\\s*月(?:\\s*(\\d{1,2}|${CN_SMALL})\\s*日)?`, 'g');

/** The era of the Republic a year is counted in (Taiwan's laws), both scripts: history.ts reads it too. Regex source, group-free. */
export const ROC_ERA = '(?:中華民國|中华民国|民國|民国)';
/** A year of the Republic as a year of ours: 民國91 is 2002. */
const rocToGregorian = (year: number): number => year + 1911;

/**
 * The years of the Republic a date may be in when no 民國 stands before it: 民國38 (1949) to 民國149 (2060), the years a text of today
 * dates itself by. In a date of figures (發布日期：113-09-12, 99.01.05) any of them; before 年 (`111年12月1日`, `114年度`) only those
 * in three figures (民國100 onwards, 2011), which no year of ours is written as (91年 may be 1991 shortened). After 民國 any year is one.
 */
const ROC_FIRST = 38;
const ROC_LAST = 149;
/** A year of the Republic written without 民國 (a number of ROC_FIRST to ROC_LAST) as a year of ours, else NaN (isoDate takes no date of it). */
export const bareRocYear = (year: number): number => (year >= ROC_FIRST && year <= ROC_LAST ? rocToGregorian(year) : NaN);
/** A year of the Republic in three figures before 年, no 民國 before it (its range: bareRocYear). Regex source, one group. */
const ROC_THREE_FIGURES = String.raw`(?<![\d〇零一二三四五六七八九十元國国]\s*)(1\d{2})`;

/** A date in years of the Republic (Taiwan's laws): `中華民國九十一年六月十九日`, `民國91年6月19日`, `中華民國十八年…` (1929): any year. */
export const ROC_DATE = new RegExp(`${ROC_ERA}\\s*(\\d{1,3}|[〇零一二三四五六七八九十百]{1,5})\\s*年\\s*(\\d{1,2}|${CN_SMALL})\\s*月(?:\\s*(\\d{1,2}|${CN_SMALL})\\s*日)?`, 'g');

/**
 * A full date of the Republic with its year in three figures and no 民國 before it, as Taiwan's sites print them
 * (`發布日期：111年12月1日`): the years in three figures (bareRocYear), which no date of the common era is written as. Not after 民國
 * (`民國111年12月1日`), which ROC_DATE reads: one date, not two.
 */
export const ROC_BARE_DATE = new RegExp(String.raw`${ROC_THREE_FIGURES}\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`, 'g');

/** The words beside a number of years that make it a span (近100年來, 逾100年, 100年之久: data/indicator-words.json duration_openers, duration_ends). Regex source, group-free. */
const SPAN_BEFORE = `(?:${alternation(wordLists.duration_openers)})`;
const SPAN_AFTER = `(?:${alternation(wordLists.duration_ends)})`;

/**
 * A year of the Republic before 年 in a Taiwan text, the figures a rule reads as a year: after 民國 any (`民國113年`, `中華民國一百十四年`,
 * group 1), else one of ROC_FIRST to ROC_LAST, in three figures before 年 or before another such year it spans or lists (`110年`, `一百十四年度`, `111-112年`, group 2) or in two before 年度 or a
 * month (`99年度`, `99年1月`, group 3; `50年` alone may be a span of years, `共93年` a count of them), or in two after a from or a to and before 的
 * (`由93年的1,188平方公里減至111年的310平方公里`, group 4, dev 558), or in brackets after 今 (`今（113）年`, this year, group 5). Not a figure's
 * digits (`1.114年`, `2114年`), nor a span of years (`近100年來`, `100年之久`: SPAN_BEFORE, SPAN_AFTER).
 */
const ROC_YEAR = new RegExp(
  String.raw`${ROC_ERA}\s*(\d{1,3}|[〇零一二三四五六七八九十百]{1,5})(?=\s*年)|(?<![\d.．〇零一二三四五六七八九十百]|${SPAN_BEFORE}\s*)(1\d{2}|一百[零〇]?[一二三四五六七八九十]{0,3})(?=\s*年(?!${SPAN_AFTER})|\s*[-－–—~～至到、]\s*1\d{2}\s*年)|(?<![\d.．])([3-9]\d)(?=\s*年(?:度|\s*\d{1,2}\s*月))|(?<=[由從从自至到於于]\s*)([3-9]\d)(?=\s*年的)|(?<=今)[（(]\s*(1\d{2})\s*[)）](?=\s*年)`,
  'gu',
);

/** A copy of a text in which each year of the Republic is the year of ours, and where each of its characters stands in the text. */
export interface YearsOfOurs {
  text: string;
  /** The text as written from `start` to `end` of the copy. */
  original(start: number, end: number): string;
  /** Where the copy's [start, end) stands in the text. */
  source(start: number, end: number): [number, number];
}

/**
 * A Taiwan text with its years of the Republic as years of ours, for the rules that read a year (`(19|20)\d{2}年`): `114年度` →
 * `2025年度`, `民國113年` → `2024年`, `中華民國一百十四年` → `2025年` (dev 558, 559). The indicators read this copy in a Taiwan
 * text only (a mainland text's `100年` is a century); `original` gives back the words as written.
 */
export function yearsOfOurs(text: string): YearsOfOurs {
  // start[i], end[i]: where character i of the copy stands in `text`
  const start: number[] = [];
  const end: number[] = [];
  let out = '';
  let read = 0;
  const keep = (to: number) => {
    for (; read < to; read++) {
      out += text[read];
      start.push(read);
      end.push(read + 1);
    }
  };
  for (const m of text.matchAll(ROC_YEAR)) {
    const era = m[1] !== undefined;
    const year = era ? rocToGregorian(parseNumeral(toHalfWidthDigits(m[1]!))) : bareRocYear(parseNumeral(m[2] ?? m[3] ?? m[4] ?? m[5]!));
    if (Number.isNaN(year) || year < 1912) continue;
    keep(m.index);
    for (const c of String(year)) {
      out += c;
      start.push(m.index);
      end.push(m.index + m[0].length);
    }
    read = m.index + m[0].length;
  }
  keep(text.length);
  const source = (s: number, e: number): [number, number] => (e > s ? [start[s]!, end[e - 1]!] : [start[s] ?? text.length, start[s] ?? text.length]);
  return { text: out, original: (s, e) => text.slice(...source(s, e)), source };
}

/** A fiscal year of the Republic as Taiwan's budgets write it, `114年度` (three figures, no year of ours is written so; not `2.114年度`). */
const ROC_FISCAL_YEAR = new RegExp(String.raw`(?<!\.)${ROC_THREE_FIGURES}\s*年度`, 'gu');

/**
 * The fiscal year a Taiwan text names most, of our calendar: a committee's review of the budget of 114年度 is of 2025 (dev 442).
 * Only a year named twice or more, and more often than any other.
 */
export function rocFiscalYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of toHalfWidthDigits(text).matchAll(ROC_FISCAL_YEAR)) {
    const year = bareRocYear(Number(m[1]));
    if (!Number.isNaN(year)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 && (!second || second[1] < best[1]) ? best[0] : undefined;
}

/**
 * Whether a date value dates acts of several days (`2025年12月30日…会议通过（2025年12月31日刊发）`, `…审查批准；2026年3月26日…印发`: a
 * collector's 通过或发布日期, dev 80, 235): the text's history, no one date of it. Acts of one day date it all the same.
 */
export const datesSeveralDays = (value: string): boolean => new Set(datesIn(value).map((d) => d.date)).size > 1;

/** Every date of `text`, either calendar, in reading order: where it stands, what it says and its ISO form. */
export function datesIn(text: string): { index: number; text: string; date: string }[] {
  const out: { index: number; text: string; date: string }[] = [];
  // full-width digits (２００１年４月２８日) read as ASCII; the half-width copy has the same length
  const half = toHalfWidthDigits(text);
  const calendars = [
    { pattern: DATE_IN_TEXT, year: yearOf },
    { pattern: ROC_DATE, year: (y: string) => rocToGregorian(parseNumeral(y)) },
    { pattern: ROC_BARE_DATE, year: (y: string) => bareRocYear(Number(y)) },
  ];
  for (const { pattern, year } of calendars) {
    for (const m of half.matchAll(new RegExp(pattern.source, 'g'))) {
      const date = isoDate(year(m[1]!), parseNumeral(m[2]!), m[3] === undefined ? undefined : parseNumeral(m[3]));
      if (date) out.push({ index: m.index, text: m[0], date });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A year written digit by digit in Chinese (二〇二一) or Arabic (infer.ts eveDate reads it too). */
export function yearOf(text: string): number {
  const ascii = toHalfWidthDigits(text);
  if (/^\d{4}$/.test(ascii)) return Number(ascii);
  return Number([...text].map((c) => ('〇零○Ｏ'.includes(c) ? '0' : String(parseNumeral(c)))).join(''));
}

/** `YYYY-MM` or `YYYY-MM-DD` of a date's parts, or undefined when a part is out of range (a month 13, a day 32, a year before 1900). */
export function isoDate(year: number, month: number, day?: number): string | undefined {
  if (!(year >= 1900 && year <= 2200) || !(month >= 1 && month <= 12)) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (!(day >= 1 && day <= 31)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(${MONTHS.join('|')})[a-z]*\\.?`;
/** A time of day after a date, with its zone: `02:27:27 GMT`, `10:00 +0800`. */
const CLOCK = String.raw`(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[A-Z]{1,5}|[+-]\d{2}:?\d{2}))?)?`;
/**
 * An English date as RSS feeds and blog exports write it (RFC 2822 and its kin): `Tue, 12 Apr 2022 02:27:27 GMT`,
 * `12 April 2022`, `April 12, 2022`. The day is the one written: a time zone does not move it.
 */
const ENGLISH_DATE = [
  new RegExp(String.raw`^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+${MONTH}\s+(\d{4})${CLOCK}$`, 'i'),
  new RegExp(String.raw`^(?:[a-z]{3,9},?\s*)?${MONTH}\s+(\d{1,2}),?\s+(\d{4})${CLOCK}$`, 'i'),
];

/** An English date (`Tue, 12 Apr 2022 02:27:27 GMT`) as YYYY-MM-DD, or undefined. */
function englishDate(text: string): string | undefined {
  const dayFirst = ENGLISH_DATE[0]!.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), MONTHS.indexOf(dayFirst[2]!.slice(0, 3).toLowerCase()) + 1, Number(dayFirst[1]));
  const monthFirst = ENGLISH_DATE[1]!.exec(text);
  if (monthFirst) return isoDate(Number(monthFirst[3]), MONTHS.indexOf(monthFirst[1]!.slice(0, 3).toLowerCase()) + 1, Number(monthFirst[2]));
  return undefined;
}

/** Does an English date (`Tue, 12 Apr 2022 02:27:27 GMT`) give a time of day other than midnight? */
export function englishDateHasTime(text: string): boolean {
  return englishDate(text.trim()) !== undefined && /\d{1,2}:\d{2}/.test(text) && !/\b00:00(?::00)?\b/.test(text);
}

/** The first date in `text` (Chinese, ISO or an English date of a feed), as YYYY-MM-DD (or YYYY-MM without a day). */
export function parseDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && /^\d{8}$/.test(String(value))) value = String(value);
  if (typeof value !== 'string') return undefined;
  const text = toHalfWidthDigits(value.trim());
  // a time of day may follow, or a note in brackets (a collector's `2026-09-09（调研9月8日至9日）`, corpus 151), or a page's
  // widget in 【】 run on after a posting date (`2017-10-13【浏览字号：大中小】`, corpus 219)
  const isoMatch = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T\s].*|\s*[（(][^（）()]*[）)]|\s*【[^【】]*】)?$/.exec(text);
  if (isoMatch) return isoDate(Number(isoMatch[1]), Number(isoMatch[2]), isoMatch[3] === undefined ? undefined : Number(isoMatch[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // a Taiwan government site's date of the Republic in figures (發布日期：113-09-12, 99.01.05, 1130912), in the years a text of
  // today dates itself by (bareRocYear)
  const roc = /^(\d{2,3})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(1\d{2})(\d{2})(\d{2})$/.exec(text);
  if (roc && !Number.isNaN(bareRocYear(Number(roc[1])))) return isoDate(bareRocYear(Number(roc[1])), Number(roc[2]), Number(roc[3]));
  return englishDate(text) ?? datesIn(text)[0]?.date;
}

/**
 * A collector's note in brackets after the day and time a page went online that gives a full date of its own: the day
 * the text was delivered (`2024-02-19 11:06（讲话发生日 2024-02-18）`, corpus 188; `（会议日期：2026年5月11日）`, corpus 137),
 * the document's date before the posting. A note without a full date (`（调研9月8日至9日）`, corpus 151) gives none.
 */
export function notedDate(value: string): string | undefined {
  const note = /[（(]([^（）()]+)[）)]\s*$/u.exec(value.trim());
  if (!note || note.index === 0) return undefined;
  const iso = [...note[1]!.matchAll(/(?:19|20)\d{2}-\d{1,2}-\d{1,2}/g)].map((m) => parseDate(m[0]));
  const found = [...iso, ...datesIn(note[1]!).map((d) => d.date)].filter((d): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return new Set(found).size === 1 ? found[0] : undefined;
}

/**
 * A news report's dateline on a line of its own: the agency and the place it was filed from, the day, 电 or 讯
 * (`新华社北京3月22日电`, `本报北京5月6日讯`; corpus 125). Never a title, and its place is where the report was sent
 * from, not what it is about. Groups `month` and `day` (in figures or in Chinese numerals: 新华社北京三月十二日电), none for 本报讯.
 * DATELINE_BODY: its source unanchored, to open a larger pattern (a lede's start: places.ts, infer.ts).
 */
export const DATELINE_BODY = String.raw`(?:[\p{Script=Han}\s]{2,14}?\s*(?<month>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<day>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*(?:电|電|讯|訊)|本[报報][讯訊])`;
export const DATELINE = new RegExp(`^${DATELINE_BODY}$`, 'u');
/**
 * A dateline that opens a paragraph, a space or the reporter's bracket after it (`新华社上海4月30日电` and U+3000, corpus 152; a
 * newspaper's own report without place or day, `本报讯 （记者赵珺）受市人民政府委托…`, dev 326).
 */
/** DATELINE_HEAD unanchored, to open a larger pattern. Regex source. */
export const DATELINE_HEAD_BODY = `${DATELINE_BODY}(?=[\\s\\u3000（(]|$)`;
export const DATELINE_HEAD = new RegExp(`^${DATELINE_HEAD_BODY}`, 'u');
/**
 * A paper's reporters credited by name in brackets, 记者 or 本报记者 and their names (`（记者 李万祥）`, `（记者 吴姗 方圆钱一彬）`, `（记者魏玉坤、邹多为，
 * 海报设计杨轶群）`; after a colon, `（记者：张三）`; a two-character name padded to three with a space, `（记者 王\u3000珏）`, as 人民日报 prints it; a photographer's 摄 after the name, `（记者 张三 摄）`): after a dateline (新华社北京7月4日电（记者 张三）, places.ts DATELINE_LEAD) or at a paragraph's end, a medium's report
 * (infer.ts REPORTER_CREDIT; dev 326, 329, 639, 649). Regex source, group-free; needs the `u` flag.
 */
export const REPORTER_BRACKET = String.raw`[（(]\s*(?:本报|本報)?(?:记者|記者)[：:]?\s*[\p{Script=Han}·](?:\s?[\p{Script=Han}·]){1,7}(?:[\s、，,]+[\p{Script=Han}·]{1,8})*\s*[）)]`;
/**
 * A web page's date line, the day and maybe the time it went online: `2019-12-25 10:25`, `2020/09/30`, maybe after the bare key a
 * portal's span gives it (`日期： 2026-07-15`, dev 357; the day it was last updated, `更新时间：2018-03-06`, dev 477: data/front-matter.json
 * page_date_keys; not a key of another date, `截止日期：`): the date is group 1.
 */
/** The day of a posting in figures: `2019-12-25`, `2020/09/30`, `2020.9.3`. */
export const POSTED_DAY = String.raw`(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])`;
/** The clock time of a posting: `10:25`, `09:48:05`, or in the hour's and the minute's words, `09时32分` (a Sichuan portal's, dev 823, 879). */
const POSTED_CLOCK = String.raw`\d{1,2}(?::\d{2}(?::\d{2})?|[时時]\d{1,2}分(?:\d{1,2}秒)?)`;
/** The time a posting's day may carry, after a space: `10:25`, `09:48:05`, `09时32分`. */
export const TIME_OF_DAY = String.raw`(?:\s+${POSTED_CLOCK})`;
/** A day in 年月日 and figures (`2020年09月15日`). */
const DAY_IN_FIGURES = String.raw`(?:19|20)\d{2}年\d{1,2}月\d{1,2}日`;
/**
 * A page's posting line: its day in figures and maybe its time, or its day in 年月日 with the time it went online (`2020年09月15日 09时32分`,
 * dev 823, 879; `日期：2010年09月06日02:42`, dev 960), the time run on or not: a 年月日 day alone is a dateline (isDateLine), not a posting.
 */
export const POSTED_LINE = new RegExp(
  String.raw`^(?:(?:${alternation(frontMatterData.page_date_keys)})\s*[：:︰]\s*)?(${POSTED_DAY}${TIME_OF_DAY}?|${DAY_IN_FIGURES}\s*${POSTED_CLOCK})$`,
);
/** A page's stamp, its day and time, with the medium's name run on after it where the cleaning took its source key out (`2025-11-19 00:58新华社`, dev 648): the day is group 1. */
export const POSTED_STAMP = new RegExp(String.raw`^(${POSTED_DAY})${TIME_OF_DAY}\s*\p{Script=Han}{2,12}$`, 'u');
/**
 * A line that ends in a whole date in figures, the day a page went online as POSTED_LINE reads it or in 年月日, and a time after it
 * or not, run on after a 年月日 day as POSTED_LINE reads it (`发布时间：2020-06-14`, `日期：2019年3月15日`, `日期：2010年09月06日02:42`):
 * a key's value that no line after it continues (clean/join-lines.ts). Every line POSTED_LINE reads ends in one.
 */
export const DATED_END = new RegExp(String.raw`(?:${POSTED_DAY}${TIME_OF_DAY}?|${DAY_IN_FIGURES}(?:\s*${POSTED_CLOCK})?)$`, 'u');

/** A line that is only a month (`2021年6月`, `二〇二一年六月`, `（2021年6月）`): a cover page's date, under its issuer. */
export function isMonthLine(text: string): boolean {
  const t = toHalfWidthDigits(text.replace(/\s/g, ''));
  return new RegExp(`^[（(]?(?:\\d{4}|${CN_DIGIT}{4})年(?:\\d{1,2}|${CN_SMALL})月[）)]?$`).test(t) && parseDate(t) !== undefined;
}

/** A line that is only a date (`2021年3月5日`, `（二〇二一年三月五日）`, `2012年 11月 21日星期三`): the dateline of a document. */
export function isDateLine(text: string): boolean {
  const t = toHalfWidthDigits(text.replace(/\s/g, ''));
  return (
    new RegExp(`^[（(]?(?:\\d{4}|${CN_DIGIT}{4})年(?:\\d{1,2}|${CN_SMALL})月(?:\\d{1,2}|${CN_SMALL})日(?:[（(]?(?:星期|週|周)[一二三四五六日天][）)]?)?[）)]?$`).test(t) &&
    parseDate(t) !== undefined
  );
}

/** A sitting's time key, its letters spaced out to the width of the other keys or not (時\u3000\u3000間; data/organs.json sitting_times). */
const SITTING_KEY = organData.sitting_times.map((k) => [...k].map(escapeRegExp).join('[\\s\\u3000]*')).join('|');
/**
 * A sitting's time line: the number of its item before it or not (`一、`, `壹、`: a committee's minutes number their heads, dev 831, 832),
 * its key, a colon or a space, then the day and the hour.
 */
const SITTING_TIME = new RegExp(
  String.raw`^(?:[一二三四五六七八九十壹貳叁參肆伍陸柒捌玖拾]{1,3}[、.．]\s*)?(?:${SITTING_KEY})(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+)(\S.*)$`,
  'u',
);
/** The day a sitting's time line opens with in years of the Republic of two or three figures, no 民國 before them (`99 年 12 月 23 日`, dev 832). */
const SITTING_ROC_DAY = /^(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
/**
 * A time line in Taiwan's script: 時 of its key (時間) or of its hour (上午 9 時). Only there is a year of two figures one of the Republic;
 * a mainland line writes 时, and its `98年` is 1998 shortened (bareRocYear).
 */
const TAIWAN_TIME = /時/u;
/** A sitting's time with its key taken off (a record's `時間` field, which a JSON export reads as a key: dev 971): the day, then the hour it opened. */
const SITTING_HOUR = /^[^\d]{0,6}\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(][^）)]{1,6}[）)])?\s*(?:上午|下午|晚上|中午)\s*\d{1,2}\s*[时時點点]/u;

/**
 * The day of the sitting a council's record or a meeting's minutes print under their title: `時間`, its letters spaced out with U+3000, then U+3000 and
 * `中華民國101年10月26日（星期五）上午10時` (立法院公報's 院會紀錄, dev 700), `时间：2023年5月6日上午9时`, a numbered head and the meeting's
 * word before the key (`一、開會時間：中華民國105年4月21日…`, `壹、會議時間：99 年 12 月 23 日…`, dev 978, 832); the first time line of the
 * opening lines, when it opens with a full day. Without a time line, a record's opening paragraph that is the time of its sitting (the day
 * and the hour, the field's key taken off by the JSON export: `中華民國 106 年 7 月 21 日（星期五）上午 9 時至 9 時 22 分`, dev 971).
 */
export function sittingDate(paragraphs: readonly string[]): string | undefined {
  const line = paragraphs.slice(0, 12).find((p) => SITTING_TIME.test(p.trim()));
  const value =
    line !== undefined
      ? SITTING_TIME.exec(line.trim())![1]!
      : paragraphs
          .slice(0, 3)
          .find((p) => SITTING_HOUR.test(p.trim()))
          ?.trim();
  if (value === undefined) return undefined;
  const day = datesIn(value)[0];
  if (day?.index === 0 && day.date.length === 10) return day.date;
  const roc = TAIWAN_TIME.test(line ?? value) ? SITTING_ROC_DAY.exec(value) : null;
  return roc ? isoDate(bareRocYear(Number(roc[1])), Number(roc[2]), Number(roc[3])) : undefined;
}
