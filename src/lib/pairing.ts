// Plans checked against results: a target of one report (`到2021年，…增长8%以上`) and the actual a
// later report gives for the same region, metric and period (`2021年，…增长7.2%`), with whether the
// target was met. A cross-report step over the records' figures, like 被引用: pure, run where the
// pages and exports are made.
//   2021年保定市政府工作报告 s3-i1 生产总值增长8%以上 (target, 2021)
//   2022年保定市政府工作报告 s1-i4 生产总值完成3725亿元，增长7.2% (actual, 2021)  → partly
import { convertText } from '../pipeline/variants.ts';
import { flowVerbs } from '../pipeline/indicators/rules.ts';
import type { Indicator, Period } from '../schemas/indicator.ts';
import type { SiteReport } from '../schemas/site-report.ts';
import { baseUnit, isGrowthOnly } from './indicator-rows.ts';

/** How an actual answers its target: reached it, moved toward it from the baseline, or neither. */
export type Outcome = 'met' | 'partly' | 'not-met';

/** A figure of a report: its slug and the figure's anchor id. */
export interface FigureRef {
  slug: string;
  id: string;
}

/** A target and the actual that answers it. */
export interface Pair {
  /** Canonical metric key (content/metrics.yml). */
  metric: string;
  period: Period;
  /** `growth`: the target is a growth (增长8%) and is compared with the actual's growth; `level`: values. */
  basis: 'growth' | 'level';
  target: FigureRef;
  actual: FigureRef;
  outcome: Outcome;
}

/** A target `≈` (左右, 约) counts as met within this share of its value: 增长10%左右 is met by 9.5%. */
export const aboutTolerance = 0.05;

/** The numbers compared: target, actual and the baseline progress is counted from (none: unknown). */
interface Measured {
  basis: Pair['basis'];
  target: number;
  actual: number;
  base: number | undefined;
}

/**
 * The ways a figure can be compared, each a key: a growth by the change's unit and basis (上年, 同比
 * and none all mean the year before), a level by its unit, and a level in base units by the base unit
 * when the figure carries a `scale` (万元 and 亿元). A target and an actual can be compared when they
 * share a way (`measure`, which takes the target's first); pairing looks the actuals up by them. A
 * target that is a growth alone is compared as a growth only; an actual that is a growth alone, never
 * as a level. No other unit conversion is made: different units are not paired.
 */
function targetWays(target: Indicator): string[] {
  if (isGrowthOnly(target)) return [growthWay(target.change!)];
  return [levelWay(target.unit), ...(target.scale === undefined ? [] : [scaledWay(target.unit)])];
}

function actualWays(actual: Indicator): string[] {
  const ways = actual.change ? [growthWay(actual.change)] : [];
  if (!isGrowthOnly(actual)) ways.push(levelWay(actual.unit), ...(actual.scale === undefined ? [] : [scaledWay(actual.unit)]));
  return ways;
}

const growthWay = (change: NonNullable<Indicator['change']>): string => JSON.stringify(['growth', change.unit, basisOf(change.basis)]);
const levelWay = (unit: string): string => JSON.stringify(['level', unit]);
const scaledWay = (unit: string): string => JSON.stringify(['scaled', baseUnit(unit)]);

/** What of two figures is compared: the first way of the target's that the actual shares (`targetWays`). */
function measure(target: Indicator, actual: Indicator): Measured | undefined {
  const shared = new Set(actualWays(actual));
  const way = targetWays(target).find((w) => shared.has(w));
  if (way === undefined) return undefined;
  // A target that is a growth alone has one way, the growth.
  if (isGrowthOnly(target)) return { basis: 'growth', target: target.change!.value, actual: actual.change!.value, base: 0 };
  const base = target.baseline && target.baseline.unit === target.unit ? target.baseline.value : undefined;
  if (way === levelWay(target.unit)) return { basis: 'level', target: target.value, actual: actual.value, base };
  const factor = target.scale! / target.value;
  return { basis: 'level', target: target.scale!, actual: actual.scale!, base: base === undefined ? undefined : base * factor };
}

