// Simplified ↔ Traditional: the converter and its terms, the real seeds through buildReport, and
// the built site (both scripts, switch links, hreflang alternates).
import { describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../scripts/lib/sources.ts';
import { formatAmbiguous, parseTerms, readSiteTerms } from '../scripts/lib/terms.ts';
import { rowsOf } from '../src/lib/indicator-rows.ts';
import { buildReport, type BuiltReport } from '../src/pipeline/index.ts';
import { SourceError } from '../src/pipeline/errors.ts';
import { createVariantConverter, detectScript, hongKongGlyphs, presets, stopCharacters, type Preset } from '../src/pipeline/variants.ts';
import { ReportRecord } from '../src/schemas/report.ts';
import { siteView } from '../src/schemas/site-report.ts';
import { root } from './helpers/run.ts';

const termsPath = join(root, 'content/terms.yml');
const terms = parseTerms(readFileSync(termsPath, 'utf8'), termsPath);
const toHant = (text: string, preset: Preset = 'tw', withTerms = true) => createVariantConverter('zh-Hant', { preset, terms: withTerms ? terms : [] }).convert(text);
const toHans = (text: string, preset: Preset = 'tw') => createVariantConverter('zh-Hans', { preset, terms }).convert(text);

describe('converter', () => {
  test.each([
    ['研发投入', '研發投入'],
    ['人工智能', '人工智能'],
    ['国家新一代人工智能创新发展试验区', '國家新一代人工智能創新發展試驗區'],
    ['遂宁市', '遂寧市'],
    ['重庆市', '重慶市'],
    ['开启新征程', '開啟新征程'],
    ['全年编发《科技创新简报》', '全年編發《科技創新簡報》'],
    ['对标对表中央任务', '對標對表中央任務'],
    ['软件和信息服务', '軟件和信息服務'],
  ])('default preset: %s → %s', (input, expected) => {
    expect(toHant(input)).toBe(expected);
  });

  test.each([
    ['關于先後開展', '关于先后开展'],
    ['持續優化科創生態', '持续优化科创生态'],
    ['遂寧', '遂宁'],
    ['重慶', '重庆'],
  ])('Traditional → Simplified: %s → %s', (input, expected) => {
    expect(toHans(input)).toBe(expected);
  });

  test.each([
    ['tw', '裡面 平臺 人工智能 軟件'],
    ['hk', '裏面 平台 人工智能 軟件'],
    ['t', '裏面 平臺 人工智能 軟件'],
    ['twp', '裡面 平臺 人工智能 軟體'],
  ] as const)('preset %s: 里面 平台 人工智能 软件 → %s (terms keep 人工智能 even in twp)', (preset, expected) => {
    expect(toHant('里面 平台 人工智能 软件', preset)).toBe(expected);
  });

  test('without terms, OpenCC alone gets these wrong (why the terms exist)', () => {
    expect(toHant('新征程', 'tw', false)).toBe('新徵程');
    expect(toHant('人工智能', 'twp', false)).toBe('人工智慧');
  });

  test('every preset is documented in the README with an example', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Scripts and conversion'));
    for (const preset of presets) expect(section).toMatch(new RegExp('`' + preset + '`'));
  });

  test('a report can keep extra names (terms in its .meta.yml)', () => {
    const c = createVariantConverter('zh-Hant', { terms, keep: ['发财路'] });
    expect(c.convert('发财路上发展')).toBe('发财路上發展');
  });

  test('notBefore: an entry is not applied where one of its characters (in either script) follows it', () => {
    const copula = parseTerms('terms:\n  - { hans: 公司系, hant: 公司係, notBefore: 统列 }\n', 'content/vocabulary.yml');
    expect(copula).toEqual([{ hans: '公司系', hant: '公司係', notBefore: '统列' }]);
    const hant = (text: string) => createVariantConverter('zh-Hant', { terms: copula }).convert(text);
    const hans = (text: string) => createVariantConverter('zh-Hans', { terms: copula }).convert(text);
    expect(hant('川交机械公司系徐工机械公司')).toBe('川交機械公司係徐工機械公司');
    expect(hant('子公司系统和公司系列产品')).toBe('子公司系統和公司系列產品');
    // At the end of the text nothing follows, so the entry applies.
    expect(hant('该公司系')).toBe('該公司係');
    // The Traditional forms of the characters stop it in a Traditional source: 統, not only 统.
    expect(hans('公司係徐工')).toBe('公司系徐工');
    expect(createVariantConverter('zh-Hans', { terms: [{ hans: '公司系', hant: '公司系', notBefore: '统' }] }).convert('公司系統')).toBe('公司系统');
    // A shorter entry still applies where a longer one is stopped.
    const two = [
      { hans: '年历程', hant: '年歷程', notBefore: '序' },
      { hans: '历程', hant: '歷程' },
    ];
    expect(createVariantConverter('zh-Hant', { terms: two }).convert('五年历程序')).toBe('五年歷程序');
    expect(stopCharacters('统列')).toEqual(new Set(['统', '統', '列']));
  });

  test('into Simplified, Hong Kong glyphs that tw2s and t2s leave are written as hk2s writes them (衞 → 卫)', () => {
    for (const preset of presets) expect(toHans('衞生署，敍述，衹有', preset), preset).toBe('卫生署，叙述，只有');
    expect([...hongKongGlyphs('tw2s')]).toEqual(
      expect.arrayContaining([
        ['衞', '卫'],
        ['敍', '叙'],
        ['衹', '只'],
      ]),
    );
    // Only characters the config leaves and hk2s changes: not 著 (t2s keeps 著 where tw2s writes 着), nor the Simplified 么.
    expect(hongKongGlyphs('t2s').has('著')).toBe(false);
    expect(hongKongGlyphs('t2s').has('么')).toBe(false);
    expect(hongKongGlyphs('hk2s').size).toBe(0);
    expect(hongKongGlyphs('s2tw').size).toBe(0);
    // Into Traditional nothing changes: 卫生 is 衛生 for Taiwan, 衞生 for Hong Kong.
    expect(toHant('卫生署')).toBe('衛生署');
    expect(toHant('卫生署', 'hk')).toBe('衞生署');
  });

  test('ambiguous characters are listed with line and context; terms remove them', () => {
    const c = createVariantConverter('zh-Hant', { terms });
    c.convert('骨干企业和若干政策', 7);
    c.convert('新征程', 8);
    const list = c.ambiguous();
    expect(list.map((a) => `${a.line}:${a.source}→${a.converted}`)).toEqual(['7:骨干企→骨幹企', '7:若干政→若干政']);
    expect(formatAmbiguous('x.txt', 'x', 'zh-Hans', 'tw', list)).toContain('x.txt:7: 干→幹 (幹乾干榦)  骨干企 → 骨幹企  ×1');
  });
});

