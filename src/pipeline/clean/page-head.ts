// page-head: the top of a saved web page says again what the report page's header shows (its title, issuer and date): the browser's
// title bar (the text of the page's <title>, `湖南省统计局 - 郴州市…统计公报`), a title line repeated right under another, and the info
// lines of the article's header between its heading and its text (发布机构：…, 发布时间：…, 浏览次数：…; data/html-elements.json
// article_info). Only in a text that is HTML (html-markup read it). Removed from the body like the site's chrome, each line logged:
// metadata inference reads them from the log (readPageHead), so the title, issuer and date they give are not lost.
import elements from '../data/html-elements.json' with { type: 'json' };
import type { CleaningEntry } from '../types.ts';
import type { CleaningRule, SourceLine } from './types.ts';

/** An info line: a label of article_info, or a bare one of article_info_stamped before a posting stamp (时间：2026-01-27 21:27, not 时间：2024年3月5日上午). */
const LABELLED = new RegExp(
  `^[【\\[]?(?:${elements.article_info.join('|')})\\s*[：:]|^(?:${elements.article_info_stamped.join('|')})\\s*[：:]\\s*(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)`,
  'u',
);
/** A page's date and time alone, as a web page prints it (2026-05-15, 2026-01-27 21:27), or a part of its font-size control (大 / 中 / 小). */
const BARE = /^(?:\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|[大中小]|大\s*中\s*小)$/u;
const INFO = { test: (s: string): boolean => LABELLED.test(s) || BARE.test(s) };
/** A heading: four Han characters at least, no label (`发布日期` alone is none). */
const HEADING = /\p{Script=Han}{4}/u;
const ARTICLE_INFO = new RegExp(`^(?:${elements.article_info.join('|')})`, 'u');
/** At most this many title bar lines, and info lines under a heading. */
const MAX_BAR = 3;
const MAX_INFO = 8;
/** An info line is short: a label and its value, or a few such on one line (发布时间：2026-01-22 来源：市财政局 浏览次数：12). */
const MAX_INFO_LENGTH = 80;

const TITLE_BAR_NOTE = "the page's title bar";
const squash = (s: string): string => s.replace(/\s/gu, '');

/** How many lines from the `j`-th line of text say the heading again, alone or broken over up to MAX_BAR lines (0: none). */
function repeatedAt(lines: readonly SourceLine[], text: readonly number[], j: number, heading: string): number {
  let joined = '';
  for (let n = 1; n <= MAX_BAR && j + n < text.length; n++) {
    joined += squash(lines[text[j + n - 1]!]!.text);
    if (joined === heading) return n;
    if (!heading.startsWith(joined)) return 0;
  }
  return 0;
}

/** Removes a saved page's title bar, a repeated title line and the article header's info lines from the top of its text. */
export const pageHead: CleaningRule = {
  kind: 'page-head',
  apply(lines, log) {
    if (!log.cleaning.some((c) => c.kind === 'html-markup')) return lines;
    const text = lines.flatMap((l, i) => (l.text ? [i] : []));
    const head = new Map<number, string>();
    // (a) the title bar: the first lines of text, the text of the page's <title> element (html-markup marked it)
    let k = 0;
    while (k < Math.min(MAX_BAR, text.length - 1) && lines[text[k]!]!.titleBar) head.set(text[k++]!, TITLE_BAR_NOTE);
    // (b) a line that repeats the heading (the first line after the bar, a title's length of Han text, no info line) right under it
    let heading: string | undefined;
    if (k < text.length - 1 && HEADING.test(lines[text[k]!]!.text) && !INFO.test(lines[text[k]!]!.text) && !ARTICLE_INFO.test(lines[text[k]!]!.text)) {
      heading = squash(lines[text[k++]!]!.text);
      while (k < text.length - 1 && squash(lines[text[k]!]!.text) === heading) head.set(text[k++]!, 'the title repeated');
    }
    // (c) the info lines of the article's header, between its heading and its text
    let j = k;
    const info: number[] = [];
    while (j < text.length - 1 && info.length < MAX_INFO) {
      const l = lines[text[j]!]!;
      if (!INFO.test(l.text) || l.text.length > MAX_INFO_LENGTH) break;
      info.push(text[j]!);
      // a label line whose value is on the next line (metadata-label marked it)
      if (l.label && j + 1 < text.length - 1) info.push(text[++j]!);
      j++;
    }
    for (const i of info) head.set(i, "the article header's info line");
    // the heading again right after the info lines: the document's own title line under the page's (dev 278), or its title over
    // two or three lines as the document breaks it (关于黄石市2025年预算执行情况 / 和2026年预算草案的报告, dev 321)
    if (heading !== undefined && info.length > 0)
      for (let again = repeatedAt(lines, text, j, heading); again > 0; again = repeatedAt(lines, text, j, heading))
        for (const end = j + again; j < end;) head.set(text[j++]!, 'the title repeated');
    if (head.size === 0) return lines;
    const out: SourceLine[] = [];
    lines.forEach((l, i) => {
      const note = head.get(i);
      if (note) log.cleaning.push({ kind: 'page-head', text: l.text, line: l.line, note });
      else out.push(l);
    });
    return out;
  },
};

/** The lines page-head took from the top of a page, as paragraphs in their place, for metadata to read as the page shows them. */
export const readPageHead = (cleaning: readonly CleaningEntry[]): { text: string; line: number }[] =>
  cleaning.filter((c) => c.kind === 'page-head').map((c) => ({ text: c.text, line: c.line }));
