// Which figures a report page shows as its key figures (src/components/KeyFigures.astro), and which
// the eval scores as what a reader sees first (scripts/lib/eval.ts): one choice in one place.
import { isConfident, isGrowthOnly, type IndicatorRow } from './indicator-rows.ts';
import { canonicalRateUnit } from '../pipeline/indicators/units.ts';

/** What the choice reads of a figure: a page row or a record's indicator with `canonical` set. */
export type KeyFigureCandidate = Pick<IndicatorRow, 'label' | 'value' | 'unit' | 'kind' | 'change' | 'scale' | 'canonical'>;

/** How many key figures a page shows. */
export const KEY_FIGURES = 6;

/**
 * A figure with a growth, an amount of money or a rate says more than a count of meetings (a change given as
 * an amount, 比上年减少2.04万人, less than a growth in percent: dev key figures 248/275 with both alike); a canonical
 * metric (content/metrics.yml: 地区生产总值, 一般公共预算收入 …) is what readers compare across reports,
 * and its label is the metric's name (dev key figures right 155/182 → 148/171).
 */
const weight = (r: KeyFigureCandidate): number =>
  (r.change ? (canonicalRateUnit(r.change.unit) ? 3 : 1) : 0) +
  (/元/.test(r.unit) ? 2 : 0) +
  (r.unit === '%' ? 2 : 0) +
  (r.scale ? 1 : 0) +
  (r.kind === 'actual' ? 0.5 : 0) +
  (r.canonical ? 4 : 0);

/**
 * The key figures of one report, in reading order: the confident figures (isConfident), each stated
 * once (a plan repeats its headline targets in 总体目标 and again in the measure), the `limit` weightiest.
 */
export function pickKeyFigures<R extends KeyFigureCandidate>(rows: readonly R[], limit = KEY_FIGURES): R[] {
  const seen = new Set<string>();
  const unique = rows.filter(isConfident).filter((r) => {
    const key = `${r.label}|${r.value}|${r.unit}|${r.change?.value ?? ''}`;
    // 常住人口455.74万人，比上年减少2.04万人: the change said as a figure of its own is shown with its level
    const change = r.change ? `${r.label}|Δ${r.change.value}|${r.change.unit}` : undefined;
    if (seen.has(key) || (change !== undefined && isGrowthOnly(r) && seen.has(change))) return false;
    seen.add(key);
    if (change !== undefined) seen.add(change);
    return true;
  });
  return unique
    .map((r, i) => ({ r, i, w: weight(r) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, limit)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.r);
}
