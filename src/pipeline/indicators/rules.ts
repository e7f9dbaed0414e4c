// Rules of extraction kept as data: which words mark a target, an estimate, a growth, a comparator,
// and which words are trimmed from a label. Patterns run on the Simplified analysis copy of the text.
// Word lists that several rules share (speakers, forecast verbs, grants, change verbs) are in
// data/indicator-words.json, each in one place.
import wordLists from '../data/indicator-words.json' with { type: 'json' };
import organData from '../data/organs.json' with { type: 'json' };
import { alternation, escapeRegExp } from '../regexp.ts';
import { convertText } from '../variants.ts';
import { BULLET, ENUMERATOR, NOTE_CITED, PLAN_NAME, planPeriods } from '../patterns.ts';
import { baseUnits, moneyUnits } from './units.ts';
import { places } from '../places.ts';
import type { Period } from '../../schemas/indicator.ts';

/**
 * Words as the analysis copy may write them: as written and as converted (a Traditional source's 顯著 is 显著 there, a
 * Simplified source's 显著 is 显着: OpenCC reads its 著 as the particle).
 */
const analysisForms = (list: readonly string[]): string[] => [...new Set(list.flatMap((w) => [w, convertText(w, 'zh-Hans')]))];

/** The word lists of data/indicator-words.json, each word in every form the analysis copy may write it (analysisForms). */
const words = Object.fromEntries(Object.entries(wordLists).map(([key, list]) => [key, Array.isArray(list) ? analysisForms(list) : list])) as typeof wordLists;

/** How a report names its own place (data/organs.json self_references, local and country: 我市, 本市, 我省 …, 我国; the same words place inference reads): after other words, who acted on it and how go (省财政厅核定我市政府债务限额, dev 239, 241, 278). */
export const ownPlaces: readonly string[] = analysisForms([...organData.self_references.local, ...organData.self_references.country]);

/**
 * A place by its full name (四川省, 南山区, 台南市, 高雄市: every place of the place data below the country, by its name and the aliases
 * that end in its level word, 臺南市), 的 maybe after it, at a label's start: where the figure was counted, which its sentence names
 * before the metric (四川省家庭承包耕地流转总面积, 高雄市的案發件數: dev 328, 490, 817, 818). Not a short name (保定人民, 香港經濟), nor the
 * country (全国重点实验室: a title), nor a place whose words after it hold a body's name (天津市环智新能源技术有限公司补贴总额, dev 67:
 * placeBody), nor one its head's post follows (台南市長黃偉哲施政滿意度, dev 818: placeHead).
 */
const fullPlaceNames = alternation(
  analysisForms(places.filter((p) => p.level !== 'country').flatMap((p) => [p.name, ...(p.aliases ?? []).filter((a) => /[省市县縣区區州盟旗]$/.test(a))])),
);
export const placeOpening = new RegExp(`^(?:${fullPlaceNames})的?`);

/**
 * The same place right before a label in its clause, which placeOpening cut from it (全年四川省|地区生产总值): whose the figure is,
 * so another place's figure carries no metric of the report's (成都's report citing 四川省地区生产总值; indicators.ts push).
 */
export const placeClosing = new RegExp(`(${fullPlaceNames})的?$`);

/** A word of a company's name (organs.json company_endings; a body's name is organs.ts isOrgan's): see placeOpening. */
export const placeBody = new Set(analysisForms(organData.company_endings));

/**
 * A post right after a place (organs.json posts: 台南市長黃偉哲, 省长): the place's head, part of who is named; and a word its level
 * word makes with what follows (indicator-words.json level_compounds: 杭州市区, 广州市属, 河南省直), where no place stands alone. See
 * placeOpening.
 */
export const placeHead = new RegExp(`^(?:${alternation(analysisForms(organData.posts))})`);
export const placeCompound = new RegExp(`^(?:${alternation(words.level_compounds)})`);

/**
 * A title that names a revised estimate (estimate_nouns: 修订预算) or a forecast (forecast_verbs but a plan's 预期: 中期财政预测), last
 * or before what it states (2024年预计执行情况): the section it heads holds estimates (indicators.ts bareTitleTime, dev 305). A
 * forecast inside the name of a work (灾害性天气预测预警, 预测预报能力建设) is the section's topic, not its figures' kind.
 */
export const estimateTitle = new RegExp(
  `(?:${alternation([...words.estimate_nouns, ...words.forecast_verbs.filter((w) => !words.planned_forecast_verbs.includes(w))])})(?:执行|完成)?(?:情况|数|值)?$`,
);

/** The list joints (和, 与, 及: data/indicator-words.json list_joints), for a character class: [、${jointChars}]. */
export const jointChars = Object.keys(words.list_joints).join('');

/** A list's mark (、, 和, 与, 及) anywhere in the words, not the last character of a word that ends in a joint (站点遍及全县: list_joints). */
export const listMark = new RegExp(
  `、|${Object.entries(words.list_joints)
    .map(([joint, heads]) => `(?<![${heads.join('')}])${joint}`)
    .join('|')}`,
);
/** Only a list's mark between two figures (全国排名46位、82位; 分别提高 3 个和 4 个百分点). */
export const listMarkAlone = new RegExp(`^\\s*[、${jointChars}]\\s*$`);

/**
 * A financial year said in words (本财政年度, 今个财政年度: the one under way; 上一个, 下一个: the one before or after it). Regex source: one
 * definition for the sentences it dates (indicators.ts datedBefore) and the labels it opens (leadingFillers).
 */
export const financialYearSaid = String.raw`(?:本|今个|上一?个?|下一?个?)财政年度`;
/** The first characters of the words that end in 来 (data/indicator-words.json lai_words: 以来, 年来): after them 来年 is no word (以来|年均). */
const laiWordHeads = `[${[...new Set(words.lai_words.map((w) => w.slice(0, -1)))].join('')}]`;
/** The year after the document's said in words (明年, 来年: next_year_words), not the 来 of 以来 and the 年 of 年均 (lai_words). Regex source. */
export const followingYear = `(?:${words.next_year_words.map((w) => (w.startsWith('来') ? `(?<!${laiWordHeads})${w}` : w)).join('|')})`;
/** Who speaks (我们, 政府, 特区政府 …), not the 我 of 自我. */
const speakers = String.raw`(?<!自)(?:${alternation(words.speakers)})`;
/**
 * The verbs of a forecast (预计, 预期…约50万名长者受惠), not the nouns 预期目标, 预期寿命, 预期性, nor 预期 as the
 * object of a verb (稳预期, 提振预期: expectation_verbs).
 */
const forecastVerbsOf = (verbs: readonly string[]): string => `(?<!${alternation(words.expectation_verbs)})(?:${alternation(verbs)})(?!目标|寿命|性)`;
const forecastVerbs = forecastVerbsOf(words.forecast_verbs);
/** In a plan's targets, the forecast verbs that are a target's there (预期为年均7％左右: planned_forecast_verbs) are none. */
const plannedForecastVerbs = forecastVerbsOf(words.forecast_verbs.filter((w) => !words.planned_forecast_verbs.includes(w)));
/** After 会, the rest of a word that opens with it (会计, 会议, 会同: nouns_in_hui): that 会 is no modal verb. Regex source. */
const huiOpening = String.raw`(?!${alternation(words.nouns_in_hui.filter((w) => w.startsWith('会')).map((w) => w.slice(1)))})`;
/** A body of the government that speaks of what it will do: 教育局会提供…, 创新及科技局会启动… (not 会议). */
const bureauModal = String.raw`[局署](?:仍|亦|也|还|更)?(?:会${huiOpening}|将)`;
/** The next financial year (下一个财政年度, 下年度): what is done in it is still to be done. */
const nextYear = String.raw`下一?个?财政年度|下年度`;
/**
 * What follows a modal 会: not the rest of a word that opens with it (会议, 会同, 会见, 会计, 会员: nouns_in_hui, huiOpening), nor 上 or 后 of the time of a
 * meeting (会上，…通报了; 会后，…: dev 137, 166), though a verb that opens with 上 (会上升, 会上调) follows a modal.
 */
const huiModalNext = String.raw`${huiOpening}(?!后|上(?![升调涨浮]))`;
/** The words before the 会 of a noun that ends in it (委员, 博览: nouns_in_hui), regex source. */
const huiNounHeads = alternation(words.nouns_in_hui.filter((w) => w.endsWith('会')).map((w) => w.slice(0, -1)));
/**
 * 会 as a modal verb, not the end of a noun in 会 (全国学会, 委员会: data/indicator-words.json nouns_in_hui), read by characters; the
 * 年 of a year said from now (政府明年会, 今年會) is no 年会's, and its 会 is the modal (as isAdverb in labels.ts reads it by words).
 */
const huiModal = String.raw`(?:(?<=[今明去来]年)|(?<!${huiNounHeads}))会${huiOpening}`;
/**
 * The words before the 会 of a noun in 会 (委员|会增加拨款), as a set: said whole right before 会, from a word's start (labels.ts reads
 * the segmenter's words back from 会), that 会 ends the noun; the 年 of 明年 会 is no 年会.
 */
export const huiNounHeadWords: ReadonlySet<string> = new Set(words.nouns_in_hui.filter((w) => w.endsWith('会')).map((w) => w.slice(0, -1)));
/** The nouns that end in 会 (学会, 委员会, 大会, 大都会: nouns_in_hui), whole: a label that ends in one as words keeps its 会 (labels.ts modalHuiEnd). */
export const huiNouns: ReadonlySet<string> = new Set(words.nouns_in_hui.filter((w) => w.endsWith('会')));
/** 并会, 亦会, 更会 提供…: an adverb before 会 makes it a modal verb; 会 that opens a word (会议, 会同, 会见, 会计) is none. */
const modalAfterAdverb = String.raw`(?:${alternation(words.modal_adverbs)})(?:将会|会)${huiModalNext}`;
/** ，会增设四千多个职位: 会 opening a clause is the modal of the subject said before it (dev 451); 会议, 会同, 会员, 会上 open words. */
const clauseModal = String.raw`(?:^|[，,；;：:])\s*(?:将会|会)${huiModalNext}`;
/** 仍决定预留…, 政府已决定延续…: a decision by a speaker or after an adverb; 决定性 and 决定了 are no plan. */
const decision = String.raw`(?:${speakers}|[已仍亦也还并])(?:${alternation(words.decision_verbs)})(?![性了])`;
const grantNouns = alternation(words.grant_nouns);
/** Any verb of a change, up or down: 增长, 下降 …. */
const changeVerbs = alternation([...words.rise_verbs, ...words.fall_verbs]);
/** Adverbs between a noun and its verb (再, 一直, 全部, 先行): a label ends before them, not before a noun they open (先行区, 快速路: adverb_nouns). */
const predicateAdverbs = `(?!${alternation(words.adverb_nouns)})(?:${alternation(words.predicate_adverbs)})`;
/**
 * Verbs of what counted things do or undergo (4个可信数据空间纳入国家试点, 千余家优质企业融入…): they end the noun after the count,
 * not where one opens a noun (1000个行业成功案例: adverb_nouns). 建立 too (近300个派出所建立三级反诈中心, dev 355), not where its 立
 * opens a noun after a verb of building (12个新建立交工程, 重建立交桥项目, 立体, 立项).
 */
const countedNounVerbs = `(?!${alternation(words.adverb_nouns)})(?:${alternation(words.counted_noun_verbs)}|建立(?![交体项]))`;
/** Verbs of being listed or selected (列入, 入选: data/indicator-words.json selection_verbs). */
const selectionVerbs = alternation(words.selection_verbs);
/** 全国重点实验室, 全国文明村镇: 全国 before a national rank or title is part of the label (data/indicator-words.json national_titles). */
const nationalTitles = alternation(words.national_titles);
/**
 * The verbs of a change that end the words before a figure and are no part of its label (沙化土地面积年均缩减近2000平方公里);
 * not 增长 or Taiwan's 成长, which also make nouns (经济增长, 实质趋势增长, 經濟成長: noun_change_verbs, dev 56, 70, 558).
 */
const trailingChangeVerbs = alternation([...words.rise_verbs, ...words.fall_verbs].filter((v) => !words.noun_change_verbs.includes(v)));

/**
 * The first characters of the words that end in 约 (data/indicator-words.json yue_words: 签约, 节约 …): after them 约 is no
 * comparator (about) before a number, and no filler to trim from a label's end. Regex source, a character class.
 */
export const yueWordHeads = `[${[...new Set(words.yue_words.map((w) => w.slice(0, -1)))].join('')}]`;

/** The first characters of the words that end in 拟 (data/indicator-words.json ni_words: 虚拟, 模拟): after them 拟 is no modal verb. */
export const niWordHeads = `[${[...new Set(words.ni_words.map((w) => w.slice(0, -1)))].join('')}]`;

/** 若 (if) outside the words it is a character of (ruo_words: 相若, 若干), where it opens no condition. */
const ruoIf = (() => {
  const at = (w: string) => w.indexOf('若');
  const heads = [...new Set(words.ruo_words.filter((w) => at(w) > 0).map((w) => w.slice(0, at(w))))];
  const tails = [...new Set(words.ruo_words.filter((w) => at(w) < w.length - 1).map((w) => w.slice(at(w) + 1)))];
  return `${heads.map((h) => `(?<!${h})`).join('')}若${tails.map((t) => `(?!${t})`).join('')}`;
})();
/** 有望, 可望 (a forecast) outside the words and noun phrases they are a part of (wang_words: 有望上市企业, 恢复有望), where they forecast nothing. */
const wangForecast = (() => {
  const at = (w: string) => w.search(/[可有]望/);
  const heads = [...new Set(words.wang_words.filter((w) => at(w) > 0).map((w) => w.slice(0, at(w))))];
  const tails = [...new Set(words.wang_words.filter((w) => at(w) < w.length - 2).map((w) => w.slice(at(w) + 2)))];
  return `${heads.map((h) => `(?<!${h})`).join('')}[可有]望${tails.map((t) => `(?!${t})`).join('')}`;
})();
/** The characters after 计 in the words that open with it (data/indicator-words.json ji_words: 计划, 计提, 计发): 按…计 before them is no phrase of counting. */
export const jiWordTails = `[${[...new Set(words.ji_words.map((w) => w.slice(1)))].join('')}]`;
/** The word that opens a phrase of how a figure is counted (data/indicator-words.json counting_openers: 按). Regex source. */
const countingOpener = alternation(words.counting_openers);
/**
 * How a figure is counted, 按…计 or 按…计算 (按一年计, 按可比价格计算, 按全年计), where 计 opens no word of ji_words (按季度计划, 按月计发):
 * it names nothing of the figure (indicators/labels.ts cleanLabel). Regex source.
 */
export const countedAs = `(?:${countingOpener})(?!照)(?:(?!${countingOpener}|计)[^，,。；;：:]){1,10}计(?:算|(?!${jiWordTails}))`;

type Comparator = '>=' | '>' | '≈' | '<=' | '<';
/**
 * Words before a number that bound it (近2.8万人 → "≈", 不超过 → "<="): the scan's pattern is built of them (indicators/scan.ts), longest
 * first, so 不得超过 (a rule's cap, at most) wins over 超过 and 不多于 (不多於100億港元, dev 183) over 多于. 过 is 超 (公共财政收入过10亿元,
 * dev 460); the scan keeps it from the 过 of a verb (经过, 通过, 再过3至5年) and 约 from a word's end (签约, 节约).
 */
export const comparatorsBefore: Record<string, Comparator> = {
  不得超过: '<=',
  不得低于: '>=',
  不得少于: '>=',
  不得高于: '<=',
  不低于: '>=',
  不少于: '>=',
  不超过: '<=',
  不多于: '<=',
  不高于: '<=',
  不大于: '<=',
  超过: '>',
  突破: '>',
  跨过: '>',
  少于: '<',
  低于: '<',
  小于: '<',
  不足: '<',
  不到: '<',
  未满: '<',
  // an age that must have been reached (年满18周岁): at least it
  年满: '>=',
  年滿: '>=',
  高于: '>',
  多于: '>',
  大于: '>',
  超: '>',
  逾: '>',
  过: '>',
  接近: '≈',
  近: '≈',
  大约: '≈',
  约: '≈',
};

/** Words after a number that bound it: 30家以上 → ">=", 30余家 → "≈", 5年以内 → "<=". */
export const comparatorsAfter: Record<string, Comparator> = {
  以上: '>=',
  或以上: '>=',
  及以上: '>=',
  以下: '<=',
  或以下: '<=',
  及以下: '<=',
  以内: '<=',
  左右: '≈',
  余: '≈',
  多: '≈',
};

/** Words before or after a number that bound it, and the bound each sets. */
export const comparatorWords: Record<string, Comparator> = { ...comparatorsBefore, ...comparatorsAfter };

/** A total of what was just measured (总数, 总量, 总额, 规模: data/indicator-words.json total_nouns). */
const totalNouns = alternation(words.total_nouns);

/**
 * What stands between a growth and the level it reached (增加六成至63,000亿元, 增长20%，达到500亿元): 至, 到, 达到, after a
 * comma or 、 too (增长94.5%、达168.4万辆), and a total of what grew before the verb (增长5%，总量达到1000亿元: total_nouns,
 * dev 359). The growth is then the change of that level (dev 183).
 */
export const levelAfterGrowth = new RegExp(String.raw`^\s*(?:[，,、]\s*(?:(?:${totalNouns})\s*)?)?(?:至|到|达到?)\s*$`);

/**
 * A comma or 、 alone, or with a total of what grew (增长19.2%、突破8500亿元, 增长12%、总额突破300亿元): before a level its
 * comparator word says, the growth is the change of that level too (dev 183, 359).
 */
export const jointAfterGrowth = new RegExp(String.raw`^\s*[，,、]\s*(?:(?:${totalNouns})\s*)?$`);

/** A contribution of one thing to another (工业对全省经济增长的贡献率): contribution_nouns after 对…的. */
export const contributionOf = new RegExp(`对[^对的]{2,16}的(?:${alternation(words.contribution_nouns)})$`);
/**
 * A contribution to a growth right before a figure (服务业对经济增长贡献率超70%, 工业对全省经济增长的贡献率达到36.1%): the share of a
 * span's growth, of the whole span as the growth is, not a level at its end (dev 125, 178, 193); a contribution to a level is one
 * (产业集群对工业贡献率超过70%, dev 177).
 */
export const growthContribution = new RegExp(`增长的?(?:${alternation(words.contribution_nouns)})[^，,；;。\\d]{0,4}$`);

/** A comparison right before a named plan period (高于“十三五”时期实际, 比“十三五”末): the period is a basis, no time of a figure (dev 375). */
export const comparisonBefore = new RegExp(`(?:${alternation(words.comparison_verbs)}|比|较)\\s*[“"]?$`);

/** A label that only compares with a larger place or an average (高于全国, 高于全省平均水平): comparison_verbs, benchmark_scopes. */
export const comparisonOnly = new RegExp(`^(?:${alternation(words.comparison_verbs)})(?:${alternation(words.benchmark_scopes)})*$`);

/**
 * A change noun after a price (居民消费价格涨幅3%左右, 物价涨幅): the rate of a price's change is the metric itself (CPI,
 * 居民消费价格涨幅), so the change noun is part of its name (dev 61, 118, 142).
 */
export const priceChange = new RegExp(`(?:${alternation(words.price_nouns)})(?:${alternation([...words.change_nouns_rise, ...words.change_nouns_fall])})$`);

/**
 * A growth of what has no amount of its own (the economy: growth_domains) names the metric with its verb, 全年經濟增長為6.9% →
 * 經濟增長, 第3季經濟成長3.97% → 經濟成長 (dev 248, 558); a measure's (總薪資成長約25.94%) is its change and the measure the label.
 */
export const domainGrowth = new RegExp(`(?:${alternation(words.growth_domains)})(?:${alternation(words.noun_change_verbs)})$`);

/** What may stand between a verb or noun of a change and its figure: 增速分别为8.9%和12.1% (a 分别 before its 为, dev 330), 下降了, 增长达. */
const changeVerbTail = '(?:分别)?(?:了|达到?|为)?';

/**
 * A rate after one of these verbs is a change (增长13%), not a level (强度达到0.75%). 比全国高2个百分点 is a change; 最高70%, 最低3%
 * bound a level (dev 195), and so does 高达 (失业率高达5.3%, dev 183).
 */
export const growthVerb = new RegExp(
  `(${alternation([...words.rise_verbs, ...words.fall_verbs, ...words.change_nouns_rise, ...words.change_nouns_fall, '高出'])})${changeVerbTail}$|((?<!最)[高低])了?$`,
);

