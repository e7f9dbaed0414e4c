// table-of-contents: a printed contents list (`一、实施背景……- 1 -`) repeats the headings with page
// numbers; left in, every heading would appear twice. Entries end in dot leaders and a page marker.
import { CONTENTS_LEADER, ONLY_LEADER } from '../patterns.ts';
import type { CleaningRule, SourceLine } from './types.ts';

const LEADER = new RegExp(`${CONTENTS_LEADER}\\s*(?:\\d{1,4})?$`);
const PAGE_MARK = /^(?:-\s*\d{1,4}\s*-|\d{1,4})$/;
const TOC_TITLE = /^(?:目\s*录|目\s*錄|目|录|錄|contents)$/i;

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
    if (drop.size === 0) return lines;
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
