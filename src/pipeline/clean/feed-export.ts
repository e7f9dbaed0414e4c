// feed-export: a news feed's XML (RSS 2.0, Atom), whole or cut (one <item> alone as a reader keeps an entry, or the feed's head
// and its first items: the Shenzhen and Shanghai policy feeds, dev 490-493), is the documents its items hold, not markup to show.
// An item's text elements (description, content, summary: data/json-export.json's keys, read as a JSON record's fields are) are
// the text, each at its source line, CDATA unwrapped and character references decoded; a text that holds HTML (`来源: …<br/>…`)
// marks its lines for html-markup, which reads them as the page they are. The item's other fields are the document's metadata
// (data/feed-export.json: pubDate is pub_date, <source> the site); the channel's own fields are the feed's, logged. Everything
// that is not text (tags, CDATA marks, references, fields) goes to the log, line by line, so nothing is lost.
//   <item><title><![CDATA[关于…的通知]]></title><description><![CDATA[来源: 上海市发改委<br/>各区…]]></description></item>
//   → front matter title 关于…的通知; lines `来源: 上海市发改委<br/>各区…` (feedHtml)
import type { CleanLog, CleaningRule, SourceLine } from './types.ts';
import feed from '../data/feed-export.json' with { type: 'json' };
import { keyOf, metaKeys } from '../front-matter.ts';
import { wordsKey } from './json-export.ts';
import { decodedReferences, decodeReferences } from './html-markup.ts';
import { lineIndex } from '../line-at.ts';
import { escapeRegExp } from '../regexp.ts';

const ITEMS: ReadonlySet<string> = new Set(feed.items);
const CONTAINERS: ReadonlySet<string> = new Set(feed.containers);
const FIELDS: Readonly<Record<string, string>> = feed.fields;
const CHANNEL_FIELDS: Readonly<Record<string, string>> = feed.channel_fields;

/** An export's elements that hold the document's words besides json-export's keys (a gazette record's <Explain>, dev 691). */
const WORDS: ReadonlySet<string> = new Set(feed.words);
/** An export's elements that hold the document as published, as HTML (a gazette record's <HTMLContent>, dev 687, 691). */
const PAGES: ReadonlySet<string> = new Set(feed.pages);
/** Where a feed's text opens: an XML declaration, the feed's root or channel, or an item cut from it (or an export's root or record: a gazette's <Record>, dev 687, 691). */
const FEED_START = new RegExp(`^(?:<\\?xml\\b[^>]*\\?>\\s*)?<(?:${[...feed.containers, ...feed.items].map(escapeRegExp).join('|')})[\\s>/]`, 'i');
/** A text that opens as a news feed's XML does (an XML declaration, the feed's root or channel, an item cut from it): what readFeed reads, and what eval:shapes wraps in no other shape. */
export const opensAsFeed = (text: string): boolean => FEED_START.test(text.trimStart());
/** The markup a feed's XML is made of, one token at a time (text between). */
const TOKEN =
  /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([A-Za-z][\w.:-]*)\s*>|<([A-Za-z][\w.:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;
/** An HTML tag inside a text element's value: the value is HTML (`<p>…</p>`, `…<br/>…`). */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9]*\b[^>]*>/;

/** A value's words alone, to compare one element's with another's: no tags or comments, references decoded, no whitespace, one width. */
const wordsOnly = (value: string): string =>
  decodeReferences(value.replace(/<!--[\s\S]*?-->|<\/?[A-Za-z][^>]*>/g, ''))
    .normalize('NFKC')
    .replace(/\s+/g, '');

/** A run of text inside an element: raw offsets, its value, and whether it was CDATA (taken as written). */
interface Run {
  start: number;
  end: number;
  value: string;
  cdata: boolean;
}
interface Element {
  name: string;
  attributes: string;
  start: number;
  children: Element[];
  runs: Run[];
  parent?: Element;
}

/** The feed's elements as a tree (an element the cut never closes ends with the text), or undefined when text stands outside them. */
function parseFeed(text: string): Element | undefined {
  const root: Element = { name: '', attributes: '', start: 0, children: [], runs: [] };
  let open = root;
  let at = 0;
  const textRun = (from: number, to: number): boolean => {
    const raw = text.slice(from, to);
    if (!raw.trim()) return true;
    if (open === root) return false;
    open.runs.push({ start: from, end: to, value: decodeReferences(raw), cdata: false });
    return true;
  };
  for (const m of text.matchAll(TOKEN)) {
    if (!textRun(at, m.index)) return undefined;
    at = m.index + m[0].length;
    if (m[1] !== undefined) {
      if (open === root) return undefined;
      open.runs.push({ start: m.index + 9, end: m.index + 9 + m[1].length, value: m[1], cdata: true });
    } else if (m[2] !== undefined) {
      // a close tag ends its element and any the cut left open inside it; one that closes nothing open is markup, logged
      let e: Element | undefined = open;
      while (e && e !== root && e.name !== m[2].toLowerCase()) e = e.parent;
      if (e && e !== root) open = e.parent!;
    } else if (m[3] !== undefined) {
      const element: Element = { name: m[3].toLowerCase(), attributes: m[4] ?? '', start: m.index, children: [], runs: [], parent: open };
      open.children.push(element);
      if (!m[5]) open = element;
    }
  }
  return textRun(at, text.length) ? root : undefined;
}

/** Every element of a name set, not looking inside one found. */
function findAll(e: Element, names: ReadonlySet<string>): Element[] {
  return e.children.flatMap((c) => (names.has(c.name) ? [c] : findAll(c, names)));
}

/** An element's value when it holds text only (its runs joined); an Atom link's href; else undefined. */
function valueOf(e: Element): string | undefined {
  if (e.children.length) return undefined;
  if (!e.runs.length) return /\bhref\s*=\s*"([^"]*)"/.exec(e.attributes)?.[1];
  return e.runs.map((r) => r.value).join('');
}

