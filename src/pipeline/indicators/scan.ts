// Finding quantities in a clause: number + multiplier + unit, with comparators and ranges.
//   "新认定国家高新技术企业30家以上" → { value 30, unit 家, comparator ">=", match "30家以上" }
//   Not quantities: 2020年, 十四五, 3.0版, 第81届, HL-2M, 3D, “5+2+1”, numbers in quotes and brackets.
import { chineseDigits, isChineseNumeral, parseNumber, tidy } from './numbers.ts';
import {
  chineseNumeralUnits,
  classifierUnits,
  computeLetters,
  computeWord,
  contextUnits,
  moneyMultiplierPattern,
  moneyMultipliers,
  moneyUnits,
  multiplierPattern,
  multipliers as plainMultipliers,
  perUnitPattern,
  tenthUnit,
  timeUnits,
  unitPattern,
  wordLikeUnits,
  arabicOnlyUnits,
} from './units.ts';
import {
  bracketNote,
  classificationCode,
  classificationCodeBefore,
  comparatorWords,
  comparatorsBefore,
  deadlineBefore,
  fromToVerbs,
  grantSpanAfter,
  shareBaseVerbs,
  jointChars,
  listMarkAlone,
  milestoneAfter,
  milestoneNounSource,
  countedNounSource,
  peopleNounAfter,
  unitWordBreakers,
  yearSpanBefore,
  yueWordHeads,
} from './rules.ts';
import { alternation } from '../regexp.ts';
import { wordSegmenter } from '../words.ts';

/** What may follow a count in 万/亿 whose unit is left unsaid (带来了426万内地旅客): a clause's end, a list joint before the next number, 的. */
const endsUnsaidCount = new RegExp(String.raw`^(?:[，。；、,;)）]|[${jointChars}][0-9]|的|\s*$|\s+[，。；、,;])`);

/** What joins two ordinals of ordinalListBefore: 、, a list joint, 至 or 到. */
const ordinalJoint = `[、${jointChars}至到]`;
/**
 * The 第 of a list of ordinals before the number: 第十三、十四条, 第十九至二十一条, 第6、7条 number every article, so the last
 * is an ordinal as the first is, no count of 条 (dev 306). Not after a comma: 第三，12个项目 is a run-in enumeration and its figure.
 * The items are joined by 、 or a list joint (和, 与, 及: rules.ts jointChars, the data's list_joints; 与 joins ordinals as 和
 * does, 第十三与十四条), a range by 至 or 到 (ordinalJoint).
 */
const ordinalListBefore = new RegExp(`第[0-9一二三四五六七八九十百零〇两]+(?:${ordinalJoint}[0-9一二三四五六七八九十百零〇两]+)*${ordinalJoint}$`, 'u');

/** A quantity found in the analysis text; offsets index both the analysis and the original text. */
export interface Quantity {
  /** Start of the match including a leading comparator word (近, 超过). */
  start: number;
  end: number;
  /** Start of the number itself. */
  numStart: number;
  value: number;
  /** Upper bound of a range (100万元至2000万元). */
  max?: number;
  /** Multiplier + unit in the analysis script, e.g. 万平方米. */
  unit: string;
  /** Base unit without multiplier, e.g. 平方米. */
  baseUnit: string;
  scale?: number;
  comparator?: '>=' | '>' | '≈' | '<=' | '<' | undefined;
}

