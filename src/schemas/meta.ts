import { z } from 'zod';

/** Kinds of document the site knows how to label; `other` when nothing fits. */
export const documentKinds = [
  'work-report',
  'plan', // 规划、纲要: multi-year (meta.period)
  'work-plan', // 工作要点、计划、方案: one year, or the years its title names in brackets (meta.period)
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

/** Whether a regulation or notice is in force (有效, 已修改, 废止, 失效, 尚未生效). */
const documentStatuses = ['in-force', 'amended', 'repealed', 'expired', 'not-yet-in-force'] as const;
export const DocumentStatus = z.enum(documentStatuses);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** Years a plan covers, both included: 十四五 → {from: 2021, to: 2025}. */
export const Period = z
  .object({ from: z.number().int().min(1900).max(2200), to: z.number().int().min(1900).max(2200) })
  .strict()
  .refine((p) => p.to >= p.from, 'to must not be before from');
export type Period = z.infer<typeof Period>;

const DateString = z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'use YYYY, YYYY-MM or YYYY-MM-DD');

/** `<name>.meta.yml`: every field optional; missing fields are inferred from the text. */
export const SourceMeta = z
  .object({
    /** Report title as it should be shown. */
    title: z.string().min(1).optional(),
    /** City, province or country the report is about, e.g. 成都. */
    region: z.string().min(1).optional(),
    /** The place that contains `region` (上海 for 长宁区); looked up in the place data when missing. */
    region_parent: z.string().min(1).optional(),
    /** Year the report covers or was issued. */
    year: z.number().int().min(1900).max(2200).optional(),
    /** Kind of document, one of `documentKinds`. */
    kind: DocumentKind.optional(),
    /** Issuing body, e.g. 成都市科学技术局. */
    issuer: z.string().min(1).optional(),
    /** Date of issue, YYYY-MM-DD or YYYY-MM. */
    date: DateString.optional(),
    /** Years a plan covers, e.g. {from: 2026, to: 2030}, or a work plan whose title names them in brackets. */
    period: Period.optional(),
    /** Document number (文号), e.g. 津工信电力〔2021〕3号. */
    doc_number: z.string().min(1).optional(),
    /** in-force | amended | repealed | expired | not-yet-in-force. */
    status: DocumentStatus.optional(),
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

/** A link found in the text (`[text](url)`); the text stays in the body, the URL is only data. */
const Link = z.object({ text: z.string(), url: z.string(), line: z.number().int().min(1) });
export type Link = z.infer<typeof Link>;

/** Metadata after inference: what the record and the pages carry. */
export const ReportMeta = z.object({
  region: z.string().optional(),
  /** The place containing `region` (呼伦贝尔 for 海拉尔区), when the place data knows it. */
  region_parent: z.string().optional(),
  /** For a regulation: the year of its current version (last 通过/修正/修订); for a plan: its first year. */
  year: z.number().int().optional(),
  /** Years a plan covers (十四五 → 2021–2025). */
  period: Period.optional(),
  kind: DocumentKind,
  /** The issuing body; of a joint issue, the lead (first named) body. */
  issuer: z.string().optional(),
  /** Every body of a joint issue, lead first (四川省发展和改革委员会, 四川省能源局); only when there are several. */
  issuers: z.array(z.string()).optional(),
  /** YYYY, YYYY-MM or YYYY-MM-DD; a regulation's current version. */
  date: z.string().optional(),
  /** A regulation's first adoption (通过), YYYY-MM-DD. */
  adopted: z.string().optional(),
  /** Date it takes effect (施行日期 / effective_date of the front matter). */
  effective: z.string().optional(),
  /** Document number (文号). */
  doc_number: z.string().optional(),
  status: DocumentStatus.optional(),
  source_url: z.string().optional(),
  /** Category and level of the front matter (类型/category, 层级/level), as written. */
  category: z.string().optional(),
  level: z.string().optional(),
  /** Links of the text (Markdown `[text](url)`), never rendered as HTML. */
  links: z.array(Link).default([]),
  /** Front-matter fields the pipeline does not map, kept as written (listed once as a warning). */
  extra: z.record(z.string(), z.string()).default({}),
  /** Subtitle line (——…), occasion, speaker, when the text has them. */
  subtitle: z.string().optional(),
  speaker: z.string().optional(),
  /** Keyword/tag lines moved out of the body. */
  keywords: z.array(z.string()).default([]),
  /** Reprint notices and similar lines moved out of the body. */
  attribution: z.array(z.string()).default([]),
});
export type ReportMeta = z.infer<typeof ReportMeta>;
