// Canonical metrics: a label's Simplified form → the key of the metric it names (content/metrics.yml).
//   全市地区生产总值 → gdp;  人均地区生产总值 → gdp-per-capita (the longest phrasing wins);
//   新增高新技术企业 → none (a flow is not the stock the metric counts);
//   地区生产总值（GDP） → gdp (a Latin abbreviation in brackets glosses the words before it).
import type { Metric } from '../../schemas/metrics.ts';

/** Words of place or scope before a metric that do not change what it measures. */
const scope = /^(?:全(?:市|省|区|县|州|盟|国|年|社会)|我(?:市|省|区|县|州)|本(?:市|省|区|县)|[\u4e00-\u9fff]{1,7}?(?:省|市|区|县|州|盟|旗)(?=[\u4e00-\u9fffA-Z]{2}))/;

/** A bracketed Latin abbreviation glossing the words before it: （GDP）, (R&D), （PM2.5）. */
const gloss = /\([A-Za-z][A-Za-z0-9.&]*\)/g;

/** A lookup from phrasing to metric key; build once per set of metrics. */
export interface MetricIndex {
  keyOf(labelHans: string): string | undefined;
}

export function indexMetrics(metrics: readonly Metric[]): MetricIndex {
  const byPhrase = new Map<string, string>();
  for (const m of metrics) for (const phrase of [m.hans, ...m.aliases]) byPhrase.set(normal(phrase), m.key);
  return {
    keyOf(labelHans) {
      const label = normal(labelHans);
      const unglossed = label.replace(gloss, '');
      return keyOf(label) ?? (unglossed === label ? undefined : keyOf(unglossed));
    },
  };

  function keyOf(phrase: string): string | undefined {
    let label = phrase;
    // At most two scope words: 四川省成都市地区生产总值.
    for (let i = 0; i < 3; i++) {
      const key = byPhrase.get(label);
      if (key) return key;
      const m = scope.exec(label);
      if (!m) return undefined;
      label = label.slice(m[0].length);
    }
    return undefined;
  }
}

const normal = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