/** The front matter key of an item's field: fields' own (pubDate → pub_date), else its name where front matter knows it, else none. */
function fieldKey(name: string, table: Readonly<Record<string, string>>): string | undefined {
  return table[name] ?? (table === FIELDS && metaKeys.has(keyOf(name)) ? name : undefined);
}

/** A feed's text read as its documents: the lines of its items' texts, with the kept runs for the log. */
function readFeed(lines: readonly SourceLine[], log: CleanLog): SourceLine[] | undefined {
  const text = lines.map((l) => l.raw ?? l.text).join('\n');
  if (!opensAsFeed(text)) return undefined;
  const root = parseFeed(text);
  // an item that holds nothing is no document: the opening tag of the next item a cut ends on (dev 490)
  const items = root ? findAll(root, ITEMS).filter((e) => e.children.some((c) => valueOf(c)?.trim())) : [];
  if (!root || !items.length) return undefined;
  // the index of the line an offset falls on (no line's raw holds a newline: text is the lines joined by them)
  const lineOf = lineIndex(text);
  const indexAt = (offset: number): number => lineOf(offset) - 1;
  const kept: Run[] = [];
  const out: SourceLine[] = [];
  const keep = (e: Element): void => {
    const value = valueOf(e);
    if (!value?.trim()) return;
    kept.push(...e.runs);
    const html = HTML_TAG.test(value);
    const at = indexAt(e.runs[0]!.start);
    out.push({ text: '', line: lines[at]!.line, indent: false });
    value.split('\n').forEach((piece, k) => {
      const l = lines[Math.min(at + k, lines.length - 1)]!;
      out.push({ text: piece.trim(), raw: piece, line: l.line, indent: /^\s/.test(piece), ...(html ? { feedHtml: true } : {}) });
    });
  };
  const data: Record<string, unknown> = {};
  const at: Record<string, number> = {};
  const field = (key: string | undefined, e: Element): void => {
    const value = valueOf(e);
    if (key === undefined || value === undefined || !value.trim() || key in data) return;
    data[key] = value.trim();
    at[key] = lines[indexAt(e.start)]!.line;
  };
  for (const item of items) {
    // the whole document as published is the text: a page that holds every words element's text is read, and they, copies of part of it,
    // are logged; a words element with words the page lacks is read instead, and the page logged (data/feed-export.json pages)
    const page = item.children.find((c) => PAGES.has(c.name) && valueOf(c)?.trim());
    const copies = item.children.filter((c) => WORDS.has(c.name) && valueOf(c)?.trim());
    const pageWords = page && wordsOnly(valueOf(page)!);
    const pageRead = page !== undefined && copies.every((c) => pageWords!.includes(wordsOnly(valueOf(c)!)));
    const roleOf = (c: Element) =>
      PAGES.has(c.name)
        ? c === page && pageRead
          ? ('words' as const)
          : ('copy' as const)
        : WORDS.has(c.name)
          ? pageRead
            ? ('copy' as const)
            : ('words' as const)
          : wordsKey(c.name);
    const roles = item.children.map((c) => ({ c, role: roleOf(c) }));
    const holdsWords = roles.some(({ c, role }) => role === 'words' && valueOf(c)?.trim());
    // several items: no one document; each title heads its own text
    if (items.length > 1) for (const c of item.children.filter((c) => c.name === 'title')) keep(c);
    for (const { c, role } of roles) {
      if (role === 'words' || (role === 'abstract' && !holdsWords)) keep(c);
      else if (!role && items.length === 1) field(fieldKey(c.name, FIELDS), c);
      // role 'copy': a copy of the text read (or a page that lacks its words), logged with the tags
    }
  }
  // the channel's own fields describe the feed: its title names the site, the rest is logged
  for (const container of findAll(root, CONTAINERS).flatMap(function all(c): Element[] {
    return [c, ...c.children.filter((d) => CONTAINERS.has(d.name)).flatMap(all)];
  }))
    for (const c of container.children) if (!ITEMS.has(c.name) && !CONTAINERS.has(c.name)) field(fieldKey(c.name, CHANNEL_FIELDS), c);
  if (!out.some((l) => l.text)) return undefined;
  if (!log.frontMatter && Object.keys(data).length) log.frontMatter = { data, lines: at, line: Math.min(...Object.values(at)) };
  // the log: each line less the runs kept as text, and the references those runs held
  // (the runs in order of their starts: a line's are read from the first run not ended before an earlier line, up to the first that
  // starts after it, so the lines and runs are read once each, not each line against every run of the feed)
  kept.sort((a, b) => a.start - b.start);
  let next = 0;
  let first = 0;
  for (const l of lines) {
    const from = next;
    const to = from + (l.raw ?? l.text).length;
    next = to + 1;
    let removed = '';
    let cursor = from;
    const escapes: string[] = [];
    while (first < kept.length && kept[first]!.end <= from) first++;
    for (let k = first; k < kept.length && kept[k]!.start < to; k++) {
      const r = kept[k]!;
      if (r.end <= from) continue;
      removed += text.slice(cursor, Math.max(cursor, r.start)) + ' ';
      if (!r.cdata) escapes.push(...decodedReferences(text.slice(Math.max(r.start, from), Math.min(r.end, to))));
      cursor = Math.max(cursor, Math.min(r.end, to));
    }
    removed += text.slice(cursor, to);
    const logged = [removed.replace(/\s+/g, ' ').trim(), ...escapes].filter(Boolean).join(' ');
    if (logged)
      log.cleaning.push({
        kind: 'feed-export',
        text: logged,
        line: l.line,
        note: "news feed's XML: its tags, its items' fields (the document's metadata) and its channel's; the item's text stays",
      });
  }
  return out;
}

/** Replaces a feed's XML by its items' texts; any other text passes as it is. */
export const feedExport: CleaningRule = {
  kind: 'feed-export',
  apply(lines, log) {
    return readFeed(lines, log) ?? lines;
  },
};
