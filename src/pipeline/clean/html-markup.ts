// html-markup: HTML left in a scraped text (`<p cms-style="font-L">…</p>` (its text indented with U+3000), `<span><a href=…>中芯国际</a></span>`,
// `<br>`, a `<style>` block of the page's share bar) is markup, never report text, and character
// references (`&nbsp;`, `&#123;`) stand for characters. Tags of known HTML elements go (logged), an
// element that is not phrasing content (p, div, br, li, h1, td …) ends a paragraph, the content of
// style sheets and scripts goes with them (logged), and each reference becomes its character (the
// reference logged). What an element name is comes from the html-tag-names package; which elements
// flow in a line and which hold no text, from data/html-elements.json. Only in a text that is HTML
// (isHtmlScrape): a plain text that quotes a tag keeps it. A `<` that opens no known element (`<2%`,
// `<一>`) is text.
import { htmlTagNames } from 'html-tag-names';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import elements from '../data/html-elements.json' with { type: 'json' };
import type { CleaningRule, CleanLog, SourceLine } from './types.ts';
import type { CleaningEntry } from '../types.ts';
import { rowText } from './tables.ts';
import { LABEL_KEY } from '../patterns.ts';

const known = new Set(htmlTagNames);
/**
 * A custom element: a name no HTML element has, opened and closed on one line of the page (`<c>乡镇考核依据</c>`, a JSP template's own
 * tag around a section's name, dev 551). Markup that flows in the line, as an element of a namespace does; a `<` with no close of
 * its name on the line (`<2%`, `<一>`, `<x`) stays text.
 */
