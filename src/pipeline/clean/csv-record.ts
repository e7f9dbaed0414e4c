// csv-record: a crawler's record of one document saved as CSV, a header of field names over one row
// (`pub_date,category,puborg,…,title,url,summary` / `2026-08-10,国务院公报,,,,国务院关于…的批复,https://…,国务院关于…`, a gov.cn
// policy crawler's, dev 554) is data around the document's words. The row's fields are the document's metadata, keyed by the
// header and read like front matter keys (title, pub_date, url …); the fields of the keys a crawler keeps the words in (the
// speech, text and abstract keys of data/json-export.json: content, body, summary …) are the text; the header and the rest of
// the row go to the log. A text of more rows is a table, and prose with commas names no fields on its first line: neither is one.
import type { CleaningRule, SourceLine } from './types.ts';
import fields from '../data/json-export.json' with { type: 'json' };

/** Keys whose field is the document's words (or a summary of them): never metadata. */
const TEXT_KEYS: ReadonlySet<string> = new Set([...fields.speech, ...fields.text, ...fields.abstract]);
/** A field name of a header: a word of letters, digits and `_` (`pub_date`, `title`, `发布日期`), no sentence. */
const FIELD_NAME = /^[\p{L}_][\p{L}\p{N}_]{0,31}$/u;

/** A CSV line's fields (RFC 4180: a quoted field holds commas, and a doubled quote stands for a quote), or undefined when a quote is left open. */
export function csvFields(line: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) return undefined;
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      out.push(value);
      if (i < line.length && line[i] !== ',') return undefined;
    } else {
      const comma = line.indexOf(',', i);
      out.push(line.slice(i, comma < 0 ? line.length : comma));
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return out;
    i++;
  }
}

/**
 * The text as a record of one document: two lines, a header of three or more distinct field names and a row of as many fields,
 * one of them a text key's with words in it; else undefined.
 */
function readRecord(lines: readonly SourceLine[]): { header: SourceLine; row: SourceLine; names: string[]; values: string[] } | undefined {
  const text = lines.filter((l) => l.text);
  if (text.length !== 2) return undefined;
  const [header, row] = text as [SourceLine, SourceLine];
  const names = csvFields(header.text);
  const values = csvFields(row.raw?.trim() ?? row.text);
  if (!names || !values || names.length < 3 || values.length !== names.length) return undefined;
  if (!names.every((n) => FIELD_NAME.test(n)) || new Set(names.map((n) => n.toLowerCase())).size !== names.length) return undefined;
  if (!names.some((n, k) => TEXT_KEYS.has(n.toLowerCase()) && values[k]!.trim())) return undefined;
  return { header, row, names, values };
}

/** Replaces a one-row CSV record by its text fields' words; its other fields become the front matter. */
export const csvRecord: CleaningRule = {
  kind: 'csv-record',
  apply(lines, log) {
    const record = readRecord(lines);
    if (!record) return lines;
    const { header, row, names, values } = record;
    const data: Record<string, string> = {};
    const words: string[] = [];
    names.forEach((name, k) => {
      const value = values[k]!.trim();
      if (!value) return;
      if (TEXT_KEYS.has(name.toLowerCase())) words.push(value);
      else data[name] = value;
    });
    if (!log.frontMatter && Object.keys(data).length) {
      log.frontMatter = { data, lines: Object.fromEntries(Object.keys(data).map((k) => [k, row.line])), line: header.line };
    }
    log.cleaning.push({ kind: 'csv-record', text: header.text, line: header.line, note: "the CSV header: the names of the record's fields" });
    // the row less its text fields' words: the metadata, the commas and the quotes (a quote a field doubles, once more than its words hold it)
    let rest = row.text;
    names.forEach((name, k) => {
      if (!TEXT_KEYS.has(name.toLowerCase()) || !values[k]!.trim()) return;
      const written = values[k]!.replace(/"/g, '""');
      const at = rest.indexOf(written);
      if (at >= 0) rest = rest.slice(0, at) + (values[k]!.match(/"/g) ?? []).join('') + rest.slice(at + written.length);
    });
    log.cleaning.push({ kind: 'csv-record', text: rest, line: row.line, note: "the CSV row's fields but its text: the document's metadata" });
    const out: SourceLine[] = [];
    for (const value of words) {
      out.push({ text: '', line: row.line, indent: false });
      for (const piece of value.split('\n')) out.push({ text: piece.trim(), raw: piece, line: row.line, indent: /^\s/.test(piece) });
    }
    return out;
  },
};
