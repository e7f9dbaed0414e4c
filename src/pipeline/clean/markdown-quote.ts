// markdown-quote: `> 2011年2月25日第十一届全国人民代表大会常务委员会第十九次会议通过` is a Markdown
// blockquote: a note beside the text. The `>` goes (logged); the line keeps its text with role `note`.
import type { CleaningRule } from './types.ts';

/** `>` (or `> >`) at the start, then a space or text; `>` alone is a breadcrumb arrow (web-nav), `>100` a comparison. */
const QUOTE = /^>(?:\s*>)*(?:\s+(?=\S)|(?=[^\s\d=<>]))/;

/** Marks blockquote lines as notes and removes their `>` markers. */
export const markdownQuote: CleaningRule = {
  kind: 'blockquote',
  apply(lines, log) {
    return lines.map((l) => {
      const m = QUOTE.exec(l.text);
      if (!m) return l;
      log.cleaning.push({ kind: 'blockquote', text: m[0].trim(), line: l.line, note: 'Markdown blockquote: shown as a note' });
      return { ...l, text: l.text.slice(m[0].length).trim(), role: 'note' as const };
    });
  },
};
