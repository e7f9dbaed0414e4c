import { z } from 'zod';

export const indicatorKinds = ['actual', 'target', 'estimate', 'provision'] as const;
const IndicatorKind = z.enum(indicatorKinds);

/** A year (2020) or a period of years (`2021-2025`). */
export const Period = z.union([z.number().int(), z.string().regex(/^\d{4}-\d{4}$/)]);
export type Period = z.infer<typeof Period>;

/** A quantitative figure found in a report, linked to its sentence. */
export const Indicator = z.object({
  /** Anchor id `<section>-i<n>`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Section id the sentence belongs to. */
  section: z.string(),
  /** What is measured, e.g. 高新技术企业总数. */
  label: z.string(),
  /** The number as a level or count (for a pure growth figure: the change value). */
  value: z.number(),
  /** Unit as written: 家, 亿元, %, 个百分点 … */
  unit: z.string(),
  /** Upper bound when the text gives a range (100万元至2000万元 → value 100, max 2000). */
  max: z.number().optional(),
  /** Value in base units when 万/亿 apply (6.2万人 → 62000). */
  scale: z.number().optional(),
  /**
   * Change against a basis: 增长13% → { value: 13, unit: "%" }; a rate's change in 个百分点, a multiple in 倍, or an
   * amount in the figure's own measure (比上年减少2.04万人 → { value: -2.04, unit: "万人" }).
   */
  change: z
    .object({
      value: z.number(),
      unit: z.string().min(1),
      basis: z.string().optional(),
    })
    .optional(),
  /**
   * actual (achieved), target (planned), estimate (预计), provision (a rule of a regulation: a fine,
   * a deadline, a limit; never a key figure or a chart series).
   */
  kind: IndicatorKind,
  comparator: z.enum(['>=', '>', '≈', '<=', '<']).optional(),
  /** Year the figure refers to (2020), or a period `YYYY-YYYY` (a plan's last five years: 2021-2025). */
  period: Period.optional(),
  /** A plan's indicator table says 约束性 (binding: true) or 预期性 (expected: false) for the target. */
  binding: z.boolean().optional(),
  /** Key of a canonical metric in content/metrics.yml (地区生产总值 → gdp). */
  metric: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  /** The value the figure grew from: 由162.4亿元增加到287.9亿元 → { value 162.4, unit 亿元, period 2010 }. */
  baseline: z
    .object({
      value: z.number(),
      unit: z.string(),
      period: Period.optional(),
      match: z.string(),
    })
    .optional(),
  /** Source line of the paragraph (or run-in heading) the figure stands in. */
  line: z.number().int().optional(),
  /** Exact surface text of the quantity. */
  match: z.string(),
  /** The clause it came from. */
  text: z.string(),
});
export type Indicator = z.infer<typeof Indicator>;