// Thousands may be grouped by commas (a full-width one in old gazettes: 8，500亿元) or, in Hong Kong and
// PDF texts, by single spaces (13 500).
const arabic = String.raw`\d{1,3}(?:(?:,|，| )\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?`;
// 一万二千五百元 is one number in 元 (dev 148): a numeral goes on past 万 when numerals follow it (not 二万元, in 万元).
const chinese = `[${chineseDigits}]+(?:[万萬][${chineseDigits}]+)?(?:点[零〇一二三四五六七八九]+)?`;
// 5千多户, 3百亩, 5千亿元: Arabic digits before the place 千 or 百 (5 000 户, dev 125), when 余, 多, 亿 or a unit follows; not 5千万元 (千万 is
// a multiplier), 5千米 or 5百分点 (a unit that starts with the place), nor 450千元 (千 before money is a multiplier: 450 千元, dev 691).
// 1千500元, 2千5百元, 1千500万元: a digit of thousands and the part below it, one number (1 500, 2 500: dev 691).
const belowThousands = String.raw`\d百|\d{3}(?![\d,，])`;
const placed = String.raw`\d千(?:${belowThousands})(?=余|多|[万萬亿億]|${unitPattern})|\d{1,3}(?!${unitPattern}|${moneyMultiplierPattern})[千百](?=余|多|亿|億|${unitPattern})`;
// A number's multiplier: 万, 亿 (3.5万人, 120亿元) or, after Arabic digits before money, 千 (450千元: units.ts moneyMultipliers).
const multiplier = `${multiplierPattern}|${moneyMultiplierPattern}`;
const multipliers: Record<string, number> = { ...plainMultipliers, ...moneyMultipliers };
const num = `(?:${placed}|${arabic}|${chinese})`;
// The Arabic part of a number below its multiplier (1億3,000萬, 2億500萬, 17萬5 000): at most four digits.
const belowMultiplier = String.raw`\d(?:[,， ]\d{3})(?![\d,])|\d{1,4}(?![\d,])`;
// The part below 亿 before 万, in Arabic digits or in Chinese numerals (四亿八千万吨, 一亿三千万至一亿五千万吨: dev 374).
const belowYi = `${belowMultiplier}|[${chineseDigits}]+`;
// The words before a number that bound it (rules.ts comparatorsBefore), longest first: 不得超过 before 超过, 不多于 before 多于
const pre = alternation(Object.keys(comparatorsBefore));
// A range's low end may be marked inclusive: 3000（含）—5000辆 (corpus 68).
// A range printed as a list of its two ends (corpus 63): 降低1、2％, 节能率为2·6、3·5％, 下降到7·15万、6·82万吨.
// Only digits, and only before a percent sign or with the multiplier of both ends, as 3、4月 and 1、2号线 are lists.
// A list of three or more (达到10万、20万、50万、100万TEU, dev 124) is an enumeration of figures, not a range.
// The words and dashes between a range's ends (100万元至2000万元, 3—5万亩); a horizontal bar (60―70％) and an en dash print one too,
// and an OCR'd text prints a dash between Arabic digits as 一 (25一30％, 550万一600万吨; dev 240, 181), which no numeral is there.
// a run of hyphens as a print gives a dash (3，000万----3，500万千瓦, dev 405)
const rangeDash = String.raw`(?:至|到|~|～|-{2,4}|-|—|－|―|–)`;
const ocrRangeDash = String.raw`(?<=\d(?:${multiplierPattern})?)一(?=\d)`;
// 签约320亿元, 节约1.2万吨: the 约 that ends a word (yueWordHeads) is no comparator (about); the other comparators stay after
// those characters (旅游节超过20万人次, 春节近10万人次)
const notAWordsEnd = String.raw`(?:(?<!${yueWordHeads})|(?!约))`;
// 经过五年, 通过3年努力, 不过九〇多万吨, 再过3至5年, 参与过一次: 过 after those ends a verb or an adverb, no comparator
const guardedPast = String.raw`(?:(?<![经通透不超跨越度渡错走再又与曾没有未])|(?!过))`;
const notLonger = String.raw`(?<!、[\d.]+(?:${multiplierPattern})?[\d.]*(?:${multiplierPattern})?)`;
// A list marker at a paragraph's start (1、 as 1.: the text's numbering, full-width digits folded) is no first end: `1、6,001人／平方公里以上`,
// `1、20%的资金` (dev 691). The second end is one whole number (`(?:${arabic})`: 1,200、1,500吨 is a list, no range).
const notMarker = String.raw`(?<!^\s*\d{1,3})`;
const listRange = String.raw`(?<=\d)${notMarker}${notLonger}、(?=(?:${arabic})[%％‰](?!、\d))|(?<=\d(?<listMult>${multiplierPattern}))${notLonger}、(?=(?:${arabic})\k<listMult>(?!、\d))`;
// A percentage in words before 至 and an amount (增加百分之七至五千八百零二億元) is a growth and the level it reaches,
// no range: the second end of a range of 百分之 has neither a multiplier nor a unit of its own (百分之二點五至三點五),
// so the match ends at the percentage and the level after 至 is a figure of its own (corpus 305).
const percentRangeEnd = String.raw`百分之${num}(?:余|多)? ?(?:${rangeDash}) ?${num}`;
const notPercentToAmount = String.raw`(?<!${percentRangeEnd}(?:${multiplierPattern}))(?!(?<=${percentRangeEnd})(?:${multiplierPattern}|${unitPattern}|[0-9.点${chineseDigits}]))`;
// 2兆7,844億元: Taiwan's 兆 is a trillion (萬億) before the part of a number in 億 (dev 442); elsewhere, before a unit (兆瓦, 兆焦), the
// prefix of the unit
const quantity = new RegExp(
  String.raw`(?:${notAWordsEnd}${guardedPast}(?<pre>${pre}) ?)?(?<pct>百分之|(?<!前)千分之)?(?:(?<zhao>\d{1,4})兆(?=(?:${belowMultiplier})[亿億]))?(?<num>${num})(?<a1>余|多)?(?<mult>${multiplier})?(?<a2>余|多)?` +
    // 3万多亿元 (3 万亿, about), 1万6千多户 (16 000), 1亿3千多万 (13 000 万): a number said in two multipliers (dev 125)
    // 22萬9千7百餘件 (229 700), 1万2千500元 (12 500): the part below the thousands after 千 (dev 559)
    // 1億3,000萬元 (13 000 萬), 17萬5 000平方米 (175 000): the part below in Arabic digits, grouped as thousands (dev 183)
    // 9億9,820萬8千元 (998 208 000 元): a Taiwan budget's amount down to the thousand, the whole in units (dev 442)
    // 1億8,389萬餘元 (18 389 萬元, about): 餘 or 多 after the part below 億 and its 萬 makes it about, as after one multiplier (dev 715)
    String.raw`(?:(?<=[万萬]余?多?)(?<mult1b>亿|億)|(?<=[万萬亿億])(?<subNum>\d{1,4})(?<subMult>千|百)(?:(?<=千)(?<subBelow>${belowThousands}))?(?<a3>余|多)?(?<subMult2>万|萬)?` +
    String.raw`|(?<=[亿億])(?<subWan>${belowYi})(?<a4>余|多)?(?<subWanMult>万|萬)(?<a5>余|多)?(?:(?<subQian>\d)(?<subQianPlace>千|百)(?=${unitPattern}))?|(?<=[万萬])(?<subOnes>${belowMultiplier}))?` +
    String.raw`(?:(?: ?(?:[（(]含[）)])? ?${rangeDash} ?|${ocrRangeDash}|(?<list>${listRange}))(?<num2>${num})(?<mult2>${multiplier})?(?:(?<=[亿億])(?<subWan2>${belowYi})(?<subWanMult2>万|萬))?${notPercentToAmount})?(?:(?!${milestoneNounSource}|${countedNounSource})(?<unit>${unitPattern})(?:\/(?<per>${perUnitPattern}))?)?` +
    // 1000元以上5000元以下: a second bound in the same unit; 增加六成至63,000億元 ends at 成 (its level after 至 is another figure, dev 183)
    String.raw`(?<post1>[或及]?以上|[或及]?以下)?(?:(?: ?${rangeDash} ?|(?<=以上))(?<num3>${num})(?<mult3>${multiplier})?${notPercentToAmount}(?<unit3>(?=${unitPattern})\k<unit>))?(?<post>[或及]?以上|[或及]?以下|以内|左右)?`,
  'y',
);

