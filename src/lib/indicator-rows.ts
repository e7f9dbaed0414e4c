// The page view of figures (rows for the explorer, the exports and the report's tables), and grouping
// the same metric across reports: 全社会研发投入强度 (成都), 研发投入强度 (遂宁) and
// 研发经费投入强度 (重庆) are one series for the explorer's charts.
import { convertText } from '../pipeline/variants.ts';
import { textsFor } from './variant.ts';
import type { SiteReport } from '../schemas/site-report.ts';
import type { Script } from '../schemas/meta.ts';
import type { Indicator, Period } from '../schemas/indicator.ts';
import { bareMeasure, bareNoun, comparisonOnly, leadingFunctionChars, openEndChars } from '../pipeline/indicators/rules.ts';
import words from '../pipeline/data/indicator-words.json' with { type: 'json' };
import { alternation } from '../pipeline/regexp.ts';
import { termUnits } from '../pipeline/indicators/units.ts';
import type { PairView } from './pair-view.ts';

/** Words that qualify a metric without changing what it measures. */
const qualifiers = /全社会|全市|全省|全年|累计|年度|经费|总体|规模以上|规上/g;

/** Key under which figures of the same metric are grouped: the Simplified label, qualifiers dropped. */
export function metricKey(hansLabel: string): string {
  return hansLabel
    .replace(/\s+/g, '')
    .replace(qualifiers, '')
    .replace(/^(?:新增|净增|新认定|实现|完成)/, '');
}

/** One figure with where it comes from, as the explorer and the exports list it. */
export interface IndicatorRow {
  slug: string;
  title: string;
  region?: string | undefined;
  year?: number | undefined;
  id: string;
  label: string;
  value: number;
  /** The upper end of a range (100–2000万元). */
  max?: number | undefined;
  unit: string;
  kind: Indicator['kind'];
  comparator?: string | undefined;
  scale?: number | undefined;
  change?: { value: number; unit: string; basis?: string | undefined } | undefined;
  period?: Period | undefined;
  /** Canonical metric key (content/metrics.yml) when the label names one, else a key made from the label. */
  metric: string;
  /** True when the metric is a canonical one. */
  canonical?: boolean | undefined;
  /** Target → actual pairs the figure is part of (src/lib/pairing.ts); the explorer sets them. */
  pairs?: PairView[] | undefined;
}

/** The unit a scaled value is in (亿元 → 元, 万人 → 人): values are compared within one unit only. */
export const baseUnit = (unit: string): string => unit.replace(/^(?:万亿|千亿|百亿|亿|千万|百万|万|千|百)/, '');

/** A growth stated alone (增长10%): its value is the growth, not a level of the metric. */
export const isGrowthOnly = (r: Pick<IndicatorRow, 'value' | 'unit' | 'change'>): boolean => r.change !== undefined && r.value === r.change.value && r.unit === r.change.unit;

/** A label that ends in a particle or a list's joint (…的, …和: rules.ts openEndChars): the rest of a phrase, no name of its own. */
const labelEndsInJoint = new RegExp(`[${openEndChars}]$`);

/** A label that opens pointing at the speaker or back at something said (我们为…预留, 该住户的…): data/indicator-words.json deictic_openers, demonstratives. */
const deicticOpener = new RegExp(`^(?:${alternation([...words.deictic_openers, ...words.demonstratives])})`);

/** A label that asks (余下如何有效运用): data/indicator-words.json question_words. */
const questionWord = new RegExp(alternation(words.question_words));

/** A label that ends in a verb of change (收入增长): with a change of its own the page would say the change twice (收入增长 增长 3.68%), where a label ends before the verb (rise_verbs, fall_verbs); a table row's growth metric (地区生产总值年均增长 6%) has none. */
const labelEndsInChange = new RegExp(`(?:${alternation([...words.rise_verbs, ...words.fall_verbs])})$`);

/**
 * A label that is only a verb of how a figure came about (引进, 开展, 列入, 签约, 拨付): action_verbs,
 * leading_action_verbs, allocation_verbs, selection_verbs, counted_noun_verbs, partner_verbs; not a grant noun (资助, 补贴).
 */
const bareVerbs = new Set(
  [...words.action_verbs, ...words.leading_action_verbs, ...words.allocation_verbs, ...words.selection_verbs, ...words.counted_noun_verbs, ...words.partner_verbs].filter(
    (w) => !words.grant_nouns.includes(w),
  ),
);

/** A label that is only a sum word (合计, 总计, 共计: sum_words): the sum of a list said before it, whose items the page does not show. */
const sumWords: ReadonlySet<string> = new Set(words.sum_words);

/** A label that is a span of the calendar (自然年, 工作日): counted in 个 (过去3个自然年), the figure is a span too. */
const spanLabel = new RegExp(`(?:${alternation(termUnits)})$`);

