// References of a text to its own parts: the hand-checked list of seven regulations
// (test/fixtures/references/internal.tsv, read from the texts before the finder was run on them),
// and table-driven cases for the rules (both scripts, Taiwan's 項/款, what must not link).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, root, tempDir } from './helpers/run.ts';
import { ReportRecord } from '../src/schemas/report.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';
import { documentFinder, findReferences, referenceUrl, shortForms, titleKey, type CatalogEntry, type FoundReference } from '../src/pipeline/references.ts';

/** The definition documentFinder indexes: the one entry (not `except`) one of whose own short forms is a short form of the title. */
function findDocument(title: string, catalog: readonly CatalogEntry[], except?: string): CatalogEntry | undefined {
  const key = titleKey(title);
  if (key.length < 4) return undefined;
  const hits = catalog.filter((entry) => {
    if (entry.slug === except) return false;
    const mine = new Set(entry.titles.flatMap((t) => shortForms(titleKey(t), entry.names)));
    return shortForms(key, entry.names).some((k) => mine.has(k));
  });
  return hits.length === 1 ? hits[0] : undefined;
}
import type { Outline } from '../src/pipeline/types.ts';

const corpus = join(root, 'test/fixtures/corpus');

function outlineOfFile(prefix: string): Outline {
  const name = readdirSync(corpus).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt') && !f.includes('.gb'))!;
  const { text } = decodeSource(new Uint8Array(readFileSync(join(corpus, name))));
  return assignAnchors(parseOutline(normalizeText(text).paragraphs));
}

function outlineOfText(text: string): Outline {
  return assignAnchors(parseOutline(normalizeText(text).paragraphs));
}

interface Row {
  file: string;
  line: number;
  text: string;
  path: string;
  targetLine: number | null;
}

