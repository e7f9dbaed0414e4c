// markdown-markup: the rest of Markdown's inline and line markup in scraped texts, which is never
// report text: bold `**第一条**` (the article number must be seen by parse) and an empty bold `****` between two runs, the superscript caret of a
// note's marker (`战略目标^[1]`, a scrape's `<sup>[1]</sup>`: the marker `[1]` stays, src/pipeline/notes.ts
// links it to its entry), a hard break `\` at the end of a line, a thematic break `---` on its own line (or `＊＊＊…`, full width: a Hong Kong
// government press release's rule under its headline, which would join it), and the markers of a lazily numbered list
// (every item `1. `, which Markdown renders 1, 2, 3: a Taiwan law database's paragraphs 項 and 沿革
// lines, corpus 77, 140), which number nothing in the document.
import type { CleaningRule } from './types.ts';
import { NOTE_NUMBER } from '../patterns.ts';

const BOLD = /\*\*(?=\S)([^*]*?\S)\*\*|__(?=\S)([^_]*?\S)__/g;
/** An empty emphasis, `****`: a scraper's bold run closed and opened again with nothing between (`****（四）…****`, dev 445). */
const EMPTY_BOLD = /\*{4}/g;
const HARD_BREAK = /(?<!\\)\\$/;
const NOTE_CARET = new RegExp(`\\^(?=${NOTE_NUMBER})`, 'g');
/** A thematic break, also in full-width marks (a Hong Kong government press release's ＊＊＊…＊ under its headline). */
const RULE = /^([-*_＊－＿])(?:\s*\1){2,}$/u;

const LAZY_ITEM = /^1\. (?=\S)/;
const OTHER_ITEM = /^(?!1\.)\d+\. /;

/** A text whose ordered-list items are all `1. ` (three or more, no `2. `): Markdown numbers them, the document does not. */
const lazilyNumbered = (lines: readonly { text: string }[]): boolean => lines.filter((l) => LAZY_ITEM.test(l.text)).length >= 3 && !lines.some((l) => OTHER_ITEM.test(l.text));

/** Removes `**`/`__` around text and empty `****`, a note marker's caret (`^[1]` → `[1]`), a trailing `\`, `---`/`***` lines and lazy `1. ` list markers; every removal logged. */
export const markdownMarkup: CleaningRule = {
  kind: 'markdown-markup',
  apply(lines, log) {
    const lazy = lazilyNumbered(lines);
    return lines.flatMap((l) => {
      if (RULE.test(l.text)) {
        log.cleaning.push({ kind: 'markdown-markup', text: l.text, line: l.line, note: 'thematic break' });
        return [];
      }
      let text = l.text;
      // each removed marker is logged as it stood in the line (`**`, `**`, `\\`)
      const removed: string[] = [];
      if (text.includes('****')) {
        text = text.replace(EMPTY_BOLD, (empty) => {
          removed.push(empty);
          return '';
        });
      }
      if (text.includes('**') || text.includes('__')) {
        text = text.replace(BOLD, (all, a: string | undefined, b: string | undefined) => {
          removed.push(all.slice(0, 2), all.slice(-2));
          return a ?? b ?? '';
        });
      }
      if (text.includes('^')) {
        text = text.replace(NOTE_CARET, (caret) => {
          removed.push(caret);
          return '';
        });
      }
      if (lazy && LAZY_ITEM.test(text)) {
        log.cleaning.push({ kind: 'markdown-markup', text: '1. ', line: l.line, note: 'marker of a list whose items are all numbered 1.' });
        text = text.replace(LAZY_ITEM, '');
      }
      if (HARD_BREAK.test(text)) {
        removed.push('\\');
        text = text.slice(0, -1).trimEnd();
      }
      for (const piece of removed)
        log.cleaning.push({ kind: 'markdown-markup', text: piece, line: l.line, note: piece === '^' ? 'superscript mark of a note marker' : 'Markdown emphasis or line break' });
      return text !== l.text ? [{ ...l, text: text.trim() }] : [l];
    });
  },
};
