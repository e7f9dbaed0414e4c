// Shapes: the same document as another publisher could give it (a saved portal page, a portal's info
// table above the text, a Markdown scrape with front matter, a PDF's extracted text, CRLF and GBK bytes,
// the text under a cover notice, a gov.cn page with the whole text on one line). Each shape is a pure function of the text's lines and its label's
// metadata (nothing invented beyond the label's own values) to new bytes and a line map: which source
// line each line of the variant comes from, so that what the tool finds on the variant is scored
// against the original's labels (npm run eval:shapes, scripts/shapes.ts).

/** What a shape knows of a document: its decoded lines (as the labels count them) and its label's metadata. */
export interface ShapeInput {
  lines: readonly string[];
  meta: { title?: string | undefined; kind?: string | undefined; issuer?: string | undefined; date?: string | undefined; doc_number?: string | undefined };
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
/** A scraper's JSON export (`{`, or an excerpt that opens inside it: `},`, `"key": …`; a record a line, `{"id":…}`, dev 548, 549): data around strings, no page's text (corpus 143, 144). */
const isJson = (lines: readonly string[]): boolean => {
  const first = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  return /^(?:[{[]|[}\]],?)$/.test(first) || /^"[^"]*"\s*:/.test(first) || /^\{\s*"[^"]*"\s*:.*\}$/.test(first);
};
/** A plain text: no page's markup, no scrape's front matter, no JSON export (a PDF, a portal's page or table holds none of them). */
const plain = (lines: readonly string[]): boolean => !isHtml(lines) && !hasFrontMatter(lines) && !isJson(lines);
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
 * page of 40 lines and the title as a running header above each page after the first. A text that is a PDF's text layer
 * already is that shape as published: its printed lines broken again at another width (239's spaced-out
 * `关  于  洛  阳  市  2025年  预  算  执  行  情  况  和` cut inside its gaps) is no extraction anyone gets.
 */
export const pdf: Shape = (input) => {
  if (!plain(input.lines) || isPdfText(input.lines)) return undefined;
  const header = titleOf(input);
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
    if (page > 0) out.push(...added(header, ''));
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

export const shapes = {
  html,
  'info-block': infoBlock,
  'front-matter': frontMatter,
  pdf,
  'crlf-gbk': crlfGbk,
  cover,
  'govcn-one-line': govcnOneLine,
} as const satisfies Record<string, Shape>;
export type ShapeName = keyof typeof shapes;
export const shapeNames = Object.keys(shapes) as ShapeName[];
