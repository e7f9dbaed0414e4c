// indicators: outline → quantitative figures with label, value, unit, change and kind.
//   "高新技术企业总数增至6120家,增长47.5%" → { label 高新技术企业总数, value 6120, unit 家,
//     change { value 47.5, unit "%" }, kind actual, match "6120家" }
// Rules run on a Simplified copy of the paragraph of the same length (character-level OpenCC), so
// one rule set serves both scripts and every label, match and clause is cut from the original text.
import type { Block, Indicator, Outline, ParagraphBlock, Section } from './types.ts';
import type { DocumentKind, Script } from '../schemas/meta.ts';
import type { Period } from '../schemas/indicator.ts';
import { convertText, detectScript } from './variants.ts';
import { toHalfWidthDigits } from './numerals.ts';
import { isHistoryLine } from './history.ts';
import { WIDE_GAP, planPeriods } from './patterns.ts';
import { parseNumber, readChineseDigitNumbers, readChineseYears, readDecimalPoints, tidy } from './indicators/numbers.ts';
import { endBefore, firstMatchEnd, inBracketNote, maskQuoted, outsideQuotes, pairQuoted, partsInside, scanQuantities, shareOfBaseBound } from './indicators/scan.ts';
import { extractFromTable, tableYearsOfOurs } from './indicators/table.ts';
import { rowText } from './clean/tables.ts';
import { cleanLabel, countInBrackets, deriveLabel, words, type Pair } from './indicators/labels.ts';
import { figureRun, pairRespectively } from './indicators/respectively.ts';
import { squeezeNumberSpaces, type Squeezed } from './indicators/spacing.ts';
import { isDateLine, isMonthLine, yearsOfOurs } from './dates.ts';
import { isTaiwan } from './references.ts';
import {
  FINANCIAL_YEAR,
  financialYearIn,
  financialYearOn,
  financialYearsOrYears,
  financialYearUnderWay,
  periodWritten,
  type FinancialYearUnderWay,
} from './indicators/financial-years.ts';
import { indexMetrics, type MetricIndex } from './indicators/metrics.ts';
import { otherPlaceThan } from './places.ts';
import type { Metric } from '../schemas/metrics.ts';
import { ageUnits, canonicalRateUnit, classifierUnits, moneyUnits, multiplierPattern, personUnits, sameMeasure, tenthUnit, timeUnits, unitPattern } from './indicators/units.ts';
import type { Quantity } from './indicators/scan.ts';
import {
  followingYear,
  financialYearSaid,
  originalBudgetBefore,
  multipleOfTimeBefore,
  bareNoun,
  bracketNote,
  partBoundAfter,
  planSetYear,
  basisPattern,
  opensWithBasis,
  basisWordAlone,
  forecastBelow,
  basisFigureBefore,
  basisBeforeYear,
  basisYearOf,
  leadInClause,
  frameClause,
  timeOnlyBefore,
  modalOnly,
  basisChangeAfter,
  plannedEstimate,
  forecastEstimate,
  forecastGoesOn,
  costOfBefore,
  yearsAheadCostOf,
  yearsAheadCount,
  jointChars,
  levelVerb,
  boundReachedVerb,
  comparisonBefore,
  heldVerb,
  rateHeldVerb,
  changeVerbBefore,
  flowWord,
  growthContribution,
  investmentAfterCount,
  yearTotalBefore,
  levelComparatorLead,
  levelUnits,
  spanTotalWord,
  fallVerb,
  fineWord,
  measureBefore,
  penaltyBefore,
  grantAfter,
  grantBefore,
  grantEarlier,
  grantModifier,
  conditionOnRecipient,
  capAlone,
  conditionSection,
  frameAfter,
  divisionsClause,
  divisionsGoOn,
  gradeAfter,
  inclusiveBefore,
  fromToLink,
  fromWord,
  respectivelyWord,
  periodPhrase,
  presentMarker,
  fiveYearTotal,
  spanPhrase,
  paragraphPeriodOpener,
  yearSpanOpener,
  targetYearOpener,
  listItemMark,
  listMarkAlone,
  sentenceYearOpener,
  sentenceYearStart,
  perBasisBefore,
  classBoundOpening,
  classNounBetween,
  actionVerb,
  nounStops,
  partBeyond,
  growthVerb,
  changedToLevel,
  levelAfterGrowth,
  jointAfterGrowth,
  comparisonOnly,
  speakerFunds,
  priceChange,
  domainGrowth,
  growthManner,
  changeAdverbAtEnd,
  averageGrowth,
  planSection,
  aimedTarget,
  reviewSection,
  pastYearForecast,
  sentenceTargetMarker,
  targetMarker,
  presentTargetMarkers,
  reportedTargetMarkers,
  proposalLeadIn,
  budgetPassedAfter,
  budgetRevision,
  yearRoundTarget,
  targetAfter,
  estimateAfter,
  titleFuture,
  countBeforeGrowth,
  timeNoun,
  distanceBefore,
  timesUnit,
  feeSuffix,
  feeVerb,
  perItemOnly,
  leadingFunctionChars,
  timeWordEnd,
  timeLimitBefore,
  timeLimitAfter,
  provisionMarker,
  ageReached,
  measuresTakenBefore,
  sinceOpener,
  shareNamed,
  ownYearPastOpener,
  exceptionClause,
  conditionAfter,
  actualMarker,
  doneMarker,
  findingOpener,
  citedDateAfter,
  firstMonthsBefore,
  titlePast,
  budgetReviewTitle,
  thisYearPast,
  ownYearPastPart,
  ownYearUntil,
  yearPartAfterSince,
  yearPartOpener,
  asOfBefore,
  endRuleReach,
  continuesSentence,
  thisActBefore,
  openBracket,
  circumstanceEnd,
  countedNounBeforeLink,
  durationAfter,
  demonstrativeBefore,
  trendSpanBefore,
  termBefore,
  quarterAfter,
  rankBefore,
  rankReachedBefore,
  rankingNamed,
  peerSetBefore,
  peerSetAfter,
  ageQualifierAfter,
  estimateTitle,
  placeClosing,
} from './indicators/rules.ts';

export interface IndicatorOptions {
  /** Plans state targets, reviews state actuals. */
  kind: DocumentKind;
  /** Script of the text; detected when missing. Words added to labels (金额, 占比, 资金) follow it. */
  script?: Script | undefined;
  /** Year of the document (sidecar or title): what 今年 means, and the period of a plan's targets when nothing closer says. */
  year?: number | undefined;
  /** The title names a review of its own year (工作总结, 统计公报): a work report's undated actuals are of its year, not the year before; a report's are of it. */
  reviewsOwnYear?: boolean | undefined;
  /** The title names a body's budget for its year (部门预算: infer.ts budgetsOwnYear): a report whose figures are that year's planned amounts, targets. */
  budgetsOwnYear?: boolean | undefined;
  /** The year is the latest one the text reports what was done (an undated profile, infer.ts reportedYear): its figures are not ahead of it. */
  yearReported?: boolean | undefined;
  /** The years a work plan covers (`行动方案（2025—2027年）`, meta.period): its targets are of the last one when nothing closer says. */
  span?: { from: number; to: number } | undefined;
  /** Canonical metrics: a figure whose label names one carries its key. */
  metrics?: readonly Metric[] | undefined;
  /** The report's region (meta.region): a label naming another place (伊州区地区生产总值 in 哈密's bulletin) is not its metric. */
  region?: string | undefined;
  /** The region's parent (meta.region_parent): which financial year 本财政年度 is (financialYearUnderWay). */
  regionParent?: string | undefined;
  /**
   * The document's date (meta.date): which financial year 本财政年度 is, and the year the text is written in (writtenIn): a
   * review of 2025 dated 2026 reports its year as past.
   */
  date?: string | undefined;
  /**
   * Simplified → the text's script, for the words the rules add or normalise (units, 金额, 占比, 资金) in a
   * Traditional text: buildReport passes the site's converter (preset and terms), as for the body.
   */
  toScript?: ((text: string) => string) | undefined;
}

type Kind = Indicator['kind'];

/** What the rules that date a figure need of its context: the document's year (今年) and the financial year under way (本财政年度). */
type Time = Pick<SectionContext, 'year' | 'financialYear'> & Partial<Pick<SectionContext, 'undated' | 'carryYear' | 'present'>>;

/**
 * The year a span since (2023年以来, 去年7月以来) runs to: the one the text tells of. In a work report that is the year it reviews
 * (its undated actuals': 2012年以来共发放… in a report of 2017 → 2012-2016, dev 72); in a text that tells of its own time (a news
 * release, an article: presentKinds) the year it is written in, not the year it last dated a figure of, which its undated actuals
 * carry (2023年共开展…184件。…2023年以来共串并…39件 in a release of 2024 → 2023-2024, dev 363, 387).
 */
const sinceUntil = (time: Time): number | undefined => (time.carryYear && time.present ? time.year : (time.undated?.actual ?? time.year));

/** Document kinds that tell what was done or said: their 应当 and 按…计算 are not rules. */
const reportingKinds = new Set<DocumentKind>(['work-report', 'report', 'news', 'record', 'case-study']);

/**
 * Document kinds that tell of a time without a rule for their undated figures (an article, a news release, a reading of a
 * report, a report on a situation): an actual that nothing dates is of the year the text last gave an actual figure of (dev
 * 362-364); in a news report or an article (presentKinds) only in its item (a heading ends it, dev 353), and before it dates one
 * of the year it is written in (dev 329, 440). Not a case study, which tells a reform over several years: after 2021年市级财政科技支出99.4亿元 its 累计 counts
 * (累计帮助2700余家科技型企业) are of all of them, not of 2021 (golden seed 002).
 */
const carriedYearKinds = new Set<DocumentKind>(['news', 'other', 'report']);

/**
 * Document kinds that tell of their own time (a news report, an article, a speech): 今年 is the year they tell of, not the
 * year ahead, so a figure of it is a target only by a plan's words (rules.ts presentTargetMarkers, dev 327). Not a report,
 * whose 今年 may be the year it plans (施政報告).
 */
const presentKinds = new Set<DocumentKind>(['news', 'other']);

/** Document kinds whose figures are targets unless a section or clause says otherwise. */
const planKinds = new Set<DocumentKind>(['work-plan', 'plan', 'notice']);

/**
 * Of those, the kinds that look over a span of years: their review section (发展基础, 回顾, …情况) speaks of the five years
 * before them. A notice is of one time: its section of how things went (一、电信服务重点工作情况) reports what was done up to
 * it, of its own year (dev 394).
 */
const spanKinds = new Set<DocumentKind>(['work-plan', 'plan']);

