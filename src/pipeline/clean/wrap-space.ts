// wrap-space: text re-flowed from a fixed-width file keeps a space where each line used to wrap:
//   "…面对复杂多变的国际形势、突如其来的 非典型肺炎疫情…" → "…突如其来的非典型肺炎疫情…"
// Evidence: the space sits between two Han characters or CJK punctuation marks (never next to Latin
// or digits, where a space can be the author's), in a prose line (it has ， or 。), and a full line
// of text (at least 20 characters without a space) comes before it: a wrap happens only there.
import { CJK, findSpaces, spaceRule } from './space-rule.ts';

const MIN_LINE = 20;

/** Removes former line-wrap spaces inside prose lines; logged with each place. */
export const wrapSpace = spaceRule('wrap-space', 'space where a line used to wrap', (text) => {
  if (!/[，。]/.test(text)) return [];
  return findSpaces(text, (before, after, start) => {
    if (!CJK.test(before) || !CJK.test(after)) return false;
    const segment = text.slice(0, start).split(/\s/u).at(-1) ?? '';
    return [...segment].length >= MIN_LINE;
  });
});
