// markdown-markup: the rest of Markdown's inline and line markup in scraped texts, which is never
// report text: bold `**第一条**` (the article number must be seen by parse), a hard break `\` at the
// end of a line, and a thematic break `---` on its own line.
import type { CleaningRule } from './types.ts';

const BOLD = /\*\*(?=\S)([^*]*?\S)\*\*|__(?=\S)([^_]*?\S)__/g;
const HARD_BREAK = /(?<!\\)\\$/;
const RULE = /^([-*_])(?:\s*\1){2,}$/;

/** Removes `**`/`__` around text, a trailing `\`, and `---`/`***` lines; every removal logged. */
export const markdownMarkup: CleaningRule = {
  kind: 'markdown-markup',
  apply(lines, log) {
    return lines.flatMap((l) => {
      if (RULE.test(l.text)) {
        log.cleaning.push({ kind: 'markdown-markup', text: l.text, line: l.line, note: 'thematic break' });
        return [];
      }
      let text = l.text;
      // each removed marker is logged as it stood in the line (`**`, `**`, `\\`)
      const removed: string[] = [];
      if (text.includes('**') || text.includes('__')) {
        text = text.replace(BOLD, (all, a: string | undefined, b: string | undefined) => {
          removed.push(all.slice(0, 2), all.slice(-2));
          return a ?? b ?? '';
        });
      }
      if (HARD_BREAK.test(text)) {
        removed.push('\\');
        text = text.slice(0, -1).trimEnd();
      }
      for (const piece of removed) log.cleaning.push({ kind: 'markdown-markup', text: piece, line: l.line, note: 'Markdown emphasis or line break' });
      return removed.length ? [{ ...l, text: text.trim() }] : [l];
    });
  },
};
