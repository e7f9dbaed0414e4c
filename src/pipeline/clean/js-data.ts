// js-data: a text saved as a JavaScript data file (a portal's JSONP answer, an H5 app's `var result = { success: true, data:
// { id: 27, title: "…", time: "2019年1月24日", content: "<p>…</p>" } }; window.jspCallback(result);`, dev 705, 706; a crawler's
// `var data = […];`) is a JSON record in a JavaScript wrapper, its keys unquoted. The literal after `var x =`, `x =` or a callback's
// parenthesis is read as JSON (jsLiteral: keys quoted, single-quoted strings double-quoted, trailing commas dropped; the source is
// never run) and handed to json-export as the record a JSON text is: one line of minified JSON for an object, pretty-printed lines
// for a list. The wrapper (the declaration, the callback's call) is logged, and so is an API's envelope around the record (an
// object of flags whose one object holds it: `success: true, data: {…}`).
import type { CleaningRule, SourceLine } from './types.ts';

const NAME = String.raw`[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*`;
/** What opens the literal: `var result =`, `window.data =`, `jsonp123(`. */
const HEAD = new RegExp(String.raw`^\s*(?:(?:var|let|const)\s+)?${NAME}\s*(?:=|\()\s*(?=[{[])`);
/** What may follow it: the call's parenthesis, semicolons, and calls of a callback with a name or nothing (`window.jspCallback(result);`). */
const TAIL = new RegExp(String.raw`^[\s;)]*(?:${NAME}\s*\(\s*(?:${NAME})?\s*\)[\s;]*)*$`);

/**
 * A JavaScript object or array literal at the start of `source` written as JSON, and where it ends; undefined when it is not one
 * (an expression, a function, a template string). Identifier keys are quoted, single-quoted strings become double-quoted ones,
 * commas before a closing bracket go (`dropped`: those commas and quotes); anything else (a name as a value, a comment) makes it no literal.
 */
export function jsLiteral(source: string): { json: string; end: number; dropped: string } | undefined {
  let json = '';
  // what the JSON does not hold (a comma before a closing bracket, a string's single quotes): logged, not lost
  let dropped = '';
  let depth = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '"' || c === "'") {
      let s = '';
      let j = i + 1;
      for (; j < source.length && source[j] !== c; j++) {
        if (source[j] === '\n') return undefined;
        if (source[j] === '\\') {
          const next = source[++j];
          // \' needs no escape inside double quotes; every other escape is JSON's own
          s += next === "'" ? "'" : '\\' + next;
        } else s += source[j] === '"' ? '\\"' : source[j];
      }
      if (j >= source.length) return undefined;
      if (c === "'") dropped += "''";
      json += '"' + s + '"';
      i = j + 1;
    } else if (c === '{' || c === '[') {
      depth++;
      json += c;
      i++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (/,\s*$/.test(json)) dropped += ',';
      json = json.replace(/,\s*$/, '') + c;
      i++;
      if (depth === 0) return { json, end: i, dropped };
    } else if (/[\s,:]/.test(c)) {
      json += c;
      i++;
    } else {
      const word = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_$][\w$]*)/.exec(source.slice(i))?.[0];
      if (!word) return undefined;
      const key = /^\s*:/.test(source.slice(i + word.length));
      if (key) json += JSON.stringify(word);
      else if (/^(?:-?\d|true$|false$|null$)/.test(word)) json += word;
      else return undefined;
      i += word.length;
    }
  }
  return undefined;
}

const parse = (json: string): unknown => {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
};

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
    const record = recordOf(parse(literal.json), envelope);
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