/** A verb of change before 为 and an amount moves to a level (增加为535.6亿元: dev 406); before a rate it gives the growth (累積增長為17%). */
export const changedToLevel = new RegExp(`(?:${alternation([...words.rise_verbs, ...words.fall_verbs])})(?:分别)?为$`);

/** A noun of a change at the end of a list's subject (生物医药健康产业增速分别达到…): what grew is the list before it. */
export const changeNounEnd = new RegExp(`(?:${alternation([...words.change_nouns_rise, ...words.change_nouns_fall])})\\s*$`);

/** Verbs of a fall: the change is negative. */
export const fallVerb = new RegExp(`(${alternation([...words.fall_verbs, ...words.change_nouns_fall])}|(?<!最)低)${changeVerbTail}$`);

/**
 * The basis words as one alternation, each not before a character that makes it part of a longer word (按年度, 按年限:
 * data/indicator-words.json basis_word_continuations).
 */
const basisWordsOf = (): string => {
  const continuations: Record<string, string[]> = words.basis_word_continuations;
  const alone = [...words.basis_words]
    .sort((x, y) => y.length - x.length)
    .map((w) => escapeRegExp(w) + (continuations[w] ? `(?![${continuations[w].join('')}])` : ''))
    .join('|');
  // 比上年决算数增长55.25%: the basis may name the figure of that time it compares with (basis_measures, dev 361)
  return `(?:${alone})(?:${alternation(words.basis_measures)})?`;
};

/**
 * The basis of a change: 同比, 较上年, 同口径 (data/indicator-words.json basis_words), 较2017年年底, 较全市规上工业 (not the 比 of 可比价格), with a note in brackets on it
 * (比1957年计划（系指第一个五年计划中的1957年计划，下同）增长75%, dev 240). A financial year named first (较2023/24年度修订预算, a Hong Kong
 * budget's 較二零二三／二四年度修訂預算上升百分之六點八, dev 305; with a hyphen, 較 2001-02 年度修訂預算實質增長 5%, dev 56) is a time of the basis as
 * 2017年 is, and so with 至, 較二零二四至二五年度修訂預算, as the speech's own title writes its year (dev 305), its length no part of the words' 12.
 */
export const basisPattern = new RegExp(
  String.raw`(?:${basisWordsOf()}|较(?:(?:19|20)\d{2}\s*[／/\-－–—至]\s*(?:(?:19|20)\d{2}|\d{2})\s*年度?)?[^增提高低下减，,、（(]{1,12}|(?<!可)(?!${alternation(words.ratio_words)})比[^增提高低下减上，,、（(]{1,10})(?:[（(][^（）()]*[）)])?$`,
);

/**
 * Whether the words before a sentence's first figure are only the basis of a change and its verb (较2016年决算数增加, 比上年增长): the
 * sentence names no subject of its own and gives the change of the figure the sentence before ended with (dev 361, 378).
 */
export function opensWithBasis(head: string): boolean {
  const verb = growthVerb.exec(head);
  if (!verb) return false;
  const basis = basisPattern.exec(head.slice(0, verb.index));
  return basis !== null && head.slice(0, basis.index).trim() === '';
}

/** The words of a basis (data/indicator-words.json basis_words), to take out of a label's words. */
export const basisWords = new RegExp(basisWordsOf());

/** A basis that is only one of basis_words (比上年, 同比), not one naming its time (较2023年12月, 比2020年). */
export const basisWordAlone = new RegExp(`^(?:${basisWordsOf()})$`);

/** 每50公斤提高5到7元: a quantity right after 每 is the basis the next figure is per, no figure of its own. */
export const perBasisBefore = /每\s*$/;

/** The manner of an average growth over years (平均每年增长4％): a figure of its own, never the change of one year's level. */
export const averageGrowth = /年均|平均每年|每年平均|年平均/;

/** An adverb of degree right before a growth verb (显著上升, 大幅增长): data/indicator-words.json change_adverbs. */
export const changeAdverbAtEnd = new RegExp(`(?:${alternation(words.change_adverbs)})$`);

/** How a growth is measured, not what grew: 平均每年增长3.3%, 按可比价格计算增长7·4倍; 实际 before another too: 实际年均增长百分之五 (dev 404). */
export const growthManner = /(?:实际)?(?:预计|实现|年均|累计|实际|平均每年|每年平均|(?<![去今明上前])年平均|平均|每年|按(?:可比|不变)价格计算)$/;

/** The past part of this year, after 今年: 上半年, 以来, 年初, 首季, 1月, 头8个月 and 首8个月 (Hong Kong), 前8个月, 前三季度. */
const thisYearPastPart = String.raw`上半年|以来|年初|首季|\s*[一二三四五六七八九十\d]{1,2}\s*月|[头首前]\s*[一二三四五六七八九十\d]{1,2}\s*(?:个月|个?季度)|[一二三1-3]\s*季度末?`;
/**
 * A part of a year said after a year since which something ran (2025年以来，…前三季度较上年同期快4.5个百分点): it dates the figure
 * nearer than the span does (dev 278).
 */
export const yearPartAfterSince = new RegExp(String.raw`(?:${thisYearPastPart.replace('|以来', '')})`);
/**
 * A paragraph whose first clause names a part of a year (前三季度，…; 1—9月，…; 截至9月底，…; 上半年…): it tells of one year, and a span
 * carried from the paragraphs before it (indicators.ts lastSpan) frames none of its figures (dev 421's 一年半来 then dev 371's 前三季度).
 */
export const yearPartOpener = new RegExp(String.raw`^[^，,。；;：:]*?(?:${yearPartAfterSince.source})`);
/** 今年 of what is still ahead: not its past part. */
const thisYearAhead = String.raw`今年(?!${thisYearPastPart})`;
/**
 * 今年 with a plan's word after it in its clause (今年将新增…, 今年服贸会将有…, 今年要…), or after the comma that sets it off (今年，我国将…,
 * dev 353): ahead in a text that tells of its own time too (presentTargetMarkers).
 */
const thisYearPlanned = String.raw`今年[，,]?[^，,。；;：:]{0,10}?(?:将|要|计划|拟|争取)`;
/**
 * What 今年 is in a text, for the target markers: a year ahead in a plan or an address (thisYearAhead: targetMarker,
 * sentenceTargetMarker); in a text that tells of its own time ahead only before a plan's word (thisYearPlanned: presentTargetMarkers);
 * in one that reports its own year (a 部门决算, a year's bulletin: reportedTargetMarkers) the year reported, no target's word
 * (今年全区累计注册台资企业910家 in the accounts of 2017, dev 361). Regex sources; `(?!)` matches nothing.
 */
const thisYearTarget = { ahead: thisYearAhead, present: thisYearPlanned, reported: '(?!)' } as const;
type ThisYear = keyof typeof thisYearTarget;

/** 今年首8个月, 头8个月, 去年前三季: the first months of a year are a time that dates the figures after it, not a figure. */
export const firstMonthsBefore = /(?:[头首]|(?:今年|去年|上年|本年|当年)前)\s*$/;

/** A deadline after a part of the year (6月底前, 三季度末前, 9月以前): that part is still ahead, no past part of the year. */
const notDeadline = String.raw`(?![底末中]?\s*(?:以前|之前|前))`;
/** The past part of this year (今年年初, 今年1月, 今年以来): a figure of it has happened, though its year is the speech's; not a deadline (今年6月底前). */
export const thisYearPast = new RegExp(String.raw`今年(?:${thisYearPastPart})${notDeadline}`);
/**
 * The same past part after the document's year named by its number (2024年二季度末, 2024年8月份 in a release of August 2024, dev 388);
 * not a deadline (2024年6月底前, a work plan's step) nor a time it runs to (到2024年9月: ownYearUntil), which are still ahead.
 */
export const ownYearPastPart = new RegExp(String.raw`^\s*(?:${thisYearPastPart})${notDeadline}`);
/** 到 or 至 right before a year named by its number (到2024年9月), not 截至 or 截止到 (as_of_words): the time a figure is due by. */
export const ownYearUntil = /(?<![截止])(?:到|至)\s*$/;

/** The things a count after 对 counts, up to the verb of what was done to them (disposal_verbs): 对29起…证券异常交易行为|采取了…措施. */
export const disposalObject = new RegExp(`^([^，,；;。：:]{2,30}?)(?:${alternation(words.disposal_verbs)})`);
/** Adverbs of a clause that open a label as a word of their own (继续代地方发债, 仍赤字: leading_adverbs), not a noun they open (继续教育: adverb_nouns). */
export const leadingAdverbs = new Set<string>(words.leading_adverbs);
export const adverbNounStart = new RegExp(`^(?:${alternation(words.adverb_nouns)})`);
/**
 * Verbs of what was newly done (new_action_verbs: 新增, 新签约 …), anywhere in a label: the subject before one is where it was done.
 * Global for matchAll alone: an exec or a test would leave a lastIndex where matchAll's next copy starts.
 */
export const newActionVerbs = new RegExp(`(?:${alternation(words.new_action_verbs)})`, 'g');
/** A word right before such a verb that makes it part of the measure (new_action_qualifiers: 城镇新增就业, 年新增用户). */
export const newActionQualified = new RegExp(`(?:${alternation(words.new_action_qualifiers)})$`);
/** Words that open a clause and name nothing of it (以及, 对于, 易言之: clause_openers) and copulas (是, 系, 属于: leading_copulas), as a label's first word. */
export const leadingClauseWords = new Set<string>([...words.clause_openers, ...words.leading_copulas]);
/** Words that open with a copula's character and are no copula (是項, 是次: this item, this time; 系爭: copula_words): the copula stays with them. */
export const copulaWordStart = new RegExp(`^(?:${alternation(words.copula_words)})`);
/** An enumerator that opens a clause (patterns.ts ENUMERATOR, parse's: 一是, 二是 …; 二是2025年城乡一体化示范区…收入, dev 239): no part of what follows. */
export const enumeratorOpening = new RegExp(`^${ENUMERATOR}`);

/** Where that noun ends before the verb: at how it was done (对5家企业依法进行约谈: manner_adverbs), no part of what is counted. */
export const disposalObjectEnd = new RegExp(`(?:${alternation(words.manner_adverbs)})`);

/** 截至, 截止到 right before a date (as_of_words): the state as it stood then, so a date of the document's own year has passed (dev 364). */
export const asOfBefore = new RegExp(`(?:${alternation(words.as_of_words)})\\s*$`);
/** How far asOfBefore and ownYearUntil read back from the white space at their text's end: the longest as_of_words word, and the one character of a look-behind (scan.ts endBefore). */
export const endRuleReach = Math.max(...words.as_of_words.map((w) => w.length)) + 1;

/** 将 of what is still to come, before a verb or an adverb of how it will be done (将开放153个部门, 将分别启动; not the 将 of 把: 将其列入). */
// 非經常開支將大幅減少百分之四十七點七至三百三十六億元 (dev 305): 将 before any verb of rising or falling too (rise_verbs, fall_verbs:
// 將增長 as 將減少), an adverb of degree between (change_adverbs)
// 收入会稳步增长至5000亿元, 开支会下降至…: a modal 会 before a verb of change, an adverb of degree between or not, says what will be as 将
// does there (an address's or a budget speech's outlook; not the 会 of a noun, 社会, 委员会: huiModal)
const futureChange = String.raw`(?:${alternation(words.change_adverbs)})?(?:${alternation([...words.rise_verbs, ...words.fall_verbs])}|达到|扩大|增至|降至)`;
const futureJiang = String.raw`将(?:会|把|由|${futureChange}|再|投入|拨款|预留|提供|开放|推出|释放|分别|陆续|逐步|分阶段)|${huiModal}${futureChange}`;

/**
 * A clause whose future is only 将 or 会 before a verb of change (a from-part between: 将由…逐渐下降至), with no speaker of its own
 * (财政储备亦将下降至…, 则会下降至…; the speaker as a noun's first word is none, 政府整体开支将…): after a forecast earlier in its sentence (年度赤字预计为四百八十一亿元，…; 估计仍将录得…赤字，…) or in
 * a section of forecasts (中期财政预测) it says what the forecast foresees, an estimate, not what anyone will do (dev 305, 352);
 * 我们将把…减少至 stays the speaker's target.
 */
export const forecastGoesOn = new RegExp(
  String.raw`^(?![^，,；;。：:]*${speakers}(?:仍|亦|也|还|更|则)?(?:将|会))[^，,；;。：:]*?(?:将|${huiModal})(?:由[^，,；;。：:]*?)?${futureChange}`,
);

/**
 * What a year will have (将有) or will come to (将 before a verb: futureJiang), said of a year before the document's (2019年…全国将有340个
 * 左右贫困县摘帽 on the eve of 2020, dev 355): the speaker forecasts how a year not yet closed ends, an estimate.
 */
export const pastYearForecast = new RegExp(String.raw`将有|${futureJiang}`);

/**
 * A year's plan named in the sentence (根据１９８０年计划，积累率可能进一步降到３０％左右; １９８０年计划基本建设投资总额控制在…): its
 * figures are what the plan sets, even in a review (dev 260); not a plan said to be fulfilled (超额完成了１９７９年计划) nor how it
 * went (2024年计划执行情况良好).
 */
const yearPlan = String.raw`(?<!(?:完成|执行|超过|超额)了?)(?:19|20)\d{2}年度?(?:国民经济)?计划(?![内外的]|执行|完成)`;

/**
 * What a plan set for a year it names right after (plan_set_verbs): 第一个五年计划规定的1957年的工农业总产值, 计划规定，在1957年的
 * 工业产值计划中. The figure is that plan's target, though the year is before the document's (dev 240).
 */
export const planSetYear = new RegExp(String.raw`(?:计划|规划)所?(?:${alternation(words.plan_set_verbs)})[的，,]?\s*在?(?:19|20)\d{2}年`);

/**
 * Before 目标: no completion said of it in its clause (较好完成了全年各项目标任务, 超额完成年度目标: an achievement), unless the completion is
 * still to come (要完成, 确保完成; dev 498). Regex source, a lookbehind.
 */
const notDone = String.raw`(?<!(?<!要|将|须|需|确保|力争)完成[^，,；;。]{0,16})`;

/**
 * The years ahead as many as a text says (未来10年, 未来 5 年, 在未来一年, 今后三年: ahead_words of data/indicator-words.json; the
 * Traditional 未來, 今後 read so on the analysis copy), the count in digits or words. Not a decade, a financial or school year, nor a
 * term or the time before or after a thing (未来十年代, 未来3年期, 今后两年前). One pattern for every rule that reads them: a span in a
 * sentence's target words, a cost over it (yearsAheadCost), and the years they date (yearsAheadCount).
 */
const yearsAheadOf = (count: string): string => String.raw`(?:${alternation(words.ahead_words)})\s*${count}\s*个?年(?!代|度|期|前|后|以前|以后)`;
const aheadNumber = String.raw`\d{1,2}|[一二三四五六七八九十两]{1,3}`;
const yearsAheadWords = yearsAheadOf(`(?:${aheadNumber})`);

/** yearsAheadWords with how many, group 1: indicators.ts aheadSaid dates a figure after it in its sentence by the years it counts. */
export const yearsAheadCount = new RegExp(yearsAheadOf(`(${aheadNumber})`));

/** Sentence words that make its figures targets: 今年经济社会发展的主要预期目标是：… (sentenceTargetMarker; without 今年: presentTargetMarkers). */
const sentenceTargetWords = (thisYear: ThisYear): RegExp =>
  new RegExp(
    String.raw`${notDone}(?:预期目标|主要目标|目标任务|目标是)|${yearPlan}|${thisYearTarget[thisYear]}|${followingYear}|${yearsAheadWords}|承诺|我建议|(?:建议|提出)(?:要|把|将|由)|${decision}|我计划|${speakers}(?:仍|亦|也|还|只)?(?:会|将会|计划|须|必须|需要|要|建议)|将会|${futureJiang}|${modalAfterAdverb}|${clauseModal}|${speakers}所?提出(?!了)|${nextYear}`,
  );
export const sentenceTargetMarker = sentenceTargetWords('ahead');

/**
 * The last sentence of a list's lead-in proposes (我建议：, 政府会：, 施政报告提出了不少这方面的措施，包括：: a speaker's plan words, or the
 * address's own document proposing, proposing_documents): its items are what the address proposes, targets (dev 143).
 */
export const proposalLeadIn = (lead: string, present = false): boolean => {
  const last = lead.slice(Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('！'), lead.lastIndexOf('？')) + 1);
  return (present ? presentTargetMarkers.sentence : sentenceTargetMarker).test(last) || documentProposes.test(last);
};
const documentProposes = new RegExp(String.raw`(?:${alternation([...organData.addresses, ...Object.values(organData.budgets), ...words.proposing_documents])})中?(?:提出|建议)`);

/** A label's words after 的 that only say the figure is a target: 经济增长速度的调控目标 → 经济增长速度. */
export const targetNoun = /^(?:调控|预期|主要|控制|奋斗)?目标值?$/;

/** A figure followed by 的目标 is the target itself: 削减至2008-09年度的2,000亿元的目标. */
export const targetAfter = /^\s*(?:的)?目标/;

/**
 * A budget item's amount a committee passes as proposed (第79项 财政部12万5千元，照列。, 暂照列: Taiwan's budget review, dev 442) is the
 * budget's, what is planned: the decision follows the amount after a comma.
 */
export const budgetPassedAfter = /^[，,]\s*(?:暂)?照列/;

/** The words of the amount passed (改列为, 改列), read at both anchors of budgetRevision. */
const passedWords = String.raw`改列为?`;

/**
 * A budget item a committee revises (财政部原列2兆7,739亿…元，增列105亿元（科目自行调整），改列为2兆7,844亿…元: Taiwan's budget review,
 * dev 442): the amount proposed (原列, before its amount), the amount added or cut (增列, 减列, after a comma; of several sub-items,
 * their total, 共计增列) and the amount passed (改列为). Simplified, as the analysis copy reads them.
 */
export const budgetRevision = {
  proposed: /原列\s*$/,
  added: /^\s*(?:共计)?增列/,
  cut: /^\s*(?:共计)?[减删]列/,
  total: /^\s*共计[增减删]列/,
  /** after the figure before it (，改列为…: the words between the two figures) */
  passed: new RegExp(String.raw`^\s*${passedWords}`),
  /** right before it (…改列为: the words before the figure, as targetMarker reads them) */
  passedBefore: new RegExp(String.raw`${passedWords}\s*$`),
} as const;

/**
 * A budget's amount for an item as a text cites it (…歲出預算案第1目「基本行政工作維持－業務費－水電費」編列814萬1千元, 第1目「一般行政」編列預算…:
 * the resolutions of Taiwan's budget review, dev 558): 编列, right before the amount, is what the budget plans, a target (targetMarker), and no
 * part of the label (trailingFillers); so is what a proposal adds to or cuts from an item (建議該項預算增列1,000萬元, 爰增列該項預算100萬元:
 * dev 559), whose 爰 (thus) and 提案增列 open no label (leadingFillers); and 计列 (budgeted at), an item's amount in a budget's breakdown
 * (…相關軟硬體費用，計列2,915萬2千元, dev 642); what a text says a budget appropriated, whatever year it was for, is as much a target: 编列 with its 了 or a span of
 * years before the amount (98至101年編列了150億預算, 中央有編列4年500億的預算, a member's question, dev 738), 增列 with the item it adds
 * between (較113年度增列建構…等經費1,905萬4千元, dev 642), as is an amount a budget is said to be (110年本預算金額為2909萬1千元, dev 559:
 * targetWords), where a budget's outturn (預算執行數為) is actual; not 增列 that puts on a list (新增列入…名录12项, 增列为省级自然保护区2处: 列入,
 * 列为), nor what is left after a cut (經減列後實際支出80億元).
 */
export const budgetPlanned = /(?:[编计]列了?(?:\d{1,2}年)?(?:预算)?|[增减删]列(?![入为])(?:[^，。；,;：:\d「“”」后]{2,30})?)(?:[「“][^」”]{1,30}[」”]|·{3,32})?\s*$/;

/**
 * An amount the original budget set (original_budget_words right before it: 远高于原先预算的30亿元赤字): that budget's, a target, though
 * its sentence estimates what the year will come to (我估计…综合赤字为656亿元，…, dev 56, 352).
 */
export const originalBudgetBefore = new RegExp(`(?:${alternation(words.original_budget_words)})的?\\s*$`);