/** Finds the figures in every paragraph and run-in heading of the outline. */
export function extractIndicators(outline: Outline, options: IndicatorOptions): Indicator[] {
  const sections = new Map(outline.sections.map((s) => [s.id, s]));
  const counters = new Map<string, number>();
  const script = options.script ?? detectScript(outline.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join('\n'));
  const out: Indicator[] = [];
  const metrics = options.metrics ? metricIndex(options.metrics) : undefined;
  const otherPlace = otherPlaceThan(options.region === undefined ? undefined : convertText(options.region, 'zh-Hans'));
  // a Taiwan text (its region, else its own 民國 in Traditional script) dates by the years of the Republic: 114年度 is 2025 (dev 558, 559)
  const rocYears = isTaiwan({ region: options.region, region_parent: options.regionParent }) || outline.blocks.some((b) => b.type === 'paragraph' && b.text.includes('民國'));
  // the titles as the rules read their years
  const timeSections = rocYears ? new Map([...sections].map(([id, s]) => [id, { ...s, title: yearsOfOurs(s.title).text }])) : sections;
  // One context per section, not per paragraph: it converts the titles of the section's ancestors.
  const contexts = new Map<string, SectionContext>();
  // 菸品應徵健康福利捐，其金額如下： leads the items after it.
  let leadIn: string | undefined;
  let leadInSection: string | undefined;
  let listOpen = false;
  // the list's items open with a dash or a bullet (——县县全面达小康。…): the next one that does is an item too, whatever the one before ended in (dev 365)
  let dashedList = false;
  // the lead-in is a numbered item's title (5. …，在 2023/24 學年：): it leads its own paragraphs and sub-items only
  let leadInTitle = false;
  // 到2023年，…凸显。 then --平台建设长足进步。培育3家…: the year of the goals the items after it list.
  let datedLead: { section: string; period: number } | undefined;
  // The same items written as headings right after it (###### ——数字底座支撑更加坚实 in a Markdown page, whose heading levels
  // need not nest under the paragraph's section): their sections are of that year too (dev 333).
  let datedItem: { section: string; period: number } | undefined;
  let spanFrame: { line: number; period: Period } | undefined;
  // 2008年以来的几年，是…时期之一。 then ——综合实力跃上新的台阶。…: the span a paragraph ends in frames the list items a dash opens
  // after it in its section, as the year its goals are for does (datedLead; dev 365)
  let spanLead: { section: string; period: string } | undefined;
  // 一、2025年和“十四五”时期工作回顾, then 五年来，…实现综合实力新跨越。经济实力显著提升。 and the paragraphs after it: the span a
  // paragraph ends in, in a section whose title names that span and its last year, goes on framing the section's next
  // paragraphs until one opens with a single year (dev 141); a section titled by the year alone (一、2025年工作回顾) keeps it
  // in its paragraph (dev 245)
  let sectionSpan: { section: string; period: string } | undefined;
  // 到2025年，… then 到2035年，… in （四）总体目标: the first year a section's paragraphs open their goals with, which a table of
  // targets in it that names no year (目标值) is for (dev 301)
  const sectionFrames = new Map<string, number>();
  // the block read before (an item of a run-in enumeration follows its heading)
  let previous: Block | undefined;
  // The single year the text last gave an actual figure of (carriedYearKinds)
  let lastDated: number | undefined;
  // …or the span a paragraph opened with and still framed at its end (一年半来，中央财政共安排160多亿元… then 中央财政安排115.4亿元，支持推广
  // 3400多万台…: dev 421; not one a later sentence opens, 过去五年，他所在的企业…, a story of its own, dev 640), carried as a frame until a
  // paragraph dates one year, names a part of one (前三季度，…: yearPartOpener, dev 371) or ends it; one the text's opening part (before
  // its first heading) framed is the time of the whole text, whose sections break its totals down (一、高效节能空调推广成效), and a
  // heading does not end it
  let lastSpan: { period: string; opening: boolean } | undefined;
  // (where the first heading stands: a span framed before it is the whole text's)
  const firstHeading = outline.blocks.findIndex((b) => b.type === 'heading');
  // numbered: the title line stands among an address's numbered paragraphs (a section each), and frames those after it
  let titled: { section: string; kind?: Kind; period?: Period; numbered?: boolean } | undefined;
  // 2015年工作回顾 or “十三五”发展思路和2016年主要工作任务 on a line of its own, then 一、… numbered again from one: a part's title,
  // which frames the numbered sections after it (down to the next part's title, a section above their level or numbering that
  // starts again) where their own titles say nothing of their time (partFrame; dev 178, 279, 852). `level`, once the first
  // heading after the title line started its numbering again; until then the title line waits for it.
  let part: Part | undefined;
  // (the levels numbered headings stood at before: a heading numbered from one at one of them starts its numbering again;
  // and whether a paragraph came before, which the text's own title line has not)
  const numberedLevels = new Set<number>();
  let opened = false;
  // 本财政年度: the financial year under way when the text is dated, Hong Kong's April to March or the calendar year
  const financialYear = financialYearUnderWay(options);
  const now = writtenIn(options);
  // the first of the years ahead a sentence may count (未来3年), for the kinds that tell or report
  const yearsAhead = reportingKinds.has(options.kind) || presentKinds.has(options.kind) ? yearsAheadFrom(options) : undefined;
  // The years a plan covers: the span its title names (meta.period), else the five from its year.
  const planYears = options.kind === 'plan' && options.year !== undefined ? (options.span ?? { from: options.year, to: options.year + 4 }) : undefined;
  const contextOf = (sectionId: string): SectionContext => {
    let context = contexts.get(sectionId);
    if (!context) {
      const plan = planKinds.has(options.kind);
      // a body's budget for its year (…2018年部门预算情况说明, dev 477, 714) plans what it will take in and spend: its figures are
      // targets of that year where no section title says otherwise, as a plan's are
      const budget = options.kind === 'report' && options.budgetsOwnYear === true && options.year !== undefined;
      // A plan's targets belong to its last year (十五五: 2030; …规划（2023-2025年）: 2025), an action plan's to the last year of
      // its span (行动计划（2021-2023年）: 2023), unless the text names another.
      const fallbackPeriod = planYears ? planYears.to : options.kind === 'work-plan' && options.span ? options.span.to : plan || budget ? options.year : undefined;
      context = sectionContext(sectionId, timeSections, plan || budget ? 'target' : 'actual', fallbackPeriod, options.year, planYears, spanKinds.has(options.kind), budget, now);
      // Every figure of a regulation is a rule (a fine, a time limit), never a report indicator.
      if (options.kind === 'regulation') context = { ...context, kind: 'provision', provisions: true };
      // a 政府工作报告 of 2025 reviews 2024 and plans 2025; a 2024年工作总结 reviews 2024 and plans 2025
      else if (options.kind === 'work-report' && options.year !== undefined) {
        const reviewed = options.reviewsOwnYear ? options.year : options.year - 1;
        context = { ...context, undated: { actual: reviewed, target: reviewed + 1 } };
      } else if (options.kind === 'record' && options.year !== undefined)
        // a speech's actuals of its own year
        context = { ...context, undated: { actual: options.year } };
      else if (options.kind === 'report' && options.reviewsOwnYear && options.year !== undefined)
        // a report of its own year's figures (某市2025年…统计公报, 某局2017年度部门决算) likewise, and a figure it dates in that year
        // is one it reports, not one ahead (2017年本部门…本年收入1,464.80万元 in the accounts of 2017, dev 361, 378)
        context = { ...context, undated: { actual: options.year }, yearReported: true };
      else if (!reportingKinds.has(options.kind)) context = { ...context, rules: true };
      // a report's target that nothing dates is of its year, as a plan's is: 第79項 財政部12萬5千元，照列。 in the review of
      // the budget of 2025 (dev 442); its actuals carry the year the text last gave (carriedYearKinds)
      if (options.kind === 'report' && options.year !== undefined && context.undated?.target === undefined)
        context = { ...context, undated: { ...context.undated, target: options.year } };
      if (options.yearReported) context = { ...context, yearReported: true };
      if (presentKinds.has(options.kind)) context = { ...context, present: true };
      if (financialYear) context = { ...context, financialYear };
      if (now !== undefined && now !== options.year) context = { ...context, now };
      if (rocYears) context = { ...context, rocYears };
      if (yearsAhead !== undefined) context = { ...context, yearsAhead };
      contexts.set(sectionId, context);
    }
    return context;
  };
  // A plan's 累计 and 年均增长 columns cover its whole period (2026-2030).
  const planPeriod = planYears ? `${planYears.from}-${planYears.to}` : undefined;
  for (const [at, block] of outline.blocks.entries()) {
    if (block.type === 'paragraph' && block.table) {
      const context = contextOf(block.section);
      const framed = sectionFrames.get(block.section);
      const tableContext = framed !== undefined && !context.titledPeriod && context.kind === 'target' ? { ...context, period: framed } : context;
      const { table } = block;
      for (const found of extractFromTable(rocYears ? tableYearsOfOurs(table) : table, { ...tableContext, planPeriod }, table.rows.map(rowText))) push(block.section, found);
      continue;
    }
    // The title of a numbered item is a sentence too: 1.高新技术企业数量增长12%，达到860家。
    const text = isBody(block) ? block.text : block.type === 'heading' && block.section.title ? block.section.title : undefined;
    // ## 12. …, another news item of a transcript: a report of its own, whose undated actuals no year of the one before dates
    // (dev 353); not a run-in item (**一是…**), a part of the same report (dev 362)
    if (block.type === 'heading' && block.section.kind !== 'enum' && presentKinds.has(options.kind)) {
      lastDated = undefined;
      if (!lastSpan?.opening) lastSpan = undefined;
    }
    // 三、2022年工作安排, 下一步工作打算: a section whose title names its own time, or its plans, is no part of the span carried (dev 331)
    if (lastSpan !== undefined && block.type === 'heading' && block.section.kind !== 'enum') {
      const own = contextOf(block.section.id);
      if (own.titledPeriod || own.kind === 'target') lastSpan = undefined;
    }
    if (text === undefined) continue;
    // 2000年4月28日…通过, 中華民國八十九年…號令制定公布全文 39 條: a regulation's history line dates a version, it sets no rule.
    if (options.kind === 'regulation' && isHistoryLine(text)) continue;
    const sectionId = block.type === 'heading' ? block.section.id : block.section;
    const context = contextOf(sectionId);
    // The rest of an item after its run-in title (一、…百分之七十之金额计之。但…) is still the item's: the lead-in holds for the
    // items after it (dev 148); any other paragraph ends it or leads a list of its own. The rest is the paragraph the item's heading
    // leaves after its title (anchors.ts), not any paragraph of its source line: a record's text on one line (eval:shapes json-record, dev 248).
    const item = isBody(block) ? sections.get(block.section) : undefined;
    const heading = outline.blocks[at - 1];
    const isRest = heading?.type === 'heading' && heading.section === item && heading.rest !== '' && heading.rest === text;
    const inItem = leadIn !== undefined && item !== undefined && item.parent === leadInSection && isRest;
    // 预测到二〇〇〇年主要产品的产量是： then 原煤十四亿吨…； one item a paragraph: while they end in ； the paragraphs of the
    // lead-in's section are its list's items, the one that ends in 。 the last (dev 404)
    const dashed = isBody(block) && listItemMark.test(text);
    const listed = !inItem && isBody(block) && leadIn !== undefined && block.section === leadInSection && (listOpen || (dashedList && dashed));
    if (isBody(block) && !inItem && !listed) {
      leadIn = /[：:]\s*$/.test(text) ? text : undefined;
      leadInSection = block.section;
      listOpen = leadIn !== undefined;
      dashedList = false;
      leadInTitle = false;
    } else if (listed) {
      listOpen = listGoesOn.test(text);
      dashedList ||= dashed;
    } else if (block.type === 'heading' && /[：:]\s*$/.test(text)) {
      // 5. 在校園內外推展愛國主義教育，在 2023/24 學年： then its items one a paragraph (• 於最少 50 所學校…；): a numbered
      // item's title that ends in ： leads the list of its paragraphs as a paragraph does (dev 304)
      leadIn = text;
      leadInSection = block.section.id;
      listOpen = true;
      leadInTitle = true;
    } else if (block.type === 'heading' && leadInTitle && block.section.parent !== leadInSection) {
      // the next item (6. …) is no item of the one before it
      leadIn = undefined;
      leadInTitle = false;
    }
    // “十四五”时期工作回顾 on a line of its own: the paragraphs after it in its section are of its time (bareTitleTime)
    // 二零二三／二四年度修訂預算 between 200. and 201. of a budget speech: its frame goes on through the numbered paragraphs
    // after it, each a section of its own, until the next title line or another heading (dev 305)
    const onNumbered = titled?.numbered === true && (block.type === 'heading' ? isNumberedParagraph(block.section) : isNumberedParagraph(sections.get(sectionId)));
    if ((block.type === 'heading' || (titled !== undefined && titled.section !== sectionId)) && !onNumbered) titled = undefined;
    if (block.type === 'heading' && block.section.kind !== 'enum') {
      if (part !== undefined) part = partGoesOn(part, block.section, numberedLevels);
      numberedLevels.add(block.section.level);
    }
    // (a Taiwan paragraph's years of the Republic as ours, read once for both rules below)
    const ours = isBody(block) ? yearsRead(text, rocYears) : text;
    const bare = isBody(block) && !context.provisions ? bareTitleTime(ours, context.year, context.now ?? context.year) : undefined;
    if (bare) {
      titled =
        bare.kind !== undefined || bare.period !== undefined
          ? { section: sectionId, ...bare, ...(isNumberedParagraph(sections.get(sectionId)) ? { numbered: true } : {}) }
          : undefined;
      part =
        titled === undefined
          ? undefined
          : { ...(bare.kind ? { kind: bare.kind } : {}), ...(bare.period !== undefined ? { period: bare.period } : {}), ...(opened ? { opened } : {}) };
    }
    if (isBody(block)) opened = true;
    const inPart = part?.level !== undefined && !bare ? partFrame(context, part) : context;
    const timed: SectionContext =
      titled === undefined || bare
        ? inPart
        : {
            ...context,
            ...(titled.kind ? { kind: titled.kind, review: titled.kind === 'actual' } : {}),
            ...(titled.period !== undefined ? { period: titled.period } : {}),
          };
    let itemContext = (block.type === 'heading' || inItem || listed) && leadIn !== undefined ? { ...timed, leadIn, ...(leadInTitle ? { leadInDates: true } : {}) } : timed;
    if (block.type === 'heading')
      datedItem = datedLead !== undefined && listItemMark.test(block.section.title) ? { section: block.section.id, period: datedLead.period } : undefined;
    if (isBody(block)) {
      const digits = toHalfWidthDigits(ours);
      if (datedLead !== undefined && datedLead.section === block.section && listItemMark.test(digits)) itemContext = { ...itemContext, period: datedLead.period };
      else if (datedItem !== undefined && datedItem.section === block.section) itemContext = { ...itemContext, period: datedItem.period };
      else {
        const opener = targetYearOpener.exec(digits);
        datedLead = opener ? { section: block.section, period: Number(opener[1]) } : undefined;
        if (opener && !sectionFrames.has(block.section)) sectionFrames.set(block.section, Number(opener[1]));
        // 到2025年，数字政府建设取得明显成效。政务服务事项网上可办率达到100%…: in a plan the year the paragraph opens its goals
        // with dates the undated targets of its later sentences too, before the plan's span or its own year
        if (opener && planKinds.has(options.kind)) itemContext = { ...itemContext, period: Number(opener[1]) };
      }
    }
    // 五年来，…。一是…。二是…: the items a run-in enumeration split off one source paragraph stay in the span it opened (dev 245):
    // an item's heading and the rest of its sentence after it, on the paragraph's line; not a paragraph of its own on that line
    // (a page that prints every <p> on one line, dev 391-393)
    const splitOff =
      block.type === 'heading' ? block.section.kind === 'enum' : previous?.type === 'heading' && previous.section.kind === 'enum' && previous.section.id === block.section;
    const spanItem = isBody(block) && spanLead?.section === block.section && listItemMark.test(text) ? spanLead.period : undefined;
    const carried =
      spanFrame && spanFrame.line === block.line && splitOff
        ? spanFrame.period
        : (spanItem ?? (isBody(block) && sectionSpan?.section === block.section ? sectionSpan.period : undefined));
    previous = block;
    // an article's, a news release's or a reading's undated actual is of the year the text last gave a figure of (截至2022年12月，
    // …。…建成5G基站231万个; 2023年，…起诉1962人。… then 制发检察建议150余份): it tells of one time, not of its posting's
    // (a record too whose year the metadata does not know, an interpellation printed without its sitting's date: the year its text
    // last gave, dev 715, 737, 738; a record of a known year dates what nothing dates by it, undated)
    const carrying = itemContext.undated?.actual === undefined && (carriedYearKinds.has(options.kind) || (options.kind === 'record' && options.year === undefined));
    const spanned = carried
      ? { ...itemContext, spanFrame: carried }
      : carrying && lastSpan !== undefined && isBody(block) && !yearPartOpener.test(convertText(text, 'zh-Hans'))
        ? { ...itemContext, spanFrame: lastSpan.period }
        : itemContext;
    // before the text dates any, the year a text that tells of its own time is written in (presentKinds: dev 329, 440); a
    // report's stays undated (关于…预算执行情况的报告 reviews the year before its own)
    const carriedYear = lastDated ?? (presentKinds.has(options.kind) ? options.year : undefined);
    const framed = carrying ? { ...spanned, carryYear: true, ...(carriedYear !== undefined ? { undated: { ...spanned.undated, actual: carriedYear } } : {}) } : spanned;
    const read = readParagraph(text, framed, script, options.toScript);
    if (read.dated !== undefined) lastDated = read.dated;
    if (carrying && isBody(block))
      lastSpan =
        read.dated === undefined && isYearSpan(read.frame) && (read.frame === lastSpan?.period || paragraphPeriodOpener.test(convertText(text, 'zh-Hans')))
          ? { period: read.frame, opening: read.frame === lastSpan?.period ? lastSpan.opening : firstHeading < 0 || at < firstHeading }
          : undefined;
    for (const found of read.found) push(sectionId, { ...found, line: block.line });
    const frameAtEnd = isBody(block) ? read.frame : carried;
    spanFrame = frameAtEnd && block.line !== undefined ? { line: block.line, period: frameAtEnd } : undefined;
    if (isBody(block) && spanItem === undefined) spanLead = isYearSpan(read.frame) && !listItemMark.test(text) ? { section: block.section, period: read.frame } : undefined;
    if (isBody(block))
      sectionSpan =
        isYearSpan(read.frame) && context.titledPeriod && context.period === lastYear(read.frame) && titleNamesSpan(sections, block.section, read.frame, options.year)
          ? { section: block.section, period: read.frame }
          : undefined;
  }
  return out;

  function push(sectionId: string, found: FoundIndicator): void {
    const n = (counters.get(sectionId) ?? 0) + 1;
    counters.set(sectionId, n);
    const key = metrics?.keyOf(convertText(found.label, 'zh-Hans'), otherPlace);
    // (the place before the label is read only for a figure that names a metric)
    const metric = key !== undefined && !otherPlace(placeBefore(found)) ? key : undefined;
    out.push({ id: `${sectionId}-i${n}`, section: sectionId, ...found, ...(metric ? { metric } : {}) });
  }
}

/**
 * The year the text is written in, which parts what it reports as past from what is still ahead: the year of its date when
 * that is later than the year it is of (克州2025年经济运行情况分析 dated 2026-02-28, a review published the next year: its
 * figures of 2025 are actuals, dev 323; a plan of 1976 drafted in 1977, whose 一九七四年到一九七六年 is past, dev 374), else
 * its year (a work report of 2025 dated in its own year plans 2025; a plan dated before the years it covers speaks of them
 * as ahead).
 */
function writtenIn(options: Pick<IndicatorOptions, 'year' | 'date'>): number | undefined {
  const dated = /^((?:19|20)\d{2})/.exec(options.date ?? '');
  return options.year !== undefined && dated && Number(dated[1]) > options.year ? Number(dated[1]) : options.year;
}

/**
 * The first of the years ahead a text counts (未来3年, 未來10年): the year it is written in (writtenIn: a review of 2025 dated
 * 2026-02-28 counts them from 2026, its 2025 is past), or in a text dated October to December of that year the year after
 * (在未來一年 in a policy address of October 2017 → 2018): README Indicators, `period` (conventions37, dev 120, 122, 143, 144).
 */
function yearsAheadFrom(options: Pick<IndicatorOptions, 'year' | 'date'>): number | undefined {
  const year = writtenIn(options);
  if (year === undefined) return undefined;
  const dated = /^((?:19|20)\d{2})-(\d{2})/.exec(options.date ?? '');
  return dated && Number(dated[1]) === year && Number(dated[2]) >= 10 ? year + 1 : year;
}

/**
 * The years ahead a sentence counts (yearsAheadCount: 未来10年政府须支付…, 在未來一年，我們將…, 今後 5 年，…): a figure after the phrase in
 * the sentence that nothing closer dates is of those years, counted from context.yearsAhead (one year alone: 2018); `at` is where the
 * phrase stands in the paragraph's analysis text.
 */
function aheadSaid(said: string, start: number, context: SectionContext): { period: Period; at: number } | undefined {
  if (context.yearsAhead === undefined) return undefined;
  const m = yearsAheadCount.exec(said);
  if (!m) return undefined;
  const count = parseNumber(m[1]!);
  if (!(count >= 1 && count <= 30)) return undefined;
  const from = context.yearsAhead;
  return { period: count === 1 ? from : `${from}-${from + count - 1}`, at: start + m.index };
}

/** Whether the title of the section or of one above it names the span (2025年和“十四五”时期工作回顾: 2021-2025). */
function titleNamesSpan(sections: Map<string, Section>, id: string, span: string, year: number | undefined): boolean {
  for (let s = sections.get(id); s; s = s.parent ? sections.get(s.parent) : undefined)
    if (namedPeriod(toHalfWidthDigits(convertText(s.title, 'zh-Hans')), year)?.period === span) return true;
  return false;
}

/**
 * The place by its full name right before the label in its clause (全年四川省|地区生产总值, 广东省的|地区生产总值), which the label
 * leaves out (placeOpening): another place than the report's makes the figure that place's, no metric of the report's.
 */
function placeBefore(found: FoundIndicator): string {
  const text = convertText(found.text, 'zh-Hans');
  const label = convertText(found.label, 'zh-Hans');
  const end = text.indexOf(convertText(found.match, 'zh-Hans'));
  const at = text.lastIndexOf(label, end < 0 ? text.length : end);
  return at > 0 ? (placeClosing.exec(text.slice(0, at))?.[1] ?? '') : '';
}

// One index per metrics list (the build passes the same list for every report).
const metricIndexes = new WeakMap<readonly Metric[], MetricIndex>();
function metricIndex(metrics: readonly Metric[]): MetricIndex {
  let index = metricIndexes.get(metrics);
  if (!index) metricIndexes.set(metrics, (index = indexMetrics(metrics)));
  return index;
}

const isBody = (b: Block): b is ParagraphBlock => b.type === 'paragraph' && b.role === 'body';

/** What a paragraph inherits from its section: default kind and the year in its title. */
export interface SectionContext {
  kind: Kind;
  period?: Period;
  /** The document's year: 今年 in a clause. */
  year?: number;
  /** The financial year under way when the text is dated (本财政年度 names it; financialYearUnderWay): Hong Kong's April to March, else the calendar year. */
  financialYear?: FinancialYearUnderWay | undefined;
  /**
   * The year the text is written in (writtenIn), when later than `year`: a figure of a year before it is past, of it or
   * after it ahead (a review of 2025 dated 2026). Else `year` is.
   */
  now?: number;
  /** A section title says the section reviews what was done (回顾, 2020年工作): 全年新增 there is no plan. */
  review?: boolean;
  /** A regulation: every figure is a provision, whatever its clause says. */
  provisions?: boolean;
  /** A document that may set rules (a work plan, a decision): rule language makes a figure a provision. */
  rules?: boolean;
  /** A section that lists conditions (满足下列…条件, 认定条件): in a document that may set rules its bounds are provisions. */
  conditions?: boolean;
  /** The paragraph that leads a list item (…其金額如下：): its fee word labels the item's provisions. */
  leadIn?: string;
  /**
   * The lead-in is a numbered item's title (5. …，在 2023/24 學年：): the one time it names dates its paragraphs' figures that
   * nothing else dates (dev 304); a paragraph's lead-in (2026年重点：) dates nothing, it may be a broken line (dev 180).
   */
  leadInDates?: boolean;
  /**
   * A span of years opened earlier in the same source paragraph (五年来，…。一是…) that still frames this part of it, when
   * a run-in enumeration split the paragraph into items (dev 245).
   */
  spanFrame?: Period;
  /**
   * The year of a figure that nothing in its clause, sentence or section dates, by its kind: in a work report an actual is
   * of the year it reviews (the one before the document's) and a target of the document's; in a speech (a record) an
   * actual is of the year it is said in (dev 118, 260, 53).
   */
  undated?: Partial<Record<Kind, number>>;
  /**
   * The text tells of one time with no rule for its undated figures (an article, a news release, a reading of a report:
   * carriedYearKinds): an undated actual is of the year the text last gave an actual figure of, in this paragraph or, as
   * `undated`, before it (dev 362-364).
   */
  carryYear?: boolean;
  /** The document's year is the latest one it reports what was done (IndicatorOptions.yearReported): a figure of that year is not ahead. */
  yearReported?: boolean;
  /** The text tells of its own time (presentKinds): 今年 alone makes no target. */
  present?: boolean;
  /**
   * The years a plan's section speaks of when nothing closer dates a figure: a review (发展基础, 回顾) the five before the
   * plan, a section of goals (or any other) the plan's own. A level is of the last of them (as it stood at the end of the
   * review, as it is to be at the plan's end); a flow (新增, 建成, 累计), a change (下降10%) or a ceiling (控制在…以内) of
   * all of them (dev 50, 69, 146, 180, 198, 300).
   */
  frame?: string;
  /** The period is one a section's title names (2025年工作安排, “十四五”时期), not the document's or its span's by default. */
  titledPeriod?: boolean;
  /** The kind is one a section's title says (回顾, 工作安排, a year's time), not the document's by default. */
  titledKind?: boolean;
  /** A Taiwan text: its years of the Republic (`114年度`, `民國113年`) are years of ours to every rule that reads a year (yearsOfOurs). */
  rocYears?: boolean;
  /**
   * The first of the years ahead a sentence counts (未来10年, 在未來一年: aheadSaid): the document's year, or the one after it in a
   * text dated October to December (yearsAheadFrom); set for the kinds that tell or report (reportingKinds, presentKinds), not for
   * a plan, a work plan or a notice, whose goals their own spans date, nor for a regulation.
   */
  yearsAhead?: number;
}

