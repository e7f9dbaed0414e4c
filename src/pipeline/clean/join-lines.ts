// join-lines: source lines → logical paragraphs. A line break is kept as a paragraph break unless
// there is evidence it is not one:
//   wrapped text (PDF, blank lines between paragraphs)   "…薪酬\n結構，…"          → joined
//   a number split from its unit or a token on its own   "10065.7\n亿元", "2021\n年" → joined
//   a quotation or bracket left open                     "举行“加快…驱动\n奋力…”"  → joined
//   (a date stamp alone, or a byline that ends in a date, ends its line  "…的公告\n2020-07-17 15:24" → kept apart)
//   a line starting with a comma, a closing mark or 的   "…用户\n，需在…"          → joined
//   a page break inside a sentence                        "此外，\n[page]\n當然…"    → joined
//   a full printed line cut mid-sentence (a PDF text layer) "…支出预算合计726.9亿\n元，…" → joined
//   a metadata label and its value                        "发布机构：\n天津市…"     → joined
//   lines that together repeat a line of the page (title)  "…关于印发\n2021\n年春节期间\n电力…通知" → joined
//   a sentence left open after a comma                    "…，由负荷集成商代理\n以集中形式参与" → joined
//   a short run-in item where its siblings run on          "（4）居民侧\n电动汽车用户…" → joined
// A Markdown list item (`- …`) starts a paragraph of its own, even in a wrapped text.
// A scrape of numbers split into lines of their own with a blank line before each (each span a <p> of a page) joins as
// without the blank lines.
// A text that lost its full stops (a PDF extraction that turned every 。 into a line end, corpus 69)
// keeps each line break as the sentence end it stands for: "…控制在 5%\n价格总水平基本稳定" stay apart.
// A line that begins a numbered heading always starts a new paragraph, and split heading numbers
// (`（\n1\n）…`, `2\n．…`) are put back together first.
import type { Paragraph } from '../types.ts';
import { BULLET, bracketDepth, HAN, LABEL_KEY, SMALL_DIGIT, startsHeading, startsTitledHeading } from '../patterns.ts';
import { DATED_END, FULL_DATE, POSTED_LINE } from '../dates.ts';
import { isOrgan } from '../organs.ts';
import type { CleanLog, SourceLine } from './types.ts';
import { CLAUSE_COMMA, JoinedText } from './joined-text.ts';

interface Item extends SourceLine {
  /** Blank lines separate this line from the previous one. */
  gap: boolean;
  /** A heading number put back together from several lines. */
  heading?: boolean;
  /** Last source line of the item (heading numbers span lines). */
  last: number;
}

const TERMINAL = /[。！？!?；;：:…”’」』]$/;
/** A sentence ended and a note in brackets after it: `…工业互联网园区网络。（责任单位：省经济和信息化厅，各市人民政府）` (a paragraph's: JoinedText.endsWithNote). */
const ENDS_WITH_NOTE = /[。！？!?][（(][^（）()]*[）)]$/;
const CONTINUES = /^[，。、；：,;:！？!?）)〕】》」』”’%％‰的]/;
const UNIT = /^[亿億万萬千百元角个個家项項名人次倍年月日时時号號%％‰届屆期批所座台件条條套户戶吨噸公米平度]/;
/** A bulleted list item: Markdown's `- `, `* `, `+ ` or a bullet (`• `, `● `: BULLET) before its text. */
const LIST_ITEM = new RegExp(`^(?:[-*+]|${BULLET})\\s+\\S`);
const NUMERAL = new RegExp(`^(?:\\d{1,3}|${SMALL_DIGIT}{1,3})$`);

/** A line with no Han character: a number, a Latin token or a punctuation mark left on its own. */
// (a page's date line under its headline, `2019-12-25 10:25`, is a line of its own, not a token a scrape split)
const isFragment = (text: string): boolean => text.length <= 24 && !HAN.test(text) && !POSTED_LINE.test(text.trim());
const ASCII_WORD = /[A-Za-z0-9]$/;
/**
 * A year a scrape split over two lines (`202` / `5年`, `202` / `3` / `-2024年度`: each digit in a span of
 * its own) joins without the space two numbers get: the digits make a year of 19xx or 20xx and 年 or
 * a dash follows them. Two cells of a table (`20` / `25` / `万元`) do not.
 */
