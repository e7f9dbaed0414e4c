// Figures of articles, news releases and readings of statistical reports (the other genre: dev 362-364; issue 15):
// a national text's own place, the time an undated figure of such a text is of, a growth said after its level.
import { describe, expect, test } from 'vitest';
import { extractFromParagraph } from '../src/pipeline/indicators.ts';

const labels = (text: string): string[][] => extractFromParagraph(text, { kind: 'actual', year: 2023 }).map((f) => [f.match, f.label]);

describe('我国 opens a label as the scope of a national text, like 全市 of a city’s (own_places; dev 362, 364)', () => {
  test('我国光缆线路总长度, 我国网民规模 → 光缆线路总长度, 网民规模', () => {
    expect(labels('截至2022年12月，我国光缆线路总长度达到5958万公里。')).toEqual([['5958万公里', '光缆线路总长度']]);
    expect(labels('截至2022年12月，我国网民规模为10.67亿人，互联网普及率达75.6%。')).toEqual([
      ['10.67亿人', '网民规模'],
      ['75.6%', '互联网普及率'],
    ]);
  });
});
