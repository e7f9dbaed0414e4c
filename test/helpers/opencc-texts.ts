// Texts to hold an OpenCC shortcut against opencc-js itself (test/unchanged.test.ts, test/variants-opencc.test.ts): the lines of the
// texts under a folder, OpenCC's upstream cases, the configs the presets use, and every key and value of a config's dictionaries.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import OpenCC from 'opencc-js';
import { presetConfigs, presets, type OpenccConfig } from '../../src/pipeline/variants.ts';
import { root } from './run.ts';

/** The .txt files under `dir`, each whole. */
export function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textsUnder(path);
    return name.endsWith('.txt') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The inputs of OpenCC's upstream test cases (test/fixtures/opencc/testcases.json). */
export const upstreamCases = (readFileSync(join(root, 'test/fixtures/opencc/testcases.json'), 'utf8').match(/"input"\s*:\s*"((?:[^"\\]|\\.)*)"/g) ?? []).map(
  (m) => JSON.parse(m.slice(m.indexOf(':') + 1)) as string,
);

/** The opencc-js configs the presets use. */
export const usedConfigs = [...new Set(presets.flatMap((p) => Object.values(presetConfigs[p])))] as OpenccConfig[];

/**
 * Every key and value of a config's dictionaries, alone and between common characters (人…才, 核…的), and after each of
 * `before` (variants-opencc.test.ts: the Taiwan glyph 裡).
 */
export function dictionaryTexts(config: OpenccConfig, before: readonly string[] = []): string[] {
  const shape = (OpenCC as unknown as { Locale: { configs: Record<string, unknown> } }).Locale.configs[config];
  const strings = (x: unknown): string[] =>
    typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(strings) : x && typeof x === 'object' ? Object.values(x).flatMap(strings) : [];
  const out: string[] = [];
  for (const dict of new Set(strings(shape))) {
    for (const entry of dict.split('|')) {
      for (const word of entry.split(' ')) if (word) out.push(word, `人${word}才`, `核${word}的`, ...before.map((b) => `${b}${word}`));
    }
  }
  return out;
}