/** A figure followed by 的预测 is the forecast itself: 经济增长1%至2%的预测 (dev 144). */
export const estimateAfter = /^\s*的(?:预测|估计)/;

/** 全年新增…: the year's plan, unless a section that reviews the year holds it (全年新增各类市场主体1727家 under 过去五年工作回顾). */
export const yearRoundTarget = /全年(?:再|培育|引进|认定|备案|新增|推广|兑付|编发)/;

/**
 * Clause words that make a figure a target, wherever the document stands; a budget said right before its amount is what was
 * planned (年初预算合计421.9亿元, 支出预算调整为206.2亿元; the outturn, 收入完成421.8亿元, is actual, dev 239), and so is a budget item's
 * amount as proposed or revised right before it (财政部原列…, 改列为…: Taiwan's budget review, dev 442). A target said to be
 * done is an achievement (notDone).
 */
const targetWords = (thisYear: ThisYear): RegExp =>
  new RegExp(
    String.raw`力争|确保|${notDone}目标|承诺|(?<!${niWordHeads})拟(?!建)|计划(?:到|在|新增|引进|培育|建成|投产)|${thisYearTarget[thisYear]}|${speakers}(?:仍|亦|也|还)?(?:会|将|要|计划|打算|建议|决定|谨?动议)|国家(?:仍|亦|也|还)?(?:将|要|打算|决定)|(?<![主需重摘纪提概只想必])要(?:从|由|把|再|控制|达到|扩大|降到|降低|减少|增加|提高|新增)|抓好(?!了)|即将|${futureJiang}|会把|${bureauModal}|会(?:维持|保持|稳定|控制)在|假设|预算(?:金额)?(?:应该|应|将)?(?:为|是|定为)|预算(?:合计|总计)?(?:调整为)?\s*$|${budgetRevision.proposed.source}|${budgetRevision.passedBefore.source}|${budgetPlanned.source}`,
  );
export const targetMarker = targetWords('ahead');

/**
 * targetMarker and sentenceTargetMarker of a text that tells of its own time (a news report, an article: indicators.ts
 * presentKinds): 今年 there is the year it tells of, what was done in it (今年又新增小额担保贷款300万元, 据统计，该县今年新增创业人员5000多人:
 * dev 327), and only a plan's words (将, 力争, 计划, 目标) make a figure of it a target.
 */
export const presentTargetMarkers = { clause: targetWords('present'), sentence: sentenceTargetWords('present') };

/** targetMarker and sentenceTargetMarker of a text that reports its own year: 今年 there is the year reported (thisYearTarget). */
export const reportedTargetMarkers = { clause: targetWords('reported'), sentence: sentenceTargetWords('reported') };

/**
 * 我们为大学研究资金预留了…: money the speaker sets aside or gives (funding_verbs), for what 为 names or for nothing named, is
 * still to be spent: a target, unless the sentence dates it before the document's year (去年，政府也预留了…, dev 143, 144).
 */
export const speakerFunds = new RegExp(String.raw`${speakers}(?:仍|亦|也|还)?(?:为[^，。；,;、\d为向]{2,16}?)?(?:${alternation(words.funding_verbs)})`);

/**
 * Clause words of what is done or stands now (现时已经淘汰22 000辆, 现时最高的津贴额为41,000元; what a plan's sentence says was
 * done against it, １９７９年计划建成…，实际建成１２８个): an actual though the sentence speaks of what will be (not 目前 or 去年,
 * which date a baseline: 由目前的60%加至80%; nor 实际 of a metric's name, 实际利用外资).
 */
export const doneMarker = new RegExp(`${alternation(words.done_words)}|现时(?!的)|实际(?:完成|建成|开工|投产)`);

/** Clause words that say a figure is as things stand now (目前财政性教育经费已经超过2万亿元): of the document's own year when nothing else dates it. */
export const presentMarker = new RegExp(alternation(words.present_words));

/**
 * Clause words that make a figure in a plan's section an actual: 目前…已经超过2万亿元, 当前已建成起降场地20个 (present_words), 截至 (as_of_words), 已经 (done_words),
 * 去年, 上年; not a basis, 比上年, 与上年相比 (与上年相比支出增长3% in a budget: the budget's growth, a target, dev 714).
 */
export const actualMarker = new RegExp(`${alternation([...words.present_words, ...words.as_of_words, ...words.done_words])}|(?<![比较])(?:去年|上年)(?!同期|末|底|相比)`);

/**
 * A sentence's opening that says what was found or is the case (经查, 查近年来, 有鉴于; 根据…统计), maybe after 然, 但 or 惟: finding_openers and
 * finding_sources of indicator-words.json. It reports: a report's undated figure in it carries no target dated before it (carriedTarget, dev 558, 559).
 */
export const findingOpener = new RegExp(
  `^[\\s，,]*(?:然|但|惟)?[\\s，,]*(?:${alternation(words.finding_openers)}|(?:根据|依据|据)[^，,。；;]{0,20}?(?:${alternation(words.finding_sources)}))`,
);

/**
 * The day a cited source came out, after its year: a month (and a day) then a verb of publishing (citation_verbs of
 * indicator-words.json; 在线 or 网上 between) and 的, 称 or a clause's end (2022年1月5日发布的统计数据, 2021年7月8日报道，: dev 542). What
 * the source says had happened by then: it dates the source's figures as they stood that day, none ahead (indicators.ts datedBefore).
 */
export const citedDateAfter = new RegExp(`^\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?(?:在线|网上)?(?:${alternation(words.citation_verbs)})(?:的|称|[，,：:])`);

/** An age that must have been reached (年满18周岁, as the quantity's comparator word): a condition of a measure, not a figure of the place (dev 458). */
export const ageReached = /^年[满滿]/;

/**
 * Rule language in a figure's sentence outside a regulation: a plan's price, cap or time limit is a
 * provision (机制电价按…0.4012元/千瓦时执行, 3年内不得参与竞价, 执行期限12年, 比例应不低于30%,
 * 预审意见有效期为两年, 不允许向公共电网反送, a span with what may not be done in it: 10年内不迁出我区); a cap (杰出专家最高200平方米), a grant given with 予以 (按5元/总吨标准予以奖励)
 * and a grant handed out (发放住房补贴，其中本科生2万元; not 发放质押贷款) too (dev 123, 124), and a grant word right before its
 * amount (一次性奖励1000万元, 每个机构资助200万元: dev 185, 186), a grant's cap (每个平台奖励金额不超过100万元), a share given as a
 * grant (按地方经济贡献额80%奖励) and a grant enjoyed (享受每辆3000元的补贴) (dev 195, 196).
 */
export const provisionMarker = new RegExp(
  // 发展必须坚持新发展理念: 必须 before a verb of principle (principle_verbs) states the plan's principle, no rule (dev 375)
  // 电量电价调整为每千瓦时0.5569元: a price or fee per unit of goods or energy (unit_price_measures) is set by the rule (dev 638); not a
  // cost the text reports (处理成本为每立方米2.4元左右, dev 393), nor a measure per unit that is no money (臭氧评价浓度由每立方米159微克, dev 313)
  String.raw`[价费][^，,。；;：:]{0,12}?每(?:${alternation(words.unit_price_measures)})(?=[^，,。；;：:]{0,8}?\d[\d.．]*\s*[万亿]?(?:${alternation(moneyUnits)}|分))|不得|不允许|禁止|必须(?!${alternation(words.principle_verbs)})|原则上|有效期|应当|${ruoIf}|[年月日天]\s*(?:之|以)?内\s*不|不高于|给予|予以|最高(?!人民(?:检察院|法院)|检|法(?![定律规]))|应(?:提前|在|于|按|不|通过|由|以|参照|根据|符合|满足)|(?:按照?|参照|依照)[^。；]{0,40}?(?:确定|执行|核定|收取|结算)|(?:按照|依照)(?=\d)(?!(?:19|20)\d{2}\s*年)|期限|上限|下限|发放[\u4e00-\u9fff]{0,4}?(?:${grantNouns})|(?:${grantNouns})\s*(?=\d)|(?:${grantNouns})[\u4e00-\u9fff]{0,4}?不超过|[%％]\s*(?:${grantNouns})|享受[^，,；;。]{0,12}?(?:${grantNouns})`,
);

/**
 * A sentence that opens with a span up to now (2024年以来，…; 今年以来，…; “十四五”以来，…; 党的十八大以来，…): it tells what has happened
 * since, so its figures are actuals even where figures are targets by default (a notice, a plan: dev 422). Not a word of how long a
 * state has held, from no start (长期以来，我市产业结构偏重，…: lasting_words): the background of what a plan aims at.
 */
export const sinceOpener = new RegExp(`^\\s*[^，,。；;！？]{0,24}?(?<!${alternation(words.lasting_words)})以来\\s*[，,]`);

/**
 * A sentence that reports what has been done (目前，相关网站平台已按要求…进行清退并禁止重新入驻，取消提现功能权益211家, dev 422):
 * it opens with the present (目前，) and says 已: its figures are actuals where figures are targets by default (a notice, a
 * plan), and its rule words, after the 已, name the measures taken, no rule its figures state. Tested on the sentence up to
 * the figure or the rule word.
 */
export const measuresTakenBefore = new RegExp(`^\\s*(?:${alternation(words.present_words)})\\s*[，,][^。；;]*?(?:${alternation(words.done_words)}|已)`);

/**
 * An exception clause at the opening of a clause (除法律、法规规定必须到现场办理的事项外，…; 除另有规定外，…): the rule words
 * inside it (必须, 规定) name what is left out, they make no rule of the figures after it (网上可办率达到100%: a target, dev 333).
 * Rule words outside it still do (除另有规定外，项目应在3年内完成).
 */
export const exceptionClause = /(?<=^|[，,；;：:。\s]|但|并且?|凡)除(?:了)?[^，,。；;！？!?]{1,40}?(?:以)?外(?=\s*[，,])/g;

/** Words before a length of time that make even one of it a time limit: 届满前一个月, 提前一天. */
export const deadlineBefore = /(?:提前|届满前|期满前|到期前)\s*$/;

/** Words around a length of time in a plan's rule that make it a time limit (期限): 提前15个工作日, 满20年, 3年内, 连续三年 (给予…). */
export const timeLimitBefore = /(?:提前|满|期限|为期|延迟|给予|执行|连续)\s*$/;
export const timeLimitAfter = /^\s*(?:之?内|以内|前|后|起)/;

/**
 * A section title that lists conditions (满足下列行业营业收入及纳税总额条件, 符合下列…条件, 符合本办法扶持范围的企业…条件, 认定条件,
 * 申报条件), not a plan's 发展条件.
 */
export const conditionSection = /(?:满足|符合)(?:下列|以下|如下|本办法)[^。；]{0,20}条件|(?:认定|申报|申请|准入|享受|奖励|补贴)条件/;

/** After a figure, a clause ending in 的 states a condition (延迟超过6个月的，…作废): the figure is a rule's. */
export const conditionAfter = /^\s*的\s*$/;

/** The connectives a forecast's clause may open with (首先，我估计…; 此外，根据…估算，…: ordinal_connectives, additive_connectives): one list for estimateLeadOf and sentenceEstimateMarkerOf. */
const forecastConnectives = alternation([...words.ordinal_connectives, ...words.additive_connectives]);
/** The connectives of a consequence (因此，…; 所以，…: causal_connectives), regex source. */
const causalConnectives = alternation(words.causal_connectives);
/** The words that close a time said before a figure's name (period_ends: 年底, 3月末, 第2季底, 8月以来), and a date's 截至 (as_of_words): a time at a label's start goes with them (leadingFillers). */
export const periodEnds = alternation(words.period_ends);
const asOfWords = alternation(words.as_of_words);
/** A day, a week or a month named from the text's own time (relative_times: 当日, 本月, 上月): at a label's start it says when (leadingFillers, dev 388, 849). */
const relativeTimes = alternation(words.relative_times);
/** Words and names that open with such a word (relative_time_names: 本周期, 今日头条, 当日达): no time, and they stay whole. */
const relativeTimeNames = alternation(words.relative_time_names);

/**
 * A clause that opens with a forecast (首先，我估計…; 預計超過90%的…): what it forecasts runs on to the end of
 * the sentence (…，相等於本地生產總值的5.2%; …，將平均減少11%). Not 各項工程預計在…完成, whose clause has a subject of its own.
 */
const estimateLeadOf = (verbs: string): RegExp =>
  new RegExp(String.raw`(?:^|[，,：:])\s*(?:${forecastConnectives}|${causalConnectives}|而)?\s*${speakers}?(?:亦|也|还)?(?:初步)?(?:${verbs})`);
export const estimateLead = estimateLeadOf(forecastVerbs);

/**
 * A sentence that opens with an estimate (预计全市生产总值3050亿元、增长7%左右，…收入256.7亿元…; after its time, its scope or its
 * speaker: 全年预计, 2025年预计, 全市预计, 我们预计) or whose first clause is a forecast's subject and verb: all its figures are. A 预计 after
 * its clause's own subject (单位GDP能耗预计下降14.5个百分点，建设用地地均GDP增长34.3%) is that clause's (estimateMarker), dev 498.
 */
// 國際貨幣基金組織最新預測，今年…; 此外，根據去年年底估算，…: a first clause (after a connective) that ends in the forecast verb has
// the rest of the sentence for its object (dev 248), whoever forecasts; not an outcome against expectations (好于预期, 超出预期, 符合预期)
// nor a forecast named as a noun (根据我在去年10月22日的估计，为要达到…的目标…: dev 70)
const sentenceEstimateMarkerOf = (verbs: string): RegExp =>
  new RegExp(
    String.raw`^\s*(?:(?:[^，,；;。]{0,6}?(?:年度?|季度|月份?|全[国省市区州县])|${speakers})?\s*(?:初步)?(?:${verbs})|(?:(?:${forecastConnectives})\s*[，,]\s*)?[^，,；;。：:]{0,16}?(?<![于出合及超的])(?:${verbs})\s*[，,：:])`,
  );
export const sentenceEstimateMarker = sentenceEstimateMarkerOf(forecastVerbs);

/**
 * Clause words that make a figure an estimate: a forecast (可望, 有望: 全年经济总量有望达到140万亿元左右, dev 651; not in a noun, 有望上市企业: wang_words), a revised estimate said to be the figure (修订预算为: estimate_nouns), or the effect a measure would have (这项建议会令政府收入…减少,
 * 将会为政府每年带来…的收入); not 会使用 (can use: 基本会使用国家通用语言文字比例提高到94%, dev 126), whose 使 is no causative.
 */
const estimateMarkerOf = (verbs: string): RegExp =>
  new RegExp(
    String.raw`${verbs}|(?:${alternation(words.estimate_nouns)})(?:约为|为|是|约)|${wangForecast}|可(?:减轻|节约|节省|带动|拉动|增加|减少|创造|新增)|(?:会|将会)(?:令|使(?!用))|(?:会|将会)为[^，,；;。]{0,10}带来`,
  );
export const estimateMarker = estimateMarkerOf(forecastVerbs);

/**
 * A forecast with a note that it holds below (初步预计（下同），2016年实现地区生产总值3560亿元左右…: note_closers): every figure after it in
 * the paragraph is an estimate, not only its sentence's (dev 330).
 */
export const forecastBelow = new RegExp(String.raw`(?:${forecastVerbs})\s*[（(][^（）()]*(?:${alternation(words.note_closers)})\s*[）)]`);

/** The three estimate rules (estimateMarker, sentenceEstimateMarker, estimateLead) as one reads them outside a plan's targets. */
export const forecastEstimate = { marker: estimateMarker, sentence: sentenceEstimateMarker, lead: estimateLead };

/** The same three as they read a plan's targets, where 预期 is a target's verb (planned_forecast_verbs). */
export const plannedEstimate = {
  marker: estimateMarkerOf(plannedForecastVerbs),
  sentence: sentenceEstimateMarkerOf(plannedForecastVerbs),
  lead: estimateLeadOf(plannedForecastVerbs),
};

/** The classifier after a demonstrative (这个, 这项, 这些, 这一; 此项): regex source. */
const demonstrativeClassifier = '[项个些一]';

/**
 * A clause that points back at a measure just said and gives its cost (这个计划涉及9亿6,000万元, 这项措施涉及2,100万元, 此举耗资…;
 * demonstratives, cost_verbs): the cost is of the kind of the figure before it, planned or done (dev 183).
 */
/**
 * What the years ahead will cost (未来10年涉及的额外政府经常开支平均每年约90亿元) or what falls due in them (未来10年政府须支付约4,500亿元的
 * 公务员退休金): a cost or liability verb after 未来N年 makes the figure an estimate, not the plan the span alone leaves it (在未来5年，
 * 非经营开支平均每年为430亿元, dev 70; cost_verbs, liability_verbs; dev 144).
 */
export const yearsAheadCost = new RegExp(String.raw`${yearsAheadWords}[^。；;！？]*?(?:${alternation([...words.cost_verbs, ...words.liability_verbs])})`);

/**
 * yearsAheadCost, unless the words before the figure plan it themselves (未来三年，我们计划推进城市更新，项目涉及资金300亿元: 我们计划, a
 * sentence's target words `plans` but 未来N年 and the 须 of a liability verb): the cost of what is planned is planned (review29b).
 */
export const yearsAheadCostOf = (span: string, plans: RegExp): boolean => yearsAheadCost.test(span) && !plans.test(span.replace(yearsAheadEvery, '').replace(liabilityVerbs, ''));
const liabilityVerbs = new RegExp(alternation(words.liability_verbs), 'g');
const yearsAheadEvery = new RegExp(yearsAheadWords, 'g');

export const costOfBefore = new RegExp(
  String.raw`^\s*(?:${alternation(words.demonstratives)})${demonstrativeClassifier}?[\u4e00-\u9fff]{0,6}?(?:${alternation(words.cost_verbs)})(?:的)?(?:约|合共|共)?\s*$`,
);

/** Words that point back at what was said (以上, 上述 and the demonstratives: 推行以上一系列措施, 该计划): they name nothing of their own. */
export const pointsBack = new RegExp(`^(?:以上|上述|${alternation(words.demonstratives)})`);

