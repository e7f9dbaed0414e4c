// The pipeline-output cache: an unchanged source is reused, any changed input reprocesses it.
import { beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey, pipelineVersion, readCached, writeCached, type CacheInputs } from '../scripts/lib/cache.ts';
import type { BuiltReport } from '../src/pipeline/index.ts';
import { root, tempDir } from './helpers/run.ts';

const seed = 'chengdu-2020-kejichuangxin';

/**
 * Runs build-content with its own cache folder, from the folder holding `content/sources`, so the
 * source is `content/sources/<seed>.txt` in every test (the path is part of the cache key) and a
 * copy of one filled cache serves them all; returns how many sources came from the cache.
 */
function build(sources: string, out: string, cache: string, ...args: string[]): { cached: number; stdout: string } {
  const result = spawnSync(process.execPath, [join(root, 'scripts/build-content.ts'), '--sources', sources, '--out', out, '--quiet', ...args], {
    cwd: join(sources, '..', '..'),
    encoding: 'utf8',
    env: { ...process.env, BAOGAO_CACHE: cache },
  });
  expect(result.status, result.stderr).toBe(0);
  const m = /\((\d+) from cache\)/.exec(result.stdout);
  expect(m, result.stdout).not.toBeNull();
  return { cached: Number(m![1]), stdout: result.stdout };
}

/** The seed in a sources folder of its own, with an output folder and a cache: empty, or a copy of `from`. */
function setup(from?: string): { sources: string; out: string; cache: string } {
  const dir = tempDir('baogao-cache-');
  const sources = join(dir, 'content', 'sources');
  mkdirSync(sources, { recursive: true });
  for (const ext of ['.txt', '.meta.yml']) copyFileSync(join(root, 'content/sources', seed + ext), join(sources, seed + ext));
  if (from) cpSync(from, join(dir, 'cache'), { recursive: true });
  return { sources, out: join(dir, 'reports'), cache: join(dir, 'cache') };
}

// The seed processed once for the file: the tests that start from a filled cache copy it.
let filled: string;
beforeAll(() => {
  const first = setup();
  expect(build(first.sources, first.out, first.cache).cached).toBe(0);
  filled = first.cache;
});

const base: CacheInputs = { sha256: 'a'.repeat(64), file: 'content/sources/x.txt', name: 'x', meta: { year: 2020 }, terms: '', preset: 'tw' };