// Every match has a number, and at most 6 characters (a comparator word and 百分之) before it,
// which start with one of these: the pattern is tried only there, not at every character.
const numeral = new RegExp(`[0-9${chineseDigits}]`, 'g');
const before = Math.max(...Object.keys(comparatorsBefore).map((w) => w.length)) + ' 百分之'.length;
// 千分之十点八三: per mille in words, a rate in ‰ (dev 404); not a rank, 进入ESI前千分之一
const starts = new Set([...Object.keys(comparatorsBefore), '百分之', '千分之'].map((w) => w.charCodeAt(0)));

/** The pattern of a quantity (number, multiplier, unit, comparator words, range). */
export const quantitySource = quantity.source;

/**
 * The negated bounds (不超过, 不得低于 …) before the base a share is of, with or without 的 (注册资本的, 项目投资额, 基准价): see
 * scanQuantities and shareOfBaseBound. The base holds a word (不低于 70% has none); said without 的 it is a noun, no 的 inside and no
 * verb (rules.ts shareBaseVerbs): 不低于二级标准的天数比例达到85%, 不低于上年水平增长10% bound something else.
 */
const shareBound = new RegExp(
  `(${Object.keys(comparatorsBefore)
    .filter((w) => w.startsWith('不') && w !== '不足')
    .join('|')})(?:其|该)?(?:[^，,；;。：:\\d%％]{1,15}的|(?=[^，,；;。：:\\d%％]*?\\p{Script=Han})(?![^，,；;。：:\\d%％]*?(?:的|${shareBaseVerbs}))[^，,；;。：:\\d%％]{1,15})$`,
  'u',
);
const shareUnits = new Set(['%', '‰', '倍', '成']);

/**
 * The negated bound before the base of a share that ends right before `numStart` (不得超过注册资本的20%, 不超过项目投资额30%,
 * 不超过基准价20%): where it stands and the bound it sets, else undefined. A rule's cap or floor on a share of an amount (dev 119, 303, 493).
 */
export function shareOfBaseBound(text: string, numStart: number, unit: string): { start: number; comparator: NonNullable<Quantity['comparator']> } | undefined {
  if (!shareUnits.has(unit)) return undefined;
  const from = Math.max(0, numStart - 20);
  const m = shareBound.exec(text.slice(from, numStart));
  return m ? { start: from + m.index, comparator: comparatorsBefore[m[1]!]! } : undefined;
}
/** The verbs of reaching a mark or joining ranks (迈上…台阶, 跻身…行列) right before the figure: see scanQuantities. */
const milestoneVerbBefore = /(?:迈上|迈入|跨上|跃上|跨入|跻身|站上|登上)了?\s*$/;

/** The matches of the quantity pattern in `s`, as `s.matchAll` with it would find them. */
export function quantityMatches(s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let last = 0;
  numeral.lastIndex = 0;
  for (let m = numeral.exec(s); m; m = numeral.exec(s)) {
    const at = m.index;
    for (let start = Math.max(last, at - before); start <= at; start++) {
      if (start < at && !starts.has(s.charCodeAt(start))) continue;
      quantity.lastIndex = start;
      const found = quantity.exec(s);
      if (found) {
        out.push(found);
        last = numeral.lastIndex = found.index + found[0].length;
        break;
      }
    }
  }
  return out;
}

/** The words of the sentence before `at`, up to 80 characters back: where a unit's context words are read (contextUnits). A line's end
 * ends a sentence too: a heading that names an index (一、居民消费价格指数) says nothing of the 9点 of the paragraph under it. */
function sentenceBefore(text: string, at: number): string {
  return sentenceTail.exec(text.slice(Math.max(0, at - 80), at))![0];
}
/** The words after the last sentence end of a text (sentenceBefore). */
const sentenceTail = /[^。；;！？!?\n]*$/;