function splitYear(before: string, text: string, next: string): boolean {
  const head = /(?<![\d.．])(?:19|20)\d?$/.exec(before)?.[0];
  const tail = /^\d{1,2}/.exec(text)?.[0];
  if (!head || !tail || head.length + tail.length !== 4) return false;
  return /^[年\-—－–]/.test(text.slice(tail.length) || next);
}

/** A label and its value on one line: `发文单位：保定市人民政府`, `来源URL：https://…`. */
const KEY_VALUE = new RegExp(String.raw`^${LABEL_KEY}[：:︰]\s*\S`, 'u');
/** The longest key KEY_VALUE reads before its colon, in code units: ten Han characters (two units each past the BMP), `URL` and the colon. */
const KEY_REACH = 24;

/**
 * A paragraph that opens with a label and its value: KEY_VALUE over its first characters, which hold any match but one whose value
 * starts after white space running to their end (then over the whole text).
 */
const isKeyValue = (joined: JoinedText): boolean =>
  KEY_VALUE.test(joined.head) || (joined.length > joined.head.length && /^\s*$/.test(joined.head.slice(KEY_REACH)) && KEY_VALUE.test(joined.text()));

/** Joins hard-wrapped and fragmented lines into paragraphs; logs every join as `line-join`. */
export function joinLines(lines: SourceLine[], log: CleanLog): Paragraph[] {
  const items = assembleHeadingNumbers(spacedOut(toItems(lines)));
  const wrapped = isWrapped(items);
  const stopless = lostFullStops(items);
  const doc: Doc = {
    wrapped,
    wrapWidth: wrapped ? wrapWidth(items) : 0,
    known: knownLines(items),
    headlineRepeated: firstLineRepeated(items),
    bars: barTitles(items),
    runOn: runOnItems(items),
    // a text that lost its full stops ends a sentence at each line end, a blank line after it or not (each line a <p> of a page)
    doubleSpaced: stopless ? undefined : printedWidth(items, true),
    printedWidth: printedWidth(items, false),
    scattered: isScattered(items),
    stopless,
  };
  const paragraphs: Paragraph[] = [];
  const labels = new WeakMap<Paragraph, boolean>();
  doc.isLabel = (p) => labels.get(p) === true;
  // (the paragraph's text is put together once, at its end: the steps read it through `joined`, at its ends, see joined-text.ts)
  let cur: { p: Paragraph; joined: JoinedText; lastText: string; from: number; to: number; reasons: Set<string> } | null = null;
  const flush = (): void => {
    if (!cur) return;
    cur.p.text = cur.joined.text();
    if (cur.to > cur.from) {
      log.cleaning.push({ kind: 'line-join', text: '', line: cur.from, note: `lines ${cur.from}–${cur.to} joined: ${[...cur.reasons].join(', ')}` });
    }
    paragraphs.push(cur.p);
    cur = null;
  };
  items.forEach((item, index) => {
    const reason = cur ? joinReason(cur.p, cur.joined, cur.lastText, item, doc, items, index) : null;
    if (cur && reason) {
      const { tail } = cur.joined;
      const sep = ASCII_WORD.test(tail) && /^[A-Za-z0-9]/.test(item.text) && !splitYear(tail, item.text, items[index + 1]?.text ?? '') ? ' ' : '';
      cur.joined.append(sep, item.text);
      cur.lastText = item.text;
      cur.to = item.last;
      cur.reasons.add(reason);
      return;
    }
    flush();
    const p: Paragraph = { text: item.text, line: item.line };
    labels.set(p, item.label === true);
    if (item.role) p.role = item.role;
    if (item.depth) p.depth = item.depth;
    cur = { p, joined: new JoinedText(item.text), lastText: item.text, from: item.line, to: item.last, reasons: new Set(item.heading ? ['split heading number'] : []) };
  });
  flush();
  return paragraphs;
}

function toItems(lines: SourceLine[]): Item[] {
  const items: Item[] = [];
  let gap = false;
  for (const l of lines) {
    if (!l.text) {
      gap = true;
      continue;
    }
    items.push({ ...l, gap, last: l.line });
    gap = false;
  }
  return items;
}

