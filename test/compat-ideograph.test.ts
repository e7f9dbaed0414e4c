// compat-ideograph: CJK Compatibility Ideographs a PDF extraction prints become their unified characters
// (README: Cleaning), logged per character and line so nothing is lost.
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { unifiedIdeograph } from '../src/pipeline/clean/compat-ideograph.ts';
import { lostFromNormalized } from './helpers/accounting.ts';

describe('compat-ideograph', () => {
  test.each([
    ['\uF98E', '年', 'U+5E74'],
    ['\uF9B2', '零', 'U+96F6'],
    ['\uF9B4', '領', 'U+9818'],
    ['\uF907', '龜', 'U+9F9C'],
    ['\u{2F800}', '丽', 'U+4E3D'],
  ])('%s → %s (%s)', (c, u) => {
    expect(unifiedIdeograph(c)).toBe(u);
  });

  test('the twelve unified ideographs of the block stay (no canonical decomposition)', () => {
    const unified = [0xfa0e, 0xfa0f, 0xfa11, 0xfa13, 0xfa14, 0xfa1f, 0xfa21, 0xfa23, 0xfa24, 0xfa27, 0xfa28, 0xfa29].map((c) => String.fromCodePoint(c));
    expect(unified.filter((c) => unifiedIdeograph(c) !== undefined)).toEqual([]);
    // and every other assigned character of the block has one
    const block = Array.from({ length: 0xfada - 0xf900 }, (_, i) => String.fromCodePoint(0xf900 + i)).filter((c) => /\p{L}/u.test(c));
    expect(block.filter((c) => unifiedIdeograph(c) === undefined)).toEqual(unified);
  });

  test('a line with U+F98E, U+F9B4 and U+FA0E: the first two mapped and logged with counts, the third kept', () => {
    const text = '第一条 二〇二三\uF98E\uF9B4取补贴，二〇二四\uF98E目标不变。\n\uFA0E字照印。';
    const n = normalizeText(text);
    expect(n.paragraphs.map((p) => p.text)).toEqual(['第一条 二〇二三年領取补贴，二〇二四年目标不变。', '\uFA0E字照印。']);
    expect(n.cleaning.filter((c) => c.kind === 'compat-ideograph')).toEqual([
      { kind: 'compat-ideograph', text: '\uF98E\uF98E', line: 1, note: '2 × U+F98E → 年 U+5E74' },
      { kind: 'compat-ideograph', text: '\uF9B4', line: 1, note: 'U+F9B4 → 領 U+9818' },
    ]);
    expect(lostFromNormalized(text, n)).toBe('');
  });
});

describe('after hkscs-pua (README: Cleaning)', () => {
  test('an HKSCS character the table gives as a compatibility ideograph is unified one step further, both steps logged', () => {
    // Big-5 FC48 at PUA U+E142: the HKSCS-2008 table's U+2F894, canonically 弢 U+5F22
    const text = '\uE142字';
    const n = normalizeText(text);
    expect(n.paragraphs.map((p) => p.text)).toEqual(['弢字']);
    expect(n.cleaning.map((c) => [c.kind, c.text])).toEqual([
      ['hkscs-pua', '\uE142'],
      ['compat-ideograph', '\u{2F894}'],
    ]);
    expect(lostFromNormalized(text, n)).toBe('');
  });

  test('HKSCS 8FA8 (U+E3F4): the table’s U+2F9B2 becomes its canonical U+456B, not the 2018 amendment’s U+270F0', () => {
    expect(normalizeText('\uE3F4').paragraphs[0]!.text).toBe('\u456B');
  });
});