/** Quantities in `text[from, to)`; `masked[i]` is 1 inside quotes, titles and brackets. */
export function scanQuantities(text: string, from: number, to: number, masked: Uint8Array): Quantity[] {
  const out: Quantity[] = [];
  const slice = text.slice(from, to);
  for (const m of quantityMatches(slice)) {
    const g = m.groups!;
    const start = from + m.index;
    const numStart = start + m[0].indexOf(g.zhao ?? g.num!, (g.pre?.length ?? 0) + (g.pct?.length ?? 0));
    const end = start + m[0].length;
    const pct = g.pct !== undefined;
    // 参保人数增加1753万，/ 分别增加1753万和2028万 / 带来了426万内地旅客 / 接近200万的额外留港日数: a count in 万/亿
    // whose unit is left unsaid (people, visits) is a figure, in that multiplier; after Arabic digits 万 is
    // the multiplier before the clause's end, 的 or a noun of two or more characters (not 600万箱, whose 箱
    // is a measure word of its own); 惠及76万群众, 4800多万农村人口: a noun of people (peopleNounAfter) too.
    const unsaid =
      !pct &&
      !g.unit &&
      g.mult !== undefined &&
      /[0-9]/.test(g.num ?? '') &&
      (endsUnsaidCount.test(text.slice(end)) ||
        // 经济总量跨上2万亿新台阶: an amount in 万 or 亿 before the mark it reaches (milestone_nouns) is a level, its unit unsaid
        milestoneAfter.test(text.slice(end)) ||
        // 20万以上人口县: a bound right before a noun names a class of it, no count of it (dev 244)
        ((peopleNounAfter.test(text.slice(end)) || (/^\p{Script=Han}/u.test(text.slice(end)) && startsWord(text, end))) && !/(?:以上|以下)$/.test(m[0])));
    const unit = pct ? (g.pct === '千分之' ? '‰' : '%') : unsaid ? '' : g.unit;
    if (unit === undefined || (unit === '' && !unsaid) || !g.num) continue;
    if (masked[numStart]) continue;
    // （四）2012550台侨事务—事业运行75.62万元: a subject's code in the national classification, right after an item's number or another code,
    // is no count of 台 (classificationCode, dev 361); a count after any other 、 is one (分别为1051234人、1012345人)
    if (!pct && g.mult === undefined && classificationCode.test(g.num ?? '') && classificationCodeBefore.test(text.slice(Math.max(0, numStart - 12), numStart))) continue;
    // 自然增长率为-3.84‰: a minus sign after words, a space or a bracket (not after a digit, a letter or a sign: 2021-2025, A-3, --3) makes the
    // value negative, one figure (dev 291)
    const minus = start === numStart && /[-－−]/.test(text[numStart - 1] ?? '') && !/[A-Za-z0-9.\-+/_－−—]/.test(text[numStart - 2] ?? '');
    if ((/[A-Za-z0-9.\-+/_]/.test(text[numStart - 1] ?? '') && !minus) || text[numStart - 1] === '第') continue;
    if (ordinalListBefore.test(text.slice(Math.max(0, numStart - 24), numStart))) continue;
    // Copyright©2023  张家口联通: the number after a copyright sign is the year of a page's footer, no figure (dev 450); not after (c)
    // alone, an item's letter ((a) 2,000元；(b) 5,000元；(c) 10,000元), only after Copyright (c)
    if (/(?:©|Copyright(?:\s*\(c\))?|版权所有)\s*$/iu.test(text.slice(Math.max(0, numStart - 16), numStart))) continue;
    // 流动资金贷款平均每年增长1L 7％: a Latin letter a space before the number is an OCR's misread digit, or a name's
    if (/[A-Za-z] +$/.test(text.slice(Math.max(0, numStart - 4), numStart))) continue;
    // 几十倍的增长: a vague count; 增加02亿元: a leading zero is an OCR's lost digit (or a code), no amount
    if (text[numStart - 1] === '几' || /^0\d/.test(g.num)) continue;
    // 5kW, 3M: a Latin letter right after the unit is a unit or a code the scan did not read; not a grade of the things a classifier
    // counts (8个A级景区, 3家AAAA级物流企业, 12个A类项目, dev 368)
    if (/^[A-Za-z+-]/.test(text.slice(end, end + 1)) && !(classifierUnits.has(unit) && /^[A-E]{1,5}[级类級類]/.test(text.slice(end)))) continue;
    if (unitWordBreakers[unit]?.test(text.slice(end))) continue;
    // 5000P, 12E: a letter alone is a unit of compute power in a clause that names it (not 3P空调, 5E级景区)
    if (computeLetters.has(unit) && !computeWord.test(text.slice(from, numStart))) continue;
    // 价格指数为112.6点, 指數為100.3，較上月上升0.89點: an index's points only where the words of the sentence before the number name an
    // index (contextUnits; not 8点, 3点意见)
    if (contextUnits.get(unit)?.test(sentenceBefore(text, numStart)) === false) continue;
    // 3月5日 is a date; 30日内 / 15日起 is a time limit, and so is a length a comparator bounds (修理时间超过5日, dev 147) or one
    // said ahead of an act (提前15日向…申请, dev 306: deadlineBefore).
    if (
      unit === '日' &&
      (/月\s*$/.test(text.slice(Math.max(0, numStart - 2), numStart)) ||
        !(g.pre || /^(?:内|以内|之内|起|前|后|以上|以下)/.test(g.post ? g.post : text.slice(end)) || deadlineBefore.test(text.slice(Math.max(0, numStart - 4), numStart))))
    )
      continue;
    // 超过八成获得批准 is a share; 成员, 成立, 成为 after a numeral are words (三成员, 统一成立).
    if (unit === tenthUnit && (g.mult !== undefined || startsWord(text, end - 1))) continue;
    const chineseForm = isChineseNumeral(g.num);
    let value = parseNumber(g.num);
    if (Number.isNaN(value)) continue;
    // 一批 (a batch of) says some, no count: not after a comparator word either (着力突破一批关键技术, dev 439); 三批 counts batches
    if (chineseForm && value === 1 && unit === '批') continue;
    // 百家企业, 千村: a place unit alone is a word, not a number; with 余 or 多 after it, it is one (千余家, 百余项). Not after a
    // comparator: 超千亿元企业, 突破百亿元 name a class or a mark more often than a figure.
    if (chineseForm && !/[零〇一二两兩三四五六七八九十]/.test(g.num) && (g.a1 ?? g.a2) === undefined) continue;
    // 数十个, 数千户: a vague count, as 几十 is (数 is no part of the label before it); not the 数 that ends a noun (参会人数十万人次,
    // 总层数十层以上).
    if (
      /[数數]/.test(text[numStart - 1] ?? '') &&
      !/[人户戶层層次件总總个個家项項]/.test(text[numStart - 2] ?? '') &&
      /^[十百千]$/.test(g.num) &&
      (g.pre ?? g.post ?? g.post1) === undefined
    )
      continue;
    // 三人以上, 两名以上: a small count with a bound is a quantity all the same.
    // 届满前一个月: one of a length of time before a deadline word is a time limit all the same.
    const deadline = timeUnits.has(unit) && deadlineBefore.test(text.slice(Math.max(0, numStart - 4), numStart));
    // 分二期至六期繳納: a range bounds its count as a comparator does (dev 148).
    const range = (g.num2 ?? g.num3) !== undefined;
    if (chineseForm && arabicOnlyUnits.has(unit)) continue;
    // 城镇人均居住面积从七点九平方米增加到九平方米: a small number a verb of reaching a level leads to is a figure, no word (dev 404);
    // a count of things is not (上升到一个新水平, 从一件件小事干起: a classifier's small count is a word)
    const reached = !classifierUnits.has(unit) && reachedBefore.test(text.slice(Math.max(0, numStart - 4), numStart));
    if (chineseForm && !pct && !acceptChineseNumeral(value, g.mult, unit, (g.a1 ?? g.a2) !== undefined) && !(g.post1 ?? g.post ?? g.pre) && !deadline && !range && !reached)
      continue;
    // 每五年, 十年内, 满三十年, 执行期限12年, 一年以下有期徒刑, 3年以上劳动合同 (以上 read as post1, dev 123), 10年及以上 (dev 66): 年 is a unit only as a
    // length of time, never as a year (2020年).
    if (
      unit === '年' &&
      !(
        value < 100 &&
        (yearSpanBefore.test(text.slice(Math.max(0, numStart - 6), numStart)) ||
          /^(?:之?内|以内|[及或]?以[上下]|期)/.test(text.slice(end - (g.post ?? g.post1 ?? '').length)) ||
          (/连续\s*$/.test(text.slice(Math.max(0, numStart - 3), numStart)) && grantSpanAfter.test(text.slice(end))))
      )
    )
      continue;
    // 3—5万亩: a low end without a multiplier shares the high end's (3万 to 5万 亩, not 3 亩 to 5万 亩)
    const shared = g.mult === undefined && g.num2 !== undefined && g.mult2 !== undefined && g.list === undefined && parseNumber(g.num2) >= value;
    let mult = g.mult ?? (shared ? g.mult2! : '');
    // 3万多亿元: 万 and 亿 around 多 are one multiplier, 万亿.
    if (g.mult1b) mult = `${mult}${g.mult1b}`;
    // 1万6千多户 is 16 000 户, 1亿3千多万 is 13 000 万: the whole in the last multiplier said (none: in units).
    if (g.subNum) {
      // 22萬9千7百餘件 is 229 700 件, 1万2千500元 12 500 元: the part below the thousands too (dev 559)
      const sub = Number(g.subNum) * (g.subMult === '千' ? 1e3 : 1e2) + (g.subBelow ? parseNumber(g.subBelow) : 0);
      const whole = value * multipliers[mult]! + sub * (g.subMult2 ? multipliers[g.subMult2]! : 1);
      mult = g.subMult2 ?? '';
      value = tidy(whole / (mult ? multipliers[mult]! : 1));
    } else if (g.subWan ?? g.subOnes) {
      // 1億3,000萬元 is 13 000 萬元, 17萬5 000平方米 175 000 平方米: as above, in the last multiplier said.
      let sub = parseNumber((g.subWan ?? g.subOnes)!) * (g.subWanMult ? multipliers[g.subWanMult]! : 1);
      mult = g.subWanMult ?? '';
      // 9億9,820萬8千元 is 998 208 000 元: a place after the last multiplier leaves the whole in units, as 1万6千多户 does
      if (g.subQian) {
        sub += Number(g.subQian) * (g.subQianPlace === '千' ? 1e3 : 1e2);
        mult = '';
      }
      value = tidy((value * multipliers[g.mult!]! + sub) / (mult ? multipliers[mult]! : 1));
    }
    // 两成七 is 2.7 成 (27%): a digit after 成 that makes no word with what follows says the hundredths (dev 183).
    if (g.zhao) value = tidy(value + (Number(g.zhao) * 1e12) / (mult ? multipliers[mult]! : 1));
    const hundredths = unit === tenthUnit ? tenthsDigit.exec(text.slice(end)) : null;
    if (hundredths) value = tidy(value + parseNumber(hundredths[1]!) / 10);
    const factor = mult ? multipliers[mult]! : 1;
    // 0.4012元/千瓦时: a price per unit keeps its base unit (money) and shows the whole.
    const q: Quantity = { start, end: end + (hundredths ? 1 : 0), numStart, value, unit: `${mult}${unit}${g.per ? `/${g.per}` : ''}`, baseUnit: unit };
    if (factor !== 1) q.scale = tidy(value * factor);
    const maxNum = g.num2 ?? g.num3;
    if (maxNum !== undefined && !(g.unit3 && g.unit3 !== unit)) {
      const max = parseNumber(maxNum);
      // 一千元以上一万元以下: the upper bound in the lower bound's unit (10000 元).
      const maxMult = g.num2 !== undefined ? g.mult2 : g.mult3;
      const maxFactor = maxMult ? multipliers[maxMult]! : 1;
      // 一亿五千万 as the high end: its part below 亿, in 万
      const maxBelow = g.subWan2 ? parseNumber(g.subWan2) * multipliers[g.subWanMult2!]! : 0;
      if (!Number.isNaN(max)) q.max = tidy((max * maxFactor + maxBelow) / factor);
      // 四亿九千万～五亿吨, 十一亿五千万至十二亿吨: a low end in two multipliers and a high end in the larger alone read in the larger
      // (4.9-5 亿吨, 11.5-12 亿吨: dev 374, 404); both in two (一亿三千万至一亿五千万吨) stay in the smaller
      if (g.subWan && g.subWanMult && maxMult === g.mult && !g.subWan2 && !Number.isNaN(max) && maxFactor > factor) {
        q.value = tidy((value * factor) / maxFactor);
        q.max = max;
        q.unit = `${maxMult}${unit}${g.per ? `/${g.per}` : ''}`;
        q.scale = tidy(q.value * maxFactor);
      }
      // 下降到7·15万、6·82万吨: a list gives its ends in either order; the figure is the lower end.
      if (g.list !== undefined && q.max !== undefined && q.max < value) {
        [q.value, q.max] = [q.max, value];
        if (factor !== 1) q.scale = tidy(q.value * factor);
      }
    }
    // a range with a minus sign (-3—5%) is left, as before
    if (minus && q.max !== undefined) continue;
    if (minus) {
      q.start -= 1;
      q.value = -q.value;
      if (q.scale !== undefined) q.scale = -q.scale;
    }
    // A range says both bounds: 1000元以上5000元以下 has no comparator of its own.
    const cmp = g.pre ?? g.a1 ?? g.a2 ?? g.a3 ?? g.a4 ?? g.a5 ?? (q.max === undefined ? (g.post ?? g.post1) : g.post === '左右' ? g.post : undefined);
    if (cmp) q.comparator = comparatorWords[cmp];
    // 不得超过注册资本的20%, 不得低于项目总投资的30%: a rule's cap or floor on a share of a base named between the bound word and the
    // share bounds the share as 不超过 right before a number does (dev 303); a base with a figure of its own (不超过10万元的部分按20%) is
    // what that bound is on, not the share.
    else if (q.max === undefined && shareOfBaseBound(text, numStart, unit)) q.comparator = shareOfBaseBound(text, numStart, unit)!.comparator;
    // 迈上5万亿元台阶, 跨上2万亿新台阶, 跻身500亿元行列: a mark reached or ranks joined (milestone_nouns) after a verb of reaching it is a level
    // of at least the figure (dev 498, 496, 307)
    else if (milestoneVerbBefore.test(text.slice(Math.max(0, numStart - 4), numStart)) && milestoneAfter.test(text.slice(end))) q.comparator = '>=';
    // 30日内, 五个工作日之内: a time limit is an upper bound.
    else if (timeUnits.has(unit) && q.max === undefined && /^之?内/.test(text.slice(end))) q.comparator = '<=';
    // 3年期以上贷款: a term of years and its bound after 期
    else if (unit === '年' && /^期(以上|以下|以内)/.test(text.slice(end))) q.comparator = comparatorWords[/^期(以上|以下|以内)/.exec(text.slice(end))![1]!];
    out.push(q);
  }
  // 融资近亿元, 带动相关产业规模超万亿元: a multiplier alone after 近/超/逾/约/突破 is one of it.
  for (const m of slice.matchAll(bareMultiplier)) {
    const start = from + m.index;
    const numStart = start + m[1]!.length;
    if (masked[numStart] || out.some((q) => q.start < start + m[0].length && start < q.end)) continue;
    const unit = m[3]!;
    out.push({ start, end: start + m[0].length, numStart, value: 1, unit: `${m[2]}${unit}`, baseUnit: unit, scale: multipliers[m[2]!]!, comparator: comparatorWords[m[1]!]! });
  }
  return shareUnitTail(
    text,
    out.sort((x, y) => x.start - y.start),
  );
}

