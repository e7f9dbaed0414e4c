// json-export: a text saved as pretty-printed JSON (a scraper's export of a council record: one object
// per speech, `"content": "主席、各位議員…： \n 我今天…"`) is data around strings. Its text is the string
// values (isText: the document's words, not the export's index): each becomes its own paragraph, its `\n` escapes line breaks, its `\"` quotes; the keys,
// brackets and numbers are the export's syntax (corpus 143, 144). The fields of its outermost object
// (`"date": "2017-10-11"`, `"url": …`) are the document's metadata, moved into `log.frontMatter`; objects
// of speeches (a speaker key and a speech key, data/json-export.json) make it a record of a sitting. A
// crawler's record of one article, however short (`{"title": …, "published": …, "summary": "<p>…</p>"}`, one
// object of a daily list with the comma after it, dev 440, 441), is one too: its text field stays text.
// A record saved minified, one object on one line (a policy collector's, dev 548, 549), is read by readMinified; both read
// each string by isText, so a record reads the same either way. An attachment that carries the text a crawler extracted of it is
// read after the record's own text, its name a line over it (attachmentPart, dev 843).
import type { CleanLog, CleaningRule, SourceLine } from './types.ts';
import fields from '../data/json-export.json' with { type: 'json' };
import { keyOf, metaKeys } from '../front-matter.ts';

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const SCALAR = String.raw`-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null`;
/** `"key": "value",` or a string item of an array `"value",`: group 1 is the key part, group 2 the string. */
const STRING_LINE = new RegExp(String.raw`^((?:${STRING}\s*:\s*)?)(${STRING})\s*,?$`);
/**
 * Brackets, `"key": [`, `"key": 49,`, a number or `null` on its own: syntax and data, no text; brackets and commas run together as
 * another pretty-printer writes them between objects (`}, {`, `} ],`, `"key" : [ {`: Taiwan's law database export, dev 414).
 */
const SYNTAX_LINE = new RegExp(String.raw`^(?:${STRING}\s*:\s*)?(?:${SCALAR})?[\s[\]{},]*$`);