/** A round bracket left open at the end of the words before a figure (优先电量规模（风电400小时, 每新增一条外贸航线(年度吞吐量超过1万TEU): the figure stands inside it. */
export const openBracket = /[（(][^（()）]*$/;

/** The word that opens a note in brackets (含再融资债券226亿元, 包括…: note_openers), before the words of a figure inside it (dev 239, 278). */
export const noteOpenerStart = new RegExp(`^(?:${alternation(words.note_openers)}|${countingOpener})(?=\\p{Script=Han}{2})`, 'u');

/** In a figure's clause before it, the act of the document itself (本次拨付, 此次下达): of the document's year, whatever year the sentence named before. */
export const thisActBefore = /本次|此次/;

/**
 * A sentence that opens with 至于 (as for: 至於免稅酒方面，則下調25%), 其中 (of which: 按其成交价格1‰给予补贴。其中，国内内河船舶
 * 不超过5000元/艘, dev 124) or 以…为例 (for example: 来年，…拨款将增加达50%。以一所超过18班的中学为例，每年的拨款额由30万元增加至45万元,
 * dev 53) goes on with the sentence before it: that sentence's frame (预计, 给予, 来年) holds for it too.
 */
export const continuesSentence = /^\s*(?:至于|其中|以[^，,。；;]{1,20}为例)/;

/**
 * Section titles that state plans (targets) and reviews (actuals); the nearest titled ancestor wins. A plan's
 * review says where things stand (发展现状, 现状与形势, the situation it faces: 环境形势依然严峻, 当前面临的总体形势, dev 944, 216;
 * not 形势与展望, whose 展望 plans), what it builds on (发展基础, 工作基础, 现实基础), not
 * what it lays (夯实基础设施), or the background it is drawn up against (规划背景, 发展背景, 编制背景).
 */
export const planSection = /打算|计划|要点|下一步|考虑|目标|思路|展望|重点任务|安排/;
/**
 * 目标 as the object of an aiming verb in a title, with the words of what is aimed at between them (锚定目标攻坚, 锚定封关运作目标;
 * data/indicator-words.json aim_verbs): no plan word, the title above decides (dev 283).
 */
export const aimedTarget = new RegExp(`(?:${alternation(words.aim_verbs)})[^，,。；;：:、\\d]{0,8}?目标`, 'g');
export const reviewSection = /情况|成效|成绩|回顾|进展|发展基础|发展环境|成就|取得|现状|形势|背景|(?:工作|现实|已有|良好)基础/;

/**
 * Does a section title of a body's budget for a year (budgetsOwnYear) review what was done? Its 情况 does only with a word of a
 * budget's execution (execution_words: 2017年预算执行情况, 上年决算情况); 二、部门预算情况说明 accounts for the budget's own
 * figures, targets (dev 477). Other review words (成效, 回顾) review in a budget too.
 */
export const budgetReviewTitle = (title: string): boolean => reviewSection.test(executionWord.test(title) ? title : title.replace(/情况/g, ''));
const executionWord = new RegExp(alternation(words.execution_words));

/** Time words of a section title when no plan or review word decides: 今年…的总体要求 plans, 过去五年… reviews. */
export const titleFuture = new RegExp(`今年|${followingYear}|本年度|下一?阶段`);
export const titlePast = /去年|上年|过去|以来/;

/** Verbs of moving to a level (提高到, 降至, 达到), which levelVerb and boundReachedVerb both read. */
const movedToVerbs = ['达到', '提高到', '提高至', '提升到', '提升至', '上升到', '上升至', '升至', '降至', '下降到', '下降至'];

/** Only a verb of moving to a level between 分别 and its run (占规模以上工业比重分别提高到21.7%、33.6%: respectively.ts). */
export const movedToVerbOnly = new RegExp(`^\\s*(?:${alternation(movedToVerbs)})\\s*$`);

/**
 * A level reached (生产总值达到3353.3亿元, 城镇化率达到64%, 龙头企业发展到12家: data/indicator-words.json level_verbs) within a span of
 * years is of the span's last year; a flow over the span (累计, 新增, 五年投入 …) or a growth is of the whole span.
 */
export const levelVerb = new RegExp(`(?:${alternation([...movedToVerbs, ...words.level_verbs])})\\s*$`);
/**
 * The words of a flow (累计, 新增, 新建, 投入, 年均, 五年: data/indicator-words.json flow_words), each not before what makes it part of a
 * noun (flow_word_continuations): not 增加值 (value added) nor 完成率 (a completion rate), 工业增加值达到1200亿元 and 一件事通办完成率达到80% are levels.
 */
const flowContinuations: Record<string, string[]> = words.flow_word_continuations;
export const flowWord = new RegExp(
  [...words.flow_words]
    .sort((x, y) => y.length - x.length)
    .map((w) => escapeRegExp(w) + (flowContinuations[w] ? `(?!${flowContinuations[w].map(escapeRegExp).join('|')})` : ''))
    .join('|'),
);
/**
 * A bound held over a span (城镇调查失业率控制在5.5%以内, 人口自然增长率低于9‰) binds each of its years; one a verb of
 * moving says is reached (PM2.5浓度降至27微克/立方米以下, 重大慢性病过早死亡率下降到13%以下) is a level at its end.
 */
export const boundReachedVerb = new RegExp(`(?:${alternation([...movedToVerbs, '降到', '降低到', '降低至', '减少到', '减少至', '减至'])})\\s*$`);

/**
 * In a span, a level is also one its comparator word says (国内生产总值突破140万亿元, 占比超过10.5%: the word is part of
 * the quantity), or a rate, a share, an age or a concentration (研发经费投入强度达到2.8%, 人均预期寿命79岁以上): those
 * are never what a span adds up, whatever noun (投入) names them; only a total or an average of the span (累计, 年均) is.
 */
export const levelComparatorLead = /^(?:突破|跨过|超过|超|逾|过)/;

/**
 * A part before 、 that reaches or passes an amount said in words (常住人口突破千万、净流入人口超70万; 突破1.4万亿元、跨越四个千亿台阶、
 * 年均增长6.1%): a clause of its own, with no figure to end it, not a list item of the next label (dev 497). Global: the last one counts.
 */
export const wordAmountPart = /(?:突破|跨过|跨越|跨上|迈上|迈过|超过|超|逾|达到)[两二三四五六七八九十百千万亿几数]+[^、，,；;。\d]*、/g;
export const levelUnits = new Set(['%', '％', '‰', '岁', '微克/立方米']);
export const spanTotalWord = /累计|年均|每年|平均/;
/**
 * The noun of a year's total or size right before an amount (生产总值6.66万亿元, 财政总收入7019亿元, 社会消费品零售总额2.9万亿元: total_nouns and
 * year_total_nouns): said with no verb in a review of several years, the level at the span's end, not a sum over it (dev 177).
 */
export const yearTotalBefore = new RegExp(`(?:${alternation([...words.total_nouns, ...words.year_total_nouns])})\\s*$`);
/**
 * The investment of what a count counts, opening the clause after it (京津保合作项目469项，总投资6832亿元: investment_after_count): in a
 * review of several years the count is of the projects undertaken over the span, not a stock at its end (dev 60).
 */
export const investmentAfterCount = new RegExp(`^\\s*(?:${alternation(words.investment_after_count)})`);
/** A verb of change right before the figure (人均预期寿命提高1岁, 耕地减少2万亩): the change of a span, not a level at its end (dev 375). */
export const changeVerbBefore = new RegExp(`(?:${alternation([...words.rise_verbs, ...words.fall_verbs])})\\s*$`);
/** A level held over a span, right before the figure (连续稳定在, 保持在, 严守: held_verbs): of every year of the span, not its last (dev 375). */
export const heldVerb = new RegExp(`(?:${alternation(words.held_verbs)})\\s*$`);
/** A bound a rate is kept within, right before the figure (控制在5%左右, 调控在35%左右: rate_held_verbs): held over the span only for a rate (levelUnits), a stock's (全国总人口控制在136000万人) is a level at its end (dev 69). */
export const rateHeldVerb = new RegExp(`(?:${alternation(words.rate_held_verbs)})\\s*$`);

/** A plan's name (“十四五”, 十三五, “十五”, 六五): not a fifteen or a five that ends a number (第十五期间, 二十五期间). */
const namedPlan = String.raw`(?<![〇零一二三四五六七八九十百千两第\d])[“"]?(${PLAN_NAME})[”"]?`;
/**
 * How many years a span up to now lasts, two to nineteen, in words or digits (五年来, 5年来, 两年来, 近三年, 十年来): not the end of a
 * longer number or of a year (十五年来 is fifteen, 2015年来 none), nor a span that ends at a year it follows (到一九七六年三年间, dev 374),
 * nor the years ahead a word of the future opens (今后三年间, 未来三年间, 此后十年间: 后, 来). No group: yearsBack reads the count.
 */
const yearsCount = String.raw`(?<![\d０-９〇零一二两三四五六七八九十百千第年后来])(?:十[一二三四五六七八九]?|[二两三四五六七八九]|1\d|[2-9])`;

/**
 * A span said in words: a plan's period (“十四五”时期, 期间, 以来), and a plan's name alone opening a clause before the place
 * whose figures follow or a total (“十四五”全市一般公共预算收入累计完成835亿元, “十四五”累计…, dev 321; not its plan, end or
 * start, “十四五”规划, 末, 初, nor a title's “十四五”财政工作及…, which may name other times too), the years up to the
 * document (过去五年, 过去的五年, 这五年, 五年来; as many as it says, in words or digits: 5年来, 四年来, 两年来, 近三年, 五年间, dev 462, 365, 179, 14, 255;
 * and a half year more, 一年半来: the calendar years it reaches into, indicators.ts yearsBack, dev 421; the years since a year, 2008年以来的几年,
 * its group since: from it, dev 365), not one that qualifies a noun (创下龙华十年来的新高, dev 331).
 */
export const periodPhrase = new RegExp(
  String.raw`${namedPlan}(?:时期|期间|以来|规划期|(?<=(?:^|[，,。；;：:])\s*[“"]?${PLAN_NAME}[”"]?)(?=全[市省区县国州盟旗]|我[市省区县国州]|累计|共计?[\u4e00-\u9fff]))|(?:过去的?|近|这)${yearsCount}年(?:来(?!的)|间)?|${yearsCount}年(?:来(?!的)|间)|(?<![\d０-９〇零一二两三四五六七八九十百千第])(?:${yearsCount}|一)年半(?:来(?!的)|间)|(?<since>(?:19|20)\d{2})年以来的(?:几|${yearsCount})年`,
);

/**
 * The five years ahead (今后五年 and 未来五年, ahead_words, in words and with no space; 五年内, 五年合计: the document's year and the four after it), in a figure's own
 * clause or opening its paragraph; elsewhere in a sentence they qualify something else (征集未来五年…需求，编制100个…项目
 * in a work plan: this year's projects).
 */
export const aheadPhrase = new RegExp(String.raw`(?:${alternation(words.ahead_words)})五年|五年内|五年合计|五年累计|五年共计?`);

/** The totals of aheadPhrase (五年累计, 五年合计, 五年共): said of what was achieved, they add up the five years before, not those ahead. */
export const fiveYearTotal = /五年(?:合计|累计|共计?)$/;

/** A span said before or in a figure's clause: one of periodPhrase, or of aheadPhrase (its group ahead). */
export const spanPhrase = new RegExp(String.raw`${periodPhrase.source}|(?<ahead>${aheadPhrase.source})`);

/**
 * A span that opens a paragraph or a sentence before a comma (五年来，…; “十四五”时期，…; 五年内，…; …圆满收官。五年来，…), or as its
 * subject (过去的五年极不寻常。, 这五年是…的五年。, 回首过去五年…, dev 177, 126; not one that qualifies a noun, 过去五年的…): it frames
 * that sentence and every one after it in the paragraph, until a sentence opens with a single year (sentenceYearOpener).
 */
export const paragraphPeriodOpener = new RegExp(String.raw`^\s*(?:回首|回顾)?(?:${spanPhrase.source})(?:\s*[，,]|(?![的\s，,]))`);

/**
 * A paragraph that opens with the year its goals are for (到2023年，工业互联网建设量质并进…; 力争到2027年，…): the list
 * items a dash or a bullet opens after it (listItemMark: --平台建设长足进步。培育3家…) are of that year (dev 119).
 */
export const targetYearOpener = /^\s*(?:力争)?到\s*((?:19|20)\d{2})\s*年(?:底|末)?\s*[，,]/;
export const listItemMark = new RegExp(`^\\s*(?:—{1,2}|－{1,2}|-{2}|${BULLET})`);

/**
 * A span of years named at a sentence's opening (从1950年到1975年，…; 1996年至2000年，…): when it ended before the document's
 * year it frames that sentence and those after it in the paragraph, as 五年来 does (dev 374: a plan's review of 1950-1975).
 */
export const yearSpanOpener = /^\s*(?:从|自)?\s*((?:19|20)\d{2})\s*年?\s*(?:到|至|[—－–-])\s*((?:19|20)\d{2})\s*年(?:间)?\s*[，,]/;

/** The years a sentence opens with by their name (去年, 今年, 上年, 过去一年, 一年来, 这一年: year_words), regex source. */
const yearWords = alternation(words.year_words);

/**
 * A sentence that opens with one year (2025年，…; 去年，…; 过去一年，…; 刚刚过去的2017年，…, dev 125; 这一年，… after 刚刚过去的2020年是极不平凡的一年, dev 60): it ends the frame of a span opened before it, and a year
 * before the document's frames it and the sentences after it in the paragraph (nextSpanFrame).
 */
export const sentenceYearOpener = new RegExp(String.raw`^\s*(?:(?:刚刚)?过去的\s*)?(?:((?:19|20)\d{2})年|${yearWords})\s*[，,]`);

/**
 * A sentence that opens with the past part of the document's year (今年以来，…; 今年上半年，…), after the address to the congress or not
 * (各位代表，今年以来，…): what it and the sentences after it in the paragraph tell was done or is estimated is of that year, not of
 * the year a work report reviews (nextSpanFrame, dev 365).
 */
export const ownYearPastOpener = new RegExp(String.raw`^\s*(?:各位(?:代表|委员)\s*[，,])?\s*今年(?:${thisYearPastPart})${notDeadline}\s*[，,]`);

/** A sentence that opens with a year of the document's or after, with or without a comma (2025年经济社会发展的…, 今年的…, 明年…). */
export const sentenceYearStart = new RegExp(String.raw`^\s*(?:((?:19|20)\d{2})年(?!代)|今年|${followingYear})`);

/**
 * A time said in words before a from-to figure's value: 去年年中高峰期, 今年年初, 本年年初 (dev 143), 今年1月, 上年末, 目前
 * (the Hong Kong budget speeches: 失業率由去年年中高峰期的8.7%下降至今年年初的7.3%), 早几年, 以往, 过去 (已由早幾年的 30% 提升至 48%).
 */
const relativeTime = String.raw`(?:(?:本届)?上任时|上年|去年|今年|前年|本年度?|本学年|上学年|上年度|年初|年中|目前|现时|现在|现行|当时|当年|早几年|几年前|早年|以往|过去|高峰期?)(?:年初|年中|年底|年末|底|末|\s*[一二三四五六七八九十\d]{1,2}\s*月(?:份|底|末)?|高峰期?|低位)*\s*`;

/**
 * A year as an OCR misprints it (corpus 63, 64: 1g85年, ] 995年, 1085年 for 1985 and 1995): never read as
 * a figure's year, but a label drops it and a from-to link passes over it as over a year.
 */
export const ocrYear = String.raw`[1lI\]] ?[\dgoOlI]{3}年`;

/** A time said in words, alone: 于去年 before a growth is when, the subject is before it (应课差饷租值于去年平均下跌8%). */
export const relativeTimeAlone = new RegExp(`^${relativeTime}$`);

/**
 * What both ends of a from-to are per, said before each (由现时每名子女3万元增加至每名子女4万元, dev 120; a unit of a product
 * alone: 从推广前每台3000-4000元下降到2000元左右, dev 421; a time, 由每年50個倍增至100個, dev 143): passed over as a time is.
 */
const perWhom = String.raw`(?:每(?:[个名位户家项人]|[一\d]\s*[个名位户家项人])\p{Script=Han}{1,4}?|每[台辆套件]|每[年月日天])`;

/** The time before an action, a programme's or a reform's (从推广前的5%上升到70%以上, 由改革前的…, dev 421): a baseline's time said in words. */
const beforeAction = String.raw`\p{Script=Han}{2}前`;

/**
 * The verbs of a change that lead from a baseline to the level reached (由X增加到Y, 从X扩大到Y): every verb of rising or falling
 * (rise_verbs, fall_verbs) and the other verbs of a from-to (from_to_verbs); fromToLink, and scan.ts reachedBefore.
 */
export const fromToVerbs = `(?:${alternation([...words.rise_verbs, ...words.fall_verbs, ...words.from_to_verbs])})`;
/**
 * The verbs a base said without 的 before a share never holds (不超过项目投资额30%: scan.ts shareBound): a verb of change (fromToVerbs), of a
 * level reached (达到, 提高到, level_verbs), 为, 占, 到, 至; with one the words after the bound run on to the figure's own predicate
 * (财政教育支出不低于上年水平增长10%), and the bound is on something else.
 */
export const shareBaseVerbs = `(?:${fromToVerbs}|${alternation([...movedToVerbs, ...words.level_verbs])}|[为占到至])`;
/** 由X增加到Y: the words between a baseline and the figure it grew into. */
export const fromToLink = new RegExp(
  String.raw`^(?:(?:大幅度?|逐步|进一步|稳步|激|持续|继续|按年)?(?:${fromToVerbs}){0,2}(?:到|至|为)(?:(?:19|20)\d{2}(?:\s*[-/／]\s*\d{2,4})?学?年度?(?:底|末|[一二三四五六七八九十\d]{1,2}月)?|${ocrYear}|${relativeTime})?的?${perWhom}?` +
    // 由1952年的270.1亿元到1957年将增加为535.6亿元, …到一九五七年将增加，为117.7亿元: the to-figure's year said before its verb (dev 406)
    String.raw`|(?:到|至)(?:(?:19|20)\d{2}年(?:底|末)?|${ocrYear})[，,]?(?:将|要|可以|可)?${fromToVerbs}[，,]?(?:到|至|为)` +
    // 由1952年年产3278.3亿斤到1957年年产3856.2亿斤: a year's output (年产) said at both ends measures both (dev 406)
    String.raw`|(?:到|至)(?:19|20)\d{2}年年产)$`,
  'u',
);

/** The words of a basis right before its year (比2005年, 较“十三五”末2020年): that year is the basis's, not the figure's. */
export const basisBeforeYear = new RegExp(String.raw`[较比](?:${namedPlan}期?末)?$`);

/**
 * A figure that is the basis of a change (比1980年的2，187亿元增长21，7％, 较2020年的…; a financial year's, and the figure of that
 * time a budget compares with, basis_measures: 较113年度预算数532万7千元增加39万1千元, 较113年度预算27亿1,200万元，减少…, dev 558): the
 * baseline of the figure before it, with its year, not a figure of its own. `basisFigureBefore` is read before the number,
 * `basisChangeAfter` after it (after a comma too).
 */
export const basisFigureBefore = new RegExp(
  String.raw`(?:比|较)(?:${namedPlan}(期?末|时期|期间)?)?(?:((?:19|20)\d{2})年度?(?:底|末)?)?(?:${alternation(words.basis_measures)})?的?\s*$`,
);

/**
 * The time a basis figure is of: the year named (比1980年的, 较“十三五”末2020年), the last of a named plan's at its end
 * (较“十三五”末的 → 2020, dev 178), or a plan's whole span, the total the figure before is compared with (比“十三五”541亿元 →
 * 2016-2020, dev 321); none when neither is named (比541亿元 names no basis).
 */
export const basisYearOf = (m: RegExpExecArray): Period | undefined => {
  if (m[3]) return Number(m[3]);
  const span = m[1] ? planPeriods[m[1]] : undefined;
  if (!span) return undefined;
  return m[2] && m[2].endsWith('末') ? span[1] : span.join('-');
};
export const basisChangeAfter = new RegExp(`^\\s*[，,]?\\s*(?:${changeVerbs})`);

/** What a from-figure counts, said after it and not after the to-figure (由198 000个职位减至现时的172 000个): it stands before the link. */
export const countedNounBeforeLink = /^\p{Script=Han}{1,2}(?=\p{Script=Han})/u;

/**
 * 由/从 (with the baseline's year, a fiscal or school year: 由1997-98年度的, or a plan's: 由“六五”期间的, 由“十三五”末的, 从第一个五年计划的,
 * dev 240; a time before an action: 从推广前的; and 只有 or 仅, only: 由1978年只有约200美元, dev 248, or 不到, under: 从推广前不到5万辆, dev 421)
 * before the baseline of a from-to figure.
 */
export const fromWord = new RegExp(
  String.raw`(?:由|从)(?:(?:${relativeTime})?((?:19|20)\d{2})(?:\s*[-/／]\s*(\d{2}|\d{4}))?学?年度?(?:年?(?:底|末|初|中)|年产)?|(?:${namedPlan}|第[一二三四五六七八九十]{1,2}个五年(?:计划)?)(?:时期|期间|期末|末)?|${relativeTime}|${beforeAction})?(?:只有|仅有|只|仅|不到|不足)?的?${perWhom}?$`,
  'u',
);

/** A sentence's first clause that only says who requires what follows (计划要求，…; 计划规定，…): no topic of its figures. */
export const leadInClause = /^(?:计划|规划|纲要|方案)(?:要求|规定|提出|确定)$/;

/**
 * A clause that only frames the sentence, its scope, time, ground or purpose (在第二个五年计划的财政支出总数中，…; 在第二个五年计划期间，…;
 * 在财政收入增加的基础上，…: a 在 clause that ends there, not 在中小企业推广…; 为着加速社会主义建设，…), a connective alone (这样，…; 因此，…),
 * or the source of what follows (普查显示，…; 调查显示，…: evidence_sources, evidence_verbs, dev 329), or its year alone (2023年，粮食产量再创新高，
 * 达到69541万吨: the clause after it names the subject, dev 354): no topic of its figures either (dev 240).
 */
export const frameClause = new RegExp(
  String.raw`^(?:(?:(?:19|20)\d{2}年|${yearWords})$|在[^，,]*(?:中|期间|时期|以来|基础上|条件下|情况下|过程中)$|为了|为着|随着|由于|(?:这样|${causalConnectives}|${alternation(words.additive_connectives)}|总之)$|[^，,]*(?:${alternation(words.evidence_sources)})(?:${alternation(words.evidence_verbs)})$)`,
);

/**
 * Before a figure, only the time it is of and a link (1980年为28 · 4‰, 五年平均为27 · 8％): the subject was said
 * before the comma, the sentence's topic (…的比重，1980年为…).
 */
export const timeOnlyBefore = /^\s*(?:(?:19|20)\d{2}年(?:底|末)?|[一二三四五六七八九十]年(?:平均|合计|累计)?)(?:为|是|达到?)\s*$/;

/** Nothing but a modal verb or 已 before the 由 of a from-to figure (…周转天数，要由1990年的127天缩短到…; …的比例 ， 已由早幾年的 30% 提升至 48%; …的支出，应该从…的56％左右，提高到60―70％, dev 240). */
export const modalOnly = /^\s*(?:要|将|应当?|应该|可以|需要?|力争|争取|已经?)?\s*$/;

/** Words up to a 即 (namely) that renames them (比重即积累率 → 积累率); not 立即, 随即, 即将, 即时. */
export const namelyBefore = /^.*(?<![立随])即(?![将时使便可])(?=\p{Script=Han}{2})/u;

/** The marker of a note printed after a word (国民收人使用额〔注〕, 〔注1〕, [注], “5个1000”行动[4]): no part of a label. */
export const noteMarker = new RegExp(String.raw`[〔[［]注[0-9一二三四五六七八九十]*[〕\]］]|${NOTE_CITED}`, 'gu');

/** Pairs a list of subjects with a run of figures in order: A、B产量分别增长49.8%、11.9%. */
export const respectivelyWord = /分别|依次/;

/** What joins the figures of such a run (49.8%、11.9%和36.4%), and the last two items of a list (城镇和农村居民). */
export const respectiveRunJoint = new RegExp(`^\\s*[、${jointChars}]\\s*$`);
export const listItemJoint = new RegExp(`[${jointChars}]`, 'g');

/** A word that names two items at once (城乡 → 城镇, 农村; 上下限 → 上限, 下限), in either script: the items, in order. */
export const pairedWords: ReadonlyMap<string, readonly [string, string]> = new Map(
  Object.entries(words.paired_words).map(([word, items]) => [word, [items[0]!, items[1]!] as const]),
);
/** Where a paired word stands (the Simplified spellings: the rules run on the analysis copy). */
export const pairedWord = new RegExp(alternation([...pairedWords.keys()]), 'g');

/** After a count, a noun and a growth verb up to the next figure: 17个重点传统制造业增加值增长5.3%. */
export const countBeforeGrowth = new RegExp(String.raw`^[^，,；;。、]{2,20}(?:${changeVerbs})(?:了|达到?|为)?\s*$`);

/**
 * Nouns of people after a count in 万/亿 with no unit of its own (惠及76万群众): the count is of them; not
 * before 的 (4800多万农村人口的饮水安全问题: what follows 的 would be read as the metric).
 */
export const peopleNounAfter = /^(?:农村|城镇|城乡|贫困|困难|低收入)?(?:群众|人口|居民|农民|职工|学生|游客|老人|儿童|妇女)(?!的)/;

/**
 * After a count, these words make it a count of the frame: 26个(试点城市)之一, 全国首批26个“科创中国”试点城市之一; not the 之一
 * of a fraction (21个学科进入ESI前千分之一, dev 245).
 */
export const frameAfter = /^[^，。；,;：:]{0,16}?(?<!分)之一/;

/**
 * 4.5万亿元、为“十三五”时期的1.5倍, 3366亿元，是1997年的1.8倍: a multiple right after a figure that compares it with another
 * time's (a year, a plan's period, 上年, 同期) restates that figure as a ratio: no figure of its own, nor its growth (dev 494, 255).
 */
export const multipleOfTimeBefore = new RegExp(String.raw`^\s*[、，,]?\s*(?:为|是|相当于)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|${namedPlan}(?:时期|期间|末)?|上年|去年|同期)的\s*$`);

/**
 * A clause that lists the divisions a place governs (辖4镇、10乡、233个行政村; 全县辖4镇7乡273个行政村; 康保县下辖…): its counts are
 * the parts of the place, counts of its frame (as 13个区(市)县 of a city), no figures; so are those of a clause that goes on with the
 * list after a comma, opening with a count (…585个自然村，1个省级经济开发区、1个…管委会, dev 448-450). Not 辖区, 辖内, 辖境, 管辖范围 or
 * 管辖海域 (the area governed: 辖区内新增市场主体1200户, 全县管辖范围内共有规模以上工业企业35家 are figures of it).
 */
export const divisionsClause = /^\s*(?:(?:全|本|该|我)[县市区镇乡旗州盟]|\p{Script=Han}{1,6}[县市区镇乡旗州盟])?\s*(?:现|共|下|管)?辖(?![区内境域]|范围|[海水]域)/u;
/**
 * A clause that goes on with a list of divisions: it opens with a count (…，1个省级经济开发区、…); not with a year (…辖4镇10乡，2022年新增
 * 市场主体1200户: the profile's next statement, whose counts are figures).
 */
export const divisionsGoOn = /^\s*[\d０-９]+(?![\d０-９]|\s*年)/;

/** After a quantity, 级 makes it the class of the noun after it (25兆瓦级风电主轴轴承, 7亿吨级矿产地): no figure. */
export const gradeAfter = /^级(?!别)/;

/**
 * Between a bound and the next figure of its clause, a bare noun phrase (10亿元以上|重大产业项目|47个): the bound
 * names a class of the noun that figure counts, it is no figure of its own. Not words with a verb (带动就业).
 */
export const classNounBetween = /^\p{Script=Han}{2,12}$/u;

/**
 * What may stand before a bound that opens its clause or a list item (行政村和20户以上自然村全部通硬化路, ，30年以上燃气管道动态清零):
 * nothing, or a noun and a list joint. Followed by a noun, such a bound names a class of it and is no figure (dev 177, 193).
 */
export const classBoundOpening = new RegExp(String.raw`^\s*(?:\p{Script=Han}{1,8}[${jointChars}、])?\s*$`, 'u');

/**
 * A part of what a count counts, picked by a bound of its own, in the clause after the count's (11个县区、开发区公共财政收入过10亿元，
 * 其中1个过50亿元): the bounds of both clauses say which are counted, thresholds, not figures (dev 460).
 */
export const partBoundAfter = /^\s*[，,；;]?\s*其中\s*(?:\d+|[一二两三四五六七八九十]+)\s*[个家项座]\s*(?:超过|超|过|突破|逾)/;

/** 在网民中占比: a phrase of 在…中 right before a share (占, or ratio_words: 比重, 比例) names the whole the share is of (dev 444). */
export const shareOfWhole = new RegExp(String.raw`^在\p{Script=Han}{1,10}?中(?:占|${alternation(words.ratio_words)})`, 'u');

/**
 * A word that names a share as a level of its whole (占, 占比, or ratio_words: 比重, 比例): before a bound on a share of a base
 * (占比不低于总招生数的70%) it makes the share what a plan aims at, no rule's cap or floor (indicators.ts ruleShareBound, dev 495).
 */
export const shareNamed = new RegExp(`占|${alternation(words.ratio_words)}`);

/** Between a bound and the same amount again: 2亿元以上(含2亿元) says the bound is included, it adds no figure. */
export const inclusiveBefore = /^\s*[（(]\s*含\s*$/;

/**
 * Labels that name no metric on their own: 企业 2家, 项目 11个 (data/indicator-words.json bare_nouns). Not the actors a count's action
 * qualifies (counted_actors, countedAction): those may be qualified (规上工业企业) and must have done the action, a narrower list.
 */
export const bareNoun = new RegExp(`^(?:${alternation(words.bare_nouns)})$`);

/**
 * Labels that are a measure without whose it is (总数 after the thing counted, 价值, 投资 in a clause that named the owner before:
 * data/indicator-words.json total_nouns and bare_measures): a figure with one is right in the table beside its sentence, but names
 * no metric at the top of a page (isConfident, dev 122, 387).
 * Not 收入 and 支出, which a budget or a speech names alone (收入增加4.5%, dev 143).
 */
export const bareMeasure = new RegExp(`^(?:${totalNouns}|${alternation(words.bare_measures)})$`);

/**
 * The words after a list's 等 when they are a measure of the examples (data/indicator-words.json example_measures): 商业服务业等支出,
 * 文化等方面的支出, 资源勘探工业信息等）支出 (a note in brackets closed after 等): the examples say whose the measure is,
 * and the label keeps them (labels.ts cleanWords and capLength; dev 179, 278), where 俄罗斯等国家 and 产业增加值 (dev 204) name a class the examples belong to.
 */
export const measureAfterExamples = new RegExp(`^[）)]?(?:方面|领域)?的?(?:${alternation(words.example_measures)})$`, 'u');

/** Fines and fees of a regulation, and its terms of prison or detention after their length (一年以下有期徒刑): the provision's label is the text's word for it. */
export const fineWord = new RegExp(String.raw`${alternation([...words.fine_words, ...words.penalty_terms])}|(?:[\u4e00-\u9fff]{2})?福利捐`);

/** A term of prison or detention named before its length (有期徒刑五年以上之刑, 拘留十日): the provision's label. */
export const penaltyBefore = new RegExp(`(${alternation(words.penalty_terms)})\\s*$`);

/**
 * A grant a rule gives with the figure (dev 68): the words right after it name the grant (给予500万元激励,
 * 最高1000万元的一次性平台开发激励) or say it is given (按…的2%给予贴息, 的10%给予保险机构激励, after a comma:
 * 合同金额的30%，给予一次性奖补, dev 119), also with 予以 (按5000元/艘标准予以奖励, dev 124). After 的 the grant is the
 * whole noun phrase (group 1: 30万元的配套资助, 20万元的航线补贴, 的一次性平台开发激励, dev 68, 123, 124), else its noun (group 2);
 * a short noun phrase right after the figure ends in it (group 3: 给予20万元安家补贴 → 安家补贴, dev 123; 一次性资金配套, dev 185).
 */
export const grantAfter = new RegExp(
  String.raw`^(?:的((?:一次性)?[^，,；;。按照的给予\d]{0,6}(?:${grantNouns}))|(?:[^，,；;。]{0,10}?(?:给予|予以)[^，,；;。]{0,8}?|[，,]\s*给予[^，,；;。\d]{0,8}?)?(${grantNouns})|((?:一次性)?(?!进行)(?:(?![给的${jointChars}或])[\u4e00-\u9fff]){1,4}?(?:${grantNouns})))`,
);

/**
 * The grant a rule's clause gives before its figure (dev 119): 省级给予一次性奖补100万元, 省级分别给予企业一次性奖补50万元
 * → 一次性奖补 (the recipient 企业 is no part of it).
 */
export const grantBefore = new RegExp(String.raw`给予[^，,；;。]{0,10}?((?:一次性)?(?:${grantNouns}))\s*$`);

/**
 * The last grant given in the sentence before a figure's clause (给予奖补，最高3000万元; 按…的20%给予奖补，单个企业最高1000万元;
 * 按…的标准予以场地补贴，补贴期限为3年，每年最高不超过300万元, dev 195).
 */
export const grantEarlier = new RegExp(String.raw`(?:给予|予以)[^，,；;。]{0,10}?((?:一次性)?(?:${grantNouns}))[^给予]*$`);

const grantRecipient = new RegExp(String.raw`^.*(?:${alternation(words.grant_recipients)})`);

/**
 * After a bound, 的 and who the rule is for (进出口额超过5亿元的跨境电商企业, 交易额在100亿元以上的大宗商品交易平台, dev 196, 197): the
 * amount is a condition on them, a value of the measure named before it, not the grant or the noun after 的.
 */
export const conditionOnRecipient = new RegExp(String.raw`^\s*(?:及?以[上下])?\s*的[\u4e00-\u9fff]{0,8}?(?:${alternation(words.grant_recipients)})(?!家)`);

/**
 * The words between 给予 (or 予以) and its grant noun that name the grant with it (dev 123, 185, 195): 给予特殊人才奖励 →
 * 特殊人才, 给予落户奖励 → 落户, 给予100%的资金配套 → 资金; not who is given to (给予融资租赁企业奖励, 给予企业一次性奖补 →
 * 一次性: grant_recipients), an amount or what bounds it (给予最高…).
 */
export function grantModifier(between: string): string {
  const rest = between
    .replace(/^.*[的\d%％）)]/, '')
    .replace(grantRecipient, '')
    .replace(/^(?:最高|最多|每年|每月)+/, '');
  return /^\p{Script=Han}{1,6}$/u.test(rest) ? rest : '';
}

/** A cap with nothing of its own before it: 最高, 单个企业最高, 每个项目最多, 最高分别 (the cap of the grant said before). */
export const capAlone = /^(?:单个|每个|每家)?[\u4e00-\u9fff]{0,6}?(?:最高|最多)(?:分别)?$/;

/** List joints that never start a label when they stand as a word of their own (和改造项目, 或年度工业产值; not 和美乡村). */
export const leadingJoints = new Set([...jointChars, '或']);

/** Single-character function words that never start a label (到2030年人均体育场地面积 → 人均体育场地面积). */
export const leadingFunctionChars = new Set([...'到由在把将向对从为至让使于给被以按经']);

/**
 * A word that opens with a preposition's character (在建项目, 在职人士; data/indicator-words.json preposition_words) or with 被 (被执行人,
 * 被告人: bei_nouns): no preposition at a label's start.
 */
export const prepositionWordStart = new RegExp(`^(?:${alternation([...words.preposition_words, ...words.bei_nouns])})`);

/** A particle or a list's joint (的, 了, 和, 与, 及, 或, 、) that leaves a phrase open: a label that ends in one is no name of its own (src/lib/indicator-rows.ts isConfident). */
export const openEndChars = `的了${jointChars}或、`;

/** Single-character function words that never end a label (地区生产总值由, 新能源汽车、集成电路、): prepositions, 等 and the openEndChars. */
export const trailingFunctionChars = new Set([...'到由在把将向对从为至于以按', ...openEndChars, '等']);

/** Who speaks in an address or report (我们, 政府): as a clause's subject it names no metric. */
export const speakerSubject = new RegExp(`^${speakers}$`);

/** 可 as a modal verb (可以, 可 before a verb), not the first character of a word (可再生能源, 可持续发展, 可支配收入, 可比价格, 可用财力: dev 279; 可用于 is modal). */
const modalKe = String.raw`可(?!比|再生|持续|支配|视化|控|信|靠|用(?!于))`;

/** What a speaker says before an action (我建议, 政府会): no part of what is measured. */
const speakerSays = String.raw`(?:建议|提议|决定|同意|宣布|${forecastVerbs}|预期|相信|将会|仍会|会${huiOpening}|亦|也|还将|将|计划|拟|已|${modalKe})`;

/** A speaker's words before a measure: 我建议向…注资 → …注资. */
export const speakerLead = new RegExp(String.raw`^${speakers}?(?:${speakerSays}|(?:额外)?预留)+`);

/** The speaker and its modal words alone, before the verb that is the whole label: 我建议预留5亿元 → 预留. */
export const speakerModal = new RegExp(String.raw`^${speakers}?${speakerSays}+(?=(?:额外)?预留$)`);

/** 并 or 并且 joining a clause to the one before (并新增, 并且提高), not the first character of a word (并网, 并购, 并联, 并列, 并存, 并举, 并重). Regex source. */
export const andThen = String.raw`并且?(?![网购联列存举重])`;

/**
 * 非总部型制造业企业年度新增工业产值1亿元以上, 非总部型建筑业企业年度总产值达到2亿元以上: in a provision, who the rule is for
 * (grant_recipients), named before its yearly measure, is no part of what is measured (dev 186); outside a rule the subject is whose
 * the measure is (全市规模以上工业企业年度利润总额, review22), so labels.ts deriveLabel trims it only from a provision's label.
 */
export const recipientBeforeYearly = new RegExp(String.raw`^[\u4e00-\u9fff]{0,12}?(?:${alternation(words.grant_recipients)})(?=年度[\u4e00-\u9fff]{2})`);

/** The characters after 共 that make it a word's first (共同, 共享, 共建, 共有, 共青团, 共产党, 共用), not the adverb of a total (共走访, 共计). */
export const gongWordTail = '[同享建有青产用]';

/** The words after 共有 that make it a noun's own (共有产权住房, housing held in common), not the verb of a total (共有车辆5辆). */
export const gongYouNounTail = '产权';

/**
 * 该县今年新增创业人员: a news report points at the place it is about with a deictic and a level word (data/organs.json deictics,
 * levels), as the place's own report says 全县 or 我县: a scope word at a label's start (dev 327). Only where the level word ends a
 * word as the segmenter cuts the label (labels.ts trimEdges), or where what follows it, read alone, opens with a word of two characters
 * (该|县城|区|人口, where 城区|人口 is read alone): not a word that only opens with the level's character (该|市场, 该|区域, 该|省份).
 */
export const deicticPlace = new RegExp(`^(?:${alternation(organData.deictics)})(?:${alternation(organData.levels)})(?=[\\u3400-\\u9fff]{2})`);

/**
 * How far a fiscal term (fiscal_terms: 本年收入, 年末结转和结余, 上年结转, 收入总计 …) reaches into a label from its start and back from its
 * end (0 when none opens or ends it): a filler trimmed from an edge may not cut inside it (本年收入 stays, not 收入; dev 279, 361, 378).
 */
export function fiscalTermEdges(label: string): { start: number; end: number } {
  let start = 0;
  let end = 0;
  for (const term of words.fiscal_terms) {
    if (label.startsWith(term)) start = Math.max(start, term.length);
    if (label.endsWith(term)) end = Math.max(end, term.length);
  }
  return { start, end };
}

/**
 * A section's heading of a body's accounts or budget run into its first sentence, where a page's extraction ran its lines together
 * (五、一般公共预算拨款支出决算情况2017年一般公共预算拨款支出1,463.90万元, 九、其他重要事项说明（一）机关运行经费 2017年度机关运行经费支出…, dev 361,
 * 378): a numbered title that ends in 情况 or 说明 (the national form's section titles), with a run-in sub-heading after it that a space
 * or the sentence's year ends; what follows is the sentence, whose subject names the figure.
 */
const headingNumber = String.raw`(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])`;
export const runInHeading = new RegExp(
  // the title's number opens a line or follows a mark, not a word: 印发一、二季度经济运行情况通报12期 lists the first and the second quarter
  String.raw`^.*(?<!\p{Script=Han})${headingNumber}[^，,；;。]{2,30}?(?:情况|说明(?![书会]))(?:\s*${headingNumber}[^\s\d，,；;。（()）]{1,15}?(?=\s|(?:19|20)\d{2}年))?\s*(?=\p{Script=Han}{2}|(?:19|20)\d{2}年)`,
  'u',
);

/**
 * One character in brackets after a word (新建高产稳产农田（地）): another reading of the word's last character, no part of the name (dev 50);
 * not inside a fiscal term that prints it (fiscal_terms: 因公出国（境）费, dev 361).
 */
const bracketedTerms = words.fiscal_terms.flatMap((term) => {
  const m = /^(.+)[（(](\p{Script=Han})[）)]/u.exec(term);
  return m ? [String.raw`${escapeRegExp(m[1]!)}(?=[（(]${m[2]}[）)])`] : [];
});
export const oneCharacterReading = new RegExp(
  String.raw`(?<=\p{Script=Han})${bracketedTerms.length ? String.raw`(?<!${bracketedTerms.join('|')})` : ''}[（(]\p{Script=Han}[）)]`,
  'gu',
);

/**
 * 惟查113年第3季經濟成長3.97%, 另查中國貨櫃運輸股份有限公司占用…: a connective and a word of what was found (finding_openers) open a finding,
 * and say nothing of what is measured (dev 558, 442); indicators/labels.ts cuts them only where they end a word as Intl.Segmenter cuts the
 * label, so that 查 stays in the words it opens (惟|查核|範圍, 另|查明: dev 442, 115).
 */
export const findingLead = new RegExp(`^(?:然|但|惟|另)(?:${alternation(words.finding_openers)})(?=\\s*\\p{Script=Han})`, 'u');

/** Words trimmed from the start of a label (time, connectives, generic action verbs); not inside a fiscal term (fiscalTermEdges). */
export const leadingFillers = [
  // 6％·农业总产值: a middle dot where an OCR lost a full stop; 其中t农业总产值: a lone lower-case letter an OCR read into a margin mark
  // 水电站（90万千瓦）和辽宁锦州（60万千瓦）: the bracket closing the figure before is no part of the next label (dev 63)
  // (a leading 和/与/及 goes in trimEdges, where a word that starts with it stays: 和美乡村)
  // 7亿吨级大型矿产地35处: the 级 of a class named by the quantity before (gradeAfter) is no part of the next label
  /^[、，,且·・）)〉》」』】]+|^[a-z](?=\p{Script=Han}{2})|^级(?!别)(?=\p{Script=Han}{2})/u,
  // 承包地确权以后土地实测面积, 改革之后企业办事时间: a clause of time that ends in 以后 or 之后 says when the figure holds, as 今年以来
  // does, not what it measures (dev 328); not 以后年度 (later years), the noun of what a budget carries over to (结转以后年度使用资金)
  /^[\u3400-\u9fff]{2,10}?(?:以后|之后)(?!年度|年份)(?=[\u3400-\u9fff]{2})/,
  // ——数字经济核心产业增加值占比: a list item's dash or bullet
  new RegExp(`^(?:[—－-]{1,2}|${BULLET})`),
  // （2）每亿元工业总产值消耗的能源, 70. 政府非经营开支预算, 1、常住人口城镇化率, ①建成…: a run-in item's, a numbered
  // paragraph's or a list item's number (corpus 63, 70)
  // (二)非总部型建筑业企业年度总产值: a run-in item's number in Chinese numerals as well (dev 186)
  /^(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|\d{1,3}[、.．﹒](?!\d)|[\u2460-\u2473])/,
  // 第六条 【人才奖】对年度应纳税工资薪金: an article's number and its bracketed title, run in with its text (dev 186); 第82项 台北国税局: a
  // budget's item number before the agency it is for (dev 442)
  /^(?:第[一二三四五六七八九十百零〇\d]{1,5}条\s*)?【[^【】]{1,12}】|^第[一二三四五六七八九十百零〇\d]{1,5}[条项款](?=\s*\p{Script=Han})/u,
  // 114年度國家發展委員會歲出預算案第1目「基本行政工作維持－業務費－水電費」編列…: the 目 (or 节) a budget's item names in quotes is the label, not
  // the year, the agency and the budget it stands in (the resolutions of Taiwan's budget review, dev 558)
  /^[^，,；;。「」“”]*?第[一二三四五六七八九十百零〇\d]{1,5}[目节](?=\s*[「“])/u,
  // 爰提案增列「行政規費收入-登記費」100萬元, 爰增列該項預算: the connective 爰 (thus) and a proposal's verb (budgetPlanned, dev 559)
  /^爰(?:此)?(?:建议|提案)?(?:[增减删]列)?(?=\s*[「“\p{Script=Han}])/u,
  /^(?:19|20)\d{2}(?:、(?:19|20)\d{2})*年?(?:底|末|上半年|全年|以来)?/,
  // 3月31日的财政储备, 1-8月PM2.5平均浓度 (a span of months, dev 449), 但政府经营开支却增加, 假设边境建设税订在, 60日内或者行驶里程: a day, a connective
  // (另外房屋储备金, 例如尚余承担额: 另外 and the words that open an example (example_openers) go whole, before 另 alone in the list below, dev 248);
  // the month with the word that closes its time (period_ends: 8月以来股票型ETF资金净流入, dev 849) and the 截至 of a date (今（113）年截至11月執行率 → 執行率, the 今 of Taiwan's 今（113）年 whose year in brackets was read, dev 559)
  // a month in Chinese numerals (七月逕舉, dev 813; not a tenor, 三月期国债收益率), a 截至 left alone once its year was read (截至2024年底全市… → 全市…, then …; 截至目前), and a day or a
  // month named from the text's time (relative_times: 当日逆回购到期 → 逆回购到期, dev 388, 849), with a month's 份 and the word that closes
  // its time as a month in figures has them (上月末人民币存款余额 → 人民币存款余额, not 末人民币存款余额)
  new RegExp(
    String.raw`^(?:(?:今?(?:${asOfWords}))?\d{1,2}(?:\s*[-－—~～至到]\s*\d{1,2})?月份?(?:\d{1,2}日)?(?:${periodEnds})?|(?:${asOfWords})?[一二三四五六七八九十]{1,3}月(?!期)份?(?:${periodEnds})?(?=[\u3400-\u9fff]{2})|(?:${asOfWords})(?![日时期])(?=[\u3400-\u9fff]{2})|(?!${relativeTimeNames})(?:${relativeTimes})份?(?:${periodEnds})?(?=[\u3400-\u9fff]{2})|但是?|然而|不过|可是|由于|因为|虽然|${causalConnectives}|假设|假如|如果|或者|原则上)`,
  ),
  // 事實上，…, 至今已…, 結果超額認購, 包括進行中工程的承擔額 (a verb of inclusion, inclusion_verbs; or of what a thing involves, cost_verbs:
  // 涉及零售推销类投诉占比, 涉及消費收據, dev 394, 752), 上半年按年實質增長, “十五”期间全国新增供水能力, “十五五”时期地区生产总值: a
  // discourse word, a time of the sentence say nothing of what is measured (dev 143, 144, 245), nor the year's end (年末全国城镇调查失业率, dev 420)
  // nor a quarter before the name (一季度在架APP抽检合格率, 前三季度规模以上工业增加值, dev 394; Hong Kong's 去年第四季全職僱員…, dev 499, never the 季 of a 季度 left whole: 前三季度较上年同期快, dev 278; a quarter alone stays: labels.ts 'quarter of the figure before'),
  // with the end or the span it opens (一季度末金融机构存款余额, 四季度以来…, Taiwan's 第2季底獨居老人宅, dev 818: period_ends; as 年末 is)
  new RegExp(
    String.raw`^(?:事实上|实际上|至今|(?:期间|时期)(?=[\u3400-\u9fff]{2})|结果(?=[\u3400-\u9fff]{2})|(?:${alternation([...words.inclusion_verbs, ...words.cost_verbs])})(?=[\u3400-\u9fff]{2})|上半年|下半年|首季|近月|(?:年末|年底|(?:第?[一二三四1-4]季度|第[一二三四1-4]季(?!度)|前[二两三]季(?:度|(?!度)))(?:${periodEnds})?)(?=[\u3400-\u9fff]{2}))`,
  ),
  // “十四五”末2025年全市一般公共预算收入, 十三五期末…: the end or the start of a named plan period is the time of the figure (dev 321), and so
  // is the period (“八五”期间国民生产总值, dev 404) or the plan's name in quotes alone (“九五”固定资产投资率; not 十五运会 unquoted)
  new RegExp(String.raw`^(?:${namedPlan}(?:期末|期初|末|初|时期|期间)|[“"]${PLAN_NAME}[”"])(?=[\u3400-\u9fff]{2})`),
  // 这项, 这些 (这 and a classifier) go; 该项, 此项 (the other demonstratives) stay, and such a label is known to point back (src/lib/indicator-rows.ts
  // isConfident: 此项计划开支, 该项资金); a financial year said in words goes as a year does (今個財政年度的總開支 → 總開支, dev 305)
  // and so does a Taiwan text's this year with its number in brackets (本（101）年泰利颱風災修經費 → 泰利颱風災修經費, dev 715)
  // 新建 goes with a 成 right after it (新建成轨道交通线路 → 轨道交通线路, dev 193; it left 成 on the label before), not in 新建成区; before
  // another verb of building, 新建改扩建学校, 新建改建“超快结合”充电枪, the verbs stay together, as before 和 (新建和改建), not the
  // second alone (改扩建学校, dev 61, 844): a bare noun left alone (学校) would take the verb before it back (labels.ts verbAndNoun)
  new RegExp(
    String.raw`^(?:(?:中期|短期|长期|中长期|近期)(?:内|的)|至于|总的来说|总而言之|总体来看|总体而言|一般来说|换言之|${alternation(words.additive_connectives)}|${alternation(words.example_openers)}|另(?=[\u3400-\u9fff]{2})|其中|其(?![时次中他余实])|应当有?|应有|禁止|与此同时|相比之下|${andThen}|${alternation(words.present_words)}|现已|已经|已|共计|先后|(?:以|${countingOpener})?全年(?:计(?!${jiWordTails}))?|(?:${financialYearSaid}|财政年度)的?|上一年度|年度|当年|今年(?:上半年|${periodEnds})?|去年(?:${periodEnds})?|近日(?=[\u3400-\u9fff]{2})|上年度|上年|${followingYear}|过去|本[（(]\d{2,4}[）)]年度?|本年度?|本学年|(?:到|至)?本世纪末|上学年|近年来?|多年来|同期|首批|初步|合计|这${demonstrativeClassifier}|全国(?!${nationalTitles})|全市|全省|全县|全区|${alternation(ownPlaces)}|(?:${alternation(organData.self_references.body)})(?=[\u3400-\u9fff]{2})|(?:${alternation(words.collective_scopes)})(?=[\u3400-\u9fff]{2})|(?:全港|本港|香港)(?=[\u3400-\u9fff]{3})|还|又|均|首次|再(?![生就制保贷融教造])|实际(?=回落|增长|下降|上涨)|成功|新增加|有(?![效关机色线序形偿限益利])|兴建|新建(?:成(?!区))?(?=[^成设和、改])|共(?!${gongWordTail})|而)`,
  ),
  // 外匯儲備資產總額，初步統計為2,422億澳門元: a count's own words (统计, 核算, 测算 after 初步 or 据) name nothing; alone they leave the
  // label to the clause before (the step 'topic' of labels.ts, dev 441)
  /^(?:据|经)?(?:统计|核算|测算)(?:为|是)?$/,
  // 国家决定首先集中力量抓好, 国家已经组织企业集团试点: the state as who acts in a national report, with its adverbs
  /^国家(?:决定|同意|已经|已|将|计划|拟|先后|首先|还|也)+/,
  // 10年内把…: the rest of a span of time before the figure's subject (the span itself is a quantity); not a word that starts with 内 (内地, 内贸, 内资),
  // nor a place named 内… (内湖区, 内江市: a name of one more character and a level, not a scope word 全市, 本区, dev 717, nor 城市 or
  // a place of its own after the span, 有效期内深圳市…, 规划期内城市…: dev 492, 456)
  /^(?:之|以)?内(?![地部外容需涵在河陆蒙核供销贸资])(?!(?![全本各该每城市县乡镇区])\p{Script=Han}[区市县乡镇])/u,
  // 每家企业享受该项奖励资金年度最高不超过300万元, 每个企业年度补贴总额不超过200万元, 单个企业年度补贴金额不超过300万元, 每个平台
  // 奖励金额不超过100万元: who each cap applies to (grant_recipients) is no part of what is capped (dev 124, 195, 196)
  new RegExp(String.raw`^(?:每(?:家|个|户|名|位|艘)|单个)[\u4e00-\u9fff]{0,4}?(?:${alternation(words.grant_recipients)})(?:享受该项|享受)?(?=[\u4e00-\u9fff]{2})`),
  // 最高奖励800万元, 最高补贴金额不超过3000万元, 每家企业每年最高支持200万元: 最高 before a grant bounds it (dev 195, 196); 最高扣減額
  // (a deduction's cap, dev 70) is a noun of its own
  new RegExp(String.raw`^最高(?=${grantNouns}|支持)`),
  // 经评定给予每年补助经费50万元, 该年度一次性奖励100万元: the rule's verb and the year it gives in (dev 196, 197)
  /^(?:\p{Script=Han}{0,4}?给予|该年度)(?=\p{Script=Han}{2})/u,
  // 每年再额外开源或节流, 的综合赤字, 则下调, 政府的财政储备结余: when, a stray particle, whose
  /^(?:每年(?!的)再?|的|则|(?:政府|特区政府|本港|香港|我们|我国|全国|全市|全省|本市)的)/,
  // 五年投入财政扶贫资金, 今后十年平均年人口自然增长率: a span of years says when, not what
  new RegExp(String.raw`^(?:${alternation(words.ahead_words)})?(?:[一二三四五六七八九十两]|\d{1,2})年(?:来|间|中|里)?(?=\p{Script=Han}{2})`, 'u'),
  // 拥有耕地211万亩, 本部门共有车辆5辆: what a place or a body has is the metric (dev 449, 361, 378; not 共有产权, held in common); 投入国债资金: what is put in is the metric (dev 179); not 投入使用, 投入运行 (a subject's predicate),
  // nor 投入强度, a measure's name (the intensity of R&D input, 投入强度达到2.64%: dev 354, 368); 提高计算机普及率，达到4%:
  // the object of raising is the metric (dev 180; not of 降低, whose 降低各类实体经济成本200多亿元 is the amount saved, dev 117)
  new RegExp(
    String.raw`^(?:${alternation(words.leading_action_verbs)}|实现|录得|拥有(?=\p{Script=Han}{2})|共有(?!${gongYouNounTail})(?=\p{Script=Han}{2})|组织|带动|推动|确保|力争|争取|要求(?![^的]+的)(?=\p{Script=Han}{2})|预计|达到|为|积极|加快|持续|大力|进一步|调高|调低|上调|下调|获|各种|拟?(?:再|今年)?安排|用于|加上|${modalKe}以?|现行|给予|投入(?!使用|运行|运营|强度)(?=\p{Script=Han}{2})|(?:提高|提升)(?=\p{Script=Han}{3}))`,
    'u',
  ),
  // 取得了治愈率, 建成了5G基站: a verb closed by 了 says what was done, the label comes after it (not 了解)
  /^\p{Script=Han}{0,3}?了(?!解)(?=\S{2})/u,
  // 依法处置“僵尸企业”, 按时足额偿还到期政府债务本息: how it was done (manner_adverbs, dev 367, 368), not 及时率
  new RegExp(String.raw`^(?:${alternation(words.manner_adverbs)})+(?!率)(?=[\u3400-\u9fff“"]{2})`),
];

