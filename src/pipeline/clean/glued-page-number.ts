// glued-page-number: PDF extraction can run a page's number into the first line of the next page:
//   "…推动经济发展质量" / "12本市城乡居民收入…" / … / "13进一步…" → the numbers 12, 13 logged, the lines kept.
// One number at a line start is no evidence (a wrapped line can start with `12个`): the rule removes
// only numbers that form a run of pages — at least 3 of them, rising by 1 to 3, each a page or more
// of lines after the one before — and never a number followed by a unit or another digit.
import type { CleaningRule, SourceLine } from './types.ts';
import { baseUnits, multipliers } from '../indicators/units.ts';

const GLUED = /^(\d{1,3})(?=\p{Script=Han})/u;
/** A number a unit, counter or multiplier follows is a quantity, not a page (`12个`, `3万`, `5年`, `6月`): the first characters of the units of units.ts. */
const UNIT_START = new Set<string>([...baseUnits, ...Object.keys(multipliers), '月'].map((u) => u[0]!));
/** Fewest glued numbers that make a run of pages, the most pages one step may skip, the fewest lines a page has. */
const MIN_RUN = 3;
const MAX_STEP = 3;
const MIN_PAGE_LINES = 8;

interface Candidate {
  index: number;
  page: number;
  line: number;
}

/** Candidates in reading order: a 1-3 digit number glued to a Han character that is not a unit. */
function candidates(lines: SourceLine[]): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((l, index) => {
    const m = GLUED.exec(l.text);
    if (!m || UNIT_START.has(l.text[m[1]!.length]!)) return;
    out.push({ index, page: Number(m[1]), line: l.line });
  });
  return out;
}

/** The longest chain of candidates whose numbers rise by 1..MAX_STEP, a page of lines apart (dynamic programming, O(n²) on few candidates). */
function longestRun(cands: Candidate[]): Candidate[] {
  const best = cands.map(() => 1);
  const prev = cands.map(() => -1);
  for (let j = 0; j < cands.length; j++) {
    for (let i = 0; i < j; i++) {
      const step = cands[j]!.page - cands[i]!.page;
      if (step < 1 || step > MAX_STEP || cands[j]!.line - cands[i]!.line < MIN_PAGE_LINES * step) continue;
      if (best[i]! + 1 > best[j]!) {
        best[j] = best[i]! + 1;
        prev[j] = i;
      }
    }
  }
  let end = best.indexOf(Math.max(0, ...best));
  const run: Candidate[] = [];
  while (end >= 0) {
    run.unshift(cands[end]!);
    end = prev[end]!;
  }
  return run;
}

/** Removes the page numbers of a run from the line starts; the line is marked as coming after a page break. */
export const gluedPageNumber: CleaningRule = {
  kind: 'glued-page-number',
  apply(lines, log) {
    const cands = candidates(lines);
    if (cands.length < MIN_RUN) return lines;
    const run = longestRun(cands);
    if (run.length < MIN_RUN) return lines;
    const at = new Set(run.map((c) => c.index));
    return lines.map((l, i) => {
      if (!at.has(i)) return l;
      const number = GLUED.exec(l.text)![1]!;
      log.cleaning.push({ kind: 'page-number', text: number, line: l.line });
      const before = lines.slice(0, i).findLast((o) => o.text !== '');
      return { ...l, text: l.text.slice(number.length), afterPageBreak: true, ...(before ? { brokenAfter: before.line } : {}) };
    });
  },
};
