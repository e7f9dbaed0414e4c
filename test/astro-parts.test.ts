// The astro step in two processes (scripts/lib/astro-parts.ts, src/lib/page-share.ts, scripts/build.ts):
// each renders a disjoint share of the pages, and the merged dist/ is the one process's, byte for byte.
import { describe, expect, test } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, tempDir } from './helpers/run.ts';
import { runBuildSite } from './helpers/build-site.ts';
import { differences, snapshot } from './helpers/snapshot.ts';
import { decideParts, mergeFolder, projectPartPeak, readPartsEnv } from '../scripts/lib/astro-parts.ts';
import { DEFAULT_MEMORY_BUDGET_MB, decideOverlap } from '../scripts/lib/overlap.ts';
import { SEARCH_SHARD } from '../src/search/records.ts';
import { SECOND_PART_REPORTS, otherSharesPages, pageShare, rendersReport, rendersSitePages, reportPart, shareOutDir } from '../src/lib/page-share.ts';

describe('the shares', () => {
  test('BAOGAO_ASTRO_SHARE is read and checked', () => {
    expect(pageShare({})).toEqual({ part: 1, parts: 1 });
    expect(pageShare({ BAOGAO_ASTRO_SHARE: '2/2' })).toEqual({ part: 2, parts: 2 });
    expect(() => pageShare({ BAOGAO_ASTRO_SHARE: '3/2' })).toThrow('BAOGAO_ASTRO_SHARE=3/2: expected 1/1, 1/2 or 2/2');
    expect(() => pageShare({ BAOGAO_ASTRO_SHARE: 'two' })).toThrow(/expected 1\/1/);
  });

  test('every report is rendered by exactly one part, the second about its fraction of 200', () => {
    const slugs = Array.from({ length: 200 }, (_, i) => `chengdu-2020-kejichuangxin-x${String(i).padStart(4, '0')}`);
    const [first, second] = [
      { part: 1, parts: 2 },
      { part: 2, parts: 2 },
    ];
    for (const slug of slugs) expect([rendersReport(slug, first), rendersReport(slug, second)].filter(Boolean)).toHaveLength(1);
    const inSecond = slugs.filter((slug) => rendersReport(slug, second)).length;
    // About SECOND_PART_REPORTS of them (a hash of the slug: binomial, σ ≈ 7 of 200).
    expect(Math.abs(inSecond - SECOND_PART_REPORTS * 200)).toBeLessThan(25);
    // One process renders them all, and the site's own pages.
    expect(slugs.every((slug) => rendersReport(slug, { part: 1, parts: 1 }))).toBe(true);
    expect([rendersSitePages({ part: 1, parts: 1 }), rendersSitePages(first), rendersSitePages(second)]).toEqual([true, true, false]);
  });

  test("a part's folder: dist for the first, beside it for the second", () => {
    expect(shareOutDir('/x/dist', { part: 1, parts: 2 })).toBe('/x/dist');
    expect(shareOutDir('/x/dist', { part: 2, parts: 2 })).toBe('/x/dist-site2');
  });

  test("the first part's sitemap names the second part's report pages, under the base", () => {
    const dir = tempDir('baogao-share-');
    for (const name of ['chengdu-2020-kejichuangxin', 'chongqing-2018-kejichuangxin-baogao'])
      for (const suffix of ['.json', '.site.json', '.search.json']) writeFileSync(join(dir, name + suffix), '{}');
    expect(reportPart('chongqing-2018-kejichuangxin-baogao', 2)).toBe(2);
    expect(reportPart('chengdu-2020-kejichuangxin', 2)).toBe(1);
    expect(otherSharesPages(dir, { part: 1, parts: 2 }, 'https://example.org', '/baogao/', ['zh-hans', 'zh-hant'])).toEqual([
      'https://example.org/baogao/zh-hans/chongqing-2018-kejichuangxin-baogao/',
      'https://example.org/baogao/zh-hant/chongqing-2018-kejichuangxin-baogao/',
    ]);
    expect(otherSharesPages(dir, { part: 1, parts: 1 }, 'https://example.org', '/', ['zh-hans'])).toEqual([]);
    expect(otherSharesPages(join(dir, 'none'), { part: 1, parts: 2 }, 'https://example.org', '/', ['zh-hans'])).toEqual([]);
  });
});

