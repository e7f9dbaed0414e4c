import { z } from 'zod';
import { Script } from './meta.ts';

/**
 * The record's visible strings in the other script, converted by the pipeline with the site's
 * preset and content/terms.yml, so pages never convert text themselves (one conversion, one preset).
 */
export const Variant = z.object({
  /** The converted script (the other one than the record's `script`). */
  script: Script,
  /** OpenCC preset used, e.g. `tw`. */
  preset: z.string(),
  title: z.string(),
  subtitle: z.string().optional(),
  speaker: z.string().optional(),
  region: z.string().optional(),
  region_parent: z.string().optional(),
  issuer: z.string().optional(),
  /** Every body of a joint issue (meta.issuers), converted. */
  issuers: z.array(z.string()).optional(),
  doc_number: z.string().optional(),
  attribution: z.array(z.string()).default([]),
  /** Start of the body (page description). */
  lead: z.string(),
  /** Section numbers and titles, same order and ids as `sections`. */
  sections: z.array(z.object({ id: z.string(), number: z.string(), title: z.string() })),
  /** The indicators' visible words (table, explorer, key figures), same order and ids as `indicators`. */
  indicators: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      unit: z.string(),
      /** Unit and basis of the change, e.g. `個百分點`. */
      change: z.object({ unit: z.string(), basis: z.string().optional() }).optional(),
    }),
  ),
});
export type Variant = z.infer<typeof Variant>;
