// metadata-label: a government page prints its metadata as label and value on separate lines:
//   "发布机构：" / "天津市工业和信息化局" → one paragraph "发布机构：天津市工业和信息化局".
// Evidence: short label lines (2–6 Han characters and a colon) clustered, at least three within a
// few lines; a lone `各位代表：` opens a speech and stays a paragraph. Nothing is removed: the rule
// marks the labels and join-lines joins each with its value.
import type { CleaningRule } from './types.ts';

const LABEL = /^\p{Script=Han}{2,6}[：:]$/u;
const WINDOW = 6;

/** Marks clustered label lines so join-lines puts each with the value on the next line. */
export const metadataLabel: CleaningRule = {
  kind: 'metadata-label',
  apply(lines) {
    const at = lines.flatMap((l, i) => (LABEL.test(l.text) ? [i] : []));
    const marked = new Set(at.filter((i) => at.filter((j) => j !== i && Math.abs(j - i) <= WINDOW).length >= 2));
    return marked.size === 0 ? lines : lines.map((l, i) => (marked.has(i) ? { ...l, label: true } : l));
  },
};
