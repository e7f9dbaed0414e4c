// The search index built in shards (BAOGAO_SEARCH_SHARD): the shipped reports indexed two per Pagefind
// bundle, merged in the engine with Pagefind's mergeIndex, against the same reports in one bundle.
// Recall and precision over the 30 queries of test/search.test.ts in both scripts, every shard
// answering, each result's link at a section of its report, and the same results as one bundle.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, root, tempDir } from './helpers/run.ts';
import { serveDist, type StaticServer } from './helpers/serve.ts';
import { recallPrecision } from './helpers/search-queries.ts';
import { loadEngine, shardPath, type SearchEngine, type SiteData, type FacetTable } from '../src/search/engine.ts';
import { convertText } from '../src/pipeline/variants.ts';
import { ReportRecord } from '../src/schemas/report.ts';
import { SearchDocument, isRecordFile, searchFileName } from '../src/schemas/search.ts';

const dir = tempDir('baogao-shards-');
const reports = join(dir, 'reports');

/** Runs build-search on the reports in `from` into `dist`, with BAOGAO_SEARCH_SHARD = `shard` (none: the default) and BAOGAO_SEARCH_AHEAD = `ahead`. */
function buildSearch(dist: string, shard?: number, from = reports, ahead?: number): string {
  const env: NodeJS.ProcessEnv = { ...process.env, BAOGAO_REPORTS: from };
  delete env.BAOGAO_SEARCH_SHARD;
  delete env.BAOGAO_SEARCH_AHEAD;
  if (ahead) env.BAOGAO_SEARCH_AHEAD = String(ahead);
  const result = spawnSync(process.execPath, [join(root, 'scripts/build-search.ts'), dist], {
    cwd: root,
    encoding: 'utf8',
    env: shard ? { ...env, BAOGAO_SEARCH_SHARD: String(shard) } : env,
  });
  if (result.status !== 0) throw new Error(`build-search failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('an index of two reports per shard', () => {
  const one = join(dir, 'one');
  const sharded = join(dir, 'sharded');
  let servers: StaticServer[] = [];
  let whole: SearchEngine;
  let merged: SearchEngine;
  let bodies: { slug: string; texts: string[] }[];
  let anchors: Map<string, Set<string>>;

  beforeAll(async () => {
    const content = buildContent(['--sources', join(root, 'content/sources'), '--out', reports]);
    if (content.status !== 0) throw new Error(`build:content failed:\n${content.stderr}`);
    buildSearch(one);
    buildSearch(sharded, 2);
    const records = readdirSync(reports)
      .filter(isRecordFile)
      .map((f) => ReportRecord.parse(readJson(join(reports, f))));
    bodies = records.map((r) => ({ slug: r.slug, texts: [r.body, convertText(r.body, r.script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans')] }));
    anchors = new Map(records.map((r) => [r.slug, new Set(SearchDocument.parse(readJson(join(reports, searchFileName(r.slug)))).sections.map((s) => s.anchor))]));
    servers = await Promise.all([serveDist(one, '/'), serveDist(sharded, '/')]);
    const load = (dist: string, server: StaticServer) => loadEngine(server.url('pagefind/'), (url) => import(join(dist, 'pagefind', url.slice(server.url('pagefind/').length))));
    [whole, merged] = await Promise.all([load(one, servers[0]!), load(sharded, servers[1]!)]);
  });
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  test('one bundle per two reports: the first where the site loads it, the others listed in baogao.json with only their index', () => {
    expect(bodies.length).toBe(7);
    expect(readJson<SiteData>(join(one, 'pagefind/baogao.json')).shards).toBeUndefined();
    const site = readJson<SiteData>(join(sharded, 'pagefind/baogao.json'));
    expect(site.shards).toEqual([1, 2, 3].map(shardPath));
    for (const shard of site.shards!) {
      const files = readdirSync(join(sharded, 'pagefind', shard));
      expect(
        files.some((f) => f.endsWith('.pf_meta')),
        shard,
      ).toBe(true);
      expect(
        files.filter((f) => /\.js$|^wasm|^fragment$/.test(f)),
        shard,
      ).toEqual([]);
      expect(
        readJson<{ languages: Record<string, { page_count: number }> }>(join(sharded, 'pagefind', shard, 'pagefind-entry.json')).languages.und?.page_count,
      ).toBeLessThanOrEqual(2);
    }
    // Every report has its windows and facets under its own page id.
    const facets = readJson<FacetTable>(join(sharded, 'pagefind/facets.json'));
    expect(Object.keys(facets.pages).length).toBe(bodies.length);
    for (const id of Object.keys(facets.pages)) expect(existsSync(join(sharded, 'pagefind/w', `${id}-0s.gz`)), id).toBe(true);
  });

  async function find(engine: SearchEngine, query: string, script: 0 | 1) {
    const outcome = await engine.search(query);
    const hits = (await Promise.all(outcome.reports.map((r) => engine.loadReport(r, outcome.parts, script)))).filter((h) => h !== null);
    return hits.map((h) => ({ slug: h.slug, anchor: h.best.anchor, others: h.others.map((o) => o.anchor) }));
  }

  test.each([0, 1] as const)(
    'script %i: recall ≥ 0.95, precision ≥ 0.9; every shard answers; links at a section of the report; the same reports and sections as one bundle',
    async (script) => {
      const found = new Set<string>();
      const { recall, precision } = await recallPrecision(
        bodies,
        async (query) => {
          const hits = await find(merged, query, script);
          const slugs = hits.map((h) => h.slug);
          expect(new Set(slugs).size, `${query}: a report listed twice`).toBe(slugs.length);
          for (const h of hits) for (const anchor of [h.anchor, ...h.others]) expect(anchors.get(h.slug), `${query}: ${h.slug}#${anchor}`).toContain(anchor);
          const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
          expect([...hits].sort(bySlug), query).toEqual((await find(whole, query, script)).sort(bySlug));
          slugs.forEach((s) => found.add(s));
          return slugs;
        },
        `search in 4 shards (script ${script})`,
      );
      expect(recall).toBeGreaterThanOrEqual(0.95);
      expect(precision).toBeGreaterThanOrEqual(0.9);
      // Reports of every shard are found (the files are sharded in name order, two at a time).
      expect([...found].sort()).toEqual(bodies.map((b) => b.slug).sort());
    },
  );

  test('facet counts and filters work across shards as in one bundle', async () => {
    for (const query of ['科技创新', '人才']) {
      const [a, b] = await Promise.all([whole.search(query), merged.search(query)]);
      expect(b.matched.length, query).toBeGreaterThan(2);
      const counts = (engine: SearchEngine, outcome: typeof a) => engine.facets(outcome, {}).then((c) => Object.fromEntries(Object.entries(c).map(([k, m]) => [k, [...m].sort()])));
      expect(await counts(merged, b)).toEqual(await counts(whole, a));
      const year = [...(await merged.facets(b, {})).year.keys()][0]!;
      const kept = await merged.search(query, { year });
      expect(kept.reports.length).toBeGreaterThan(0);
      expect(kept.reports.length).toBe((await whole.search(query, { year })).reports.length);
    }
  });
});