describe('decideParts', () => {
  const budgetMB = 4000;
  test.each([
    ['auto', 2000, 2],
    ['auto', 10_000, 1],
    ['1', 200, 1],
    ['2', 10_000, 2],
  ] as const)('%s, %i reports → %i', (setting, reports, parts) => {
    expect(decideParts({ setting, reports, budgetMB, oneMB: 1000, searchBeside: false }).parts).toBe(parts);
  });

  test('auto: two parts exactly when their two projected peaks add up to the budget or less; the step then counts both', () => {
    const partMB = projectPartPeak(1000);
    expect(decideParts({ setting: 'auto', reports: 1000, budgetMB: 2 * partMB, oneMB: 1, searchBeside: false })).toMatchObject({ parts: 2, astroMB: 2 * partMB });
    expect(decideParts({ setting: 'auto', reports: 1000, budgetMB: 2 * partMB - 1, oneMB: 1, searchBeside: false })).toMatchObject({ parts: 1, astroMB: 1 });
  });

  test('auto: one process while the search step runs beside the site step (it has the second core); 2 forces two', () => {
    expect(decideParts({ setting: 'auto', reports: 200, budgetMB, oneMB: 1, searchBeside: true })).toMatchObject({
      parts: 1,
      reason: expect.stringContaining('the search step runs beside'),
    });
    expect(decideParts({ setting: '2', reports: 200, budgetMB, oneMB: 1, searchBeside: true }).parts).toBe(2);
  });

  test('auto under the default budget: two parts from 1,678 to 3,915 reports (README Performance, docs/benchmarks.md)', () => {
    const parts = (reports: number): number => {
      const one = decideOverlap({ setting: 'auto', reports, shard: SEARCH_SHARD, budgetMB: DEFAULT_MEMORY_BUDGET_MB });
      return decideParts({ setting: 'auto', reports, budgetMB: DEFAULT_MEMORY_BUDGET_MB, oneMB: one.astroMB, searchBeside: one.overlap }).parts;
    };
    expect([1677, 1678, 3915, 3916, 5400].map(parts)).toEqual([1, 2, 2, 1, 1]);
  });

  test('BAOGAO_ASTRO_PARTS is checked', () => {
    expect(readPartsEnv({ BAOGAO_ASTRO_PARTS: '2' })).toEqual({ setting: '2' });
    expect(readPartsEnv({ BAOGAO_ASTRO_PARTS: 'two' })).toEqual({ problem: 'BAOGAO_ASTRO_PARTS=two: expected one of auto, 1, 2' });
  });
});

describe('mergeFolder', () => {
  const trees = (): { from: string; into: string } => {
    const dir = tempDir('baogao-merge-');
    for (const [path, text] of [
      ['from/zh-hant/b/index.html', 'b'],
      ['from/_astro/a.js', 'same'],
      ['from/404.html', 'not found'],
      ['into/zh-hant/a/index.html', 'a'],
      ['into/_astro/a.js', 'same'],
      ['into/404.html', 'not found'],
    ] as const) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return { from: join(dir, 'from'), into: join(dir, 'into') };
  };

  test('moves what the folder lacks, and keeps the files both hold when they are the same', () => {
    const { from, into } = trees();
    mergeFolder(from, into);
    expect(readFileSync(join(into, 'zh-hant/b/index.html'), 'utf8')).toBe('b');
    expect(readFileSync(join(into, 'zh-hant/a/index.html'), 'utf8')).toBe('a');
    expect(existsSync(join(from, 'zh-hant/b'))).toBe(false);
  });

  test('a file both hold with different bytes stops the merge, named', () => {
    const { from, into } = trees();
    writeFileSync(join(from, '404.html'), 'other');
    expect(() => mergeFolder(from, into)).toThrow(/404\.html and .*404\.html differ: the two astro parts rendered the same file differently/);
  });
});

