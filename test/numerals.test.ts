// numerals.ts: numerals as headings and figures print them, read and written.
import { describe, expect, it } from 'vitest';
import { chineseNumeral, circledNumber, circledNumeral, parseNumeral, toFullWidthDigits, toHalfWidthDigits } from '../src/pipeline/numerals.ts';

describe('numerals, both ways', () => {
  it('writes 1–99 as a heading prints them and reads them back', () => {
    expect([1, 10, 11, 20, 23, 99].map(chineseNumeral)).toEqual(['一', '十', '十一', '二十', '二十三', '九十九']);
    for (let n = 1; n < 100; n++) expect(parseNumeral(chineseNumeral(n))).toBe(n);
    expect(chineseNumeral(105)).toBe('一〇五');
  });

  it('circled numbers ① … ⑳, and none past them', () => {
    for (let n = 1; n <= 20; n++) expect(circledNumber(circledNumeral(n)!)).toBe(n);
    expect(circledNumeral(21)).toBeUndefined();
  });

  it('full-width digits', () => {
    expect(toFullWidthDigits('2025年7月')).toBe('２０２５年７月');
    expect(toHalfWidthDigits(toFullWidthDigits('0123456789'))).toBe('0123456789');
  });
});
