// digit-spacing: newspaper and PDF exports space out the digits of every number:
//   "2 0 0 5年" → "2005年", "2月1 6日" → "2月16日", "6 .5 %" → "6.5%", "1 9 ∶4 3 ∶3 8" → "19∶43∶38"
// Evidence, for the text as a whole: at least two lines with a run of three or more single digits
// spaced one apart (`2 0 0 1`), which no author types. Then, in every line: the spaces inside a
// run of single spaced digits, before a decimal point or after it (`6 .5`), and between a digit
// and a percent sign or a unit (`8 %`, `2900 亿元`). A text without that evidence keeps its spaces (`120 85 64` is a table row).
import { spaceRule, type Span } from './space-rule.ts';
import type { CleaningRule } from './types.ts';

const LONG_RUN = /(?<![\d.,])\d(?: \d){2,}(?!\d)/;
const RUN = /(?<![\d.,])\d(?: \d)+(?![\d])/g;
/** A space between a digit and its decimal point, percent sign or unit (`6 .5`, `6. 5`, `8 %`, `2900 亿元`). */
const BESIDE = /(?<=\d) (?=\.\d|[%％‰]|\p{Script=Han})|(?<=\d\.) (?=\d)/gu;

const rule = spaceRule('digit-spacing', 'spaced-out digits', (text) => {
  const spans: Span[] = [];
  for (const m of text.matchAll(RUN)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (text[i] === ' ') spans.push([i, i + 1]);
  }
  for (const m of text.matchAll(BESIDE)) if (!spans.some(([s]) => s === m.index)) spans.push([m.index, m.index + 1]);
  return spans.sort((a, b) => a[0] - b[0]);
});

/** Joins spaced-out digits, in a text that shows the habit on at least two lines. */
export const digitSpacing: CleaningRule = {
  kind: 'digit-spacing',
  apply(lines, log) {
    let evidence = 0;
    for (const l of lines) if (LONG_RUN.test(l.text) && ++evidence >= 2) return rule.apply(lines, log);
    return lines;
  },
};
