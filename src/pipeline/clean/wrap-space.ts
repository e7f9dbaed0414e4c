// wrap-space: text re-flowed from a fixed-width file keeps a space where each line used to wrap:
//   "…面对复杂多变的国际形势、突如其来的 非典型肺炎疫情…" → "…突如其来的非典型肺炎疫情…"
// Evidence: the space sits between two Han characters or CJK punctuation marks (never next to Latin
// or digits, where a space can be the author's), in a prose line (it has ， or 。), and a full line
// of text (at least 20 characters without a space) comes before it: a wrap happens only there.
import { CJK, findSpaces, spaceRule } from './space-rule.ts';

const MIN_LINE = 20;

/** White space as `\s` with the `u` flag reads it: every such character is one code unit of the Basic Multilingual Plane. */
const SPACE = /\s/u;

/**
 * Do at least `MIN_LINE` characters (code points, a lone surrogate one too) without white space stand right before `start`?
 * Read backwards from `start`, at most `MIN_LINE` characters: the answer splitting the text before `start` at white space
 * and counting its last piece gives, without copying and splitting the line's whole beginning at every space (quadratic
 * in a line's length: dev 427's PDF text run together on one line, 180,000 characters, took 50 CPU s in normalizeText).
 */
export function fullLineBefore(text: string, start: number): boolean {
  let k = start;
  for (let count = 0; count < MIN_LINE; count++) {
    if (k === 0 || SPACE.test(text[k - 1]!)) return false;
    const low = text.charCodeAt(k - 1);
    const high = k >= 2 ? text.charCodeAt(k - 2) : 0;
    k -= low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
  }
  return true;
}

/** Removes former line-wrap spaces inside prose lines; logged with each place. */
export const wrapSpace = spaceRule('wrap-space', 'space where a line used to wrap', (text) => {
  if (!/[，。]/.test(text)) return [];
  return findSpaces(text, (before, after, start) => CJK.test(before) && CJK.test(after) && fullLineBefore(text, start));
});
