// Data passed between the pipeline stages. The published shapes live in src/schemas/.
import type { CleaningEntry, Section, Warning } from '../schemas/report.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { ReportMeta, Script, SourceMeta } from '../schemas/meta.ts';
import type { FrontMatter } from './clean/types.ts';

/** A logical paragraph of cleaned text and the source line it starts on. */
export interface Paragraph {
  text: string;
  /** 1-based line in the decoded source. */
  line: number;
  /** Set by the normalizer for lines it recognised. */
  role?: 'caption' | 'markdown-heading' | 'note';
  /** Markdown heading depth (1 for `#`) when role is markdown-heading. */
  depth?: number;
}

/** Output of the normalize stage. */
export interface Normalized {
  paragraphs: Paragraph[];
  cleaning: CleaningEntry[];
  /** Keyword/tag lines moved to metadata. */
  keywords: string[];
  /** Reprint notices, share buttons and similar, moved to metadata. */
  attribution: string[];
  warnings: Warning[];
  /** YAML front matter, when the text starts with one. */
  frontMatter?: FrontMatter | undefined;
  /** Markdown links, their text kept in the body. */
  links: { text: string; url: string; line: number }[];
  /** Dateline, issuer signature and speaker lines moved out of the body. */
  moved: { issuer?: string; date?: string; speaker?: string };
}

export type ParagraphRole =
  | 'title'
  | 'subtitle'
  | 'occasion'
  | 'speaker'
  | 'salutation'
  | 'closing'
  | 'caption'
  | 'note'
  | 'glossary'
  | 'body';

/** A section heading in reading order. `rest` is the body text of a run-in heading. */
export interface HeadingBlock {
  type: 'heading';
  line: number;
  section: Section;
  rest: string;
}

/** A paragraph in reading order, with its anchor id (`<section>-p<n>`). */
export interface ParagraphBlock {
  type: 'paragraph';
  line: number;
  id: string;
  /** Id of the enclosing section (`intro` before the first heading). */
  section: string;
  role: ParagraphRole;
  text: string;
}

export type Block = HeadingBlock | ParagraphBlock;

/** Output of parse + anchors: the outline with ids. */
export interface Outline {
  /** Title line found in the text, if any. */
  title: string | null;
  subtitle?: string | undefined;
  speaker?: string | undefined;
  sections: Section[];
  blocks: Block[];
  warnings: Warning[];
}

/** Everything needed to write one script's MDX. */
export interface ReportView {
  slug: string;
  script: Script;
  title: string;
  blocks: Block[];
  sections: Section[];
  indicators: Indicator[];
}

export type { CleaningEntry, Section, Warning, Indicator, ReportMeta, Script, SourceMeta };
