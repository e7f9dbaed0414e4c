import { z } from 'zod';

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
  /** Change against a basis: 增长13% → { value: 13, unit: "%" }. */
  change: z
    .object({
      value: z.number(),
      unit: z.enum(['%', '个百分点', '倍']),
      basis: z.string().optional(),
    })
    .optional(),
  kind: z.enum(['actual', 'target', 'estimate']),
  comparator: z.enum(['>=', '>', '≈', '<=', '<']).optional(),
  /** Year the figure refers to, when the clause says. */
  period: z.number().int().optional(),
  /** Exact surface text of the quantity. */
  match: z.string(),
  /** The clause it came from. */
  text: z.string(),
});
export type Indicator = z.infer<typeof Indicator>;