function sectionContext(
  id: string,
  sections: Map<string, Section>,
  fallback: Kind,
  fallbackPeriod?: number,
  year?: number,
  planYears?: { from: number; to: number },
  spanReview = true,
  budget = false,
  now = year,
): SectionContext {
  let kind: Kind | undefined;
  let period: Period | undefined;
  let review = false;
  let conditions = false;
  for (let s = sections.get(id); s; s = s.parent ? sections.get(s.parent) : undefined) {
    const title = toHalfWidthDigits(convertText(s.title, 'zh-Hans'));
    if (conditionSection.test(title)) conditions = true;
    const time = titleTime(title, year, budget, now);
    // 第三，是考慮在香港建立…機制: a run-in enumeration's title is its item's first clause, not a heading of
    // the paragraphs after it, so its words (考慮, 情況) say nothing of their figures.
    if (!kind && s.kind !== 'enum') {
      kind = time.kind;
      review = kind === 'actual';
    }
    period ??= time.period;
  }
  const titledPeriod = period !== undefined;
  // A plan's review (发展基础, 回顾) speaks of the five years before it; its other sections of its own years.
  let frame: string | undefined;
  if (period === undefined && kind === 'actual' && fallback === 'target' && spanReview && year !== undefined) period = frame = fiveYearsBefore(planYears?.from ?? year);
  else if (period === undefined && planYears && (kind ?? fallback) === 'target') frame = `${planYears.from}-${planYears.to}`;
  // （一）“十三五”时期政府数字化建设取得显著成效, 第一节 “十四五”时期我国发展取得重大成就: a plan's section titled by a span of years
  else if (planYears && isYearSpan(period)) frame = period;
  period ??= fallbackPeriod;
  return {
    kind: kind ?? fallback,
    ...(period !== undefined ? { period } : {}),
    ...(frame !== undefined ? { frame } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(review ? { review } : {}),
    ...(conditions ? { conditions } : {}),
    ...(titledPeriod ? { titledPeriod } : {}),
    ...(kind !== undefined ? { titledKind: true } : {}),
  };
}

/** A part's title line: the kind and period it says, whether paragraphs stood before it, and the level of the sections it frames. */
interface Part {
  kind?: Kind;
  period?: Period;
  opened?: boolean;
  level?: number;
}

/**
 * A part's title line (part, in extractIndicators) past a heading: the first heading after it numbered from one starts the
 * part's numbered sections at its level, when it numbers again (一、 after the review's 五、, at a level numbered headings stood
 * at before) or the line stood after the text's opening paragraphs (not the text's own title line over its first 一、); any
 * other first heading ends the wait; a heading above that level, or one of it numbering from one again, ends the part.
 */
function partGoesOn(part: Part, section: Section, numberedLevels: ReadonlySet<number>): Part | undefined {
  if (part.level === undefined) return section.ordinal === 1 && (numberedLevels.has(section.level) || part.opened === true) ? { ...part, level: section.level } : undefined;
  return section.level < part.level || (section.level === part.level && section.ordinal === 1) ? undefined : part;
}

/** A section of a part (partGoesOn) takes the part title's kind and period where its own titles give none. */
function partFrame(context: SectionContext, part: Part): SectionContext {
  const kind = part.kind !== undefined && !context.titledKind ? part.kind : undefined;
  const period = part.period !== undefined && !context.titledPeriod ? part.period : undefined;
  return {
    ...context,
    ...(kind !== undefined ? { kind, review: kind === 'actual' } : {}),
    ...(period !== undefined ? { period } : {}),
  };
}

/**
 * What a title says of the time of its figures: its kind (titleKind, against the year the text is written in: `now`) and
 * its period, the year it names, the year before the document's for 去年 (一、去年工作回顾 in a report of 2006, dev 179),
 * or the span it names (“十四五”时期).
 */
function titleTime(title: string, year: number | undefined, budget = false, now = year): { kind?: Kind; period?: Period } {
  const titleYear = /((?:19|20)\d{2})年/.exec(title);
  // 1、国家新闻出版署公布2024年8月份…, 2024年上半年工作总结: the past part of the document's year is reviewed, as 今年上半年 is
  const pastPart =
    titleYear !== null &&
    Number(titleYear[1]) === year &&
    !ownYearUntil.test(title.slice(0, titleYear.index)) &&
    ownYearPastPart.test(title.slice(titleYear.index + titleYear[0].length));
  const kind = pastPart ? 'actual' : titleKind(title, titleYear ? Number(titleYear[1]) : undefined, now, budget);
  const period = titleYear ? Number(titleYear[1]) : year !== undefined && /去年/.test(title) ? year - 1 : namedPeriod(title, year)?.period;
  return { ...(kind ? { kind } : {}), ...(period !== undefined ? { period } : {}) };
}

/** An address's numbered paragraph (`201. 二零二三／二四年度政府收入…`): a section numbered as printed, with no title. */
const isNumberedParagraph = (section: Section | undefined): boolean => section !== undefined && section.kind === 'l3' && section.title === '';

/** Punctuation a title line without a number never holds: a paragraph with one is a sentence. */
export const titleBreaks = '。，,；;：:！!？?、—';
const titleBreak = new RegExp(`[${titleBreaks}]`);

/**
 * A title line without a number (“十四五”时期工作回顾, 2026年工作安排 on a line of its own): a short body paragraph with
 * no punctuation and no figure. It ends the frame of the title line before it, and when it names a time (a year, a
 * span, 今年, 去年 …: titleTime; a financial year, 二零二四／二五年度財政預算, dev 305, 352) it
 * frames the paragraphs after it in its section as a numbered heading would frame its own (dev 178). A line of a
 * plan's broken PDF text (资源节约和保护取得明显成效) names no time and frames nothing; a date on a line of its own
 * (二〇一六年一月十日, 二〇一六年一月: isDateLine, isMonthLine) is no title.
 */
function bareTitleTime(text: string, year: number | undefined, now = year): { kind?: Kind; period?: Period } | undefined {
  // Tested before converting, which most paragraphs need not then pay for: no conversion into Simplified moves, adds or
  // drops these characters (leavesCharacters, pinned in test/unchanged.test.ts for every preset).
  if (titleBreak.test(text)) return undefined;
  const t = readChineseYears(toHalfWidthDigits(convertText(text, 'zh-Hans'))).trim();
  if (t.length < 4 || t.length > 24) return undefined;
  // 二〇一六年一月十日, 二〇一六年一月 on a line of its own: a dateline, no title (its numbers in words pass the figure test below)
  if (isDateLine(t) || isMonthLine(t)) return undefined;
  // 二零二三／二四年度修訂預算: the financial year it names, 2023-2024, dates what the section says (dev 305, 352)
  // (a financial year spans two years in a row: 2016至2020年度 is a span of five, which titleTime reads)
  const fiscal = financialYearIn(t);
  const fiscalTime = fiscal && !/\d/.test(t.replace(financialYearsOrYears, '')) ? fiscal : undefined;
  // 二零二三／二四年度修訂預算, 中期財政預測: a section of revised estimates or of a forecast holds estimates (dev 305)
  if (estimateTitle.test(t) && !/\d/.test(t.replace(financialYearsOrYears, '')))
    return { ...titleTime(t, year, false, now), ...(fiscalTime ? { period: fiscalTime.period } : {}), kind: 'estimate' };
  // 二零二四／二五年度財政預算 in a budget speech of 2024: the coming year's budget, targets; a year already begun before the
  // document's, actuals, as a title's year decides (titleKind)
  if (fiscalTime) {
    const kind = titleKind(t.replace(financialYearsOrYears, ''), fiscalTime.from, now);
    return { period: fiscalTime.period, ...(kind ? { kind } : {}) };
  }
  if (/\d/.test(t.replace(/(?:19|20)\d{2}年/g, ''))) return undefined;
  const time = titleTime(t, year, false, now);
  const timed = time.period !== undefined || titleFuture.test(t) || titlePast.test(t);
  return timed && !/\d{4}\s*[-－–—至到]\s*\d{2,4}/.test(t) ? time : {};
}

/** An item of a list that another follows: it ends in ；, or in ； and the joint before the last item (；及, ；以及, ；和, ；或: dev 304). */
const listGoesOn = /[；;]\s*(?:及|以及|和|或|并)?\s*$/;

/**
 * What a section title says of its figures: plan words (打算, 目标) or review words (情况, 回顾), else
 * its time: a year from the one the text is written in (`now`: the document's, or its date's when later) on, 今年 or 明年
 * plan (二、２００９年工作总体部署 in a 2009 report); an earlier year, 去年 or 过去 review (一、２００８年工作回顾).
 */
function titleKind(title: string, titleYear: number | undefined, now: number | undefined, budget = false): Kind | undefined {
  if (planSection.test(title.replace(aimedTarget, ''))) return 'target';
  // 二、部门预算情况说明 in a body's budget accounts for its planned figures; 2017年预算执行情况 reviews (budgetReviewTitle)
  if (budget ? budgetReviewTitle(title) : reviewSection.test(title)) return 'actual';
  if (titleFuture.test(title) || (titleYear !== undefined && now !== undefined && titleYear >= now)) return 'target';
  if (titlePast.test(title) || (titleYear !== undefined && now !== undefined && titleYear < now)) return 'actual';
  return undefined;
}

/** An indicator before it gets its id and section. */
export type FoundIndicator = Omit<Indicator, 'id' | 'section'>;

/** The figures of one paragraph, in reading order. */
export function extractFromParagraph(written: string, context: SectionContext, script: Script = 'zh-Hans', convert?: (text: string) => string): FoundIndicator[] {
  return readParagraph(written, context, script, convert).found;
}

/**
 * The year of the target a report's undated figure goes on with (targetYearLast: the text last dated a target of that year, from the
 * document's on, after any actual it dated; dev 713): in a report that carries its years (carryYear), not one that tells of its own time
 * or reports its own year, and not where the figure's clause says it stands or was done (actualMarker, doneMarker) nor in a sentence that says
 * what was found (经查，国内共设置淹水感测器2,072个 after a budget line of 2025 in a committee's review: findingOpener, dev 558).
 * Only an amount of money goes on so, what a budget plans to take in and spend (预算外资金安排支出124万元): an output or a count after a
 * figure dated in the year (金属锌产量12.59万吨 after 2025年，…16种产品产量呈现增长 in an analysis of 2025's economy, dev 323) is no target.
 */
function carriedTarget(context: SectionContext, targetYear: number | undefined, own: Period | undefined, prefix: string, opening: string, money: boolean): number | undefined {
  return targetYear !== undefined &&
    money &&
    own === undefined &&
    context.carryYear &&
    !context.present &&
    !context.yearReported &&
    !actualMarker.test(prefix) &&
    !doneMarker.test(prefix) &&
    !findingOpener.test(opening)
    ? targetYear
    : undefined;
}

/** Where the sentence that holds `at` opens: after the last 。！？ before it (a part cut by ； belongs to the sentence it continues). */
function sentenceOpening(a: string, at: number): number {
  const before = a.slice(0, at);
  const end = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  return end + 1;
}

/**
 * The figures of one paragraph, and the span of years still framing its end (nextSpanFrame over its sentences), for the
 * items a run-in enumeration split off it: one reading of the paragraph serves both.
 */
function readParagraph(
  written: string,
  context: SectionContext,
  script: Script,
  convert: ((text: string) => string) | undefined,
): { found: FoundIndicator[]; frame: Period | undefined; dated: number | undefined } {
  const { text, original, asWritten } = readable(written, context.rocYears);
  const a = analysisCopy(text);
  const { masked, openedAt } = pairQuoted(a);
  const leadIn = context.leadIn === undefined ? undefined : { a: analysisCopy(context.leadIn), o: context.leadIn };
  // the one time a list's lead-in names (在 2023/24 學年：); not one of two it compares (把一九五七年同一九五二年比较，情形将如下列：, dev 406)
  const leadInYear = leadIn === undefined || !context.leadInDates ? undefined : oneTimeNamed(analysisCopy(yearsRead(leadIn.o, context.rocYears)), context);
  const toScript = script === 'zh-Hant' ? (convert ?? ((s: string) => convertText(s, 'zh-Hant'))) : (s: string) => s;
  const out: FoundIndicator[] = [];
  let previous: { o: string; a: string; money: boolean; count: boolean } | undefined;
  // The single year the text itself last gave an actual figure of this paragraph (undated, by its kind, none)
  let ownYearLast: number | undefined;
  // …the span of years it last gave one of in this paragraph, when that came after (“十四五”全市共投入民生支出1152亿元…。其中：教育支出266亿元:
  // the parts of the span's total, dev 321); a span is carried within its paragraph only
  let ownSpanLast: string | undefined;
  // …and the year the text itself named last, which later paragraphs carry (not 目前's, which dates its own paragraph only)
  let textDated: number | undefined;
  // …and a year from the document's on that it last dated a target of, after any actual it dated (2、支出预算：2016年度安排财政总支出
  // 893.92万元… then 预算外资金安排支出124万元 in a budget report of 2016 whose headings the page ran into one line, dev 713)
  let targetYearLast: number | undefined;

  let sentenceBefore: Span | undefined;
  // the figure the sentence before ended with, its analysis label and base unit: a sentence that opens with its basis goes on with it
  let carried: { figure: FoundIndicator; a: string | undefined; baseUnit: string | undefined } | undefined;
  // 五年来，民生保障扎实有力。每年…建成养老机构357家: a span that opens the paragraph frames all its sentences (dev 193);
  // one that opens a later sentence (2025年目标任务顺利完成。五年来，…) frames it and those after it (dev 245)
  let opening = context.spanFrame;
  // where the sentence (up to 。！？) that holds the current part opens: the delimiters between parts are read once, in order
  // (sentenceOpening for each part would read the paragraph from its start again)
  let opened = 0;
  // where the frame of that sentence opens: its own start, or the sentence before's when it goes on with it (至于)
  let openedFrame = 0;
  // where the first forecast with a note that holds below ends (forecastBelow), read once: the figures after it are estimates
  let forecastEnd: number | undefined;
  // the year the text is written in: what it dates before it is past, from it on ahead (writtenIn)
  const now = context.now ?? context.year;
  let readTo = 0;
  for (const sentence of spans(a, /[。；;！？!?]/g, 0, a.length)) {
    const stop = sentenceOpening(a.slice(readTo, sentence.start), sentence.start - readTo);
    if (stop > 0) opened = readTo + stop;
    readTo = sentence.end;
    const said = a.slice(sentence.start, sentence.end);
    opening = nextSpanFrame(said, context.year, opening, context.yearsAhead);
    // 至於免稅酒方面，則下調25%: a sentence that opens with 至于 (as for) goes on with the one before: its 我建议, 预计 frame it too.
    const frameStart = sentenceBefore && continuesSentence.test(a.slice(sentence.start, sentence.end)) ? sentenceBefore.start : sentence.start;
    if (stop > 0) openedFrame = frameStart;
    // 预计全市地区生产总值完成1117亿元…；规模以上工业增加值420亿元…: a forecast that opens a sentence frames its parts cut by ； too (dev 459, 461),
    // and one that frames a sentence going on with it (我們預計…。至於開支細節方面，教育佔23%；…保安佔10.5%: dev 70)
    const forecastStart = Math.min(frameStart, opened, openedFrame);
    sentenceBefore = sentence;
    // Each span's quantities are scanned once: joining from-to clauses, the topic and the figures read them.
    const scanned = new Map<string, Quantity[]>();
    const scan = ({ start, end }: Span): Quantity[] => {
      const key = `${start}:${end}`;
      let found = scanned.get(key);
      if (!found) scanned.set(key, (found = scanQuantities(a, start, end, masked)));
      return found;
    };
    // a wide gap ends a clause like a comma: a run-in heading's title before its text (（一）城镇化率\u3000\u3000达到60%, corpus 181)
    // a comma inside a note in brackets (（包括现代工业、手工业和农业，下同）) cuts no clause: the note goes with the words before it
    const notes = [...said.matchAll(bracketNote)].map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
    const clauses = joinFromTo(a, scan, spans(a, CLAUSE_END, sentence.start, sentence.end, notes));
    let lastInSentence: FoundIndicator | undefined;
    // where each figure of the sentence ends in the analysis copy
    const endOf = new Map<FoundIndicator, number>();
    // Figures of the sentence, and growths already given to them (实际增长8.4%和8%).
    const inSentence: FoundIndicator[] = [];
    const given = new Set<Quantity>();
    // Places in a ranking (全国排名46位), not figures: a place listed right after one is one too.
    const ranks = new Set<Quantity>();
    // Runs of figures with no subject of their own that follow the figures before them, and those figures' analysis labels.
    const echo = new Map<Quantity, FoundIndicator>();
    const labelA = new Map<FoundIndicator, string>();
    // Figures that are an amount of change (增加1，800亿元), not a level.
    const increments = new Set<FoundIndicator>();
    // Levels whose change is the amount said right after them (小麦种植面积345.99万亩，增加0.18万亩): a growth after it is theirs too.
    const grownBy = new Set<FoundIndicator>();
    const baseUnitOf = new Map<FoundIndicator, string>();
    // Growths that are figures of their own, and where each ends: a level right after one may be what it grew to.
    const growthEnds = new Map<FoundIndicator, number>();
    // （五）…行政运行25.70万元，主要是…支出。较2016年决算数增加6.82万元，增长36.12%: a sentence that opens with the basis of a change and its
    // verb has no subject of its own; it goes on with the figure the sentence before ended with, and gives that figure's change (dev 361, 378).
    // Not after a semicolon: the parts a ； parts are parallel, each of its own (…给予20万元的奖励;同比增幅超过30%的，…: a condition, dev 196)
    // (only the first clause is scanned for it, as the clauses are below: the words before the figure hold no clause's end)
    const firstQuantity = carried && clauses[0] && /[。！？!?]/.test(a[sentence.start - 1] ?? '') ? scan(clauses[0])[0] : undefined;
    if (carried && firstQuantity && opensWithBasis(a.slice(sentence.start, firstQuantity.start))) {
      lastInSentence = carried.figure;
      inSentence.push(carried.figure);
      if (carried.a !== undefined) labelA.set(carried.figure, carried.a);
      if (carried.baseUnit !== undefined) baseUnitOf.set(carried.figure, carried.baseUnit);
    }
    // 今年全区累计注册台资企业910家 in the accounts of 2017: in a text that reports its own year (yearReported: a 部门决算, a year's
    // bulletin) 今年 is the year reported, no year ahead, and makes no target (dev 361); in news only before a plan's word
    const targets = context.yearReported ? reportedTargetMarkers : context.present ? presentTargetMarkers : { clause: targetMarker, sentence: sentenceTargetMarker };
    let lastClauseStart = sentence.start;
    // “十四五”时期 / 过去五年 in the sentence: the figure is of that span of years.
    // (a span a sentence before opened, 五年来，…。发电装机1.6亿千瓦: said before this sentence, before its first clause too)
    // (未来10年…, 在未來一年，…: the years ahead the sentence counts before the figure, aheadSaid)
    const spoken = namedPeriod(said, context.year) ?? aheadSaid(said, sentence.start, context) ?? (opening ? { period: opening, at: sentence.start - 1 } : undefined);
    // The first clause of a sentence without a figure of its own may name what the rest measures; after a
    // clause that only says who requires it (计划要求，…), the next one.
    // Clauses that only frame the sentence (在…期间，为着…，) name no topic either: the first after them does.
    const asked = clauses.length > 2 && leadInClause.test(a.slice(clauses[0]!.start, clauses[0]!.end).trim()) ? 1 : 0;
    let framed = asked;
    while (framed < clauses.length - 2 && frameClause.test(a.slice(clauses[framed]!.start, clauses[framed]!.end).trim())) framed++;
    const first = clauses[framed];
    const topic = first && clauses.length > framed + 1 && scan(first).length === 0 ? pair(text, a, first.start, first.end) : undefined;
    // the items a run of 分别 paired, for the clauses after it in the sentence (respectively.ts)
    const respectiveItems = {};
    // the clauses that list the divisions the place governs (divisionsClause): their counts are no figures
    let divisions = false;
    for (const [c, clause] of clauses.entries()) {
      const clauseText = a.slice(clause.start, clause.end);
      divisions = divisionsClause.test(clauseText) || (divisions && divisionsGoOn.test(clauseText));
      // a cell of a table left as text (| 1.0升以上至1.6升（含）的 | | 300元至540元 |) names nothing of the cell before it
      if (a[clause.start - 1] === '|') previous = undefined;
      const { quantities, baselines } = linkBaselines(a, clause.start, scan(clause));
      // 将公共开支占本地生产总值的比例，控制在20%或以下: the clause before, without a figure, may hold the object; not one that only
      // frames the sentence (普查显示，全国72.1%…: dev 329)
      const before = clauses[c - 1];
      const lead = before && scan(before).length === 0 && !frameClause.test(a.slice(before.start, before.end).trim()) ? pair(text, a, before.start, before.end) : undefined;
      const respective = pairRespectively(text, a, clause.start, quantities, (q) => baselines.get(q)?.fromStart, respectiveItems);
      let from = clause.start;
      let previousFrom = from;
      quantities.forEach((q, i) => {
        // 建成30个10万千瓦级以上的大型风电项目: a size that names a class (gradeAfter) is no figure, and the words of the count
        // before it run on over it to the noun they count (dev 69)
        let onTo = i + 1;
        while (quantities[onTo] && gradeAfter.test(a.slice(quantities[onTo]!.end))) onTo++;
        // 全国72.1%（2205个）的政务大厅: the share's words run over its count in brackets to the noun after them both (dev 329)
        const countAfter = countInBrackets.exec(a.slice(q.end));
        if (countAfter && quantities[onTo] && quantities[onTo]!.end <= q.end + countAfter[0].length) onTo++;
        const to = quantities[onTo]?.start ?? clause.end;
        const base = baselines.get(q);
        // 外贸进出口在对美贸易下降超3成的情况下增长12%: a figure inside a phrase of circumstance leaves the subject
        // before the phrase to the figure after it
        if (circumstanceEnd.test(a.slice(from, q.start)) && a.slice(previousFrom, from).includes('在')) from = previousFrom;
        const left = pair(text, a, from, base ? base.fromStart : q.start);
        // 每新增一条外贸航线(年度吞吐量超过1万TEU)给予…: a figure inside a bracket has the bracket's words, not those after it
        const closing = openBracket.test(left.a) ? /[）)]/.exec(a.slice(q.end, to)) : null;
        // 行政运行395.52万元万元，较…: a unit printed twice, the words of the clause ending on the repeat, is one unit (a misprint, dev 361);
        // the repeat is no word of the label after the figure
        const repeat = q.unit && a.startsWith(q.unit, q.end) && !/^\p{Script=Han}/u.test(a.slice(q.end + q.unit.length)) ? q.unit.length : 0;
        const rightEnd = closing ? q.end + closing.index : to;
        const right = pair(text, a, Math.min(q.end + repeat, rightEnd), rightEnd);
        // 小麦最低收购价每50公斤提高5到7元: the basis after 每 is no figure, and the next figure's words run over it
        if (quantities[i + 1] && perBasisBefore.test(a.slice(clause.start, q.start))) return;
        previousFrom = from;
        from = q.end;
        // …768.66万元（人员经费699.09万元、日常公用经费69.57万元），较2016年决算数增加171.72万元: once the bracket of parts closes, a change
        // after it is of the figure the bracket sets out, not of its last part (dev 378)
        let owner: FoundIndicator | undefined;
        const lastPart = inSentence.at(-1);
        const partEnd = lastPart && endOf.get(lastPart);
        if (partEnd !== undefined) {
          // the first bracket to close after the last part, opened before it (as maskQuoted paired them)
          const close = a.slice(partEnd, q.start).search(/[）)]/);
          const open = close >= 0 ? openedAt.get(partEnd + close) : undefined;
          // only parts set out (partsInside), not a figure restated in brackets (近11亿人（10.9967亿人），较…增长742万人: the precise
          // value's change, dev 364)
          if (open !== undefined && open < partEnd && partsInside.test(a.slice(open + 1, partEnd + close))) {
            owner = inSentence.findLast((f) => (endOf.get(f) ?? open + 1) <= open && /^[\s，,]*$/.test(a.slice(endOf.get(f)!, open)));
            if (owner) lastInSentence = owner;
          }
        }
        // 26个(试点城市)之一: the report's place is one of them, the count is not its figure.
        // 25兆瓦级风电主轴轴承: a size that names a class of the noun is no figure of it.
        if (frameAfter.test(right.a) || gradeAfter.test(right.a) || durationAfter.test(right.a) || given.has(q)) return;
        if (divisions && classifierUnits.has(q.baseUnit)) return;
        // 4.5万亿元、为“十三五”时期的1.5倍: a ratio of the figure before to another time's (multipleOfTimeBefore)
        const figureBefore = i > 0 ? quantities[i - 1] : clauses[c - 1] && scan(clauses[c - 1]!).at(-1);
        if (q.baseUnit === '倍' && figureBefore && multipleOfTimeBefore.test(a.slice(figureBefore.end, q.start))) return;
        // 50岁及以上网民群体占比提升至30.8%: the age is part of the noun, and the next figure's words open before it (dev 362, 364); so it is no
        // class of the noun either, as a bound below is
        if (!context.provisions && ageUnits.has(q.baseUnit) && ageQualifierAfter.test(a.slice(q.end, clause.end))) {
          from = previousFrom;
          return;
        }
        // 开工建设10亿元以上重大产业项目47个, 培育超1000亿元龙头企业3家: a bound before the noun the next figure counts is a class of that noun
        // (dev 194); a bound said before the number only outside rule language (少於二十支…淨重低於十五公克 is a provision)
        const next = quantities[i + 1];
        if (
          next &&
          next.baseUnit !== q.baseUnit &&
          !canonicalRateUnit(q.baseUnit) &&
          (/以[上下]$/.test(a.slice(q.start, q.end)) || ((q.comparator === '>' || q.comparator === '>=') && q.numStart > q.start && !context.provisions && !context.rules)) &&
          classNounBetween.test(a.slice(q.end, next.start)) &&
          !nounStops.test(a.slice(q.end, next.start)) &&
          !actionVerb.test(a.slice(q.end, next.start))
        ) {
          // 超亿元企业达到10家, 新增投资额超亿元项目284个: a bare noun (bare_nouns) names no class without its bound, so the next
          // figure's words are the bound's own and the bound, its comparator word and all (dev 462, 313)
          if (bareNoun.test(cleanLabel(pair(text, a, q.end, next.start)).a)) from = previousFrom;
          return;
        }
        // 行政村和20户以上自然村全部通硬化路, 30年以上燃气管道动态清零: outside a rule a bound that opens its clause or a list item
        // before a noun (no 的, no verb) names a class of that noun; a rate before a noun is a share of it (90%以上行政村…, 六成以上屬於…)
        const after = a.slice(q.end, to);
        if (
          !context.provisions &&
          !context.rules &&
          /以上$/.test(a.slice(q.start, q.end)) &&
          !canonicalRateUnit(q.baseUnit) &&
          q.baseUnit !== tenthUnit &&
          classBoundOpening.test(left.a) &&
          /^\p{Script=Han}{2}/u.test(after) &&
          !/^的/.test(after) &&
          nounStops.exec(after)?.index !== 0 &&
          actionVerb.exec(after)?.index !== 0
        )
          return;
        // 11个县区、开发区公共财政收入过10亿元，其中1个过50亿元: a bound on what a count of things before it in its clause counts,
        // right after the count or with a part of them picked by a bound of its own in the clause after, is a threshold, no figure (dev 460)
        const counted = quantities[i - 1];
        if (
          counted &&
          !context.provisions &&
          !context.rules &&
          classifierUnits.has(counted.baseUnit) &&
          counted.comparator === undefined &&
          (q.comparator === '>' || q.comparator === '>=') &&
          q.numStart > q.start &&
          !classifierUnits.has(q.baseUnit) &&
          !canonicalRateUnit(q.baseUnit) &&
          (a.slice(counted.end, q.start).trim() === '' || partBoundAfter.test(a.slice(clause.end)))
        )
          return;
        // 达到2亿元以上(含2亿元)的: a bracket that restates the bound before it adds no figure (dev 186)
        const bound = quantities[i - 1];
        if (bound && bound.value === q.value && bound.unit === q.unit && inclusiveBefore.test(a.slice(bound.end, q.start)) && /^\s*[）)]/.test(a.slice(q.end))) return;
        // 今年首 8 個月 ， 成功檢控…: the first months of a year date what follows, they are no figure.
        if (timeUnits.has(q.baseUnit) && firstMonthsBefore.test(a.slice(clause.start, q.start))) return;
        // 把這3件事做好: a count after a demonstrative refers to what was said, it is no new figure;
        // 15歲及以上人口: outside a rule an age before the people it bounds qualifies them
        if (demonstrativeBefore.test(a.slice(Math.max(clause.start, q.start - 2), q.start))) return;
        // 8项主要经济指标增速居全国前3位: the words before the rank may be the count's noun, so the clause's words up to it
        // are read; 全国排名46位、82位: a place after a rank and a list joint is a rank too (dev 307)
        // 在全国20个科技兴贸重点城市中的位次: the peers of a ranking are no figure (dev 462)
        if (peerSetBefore.test(a.slice(clause.start, q.start)) && peerSetAfter.test(a.slice(q.end, clause.end))) return;
        if (/^[位名]$/.test(q.baseUnit)) {
          const prior = quantities[i - 1];
          const words = a.slice(clause.start, q.start);
          if (
            rankBefore.test(words) ||
            (rankReachedBefore.test(words) && rankingNamed.test(words)) ||
            (prior && ranks.has(prior) && listMarkAlone.test(a.slice(prior.end, q.start)))
          ) {
            ranks.add(q);
            return;
          }
        }
        // 17个重点传统制造业增加值增长5.3%: the count says how many make up the subject of the growth after it.
        if (next && canonicalRateUnit(next.baseUnit) && !canonicalRateUnit(q.baseUnit) && countBeforeGrowth.test(right.a)) return;
        // 农业总产值2，660亿元，比1980年的2，187亿元增长21，7％ (or 较“十三五”末的…): the basis's figure is the baseline of the level before it
        // (编列21亿元，较113年度预算27亿1,200万元，减少6亿1,200万元: a budget's of its year before, its change after a comma, dev 558).
        const basisYear = basisFigureBefore.exec(left.a);
        const level = lastInSentence;
        const basisPeriod = basisYear ? basisYearOf(basisYear) : undefined;
        // 原煤十四亿吨，比一九九五年的十二亿九千八百万吨增加一亿吨: a basis in another multiplier of the same unit (dev 404; in either script,
        // 21億元 against 27億1,200萬元, dev 558)
        const bare = (unit: string) => unit.replace(/^(?:万亿|萬億|亿|億|万|萬|千|百)/, '');
        if (basisPeriod !== undefined && level && !level.baseline && !level.change && bare(level.unit) === bare(toScript(q.unit)) && basisChangeAfter.test(a.slice(q.end))) {
          level.baseline = { value: q.value, unit: toScript(q.unit), period: basisPeriod, match: original(q.start, q.end) };
          return;
        }
        // 增加六成, 上升八成: tenths after a growth verb are a rate of change, given in percent (60%; dev 183)
        const tenths = q.baseUnit === tenthUnit && growthVerb.test(left.a);
        const rate = canonicalRateUnit(q.baseUnit) ?? (tenths ? '%' : null);
        const rateValue = tenths ? tidy(q.value * 10) : q.value;
        const growth = rate ? growthVerb.exec(left.a) : null;
        // Markers count in their own clause only: 预计增长10%, 高新技术企业总数增至6120家 is actual.
        const prefix = a.slice(clause.start, q.start);
        // 由“六五”期间的73.6％提高到75％: a span named in the baseline is the baseline's time, not the figure's
        const named = spoken && spoken.at < (base ? base.fromStart : q.start) ? spoken : undefined;
        // 从…1953年到1980年的28年间，社会总产品由…增加到8，500亿元…；工农业总产值由…增加到7，159亿元: the parts of
        // a sentence cut by ； share the time it names before its first figure.
        // 2024年已拨付296.67万元，本次拨付剩余603.33万元: what this document does (本次, 此次) is of its own year, not of a year before it.
        const ownAct = thisActBefore.test(prefix);
        const dated = ownAct ? undefined : datedBefore(a, masked, sentence.start, base ? base.fromStart : q.start, context);
        // 比重已由1949年的17%上升到1952年的26.7%: the year of the to-part dates the figure reached, not the from-part's
        const reachedIn = base ? yearBefore(a, masked, base.linkStart, q.start, context) : undefined;
        // 在 2023/24 學年： then • 於最少 50 所學校進行…；: what nothing in its sentence dates is of the year its list's lead-in names (dev 304)
        // 我們預計2004-05年度…。至於開支細節方面，教育佔23%；…保安佔10.5%: a sentence that goes on with the one before (至于, 其中) is of the
        // time that one names, in each of its parts (dev 70)
        // (the time read, with whether 去年 said it: a year said so is carried to no later sentence, below)
        const timeRead =
          dated ??
          (ownAct
            ? undefined
            : (sentenceFrame(a, masked, opened, sentence.start, context) ?? (openedFrame < opened ? datedBefore(a, masked, openedFrame, opened, context) : undefined)));
        const ownYear = timeRead?.period ?? (ownAct ? undefined : leadInYear);
        // 未來10年涉及的額外政府經常開支: what the years ahead cost is an estimate, but not in a plan's section nor where the sentence plans it
        const aheadCost = context.kind !== 'target' && yearsAheadCostOf(a.slice(frameStart, q.start), targets.sentence);
        // 预期 is a target's verb in a plan's targets (经济增长速度预期为年均7％左右), a forecast's elsewhere
        const estimates = context.kind === 'target' ? plannedEstimate : forecastEstimate;
        // the sentence up to the figure, and the target year the paragraph carries to it (carriedTarget): read for its kind and its year
        const opening = a.slice(sentence.start, q.start);
        const carried = carriedTarget(context, targetYearLast, ownYear ?? named?.period, prefix, opening, moneyUnits.has(q.baseUnit));
        const read: Kind = context.provisions
          ? 'provision'
          : // 遠高於原先預算的30億元赤字 after 我估計…: what the original budget set, a target; not a rate of it (完成原预算的105%)
            originalBudgetBefore.test(prefix) && !canonicalRateUnit(q.baseUnit)
            ? 'target'
            : estimates.marker.test(prefix) ||
                estimates.sentence.test(a.slice(frameStart, q.start)) ||
                // …；公共财政预算收入实际完成136亿元: a part's own 实际完成 outweighs the forecast of the sentence's opening
                (forecastStart < frameStart && estimates.sentence.test(a.slice(forecastStart, q.start)) && !doneMarker.test(prefix)) ||
                estimateAfter.test(a.slice(q.end, clause.end)) ||
                // 未來10年涉及的額外政府經常開支平均每年約90億元, 未來10年政府須支付…退休金: what the years ahead cost (dev 144)
                aheadCost ||
                // 年度赤字預計為…，財政儲備亦將下降至…: what a later clause will come to is what the forecast before it foresees (dev 305, 352)
                // (in a section of forecasts too: 中期財政預測, …比率將由…逐漸下降至二零二八／二九年度約百分之二十點六, dev 305)
                (forecastGoesOn.test(prefix) && (context.kind === 'estimate' || estimates.marker.test(a.slice(forecastStart, clause.start)))) ||
                (context.kind === 'actual' && (forecastEnd ??= firstMatchEnd(forecastBelow, a)) <= q.start) ||
                // 预测到二〇〇〇年主要产品的产量是：原煤十四亿吨…: a lead-in that forecasts makes its items estimates (dev 404)
                (leadIn !== undefined && estimates.sentence.test(leadIn.a))
              ? 'estimate'
              : context.rules &&
                  (ruleWordsIn(a.slice(frameStart, sentence.end)) ||
                    conditionAfter.test(a.slice(q.end, clause.end)) ||
                    // 允许…年满18周岁…的中国公民担任股东: the age a person must have reached (dev 458)
                    (ageUnits.has(q.baseUnit) && ageReached.test(a.slice(q.start, q.numStart))) ||
                    // 1.其他先进制造业：上一年度…营业收入5亿元以上 under 满足下列…条件: a bound of a listed condition (dev 186)
                    (context.conditions === true && q.comparator !== undefined) ||
                    // 财政扶持合计不超过企业实际缴纳保费的100%, 按不低于采购金额的30%提前预付: a cap or floor on a share of an amount (dev 196, 391, 493)
                    ruleShareBound(a, sentence.start, clause.start, q.numStart, q.baseUnit, targets.clause))
                ? 'provision'
                : targets.clause.test(outsideQuotes(a, masked, clause.start, q.start)) ||
                    targetAfter.test(a.slice(q.end, clause.end)) ||
                    budgetPassedAfter.test(a.slice(q.end, sentence.end)) ||
                    // 全年新增蓄水能力322万立方米 in a bulletin of 2025 written in 2026: the year that closed (dev 290)
                    (!context.review && !context.yearReported && context.now === undefined && yearRoundTarget.test(prefix))
                  ? 'target'
                  : // 政府會在2019年年底前淘汰82 000輛…，現時已經淘汰22 000輛: a clause's own 已经 outweighs the sentence's modal and year
                    context.kind === 'actual' && doneMarker.test(prefix)
                    ? 'actual'
                    : // 我估計…綜合赤字為656億元，相等於本地生產總值的5.2%: what is estimated runs on to the sentence's end, unless a clause says otherwise
                      estimates.lead.test(a.slice(frameStart, clause.start))
                      ? 'estimate'
                      : // 今個財政年度的總開支仍達七千二百七十九億元 in a budget speech: the financial year under way has not closed, what it has
                        // reached is a revised estimate (dev 305)
                        context.kind === 'actual' && dated?.current
                        ? 'estimate'
                        : // 2019年…全国将有340个左右贫困县摘帽 in a speech of 2020: what a year already past will have is forecast
                          context.kind === 'actual' &&
                            (ownYear ?? named?.period) !== undefined &&
                            now !== undefined &&
                            lastYear((ownYear ?? named?.period)!) < now &&
                            pastYearForecast.test(a.slice(frameStart, q.start))
                          ? 'estimate'
                          : context.kind === 'actual' &&
                              (targets.sentence.test(a.slice(frameStart, q.start)) ||
                                // 施政報告提出了不少這方面的措施，包括： then (6) 把…名額由每年50個倍增至100個；: a list the address proposes (dev 143)
                                (leadIn !== undefined && proposalLeadIn(leadIn.a, context.present)))
                            ? 'target'
                            : context.kind === 'target' &&
                                (actualMarker.test(prefix) ||
                                  // what has happened since (2024年以来，…) or been done (目前，…已…): not a figure the sentence goes on to date after
                                  // the document's year (…，到2025年底，…500万条), which cannot have happened yet
                                  ((sinceOpener.test(a.slice(sentence.start, q.start)) || measuresTakenBefore.test(a.slice(sentence.start, q.start))) &&
                                    !(ownYear !== undefined && now !== undefined && firstYear(ownYear) > now)))
                              ? 'actual'
                              : // 第一个五年计划规定的1957年的…比1952年增长51.1% in the plan of 1958: what an earlier plan set for its year (dev 240)
                                context.kind === 'target' && planSetYear.test(a.slice(frameStart, q.start)) && !doneMarker.test(prefix)
                                ? 'target'
                                : named && now !== undefined && lastYear(named.period) < now
                                  ? 'actual'
                                  : // 2023年春节期间，参与响应用户107户 in a plan of 2025: what a year before the document's did happened
                                    // (…上升到1952年的26.7% in a report of 1955: a level reached in such a year too); 今年 is the year the
                                    // text speaks from, no year before it (今年…主要预期目标是：… in a summary of 2025 dated 2026)
                                    context.kind === 'target' &&
                                      (reachedIn ?? ownYear) !== undefined &&
                                      now !== undefined &&
                                      !(reachedIn === undefined && dated?.said) &&
                                      lastYear((reachedIn ?? ownYear)!) < now
                                    ? 'actual'
                                    : // 2002-03年度政府开支…增长0.6% in a speech of 2002: a year from the one the text is written in on is still
                                      // ahead (2025年，全州农林牧渔业总产值64.26亿元 in an analysis of 2025 dated 2026 is not, dev 323); in a text dated by
                                      // the latest year it reports (yearReported: 2022年，全县生产总值完成71.3亿元 in an undated profile, dev 448) and in
                                      // one that tells of its own time (present: 该县今年新增创业人员5000多人 in a news report, dev 327) only a later year is
                                      context.kind === 'actual' &&
                                        !context.review &&
                                        ownYear !== undefined &&
                                        now !== undefined &&
                                        (context.yearReported ? firstYear(ownYear) > context.year! : context.present ? firstYear(ownYear) > now : firstYear(ownYear) >= now) &&
                                        !dated?.past
                                      ? 'target'
                                      : // 我們為大學研究資金預留了…: money the speaker sets aside is still to be spent, unless the sentence dates it earlier
                                        context.kind === 'actual' && speakerFunds.test(prefix) && !(ownYear !== undefined && now !== undefined && lastYear(ownYear) < now)
                                        ? 'target'
                                        : // an undated figure in a report goes on with the target the text last dated, as an actual goes on with
                                          // its year (carryYear), unless its clause says it stands or was done (dev 713)
                                          carried !== undefined
                                          ? 'target'
                                          : context.kind;
        // 這個計劃涉及9億6,000萬元: the cost of the measure just said is of that figure's kind (dev 183)
        const before = out.at(-1)?.kind;
        const kind: Kind = read !== 'provision' && !aheadCost && before !== undefined && before !== 'provision' && costOfBefore.test(prefix) ? before : read;
        // 在10年內把…提高至60%, 五年内，全社会固定资产投资…: a span of time frames the figures after it; only a rule's is a time limit.
        if (kind !== 'provision' && timeUnits.has(q.baseUnit) && /^\s*(?:之|以)?内/.test(right.a)) return;
        // 连续54个月保持两位数增长, 连续11个季度居全国前10位: outside a rule, a span after 连续 dates a trend.
        if (kind !== 'provision' && trendSpanBefore.test(left.a) && (timeUnits.has(q.baseUnit) || (q.baseUnit === '个' && quarterAfter.test(right.a)))) return;
        // 為期3年的債券資助先導計劃, 年期為3年: outside a rule the term of a measure says how long it runs.
        if (kind !== 'provision' && timeUnits.has(q.baseUnit) && termBefore.test(left.a)) return;
        // 1990年…达到2，567亿元，五年合计为11，194亿元: a span named in the figure's own clause is nearer than a year of the sentence
        const clauseSpan = ownAct ? undefined : namedPeriod(prefix, context.year, true, context.yearsAhead);
        // 五年累计完成造林面积5.2万亩 in a plan's review or a report's: the five years reviewed, not the five ahead (those up to the
        // year the text reviews: the one before the document's, or its own in a review of its own year, 2022年工作总结)
        const reviewed = context.undated?.actual ?? (context.year !== undefined ? context.year - 1 : undefined);
        const spanOfClause =
          clauseSpan && kind === 'actual' && reviewed !== undefined && fiveYearTotal.test(clauseSpan.phrase)
            ? (context.frame ?? fiveYearsBefore(reviewed + 1))
            : clauseSpan?.period;
        // 目前…已经超过2万亿元 in a work report: as things stand when it is said, not the year it reviews
        // (and in a plan's section of goals, 目前全市已有相关企业1200家: as things stand, not the year the section aims at)
        // (and in an article or a news release, whose undated actuals carry the last year it gave: carryYear)
        const present = kind === 'actual' && context.year !== undefined && presentMarker.test(prefix);
        const own = reachedIn ?? spanOfClause ?? ownYear ?? named?.period ?? (present ? context.year : context.period);
        // what nothing dates: the year the text last gave in this paragraph (carryYear), else the kind's default (undated)
        const undated =
          kind === 'actual' && context.carryYear && (ownSpanLast ?? ownYearLast) !== undefined
            ? (ownSpanLast ?? ownYearLast)
            : ((kind === 'target' ? carried : undefined) ?? context.undated?.[kind]);
        // a sentence that says what was found ends the target the paragraph carried (经查，…2,072个 then 其中…, dev 558)
        if (findingOpener.test(opening)) targetYearLast = undefined;
        if (typeof ownYear === 'number' && context.carryYear) targetYearLast = kind === 'target' && now !== undefined && ownYear >= now ? ownYear : undefined;
        // 中央衛福部已在去年12月修正…補助2000元。…已在本月提出…調整為1400元 in a news item of 2024: 去年 dates its own sentence (and
        // the parts of it after ；, sentenceFrame, and a sentence going on with it, 其中…), not the sentences and paragraphs after it,
        // which the year carried before it still dates (dev 813, 817)
        const relative = own === ownYear && timeRead?.relative === true;
        if (kind === 'actual' && own !== undefined && !present && !(relative && context.carryYear)) {
          if (typeof own === 'number') [ownYearLast, ownSpanLast, textDated] = [own, undefined, own];
          else if (isYearSpan(own) && lastYear(own) - firstYear(own) >= 2) ownSpanLast = own;
        }
        // 目前已建成102个，其中街乡镇55个…: the parts of what stands now are of now too, in this paragraph (dev 363)
        if (kind === 'actual' && present && typeof own === 'number') [ownYearLast, ownSpanLast] = [own, undefined];
        const period = own ?? undated;
        const match = original(q.start, q.end);
        // 生产总值达到3353.3亿元 in a review of 2016-2020: a level reached is of the span's last year; in a span of
        // several years (not a financial year such as 2016-17) so is a level its comparator word says (突破, 超过) or a rate,
        // a share, an age (levelUnits), whatever noun names it (研发经费投入强度): only a total or an average adds the span up.
        const span = isYearSpan(period) ? period : undefined;
        // 五年来，…。29家全国重点实验室…, A股上市公司88家: a count said with no verb, in a span the sentence or the paragraph opened
        // before the figure's clause, is how many there are at the span's end; what a verb says was done (新建, 破获) adds up over it
        // 保持在99%以上, 严守18亿亩, and a rate's bound (控制在5%左右): a level held over the span (held_verbs, rate_held_verbs)
        const held = heldVerb.test(prefix) || (rateHeldVerb.test(prefix) && levelUnits.has(q.baseUnit));
        const stockInSpan =
          kind === 'actual' &&
          named !== undefined &&
          named.at < clause.start &&
          countEndsClause.test(a.slice(q.end, clause.end)) &&
          !moneyUnits.has(q.baseUnit) &&
          !timeUnits.has(q.baseUnit) &&
          !canonicalRateUnit(q.baseUnit) &&
          !actionVerb.test(prefix) &&
          !flowWord.test(prefix) &&
          !changeVerbBefore.test(prefix) &&
          !held &&
          // 京津保合作项目469项，总投资6832亿元: the projects undertaken over the span, whose investment the next clause gives (dev 60)
          !(clauses[c + 1] !== undefined && investmentAfterCount.test(a.slice(clauses[c + 1]!.start, clauses[c + 1]!.end))) &&
          // 建成投产大中型基建项目八百四十五个，限额以上重点技改项目三百七十四个: the verb of the count before goes on over a list of counts
          !(clauses[c - 1] !== undefined && scan(clauses[c - 1]!).at(-1)?.baseUnit === q.baseUnit && doneOver.test(a.slice(clauses[c - 1]!.start, clauses[c - 1]!.end)));
        // 安全感满意度保持在99%以上, 城镇登记失业率控制在4.5%以内 in a review of five years: a level held, or a bound no verb of moving
        // says is reached, holds for every year of the span (README Indicators, `period`; dev 60, 126)
        const heldOver = held || ((q.comparator === '<=' || q.comparator === '<') && !boundReachedVerb.test(prefix) && !boundReachedVerb.test(respective.get(q)?.verb ?? ''));
        const levelInSpan =
          span !== undefined &&
          !heldOver &&
          !growthContribution.test(prefix) &&
          (stockInSpan ||
            // 生产总值6.66万亿元, 社会消费品零售总额6700亿元: a year's total or size its noun names, said with no verb, whether achieved or aimed
            // at (dev 177, 497); other money said so adds up over the span (实际利用外资43.3亿美元, dev 60)
            (kind !== 'provision' &&
              moneyUnits.has(q.baseUnit) &&
              lastYear(span) - firstYear(span) >= 2 &&
              yearTotalBefore.test(prefix) &&
              !flowWord.test(prefix) &&
              !actionVerb.test(prefix)) ||
            // (合共達三千四百三十七億元 in a section of 2024-2025, a financial year: one period, no span it is reached at the end of;
            // a span of two years the text says itself, 两年来，…达到3000亿元, is reached at its end)
            // 城镇、乡村居民人均可支配收入分别达到3.4万元、1.7万元: the verb of a respective run is each figure's
            ((levelVerb.test(prefix) || levelVerb.test(respective.get(q)?.verb ?? '')) &&
              !flowWord.test(prefix) &&
              !held &&
              (lastYear(span) - firstYear(span) >= 2 || named?.period === span)) ||
            // 从2020年的1.69万亿元增长到2.3万亿元 in a review of five years: what a baseline grew to is a level, reached at the span's end (dev 496)
            (base !== undefined && kind !== 'provision' && lastYear(span) - firstYear(span) >= 2) ||
            (kind !== 'provision' &&
              // a ceiling over a span (2025—2027年不超过40%) holds for each of its years
              q.comparator !== '<=' &&
              q.comparator !== '<' &&
              lastYear(span) - firstYear(span) >= 2 &&
              (levelUnits.has(q.baseUnit) ? !spanTotalWord.test(prefix) : levelComparatorLead.test(a.slice(q.start)) && !flowWord.test(prefix))));
        // 一、发展基础 or 二、主要目标 of a plan, nothing closer naming a time: a level is of the frame's last year, a flow, a
        // change or a ceiling of all its years (SectionContext.frame)
        const framed = reachedIn === undefined && spanOfClause === undefined && ownYear === undefined && named === undefined && !present ? context.frame : undefined;
        // a rate's noun may hold a flow's word (研发经费投入强度达到2.8%): only a total or an average over the years adds a rate up
        const flowing =
          (levelUnits.has(q.baseUnit) ? spanTotalWord.test(prefix) : flowWord.test(prefix)) ||
          heldOver ||
          // 人均预期寿命提高1岁: a change said alone is of every year of the frame, as a growth in percent is
          changeVerbBefore.test(prefix);
        const levelPeriod = framed !== undefined ? (flowing ? framed : lastYear(framed)) : span !== undefined && levelInSpan ? lastYear(span) : period;
        const push = (figure: Pick<FoundIndicator, 'label' | 'value' | 'unit' | 'scale' | 'max' | 'change'>, labelA_: string, money: boolean, over?: Period | undefined): void => {
          const found: FoundIndicator = {
            ...figure,
            kind,
            ...(q.comparator ? { comparator: q.comparator } : {}),
            ...(over !== undefined
              ? { period: over }
              : period !== undefined
                ? { period: figure.change ? (framed ?? averagedOver(period, kind, prefix, context.year)) : levelPeriod! }
                : {}),
            ...(base ? { baseline: base.baseline(original, toScript) } : {}),
            match,
            text: original(clause.start, clause.end).trim(),
          };
          out.push(found);
          inSentence.push(found);
          baseUnitOf.set(found, q.baseUnit);
          labelA.set(found, labelA_);
          lastInSentence = found;
          endOf.set(found, q.end);
          lastClauseStart = clause.start;
          // 地区生产总值跨过3万亿元、年均增长5.2%，较…净增1万亿元: a growth of the amount before leaves it the amount a figure after adds to
          const growthOfMoney = !money && figure.change !== undefined && previous?.money === true && previous.a === labelA_;
          // 高于全国0.2个百分点: a comparison names no metric, no label for the figures after it (dev 359)
          // 累计投资项目140个、13.6亿元: an amount after a count of things is what they hold, not after a rate or a growth (dev 144, 352, 498)
          const count = !money && !growthOfMoney && countsThings(q.baseUnit);
          if (!comparisonOnly.test(labelA_)) previous = { o: found.label, a: labelA_, money: money || growthOfMoney, count };
        };

        // 城镇和农村居民人均可支配收入分别增长4.3%、5.5%: each figure has its item of the list.
        // 113年1至7月分別為71.09%、17.63%: a run whose subject is only its time names no items; it follows the run before it (below, dev 559)
        const paired = respective.get(q);
        // 国家级、省级、市级分别给予300万元、200万元、50万元一次性资金配套: the items say who is given what; the grant named
        // after the run is what each figure is (dev 185)
        const granted = paired && kind === 'provision' && /给予|予以/.test(paired.verb) ? grantOf(pair(text, a, q.end, clause.end), undefined, undefined) : undefined;
        const pairedLabel = paired && (granted ?? cleanLabel(paired.subject));
        if (paired && pairedLabel && !(pairedLabel.a === '' && /(?:19|20)\d{2}\s*年/.test(paired.subject.a))) {
          const label = pairedLabel;
          const verb = growthVerb.exec(paired.verb);
          if (label.a === '') return;
          const basis = paired.basis ?? (verb ? basisPattern.exec(paired.verb.slice(0, verb.index))?.[0] : undefined);
          if (verb && rate) {
            const change = { value: fallVerb.test(paired.verb) ? -q.value : q.value, unit: rate, ...(basis ? { basis } : {}) };
            push({ label: label.o, value: change.value, unit: rate, change }, label.a, false);
          } else if (verb && kind !== 'provision') {
            // 比上年分别减少2万人和3万人: amounts of change, each signed and saying it is a change, as one amount is (below)
            const sign = fallVerb.test(paired.verb) ? -1 : 1;
            const unit = toScript(q.unit);
            const change = { value: sign * q.value, unit, ...(basis ? { basis } : {}) };
            push({ label: label.o, value: change.value, unit, ...(q.scale !== undefined ? { scale: sign * q.scale } : {}), change }, label.a, moneyUnits.has(q.baseUnit));
            increments.add(lastInSentence!);
          } else {
            push(
              { label: label.o, value: q.value, unit: toScript(q.unit), ...(q.scale !== undefined ? { scale: q.scale } : {}), ...(q.max !== undefined ? { max: q.max } : {}) },
              label.a,
              moneyUnits.has(q.baseUnit),
            );
          }
          return;
        }

        if (growth && rate) {
          const leftStart = q.start - left.a.length;
          // 居民消费价格涨幅2%左右: after a price the change noun names the metric, it stays in the label; so does the verb of a
          // growth of the economy (全年經濟增長為6.9% → 經濟增長: domainGrowth)
          const verbLength = (growth[1] ?? growth[2])!.length;
          const withVerb = left.a.slice(0, growth.index + verbLength);
          let subjectEnd = leftStart + growth.index + (priceChange.test(withVerb) || domainGrowth.test(withVerb) ? verbLength : 0);
          const basis = basisPattern.exec(a.slice(leftStart, subjectEnd));
          const change: NonNullable<Indicator['change']> = {
            value: fallVerb.test(left.a) ? -rateValue : rateValue,
            unit: rate,
            ...(basis ? { basis: text.slice(leftStart + basis.index, leftStart + basis.index + basis[0].length) } : {}),
          };
          if (basis) subjectEnd = leftStart + basis.index;
          // 平均每年增长3.3%: the words of how it grew are not what grew
          const manner = growthManner.exec(a.slice(leftStart, subjectEnd));
          if (manner) subjectEnd -= manner[0].length;
          // 分别达到1.99万元、1.26万元，分别增长8.8%、10.8%: a 分别 alone names no subject either
          // 总数由870间增加至1 223间，显著上升38%: an adverb of degree alone is no subject either (change_adverbs)
          const subject = a
            .slice(leftStart, subjectEnd)
            .replace(changeAdverbAtEnd, '')
            .replace(/^[、\s]*(?:其中|同时|并)?(?:分别)?$/, '')
            .replace(/^[、\s]*(?:其中|同时|并)?/, '')
            // 增加为596.6亿元，即增长23.3%: 即 (that is) restates the level before it, no subject (dev 406)
            .replace(/^(?:即|也就是)$/, '');
          // 城镇居民…15781元，农村居民…4761元，实际增长8.4%和8%: the growths of those figures, in order.
          const run = subject === '' ? figureRun(a, quantities, i) : [];
          // 分别增加12亿元、8亿元，分别增长5%、6%: growths after as many increments are figures of their own, of the increments' metrics
          const incremented = inSentence.slice(-run.length);
          if (run.length >= 2 && incremented.length === run.length && incremented.every((f) => increments.has(f)) && run.every((r) => canonicalRateUnit(r.baseUnit))) {
            run.forEach((r, k) => {
              const unit = canonicalRateUnit(r.baseUnit)!;
              const growthOf = { ...change, value: change.value < 0 ? -r.value : r.value, unit };
              push({ label: incremented[k]!.label, value: growthOf.value, unit, change: growthOf }, labelA.get(incremented[k]!)!, false);
              given.add(r);
            });
            return;
          }
          const open = inSentence.filter((f) => !f.change).slice(-run.length);
          if (run.length >= 2 && open.length === run.length && run.every((r) => canonicalRateUnit(r.baseUnit))) {
            run.forEach((r, k) => {
              open[k]!.change = { ...change, value: change.value < 0 ? -r.value : r.value, unit: canonicalRateUnit(r.baseUnit)! };
              given.add(r);
            });
            return;
          }
          // 增长47.5% right after 总数增至6120家: the change of that figure.
          const last = owner ?? out[out.length - 1];
          // 去年訪港旅客人數逾1 300萬人次，今年頭8個月比去年同期增加逾7%: a growth its clause dates otherwise is a figure of its own, of the same metric.
          // (the basis names a time of its own: 较上一年同期上升八成 dates nothing, dev 183)
          const clauseYear = yearBefore(a, masked, clause.start, basis ? leftStart + basis.index : q.start, context);
          const ownTime = clauseYear !== undefined && last?.period !== undefined && clauseYear !== last.period;
          if (subject === '' && last && last === lastInSentence && !last.change && !increments.has(last)) {
            // 从54万亿元增加到82.7万亿元，年均增长7.1%: an average growth over years is a figure of its own, of the same metric
            // (dev 125), never the change of the level reached.
            if (ownTime || manner?.[0].match(averageGrowth)) {
              push(
                { label: last.label, value: change.value, unit: rate, change },
                labelA.get(last)!,
                false,
                manner?.[0].match(averageGrowth) ? averagedFrom(last, named?.period) : undefined,
              );
              return;
            }
            last.change = change;
            last.text = original(lastClauseStart, clause.end).trim();
            return;
          }
          // 投入5955亿元，比上年增加1637亿元，增长37.9%: a growth after an increment is the change of the level
          // before it, measured from the basis said before the amount (比上年); 增加1，800亿元，平均每年增长4％: an average
          // growth, a figure of its own.
          const level = inSentence[inSentence.length - 2];
          const grown = last && increments.has(last) ? level : last && grownBy.has(last) ? last : undefined;
          if (subject === '' && grown && !(grown.change && canonicalRateUnit(grown.change.unit)) && !manner?.[0].match(averageGrowth)) {
            const basisBefore = change.basis === undefined ? grown.change?.basis : undefined;
            grown.change = { ...change, ...(basisBefore !== undefined ? { basis: basisBefore } : {}) };
            return;
          }
          const { label } = deriveLabel({
            left: pair(text, a, leftStart, subjectEnd),
            right: { a: '', o: '' },
            previous: previous?.o,
            previousA: previous?.a,
            money: false,
            previousMoney: previous?.money ?? false,
            previousCount: previous?.count ?? false,
            person: false,
            toScript,
            topic,
            previousInSentence: lastInSentence !== undefined,
            lead: i === 0 ? lead : undefined,
          });
          if (!label) return;
          // 地区生产总值增长4.5-5%: a growth given as a range keeps its high end (a fall's range is left as its low end)
          // 联合行动…增加三成: a growth alone in tenths keeps its value and unit as written, its change is in percent
          const value = tenths ? { value: q.value, unit: toScript(q.unit) } : { value: change.value, unit: rate };
          // 较…增加125.27亿元，年均增长19.33%: an average growth of the level before the increment, over the years since its baseline
          const grownLevel = last && increments.has(last) && level && level.label === label.o ? level : last?.label === label.o ? last : undefined;
          const over = manner?.[0].match(averageGrowth)
            ? grownLevel
              ? averagedFrom(grownLevel, named?.period)
              : typeof named?.period === 'string'
                ? named.period
                : undefined
            : undefined;
          push({ label: label.o, ...value, change, ...(q.max !== undefined && change.value >= 0 ? { max: q.max } : {}) }, label.a, false, over);
          growthEnds.set(lastInSentence!, q.end);
          return;
        }

        // 增加六成至63,000亿元, 增长两成七，超过16万亿元: a growth said right before the level it reaches is the change of that
        // level, one figure with the growth's label (dev 183)
        const grown = lastInSentence;
        const grownEnd = grown && growthEnds.get(grown);
        const between = grownEnd === undefined ? '' : a.slice(grownEnd, q.start);
        if (
          grown &&
          grownEnd !== undefined &&
          grown === out[out.length - 1] &&
          !rate &&
          q.baseUnit !== tenthUnit &&
          q.baseUnit !== '' &&
          // after a comma alone, only a level its comparator word says (超过16万亿元), not a count that opens a clause of its own
          (levelAfterGrowth.test(between) || (jointAfterGrowth.test(between) && q.numStart > q.start))
        ) {
          out.pop();
          inSentence.pop();
          push(
            {
              label: grown.label,
              value: q.value,
              unit: toScript(q.unit),
              ...(q.scale !== undefined ? { scale: q.scale } : {}),
              ...(q.max !== undefined ? { max: q.max } : {}),
              change: grown.change!,
            },
            labelA.get(grown)!,
            moneyUnits.has(q.baseUnit),
          );
          return;
        }

        const money = moneyUnits.has(q.baseUnit);
        // 32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米: a run with no subject follows the figures before it, in order.
        if (!echo.has(q) && !context.provisions && cleanLabel(left).a === '') {
          const run = figureRun(a, quantities, i);
          const before = inSentence.slice(-run.length);
          // …in the same units (达到10万、20万TEU…分别给予250万元、500万元: amounts follow no throughputs, dev 124)
          if (run.length >= 2 && before.length === run.length && run.every((r, k) => toScript(r.unit) === before[k]!.unit)) run.forEach((r, k) => echo.set(r, before[k]!));
        }
        const echoed = echo.get(q);
        if (echoed) {
          push(
            { label: echoed.label, value: q.value, unit: toScript(q.unit), ...(q.scale !== undefined ? { scale: q.scale } : {}), ...(q.max !== undefined ? { max: q.max } : {}) },
            labelA.get(echoed)!,
            money,
          );
          return;
        }
        const { label, usedRight } = deriveLabel({
          left,
          right,
          endsClause: quantities[i + 1] === undefined,
          onward: pair(text, a, q.end, sentence.end),
          previous: previous?.o,
          previousA: previous?.a,
          money,
          previousMoney: previous?.money ?? false,
          previousCount: previous?.count ?? false,
          previousChange: lastInSentence?.change !== undefined,
          person: personUnits.has(q.baseUnit),
          count: !money && countsThings(q.baseUnit),
          classifier: classifierUnits.has(q.baseUnit),
          // a range said with both its bounds (5千吨以上1万吨以下的工业行业企业, dev 303) bounds as a comparator does
          bound: ((q.comparator !== undefined && q.comparator !== '≈') || (q.max !== undefined && /以[上下]/.test(a.slice(q.start, q.end)))) && q.baseUnit !== '',
          toScript,
          topic,
          lead: i === 0 ? lead : undefined,
          provision: kind === 'provision',
          previousInSentence: lastInSentence !== undefined,
          fromTo: (base !== undefined && modalOnly.test(a.slice(clause.start, base.fromStart))) || timeOnlyBefore.test(left.a),
        });
        // A regulation's fine is labelled 罚款 (as the text words it), its time limit 期限.
        // Outside a regulation a time is a limit only where the words say so (提前15个工作日, 3年内, 给予36个月…); 风电400小时 is an amount.
        const limit = context.provisions || q.comparator !== undefined || timeLimitBefore.test(left.a) || timeLimitAfter.test(right.a);
        // 年度交易金额超过10亿美元的企业给予补贴: a bound on who the rule is for is no grant (dev 196)
        const provision =
          kind === 'provision' && !(q.comparator !== undefined && money && conditionOnRecipient.test(right.a)) && !(q.comparator !== undefined && partBeyond.test(right.a))
            ? provisionLabel(
                pair(text, a, q.end, closing ? q.end + closing.index : sentence.end),
                limit || !timeUnits.has(q.baseUnit) ? q.baseUnit : '',
                toScript,
                left,
                label,
                leadIn,
                pair(text, a, sentence.start, q.start),
                context.provisions === true,
              )
            : undefined;
        // 60日内或者行驶里程3000公里之内: a provision the rule labels (期限) leaves the words after it to the next figure (dev 147).
        from = q.end + (provision && provision.a !== label?.a ? 0 : usedRight);
        if (!label && !provision) return;
        // 年度应纳税工资薪金30万元以上(科研机构年度应纳税工资薪金20万元以上): a bracket that bounds the same measure for a part of
        // those bounded names it as the figure before does; who the part is is no part of the measure (dev 123, 186, 195)
        const same = lastInSentence && labelA.get(lastInSentence);
        if (!provision && closing && label && same && lastInSentence!.unit === toScript(q.unit) && label.a.endsWith(same)) {
          push({ label: lastInSentence!.label, value: q.value, unit: toScript(q.unit), ...(q.scale !== undefined ? { scale: q.scale } : {}) }, same, money);
          return;
        }
        push(
          {
            label: provision?.o ?? label!.o,
            value: q.value,
            unit: toScript(q.unit),
            ...(q.scale !== undefined ? { scale: q.scale } : {}),
            ...(q.max !== undefined ? { max: q.max } : {}),
          },
          provision?.a ?? label!.a,
          money,
        );
        const verb = changedToLevel.test(left.a) ? null : growthVerb.exec(left.a);
        if (verb) {
          const increment = lastInSentence!;
          increments.add(increment);
          // 农村贫困人口减少245万人: a change given as an amount is a figure that says it is a change (its value signed, as a
          // growth alone is); after a level of the same measure and label, that level's change instead (below)
          if (kind !== 'provision' && !provision && !canonicalRateUnit(q.baseUnit)) {
            const basis = basisPattern.exec(left.a.slice(0, verb.index));
            const sign = fallVerb.test(left.a) ? -1 : 1;
            const change = { value: sign * increment.value, unit: increment.unit, ...(basis ? { basis: left.o.slice(basis.index, basis.index + basis[0].length) } : {}) };
            increment.value = change.value;
            if (increment.scale !== undefined) increment.scale *= sign;
            increment.change = change;
            const level = owner ?? inSentence.at(-2);
            // 网民规模10.9967亿人，较2023年12月增长742万人: nothing but a basis that names its time before the verb (较…, 比…, not a word
            // of basis_words, which the label steps take out: 比上年) makes the amount the level's, its label too (dev 364); not after an
            // amount grown by itself (钢产量比上年增加270万吨，而能源消耗总量（…），比上年降低了100万吨, dev 260)
            // (年末常住人口455.74万人（城镇人口…、乡村人口…），比上年减少2.04万人: after a bracket of parts (owner) the basis word alone
            // names no measure of its own either, and the amount is the figure's the bracket sets out, dev 386)
            const namedBasis = basis !== null && (owner !== undefined || !basisWordAlone.test(basis[0]));
            if (level && namedBasis && !increments.has(level) && left.a.slice(0, basis.index).trim() === '' && sameMeasure(baseUnitOf.get(level) ?? '', q.baseUnit)) {
              increment.label = level.label;
              labelA.set(increment, labelA.get(level)!);
            }
            const levelChanged = level && !level.change && labelA.get(level) === labelA.get(increment) && sameMeasure(baseUnitOf.get(level) ?? '', q.baseUnit);
            // 小麦种植面积345.99万亩，增加0.18万亩; 年末常住人口455.74万人，比上年减少2.04万人: the amount is the change of the level
            // of the same measure and label said right before it, and no figure of its own (dev 290, 291, 362, 364); so is an
            // increase compared with the one before (全年城镇新增就业1186万人，比上年少增166万人: 少增, 多增, dev 420)
            if (levelChanged) {
              level.change = { ...change };
              out.splice(out.indexOf(increment), 1);
              inSentence.splice(inSentence.indexOf(increment), 1);
              increments.delete(increment);
              grownBy.add(level);
              lastInSentence = level;
            }
          }
        }
      });
    }
    carried = lastInSentence && lastInSentence === out.at(-1) ? { figure: lastInSentence, a: labelA.get(lastInSentence), baseUnit: baseUnitOf.get(lastInSentence) } : undefined;
  }
  // 上市金控於112年獲利金額, not …2023年…: a label keeps a year of the Republic as the text writes it (the rules read it as ours, dev 442,
  // 559), cut from the paragraph or, for a label the rules put together, each year of ours the paragraph read
  if (asWritten) {
    const years = [...text.matchAll(/\d{4}/g)].map((m) => [m[0], asWritten(m.index, m.index + 4)] as const).filter(([ours, written]) => ours !== written);
    const ownWords = (label: string): string => {
      const at = text.indexOf(label);
      return at >= 0 ? asWritten(at, at + label.length) : years.reduce((l, [ours, written]) => l.replaceAll(ours, written), label);
    };
    for (const f of out) f.label = ownWords(f.label);
  }
  return { found: reviseBudgetItems(out, (s) => analysisCopy(s)), frame: opening, dated: textDated };
}

