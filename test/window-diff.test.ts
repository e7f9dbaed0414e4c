// A Traditional search window stored as its differences from the Simplified one (src/search/window-diff.ts).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { applyWindowDiff, diffWindow } from '../src/search/window-diff.ts';
import { getOpenccConverter } from '../src/pipeline/variants.ts';

const window = (lines: string[], title: string) => JSON.stringify({ slug: 'chengdu-2020', title, r: '成都', y: 2020, sections: [{ a: 's1', at: 0, h: '一、总体', l: lines }] });

describe('diffWindow and applyWindowDiff', () => {
  test('a converted window is the characters that differ, each after its distance from the one before', () => {
    expect(diffWindow('软件开发', '軟件開發')).toBe('0軟2開1發');
    expect(applyWindowDiff('软件开发', '0軟2開1發')).toBe('軟件開發');
    expect(diffWindow('相同', '相同')).toBe('');
    expect(applyWindowDiff('相同', '')).toBe('相同');
  });

  test('a real window converted by OpenCC comes back exactly, from a much smaller text', () => {
    const s2t = getOpenccConverter('s2t');
    const hans = window(['全市地区生产总值达到1.2万亿元，增长6%。', '新建5G基站1万个，𠀀字不变'], '2021年成都市政府工作报告');
    const hant = s2t(hans);
    const diff = diffWindow(hans, hant)!;
    expect(applyWindowDiff(hans, diff)).toBe(hant);
    expect(diff.length).toBeLessThan(hant.length / 3);
  });

  test('not written as differences: another length (a phrase conversion), or a differing character that is a base-36 digit', () => {
    expect(diffWindow('软件', '軟體程式')).toBeUndefined();
    expect(diffWindow('第A号', '第a号')).toBeUndefined();
    expect(diffWindow('第1号', '第2号')).toBeUndefined();
    // another character (upper case, punctuation) is written as any other
    expect(applyWindowDiff('第a号', diffWindow('第a号', '第A号')!)).toBe('第A号');
  });

  test('a diff that names no character fails with what it read', () => {
    expect(() => applyWindowDiff('软件', '5軟')).toThrow(/no character at 5/);
    expect(() => applyWindowDiff('软件', '1')).toThrow(/no character at 1/);
  });

  test('any two texts of one length: applying the diff gives the other text, or none is written', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('软', '軟', 'a', '1', 'Z', '"', '𠀀', '，'), fc.constantFrom('软', '軟', 'a', '1', 'Z', '"', '𠀀', '，'))), (pairs) => {
        const base = pairs.map((p) => p[0]).join('');
        const other = pairs.map((p) => p[1]).join('');
        const diff = diffWindow(base, other);
        if (diff === undefined) expect(pairs.some(([a, b]) => a !== b && /^[0-9a-z]$/.test(b))).toBe(true);
        else expect(applyWindowDiff(base, diff)).toBe(other);
      }),
    );
  });
});