/**
 * 分别提高 3 个和 4 个百分点: the first of two figures joined by 和/、 takes the unit the second completes; in a longer
 * list (10万、20万、50万、100万TEU) each takes it from the one after it, from the last back.
 */
function shareUnitTail(text: string, found: Quantity[]): Quantity[] {
  found = respectivelyListHeads(text, found);
  [...found.keys()].reverse().forEach((i) => {
    const q = found[i]!;
    const next = found[i + 1];
    if (!next || next.unit === q.unit || !next.unit.startsWith(q.unit) || !listMarkAlone.test(text.slice(q.end, next.start))) return;
    q.unit = next.unit;
    q.baseUnit = next.baseUnit;
  });
  return found;
}

/** A number without a unit right before 、 or a joint and a figure (11.1、11.2个百分点), after 分别 and its verb. */
const bareListItem = new RegExp(String.raw`分别\p{Script=Han}{0,4}?(?:(?:\d+(?:\.\d+)?)\s*[、${jointChars}]\s*)*?(\d+(?:\.\d+)?)\s*[、${jointChars}]\s*$`, 'du');

/**
 * 分别提高11.1、11.2个百分点, 分别提高1.5和2.5个百分点: after 分别, which says several figures follow, the items of a list whose
 * unit only the last writes are figures in that unit (dev 358); without 分别 such numbers may be a name's or a date's
 * (地铁1、2号线, 3、4月), and stay none.
 */
