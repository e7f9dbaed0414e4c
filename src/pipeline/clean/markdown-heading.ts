// markdown-heading: `## 第一章 总 则` → a paragraph with role markdown-heading, depth 2, the `#`s removed.
import { lineHeadingRules } from '../patterns.ts';
import { toHalfWidthDigits } from '../numerals.ts';
import type { CleaningRule } from './types.ts';

const HEADING = /^(#{1,6})\s+(?=\S)/;

/**
 * Hashes run on to a heading number without the space (`###（二）深化…`, a scrape's Markdown): a heading too, when a CJK
 * character follows them and opens a numbered heading (patterns.ts lineHeadingRules); not a hashtag (`#两会#`) nor a unit's
 * number (`#1机组`).
 */
const RUN_ON = /^(#{1,6})(?=[^\p{ASCII}])/u;
const runOn = (text: string): RegExpExecArray | null => {
  const m = RUN_ON.exec(text);
  const rest = m ? toHalfWidthDigits(text.slice(m[0].length)) : '';
  return m && lineHeadingRules.some((r) => r.pattern.test(rest)) ? m : null;
};

/** Marks Markdown ATX headings and removes their `#` markers (logged: they are source characters). */
export const markdownHeading: CleaningRule = {
  kind: 'markdown-heading',
  apply(lines, log) {
    return lines.map((l) => {
      const m = HEADING.exec(l.text) ?? runOn(l.text);
      if (!m) return l;
      const text = l.text.slice(m[0].length).trim();
      log.cleaning.push({ kind: 'markdown-heading', text: m[1]!, line: l.line, note: `heading level ${m[1]!.length}` });
      return { ...l, text, role: 'markdown-heading' as const, depth: m[1]!.length };
    });
  },
};
