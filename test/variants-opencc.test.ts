// The staged OpenCC converter (src/pipeline/variants-opencc.ts) gives exactly what opencc-js's own Converter gives, for every
// config the presets use: on every line of the seeds and golden inputs (Simplified, and the Traditional Hong Kong and Taiwan ones), those
// lines cut at the words the site converts itself (content/terms.yml, content/vocabulary.yml: OpenCC sees the text between them), OpenCC's upstream cases, and every key and value of
// each config's dictionaries with neighbours (where a stage passed over wrongly would show first). It reads opencc-js 1.4's
// config shapes: when this fails after an opencc-js upgrade, compare `Converter` in node_modules/opencc-js/dist/esm/full.js.
import { describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenCC from 'opencc-js';
import { stagedOpencc } from '../src/pipeline/variants-opencc.ts';
import { openccConfigs } from '../src/pipeline/variants.ts';
import { root } from './helpers/run.ts';
import { dictionaryTexts, textsUnder, upstreamCases, usedConfigs } from './helpers/opencc-texts.ts';

const texts = [...textsUnder(join(root, 'content/sources')), ...textsUnder(join(root, 'test/fixtures/golden'))];
const lines = texts.flatMap((t) => t.split(/\r?\n/)).filter((l) => l.trim() !== '');
const upstream = upstreamCases;
/** The words of content/terms.yml and content/vocabulary.yml (both forms of `{ hans, hant }` entries, and words kept as written). */
const termWords = ['content/terms.yml', 'content/vocabulary.yml'].flatMap((file) =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .flatMap((l) => [...l.matchAll(/\b(?:hans|hant):\s*([^\s,{}#]+)/g)].map((m) => m[1]!).concat(/^\s*-\s+([^\s{}#:]+)\s*$/.exec(l)?.[1] ?? [])),
);
/**
 * What OpenCC is given beside the site's terms and vocabulary (variants.ts converts the text between them): each line cut at
 * every term, longest first, and each term between common characters.
 */
const termRuns = (() => {
  const words = [...new Set(termWords)].sort((a, b) => b.length - a.length);
  const cut = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
  return [...lines.flatMap((l) => l.split(cut)).filter(Boolean), ...words.flatMap((w) => [`人${w}才`, `核${w}的`])];
})();
const used = usedConfigs;

describe('stagedOpencc: opencc-js stage by stage', () => {
  test.each(used)('%s gives what OpenCC.Converter gives', (config) => {
    const staged = stagedOpencc(config);
    expect(staged, `${config}: opencc-js's config shape was not read`).toBeDefined();
    const opencc = OpenCC.Converter(openccConfigs[config]);
    const wrong: string[] = [];
    for (const text of [...lines, ...texts.slice(0, 3), ...upstream, ...termRuns, ...dictionaryTexts(config, ['裡'])]) if (staged!(text) !== opencc(text)) wrong.push(text);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test('the words the site adds are there to cut at (content/terms.yml, content/vocabulary.yml)', () => {
    expect(termWords).toContain('征程');
    expect(termWords).toContain('行政覆議');
    expect(termRuns.length).toBeGreaterThan(lines.length);
  });

  test('a config opencc-js does not have is not staged: the caller falls back to OpenCC.Converter', () => {
    expect(stagedOpencc('s2xx')).toBeUndefined();
    expect(stagedOpencc('constructor')).toBeUndefined();
  });

  test('s2tw passes over the stages a Simplified sentence gives nothing to: only the Simplified → Traditional stage converts it', () => {
    const staged = stagedOpencc('s2tw')!;
    const s2tw = OpenCC.Converter(openccConfigs.s2tw);
    const segment = vi.spyOn(OpenCC.Trie.prototype, 'segment');
    const convert = vi.spyOn(OpenCC.Trie.prototype, 'convert');
    const run = (text: string): { segments: number; converts: number } => {
      const want = s2tw(text);
      segment.mockClear();
      convert.mockClear();
      expect(staged(text)).toBe(want);
      return { segments: segment.mock.results.reduce((n, r) => n + (r.value as string[]).length, 0), converts: convert.mock.calls.length };
    };
    try {
      // one conversion per segment: the normalisation and the Taiwan variants are passed over
      const plain = run('加快建设科技创新中心');
      expect(plain.segments).toBeGreaterThan(0);
      expect(plain.converts).toBe(plain.segments);
      // 里 → 裏 in the first stage, 裏 → 裡 in the Taiwan variants: that stage runs, on every segment
      const variant = run('里面的人');
      expect(variant.converts).toBe(2 * variant.segments);
      // a text no stage changes is neither cut nor converted
      expect(run('2024，GDP')).toEqual({ segments: 0, converts: 0 });
    } finally {
      segment.mockRestore();
      convert.mockRestore();
    }
  });
});
