// The shape every cleaning rule works on: source lines with their 1-based numbers.
import type { CleaningEntry, Warning } from '../types.ts';

/** One line of the decoded source as the rules see it. */
export interface SourceLine {
  /** Current text, trimmed; '' for a blank line. */
  text: string;
  /** 1-based line in the decoded source. */
  line: number;
  /** The raw line started with whitespace (a paragraph indent in PDF text). */
  indent: boolean;
  role?: 'caption' | 'markdown-heading';
  depth?: number;
  /** A removed page break (header, page number) came right before this line. */
  afterPageBreak?: boolean;
  /** A metadata label (`发布机构：`) whose value is on the next line. */
  label?: boolean;
}

/** What rules report besides the lines they return. */
export interface CleanLog {
  cleaning: CleaningEntry[];
  keywords: string[];
  attribution: string[];
  warnings: Warning[];
}

/** A named cleaning rule: lines in, lines out, every change logged under its kind. */
export interface CleaningRule {
  kind: string;
  apply(lines: SourceLine[], log: CleanLog): SourceLine[];
}

/** Han characters (CJK unified ideographs, extension A, compatibility). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
