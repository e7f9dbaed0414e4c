// Search: the tokenizer and query rules, the indexed page and windows of a search document, and the
// real index of the built site queried in Node through Pagefind's own browser bundle. Recall and
// precision are measured on 30 queries in both scripts against ground truth from substring search
// over both scripts of every report body. The search documents build:content wrote are checked
// against what the built pages show (test/helpers/page-sections.ts reads the HTML).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeFold, encodeFold, findMatches, joinTokens, normalize, occursLoosely, parseQuery, tokenize } from '../src/search/text.ts';
import { extractSections } from './helpers/page-sections.ts';
import { WINDOW, buildFoldTable, buildSearchPage, buildWindows, documentTexts, sectionText, type SearchWindow } from '../src/search/records.ts';
import { phraseStarts, rankWindows, loadEngine, windowFile, type PagefindApi, type SearchEngine } from '../src/search/engine.ts';
import { applyWindowDiff, windowCheck } from '../src/search/window-diff.ts';
import { convertText, getOpenccConverter } from '../src/pipeline/variants.ts';
import { ReportRecord } from '../src/schemas/report.ts';
import { SearchDocument, isRecordFile, searchFileName } from '../src/schemas/search.ts';
import { serveDist, type StaticServer } from './helpers/serve.ts';
import { langs } from '../src/lib/site.ts';
import { recallPrecision } from './helpers/search-queries.ts';

const fold = buildFoldTable(['創新平臺發展與裡程碑', '创新平台'], [getOpenccConverter('tw2s'), getOpenccConverter('t2s')]);

