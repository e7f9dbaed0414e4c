// Units of measure a figure may carry, as data: what counts as a unit, and what a multiplier is worth.
//   6.2万人 → value 6.2, unit 万人, scale 62000;  5.1个百分点 → unit 个百分点 (not %)
import unitData from '../data/units.json' with { type: 'json' };
import { alternation } from '../regexp.ts';

/** Multipliers written between the number and the unit (万元, 亿元, 万平方米). */
export const multipliers: Record<string, number> = {
  万亿: 1e12,
  萬億: 1e12,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  千万: 1e7,
  千萬: 1e7,
  百万: 1e6,
  百萬: 1e6,
};

/** What a unit measures where a rule asks (data/units.json measure). */
type Measure = 'age' | 'span' | 'hours' | 'money' | 'people';
/** The one spelling of a percent-like unit (data/units.json rate). */
type Rate = '%' | '个百分点' | '倍';
/** A group of units of the data file, with what is known of them: how they follow a Chinese numeral, what they measure, whether they classify things. */
type UnitGroup = {
  units: string[];
  note?: string;
  after_chinese_numeral?: 'word' | 'never';
  measure?: Measure;
  classifier?: boolean;
  rate?: Rate;
  /** Words one of which the text before the number must hold for the unit to count (an index's 点 after 指数). */
  context_words?: string[];
};
const unitGroups = unitData.groups as UnitGroup[];
/** The units of the groups that `keep` keeps. */
const unitsWhere = (keep: (g: UnitGroup) => boolean): Set<string> => new Set(unitGroups.filter(keep).flatMap((g) => g.units));

/** Measure words and units, both scripts (data/units.json). Longest first when compiled into a pattern. */
export const baseUnits: readonly string[] = unitGroups.flatMap((g) => g.units);

/**
 * Letters that stand for a unit of compute power (5000P is 5000 PFLOPS, 12E is 12 EFLOPS): units only in a clause
 * that names compute power (computeWord), not in 3P空调 or 5E级景区.
 */
export const computeLetters = new Set<string>(['P', 'E']);
export const computeWord = /算力/;

/**
 * Units that count only where the text before the number names their context (data/units.json context_words): an index's points,
 * 价格指数为112.6点, not a clock's 8点 nor a list's 3点意见 (dev 441, 640, 737, 849).
 */
export const contextUnits: ReadonlyMap<string, RegExp> = new Map(
  unitGroups.filter((g) => g.context_words !== undefined).flatMap((g) => g.units.map((u) => [u, new RegExp(alternation(g.context_words!))] as const)),
);

/** Units of age: a rule's age limit (未满十八周岁) is a 年龄. */
export const ageUnits = unitsWhere((g) => g.measure === 'age');

/** Units of a length of time, spans of the calendar and hours: a rule's time limit (5个工作日内, 三十日内, 24小时内) is a 期限. */
export const timeUnits = unitsWhere((g) => g.measure === 'span' || g.measure === 'hours');

/** Spans of the calendar (年, 个月, 天): the term of a measure (在区内工作满10年), no headline unless its label says what it measures (span_nouns). */
export const termUnits = unitsWhere((g) => g.measure === 'span');

/**
 * A share in tenths: 七成 is 70%. Only after a numeral from 两 to 九 (一成不变 is an idiom), and only where 成
 * does not begin a word with what follows (三成员, 统一成立, 合并成为): scan.ts asks Intl.Segmenter.
 */
export const tenthUnit = '成';

/** Units counted after Arabic numerals only, never after a Chinese numeral (一只犬, 三类企业: data/units.json after_chinese_numeral never). */
export const arabicOnlyUnits = unitsWhere((g) => g.after_chinese_numeral === 'never');

/**
 * Units that make words with a Chinese numeral (十一次全会, 一度, 一张蓝图: data/units.json after_chinese_numeral word): counted after Arabic
 * numerals, and after a Chinese numeral only in 万 or 亿 (三千亿度) or about so many hundreds (三千多间).
 */
export const wordLikeUnits = unitsWhere((g) => g.after_chinese_numeral === 'word');

/** Units a bare Chinese numeral may carry. */
export const chineseNumeralUnits = unitsWhere((g) => g.after_chinese_numeral === undefined);

/** Units of one measure in different sizes: a from-to may say its ends in two of them (由目前的1公升減至750毫升). */
const unitFamilies: readonly (readonly string[])[] = [
  ['升', '公升', '毫升'],
  ['克', '公斤', '千克', '吨', '噸'],
  ['米', '公里', '千米', '毫米', '厘米', '公尺', '公分'],
  ['平方公里', '平方千米'],
];

/** Whether two units measure the same thing (公升 and 毫升). */
export const sameMeasure = (u1: string, u2: string): boolean => u1 === u2 || unitFamilies.some((f) => f.includes(u1) && f.includes(u2));

/** Units that measure money (data/units.json measure money); used to tell 投资项目140个 from its amount 13.6亿元. */
export const moneyUnits = unitsWhere((g) => g.measure === 'money');

/** Units that count people (data/units.json measure people). */
export const personUnits = unitsWhere((g) => g.measure === 'people');

/**
 * Classifiers that count discrete things (个 家 名 项 所: data/units.json classifier): what they count may be two kinds of thing joined by 和
 * (1万名专业技术人才和企业高级管理人员), where a length or an area measures one thing (15公里农村公路新改建和胜利大桥改扩建).
 */
export const classifierUnits = unitsWhere((g) => g.classifier === true);

const rates = new Map<string, Rate>(unitGroups.flatMap((g) => (g.rate ? g.units.map((u): [string, Rate] => [u, g.rate!]) : [])));

/** Normalised spelling of a unit for grouping and display (％ → %, 個百分點 → 个百分点: data/units.json rate). */
export function canonicalRateUnit(unit: string): Rate | null {
  return rates.get(unit) ?? null;
}

/** Regex source matching any base unit, longest first. */
export const unitPattern = alternation(baseUnits);

/** Units said only after a slash, as what another unit is per (新增抽排能力150立方米/秒): never a figure's unit alone. */
export const perOnlyUnits = ['秒'] as const;

/** Regex source matching the unit after a slash (元/千瓦时, 万吨/日, 立方米/秒), longest first. */
export const perUnitPattern = alternation([...baseUnits, ...perOnlyUnits]);

/** Regex source matching any multiplier, longest first. */
export const multiplierPattern = alternation(Object.keys(multipliers));

/**
 * Multipliers said only after Arabic digits right before a unit of money: 450千元, 745,610千元 (a subsidy scale's or a Taiwan budget's
 * amount in thousands, dev 691, 559) is value 450, unit 千元, as 450万元 is 450 万元. Elsewhere 千 is a numeral's place: 三千元, 5千多元,
 * 5千户 (scan.ts placed), 9億9,820萬8千元.
 */
export const moneyMultipliers: Record<string, number> = { 千: 1e3 };

/** Regex source matching a money multiplier after a digit and before a unit of money (data/units.json measure money). */
export const moneyMultiplierPattern = String.raw`(?<=\d)(?:${alternation(Object.keys(moneyMultipliers))})(?=${alternation([...moneyUnits])})`;