/** 同比, 比上年, 较上年 and no basis all compare with the year before. */
const basisOf = (basis: string | undefined): string => (!basis || /^(?:同比|比上年|较上年|比去年)$/.test(basis) ? 'previous-year' : basis);

/**
 * Met, partly or not met, respecting the target's comparator: `>=` (以上) and none are floors, `>`
 * a strict floor, `≈` a floor with `aboutTolerance`, `<=` (以内, 不超过) and `<` ceilings. A range
 * (`max`) is met from its lower end. Partly: not met, but the actual moved from the baseline toward
 * the target (a growth's baseline is no growth; a level's is the target's own `baseline`).
 */
export function judge(target: Indicator, actual: Indicator): { basis: Pair['basis']; outcome: Outcome } | undefined {
  const m = measure(target, actual);
  if (!m) return undefined;
  const ceiling = target.comparator === '<=' || target.comparator === '<';
  const t = m.target;
  const a = m.actual;
  const met =
    target.comparator === '<'
      ? a < t
      : target.comparator === '<='
        ? a <= t
        : target.comparator === '>'
          ? a > t
          : target.comparator === '≈'
            ? a >= t - aboutTolerance * Math.abs(t)
            : a >= t;
  if (met) return { basis: m.basis, outcome: 'met' };
  const toward = m.base !== undefined && m.base !== t && (ceiling ? a < m.base : a > m.base);
  return { basis: m.basis, outcome: toward ? 'partly' : 'not-met' };
}

/** The words before the figure, in Simplified: where 新增 or 累计 says the figure is a flow. */
function leadOf(ind: Indicator, script: SiteReport['script']): string {
  const at = ind.text.indexOf(ind.match);
  const lead = `${ind.label} ${at >= 0 ? ind.text.slice(0, at) : ''}`;
  return script === 'zh-Hans' ? lead : convertText(lead, 'zh-Hans');
}

/**
 * Whether a figure is about the report's own region: a label that starts with 全国 counts only in a
 * national report, one that starts with 全省 only in a province's (a region without a parent).
 */
function ownScope(report: PairingReport, lead: string): boolean {
  if (/^全国/.test(lead)) return report.meta.region === '全国';
  if (/^全省/.test(lead)) return !report.meta.region_parent;
  return true;
}

/** What pairing reads of a report. */
export type PairingReport = Pick<SiteReport, 'slug' | 'script' | 'meta' | 'indicators'>;

interface Candidate {
  report: PairingReport;
  ind: Indicator;
  flow: boolean;
  key: string;
}

/** Whether a figure can be one side of a pair: a target or an actual with a canonical metric and a period. */
export const canPair = (ind: Indicator): boolean => (ind.kind === 'target' || ind.kind === 'actual') && ind.metric !== undefined && ind.metric !== '' && ind.period !== undefined;

/** Figures of a kind with a canonical metric and a period, keyed by region, metric and period. */
function candidates(reports: readonly PairingReport[], kind: Indicator['kind']): Candidate[] {
  return reports.flatMap((report) =>
    report.indicators.flatMap((ind) => {
      if (ind.kind !== kind || !canPair(ind) || !report.meta.region) return [];
      const lead = leadOf(ind, report.script);
      if (!ownScope(report, lead)) return [];
      const key = [report.meta.region, report.meta.region_parent ?? '', ind.metric, String(ind.period)].join('\u0000');
      return [{ report, ind, flow: flowVerbs.test(lead), key }];
    }),
  );
}

