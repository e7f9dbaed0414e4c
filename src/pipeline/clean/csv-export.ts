// csv-export: one document saved as a row of a CSV under its header (a collection of work reports, one file a report:
// `province,year,title,source_url,publish_date,full_text`, then the row, its text a quoted cell of many lines,
// johncodes404/china-provincial-gov-reports-2026, the source of dev 16). The text is the cell of a text key (full_text,
// content, 正文 …: the keys data/json-export.json names the words by), each of its lines at its source line, a doubled
// quote one quote; the other cells are the document's metadata, read like front matter keys (title, publish_date, year …).
// The header, the other cells, the commas and the quotes go to the log. A CSV of many rows is a table, not a document.
import type { CleanLog, CleaningRule, SourceLine } from './types.ts';
import { frontMatterKeys } from '../front-matter.ts';
import fields from '../data/json-export.json' with { type: 'json' };

const TEXT_KEYS: ReadonlySet<string> = new Set([...fields.speech, ...fields.text]);
const META_KEYS: ReadonlySet<string> = new Set(Object.values(frontMatterKeys).flat());
/** A header's cell: a field's name (letters, digits, `_`, `-`, spaces), no sentence's punctuation. */
const NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_ -]{0,39}$/u;

/** One line's part of a cell. */
interface Piece {
  line: SourceLine;
  text: string;
}

/** The row's cells (each its pieces, a line's a piece) and, for each line, the characters that are the CSV's syntax or other cells. */
interface Row {
  cells: Piece[][];
  syntax: Map<SourceLine, string>;
}

/** The lines after the header as ONE record of RFC 4180 (quoted cells may hold line breaks and `""`), else undefined. */
function readRow(lines: readonly SourceLine[]): Row | undefined {
  const cells: Piece[][] = [[]];
  const syntax = new Map<SourceLine, string>();
  const log = (l: SourceLine, s: string): void => void syntax.set(l, (syntax.get(l) ?? '') + s);
  let quoted = false;
  let start = true;
  let ended = false;
  for (const l of lines) {
    const raw = l.raw ?? l.text;
    if (ended) {
      // a second record: a table of documents, not one
      if (raw.trim() !== '') return undefined;
      continue;
    }
    let piece: Piece = { line: l, text: '' };
    cells.at(-1)!.push(piece);
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i]!;
      if (quoted) {
        if (ch !== '"') piece.text += ch;
        else if (raw[i + 1] === '"') {
          piece.text += '"';
          log(l, '"');
          i++;
        } else {
          quoted = false;
          log(l, '"');
        }
      } else if (ch === ',') {
        log(l, ',');
        cells.push([(piece = { line: l, text: '' })]);
        start = true;
      } else if (ch === '"' && start && piece.text === '') {
        quoted = true;
        start = false;
        log(l, '"');
      } else {
        piece.text += ch;
        start = false;
      }
    }
    if (!quoted) ended = true;
  }
  return quoted ? undefined : { cells, syntax };
}

/** The header's names, lower-cased, when the line is a CSV header of a document: three names or more, a text key and a metadata key among them. */
function headerOf(line: SourceLine): string[] | undefined {
  const names = line.text.split(',').map((n) => n.trim());
  if (names.length < 3 || !names.every((n) => NAME.test(n))) return undefined;
  const keys = names.map((n) => n.toLowerCase());
  return keys.some((k) => TEXT_KEYS.has(k)) && keys.some((k) => META_KEYS.has(k) && !TEXT_KEYS.has(k)) ? keys : undefined;
}

function record(lines: SourceLine[], log: CleanLog): SourceLine[] | undefined {
  const first = lines.findIndex((l) => l.text !== '');
  if (first < 0) return undefined;
  const keys = headerOf(lines[first]!);
  if (!keys) return undefined;
  const row = readRow(lines.slice(first + 1));
  if (!row || row.cells.length !== keys.length) return undefined;
  const names = lines[first]!.text.split(',').map((n) => n.trim());
  const text: SourceLine[] = [];
  const data: Record<string, unknown> = {};
  const at: Record<string, number> = {};
  const other = new Map<SourceLine, string[]>();
  row.cells.forEach((pieces, i) => {
    if (TEXT_KEYS.has(keys[i]!)) {
      for (const p of pieces) text.push({ text: p.text.trim(), raw: p.text, line: p.line.line, indent: /^\s/.test(p.text) });
      return;
    }
    const value = pieces.map((p) => p.text).join('\n');
    for (const p of pieces) other.set(p.line, [...(other.get(p.line) ?? []), p.text]);
    if (value.trim() === '') return;
    data[names[i]!] = value.trim();
    at[names[i]!] = pieces[0]!.line.line;
  });
  if (!text.length) return undefined;
  log.cleaning.push({ kind: 'csv-export', text: lines[first]!.text, line: lines[first]!.line, note: "CSV header: the names of the row's cells" });
  for (const l of lines.slice(first + 1)) {
    const removed = [...(other.get(l) ?? []), row.syntax.get(l) ?? ''].join(' ').trim();
    if (removed) log.cleaning.push({ kind: 'csv-export', text: removed, line: l.line, note: "CSV row: its cells the document's metadata, its text cell the text" });
  }
  if (!log.frontMatter && Object.keys(data).length) log.frontMatter = { data, lines: at, line: lines[first]!.line };
  return [...lines.slice(0, first), ...text];
}

/** Replaces a document saved as a CSV row by the lines of its text cell. */
export const csvExport: CleaningRule = {
  kind: 'csv-export',
  apply(lines, log) {
    return record(lines, log) ?? lines;
  },
};
