// Units of measure a figure may carry, as data: what counts as a unit, and what a multiplier is worth.
//   6.2万人 → value 6.2, unit 万人, scale 62000;  5.1个百分点 → unit 个百分点 (not %)
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

/** Percent-like units: a number with one of these after a growth verb is a change, else a level. */
export const rateUnits = ['个百分点', '個百分點', '百分点', '百分點', '%', '％', '倍'] as const;

/** Measure words and units, both scripts. Longest first when compiled into a pattern. */
export const baseUnits = [
  ...rateUnits,
  // a per-mille level (人口自然增长率12.5‰); not a unit of change in the record
  '‰',
  // a rate per 100 000 (孕产妇死亡率下降到12/10万以下, dev 198): one unit, not the count 10万
  '/10万',
  '/10萬',
  // renminbi said after the amount in Hong Kong (63,000億元人民幣, dev 120, 183)
  '元人民币',
  '元人民幣',
  // and after a multiplier without 元 (120亿人民币: an amount in renminbi, not 人民 counted nor 人)
  '人民币',
  '人民幣',
  '元',
  '美元',
  '港元',
  // Macau's pataca (2,422億澳門元, a monetary authority's release, dev 441)
  '澳門元',
  '澳门元',
  '欧元',
  '歐元',
  '日元',
  '平方米',
  // the spoken square metre (超过1000万平米居民采暖需求)
  '平米',
  '平方公里',
  // the square kilometre said as 平方千米 (总面积3654平方千米, dev 448)
  '平方千米',
  '亩',
  '畝',
  // a bulletin's area in thousands of hectares (粮食播种面积3772.0千公顷): a unit of its own, as 千米 is
  '千公顷',
  '千公頃',
  '公顷',
  '公頃',
  '吨标准煤',
  '噸標準煤',
  // a ship's gross tonnage (60元/总吨, dev 124)
  '总吨',
  '總噸',
  '吨',
  '噸',
  // grain in 斤 (76.28亿斤), cotton in 担 (六千万担, dev 374: a word after a Chinese numeral alone, 一担水), telephone lines in 门
  // (2000多万门), a concentration (25.9微克/立方米)
  '斤',
  '担',
  '擔',
  '门',
  '門',
  '微克/立方米',
  '公斤',
  '千克',
  '公克',
  '毫克',
  // air quality: PM2.5平均浓度30微克/立方米
  '微克',
  '克',
  '千瓦',
  '兆瓦',
  // twenty-foot equivalent units in words (集装箱吞吐量达到5150.6万标准箱; 1,400萬個標準箱 in Hong Kong)
  '个标准箱',
  '個標準箱',
  '标准箱',
  '標準箱',
  '标箱',
  '標箱',
  // twenty-foot equivalent units of a port's container throughput (吞吐量超过1万TEU, dev 124)
  'TEU',
  // a bandwidth, a download rate (5G手机用户文件平均下载速率超122Mbps, dev 394; 1000兆比特/秒 is its Chinese name)
  'Gbps',
  'Mbps',
  'Kbps',
  // compute power and storage (智能算力规模超过30EFLOPS, 存力总规模达到1800EB), and compute power said by its letter
  // alone (5000P, 12E, 算力规模突破4000P, 11.4万P: computeLetters, units only in a clause that names 算力; dev 178, 244)
  'EFLOPS',
  'EFlops',
  'PFLOPS',
  'PFlops',
  'TFLOPS',
  'TFlops',
  'EB',
  'PB',
  // internet traffic (全年移动互联网接入流量达2618亿GB, dev 362), and IPv6 addresses counted in blocks of /32, as CNNIC's
  // reports count them (IPv6地址数量为69080块/32, dev 362, 364): one unit, not 块 and a number after it
  'GB',
  '块/32',
  '塊/32',
  'P',
  'E',
  '列',
  '处',
  '處',
  '家',
  '个',
  '個',
  '项',
  '項',
  '人次',
  '人',
  '名',
  '位',
  '支',
  '场次',
  '場次',
  // voyages, flights, sailings, trains (南山港服务科考船2152航次, dev 141)
  '航次',
  '架次',
  '艘次',
  '车次',
  '車次',
  // a count of occurrences, a classifier and 次 in one unit: vehicles and machines sent, stations repaired, firms and households
  // visited (车辆25.6万辆次, 设备14.2万台次, 基站3.8万站次, 1200家次, 3500户次; dev 394), trains and flights run (班次)
  '辆次',
  '輛次',
  '台次',
  '臺次',
  '站次',
  '家次',
  '户次',
  '戶次',
  '件次',
  '班次',
  '场',
  '場',
  '次',
  '件',
  '台(套)',
  '臺(套)',
  '台（套）',
  '臺（套）',
  '台',
  '臺',
  // a share in tenths (约三成, 超过七成的股份交易): see tenthUnit
  '成',
  // electricity in 度 (12.1亿度), wells (132眼), plots and signs (1500余块), cases (6万宗), rooms
  '度',
  '眼',
  '块',
  '塊',
  '宗',
  '间',
  '間',
  '套',
  '条',
  '條',
  '款',
  '所',
  '户',
  '戶',
  '单',
  '單',
  '篇',
  '辆',
  '輛',
  // beds, cards, tickets and vouchers (床位30万张, 3 000張), copies and documents (报关单超过5000份, dev 124), livestock (生猪出栏243万头), works
  // (制定修订法规12部), aircraft (400万架); sheep and poultry (羊存栏398.85万只, dev 292), after Arabic numerals only (arabicOnlyUnits)
  '张',
  '張',
  '份',
  '头',
  '頭',
  '只',
  '隻',
  '部',
  '架',
  '艘',
  '座',
  // buildings (超過5 000幢住宅, 約800幢), dev 120, 143; tickets and vouchers (3 000張) are the 张 above; 栋 counts them as 幢 does
  // (315栋楼宇, 830栋建筑物, 超过21000栋房屋: dev 204, 312, 354)
  '幢',
  '栋',
  '棟',
  // medals, missiles, coins (奖牌111枚, 摧毁4枚反舰弹道导弹: dev 126, 354), satellites (发射卫星12颗)
  '枚',
  '颗',
  '顆',
  // plots of land (推售20幅住宅用地, dev 183)
  '幅',
  '批次',
  '批',
  '期',
  '起',
  '笔',
  '筆',
  '株',
  '种',
  '種',
  // kinds and catalogues counted (注册发布目录1391类, 7类地方标准, dev 300): after Arabic numerals only (arabicOnlyUnits: 三类企业 is a word)
  '类',
  '類',
  // a turnover of freight or passengers (民航运输总周转量25亿吨公里, dev 405) before the length alone
  '吨公里',
  '人公里',
  '公里',
  '千米',
  // a thickness, a rainfall (厚度低于0.01毫米的地膜, 降水量620毫米, dev 456) before the metre they end in
  '毫米',
  '厘米',
  '米',
  // Taiwan's metre and centimetre (距離…五十公尺以上)
  '公尺',
  '公分',
  '立方米',
  '毫升',
  '公升',
  '层',
  '層',
  '年',
  '千瓦时',
  '千瓦時',
  // the kilowatt-hour spelt out (农村用电量1628亿千瓦小时, a 1995 bulletin, dev 386)
  '千瓦小时',
  '千瓦小時',
  // flat glass counted in weight cases (平板玻璃产量2944.58万重量箱, dev 290)
  '重量箱',
  // a temperature (年均气温2.1摄氏度, 年均气温8.3℃: a county profile's climate, dev 448, 450)
  '摄氏度',
  '攝氏度',
  '℃',
  '分贝',
  '分貝',
  '周岁',
  '週歲',
  '岁',
  '歲',
  ...['个工作日', '個工作日', '工作日', '个月', '個月', '个小时', '個小時', '小时', '小時', '天', '日'],
] as const;

