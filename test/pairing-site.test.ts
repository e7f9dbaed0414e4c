// Plans checked against results on the shipped site: the 2021 targets of 2021年保定市政府工作报告
// and the 2021 results 2022年保定市政府工作报告 gives, on both report pages (both scripts), in the
// explorer and in the exports. The expected pairs were read from the two texts by hand.
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const site = inject('site');
const page = (...p: string[]): string => readFileSync(join(site.dist, ...p), 'utf8');
const plan = 'baoding-2021-zhengfugongzuobaogao';
const results = 'baoding-2022-zhengfugongzuobaogao';

/** [metric, target sentence, actual sentence, outcome], read from the texts. */
const expected: [string, string, string, string][] = [
  ['gdp', '生产总值增长8%以上', '全市生产总值完成3725亿元，增长7.2%', 'partly'],
  ['general-budget-revenue', '一般公共预算收入增长6.5%以上', '一般公共预算收入完成312.5亿元，增长11.3%', 'met'],
  ['industrial-value-added', '规模以上工业增加值增长10%左右', '规模以上工业增加值增长11.4%', 'met'],
  ['fixed-asset-investment', '固定资产投资增长10%左右', '固定资产投资增长6.9%', 'partly'],
  ['retail-sales', '社会消费品零售总额增长9%左右', '社会消费品零售总额增长9.5%', 'met'],
  ['foreign-trade', '进出口总值增长5%左右', '进出口总值完成411.3亿元，增长40.4%', 'met'],
  ['disposable-income', '居民人均可支配收入增长8.5%左右', '居民人均可支配收入增长10.1%', 'met'],
  ['urban-new-jobs', '城镇新增就业8.9万人', '新增城镇就业9.56万人', 'met'],
];

interface Figure {
  slug: string;
  id: string;
  metric?: string;
  kind: string;
  period?: number | string;
  text: string;
  url: string;
  pairs?: { outcome: string; basis: string; target: { slug: string; id: string }; actual: { slug: string; id: string } }[];
}