function respectivelyListHeads(text: string, found: Quantity[]): Quantity[] {
  const heads: Quantity[] = [];
  for (const [i, q] of found.entries()) {
    if (!q.unit || q.max !== undefined) continue;
    const from = Math.max(found[i - 1]?.end ?? 0, q.start - 40);
    let next = q;
    for (;;) {
      const m = bareListItem.exec(text.slice(from, next.start));
      if (!m) break;
      const start = from + m.indices![1]![0];
      const head: Quantity = {
        start,
        end: start + m[1]!.length,
        numStart: start,
        value: Number(m[1]),
        unit: q.unit,
        baseUnit: q.baseUnit,
        ...(q.scale !== undefined ? { scale: q.scale } : {}),
      };
      heads.push(head);
      next = head;
    }
  }
  return heads.length ? [...found, ...heads].sort((x, y) => x.start - y.start) : found;
}

const tenthsDigit = /^([一二三四五六七八九])(?=$|[^\p{Script=Han}]|的)/u;

const bareMultiplier = /(近|超过|超|逾|约|突破)(万亿|萬億|亿|億|万|萬)(元|人)/g;

/** Whether the character at `at` begins a word of two or more characters with those after it, as Intl.Segmenter cuts the text around it. */
function startsWord(text: string, at: number): boolean {
  const from = Math.max(0, at - 2);
  for (const w of wordSegmenter.segment(text.slice(from, at + 4))) if (from + w.index === at) return w.segment.length > 1;
  return false;
}

