// Shapes: the same document as another publisher could give it (a saved portal page, a portal's info
// table above the text, a Markdown scrape with front matter, a PDF's extracted text, CRLF and GBK bytes,
// the text under a cover notice, a gov.cn page with the whole text on one line, a crawler's JSON record, a CSV row, a
// WeChat article saved as Markdown, a record written by Python's json.dump with every Han character escaped, an RSS feed's item, a
// gazette's XML record). Each shape is a pure function of the text's lines and its label's
// metadata (nothing invented beyond the label's own values) to new bytes and a line map: which source
// line each line of the variant comes from, so that what the tool finds on the variant is scored
// against the original's labels (npm run eval:shapes, scripts/shapes.ts).
import { opensAsFeed } from '../../src/pipeline/clean/feed-export.ts';

/** What a shape knows of a document: its decoded lines (as the labels count them) and its label's metadata. */
export interface ShapeInput {
  lines: readonly string[];
  meta: {
    title?: string | undefined;
    kind?: string | undefined;
    region?: string | undefined;
    year?: number | undefined;
    issuer?: string | undefined;
    date?: string | undefined;
    doc_number?: string | undefined;
  };
}

/** One paragraph of a variant's line that runs several source lines together: its text as its source line has it (trimmed), and that line. */
export interface Paragraph {
  text: string;
  from: number;
}

/**
 * A variant: its bytes, and for each of its lines (1-based as `lines[i - 1]`) the source line it comes from,
 * undefined for an added line; a line that runs several source lines together (a page printed on one line)
 * maps to their paragraphs, in order, and what the tool finds on it is mapped through the paragraph whose
 * text holds it (scripts/shapes.ts, mapLines).
 */
export interface Shaped {
  bytes: Uint8Array;
  lines: (number | undefined | Paragraph[])[];
}

/** A shape: undefined when no publisher would give this document so (a page or a scrape with front matter as a PDF or under a portal's table, a cover for a work report). */
export type Shape = (input: ShapeInput) => Shaped | undefined;

/** One line of a variant: its text and the source line it comes from. */
interface Line {
  text: string;
  from?: number | undefined;
}

const added = (...texts: string[]): Line[] => texts.map((text) => ({ text }));
const source = (input: ShapeInput): Line[] => input.lines.map((text, i) => ({ text, from: i + 1 }));
const utf8 = (lines: readonly Line[], eol = '\n'): Shaped => ({
  bytes: new TextEncoder().encode(lines.map((l) => l.text).join(eol)),
  lines: lines.map((l) => l.from),
});

/** A text that is already a web page or a Markdown scrape with front matter. */
const isHtml = (lines: readonly string[]): boolean => /<(?:!doctype|html|body|div|p)\b/i.test(lines.slice(0, 200).join('\n'));
const hasFrontMatter = (lines: readonly string[]): boolean => lines.find((l) => l.trim() !== '')?.trim() === '---';
/**
 * A scraper's JSON export (`{`, or an excerpt that opens inside it: `},`, `"key": …`; or a record minified on one line, `{"id":…`,
 * dev 548, 549): data around strings, no page's text (corpus 143, 144).
 */