describe('target → actual on the shipped Baoding reports', () => {
  const figures = JSON.parse(page('data', 'indicators.json')) as Figure[];
  const find = (slug: string, id: string): Figure => figures.find((f) => f.slug === slug && f.id === id)!;
  const targets = figures.filter((f) => f.slug === plan && f.pairs);

  test('indicators.json: the eight pairs of 2021, each target with the actual that answers it', () => {
    const got = targets.map((t) => {
      const p = t.pairs![0]!;
      const a = find(p.actual.slug, p.actual.id);
      expect(p.target).toEqual({ slug: plan, id: t.id });
      expect([t.kind, a.kind, t.period, a.period, a.slug]).toEqual(['target', 'actual', 2021, 2021, results]);
      return [t.metric!, t.text, a.text, p.outcome];
    });
    expect(got.map(([m, , , o]) => [m, o])).toEqual(expected.map(([m, , , o]) => [m, o]));
    for (const [i, [, ts, as]] of expected.entries()) {
      expect(got[i]![1]).toContain(ts);
      expect(got[i]![2]).toContain(as);
    }
    // the actual carries the same pair
    for (const t of targets) expect(find(t.pairs![0]!.actual.slug, t.pairs![0]!.actual.id).pairs).toContainEqual(t.pairs![0]);
  });

  test('no other figure of the site is paired (the seeds plan no canonical metric a later seed reports)', () => {
    expect(figures.filter((f) => f.pairs && f.slug !== plan && f.slug !== results)).toEqual([]);
  });

  test.each([
    ['zh-hans', plan, ['目标与实绩', '部分达成', '达成'], '2022年保定市政府工作报告'],
    ['zh-hant', plan, ['目標與實績', '部分達成', '達成'], '2022年保定市政府工作報告'],
    ['zh-hans', results, ['目标与实绩', '部分达成', '达成'], '2021年保定市政府工作报告'],
    ['zh-hant', results, ['目標與實績', '部分達成', '達成'], '2021年保定市政府工作報告'],
  ] as const)('%s/%s: a 目标与实绩 table of the eight pairs, each value linked to its sentence', (lang, slug, words, other) => {
    const html = page(lang, slug, 'index.html');
    const table = html.match(/<section class="target-actual"[\s\S]*?<\/section>/)?.[0] ?? '';
    for (const w of words) expect(table).toContain(w);
    expect(table.match(/<tr data-outcome=/g)).toHaveLength(8);
    expect(table.match(/data-outcome="met"/g)).toHaveLength(6);
    expect(table.match(/data-outcome="partly"/g)).toHaveLength(2);
    // the outcome is said in words, not by colour alone; the sign is hidden from screen readers
    expect(table).toMatch(/<span class="outcome partly"><span aria-hidden="true">◐<\/span>部分(达|達)成<\/span>/);
    expect(table).toContain(other);
    // links: this page's figures by #id (which exist on the page), the other report's by its URL
    const otherSlug = slug === plan ? results : plan;
    for (const t of targets) {
      const p = t.pairs![0]!;
      const own = slug === plan ? p.target.id : p.actual.id;
      const away = slug === plan ? p.actual.id : p.target.id;
      expect(table).toContain(`href="#${own}"`);
      expect(html).toContain(`id="${own}"`);
      expect(table).toContain(`href="${site.base}${lang}/${otherSlug}/#${away}"`);
      expect(page(lang, otherSlug, 'index.html')).toContain(`id="${away}"`);
    }
  });

  test('the explorer shows each pair under both figures, in both scripts', () => {
    for (const [lang, words] of [
      ['zh-hans', ['→ 实绩', '← 目标', '部分达成']],
      ['zh-hant', ['→ 實績', '← 目標', '部分達成']],
    ] as const) {
      const html = page(lang, 'indicators', 'index.html');
      const notes = html.match(/<span class="pair-note">/g) ?? [];
      expect(notes).toHaveLength(16);
      for (const w of words) expect(html).toContain(w);
      expect(html).toContain(
        `href="${site.base}${lang}/${results}/#s1-i4" title="2022年保定市政府工作${lang === 'zh-hans' ? '报告' : '報告'}">增${lang === 'zh-hans' ? '长' : '長'} 7.2%</a>`,
      );
    }
  });

  test('the CSV files carry the pairs in their last columns, the earlier columns unchanged', () => {
    const csv = page('data', 'indicators.csv').trim().split('\r\n');
    // (trim() takes the BOM off; indicators.test.ts checks it)
    expect(csv[0]).toBe(
      'slug,report,region,year,id,section,section_title,label,value,max,unit,scale,change,change_unit,basis,kind,comparator,period,match,text,url,pair_outcome,pair_target,pair_actual',
    );
    const gdp = csv.find((l) => l.startsWith(`${plan},`) && l.includes(',s3-i1,'))!;
    expect(gdp).toMatch(new RegExp(`,partly,https?://[^,]*${site.base}zh-hans/${plan}/#s3-i1,https?://[^,]*${site.base}zh-hans/${results}/#s1-i4$`));
    expect(csv.filter((l) => /,(met|partly|not-met),http/.test(l))).toHaveLength(16);
    const hant = page('data', 'indicators.zh-hant.csv').trim().split('\r\n');
    expect(hant[0]!.endsWith(',對照結果,對照目標,對照實績')).toBe(true);
    // the per-script file's rows are indicators.csv's, in the same order (its slug and id are the keys; the link holds both)
    expect(hant).toHaveLength(csv.length);
    expect(hant[0]!.includes('報告代號')).toBe(false);
    expect(hant[csv.indexOf(gdp)]).toMatch(new RegExp(`/zh-hant/${plan}/#s3-i1,部分達成,[^,]*/zh-hant/${plan}/#s3-i1,[^,]*/zh-hant/${results}/#s1-i4$`));
  });

  test('each report shows its short identifier; reports.json carries it', () => {
    const reports = JSON.parse(page('data', 'reports.json')) as { slug: string; short_id: string }[];
    expect(new Set(reports.map((r) => r.short_id)).size).toBe(reports.length);
    expect(reports.find((r) => r.slug === plan)!.short_id).toBe('h3j46-yrgy9');
    for (const r of reports) for (const lang of ['zh-hans', 'zh-hant']) expect(page(lang, r.slug, 'index.html')).toContain(`<code class="short-id">${r.short_id}</code>`);
  });
});
