import { z } from 'zod';

/** Kinds of document the site knows how to label; `other` when nothing fits. */
export const documentKinds = [
  'work-report',
  'plan',
  'work-plan',
  'case-study',
  'regulation',
  'notice',
  'report',
  'news',
  'record',
  'other',
] as const;

export const DocumentKind = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const Script = z.enum(['zh-Hans', 'zh-Hant']);
export type Script = z.infer<typeof Script>;

/** `<name>.meta.yml`: every field optional; missing fields are inferred from the text. */
export const SourceMeta = z
  .object({
    /** Report title as it should be shown. */
    title: z.string().min(1).optional(),
    /** City, province or country the report is about, e.g. 成都. */
    region: z.string().min(1).optional(),
    /** Year the report covers or was issued. */
    year: z.number().int().min(1900).max(2200).optional(),
    /** Kind of document, one of `documentKinds`. */
    kind: DocumentKind.optional(),
    /** Issuing body, e.g. 成都市科学技术局. */
    issuer: z.string().min(1).optional(),
    /** Date of issue, YYYY-MM-DD or YYYY-MM. */
    date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'use YYYY, YYYY-MM or YYYY-MM-DD').optional(),
    /** Script of the source text; detected from its characters when missing. */
    script: Script.optional(),
    /** URL-safe name; defaults to the file name. */
    slug: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase ASCII letters, digits and hyphens')
      .optional(),
    /** Where the text was published. */
    source_url: z.url().optional(),
    /** Extra protected terms for this report (kept as written by the converter). */
    terms: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type SourceMeta = z.infer<typeof SourceMeta>;

/** Metadata after inference: what the record and the pages carry. */
export const ReportMeta = z.object({
  region: z.string().optional(),
  year: z.number().int().optional(),
  kind: DocumentKind,
  issuer: z.string().optional(),
  date: z.string().optional(),
  source_url: z.string().optional(),
  /** Subtitle line (——…), occasion, speaker, when the text has them. */
  subtitle: z.string().optional(),
  speaker: z.string().optional(),
  /** Keyword/tag lines moved out of the body. */
  keywords: z.array(z.string()).default([]),
  /** Reprint notices and similar lines moved out of the body. */
  attribution: z.array(z.string()).default([]),
});
export type ReportMeta = z.infer<typeof ReportMeta>;
