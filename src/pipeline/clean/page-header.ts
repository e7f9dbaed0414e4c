// page-header: PDF text repeats a running header on every page next to a bare page number.
//   "立法會  ─  2012年 11月 21日" / "" / "1493" → removed; the paragraph around the break may continue.
//   A header that repeats the title keeps the title line on top of the first page (no page number before or next to it), and
//   a header printed again under itself at a page break keeps that copy: the title of the section that opens on the page (not
//   across a page number: a page left blank, header and number, before the next page's header).
import type { CleaningRule, SourceLine } from './types.ts';

const PAGE_NUMBER = /^(?:-\s*\d{1,4}\s*-|\d{1,4}|第\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4})$/;

/**
 * A running header repeats at least 3 times, each time next to a page number, and those numbers
 * go up a page or a few at a time (1493, 1494, …). Repeated short tokens next to other numbers (`年` `2`) are not headers.
 */
function findHeaders(lines: SourceLine[]): Set<string> {
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.text.length < 4 || l.text.length > 60 || PAGE_NUMBER.test(l.text)) return;
    // pushed, not copied: a line a page repeats ten thousand times (a saved page's menu item) costs no more than ten thousand lines
    const at = seen.get(l.text);
    if (at) at.push(i);
    else seen.set(l.text, [i]);
  });
  const headers = new Set<string>();
  for (const [text, at] of seen) {
    if (at.length < 3) continue;
    const numbers = at
      .map((i) => neighbours(lines, i).find((n) => PAGE_NUMBER.test(n.text)))
      .filter((n) => n !== undefined)
      .map((n) => Number(/\d+/.exec(n.text)![0]));
    let rising = 0;
    for (let k = 1; k < numbers.length; k++) if (numbers[k]! - numbers[k - 1]! >= 1 && numbers[k]! - numbers[k - 1]! <= 5) rising++;
    if (numbers.length >= 3 && numbers.length * 2 >= at.length && rising >= (numbers.length - 1) * 0.8) headers.add(text);
  }
  return headers;
}

/** A page number no table's cell is: framed (`- 9 -`), `第9页`, `9/40`. A bare number may be a row's (16, 18, 19 beside 完成市下达目标 in a plan's table, tables.test.ts). */
const FRAMED_NUMBER = /^(?:-\s*\d{1,4}\s*-|第\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4})$/;

/**
 * The lines of a page break that stand between the lines of a text: each running header (findHeaders) and the page number beside it,
 * where the break is sure: the number is framed (FRAMED_NUMBER) or a form feed stands between them. A rule that runs before this one and
 * reads lines in a row (a table flattened one cell a line, dev 495 and 67 as a PDF prints them) steps over them; this rule removes them after.
 */
export function pageFurniture(lines: SourceLine[]): Set<number> {
  const headers = findHeaders(lines);
  const at = new Set<number>();
  if (headers.size === 0) return at;
  lines.forEach((l, i) => {
    if (!headers.has(l.text)) return;
    for (const step of [-1, 1]) {
      let j = i + step;
      let feed = false;
      while (j >= 0 && j < lines.length && lines[j]!.text === '') {
        feed ||= lines[j]!.raw?.includes('\f') === true;
        j += step;
      }
      if (j < 0 || j >= lines.length || !PAGE_NUMBER.test(lines[j]!.text) || !(feed || FRAMED_NUMBER.test(lines[j]!.text))) continue;
      at.add(i).add(j);
    }
  });
  return at;
}

/** The nearest non-blank line on each side. */
function neighbours(lines: SourceLine[], i: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      if (lines[j]!.text) {
        out.push(lines[j]!);
        break;
      }
    }
  }
  return out;
}

/** Removes running headers with their page numbers and the blank lines of the break. */
export const pageHeader: CleaningRule = {
  kind: 'page-header',
  apply(lines, log) {
    const headers = findHeaders(lines);
    if (headers.size === 0) return lines;
    const out: SourceLine[] = [];
    // a header that repeats the document's title (2026年某省政府工作报告 on top of each page): its first copy, on the first page
    // (no page number before it) and next to none, is the title line itself and stays
    const firstNumber = lines.findIndex((l) => PAGE_NUMBER.test(l.text));
    const titleLine = lines.findIndex((l) => headers.has(l.text));
    const keep = titleLine >= 0 && (firstNumber < 0 || titleLine < firstNumber) && !neighbours(lines, titleLine).some((n) => PAGE_NUMBER.test(n.text)) ? titleLine : -1;
    let i = 0;
    while (i < lines.length) {
      if (!headers.has(lines[i]!.text) || i === keep) {
        out.push(lines[i]!);
        i++;
        continue;
      }
      // a page break: the header, blanks, at most one page number, blanks. Blank lines before the
      // header mean the paragraph ended there; otherwise it may continue on the next page.
      const ended = out.length > 0 && out[out.length - 1]!.text === '';
      while (out.length > 1 && out[out.length - 1]!.text === '' && out[out.length - 2]!.text === '') out.pop();
      const header = lines[i]!.text;
      log.cleaning.push({ kind: 'page-header', text: header, line: lines[i]!.line });
      i++;
      let numbered = false;
      while (i < lines.length && (lines[i]!.text === '' || (!numbered && PAGE_NUMBER.test(lines[i]!.text)))) {
        if (lines[i]!.text) {
          numbered = true;
          log.cleaning.push({ kind: 'page-number', text: lines[i]!.text, line: lines[i]!.line });
        }
        i++;
      }
      // 二零二三／二四年度財政預算 as the page's running header and again under it: the second copy is the title of the section that
      // opens on this page (a budget speech's pages carry their section's name, dev 352), a paragraph of its own; not when a page
      // number stood between them: that is the next page's header after a page left blank (header, number, header, number)
      if (i < lines.length && !numbered && lines[i]!.text === header && lines[i - 1]!.text === '') {
        if (out.length > 0 && out[out.length - 1]!.text !== '') out.push({ text: '', line: lines[i - 1]!.line, indent: false });
        out.push(lines[i]!);
        i++;
        continue;
      }
      if (i < lines.length && !headers.has(lines[i]!.text)) {
        const before = out.findLast((l) => l.text !== '');
        out.push(ended ? lines[i]! : { ...lines[i]!, afterPageBreak: true, ...(before ? { brokenAfter: before.line } : {}) });
        i++;
      }
    }
    return out;
  },
};
