// keyword-line: a news page's tag list (`成都;协同;科技成果;…`) is metadata, not a paragraph.
import type { CleaningRule } from './types.ts';

const SEPARATOR = /[;；]/;
/** A tag is a word: letters and digits, maybe joined by a space, hyphen or middle dot (not `&nbsp`, `|---|`). */
const TAG = /^[\p{L}\p{N}](?:[\p{L}\p{N}\s·・-]*[\p{L}\p{N}])?$/u;

/** A line of 4+ short items split by semicolons, with no sentence punctuation. */
function keywordsOf(text: string): string[] | null {
  if (!SEPARATOR.test(text) || /[。！？，,：:]/.test(text)) return null;
  const items = text
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < 4 || items.some((s) => s.length > 12 || !TAG.test(s))) return null;
  return items;
}

/** Moves tag lines to meta.keywords. */
export const keywordLine: CleaningRule = {
  kind: 'keyword-line',
  apply(lines, log) {
    return lines.filter((l) => {
      const items = keywordsOf(l.text);
      if (!items) return true;
      log.keywords.push(...items.filter((k) => !log.keywords.includes(k)));
      log.cleaning.push({ kind: 'keyword-line', text: l.text, line: l.line, note: 'moved to meta.keywords' });
      return false;
    });
  },
};
