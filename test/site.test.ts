// The built site: both script pages of every report, lang, heading ids, search index.
import { describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ReportRecord } from '../src/schemas/report.ts';
import { isRecordFile } from '../src/schemas/search.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { root } from './helpers/run.ts';

const site = inject('site');
const records = readdirSync(site.reports)
  .filter(isRecordFile)
  .map((f) => ReportRecord.parse(JSON.parse(readFileSync(join(site.reports, f), 'utf8'))));

describe('built site', () => {
  test.each(records.flatMap((r) => (['zh-hans', 'zh-hant'] as const).map((lang) => [r.slug, lang] as const)))('%s in %s: lang and every section id', (slug, lang) => {
    const html = readFileSync(join(site.dist, lang, slug, 'index.html'), 'utf8');
    expect(html).toContain(`<html lang="${lang === 'zh-hans' ? 'zh-Hans' : 'zh-Hant'}"`);
    const record = records.find((r) => r.slug === slug)!;
    for (const s of record.sections) expect(html).toMatch(new RegExp(`<h[2-6] id="${s.id}"`));
  });

  test('/sources/<slug>.txt is each source decoded to UTF-8 (GB18030 too), the text build:content decoded', () => {
    for (const r of records) {
      const served = readFileSync(join(site.dist, 'sources', `${r.slug}.txt`), 'utf8');
      expect(served, r.slug).toBe(decodeSource(new Uint8Array(readFileSync(join(root, 'content/sources', r.source.file)))).text);
    }
  });

  test('the report header names the speaker a speaker line gave (报告人), in both scripts', () => {
    for (const [lang, label] of [
      ['zh-hans', '报告人'],
      ['zh-hant', '報告人'],
    ] as const) {
      const html = readFileSync(join(site.dist, lang, 'chongqing-2018-kejichuangxin-baogao', 'index.html'), 'utf8');
      expect(html).toMatch(new RegExp(`<dt>${label}</dt><dd>市委科技工委副(书记|書記) 徐 青</dd>`));
    }
  });

  test('search index and home pages exist', () => {
    expect(existsSync(join(site.dist, 'pagefind', 'pagefind.js'))).toBe(true);
    for (const page of ['index.html', 'zh-hans/index.html', 'zh-hant/index.html', 'zh-hans/search/index.html', 'zh-hant/search/index.html']) {
      expect(existsSync(join(site.dist, page)), page).toBe(true);
    }
  });

  test("the search bundle holds only what the site's engine loads: none of Pagefind's own UI, highlight or worker files", () => {
    // The engine runs pagefind.js with its wasm on the main thread (noWorker) and draws its own results:
    // pagefind-ui, -component-ui, -modular-ui (js, css), -highlight.js and -worker.js were 459 KB of every site.
    const files = readdirSync(join(site.dist, 'pagefind')).filter((f) => /\.(js|css)$/.test(f));
    expect(files).toEqual(['pagefind.js']);
  });

  test('an indicator callout carries no data-pagefind-ignore of its own (the highlight skips aside.co): 21 B of each of about 80 callouts a page', () => {
    for (const r of records)
      for (const lang of ['zh-hans', 'zh-hant']) {
        if (!r.indicators.length) continue;
        const html = readFileSync(join(site.dist, lang, r.slug, 'index.html'), 'utf8');
        expect(html.includes('<aside class="co">'), `${lang}/${r.slug}`).toBe(true);
        expect(/<aside[^>]*class="co"[^>]*data-pagefind-ignore/.test(html), `${lang}/${r.slug}`).toBe(false);
      }
  });

  test('the first search loads little code: pagefind.js minified, and the search code of the site in one chunk', () => {
    // Pagefind writes pagefind.js as readable code (12,961 B gzip in Pagefind 1.5.2); build-search minifies it and drops its warnings (10,295 B).
    expect(gzipSync(readFileSync(join(site.dist, 'pagefind', 'pagefind.js'))).length).toBeLessThan(10_600);
    // The header search, the engine, the rendering and the text functions: one file (astro.config.ts), not one per module.
    const scripts = readdirSync(join(site.dist, '_astro')).filter((f) => f.endsWith('.js'));
    expect(scripts.filter((f) => /^(header-search|render|text|engine)\./.test(f))).toEqual([]);
    const search = scripts.filter((f) => /^search\.[\w-]+\.js$/.test(f));
    expect(search).toHaveLength(1);
    const code = readFileSync(join(site.dist, '_astro', search[0]!), 'utf8');
    for (const part of ['header-results', 'baogao.json', 'pagefind.js']) expect(code).toContain(part);
  });

  test('the report header shows the date in both scripts, and the region with the place containing it', () => {
    for (const lang of ['zh-hans', 'zh-hant']) {
      const html = readFileSync(join(site.dist, lang, 'chongqing-2018-kejichuangxin-baogao', 'index.html'), 'utf8');
      expect(html).toContain('<dd>2018年7月23日</dd>'); // sidecar date: 2018-07-23
      const suining = readFileSync(join(site.dist, lang, 'suining-2021-gongzuoyaodian', 'index.html'), 'utf8');
      expect(suining).toContain(lang === 'zh-hans' ? '<dd>四川 · 遂宁</dd>' : '<dd>四川 · 遂寧</dd>');
    }
  });

  test('the report list filters by region at both levels: 四川 is a choice, and its cities carry it', () => {
    const html = readFileSync(join(site.dist, 'zh-hans', 'index.html'), 'utf8');
    expect(html).toMatch(/<option value="四川">四川<\/option>\s*<option value="成都">\u3000成都<\/option>/);
    expect(html).toMatch(/<li data-region="遂宁" data-region-parent="四川"/);
    expect(html).toMatch(/<li data-region="重庆" data-year/); // a municipality has no parent
  });

  test('links honour the base path', () => {
    const html = readFileSync(join(site.dist, 'zh-hans', 'index.html'), 'utf8');
    expect(html).toContain(`href="${site.base}zh-hans/suining-2021-gongzuoyaodian/"`);
  });
});
