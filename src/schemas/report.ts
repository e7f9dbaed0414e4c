import { z } from 'zod';
import { ReportMeta, Script } from './meta.ts';
import { Indicator } from './indicator.ts';
import { Variant } from './variant.ts';
import { Reference } from './reference.ts';

/** Anchor ids: ASCII, start with a letter (the deep-link API). */
export const AnchorId = z.string().regex(/^[a-z][a-z0-9-]*$/);

const sectionKinds = [
  'part', // 第一编
  'chapter', // 第一章
  'division', // 第一节
  'article', // 第一条 / 第 1 條
  'heading', // Markdown heading or unnumbered heading
  'l1', // 一、
  'l2', // （一）
  'l3', // 1.
  'l4', // （1）
  'l5', // ①
  'enum', // 一是… / 第一，…
  'item', // （一） inside an article
  'appendix', // 附录2： / 附件1 (its own numbering restarts inside it)
] as const;
export const SectionKind = z.enum(sectionKinds);
export type SectionKind = z.infer<typeof SectionKind>;

/** One numbered (or front) section of a report. */
export const Section = z.object({
  /** Anchor id, e.g. `s3-12`, `art12`, `intro`. */
  id: AnchorId,
  kind: SectionKind,
  /** Depth in the outline, 1 = top. */
  level: z.number().int().min(1),
  /** Numbering as printed, e.g. `三、`, `（二）`, `12.`; empty for unnumbered sections. */
  number: z.string(),
  /** Integer value of the numbering (三 → 3); 0 when unnumbered. */
  ordinal: z.number().int().min(0),
  /** Heading text without its number; for run-in headings the first sentence. */
  title: z.string(),
  /** Id of the enclosing section, null at top level. */
  parent: AnchorId.nullable(),
  /** 1-based line in the decoded source where the section starts. */
  line: z.number().int().min(1),
});
export type Section = z.infer<typeof Section>;

/** One removal or restructuring done while cleaning, with the text it touched. */
export const CleaningEntry = z.object({
  /** Name of the rule, e.g. `pinyin-note`, `repeated-boilerplate`, `page-header`. */
  kind: z.string(),
  /** The original text removed or moved. */
  text: z.string(),
  /** 1-based line in the decoded source. */
  line: z.number().int().min(1),
  /** What happened to it when it was not simply dropped (e.g. `moved to meta.attribution`). */
  note: z.string().optional(),
});
export type CleaningEntry = z.infer<typeof CleaningEntry>;

/** A problem the build noticed but could work around (numbering skips, odd bytes). */
export const Warning = z.object({
  line: z.number().int().min(1),
  message: z.string(),
  hint: z.string().optional(),
});
export type Warning = z.infer<typeof Warning>;

/** A table rebuilt from the source: its paragraph id (the anchor), caption, header rows and rows of cell text. */
const Table = z.object({
  /** Anchor id of the table (`<section>-p<n>`, like the paragraph it stands for). */
  id: AnchorId,
  section: z.string(),
  /** 1-based source line of its caption or first row. */
  line: z.number().int().min(1),
  caption: z.string().optional(),
  head: z.array(z.array(z.string())),
  rows: z.array(z.array(z.string())),
  /** Header cells merged over more than one place, at their first place in `head` (the places they cover are empty there). */
  merged: z.array(z.object({ row: z.number().int().min(0), col: z.number().int().min(0), rows: z.number().int().min(1), cols: z.number().int().min(1) })).optional(),
  /** `markdown` (a pipe table), `html` (an HTML `<table>` of a scrape) or `flattened` (as PDF text has it: one cell per line, or a row per line with spaces between its cells). */
  from: z.enum(['markdown', 'html', 'flattened']),
});
export type Table = z.infer<typeof Table>;

/** Characters of the body a page shows as its description (`variant.lead` is the converted one). */
export const LEAD_CHARS = 110;

/** The report record `<slug>.json`: a public contract (see README). */
export const ReportRecord = z.object({
  slug: z.string(),
  title: z.string(),
  /** Script of the original text. */
  script: Script,
  meta: ReportMeta,
  source: z.object({
    /** File name inside the sources folder. */
    file: z.string(),
    /** Detected encoding: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030; docx for a Word document's body (docx.ts). */
    encoding: z.string(),
    /** sha256 of the raw bytes, hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  /** Cleaned text in the original script, "\n" between paragraphs. */
  body: z.string(),
  sections: z.array(Section),
  indicators: z.array(Indicator),
  /** Tables rebuilt from the text (their rows are in `body` too, as `| a | b |` lines). */
  tables: z.array(Table).default([]),
  /** References to parts of this text (`本条例第十二条`, `前款`) and to other documents (`《…》`), with where they lead. */
  references: z.array(Reference).default([]),
  cleaning: z.array(CleaningEntry),
  warnings: z.array(Warning).default([]),
  /** Title, metadata and section titles in the other script (converted by the pipeline). */
  variant: Variant.optional(),
});
export type ReportRecord = z.infer<typeof ReportRecord>;