/**
 * A budget item revised by a committee is one figure, the amount passed, with the amount proposed as its baseline and the
 * amount added or cut as its change, labelled by what the item is of (财政部原列2兆7,739亿…元，增列105亿元…，改列为2兆7,844亿…元 →
 * 财政部 2兆7,844亿…元, baseline 2兆7,739亿…元, change +105 亿元; dev 442): not three loose figures (budgetRevision).
 */
function reviseBudgetItems(found: FoundIndicator[], simplified: (s: string) => string): FoundIndicator[] {
  // 原列 is written alike in both scripts: a paragraph without it revises nothing, and is not converted figure by figure
  if (!found.some((f) => f.text.includes('原列'))) return found;
  const copies = new Map<string, string>();
  const clauseBefore = (f: FoundIndicator) => {
    const t = copies.get(f.text) ?? simplified(f.text);
    copies.set(f.text, t);
    const at = t.indexOf(simplified(f.match));
    return at < 0 ? undefined : t.slice(0, at);
  };
  const dropped = new Set<FoundIndicator>();
  const opens = (f: FoundIndicator, re: RegExp) => re.test(clauseBefore(f) ?? '');
  found.forEach((proposed, i) => {
    const before = clauseBefore(proposed);
    if (before === undefined || !budgetRevision.proposed.test(before)) return;
    // the amounts added or cut (增列, 减列; of sub-items, 增列第1目…1億5,000萬元、第3節…2,000萬元，共計增列1億7,000萬元, dev 442
    // line 107), then the amount passed (改列为)
    const moves: FoundIndicator[] = [];
    let j = i + 1;
    for (; found[j] && (opens(found[j]!, budgetRevision.added) || opens(found[j]!, budgetRevision.cut)); j++) moves.push(found[j]!);
    const passed = found[j];
    if (!passed || !opens(passed, budgetRevision.passed) || passed.unit !== proposed.unit) return;
    // the change: the only amount, or the total of the sub-items (共计增列); sub-items without a total give none
    const moved = moves.length === 1 ? moves[0] : moves.findLast((f) => opens(f, budgetRevision.total));
    const label = proposed.label.slice(0, proposed.label.length - (before.length - before.replace(budgetRevision.proposed, '').length)).trim();
    if (label) passed.label = label;
    passed.baseline = { value: proposed.value, unit: proposed.unit, match: proposed.match };
    if (moved) passed.change = { value: budgetRevision.cut.test(clauseBefore(moved)!) ? -moved.value : moved.value, unit: moved.unit };
    dropped.add(proposed);
    if (moved) dropped.add(moved);
  });
  return dropped.size > 0 ? found.filter((f) => !dropped.has(f)) : found;
}