/**
 * `（` `1` `）对于…` → `（1）对于…`; `2` `．国网…` → `2．国网…` (web pages put numbers in their own spans). A bracket alone is no
 * paragraph, so the bracketed number is put together across blank lines too (a page that sets each piece in a `<p>` of its own:
 * dev 66 in eval:shapes html, govcn-one-line, rss); a number alone before a blank line may be a page's, and stays.
 */
function assembleHeadingNumbers(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const [a, b, c] = [items[i]!, items[i + 1], items[i + 2]];
    if (/^[（(]$/.test(a.text) && b && c && NUMERAL.test(b.text) && /^[）)]/.test(c.text)) {
      out.push({ ...a, text: a.text + b.text + c.text, heading: true, last: c.last });
      i += 2;
    } else if (/^\d{1,3}$/.test(a.text) && b && !b.gap && /^[．.、](?!\d)/.test(b.text)) {
      out.push({ ...a, text: a.text + b.text, heading: true, last: b.last });
      i += 1;
    } else out.push(a);
  }
  return out;
}

/**
 * A caption over its text: a line without a comma or stop over a line more than twice as long
 * (`专栏1  工业互联网网络互联互通工程` over the box's paragraph, corpus 119). Wrapped lines share the
 * printed width, so a caption says nothing about wrapping either way.
 */
const isCaption = (text: string, next: string): boolean => next.length > 2 * text.length && !/[，,。；;：:、！？!?]/.test(text);

/** Wrapped text: blank lines separate paragraphs and lines inside a paragraph end mid-sentence. */
function isWrapped(items: Item[]): boolean {
  let inside = 0;
  let open = 0;
  let blocks = 0;
  items.forEach((item, i) => {
    if (item.gap) blocks++;
    const next = items[i + 1];
    if (!next || next.gap || item.role || startsHeading(item.text) || isCaption(item.text, next.text)) return;
    inside++;
    if (!TERMINAL.test(item.text) && !ENDS_WITH_NOTE.test(item.text)) open++;
  });
  // blocks of a page each (a single-spaced PDF text whose only blank lines are its page breaks) are no paragraphs
  return blocks >= 3 && inside >= 3 && open / inside >= 0.6 && inside <= blocks * MAX_WRAPPED_LINES;
}

/** The width a hard-wrapped text wraps at: the 90th percentile of the printed lengths of its lines that another line follows in their block. */
function wrapWidth(items: Item[]): number {
  const inside = items
    .filter((item, i) => items[i + 1] !== undefined && !items[i + 1]!.gap && !item.role)
    .map((i) => printed(i.text).length)
    .sort((a, b) => a - b);
  return inside[Math.floor(inside.length * 0.9)] ?? 0;
}

/** A line's printed characters: the spaces a PDF's text layer puts in (`2.   本港…`, a contents line's gap before its page) take no width. */
const printed = (text: string): string => text.replace(/\s/g, '');

/** Lines a hard-wrapped paragraph runs on over, on average at most: a page holds more. */
const MAX_WRAPPED_LINES = 20;

/** What join-lines knows about the whole text. */
interface Doc {
  /** Hard-wrapped text: a line break inside a paragraph after a full line is a wrap. */
  wrapped: boolean;
  /**
   * The width a hard-wrapped text wraps at (wrapWidth): a line that wraps is a full one; a shorter line ends its paragraph
   * however the next begins (a title over its label lines, a URL's tail over the title under it: eval:shapes pdf).
   */
  wrapWidth: number;
  /** Whole lines of the text (≥ 10 characters), to recognise a title split over lines. */
  known: Set<string>;
  /** Whether the first line (≥ 10 characters) is printed again later (firstLineRepeated). */
  headlineRepeated: boolean;
  /** The titles a browser title bar on top names (barTitles). */
  bars: Set<string>;
  /** Items numbered `（1）` mostly run on as sentences, so a short one continues on the next line. */
  runOn: boolean;
  /**
   * A double-spaced PDF extraction (a blank line after every printed line, a paragraph break or
   * not): the printed line width (printedWidth), so that a full line cut mid-sentence joins the next across its blank line.
   */
  doubleSpaced: number | undefined;
  /**
   * A single-spaced PDF text layer (no blank line between paragraphs, dev 239): the printed line width (printedWidth),
   * when at least ten full lines, a third of the prose lines or more, end mid-sentence before a line
   * that goes on it, so that such a line joins the next; a line shorter than the width ends its paragraph.
   */
  printedWidth: number | undefined;
  /**
   * A web page whose numbers stood in spans of their own, each now a line (`2024` / `年春节期间，` /
   * `参与` / `响应用户` / `106` / `户，`): a sentence open after a comma goes on however short it is.
   */
  scattered: boolean;
  /** The text lost its full stops: each line end stands for one (lostFullStops). */
  stopless: boolean;
  /** The paragraph started with a metadata label line. */
  isLabel?: (p: Paragraph) => boolean;
}