// Pagefind's page id is 7 hex digits of a hash of the page, longer only where two pages of ONE index
// share them. These two tiny reports (found by indexing 40,000 of them) share them: in two shards
// Pagefind would give both the id und_2f27a6a, and windows and facets are keyed by id.
/** Every file under `dir` (relative path → bytes). */
const filesOf = (dir: string): Map<string, Buffer> =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => [join(f.parentPath, f.name).slice(dir.length), readFileSync(join(f.parentPath, f.name))]),
  );

describe('pages sent ahead (BAOGAO_SEARCH_AHEAD): Pagefind indexes one while build-search makes the next', () => {
  beforeAll(() => {
    if (existsSync(reports)) return; // made by the first describe, unless this one runs alone
    const content = buildContent(['--sources', join(root, 'content/sources'), '--out', reports]);
    if (content.status !== 0) throw new Error(`build:content failed:\n${content.stderr}`);
  });

  test('the index, the windows and every other file are byte for byte those of a build done one step at a time', () => {
    const [stepwise, ahead] = [join(dir, 'stepwise'), join(dir, 'ahead')];
    buildSearch(stepwise, 2, reports, 1);
    buildSearch(ahead, 2, reports, 3);
    const [a, b] = [filesOf(join(stepwise, 'pagefind')), filesOf(join(ahead, 'pagefind'))];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(a.size).toBeGreaterThan(20);
    for (const [path, bytes] of a) expect(b.get(path)!.equals(bytes), path).toBe(true);
  });
});