/**
 * 学位教席比例由1997-98年度的4.8%，大幅度提升至本年度的35%: a clause ending in a from-figure and
 * the next one starting with its link to the to-figure are one clause, so the pair is one figure.
 */
function joinFromTo(a: string, scan: (span: Span) => Quantity[], clauses: Span[]): Span[] {
  const out: Span[] = [];
  for (const clause of clauses) {
    const last = out[out.length - 1];
    if (last && endsInFromFigure(a, scan(last), last) && startsWithLink(a, scan(clause), clause)) last.end = clause.end;
    else out.push({ ...clause });
  }
  return out;
}

/** The clause's last quantity ends it and stands after 由/从: the from-figure of a from-to pair. */
function endsInFromFigure(a: string, qs: readonly Quantity[], clause: Span): boolean {
  const q = qs[qs.length - 1];
  if (!q || a.slice(q.end, clause.end).trim() !== '') return false;
  return fromWord.test(a.slice(qs[qs.length - 2]?.end ?? clause.start, q.start));
}

/** The clause opens with the link to its first quantity (大幅度提升至…): the to-figure of a from-to pair. */
function startsWithLink(a: string, qs: readonly Quantity[], clause: Span): boolean {
  const q = qs[0];
  return q !== undefined && fromToLink.test(a.slice(clause.start, q.start).trim());
}

