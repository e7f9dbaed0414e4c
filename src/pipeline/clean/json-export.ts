// json-export: a text saved as pretty-printed JSON (a scraper's export of a council record: one object
// per speech, `"content": "主席、各位議員…： \n 我今天…"`) is data around strings. Its text is the string
// values: each becomes its own paragraph, its `\n` escapes line breaks, its `\"` quotes; the keys,
// brackets and numbers are the export's syntax (corpus 143, 144).
import type { CleaningRule, SourceLine } from './types.ts';

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const SCALAR = String.raw`-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null`;
/** `"key": "value",` or a string item of an array `"value",`: group 1 is the key part, group 2 the string. */
const STRING_LINE = new RegExp(String.raw`^((?:${STRING}\s*:\s*)?)(${STRING})\s*,?$`);
/** Brackets, `"key": [`, `"key": 49,`, a number or `null` on its own: syntax and data, no text. */
const SYNTAX_LINE = new RegExp(String.raw`^(?:${STRING}\s*:\s*)?(?:[[\]{}]|\[\]|\{\}|${SCALAR})?\s*[[\]{}]?\s*,?$`);

/** At least ten lines, nine in ten of them JSON: a string line or a syntax line, and it opens like JSON. */
export function isJsonExport(lines: readonly SourceLine[]): boolean {
  const text = lines.filter((l) => l.text);
  if (text.length < 10 || !/^[{[}\]"]/.test(text[0]!.text)) return false;
  const json = text.filter((l) => STRING_LINE.test(l.text) || SYNTAX_LINE.test(l.text)).length;
  return json * 10 >= text.length * 9;
}

/** Replaces each JSON line by the lines of its string value (none for syntax), a blank line between values. */
export const jsonExport: CleaningRule = {
  kind: 'json-export',
  apply(lines, log) {
    if (!isJsonExport(lines)) return lines;
    const out: SourceLine[] = [];
    for (const l of lines) {
      if (!l.text) continue;
      const m = STRING_LINE.exec(l.text);
      let value: string | undefined;
      if (m) {
        try {
          value = JSON.parse(m[2]!) as string;
        } catch {
          value = undefined;
        }
      }
      if (value === undefined) {
        if (SYNTAX_LINE.test(l.text)) log.cleaning.push({ kind: 'json-export', text: l.text, line: l.line, note: 'JSON syntax' });
        else out.push(l);
        continue;
      }
      // the key, the quotes and the escapes (`\n`, `\"`, `\u0027`) go; the characters they stand for stay
      const escapes = m![2]!.match(/\\(?:u[0-9a-fA-F]{4}|.)/g) ?? [];
      const removed = [l.text.replace(m![2]!, '""'), ...escapes].join(' ');
      log.cleaning.push({ kind: 'json-export', text: removed, line: l.line, note: 'JSON string: its value is the text' });
      out.push({ text: '', line: l.line, indent: false });
      for (const piece of value.split('\n')) out.push({ text: piece.trim(), raw: piece, line: l.line, indent: /^\s/.test(piece) });
    }
    return out;
  },
};
