// The benchmark's synthetic corpus keeps the seeds' sizes and makes distinct reports. The benchmark
// itself runs end to end in test/bench/bench.test.ts (npm run test:bench).
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { copySiteFiles, generateCorpus, varyFigures } from '../scripts/lib/synth.ts';
import { siteFiles } from '../scripts/lib/site-files.ts';
import { root, tempDir } from './helpers/run.ts';

const seeds = join(root, 'content/sources');

describe('varyFigures', () => {
  test.each([
    ['高新技术企业总数增至6120家,增长47.5%', 3, /^高新技术企业总数增至\d{4}家,增长\d{2}\.5%$/],
    ['2020年全市研发投入', 3, /^2020年全市研发投入$/],
    ['12.加快建设', 3, /^12\.加快建设$/],
    ['推进\n（12）加快建设', 3, /^推进\n（12）加快建设$/],
    ['第12条 研发投入', 3, /^第12条 研发投入$/],
  ])('%s → same length, years and heading numbers kept', (text, variant, expected) => {
    const out = varyFigures(text, variant);
    expect(out).toMatch(expected);
    expect(out.length).toBe(text.length);
  });

  test('changes figures', () => {
    expect(varyFigures('增至6120家', 3)).not.toBe('增至6120家');
    expect(varyFigures('增至6120家', 3)).not.toBe(varyFigures('增至6120家', 4));
  });
});

describe('generateCorpus', () => {
  test('makes distinct reports of the seeds’ sizes, starting with the seeds themselves', async () => {
    const out = tempDir('baogao-synth-');
    const made = await generateCorpus(seeds, out, 12);
    const seedNames = readdirSync(seeds)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => n.replace(/\.txt$/, ''))
      .sort();
    expect(made.map((m) => m.name).slice(0, seedNames.length)).toEqual(seedNames);
    expect(new Set(made.map((m) => m.name)).size).toBe(12);
    const titles = made.map((m) => parse(readFileSync(join(out, `${m.name}.meta.yml`), 'utf8'))?.title as string);
    expect(new Set(titles).size).toBe(12);
    for (const m of made.slice(seedNames.length)) {
      const seedBytes = readFileSync(join(seeds, `${m.seed}.txt`));
      const text = readFileSync(join(out, `${m.name}.txt`));
      // UTF-8 seeds keep their size exactly (a BOM is dropped); the text differs in its figures.
      expect(Math.abs(text.length - seedBytes.length)).toBeLessThanOrEqual(3);
      expect(text.equals(seedBytes)).toBe(false);
    }
  });
});

describe('copySiteFiles', () => {
  test('puts the site files (terms, vocabulary, metrics) beside the generated sources, as build-content reads them', async () => {
    const work = tempDir('baogao-synth-site-');
    const out = join(work, 'sources');
    await generateCorpus(seeds, out, 2);
    await copySiteFiles(seeds, out);
    const content = join(seeds, '..');
    const present = siteFiles.filter((name) => existsSync(join(content, name)));
    // the shipped site has its metrics and vocabulary: without them the benchmark measured a site with no canonical metric and no pairs
    expect(present).toEqual(expect.arrayContaining(['metrics.yml', 'vocabulary.yml', 'terms.yml']));
    for (const name of present) expect(readFileSync(join(work, name), 'utf8')).toBe(readFileSync(join(content, name), 'utf8'));
  });
});
