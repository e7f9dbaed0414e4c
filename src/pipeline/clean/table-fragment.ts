// table-fragment: a scraped page can leave one cell of a lost table (an image caption) on its own:
//   "中國人工智能大會。 |" → removed. A table row has several `|` and sits among other rows; a short
// line with one `|` at its edge and no table line near it is a fragment out of context.
import type { CleaningRule } from './types.ts';

const FRAGMENT = /^(?:[|｜]\s*[^|｜]{1,30}|[^|｜]{1,30}?\s*[|｜])$/;
const PIPE = /[|｜]/;

/** Removes short lines that are a lone table cell with no table around them. */
export const tableFragment: CleaningRule = {
  kind: 'table-fragment',
  apply(lines, log) {
    const texts = lines.map((l) => l.text).filter(Boolean);
    let k = -1;
    return lines.filter((l) => {
      if (!l.text) return true;
      k++;
      if (!FRAGMENT.test(l.text) || l.text.length < 3) return true;
      const near = [texts[k - 2], texts[k - 1], texts[k + 1], texts[k + 2]];
      if (near.some((t) => t !== undefined && PIPE.test(t))) return true;
      log.cleaning.push({ kind: 'table-fragment', text: l.text, line: l.line, note: 'a lone table cell with no table around it' });
      return false;
    });
  },
};
