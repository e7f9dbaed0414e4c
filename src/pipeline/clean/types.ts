// The shape every cleaning rule works on: source lines with their 1-based numbers.
import type { CleaningEntry, TableData, Warning } from '../types.ts';
import type { Encoding } from '../decode.ts';

/** One line of the decoded source as the rules see it. */
export interface SourceLine {
  /** Current text, trimmed; '' for a blank line. */
  text: string;
  /** The line as decoded, untrimmed (YAML front matter needs its indentation). */
  raw?: string;
  /** 1-based line in the decoded source. */
  line: number;
  /** The raw line started with whitespace (a paragraph indent in PDF text). */
  indent: boolean;
  role?: 'caption' | 'markdown-heading' | 'note';
  depth?: number;
  /** A removed page break (header, page number) came right before this line. */
  afterPageBreak?: boolean;
  /**
   * The source line of the last text line before that break: the sentence the break may cut is on it. A line a later rule
   * removes (a page's `来源：人民网`, its font-size control) stood there instead, so the paragraph before ends.
   */
  brokenAfter?: number;
  /** A metadata label (`发布机构：`) whose value is on the next line. */
  label?: boolean;
  /** The header row of a table, as an HTML table's `<th>` cells say (html-markup): the table rule takes it for the head. */
  head?: boolean;
  /** Text of a page's `<title>` element, the browser's title bar (html-markup): page-head takes it out of the body. */
  titleBar?: boolean;
  /** A row of an HTML `<table>` that html-markup wrote as a Markdown row: the rebuilt table says it came `from: 'html'`. */
  html?: boolean;
  /** The cells of that row merged over the rows below or the columns beside (rowspan, colspan), by their place in the row. */
  spans?: { col: number; rows: number; cols: number }[];
  /**
   * The line goes on the text of the `<p>` element the line before is in (html-markup): the page broke its source line inside a
   * tag of the element, so no text stands between the runs (a page exported from Word wraps inside its spans' attributes, dev 426),
   * and join-lines joins it as a browser shows it.
   */
  inElement?: boolean;
  /**
   * The line is HTML a news feed's item holds as its text (feed-export: a description's CDATA, `来源: 上海市发改委<br/>各区…`, dev 491):
   * html-markup reads it as HTML, however short the text, and keeps the mark on the lines it makes of it: run-in-heading splits such a
   * line before a heading that follows one space, where the feed ran the notice's paragraphs together (dev 491, 637, 638).
   */
  feedHtml?: boolean;
}

/** What rules report besides the lines they return. */
export interface CleanLog {
  /** The encoding the source was decoded from (decode.ts): what a rule may read of its writer (gb18030: a GBK writer's `?` for a character it lacked, encoder-replacement). */
  encoding?: Encoding;
  cleaning: CleaningEntry[];
  keywords: string[];
  attribution: string[];
  warnings: Warning[];
  /** YAML front matter at the top of the text (`---` … `---`), parsed, with the line of each key. */
  frontMatter?: FrontMatter;
  /** Markdown links `[text](url)`: the text stayed in the line, the URL is kept here. */
  links?: { text: string; url: string; line: number }[];
  /** Metadata lines moved out of the body (dateline, issuer signature, speaker). */
  moved?: { issuer?: string; date?: string; speaker?: string; signedAtEnd?: boolean };
  /** Tables rebuilt by the `table` rule, with the source lines they stood on. */
  tables?: (TableData & { line: number })[];
}

/** A parsed YAML front matter block. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** Source line of each top-level key. */
  lines: Record<string, number>;
  /** Line of the opening `---`. */
  line: number;
}

/** A named cleaning rule: lines in, lines out, every change logged under its kind. */
export interface CleaningRule {
  kind: string;
  apply(lines: SourceLine[], log: CleanLog): SourceLine[];
}

/** Code points as Unicode writes them: '劏' → 'U+528F', 'Ê̄' → 'U+00CA U+0304'. */
export const codePointNames = (text: string): string => [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
