// zero-width: invisible characters (U+200B lines in Markdown exports) carry no text.
import { codePointNames, type CleaningRule } from './types.ts';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Removes zero-width characters; a line of only such characters becomes blank. */
export const zeroWidth: CleaningRule = {
  kind: 'zero-width',
  apply(lines, log) {
    return lines.map((l) => {
      const found = l.text.match(ZERO_WIDTH);
      if (!found) return l;
      log.cleaning.push({ kind: 'zero-width', text: found.join(''), line: l.line, note: `${found.length} × ${codePointNames(found[0]!)}` });
      return { ...l, text: l.text.replace(ZERO_WIDTH, '').trim() };
    });
  },
};