const isJson = (lines: readonly string[]): boolean => {
  const first = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  return /^(?:[{[]|[}\]],?)$/.test(first) || /^\[?\{?\s*"[^"]*"\s*:/.test(first);
};
/**
 * A crawler's record: a key a line from the first (`title: …`, `url: …`, `content: `, dev 550), or a CSV's header of field
 * names (`pub_date,category,puborg,…,summary`, dev 554). Data, as a JSON export is: no publisher prints it as a page.
 */
const isRecord = (lines: readonly string[]): boolean => {
  const head = lines.filter((l) => l.trim() !== '').slice(0, 3);
  const key = /^[A-Za-z_]+:(?:\s|$)/;
  return (head.length > 1 && key.test(head[0]!.trim()) && key.test(head[1]!.trim())) || /^[A-Za-z_]+(?:,[A-Za-z_]*){2,}$/.test(head[0]?.trim() ?? '');
};
/** A news feed's XML, whole or an item cut from it (dev 490-493): its items are the feed's, no page prints its tags (feed-export.ts opensAsFeed). */
const isFeed = (lines: readonly string[]): boolean => opensAsFeed(lines.slice(0, 20).join('\n'));
/** A plain text: no page's markup, no scrape's front matter, no JSON export, no crawler's record, no feed (a PDF, a portal's page or table holds none of them). */
const plain = (lines: readonly string[]): boolean => !isHtml(lines) && !hasFrontMatter(lines) && !isJson(lines) && !isRecord(lines) && !isFeed(lines);
/**
 * A Markdown scrape: a heading marked as Markdown marks it (`# 标题`, `##### 第 1 條`, or a title underlined with `---`/`===` right
 * under it, as Markdown's setext heading, dev 86), or a label in bold (`**法規類別**：`, dev 77). A PDF prints the document, none of its marks.
 */
const isMarkdown = (lines: readonly string[]): boolean =>
  lines.some((l, i) => /^#{1,6}\s+\S/.test(l) || /^\*\*[^*]+\*\*/.test(l) || (/^(?:-{3,}|={3,})\s*$/.test(l) && (lines[i - 1]?.trim() ?? '') !== ''));
/** A PDF's text layer already: pdftotext ends each page with a form feed (corpus 239, 304, the Legislative Council's records). */
const isPdfText = (lines: readonly string[]): boolean => lines.some((l) => l.includes('\f'));

/** The title as the label gives it, else the text's first line (a shape must name the document somewhere). */
const titleOf = (input: ShapeInput): string => input.meta.title ?? input.lines.find((l) => l.trim() !== '')?.trim() ?? '';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `2021-01-20` → `2021年1月20日` (as a dateline prints it); a year or a month alone as far as it goes. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** (1) A saved portal page: head with the site's and the article's title, a nav of links, each line a paragraph, a footer. */
export const html: Shape = (input) => {
  if (!plain(input.lines)) return undefined;
  const title = escapeHtml(titleOf(input));
  return utf8([
    ...added(
      '<!DOCTYPE html>',
      '<html lang="zh-CN">',
      '<head>',
      '<meta charset="utf-8">',
      `<title>某市人民政府门户网站 - ${title}</title>`,
      `<meta name="ArticleTitle" content="${title}">`,
      '</head>',
      '<body>',
      '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a></div>',
      '<div class="article">',
    ),
    ...source(input).map((l) => (l.text.trim() === '' ? l : { ...l, text: `<p>${escapeHtml(l.text)}</p>` })),
    ...added(
      '</div>',
      '<div class="footer">',
      '<p>主办单位：某市人民政府办公室　承办单位：某市大数据中心</p>',
      '<p>网站标识码：0000000000　某ICP备00000000号</p>',
      '</div>',
      '</body>',
      '</html>',
    ),
  ]);
};

/** (2) A portal's info table above the text, filled with the label's own values only (a field it lacks is left out). */
export const infoBlock: Shape = (input) => {
  if (!plain(input.lines)) return undefined;
  const { title, issuer, date, doc_number } = input.meta;
  const rows = [
    issuer && `发文机关：${issuer}`,
    date && `成文日期：${date}`,
    title && `标\u3000\u3000题：${title}`,
    doc_number && `发文字号：${doc_number}`,
    // a portal posts on the day it is dated as often as not: the label's own date, nothing else
    date && `发布日期：${date}`,
  ].filter((r): r is string => Boolean(r));
  if (rows.length === 0) return undefined;
  return utf8([...added(...rows, ''), ...source(input)]);
};

/** (3) A Markdown scrape: front matter with the label's title, issuer and date, the paragraphs as they are. */
export const frontMatter: Shape = (input) => {
  if (!plain(input.lines)) return undefined;
  const { title, issuer, date } = input.meta;
  const quote = (s: string): string => JSON.stringify(s);
  const keys = [title && `标题: ${quote(title)}`, issuer && `发布单位: ${quote(issuer)}`, date && `发布日期: ${quote(date)}`].filter((r): r is string => Boolean(r));
  if (keys.length === 0) return undefined;
  return utf8([...added('---', ...keys, '---', ''), ...source(input)]);
};

/** What a typeset line does not break inside (a word of Latin letters or digits) or start with (closing punctuation). */
const LATIN = /[0-9A-Za-z.]/;
const CLOSING = /[，。、；：？！）》」』”’%,;:?!)\]]/u;