/**
 * Adverbs and modal verbs between a clause's subject and its verb, as Intl.Segmenter cuts them (dev 53,
 * 56, 70): 负资产宗数亦已从高峰期下降至 → 负资产宗数, 本地生产总值则累积下跌, 政府经营开支却增加; also after
 * the number (120, 122): 平均就业率都达到, 入场人次更首度超过, 14 000个新酒店房间陆续落成 → 新酒店房间.
 * 会议, 将军, 社会, 首都, 更新 are words of their own, so their 会, 将, 都 and 更 are no adverbs.
 */
export const subjectAdverbs = new Set([...'亦已也仍却则又都更', '可望', '有望', '预计', '应该', '进一步', '将会', '已经', '仍然', '依然', '正在', '陆续', '将', '会', '平均']);

/** Adverbs that also end or qualify a noun (博览 | 会, 职工 | 平均 | 工资): they end a subject only before a verb. */
export const boundAdverbs = new Set(['会', '将', '平均']);

/** A word that is a verb (or an adverb before one) after 会, 将 or 平均: 财政储备会下降至, 投资收益平均占, 跌幅将会显著收窄; 将征收率 is an object. */
export const verbWord =
  /^(?:[下上增减降升跌涨占达提扩加令使把]|维持|保持|控制|显著|大幅|持续|继续|进一步|逐步|可望|有望|下降|下跌|上升|增加|增长|减少|降低|提高|提升|扩大|达到|收窄|累积)$/;

