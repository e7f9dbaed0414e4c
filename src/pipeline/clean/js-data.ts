// js-data: a text saved as a JavaScript data file (a portal's JSONP answer, an H5 app's `var result = { success: true, data:
// { id: 27, title: "…", time: "2019年1月24日", content: "<p>…</p>" } }; window.jspCallback(result);`, dev 705, 706; a crawler's
// `var data = […];`) is a JSON record in a JavaScript wrapper, its keys unquoted. The literal after `var x =`, `x =` or a callback's
// parenthesis is read by json5 (jsLiteral: unquoted keys, single quotes, trailing commas, comments; json5 parses and never runs the
// source) and handed to json-export as the record a JSON text is: one line of minified JSON for an object, pretty-printed lines
// for a list. The wrapper (the declaration, the callback's call) is logged, and so is an API's envelope around the record (an
// object of flags whose one object holds it: `success: true, data: {…}`).
import JSON5 from 'json5';
import type { CleaningRule, SourceLine } from './types.ts';

const NAME = String.raw`[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*`;
/** What opens the literal: `var result =`, `window.data =`, `jsonp123(`. */
const HEAD = new RegExp(String.raw`^\s*(?:(?:var|let|const)\s+)?${NAME}\s*(?:=|\()\s*(?=[{[])`);
/** What may follow it: the call's parenthesis, semicolons, and calls of a callback with a name or nothing (`window.jspCallback(result);`). */
const TAIL = new RegExp(String.raw`^[\s;)]*(?:${NAME}\s*\(\s*(?:${NAME})?\s*\)[\s;]*)*$`);

/** A JSON5 syntax error's place as an offset in `source` (its lineNumber and columnNumber, not in json5's README and pinned by test/json5-contract.test.ts: lines by \n, columns in UTF-16 units from 1). */
function offsetOf(source: string, error: unknown): number | undefined {
  const { lineNumber, columnNumber } = error as { lineNumber?: unknown; columnNumber?: unknown };
  if (typeof lineNumber !== 'number' || typeof columnNumber !== 'number') return undefined;
  let offset = 0;
  for (let line = 1; line < lineNumber; line++) offset = source.indexOf('\n', offset) + 1;
  return offset + columnNumber - 1;
}

