// markdown-heading: `## 第一章 总 则` → a paragraph with role markdown-heading, depth 2, the `#`s removed.
import type { CleaningRule } from './types.ts';

const HEADING = /^(#{1,6})\s+(?=\S)/;

/** Marks Markdown ATX headings and removes their `#` markers (logged: they are source characters). */
export const markdownHeading: CleaningRule = {
  kind: 'markdown-heading',
  apply(lines, log) {
    return lines.map((l) => {
      const m = HEADING.exec(l.text);
      if (!m) return l;
      const text = l.text.slice(m[0].length).trim();
      log.cleaning.push({ kind: 'markdown-heading', text: m[1]!, line: l.line, note: `heading level ${m[1]!.length}` });
      return { ...l, text, role: 'markdown-heading' as const, depth: m[1]!.length };
    });
  },
};