describe('two reports whose page ids collide, in two shards', () => {
  const from = join(dir, 'colliding');
  const one = join(dir, 'colliding-one');
  const sharded = join(dir, 'colliding-sharded');
  const slugs = ['r13736', 'r6645'];
  let log = '';

  beforeAll(() => {
    mkdirSync(from, { recursive: true });
    for (const slug of slugs) {
      const doc: SearchDocument = {
        slug,
        title: { 'zh-Hans': '报告', 'zh-Hant': '報告' },
        kind: 'plan',
        sections: [{ id: 'intro', anchor: 'intro-p1', heading: { 'zh-Hans': '', 'zh-Hant': '' }, lines: { 'zh-Hans': ['科技创新'], 'zh-Hant': ['科技創新'] } }],
      };
      writeFileSync(join(from, searchFileName(slug)), JSON.stringify(doc));
    }
    buildSearch(one, undefined, from);
    log = buildSearch(sharded, 1, from);
  });

  test('in one index Pagefind lengthens one of the two ids (this Pagefind hashes them alike)', () => {
    const ids = Object.keys(readJson<FacetTable>(join(one, 'pagefind/facets.json')).pages).sort();
    expect(ids).toEqual(['und_2f27a6a', 'und_2f27a6a1']);
  });

  test('in two shards the second is indexed again under another URL: two ids, each with its windows, both found', async () => {
    expect(log).toMatch(/r6645\.search\.json has the page id und_2f27a6a of an earlier shard/);
    expect(readJson<SiteData>(join(sharded, 'pagefind/baogao.json')).shards).toEqual([shardPath(1)]);
    const ids = Object.keys(readJson<FacetTable>(join(sharded, 'pagefind/facets.json')).pages);
    expect(new Set(ids).size).toBe(2);
    const windows = readdirSync(join(sharded, 'pagefind/w'));
    for (const id of ids) expect(windows, id).toContain(`${id}-0s.gz`);
    const server = await serveDist(sharded, '/');
    try {
      const engine = await loadEngine(server.url('pagefind/'), (url) => import(join(sharded, 'pagefind', url.slice(server.url('pagefind/').length))));
      const outcome = await engine.search('科技创新');
      const hits = await Promise.all(outcome.reports.map((r) => engine.loadReport(r, outcome.parts, 1)));
      expect(hits.map((h) => [h?.slug, h?.best.anchor]).sort()).toEqual(slugs.map((slug) => [slug, 'intro-p1']));
    } finally {
      await server.close();
    }
  });
});

describe('a search document that is not one', () => {
  test('stops build-search at its first read (the fold table), naming the file: the schema is checked on that read, not after', () => {
    const from = join(dir, 'invalid');
    mkdirSync(from, { recursive: true });
    const doc = {
      slug: 'r1',
      title: { 'zh-Hans': '报告', 'zh-Hant': '報告' },
      kind: 'plan',
      sections: [{ id: 'intro', anchor: 'intro-p1', heading: { 'zh-Hans': '', 'zh-Hant': '' }, lines: { 'zh-Hans': ['科技创新'], 'zh-Hant': 42 } }],
    };
    writeFileSync(join(from, searchFileName('r1')), JSON.stringify(doc));
    expect(() => buildSearch(join(dir, 'invalid-dist'), undefined, from)).toThrow(/r1\.search\.json: not a search document/);
    expect(existsSync(join(dir, 'invalid-dist', 'pagefind'))).toBe(false);
  });
});