/**
 * The paragraph without the spaces beside its numbers and, in a Taiwan text, with its years of the Republic as ours (`114年度` → `2025年度`);
 * `asWritten` gives back those years alone as written, for a label (`112年`), where the spaces stay squeezed.
 */
function readable(written: string, rocYears: boolean | undefined): Squeezed & { asWritten?: (start: number, end: number) => string } {
  const squeezed = squeezeNumberSpaces(written);
  if (!rocYears) return squeezed;
  const years = yearsOfOurs(squeezed.text);
  return years.text === squeezed.text
    ? squeezed
    : { text: years.text, original: (start, end) => squeezed.original(...years.source(start, end)), asWritten: (start, end) => years.original(start, end) };
}

/** A title or a line as the rules read its years: in a Taiwan text those of the Republic as ours. */
const yearsRead = (text: string, rocYears: boolean | undefined): string => (rocYears ? yearsOfOurs(text).text : text);

/** A Simplified, half-width copy of the same length; the original when conversion changes length. */
function analysisCopy(text: string): string {
  // 16·7％, 21，7％: old gazettes print the decimal point as a middle dot or a comma; 二七〇·一亿元: digit by digit (dev 406)
  // 人／平方公里, 元／吨: a full-width slash says what a unit is per as a half-width one does (dev 691)
  const read = (t: string) => readChineseYears(readDecimalPoints(readChineseDigitNumbers(toHalfWidthDigits(t)))).replace(/／/g, '/');
  const hans = read(convertText(text, 'zh-Hans'));
  return hans.length === text.length ? hans : read(text);
}

