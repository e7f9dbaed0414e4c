// Spaces a typesetter puts between a number and the Chinese around it (Hong Kong records, Taiwan
// laws): "集資約 440 億美元", "處新臺幣 1 萬元以上". The rules read a copy without them, so
// "約 440 億美元" is one quantity and "由 30 萬元增加至 45 萬元" one figure with its baseline; the
// quotes a figure keeps (match, clause) are cut from the paragraph as written. So is the one space
// pdftotext leaves between two Han characters where a justified line was stretched (a Hong Kong
// budget speech: "百 分 之二點五", "二 萬 個", "按 年上升", dev 499): a run of one, not the runs that
// part a table's cells or a name's characters set apart ("總  則").
import { CJK } from '../clean/space-rule.ts';

/** A paragraph without the spaces beside its numbers, and the way back to the paragraph as written. */
export interface Squeezed {
  text: string;
  /** The paragraph as written from `start` to `end` of `text`. */
  original(start: number, end: number): string;
}

const digit = /[0-9０-９]/;
const percent = /[%％‰]/;
const dot = /[·・]/;
const han = /\p{Script=Han}/u;

/** A run of spaces between a number and CJK text or a percent sign, either way round. */
function stray(before: string, after: string): boolean {
  // 3 · 5％: the spaces around a middle dot standing for a decimal point
  if (dot.test(before) || dot.test(after)) return digit.test(before) || digit.test(after);
  if (digit.test(before) || percent.test(before)) return CJK.test(after) || percent.test(after);
  return digit.test(after) && CJK.test(before);
}

export function squeezeNumberSpaces(text: string): Squeezed {
  if (!/[ \u00a0\t]/.test(text)) return { text, original: (s, e) => text.slice(s, e) };
  let out = '';
  // at[i]: index in `text` of character i of `out`; at[out.length] is text.length.
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\u00a0' || ch === '\t') {
      let j = i;
      while (j < text.length && /[ \u00a0\t]/.test(text[j]!)) j++;
      if (i > 0 && j < text.length && (stray(text[i - 1]!, text[j]!) || (j === i + 1 && ch === ' ' && han.test(text[i - 1]!) && han.test(text[j]!)))) {
        i = j - 1;
        continue;
      }
    }
    out += ch;
    at.push(i);
  }
  if (out.length === text.length) return { text, original: (s, e) => text.slice(s, e) };
  at.push(text.length);
  return { text: out, original: (s, e) => (e > s ? text.slice(at[s], at[e - 1]! + 1) : '') };
}