describe('script detection', () => {
  test.each([
    ['chengdu-2023-kechuangzhongguo.txt', 'zh-Hant'],
    ['suining-2021-gongzuoyaodian.txt', 'zh-Hans'],
    ['chongqing-2018-kejichuangxin-baogao.txt', 'zh-Hans'],
  ])('%s is %s', (file, script) => {
    expect(detectScript(readFileSync(join(root, 'content/sources', file), 'utf8'))).toBe(script);
  });
});

describe('terms.yml', () => {
  test('the shipped file is valid and protects 人工智能', () => {
    expect(terms.some((t) => t.hans === '人工智能' && t.hant === '人工智能')).toBe(true);
  });

  test.each([
    ['terms:\n  - 人工智能\n  - { hans: 遂宁 }\n', 3, /terms\.1\.hant/],
    ['terms:\n  - hans: 遂宁\n    hant: 遂寧\n    lang: x\n', 2, /unknown field "lang"/],
    ['terms:\n  - hans: 遂宁\n    hant: 遂寧\n  - hans: 遂宁\n    hant: 隧寧\n', 4, /listed twice/],
    ['terms:\n  - { hans: 公司系, hant: 公司係, notBefore: 统 }\n  - { hans: 公司系, hant: 公司係, notBefore: 列 }\n', 3, /listed twice with different notBefore/],
    ['terms:\n  - { hans: 公司系, hant: 公司係, notBefore: "" }\n', 2, /notBefore: give the characters/],
    ['terms:\n  - 人工智能\n - 遂宁\n  - 重庆\n', 3, /invalid YAML/],
    ['terms:\n  - 人工智能\n  - 5\n', 3, /terms\.1: expected a name or \{ hans, hant \}/],
    ['words:\n  - 人工智能\n', 1, /unknown field "words"/],
  ])('error %#: names the file and line %i', (text, line, message) => {
    try {
      parseTerms(text, 'content/terms.yml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SourceError);
      const formatted = (error as SourceError).format('content/terms.yml');
      expect(formatted).toMatch(new RegExp(`^content/terms\\.yml:${line}: `));
      expect(formatted).toMatch(message);
      expect(formatted).toContain(' — ');
    }
  });
});

// The site's terms: terms.yml and vocabulary.yml, as build:content loads them.
const siteTerms = (await readSiteTerms(join(root, 'content'))).terms;
const seeds = new Map<string, BuiltReport>();
async function seed(name: string): Promise<BuiltReport> {
  if (!seeds.has(name)) {
    const input = await readSource(join(root, 'content/sources', `${name}.txt`));
    seeds.set(name, buildReport(input, { terms: siteTerms }));
  }
  return seeds.get(name)!;
}

describe('seeds through buildReport', () => {
  test('a Simplified seed: Traditional page reads 研發投入 and keeps 人工智能, 遂寧', async () => {
    const { record, mdx } = await seed('suining-2021-gongzuoyaodian');
    expect(record.script).toBe('zh-Hans');
    expect(mdx['zh-Hant']).toContain('研發投入');
    expect(mdx['zh-Hant']).toContain('人工智能');
    expect(mdx['zh-Hant']).not.toContain('人工智慧');
    expect(mdx['zh-Hant']).toContain('遂寧');
    expect(mdx['zh-Hant']).not.toContain('新徵程');
    expect(record.variant?.region).toBe('遂寧');
  });

  test('Chongqing: 重慶 and 兩江新區 in the Traditional page and title', async () => {
    const { record, mdx } = await seed('chongqing-2018-kejichuangxin-baogao');
    expect(mdx['zh-Hant']).toContain('重慶');
    expect(mdx['zh-Hant']).toContain('兩江新區');
    expect(record.variant?.title).toContain('重慶');
  });

  test('Chengdu 2020: the programme name keeps 人工智能', async () => {
    const { mdx } = await seed('chengdu-2020-kejichuangxin');
    expect(mdx['zh-Hant']).toContain('國家新一代人工智能創新發展試驗區');
  });

  test('seed 002 (machine-converted Traditional): the Simplified page is clean Simplified', async () => {
    const { record, mdx } = await seed('chengdu-2023-kechuangzhongguo');
    expect(record.script).toBe('zh-Hant');
    const hans = mdx['zh-Hans'];
    expect(hans).toContain('持续优化科创生态');
    expect(hans).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
    expect(hans).not.toMatch(/關|於|後|續|優|創|態/);
    expect(hans).toContain('关于');
  });

  test('variant strings cover every section, ids untouched', async () => {
    const { record } = await seed('suining-2021-gongzuoyaodian');
    expect(record.variant?.sections.map((s) => s.id)).toEqual(record.sections.map((s) => s.id));
    expect(record.variant?.script).toBe('zh-Hant');
    expect(record.variant?.preset).toBe('tw');
  });

  // One converter: the indicator rows (table, explorer, key figures) of the other script are the
  // pipeline's conversions, with the site's preset and terms, as the body; 编发 is a term (編發).
  test.each(['suining-2021-gongzuoyaodian', 'chengdu-2023-kechuangzhongguo'])('%s: converted indicator rows read as the converted body', async (name) => {
    const { record, mdx } = await seed(name);
    const to = record.script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
    const body = createVariantConverter(to, { terms: siteTerms, keep: undefined });
    const rows = rowsOf(siteView(record), to);
    expect(rows.length).toBe(record.indicators.length);
    expect(rows.length).toBeGreaterThan(5);
    rows.forEach((row, i) => {
      const ind = record.indicators[i]!;
      expect(row.title).toBe(record.variant!.title);
      expect(row.region).toBe(record.variant!.region);
      expect(row.label, ind.label).toBe(body.convert(ind.label));
      expect(row.unit).toBe(body.convert(ind.unit));
      if (ind.change) expect(row.change!.unit).toBe(body.convert(ind.change.unit));
      // a range keeps its upper end for every view that shows the value (100萬元至2000萬元 → 100–2000萬元)
      expect(row.max).toBe(ind.max);
      // The label is words of its sentence, which the page shows converted with the same terms.
      expect(mdx[to].replace(/\s+/g, ''), row.label).toContain(row.label.replace(/\s+/g, ''));
    });
  });

  // The callouts of the other script's page say a change's unit and basis in that script (较上年 → 較上年, 亿元 → 億元).
  test.each(['chengdu-2020-kejichuangxin', 'chongqing-2018-kejichuangxin-baogao'])('%s: the converted callouts say the change in the page’s script', async (name) => {
    const { record, mdx } = await seed(name);
    const to = record.script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
    const body = createVariantConverter(to, { terms: siteTerms, keep: undefined });
    const differs = (s: string | undefined) => s !== undefined && body.convert(s) !== s;
    const changed = record.indicators.filter((ind) => differs(ind.change?.unit) || differs(ind.change?.basis));
    expect(changed.length).toBeGreaterThan(0);
    for (const ind of changed) {
      const callout = new RegExp(`<Callout[^>]*for="${ind.id}"[^>]*>`).exec(mdx[to])?.[0] ?? '';
      expect(callout, ind.id).toContain(`changeUnit="${body.convert(ind.change!.unit)}"`);
      if (ind.change!.basis !== undefined) expect(callout, ind.id).toContain(`basis="${body.convert(ind.change!.basis)}"`);
    }
  });

  test('the Suining plan: 编发 reads 編發 in the converted indicator rows, as in the body', async () => {
    const { record, mdx } = await seed('suining-2021-gongzuoyaodian');
    const labels = rowsOf(siteView(record), 'zh-Hant').map((r) => r.label);
    expect(record.indicators.some((i) => i.label.includes('编发'))).toBe(true);
    expect(labels.some((l) => l.includes('編發'))).toBe(true);
    expect(labels.join()).not.toContain('編髮');
    expect(mdx['zh-Hant']).not.toContain('編髮');
  });

  test('ambiguous conversions of a seed point at source lines', async () => {
    const { ambiguous } = await seed('suining-2021-gongzuoyaodian');
    const lines = readFileSync(join(root, 'content/sources/suining-2021-gongzuoyaodian.txt'), 'utf8').split('\n');
    expect(ambiguous.length).toBeGreaterThan(10);
    for (const a of ambiguous) expect(lines[a.line - 1], `${a.line} ${a.source}`).toContain(a.source.replace(/[^\p{Script=Han}]/gu, '').slice(0, 2));
    expect(ambiguous.some((a) => a.source.includes('干部') && a.to === '幹')).toBe(true);
  });
});

const site = inject('site');
const records = readdirSync(site.reports)
  .filter((f) => /^[^.]+\.json$/.test(f))
  .map((f) => ReportRecord.parse(JSON.parse(readFileSync(join(site.reports, f), 'utf8'))));
const page = (...parts: string[]) => readFileSync(join(site.dist, ...parts, 'index.html'), 'utf8');

describe('built site', () => {
  test.each(records.flatMap((r) => (['zh-hans', 'zh-hant'] as const).map((lang) => [r.slug, lang] as const)))(
    '%s in %s: links to its other-script page, with hreflang alternates',
    (slug, lang) => {
      const html = page(lang, slug);
      const other = lang === 'zh-hans' ? 'zh-hant' : 'zh-hans';
      const tag = (l: string) => (l === 'zh-hans' ? 'zh-Hans' : 'zh-Hant');
      expect(html).toContain(`<link rel="alternate" hreflang="${tag(lang)}" href="https://example.github.io${site.base}${lang}/${slug}/"`);
      expect(html).toContain(`<link rel="alternate" hreflang="${tag(other)}" href="https://example.github.io${site.base}${other}/${slug}/"`);
      expect(html).toMatch(new RegExp(`<a class="switch" href="${site.base}${other}/${slug}/"[^>]*data-script-switch="${other}"`));
    },
  );

  test('the Traditional page of the Suining plan shows 編發 in its text and in its figures in the explorer, never 編髮', () => {
    const html = page('zh-hant', 'suining-2021-gongzuoyaodian');
    expect(html).toContain('編發');
    expect(html).not.toContain('編髮');
    const explorer = page('zh-hant', 'indicators');
    const group = explorer.slice(explorer.indexOf('id="r-suining-2021-gongzuoyaodian"')).split('</tbody>')[0]!;
    expect(group).toContain('編發');
    expect(explorer).not.toContain('編髮');
  });

  test('the Traditional page of the Suining plan reads 研發投入, 人工智能 and 遂寧 (body, region, title)', () => {
    const html = page('zh-hant', 'suining-2021-gongzuoyaodian');
    expect(html).toContain('研發投入');
    expect(html).toContain('人工智能');
    expect(html).not.toContain('人工智慧');
    expect(html).toContain('<dd>四川 · 遂寧</dd>'); // region_parent · region
    expect(html).toMatch(/<title>[^<]*工作要點/);
  });

  test('Chongqing in Traditional: 重慶 in the list and the page', () => {
    expect(page('zh-hant', 'chongqing-2018-kejichuangxin-baogao')).toMatch(/<h1>[^<]*重慶/);
    expect(page('zh-hant')).toContain('重慶');
  });

  test('seed 002 in Simplified reads 持续优化科创生态 with a Simplified title', () => {
    const html = page('zh-hans', 'chengdu-2023-kechuangzhongguo');
    expect(html).toContain('持续优化科创生态');
    const record = records.find((r) => r.slug === 'chengdu-2023-kechuangzhongguo')!;
    expect(html).toContain(`<h1>${record.variant!.title}</h1>`);
    expect(record.variant!.title).not.toMatch(/[國際創為與]/);
  });

  test.each(['', 'search'])('the %s page exists in both scripts with hreflang alternates', (sub) => {
    for (const lang of ['zh-hans', 'zh-hant']) {
      const html = page(lang, sub);
      expect(html).toContain('hreflang="zh-Hans"');
      expect(html).toContain('hreflang="zh-Hant"');
    }
  });

  test('the root page sends a returning reader to their script and offers both', () => {
    const html = readFileSync(join(site.dist, 'index.html'), 'utf8');
    // The redirect may be inlined or bundled (Astro decides by size); read both.
    const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const bundled = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(site.dist, m[1]!.slice(site.base.length)), 'utf8'));
    const redirect = [...inline, ...bundled].find((code) => code.includes('baogao-script'));
    expect(redirect).toBeDefined();
    expect(redirect).toMatch(/localStorage\.getItem\(["'`]baogao-script["'`]\)/);
    expect(redirect).toContain('location.replace');
    expect(html).toContain('data-script-choice="zh-hant"');
  });
});