/** A line break as the join steps see it: the paragraph so far (its role, and its text read at its ends: `joined`), its last line, the next line, the text. */
interface Break {
  p: Paragraph;
  joined: JoinedText;
  lastText: string;
  item: Item;
  doc: Doc;
  items: Item[];
  index: number;
  /** The paragraph so far ends a sentence (。！？；： or a closing quote). */
  ended: boolean;
}

/** One piece of evidence about a line break: true joins the lines, false keeps the break, undefined asks the next step. */
interface JoinStep {
  /** What the step looks for; logged as the reason of a join unless `reason` says otherwise. */
  name: string;
  reason?: string;
  decide(b: Break): boolean | undefined;
}

/** The join steps in order: the first that decides wins (a heading is never joined, whatever comes after). */
export const joinSteps: readonly JoinStep[] = [
  // a page's <p> whose source the page broke inside the element (html-markup's inElement): a browser reads the break as a space
  { name: 'inside an HTML paragraph', decide: (b) => (b.item.inElement && !b.item.gap && !b.p.role && !b.item.role ? true : undefined) },
  { name: 'heading or role', decide: (b) => (b.p.role || b.item.role || b.item.heading || startsHeading(b.item.text) ? false : undefined) },
  // a scrape's header block, one `标题：…` `发文单位：…` `来源URL：…` per line: each line is a field of its own, also after a field
  // whose value wraps over lines (`标题：…促进城乡区域` / `协调发展推进会召开…` / `媒体或发布机构：…`, eval:shapes pdf)
  { name: 'field lines', decide: (b) => (KEY_VALUE.test(b.item.text) && (KEY_VALUE.test(b.lastText) || isKeyValue(b.joined)) ? false : undefined) },
  // (a bare number has five characters but white space at most: a longer paragraph is none, and is not put together to ask)
  { name: 'heading number', decide: (b) => (b.joined.nonSpace <= 5 && isBareHeadingNumber(b.joined.text())) || undefined },
  // the sentence a page break cuts is on the page's last line: one a later rule removed (a page's `来源：人民网` under its date line) ends the paragraph
  {
    name: 'page break',
    decide: (b) =>
      b.item.afterPageBreak
        ? !b.ended &&
          !/\.$/.test(b.joined.tail) &&
          b.lastText.length >= 20 &&
          !b.item.indent &&
          (b.item.brokenAfter === undefined || b.items[b.index - 1]?.last === b.item.brokenAfter)
        : undefined,
  },
  // a blank line ends the paragraph, unless a double-spaced text cut a full line of prose mid-sentence there (a line a run of spaces
  // sets out is a table's row or a contents line, dev 305 and 427 with each printed line a <p> of a page)
  {
    name: 'blank line',
    reason: 'double-spaced wrap',
    decide: (b) =>
      b.item.gap ? b.doc.doubleSpaced !== undefined && !b.ended && isFullLine(b.lastText, b.doc.doubleSpaced) && !isSetOut(b.lastText) && goesOn(b.item.text) : undefined,
  },
  // a label takes the one line after it as its value, unless that is the next label
  // (the paragraph is its last line when it has one line: the lines joined are never empty)
  { name: 'label and value', decide: (b) => (b.doc.isLabel?.(b.p) ? !b.item.label && b.joined.lines === 1 : undefined) },
  // a Markdown list item (`- 粮食，由…增加到…。`) starts a paragraph of its own, in a wrapped text too (dev 374)
  { name: 'list item', decide: (b) => (LIST_ITEM.test(b.item.text) ? false : undefined) },
  // a page's date stamp alone (`2020-07-17 15:24`) is no line of the headline above it, and a byline whose last label dates the page
  // (`信息来源：国家发展改革委 发布时间：2020-06-14`) ends there: a date is no value that wraps (eval:shapes pdf, dev 155, 158, 234, 412)
  { name: 'date stamp', decide: (b) => (POSTED_LINE.test(b.item.text.trim()) || (KEY_VALUE.test(b.lastText) && DATED_END.test(b.lastText)) ? false : undefined) },
  // a text's first line that it prints again whole under its menus is its headline, whole on top too: the menu item under it
  // (`设为首页`) is no part of it (eval:shapes pdf, dev 412)
  { name: 'headline printed again', decide: (b) => (b.index === 1 && b.doc.headlineRepeated ? false : undefined) },
  // (a row of a grid table the scrape wrapped, `| 船舶 | 机动船舶 | 净吨位每吨 |` / `3元至6元 | …`, corpus 32, is no printed line to measure)
  // (a body's name alone under a sentence that ended is the text's signature, not the sentence's next line: dev 131 as a PDF, whose
  // notice ends on a full line over `安徽省推进…执行小组办公室` and its date)
  {
    name: 'wrapped line',
    decide: (b) => (b.doc.wrapped && (isFullLine(printed(b.lastText), b.doc.wrapWidth, movedOn(b)) || b.lastText.includes('|')) && !(b.ended && isOrgan(b.item.text))) || undefined,
  },
  // a single-spaced PDF text: a full line cut mid-sentence goes on in the next
  {
    name: 'printed width',
    reason: 'cut at the printed width',
    decide: (b) =>
      (b.doc.printedWidth !== undefined &&
        !b.item.gap &&
        cutMidSentence(b) &&
        isFullLine(b.lastText, b.doc.printedWidth, movedOn(b)) &&
        goesOn(b.item.text) &&
        !headingBeforeSentence(b.joined, b.item.text)) ||
      undefined,
  },
  {
    name: 'repeats a line of the page',
    decide: (b) => (!b.ended && b.joined.length <= KNOWN_REACH && repeatsKnownLine(b.joined.text(), b.items, b.index, b.doc.known, b.doc.bars)) || undefined,
  },
  { name: 'continuation', decide: (b) => CONTINUES.test(b.item.text) || undefined },
  { name: 'number and unit', decide: (b) => (/[\d.．０-９]$/.test(b.joined.tail) && UNIT.test(b.item.text)) || undefined },
  { name: 'comma at the end', reason: 'continuation', decide: (b) => /[，、]$/.test(b.joined.tail) || undefined },
  { name: 'split token', decide: (b) => (!b.ended && isFragment(b.item.text) && !(b.joined.length <= SHORT_HEADING_LENGTH && isShortHeading(b.joined.text()))) || undefined },
  // (not a URL's tail: a Han line after a link is no part of it, `原文链接：https://…/lar/` / `b92b…4bdfb.html` / `广东省公共数据管理办法`)
  {
    name: 'token left behind',
    reason: 'split token',
    decide: (b) => (!b.ended && isFragment(b.lastText) && !startsHeading(b.lastText) && !(b.joined.endsInUrl() && HAN.test(b.item.text[0] ?? ''))) || undefined,
  },
  { name: 'open bracket', decide: (b) => (b.joined.depth > 0 && closesSoon(b.joined.depth, b.items, b.index)) || undefined },
  // a text without full stops ends its sentences with line ends, not with 。: a line that ends is a sentence that ends
  { name: 'lost full stops', decide: (b) => (b.doc.stopless ? false : undefined) },
  // a prose line (not a heading's title) that breaks off after a comma: the sentence goes on
  { name: 'sentence open after a comma', decide: (b) => (!b.ended && isOpenAfterComma(b)) || undefined },
  { name: 'run-in item', decide: (b) => (!b.ended && b.doc.runOn && b.joined.length <= SHORT_ITEM_LENGTH && isShortItem(b.joined.text())) || undefined },
];