/**
 * Letters that stand for a unit of compute power (5000P is 5000 PFLOPS, 12E is 12 EFLOPS): units only in a clause
 * that names compute power (computeWord), not in 3P空调 or 5E级景区.
 */
export const computeLetters = new Set<string>(['P', 'E']);
export const computeWord = /算力/;

/** Units of age: a rule's age limit (未满十八周岁) is a 年龄. */
export const ageUnits = new Set<string>(['周岁', '週歲', '岁', '歲']);

/** Units of a length of time: a rule's time limit (5个工作日内, 三十日内) is a 期限. */
export const timeUnits = new Set<string>(['年', '个工作日', '個工作日', '工作日', '个月', '個月', '个小时', '個小時', '小时', '小時', '天', '日']);

/** Hours: a length of time that is also an amount (风电利用400小时, 每天综合体育活动时间不低于2小时). */
const hourUnits = new Set<string>(['个小时', '個小時', '小时', '小時']);

/** Spans of the calendar (年, 个月, 天): the term of a measure (在区内工作满10年), no headline unless its label says what it measures (span_nouns). */
export const termUnits = new Set<string>([...timeUnits].filter((u) => !hourUnits.has(u)));

/**
 * A share in tenths: 七成 is 70%. Only after a numeral from 两 to 九 (一成不变 is an idiom), and only where 成
 * does not begin a word with what follows (三成员, 统一成立, 合并成为): scan.ts asks Intl.Segmenter.
 */
