// The search document (src/pipeline/search.ts, schema src/schemas/search.ts): a report's sections in
// both scripts, as its pages show them, built by the pipeline from the views emit writes the MDX from.
// test/search.test.ts checks the documents of the built site against the pages' HTML.
import { describe, expect, test } from 'vitest';
import { buildReport } from '../src/pipeline/index.ts';
import { SearchDocument, isRecordFile, searchFileName } from '../src/schemas/search.ts';

const source = `某市2021年科技工作要点

为推动全市科技创新，制定本要点。

一、总体要求

全年新增高新技术企业100家，增长12%。落实《某市科技创新条例》。

（一）重点任务

表1 主要指标
| 序号 | 指标 | 目标值 |
|---|---|---|
| 1 | 研发投入 | 10亿元 |
| 2 | 发明专利 | 200件 |

二、保障措施

加强组织领导，确保本要点第一条落实。
`;

const build = (text: string, meta = {}) => buildReport({ file: 'x.txt', name: 'x', bytes: new TextEncoder().encode(text), meta, sha256: '0'.repeat(64) });

describe('the search document of a report', () => {
  const { search: doc, mdx, record } = build(source, { region: '成都', year: 2021 });

  test('is valid by its schema, and JSON round-trips', () => {
    expect(SearchDocument.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    expect(SearchDocument.safeParse({ ...doc, title: '某市' }).success).toBe(false);
    expect(SearchDocument.safeParse({ ...doc, sections: [{ id: 's1', anchor: 's1', heading: { 'zh-Hans': '一、' }, lines: { 'zh-Hans': [], 'zh-Hant': [] } }] }).success).toBe(
      false,
    );
  });

  test('titles, region, year and kind in both scripts, from the record and its variant', () => {
    expect(doc).toMatchObject({
      slug: 'x',
      title: { 'zh-Hans': '某市2021年科技工作要点', 'zh-Hant': record.variant!.title },
      region: { 'zh-Hans': '成都', 'zh-Hant': '成都' },
      year: 2021,
      kind: record.meta.kind,
    });
    expect(doc.title['zh-Hant']).toBe('某市2021年科技工作要點');
  });

  test('sections in page order: paragraphs before the first heading are `intro`, linked at their first paragraph', () => {
    expect(doc.sections.map((s) => [s.id, s.anchor, s.parent])).toEqual([
      ['intro', 'intro-p1', undefined],
      ['s1', 's1', undefined],
      ['s1-1', 's1-1', 's1'],
      ['s2', 's2', undefined],
    ]);
    expect(doc.sections[0]!.lines['zh-Hans']).toEqual(['某市2021年科技工作要点', '为推动全市科技创新，制定本要点。']);
  });

  test('a heading is its number and title; a paragraph its words with the marked figure and the reference, not the callout', () => {
    const s1 = doc.sections[1]!;
    expect(s1.heading).toEqual({ 'zh-Hans': '一、总体要求', 'zh-Hant': '一、總體要求' });
    expect(s1.lines['zh-Hans']).toEqual(['全年新增高新技术企业100家，增长12%。落实《某市科技创新条例》。']);
    expect(s1.lines['zh-Hant']).toEqual(['全年新增高新技術企業100家，增長12%。落實《某市科技創新條例》。']);
    // The callout's label (新增高新技术企业 … 家 目标) is page chrome, as on the page (aside.co, skipped by the search highlight).
    expect(mdx['zh-Hans']).toContain('<Callout');
    expect(s1.lines['zh-Hans']).toHaveLength(1);
  });

  test('a table is one line: its caption, then its cells apart, header first, converted cell by cell', () => {
    expect(doc.sections[2]!.lines).toEqual({
      'zh-Hans': ['表1 主要指标 序号 指标 目标值 1 研发投入 10亿元 2 发明专利 200件'],
      'zh-Hant': ['表1 主要指標 序號 指標 目標值 1 研發投入 10億元 2 發明專利 200件'],
    });
  });

  test('the Traditional page of a Traditional original is the original text', () => {
    const hant = build('一、總體要求\n\n推動創新平臺建設。\n').search;
    expect(hant.sections[0]!.heading).toEqual({ 'zh-Hans': '一、总体要求', 'zh-Hant': '一、總體要求' });
    expect(hant.sections[0]!.lines['zh-Hant']).toEqual(['推動創新平臺建設。']);
    expect(hant.region).toBeUndefined();
  });
});

test('search documents sit beside the records and are not taken for one', () => {
  expect(searchFileName('chengdu-2020')).toBe('chengdu-2020.search.json');
  expect(['a.json', 'a.search.json', 'a.zh-Hans.mdx', 'a-b.json'].filter(isRecordFile)).toEqual(['a.json', 'a-b.json']);
});