/** Lines of a PDF page. */
const PAGE_LINES = 40;

/**
 * (4) A PDF's extracted text: a paragraph broken every 30–38 characters (the width varies by line, as a
 * justified page's does, from a fixed sequence: the same text gives the same variant; never inside a word of
 * Latin letters or digits, nor before closing punctuation, as a typesetter breaks), `- N -` closing each
 * page of 40 lines and the label's title as a running header above each page after the first (a text with no title line, whose
 * label has none, gets none: its first line is a paragraph, dev 123's `为落实《…》…` of 180 characters or 197's `第一条 …`, and no
 * PDF prints a paragraph over its pages; pdftotext's running headers in the corpus are 20–42 characters, `立法會 ─ 2005 年 3 月 16 日`
 * of dev 120, `加速推動高質量發展` of 305). A text that is a PDF's text layer
 * already is that shape as published: its printed lines broken again at another width (239's spaced-out
 * `关  于  洛  阳  市  2025年  预  算  执  行  情  况  和` cut inside its gaps) is no extraction anyone gets.
 */
export const pdf: Shape = (input) => {
  if (!plain(input.lines) || isPdfText(input.lines) || isMarkdown(input.lines)) return undefined;
  const header = input.meta.title;
  const body: Line[] = [];
  let n = 0;
  for (const l of source(input)) {
    const chars = [...l.text.trimEnd()];
    if (chars.length === 0) {
      body.push(l);
      continue;
    }
    while (chars.length > 0) {
      let width = Math.min(30 + ((n * 5) % 9), chars.length);
      n++;
      // a typesetter breaks no word of Latin letters or digits (2000TEU, 3.5) and starts no line with closing punctuation
      let start = width;
      while (start > 0 && start < chars.length && LATIN.test(chars[start - 1]!) && LATIN.test(chars[start]!)) start--;
      if (start > 0) width = start;
      while (width < chars.length && CLOSING.test(chars[width]!)) width++;
      body.push({ text: chars.splice(0, width).join(''), from: l.from });
    }
  }
  const out: Line[] = [];
  for (let page = 0; page * PAGE_LINES < body.length; page++) {
    if (page > 0 && header) out.push(...added(header, ''));
    out.push(...body.slice(page * PAGE_LINES, (page + 1) * PAGE_LINES));
    out.push(...added('', `- ${page + 1} -`, '\f'));
  }
  return utf8(out);
};

/** gov.cn's date in its info table, zero-padded: `2005-03-03` → `2005年03月03日`. */
export function govDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}

/**
 * (7) A gov.cn policy page as its policy library serves it (dev 391-393): the info table of 发文机关, 成文日期,
 * 标题 (spaced `标\u3000\u3000题：`), 发文字号, 发布日期, one cell a line, filled with the label's own values only (a field it lacks is
 * left out, with the cell of its label), then the whole text on ONE line: each paragraph a `<p>` (indented by the
 * page's style, not by spaces), inside the layout table's cell; the `<title>` is gov.cn's, `TITLE（DOC NUMBER）_政府信息公开专栏`,
 * when the label has a title (the text's first line may be a dateline, dev 125: no title to invent).
 * The one line maps to its paragraphs (Paragraph), each to its source line.
 */