/**
 * 在对美贸易下降超3成的情况下, 在基数较高的背景下, 在上年大幅度增长的基础上: a phrase of circumstance between a subject and its verb
 * (circumstance_nouns, closed by 下 or 上).
 */
export const circumstancePhrase = new RegExp(String.raw`在[^在，,；;。]*?(?:${alternation(words.circumstance_nouns)})[下上]`, 'g');

/** The words after a figure inside such a phrase, up to its end (…3成|的情况下, …近50亿元|的基础上): the phrase opened before that figure. */
export const circumstanceEnd = new RegExp(String.raw`^[^在，,；;。]*?(?:${alternation(words.circumstance_nouns)})[下上]`);

/**
 * The code of a subject of the national classification printed right before its name (2012550台侨事务—事业运行75.62万元, 2299901其他支出,
 * 2012502、2012505港澳台侨事务—…: dev 361, 378): an item's code is 7 digits, its class's first three 101-110 (revenue) or 201-234
 * (spending); several are joined by 、. It opens a numbered item or follows another code, and is no figure (a count in 台 of a name
 * that happens to start with a measure word) and no part of the subject's label.
 */
const itemCode = String.raw`(?:10[1-9]|110|20[1-9]|2[12]\d|23[0-4])\d{4}`;
/** What a code follows: an item's number (（四）, maybe a space after it) or another code and 、 (not any 、: 分别为1051234人、1012345人). */
const codeBefore = String.raw`[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|${itemCode}、`;
export const classificationCodes = new RegExp(String.raw`(?<=^|${codeBefore})(?:${itemCode}、)*${itemCode}(?=\p{Script=Han})`, 'gu');
export const classificationCode = new RegExp(String.raw`^${itemCode}$`);
/** The words right before a number that make it a code (classificationCode), tested on the text up to the number. */
export const classificationCodeBefore = new RegExp(String.raw`(?:^|${codeBefore})$`);

/**
 * A budget's item named in quotes right before the budget word (114年度衛生福利部疾病管制署「科技業務」預算編列…, the resolutions of
 * Taiwan's budget review; 編列 after it, if still there, goes with it: budgetPlanned): the item, or the path of quoted items each paired
 * (「科技業務」項下「建構智慧防疫新生活行動計畫」), is the label, not the year, the agency and the budget word around it (dev 642), as the 目
 * a budget names in quotes after 第N目 is (leadingFillers, dev 558).
 */
export const quotedBudgetItem = /[「“][^「」“”]{1,30}[」”](?:(?:项下|之|中)?[「“][^「」“”]{1,30}[」”])*(?=预算(?:编列)?\s*$)/u;

/**
 * The item of a chain of the national classification (classification_marks: 类, 款, 项), its name in group 1: the words before
 * the item's mark in brackets, after the class's or the kind's mark (…（类）政府办公厅及相关机构事务支出（款）行政运行（项）→ 行政运行, dev 378).
 */
const [classMark, kindMark, itemMark] = words.classification_marks as [string, string, string];

export const classificationItem = new RegExp(
  String.raw`[（(](?:${escapeRegExp(classMark)}|${escapeRegExp(kindMark)})[）)]\s*([^（）()，,；;。、]+?)\s*[（(]${escapeRegExp(itemMark)}[）)]`,
  'gu',
);

/**
 * A note in brackets (example_openers, note_openers, note_closers): （例如出售政府资产）, （按可比价格计算）, （包括现代工业、手工业和农业，下同）. It names
 * nothing of the figure: no part of its label, and the comma inside it cuts no clause.
 */
export const bracketNote = new RegExp(
  String.raw`[（(]\s*(?:${alternation([...words.example_openers, ...words.note_openers])}|${countingOpener})[^（）()]*[）)]|[（(][^（）()]*(?:${alternation(words.note_closers)})\s*[）)]`,
  'g',
);

/** Prepositions whose phrase stands between a subject and its verb (企业在天交所挂牌上市, 孝义公园向市民开放); before 的 the phrase qualifies a noun (政府在教育方面的开支). */
export const subjectPrepositions = new Set([...'从由在于比较向']);

/** 按照超过15%部分税负差额给予奖励: the part beyond a bound; the figure bounds the measure named after 部分 (税负差额), it is no grant (dev 123). */
export const partBeyond = /^\s*的?部分的?(?=\p{Script=Han}{2})/u;

/** A copula right after a number before a noun (其中19%是长者住户): the noun is what the figure is of. */
export const copulaAfter = new RegExp(String.raw`^\s*(?:${alternation(words.copulas_after)})(?=\p{Script=Han}{2})`, 'u');

/** A copula before a number (新的免税数额将为60支香烟): the noun after the number is the item counted. */
export const copulaBefore = /(?:将|会)?(?:为|是)\s*$/;

/** Prepositions of means, whose phrase stands between a subject and its verb (内地企业透过本港股票市场集资); not 通过, also a verb (通过验收). */
export const meansPrepositions = new Set(['透过', '经由', '借助', '藉着', '凭借']);

/** Words that put the metric before its verb: 把/将 (我决定将征收率维持在, 把政府经营开支减至), 令/使/让/容许 (会令政府收入…减少, 容许政府开支…增长). */
export const objectMarkers = new Set([...'把将令使让', '容许', '允许']);
/** Words that hold a marker's character and are no marker, where Intl.Segmenter cuts them in two (出|让: 土地出让收入; marker_words, dev 278). */
export const markerWords = new Set(words.marker_words);

/**
 * A predicate after a count's subject, at the end of the words before the number (dev 71, 72):
 * 纯电动绿色公交车投入运行40辆, 市级以上龙头企业发展12家, 标准化农村卫生室建设165所.
 */
export const subjectPredicate = /(?:(?:加紧|加快)?实施|投入(?:运行|使用)|(?:主体)?完工|竣工|(?:挂牌)?上市|(?:建成)?通车|开放|发展|建设)$/;