export const tenthUnit = '成';

/**
 * Units counted after Arabic numerals only, never after a Chinese numeral, a bound before it or not: 一只 is a word (一只犬), and a
 * rule's 不得超过一只 is read with a label its subject lengthens (dev 139), where 398.85万只 counts sheep and poultry (dev 292); a
 * Chinese numeral before 类 names a class or a grade (三类企业, 水质达到四类以上), Arabic numerals count (7类地方标准, 目录1391类, dev 300).
 */
export const arabicOnlyUnits = new Set<string>(['只', '隻', '类', '類']);

/**
 * Units that make words with a Chinese numeral (十一次全会, 一度, 一眼, 一块, 一张蓝图, 一部分, 一头, 一幢, 一栋, 一颗红心, 一幅, 一担): counted after Arabic
 * numerals, and after a Chinese numeral only in 万 or 亿 (三千亿度) or about so many hundreds (三千多间).
 */
export const wordLikeUnits = new Set<string>([
  '次',
  '期',
  '批',
  '度',
  '眼',
  '块',
  '塊',
  '宗',
  '间',
  '間',
  '幢',
  '栋',
  '棟',
  '枚',
  '颗',
  '顆',
  '张',
  '張',
  '份',
  '头',
  '頭',
  '部',
  '架',
  '幅',
  '担',
  '擔',
]);

/** Units a bare Chinese numeral may carry. */
export const chineseNumeralUnits = new Set<string>(baseUnits.filter((u) => !wordLikeUnits.has(u) && !arabicOnlyUnits.has(u)));

/** Units of one measure in different sizes: a from-to may say its ends in two of them (由目前的1公升減至750毫升). */
const unitFamilies: readonly (readonly string[])[] = [
  ['升', '公升', '毫升'],
  ['克', '公斤', '千克', '吨', '噸'],
  ['米', '公里', '千米', '毫米', '厘米', '公尺', '公分'],
  ['平方公里', '平方千米'],
];

/** Whether two units measure the same thing (公升 and 毫升). */
export const sameMeasure = (u1: string, u2: string): boolean => u1 === u2 || unitFamilies.some((f) => f.includes(u1) && f.includes(u2));

/** Units that measure money; used to tell 投资项目140个 from its amount 13.6亿元. */
export const moneyUnits = new Set(['元', '美元']);

/** Units that count people. */
export const personUnits = new Set(['人', '名', '位', '人次']);

/**
 * Classifiers that count discrete things (个 家 名 项 所): what they count may be two kinds of thing joined by 和
 * (1万名专业技术人才和企业高级管理人员), where a length or an area measures one thing (15公里农村公路新改建和胜利大桥改扩建).
 */
export const classifierUnits = new Set(['个', '個', '家', '名', '位', '人', '项', '項', '所', '座', '支', '户', '戶', '件', '套', '台', '处', '處']);

/** Normalised spelling of a unit for grouping and display (％ → %, 個百分點 → 个百分点). */
export function canonicalRateUnit(unit: string): '%' | '个百分点' | '倍' | null {
  if (unit === '%' || unit === '％') return '%';
  if (/^个?百分点$|^個?百分點$/.test(unit)) return '个百分点';
  if (unit === '倍') return '倍';
  return null;
}

/** Regex source matching any base unit, longest first. */
export const unitPattern = alternation(baseUnits);

/** Units said only after a slash, as what another unit is per (新增抽排能力150立方米/秒): never a figure's unit alone. */
export const perOnlyUnits = ['秒'] as const;

/** Regex source matching the unit after a slash (元/千瓦时, 万吨/日, 立方米/秒), longest first. */
export const perUnitPattern = alternation([...baseUnits, ...perOnlyUnits]);

/** Regex source matching any multiplier, longest first. */
export const multiplierPattern = alternation(Object.keys(multipliers));