/** The literal's tokens, for the log: a string, a comment, a number, a word, one other character. */
const TOKEN = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[+-]?(?:0[xX][\da-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|[\w$]+|\S/g;

/** The characters of `token` that `json` does not hold (a multiset difference: `'x'` against `"x"` is `''`). */
function minus(token: string, json: string): string {
  const left = [...json];
  return [...token]
    .filter((c) => {
      const k = left.indexOf(c);
      if (k >= 0) left.splice(k, 1);
      return k < 0;
    })
    .join('');
}

/**
 * What of a JSON5 literal its JSON does not hold, token by token in the source's order: a comment, a string's single quotes or
 * escapes (`\u4e2d` for 中), a hex number's digits, a leading +, a comma before a closing bracket. Every other character is in the JSON.
 */
function droppedFrom(literal: string): string {
  const comment = (t: string): boolean => t.startsWith('//') || t.startsWith('/*');
  const tokens = literal.match(TOKEN) ?? [];
  return tokens
    .map((t, i) => {
      if (comment(t)) return t;
      if (t === ',') return /^[}\]]$/.test(tokens.slice(i + 1).find((n) => !comment(n)) ?? '') ? t : '';
      if (!/^['"+\-.\d]/.test(t)) return '';
      try {
        const value = JSON5.parse(t) as unknown;
        return minus(t, JSON.stringify(typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
      } catch {
        // a string continued over a line end, cut by TOKEN: its pieces logged whole
        return t;
      }
    })
    .join('');
}

/** Infinity and NaN, which JSON has no value for, kept as the words they are. */
const keepWords = (_key: string, v: unknown): unknown => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);

/**
 * The JavaScript object or array literal at the start of `source`, read by JSON5 (identifier keys, single quotes, trailing commas,
 * comments, hex numbers; it evaluates nothing: a name as a value, a call, a function make it no literal), and where it ends (after
 * any space or comment that follows it); undefined when the text there is no literal. Infinity and NaN, which JSON cannot hold, are
 * kept as the words; `dropped` is what the record's JSON does not hold, for the log.
 */
export function jsLiteral(source: string): { value: unknown; end: number; dropped: string } | undefined {
  let end = source.length;
  let value: unknown;
  try {
    value = JSON5.parse(source, keepWords);
  } catch (error) {
    // json5 reads the literal and stops at the first character after it (`;`, a callback's `)`): the literal ends there. Its value is
    // read again up to there: json5's public API parses a whole text only (no prefix, no position of the value's end) and hands
    // nothing of a text that fails (its reviver runs after the whole text is read), so a literal with text after it takes two parses.
    const at = offsetOf(source, error);
    if (at === undefined) return undefined;
    end = at;
    try {
      value = JSON5.parse(source.slice(0, end), keepWords);
    } catch {
      return undefined;
    }
  }
  if (!value || typeof value !== 'object') return undefined;
  return { value, end, dropped: droppedFrom(source.slice(0, end)) };
}

/**
 * The record inside an API's envelope or a list of one: an object that holds no string and one object (`{ success: true, code: 0, data: {…} }`)
 * wraps that object, so the record is that object's (the envelope's flags go to the log); else the value itself.
 */
function recordOf(value: unknown, envelope: string[]): unknown {
  // a list of one record is that record (a feed export's first item is read so too, json-export.ts minifiedRecord)
  if (Array.isArray(value) && value.length === 1 && value[0] && typeof value[0] === 'object' && !Array.isArray(value[0])) {
    envelope.push('[ ]');
    return recordOf(value[0], envelope);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const objects = entries.filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v));
  if (objects.length !== 1 || entries.some(([, v]) => typeof v === 'string' || Array.isArray(v))) return value;
  // its braces and commas too: the record's JSON holds none of them
  envelope.push(`{ ${entries.map(([k, v]) => `${k}: ${v === objects[0]![1] ? '' : JSON.stringify(v)}`).join(', ')} }`);
  return recordOf(objects[0]![1], envelope);
}

/** Replaces a JavaScript data file by the JSON of its record, the wrapper logged; any other text is left as it is. */
export const jsData: CleaningRule = {
  kind: 'json-export',
  apply(lines, log) {
    const first = lines.find((l) => l.text);
    if (!first || !/^(?:(?:var|let|const)\s|[A-Za-z_$][\w$.]*\s*[=(])/.test(first.text)) return lines;
    const source = lines.map((l) => l.raw ?? l.text).join('\n');
    const head = HEAD.exec(source);
    if (!head) return lines;
    const literal = jsLiteral(source.slice(head[0].length));
    if (!literal) return lines;
    const tail = source.slice(head[0].length + literal.end);
    if (!TAIL.test(tail)) return lines;
    const envelope: string[] = [];
    const record = recordOf(literal.value, envelope);
    if (!record || typeof record !== 'object') return lines;
    const wrapper = [head[0], ...envelope, literal.dropped, tail]
      .map((t) => t.trim().replace(/\s+/g, ' '))
      .filter(Boolean)
      .join(' ');
    log.cleaning.push({ kind: 'json-export', text: wrapper, line: first.line, note: 'JavaScript wrapper of a data record (a variable, a callback): its record is read as JSON' });
    if (!Array.isArray(record)) return [{ text: JSON.stringify(record), line: first.line, indent: false }];
    return JSON.stringify(record, null, 2)
      .split('\n')
      .map((raw): SourceLine => ({ text: raw.trim(), raw, line: first.line, indent: /^\s/.test(raw) }));
  },
};