/** A verb of reaching a level right before a number (达到, 增加到, 扩大到, 降至: rules.ts fromToVerbs), or the 由/从 of the level it was reached from. */
const reachedBefore = new RegExp(String.raw`(?:由|从|达到|${fromToVerbs}(?:到|至))\s*$`);

// 一千二百人, 两万人, 三亿元 are figures; 两家, 三个 and 十一次 (a meeting) are words.
function acceptChineseNumeral(value: number, mult: string | undefined, unit: string, approximate: boolean): boolean {
  // 三千多间海外公司: a count in the hundreds or more, said as about so many, is no word (一间, 十一次全会), nor is one in 万 or
  // 亿 (三千亿度, 六千万担: dev 374)
  if (!chineseNumeralUnits.has(unit)) return wordLikeUnits.has(unit) && (mult !== undefined || (approximate && value >= 100));
  if (timeUnits.has(unit)) return value >= 2; // 五个工作日内, 三个月; not 一天
  if (unit === tenthUnit) return value >= 2 && value <= 9;

  return value >= 10 || mult !== undefined || moneyUnits.has(unit) || unit === '倍';
}

// Closing bracket of each opening one, by UTF-16 code (all are in the BMP).
const openers = new Map<number, number>(
  Object.entries({ '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '(': ')', '（': '）', '〈': '〉' }).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]),
);
/**
 * The end of `text` from `from` to `at` that a rule anchored at the end (…\s*$) reads: the white space right before `at` and `reach`
 * characters before it (code units: the rules' words are Han characters of the BMP), not before `from`. A rule whose words and
 * look-behind are at most `reach` long answers the same on it as on the whole slice, and its read no longer grows with the text
 * before (a table of a PDF's text with no 。 is one sentence of 86,000 characters, whose every year was read back to its start: dev 427).
 */
export function endBefore(text: string, from: number, at: number, reach: number): string {
  let start = at;
  while (start > from && /\s/.test(text[start - 1]!)) start--;
  return text.slice(Math.max(from, start - reach), at);
}

/**
 * Where the first match of `re` in `text` ends, or Infinity: for a pattern that reads nothing after its match and whose matches end
 * later the later they start (forecastBelow: a forecast's note ends at its closing bracket, and notes do not nest), `re.test(text.slice(0, at))`
 * is `firstMatchEnd(re, text) <= at`. A rule asked at every figure whether the paragraph before it holds the pattern reads the paragraph
 * once (on a page of 830,000 characters on one line, that read was 11 % of the figures' time).
 */
export function firstMatchEnd(re: RegExp, text: string): number {
  if (re.global || re.sticky) throw new TypeError(`firstMatchEnd needs a pattern without the g or y flag: ${re}`);
  const m = re.exec(text);
  return m ? m.index + m[0].length : Infinity;
}

/** A note in brackets (rules.ts bracketNote) as a whole: `（系指…，下同）`. */
const wholeBracketNote = new RegExp(`^(?:${bracketNote.source})$`);
const roundBracket = /[（()）]/g;

/** The last text's notes in brackets: their opening and closing brackets' offsets, in order. */
let notesRead: { text: string; opens: number[]; closes: number[] } | undefined;

/**
 * Whether `at` stands inside a note in brackets of `text` (`（包括…，下同）`, `（系指…）`, brackets included): a pair of round brackets
 * with no bracket between them, whose text is a note (bracketNote as a whole). The pairs are read once per text and kept for the
 * next call on the same text: datedBefore asks it of every year of a paragraph, and looking back from each year for the last bracket
 * read a paragraph with no bracket again per year (a one-line page's paragraph is the whole page, 770 KB: dev 427).
 */
export function inBracketNote(text: string, at: number): boolean {
  if (notesRead?.text !== text) notesRead = { text, ...bracketNotes(text) };
  const { opens, closes } = notesRead;
  let low = 0;
  let high = opens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (opens[mid]! <= at) low = mid + 1;
    else high = mid;
  }
  return low > 0 && at <= closes[low - 1]!;
}

function bracketNotes(text: string): { opens: number[]; closes: number[] } {
  const opens: number[] = [];
  const closes: number[] = [];
  let open = -1;
  for (const m of text.matchAll(roundBracket)) {
    if (m[0] === '（' || m[0] === '(') open = m.index;
    else {
      if (open >= 0 && wholeBracketNote.test(text.slice(open, m.index + 1))) {
        opens.push(open);
        closes.push(m.index);
      }
      open = -1;
    }
  }
  return { opens, closes };
}

const fullStop = '。'.charCodeAt(0);
const asciiQuote = '"'.charCodeAt(0);

/**
 * The text from `from` to `to` with what maskQuoted marks (quoted names, book titles, bracketed names) blanked out: a clause
 * word inside a name (“两个确保”) is the name's, not the clause's (dev 255).
 */
export function outsideQuotes(text: string, masked: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += masked[i] ? '·' : text[i];
  return out;
}

/**
 * Marks every character inside quotes, book titles and brackets (names, versions, years of a plan): 1
 * inside, 0 outside; a full stop closes whatever is still open, and a round bracket closes in either width. Round brackets holding clauses of their own (（风电400小时，光伏300小时）) are
 * prose, not a name: they stay unmasked.
 */
export const maskQuoted = (text: string): Uint8Array => pairQuoted(text).masked;

/** maskQuoted's mask, with the pairs it found: `openedAt.get(i)` is where the quote, title or bracket that closes at `i` opened. */
export function pairQuoted(text: string): { masked: Uint8Array; openedAt: Map<number, number> } {
  const masked = new Uint8Array(text.length);
  const openedAt = new Map<number, number>();
  const stack: { closer: number; at: number }[] = [];
  let ascii = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    // An unclosed bracket must not hide the rest of the paragraph, nor an ASCII quote still open at a
    // full stop: a quoted name never spans a sentence, a stray quote (or a JSON string's own) does.
    if (ch === fullStop) {
      stack.length = 0;
      ascii = false;
    }
    if (ch === asciiQuote) {
      ascii = !ascii;
      continue;
    }
    const closer = openers.get(ch);
    if (closer !== undefined) {
      stack.push({ closer, at: i });
      continue;
    }
    // （CPI) in a Word document: a round bracket opened in one width closes in either (dev 292)
    const top = stack[stack.length - 1];
    if (top && (ch === top.closer || (roundClosers.has(ch) && roundClosers.has(top.closer)))) {
      const { at } = stack.pop()!;
      openedAt.set(i, at);
      const inside = text.slice(at + 1, i);
      if (
        stack.length === 0 &&
        !ascii &&
        roundClosers.has(ch) &&
        (clauseInside.test(inside) || ((quantityInside.test(inside) || partsInside.test(inside)) && !yearInside.test(inside)))
      )
        masked.fill(0, at + 1, i);
      continue;
    }
    if (stack.length > 0 || ascii) masked[i] = 1;
  }
  return { masked, openedAt };
}