/** Why `item` continues the paragraph `p`, or null when it starts a new one. */
function joinReason(p: Paragraph, joined: JoinedText, lastText: string, item: Item, doc: Doc, items: Item[], index: number): string | null {
  const b: Break = { p, joined, lastText, item, doc, items, index, ended: TERMINAL.test(joined.tail) || joined.endsWithNote() };
  for (const step of joinSteps) {
    const join = step.decide(b);
    if (join !== undefined) return join ? (step.reason ?? step.name) : null;
  }
  return null;
}

/** Commas per full stop above which a text has lost its full stops (Chinese prose has a few commas to each 。). */
const COMMAS_PER_STOP = 100;

/** Clause commas (joined-text's CLAUSE_COMMA), not one that groups thousands (`1,234,567`, a budget's figures). */
const CLAUSE_COMMAS = new RegExp(CLAUSE_COMMA.source, 'g');

/**
 * A text of 50 or more clause commas with (almost) no full stop, 。！？: a PDF extraction that made every full
 * stop a line end (corpus 69: 1,406 commas, no 。). Its lines are sentences. (A budget's figures grouped by commas are no
 * clauses: a double-spaced PDF of few sentences and many such figures keeps its full stops.)
 */
function lostFullStops(items: Item[]): boolean {
  let commas = 0;
  let stops = 0;
  for (const item of items) {
    commas += item.text.match(CLAUSE_COMMAS)?.length ?? 0;
    stops += item.text.match(/[。！？!?]/g)?.length ?? 0;
  }
  return commas >= 50 && stops * COMMAS_PER_STOP <= commas;
}

