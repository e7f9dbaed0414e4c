// justified-gap: a PDF's text layer read by pdftotext keeps a space wherever a justified line set two glyphs wider apart
// than its font spaces them, most often after the line's first glyph:
//   "收 緊，為內部需求帶來沉重壓力。" → "收緊，為內部需求帶來沉重壓力。", "下 跌百分之一。" → "下跌百分之一。" (dev 305, 352, 499)
// Evidence, for the text as a whole: at least ten lines that open (after their indent) with one Han character, one space and a
// Han character that goes on as prose, no space before a mark of prose (，。；、：！？): no author starts line after line so.
// Then, in every line of prose: each single space between two Han characters. A line without a mark of prose (a heading,
// a slogan, `力吸訪客 省靚香港招牌`, a speaker line) keeps its spaces, as does every text without the evidence (`第一章 总 则`,
// joint issuers parted by a space).
import { spaceRule, type Span } from './space-rule.ts';
import type { CleaningRule } from './types.ts';

/** Lines of such a text before the rule trusts the habit. */
const MIN_EVIDENCE = 10;
/** A line that opens with the gap after its first glyph and goes on as prose. */
const GAP_OPENS_PROSE = /^\s*\p{Script=Han} \p{Script=Han}[^ ]*[，。；、：！？]/u;
const PROSE = /[，。；、：！？]/;
/** One space between two Han characters. */
const GAP = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

const rule = spaceRule('justified-gap', 'space a justified PDF line left between two characters', (text) => {
  if (!PROSE.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(GAP)) spans.push([m.index, m.index + 1]);
  return spans;
});

/** Closes the gaps of justified lines, in a PDF text that shows the habit on at least ten lines. */
export const justifiedGap: CleaningRule = {
  kind: 'justified-gap',
  apply(lines, log) {
    let evidence = 0;
    for (const l of lines) if (GAP_OPENS_PROSE.test(l.text) && ++evidence >= MIN_EVIDENCE) return rule.apply(lines, log);
    return lines;
  },
};