/**
 * A list joint (和, 与, 及) that is no part of a word before it (总和, 参与, 涉及, 普及, 惠及: data/indicator-words.json list_joints)
 * nor of one it opens (及时, 及早: joint_words).
 */
const jointOf = ([joint, heads]: [string, string[]]): string => {
  const tails = words.joint_words.filter((word) => word.startsWith(joint)).map((word) => word.slice(joint.length));
  return `(?<![${heads.join('')}])${joint}${tails.length > 0 ? `(?!${tails.join('|')})` : ''}`;
};
export const listJoint = Object.entries(words.list_joints).map(jointOf).join('|');

/** The list joints that join two nouns a count counts (和, 及), not 与, which joins a subject's partners (160多家三级医院与省卫生健康平台对接, 5家试点博物馆与市文旅集团…: dev 300, 239). */
export const countedJoint = Object.entries(words.list_joints)
  .filter(([joint]) => joint !== '与')
  .map(jointOf)
  .join('|');

/**
 * A comment of degree at a label's end (卖地收入波幅极大, 财政储备实在太多, dev 144): a degree word (degree_words), a degree adverb
 * before it (degree_adverbs), and a measure of spread or change before that (spread_nouns, change_nouns_rise, change_nouns_fall) after
 * a noun of two characters or more: how the subject fared, no part of its name; so is a record said of it (record_words: 粮食产量再创新高,
 * dev 354). A source of trailingFillers.
 */
const degreeComment = String.raw`(?:(?<=[\u4e00-\u9fff]{2})(?:${alternation([...words.spread_nouns, ...words.change_nouns_rise, ...words.change_nouns_fall])}))?(?:${alternation(words.degree_adverbs)})?(?:${alternation(words.degree_words)})|(?<=[\u4e00-\u9fff]{2})(?:${alternation(words.record_words)})`;

/**
 * A quoted way of handling matters at a label's end (492项审批事项“最多跑一次”, 高频服务事项95%实现“跨省通办”: service_slogan_ends, dev 204,
 * 301, 333): what the things counted or shared achieve, no part of their name, right after the matters or 实现 (service_slogan_heads);
 * after a verb it is the thing counted (推出“一件事一次办”30项, 成立“河长办”12个) and stays. A source of trailingFillers.
 */
const serviceSlogan = String.raw`(?<=${alternation(words.service_slogan_heads)})“[^“”]{0,8}(?:${alternation(words.service_slogan_ends)})”`;

/** A whole and the verb of what it includes before examples closed by 等 (稳外贸相关税收政策包括…等19项: inclusion_verbs, dev 354): group 1 is the whole. */
export const inclusionBeforeExamples = new RegExp(`^(\\p{Script=Han}{2,}?)(?:${alternation(words.inclusion_verbs)})[^，,；;。]+等$`, 'u');

/** A clause that ends in a record said of its subject (入境旅客創出歷史新高，達2 181萬人次: record_words, dev 120): the subject is what the level after it is of. */
export const recordEnd = new RegExp(`(?:${alternation(words.record_words)})\\s*$`);

/** 維持, 保持 (keeping_verbs) before a predicate that ends in a change or a steadiness (维持可观增长, 保持平稳): the verb ends the subject before it (dev 248). */
export const keepingPredicate = new RegExp(
  String.raw`^(?:${alternation(words.keeping_verbs)})\p{Script=Han}*(?:${alternation([...words.rise_verbs, ...words.fall_verbs])}|稳定|平稳)$`,
  'u',
);

/**
 * Words trimmed from the end of a label (the verb that leads to the number, a level's too: level_verbs, 經濟錄得, 失業率處於, dev 499; 获批 of what was approved: 全县风光电获批716万千瓦 → 风光电, dev 449;
 * with its adverb 新 when they open the words, 新获批13个中外合作办学机构, dev 141, not the 新 of a word, 科技创新获批); not inside a fiscal
 * term (收入总计, 支出总计: the metric's name, dev 279; fiscalTermEdges).
 */
export const trailingFillers = new RegExp(
  // 两项奖励总额最高为其个人经济贡献的100%: the base of a share a cap sets (为其…的) is no part of what is capped (dev 123, 195)
  // 臺北市工廠登記家數至民國100年11月為1,240家: the date a figure stands at (至, 截至 a year and month, 民國 or ours) is its time (dev 717)
  String.raw`(?:(?:最高|最低|最多)?为其[\u4e00-\u9fff]{1,10}|(?:截)?至(?:民国)?\s*\d{2,4}\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|止)?|(?:人均)?每(?:人|户)?每?[月年天日]|(?<=[\u4e00-\u9fff])(?:新台币|人民币|港币)|由|从|在|向|对|将|把|至|到|了|(?<!${niWordHeads})拟|(?:有)?可能|满|按照?|参照|增加|减少|新增|净增|达到了?|到达|累计达|高?达|增至|增加到|暂?(?<![规确约核决制设指锁认限])[订定](?:在|于|为)|暂定|增加至|增长至|增长到|下降到|下降至|提高到|提高至|提升到|提升至|上升到|上升至|升至|降至|减少到|减少至|降低至|提高|提升|调整|为|是|也|亦|则|只|仅|(?<![许认])可|${alternation(words.cost_verbs)}|${alternation(words.level_verbs)}|[编计]列(?:预算)?|[增减删]列|将会|(?<![供相响适对反效呼感答理])应(?:当|该)?|必须|须|大幅度?|本年度|本学年|平均每年|每年平均|平均|要求|(?<![\d〇零一二三四五六七八九十两])(?:[一二三四五六七八九十两]|\d{1,2})年(?:来|间)?|发展壮大|提速|控制在?|调控在?|力争|争取|确保|首次|面向|继续|削减|降到?|保持在?|稳定在?|维持在?|开行|(?<![\u4e00-\u9fff])新获批|获批|超过|突破|跨过|迈上|跨上|跃上|跻身|超|逾|近|(?<!${yueWordHeads})约|合共|共计?|合计|总计|实现|完成|不低于|不少于|不超过|最高|最低|最多|分别|已有|有|的|或|、|${listJoint}|之一|预计|预期|预测|实质|实际|年均|其中|已|(?<![偿归退返送交])还|${trailingChangeVerbs}|${predicateAdverbs}|基本|累计|累积|连续|各|(?<![人平])均|双双|${serviceSlogan}|(?<![主需重摘纪提概只想必将])要|年末|年底|扩大|回落|方面|(?<![比较])[于在]?(?:今年|去年|${followingYear})|(?<=[\u4e00-\u9fff]{2})年度|(?<=[\u4e00-\u9fff]{2})(?:全年|首季|近月|[在于]?年内)|${degreeComment})$`,
);

/** A limit set as a share of something (申报电量规模不高于其发电能力的80%): the label is what is limited. */
export const limitOfBase = /(?:不高于|不低于|不超过|不少于|不得高于|不得低于|不得超过|不得少于)(?:其|该)?[^，,；;。]{1,15}的?$/;

/**
 * A share of a base said with 达到/相当于/占 (高标准农田达到耕地总面积的64%, 进出口货值占全线货值的60.8%): the label is what reaches it;
 * 的 is needed (产量达到100万吨 is no share); 占比, 占地, 占用 are words of their own, and 占 opening a clause has no subject before it (dev 244).
 */
export const shareOfBase = /(?:达到|相当于|(?<=[\u4e00-\u9fff])占(?![比地用有据]))(?:其|该)?[^，,；;。\d]{2,12}的\s*$/;

/**
 * A rule's span of time that the text names (使用年限满三十年), or the time an action takes (单次修理时间超过5日, 累计修理时间超过30日 →
 * 修理时间, dev 147): the label is that noun, not 期限.
 */
export const timeNoun = /(?:使用年限|年限|期限|时限|\p{Script=Han}{2}时间)$/u;

/**
 * A fee a regulation sets is named by its word ending in 费 (审查费, 许可书费, 使用费, 水费, dev 148): 费 and the words
 * before it up to two characters, or a word that ends in 费. Not a verb of paying (收费, 缴费), 消费 (consumption), 经费 (funds)
 * nor 费用 (costs).
 */
export const feeSuffix = '费';
export const feeVerb = /^(?:收|缴|交|免|付|计|征|消|花|浪|经)费$/;

/** Words of a clause that name only what an amount is per (每张, 每件): no noun of its own, the fee before it names it. */
export const perItemOnly = /^每\p{Script=Han}{1,2}$/u;

/** The unit of a count of times (累计更换2次): a rule's count of an action, labelled by the action (更换次数). */
export const timesUnit = '次';

/** A word of time that ends the words before a count of times (每年2次, 一年内三次): no action to count. */
export const timeWordEnd = /[年月日天周内间]$/;

/** A rule's figure after 距 (距桩基一倍桩身长度范围内, 应距离国民中、小学、高中、职校、医院五十公尺以上) is a distance. */
export const distanceBefore = /^\s*(?:应当?|须|必须)?距(?:离[^，,；;。]{0,24}|[^，,；;。]{0,10})$/;

/** What a rule limits, named right before its number or its bound (总层数十层以上, 长度不超过一点五米), not the base of a share (该面积百分之五十). */
export const measureBefore = new RegExp(`(?<![该其][\\u4e00-\\u9fff]{0,2})(${alternation(words.measure_nouns)})(?:不得|不|应当?|须)?\\s*$`);

/**
 * What is left after an action verb that measures the action, not its object: 数字化改造|覆盖率, 项目建设|完成率, its total, 接待|总人数
 * (dev 361); and what ends in a count (…数, …数量, …人次, not 指数) counts what the action reached, which its object alone does not name:
 * 获批|立项数 (dev 141), 接待|游客人数, 资助|家庭经济困难学生人数, 发行|网点数 (not 游客人数, all visitors, nor 网点数). Not a total of the
 * object (设立|天使投资基金和知识产权运营子基金总数: the funds set up are all the funds, golden seed-000), nor a measure of an amount (量, 额):
 * 完成|旅客运输量 is the volume carried, the verb says it was done.
 */
export const measureOfAction = /^(?:覆盖率|完成率|普及率|达标率|合格率|实施率|进度|比例|比重|占比|总(?:人数|人次|数|量|额))$|(?<![指总])(?:数量?|人次)$/;

/**
 * The noun counted and the action that qualifies it, after a count at the end of its clause: 企业|实施技术改造,
 * 规上工业企业|实施技术改造, 企业|通过国家数字化转型新型能力评估, 学校|推行改善工程 (dev 53), 企业|启动数字化改造 (dev 358),
 * 项目|获国家科学技术奖 (dev 359; not 获评 nor 获批, a selection and an approval, whose bare noun is the label). The noun ends in an actor
 * (data/indicator-words.json counted_actors), not in any bare noun (bare_nouns): words may stand before it, so a head that ends other nouns
 * (人, 家) or does nothing itself (资金, 活动) would take what is no actor.
 */
export const countedAction = new RegExp(
  String.raw`^(\p{Script=Han}{0,6}?(?:${alternation(words.counted_actors)}))((?:实施|推行|通过|开展|完成|应用|参与|启动|获(?![评批]))(?!了)\p{Script=Han}{2,20})$`,
  'u',
);

/**
 * A bare noun counted and what was done with it, closed by 了, after a count at the end of its clause (100多个城市建立了最低生活保障制度):
 * the noun, the verb and its object (without 了), as 建立最低生活保障制度的城市.
 */
export const countedDone = new RegExp(`^(${bareNoun.source.replace(/^\^|\$$/g, '')})(\\p{Script=Han}{2})了(?!解)(\\p{Script=Han}{2,16})$`, 'u');

/** A bound that opens a counted noun names a class of it (100多万辆1.6升及以下节能乘用车, 500台5吨以上起重机): the noun goes on past it (dev 421). */
export const classBoundBefore = /^\d+(?:\.\d+)?\p{Script=Han}{0,2}?及?以[上下](?=\p{Script=Han}{2})/u;
/** A level alone, the rank of part of the figure before (其中国家级10家 → 国家级专精特新企业). */
export const levelAlone = /^(?:国家级|省级|市级|县级|区级)(?:以上)?$/;
/** A quarter of the year alone (二季度, 第三季度): after a figure of the sentence, the same measure in that quarter (dev 420). */
export const quarterAlone = /^(?:第)?[一二三四1-4]季度$/;
/** A quarter at the start of a label (一季度国内生产总值). */
export const quarterBefore = /^(?:第)?[一二三四1-4]季度/;
/** A level at the start of a label: 国家级专精特新企业. */
export const levelBefore = /^(?:国家级|省级|市级|县级|区级)(?:以上)?/;

/**
 * Labels that only make sense with the metric before them: 总数达到6120家 → 高新技术企业总数. Not 总投资, a metric of its
 * own (京津保合作项目572项、总投资7139亿元: the projects' total investment is labelled 总投资, dev 60, 192, 204).
 */
export const genericLabel = new RegExp(`^(?:${totalNouns}|增幅|增速|数量|金额|累计)$`);

/** Verbs that make a figure a flow (what was added), not the stock its metric counts: 新增科技型中小企业1000家. */
export const flowVerbs = /新增|净增|新认定|新引进|新培育|累计/;

/** Leading verbs dropped when a label becomes the base of a generic one (净增高企 → 高企总数). */
export const baseVerbs = new RegExp(`^(?:${flowVerbs.source}|引进|认定|培育)`);

/**
 * 予 after an amount or in the noun after it opens the recipient of a verb of giving (额外拨款3亿元予“…基金”,
 * 预留8.3亿元予屋宇署, 15,000元的免税额予供养…的纳税人): the recipient is not what the figure measures.
 */
export const recipientAfter = /^\s*予(?!以)/;

/** A mark a level reaches, after the figure (迈上1.4万亿斤大台阶, 突破1万亿元大关, 迈上1万美元的台阶): no noun of what is measured (data/indicator-words.json milestone_nouns). */
export const milestoneAfter = new RegExp(`^\\s*的?(?:新|大)?(?:${alternation(words.milestone_nouns)})`);

/** The same nouns as a pattern's source: a unit does not start one (1200亿台阶 is 1200亿 before 台阶, not 1200亿台 of machines; dev 307). */
export const milestoneNounSource = alternation(words.milestone_nouns);

/**
 * Nouns a multiplier counts that begin with a unit's character (data/indicator-words.json counted_nouns): 13亿人口 is 13亿 of 人口, not 13亿人;
 * not where a unit spells a longer word from there (120亿人民币: the currency, units.ts).
 */
const countedNounUnits = baseUnits.filter((u) => words.counted_nouns.some((n) => u.startsWith(n) && u !== n));
export const countedNounSource = `${countedNounUnits.length ? `(?!${alternation(countedNounUnits)})` : ''}(?:${alternation(words.counted_nouns)})`;

/** The passive 被 before what is done to a thing (被用作, 被移交), not the 被 of a word (bei_nouns: 被告人, 被征地农民). */
const passiveBei = String.raw`被(?!${alternation(words.bei_nouns.map((w) => w.slice(1)))})(?=[\u4e00-\u9fff])`;

/**
 * After a number that precedes its noun, the noun ends before one of these verbs (or 予, recipientAfter) or a time after it (26 個服務領域之後);
 * who benefits or lives somewhere is the noun (約50萬名長者受惠, 756 000戶家庭居住在公屋: dev 143, 144). A verb closed by 了 before
 * its object (16万个农村中小学校和教学点配备了远程教育设施) or of exemption (1700万名贫困家庭学生免除学杂费) ends it too (dev 179),
 * as do 核准 and 在…设立 (6个抽水蓄能项目核准建设, 200家世界500强企业在陕设立分支机构: dev 245).
 */
export const nounStops = new RegExp(
  String.raw`(?:(?<![授给赋准])予(?!以)|${passiveBei}|给予|予以|(?<!收)入住|${predicateAdverbs}|${countedNounVerbs}|${selectionVerbs}|使用(?!权|年限|面积|率|费)|(?:增长|增加|提高|下降|减少)(?=[0-9了达到为]|$)|已|是(?=[在由从于])|为|的线上|之一|[之以][后前]|在[^\d]{1,3}(?:落地|举办|设立)|(?:可以|可|会|将)?(?:受惠|受益)|居住(?:在|于)|免(?:除|费|征|收)|[\u4e00-\u9fff]{2}了(?!解)(?=[\u4e00-\u9fff]))`,
);

/**
 * 8个产业规模超千亿元, 23个细分产品市场占有率全球第一, 8个集群增加值增速高于全市, 24个特色产业开票销售收入突破2600亿元: a measure of
 * each counted thing (member_measures, one or more) before what it reaches (a bound with its quantity, a rank, a comparison, or
 * the next figure: the words end there) picks which things are counted: the count's noun ends where the measure starts (labels.ts nounAfter, dev 193, 332, 365).
 */
export const memberMeasure = new RegExp(
  String.raw`(?:${alternation(words.member_measures)})+(?=(?:超过|超|突破|逾|过|达到|达)(?:[\d两二三四五六七八九十百千万亿]|$)|(?:${alternation(words.comparison_verbs)})|全[球国省市区]第[一二三四五六七八九十\d]|$)`,
);

/**
 * Verbs that open a clause's predicate after the noun a quantity stands before (21000栋房屋受损, 近1亿台设备连接在云端, 14018亿元逆回购到期,
 * 119個參展單位來自粵港澳大灣區: dev 353, 354, 388, 752): the noun ends at the first of them that Intl.Segmenter cuts as a word of its own
 * (labels.ts nounAfter; data/indicator-words.json predicate_verbs).
 */
export const predicateVerbWords: ReadonlySet<string> = new Set(words.predicate_verbs);

/**
 * Prepositions (and 来) that open what the counted things do after the noun a count stands before, as words of their own (內地和海外企業在港開設,
 * 僱主因聘用非法勞工, 央企、京企来保深度对接: dev 499, 121, 204, 738): the noun ends there, unless it is a bare noun (labels.ts nounAfter;
 * data/indicator-words.json predicate_prepositions).
 */
export const predicatePrepositions: ReadonlySet<string> = new Set(words.predicate_prepositions);

/**
 * A noun of persons or bodies at a phrase's end (bare_nouns, age_group_nouns): after a preposition (predicatePrepositions) the phrase
 * qualifies it, a noun of its own (外资在华企业, 外省来京务工人员, 海外来沪创业团队, 海外在华留学生; labels.ts nounAfter).
 */
export const qualifiedHeadEnd = new RegExp(`(?:${alternation([...words.bare_nouns, ...words.age_group_nouns])})$`);

/** Verbs of a state the counted things come to, with no object (21000栋房屋受损, 14018亿元逆回购到期): they end that noun only as its last word; before a noun they qualify it (偿还部分到期本息, dev 321). */
export const stateVerbWords: ReadonlySet<string> = new Set(words.state_verbs);

/**
 * The verbs of purpose, funding and allocation (purpose_verbs, funding_verbs, allocation_verbs) end that noun too, but only with their
 * object after them (300万元资金支持报关企业做大做强, 30亿元国债资金支持中西部乡镇卫生院建设: dev 124, 179, 651): at the noun's end such a
 * word names the grant (114億元的特惠資助, dev 183). The verbs of what counted things do end it in nounStops, which knows the nouns they
 * open (1000个行业成功案例: adverb_nouns).
 */
export const objectVerbWords: ReadonlySet<string> = new Set([...words.purpose_verbs, ...words.funding_verbs, ...words.allocation_verbs]);

/** A verb of selection right after a bare noun counted (8个项目列入省重点, 3个平台入选…名单): the noun is what was selected. */
export const selectionAfter = new RegExp(`^(?:${selectionVerbs})`);

/** A verb of what counted things do or undergo right after a bare noun counted (4家企业成功上市, 5个项目建成投产): the noun is what the count counts. */
export const countedNounAfter = new RegExp(`^(?:${countedNounVerbs})`);

/**
 * Words between a count and 的 that hold one of these predicates are a clause qualifying the noun after 的
 * (培育3家在国内具有较强影响力的综合型平台, 20家网络改造应用良好的企业): the count counts that noun. So is a frame
 * 以…为… (5个左右以金融科技为发展重点的园区: parks that take fintech as their focus, dev 439), and a size class, a bound with
 * its unit (建成30个10万千瓦级以上的大型风电项目, dev 69), and a plain adjective alone (24 間新的酒店: plain_adjectives, dev 122).
 */
export const qualifierPredicate = new RegExp(
  `${alternation(words.qualifier_predicates)}|^(?:${alternation(words.plain_adjectives)})$|^以\\p{Script=Han}{2,}为\\p{Script=Han}|^\\d+(?:\\.\\d+)?\\s*\\p{Script=Han}{1,4}?及?以[上下]$`,
  'u',
);

