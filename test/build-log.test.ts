// The build log: counts read as English (`1 indicator`), and the ambiguous-character summary lists
// only the conversions that changed a character.
import { describe, expect, test } from 'vitest';
import { count } from '../scripts/lib/count.ts';
import { summarizeAmbiguous } from '../scripts/lib/terms.ts';
import type { AmbiguousConversion } from '../src/pipeline/variants.ts';

describe('count', () => {
  test.each([
    [0, 'indicator', '0 indicators'],
    [1, 'indicator', '1 indicator'],
    [2, 'cleaning action', '2 cleaning actions'],
    [1, 'source', '1 source'],
  ])('%i %s → %s', (n, noun, expected) => {
    expect(count(n, noun)).toBe(expected);
  });
});

describe('summarizeAmbiguous', () => {
  const conversion = (char: string, to: string, n: number): AmbiguousConversion => ({ line: 1, char, to, candidates: char + to, source: char, converted: to, count: n });

  test('counts each change over all its places, and leaves out characters kept as they were', () => {
    expect(summarizeAmbiguous([conversion('干', '幹', 2), conversion('干', '干', 4), conversion('后', '後', 3), conversion('干', '幹', 1)])).toBe('干→幹 3, 后→後 3');
  });

  test('nothing changed: nothing to print', () => {
    expect(summarizeAmbiguous([conversion('了', '了', 11), conversion('制', '制', 26)])).toBe('');
  });
});
