// normalize: decoded text → logical paragraphs, with every removal logged.
//   "一、总体情况\n\u200B\n  2020年…" → paragraphs ["一、总体情况", "2020年…"], cleaning [{kind:"zero-width", …}]
import type { CleaningEntry, Normalized, Paragraph } from './types.ts';

const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** Splits text into paragraphs and removes noise by named rules. */
export function normalizeText(text: string): Normalized {
  const cleaning: CleaningEntry[] = [];
  const paragraphs: Paragraph[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    let textLine = raw;
    const zw = textLine.match(ZERO_WIDTH);
    if (zw) {
      cleaning.push({ kind: 'zero-width', text: zw.join(''), line });
      textLine = textLine.replace(ZERO_WIDTH, '');
    }
    textLine = textLine.trim();
    if (textLine === '') return;
    paragraphs.push({ text: textLine, line });
  });
  return { paragraphs, cleaning, keywords: [], attribution: [], warnings: [] };
}
