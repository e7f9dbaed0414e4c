// normalize (src/search/text.ts) remembers each character's NFKC and lower case: the memo must give
// what the rule gives, character by character, whatever fold table is asked with it and in any order.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize, type FoldTable } from '../src/search/text.ts';

/** The rule written out, with nothing remembered. */
function reference(text: string, fold: FoldTable): string {
  let out = '';
  for (const char of text) {
    const folded = fold[char];
    if (folded) {
      out += folded;
      continue;
    }
    const n = char.normalize('NFKC').toLowerCase();
    out += n.length !== char.length ? char : (fold[n] ?? n);
  }
  return out;
}

// Characters whose NFKC or lower case differ from them (full-width, upper case, ligatures, compatibility
// ideographs, a fraction), Han in either script and characters the tables below fold.
const chars = [...'創新平臺台裡里ＡＢＣａ５ＧG﬩ﬁ½Ⅻ豈樂ß İ戶户戸綫線线．。、'];
const tables: FoldTable[] = [{}, { 創: '创', 臺: '台', 裡: '里', 戶: '户', 戸: '户' }, { g: 'x', 線: '线', 綫: '线', a: 'b' }];

describe('normalize remembers NFKC per character', () => {
  test('gives the rule written out, for any text, with fold tables asked in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), fc.nat(tables.length - 1)), { minLength: 1, maxLength: 6 }), (asks) => {
        for (const [text, k] of asks) expect(normalize(text.join(''), tables[k]!)).toBe(reference(text.join(''), tables[k]!));
      }),
    );
  });

  test('a character folded by one table and not by another', () => {
    expect(normalize('Ｇ線', tables[2]!)).toBe('x线');
    expect(normalize('Ｇ線', tables[0]!)).toBe('g線');
    expect(normalize('Ｇ線', tables[2]!)).toBe('x线');
  });
});
