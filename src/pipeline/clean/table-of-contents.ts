// table-of-contents: a printed contents list (`一、实施背景……- 1 -`) repeats the headings with page
// numbers; left in, every heading would appear twice. Entries end in dot leaders and a page marker,
// or, under a 目录 title, in a page or paragraph number after a wide gap where the PDF printed no leaders
// (pdftotext of a budget speech: `目錄` / `段數` / `引言                   1 - 8`, dev 499).
import { CONTENTS_LEADER, ONLY_LEADER } from '../patterns.ts';
import type { CleaningRule, SourceLine } from './types.ts';

const LEADER = new RegExp(`${CONTENTS_LEADER}\\s*(?:\\d{1,4})?$`);
const PAGE_MARK = /^(?:-\s*\d{1,4}\s*-|\d{1,4})$/;
const TOC_TITLE = /^(?:目\s*录|目\s*錄|目|录|錄|contents)$/i;
/** An entry with no leaders: its words, a wide gap (three spaces, two ideographic spaces, a tab), a page or paragraph number or range. */
const GAP_ENTRY = /^\S.*?(?: {3,}|\u3000{2,}|\t+)(\d{1,4})(?:\s*[-–—~～至]\s*\d{1,4})?$/;
/** The list's column header, printed again on each of its pages: 段數 (paragraphs), 頁數, 页码 … */
const COLUMN_HEADER = /^(?:段\s*[數数]|[頁页]\s*[數数碼码次]?|pages?|paras?|paragraphs?)$/i;
/** A group's name between entries (`創新科技` over `人工智能  36 – 52`): short, no sentence, no numbered paragraph. */
const GROUP = /^(?![0-9０-９]+[.．、])[^，。；：:、]{1,20}$/;
/** Entries before a list with no leaders counts as one. */
const MIN_GAP_ENTRIES = 3;

/**
 * The lines of a contents list printed with no leaders under the title at `title`: up to its last entry, with the column headers,
 * blank lines and group names between; none when fewer than three entries follow (a heading list is no contents list).
 */
function gapContents(lines: readonly SourceLine[], title: number): number[] {
  const run: number[] = [title];
  let last = -1;
  let entries = 0;
  // page and paragraph numbers only rise: a number column that falls (an indicator table's values under 目录) ends the list
  let page = 0;
  for (let j = title + 1; j < lines.length; j++) {
    const text = lines[j]!.text;
    const entry = GAP_ENTRY.exec(text);
    if (entry && Number(entry[1]) >= page) {
      page = Number(entry[1]);
      entries++;
      last = run.length;
    } else if (entry || (text !== '' && !COLUMN_HEADER.test(text) && !GROUP.test(text))) break;
    run.push(j);
  }
  return entries >= MIN_GAP_ENTRIES ? run.slice(0, last + 1).filter((j) => lines[j]!.text !== '') : [];
}

/** Removes contents entries (text, leaders, page marks) and the 目录 title above them. */
export const tableOfContents: CleaningRule = {
  kind: 'table-of-contents',
  apply(lines, log) {
    const drop = new Set<number>();
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i]!.text;
      if (!LEADER.test(text) && !ONLY_LEADER.test(text)) continue;
      // the entry text: this line, or the short lines back to the previous entry's page mark
      let start = i;
      if (text.replace(LEADER, '').replace(ONLY_LEADER, '') === '') {
        start = i - 1;
        for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
          if (drop.has(j)) {
            start = j + 1;
            break;
          }
          if (!lines[j]!.text || lines[j]!.text.length > 30) break;
        }
      }
      const entryStart = Math.max(0, start);
      let end = i;
      while (end + 1 < lines.length && ONLY_LEADER.test(lines[end + 1]!.text)) end++;
      if (end + 1 < lines.length && PAGE_MARK.test(lines[end + 1]!.text)) end++;
      else if (!/\d$/.test(lines[end]!.text)) continue; // leaders without a page number: not a contents line
      for (let j = entryStart; j <= end; j++) drop.add(j);
      i = end;
    }
    if (drop.size === 0) {
      const title = lines.findIndex((l) => TOC_TITLE.test(l.text));
      if (title >= 0) for (const j of gapContents(lines, title)) drop.add(j);
      if (drop.size === 0) return lines;
    }
    // the 目录 title (possibly split over two lines) right before the first entry
    const first = Math.min(...drop);
    for (let j = first - 1; j >= Math.max(0, first - 2) && TOC_TITLE.test(lines[j]!.text); j--) drop.add(j);
    const out: SourceLine[] = [];
    lines.forEach((l, i) => {
      if (drop.has(i)) log.cleaning.push({ kind: 'table-of-contents', text: l.text, line: l.line });
      else out.push(l);
    });
    return out;
  },
};
