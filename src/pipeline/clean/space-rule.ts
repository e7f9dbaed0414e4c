// space-rule: the shared shape of the rules that drop stray spaces inside a line. A removed space
// is whitespace (outside the nothing-lost count), yet each removal is logged so a reader can see
// it: one entry per line and rule, `text` the removed spaces, `note` each place in context.
import type { CleaningRule, SourceLine } from './types.ts';

/** A run of whitespace to drop: [start, end) offsets in the line text. */
export type Span = readonly [number, number];

/** Han characters, or CJK punctuation (full-width forms except full-width digits and letters). */
export const CJK = /[\p{Script=Han}\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·]/u;
/** CJK punctuation only (brackets, quotes, stops, commas). */
export const CJK_PUNCT = /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·]/u;

/** Builds a rule that removes the spans `find` returns (in the line's current text; the line itself for its evidence) and logs them with their context. */
export function spaceRule(kind: string, why: string, find: (text: string, line: SourceLine) => Span[]): CleaningRule {
  return {
    kind,
    apply(lines, log) {
      return lines.map((l): SourceLine => {
        if (!/[ \t\u3000]/.test(l.text)) return l;
        const spans = find(l.text, l);
        if (spans.length === 0) return l;
        let text = '';
        let at = 0;
        for (const [start, end] of spans) {
          text += l.text.slice(at, start);
          at = end;
        }
        text += l.text.slice(at);
        const places = spans.map(([start, end]) => `「${l.text.slice(Math.max(0, start - 5), end + 5)}」`);
        log.cleaning.push({ kind, text: spans.map(([s, e]) => l.text.slice(s, e)).join(''), line: l.line, note: `${why}: ${places.join(' ')}` });
        return { ...l, text };
      });
    },
  };
}

/** Every run of spaces or tabs in `text` for which `keep` says it is stray. */
export function findSpaces(text: string, stray: (before: string, after: string, start: number) => boolean): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[ \t]+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && end < text.length && stray(text[start - 1]!, text[end]!, start)) spans.push([start, end]);
  }
  return spans;
}