/** One-character words that belong to the measure word after them (总产量, 净利润, 年产量): data/indicator-words.json head_prefixes. */
export const headPrefixes = new Set(words.head_prefixes);

/** A measure per head or per household (人均, 户均): alone after 、, the measure of the list's item before it per head (data/indicator-words.json per_capita_words). */
export const perCapitaWords: ReadonlySet<string> = new Set(words.per_capita_words);

/** Verbs of acting together (联合20多家银行): the count after them counts partners, and the verb with its bare noun names no metric. */
export const partnerVerbs = new Set(words.partner_verbs);

/** Money set aside as what the words after it name: 其中约290亿元会预留作为工务工程费用 → 工务工程费用. */
export const earmarkAfter = /^(?:会|将会?|可)?(?:预留|拨出|留)?(?:作为|用作)\s*([\u3400-\u9fff]{2,12})\s*(?=$|[，,；;。])/;

/**
 * A figure followed by one of these verbs is the measure of a rule, no noun follows: 按12.5小时确定; so is the level a plan
 * works to, 来 before the verb or not (固定资产投资率按百分之三十来把握, 增长速度按8%考虑, dev 404).
 */
export const ruleVerbAfter = /^(?:来)?(?:确定|执行|核定|计算|折算|结算|安排|把握|掌握|考虑)/;

/** A funding verb right before the money (我会预留, 拨款, 投放, 预留了): the money has no noun of its own before it (data/indicator-words.json funding_verbs). */
export const fundingBefore = new RegExp(String.raw`(?:${alternation(words.funding_verbs)})了?\s*$`);

/**
 * What money is for, named by 为 right before the funding verb (我们为大学研究资金预留了…): the label; not where the words hold a
 * verb of giving of their own (为…提供经常拨款: 经常拨款 is the noun), nor who it goes to (向创科基金注资: the verb stays, dev 143).
 */
export const fundedBefore = new RegExp(String.raw`(?:^|[^作成])为\s*(?<object>[^，。；,;、\d为向]{2,16}?)\s*(?:额外|再)?(?:${alternation(words.funding_verbs)})了?\s*$`);

/**
 * Whom money goes to, named by 向 right before the funding verb (我會向數碼港撥款1億元, 向"創意智優計劃"注資10億元): a fund,
 * a body or a scheme the money is for, so the label (dev 248, 143); not every one or each of a kind (向每家企业拨款, 各…),
 * nor a bare kind of recipient (向企业提供: grant_recipients), which names no one.
 */
export const fundedRecipient = new RegExp(String.raw`向\s*(?<object>(?![每各])[^，。；,;、\d为向]{2,16}?)\s*(?:额外|再|一次过)?(?:${alternation(words.funding_verbs)})了?\s*$`);
export const bareRecipient = new RegExp(String.raw`^(?:${alternation(words.grant_recipients)})$`);

/** A verb of giving inside words a funding verb follows: they say who gives or how, not what is funded. */
export const givingVerb = new RegExp(alternation([...words.funding_verbs, ...words.purpose_verbs]));

/** 用以, 用于, 用作, with a modal before them (会用作), regex source of useAfter and fundedAfter. */
const useLead = String.raw`(?:会|将|可)?(?:用以|用于|用作)`;
/** 用以, 用于, 用作 right after money (当中约30亿元用以兴建…, 其余约70亿元会用作加强…, dev 248): what it is put to follows. */
export const useAfter = new RegExp(String.raw`^\s*${useLead}`);

/**
 * What money is for, said after it: the object of the first purpose verb (data/indicator-words.json purpose_verbs), after
 * whom it goes to (向中小企提供…, 透过议会加强…), without a verb of building (支持建设…, building_verbs) and without a count or term before the noun (一项为期3年的先导计划,
 * 推行10年医院发展计划 → 医院发展计划, dev 144), up to 等 or the clause's end: ，向中小企提供知识产权咨询服务和人才培训等支援 → 知识产权咨询服务和人才培训
 * (dev 183), or the term said after it (投放1億5,000萬元，延展計劃5年 → 計劃, dev 183); a name in quotes whole, its digits too (推行"楼宇更新大行动2.0",
 * dev 143); after 用以, 用于 or 用作 (useAfter) a verb of building alone leads to it too (用以兴建科研基建和设施, dev 248).
 */
export const fundedAfter = new RegExp(
  String.raw`^\s*[，,]?\s*(?:(?:向|为|透过|通过)[^，。；,;、\d]{1,12}?)?(?:${useLead}(?:${alternation(words.purpose_verbs)})?|(?:${alternation(words.purpose_verbs)}))(?:${alternation(words.building_verbs)})?(?:更多)?(?:[一\d]\s*[项个])?(?:为期[^，。；,;的]{1,6}的|\d+\s*年(?=\p{Script=Han}{2}))?(?<object>["“][^"“”，。；,;]{2,24}["”]|[^，。；,;、\d"“”]{2,24}?)(?=\s*(?:[，。；,;、]|等|$|\d+\s*(?:年|个月)\s*(?:[，。；,;]|$)))`,
  'u',
);

/** Money followed by what it is for, no noun: 安排32.5亿元帮助解决…取暖问题, 投入5亿元用于… */
export const purposeAfter = /^(?:专项用于|重点用于|主要用于|用于|帮助|扶持|资助)/;

/** Money a verb of allocating or raising (data/indicator-words.json allocation_verbs) gives (国家财政安排32.5亿元): the label names the funds, 国家财政安排资金. */
export const allocationVerb = new RegExp(String.raw`(?:${alternation(words.allocation_verbs)})$`);

/** The adverbs of a total (共, 累计, 共计; 共有) that end the actor or time before what was done (total_adverbs: 便民服务队共走访群众). */
export const totalAdverbs: ReadonlySet<string> = new Set(words.total_adverbs);

/** A sum word alone before a figure, after the clause's comma (sum_words: …，共计313.86亿元, 合計是57.8%, 總計達80500件; after a word that points back at them, sum_pointers: 以上合计): the figure is the sum of the items before it. */
export const sumPointers: ReadonlySet<string> = new Set(words.sum_pointers);
export const sumAlone = new RegExp(`^[\\s，,、；;]*(?:${alternation(words.sum_pointers)})?(${alternation(words.sum_words)})(?:是|为|有|达到?)?\\s*$`);

/** A verb and a measure word (measure_suffixes: 量, 额) after a total adverb name a cumulative measure of the subject's (累计送电量, 累计推广量). */
export const measureSuffix = new RegExp(String.raw`^\p{Script=Han}{1,4}?(?:${alternation(words.measure_suffixes)})$`, 'u');

/** A measure word right after a verb makes the two a measure's name (企业通过率, 充电桩安装量: Intl.Segmenter cuts 通过|率), no predicate opening. */
export const measureSuffixStart = new RegExp(`^(?:${alternation(words.measure_suffixes)})`);

/** A figure followed by its change to another is that one's baseline, no noun follows it: 106 000宗下降至约6万宗. */
export const changeAfter = /^(?:增长|增加|提高|提升|上升|下降|减少|降低)(?:至|到)/;

/** A figure after 较2002年的 is the basis of a comparison: it measures what the figure before does, the words after it are no noun of it (3.3%，较2002年的2.3%有明显改善). */
export const comparedBasis = /[比较][^，,；;。]{0,12}的\s*$/;

/** A number followed by one of these verbs counts people taking part: 近2.8万人参与. */
export const participationVerbs = /^(?:成功)?(?:参与|参加|受益|获评|入选|到会|出席)/;

/**
 * A count of the peers a place is one of, not of the place: 全国首批“科创中国”试点城市 26个,
 * 全国首批试点地区30个 (the report's city is one of them).
 */
export const peerFrame = /^(?:全国|全省|全市)?(?:首批|第[一二三四五六七八九十\d]+批)?.{0,12}(?:试点|示范)?(?:城市|地区|省份|省市|区县)$/;
export const peerFrameWords = /全国|首批|第[一二三四五六七八九十\d]+批/;
/** A national title won (全国文明城市达到13个: data/indicator-words.json national_titles): a count of the place's own, no peer frame (dev 245). */
export const nationalTitle = new RegExp(`^全国(?:${nationalTitles})`);

/** A text's parts (方面, 层级, 板块) and the verb that sets out what they hold, if it follows (提出, 部署). */
const partsSaid = String.raw`(?:方面|层级|層級|层次|層次|维度|維度|板块|板塊)(?:(?:提出|部署|明确|明確|推出|制定)了?)?`;

/**
 * A count of the text's parts right before a count (部署了9个方面28项重点任务, 从5个方面提出20条措施, dev 457): what follows counts
 * the parts too (the tasks the text sets out under those aspects), no figure; a count of what was done stays (完成重点任务28项).
 * Read on the words since the figure before (ctx.left): the part's noun alone there follows that figure's number.
 */
export const partCountBefore = new RegExp(String.raw`(?:^\s*|(?:\d+|[一二三四五六七八九十]+)\s*[个個大]?)${partsSaid}\s*$`);

/**
 * The line that heads a committee's resolutions on a budget item (本項通過決議25項：, Taiwan's budget review, dev 442, 558, 642): its
 * count is of the text's own parts, the resolutions that follow it, no figure (read on the words before the count: nothing else there;
 * the kind row of kinds.json reads the same line in a text's head).
 */
export const resolutionsCountBefore = /^\s*本项通过决议\s*$/;

/** The noun after a count of the text's parts, with the verb that sets out what they hold or without (5个方面提出20条措施: 方面提出): no figure. */
export const partsSetOut = new RegExp(String.raw`^${partsSaid}$`);

/** Labels of rhetorical counts that are not figures: 7个方面, 3个层级, 4个…课题, 3个目标, 至少有十个突出亮点, 以下7个策略, 重点有3个 (dev 248). */
export const rhetoricalLabel = /^(?:措施|举措|方面|层级|层次|环节|重点方向|方向|重点|策略|维度|步骤|阶段|主线|轮子|课题|目标|(?:突出|重要)?亮点)$/;

/**
 * A span of time after 连续 in a report dates a trend (工业投资连续54个月保持两位数增长, 增速连续11个季度居全国前10位, dev 178):
 * it measures nothing; a rule's (连续3个月未缴纳) is a time limit. 个季度 scans as a count of 个 before 季度.
 */
export const trendSpanBefore = /连续\s*$/;

/** The term of a measure (为期3年的先导计划, 年期为3年): outside a rule it says how long the measure runs, no figure (dev 248, 183); in a rule it is a provision. */
export const termBefore = /(?:为期|年期为)\s*$/;
export const quarterAfter = /^\s*季度/;

/** A rank among the best (居全国前10位, 进入全国前5名, the ranks joined named at length: 进入全国沿海地区地级市前10位, dev 365) or a place in a ranking (全国排名53位, dev 307): where the figure stands, not a figure. */
export const rankBefore = /(?:(?:居|列|位居|位列|进入|跻身)[^，,；;。\d]{0,12}?前|排名|排位|位次)\s*$/;

/**
 * A place reached in a ranking (在全国百强城市中由39位提升到31位, dev 462): the place after a verb of moving and 到 or 至, in a
 * clause that names the ranking (位次, 排名, 百强) or the place it moved from (由39位), is where a figure stands, not a figure;
 * the move itself (位次前移4位, 排名上升5位) stays a figure (dev 360).
 */
export const rankReachedBefore = /(?:前移|后移|前进|后退|上升|下降|提升|提高|跃升|攀升)(?:到|至)\s*$/;
export const rankingNamed = /位次|排名|排位|百强|[由从]\d+位/;

/**
 * The peers a ranking is among (在全国20个科技兴贸重点城市中的位次前移4位, 在全省16个市中排名第3, dev 462): the count after 在 of a
 * set followed by 中 and a rank is no figure of the place; a count among which others are counted (在20个项目中，已开工15个) stays.
 */
export const peerSetBefore = /在\s*(?:全国|全省|全市|全区|全球|世界)?\s*$/;
export const peerSetAfter = /^[^，,；;。\d]{1,16}?中\s*的?\s*(?:位次|排名|排位|位居|居|名列|列|第|前)/;

/** A demonstrative right before a count (把这3件事做好, 上述5项): the count refers to what was said before. */
export const demonstrativeBefore = /(?:这|那|该|上述)\s*$/;

/** An age's bound after it (及以上, 以下): part of the age. */
const ageBound = String.raw`(?:[及或]?以[上下])?`;
/**
 * After an age, the people it bounds (age_group_nouns: 15岁及以上人口, 65岁以上的老人), also after more ages listed with it
 * (50-59岁、60岁及以上群体, dev 364): the age qualifies them, it is no figure.
 */
export const ageQualifierAfter = new RegExp(
  String.raw`^\s*${ageBound}(?:\s*[、${jointChars}]\s*\d+(?:\.\d+)?(?:\s*[-—~至到]\s*\d+)?\s*岁${ageBound})*\s*的?(?:${alternation(words.age_group_nouns)})`,
);

/** A count of years followed by 年度 is a span of time (2004-05及其后4个年度的…指引), not a figure. */
export const durationAfter = /^\s*年度/;

/**
 * Words before a number that make 年 a length of time, not a year: 每五年, 满三十年, 执行期限12年, 年限增加到 9 年, a span a rule
 * bounds (三包有效期不得低于2年, 保存期限不得低于6年, dev 147), or says the longest or the usual (时间最长不超过5年, 一般不超过5年,
 * dev 185). Not 近三年 or 连续五年: in a report they date a trend (近三年累计,
 * 粮食连续五年增产), they do not measure it.
 */
export const yearSpanBefore =
  /(?:[每满]|期限|年限|有效期|为期|长达|(?:最长|一般)(?:不超过|为|达)?|(?:期限?|年限)(?:为|满|达到?|(?:不得?)?(?:少于|低于|超过|高于)|不超过)|(?:增加|提高)(?:到|至))\s*$/;

/**
 * After 连续N年, a grant given for those years (连续三年给予每月每平方米5元的租金补助, 连续3年享受…, dev 124): the years are the
 * grant's length of time, a rule's 期限, where 粮食连续五年增产 dates a trend. A bracket may stand between, and a clause if a
 * grant follows in the sentence (连续5年(在…有效期内)，给予…; 连续3年，以…为标准，再给予…: dev 185), and 每年 (连续3年每年给予50%的
 * 租金补贴, dev 196).
 */
export const grantSpanAfter = /^\s*(?:[（(][^（）()]{0,20}[）)])?\s*(?:每年|每月)?(?:给予|享受|免征|减免|减半|按|[，,][^。；;]{0,80}?(?:给予|享受))/;

/** A unit followed by these characters is part of a word: 期间, 名单, 单位, 人民, 十年内乱. */
export const unitWordBreakers: Record<string, RegExp> = {
  期: /^间/,
  名: /^单/,
  单: /^位/,
  人: /^民/,
  所: /^有/,
  位: /^于/,
  台: /^账/,
  条: /^例/,
  户: /^籍/,
  家: /^庭/,
  列: /^[入为车表举出明]/,
  起: /^[草诉义点步飞来]/,
  克: /^[服隆制难]/,
  处: /^[罚理以置分长级室于在]/,
  年: /^内乱/,
  担: /^[保任当心负纲子]/,
  门: /^[户诊类槛票店面市]/,
  門: /^[戶診類檻票店面市]/,
};

/** A noun after 的 that names the level a figure stands at or that it is a target, not its metric: 将征收率维持在5%的水平, 税率订于每公升1.11元的优惠水平, 削减至2,000亿元的目标. */
export const levelNoun = /(?:水平|目标)$/;

/** After 的, a growth that says how the figure measures what came before it (本地生產總值今年可望有6%的實質增長): no noun of it. */
export const growthNounAfter = /^的\s*(?:实质|名义)?(?:趋势)?(?:增长|增幅|升幅|跌幅|涨幅|降幅)/;

/**
 * 增长 right after a bound rate, no 的 between (同比保持5%及以上增长的国际贸易企业): the rate is the growth a rule or a plan asks
 * for, its label 增长 (同比增长 when 同比 says against what), not the noun the clause goes on to (dev 196).
 */
export const boundGrowthAfter = /^(?:的)?增长(?![率量额值])/;

/** A change measure after 的 (综合消费物价指数的跌幅, …平减物价指数的中期趋势升幅): the label is what changes, before 的. */
export const changeMeasureAfterOf = /的(?:中期|短期|全年)?(?:趋势)?(?:升幅|跌幅|增幅|降幅|涨幅)$/;

/** Words before a number that name the measure of the noun after it: 注册资本10亿元的成都技术转移集团. */
export const measureBeforeOf = /(?:注册资本|规模|面积|总额|金额|投资|资金)$/;

/** Terms that hold a list joint and are one name (研究与试验发展: joint_terms): no label is cut inside them. */
export const jointTerms = new RegExp(alternation(words.joint_terms), 'g');

/** Verbs that say how a figure came about, not what it counts: the label is their object. */
// 引导17家高校院所 → 高校院所; 在科技企业建立成都海智基地工作站36个 → 成都海智基地工作站; a plan's verbs of gathering
// and opening scenes (集聚人工智能企业1500家, 招引…, 培育壮大…, 开放应用场景300个) → 人工智能企业, 应用场景; not the nouns
// 产业集聚区, 集聚发展区, nor 开放 before any other noun (开放数据集, 开放创新平台, 开放型经济).
// 新增/净增/新认定/新引进/新培育 stay (a flow, not a stock); 研发 is left out (研发投入 is a noun).
// 建设用地 (land for construction) and 研究与开发 (R&D: joint_terms) are nouns, no verb before an object (新增建设用地规模, dev 198;
// 研究与开发经费, dev 50, 180); so is 基本建设 (capital construction: 基本建设投资总额, dev 260, 64, 240), and 建设 before 规模 (煤炭建设总规模,
// dev 405), and 房地产开发 (the real-estate industry: 房地产开发贷款余额, 房地产开发企业, dev 388); 建成投产 goes whole (建成投产深水泊位120个 →
// 深水泊位, dev 405); 接待 (received: 共接待台湾各界交流团组80多批次 → 台湾各界交流团组, dev 361) not in 接待费 (公务接待费, a fee) nor
// after 游客 or 旅游 (the visitors' reception, a noun: 游客接待服务中心), nor
// 发行 (issued: 拟发行1400亿元长期建设国债 → 长期建设国债, dev 255) in 发行费 (债务付息及发行费支出, dev 321) or 发行人 (the issuers:
// 前10大發行人累計發行金額, dev 442; 发行人民币债券 is issued), nor before 规模, as 建设 (再融资债券发行规模上限, dev 319); 按 not in 按揭 (a mortgage: 住宅按揭貸款拖欠比率, dev 751).
export const actionVerbs = new RegExp(
  String.raw`(?<![新净])(?:${alternation([...words.action_verbs, ...words.allocation_verbs, ...words.leading_action_verbs])}|按(?![时期需月年揭])|规划建设(?!用地|总?规模)|(?<!基本)建设(?!用地|总?规模)|建成投产|建成(?!区(?!域))|(?<![\u4e00-\u9fff])认定|集聚(?!区|发展)|(?<!${alternation(words.joint_terms.filter((t) => t.endsWith('开发')).map((t) => t.slice(0, -2)))}|房地产)开发(?!区)|开放(?=(?:应用)?场景)|(?<!游客|旅游)接待(?!费)|发行(?!费|人(?!民)|总?规模))`,
  'g',
);

/** One action verb (actionVerbs without its global flag, for .test). */
export const actionVerb = new RegExp(actionVerbs.source);

/**
 * Nouns of the administrative frame, not results: 17个市级部门 (members of a group), 13个区(市)县, 10余个国家; and the cities a
 * statistical survey covers (70个大中城市新建商品住宅销售价格…, 在监测的337个地级及以上城市中, dev 420). data/indicator-words.json
 * frame_nouns, and frame_words only as a word of their own or before 的 (10余个国家的…; not 国家级).
 */
export const structuralNoun = new RegExp(`^(?:${alternation(words.frame_nouns)}|(?:${alternation(words.frame_words)})(?:的|(?![\u4e00-\u9fff])))`);

/** A clause that listens to people counts speakers, not results: 认真聆听了13名政协委员…建言献策. */
export const audienceVerb = /聆听|听取/;

/** A clause that opens with an equivalence (相等于本地生产总值的4%, 大约相当于…): its figure restates the one before, whose label it takes. */
export const equivalentLead = /^\s*(?:大约|约|即|亦即)?(?:相等于|相当于|等于)/;