describe('text rules', () => {
  test.each([
    ['高新技术企业', ['高', '新', '技', '术', '企', '业']],
    ['2020年5G基站', ['2', '0', '2', '0', '年', '5', 'G', '基', '站']],
    ['364.63亿元', ['3', '6', '4', '.', '6', '3', '亿', '元']],
    ['O2O模式 GDP', ['O', '2', 'O', '模', '式', 'GDP']],
    ['“两点”定位、市委', ['“', '两', '点', '”', '定', '位', '、', '市', '委']],
    ['徐 青', ['徐', '青']],
  ])('tokenize(%s)', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  test.each([
    ['創新平臺', '创新平台'],
    ['ＡＢＣ５Ｇ', 'abc5g'],
    ['里程碑', '里程碑'],
  ])('normalize(%s) → %s, same length', (text, expected) => {
    expect(normalize(text, fold)).toBe(expected);
    expect(normalize(text, fold).length).toBe(text.length);
  });

  test.each([
    ['高新技术企业', [{ text: '高新技术企业', runs: [['高', '新', '技', '术', '企', '业']] }]],
    ['"高新技术企业"', [{ text: '高新技术企业', runs: [['高', '新', '技', '术', '企', '业']] }]],
    [
      '創新平臺 5G',
      [
        { text: '创新平台', runs: [['创', '新', '平', '台']] },
        { text: '5g', runs: [['5', 'g']] },
      ],
    ],
    ['"科技 金融"', [{ text: '科技金融', runs: [['科', '技', '金', '融']] }]],
    ['"Big Data"', [{ text: 'big data', runs: [['big', 'data']] }]],
    ['「科技创新」。', [{ text: '科技创新', runs: [['科', '技', '创', '新']] }]],
    ['一、总体要求', [{ text: '一、总体要求', runs: [['一'], ['总', '体', '要', '求']] }]],
    ['，。', []],
  ])('parseQuery(%s)', (query, parts) => {
    expect(parseQuery(query, fold)).toEqual(parts.map((p) => ({ ...p, tokens: tokenize(p.text) })));
  });

  test.each([
    ['深化。出台实施', '深化\n出台实施', true],
    ['深化。出台实施', '深化，出台实施', true],
    ['深化。出台实施', '深化。出台', false],
    ['科技金融', '科技\n金融', true],
    ['科技金融', '科技创新金融', false],
    ['10%', '增长10亿元', false],
    ['1.0', '增长10亿元', false],
    ['10%', '增长10％', true],
  ])('occursLoosely(%s in %j): a mark of the query may be another mark or a line break, words may be split by a line break', (query, text, expected) => {
    expect(occursLoosely(normalize(text, fold), parseQuery(query, fold)[0]!)).toBe(expected);
  });

  test('matches are found in either script at the same positions', () => {
    const parts = parseQuery('创新平台', fold);
    expect(findMatches('加强創新平臺建设，创新平台', parts, fold)).toEqual([
      [2, 6],
      [9, 13],
    ]);
  });

  test('joinTokens puts spaces only between Latin runs; digits stick to their neighbours', () => {
    expect(joinTokens(['2', '0', '2', '0', '年', '5', 'G', 'and', 'AI', '，', '高'])).toBe('2020年5G and AI，高');
    expect(joinTokens(tokenize('计入GDP，O2O模式，7821家'))).toBe('计入GDP，O2O模式，7821家');
  });

  test('the fold table also folds variants the texts do not use onto their characters, and nothing else', () => {
    const table = buildFoldTable(['路线'], [getOpenccConverter('tw2s'), getOpenccConverter('hk2s'), getOpenccConverter('t2s')]);
    expect(table['綫']).toBe('线');
    expect(table['線']).toBe('线');
    expect(table['衞']).toBeUndefined();
  });

  test('the fold table round-trips and never chains', () => {
    expect(decodeFold(encodeFold(fold))).toEqual(fold);
    for (const to of Object.values(fold)) expect(fold[to]).toBeUndefined();
  });
});

describe('reading a built page (the helper the site tests compare with)', () => {
  const html = `<main><article data-pagefind-body><header><h1>标题</h1></header>
    <div id="intro-p1" class="para para-title"><p>重庆市&amp;报告</p></div>
    <section><h2 id="s1" class="sec-h"><span class="num">一、</span><span class="title">总体要求</span><a class="anchor" href="#s1" data-pagefind-ignore>#</a><button data-pagefind-ignore><svg><path/></svg></button></h2>
    <div id="s1-p1" class="para"><p>第一段<mark id="s1-i1" class="ind">10%</mark>。</p></div>
    <aside class="callout" data-pagefind-ignore><a href="#s1-i1">指标 10%</a></aside>
    <section><h3 id="s1-1"><span class="num">（一）</span><span class="title">小节</span></h3><div id="s1-1-p1" class="para"><div class="inner">嵌套</div>后文</div></section>
    <div id="s1-p2" class="para"><p>父节第二段</p></div>
    <div id="s1-p3" class="para para-table" role="region"><table><caption>表1</caption><tbody><tr><th scope="col"><p>序号</p></th><th>指标</th></tr><tr><td>1</td><td>研发&lt;投入</td></tr></tbody></table></div></section>
    <section class="cleaning" data-pagefind-ignore="all"><h2 id="cleaning-title">整理说明</h2><div id="x-p1" class="para">删除</div></section>
    </article><nav><h2 id="toc-title">目录</h2></nav></main>`;

  test('sections in page order with their own paragraphs; ignored parts dropped', () => {
    expect(extractSections(html)).toEqual([
      { id: 'intro', anchor: 'intro-p1', heading: '', lines: ['重庆市&报告'] },
      { id: 's1', anchor: 's1', heading: '一、总体要求', lines: ['第一段10%。'] },
      { id: 's1-1', anchor: 's1-1', heading: '（一）小节', lines: ['嵌套后文', '父节第二段', '表1 序号 指标 1 研发<投入'] },
    ]);
  });

  test('a page without data-pagefind-body is an error that says so', () => {
    expect(() => extractSections('<html><body><h2 id="a">x</h2></body></html>')).toThrow(/data-pagefind-body/);
  });
});

describe('the page indexed per report, and its windows', () => {
  type Page = { id: string; anchor: string; heading: string; lines: string[] }[];
  /** A search document of two pages that pair section by section. */
  const documentOf = (hans: Page, hant: Page, more: Partial<SearchDocument> = {}, parents: Record<string, string> = {}): SearchDocument => ({
    slug: 'r1',
    title: { 'zh-Hans': '标题', 'zh-Hant': '標題' },
    year: 2020,
    kind: 'plan',
    sections: hans.map((s, i) => ({
      id: s.id,
      anchor: s.anchor,
      ...(parents[s.id] ? { parent: parents[s.id] } : {}),
      heading: { 'zh-Hans': s.heading, 'zh-Hant': hant[i]!.heading },
      lines: { 'zh-Hans': s.lines, 'zh-Hant': hant[i]!.lines },
    })),
    ...more,
  });
  const hans = [
    { id: 'intro', anchor: 'intro-p1', heading: '', lines: ['软件<b>&amp;</b>'] },
    { id: 's1', anchor: 's1', heading: '一、总体', lines: ['创新平台'] },
  ];
  const hant = [
    { id: 'intro', anchor: 'intro-p1', heading: '', lines: ['軟體<b>&amp;</b>'] },
    { id: 's1', anchor: 's1', heading: '一、總體', lines: ['創新平臺'] },
  ];
  const tables = buildFoldTable(['軟體總創新平臺'], [getOpenccConverter('tw2s'), getOpenccConverter('t2s')]);

  test.each([
    [1, '一 、 总 体 ¶ 创 新 平 台'],
    [0, '软 件 < b > & amp ; < / b > § 软 体 < b > & amp ; < / b >'],
  ])('a section is indexed as its folded Simplified lines, plus the folded Traditional lines only where they differ (%i)', (at, text) => {
    expect(sectionText(hans[at]!, hant[at]!, tables)).toBe(text);
  });

  test('one page per report: source text is escaped, every section is an anchor', () => {
    const page = buildSearchPage(documentOf(hans, hant), tables);
    expect(page.url).toBe('/r1/');
    expect(page.content).not.toContain('<b>');
    expect(page.content.match(/<h2 id="[^"]+"><\/h2>/g)).toEqual(['<h2 id="intro-p1"></h2>', '<h2 id="s1"></h2>']);
    expect(page.content).toContain('创 新 平 台');
    expect(page.content).not.toContain('創');
  });

  test('the texts of a document for the fold table: the Simplified page, then the Traditional page', () => {
    expect([...documentTexts(documentOf(hans, hant))]).toEqual(['', '软件<b>&amp;</b>', '一、总体', '创新平台', '', '軟體<b>&amp;</b>', '一、總體', '創新平臺']);
  });

  test('the page pass counts the words of each line, and the windows cut with its counts as with their own tokenizing', () => {
    const a = ['创新平台'.repeat((WINDOW - 40) / 4), '創新平臺'.repeat((WINDOW - 40) / 4)];
    // The intro's Traditional line is shorter than its Simplified one, so its extra line's count (2) is not the count of the
    // line before it (12): the windows must take each extra line's own count, not another line's.
    const lines = {
      intro: [['软件<b>&amp;</b>'], ['軟體']],
      s1: [
        [a[0]!, '十字的第二段落文字甲'],
        [a[1]!, '十字的第二段落文字甲'],
      ],
    };
    const long = [0, 1].map((i) => [hans, hant][i]!.map((sec) => ({ ...sec, lines: lines[sec.id as 'intro' | 's1'][i]! })));
    const doc = documentOf(long[0]!, long[1]!);
    const counted: number[][] = [];
    expect(buildSearchPage(doc, tables, counted)).toEqual(buildSearchPage(doc, tables));
    // intro: its line and the one folded Traditional line that differs; s1: the heading and two lines (no extra: they fold alike)
    expect(counted).toEqual([
      [12, 2],
      [4, WINDOW - 40, 10],
    ]);
    // intro: 12 words, § and 2 → s1 starts at 15: its heading 4, ¶, WINDOW - 40, ¶, 10 → the page has WINDOW - 9 words
    const anchors = [
      { id: 'intro-p1', location: 0 },
      { id: 's1', location: 15 },
    ];
    const built = buildWindows(doc, anchors, WINDOW - 9, tables, counted);
    expect(built.whole).toBe(0);
    expect(built).toEqual(buildWindows(doc, anchors, WINDOW - 9, tables));
  });

  test('windows cut the report at fixed word positions, in the reader script, each paragraph in the window where it starts', () => {
    // intro: 12 words, § and 12 folded Traditional words (软体…) → s1 starts at 25: heading 一、总体
    // [25, 29), ¶, A [30, WINDOW - 10), ¶, B [WINDOW - 9, WINDOW + 1), ¶, C [WINDOW + 2, WINDOW + 12).
    const a = ['创新平台'.repeat((WINDOW - 40) / 4), '創新平臺'.repeat((WINDOW - 40) / 4)];
    const b = ['十字的第二段落文字甲', '十字的第二段落文字甲'];
    const c = ['十字的第三段落文字乙', '十字的第三段落文字乙'];
    const long = [0, 1].map((i) => [hans, hant][i]!.map((sec) => (sec.id === 's1' ? { ...sec, lines: [a[i]!, b[i]!, c[i]!] } : sec)));
    const doc = documentOf(long[0]!, long[1]!);
    const anchors = [
      { id: 's1', location: 25 },
      { id: 'intro-p1', location: 0 },
    ];
    const built = buildWindows(doc, anchors, WINDOW + 12, tables);
    const [hansWindows, hantWindows] = built.windows;
    expect(built.whole).toBe(0);
    // B runs over the start of window 1 and is in window 0 only; window 1 points back to it.
    expect(hansWindows.map((w) => w.sections.map((sec) => `${sec.a}:${sec.l.length}`))).toEqual([['intro-p1:1', 's1:2'], ['s1:1']]);
    expect(hansWindows[0]!.b).toBeUndefined();
    expect(hantWindows[1]).toEqual({ slug: 'r1', title: '標題', y: 2020, sections: [{ a: 's1', at: 25, h: '一、總體', l: [c[1]], f: 2 }], b: 0 });
    // No paragraph is in two windows.
    for (const windows of built.windows) expect(windows.flatMap((w) => w.sections.flatMap((sec) => sec.l)).length).toBe(4);
    // A result shows region, year and the headings of the parents in the window's script.
    const nested = buildWindows(documentOf(long[0]!, long[1]!, { region: { 'zh-Hans': '成都', 'zh-Hant': '成都' } }, { s1: 'intro' }), anchors, WINDOW + 12, tables);
    expect(nested.windows[1][1]).toMatchObject({ r: '成都', y: 2020, sections: [{ a: 's1' }] });
    // (a parent without a heading, the intro, adds nothing to the path)
    expect(nested.windows[1][1]!.sections[0]!.p).toBeUndefined();
    const withParent = buildWindows(documentOf(long[0]!, long[1]!, {}, { intro: 's1' }), anchors, WINDOW + 12, tables);
    expect(withParent.windows[1][0]!.sections[0]).toMatchObject({ a: 'intro-p1', p: ['一、總體'] });
    // The other script's folded line that differs (软件 beside 軟體 → 软体) comes along for matching.
    expect(hansWindows[0]!.sections[0]!.x).toEqual(['软体<b>&amp;</b>']);
    // Positions that do not add up (a word count unlike Pagefind's): the section is kept whole in the
    // window where it starts, in each script, and the window it runs into points back there.
    const off = buildWindows(doc, anchors, WINDOW + 14, tables);
    expect(off.whole).toBe(2);
    for (const windows of off.windows) {
      expect(windows[0]!.sections.map((sec) => sec.l.length)).toEqual([1, 3]);
      expect(windows[1]).toMatchObject({ sections: [], b: 0 });
    }
    // A paragraph longer than a window: every window it runs into points back to where it starts.
    const longer = [0, 1].map((i) => [hans, hant][i]!.map((sec) => (sec.id === 's1' ? { ...sec, lines: ['创創'[i]!.repeat(2 * WINDOW)] } : sec)));
    const spanning = buildWindows(documentOf(longer[0]!, longer[1]!), anchors, 30 + 2 * WINDOW, tables);
    expect(spanning.whole).toBe(0);
    expect(spanning.windows[0].map((w) => [w.sections.map((sec) => `${sec.a}:${sec.l.length}`), w.b])).toEqual([
      [['intro-p1:1', 's1:1'], undefined],
      [[], 0],
      [[], 0],
    ]);
    expect(() => buildWindows(documentOf(hans, hant), anchors.slice(0, 1), 10, tables)).toThrow(/r1: Pagefind has no anchor intro-p1/);
  });

  test("a window the other script's lines of a section run into points back to the window of its last line", () => {
    // intro: 软件×k [0, 2k), §, its folded Traditional form 软体×k [2k + 1, 4k + 1): that runs into window 1,
    // where s1 starts (at 4k + 1); a query for 軟體 matches there and must find the intro's entry (its `x`) in window 0.
    const k = WINDOW / 2 - 8;
    const intro = [0, 1].map((i) => [hans, hant][i]!.map((sec) => (sec.id === 'intro' ? { ...sec, lines: [['软件', '軟體'][i]!.repeat(k)] } : sec)));
    const anchors = [
      { id: 'intro-p1', location: 0 },
      { id: 's1', location: 4 * k + 1 },
    ];
    const built = buildWindows(documentOf(intro[0]!, intro[1]!), anchors, 4 * k + 1 + 9, tables);
    expect(built.whole).toBe(0);
    for (const windows of built.windows) {
      expect(windows.map((w) => [w.sections.map((sec) => sec.a), w.b])).toEqual([
        [['intro-p1'], undefined],
        [['s1'], 0],
      ]);
      expect(windows[0]!.sections[0]!.x).toHaveLength(1);
    }
  });

  test('a phrase occurs where its words stand in order', () => {
    // 年 at 3, 9, 21; 1 at 2, 4, 8, 20: `1年` starts at 2, 8 and 20, not at 3 (年1).
    expect(phraseStarts([new Set([2, 4, 8, 20]), new Set([3, 9, 21])])).toEqual([2, 8, 20]);
    expect(phraseStarts([new Set([7, 1, 8])])).toEqual([1, 7, 8]);
    expect(phraseStarts([new Set([1]), new Set([3])])).toEqual([]);
    expect(phraseStarts([])).toEqual([]);
    // 二、改: 二 at 5 and 520, 改 at 38 and 522; the mark stands at one position between them.
    expect(phraseStarts([new Set([5, 520]), null, new Set([38, 522])])).toEqual([520]);
  });

  test('windows rank by the runs of the query they hold, then by matches, then by position', () => {
    expect(rankWindows([[5, WINDOW + 1, WINDOW + 9, 3 * WINDOW]], WINDOW)).toEqual([1, 0, 3]);
    expect(rankWindows([[2 * WINDOW, 5]], WINDOW)).toEqual([0, 2]);
    // 化 is everywhere, 出台实施 only in window 2: the window with both wins.
    expect(rankWindows([[1, 2, 3, 2 * WINDOW + 7], [2 * WINDOW + 8]], WINDOW)).toEqual([2, 0]);
    expect(rankWindows([], WINDOW)).toEqual([]);
  });
});

describe('the built index', () => {
  const site = inject('site');
  const bodies = readdirSync(site.reports)
    .filter(isRecordFile)
    .map((f) => ReportRecord.parse(JSON.parse(readFileSync(join(site.reports, f), 'utf8'))))
    .map((r) => ({ slug: r.slug, texts: [r.body, convertText(r.body, r.script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans')] }));
  let server: StaticServer;
  let engine: SearchEngine;
  let pagefindApi: PagefindApi;
  beforeAll(async () => {
    server = await serveDist(site.dist, site.base);
    engine = await loadEngine(server.url('pagefind/'), async () => (pagefindApi = (await import(join(site.dist, 'pagefind', 'pagefind.js'))) as PagefindApi));
  });
  afterAll(() => server?.close());

  async function find(query: string, script: 0 | 1 = 0) {
    const outcome = await engine.search(query);
    const hits = await Promise.all(outcome.reports.map((r) => engine.loadReport(r, outcome.parts, script)));
    return { outcome, hits: hits.filter((h) => h !== null) };
  }

  test.each([0, 1] as const)('recall ≥ 0.95 and precision ≥ 0.9 over 30 queries on the pages of script %i; no report twice; every link at a section', async (script) => {
    const { recall, precision } = await recallPrecision(
      bodies,
      async (query) => {
        const { hits } = await find(query, script);
        const slugs = hits.map((h) => h.slug);
        expect(new Set(slugs).size, `${query}: a report listed twice`).toBe(slugs.length);
        for (const h of hits) expect(h.best.anchor, `${query}: ${h.slug}`).toMatch(/^[a-z][a-z0-9-]*$/);
        return slugs;
      },
      `search (${langs[script]})`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  // A query cut from the text at a random place often starts or ends inside a number.
  test.each(['0亿元', '821家', '5亿元，同比', 'O模式', '1年', '85亿元'])('%s (starts inside a number) finds every report that contains it', async (query) => {
    const expected = bodies
      .filter((b) => b.texts.some((t) => normalize(t, engine.fold).includes(normalize(query, engine.fold))))
      .map((b) => b.slug)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    for (const script of [0, 1] as const) expect((await find(query, script)).hits.map((h) => h.slug).sort()).toEqual(expected);
  });

  // Queries cut from the pages' lines around a punctuation mark (二、改, 5+2+1, 西部(成): every
  // report whose pages show one is found and shown, at a section whose text has it.
  test('120 queries cut around a punctuation mark: every report that shows one is listed and shown', async () => {
    const lines = bodies.map((b) =>
      ['zh-hans', 'zh-hant'].flatMap((lang) =>
        extractSections(readFileSync(join(site.dist, lang, b.slug, 'index.html'), 'utf8')).flatMap((sec) => [sec.heading, ...sec.lines].map((l) => normalize(l, engine.fold))),
      ),
    );
    let seed = 20261121;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const queries: string[] = [];
    while (queries.length < 120) {
      const own = lines[random(lines.length)]!;
      const line = own[random(own.length)]!;
      if (line.length < 12) continue;
      const at = random(line.length - 9);
      const piece = line.slice(at, at + 4 + random(5));
      if (!/[^\p{L}\p{N}\s]/u.test(piece.slice(1, -1)) || !/^[\p{L}\p{N}].*[\p{L}\p{N}]$/u.test(piece)) continue;
      queries.push(piece);
    }
    const misses: string[] = [];
    for (const query of queries) {
      const expected = bodies
        .filter((_, i) => lines[i]!.some((l) => l.includes(query)))
        .map((b) => b.slug)
        .sort();
      for (const script of [0, 1] as const) {
        const { outcome, hits } = await find(query, script);
        const shown = hits.map((h) => h.slug);
        if (expected.some((slug) => !shown.includes(slug))) misses.push(`${query} (${script}): ${expected.join(',')} → ${shown.join(',')}`);
        expect(outcome.reports.length, query).toBeGreaterThanOrEqual(expected.length);
      }
    }
    expect(misses).toEqual([]);
  });

  test.each([
    ['路綫', '路線'],
    ['衞生', '衛生'],
  ])('%s (a Hong Kong form the site does not use) finds what %s finds', async (variant, standard) => {
    const expected = (await find(standard, 1)).hits.map((h) => h.slug).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(bodies.some((b) => b.texts.some((t) => t.includes(variant)))).toBe(false);
    expect((await find(variant, 1)).hits.map((h) => h.slug).sort()).toEqual(expected);
  });

  // The body runs a lead sentence into its paragraph; the site shows them as heading and first line.
  test.each(['化。出台实施', '深化。出台'])('%s (spans a heading and its paragraph) finds every report that contains it', async (query) => {
    const expected = bodies
      .filter((b) => b.texts.some((t) => t.includes(query)))
      .map((b) => b.slug)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    for (const script of [0, 1] as const) expect((await find(query, script)).hits.map((h) => h.slug).sort()).toEqual(expected);
  });

  test('a Traditional query finds Simplified reports, and excerpts come in the reader script', async () => {
    const { hits } = await find('創新平台', 1);
    const forms = ['创新平台', '創新平臺', '創新平台'];
    const expected = bodies
      .filter((b) => b.texts.some((t) => forms.some((f) => t.includes(f))))
      .map((b) => b.slug)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(hits.map((h) => h.slug).sort()).toEqual(expected);
    for (const h of hits) {
      const marks = h.best.excerpt.filter((p) => p.mark).map((p) => p.text);
      expect(marks.some((m) => m.startsWith('創新平'))).toBe(true);
    }
  });

  test('only report sections are indexed: page chrome (key figures, indicator table, cleaning notes) is not', () => {
    for (const file of readdirSync(site.reports).filter(isRecordFile)) {
      const record = ReportRecord.parse(JSON.parse(readFileSync(join(site.reports, file), 'utf8')));
      const ids = new Set(['intro', 'summary', ...record.sections.map((s) => s.id)]);
      for (const lang of ['zh-hans', 'zh-hant']) {
        const html = readFileSync(join(site.dist, lang, record.slug, 'index.html'), 'utf8');
        for (const section of extractSections(html)) expect(ids, `${lang}/${record.slug}: ${section.id}`).toContain(section.id);
      }
    }
  });

  test.each([
    ['zh-hans', 'zh-Hans'],
    ['zh-hant', 'zh-Hant'],
  ] as const)('the search document of every report is what its %s page shows, section by section', (lang, script) => {
    for (const file of readdirSync(site.reports).filter(isRecordFile)) {
      const record = ReportRecord.parse(JSON.parse(readFileSync(join(site.reports, file), 'utf8')));
      const doc = SearchDocument.parse(JSON.parse(readFileSync(join(site.reports, searchFileName(record.slug)), 'utf8')));
      const html = readFileSync(join(site.dist, lang, record.slug, 'index.html'), 'utf8');
      const shown = doc.sections.map((s) => ({ id: s.id, anchor: s.anchor, heading: s.heading[script], lines: s.lines[script] }));
      expect(shown, `${lang}/${record.slug}`).toEqual(extractSections(html));
      expect(shown.flatMap((s) => s.lines).length).toBeGreaterThan(10);
      // the title and region the page's header shows
      expect(html).toContain(`<h1>${doc.title[script].replace(/&/g, '&amp;').replace(/</g, '&lt;')}</h1>`);
      if (doc.region) expect(html).toContain(doc.region[script]);
    }
  });

  test('every compressed file Pagefind wrote is whole (build-search waits for its last writes)', () => {
    const dir = join(site.dist, 'pagefind');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(pagefind|pf_\w+)$/.test(f));
    expect(files.some((f) => f.endsWith('.pagefind'))).toBe(true);
    for (const f of files) expect(() => gunzipSync(readFileSync(join(dir, f))), f).not.toThrow();
  });

  test('characters that only occur apart do not match as a phrase', async () => {
    // Every character of the query is in the site, but never in this order.
    const { hits } = await find('企业技术高新');
    expect(bodies.some((b) => b.texts.some((t) => t.includes('企业技术高新')))).toBe(false);
    expect(hits).toEqual([]);
  });

  test.each([0, 1] as const)('the windows of script %i give back every section of the report page, in order, as shown', async (script) => {
    const windowDir = join(site.dist, 'pagefind', 'w');
    const ids = new Set(readdirSync(windowDir).map((f) => f.replace(/-\d+[st]\.gz$/, '')));
    expect(ids.size).toBe(bodies.length);
    for (const id of ids) {
      const windows: SearchWindow[] = [];
      const read = (k: number, s: 0 | 1): string => gunzipSync(readFileSync(join(windowDir, windowFile(id, k, s)))).toString('utf8');
      for (let k = 0; readdirSync(windowDir).includes(windowFile(id, k, script)); k++) {
        // a Traditional window is its differences from the Simplified one (src/search/window-diff.ts), as the engine reads it
        const text = read(k, script);
        const { d: diff, c } = script ? (JSON.parse(text) as { d?: string; c?: string }) : {};
        if (script) expect(diff, `${windowFile(id, k, script)} as differences`).toBeTypeOf('string');
        if (script) expect(c, `${windowFile(id, k, script)} names its Simplified window`).toBe(windowCheck(read(k, 0)));
        windows.push(JSON.parse(diff === undefined ? text : applyWindowDiff(read(k, 0), diff)) as SearchWindow);
      }
      // Each window holds a run of a section's paragraphs from line f on: together they give them all.
      const sections = new Map<string, { anchor: string; heading: string; at: number; lines: string[] }>();
      for (const s of windows.flatMap((w) => w.sections)) {
        const entry = sections.get(s.a) ?? { anchor: s.a, heading: s.h, at: s.at, lines: [] };
        s.l.forEach((line, i) => (entry.lines[(s.f ?? 0) + i] = line));
        sections.set(s.a, entry);
      }
      const html = readFileSync(join(site.dist, langs[script]!, windows[0]!.slug, 'index.html'), 'utf8');
      expect([...sections.values()].map(({ anchor, heading, lines }) => ({ anchor, heading, lines }))).toEqual(
        extractSections(html).map((s) => ({ anchor: s.anchor, heading: s.heading, lines: s.lines })),
      );
      const starts = [...sections.values()].map((s) => s.at);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    // What Pagefind answers: a result is a page id with its matched word positions.
    const { results } = await pagefindApi.search('"科 技"');
    expect(results.length).toBe(bodies.filter((b) => b.texts.some((t) => t.includes('科技'))).length);
    for (const r of results) {
      expect(ids).toContain(r.id);
      expect(r.words.length).toBeGreaterThan(0);
    }
  });

  test('sub-results: the other matching sections of a report, without the best one', async () => {
    const outcome = await engine.search('孵化器');
    let subs = 0;
    for (const report of outcome.reports) {
      const hit = (await engine.loadReport(report, outcome.parts, 0))!;
      const more = await engine.loadMore(report.id, hit.more, outcome.parts, 0, [hit.best.anchor, ...hit.others.map((o) => o.anchor)]);
      const all = [...hit.others, ...more].map((o) => o.anchor);
      expect(all).not.toContain(hit.best.anchor);
      expect(new Set(all).size).toBe(all.length);
      subs += all.length;
    }
    expect(subs).toBeGreaterThan(0);
  });
});