function isCustomElement(name: string, line: string): boolean {
  if (known.has(name.toLowerCase())) return false;
  const tag = escapeName(name);
  return new RegExp(`<${tag}(?=[\\s>])`, 'i').test(line) && new RegExp(`</${tag}\\s*>`, 'i').test(line);
}
const escapeName = (name: string): string => name.replace(/[^a-zA-Z0-9]/g, '');
/** An element of a namespace (`o:p`, Word's empty paragraph mark): markup that flows in the line (data/html-elements.json). */
const namespaced = (name: string): boolean => name.includes(':');
const phrasing = new Set(elements.phrasing);
const voidElements = new Set(elements.void);
/** An inline style that displays an element as a block: `style="text-align:center;display:block;"`. */
const BLOCK_DISPLAY = /style\s*=\s*["']?[^"'>]*\bdisplay\s*:\s*(?:block|flex|grid|list-item|table)\b/iu;
const chromeElements = new Set(elements.chrome.elements);
/** A chrome word opening a class or id or a part of it after `-` or `_` (`nav_background`, `main-nav`, `navbar`; not `research`). */
const chromeName = new RegExp(`(?:^|[\\s_-])(?:${elements.chrome.names.join('|')})`, 'i');
const documentName = new RegExp(elements.chrome.document_names.join('|'), 'i');
/** How the log names what the page's chrome held. */
const CHROME_NOTE = "the page's chrome (its header, navigation, search box or footer), no text of the document";
/** The class and id of a tag's attributes. */
const CLASS_OR_ID = /(?:^|\s)(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** Is an opening tag the page's chrome (header, navigation, search box, footer): by its element, or a class or id that names chrome and not the document (data/html-elements.json `chrome`)? */
function isChrome(name: string, attributes: string): boolean {
  if (voidElements.has(name)) return false;
  const names = classAndId(attributes);
  if (documentName.test(names)) return false;
  return chromeElements.has(name) || chromeName.test(names);
}

/** The class and id of an opening tag's attributes, joined. */
const classAndId = (attributes: string): string => [...attributes.matchAll(CLASS_OR_ID)].map((m) => m[1] ?? m[2] ?? m[3]!).join(' ');

/** The words of chrome.document_names, each a whole class or id (`main`, `content`; not a framework's layout class, `layui-main`). */
const documentWord = new Set(elements.chrome.document_names.map((w) => w.toLowerCase()));

/**
 * Does an opening tag inside the page's chrome open the document: a class or id that is, as a whole, a word of
 * chrome.document_names, and names no chrome (<div id="main"> in <div class="nav_background">, dev 323)? Then the element
 * taken for chrome wraps the page, and its chrome ends there. Not a layout class that holds such a word (layui-main, in dev 290's header).
 */
function opensDocument(name: string, attributes: string): boolean {
  if (voidElements.has(name)) return false;
  const names = classAndId(attributes);
  return names.split(/\s+/u).some((n) => documentWord.has(n.toLowerCase())) && !chromeName.test(names);
}
/**
 * Does a table cell's opening tag hold the document: a class or id one of whose parts (split at a space, - or _, or where a
 * capital follows a small letter: `NewsContent`, dev 897) is a word of chrome.document_names (`<td class="b12c" id="UCAP-CONTENT">`,
 * the cell of gov.cn's layout table that holds a whole policy document, dev 391-393), and none names chrome? Then the table
 * around it lays out the page and holds no data.
 */
function holdsDocument(attributes: string): boolean {
  const names = classAndId(attributes);
  return names.split(/[\s_-]+|(?<=\p{Ll})(?=\p{Lu})/u).some((n) => documentWord.has(n.toLowerCase())) && !chromeName.test(names);
}
/** A table's `border="0"`: HTML 4's sign of a table that lays out a page, not one of data (the Executive Yuan Gazette's notice page, dev 687, 691). */
const BORDERLESS = /\bborder\s*=\s*["']?0["'\s>]/i;
/**
 * Does the cell that opens at `from` of lines[at] end its row (its close, the first </td> or </th>, followed by the row's or the
 * table's end) and hold two paragraphs with words or more (<p> elements, not one of a space alone)?
 */
function closesRowWithParagraphs(lines: readonly SourceLine[], at: number, from: number): boolean {
  let html = '';
  let after = '';
  for (let k = at; k < lines.length; k++) {
    const text = k === at ? lines[k]!.text.slice(from) : lines[k]!.text;
    const close = /<\/t[dh]\s*>/i.exec(text);
    html += `${close ? text.slice(0, close.index) : text}\n`;
    if (close) {
      after = [text.slice(close.index + close[0].length), lines[k + 1]?.text ?? ''].join(' ');
      break;
    }
  }
  const paragraphs = html
    .split(/<p(?=[\s>])/i)
    .slice(1)
    .filter((p) => /[^\s\u3000]/u.test(decodeReferences(p.replace(/<[^>]*>|^[^>]*>/g, '')))).length;
  return paragraphs >= 2 && /^\s*<\/?(?:tr|tbody|table)[\s>]/i.test(after);
}
/** The columns of a table's widest row so far (a cell's colspan counted). */
const widthOf = (t: OpenTable): number => Math.max(1, ...t.rows.map((r) => r.spans.reduce((n, s) => n + s.cols, 0)));
const rawText = new Set(elements.raw_text);
/** The close tag of each raw-text element (</script, </STYLE): searched from where the raw text goes on, in the line as it is (not a lower-cased copy of it, made again at each element: slow on a page saved on one line, and its indices are not the line's when a character lower-cases to two, İ). */
const rawClose = new Map([...rawText].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/** A character reference (`&nbsp;`, `&#123;`, `&#x3c;`): group 1 is what stands between `&` and `;`. */
const REFERENCE = String.raw`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`;

/**
 * A tag (possibly running on past the line's end, also inside a quoted value: `<meta content="…` wrapped by the page) or a
 * character reference. A tag's name may have a namespace prefix
 * (`<o:p>`, `<v:shape>`: Office's elements in a page pasted from Word, dev 291): an element of a namespace is markup too.
 */
const TOKEN = new RegExp(String.raw`<(\/?)([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z][a-zA-Z0-9]*)?)(?=[\s/>]|$)((?:[^<>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*)(>|$)|${REFERENCE}`, 'g');

/** Where a tag that ran past a line's end goes on in the next: inside its attributes, or inside a quoted value. */
type TagState = false | 'tag' | '"' | "'";

/** The state a tag's attributes leave when the line ends in them: an unclosed quote, or the tag itself. */
function openTagState(attributes: string): TagState {
  let quote: '"' | "'" | undefined;
  for (const c of attributes) if (c === '"' || c === "'") quote = quote === c ? undefined : (quote ?? c);
  return quote ?? 'tag';
}

/** The end (past `>`) of a tag that goes on in this line from `i` in `state`, or -1 when it runs past this line too, with the state it leaves. */
function tagRest(text: string, i: number, state: Exclude<TagState, false>): { end: number; state: TagState } {
  let quote: '"' | "'" | undefined = state === 'tag' ? undefined : state;
  for (let k = i; k < text.length; k++) {
    const c = text[k]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return { end: k + 1, state: false };
  }
  return { end: -1, state: quote ?? 'tag' };
}

/** A document type declaration (`<!DOCTYPE html>`, `<!doctype html PUBLIC "…">`, at the start of a line or after a tag): markup, never text (dev 320: a page whose doctype stood as its first paragraph, and its title). */
const DOCTYPE = /<!doctype\b[^>]*>/iy;

/** The `href` of a link's attributes, quoted or not. */
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** The character a reference stands for (`amp` → `&`, `#123` → `{`), or undefined. */
export function characterReference(ref: string): string | undefined {
  if (ref.startsWith('#')) {
    const code = /^#[xX]/.test(ref) ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    // NUL, surrogates and what is past Unicode are no characters
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
  }
  const named = decodeNamedCharacterReference(ref);
  return named === false ? undefined : named;
}

/** A URL as the page meant it: `?a=1&amp;b=2` → `?a=1&b=2`; a news feed's escaped text (feed-export). A reference no character answers stays. */
const REFERENCES = new RegExp(REFERENCE, 'g');
export const decodeReferences = (text: string): string => text.replace(REFERENCES, (all, ref: string) => characterReference(ref) ?? all);
/** The references decodeReferences replaces in `text` (`&amp;`, `&#x4E2D;`; not `&foo;`), as written. */
export const decodedReferences = (text: string): string[] => [...text.matchAll(REFERENCES)].filter((m) => characterReference(m[1]!) !== undefined).map((m) => m[0]);

/** How many tags of known elements that are not phrasing content (p, div, br, td …) the line holds, and how many of them close an element (`</p>`). */
function blockTags(text: string): { all: number; closing: number } {
  const n = { all: 0, closing: 0 };
  if (!text.includes('<')) return n;
  // matchAll starts where the shared regex's lastIndex stands (the rule's exec loop leaves it past its last match)
  TOKEN.lastIndex = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (!m[2] || !known.has(m[2].toLowerCase()) || phrasing.has(m[2].toLowerCase())) continue;
    n.all++;
    if (m[1]) n.closing++;
  }
  return n;
}

/** A line that is one block element, opened and closed on it: `<p style="…">…</p>`. */
const WHOLE_ELEMENT = /^<(p|div|h[1-6]|li|blockquote|section|article)\b[^>]*>.*<\/\1>$/i;

/** A line indented with no-break spaces written as character references (`&nbsp;&nbsp;各位代表：`). */
const ENTITY_INDENT = /^(?:&nbsp;|&#160;|&#xa0;){2,}/i;

/** A page as a browser saves it, or a server sends it: the text opens with a doctype or an `<html>` tag. */
const PAGE_START = /^\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html)[\s>]/i;

/**
 * Is the text an HTML page, or a scrape that kept its HTML? The evidence must be strong: block tags on
 * at least three lines and on at least a third of the lines with text; or a page saved or minified
 * onto a few lines (a browser's saved copy of a portal page, its whole body on one line): a text that
 * opens as a page (`<!DOCTYPE html>`, `<html>`), or ten block tags at least, five of them closing an
 * element (`</p>`, `</div>`: markup, where prose that names tags, `段落用<p>标记，标题用<h1>`, rarely closes
 * them), on lines that hold at least half of the text; or a short text whose every line, two or more, is one whole block element
 * (`<p style="…">…</p>`: the HTML paragraphs of a crawler's JSON record of an article, dev 441). A text that quotes a tag or two (`<P id="evil">假段落</P>` among thirty lines of
 * prose, a cell `<script>x</script>`) keeps it as text, and its `&lt;` stays `&lt;`: what a plain text
 * says is shown as it says it.
 */
export function isHtmlScrape(lines: readonly SourceLine[]): boolean {
  // the HTML a news feed's item holds as its text, however short (feed-export marks its lines, dev 490-493)
  if (lines.some((l) => l.feedHtml)) return true;
  const withText = lines.filter((l) => l.text).length;
  const tags = lines.map((l) => blockTags(l.text));
  const tagged = tags.filter((n) => n.all > 0).length;
  if (tagged >= 3 && tagged * 3 >= withText) return true;
  // a short text whose every line is one whole block element, two lines or more (the HTML paragraphs of a crawler's JSON record, dev 441)
  if (withText >= 2 && lines.every((l) => !l.text || WHOLE_ELEMENT.test(l.text))) return true;
  if (PAGE_START.test(lines.find((l) => l.text.trim())?.text ?? '')) return tagged > 0;
  // a post whose editor indents its paragraphs with character references (`&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;各位代表：`, a blog's
  // copy of China Daily's bilingual text, dev 541, 542), on three lines and a third of the lines with text: its tags are markup too
  const indented = lines.filter((l) => ENTITY_INDENT.test(l.text)).length;
  if (indented >= 3 && indented * 3 >= withText) return true;
  const chars = lines.reduce((sum, l) => sum + l.text.length, 0);
  const taggedChars = lines.reduce((sum, l, i) => sum + (tags[i]!.all > 0 ? l.text.length : 0), 0);
  const sum = (key: 'all' | 'closing'): number => tags.reduce((a, n) => a + n[key], 0);
  return sum('all') >= 10 && sum('closing') >= 5 && taggedChars * 2 >= chars;
}

/** The tags that build a table: a cell's text is the cell's, whatever block tags it holds. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

/** A row of cells, with the rows and columns each cell spans (`rowspan`, `colspan`; 1 when it says none). */
type Row = { cells: string[]; line: number; th: number; spans: { rows: number; cols: number }[]; merged?: { col: number; rows: number; cols: number }[] };
type OpenTable = { rows: Row[]; row?: Row | undefined; cell?: string | undefined; span?: { rows: number; cols: number } | undefined; borderless?: boolean };

/** A cell's `rowspan` and `colspan` attributes, compiled once (spanOf reads every cell of every table). */
const SPAN_ATTRIBUTE = { rowspan: /\browspan\s*=\s*["']?(\d+)/i, colspan: /\bcolspan\s*=\s*["']?(\d+)/i };

/** The span a cell's attributes give, `rowspan="3"` / `colspan="8"` (1 to 100; anything else is 1). */
const spanOf = (attributes: string, name: 'rowspan' | 'colspan'): number => {
  const n = Number(SPAN_ATTRIBUTE[name].exec(attributes)?.[1] ?? 1);
  return n >= 1 && n <= 100 ? n : 1;
};

/** Reads one table tag: a row or a cell opens or closes (a missing close tag is implied, as HTML does). */
function readTable(t: OpenTable, name: string, closing: boolean, line: number, attributes = ''): void {
  const endCell = (): void => {
    if (t.cell === undefined) return;
    const row = (t.row ??= { cells: [], line, th: 0, spans: [] });
    row.cells.push(t.cell.replace(/\s+/g, ' ').trim());
    row.spans.push(t.span ?? { rows: 1, cols: 1 });
    t.cell = undefined;
  };
  const endRow = (): void => {
    endCell();
    if (t.row?.cells.length) t.rows.push(t.row);
    t.row = undefined;
  };
  if (name === 'td' || name === 'th') {
    endCell();
    if (!closing) {
      t.row ??= { cells: [], line, th: 0, spans: [] };
      if (name === 'th') t.row.th++;
      t.cell = '';
      t.span = { rows: spanOf(attributes, 'rowspan'), cols: spanOf(attributes, 'colspan') };
    }
  } else if (name === 'tr') {
    endRow();
    if (!closing) t.row = { cells: [], line, th: 0, spans: [] };
  } else if (name === 'table' && closing) endRow();
}

/** A cell that is a metadata label: `发文字号：`, `标\u3000\u3000题：`, `索 引 号：` (its key, LABEL_KEY, spaced out as a portal aligns it). */
const LABEL_CELL = new RegExp(String.raw`^${LABEL_KEY}[：:︰]$`, 'u');
/** A portal's info table: each row a label cell and its value, once or twice over (发文机关： 某省人民政府 成文日期： 2026年03月26日). */
const isInfoTable = (rows: readonly Row[]): boolean =>
  rows.every((r) => r.cells.length % 2 === 0 && r.cells.every((c, i) => i % 2 === 1 || LABEL_CELL.test(c.replace(/\s/gu, ''))));

/**
 * A closed table's lines: rows of one width (two cells at least, two rows at least) as Markdown rows
 * `| a | b |`, which the table rule rebuilds into a table; a portal's info table of label and value cells
 * (isInfoTable) as label lines, which metadata reads; else each cell a line of its own, as text.
 */
function tableLines(read: Row[]): SourceLine[] {
  // a portal's info table: each label with its value, a field a line (发文机关：某省人民政府), as a page without one prints them;
  // its cells as read, a value over the columns of the next pair (gov.cn's 标题, colspan 3) still one value
  if (isInfoTable(read))
    return read.flatMap((r) =>
      r.cells.flatMap((c, i) =>
        i % 2 === 0
          ? [
              { text: `${c}${r.cells[i + 1]}`, line: r.line, indent: false },
              { text: '', line: r.line, indent: false },
            ]
          : [],
      ),
    );
  const rows = grid(read);
  const width = rows[0]?.cells.length ?? 0;
  if (rows.length >= 2 && width >= 2 && rows.every((r) => r.cells.length === width))
    return rows.map((r, k) => ({
      text: rowText(r.cells),
      line: r.line,
      indent: false,
      html: true,
      ...(k === 0 && r.th === r.cells.length ? { head: true } : {}),
      ...(r.merged?.length ? { spans: r.merged } : {}),
    }));
  return rows.flatMap((r) =>
    r.cells.filter(Boolean).flatMap((c) => [
      { text: c, line: r.line, indent: false },
      { text: '', line: r.line, indent: false },
    ]),
  );
}

/**
 * The rows as the table lays them out: a cell merged over the rows below (`rowspan`) or the columns beside it (`colspan`)
 * stands in its first place, the places it covers are empty cells, so every row of a well-formed table has one width
 * (a bulletin's header: 区县 over three rows, 地区生产总值（亿元） over two, its growth under nothing; dev 426). Nothing
 * is written twice and nothing lost; each row keeps the places of its cells that span (`merged`), for the page's header.
 * A table without spans is as read.
 */
function grid(rows: Row[]): Row[] {
  if (rows.every((r) => r.spans.every((s) => s.rows === 1 && s.cols === 1))) return rows;
  const covered: Set<number>[] = rows.map(() => new Set());
  return rows.map((r, i) => {
    const cells: string[] = [];
    // the cells that span, by the place they stand in (the table rule keeps them for the page's header)
    const merged: { col: number; rows: number; cols: number }[] = [];
    let col = 0;
    const skip = (): void => {
      while (covered[i]!.has(col)) cells[col++] = '';
    };
    r.cells.forEach((text, k) => {
      skip();
      const { rows: down, cols: across } = r.spans[k] ?? { rows: 1, cols: 1 };
      cells[col] = text;
      const rowsDown = Math.min(down, rows.length - i);
      if (rowsDown > 1 || across > 1) merged.push({ col, rows: rowsDown, cols: across });
      for (let c = 1; c < across; c++) cells[col + c] = '';
      for (let d = 1; d < down && i + d < rows.length; d++) for (let c = 0; c < across; c++) covered[i + d]!.add(col + c);
      col += across;
    });
    skip();
    return { ...r, cells, spans: cells.map(() => ({ rows: 1, cols: 1 })), merged };
  });
}

/** A `<meta>` tag of one of `names`, with its content, in either order of the two. */
const metaTag = (names: readonly string[]): RegExp =>
  new RegExp(String.raw`<meta\b(?=[^>]*\bname\s*=\s*["'](?:${names.join('|')})["'])[^>]*\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')`, 'iu');
const TITLE_META = metaTag(elements.title_meta);
const SITE_META = metaTag(elements.site_meta);

/** The first content with Han text of a `<meta>` tag `pattern` finds in what html-markup removed. */
function pageMeta(cleaning: readonly CleaningEntry[], pattern: RegExp): string | undefined {
  for (const c of cleaning) {
    if (c.kind !== 'html-markup') continue;
    const m = pattern.exec(c.text);
    const value = m ? decodeReferences(m[1] ?? m[2] ?? '').trim() : '';
    if (/\p{Script=Han}{2}/u.test(value)) return value;
  }
  return undefined;
}

/**
 * The headline a page's head stores in a `<meta name="ArticleTitle" content="…">` (the pages of Chinese government sites carry it
 * under the national guideline for government websites), read from what html-markup removed: the first with Han text.
 */
export const readPageTitle = (cleaning: readonly CleaningEntry[]): string | undefined => pageMeta(cleaning, TITLE_META);

/** The name of the site a page is of, as its head stores it under the same guideline (`<meta name="SiteName" content="六安市财政局">`). */
export const readSiteName = (cleaning: readonly CleaningEntry[]): string | undefined => pageMeta(cleaning, SITE_META);

const DATE_META = metaTag(elements.date_meta);
const DATE_COMMENT = new RegExp(String.raw`<!--\s*(?:${elements.date_comments.join('|')})\b[^]*?<date>\s*((?:19|20)\d{2}-\d{2}-\d{2})`, 'iu');

/**
 * The day a page went online as its head stores it (`<meta name="PubDate" content="2026-07-10 11:20:44">`, under the same guideline),
 * or a newspaper's e-paper system in its article's properties (`<!--enpproperty <date>2026-02-08 00:00:00:0</date>…-->`): YYYY-MM-DD,
 * the page's metadata, which dates it only when nothing it prints does (inferMeta; dev 326).
 */
export function readPageDate(cleaning: readonly CleaningEntry[]): string | undefined {
  for (const c of cleaning) {
    const m = c.kind === 'html-markup' ? DATE_META.exec(c.text) : c.kind === 'html-comment' ? DATE_COMMENT.exec(c.text) : null;
    const day = m ? /^(?:19|20)\d{2}-\d{2}-\d{2}/.exec(decodeReferences(m[1] ?? m[2] ?? '').trim())?.[0] : undefined;
    if (day) return day;
  }
  return undefined;
}

/**
 * The text of a saved page's `<title>` element, its spaces and line breaks run together: the browser's title bar (`site - title`,
 * `title_section_site`, the site's name alone), which is the page's metadata, no line of the document (dev 290, 321; read by inferTitle).
 */
export function readTitleBar(source: string): string | undefined {
  const m = /<title\b[^>]*>([^<]*)<\/title\s*>/iu.exec(source);
  const bar = m ? decodeReferences(m[1]!).replace(/\s+/gu, ' ').trim() : '';
  return /\p{Script=Han}{2}/u.test(bar) ? bar : undefined;
}

/** A page's h1, h2 or h3 element, its content (a heading wrapped in its site's own tag, `<h1><UCAPTITLE>…</UCAPTITLE></h1>`, dev 323). */
const HEADLINE = /<(h[123])\b[^>]*>([^]*?)<\/\1\s*>/giu;

/**
 * The texts of a saved page's h1, h2 and h3 elements with Han text, the h1s first, then the h2s, then the h3s (a template that sets its
 * headline in an h3, `<div class="news-title"><h3>…</h3>`, dev 979), each in the page's order, their tags gone: the headline a
 * page prints over its text among its chrome's headings (`<h2>重庆市交通委员会2018年部门预算情况说明</h2>` under a title bar that is the
 * site's name alone, dev 477; 网站导航, 新闻推荐), which inferTitle chooses from. A heading that is a link (`<h2><a href=…>…</a></h2>`, an
 * item of a list of other pages, dev 357) heads none of this page.
 */
export function readHeadlines(source: string): string[] {
  const found = [...source.matchAll(HEADLINE)]
    .filter((m) => !/<a\b[^>]*\bhref/iu.test(m[2]!))
    .map((m) => ({
      level: m[1]!.toLowerCase(),
      text: decodeReferences(m[2]!.replace(/<[^>]*>/gu, ''))
        .replace(/\s+/gu, ' ')
        .trim(),
    }))
    .filter((h) => /\p{Script=Han}{2}/u.test(h.text));
  return ['h1', 'h2', 'h3'].flatMap((level) => found.filter((h) => h.level === level).map((h) => h.text));
}

/** What the page's chrome (isChrome) held, each line's as html-markup logged it: a site's menus and footer (主办单位：…). */
export const readChrome = (cleaning: readonly CleaningEntry[]): string[] => cleaning.filter((c) => c.kind === 'html-markup' && c.note === CHROME_NOTE).map((c) => c.text);

/** A line of text: ten Han characters or more (a sentence, a headline), not a menu's item. */
const HAN_TEXT = /(?:\p{Script=Han}[^\p{Script=Han}]{0,3}){10}/u;
const isTextLine = (l: SourceLine): boolean => !l.titleBar && HAN_TEXT.test(l.text);

/** At most this many chrome elements a page never closes are given back before the page is read with no chrome at all. */
const MAX_UNCLOSED_CHROME = 8;

/** Removes HTML tags and style/script content, decodes character references, splits paragraphs at block elements; every removal logged. */
export const htmlMarkup: CleaningRule = {
  kind: 'html-markup',
  apply(lines, log) {
    if (!isHtmlScrape(lines)) return lines;
    // A chrome element the page never closes (a hand-edited page's <div class="menu">) would take the rest of the page: the page
    // is read again with that element as no chrome (its log so far dropped), and after MAX_UNCLOSED_CHROME such with none.
    // Chrome never holds the whole document: a reading that keeps no line of text outside the title bar while its chrome held
    // some (a layout's <div class="sidebarRight"> around the article, dev 380) is done again with no chrome.
    const notChrome = new Set<string>();
    let noChrome = false;
    for (;;) {
      const scratch: CleanLog = { ...log, cleaning: [], links: [] };
      const read = readPage(lines, scratch, !noChrome && notChrome.size < MAX_UNCLOSED_CHROME ? notChrome : undefined);
      // chrome that holds a layout table's cell of the document (an old CMS's page laid out in nested tables inside a
      // <div class="menu_con">, dev 897) wraps the page, no chrome: the page is read again with it as none
      const holding = [...read.holding].filter((at) => !notChrome.has(at));
      if (read.unclosed === undefined && !noChrome && holding.length && notChrome.size + holding.length <= MAX_UNCLOSED_CHROME) {
        for (const at of holding) notChrome.add(at);
        continue;
      }
      if (read.unclosed === undefined && !noChrome && !read.out.some(isTextLine) && scratch.cleaning.some((c) => c.note === CHROME_NOTE && HAN_TEXT.test(c.text))) {
        noChrome = true;
        continue;
      }
      if (read.unclosed === undefined) {
        log.cleaning.push(...scratch.cleaning);
        if (scratch.links!.length) (log.links ??= []).push(...scratch.links!);
        return read.out;
      }
      notChrome.add(read.unclosed);
    }
  },
};

/**
 * One reading of a page that is HTML (htmlMarkup). `notChrome`: the chrome openings (`line:index`) to read as no chrome; none
 * at all when undefined. `unclosed`: the opening of a chrome element the page never closed, when there is one.
 */
function readPage(lines: readonly SourceLine[], log: CleanLog, notChrome: ReadonlySet<string> | undefined): { out: SourceLine[]; unclosed?: string; holding: Set<string> } {
  // the chrome openings that held the document's cell (a layout table's cell that holdsDocument, ends its row, two paragraphs or more)
  const holding = new Set<string>();
  // what runs on from one line to the next: a style sheet or script, or a tag whose attributes wrap
  let inRaw: string | undefined;
  let inTag: TagState = false;
  // an open element of the page's chrome (isChrome), how deep its own name nests in it, where it opened
  let chrome: { name: string; depth: number; at: string } | undefined;
  // an open link: its URL and where its text starts in the paragraph being built
  let link: { url: string; part: number; at: number } | undefined;
  // an open <table>: its rows so far, the row and the cell being read
  let table: OpenTable | undefined;
  // inside the page's <title> (the browser's title bar): the parts it gives are marked `titleBar` (page-head takes them)
  let inTitle = false;
  // inside a <p> element, and text of it read since its start or its last block tag
  let inP = false;
  // the phrasing elements open, and whether their style displays them as a block
  const openPhrasing: { name: string; block: boolean }[] = [];
  let pText = false;
  const out: SourceLine[] = [];
  for (const [index, l] of lines.entries()) {
    // the page broke its source line inside a tag of that <p> (`<span style="…;` / `color:…">1162.95</span>`, a page exported
    // from Word): no text stands between the runs before and after the break, which a browser shows run together (inElement).
    // A break between tags or in text is whitespace a browser shows as a space, and join-lines decides as for any line.
    const goesOn = inP && pText && inTag !== false;
    const parts: string[] = [''];
    const titleParts = new Set<number>(inTitle ? [0] : []);
    // lines a closed table gives, standing before the part of that index
    const blocks = new Map<number, SourceLine[]>();
    let chromeText = '';
    const append = (t: string): void => {
      if (chrome) chromeText += t;
      else if (table?.cell !== undefined) table.cell += t;
      else {
        parts[parts.length - 1] += t;
        if (inP && t.trim()) pText = true;
      }
    };
    const removed: string[] = [];
    const rawRemoved: string[] = [];
    const refs: string[] = [];
    let breaks = false;
    let linked = false;
    let i = 0;
    const text = l.text;
    while (i < text.length) {
      if (inTag) {
        const rest = tagRest(text, i, inTag);
        removed.push(text.slice(i, rest.end === -1 ? text.length : rest.end));
        i = rest.end === -1 ? text.length : rest.end;
        inTag = rest.state;
        continue;
      }
      if (inRaw) {
        const closer = rawClose.get(inRaw)!;
        closer.lastIndex = i;
        const close = closer.exec(text)?.index ?? -1;
        rawRemoved.push(text.slice(i, close === -1 ? text.length : close));
        i = close === -1 ? text.length : close;
        if (close !== -1) inRaw = undefined;
        continue;
      }
      DOCTYPE.lastIndex = i;
      const declaration = text.startsWith('<!', i) ? DOCTYPE.exec(text) : null;
      if (declaration) {
        removed.push(declaration[0]);
        i += declaration[0].length;
        continue;
      }
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(text);
      let at = m?.index ?? text.length;
      // the character a reference stands for; a token this rule does not take is text up to past its first character
      const decoded = m?.[5] === undefined ? undefined : characterReference(m[5]);
      const token = m && (m[2] ? known.has(m[2].toLowerCase()) || namespaced(m[2]) || isCustomElement(m[2], text) : decoded !== undefined) ? m : undefined;
      if (m && !token) at = m.index + 1;
      append(text.slice(i, at));
      i = at;
      if (!token) continue;
      i = token.index + token[0].length;
      if (chrome && decoded !== undefined) {
        chromeText += token[0];
        continue;
      }
      if (decoded !== undefined) {
        // a no-break space (&nbsp;) is a space to every rule after this one (1&nbsp;250家 is 1 250家)
        append(decoded.replace(/\u00a0/g, ' '));
        refs.push(token[0]);
        continue;
      }
      const name = token[2]!.toLowerCase();
      removed.push(token[0]);
      if (token[4] === '') inTag = openTagState(token[3]!);
      // a style sheet or script opens (not one that closes itself): its content is no text, in chrome or out of it
      const opensRaw = !token[1] && rawText.has(name) && !token[3]!.trimEnd().endsWith('/');
      // the page's chrome (a header, navigation, a footer): its text goes with it, up to the close of its element
      // an element that opens the document inside what was taken for chrome (`<div class="nav_background">` around
      // `<div id="main">`, dev 323): the chrome element wraps the page, its chrome ends there
      if (chrome && !token[1] && opensDocument(name, token[3]!)) chrome = undefined;
      if (chrome && !token[1] && (name === 'td' || name === 'th') && holdsDocument(token[3]!) && closesRowWithParagraphs(lines, index, token.index + token[0].length))
        holding.add(chrome.at);
      if (chrome) {
        if (opensRaw) inRaw = name;
        else if (name === chrome.name) chrome.depth += token[1] ? -1 : 1;
        if (chrome.depth > 0) continue;
        chrome = undefined;
        breaks = true;
        parts.push('');
        continue;
      }
      const opening = `${l.line}:${token.index}`;
      if (!token[1] && notChrome !== undefined && !notChrome.has(opening) && isChrome(name, token[3]!)) {
        chrome = { name, depth: 1, at: opening };
        breaks = true;
        parts.push('');
        continue;
      }
      if (name === 'a' && !token[1]) {
        const url = HREF.exec(token[3]!);
        link = url ? { url: decodeReferences((url[1] ?? url[2] ?? url[3]!).trim()), part: parts.length - 1, at: parts[parts.length - 1]!.length } : undefined;
      } else if (name === 'a' && link) {
        // the link's text stays in the line; its URL is data in meta.links, as a Markdown link's
        if (link.part === parts.length - 1) (log.links ??= []).push({ text: parts[link.part]!.slice(link.at).trim(), url: link.url, line: l.line });
        linked = true;
        link = undefined;
      }
      if (opensRaw) inRaw = name;
      if (name === 'table' && !token[1] && !table) table = { rows: [], borderless: BORDERLESS.test(token[3]!) };
      if (
        table &&
        (name === 'td' || name === 'th') &&
        !token[1] &&
        (holdsDocument(token[3]!) ||
          (table.borderless &&
            table.cell === undefined &&
            !table.row?.cells.length &&
            spanOf(token[3]!, 'colspan') >= widthOf(table) &&
            closesRowWithParagraphs(lines, index, token.index + token[0].length)))
      ) {
        // a layout table's cell that holds the document: the rows before it as lines (a page's info table), its content as
        // text whose block elements end paragraphs, each on its own line, not one cell's text at the row's line; a cell is
        // the document's when its class or id says so, or, in a table with no border (border="0"), when it is its row's only cell,
        // as wide as the rows before it, and holds two paragraphs or more (the gazette's notice page: under the letterhead row, one
        // cell of 主旨, 依據 and 公告事項 as <p>, dev 687, 691; a data table's cell, one of a row's, keeps its place)
        readTable(table, 'table', true, l.line);
        blocks.set(parts.length, tableLines(table.rows));
        table = undefined;
        breaks = true;
        parts.push('');
        continue;
      }
      if (table && TABLE_PARTS.has(name)) {
        readTable(table, name, !!token[1], l.line, token[3] ?? '');
        if (name !== 'table' || !token[1]) continue;
        // the table is whole: its rows as Markdown rows (the table rule rebuilds it), or its cells as lines
        blocks.set(parts.length, tableLines(table.rows));
        table = undefined;
      } else if (table?.cell !== undefined) continue; // a <p> or <br> inside a cell: the cell goes on
      // a phrasing element its style displays as a block (<strong style="display:block">, a blog's title lines, dev 541) ends a
      // paragraph where it opens and where it closes, as a block element does
      let block = false;
      if (phrasing.has(name) && !voidElements.has(name)) {
        if (!token[1] && !token[3]!.trimEnd().endsWith('/')) {
          block = BLOCK_DISPLAY.test(token[3]!);
          openPhrasing.push({ name, block });
        } else if (token[1]) {
          const at = openPhrasing.findLastIndex((o) => o.name === name);
          if (at >= 0) block = openPhrasing.splice(at, 1)[0]!.block;
        }
      }
      // a custom element flows in the line as phrasing content does
      if ((!phrasing.has(name) && !namespaced(name) && known.has(name)) || block) {
        breaks = true;
        parts.push('');
        // a <p> opens one; its close or any other block element ends it (a <br> only starts a new line of it)
        if (name === 'p') inP = !token[1];
        else if (name !== 'br') inP = false;
        pText = false;
      }
      if (name === 'title') {
        inTitle = !token[1];
        if (inTitle) titleParts.add(parts.length - 1);
      }
    }
    link = undefined;
    if (removed.length)
      log.cleaning.push({ kind: 'html-markup', text: removed.join(''), line: l.line, note: linked ? 'HTML tags; a link keeps its text, its URL is in meta.links' : 'HTML tags' });
    const raw = rawRemoved.join('').trim();
    if (raw) log.cleaning.push({ kind: 'html-markup', text: raw, line: l.line, note: 'content of a style sheet or script' });
    if (refs.length) log.cleaning.push({ kind: 'html-markup', text: refs.join(''), line: l.line, note: 'character references, each replaced by its character' });
    if (chromeText.trim())
      log.cleaning.push({
        kind: 'html-markup',
        text: chromeText.trim(),
        line: l.line,
        note: CHROME_NOTE,
      });
    const bar = (k: number): { titleBar?: true; inElement?: true } => ({ ...(titleParts.has(k) ? { titleBar: true } : {}), ...(k === 0 && goesOn ? { inElement: true } : {}) });
    if (!removed.length && !rawRemoved.length && !refs.length && !chromeText) {
      out.push(titleParts.has(0) || goesOn ? { ...l, ...bar(0) } : l);
      continue;
    }
    if (!breaks) {
      // a line all inside the tags of a <p> whose text goes on (`color:rgb(0,0,0);` between two runs of a Word export) is no
      // blank line between paragraphs: its markup is logged above and it gives no line
      if (goesOn && !parts[0]!.trim()) continue;
      out.push({ ...l, text: parts[0]!.trim(), ...bar(0) });
      continue;
    }
    // a block element's tag ends a paragraph: a blank line where it stood, as between Markdown
    // paragraphs; text before the first one goes on from the line before (joinLines decides)
    parts.forEach((p, k) => {
      if (k > 0) out.push({ text: '', line: l.line, indent: false });
      for (const b of blocks.get(k) ?? []) out.push(b);
      if (blocks.has(k)) out.push({ text: '', line: l.line, indent: false });
      if (p.trim()) out.push({ text: p.trim(), line: l.line, indent: k === 0 && l.indent, ...bar(k), ...(l.feedHtml ? { feedHtml: true } : {}) });
    });
  }
  // a table the text never closes (a page cut short, or prose that quotes <table> and <td>): its cells so far are
  // still text, written after it as a closed table's would be
  if (table) {
    readTable(table, 'table', true, lines.at(-1)?.line ?? 0);
    out.push({ text: '', line: lines.at(-1)?.line ?? 0, indent: false }, ...tableLines(table.rows));
  }
  return chrome ? { out, unclosed: chrome.at, holding } : { out, holding };
}
