// digit-group-space: Hong Kong records group thousands with a space, "70 800個" (70,800). The
// groups are joined so the number reads as one ("70800個"); only 3-digit groups followed by a Han
// character (a unit or measure word), so a table row of separate numbers ("913 605 339") stays.
import { spaceRule, type Span } from './space-rule.ts';

const GROUPED = /(?<![\d.,][ ]?)\d{1,3}(?: \d{3})+(?=\p{Script=Han})/gu;

/** Joins space-grouped thousands in front of a unit. */
export const digitGroupSpace = spaceRule('digit-group-space', 'thousands separator', (text) => {
  const spans: Span[] = [];
  for (const m of text.matchAll(GROUPED)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (text[i] === ' ') spans.push([i, i + 1]);
  }
  return spans;
});
