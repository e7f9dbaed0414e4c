// html-comment: `<!-- INFO END -->` in Markdown exports is markup, never report text; so is the server code a page saved as its
// template keeps (`<%@ page … %>`, `<% String path = …; %>` of a JSP or ASP page, `<?php include …; ?>`, dev 381, 382, 384).
import type { CleaningRule, SourceLine } from './types.ts';
import { isHtmlScrape } from './html-markup.ts';

/**
 * What opens a comment or a block of server code, and what closes it: `<%` with a directive's or an expression's mark or a space
 * after it (`<%@`, `<%=`, `<%--`, `<%` at a line's end), `<?php`, `<?=` or `<?` and a space, so a sentence's `<5%` or `<%5` is
 * none, nor Word's `<?xml:namespace prefix = o />` (dev 323). A block of server code is one only in a page (isHtmlScrape) and
 * when its close follows.
 */
const OPEN = /<!--|<%(?=[@=!#:\s-]|$)|<\?(?:php\b|=|(?=\s|$))/;
const CLOSE = (open: string): string => (open === '<!--' ? '-->' : open.startsWith('<%') ? '%>' : '?>');

/** Removes `<!-- … -->`, and in a page `<% … %>` and `<? … ?>`, also when one spans lines; each line's part is logged. */
export const htmlComment: CleaningRule = {
  kind: 'html-comment',
  apply(lines, log) {
    let close: string | undefined;
    // server code only in a page (isHtmlScrape): a plain text that quotes `<?php echo 1; ?>` shows it as written
    const page = isHtmlScrape(lines);
    // does `shut` close a block of server code opened in line i, before `rest`: in the rest of that line or a line after it?
    // (the last line holding each close, found once: a page of many openings is not scanned again for each)
    const lastWith = new Map<string, number>();
    const lastLine = (shut: string): number => {
      if (!lastWith.has(shut))
        lastWith.set(
          shut,
          lines.findLastIndex((l) => l.text.includes(shut)),
        );
      return lastWith.get(shut)!;
    };
    const closes = (i: number, rest: string, shut: string): boolean => rest.includes(shut) || lastLine(shut) > i;
    return lines.map((l, i): SourceLine => {
      let rest = l.text;
      let kept = '';
      let removed = '';
      while (rest) {
        if (close) {
          const end = rest.indexOf(close);
          if (end === -1) {
            removed += rest;
            rest = '';
          } else {
            removed += rest.slice(0, end + close.length);
            rest = rest.slice(end + close.length);
            close = undefined;
          }
          continue;
        }
        const m = OPEN.exec(rest);
        if (!m) {
          kept += rest;
          break;
        }
        const shut = CLOSE(m[0]);
        const after = rest.slice(m.index + m[0].length);
        if (m[0] !== '<!--' && (!page || !closes(i, after, shut))) {
          // an opening never closed is text (`<?` in a sentence)
          kept += rest.slice(0, m.index + m[0].length);
          rest = after;
          continue;
        }
        kept += rest.slice(0, m.index);
        close = shut;
        removed += m[0];
        rest = after;
      }
      if (!removed) return l;
      log.cleaning.push({ kind: 'html-comment', text: removed, line: l.line });
      return { ...l, text: kept.trim() };
    });
  },
};
