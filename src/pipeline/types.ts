// Data passed between the pipeline stages. The published shapes live in src/schemas/.
import type { CleaningEntry, Section, Warning } from '../schemas/report.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Script } from '../schemas/meta.ts';
import type { FrontMatter } from './clean/types.ts';

/** A table rebuilt from the source (src/pipeline/clean/tables.ts): cells as text, row by row. */
export interface TableData {
  caption?: string;
  /** Header rows (usually one; none when the source shows no header). */
  head: string[][];
  rows: string[][];
  /** How the source wrote it: a Markdown pipe table, an HTML table (html-markup), or flattened (a PDF's table: one cell per line, or a row per line with spaces between its cells). */
  from: 'markdown' | 'html' | 'flattened';
  /** Source line of each cell of `rows` (a figure's line). */
  lines: number[][];
  /**
   * Header cells merged over more than one place (an HTML header's rowspan/colspan, or read from the layout): each at its
   * first place in `head`; the places it covers are empty cells there, which the page does not show.
   */
  merged?: MergedCell[];
}

/** A header cell that spans `rows` rows and `cols` columns from row `row`, column `col` of a table's `head`. */
export interface MergedCell {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A logical paragraph of cleaned text and the source line it starts on. */
export interface Paragraph {
  text: string;
  /** 1-based line in the decoded source. */
  line: number;
  /** Set by the normalizer for lines it recognised. */
  role?: 'caption' | 'markdown-heading' | 'note' | 'table';
  /** Markdown heading depth (1 for `#`) when role is markdown-heading. */
  depth?: number;
  /** The table, when role is table; `text` is then the table row by row (`| a | b |`). */
  table?: TableData;
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
  /** A JSON text written with ensure_ascii: the source with its escapes written as the characters (json-escape), as its script is read. */
  characters?: string;
}

/** `masthead`: a line at the top taken for the title line that does not say the document's title (a site section 通知公告, a database's citation code, 目录): shown, never hidden under the page's heading. */
export type ParagraphRole = 'title' | 'subtitle' | 'occasion' | 'speaker' | 'salutation' | 'closing' | 'caption' | 'note' | 'glossary' | 'table' | 'body' | 'masthead';

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
  /** The table, when role is table. */
  table?: TableData;
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

/** A reference as a link of the page: where its words stand in a paragraph (or a heading's title) and the anchor it leads to. */
export interface ReferenceLink {
  /** Paragraph id, or the section id when the words stand in its heading. */
  block: string;
  heading: boolean;
  start: number;
  end: number;
  text: string;
  /** `#art12`, `../<slug>/#art3`, `../<slug>/` (src/pipeline/references.ts referenceUrl). */
  url: string;
  /**
   * A note's marker and its entry (src/pipeline/notes.ts): `ref` is a marker in the text, shown raised,
   * leading to its entry (`url`), with `id` the anchor of the first one; `entry` is the marker that opens
   * the entry, leading back to that anchor.
   */
  note?: { role: 'ref'; id?: string } | { role: 'entry' } | undefined;
}

/** Everything needed to write one script's MDX. */
export interface ReportView {
  slug: string;
  script: Script;
  title: string;
  blocks: Block[];
  sections: Section[];
  indicators: Indicator[];
  /** References that lead somewhere, in reading order. */
  links?: ReferenceLink[];
}

export type { CleaningEntry, Section, Warning, Indicator };
