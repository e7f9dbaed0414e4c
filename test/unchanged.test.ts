// The OpenCC shortcut (src/pipeline/unchanged.ts): a text it calls unchanged must come out of
// opencc-js exactly as it went in, for every config the presets use. Checked on every line of the
// seeds and fixtures, OpenCC's upstream cases, and every key and value of each config's own
// dictionaries with neighbours (where a wrong shortcut would show first).
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import OpenCC from 'opencc-js';
import { dictEntries, keepsLength, leavesCharacters, unchangedTest } from '../src/pipeline/unchanged.ts';
import { titleBreaks } from '../src/pipeline/indicators.ts';
import { getOpenccConverter, openccConfigs, presetConfigs, presets } from '../src/pipeline/variants.ts';
import { root } from './helpers/run.ts';
import { dictionaryTexts, textsUnder, upstreamCases, usedConfigs } from './helpers/opencc-texts.ts';

const lines = [...textsUnder(join(root, 'content/sources')), ...textsUnder(join(root, 'test/fixtures'))].flatMap((t) => t.split(/\r?\n/)).filter((l) => l.trim() !== '');
const upstream = upstreamCases;
const used = usedConfigs;

describe('unchanged: texts OpenCC would not change', () => {
  test('the presets use configs opencc-js has, and upstream cases were read', () => {
    expect(upstream.length).toBeGreaterThan(200);
    for (const config of used) expect(unchangedTest(config), config).toBeDefined();
  });

  test.each(used)('%s: what it calls unchanged is unchanged', (config) => {
    const unchanged = unchangedTest(config)!;
    const opencc = OpenCC.Converter(openccConfigs[config]);
    let fast = 0;
    const wrong: string[] = [];
    for (const text of [...lines, ...upstream, ...dictionaryTexts(config)]) {
      if (!unchanged(text)) continue;
      fast++;
      if (opencc(text) !== text) wrong.push(text);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // The shortcut is used at all (a test that always answers false would pass the check above).
    expect(fast).toBeGreaterThan(1000);
  });

  test('tw2s passes most Simplified lines without converting them, including 人才 and 核心', () => {
    const unchanged = unchangedTest('tw2s')!;
    expect(unchanged('加快建设科技创新中心，引进高层次人才，提升核心竞争力')).toBe(true);
    expect(unchanged('關於')).toBe(false);
    expect(unchanged('显著')).toBe(false); // 著 → 着
  });

  test('getOpenccConverter gives opencc-js results either way', () => {
    const tw2s = getOpenccConverter('tw2s');
    expect(tw2s('人才和核心')).toBe('人才和核心');
    expect(tw2s('關於人才')).toBe('关于人才');
  });

  test('character-level configs keep lengths, twp does not', () => {
    expect(used.filter((c) => !keepsLength(c)).sort()).toEqual(['s2twp', 'tw2sp']);
  });
});

describe('dictEntries', () => {
  // The entries are read by offsets, not by splitting: the same entries as `split('|')` then `split(' ')`, kept once per string.
  const bySplit = (dict: string): [string, string][] =>
    dict.split('|').flatMap((item) => {
      const [key, value] = item.split(' ');
      return key && value !== undefined ? [[key, value] as [string, string]] : [];
    });
  const shapes = Object.values((OpenCC as unknown as { Locale: { configs: Record<string, unknown> } }).Locale.configs);
  const strings = (x: unknown): string[] =>
    typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(strings) : x && typeof x === 'object' ? Object.values(x).flatMap(strings) : [];

  test('every dictionary of every opencc-js config reads as by splitting', () => {
    const dicts = [...new Set(shapes.flatMap(strings))];
    expect(dicts.length).toBeGreaterThan(10);
    for (const dict of dicts) expect(dictEntries(dict)).toEqual(bySplit(dict));
  });

  test.each(['', '|', 'a b', 'a b|', '|a b', 'a b c|d e', 'a|b c', ' a|b ', 'a  b|c d', 'a b|c', 'ab cd|ef'])('%j reads as by splitting', (dict) => {
    expect(dictEntries(dict)).toEqual(bySplit(dict));
  });

  test('a dictionary is read once', () => {
    const dict = 'x y|z w';
    expect(dictEntries(dict)).toBe(dictEntries(dict));
  });
});

describe('leavesCharacters', () => {
  test('every config into Simplified keeps the punctuation that ends a bare title line where it is, so it is tested before converting', () => {
    for (const preset of presets) expect(leavesCharacters(presetConfigs[preset]['zh-Hans'], titleBreaks), preset).toBe(true);
  });

  test('a config whose entries hold a character does not leave it', () => {
    expect(leavesCharacters('t2s', '發')).toBe(false);
    expect(leavesCharacters('t2s', '发')).toBe(false);
    expect(leavesCharacters('t2s', '。')).toBe(true);
  });
});
