// letter-spacing: web pages and PDF tables space out short labels to justify them:
//   "发 布 机 构 ：" → "发布机构：", "運 輸 署 和" → "運輸署和"
// Evidence: at least three single Han characters in a row, each separated by one space (two when a
// colon follows, as in a label). A word spaced once (`总 则` in a heading) is the author's and stays.
import { spaceRule, type Span } from './space-rule.ts';

const SPACED = /(?<!\p{Script=Han})\p{Script=Han}(?: \p{Script=Han}(?!\p{Script=Han})){2,}|(?<!\p{Script=Han})\p{Script=Han}(?: \p{Script=Han}(?!\p{Script=Han}))+(?= ?[：:])/gu;

/** Removes the spaces between letter-spaced single characters. */
export const letterSpacing = spaceRule('letter-spacing', 'spaced-out characters', (text) => {
  const spans: Span[] = [];
  for (const m of text.matchAll(SPACED)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (text[i] === ' ') spans.push([i, i + 1]);
  }
  return spans;
});
