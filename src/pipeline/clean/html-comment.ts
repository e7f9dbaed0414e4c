// html-comment: `<!-- INFO END -->` in Markdown exports is markup, never report text.
import type { CleaningRule, SourceLine } from './types.ts';

/** Removes `<!-- … -->`, also when a comment spans lines; each line's part is logged. */
export const htmlComment: CleaningRule = {
  kind: 'html-comment',
  apply(lines, log) {
    let open = false;
    return lines.map((l): SourceLine => {
      let rest = l.text;
      let kept = '';
      let removed = '';
      while (rest) {
        if (open) {
          const end = rest.indexOf('-->');
          if (end === -1) {
            removed += rest;
            rest = '';
          } else {
            removed += rest.slice(0, end + 3);
            rest = rest.slice(end + 3);
            open = false;
          }
        } else {
          const start = rest.indexOf('<!--');
          if (start === -1) {
            kept += rest;
            rest = '';
          } else {
            kept += rest.slice(0, start);
            rest = rest.slice(start);
            open = true;
            removed += rest.slice(0, 4);
            rest = rest.slice(4);
          }
        }
      }
      if (!removed) return l;
      log.cleaning.push({ kind: 'html-comment', text: removed, line: l.line });
      return { ...l, text: kept.trim() };
    });
  },
};