/**
 * The sentence the paragraph ends in (after its last 。！？!?；;) is 20+ characters with a clause comma (joined-text's CLAUSE_COMMA: not one
 * between two numbers of a list, `0531-67800967 , 67800757(传真)`, a page's contact line, corpus 270), and neither line is a
 * heading's title or a fragment.
 */
function isOpenAfterComma({ joined, lastText, item, doc }: Break): boolean {
  return joined.openLength >= (doc.scattered ? 2 : 20) && joined.openClause() && !(joined.lines === 1 && startsTitledHeading(lastText)) && !isFragment(item.text);
}

/** Share of lines after a blank line above which every line stands apart: the blank lines are the page's, no paragraph's end. */
const SPACED_OUT = 0.9;

/**
 * A scattered scrape (isScattered) with a blank line before (nearly) every line: a page that sets each span of its text in a
 * <p> of its own, or an article that sets each a paragraph apart (corpus 67 as eval:shapes html, govcn-one-line, wechat-md
 * give it: `<p>现下达</p><p>2025</p><p>年电力需求侧管理专项资金计划</p>`). Those blank lines say no more than the scrape's
 * line breaks, so the sentence decides, as it does without them.
 */
function spacedOut(items: Item[]): Item[] {
  if (!isScattered(items) || items.filter((i) => i.gap).length < items.length * SPACED_OUT) return items;
  return items.map((i) => ({ ...i, gap: false }));
}

/** At least a fifth of the lines (of 50 or more) are fragments without Han: numbers split out of their sentences. */
function isScattered(items: Item[]): boolean {
  const lines = items.filter((i) => !i.role);
  return lines.length >= 50 && lines.filter((i) => isFragment(i.text)).length >= lines.length / 5;
}

/** A line that can go on a sentence: Han first, or long enough not to be a page number (`4 000 萬，其中…`). */
const goesOn = (text: string): boolean => HAN.test(text[0] ?? '') || text.length >= 10;

/**
 * A heading alone (numbered, no clause mark: `二、关于2026年全市和市本级预算草案的主要内容安排`) before a line that holds a sentence:
 * a full heading line ends there; the tail of a heading that wraps holds no clause mark either.
 */
const headingBeforeSentence = (heading: JoinedText, next: string): boolean => !heading.marks && /[，,。；;]/.test(next) && startsHeading(heading.text());

/** The word a typesetter moves whole to the next line rather than break it: a number or a Latin word, with its percent sign (`9.5%`, `1633.9`, `2000TEU`). */
const UNBROKEN_WORD = /^[0-9A-Za-z.．０-９]+[%％‰]?/;

/**
 * A line as long as the printed width, give or take the spaces the cleaning took out; or one that falls short of it by the word the
 * next line opens with, which the typesetter moved there whole (`…社会消费品零售总额增长` / `9.5%、全省第二…`, eval:shapes pdf, dev 204, 332).
 */
