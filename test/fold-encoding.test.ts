// The fold table as baogao.json carries it (src/search/text.ts encodeFold): numbers, not characters,
// so the first search fetches less; it reads back to the same table.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { getOpenccConverter } from '../src/pipeline/variants.ts';
import { buildFoldTable } from '../src/search/records.ts';
import { decodeFold, encodeFold } from '../src/search/text.ts';

describe('encodeFold', () => {
  // The shipped sources' characters, as build-search takes the site's.
  const dir = join(import.meta.dirname, '..', 'content/sources');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const site = buildFoldTable(texts, [getOpenccConverter('tw2s'), getOpenccConverter('hk2s'), getOpenccConverter('t2s')]);

  test('reads back to the same table, whatever the order and the direction of each pair (an astral character too)', () => {
    const table = { 創: '创', 臺: '台', 𠁅: '个', 並: '并', ...site };
    expect(decodeFold(encodeFold(table))).toEqual(table);
    expect(decodeFold(encodeFold({}))).toEqual({});
  });

  test('is ASCII: base-36 distances, a sign and a space per pair', () => {
    expect(encodeFold({ 倉: '仓', 創: '创' })).toBe(`${(0x5009).toString(36)}-${(0x5009 - 0x4ed3).toString(36)} h8-2i`);
    expect(encodeFold(site)).toMatch(/^[0-9a-z]+[+-][0-9a-z]+( [0-9a-z]+[+-][0-9a-z]+)*$/);
  });

  test('gzips smaller than the pairs of characters', () => {
    const pairs = Object.entries(site)
      .map(([from, to]) => from + to)
      .join('');
    expect(Object.keys(site).length).toBeGreaterThan(500);
    expect(gzipSync(encodeFold(site)).length).toBeLessThan(0.85 * gzipSync(pairs).length);
  });
});