const pair = (text: string, a: string, start: number, end: number): Pair => ({ a: a.slice(start, end), o: text.slice(start, end) });

/** A piece [start, end) of a paragraph's analysis copy: a sentence or a clause. */
interface Span {
  start: number;
  end: number;
}

/** What ends a clause: a comma (not one grouping thousands), a colon, a table's cell bar, a wide gap. */
const CLAUSE_END = new RegExp(String.raw`(?<!\d)[，,]|[，,](?!\d{3}(?!\d))|[:：|]|${WIDE_GAP}`, 'g');

/** The pieces of [start, end) between delimiters (not those inside one of the `inside` spans). */
function spans(a: string, delimiter: RegExp, start: number, end: number, inside: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  let pos = start;
  for (const m of a.slice(start, end).matchAll(delimiter)) {
    if (inside.some((s) => start + m.index > s.start && start + m.index < s.end)) continue;
    out.push({ start: pos, end: start + m.index });
    pos = start + m.index + m[0].length;
  }
  out.push({ start: pos, end });
  return out.filter((s) => s.end > s.start);
}

/** The last year named in the sentence before the figure (not a basis like 较2017年); 今年 is the document's year. */
function yearBefore(a: string, masked: Uint8Array, from: number, to: number, time: Time): Period | undefined {
  return datedBefore(a, masked, from, to, time)?.period;
}

/**
 * The last year named before the figure, whether it is the past part of this year (今年年初, 今年1月: the figure has happened), and
 * whether it is the financial year under way (本财政年度, 今个财政年度; not the one a recurring figure starts from, 由今个财政年度起).
 */
function datedBefore(
  a: string,
  masked: Uint8Array,
  from: number,
  to: number,
  time: Time,
): { period: Period; past: boolean; current: boolean; said: boolean; relative: boolean } | undefined {
  const thisYear = time.year;
  let year: Period | undefined;
  let past = false;
  let current = false;
  // 今年: the year the text speaks from, whatever its date (said)
  let said = false;
  // 去年: the year before the one the text speaks from, which dates its own sentence only: readParagraph carries it to no later one
  let relative = false;
  // a school year too: 2017-2018學年, 2023/24 學年 (dev 143, 304)
  for (const m of a.slice(from, to).matchAll(timeNamed)) {
    const at = from + m.index;
    // 比2005年增长, 较“十三五”末2020年88.23亿元: the basis's year; 按2000年价格计算: the prices', not the figure's
    // 是1997年的1.8倍: the year of the level a multiple is of
    // 比1957年计划（系指第一个五年计划中的1957年计划，下同）增长75%: a year inside a note in brackets explains a word before it (dev 240)
    if (
      masked[at] ||
      inBracketNote(a, at) ||
      basisBeforeYear.test(a.slice(Math.max(from, at - 9), at)) ||
      /^(?:不变)?价/.test(a.slice(at + m[0].length)) ||
      /^的\s*\d+(?:\.\d+)?\s*倍/.test(a.slice(at + m[0].length))
    )
      continue;
    // 二零二三年《施政報告》中宣布的主要政策措施，共涉及約一百四十二億元收入: the year is the name's, the document's (dev 305, 352)
    if (m[5] !== undefined && /^\s*《/.test(a.slice(at + m[0].length))) continue;
    // 維持在去年預算案訂下的2,122億元: 去年 dates the clause before 的 that qualifies the figure, not the figure
    if ((m[0] === '去年' || isNextYear(m[0])) && /的\s*$/.test(a.slice(at, to))) continue;
    // 地区生产总值从2020年的1.69万亿元增长到2.3万亿元，人均…: the year of a from-part is its baseline's, it dates no figure after it (dev 496);
    // the from-part as fromWord reads it, up to its number (从2020年底的, 从2020年初的, 从2020年只有, 由2020年度的)
    if (m[5] !== undefined && /[由从]$/.test(a.slice(from, at))) {
      const toNumber = /^[^\d，。；,;]{0,8}(?=\d)/.exec(a.slice(at + m[0].length));
      if (toNumber && fromWord.test(a.slice(at - 1, at + m[0].length + toNumber[0].length))) continue;
    }
    // 2025年、2026年增量新能源项目…: the figure is of both years; 2004-05年度 (2024／25年度), a financial year, of the two it spans;
    // 本财政年度 (今个财政年度, dev 305) in a Hong Kong budget speech of 2004: 2003-2004; 下一个财政年度 2004-2005, 上一个 2002-2003; in a
    // mainland text of 2024, 2024 (the calendar year: data/financial-years.json)
    year = m[1]
      ? `${m[1]}-${m[2]}`
      : m[3]
        ? periodWritten(m[3], m[4]!)
        : m[5]
          ? Number(m[5])
          : m[0].endsWith('财政年度')
            ? thisYear !== undefined
              ? financialYearOn(time.financialYear ?? { from: thisYear, spans: false }, yearsOn(m[0]))
              : year
            : thisYear === undefined
              ? year
              : // 去年全年跌幅則平均為2.6% in a speech of 2004: 2003
                thisYear + (m[0] === '去年' ? -1 : isNextYear(m[0]) ? 1 : 0);
    // 2023年以来共串并…案件39件 in a release of 2024: the years since, up to the one the text tells of (`sinceUntil`: in a work report
    // the year it reviews, 2012年以来共发放…8300余万元 in a report of 2017 → 2012-2016; dev 363, 387, 72), unless a part of a year
    // after it dates the figure nearer (2025年以来，…前三季度较上年同期快4.5个百分点, dev 278)
    // (the year may say the month it starts in: 去年7月以来, 2023年3月以来)
    const end = sinceUntil(time);
    const since = sinceAfter.exec(a.slice(at + m[0].length));
    const start = m[5] !== undefined ? Number(m[5]) : m[0] === '去年' && thisYear !== undefined ? thisYear - 1 : undefined;
    if (start !== undefined && end !== undefined && start < end && since && !yearPartAfterSince.test(a.slice(at + m[0].length + since[0].length, to))) year = `${start}-${end}`;
    said = m[0] === '今年';
    relative = m[0] === '去年' && typeof year === 'number';
    current = m[0].endsWith('财政年度') && yearsOn(m[0]) === 0 && !/^\s*起/.test(a.slice(at + m[0].length));
    // 截至2024年6月，我国网民规模近11亿人 in a release of 2024: as things stood on a date of the year, already reached
    // “今日俄罗斯”2022年1月8日报道，研究显示，…1000多场 in a report of 2021 dated 2022: what a source said on the day it came out had
    // happened by then, no figure ahead, whatever year that day is (citedDateAfter, dev 542)
    past =
      (m[5] !== undefined && citedDateAfter.test(a.slice(at + m[0].length))) ||
      (m[0] === '今年' && thisYearPast.test(a.slice(at, to))) ||
      (m[5] !== undefined &&
        (asOfBefore.test(endBefore(a, from, at, endRuleReach)) ||
          (Number(m[5]) === thisYear && !ownYearUntil.test(endBefore(a, from, at, endRuleReach)) && ownYearPastPart.test(a.slice(at + m[0].length, to)))));
  }
  return year === undefined ? undefined : { period: year, past, current, said, relative };
}

/** A unit that counts things (个, 家, 人, 项 …), not a span of time, an age, a rate or tenths: what a count's label and the 金额 after it read (money apart). */
const countsThings = (unit: string): boolean => !timeUnits.has(unit) && !ageUnits.has(unit) && !canonicalRateUnit(unit) && unit !== tenthUnit;

/** 以来 after a year, or after the month it starts in (2023年以来, 去年7月以来, 2022年十月以来): a span since, up to the year the text tells of. */
const sinceAfter = /^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|\d{1,2}日)?)?以来/;

/**
 * The times datedBefore reads: a span of years (2025年、2026年, 2016至2020年), a financial or school year (FINANCIAL_YEAR: 2004-05年度,
 * 2024／25年度, 2023/24 学年), a year, a financial year said in words (financialYearSaid: the one under way, the one before or after it), 今年, 去年, 明年.
 */
const timeNamed = new RegExp(
  String.raw`((?:19|20)\d{2})年?(?:、|至|—|-|到)((?:19|20)\d{2})学?年|${FINANCIAL_YEAR}|((?:19|20)\d{2})年|${financialYearSaid}|今年|去年|${followingYear}`,
  'g',
);

/** How many financial years a financial year said in words (financialYearSaid) is after the one under way: 上一个 -1, 下一个 +1, 本 0. */
const yearsOn = (said: string): number => (said.startsWith('上') ? -1 : said.startsWith('下') ? 1 : 0);

/** 明年, 来年 (next_year_words): the year after the document's. */
const isNextYear = (word: string): boolean => followingYearAlone.test(word);
const followingYearAlone = new RegExp(`^${followingYear}$`);

/** The time words name when they name one (2024年, 2023/24学年, 2017-2018学年), none when they name two or more. */
function oneTimeNamed(a: string, time: Time): Period | undefined {
  const period = yearBefore(a, maskQuoted(a), 0, a.length, time);
  const years = a.match(/(?:19|20)\d{2}/g)?.length ?? 0;
  return period !== undefined && years <= (typeof period === 'string' ? 2 : 1) ? period : undefined;
}

/**
 * The time a sentence (up to 。！？) names before its first figure (as datedBefore reads it), for its parts after a ； at `partStart`; `start` is where the
 * sentence opens (readParagraph's `opened`: sentenceOpening for each figure read the paragraph from its start again, 44 % of a
 * page of 830,000 characters on one line).
 */
function sentenceFrame(a: string, masked: Uint8Array, start: number, partStart: number, time: Time): ReturnType<typeof datedBefore> {
  if (start >= partStart) return undefined;
  const first = scanQuantities(a, start, partStart, masked)[0];
  return datedBefore(a, masked, start, first ? first.start : partStart, time);
}

/**
 * An average growth a plan sets (年均增长8%左右, 平均每年增长4％) is over the years from the document's
 * to the target's: 2001-2005 in a plan of 2001 for 2005, not the year 2005 alone.
 */
function averagedOver(period: Period, kind: Kind, prefix: string, year: number | undefined): Period {
  if (kind !== 'target' || typeof period !== 'number' || year === undefined || year >= period) return period;
  return averageGrowthBefore.test(prefix) ? `${year}-${period}` : period;
}
/**
 * The years an average growth after a level is of (年均增长19.33% after …213.5亿元，较“十三五”末2020年88.23亿元增加…): those
 * from the year after its baseline's to the level's (2021-2025), else the span the sentence names (“十三五”期间, 五年来), else
 * none of its own (dev 321).
 */
function averagedFrom(level: FoundIndicator, span: Period | undefined): Period | undefined {
  const from = level.baseline?.period;
  if (typeof from === 'number' && typeof level.period === 'number' && level.period > from) return `${from + 1}-${level.period}`;
  return typeof span === 'string' ? span : undefined;
}

/** The average-growth words right before a figure, with at most the verb between (年均增长, 平均每年递增). */
const averageGrowthBefore = new RegExp(`(?:${averageGrowth.source})[^，,；;。：:\\d]{0,6}$`);

/** The first year of a period: 2021-2025 → 2021. */
/** A span of years, `2021-2025` (a Period that is no single year). */
const isYearSpan = (p: Period | undefined): p is string => typeof p === 'string' && /^\d{4}-\d{4}$/.test(p);
const firstYear = (p: Period): number => (typeof p === 'number' ? p : Number(p.slice(0, 4)));

/** Nothing after a figure in its clause but a list's mark: the noun before it named what it counts, no verb after it says what was done. */
const countEndsClause = /^\s*(?:[、，,。；;]|$)/;
/** Words of a clause that say what was done over a span (新建, 改造提升, 累计完成): its count is a flow, and so are those listed after it. */
const doneOver = new RegExp(`${actionVerb.source}|${flowWord.source}`);

/** How many years a span up to now says (五年来 5, 5年来 5, 近三年 3, 两年来 2, 十二年来 12): periodPhrase's count, read as any number is. */
function yearsBack(phrase: string): number {
  const count = /([\d０-９]+|[一二两三四五六七八九十]+)年(半)?/.exec(phrase);
  // 一年半来 in an article of 2011: the half year runs into one more calendar year (2009-2010, dev 421)
  return count ? parseNumber(count[1]!) + (count[2] ? 1 : 0) : 0;
}

/** The last year of a period: 2021-2025 → 2025. */
const lastYear = (p: Period): number => (typeof p === 'number' ? p : Number(p.slice(5)));