const isFullLine = (text: string, width: number, next = ''): boolean => text.length + (UNBROKEN_WORD.exec(next)?.[0].length ?? 0) >= width * 0.75;

/** A date alone on its line (`2024年3月5日`, a signature's). */
const DATE_ALONE = new RegExp(`^${FULL_DATE}$`);

/**
 * The next line, when its opening word may be one a typesetter moved there whole from the line before: that line is cut mid-sentence
 * (a line that ends its sentence, `…人民群众满意。` over `2024年，我们…`, gave no word away) and the next line is no date alone (a
 * signature over `2024年3月5日`) nor a row that runs of spaces set out (a table's header under its caption, `2023年预算数      2023年决算数`);
 * otherwise nothing (isFullLine measures the line alone).
 */
const movedOn = (b: Break): string => (cutMidSentence(b) && !DATE_ALONE.test(b.item.text.trim()) && !isSetOut(b.item.text) ? b.item.text : '');

/** The line before the break is cut mid-sentence: it ends no sentence, or ends in a quoted name, whose closing quote ends none (QUOTED_WORD_END). */
const cutMidSentence = (b: Break): boolean => !b.ended || QUOTED_WORD_END.test(b.joined.tail);

/**
 * A line that ends in a quoted name (`新增国家级专精特新“小巨人”`), no quoted sentence (`…“坚定不移建设制造强国。”`): its closing quote ends no
 * sentence, and a full line that ends so is cut mid-sentence (eval:shapes pdf, dev 313).
 */
const QUOTED_WORD_END = /[^。！？!?…；;][”’」』]$/;

/**
 * Words parted by a run of spaces: a table's row or a contents line set out across the page (`公共財政      220 - 222`), no
 * prose; the gap after a paragraph's number or an item's bullet (`201.  受環球利率上升…`, dev 305; `•   為約 5 000 名…`, dev 304) is the prose's own.
 */
const ITEM_OPENING = new RegExp(`^(?:\\d{1,3}[.．、]|${BULLET})\\s+`);
const isSetOut = (text: string): boolean => /\S\s{2,}\S/.test(text.replace(ITEM_OPENING, ''));

/**
 * The printed line width of a PDF text whose full lines are cut mid-sentence: the 90th percentile of the lengths of its lines of
 * 15 characters or more, when at least ten full lines end mid-sentence before a line that goes on it. `blank`: the cuts counted are
 * those across a blank line (a double-spaced text, Doc.doubleSpaced: a single-spaced or a paragraph-spaced text has few or none),
 * or those with no blank line (a single-spaced text, Doc.printedWidth, dev 239: there a third of the prose lines or more, since any
 * text of long paragraphs has some full lines that break off, and a width of 20 or more). Which lines measure the width is the one
 * difference of the two, each as it was tuned: across blank lines all but those a run of spaces sets out (a PDF's contents and
 * tables are wider than its prose, dev 305 and 427 with each printed line a <p> of a page); without, all but a heading's or a
 * role's. Measuring both alike (session 25) moved the width of dev 305, 427 and 69 and lost figures there. A line's length here
 * counts its spaces, where a hard-wrapped text's (wrapWidth) counts its printed characters only: a PDF text layer lays a line out
 * with spaces where the page has space; not counting them (session 25) lost two key figures of dev 427 and changed 304 and 305.
 */
function printedWidth(items: Item[], blank: boolean): number | undefined {
  const prose = items.filter((i) => i.text.length >= 15 && (blank ? !isSetOut(i.text) : !i.role));
  if (prose.length < 20) return undefined;
  const width = prose.map((i) => i.text.length).sort((a, b) => a - b)[Math.floor(prose.length * 0.9)]!;
  if (!blank && width < 20) return undefined;
  let cut = 0;
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (next && next.gap === blank && !item.role && !TERMINAL.test(item.text) && isFullLine(item.text, width) && !startsHeading(next.text) && goesOn(next.text)) cut++;
  });
  return cut >= 10 && (blank || cut * 3 >= prose.length) ? width : undefined;
}

/**
 * Whether the first line, ten characters or more, is printed again later (a page's headline, in its title bar and over its text): only
 * the first line is asked about (the rule 'headline printed again'), so no set of every line is built.
 */