export const govcnOneLine: Shape = (input) => {
  if (!plain(input.lines)) return undefined;
  const { title, issuer, date, doc_number } = input.meta;
  const cells = (label: string, value: string | undefined, span = ''): string[] =>
    value ? [`        <td><b>${label}</b></td> `, `        <td${span}>${escapeHtml(value)}</td> `] : [];
  const rows = [
    [...cells('发文机关：', issuer), ...cells('成文日期：', date && govDate(date))],
    cells('标\u3000\u3000题：', title, ' colspan="3"'),
    [...cells('发文字号：', doc_number), ...cells('发布日期：', date && govDate(date))],
  ].filter((r) => r.length > 0);
  const paragraphs = source(input)
    .map((l) => ({ text: l.text.trim(), from: l.from! }))
    .filter((p) => p.text !== '');
  const body = paragraphs.map((p) => `<p style="text-indent: 2em; text-align: justify;">${escapeHtml(p.text)}</p>`).join(' ');
  const lines: (Line | { text: string; paragraphs: Paragraph[] })[] = [
    ...added(
      '<!DOCTYPE html>',
      '<html>',
      '<head>',
      '<meta charset="utf-8">',
      ...(title ? [`<title>${escapeHtml(title)}${doc_number ? `（${escapeHtml(doc_number)}）` : ''}_政府信息公开专栏</title>`] : []),
      '</head>',
      '<body>',
      '<div class="wrap">',
    ),
    ...(rows.length > 0 ? added(' <table class="bd1">', '  <tbody>', ...rows.flatMap((r) => ['   <tr> ', ...r, '   </tr> ']), '  </tbody>', ' </table>', ' <br>') : []),
    ...added(' <table>', '  <tbody>', '   <tr>'),
    { text: `    <td class="b12c" id="UCAP-CONTENT">${body}</td>`, paragraphs },
    ...added('   </tr>', '  </tbody>', ' </table>', '</div>', '</body>', '</html>'),
  ];
  return {
    bytes: new TextEncoder().encode(lines.map((l) => l.text).join('\n')),
    lines: lines.map((l) => ('paragraphs' in l ? l.paragraphs : l.from)),
  };
};

let gbkTable: Map<string, number[]> | undefined;

/** GBK bytes of a character (the inverse of the WHATWG GBK decoder over its two-byte codes). */
function gbkCodes(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const c = decoder.decode(new Uint8Array([lead, trail]));
      if (c.length === 1 && c !== '\ufffd' && !table.has(c)) table.set(c, [lead, trail]);
    }
  }
  return (gbkTable = table);
}

