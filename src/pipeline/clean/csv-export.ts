// csv-export: one document saved as ONE row of a CSV under its header, two shapes of the same thing: a collection of work
// reports a file each (`province,year,title,source_url,publish_date,full_text`, then the row, its text a quoted cell of many
// lines, johncodes404/china-provincial-gov-reports-2026, the source of dev 16) and a crawler's record of one document
// (`pub_date,category,puborg,pcode,childtype,title,url,summary` over a row of one line, a gov.cn policy crawler's, dev 554).
// The cells are mapped as a JSON export's fields are (data/json-export.json): the cell of a speech or text key (full_text,
// content, 正文 …) is the text, each of its lines at its source line, a doubled quote one quote; the cell of an abstract key
// (summary, description, 摘要) is the text when no such cell holds words, and the collector's abstract of them when one does
// (logged, neither text nor metadata); the other cells are the document's metadata, read like front matter keys (title,
// publish_date, pub_date, url …). The header, the other cells, the commas and the quotes go to the log. A CSV of many rows
// is a table, and so is one row of figures (no cell of words under a text key); prose with commas names no fields on its
// first line: none is a document.
//
// Two rules read these two shapes until session 26 (one for dev 16's row, one for dev 554's record); where they differed, this one:
// - takes a summary beside a full text for the abstract, logged (as json-export, dev 555): dev 16's read it as metadata, dev 554's as a second text;
// - reads no document where a quote closes a cell before its end (`"甲"乙,`, no RFC 4180): dev 16's read on;
// - wants words in a text cell, a letter (a cell of figures holds none: a header and one row of data is a table, as many
//   rows are): dev 16's read a row of an empty text cell as a document of no words;
// - wants three distinct names, a text key and a metadata key among them: dev 554's wanted no metadata key, dev 16's
//   read a field named twice into one key; names are compared as front matter compares keys (keyOf: `publishDate` is
//   `publish_date`), for their roles and for being distinct alike;
// - reads a row of one line or of many (a quoted cell may hold line breaks): dev 554's read one line only;
// - reads the header with the row's reader (RFC 4180 allows quoted names: dev 16's split it on commas) and names as dev 16's did
//   (`publish date`: dev 554's allowed no digit first, no space);
// - skips blank lines between header and row (as dev 554's: a writer's blank line is no record);
// - reads a text cell that is itself such a row again (dev 16's rule ran before dev 554's, which read it);
// - keeps the text's first line's indent (dev 554's trimmed the cell first): a cell's indent is the text's.
import type { CleanLog, CleaningRule, SourceLine } from './types.ts';
import { keyOf, metaKeys } from '../front-matter.ts';
import { wordsKey } from './json-export.ts';

/** A header's cell: a field's name (letters, digits, `_`, `-`, spaces), no sentence's punctuation. */
const NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_ -]{0,39}$/u;

/** One line's part of a cell. */
interface Piece {
  line: SourceLine;
  text: string;
}

/** A record's cells (each its pieces, a line's a piece) and, for each line, the characters that are the CSV's syntax. */
interface Row {
  cells: Piece[][];
  syntax: Map<SourceLine, string>;
}

/**
 * The lines as ONE record of RFC 4180 (a quoted cell may hold commas, line breaks and `""`, a quote), blank lines after it
 * allowed; else undefined (a second record, a quote left open, or a character after a closing quote but a comma).
 */
function readRecord(lines: readonly SourceLine[]): Row | undefined {
  const cells: Piece[][] = [[]];
  const syntax = new Map<SourceLine, string>();
  const log = (l: SourceLine, s: string): void => void syntax.set(l, (syntax.get(l) ?? '') + s);
  let quoted = false;
  let closed = false;
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
          closed = true;
          log(l, '"');
        }
      } else if (ch === ',') {
        log(l, ',');
        cells.push([(piece = { line: l, text: '' })]);
        closed = false;
      } else if (closed) {
        // `"甲"乙`: a quoted cell goes on to its comma or the record's end (a space a writer left before it is none)
        if (ch.trim() !== '') return undefined;
      } else if (ch === '"' && cells.at(-1)!.every((p) => p.text === '')) {
        quoted = true;
        log(l, '"');
      } else piece.text += ch;
    }
    if (!quoted) ended = true;
  }
  return quoted ? undefined : { cells, syntax };
}

