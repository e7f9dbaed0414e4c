// run-in-heading: a PDF extraction may run a heading into the line of the section's first sentence,
// the pieces kept apart only by a wide gap (two ideographic spaces, or three spaces and more):
//   "第二章\u3000经济增长率和经济效益\u3000\u3000（一）工农业总产值\u3000\u30001990年工农业总产值…"
//     → "第二章\u3000经济增长率和经济效益" / "（一）工农业总产值\u3000\u30001990年工农业总产值…"   (corpus 181, 69)
// Evidence: the line starts with a titled heading number, and a gap splits a piece off only after a
// heading piece short enough to be a title (no sentence punctuation) and before another heading. The
// last heading keeps its text run in, gap and all (（一）城镇化率\u3000\u3000达到60%: its title names the figure;
// the indicator clauses end at the gap). Each split line is logged with the gaps it took out.
// A news feed item's HTML text (feed-export marks its lines, html-markup keeps the mark) runs a document's paragraphs together with one space
// each: a space splits the line too where a heading starts right after it and the text before it ends a sentence or a lead-in
// (。：；！？) or is itself a heading's short title (dev 491, 637, 638):
//   "…有关事项通知如下： 一、联动调整发电机组上网电价 1.天然气调峰发电机组的电量电价调整为…"
//     → "…有关事项通知如下：" / "一、联动调整发电机组上网电价" / "1.天然气调峰发电机组的电量电价调整为…"
// A run-in enumeration (一是…) starts no heading; a portal page run onto one line is no feed (dev 378): its lines keep their own evidence.
import { startsTitledHeading, WIDE_GAP } from '../patterns.ts';
import type { CleaningRule, SourceLine } from './types.ts';

const GAP = new RegExp(WIDE_GAP, 'gu');
/** Most characters a run-in heading may have (number and title). */
const MAX_HEADING = 30;

const isHeadingPiece = (piece: string): boolean => piece.length <= MAX_HEADING && startsTitledHeading(piece) && !/[，。；：,;:！？!?]/.test(piece);

/** The pieces of a line that runs headings into their text, or undefined when it does not. */
export function splitRunIn(text: string): { pieces: string[]; gaps: string[] } | undefined {
  const pieces: string[] = [];
  const gaps: string[] = [];
  let at = 0;
  for (const m of text.matchAll(GAP)) {
    const piece = text.slice(at, m.index);
    if (!isHeadingPiece(piece)) break;
    pieces.push(piece);
    gaps.push(m[0]);
    at = m.index + m[0].length;
  }
  const rest = text.slice(at);
  // the last heading keeps its text run in (（一）城镇化率\u3000\u3000达到60%: the figure's metric is the title)
  if (pieces.length > 0 && rest !== '') {
    pieces.push(`${pieces.pop()!}${gaps.pop()!}${rest}`);
  }
  if (pieces.length < 2) return undefined;
  return { pieces, gaps };
}

/** One space alone between two characters: where a crawler joined two paragraphs. */
const ONE_SPACE = /(?<=\S) (?=\S)/gu;
/** The end of a sentence or of a lead-in before a list (…通知如下：). */
const SENTENCE_END = /[。：；！？:]$/u;

/** The pieces of a line whose paragraphs a crawler ran together with one space each, split before each heading; else undefined. */
export function splitSpaced(text: string): { pieces: string[]; gaps: string[] } | undefined {
  const pieces: string[] = [];
  let at = 0;
  for (const m of text.matchAll(ONE_SPACE)) {
    const before = text.slice(at, m.index);
    if (!startsTitledHeading(text.slice(m.index + 1))) continue;
    if (!SENTENCE_END.test(before) && !isHeadingPiece(before)) continue;
    pieces.push(before);
    at = m.index + 1;
  }
  if (pieces.length === 0) return undefined;
  pieces.push(text.slice(at));
  return { pieces, gaps: pieces.slice(1).map(() => ' ') };
}

/** Splits run-in headings onto lines of their own (same source line); logged with the gaps taken out. */
export const runInHeading: CleaningRule = {
  kind: 'run-in-heading',
  apply(lines, log) {
    return lines.flatMap((l): SourceLine[] => {
      const split = splitRunIn(l.text) ?? (l.feedHtml ? splitSpaced(l.text) : undefined);
      if (!split) return [l];
      log.cleaning.push({
        kind: 'run-in-heading',
        text: split.gaps.join(''),
        line: l.line,
        note: `heading run into its text, split off: ${split.pieces
          .slice(0, -1)
          .map((p) => `「${p}」`)
          .join(' ')}`,
      });
      return split.pieces.map((text) => ({ ...l, text }));
    });
  },
};