describe('the build with the astro step in two parts', () => {
  // Two of the shipped reports, one in each part (above). A build takes 30–60 s on a quiet machine, minutes on a busy one.
  const dir = tempDir('baogao-parts-');
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  for (const slug of ['chengdu-2020-kejichuangxin', 'chongqing-2018-kejichuangxin-baogao'])
    for (const ext of ['.txt', '.meta.yml']) copyFileSync(join(root, 'content/sources', slug + ext), join(sources, slug + ext));
  const site = (name: string) => ({ sources, reports: join(dir, name, 'reports'), dist: join(dir, name, 'dist') });

  test('publishes the same dist/ as one process: pages, hashed assets, sitemap', () => {
    const [one, two] = [site('one'), site('two')];
    // A BAOGAO_ASTRO_SHARE left in the caller's environment is build.ts's to set: it changes neither build.
    const single = runBuildSite(one, { BAOGAO_ASTRO_PARTS: '1', BASE_PATH: '/baogao/', BAOGAO_ASTRO_SHARE: '2/2' });
    expect(single.stderr).toContain('build: the site in one astro process');
    expect(single.status).toBe(0);
    const split = runBuildSite(two, { BAOGAO_ASTRO_PARTS: '2', BASE_PATH: '/baogao/', BAOGAO_ASTRO_SHARE: '2/2' });
    expect(split.stderr).toContain('build: the site in two astro processes');
    expect(split.stderr).toContain('build: site-2 done');
    expect(split.status).toBe(0);
    const a = snapshot(one.dist);
    expect(a.has('sitemap-0.xml') && a.has('zh-hant/chongqing-2018-kejichuangxin-baogao/index.html')).toBe(true);
    expect(String(a.get('sitemap-0.xml'))).toContain('/baogao/zh-hant/chongqing-2018-kejichuangxin-baogao/');
    expect(differences(a, snapshot(two.dist))).toEqual([]);
    expect(existsSync(`${two.dist}-site2`)).toBe(false);
  }, 900_000);

  test('a failing part ends the other, names itself, and leaves no <dist>-site2 and no index', () => {
    const failed = site('part-fails');
    // The second part's cacheDir (astro.config.ts) is a file: only that part fails, at its start.
    mkdirSync(join(failed.dist, '..'), { recursive: true });
    writeFileSync(`${failed.dist}-cache-part2`, 'not a folder');
    const result = runBuildSite(failed, { BAOGAO_ASTRO_PARTS: '2', BAOGAO_BUILD_OVERLAP: 'on' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^build: the site-2 step failed \(exit \d+\); nothing was published$/m);
    expect(result.stderr).not.toMatch(/^build: site done/m);
    expect(existsSync(`${failed.dist}-site2`)).toBe(false);
    expect(existsSync(`${failed.dist}-search`)).toBe(false);
    expect(existsSync(join(failed.dist, 'pagefind'))).toBe(false);
  }, 900_000);

  test("a folder at <dist>-site2 that is not the second part's is left alone, even by a one-process build: the build stops before it starts", () => {
    const taken = site('taken');
    mkdirSync(`${taken.dist}-site2`, { recursive: true });
    writeFileSync(`${taken.dist}-site2/notes.md`, 'mine');
    const result = runBuildSite(taken, { BAOGAO_ASTRO_PARTS: '1' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`build: ${taken.dist}-site2 holds notes.md`);
    expect(result.stderr).not.toContain('build: content…');
    expect(readFileSync(`${taken.dist}-site2/notes.md`, 'utf8')).toBe('mine');
  }, 900_000);
});