/** The header's names as written, when the line is a CSV header of a document: three distinct names or more, a text key and a metadata key among them. */
function headerOf(line: SourceLine): string[] | undefined {
  const header = readRecord([line]);
  const names = header?.cells.map((c) => c[0]!.text.trim());
  if (!names || names.length < 3 || !names.every((n) => NAME.test(n))) return undefined;
  // each name read as a key is read (keyOf, as wordsKey and front matter read it): publishDate and publish_date are one field
  const keys = names.map(keyOf);
  if (new Set(keys).size !== keys.length) return undefined;
  const words = (k: string): boolean => wordsKey(k) !== undefined;
  return keys.some(words) && keys.some((k) => metaKeys.has(k) && !words(k)) ? names : undefined;
}

function record(lines: SourceLine[], log: CleanLog): SourceLine[] | undefined {
  const first = lines.findIndex((l) => l.text !== '');
  if (first < 0) return undefined;
  const names = headerOf(lines[first]!);
  if (!names) return undefined;
  // the row starts at the first line after the header that holds anything: a blank line between them is none
  const start = lines.findIndex((l, k) => k > first && (l.raw ?? l.text).trim() !== '');
  if (start < 0) return undefined;
  const row = readRecord(lines.slice(start));
  if (!row || row.cells.length !== names.length) return undefined;
  const roles = names.map(wordsKey);
  // words hold a letter: a cell of figures (5.2, -3.1%, 2025-01-01) holds none, and a one-row CSV of data stays a table
  const hasWords = (i: number): boolean => row.cells[i]!.some((p) => /\p{L}/u.test(p.text));
  const full = roles.flatMap((r, i) => (r === 'words' && hasWords(i) ? [i] : []));
  // a summary beside the full text is the collector's abstract of it: logged, not text (as a JSON record's, dev 555)
  const words = full.length ? full : roles.flatMap((r, i) => (r === 'abstract' && hasWords(i) ? [i] : []));
  if (!words.length) return undefined;
  const text: SourceLine[] = [];
  const data: Record<string, unknown> = {};
  const at: Record<string, number> = {};
  const other = new Map<SourceLine, string[]>();
  row.cells.forEach((pieces, i) => {
    if (words.includes(i)) {
      // two text cells are two paragraphs
      if (text.length) text.push({ text: '', line: pieces[0]!.line.line, indent: false });
      for (const p of pieces) text.push({ text: p.text.trim(), raw: p.text, line: p.line.line, indent: /^\s/.test(p.text) });
      return;
    }
    for (const p of pieces) other.set(p.line, [...(other.get(p.line) ?? []), p.text]);
    const value = pieces.map((p) => p.text).join('\n');
    // the cell of a text or abstract key is the words or their abstract, never metadata
    if (value.trim() === '' || roles[i] !== undefined) return;
    data[names[i]!] = value.trim();
    at[names[i]!] = pieces[0]!.line.line;
  });
  log.cleaning.push({ kind: 'csv-export', text: lines[first]!.text, line: lines[first]!.line, note: "CSV header: the names of the row's cells" });
  for (const l of lines.slice(start)) {
    const removed = [...(other.get(l) ?? []), row.syntax.get(l) ?? ''].join(' ').trim();
    if (removed) log.cleaning.push({ kind: 'csv-export', text: removed, line: l.line, note: "CSV row: its cells the document's metadata, its text cell the text" });
  }
  if (!log.frontMatter && Object.keys(data).length) log.frontMatter = { data, lines: at, line: lines[first]!.line };
  return [...lines.slice(0, first), ...text];
}

/** Replaces a document saved as a CSV row under its header by the lines of its text cell; its other cells become the front matter. */
export const csvExport: CleaningRule = {
  kind: 'csv-export',
  apply(lines, log) {
    // a row's text cell may hold a document saved so again (a collection that saved a crawler's record as its text: dev 554 as
    // eval:shapes csv-row gives it): read until the text is no such row; each pass takes a header away
    let out = lines;
    for (let next = record(out, log); next; next = record(out, log)) out = next;
    return out;
  },
};
