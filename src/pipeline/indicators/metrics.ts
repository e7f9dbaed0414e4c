// Canonical metrics: a label's Simplified form → the key of the metric it names (content/metrics.yml).
//   全市地区生产总值 → gdp;  人均地区生产总值 → gdp-per-capita (the longest phrasing wins);
//   新增高新技术企业 → none (a flow is not the stock the metric counts);
//   地区生产总值（GDP） → gdp (a Latin abbreviation in brackets glosses the words before it).
import type { Metric } from '../../schemas/metrics.ts';

/** Words of scope before a metric that do not change what it measures. */
const scope = /^(?:全(?:市|省|区|县|州|盟|国|年|社会)|我(?:市|省|区|县|州)|本(?:市|省|区|县))/;

/** A level word ending a place's name (成都市, 伊州区); a place is two to eight characters ending in one, not followed by another. */
const LEVEL = /[省市区县州盟旗]/;
const HAN = /^[\u4e00-\u9fff]+$/;

/** A bracketed Latin abbreviation glossing the words before it: （GDP）, (R&D), （PM2.5）. */
const gloss = /\([A-Za-z][A-Za-z0-9.&]*\)/g;

/** A lookup from phrasing to metric key; build once per set of metrics. */
export interface MetricIndex {
  /**
   * The metric a label names. When the words set aside before the metric name another place than the report's
   * (`isOther`: 伊州区地区生产总值 in 哈密's bulletin, 四川省地区生产总值 in 成都's report), the figure is that place's: no metric.
   */
  keyOf(labelHans: string, isOther?: (words: string) => boolean): string | undefined;
}

export function indexMetrics(metrics: readonly Metric[]): MetricIndex {
  const byPhrase = new Map<string, string>();
  for (const m of metrics) for (const phrase of [m.hans, ...m.aliases]) byPhrase.set(normal(phrase), m.key);
  return {
    keyOf(labelHans, isOther) {
      const label = normal(labelHans);
      const unglossed = label.replace(gloss, '');
      const found = match(label) ?? (unglossed === label ? undefined : match(unglossed));
      if (!found) return undefined;
      return found.scope && isOther?.(found.scope) ? undefined : found.key;
    },
  };

  /** The metric after at most two scope words or places (四川省成都市地区生产总值), and the words set aside before it. */
  function match(label: string, depth = 2): { key: string; scope: string } | undefined {
    const key = byPhrase.get(label);
    if (key) return { key, scope: '' };
    if (depth === 0) return undefined;
    const generic = scope.exec(label)?.[0];
    // a place is the shortest that leaves a metric: 伊州区 of 伊州区地区生产总值, not 伊州 (区 goes on its name)
    const ends = generic
      ? [generic.length]
      : [2, 3, 4, 5, 6, 7, 8].filter((end) => end <= label.length - 2 && LEVEL.test(label[end - 1]!) && !LEVEL.test(label[end]!) && HAN.test(label.slice(0, end)));
    for (const end of ends) {
      const rest = match(label.slice(end), depth - 1);
      if (rest) return { key: rest.key, scope: label.slice(0, end) + rest.scope };
    }
    return undefined;
  }
}

const normal = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