describe('cacheKey', () => {
  test('is stable for the same inputs', () => {
    expect(cacheKey({ ...base })).toBe(cacheKey({ ...base }));
    expect(pipelineVersion()).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each<[string, Partial<CacheInputs>]>([
    ['source bytes', { sha256: 'b'.repeat(64) }],
    ['file name', { file: 'content/sources/y.txt' }],
    ['default slug', { name: 'y' }],
    ['sidecar', { meta: { year: 2021 } }],
    ['terms', { terms: '- 成都\n' }],
    ['preset', { preset: 'hk' }],
  ])('changes with the %s', (_, change) => {
    expect(cacheKey({ ...base, ...change })).not.toBe(cacheKey(base));
  });
});

describe('writeCached', () => {
  const built = (n: number) => ({ record: { n }, mdx: {}, search: {}, warnings: [] }) as unknown as BuiltReport;
  const key = (c: string) => c.repeat(64);

  test('keeps one entry per source: the folder listed once, its own writes remembered', async () => {
    const dir = tempDir('baogao-entries-');
    // Entries of an earlier build, and a source whose name extends another's (a.b is not a).
    writeFileSync(join(dir, `a.${key('0')}.json`), '{}');
    writeFileSync(join(dir, `a.b.${key('0')}.json`), '{}');
    writeFileSync(join(dir, 'notes.txt'), '');
    await writeCached(dir, 'a', key('1'), built(1));
    await writeCached(dir, 'c', key('1'), built(1));
    await writeCached(dir, 'a', key('2'), built(2));
    expect(readdirSync(dir).sort()).toEqual([`a.${key('2')}.json`, `a.b.${key('0')}.json`, `c.${key('1')}.json`, 'notes.txt']);
    expect(await readCached(dir, 'a', key('2'))).toEqual(built(2));
    // The same key again keeps its entry.
    await writeCached(dir, 'a', key('2'), built(3));
    expect(readdirSync(dir).filter((n) => n.startsWith('a.') && !n.startsWith('a.b.'))).toEqual([`a.${key('2')}.json`]);
    // Not listed again: an entry another build writes into the shared folder meanwhile is that build's to prune.
    writeFileSync(join(dir, `c.${key('3')}.json`), '{}');
    await writeCached(dir, 'c', key('4'), built(4));
    expect(readdirSync(dir).filter((n) => n.startsWith('c.'))).toEqual([`c.${key('3')}.json`, `c.${key('4')}.json`]);
  });

  test("removes a killed build's temp files (an hour old or more), not a running build's", async () => {
    const dir = tempDir('baogao-entries-');
    const old = `a.${key('0')}.json.0123456789ab.tmp`;
    const fresh = `b.${key('0')}.json.ba9876543210.tmp`;
    writeFileSync(join(dir, old), '{');
    writeFileSync(join(dir, fresh), '{');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(dir, old), twoHoursAgo, twoHoursAgo);
    await writeCached(dir, 'c', key('1'), built(1));
    expect(readdirSync(dir).sort()).toEqual([fresh, `c.${key('1')}.json`]);
  });
});

describe('build:content with the cache', () => {
  test('an unchanged source is not reprocessed and its outputs are not rewritten', () => {
    const { sources, out, cache } = setup();
    const first = build(sources, out, cache);
    expect(first.cached).toBe(0);
    const mdx = join(out, `${seed}.zh-Hant.mdx`);
    const before = { text: readFileSync(mdx, 'utf8'), mtime: statSync(mdx).mtimeMs };
    const second = build(sources, out, cache);
    expect(second.cached).toBe(1);
    expect(readFileSync(mdx, 'utf8')).toBe(before.text);
    expect(statSync(mdx).mtimeMs).toBe(before.mtime);
    // A fresh output folder is filled from the cache with the same bytes.
    const other = `${out}-2`;
    expect(build(sources, other, cache).cached).toBe(1);
    for (const name of readdirSync(out)) expect(readFileSync(join(other, name), 'utf8')).toBe(readFileSync(join(out, name), 'utf8'));
  });

  // The terms file only has to miss the cache: whether terms change the text is the converter's business.
  test.each<[string, (s: string) => void, boolean]>([
    ['the source text', (s) => appendFileSync(join(s, `${seed}.txt`), '\n全年新增专利100件。\n'), true],
    ['the sidecar', (s) => appendFileSync(join(s, `${seed}.meta.yml`), 'source_url: https://example.org/x.html\n'), true],
    ['the terms file', (s) => writeFileSync(join(s, '..', 'terms.yml'), 'terms:\n  - 成都高新区\n'), false],
    ['the vocabulary file', (s) => writeFileSync(join(s, '..', 'vocabulary.yml'), 'terms:\n  - 成都高新区\n'), false],
  ])('a change to %s reprocesses the source', (_, change, changesOutput) => {
    const { sources, out, cache } = setup(filled);
    expect(build(sources, out, cache).cached).toBe(1);
    const json = readFileSync(join(out, `${seed}.json`), 'utf8');
    change(sources);
    expect(build(sources, out, cache).cached).toBe(0);
    // One entry per source: the outdated one is pruned.
    expect(readdirSync(cache).filter((n) => n.startsWith(`${seed}.`))).toHaveLength(1);
    if (changesOutput) expect(readFileSync(join(out, `${seed}.json`), 'utf8')).not.toBe(json);
  });

  test('--no-cache reprocesses every source', () => {
    const { sources, out, cache } = setup(filled);
    expect(build(sources, out, cache).cached).toBe(1);
    expect(build(sources, out, cache, '--no-cache').cached).toBe(0);
  });
});
