// The indexed text of a section (src/search/records.ts) normalises each section's lines once and
// reuses them: asked again with another fold table, the same sections give that table's text.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildFoldTable, hanCharacters, normalizerOf, sectionText } from '../src/search/records.ts';
import { normalize, tokenize } from '../src/search/text.ts';
import { getOpenccConverter } from '../src/pipeline/variants.ts';

const hans = { id: 's1', anchor: 's1', heading: '一、总体', lines: ['创新平台建设', '裡程碑'] };
const hant = { id: 's1', anchor: 's1', heading: '一、總體', lines: ['創新平臺建設', '裡程碑'] };

describe('sectionText reuses the normalised lines of a section', () => {
  test('the same section objects with two fold tables give each table its own text', () => {
    const none = sectionText(hans, hant, {});
    const folded = sectionText(hans, hant, { 總: '总', 體: '体', 創: '创', 臺: '台', 設: '设', 裡: '里' });
    expect(folded).toBe('一 、 总 体 ¶ 创 新 平 台 建 设 ¶ 里 程 碑');
    expect(none).toBe('一 、 总 体 ¶ 创 新 平 台 建 设 ¶ 裡 程 碑 § 一 、 總 體 ¶ 創 新 平 臺 建 設');
    expect(sectionText(hans, hant, {})).toBe(none);
  });
});

describe('sectionText normalises every character as the search box does', () => {
  // build-search keeps each character's normalisation (src/search/records.ts, normalizerOf); the query
  // side normalises with text.ts. Both must give one text: astral and compatibility ideographs, full-width
  // letters and digits, characters whose NFKC form is longer (kept), a lone surrogate.
  const lines = ['𠀀年ＡＢ①㎡丽', '創新\uD800臺Ｃ', 'ＡＢ創新𠀀'];
  const fold = { 創: '创', 臺: '台' };
  const section = { id: 's1', anchor: 's1', heading: '', lines };
  const expected = (table: Record<string, string>) => lines.map((line) => tokenize(normalize(line, table)).join(' ')).join(' ¶ ');

  test.each([
    ['no fold table', {}],
    ['a fold table', fold],
  ])('%s: the text of text.ts normalize, character for character', (_name, table) => {
    expect(sectionText({ ...section }, { ...section }, table)).toBe(expected(table));
  });

  test('the example reads as expected', () => {
    expect(expected(fold)).toBe('𠀀 年 ab 1 ㎡ 丽 ¶ 创 新 \uD800 台 c ¶ ab 创 新 𠀀');
  });
});

// Characters normalizerOf and hanCharacters tell apart: kept and folded Han, full-width letters, a
// compatibility ideograph, a character whose NFKC form is longer, astral characters (one folded), and
// surrogates alone (high, low) or in a pair.
const characters = ['创', '創', '臺', '台', 'Ａ', 'a', 'Ｃ', '丽', '①', '㎡', '\u3000', ' ', '𠀀', '𡚸', '\uD800', '\uDC00', '\uD840', '\uDC00', '\uDBFF', '\uDFFF'];
const texts = fc.array(fc.constantFrom(...characters), { maxLength: 24 }).map((list) => list.join(''));
const folds = [{}, { 創: '创', 臺: '台', '𡚸': '创' }];

describe('normalizerOf gives text.ts normalize, character for character', () => {
  test.each(folds.map((fold) => [Object.keys(fold).length, fold] as const))('a fold table of %i characters: any text of kept, changed, astral and lone characters', (_n, fold) => {
    const normalizer = normalizerOf(fold);
    // the same normalizer over many texts: a character's state is kept between texts
    fc.assert(
      fc.property(texts, (text) => normalizer(text) === normalize(text, fold)),
      { numRuns: 2000 },
    );
  });

  test('a text with nothing to change is returned as it is; a lone surrogate before a pair stays alone', () => {
    const normalizer = normalizerOf({ 創: '创' });
    expect(normalizer('创新平台')).toBe('创新平台');
    expect(normalizer('\uD800\uD840\uDC00創Ａ')).toBe('\uD800\uD840\uDC00创a');
    expect(normalizer('創\uDC00')).toBe('创\uDC00');
  });
});

describe('hanCharacters', () => {
  test('the distinct Han characters in the order they first occur, astral ones whole', () => {
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 4 }), (list) => {
        const expected = [...new Set(list.flatMap((text) => [...text]))].filter((char) => /\p{Script=Han}/u.test(char));
        return JSON.stringify([...hanCharacters(list)]) === JSON.stringify(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('buildFoldTable', () => {
  test('takes the site’s characters in the order they first occur', () => {
    const table = buildFoldTable(['臺灣臺', '創灣', 'abc'], [getOpenccConverter('t2s')]);
    expect(Object.keys(table).slice(0, 3)).toEqual(['臺', '灣', '創']);
  });
});
