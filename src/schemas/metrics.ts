import { z } from 'zod';

/** One canonical metric of `content/metrics.yml`: a stable key, its name in both scripts, its phrasings. */
export const Metric = z
  .object({
    /** Stable id used in records and exports (lowercase ASCII, hyphens): never renamed. */
    key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lowercase ASCII letters, digits and hyphens'),
    /** Name in Simplified script. */
    hans: z.string().trim().min(1, 'give the Simplified name'),
    /** Name in Traditional script. */
    hant: z.string().trim().min(1, 'give the Traditional name'),
    /** Usual unit (documentation; the tests check that figures of the metric use a compatible one). */
    unit: z.string().optional(),
    /** Other phrasings that mean the same metric, in Simplified script. */
    aliases: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();
export type Metric = z.infer<typeof Metric>;

/** `content/metrics.yml`. Keys and phrasings are unique: one phrasing cannot mean two metrics. */
export const MetricsFile = z
  .object({ metrics: z.array(Metric).default([]) })
  .strict()
  .superRefine((file, ctx) => {
    const keys = new Map<string, number>();
    const phrasings = new Map<string, number>();
    file.metrics.forEach((m, index) => {
      if (keys.has(m.key)) ctx.addIssue({ code: 'custom', path: ['metrics', index, 'key'], message: `key "${m.key}" is used twice` });
      keys.set(m.key, index);
      for (const phrase of new Set([m.hans, ...m.aliases])) {
        const other = phrasings.get(phrase);
        if (other !== undefined && other !== index) {
          ctx.addIssue({ code: 'custom', path: ['metrics', index], message: `"${phrase}" is a phrasing of two metrics (${file.metrics[other]!.key} and ${m.key})` });
        }
        phrasings.set(phrase, index);
      }
    });
  });
export type MetricsFile = z.infer<typeof MetricsFile>;