/** A text as GBK bytes; a character GBK lacks becomes `?`, as a publisher's GBK export writes it. */
export function encodeGbk(text: string): Uint8Array {
  const table = gbkCodes();
  const out: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(c) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

/** (5) CRLF line ends and GBK bytes. */
export const crlfGbk: Shape = (input) => {
  const lines = source(input);
  return { bytes: encodeGbk(lines.map((l) => l.text).join('\r\n')), lines: lines.map((l) => l.from) };
};

/** Kinds a government issues under a cover notice (关于印发《X》的通知). */
const coveredKinds = new Set(['plan', 'work-plan', 'regulation']);

/** (6) The text under a cover notice: the label's issuer transmits 《title》 to its addressees, signed with the label's date. */
export const cover: Shape = (input) => {
  const { title, kind, issuer, date } = input.meta;
  // a title that is itself a notice (关于印发…的通知) is already under its cover
  if (!plain(input.lines) || !title || !issuer || !kind || !coveredKinds.has(kind) || /印发|通知$/.test(title)) return undefined;
  return utf8([
    ...added(
      `${issuer}关于印发《${title}》的通知`,
      '',
      '各区、县人民政府，市政府各部门、各直属机构：',
      `\u3000\u3000现将《${title}》印发给你们，请结合实际，认真贯彻执行。`,
      '',
      `${issuer}`,
      ...(date ? [chineseDate(date)] : []),
      '',
    ),
    ...source(input),
  ]);
};

/** The source's lines with text, trimmed, each a paragraph of the one line that runs them together. */
const paragraphsOf = (input: ShapeInput): Paragraph[] =>
  source(input)
    .map((l) => ({ text: l.text.trim(), from: l.from! }))
    .filter((p) => p.text !== '');

/**
 * (8) A policy collector's JSON record of one document, minified on one line (l317048418-ctrl/zhengcegzt, data/documents/*.json:
 * `{"id":…,"sourceName":…,"title":…,"url":…,"publishedAt":…,"documentNo":…,…,"fullText":"…\n…","issuer":…}`): the label's title,
 * date, doc number and issuer under the record's own keys (a field the label lacks is left out), the text in `fullText`, its
 * paragraphs joined by `\n` escapes. The one line maps to its paragraphs, as govcn-one-line's.
 */
export const jsonRecord: Shape = (input) => {
  if (!plain(input.lines)) return undefined;
  const { title, issuer, date, doc_number } = input.meta;
  const paragraphs = paragraphsOf(input);
  const record = {
    ...(issuer ? { sourceName: issuer } : {}),
    ...(title ? { title } : {}),
    ...(date ? { publishedAt: date } : {}),
    ...(doc_number ? { documentNo: doc_number } : {}),
    fullText: paragraphs.map((p) => p.text).join('\n'),
    ...(issuer ? { issuer } : {}),
    attachments: [],
  };
  return { bytes: new TextEncoder().encode(JSON.stringify(record)), lines: [paragraphs] };
};

/** A string as Python's json.dumps writes it with ensure_ascii (its default): JSON's escapes, every UTF-16 unit past ASCII a lowercase `\\uXXXX`. */
const asciiJson = (s: string): string => JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * (11) A crawler's record as Python's `json.dump` writes it by default (ensure_ascii: every Han character a `\\u` escape; `, ` and `: `
 * between fields), one record on one line (bucm-policy-search/web-scraping, developEnv/webSpider/newResult.json, a Scrapy export: dev
 * 653): the label's title, date and issuer under a crawler's keys (`title`, `date`, `source`; a field the label lacks is left out), the
 * text in `content`, its paragraphs joined by `\\n` escapes. The one line maps to its paragraphs, as json-record's.
 */
export const jsonAscii: Shape = (input) => {
  if (!plain(input.lines)) return undefined;
  const { title, issuer, date } = input.meta;
  const paragraphs = paragraphsOf(input);
  const fields: [string, string | undefined][] = [
    ['title', title],
    ['date', date],
    ['source', issuer],
    ['content', paragraphs.map((p) => p.text).join('\n')],
  ];
  const record = `{${fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([k, v]) => `${asciiJson(k)}: ${asciiJson(v)}`)
    .join(', ')}}`;
  return { bytes: new TextEncoder().encode(record), lines: [paragraphs] };
};

/** `2024-03-05` → `Tue, 05 Mar 2024 00:00:00 +0800` (RFC 822, as an RSS item's pubDate gives its day; a year or a month alone: its first day). */
export function rfc822Date(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const [weekday, , month] = day.toUTCString().split(' ');
  return `${weekday} ${d.padStart(2, '0')} ${month} ${y} 00:00:00 +0800`;
}

/** Text inside a CDATA section: a `]]>` of its own ends the section and opens another, as an XML writer splits it. */
const cdata = (s: string): string => s.replace(/\]\]>/g, ']]]]><![CDATA[>');

/**
 * (12) The document as an RSS 2.0 feed of one item (a portal's feed of its policy documents, as dev 490-493's aggregators give them,
 * with the full text a WordPress-style feed carries): the channel's head, then the item: the label's title, the date as pubDate, the
 * issuer as its `<source>` (a field the label lacks is left out), and the text in `<content:encoded>` as the page's HTML inside CDATA
 * (its `<`, `>`, `&` escaped, so no `]]>` of its own closes the section), a `<p>` a line (blank lines kept), each line at its source line. A feed's own item gets no other shape (plain: isFeed).
 */