/**
 * Every target of the site paired with the actual that answers it: same region (and parent), same
 * canonical metric and period, both flows (新增, 累计) or both stocks, comparable values (`judge`),
 * the actual from another report of the same year or later. When several actuals answer one target,
 * the latest report's first figure does (by slug among reports of one year). Ordered by target
 * report, then figure.
 *
 * Linear in the figures but for sorting: the actuals of each region, metric, period and flow are
 * sorted once in the order a target takes its answer and listed by each way they can be compared
 * (`actualWays`); a target's answer is, among its ways, the earliest first actual of another report,
 * if that report is not older than the target's. (Comparing every target with every actual of its
 * region was quadratic: a region of 1,000 reports, 10⁶ comparisons per metric.)
 */
export function pairTargets(reports: readonly PairingReport[]): Pair[] {
  const yearOf = (r: PairingReport): number => r.meta.year ?? 0;
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates(reports, 'actual')) {
    const key = `${c.key}\u0000${c.flow}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const answerLists = new Map<string, Map<string, AnswerList>>();
  const listsOf = (key: string): Map<string, AnswerList> | undefined => {
    if (answerLists.has(key)) return answerLists.get(key);
    const group = groups.get(key);
    if (!group) return undefined;
    // Latest report first, then by slug, each report's figures in reading order (the sort is stable).
    const sorted = group.sort((x, y) => yearOf(y.report) - yearOf(x.report) || x.report.slug.localeCompare(y.report.slug));
    const lists = new Map<string, AnswerList>();
    sorted.forEach((a, rank) => {
      for (const way of new Set(actualWays(a.ind))) {
        const list = lists.get(way) ?? lists.set(way, { answers: [], ranks: [], otherReport: [] }).get(way)!;
        list.answers.push(a);
        list.ranks.push(rank);
      }
    });
    // otherReport[i]: the first place after i of another report (one report's figures are side by side).
    for (const list of lists.values()) {
      const n = list.answers.length;
      list.otherReport = new Array<number>(n);
      for (let i = n - 1; i >= 0; i--) list.otherReport[i] = i + 1 < n && list.answers[i + 1]!.report.slug === list.answers[i]!.report.slug ? list.otherReport[i + 1]! : i + 1;
    }
    answerLists.set(key, lists);
    return lists;
  };
  const pairs: Pair[] = [];
  for (const t of candidates(reports, 'target')) {
    const lists = listsOf(`${t.key}\u0000${t.flow}`);
    if (!lists) continue;
    let best: { a: Candidate; rank: number } | undefined;
    for (const way of targetWays(t.ind)) {
      const list = lists.get(way);
      if (!list) continue;
      const at = list.answers[0]!.report.slug === t.report.slug ? list.otherReport[0]! : 0;
      const a = list.answers[at];
      if (!a || yearOf(a.report) < yearOf(t.report)) continue;
      if (!best || list.ranks[at]! < best.rank) best = { a, rank: list.ranks[at]! };
    }
    if (!best) continue;
    const verdict = judge(t.ind, best.a.ind);
    if (!verdict) throw new Error(`pairTargets: ${best.a.report.slug}#${best.a.ind.id} shares a way with ${t.report.slug}#${t.ind.id} but cannot be compared`);
    pairs.push({
      metric: t.ind.metric!,
      period: t.ind.period!,
      basis: verdict.basis,
      target: { slug: t.report.slug, id: t.ind.id },
      actual: { slug: best.a.report.slug, id: best.a.ind.id },
      outcome: verdict.outcome,
    });
  }
  return pairs.sort((x, y) => x.target.slug.localeCompare(y.target.slug));
}

/** The actuals of one group that can be compared in one way, in answer order, with their place in the group. */
interface AnswerList {
  answers: Candidate[];
  ranks: number[];
  otherReport: number[];
}

/** The pairs each figure is part of, by `slug#id` (a target has one; an actual may answer several). */
export function pairsByFigure(pairs: readonly Pair[]): Map<string, Pair[]> {
  const by = new Map<string, Pair[]>();
  for (const p of pairs) {
    for (const f of [p.target, p.actual]) {
      const key = `${f.slug}#${f.id}`;
      const list = by.get(key);
      if (list) list.push(p);
      else by.set(key, [p]);
    }
  }
  return by;
}
