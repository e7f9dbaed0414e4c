// punctuation-space: PDF extraction puts a space beside brackets and quotes that carry their own
// spacing: "(一 )" → "(一)", "“洗牌效應 ”" → "“洗牌效應”", "2011年 “收入" → "2011年“收入",
// "議員 , G.B.S." → "議員, G.B.S.", "(1 )" → "(1)". Removed only where one side is CJK punctuation (full-width
// marks are spaced by design) or an ASCII bracket or comma touching a Han character or CJK mark.
import { CJK, CJK_PUNCT, findSpaces, spaceRule } from './space-rule.ts';
import { headingRules } from '../patterns.ts';

/** A law heading's number alone at the start of a line (第二条, 第三章): the space after it sets off its title (第二条 【落户奖】, dev 195). */
const lawNumber = new RegExp(
  `^\\s*(?:${headingRules
    .filter((r) => r.law)
    .map((r) => r.number)
    .join('|')})$`,
);

/** Removes spaces next to CJK punctuation and inside brackets around CJK text. */
export const punctuationSpace = spaceRule('punctuation-space', 'space beside punctuation', (text) =>
  findSpaces(text, (before, after, start) => {
    const stray =
      (CJK_PUNCT.test(before) && CJK.test(after)) ||
      // "(1 )": the bracket and its digits end the text before the space, so the four characters before it tell (not the whole beginning of the line, read again at every space)
      (after === ')' && /\(\d{1,3}$/.test(text.slice(Math.max(0, start - 4), start))) ||
      (CJK.test(before) && (CJK_PUNCT.test(after) || after === ')' || after === ',')) ||
      (before === '(' && CJK.test(after));
    // read only for a space the rule would take: most spaces of a line are not
    return stray && !lawNumber.test(text.slice(0, start));
  }),
);