export const rssFeed: Shape = (input) => {
  if (!plain(input.lines)) return undefined;
  const { issuer, date } = input.meta;
  const body = source(input).map((l) => (l.text.trim() === '' ? l : { ...l, text: `<p>${escapeHtml(l.text)}</p>` }));
  body[0] = { ...body[0]!, text: `      <content:encoded><![CDATA[${body[0]!.text}` };
  body[body.length - 1] = { ...body.at(-1)!, text: `${body.at(-1)!.text}]]></content:encoded>` };
  return utf8([
    ...added(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
      '  <channel>',
      '    <title>某市人民政府 - 政策文件</title>',
      '    <link>https://www.example.gov.cn/zwgk/zcwj/</link>',
      '    <description>某市人民政府政策文件发布</description>',
      '    <language>zh-CN</language>',
      '    <item>',
      `      <title><![CDATA[${cdata(titleOf(input))}]]></title>`,
      '      <link>https://www.example.gov.cn/zwgk/zcwj/content/post_1.html</link>',
      ...(date ? [`      <pubDate>${rfc822Date(date)}</pubDate>`] : []),
      ...(issuer ? [`      <source>${escapeHtml(issuer)}</source>`] : []),
    ),
    ...body,
    ...added('    </item>', '  </channel>', '</rss>'),
  ]);
};

/** A label's date as a Chinese date, the way a gazette's record writes its Date_Created: `2024-03-05` → `2024年3月5日` (a year or a month alone as far as it goes). */
const cjkDate = (date: string): string => {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
};

/**
 * (13) The document as one record of a gazette's XML export (the Executive Yuan Gazette's daily XML as kong0107/ey-gazette-data
 * holds it, 105/105-03-03/105-03-03.xml at c4fa5f3cdfec3fd107955ca807262dda70c98a4f, dev 691): under the XML declaration and the
 * `<Gazette>` root, a `<Record>` whose fields are CDATA elements a line each, PubGov, Date_Created, GazetteId and Title the label's
 * issuer, date, number and title (a field the label lacks is left out), then the text in `<Explain>` as written inside CDATA (a
 * `]]>` of its own split, as an XML writer splits it), each line at its source line. A feed's or a record's own text gets no other shape (plain: isFeed).
 */
export const xmlRecord: Shape = (input) => {
  if (!plain(input.lines)) return undefined;
  const { issuer, date, doc_number } = input.meta;
  const field = (name: string, value: string | undefined): string[] => (value ? [`<${name}><![CDATA[${cdata(value)}]]></${name}>`] : []);
  const body = source(input).map((l) => ({ ...l, text: cdata(l.text) }));
  body[0] = { ...body[0]!, text: `<Explain><![CDATA[${body[0]!.text}` };
  body[body.length - 1] = { ...body.at(-1)!, text: `${body.at(-1)!.text}]]></Explain>` };
  return utf8([
    ...added(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Gazette>',
      '<Record>',
      '<MetaId><![CDATA[1]]></MetaId>',
      ...field('PubGov', issuer),
      ...field('Date_Created', date && cjkDate(date)),
      ...field('GazetteId', doc_number),
      ...field('Title', titleOf(input)),
    ),
    ...body,
    ...added('</Record>', '</Gazette>'),
  ]);
};

