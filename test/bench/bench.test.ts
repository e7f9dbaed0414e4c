// The benchmark runs end to end and prints every figure with a plausible type. No timing is asserted:
// speed belongs in docs/benchmarks.md. Not part of `npm test` (it builds a site of its own and runs
// Chromium, ~17 s): `npm run test:bench`, which .ci/run runs.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers/run.ts';

const seeds = join(root, 'content/sources');
// one report per seed, so the corpus is the seeds themselves
const seedFiles = readdirSync(seeds).filter((n) => n.endsWith('.txt'));

describe('npm run bench -- --reports <seeds> --json', () => {
  test('prints one JSON line with every figure', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/bench.ts'), '--reports', String(seedFiles.length), '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 280_000,
    });
    expect(result.status, result.stderr.slice(-3000)).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const r = JSON.parse(lines[0]!);
    expect(r.reports).toBe(seedFiles.length);
    // each report in 2 scripts, plus index, search and 404 pages.
    expect(r.pages).toBeGreaterThanOrEqual(2 * seedFiles.length);
    for (const key of [
      'sourceMB',
      'pipelineMBps',
      'rawOpenccMBps',
      'pipelineVsOpencc',
      'oneLinePageMBps',
      'oneLineVsLines',
      'oneLineReportMBps',
      'buildSeconds',
      'contentCachedSeconds',
      'peakRssMB',
      'distMB',
      'pagefindMB',
      'distMBPerReport',
      'reportPageHtmlBytes',
      'reportPageHtmlBytesSmallSite',
      'reportPageGrowth',
      'reportPageJsBytesGzip',
      'files',
      'largestPageBytes',
      'reportPagesBytesPerReport',
    ]) {
      expect(typeof r[key], key).toBe('number');
      expect(Number.isFinite(r[key]) && r[key] >= 0, `${key} = ${r[key]}`).toBe(true);
    }
    const sourceBytes = seedFiles.reduce((sum, n) => sum + readFileSync(join(seeds, n)).length, 0);
    expect(r.sourceMB).toBeCloseTo(sourceBytes / 1e6, 2);
    expect(r.pipelineMBps).toBeGreaterThan(0);
    // normalizeText on a 7 MB source, per shape: CPU seconds per MB
    expect(Object.keys(r.bigSourceCpuSPerMB)).toEqual(['text', 'feed']);
    for (const [shape, s] of Object.entries<number>(r.bigSourceCpuSPerMB)) expect(s, shape).toBeGreaterThan(0);
    expect(r.rawOpenccMBps).toBeGreaterThan(0);
    expect(r.peakRssMB).toBeGreaterThan(50);
    expect(Math.max(...Object.values<number>(r.stepPeakRssMB))).toBeLessThanOrEqual(r.peakRssMB + 1);
    // Per step of build.ts, told by its process: every step seen, none above the overall peak.
    expect(Object.keys(r.processPeakRssMB).sort()).toEqual(['astro', 'content', 'search']);
    expect(Math.max(...Object.values<number>(r.processPeakRssMB))).toBeLessThanOrEqual(r.peakRssMB + 1);
    // The site and search steps side by side (5 reports fit the memory budget): both timed, each phase apart.
    expect(r.buildOverlap).toBe(true);
    expect(r.buildCpuSeconds).toBeGreaterThan(0);
    expect(Object.keys(r.steps)).toEqual(expect.arrayContaining(['content', 'astroStart', 'astroRender', 'search']));
    // The largest page is a page of the site; every page is a file.
    expect(r.largestPage).toMatch(/\.html$/);
    expect(r.largestPageBytes).toBeGreaterThanOrEqual(r.reportPageHtmlBytes);
    expect(r.files).toBeGreaterThan(r.pages);
    // Two pages per report: more than the typical page alone.
    expect(r.reportPagesBytesPerReport).toBeGreaterThan(r.reportPageHtmlBytes);
    expect(r.pagefindMB).toBeGreaterThan(0);
    expect(r.pagefindMB).toBeLessThan(r.distMB);
    expect(r.distMBPerReport).toBeCloseTo(r.distMB / seedFiles.length, 2);
    // With only the seeds, the small site is the same site.
    expect(r.reportPageHtmlBytes).toBe(r.reportPageHtmlBytesSmallSite);
    expect(r.reportPageJsBytesGzip).toBeGreaterThan(0);
    expect(r.reportPage).toMatch(/^zh-hans\/[a-z0-9-]+\/index\.html$/);
    expect(Object.keys(r.steps)).toEqual(expect.arrayContaining(['content', 'search']));
    // The build's wall holds its steps: the content step, then the site's phases (astro*) and the search step one after the
    // other, or side by side (buildOverlap), where the longer of the two is what the wall must hold.
    const phases = Object.entries<number>(r.steps);
    const total = (keep: (name: string) => boolean) => phases.filter(([name]) => keep(name)).reduce((a, [, s]) => a + s, 0);
    const site = total((name) => name.startsWith('astro'));
    const held = r.steps.content + (r.buildOverlap ? Math.max(site, r.steps.search) : site + r.steps.search);
    expect(r.buildSeconds).toBeGreaterThanOrEqual(held - 1);
    expect(r.machine).toMatch(/Node v\d+/);
    // Measured in Chromium; without it (a machine without the e2e setup) the bench says so with null.
    if (!existsSync(process.env.CHROMIUM ?? '/usr/bin/chromium')) {
      expect([r.firstQueryBytes, r.firstQueryRequests, r.firstQueryResults]).toEqual([null, null, null]);
      expect(result.stderr).toMatch(/no Chromium/);
      return;
    }
    expect(r.firstQueryRequests).toBeGreaterThan(0);
    expect(r.firstQueryBytes).toBeGreaterThan(1000);
    expect(r.firstQueryResults).toBeGreaterThan(0);
    // The parts of the first query add up to it, and the search code and index are among them.
    expect(Object.values<number>(r.firstQueryParts).reduce((a, b) => a + b, 0)).toBe(r.firstQueryBytes);
    expect(r.firstQueryParts).toMatchObject({ js: expect.any(Number), pf_index: expect.any(Number) });
  });
});