export function firstLineRepeated(items: readonly { text: string }[]): boolean {
  const first = items[0]?.text;
  return first !== undefined && first.length >= 10 && items.some((item, i) => i > 0 && item.text === first);
}

function knownLines(items: Item[]): Set<string> {
  const known = new Set(items.filter((i) => i.text.length >= 10).map((i) => i.text));
  for (const title of barTitles(items)) known.add(title);
  return known;
}

/** The title a browser title bar `标题_栏目_网站` in the first lines names, also when a PDF printed the bar over two lines (dev 169). */
function barTitles(items: Item[]): Set<string> {
  const titles = new Set<string>();
  const first = items.slice(0, 3);
  for (const [i, item] of first.entries()) {
    for (const text of [item.text, ...(first[i + 1] && !first[i + 1]!.gap ? [item.text + first[i + 1]!.text] : [])]) {
      const title = /^(.{10,}?)(?:[_｜|]\s*[^_｜|\s]{2,12}){1,3}$/.exec(text)?.[1];
      if (title) titles.add(title.trim());
    }
  }
  return titles;
}

/** The longest paragraph repeatsKnownLine asks about. */
const KNOWN_REACH = 60;

/**
 * `p` and the next up to 4 lines, put together, are a line found elsewhere (the page title). A whole line of the page goes on only
 * into the title its bar names (a headline a PDF printed over two lines, `关于征求《…》` / `（征求意见稿）意见的函`, dev 169).
 */
function repeatsKnownLine(text: string, items: Item[], index: number, known: Set<string>, bars: Set<string>): boolean {
  if (text.length > KNOWN_REACH || (known.has(text) && ![...bars].some((t) => t.length > text.length && t.startsWith(text)))) return false;
  let joined = text;
  for (let i = index; i < Math.min(items.length, index + 4); i++) {
    if (i > index && (items[i]!.gap || startsHeading(items[i]!.text))) return false;
    joined += items[i]!.text;
    if (joined.length > 80) return false;
    if (known.has(joined)) return true;
  }
  return false;
}

const ARABIC_ITEM = /^[（(]\d{1,3}[）)]/;
/** `（4）居民侧`: an Arabic-numbered item with a few words and no punctuation. */
const SHORT_ITEM_LENGTH = 12;
const isShortItem = (text: string): boolean => ARABIC_ITEM.test(text) && text.length <= SHORT_ITEM_LENGTH && !/[，。；：,;:！？]/.test(text);

/** Most `（n）` items of the text run on as sentences; few are short titles. */
function runOnItems(items: Item[]): boolean {
  let sentences = 0;
  let titles = 0;
  for (const item of items) {
    if (!ARABIC_ITEM.test(item.text) || isBareHeadingNumber(item.text)) continue;
    if (isShortItem(item.text)) titles++;
    else sentences++;
  }
  return sentences >= 3 && sentences > titles * 2;
}

/** `（4）`, `1.`, `一、` with nothing after it: the heading text is on the next line. */
const BARE_HEADING_NUMBER = new RegExp(`^(?:[（(]\\s*(?:\\d|${SMALL_DIGIT}){1,3}\\s*[）)]|\\d{1,3}\\s*[．.、]|${SMALL_DIGIT}{1,3}\\s*、)$`);
const isBareHeadingNumber = (text: string): boolean => BARE_HEADING_NUMBER.test(text);

/** `一、实施背景`: a title heading complete in itself (Arabic-numbered items run on instead). */
const SHORT_HEADING = new RegExp(`^(?:${SMALL_DIGIT}+\\s*、|[（(]\\s*${SMALL_DIGIT}+\\s*[）)]|第)`);
const SHORT_HEADING_LENGTH = 14;
const isShortHeading = (text: string): boolean => SHORT_HEADING.test(text) && text.length <= SHORT_HEADING_LENGTH && !/[，。；：,;:]/.test(text);

/** The paragraph's open brackets (`depth`) are closed within the next 20 lines, before a blank line or heading. */
function closesSoon(depth: number, items: Item[], index: number): boolean {
  let d = depth;
  for (let i = index; i < Math.min(items.length, index + 20); i++) {
    const item = items[i]!;
    if ((i > index && item.gap) || item.heading || startsHeading(item.text)) return false;
    d += bracketDepth(item.text);
    if (d <= 0) return true;
  }
  return false;
}