const rows: Row[] = readFileSync(join(root, 'test/fixtures/references/internal.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .slice(1)
  .map((l) => {
    const [file, line, text, path, target] = l.split('\t');
    return { file: file!, line: Number(line), text: text!, path: path!, targetLine: target === '-' ? null : Number(target) };
  });

/** The id of the part a row's path names, found by its source line (never by the finder). */
function expectedId(outline: Outline, row: Row): string | undefined {
  const [, paragraph, item] = row.path.split('.');
  if (item) return outline.sections.find((s) => s.kind === 'item' && s.line === row.targetLine)?.id;
  if (!paragraph) return outline.sections.find((s) => s.kind === 'article' && s.line === row.targetLine)?.id;
  const block = outline.blocks.find((b) => b.type === 'paragraph' && b.role === 'body' && b.line === row.targetLine);
  return block?.type === 'paragraph' ? block.id : undefined;
}

describe('the hand-checked list of seven regulations', () => {
  const files = [...new Set(rows.map((r) => r.file))];
  const results = files.map((file) => {
    const outline = outlineOfFile(file);
    const found = findReferences(outline);
    const internal = found.filter((r) => r.kind === 'internal');
    const left = [...internal];
    const checked = rows
      .filter((r) => r.file === file)
      .map((row) => {
        const at = left.findIndex((r) => r.line === row.line && r.text === row.text);
        const ref = at >= 0 ? left.splice(at, 1)[0] : undefined;
        const want = row.targetLine === null ? null : expectedId(outline, row);
        return { row, ref, want, got: ref?.target.id };
      });
    return { file, checked, unlisted: left, found };
  });
  const all = results.flatMap((r) => r.checked);
  const articles = all.filter((c) => /第[一二三四五六七八九十百]+条/.test(c.row.text) && c.want !== null);
  const linked = articles.filter((c) => c.got !== undefined && c.got === c.want);
  const wrong = all.filter((c) => (c.want === null ? c.got !== undefined : c.got !== undefined && c.got !== c.want));

  test('every expected part has an id in the outline (the list reads the texts right)', () => {
    for (const c of all) if (c.want !== null) expect(c.want, `${c.row.file}:${c.row.line} ${c.row.text}`).toMatch(/^[a-z]/);
  });

  test('at least 95% of the 第X条 references are linked, to the part the list names', () => {
    console.log(
      `references (hand list): ${all.length} listed, ${articles.length} 第X条, ${linked.length} of them linked right, ${wrong.length} wrong, ${all.filter((c) => c.want !== null && c.got === c.want).length}/${all.filter((c) => c.want !== null).length} of all internal references`,
    );
    expect(articles.length).toBeGreaterThanOrEqual(65);
    expect(linked.length / articles.length).toBeGreaterThanOrEqual(0.95);
  });

  test('no reference links to a wrong part, and none to another text', () => {
    expect(wrong.map((c) => `${c.row.file}:${c.row.line} ${c.row.text} → ${c.got} (expected ${c.want})`)).toEqual([]);
  });

  test('the finder links nothing the list does not have', () => {
    const unlisted = results.flatMap((r) => r.unlisted.map((u) => `${r.file}:${u.line} ${u.text} → ${u.target.id}`));
    expect(unlisted).toEqual([]);
  });

  test('every reference of the list is linked (the rest of 款, 项 and 前款 too)', () => {
    const missed = all.filter((c) => c.want !== null && c.got !== c.want).map((c) => `${c.row.file}:${c.row.line} ${c.row.text}`);
    expect(missed).toEqual([]);
  });

  test('another law named before its article is a document reference, never this text', () => {
    const r = results.find((x) => x.file === '39')!.found.find((f) => f.text.startsWith('《中华人民共和国水污染防治法》第八十三条'));
    expect(r).toMatchObject({ kind: 'document', title: '中华人民共和国水污染防治法', part: { level: 'article', n: 83 }, target: {} });
  });
});

const law = (body: string): string => `某市某某条例\n\n${body}`;

describe('rules', () => {
  const cases: { name: string; text: string; taiwan?: boolean; want: [string, string | undefined][] }[] = [
    {
      name: 'a list keeps the article of its first part; 至 and 的 join',
      text: law('第一条 总则。\n\n第二条 甲。\n\n乙。\n\n丙。\n\n第三条 违反本条例第二条第二款至第三款和第一条规定的，依照本条例第二条的第一款处理。'),
      want: [
        ['本条例第二条第二款', 'art2-p2'],
        ['第三款', 'art2-p3'],
        ['第一条', 'art1'],
        ['本条例第二条的第一款', 'art2-p1'],
      ],
    },
    {
      name: '前款, 前两款 and 前条 count back from where they stand',
      text: law('第一条 甲。\n\n第二条 乙。\n\n丙。\n\n丁。\n\n违反前两款的，依照前款和前条处理。'),
      want: [
        ['前两款', 'art2-p2'],
        ['前款', 'art2-p3'],
        ['前条', 'art1'],
      ],
    },
    {
      name: 'Traditional script: 第十二條, 本條例',
      text: '某市某某條例\n\n第十一條 甲。\n\n第十二條 違反本條例第十一條規定的，依照前款。',
      want: [['本條例第十一條', 'art11']],
    },
    {
      name: 'Taiwan: 項 is a paragraph and 款 an item',
      taiwan: true,
      text: '菸害防制法\n\n第 1 條\n\n甲：\n\n一、子。\n\n二、丑。\n\n前項第二款之規定，依第一條第一項第一款辦理。\n\n第 2 條\n\n乙。\n\n第 3 條\n\n丙。',
      want: [
        ['前項第二款', 'art1-2'],
        ['第一條第一項第一款', 'art1-1'],
      ],
    },
    {
      name: 'another text’s article, 之二 articles, 基本法, 目前条件 and a lone 第二项 do not link',
      text: law('第一条 甲。\n\n第二条 依照刑法第六十六条、第一条和该法第二条，基本法第一条，第二条之二，目前条件下，其中第二项。'),
      want: [],
    },
    {
      name: 'a bare （三）项 is the article’s own item when only one of its items has that number',
      text: law(
        '第一条 有下列情形之一的：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙。\n\n有（三）项情形的，从重处理；（二）項亦同。\n\n第二条 违反第一条（二）项的，依照（一）项处理。',
      ),
      want: [
        ['（三）项', 'art1-3'],
        ['（二）項', 'art1-2'],
        ['第一条（二）项', 'art1-2'],
      ],
    },
    {
      name: 'so does 第（五）项 (Macao Basic Law art. 24: item （六） names item （五）); a lone 第五项 does not',
      text: law('第一条 居民包括：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙；\n\n（四）丁；\n\n（五）戊；\n\n（六）第（五）项所列居民在本市所生的子女。其中第五项另行规定。'),
      want: [['第（五）项', 'art1-5']],
    },
    {
      name: 'a bare （三）项 does not link when the article has no such item, two of them, or it stands in that item',
      text: law(
        '第一条 甲：\n\n（一）子；\n\n（二）丑。\n\n乙：\n\n（一）寅；\n\n（二）卯。\n\n第二条 有下列情形：\n\n（一）违反（一）项的；\n\n（二）依照（五）项。\n\n第三条 违反（一）项的，依照（二）项处理。',
      ),
      want: [],
    },
    {
      name: 'chapters and appendices the text has',
      text: law('第一章 总则\n\n第一条 见本条例第二章和附件1，第九章不存在。\n\n第二章 附则\n\n第二条 乙。\n\n附件1：表格'),
      want: [
        ['本条例第二章', 'ch2'],
        ['附件1', 'app1'],
      ],
    },
  ];
  test.each(cases)('$name', ({ text, taiwan, want }) => {
    const found = findReferences(outlineOfText(text), { taiwan: taiwan === true }).filter((r) => r.kind === 'internal');
    expect(found.map((r) => [r.text, r.target.id])).toEqual(want);
  });

  test('a document reference keeps its title and the article it names', () => {
    const found = findReferences(outlineOfText(law('第一条 依照《成都市科技计划项目管理办法》第三条、第五条和《某规划》执行。')));
    expect(found.map((r: FoundReference) => [r.kind, r.text, r.title, r.part?.n])).toEqual([
      ['document', '《成都市科技计划项目管理办法》第三条', '成都市科技计划项目管理办法', 3],
      ['document', '第五条', '成都市科技计划项目管理办法', 5],
      ['document', '《某规划》', '某规划', undefined],
    ]);
  });

  test.each([
    [{ id: 'art12' }, '#art12'],
    [{ slug: 'chengdu-2020', id: 'art3' }, '../chengdu-2020/#art3'],
    [{ slug: 'chengdu-2020' }, '../chengdu-2020/'],
    [{}, undefined],
  ])('referenceUrl(%j) = %s', (target, url) => {
    expect(referenceUrl(target)).toBe(url);
  });
});

describe('titles of other reports', () => {
  const catalog: CatalogEntry[] = [
    { slug: 'tiaoli', titles: ['遂宁市科技创新促进条例', '遂寧市科技創新促進條例'], names: ['遂宁市人民代表大会常务委员会', '遂宁', '遂寧'], ids: ['art3'] },
    { slug: 'chongqing', titles: ['重庆市人民政府关于全市科技创新情况的报告'], names: ['重庆市人民政府', '重庆'], ids: [] },
    { slug: 'a', titles: ['甲市科技计划项目管理办法'], names: ['甲'], ids: [] },
    { slug: 'b', titles: ['乙市科技计划项目管理办法'], names: ['乙'], ids: [] },
  ];
  test.each([
    ['遂宁市科技创新促进条例', 'tiaoli'],
    ['《遂宁市科技创新促进条例》', 'tiaoli'],
    ['遂宁市科技创新促进条例（2020年修订）', 'tiaoli'],
    ['科技创新促进条例', 'tiaoli'],
    ['遂寧市科技創新促進條例', 'tiaoli'],
    ['全市科技创新情况的报告', 'chongqing'],
    ['科技计划项目管理办法', undefined], // two cities have one: not guessed
    ['遂宁市科技创新促进条例实施细则', undefined],
    ['条例', undefined],
  ])('%s → %s', (title, slug) => {
    expect(documentFinder(catalog)(title)?.slug).toBe(slug);
    expect(findDocument(title, catalog)?.slug).toBe(slug);
  });

  test('documentFinder answers as findDocument on the same catalog', () => {
    // A name form leaves a rest of 4 characters or more: 丙市科技法 does not name 科技法.
    const all = [...catalog, { slug: 'short', titles: ['科技法'], names: ['丙'], ids: [] }];
    const find = documentFinder(all);
    for (const title of [
      '遂宁市科技创新促进条例',
      '科技创新促进条例',
      '全市科技创新情况的报告',
      '科技计划项目管理办法',
      '甲市科技计划项目管理办法',
      '条例',
      '丙市科技法',
      '科技法',
    ]) {
      for (const except of [undefined, 'tiaoli', 'a']) expect(find(title, except)?.slug, `${title} ${except}`).toBe(findDocument(title, all, except)?.slug);
    }
  });

  // Titles and names from a few characters, so that cited titles often match one, several or no entry,
  // with and without a name form (甲市人民政府关于…) before them.
  test('documentFinder equals findDocument on random catalogs', () => {
    const name = fc.constantFrom('甲', '乙', '甲乙', '甲市', '乙区人民政府', '');
    const before = fc.tuple(name, fc.constantFrom('', '市', '省', '区'), fc.constantFrom('', '人民政府', '关于', '人民政府关于', '办公厅')).map((p) => p.join(''));
    const body = fc.array(fc.constantFrom('科', '技', '条例', '甲', '（2020年修订）'), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    const entries = fc.array(fc.record({ titles: fc.array(fc.tuple(before, body), { minLength: 1, maxLength: 2 }), names: fc.array(name, { maxLength: 3 }) }), { maxLength: 8 });
    // A cited title: a name form before the body of an entry's title, or before a body of its own.
    const cited = fc.tuple(before, fc.nat(), fc.option(body));
    fc.assert(
      fc.property(entries, fc.array(cited, { minLength: 1, maxLength: 8 }), fc.nat(9), (made, titles, except) => {
        const catalog: CatalogEntry[] = made.map((e, i) => ({ slug: `r${i}`, titles: e.titles.map((t) => t.join('')), names: e.names, ids: [] }));
        const bodies = made.flatMap((e) => e.titles.map((t) => t[1]));
        const find = documentFinder(catalog);
        for (const [head, pick, own] of titles) {
          const title = head + (own ?? bodies[pick % Math.max(1, bodies.length)] ?? '');
          expect(find(title, `r${except}`)).toBe(findDocument(title, catalog, `r${except}`));
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('a report is not its own citation', () => {
    expect(findDocument('遂宁市科技创新促进条例', catalog, 'tiaoli')).toBeUndefined();
  });

  test('titleKey drops marks, spaces and a version bracket', () => {
    expect(titleKey('《成都建设国家新一代人工智能创新发展试验区实施方案(2020-2023)》')).toBe('成都建设国家新一代人工智能创新发展试验区实施方案');
  });

  test('build:content links a cited title to the report the site holds and lists the rest for editors', () => {
    const out = tempDir();
    const run = buildContent(['--sources', join(root, 'test/fixtures/references/site'), '--out', out, '--no-cache']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('references to documents the site does not hold: 1 title, 1 reference');
    expect(run.stdout).toMatch(/《遂宁市科技计划项目管理办法》 ×1 — .*suining-2022-gongzuoyaodian\.txt:7/);
    const plan = ReportRecord.parse(JSON.parse(readFileSync(join(out, 'suining-2022-gongzuoyaodian.json'), 'utf8')));
    expect(plan.references.map((r) => [r.section, r.paragraph, r.text, r.target])).toEqual([
      ['s1-1', 's1-1-p1', '《遂宁市科技创新促进条例》第三条', { slug: 'suining-keji-tiaoli', id: 'art3' }],
      ['s1-2', undefined, '《遂宁市科技计划项目管理办法》', {}],
      ['s2-3', undefined, '《科技创新促进条例（2020年修订）》', { slug: 'suining-keji-tiaoli' }],
    ]);
    const mdx = {
      hans: readFileSync(join(out, 'suining-2022-gongzuoyaodian.zh-Hans.mdx'), 'utf8'),
      hant: readFileSync(join(out, 'suining-2022-gongzuoyaodian.zh-Hant.mdx'), 'utf8'),
    };
    expect(mdx.hans).toContain('[《遂宁市科技创新促进条例》第三条](../suining-keji-tiaoli/#art3)');
    expect(mdx.hant).toContain('[《遂寧市科技創新促進條例》第三條](../suining-keji-tiaoli/#art3)');
    const law = ReportRecord.parse(JSON.parse(readFileSync(join(out, 'suining-keji-tiaoli.json'), 'utf8')));
    expect(law.references.map((r) => [r.paragraph, r.text, r.target.id])).toEqual([
      ['art3-3-p1', '前款', 'art3-p1'],
      ['art4-p1', '本条例第三条第一款第一项', 'art3-1'],
      ['art5-p1', '前条', 'art4'],
      ['art5-p1', '本条例第三条第二款', 'art3-3-p1'],
      ['art6-p1', '本条例第五条', 'art5'],
    ]);
  });
});