/** A label that says what a length of time measures (企业开办时间, 审批时限): span_nouns. */
const spanNoun = new RegExp(`(?:${alternation(words.span_nouns)})$`);

/**
 * Figures sure enough to stand as a key figure at the top of a page: not a regulation's provision,
 * and a label that names a canonical metric or reads as a noun phrase (2–14 characters, no digit, no
 * function word or deictic word (我们, 该, 这) at its start, not a bare noun such as 企业 or 人次, a bare measure such as 总数, a sum word alone (合计) nor a bare verb
 * such as 引进, no question word (如何, 是否), not only a comparison (高于全国), not ending in a verb of change with a change (收入增长 增长3.68%)); a span of the calendar (10年, 6个月, 3个自然年)
 * only with a label that says what it measures (审批时限), else it is a measure's term (工作满10年).
 */
export function isConfident(r: Pick<IndicatorRow, 'kind' | 'canonical' | 'label' | 'unit' | 'change'>): boolean {
  if (r.kind === 'provision') return false;
  if (r.canonical) return true;
  const label = convertText(r.label, 'zh-Hans');
  if (label.length < 2 || label.length > 14 || /[0-9]/.test(label)) return false;
  if (leadingFunctionChars.has(label[0]!) || deicticOpener.test(label) || bareNoun.test(label) || bareMeasure.test(label) || sumWords.has(label)) return false;
  if (comparisonOnly.test(label) || questionWord.test(label) || (r.change !== undefined && labelEndsInChange.test(label)) || bareVerbs.has(label)) return false;
  const span = termUnits.has(r.unit) || (convertText(r.unit, 'zh-Hans') === '个' && spanLabel.test(label));
  if (span && !spanNoun.test(label)) return false;
  return !labelEndsInJoint.test(label);
}

/** Shortest label of its own (not a canonical metric) that a chart compares across reports: one word (投资, 贷款) is shared by unrelated figures. */
const CHART_LABEL_MIN = 4;

/**
 * Whether a row can be a bar of a chart: a level (not a growth alone), no provision, and a metric that
 * is one thing across reports: a canonical one, or a label a key figure would show (isConfident) of at
 * least CHART_LABEL_MIN characters.
 */
export const chartable = (row: IndicatorRow): boolean =>
  !isGrowthOnly(row) && row.kind !== 'provision' && (row.canonical === true || (isConfident(row) && convertText(row.label, 'zh-Hans').length >= CHART_LABEL_MIN));

/** Series worth a chart: one metric in one unit, figures from at least two regions or years. */
export function chartSeries(rows: IndicatorRow[]): { metric: string; unit: string; rows: IndicatorRow[] }[] {
  const groups = new Map<string, IndicatorRow[]>();
  for (const row of rows) {
    if (!chartable(row)) continue;
    const key = `${row.metric}\u0000${row.unit}`;
    const list = groups.get(key) ?? [];
    // A plan states a headline target twice (总体目标 and the measure): one bar per report and figure.
    if (list.some((r) => r.slug === row.slug && r.value === row.value && r.period === row.period)) continue;
    groups.set(key, [...list, row]);
  }
  return [...groups.entries()]
    .map(([key, list]) => ({ metric: key.split('\u0000')[0]!, unit: list[0]!.unit, rows: list }))
    .filter((g) => new Set(g.rows.map((r) => `${r.region ?? ''}|${r.period ?? r.year ?? ''}`)).size >= 2)
    .sort((a, b) => b.rows.length - a.rows.length);
}

/**
 * The figures of one report as rows in the page's script: the other script's words come from the
 * record's `variant`, converted by the pipeline with the body's converter (preset and terms).
 */
export function rowsOf(report: SiteReport, script: Script): IndicatorRow[] {
  const texts = textsFor(report, script);
  const hans = textsFor(report, 'zh-Hans').indicators;
  return report.indicators.map((ind, i) => {
    const shown = texts.indicators[i]!;
    return {
      slug: report.slug,
      title: texts.title,
      ...(texts.region ? { region: texts.region } : {}),
      ...(report.meta.year ? { year: report.meta.year } : {}),
      id: ind.id,
      label: shown.label,
      value: ind.value,
      ...(ind.max !== undefined ? { max: ind.max } : {}),
      unit: shown.unit,
      kind: ind.kind,
      ...(ind.comparator ? { comparator: ind.comparator } : {}),
      ...(ind.scale !== undefined ? { scale: ind.scale } : {}),
      ...(ind.change ? { change: { ...ind.change, ...shown.change } } : {}),
      ...(ind.period !== undefined ? { period: ind.period } : {}),
      metric: ind.metric ?? metricKey(hans[i]!.label),
      ...(ind.metric ? { canonical: true } : {}),
    };
  });
}
