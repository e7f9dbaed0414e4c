// page-number-line: a PDF's text layer may keep each page's number on a line of its own, framed by
// dashes and with no running header beside it: "…支出完成" / "—3—" / "199.9亿元，…" (dev 239), "-6-" (dev 241).
// Evidence: three or more such lines whose numbers rise by 1 to 3 from one to the next. Each line is
// removed (logged as `page-number`) and the line after it marked as coming after a page break, so a
// sentence the break cut is joined.
import type { CleaningRule, SourceLine } from './types.ts';

const DASHED = /^[-—－–]\s*(\d{1,3})\s*[-—－–]$/;
const MIN_RUN = 3;
const MAX_STEP = 3;

/** Removes dash-framed page numbers on lines of their own when they number the pages in order. */
export const pageNumberLine: CleaningRule = {
  kind: 'page-number',
  apply(lines, log) {
    const at = lines.flatMap((l, i) => (DASHED.test(l.text) ? [i] : []));
    if (at.length < MIN_RUN) return lines;
    const pages = at.map((i) => Number(DASHED.exec(lines[i]!.text)![1]));
    if (pages.some((p, k) => k > 0 && (p - pages[k - 1]! < 1 || p - pages[k - 1]! > MAX_STEP))) return lines;
    const drop = new Set(at);
    const out: SourceLine[] = [];
    let broken = false;
    lines.forEach((l, i) => {
      if (drop.has(i)) {
        log.cleaning.push({ kind: 'page-number', text: l.text, line: l.line });
        broken = true;
        return;
      }
      const before = out.findLast((o) => o.text !== '');
      out.push(broken && l.text !== '' ? { ...l, afterPageBreak: true, ...(before ? { brokenAfter: before.line } : {}) } : l);
      if (l.text !== '') broken = false;
    });
    return out;
  },
};