const roundClosers = new Set([')'.charCodeAt(0), '）'.charCodeAt(0)]);
/** A bracket's content with a clause break and a figure: prose in brackets. */
const clauseInside = /^(?=.*[0-9０-９])(?=.*[，,；;]).{6,}$/su;
/**
 * A measured quantity in a bracket after the Han words that name it, at least `named` of them (0: the words may be left to the noun
 * before the bracket): 人员经费699.09万元, 0.3035元/千瓦时. Regex source.
 */
const quantityNamed = (named: 0 | 1): string => String.raw`\p{Script=Han}{${named},16}?\s*[0-9][0-9.,]*\s*(?:${multiplierPattern})?(?:${unitPattern})`;
/**
 * A bracket's content that is one measured quantity, alone or after the few words that name it, per a unit or not, a bound after it
 * or not: the value of the noun before the bracket (煤电基准价（0.3035元/千瓦时）, dev 65) or a condition of its own
 * (每新增一条外贸航线(年度吞吐量超过1万TEU), dev 124), not a name.
 */
const quantityInside = new RegExp(String.raw`^\s*${quantityNamed(0)}(?:\/(?:${unitPattern}))?(?:以上|以下)?\s*$`, 'u');
/**
 * A bracket's content that sets out the parts of the figure before it: a list of measured quantities, each after the words that
 * name it (拨款支出768.66万元（人员经费699.09万元、日常公用经费69.57万元）), or one that 其中 opens (6.50万元，（其中：人员经费支出6.50万元）;
 * a body's accounts, dev 378), or 含 or 不含, a part included or left out (91.4万人（含电大普通专科班8.1万人）, 57.8亿元（不含辽滨经开区33.7亿元）,
 * dev 386, 324): figures of their own, not a name.
 */
const partInside = quantityNamed(1);
export const partsInside = new RegExp(String.raw`^\s*(?:(?:其中|不?含)[：:]?\s*${partInside}(?:、${partInside})*|${partInside}(?:、${partInside})+)\s*$`, 'u');
/**
 * A year or a phase in a bracket (（2021—2025年）, （2025年版）, 智算中心（一期100P）): the plan's years, a version or what one
 * phase of a named project is, no figure.
 */
const yearInside = /(?:19|20)\d{2}|^\s*[一二三四五六七八九十首]期/;