/**
 * The span of years that frames the sentences from `said` on: the one `said` opens with (五年来，…; 今后五年，… ahead; 从1950年到1975年，…
 * when it ended before the document's year), a year
 * before the document's that it opens with (过去一年，…), none from a sentence that opens with another single year (2025年，…; 全年… after a span) or
 * with the document's year or a later one, or that says its figures are targets (sentenceTargetMarker), else the frame before it.
 * `aheadFrom` is the year the years ahead count from (the section context's yearsAhead, passed to namedPeriod).
 */
function nextSpanFrame(said: string, year: number | undefined, frame: Period | undefined, aheadFrom?: number): Period | undefined {
  if (paragraphPeriodOpener.test(said)) return namedPeriod(said, year, true, aheadFrom)?.period ?? frame;
  // 各位代表，今年以来，…。预计上半年，…增长13%: the past part of the document's year frames what follows as that year (dev 365)
  if (year !== undefined && ownYearPastOpener.test(said)) return year;
  // 从1950年到1975年，…: a span of years that ended before the document's frames the sentences from here on (dev 374)
  const span = yearSpanOpener.exec(said);
  if (span && year !== undefined && Number(span[2]) < year && Number(span[1]) < Number(span[2])) return `${span[1]}-${span[2]}`;
  // 2025年经济社会发展的主要预期目标是：…, 今年的主要预期目标是：… after 2024年，…: a sentence that opens with the document's
  // year or a later one, comma or not, or that says its figures are targets, is framed by no year before it
  if (frame !== undefined && (sentenceTargetMarker.test(said) || ownYearStart(said, year))) return undefined;
  // 五年来，…。全年地区生产总值增长5.2%: a sentence that opens with 全年 (the whole year) speaks of one year, not of the span before
  // it (carried across paragraphs in a section of a year and a plan period too, sectionSpan)
  if (typeof frame === 'string' && /^\s*全年/.test(said)) return undefined;
  const opener = sentenceYearOpener.exec(said);
  if (!opener) return frame;
  // 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%… in part 三、2011年的工作 of a report of 2011: a year
  // before the document's frames the sentences after it too (dev 256); the document's own year or a later one frames nothing
  const opened = opener[1] ? Number(opener[1]) : year !== undefined && opener[0].includes('今年') ? year : year !== undefined ? year - 1 : undefined;
  return opened !== undefined && year !== undefined && opened < year ? opened : undefined;
}

/** Whether `said` opens with the document's year or a later one (2025年…, 今年…, 明年… in a document of 2025). */
function ownYearStart(said: string, year: number | undefined): boolean {
  const m = sentenceYearStart.exec(said);
  return m !== null && year !== undefined && (m[1] === undefined || Number(m[1]) >= year);
}

/**
 * “十四五”时期 → 2021-2025; 过去五年 (近三年, 5年来) in a document of `year` → the five (three, five) years before it, 2008年以来的几年 → from
 * 2008 to the year before it; with `ahead`, 今后五年 → it and the four after it, or, said with ahead_words (今后五年, 未来五年, not
 * 五年内), the five from `aheadFrom` (context.yearsAhead, as aheadSaid counts them: in a text dated October to December, from the next year).
 */
function namedPeriod(a: string, year: number | undefined, ahead = false, aheadFrom?: number): { period: string; at: number; phrase: string } | undefined {
  const m = (ahead ? spanPhrase : periodPhrase).exec(a);
  // 力争投入强度高于“十三五”时期实际: a period compared with is a basis, it dates no figure (dev 375)
  if (!m || comparisonBefore.test(a.slice(Math.max(0, m.index - 4), m.index))) return undefined;
  const since = m.groups?.since === undefined ? undefined : Number(m.groups.since);
  const period = m[1]
    ? planPeriods[m[1]]!.join('-')
    : year === undefined
      ? undefined
      : m.groups?.ahead
        ? fiveAhead(aheadFrom !== undefined && yearsAheadCount.test(m[0]) ? aheadFrom : year)
        : since !== undefined
          ? since < year - 1
            ? `${since}-${year - 1}`
            : undefined
          : yearsBefore(year, yearsBack(m[0]));
  return period ? { period, at: m.index, phrase: m[0] } : undefined;
}

/** The five years from `year` on: 2025 → 2025-2029. */
const fiveAhead = (year: number): string => `${year}-${year + 4}`;
/** The `count` years before `year`, as a period: 2021, 5 → 2016-2020 (过去五年 in a document of 2021). */
const yearsBefore = (year: number, count: number): string => `${year - count}-${year - 1}`;
/** The five years before `year` (a plan's review, 五年累计…): 2021 → 2016-2020. */
const fiveYearsBefore = (year: number): string => yearsBefore(year, 5);

/** A from-to figure: where its baseline's 由/从 starts, where the link to the figure starts, and the baseline. */
interface Baseline {
  /** The 由/从 before the baseline: the subject (the label) ends there. */
  fromStart: number;
  linkStart: number;
  baseline(original: (start: number, end: number) => string, toScript: (s: string) => string): NonNullable<Indicator['baseline']>;
}

/**
 * 地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元: one figure (287.9亿元, period 2015) whose
 * baseline is 162.4亿元 of 2010. The baseline is taken out of the quantities.
 */
function linkBaselines(a: string, clauseStart: number, found: Quantity[]): { quantities: Quantity[]; baselines: Map<Quantity, Baseline> } {
  const baselines = new Map<Quantity, Baseline>();
  const drop = new Set<Quantity>();
  for (let i = 0; i < found.length - 1; i++) {
    const q1 = found[i]!;
    if (drop.has(q1)) continue;
    const before = fromWord.exec(a.slice(i > 0 ? found[i - 1]!.end : clauseStart, q1.start));
    if (!before) continue;
    // 从2021年的46503元和16935元分别提高到58794元和23184元: a run of from-figures and a run of as many to-figures,
    // linked by 分别 and paired in order (dev 126).
    const froms = figureRun(a, found, i);
    const tos = froms.length > 1 ? figureRun(a, found, i + froms.length).slice(0, froms.length) : [];
    const runLink = tos.length > 1 ? a.slice(froms.at(-1)!.end, tos[0]!.start).replace(/^\s*[，,]?\s*/, '') : '';
    const pairs: [Quantity, Quantity][] =
      tos.length === froms.length && respectivelyWord.test(runLink) && isFromToLink(runLink.replace(respectivelyWord, ''))
        ? froms.map((q, k) => [q, tos[k]!])
        : [[q1, found[i + 1]!]];
    if (!pairs.every(([from, to]) => sameUnitOf(from, to))) continue;
    if (pairs.length === 1 && !isFromToLink(a.slice(q1.end, found[i + 1]!.start).replace(/^\s*[，,]?\s*/, ''))) continue;
    const fromStart = q1.start - before[0].length;
    const start = before[1] ? Number(before[1]) : undefined;
    // 1997-98年度: a fiscal or school year spans two years; 由“六五”期间的: a plan's five.
    const year: Period | undefined =
      start === undefined
        ? before[3]
          ? planPeriods[before[3]]!.join('-')
          : undefined
        : before[2]
          ? `${start}-${before[2].length === 2 ? Math.floor(start / 100) * 100 + Number(before[2]) : before[2]}`
          : start;
    for (const [from, to] of pairs) {
      drop.add(from);
      baselines.set(to, {
        fromStart,
        linkStart: from.end,
        baseline: (original, toScript) => ({
          value: from.value,
          unit: toScript(from.unit),
          ...(year !== undefined ? { period: year } : {}),
          match: original(from.start, from.end),
        }),
      });
    }
    if (pairs.length > 1) i += froms.length - 1;
  }
  return { quantities: found.filter((q) => !drop.has(q)), baselines };
}

/** The words from a baseline to its figure (增加到, 提高到2015年的; past what the from-figure counts: 个职位减至). */
const isFromToLink = (link: string): boolean => fromToLink.test(link) || fromToLink.test(link.replace(countedNounBeforeLink, ''));

/** A baseline and its figure measure alike; 9 · 3吨标准煤下降到…8· 5吨: a unit said in full once and short the second time is one unit. */
function sameUnitOf(q1: Quantity, q2: Quantity): boolean {
  const same = sameMeasure(q1.baseUnit, q2.baseUnit) || (q1.baseUnit !== '' && q2.baseUnit !== '' && (q1.baseUnit.startsWith(q2.baseUnit) || q2.baseUnit.startsWith(q1.baseUnit)));
  return same || (!!canonicalRateUnit(q1.baseUnit) && !!canonicalRateUnit(q2.baseUnit));
}

/** The rest of a run of amounts after one of them: 、500万元、1000万元 (and 和 before the last). */
const amountRunAfter = new RegExp(String.raw`^(?:\s*[、${jointChars}]\s*\d[\d.,]*(?:${multiplierPattern})?(?:${unitPattern})?)+`);

/** The group's words in both scripts (the pair's strings are of equal length). */
function groupOf(p: Pair, m: RegExpExecArray, group = 1): Pair {
  const at = m.index + m[0].indexOf(m[group]!);
  return { a: m[group]!, o: p.o.slice(at, at + m[group]!.length) };
}

/** A grant noun given with 给予 or 予以 (the group, the first after the match's last verb), with the words between that name it too (grantModifier). */
function givenGrant(p: Pair, m: RegExpExecArray, group: number): Pair {
  const verb = Math.max(m[0].lastIndexOf('给予'), m[0].lastIndexOf('予以'));
  if (verb < 0) return groupOf(p, m, group);
  const at = m.index + m[0].indexOf(m[group]!, verb + 2);
  const start = at - grantModifier(p.a.slice(m.index + verb + 2, at)).length;
  const stop = at + m[group]!.length;
  return { a: p.a.slice(start, stop), o: p.o.slice(start, stop) };
}

/**
 * The grant a rule's figure is (a subsidy scheme's 若干政策, dev 68 and 119): named right after it
 * (按…的10%给予奖补), by 给予 right before it (省级给予一次性奖补100万元), or, for a cap with nothing
 * of its own (最高3000万元, 单个企业最高300万元), by the 给予 earlier in its sentence.
 */
function grantOf(after: Pair, before: Pair | undefined, sentenceBefore: Pair | undefined): Pair | undefined {
  // 分别给予250万元、500万元、1000万元的一次性奖励, 分别给予300万元、200万元、50万元一次性资金配套: each amount of a run is given
  // the grant named after the last (dev 124, 185)
  const run = amountRunAfter.exec(after.a)?.[0].length ?? 0;
  if (run > 0) after = { a: after.a.slice(run), o: after.o.slice(run) };
  const next = grantAfter.exec(after.a);
  if (next) return next[1] !== undefined ? groupOf(after, next, 1) : next[2] !== undefined ? givenGrant(after, next, 2) : groupOf(after, next, 3);
  const given = before && grantBefore.exec(before.a);
  if (given) return givenGrant(before, given, 1);
  const capped = before && sentenceBefore && capAlone.test(before.a.trim()) ? grantEarlier.exec(sentenceBefore.a.slice(0, sentenceBefore.a.length - before.a.length)) : null;
  return capped ? givenGrant(sentenceBefore!, capped, 1) : undefined;
}

/** The words `length` characters from the end of `p` (the first `keep` of them): a noun right before a figure, in both copies. */
function tail(p: Pair, length: number, keep = length): Pair {
  const at = p.a.length - length;
  return { a: p.a.slice(at, at + keep), o: p.o.slice(at, at + keep) };
}

/** The last fee word of `p` (审查费, 许可书费; feeSuffix), in both scripts. */
function lastFeeNoun(p: Pair): Pair | undefined {
  const ws = words(p.a);
  let found: Pair | undefined;
  ws.forEach((w, k) => {
    if (!w.segment.endsWith(feeSuffix) || feeVerb.test(w.segment)) return;
    let start = w.index;
    // 审查|费, 许可|书|费: the words before a lone 费 until two characters name it
    for (let j = k - 1; j >= 0 && w.index - start < 2 && w.segment === feeSuffix && /^\p{Script=Han}+$/u.test(ws[j]!.segment) && !leadingFunctionChars.has(ws[j]!.segment); j--)
      start = ws[j]!.index;
    if (w.index + w.segment.length - start >= 2) found = { a: p.a.slice(start, w.index + w.segment.length), o: p.o.slice(start, w.index + w.segment.length) };
  });
  return found;
}

/** The label of a regulation's figure: its fine word (处200元罚款 → 罚款), 期限 for a time limit, 年龄 for an age. */
function provisionLabel(
  after: Pair,
  unit: string,
  toScript: (s: string) => string,
  before?: Pair,
  label?: Pair | null,
  leadIn?: Pair,
  sentenceBefore?: Pair,
  regulation = false,
): Pair | undefined {
  // the fine word of the figure's own clause: 扣除未足额清缴部分2倍配额，并处5万元罚款 labels 5万元, not the 2倍 before the comma (dev 303)
  const fine = fineWord.exec(after.a.slice(0, 12).split(/[，,；;。：:！!？?]/)[0]!);
  if (fine) return { a: fine[0], o: after.o.slice(fine.index, fine.index + fine[0].length) };
  // 扣除未足额清缴部分2倍配额，…: a multiple right before the noun that ends its clause is a multiple of that noun (dev 303)
  const multipleOf = unit === '倍' ? /^\p{Script=Han}{2,6}(?=\s*(?:[，,；;。]|$))/u.exec(after.a) : null;
  if (multipleOf) return { a: multipleOf[0], o: after.o.slice(0, multipleOf[0].length) };
  // a length of time is no grant (3年期以上贷款给予贴息: the loan's term)
  const grant = unit === '' || timeUnits.has(unit) ? undefined : grantOf(after, before, sentenceBefore);
  if (grant) return grant;
  const led = leadIn && moneyUnits.has(unit) ? fineWord.exec(leadIn.a) : null;
  if (led) return { a: led[0], o: leadIn!.o.slice(led.index, led.index + led[0].length) };
  // 审查费收费基准如下：…每件新台币一百元; 各种许可书费，每张新台币五十元; 其余使用费…百分之七: an amount or a rate of a fee is
  // labelled by the fee the list's lead-in or the sentence before it names (dev 148).
  // Only in a regulation, and from the sentence only for a clause that names nothing of its own (每张新台币五十元).
  const ownless = !label || label.a === '' || perItemOnly.test(label.a);
  const fee =
    regulation && (moneyUnits.has(unit) || unit === '%' || unit === '％')
      ? ((leadIn && lastFeeNoun(leadIn)) ?? (ownless && sentenceBefore ? lastFeeNoun(sentenceBefore) : undefined))
      : undefined;
  if (fee) return fee;
  // 有期徒刑五年以上之刑, 拘留十日: a term of prison or detention named before its length.
  const term = before && penaltyBefore.exec(before.a);
  if (term) return tail(before!, term[0].length, term[1]!.length);
  // 实际使用年限满三十年: the text names the span; 距桩基一倍桩身长度: a distance.
  if (label && timeUnits.has(unit) && timeNoun.test(label.a)) return { a: timeNoun.exec(label.a)![0], o: label.o.slice(label.a.length - timeNoun.exec(label.a)![0].length) };
  // 总层数十层以上, 长度不超过一点五米, 使用年限超过十五年: what the rule limits, named right before it (not a share's
  // base), unless the label already names it with its qualifier (核定载客人数9人).
  const measure = before && unit !== '' && !canonicalRateUnit(unit) ? measureBefore.exec(before.a) : null;
  if (measure && !label?.a.endsWith(measure[1]!)) return tail(before!, measure[0].length, measure[1]!.length);
  // 累计更换2次，仍不能正常使用的, 累计修理超过4次的, 一年内被行政处罚三次以上: a count of times with no noun after it counts the action
  // right before it (更换次数, 处罚次数; dev 139, 147); 累计进行2次修理 keeps its noun.
  const action = unit === timesUnit && before && !/^\p{Script=Han}/u.test(after.a.replace(/^\s*的/, '')) ? words(before.a.trimEnd()).at(-1) : undefined;
  if (action && /^\p{Script=Han}{2,4}$/u.test(action.segment) && !timeWordEnd.test(action.segment)) {
    const o = before!.o.slice(action.index, action.index + action.segment.length);
    return { a: `${action.segment}次数`, o: `${o}${toScript('次数')}` };
  }
  if (before && distanceBefore.test(before.a)) return { a: '距离', o: toScript('距离') };
  if (timeUnits.has(unit)) return { a: '期限', o: toScript('期限') };
  if (ageUnits.has(unit)) return { a: '年龄', o: toScript('年龄') };
  return undefined;
}

/**
 * A negated bound before the base of a share (不超过企业实际缴纳保费的100%, 不低于采购金额的30%, 上浮不超过基准价20%: scan.ts
 * shareOfBaseBound): in a document that may set rules, a cap or floor on a share of what a party pays, buys or is charged is the
 * rule's (dev 196, 391, 493), whatever verb its sentence has; not a share its clause names as a level of its whole before the bound
 * (占比不低于总招生数的70%: a plan's target, dev 495; rules.ts shareNamed), nor a goal the plan aims at, said with a target word before
 * the bound (力争, 确保: targetMarker) or under the year it is for, opening its sentence or its paragraph (到2025年，全社会研发经费投入不低于地区生产总值的2.5%:
 * rules.ts targetYearOpener).
 */
function ruleShareBound(a: string, sentenceStart: number, clauseStart: number, numStart: number, unit: string, targetClause: RegExp): boolean {
  const bound = shareOfBaseBound(a, numStart, unit);
  return (
    bound !== undefined &&
    !shareNamed.test(a.slice(clauseStart, bound.start)) &&
    !targetClause.test(a.slice(sentenceStart, bound.start)) &&
    !targetYearOpener.test(a.slice(sentenceStart)) &&
    !targetYearOpener.test(a)
  );
}

/** Rule words in a sentence (outside an exception clause) that make its figures provisions, unless the sentence reports them as measures taken. */
function ruleWordsIn(sentence: string): boolean {
  const text = sentence.replace(exceptionClause, '');
  const m = provisionMarker.exec(text);
  return m !== null && !measuresTakenBefore.test(text.slice(0, m.index));
}
