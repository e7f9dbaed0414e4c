// unicode-escape: a character written as its code point in angle brackets, as R writes a character its
// locale cannot encode (`<U+00A0><U+00A0>一、去年工作回顾` in gov.cn pages scraped with R, dev 179): the
// escape stands for the character, so the no-break spaces that indent a heading are spaces again.
import type { CleaningRule } from './types.ts';

const ESCAPE = /<U\+([0-9A-F]{4,6})>/g;

/** Replaces each `<U+XXXX>` with the character it names (a code point past U+10FFFF, a surrogate or a control character stays as written); the line's edges are trimmed. */
export const unicodeEscape: CleaningRule = {
  kind: 'unicode-escape',
  apply(lines, log) {
    return lines.map((l) => {
      const found: string[] = [];
      const text = l.text.replace(ESCAPE, (escape, hex: string) => {
        const code = parseInt(hex, 16);
        // past Unicode, a surrogate or a control character (C0 but tab, DEL, C1): no text to turn it into
        if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code < 0x20 && code !== 0x09) || (code >= 0x7f && code <= 0x9f)) return escape;
        found.push(escape);
        return String.fromCodePoint(code);
      });
      if (found.length === 0) return l;
      log.cleaning.push({ kind: 'unicode-escape', text: found.join(''), line: l.line, note: `${found.length} × ${found[0]}` });
      // escaped no-break spaces that indent a line are its indent, as a plain one would be
      return { ...l, text: text.trim() };
    });
  },
};
