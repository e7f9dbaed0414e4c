// join-lines: source lines → logical paragraphs. A line break is kept as a paragraph break unless
// there is evidence it is not one:
//   wrapped text (PDF, blank lines between paragraphs)   "…薪酬\n結構，…"          → joined
//   a number split from its unit or a token on its own   "10065.7\n亿元", "2021\n年" → joined
//   a quotation or bracket left open                     "举行“加快…驱动\n奋力…”"  → joined
//   a line starting with a comma, a closing mark or 的   "…用户\n，需在…"          → joined
//   a page break inside a sentence                        "此外，\n[page]\n當然…"    → joined
// A line that begins a numbered heading always starts a new paragraph, and split heading numbers
// (`（\n1\n）…`, `2\n．…`) are put back together first.
import type { Paragraph } from '../types.ts';
import { startsHeading } from './heading-start.ts';
import { HAN, type CleanLog, type SourceLine } from './types.ts';

interface Item extends SourceLine {
  /** Blank lines separate this line from the previous one. */
  gap: boolean;
  /** A heading number put back together from several lines. */
  heading?: boolean;
  /** Last source line of the item (heading numbers span lines). */
  last: number;
}

const TERMINAL = /[。！？!?；;：:…”’」』]$/;
const CONTINUES = /^[，。、；：,;:！？!?）)〕】》」』”’%％‰的]/;
const UNIT = /^[亿億万萬千百元角个個家项項名人次倍年月日时時号號%％‰届屆期批所座台件条條套户戶吨噸公米平度]/;
const OPEN = /[（(“‘《〔【「『]/g;
const CLOSE = /[）)”’》〕】」』]/g;
const NUMERAL = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})$/;

/** A line with no Han character: a number, a Latin token or a punctuation mark left on its own. */
const isFragment = (text: string): boolean => text.length <= 24 && !HAN.test(text);
const depth = (text: string): number => (text.match(OPEN)?.length ?? 0) - (text.match(CLOSE)?.length ?? 0);
const ASCII_WORD = /[A-Za-z0-9]$/;

/** Joins hard-wrapped and fragmented lines into paragraphs; logs every join as `line-join`. */
export function joinLines(lines: SourceLine[], log: CleanLog): Paragraph[] {
  const items = assembleHeadingNumbers(toItems(lines));
  const wrapped = isWrapped(items);
  const paragraphs: Paragraph[] = [];
  let cur: { p: Paragraph; lastText: string; from: number; to: number; reasons: Set<string> } | null = null;
  const flush = (): void => {
    if (!cur) return;
    if (cur.to > cur.from) {
      log.cleaning.push({ kind: 'line-join', text: '', line: cur.from, note: `lines ${cur.from}–${cur.to} joined: ${[...cur.reasons].join(', ')}` });
    }
    paragraphs.push(cur.p);
    cur = null;
  };
  items.forEach((item, index) => {
    const reason = cur ? joinReason(cur.p, cur.lastText, item, wrapped, items, index) : null;
    if (cur && reason) {
      const sep = ASCII_WORD.test(cur.p.text) && /^[A-Za-z0-9]/.test(item.text) ? ' ' : '';
      cur.p.text += sep + item.text;
      cur.lastText = item.text;
      cur.to = item.last;
      cur.reasons.add(reason);
      return;
    }
    flush();
    const p: Paragraph = { text: item.text, line: item.line };
    if (item.role) p.role = item.role;
    if (item.depth) p.depth = item.depth;
    cur = { p, lastText: item.text, from: item.line, to: item.last, reasons: new Set(item.heading ? ['split heading number'] : []) };
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

/** `（` `1` `）对于…` → `（1）对于…`; `2` `．国网…` → `2．国网…` (web pages put numbers in their own spans). */
function assembleHeadingNumbers(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const [a, b, c] = [items[i]!, items[i + 1], items[i + 2]];
    if (/^[（(]$/.test(a.text) && b && c && !b.gap && !c.gap && NUMERAL.test(b.text) && /^[）)]/.test(c.text)) {
      out.push({ ...a, text: a.text + b.text + c.text, heading: true, last: c.last });
      i += 2;
    } else if (/^\d{1,3}$/.test(a.text) && b && !b.gap && /^[．.、](?!\d)/.test(b.text)) {
      out.push({ ...a, text: a.text + b.text, heading: true, last: b.last });
      i += 1;
    } else out.push(a);
  }
  return out;
}

/** Wrapped text: blank lines separate paragraphs and lines inside a paragraph end mid-sentence. */
function isWrapped(items: Item[]): boolean {
  let inside = 0;
  let open = 0;
  let blocks = 0;
  items.forEach((item, i) => {
    if (item.gap) blocks++;
    const next = items[i + 1];
    if (!next || next.gap || item.role || startsHeading(item.text)) return;
    inside++;
    if (!TERMINAL.test(item.text)) open++;
  });
  return blocks >= 3 && inside >= 3 && open / inside >= 0.6;
}

/** Why `item` continues the paragraph `p`, or null when it starts a new one. */
function joinReason(p: Paragraph, lastText: string, item: Item, wrapped: boolean, items: Item[], index: number): string | null {
  if (p.role || item.role || item.heading || startsHeading(item.text)) return null;
  if (isBareHeadingNumber(p.text)) return 'heading number';
  const ended = TERMINAL.test(p.text);
  if (item.afterPageBreak) return !ended && !/\.$/.test(p.text) && lastText.length >= 20 && !item.indent ? 'page break' : null;
  if (item.gap) return null;
  if (wrapped) return 'wrapped line';
  if (CONTINUES.test(item.text)) return 'continuation';
  if (/[\d.．０-９]$/.test(p.text) && UNIT.test(item.text)) return 'number and unit';
  if (/[，、]$/.test(p.text)) return 'continuation';
  if (!ended && isFragment(item.text) && !isShortHeading(p.text)) return 'split token';
  if (!ended && isFragment(lastText) && !startsHeading(lastText)) return 'split token';
  if (depth(p.text) > 0 && closesSoon(p.text, items, index)) return 'open bracket';
  return null;
}

/** `（4）` with nothing after it: the heading text is on the next line. */
const isBareHeadingNumber = (text: string): boolean => /^(?:[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]|\d{1,3}\s*[．.、])$/.test(text);

/** `一、实施背景`: a title heading complete in itself (Arabic-numbered items run on instead). */
const isShortHeading = (text: string): boolean =>
  /^(?:[一二三四五六七八九十]+\s*、|[（(]\s*[一二三四五六七八九十]+\s*[）)]|第)/.test(text) && text.length <= 14 && !/[，。；：,;:]/.test(text);

/** An open bracket is closed within the next 20 lines, before a blank line or heading. */
function closesSoon(text: string, items: Item[], index: number): boolean {
  let d = depth(text);
  for (let i = index; i < Math.min(items.length, index + 20); i++) {
    const item = items[i]!;
    if ((i > index && item.gap) || item.heading || startsHeading(item.text)) return false;
    d += depth(item.text);
    if (d <= 0) return true;
  }
  return false;
}
