// A report's short identifier (src/lib/short-id.ts): fixed by its slug alone, written out by hand
// from the SHA-256 of the slug, so a change of scheme fails here.
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { shortId, shortIds } from '../src/lib/short-id.ts';

describe('shortId', () => {
  test('the first 50 bits of SHA-256 of the slug in Crockford base32', () => {
    // sha256("a") = ca978112ca1bbd…: bits 11001 01010 01011 10000 00010 00100 10110 01010 00011 01111 → s a b r 2 4 p a 3 e
    expect(createHash('sha256').update('a').digest('hex').slice(0, 14)).toBe('ca978112ca1bbd');
    expect(shortId('a')).toBe('sabr2-4pa3e');
  });

  test('the shipped reports keep theirs (they are cited by it)', () => {
    expect(shortId('chengdu-2020-kejichuangxin')).toBe('y8a0b-q68we');
    expect(shortId('baoding-2021-zhengfugongzuobaogao')).toBe('h3j46-yrgy9');
  });

  test('no letters that read as digits (i, l, o) and no u', () => {
    const ids = Array.from({ length: 500 }, (_, i) => shortId(`report-${i}`));
    expect(ids.every((id) => /^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/.test(id))).toBe(true);
  });

  test('the same for a site built in another order', () => {
    const slugs = ['b', 'a', 'c'];
    expect([...shortIds(slugs)].sort()).toEqual([...shortIds([...slugs].reverse())].sort());
  });

  test('two slugs with one identifier stop the build, naming both', () => {
    // A real 50-bit collision cannot be searched for here: the identifier function is replaced by one that collides.
    expect(() => shortIds(['x', 'y'], () => 'same')).toThrow(/reports x and y have the same short identifier same/);
    expect(() => shortIds(['x', 'x'], () => 'same')).not.toThrow();
  });
});
