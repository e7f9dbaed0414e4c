// A Traditional search window stored as its differences from the Simplified one (src/search/window-diff.ts).
import { afterEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { applyWindowDiff, diffWindow, traditionalWindowFile } from '../src/search/window-diff.ts';
import { getOpenccConverter } from '../src/pipeline/variants.ts';
import { SearchEngine } from '../src/search/engine.ts';
import { encodeFold, parseQuery } from '../src/search/text.ts';

const window = (lines: string[], title: string) => JSON.stringify({ slug: 'chengdu-2020', title, r: '成都', y: 2020, sections: [{ a: 's1', at: 0, h: '一、总体', l: lines }] });

describe('diffWindow and applyWindowDiff', () => {
  test('a converted window is the characters that differ, each after its distance from the one before', () => {
    expect(diffWindow('软件开发', '軟件開發')).toBe('0軟2開1發');
    expect(applyWindowDiff('软件开发', '0軟2開1發')).toBe('軟件開發');
    expect(diffWindow('相同', '相同')).toBe('');
    expect(applyWindowDiff('相同', '')).toBe('相同');
  });

  test('a real window converted by OpenCC comes back exactly, from a much smaller text', () => {
    const s2t = getOpenccConverter('s2t');
    const hans = window(['全市地区生产总值达到1.2万亿元，增长6%。', '新建5G基站1万个，𠀀字不变'], '2021年成都市政府工作报告');
    const hant = s2t(hans);
    const diff = diffWindow(hans, hant)!;
    expect(applyWindowDiff(hans, diff)).toBe(hant);
    expect(diff.length).toBeLessThan(hant.length / 3);
  });

  test('not written as differences: another length (a phrase conversion), or a differing character that is a base-36 digit', () => {
    expect(diffWindow('软件', '軟體程式')).toBeUndefined();
    expect(diffWindow('第A号', '第a号')).toBeUndefined();
    expect(diffWindow('第1号', '第2号')).toBeUndefined();
    // another character (upper case, punctuation) is written as any other
    expect(applyWindowDiff('第a号', diffWindow('第a号', '第A号')!)).toBe('第A号');
  });

  test('a diff that names no character fails with what it read', () => {
    expect(() => applyWindowDiff('软件', '5軟')).toThrow(/no character at 5/);
    expect(() => applyWindowDiff('软件', '1')).toThrow(/no character at 1/);
  });

  test('any two texts of one length: applying the diff gives the other text, or none is written', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('软', '軟', 'a', '1', 'Z', '"', '𠀀', '，'), fc.constantFrom('软', '軟', 'a', '1', 'Z', '"', '𠀀', '，'))), (pairs) => {
        const base = pairs.map((p) => p[0]).join('');
        const other = pairs.map((p) => p[1]).join('');
        const diff = diffWindow(base, other);
        if (diff === undefined) expect(pairs.some(([a, b]) => a !== b && /^[0-9a-z]$/.test(b))).toBe(true);
        else expect(applyWindowDiff(base, diff)).toBe(other);
      }),
    );
  });
});

describe('the engine reads a Traditional window as build-search writes it', () => {
  const s2t = getOpenccConverter('s2t');
  const fold = { 軟: '软', 體: '体', 開: '开', 發: '发', 臺: '台' };
  const hans = window(['软件开发平台建设。'], '软件开发工作要点');
  // files under /b/w/ as build-search names them (page p, window 0), served raw (a host that decoded the gzip)
  // (`stale`: what an HTTP cache of an earlier build answers, unless the request goes past it)
  const requests: string[] = [];
  const serve = (files: Record<string, string>, stale: Record<string, string> = {}) => {
    requests.length = 0;
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      requests.push(`${url}${init?.cache ? ` ${init.cache}` : ''}`);
      const text = init?.cache === 'reload' ? files[url] : (stale[url] ?? files[url]);
      return text === undefined ? new Response('', { status: 404 }) : new Response(text);
    });
  };
  const engine = () => new SearchEngine({ search: async () => ({ results: [] }) }, { fold: encodeFold(fold), window: 300 }, '/b/');
  const load = (e: SearchEngine, script: 0 | 1) => e.loadReport({ id: 'p', runs: [[0]] }, parseQuery('开发平台', e.fold), script);
  afterEach(() => vi.unstubAllGlobals());

  test('from its differences, applied to the Simplified window', async () => {
    const file = traditionalWindowFile(hans, s2t(hans));
    expect(JSON.parse(file)).toHaveProperty('d');
    serve({ '/b/w/p-0s.gz': hans, '/b/w/p-0t.gz': file });
    const hit = await load(engine(), 1);
    expect(hit?.title).toBe('軟件開發工作要點');
    expect(hit?.best.excerpt.map((p) => p.text).join('')).toContain('軟件開發平臺');
    expect((await load(engine(), 0))?.title).toBe('软件开发工作要点');
  });

  test('whole, when build-search wrote it whole (another length: a phrase conversion)', async () => {
    const hant = window(['軟體開發平臺建設。'], '軟體開發工作要點程式');
    expect(traditionalWindowFile(hans, hant)).toBe(hant);
    serve({ '/b/w/p-0s.gz': hans, '/b/w/p-0t.gz': hant });
    expect((await load(engine(), 1))?.title).toBe('軟體開發工作要點程式');
  });

  // A report's title, region or year is in its windows but not in its Pagefind page, so a new build can
  // change a window file under the same name: a Simplified window kept by the browser's HTTP cache
  // (max-age 600 on GitHub Pages) beside a Traditional file of the new build.
  const older = window(['软件开发平台建设。'], '软件开发要点');

  test('a Simplified window of an earlier build (an HTTP cache) is fetched again past the cache, not patched', async () => {
    serve({ '/b/w/p-0s.gz': hans, '/b/w/p-0t.gz': traditionalWindowFile(hans, s2t(hans)) }, { '/b/w/p-0s.gz': older });
    expect((await load(engine(), 1))?.title).toBe('軟件開發工作要點');
    expect(requests).toContain('/b/w/p-0s.gz reload');
  });

  test('differences that fit no Simplified window the host has fail, naming the file', async () => {
    serve({ '/b/w/p-0s.gz': older, '/b/w/p-0t.gz': traditionalWindowFile(hans, s2t(hans)) });
    await expect(load(engine(), 1)).rejects.toThrow(/p-0t\.gz: the differences of another Simplified window/);
  });
});
