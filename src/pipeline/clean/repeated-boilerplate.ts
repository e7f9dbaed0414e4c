// repeated-boilerplate: a scraper injected the same sentence again and again (seed 004: 15 copies,
// also in the middle of other paragraphs). The first copy stays; later copies are removed.
import type { CleaningRule, SourceLine } from './types.ts';

/** Shortest sentence (characters) considered; short phrases repeat legitimately. */
const MIN_LENGTH = 20;
/** Copies needed before a sentence counts as injected. */
const MIN_COPIES = 3;

/** Sentences of a line with their end punctuation: `甲。乙。丙` → [`甲。`, `乙。`, `丙`]. */
function splitSentences(text: string): string[] {
  return text.match(/[^。！？!?]+[。！？!?]*[”’」』]?|[。！？!?]+/g) ?? [];
}

const key = (sentence: string): string => sentence.replace(/[。！？!?\s]+$/, '');

/** Keeps the first copy of a sentence found 3+ times, at least once inside a longer paragraph. */
export const repeatedBoilerplate: CleaningRule = {
  kind: 'repeated-boilerplate',
  apply(lines, log) {
    const count = new Map<string, { copies: number; inline: boolean }>();
    for (const l of lines) {
      const sentences = splitSentences(l.text);
      for (const s of sentences) {
        const k = key(s);
        if (k.length < MIN_LENGTH) continue;
        const c = count.get(k) ?? { copies: 0, inline: false };
        c.copies++;
        c.inline ||= sentences.length > 1;
        count.set(k, c);
      }
    }
    const repeated = new Set([...count].filter(([, c]) => c.copies >= MIN_COPIES && c.inline).map(([k]) => k));
    if (repeated.size === 0) return lines;
    const kept = new Map<string, number>();
    return lines.map((l): SourceLine => {
      const sentences = splitSentences(l.text);
      if (!sentences.some((s) => repeated.has(key(s)))) return l;
      const out = sentences.filter((s) => {
        const k = key(s);
        if (!repeated.has(k)) return true;
        if (!kept.has(k)) {
          kept.set(k, l.line);
          return true;
        }
        log.cleaning.push({ kind: 'repeated-boilerplate', text: s, line: l.line, note: `copy of line ${kept.get(k)}` });
        return false;
      });
      return { ...l, text: out.join('').trim() };
    });
  },
};
