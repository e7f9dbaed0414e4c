// letter-spacing: web pages and PDF tables space out short labels to justify them:
//   "发 布 机 构 ：" → "发布机构：", "運 輸 署 和" → "運輸署和", a label spaced to width at a line's start: "标\u3000\u3000题：" → "标题："
// Evidence: at least three single Han characters in a row, each separated by one space (two when a
// colon follows, as in a label). A word spaced once (`总 则` in a heading) is the author's and stays.
// A PDF's text layer may space out a whole line by a wider gap, two spaces between every character,
// numbers and marks too: "收  入  完  成  421.8亿  元  ，  同  比  增  长  3.6%。" → "收入完成421.8亿元，同比增长3.6%。"
// (dev 239). Evidence: three or more single characters or marks in a row so spaced, and two or more
// Han characters, most of the line's, standing alone between such gaps; a table's row of words and numbers parted
// by two spaces (`一般公共预算收入  421.9  423.7`) has none alone and stays.
import { CJK, spaceRule, type Span } from './space-rule.ts';

const SPACED = /(?<!\p{Script=Han})\p{Script=Han}(?: \p{Script=Han}(?!\p{Script=Han})){2,}|(?<!\p{Script=Han})\p{Script=Han}(?: \p{Script=Han}(?!\p{Script=Han}))+(?= ?[：:])/gu;
/**
 * A label at a line's start whose single characters a portal's info table spaces out to one width with wider or ideographic
 * spaces (`标\u3000\u3000题：…`, `索  引  号：…`, gov.cn's 发文机关/成文日期/标题 table): the spaces go, so every reader of label lines sees the key.
 */
const SPACED_LABEL = /^\s*\p{Script=Han}(?:[ \u3000]{1,4}\p{Script=Han}){1,5}(?=[ \u3000]*[：:])/u;

/** Three single characters or marks in a row, two spaces apart (以  上  。, a paragraph's last printed line, dev 241). */
const WIDE_RUN = new RegExp(String.raw`(?<!\S)${CJK.source}(?: {2}${CJK.source}(?!\S)){2,}`, 'u');
/** A Han character alone between gaps (or the line's edges). */
const ALONE = /(?<!\S)\p{Script=Han}(?!\S)/gu;
const HAN = /\p{Script=Han}/gu;
/** Two spaces between two characters, not between two Latin letters or digits, nor after a percentage (a row of numbers keeps its gaps: 3.6%  5.2%). */
const WIDE_GAP = /(?<=\S) {2}(?=\S)/g;
const LATIN = /[A-Za-z0-9]/;
const LATIN_BEFORE = /[A-Za-z0-9%％]/;

/** The two-space gaps of a line spaced out throughout, else none. */
function wideGaps(text: string): Span[] {
  if (!WIDE_RUN.test(text)) return [];
  const alone = text.match(ALONE)?.length ?? 0;
  if (alone < 2 || alone * 2 < (text.match(HAN)?.length ?? 0)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(WIDE_GAP)) if (!(LATIN_BEFORE.test(text[m.index - 1]!) && LATIN.test(text[m.index + 2]!))) spans.push([m.index, m.index + 2]);
  return spans;
}

/** Removes the spaces between letter-spaced single characters. */
export const letterSpacing = spaceRule('letter-spacing', 'spaced-out characters', (text) => {
  const wide = wideGaps(text);
  if (wide.length) return wide;
  const spans: Span[] = [];
  const label = SPACED_LABEL.exec(text);
  if (label) {
    const start = label[0].length - label[0].trimStart().length;
    for (let i = start; i < label[0].length; i++) if (/[ \u3000]/.test(text[i]!)) spans.push([i, i + 1]);
    if (spans.length) return spans;
  }
  for (const m of text.matchAll(SPACED)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (text[i] === ' ') spans.push([i, i + 1]);
  }
  return spans;
});
