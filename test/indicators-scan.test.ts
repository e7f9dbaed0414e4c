// Quantity scanning tries the pattern only near numerals (src/pipeline/indicators/scan.ts): it must
// find exactly what a scan at every position (matchAll) finds, on the seeds and on random texts
// made of the pattern's own words.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { maskQuoted, quantityMatches, quantitySource } from '../src/pipeline/indicators/scan.ts';
import { root } from './helpers/run.ts';

const everywhere = (s: string): string[] => [...s.matchAll(new RegExp(quantitySource, 'g'))].map((m) => `${m.index}:${m[0]}`);
const nearNumerals = (s: string): string[] => quantityMatches(s).map((m) => `${m.index}:${m[0]}`);

describe('quantity scan', () => {
  test('same matches as matchAll on every line of the seeds', () => {
    const dir = join(root, 'content/sources');
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
    let found = 0;
    for (const line of lines) {
      expect(nearNumerals(line)).toEqual(everywhere(line));
      found += everywhere(line).length;
    }
    expect(found).toBeGreaterThan(500);
  });

  test('same matches as matchAll on random texts of comparators, numerals, multipliers and units', () => {
    const pieces = [
      '不低于',
      '不少于',
      '超过',
      '突破',
      '超',
      '逾',
      '近',
      '约',
      '百分之',
      '百',
      '千',
      '十',
      '一',
      '两',
      '点',
      '五',
      '0',
      '12',
      '3.5',
      '1,200',
      ',',
      '.',
      '万',
      '亿',
      '千万',
      '元',
      '个',
      '个百分点',
      '%',
      '家',
      '人次',
      '至',
      '到',
      '-',
      '余',
      '多',
      '以上',
      '左右',
      '的',
      '企业',
      '年',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(nearNumerals(s)).toEqual(everywhere(s));
      }),
      { numRuns: 3000 },
    );
  });

  test('quotes, book titles and brackets are masked, a full stop ends an open bracket', () => {
    const text = '引进“5+2”人才《规划(2020)》共8家。（未闭合。后10家';
    const masked = [...maskQuoted(text)].map((m, i) => (m ? text[i] : '')).join('');
    expect(masked).toBe('5+2规划2020未闭合');
  });

  test('an ASCII quote still open at a full stop is no quoted name: it ends there', () => {
    // a stray quote (or a JSON string's own) must not hide the figures of the sentences after it
    const text = '引进"5+2"人才共8家。"未闭合的引号。后10家';
    const masked = [...maskQuoted(text)].map((m, i) => (m ? text[i] : '')).join('');
    expect(masked).toBe('5+2未闭合的引号');
  });
});