/** The text parsed whole as one JSON object (an object cut from a list keeps the comma after it), else undefined. */
function wholeObject(lines: readonly SourceLine[]): Record<string, unknown> | undefined {
  const value = parse(
    lines
      .map((l) => l.text)
      .join('\n')
      .replace(/,\s*$/, ''),
  );
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * The text as a JSON export, or undefined: at least ten lines, nine in ten of them JSON (a string line or a syntax line), and it
 * opens like JSON; or, however short, one whole JSON object of key lines (a crawler's record of one article). `whole`: the text
 * parsed whole as one object, read once here for exportFields too.
 */
function readExport(lines: readonly SourceLine[]): { whole: boolean } | undefined {
  const text = lines.filter((l) => l.text);
  if (!text.length || !/^[{[}\]"]/.test(text[0]!.text)) return undefined;
  const json = text.filter((l) => STRING_LINE.test(l.text) || SYNTAX_LINE.test(l.text)).length;
  if (json * 10 < text.length * 9) return undefined;
  const whole = wholeObject(text) !== undefined;
  return text.length >= 10 || (whole && text.some((l) => FIELD_LINE.test(l.text))) ? { whole } : undefined;
}

/** `"key": value,` with a string or a scalar value: group 1 the key, group 2 the value. */
/** A line that opens with a key (`"newsTitle": …`, `"industryImpacts": [`). */
const KEY_AT = new RegExp(String.raw`^(${STRING})\s*:`);
const FIELD_LINE = new RegExp(String.raw`^(${STRING})\s*:\s*(${STRING}|${SCALAR})\s*,?$`);
const SPEAKER_KEYS: readonly string[] = fields.speaker.map(keyOf);
const SPEECH_KEYS: readonly string[] = fields.speech.map(keyOf);
/** Keys under which a crawler keeps a summary of the words: the words when a record holds no others (data/json-export.json abstract). */
const ABSTRACT_KEYS: ReadonlySet<string> = new Set(fields.abstract.map(keyOf));
/** Keys whose string is the document's words (a speech's, an article's) or their summary wherever they stand, never its metadata. */
const TEXT_KEYS: ReadonlySet<string> = new Set([...SPEECH_KEYS, ...fields.text.map(keyOf), ...ABSTRACT_KEYS]);
/** The keys of a record's list of attachments, of the text a crawler extracted of each, and of its name (data/json-export.json attachments). */
const ATTACHMENT_LISTS: ReadonlySet<string> = new Set(fields.attachments.list.map(keyOf));
const ATTACHMENT_TEXTS: ReadonlySet<string> = new Set(fields.attachments.text.map(keyOf));
const ATTACHMENT_NAMES: ReadonlySet<string> = new Set(fields.attachments.name.map(keyOf));
/** A line's keys in a pretty-printed export (lineKeys). */
type LineKeys = { keys: string[]; speaker: boolean; object?: number; record?: number };

/**
 * What a string is to an attachment of a record, by the keys above it: its extracted text (`attachments` › `text`) or its name
 * (`attachments` › `name`), else undefined. An attachment whose text holds words is read as part of the document, after the record's
 * own text, its name a line before its text (as a notice prints 附件：name over the document it attaches, dev 843); one without
 * text (`"text": null`, `""`, dev 844) is the export's data, as any other field of a list is.
 */
function attachmentPart(keys: readonly string[]): 'text' | 'name' | undefined {
  const ks = keys.map(keyOf);
  if (ks.length < 2 || !ATTACHMENT_LISTS.has(ks[ks.length - 2]!)) return undefined;
  const own = ks[ks.length - 1]!;
  return ATTACHMENT_TEXTS.has(own) ? 'text' : ATTACHMENT_NAMES.has(own) ? 'name' : undefined;
}

/**
 * What a field of an export is to the document, by its key as keyOf reads it (`fullText` is `full_text`): its words (a speech or
 * text key), a summary of them (an abstract key), or neither (metadata or data). The one reading of data/json-export.json's keys, for
 * a JSON export and a CSV row alike (csv-export.ts).
 */
export function wordsKey(key: string): 'words' | 'abstract' | undefined {
  const k = keyOf(key);
  return ABSTRACT_KEYS.has(k) ? 'abstract' : TEXT_KEYS.has(k) ? 'words' : undefined;
}

/**
 * The one reading of a string inside an export, pretty-printed or minified, by the keys above it (its own, its list's, its objects'):
 * under a speech or text key it is the document's words; under an abstract key their summary, the words when the export holds no
 * others and logged as the collector's abstract of them when it does (its first sentences cut short, dev 555); a speaker beside a
 * speech names who speaks it (corpus 143). Any other string of a list or an object (a record's tags, its attachments' titles, the
 * members present at a sitting, a link's label) is the export's index of the document, data, when the export holds its words under
 * a text key (dev 548, 553); when it holds none (a law database's articles under keys of its own, dev 414) those strings are the
 * only words there are, and text. A record that holds its words under a text key of its own (`ownWords`, `"qwContent": "<div>…"`)
 * reads a text key inside its lists and objects as its index too (`"wenshuAy": [{"key": "s14", "text": "劳务合同纠纷"}]`, dev 684). The fields of the outermost object are its metadata, read before this (exportFields, readMinified).
 */
function isText(keys: readonly string[], speaker: boolean, holdsWords: boolean, ownWords = false): boolean {
  const ks = keys.map(keyOf);
  // a record with words under a text key of its own: a text key deeper down (a tag's `text`, a cause of action, dev 684) is its index
  if (ownWords && ks.length > 1) return false;
  if (ks.some((k) => TEXT_KEYS.has(k) && !ABSTRACT_KEYS.has(k))) return true;
  if (ks.some((k) => ABSTRACT_KEYS.has(k))) return !holdsWords;
  return speaker || !holdsWords;
}
const isWordsKey = (key: string): boolean => wordsKey(key) === 'words';

/** A key's first word before a capital or an underscore: `news` of newsTitle, news_title. */
const KEY_PREFIX = /^([a-z]+)(?:(?=[A-Z])|_(?=[a-z]))/;

/**
 * A prefix the record's own keys share (a minified record's, or every key of a pretty-printed export's), three of them at least, that the record's words and metadata keys stand after (an app's
 * record of a news item, `newsTitle`, `newsContent`, `newsDate`, beside its own `industryImpacts`, `summary`: dev 476), else
 * undefined: a key so prefixed is read by what follows the prefix (newsContent is content, newsTitle title).
 */
function keyPrefix(keys: readonly string[]): string | undefined {
  const byPrefix = new Map<string, string[]>();
  for (const k of keys) {
    const p = KEY_PREFIX.exec(k)?.[1];
    if (p) byPrefix.set(p, [...(byPrefix.get(p) ?? []), k]);
  }
  for (const [p, ks] of byPrefix) {
    const rest = ks.map((k) => keyOf(k.slice(p.length)));
    if (ks.length >= 3 && rest.some((r) => isWordsKey(r)) && rest.some((r) => metaKeys.has(r))) return p;
  }
  return undefined;
}

/** The keys the export's lines open with, each once. */
function keysOf(lines: readonly SourceLine[]): string[] {
  const keys = new Set<string>();
  for (const l of lines) {
    const m = KEY_AT.exec(l.text);
    const key = m ? parse(m[1]!) : undefined;
    if (typeof key === 'string') keys.add(key);
  }
  return [...keys];
}

/** A key as the record means it: what follows the record's prefix (keyPrefix), else the key. */
const unprefixed = (key: string, prefix: string | undefined): string =>
  prefix && key.length > prefix.length && key.startsWith(prefix) && KEY_PREFIX.exec(key)?.[1] === prefix ? key.slice(prefix.length).replace(/^_/, '') : key;

/** A string's lines at its source line, a blank line before them: its `\n` escapes are line breaks. */
const linesOf = (value: string, line: number): SourceLine[] => [
  { text: '', line, indent: false },
  ...value.split('\n').map((piece) => ({ text: piece.trim(), raw: piece, line, indent: /^\s/.test(piece) })),
];

/** A line less its string, as logged: the key, the quotes and the escapes (`\n`, `\"`, `\u0027`) go; the characters they stand for stay. */
const lessString = (line: string, json: string): string => [line.replace(json, '""'), ...(json.match(/\\(?:u[0-9a-fA-F]{4}|.)/g) ?? [])].join(' ');

const indentOf = (l: SourceLine): number => /^\s*/.exec(l.raw ?? '')![0].length;
const parse = (json: string): unknown => {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * What a pretty-printed export says of itself: the fields of its outermost object (their lines, at the
 * least indent any line inside it has: an excerpt that starts inside a list has them too, after the
 * list), and whether its objects are speeches with a speaker who speaks more than once (a record).
 */
export function exportFields(lines: readonly SourceLine[], whole: boolean, prefix?: string): { fields: Map<SourceLine, [string, string | number]>; record?: number } {
  const inner = lines.filter((l) => l.text && indentOf(l) > 0);
  // one whole object (a record cut from a list, its braces indented too): its own keys are the outermost
  const keyLines = whole ? inner.filter((l) => FIELD_LINE.test(l.text)) : inner;
  const outer = Math.min(...keyLines.map(indentOf));
  const found = new Map<SourceLine, [string, string | number]>();
  // runs of key lines at one indent: the keys of one object
  const objects: { keys: Map<string, unknown>; line: number; indent: number }[] = [];
  let run: { keys: Map<string, unknown>; line: number; indent: number } | undefined;
  for (const l of lines) {
    if (!l.text) continue;
    const m = FIELD_LINE.exec(l.text);
    const parsed = m ? parse(m[1]!) : undefined;
    const value = m ? parse(m[2]!) : undefined;
    if (typeof parsed !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) {
      run = undefined;
      continue;
    }
    const key = unprefixed(parsed, prefix);
    // a string that is a record of its own (nestedRecord) is read as the record's fields, not one field
    if (indentOf(l) === outer && !TEXT_KEYS.has(keyOf(key)) && !nestedRecord(value)) found.set(l, [key, value]);
    if (run?.indent !== indentOf(l)) objects.push((run = { keys: new Map(), line: l.line, indent: indentOf(l) }));
    run.keys.set(keyOf(key), value);
  }
  // a turn names who speaks: an empty speaker key names no one (a law database's provisions, each `"title": ""` over its article's
  // `"content"`, dev 932, 933, are a regulation's articles, no speeches)
  const speakers = objects.flatMap((o) => {
    const speaker = SPEAKER_KEYS.map((k) => o.keys.get(k)).find((v) => typeof v === 'string' && v.trim() !== '');
    return speaker !== undefined && SPEECH_KEYS.some((k) => typeof o.keys.get(k) === 'string') ? [{ speaker, line: o.line }] : [];
  });
  const repeated = speakers.length >= 2 && new Set(speakers.map((s) => s.speaker)).size < speakers.length;
  return { fields: found, ...(repeated ? { record: speakers[0]!.line } : {}) };
}

/** The outermost object's fields as front matter (unless the text has its own), a record's kind among them. */
function metadataOf(lines: readonly SourceLine[], whole: boolean, prefix: string | undefined, log: CleanLog): Set<SourceLine> {
  const { fields: found, record } = exportFields(lines, whole, prefix);
  if (log.frontMatter) return new Set();
  const data: Record<string, unknown> = {};
  const at: Record<string, number> = {};
  for (const [l, [key, value]] of found) {
    data[key] = value;
    at[key] = l.line;
  }
  if (record !== undefined && !Object.keys(data).some((k) => keyOf(k) === 'kind')) {
    data.kind = 'record';
    at.kind = record;
  }
  if (Object.keys(data).length) log.frontMatter = { data, lines: at, line: Math.min(...Object.values(at)) };
  return new Set(found.keys());
}

/**
 * A string that is itself one JSON object, escaped once more (a judgment database's record kept whole as a crawler's `"source":
 * "{\\"Title\\":…,\\"Html\\":\\"<div>…\\"}"`, dev 683, 684), else undefined: its fields are read as the record's own, once (a string
 * inside it that is JSON again stays a string).
 */
function nestedRecord(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'string' || !/^\s*\{/.test(value)) return undefined;
  const inner = parse(value);
  return inner && typeof inner === 'object' && !Array.isArray(inner) && Object.keys(inner).length ? (inner as Record<string, unknown>) : undefined;
}

/** A list's bracket alone on a line: the syntax of a list an item was cut from (`[` above a feed export's first item). */
const LIST_BRACKET = /^[[\]]$/;

/**
 * A record saved minified: the text's one line is one whole JSON object (a policy collector's record of a document,
 * `{"title": …, "documentNo": …, "fullText": "…\\n…", "attachments": [{…}]}`, dev 548, 549; a line of a JSON Lines file, dev 555),
 * also the first item of a list cut with the list's `[` on the line above it and the comma after it (a Scrapy feed export's, dev 552),
 * else undefined. `brackets`: the lines of the list's brackets, syntax.
 */
function minifiedRecord(lines: readonly SourceLine[]): { line: SourceLine; value: Record<string, unknown>; brackets: SourceLine[] } | undefined {
  const brackets = lines.filter((l) => LIST_BRACKET.test(l.text));
  const text = lines.filter((l) => l.text && !LIST_BRACKET.test(l.text));
  if (text.length !== 1 || !text[0]!.text.startsWith('{')) return undefined;
  const value = wholeObject(text);
  return value ? { line: text[0]!, value, brackets } : undefined;
}

/** A field's strings: a string, or a list of strings (a Scrapy item's fields, `"title": ["…"]`, `"body": ["…", "…"]`, dev 552); else undefined. */
function stringsOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

/** Each string inside a value with the keys above it and whether it is a speaker beside a speech (its object holds a speech key). */
function stringsIn(value: unknown, keys: string[], out: { keys: string[]; value: string; speaker: boolean }[]): void {
  if (typeof value === 'string') out.push({ keys, value, speaker: false });
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, keys, out);
  else if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const speech = entries.some(([k, v]) => typeof v === 'string' && SPEECH_KEYS.includes(keyOf(k)));
    for (const [k, v] of entries) {
      if (typeof v === 'string') out.push({ keys: [...keys, k], value: v, speaker: speech && SPEAKER_KEYS.includes(keyOf(k)) });
      else stringsIn(v, [...keys, k], out);
    }
  }
}

/**
 * The strings of an attachment of a minified record (an item of its `attachments` list) whose text holds words, its names before its
 * text, each with its keys; its other strings go to `inner` as any list's do. One without words is read as any list's item is.
 */
function attachmentStrings(item: unknown, key: string, inner: { keys: string[]; value: string; speaker: boolean }[]): { keys: string[]; value: string; speaker: boolean }[] {
  const entries = item && typeof item === 'object' && !Array.isArray(item) ? Object.entries(item as Record<string, unknown>) : [];
  const part = (k: string) => attachmentPart([key, k]);
  if (!entries.some(([k, v]) => part(k) === 'text' && typeof v === 'string' && v.trim())) {
    stringsIn(item, [key], inner);
    return [];
  }
  const strings = (wanted: 'name' | 'text') => entries.flatMap(([k, v]) => (part(k) === wanted && typeof v === 'string' ? [{ keys: [key, k], value: v, speaker: false }] : []));
  for (const [k, v] of entries) if (!part(k) || typeof v !== 'string') stringsIn(v, [key, k], inner);
  return [...strings('name'), ...strings('text')];
}

/**
 * A minified record read as one document: its string and number fields are the document's metadata, its strings read as a
 * pretty-printed export's are (isText: the same record reads the same either way); what is not text is logged. Undefined when
 * it holds no words. `nested`: the record is a string of an export (nestedRecord), its fields joining the export's own.
 */
function readMinified(line: SourceLine, record: Record<string, unknown>, log: CleanLog, nested = false): SourceLine[] | undefined {
  const data: Record<string, unknown> = {};
  const inner: { keys: string[]; value: string; speaker: boolean }[] = [];
  // the attachments whose text holds words: read after the record's own text (attachmentPart)
  const attached: { keys: string[]; value: string; speaker: boolean }[] = [];
  const prefix = keyPrefix(Object.keys(record));
  for (const [own, value] of Object.entries(record)) {
    const key = unprefixed(own, prefix);
    const strings = stringsOf(value);
    if (strings && TEXT_KEYS.has(keyOf(key))) inner.push(...strings.map((v) => ({ keys: [key], value: v, speaker: false })));
    // a field of one string, also in a list of one (a Scrapy item's title), is the document's metadata
    else if (strings?.length === 1) data[key] = strings[0];
    else if (typeof value === 'number') data[key] = value;
    else if (ATTACHMENT_LISTS.has(keyOf(key)) && Array.isArray(value)) for (const item of value) attached.push(...attachmentStrings(item, key, inner));
    else stringsIn(value, [key], inner);
  }
  const holdsWords = [...inner, ...attached].some((s) => s.keys.some(isWordsKey));
  const ownWords = inner.some((s) => s.keys.length === 1 && isWordsKey(s.keys[0]!));
  const words = [...inner.filter((s) => isText(s.keys, s.speaker, holdsWords, ownWords)), ...attached].map((s) => s.value);
  if (!words.length) return undefined;
  if (!log.frontMatter && Object.keys(data).length) {
    const at = Object.fromEntries(Object.keys(data).map((k) => [k, line.line]));
    log.frontMatter = { data, lines: at, line: line.line };
  } else if (nested && log.frontMatter) {
    // the export's own fields stand beside the record's; a key both have keeps the export's
    for (const [k, v] of Object.entries(data)) {
      if (k in log.frontMatter.data) continue;
      log.frontMatter.data[k] = v;
      log.frontMatter.lines[k] = line.line;
    }
  }
  // the line less the text's strings: keys, metadata and data go to the log; the escapes the text's strings held too
  let removed = line.text;
  const escapes: string[] = [];
  // each string of the text once: the same string also under an index key (a cause of action as a tag) stays logged
  const left = [...words];
  for (const m of line.text.matchAll(new RegExp(STRING, 'g'))) {
    const value = parse(m[0]);
    const at = typeof value === 'string' ? left.indexOf(value) : -1;
    if (at < 0) continue;
    left.splice(at, 1);
    removed = removed.replace(m[0], '""');
    escapes.push(...(m[0].match(/\\(?:u[0-9a-fA-F]{4}|.)/g) ?? []));
  }
  log.cleaning.push({
    kind: 'json-export',
    text: [removed, ...escapes].join(' '),
    line: line.line,
    note: "JSON record on one line: its fields the document's metadata, its text field the text",
  });
  return words.flatMap((value) => linesOf(value, line.line));
}

/**
 * The keys above each line of a pretty-printed export (its own key, the keys its lists and objects were opened under, as far as
 * the text shows them: an excerpt starts inside them) and whether it is a speaker beside a speech (its run of key lines holds a
 * speech key); for a field of an item of a keyed list, that object's number and the number of the object the list stands in (its
 * record); and the objects each line closes.
 */
function lineKeys(lines: readonly SourceLine[], prefix?: string): { found: Map<SourceLine, LineKeys>; closes: Map<SourceLine, number[]> } {
  const found = new Map<SourceLine, LineKeys>();
  // the objects each line closes, by their numbers
  const closes = new Map<SourceLine, number[]>();
  const stack: (string | undefined)[] = [];
  // the objects open at each depth of the stack, numbered as they open (undefined for a list); a line's `object` is the one it is a
  // field of, when that object is an item of a keyed list
  const objects: (number | undefined)[] = [];
  let opened = 0;
  const runs: SourceLine[][] = [];
  let run: SourceLine[] = [];
  for (const l of lines) {
    if (!l.text) continue;
    const m = /^(?:("(?:[^"\\]|\\.)*")\s*:\s*)?(.*)$/.exec(l.text)!;
    const key = m[1] ? parse(m[1]) : undefined;
    const own = typeof key === 'string' ? unprefixed(key, prefix) : undefined;
    const above = stack.filter((k): k is string => k !== undefined);
    if (FIELD_LINE.test(l.text) || STRING_LINE.test(l.text)) {
      // a field of an object that is an item of a keyed list (`"attachments": [{"text": …}]`), as readMinified reads one: not a
      // string of a list inside it, not an object under the key itself or in a list of lists
      const item = own !== undefined && objects.length >= 2 && objects.at(-2) === undefined && stack.at(-2) !== undefined;
      const object = item ? objects.at(-1) : undefined;
      const record = item ? objects.at(-3) : undefined;
      found.set(l, { keys: own === undefined ? above : [...above, own], speaker: false, ...(object === undefined ? {} : { object }), ...(record === undefined ? {} : { record }) });
      if (own !== undefined && FIELD_LINE.test(l.text) && (!run.length || indentOf(run[0]!) === indentOf(l))) run.push(l);
      else {
        if (run.length) runs.push(run);
        run = own !== undefined && FIELD_LINE.test(l.text) ? [l] : [];
      }
      continue;
    }
    if (run.length) runs.push(run);
    run = [];
    // brackets: the first opened takes the line's key
    let first = own;
    for (const c of m[2]!) {
      if (c === '[' || c === '{') {
        stack.push(first);
        objects.push(c === '{' ? ++opened : undefined);
        first = undefined;
      } else if (c === ']' || c === '}') {
        stack.pop();
        const closed = objects.pop();
        if (closed !== undefined) closes.set(l, [...(closes.get(l) ?? []), closed]);
      }
    }
  }
  if (run.length) runs.push(run);
  for (const r of runs) {
    const keyOfLine = (l: SourceLine) => keyOf(unprefixed(parse(FIELD_LINE.exec(l.text)![1]!) as string, prefix));
    if (!r.some((l) => SPEECH_KEYS.includes(keyOfLine(l)))) continue;
    for (const l of r) if (SPEAKER_KEYS.includes(keyOfLine(l))) found.get(l)!.speaker = true;
  }
  return { found, closes };
}

/** Replaces each JSON line by the lines of its string value (none for syntax), a blank line between values. */
export const jsonExport: CleaningRule = {
  kind: 'json-export',
  apply(lines, log) {
    const minified = minifiedRecord(lines);
    if (minified) {
      for (const l of minified.brackets) log.cleaning.push({ kind: 'json-export', text: l.text, line: l.line, note: 'JSON syntax' });
      return readMinified(minified.line, minified.value, log) ?? [minified.line];
    }
    const shape = readExport(lines);
    if (!shape) return lines;
    // the prefix of the export's keys wherever its records stand (the whole object, a list of them, under a wrapper key)
    const prefix = keyPrefix(keysOf(lines));
    const meta = metadataOf(lines, shape.whole, prefix, log);
    const { found: keys, closes } = lineKeys(lines, prefix);
    const holdsWords = [...keys.values()].some((k) => k.keys.some(isWordsKey));
    const ownWords = [...keys.values()].some((k) => k.keys.length === 1 && isWordsKey(k.keys[0]!));
    // each attachment's name and text lines by its object, read after its record's own text (where the record closes: in a list
    // of records, before the next record's) when its text holds words
    const attached = new Map<number, { words: boolean; name: SourceLine[]; text: SourceLine[]; record?: number | undefined }>();
    for (const [l, at] of keys) {
      const part = at.object === undefined ? undefined : attachmentPart(at.keys);
      if (!part) continue;
      const a = attached.get(at.object!) ?? { words: false, name: [], text: [] };
      const value = part === 'text' ? parse(STRING_LINE.exec(l.text)?.[2] ?? '') : undefined;
      attached.set(at.object!, { ...a, words: a.words || (typeof value === 'string' && value.trim() !== ''), record: at.record });
    }
    const out: SourceLine[] = [];
    // the attachments of a record (all, at the end: an excerpt's record may not close), each attachment's name before its text
    const attachments = (record?: number) => {
      for (const [n, a] of attached) {
        if (record !== undefined && a.record !== record) continue;
        if (a.words) out.push(...a.name, ...a.text);
        attached.delete(n);
      }
    };
    for (const l of lines) {
      if (!l.text) continue;
      for (const record of closes.get(l) ?? []) attachments(record);
      if (meta.has(l)) {
        log.cleaning.push({ kind: 'json-export', text: l.text, line: l.line, note: "JSON field of the export: the document's metadata" });
        continue;
      }
      const m = STRING_LINE.exec(l.text);
      const value = m ? parse(m[2]!) : undefined;
      if (typeof value !== 'string') {
        if (SYNTAX_LINE.test(l.text)) log.cleaning.push({ kind: 'json-export', text: l.text, line: l.line, note: 'JSON syntax' });
        else out.push(l);
        continue;
      }
      const record = nestedRecord(value);
      const read = record && readMinified({ text: value, line: l.line, indent: false }, record, log, true);
      if (read) {
        // the key, the quotes and the escapes of the string that holds the record go; the record is read as a minified one
        log.cleaning.push({ kind: 'json-export', text: lessString(l.text, m![2]!), line: l.line, note: 'JSON string that holds a record: its fields are read' });
        out.push(...read);
        continue;
      }
      const at = keys.get(l);
      const attachment = at?.object === undefined ? undefined : attached.get(at.object);
      const part = at && attachmentPart(at.keys);
      if (attachment?.words && part) {
        log.cleaning.push({ kind: 'json-export', text: lessString(l.text, m![2]!), line: l.line, note: `JSON string of an attachment: its ${part}, read after the record's text` });
        attachment[part].push(...linesOf(value, l.line));
        continue;
      }
      if (at && !isText(at.keys, at.speaker, holdsWords, ownWords)) {
        log.cleaning.push({ kind: 'json-export', text: l.text, line: l.line, note: "JSON string of the export's index (a tag, an abstract, a link): data, not text" });
        continue;
      }
      log.cleaning.push({ kind: 'json-export', text: lessString(l.text, m![2]!), line: l.line, note: 'JSON string: its value is the text' });
      out.push(...linesOf(value, l.line));
    }
    attachments();
    return out;
  },
};