/** A CSV cell: quoted when it holds a comma, a quote or a line break, a quote doubled (RFC 4180). */
const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * (9) A row of a CSV of documents under its header (johncodes404/china-provincial-gov-reports-2026, output/2026_raw_text/*.csv:
 * `province,year,title,source_url,publish_date,full_text`, then one row whose `full_text` is a quoted cell of many lines):
 * the label's region, year, title and date in their cells (an empty cell for what the label lacks, and for the URL), the
 * text's lines in the last cell, its quotes doubled. The row's first line holds its other cells before the text's first line.
 */
export const csvRow: Shape = (input) => {
  if (!plain(input.lines)) return undefined;
  const { title, region, year, date } = input.meta;
  const cells = [region ?? '', year === undefined ? '' : String(year), title ?? '', '', date ?? ''].map(csvCell);
  const lines = source(input).map((l) => ({ ...l, text: l.text.replace(/"/g, '""') }));
  lines[0] = { ...lines[0]!, text: `${cells.join(',')},"${lines[0]!.text}` };
  lines[lines.length - 1] = { ...lines.at(-1)!, text: `${lines.at(-1)!.text}"` };
  return utf8([...added('province,year,title,source_url,publish_date,full_text'), ...lines]);
};

/**
 * (10) A WeChat article saved as Markdown (chainreactors/picker, archive/…/daily/ACCOUNT_TITLE.md): front matter of title, url,
 * source (the account) and date, the headline as `#`, the cover image, the headline again over the account's name, the
 * paragraphs a blank line apart, and the player's chrome after the last (视频 小程序 赞 … 听过). The account is the label's
 * issuer, posting its own document (no issuer: no account, no article).
 */
export const wechatMarkdown: Shape = (input) => {
  if (!plain(input.lines)) return undefined;
  const { issuer, date } = input.meta;
  if (!issuer) return undefined;
  const title = titleOf(input);
  const image = (name: string): string => `![${name}](https://mmbiz.qpic.cn/mmbiz_jpg/0/640?wx_fmt=jpeg)`;
  const body = paragraphsOf(input).flatMap((p): Line[] => [{ text: p.text, from: p.from }, { text: '' }]);
  return utf8([
    ...added(
      '---',
      `title: ${title}`,
      'url: https://mp.weixin.qq.com/s?__biz=MzA5MzE5MDAzOA==&mid=2664167985&idx=1',
      `source: ${issuer}`,
      ...(date ? [`date: ${date}`] : []),
      '---',
      '',
      `# ${title}`,
      '',
      image('cover_image'),
      '',
      `# ${title}`,
      '',
      issuer,
      '',
      image(''),
      '',
    ),
    ...body,
    ...added('视频', '小程序', '赞', '，轻点两下取消赞', '在看', '，轻点两下取消在看', '分享', '留言', '收藏', '听过'),
  ]);
};

/** A character R writes as its code point when its locale cannot encode it (`<U+00A0>`, gov.cn pages scraped with R: dev 179, 224, 233, 256). */
const R_ESCAPE = /<U\+([0-9A-F]{4,6})>/g;

/**
 * The text as its publisher holds it: each `<U+XXXX>` of R's text file the character it stands for (a no-break space,
 * past the controls and within Unicode). A page or a PDF prints the character, never R's escape of it; only `crlf-gbk`
 * gives the file's own bytes.
 */
export const asPublished =
  (shape: Shape): Shape =>
  (input) =>
    shape({
      ...input,
      lines: input.lines.map((l) =>
        l.replace(R_ESCAPE, (escape, hex: string) => {
          const code = parseInt(hex, 16);
          return code < 0xa0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? escape : String.fromCodePoint(code);
        }),
      ),
    });

export const shapes = {
  html: asPublished(html),
  'info-block': asPublished(infoBlock),
  'front-matter': asPublished(frontMatter),
  pdf: asPublished(pdf),
  'crlf-gbk': crlfGbk,
  cover: asPublished(cover),
  'govcn-one-line': asPublished(govcnOneLine),
  'json-record': asPublished(jsonRecord),
  'csv-row': asPublished(csvRow),
  'wechat-md': asPublished(wechatMarkdown),
  'json-ascii': asPublished(jsonAscii),
  rss: asPublished(rssFeed),
  'xml-record': asPublished(xmlRecord),
} as const satisfies Record<string, Shape>;
export type ShapeName = keyof typeof shapes;
export const shapeNames = Object.keys(shapes) as ShapeName[];
