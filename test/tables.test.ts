// Tables: Markdown pipe tables and tables flattened one cell per line are rebuilt when the evidence
// is strong (src/pipeline/clean/tables.ts), rendered as tables in both scripts (emit), and their
// figures read with the row's name and the column's meaning (src/pipeline/indicators/table.ts).
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers/run.ts';
import { lostFromRecord } from './helpers/accounting.ts';
import { parseWithMicromark } from './helpers/micromark.ts';
import { elementsOf, findById, renderMdx, textOf, type Rendered } from './helpers/render-mdx.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { buildReport } from '../src/pipeline/index.ts';
import { CAPTION_UNIT, CELL_WORDS_AFTER, CELL_WORDS_BEFORE, isColumnName, MONTH_COLUMN, rowText, splitRow, UNIT_LINE, wholeCell } from '../src/pipeline/clean/tables.ts';
import columns from '../src/pipeline/data/table-columns.json' with { type: 'json' };
import type { SourceMeta } from '../src/schemas/meta.ts';

const read = (path: string): string => decodeSource(new Uint8Array(readFileSync(join(root, path)))).text;
const tablesOf = (text: string) => normalizeText(text).paragraphs.filter((p) => p.role === 'table');
const build = (text: string, meta: SourceMeta = {}) => buildReport({ file: 'x.txt', name: 'x', bytes: new TextEncoder().encode(text), meta, sha256: '0'.repeat(64) });
const plan = 'test/fixtures/corpus/synthetic/plan-flattened-table-variant.txt';

describe('Markdown tables', () => {
  test('a GFM table of a real text becomes one table: header, rows, the delimiter row logged', () => {
    const text = read('test/fixtures/corpus/41_spc-spp-crime-names-supplement-6-table.txt');
    const n = normalizeText(text);
    const [table, ...more] = n.paragraphs.filter((p) => p.role === 'table');
    expect(more).toHaveLength(0);
    expect(table!.table!.head).toEqual([['刑法条文', '罪名']]);
    expect(table!.table!.rows.length).toBeGreaterThanOrEqual(10);
    expect(table!.table!.rows[1]).toEqual(['第一百二十条之二 （《刑法修正案（九）》第七条）', '准备实施恐怖活动罪']);
    expect(n.cleaning.filter((c) => c.kind === 'table').map((c) => c.text)).toEqual(['|-----|-----|']);
    // no row is left as a paragraph of its own
    expect(n.paragraphs.filter((p) => p.role !== 'table' && p.text.startsWith('|'))).toEqual([]);
  });

  test.each([
    ['rows of different widths (a grid table whose merged cells were lost)', 'test/fixtures/corpus/33_prc-resource-tax-law-2019.txt'],
    ['a grid table of interleaved cells', 'test/fixtures/corpus/31_npcsc-retirement-age-decision-tables.txt'],
  ])('%s stays text, only its rule lines go', (_, path) => {
    const n = normalizeText(read(path));
    expect(n.paragraphs.filter((p) => p.role === 'table')).toEqual([]);
    const rules = n.cleaning.filter((c) => c.kind === 'table');
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules) expect(r.text).toMatch(/^\+[-=:+]+\+$/);
    expect(n.paragraphs.some((p) => p.text.includes('原油') || p.text.includes('1965年1月'))).toBe(true);
  });

  test.each([
    ['| a | b |\n| 1 | 2 |', ['a', 'b'], [['1', '2']]],
    ['| 指标 | 数值 |\n|---|---|\n| 地区生产总值 | 100 |', ['指标', '数值'], [['地区生产总值', '100']]],
    [
      '| 甲 | 乙 |\n| 丙 | 丁 |',
      null,
      [
        ['甲', '乙'],
        ['丙', '丁'],
      ],
    ],
  ])('%j', (text, head, rows) => {
    const [t] = tablesOf(text);
    expect(t!.table!.head).toEqual(head ? [head] : []);
    expect(t!.table!.rows).toEqual(rows);
  });

  // dev 292's price table (和田地区 2025 bulletin) as a page sets it, each row a <p> of its own (eval:shapes html, govcn-one-line),
  // or as a Word extraction gives it, a blank line after every paragraph (wechat-md, pdf): one table, not ten lines of text
  const priceRows = [
    '| 2025年居民消费价格比上年涨跌幅度 |  |  |',
    '| 指 标 | 价格指数（1—12月） | 比上年涨跌幅度（%） |',
    '| 居民消费价格 | 100.6 | 0.6 |',
    '| 其中：食品烟酒 | 101.6 | 1.6 |',
    '| 衣 着 | 103.8 | 3.8 |',
  ];
  test.each([
    ['a blank line after every row', priceRows.join('\n\n')],
    ['each row a <p> of a page', `<html><body>\n<p>正文。</p>\n${priceRows.map((r) => `<p>${r}</p>`).join('\n')}\n<p>二、农业</p>\n</body></html>`],
  ])('a Markdown table whose rows a blank line parts, all of them: %s', (_, text) => {
    const [t, ...more] = tablesOf(text);
    expect(more).toEqual([]);
    expect(t!.table!.head).toEqual([
      ['2025年居民消费价格比上年涨跌幅度', '', ''],
      ['指 标', '价格指数（1—12月）', '比上年涨跌幅度（%）'],
    ]);
    expect(t!.table!.rows.map((r) => r[2])).toEqual(['0.6', '1.6', '3.8']);
  });

  test('two tables a blank line parts stay two where their rows stand together, and rows of another width end the spaced run', () => {
    expect(tablesOf('| 甲 | 乙 |\n| 1 | 2 |\n\n| 丙 | 丁 |\n| 3 | 4 |')).toHaveLength(2);
    const [t] = tablesOf('| 指标 | 数值 |\n\n| 地区生产总值 | 100 |\n\n| 只有 | 三个 | 格子 |');
    expect(t!.table!.rows).toEqual([['地区生产总值', '100']]);
  });

  test('a spaced run ends where a table whose rows stand together begins, and at a paragraph: neither is swallowed', () => {
    const spaced = priceRows.slice(0, 3).join('\n\n');
    const together = ['| 指 标 | 单位 | 绝对数 |', '| 粮食产量 | 万吨 | 164.5 |', '| 棉花产量 | 万吨 | 85.2 |'].join('\n');
    const [t, u, ...more] = tablesOf(`${spaced}\n\n${together}`);
    expect(more).toEqual([]);
    expect(t!.table!.rows.map((r) => r[0])).toEqual(['居民消费价格']);
    expect(u!.table!.rows.map((r) => r[0])).toEqual(['粮食产量', '棉花产量']);
    const [v] = tablesOf(`${spaced}\n\n二、农业\n\n${priceRows[3]}`);
    expect(v!.table!.rows.map((r) => r[0])).toEqual(['居民消费价格']);
  });

  test('one row is not a table; a caption line above is taken in', () => {
    expect(tablesOf('| 只有一行 | 没有别的 |')).toEqual([]);
    const [t] = tablesOf('正文。\n\n表2　主要指标完成情况\n\n| 指标 | 2025年 |\n|---|---|\n| 森林覆盖率 | 45% |');
    expect(t!.table!.caption).toBe('表2　主要指标完成情况');
    expect(t!.text.split('\n')[0]).toBe('表2　主要指标完成情况');
  });

  test('an empty first row over the delimiter (an HTML table without header cells): the names row under it is the header', () => {
    const [t] = tablesOf('|     |     |     |\n| --- | --- | --- |\n| 序号 | 主要指标 | 目标值 |\n| 1 | 一窗综合受理率（%） | 100 |\n| 2 | 政务网接入率（%） | 100 |');
    expect(t!.table!.head).toEqual([['序号', '主要指标', '目标值']]);
    expect(t!.table!.rows).toEqual([
      ['1', '一窗综合受理率（%）', '100'],
      ['2', '政务网接入率（%）', '100'],
    ]);
    // the empty row it leaves out is logged, so nothing is lost (its bars are all it holds): with one row of figures, too
    const short = '|     |     |     |\n| --- | --- | --- |\n| 序号 | 主要指标 | 目标值 |\n| 1 | 一窗综合受理率（%） | 100 |';
    const n = normalizeText(short);
    expect(n.cleaning.filter((c) => c.kind === 'table').map((c) => c.text)).toContain('|     |     |     |');
    expect(lostFromRecord(short, { body: n.paragraphs.map((p) => p.text).join('\n'), cleaning: n.cleaning })).toBe('');
  });

  test('a category cell merged down its group (rows short by it, numbered on): carried down from the row above', () => {
    const text = [
      '| 序号 | 类别 | 主要指标 | 目标值 |',
      '| --- | --- | --- | --- |',
      '| 1 | 政务服务 | 一窗综合受理率（%） | 100 |',
      '| 2 | 审批事项用证率（%） | 95 |',
      '| 3 | 数据治理 | 公共数据开放数据集（个） | 4000 |',
      '| 4 | 公共数据开发利用场景（个） | 100 |',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.table!.rows).toEqual([
      ['1', '政务服务', '一窗综合受理率（%）', '100'],
      ['2', '政务服务', '审批事项用证率（%）', '95'],
      ['3', '数据治理', '公共数据开放数据集（个）', '4000'],
      ['4', '数据治理', '公共数据开发利用场景（个）', '100'],
    ]);
    const figures = build(text, { kind: 'plan', year: 2022 }).record.indicators;
    expect(figures.map((f) => [f.label, f.value, f.unit, f.kind])).toEqual([
      ['一窗综合受理率', 100, '%', 'target'],
      ['审批事项用证率', 95, '%', 'target'],
      ['公共数据开放数据集', 4000, '个', 'target'],
      ['公共数据开发利用场景', 100, '个', 'target'],
    ]);
    // without a running number, or short by more than the columns before the name, the rows do not agree: text
    expect(tablesOf(text.replace('| 2 | 审批', '| 5 | 审批'))).toEqual([]);
    expect(tablesOf(text.replace('| 2 | 审批事项用证率（%） | 95 |', '| 2 | 95 |'))).toEqual([]);
  });

  test('cells split on unescaped pipes only, and the row text escapes them back', () => {
    expect(splitRow('| a\\|b | c |')).toEqual(['a|b', 'c']);
    expect(rowText(['a|b', 'c'])).toBe('| a\\|b | c |');
  });
});

describe('tables flattened one cell per line (a PDF plan table)', () => {
  const text = read(plan);

  test('the header names its columns and every row is read, the 完成市下达目标 cells and row numbers kept', () => {
    const n = normalizeText(text);
    const [t, ...more] = n.paragraphs.filter((p) => p.role === 'table');
    expect(more).toHaveLength(0);
    expect(t!.table!.caption).toBe('表1　“十五五”时期经济社会发展主要指标');
    expect(t!.table!.head).toEqual([['序号', '指标', '单位', '属性', '目标值']]);
    expect(t!.table!.rows).toHaveLength(20);
    expect(t!.table!.rows.map((r) => r[0])).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(t!.table!.rows.filter((r) => r[4] === '完成市下达目标')).toHaveLength(3);
    // nothing of the table was taken for a page header or a page number
    expect(n.cleaning.filter((c) => /page/.test(c.kind))).toEqual([]);
    // the paragraph after the table is its own
    expect(n.paragraphs.find((p) => p.text.startsWith('注：'))?.role).toBeUndefined();
  });

  test('nothing lost: every character is in the body or the log', () => {
    const { record } = build(text);
    expect(lostFromRecord(text, record)).toBe('');
  });

  test('column names in both scripts; a prose line is not one', () => {
    for (const name of ['序号', '指标', '單位', '屬性', '目标值', '2025年', '2030年目标', '年均增长/累计', '“十五五”末目标']) expect(isColumnName(name), name).toBe(true);
    for (const line of ['到2030年', '地区生产总值', '坚持创新驱动。', '1']) expect(isColumnName(line), line).toBe(false);
  });

  test('weak evidence stays text: a header whose rows do not check, or a header alone', () => {
    // rows without the running number the 序号 column promises
    const broken = '序号\n指标\n单位\n属性\n目标值\n地区生产总值\n亿元\n预期性\n5000\n人口\n万人\n预期性\n100';
    expect(tablesOf(broken)).toEqual([]);
    expect(
      normalizeText(broken)
        .paragraphs.map((p) => p.text)
        .join(''),
    ).toContain('地区生产总值');
    // a 属性 cell that is not 约束性/预期性
    expect(tablesOf('序号\n指标\n属性\n1\n甲\n其他\n2\n乙\n其他')).toEqual([]);
    expect(tablesOf('指标\n单位\n目标值')).toEqual([]);
  });

  test('a Word extraction: a blank line after every cell, a header bracket, a name and a unit broken over two lines', () => {
    const cells = ['表3　“十四五”城市排水防涝主要指标', '序号', '指标', '单位', '2020年', '2025年', '累计增长', '（下降）', '属性'];
    const rows = [
      ['1', '城市生活污水集中收集', '率', '%', '65', '75', '10', '约束性'],
      ['2', '新增污水处理能力', '万吨/', '日', '200', '350', '150', '预期性'],
      ['3', '内涝积水点', '个', '120', '0', '120', '约束性'],
    ];
    const text = ['浙江省城市排水防涝“十四五”规划', '“十四五”时期，全省城市排水防涝能力显著提升。', ...cells, ...rows.flat(), '注：累计增长为五年合计。'].join('\n\n') + '\n';
    const [t, ...more] = tablesOf(text);
    expect(more).toHaveLength(0);
    expect(t!.table!.head).toEqual([['序号', '指标', '单位', '2020年', '2025年', '累计增长（下降）', '属性']]);
    expect(t!.table!.rows).toEqual([
      ['1', '城市生活污水集中收集率', '%', '65', '75', '10', '约束性'],
      ['2', '新增污水处理能力', '万吨/日', '200', '350', '150', '预期性'],
      ['3', '内涝积水点', '个', '120', '0', '120', '约束性'],
    ]);
    // a joined cell is cited at its first line
    expect(t!.table!.lines[0]![1]).toBe(text.split('\n').indexOf('城市生活污水集中收集') + 1);
    const { record } = build(text);
    expect(lostFromRecord(text, record)).toBe('');
    const figures = record.indicators.map((i) => [i.label, i.value, i.unit, i.kind, i.period]);
    expect(figures).toContainEqual(['城市生活污水集中收集率', 65, '%', 'actual', 2020]);
    expect(figures).toContainEqual(['新增污水处理能力', 350, '万吨/日', 'target', 2025]);
    // pieces that do not make a checking row are not joined: a figure is never a piece, nor a 属性 word
    expect(tablesOf(['序号', '指标', '单位', '属性', '1', '甲', '个', '5', '预期性', '2', '乙', '个', '预期性'].join('\n'))).toEqual([]);
  });

  test('a whole cell, never a piece of a broken name or unit, is a value cell: a figure as a table prints it, or a cell left empty', () => {
    // a figure with its comparator words before or after it, a total's bracket, full-width digits, an empty cell's dash
    for (const cell of ['1.58', '80以上', '1.58左右', '约80', '不低于90', '[15]', '１２', '5-10', '—']) expect(wholeCell(cell)).toBe(true);
    // not any run of digits and signs, nor words
    for (const cell of ['5%~10%', '1.', ',', '[', '<>', '率', '万吨/']) expect(wholeCell(cell)).toBe(false);
  });

  test('a header led by 序号 names its columns freely; a year split from its words; 备注 left out by most rows (corpus 67)', () => {
    const cells = [
      '附件',
      '1',
      '天津市',
      '2023',
      '年春节期间电力需求响应补贴资金汇总表',
      '序号',
      '用户名称',
      '申报响应能力（千瓦时）',
      '补贴总额（万元）',
      '2024',
      '年拨付资金（万元）',
      '备注',
      '1',
      '甲公司',
      '180000',
      '40.51',
      '13.35',
      '2',
      '乙公司',
      '12000',
      '3.03',
      '1',
      '负荷集成商',
      '3',
      '丙公司',
      '3000',
      '0.76',
      '0.25',
      '合计',
      '43.79',
    ];
    const n = normalizeText(cells.join('\n'));
    const [t, ...more] = n.paragraphs.filter((p) => p.role === 'table');
    expect(more).toHaveLength(0);
    expect(t!.table!.caption).toBe('附件1天津市2023年春节期间电力需求响应补贴资金汇总表');
    expect(t!.table!.head).toEqual([['序号', '用户名称', '申报响应能力（千瓦时）', '补贴总额（万元）', '2024年拨付资金（万元）', '备注']]);
    expect(t!.table!.rows).toEqual([
      ['1', '甲公司', '180000', '40.51', '13.35', ''],
      ['2', '乙公司', '12000', '3.03', '1', '负荷集成商'],
      ['3', '丙公司', '3000', '0.76', '0.25', ''],
    ]);
    // the total after the last row is not its remark; it stays text
    expect(n.paragraphs.at(-1)!.text).toBe('合计43.79');
  });

  test('free column names need the running number: without it the lines stay text', () => {
    expect(tablesOf(['序号', '用户名称', '补贴总额（万元）', '甲公司', '40.51', '乙公司', '3.03'].join('\n'))).toEqual([]);
    expect(tablesOf(['用户名称', '申报响应能力（千瓦时）', '补贴总额（万元）', '1', '甲公司', '180000', '40.51'].join('\n'))).toEqual([]);
  });

  test('a category column printed once per group is carried to the rows under it', () => {
    const cells = [
      '类别',
      '序号',
      '指标',
      '单位',
      '属性',
      '经济发展',
      '1',
      '地区生产总值增长',
      '%',
      '预期性',
      '2',
      '全员劳动生产率',
      '万元/人',
      '预期性',
      '民生福祉',
      '3',
      '城镇调查失业率',
      '%',
      '预期性',
    ];
    const [t] = tablesOf(cells.join('\n'));
    expect(t!.table!.rows).toEqual([
      ['经济发展', '1', '地区生产总值增长', '%', '预期性'],
      ['经济发展', '2', '全员劳动生产率', '万元/人', '预期性'],
      ['民生福祉', '3', '城镇调查失业率', '%', '预期性'],
    ]);
  });
});

describe('tables printed a row a line, the cells parted by spaces (a PDF copied as text)', () => {
  const main = [
    '表1 “十四五”城市排水防涝主要指标',
    '序号 指标 单位 2020年 2025年 属性',
    '1 城市建成区排水管网密度 公里/平方公里 9.6 12 预期性',
    '2 雨水管渠设计重现期达标率 % 55 80以上 约束性',
    '3　可渗透地面面积比例　%　35　40　预期性',
    '',
    '到2025年，城市排水防涝体系基本完善。',
  ].join('\n');

  // a row without 序号 or 属性 checks by its value cells: each a figure as the indicators read one (clean/tables.ts FIGURE_CELL: 不低于90,
  // a range grouped by commas) or a dash
  test('without a running number or a 属性 cell, every value cell is a figure of the one table figure reading, or a dash', () => {
    const text = ['指标 单位 2020年 2025年', '城市生活污水集中收集率 % 70 不低于90', '新增污水处理能力 吨/日 — 1,000-2,000', '', '到2025年，城市排水防涝体系基本完善。'].join('\n');
    const [t] = normalizeText(text).paragraphs.filter((p) => p.role === 'table');
    expect(t?.table?.rows).toEqual([
      ['城市生活污水集中收集率', '%', '70', '不低于90'],
      ['新增污水处理能力', '吨/日', '—', '1,000-2,000'],
    ]);
    const figures = build(text, { kind: 'plan', year: 2021 }).record.indicators;
    expect(figures.map((f) => [f.label, f.value, f.max, f.comparator, f.period])).toEqual([
      ['城市生活污水集中收集率', 70, undefined, undefined, 2020],
      ['城市生活污水集中收集率', 90, undefined, '>=', 2025],
      ['新增污水处理能力', 1000, 2000, undefined, 2025],
    ]);
  });

  // what each comparator word or sign of a cell says, written out here so that a wrong reading fails
  const cellComparators: [string, string][] = [
    ['约90', '≈'],
    ['≥90', '>='],
    ['≤90', '<='],
    ['>90', '>'],
    ['<90', '<'],
    ['＞90', '>'],
    ['＜90', '<'],
    ['≧90', '>='],
    ['≦90', '<='],
    ['大于90', '>'],
    ['小于90', '<'],
    ['不低于90', '>='],
    ['不高于90', '<='],
    ['不超过90', '<='],
    ['超过90', '>'],
    ['90左右', '≈'],
    ['90以上', '>='],
    ['90以下', '<='],
    ['90以内', '<='],
    ['90及以上', '>='],
  ];
  test('the table of cell comparators covers every word of CELL_WORDS_BEFORE and CELL_WORDS_AFTER', () => {
    expect(cellComparators.map(([cell]) => cell).sort()).toEqual([...CELL_WORDS_BEFORE.map((w) => `${w}90`), ...CELL_WORDS_AFTER.map((w) => `90${w}`)].sort());
  });
  test.each(cellComparators)('a cell %s is 90 with comparator %s', (cell, comparator) => {
    const text = ['指标 单位 2020年 2025年', `城市生活污水集中收集率 % 70 ${cell}`, '新增污水处理能力 吨/日 — 1,000-2,000'].join('\n');
    expect(build(text, { kind: 'plan', year: 2021 }).record.indicators.find((f) => f.value === 90)?.comparator).toBe(comparator);
  });

  test('a header of column names and rows as wide as it, checked by the running number and the 属性 word, become a table with its caption', () => {
    const n = normalizeText(main);
    const [t, ...more] = n.paragraphs.filter((p) => p.role === 'table');
    expect(more).toHaveLength(0);
    expect(t!.table).toMatchObject({ caption: '表1 “十四五”城市排水防涝主要指标', head: [['序号', '指标', '单位', '2020年', '2025年', '属性']], from: 'flattened' });
    expect(t!.table!.rows).toEqual([
      ['1', '城市建成区排水管网密度', '公里/平方公里', '9.6', '12', '预期性'],
      ['2', '雨水管渠设计重现期达标率', '%', '55', '80以上', '约束性'],
      ['3', '可渗透地面面积比例', '%', '35', '40', '预期性'],
    ]);
    expect(t!.table!.lines.map((l) => l[0])).toEqual([3, 4, 5]);
    expect(n.paragraphs.at(-1)!.text).toBe('到2025年，城市排水防涝体系基本完善。');
    const { record } = build(main, { kind: 'plan', year: 2021 });
    expect(lostFromRecord(main, record)).toBe('');
    expect(record.indicators.map((f) => [f.label, f.value, f.unit, f.kind, f.period, f.line])).toEqual([
      ['城市建成区排水管网密度', 9.6, '公里/平方公里', 'actual', 2020, 3],
      ['城市建成区排水管网密度', 12, '公里/平方公里', 'target', 2025, 3],
      ['雨水管渠设计重现期达标率', 55, '%', 'actual', 2020, 4],
      ['雨水管渠设计重现期达标率', 80, '%', 'target', 2025, 4],
      ['可渗透地面面积比例', 35, '%', 'actual', 2020, 5],
      ['可渗透地面面积比例', 40, '%', 'target', 2025, 5],
    ]);
  });

  test("without 序号 or 属性 the rows check by their value cells: every one a figure or a dash (a 专栏 of the last plan's results)", () => {
    const box = [
      '专栏1 “十三五”主要指标完成情况',
      '指标 单位 2015年 2020年目标 2020年完成',
      '排水管网长度 公里 3600 4300 4420',
      '易涝积水点 处 120 — 55',
      '',
      '当前仍有短板。',
    ].join('\n');
    const [t] = tablesOf(box);
    expect(t!.table).toMatchObject({ caption: '专栏1 “十三五”主要指标完成情况', head: [['指标', '单位', '2015年', '2020年目标', '2020年完成']] });
    expect(t!.table!.rows).toEqual([
      ['排水管网长度', '公里', '3600', '4300', '4420'],
      ['易涝积水点', '处', '120', '—', '55'],
    ]);
  });

  test('weak evidence stays text: a row of another width, a row of words, a header alone, a prose line with spaces', () => {
    expect(tablesOf(['指标 单位 2020年 2025年', '排水管网长度 公里 3600', '易涝积水点 处 120 55'].join('\n'))).toEqual([]);
    expect(tablesOf(['指标 单位 2020年 2025年', '排水管网长度 公里 较长 更长', '易涝积水点 处 较多 较少'].join('\n'))).toEqual([]);
    expect(tablesOf('序号 指标 单位 属性')).toEqual([]);
    expect(tablesOf(['全市 排水 防涝 能力', '明显 提升 成效 显著'].join('\n'))).toEqual([]);
  });
});

describe('a table on the page, in both scripts', () => {
  const { record, mdx } = build(read(plan), { kind: 'plan', year: 2026 });

  const tableIn = (nodes: Rendered[]): Rendered => findById(nodes, 'ch2-p2')!;
  test('Table > Tr > Th/Td with the caption, the figures marked in their cells', () => {
    const hans = renderMdx(mdx['zh-Hans']);
    const table = tableIn(hans);
    expect(table.type === 'element' && table.name).toBe('x-Table');
    expect(table.type === 'element' && table.props.caption).toBe('表1　“十五五”时期经济社会发展主要指标');
    const names = elementsOf([table]);
    expect(names.filter((n) => n === 'x-Tr')).toHaveLength(21);
    expect(names.filter((n) => n === 'x-Th')).toHaveLength(5);
    expect(names.filter((n) => n === 'x-Td')).toHaveLength(100);
    const figures = record.indicators.filter((i) => i.section === 'ch2');
    expect(names.filter((n) => n === 'x-Mark')).toHaveLength(figures.length);
    expect(textOf([table])).toContain('完成市下达目标');
    // the MDX is valid for the reference parser too
    expect(() => parseWithMicromark(mdx['zh-Hans'])).not.toThrow();
  });

  test('the Traditional page converts every cell and the caption, with the same ids', () => {
    const table = tableIn(renderMdx(mdx['zh-Hant']));
    expect(table.type === 'element' && table.props.caption).toBe('表1　“十五五”時期經濟社會發展主要指標');
    expect(textOf([table])).toContain('全社會研發經費投入強度');
    expect(textOf([table])).toContain('約束性');
  });

  test('cell text stays text: markup, JSX and ESM in a cell are not code', () => {
    const hostile = '| 指标 | 说明 |\n|---|---|\n| <script>alert(1)</script> | {process.exit()} |\n| import x from "y" | *强调* [链接](http://a) |';
    const out = build(hostile).mdx['zh-Hans'];
    const nodes = renderMdx(out);
    expect(elementsOf(nodes).filter((n) => !n.startsWith('x-'))).toEqual(['p', 'p', 'p', 'p', 'p', 'p']);
    expect(textOf(nodes)).toContain('<script>alert(1)</script>');
    expect(textOf(nodes)).toContain('{process.exit()}');
    expect(textOf(nodes)).toContain('import x from "y"');
  });
});

describe('the column names (data/table-columns.json)', () => {
  const roles = Object.entries(columns.names);
  test.each(roles)('names.%s: words of a flattened header, each once in the file', (_, words) => {
    for (const word of words) expect(isColumnName(word)).toBe(true);
    const all = roles.flatMap(([, w]) => w);
    for (const word of words) expect(all.filter((w) => w === word)).toHaveLength(1);
  });

  test.each([
    ['7月', true],
    ['1—7月', true],
    ['1-7月份', true],
    ['十二月', true],
    ['2025年', false],
    ['7月份国民经济', false],
    ['17月', false],
  ])('month: %s names a month column (%s), and no flattened header starts at it', (cell, month) => {
    expect(MONTH_COLUMN.test(cell)).toBe(month);
    expect(isColumnName(cell) && month).toBe(false);
  });

  test.each(['metric_columns', 'entity_columns', 'value_columns', 'percent_columns'] as const)(
    '%s: Simplified words, each once, none a name of names.metric or of each other list',
    (key) => {
      const words: string[] = columns[key];
      expect(new Set(words).size).toBe(words.length);
      for (const word of words) expect(columns.names.metric).not.toContain(word);
      for (const other of ['metric_columns', 'value_columns'] as const) if (other !== key) for (const word of words) expect(columns[other]).not.toContain(word);
    },
  );

  test.each([...columns.names.metric, ...columns.metric_columns])('%s names the metric of each row', (name) => {
    const text = `| ${name} | 单位 | 2030年 |\n|---|---|---|\n| 新能源汽车保有量 | 辆 | 12500 |`;
    expect(build(text, { kind: 'plan', year: 2026 }).record.indicators.map((f) => [f.label, f.value, f.unit, f.kind])).toEqual([['新能源汽车保有量', 12500, '辆', 'target']]);
  });

  test.each([...columns.entity_columns, '企业名称'])('%s names what each row is: the columns are the metrics', (name) => {
    const text = `| ${name} | 出口额（亿美元） |\n|---|---|\n| 甲 | 12.5 |`;
    expect(build(text, { kind: 'report', year: 2026 }).record.indicators.map((f) => [f.label, f.value, f.unit])).toEqual([['出口额', 12.5, '亿美元']]);
  });

  // what a value column holds, by the words of names.target and names.actual, on their own or after a year (indicators/table.ts reads
  // them there, the flattened header here): 2025年执行数 over a budget's columns (dev 427), 完成情况 (dev 330's header), “十四五”时期目标
  const kindOf = (header: string, year = 2026) =>
    build(`| 指标 | 单位 | ${header} |\n|---|---|---|\n| 粮食产量 | 万吨 | 120.5 |`, { kind: 'plan', year }).record.indicators.map((f) => [f.kind, f.period]);
  test.each(columns.names.target)('%s holds targets, alone and after a year', (word) => {
    expect(kindOf(word).map(([kind]) => kind)).toEqual(['target']);
    expect(kindOf(`2030年${word}`)).toEqual([['target', 2030]]);
    // an estimate of a year before the document's is what that year reached, its figures not final (2025年预计 in a 2026 plan, dev 495)
    expect(kindOf(`2020年${word}`)).toEqual([[columns.estimate.includes(word) ? 'estimate' : 'target', 2020]]);
    expect(isColumnName(`2020年${word}`)).toBe(true);
  });
  test.each(columns.names.actual)('%s holds what was achieved, alone and after a year', (word) => {
    expect(kindOf(word).map(([kind]) => kind)).toEqual(['actual']);
    expect(kindOf(`2030年${word}`)).toEqual([['actual', 2030]]);
    expect(isColumnName(`2030年${word}`)).toBe(true);
  });
  test.each(['“十四五”时期目标', '十四五末目标值', '“十五五”规划目标'])("%s: a plan's name and a target word hold targets", (header) => {
    expect(kindOf(header).map(([kind]) => kind)).toEqual(['target']);
    expect(isColumnName(header)).toBe(true);
  });
  test.each(columns.names.growth)('%s holds a growth over the plan period, its bracket too', (word) => {
    for (const header of [word, `${word}（%）`]) {
      expect(
        build(`| 指标 | 单位 | ${header} |\n|---|---|---|\n| 粮食产量 | % | 5 |`, { kind: 'plan', year: 2026 }).record.indicators.map((f) => [f.kind, f.change?.value]),
      ).toEqual([['target', 5]]);
      expect(isColumnName(header)).toBe(true);
    }
  });

  // a column whose header says its cells are percentages (1957年为1952年的百分比, dev 424): % over the 单位 column's unit
  test.each([...columns.percent_columns.map((w) => `2030年${w}`), '2030年完成率%'])('%s holds percentages, whatever the row’s unit', (header) => {
    const text = `| 指标 | 单位 | 2030年目标值 | ${header} |\n|---|---|---|---|\n| 粮食产量 | 万吨 | 120.5 | 105 |`;
    expect(build(text, { kind: 'plan', year: 2026 }).record.indicators.map((f) => [f.label, f.value, f.unit])).toEqual([
      ['粮食产量', 120.5, '万吨'],
      ['粮食产量', 105, '%'],
    ]);
  });

  test.each(columns.value_columns)('%s holds what was counted: achieved, of the caption year', (name) => {
    const text = `表1 2025年主要产品产量\n| 指标 | 单位 | ${name} |\n|---|---|---|\n| 粮食产量 | 万吨 | 120.5 |`;
    expect(build(text, { kind: 'report', year: 2026 }).record.indicators.map((f) => [f.label, f.value, f.unit, f.kind, f.period])).toEqual([
      ['粮食产量', 120.5, '万吨', 'actual', 2025],
    ]);
  });
});

describe('figures of a table', () => {
  const { record } = build(read(plan), { kind: 'plan', year: 2026 });
  const byLabel = (label: string) => record.indicators.find((i) => i.label === label);

  test("each numeric target cell is a target of the plan's last year, with its row name, unit and attribute", () => {
    expect(byLabel('全社会研发经费投入强度')).toMatchObject({ value: 3.5, unit: '%', kind: 'target', period: 2030, binding: false, match: '3.5' });
    expect(byLabel('劳动年龄人口平均受教育年限')).toMatchObject({ value: 11.8, unit: '年', binding: true });
    expect(byLabel('地区生产总值年均增长')).toMatchObject({ value: 6, comparator: '≈', match: '6左右' });
    expect(byLabel('城镇调查失业率')).toMatchObject({ value: 5.5, comparator: '<' });
  });

  test('a bracketed total covers the plan period; words are no figure', () => {
    expect(byLabel('实际使用外资金额')).toMatchObject({ value: 15, unit: '亿美元', period: '2026-2030' });
    for (const label of ['耕地保有量', '单位地区生产总值能源消耗降低', '居民人均可支配收入增长']) expect(byLabel(label)).toBeUndefined();
  });

  test("year columns: before the document year achieved, after it a target; a unit in the name's bracket", () => {
    const text = '序号\n指标\n2025年\n2030年\n属性\n1\n城镇调查失业率（%）\n5.2\n<5.5\n预期性\n2\n粮食产量（万吨）\n120\n125\n约束性';
    const figures = build(text, { kind: 'plan', year: 2026 }).record.indicators;
    expect(figures.map((f) => [f.label, f.value, f.unit, f.kind, f.period])).toEqual([
      ['城镇调查失业率', 5.2, '%', 'actual', 2025],
      ['城镇调查失业率', 5.5, '%', 'target', 2030],
      ['粮食产量', 120, '万吨', 'actual', 2025],
      ['粮食产量', 125, '万吨', 'target', 2030],
    ]);
  });

  test('a table of companies: each value column names its figures and unit; the caption year dates the columns that name none', () => {
    const text = [
      '附件1 天津市2023年春节期间电力需求响应补贴资金汇总表',
      '序号',
      '用户名称',
      '补贴总额（万元）',
      '2024年拨付资金（万元）',
      '2025年申请拨付资金（万元）',
      '1',
      '甲公司',
      '40.51',
      '13.35',
      '27.16',
      '2',
      '乙公司',
      '3.03',
      '1',
      '2.03',
    ].join('\n');
    const figures = build(text, { kind: 'notice', year: 2025 }).record.indicators;
    expect(figures.slice(0, 3).map((f) => [f.label, f.value, f.unit, f.kind, f.period])).toEqual([
      ['补贴总额', 40.51, '万元', 'actual', 2023],
      ['拨付资金', 13.35, '万元', 'actual', 2024],
      ['申请拨付资金', 27.16, '万元', 'target', 2025],
    ]);
    expect(figures).toHaveLength(6);
  });

  test('a number grouped by spaces (1 500, 12 000, with a thin or no-break space) is one figure', () => {
    const text = '| 指标 | 单位 | 2030年 |\n|---|---|---|\n| 新能源汽车保有量 | 辆 | 12 500 |\n| 充电桩数量 | 个 | 1\u2009500 |\n| 公交线路长度 | 公里 | 2\u00a0300.5 |';
    const figures = build(text, { kind: 'plan', year: 2026 }).record.indicators;
    expect(figures.map((f) => [f.label, f.value, f.unit])).toEqual([
      ['新能源汽车保有量', 12500, '辆'],
      ['充电桩数量', 1500, '个'],
      ['公交线路长度', 2300.5, '公里'],
    ]);
  });

  test.each(['“十五”目标', '“九五”期末目标', '六五末目标值', '“十五五”目标值'])('a column %s holds targets: every plan has a name (patterns.ts PLAN_NAME)', (header) => {
    const text = `| 指标 | 单位 | ${header} |\n|---|---|---|\n| 粮食产量 | 万吨 | 120.5 |`;
    expect(build(text, { kind: 'report', year: 1996 }).record.indicators.map((f) => [f.label, f.value, f.kind])).toEqual([['粮食产量', 120.5, 'target']]);
    expect(isColumnName(header)).toBe(true);
  });

  test('a table of a regulation holds provisions', () => {
    const text = '| 项目 | 单位 | 目标值 |\n|---|---|---|\n| 罚款 | 元 | 500 |';
    expect(build(text, { kind: 'regulation' }).record.indicators.map((f) => f.kind)).toEqual(['provision']);
  });
});

describe("a statistical bulletin's table printed a row a line under a header of its year and its growth (dev 386)", () => {
  const bulletin = [
    '---',
    'title: 1995年国民经济和社会发展统计公报',
    '---',
    '',
    '主要工业产品产量如下：',
    '',
    '1995年 比上年增长％  ',
    '其中：谷物 41700 万吨 5.9  ',
    '布 210 亿米 -0.6  ',
    '茶叶 58 万吨 －0.8  ',
    '能源生产总量 12.39 亿吨 4.4  ',
    '（折标准燃料）  ',
    '化肥（折100％） 2450 万吨 7.8  ',
    '货物周转量（亿吨公里） 35436 6.5',
    '',
    '林业生产健康发展。',
  ].join('\n');

  test("its rows are a table: the name, the year's value, its unit and its growth; a bracket on a line of its own goes on the name above", () => {
    const [t, ...more] = tablesOf(bulletin);
    expect(more).toHaveLength(0);
    expect(t!.table!.head).toEqual([['', '1995年', '', '比上年增长％']]);
    expect(t!.table!.rows).toEqual([
      ['其中：谷物', '41700', '万吨', '5.9'],
      ['布', '210', '亿米', '-0.6'],
      ['茶叶', '58', '万吨', '－0.8'],
      ['能源生产总量（折标准燃料）', '12.39', '亿吨', '4.4'],
      ['化肥（折100％）', '2450', '万吨', '7.8'],
      ['货物周转量（亿吨公里）', '35436', '', '6.5'],
    ]);
    const { record } = build(bulletin);
    expect(lostFromRecord(bulletin, record)).toBe('');
    // one figure a row, an actual of the bulletin's year, its growth the change; a row's note of how it is counted is no part of its label
    expect(record.indicators.map((f) => [f.label, f.value, f.unit, f.kind, f.period, f.change?.value])).toEqual([
      ['谷物', 41700, '万吨', 'actual', 1995, 5.9],
      ['布', 210, '亿米', 'actual', 1995, -0.6],
      ['茶叶', 58, '万吨', 'actual', 1995, -0.8],
      ['能源生产总量', 12.39, '亿吨', 'actual', 1995, 4.4],
      ['化肥', 2450, '万吨', 'actual', 1995, 7.8],
      ['货物周转量', 35436, '亿吨公里', 'actual', 1995, 6.5],
    ]);
  });

  test('a row whose growth cell is empty (a new item, no figure of the year before) has no change, not a change of 0%', () => {
    const md = [
      '# 2024年某市国民经济和社会发展统计公报',
      '',
      '| 指标 | 2024年 | 比上年增长% |',
      '| --- | --- | --- |',
      '| 粮食产量（万吨） | 190.1 | 2.5 |',
      '| 新能源汽车产量（万辆） | 3.2 |  |',
      '| 茶叶产量（万吨） | 5.8 | — |',
    ].join('\n');
    expect(build(md).record.indicators.map((f) => [f.label, f.value, f.change?.value])).toEqual([
      ['粮食产量', 190.1, 2.5],
      ['新能源汽车产量', 3.2, undefined],
      ['茶叶产量', 5.8, undefined],
    ]);
  });

  test('weak evidence stays text: a header without its growth column, rows of words', () => {
    expect(tablesOf(['1995年 产量', '粮食 46500 万吨 4.5', '棉花 450 万吨 3.7'].join('\n'))).toEqual([]);
    expect(tablesOf(['1995年 比上年增长％', '粮食 较多 万吨 增长', '棉花 较少 万吨 下降'].join('\n'))).toEqual([]);
    // a growth and a value are numbers as GROWTH_CELL (the one definition indicators/table.ts reads too) and a value cell write them,
    // not any run of digits and points (4.5.1, a section number)
    expect(tablesOf(['1995年 比上年增长％', '粮食 46500 万吨 4.5.1', '棉花 450 万吨 3.7.2'].join('\n'))).toEqual([]);
    expect(tablesOf(['1995年 比上年增长％', '粮食 4.65.0 万吨 4.5', '棉花 4.5.0 万吨 3.7'].join('\n'))).toEqual([]);
    expect(tablesOf(['1995年 比上年增长％', '粮食 46,500 万吨 -4.5', '棉花 450 万吨 －3.7'].join('\n'))).toHaveLength(1);
  });
});

describe('tables of statistical bulletins and old plans (dev 424-426)', () => {
  const figuresOf = (text: string, meta: SourceMeta) => build(text, meta).record.indicators.map((f) => [f.label, f.value, f.unit, f.kind, f.period, f.change?.value]);

  test('a pipe table whose delimiter or a row has a cell more than its header is still a table: no cell lost (dev 424)', () => {
    const text = [
      '| 产品名称 | 1952年产量 | 1957年计划产量 | 1957年为1952年的百分比 |',
      '| --- | --- | --- | --- | --- |',
      '| 发电量 | 72.6亿度（千瓦小时） | 159亿度（千瓦小时） | 219 |',
      '| 内燃机 | 1,528台 | 10,630台 | 696 |',
      '|  | 2.76万马力 | 26.02万马力 | 942 |',
      '|  | 21,485排水量吨 | 179,111排 | 水量吨 | 834 |',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t?.table?.rows).toHaveLength(4);
    expect(t?.table?.rows[3]).toEqual(['', '21,485排水量吨', '179,111排', '水量吨', '834']);
  });

  test('a cell that carries its unit; year columns of a plan; a row without a name goes on with the row above in another unit (dev 424)', () => {
    const text = [
      '| 产品名称 | 1952年产量 | 1957年计划产量 |',
      '| --- | --- | --- |',
      '| 发电量 | 72.6亿度（千瓦小时） | 159亿度（千瓦小时） |',
      '| 内燃机 | 1,528台 | 10,630台 |',
      '|  | 2.76万马力 | 26.02万马力 |',
      '| 棉布[^12] | 11,163.4万匹 | -- |',
    ].join('\n');
    expect(figuresOf(text, { kind: 'plan', year: 1953 })).toEqual([
      ['发电量', 72.6, '亿度', 'actual', 1952, undefined],
      ['发电量', 159, '亿度', 'target', 1957, undefined],
      ['内燃机', 1528, '台', 'actual', 1952, undefined],
      ['内燃机', 10630, '台', 'target', 1957, undefined],
      ['内燃机', 2.76, '万马力', 'actual', 1952, undefined],
      ['内燃机', 26.02, '万马力', 'target', 1957, undefined],
      ['棉布', 11163.4, '万匹', 'actual', 1952, undefined],
    ]);
  });

  test("a bulletin's pipe table: the unit in a 单位： line under the caption or at its end, 绝对数 a value of the caption's year, letter-spaced names (dev 425)", () => {
    const text = [
      '**表2：2003年主要农产品产量单位：万吨**',
      '',
      '| 产品名称 | 绝对数   | | 比上年增长% | |',
      '| ---- | ----- | --- | ------ | --- |',
      '| 粮 食  | 43067 |  | -5.8   |  |',
      '',
      '**表3：2003年规模以上工业增加值主要分类情况**',
      '',
      '单位：亿元',
      '',
      '| 指 标          | 绝对数   | | 比上年增长% | |',
      '| ------------ | ----- | --- | ------ | --- |',
      '| 工业增加值        | 41045 |  | 17.0   |  |',
      '| 其中：国有及国有控股企业 | 19408 |  | 14.3   |  |',
    ].join('\n');
    expect(figuresOf(text, { kind: 'report', year: 2003 })).toEqual([
      ['粮食', 43067, '万吨', 'actual', 2003, -5.8],
      ['工业增加值', 41045, '亿元', 'actual', 2003, 17],
      ['国有及国有控股企业', 19408, '亿元', 'actual', 2003, 14.3],
    ]);
    // the unit line stays in the table's caption: nothing lost
    expect(tablesOf(text)[1]?.table?.caption).toContain('单位：亿元');
  });

  test('a first row of names and years over rows of figures is the header; numbered and # names; a unit in a value column’s bracket (dev 426)', () => {
    const text = [
      '| 指标名称 | 计量单位 | 2025年 | 比上年增长（%） |',
      '| 1.1.粮食播种面积 | 万亩 | 29.90 | -14.5 |',
      '| #甜瓜播种面积 | 万亩 | 7.95 | 7.6 |',
      '',
      '| 指标 | 利润总额（亿元） | 比上年增长（%） |',
      '| 规模以上工业 | 156.56 | -28.8 |',
    ].join('\n');
    expect(figuresOf(text, { kind: 'report', year: 2025, title: '哈密市2025年国民经济和社会发展统计公报' })).toEqual([
      ['粮食播种面积', 29.9, '万亩', 'actual', 2025, -14.5],
      ['甜瓜播种面积', 7.95, '万亩', 'actual', 2025, 7.6],
      ['规模以上工业', 156.56, '亿元', 'actual', 2025, -28.8],
    ]);
  });
});

describe('cells and columns of bulletins and old plans (dev 424, 425)', () => {
  const figuresOf = (text: string, meta: SourceMeta) => build(text, meta).record.indicators.map((f) => [f.label, f.value, f.unit, f.kind, f.period, f.change?.value]);

  test("the cell's unit before the name's bracket (a note of how it is counted); a comma before the last digit is a decimal point (dev 424)", () => {
    const text = [
      '| 产品名称 | 1952年产量 | 1957年计划产量 |',
      '| --- | --- | --- |',
      '| 烧碱（折合百分之百） | 7.9万吨 | 15.4万吨 |',
      '| 原煤 | 6,352,8万吨 | 11,298.5万吨 |',
    ].join('\n');
    expect(figuresOf(text, { kind: 'plan', year: 1953 })).toEqual([
      ['烧碱', 7.9, '万吨', 'actual', 1952, undefined],
      ['烧碱', 15.4, '万吨', 'target', 1957, undefined],
      ['原煤', 6352.8, '万吨', 'actual', 1952, undefined],
      ['原煤', 11298.5, '万吨', 'target', 1957, undefined],
    ]);
  });

  test('a column whose header says its cells are percentages (1957年为1952年的百分比) gives them the unit %, not a bracket of the row’s name (dev 424)', () => {
    const text = [
      '| 产品名称 | 1952年产量 | 1957年计划产量 | 1957年为1952年的百分比 |',
      '| --- | --- | --- | --- |',
      '| 发电量 | 72.6亿度（千瓦小时） | 159亿度（千瓦小时） | 219 |',
      '| 烧碱（折合百分之百） | 7.9万吨 | 15.4万吨 | 194 |',
      '| 蒸汽锅炉（蒸发量） | 1,222吨（每小时） | 2,734吨（每小时） | 224 |',
      '| 载重汽车 | -- | 4,000辆 | -- |',
    ].join('\n');
    expect(figuresOf(text, { kind: 'plan', year: 1953 }).filter(([, , , kind]) => kind === 'target')).toEqual([
      ['发电量', 159, '亿度', 'target', 1957, undefined],
      ['发电量', 219, '%', 'target', 1957, undefined],
      ['烧碱', 15.4, '万吨', 'target', 1957, undefined],
      ['烧碱', 194, '%', 'target', 1957, undefined],
      ['蒸汽锅炉', 2734, '吨', 'target', 1957, undefined],
      ['蒸汽锅炉', 224, '%', 'target', 1957, undefined],
      ['载重汽车', 4000, '辆', 'target', 1957, undefined],
    ]);
  });

  test("a table of countries: each measure column in the caption's unit, with the growth after it (dev 425)", () => {
    const text = [
      '**表8：2003年对主要国家和地区进出口情况**',
      '',
      '单位：亿美元',
      '',
      '| 国 家  | 出口额 | 比上年增长％ | 进口额 | 比上年增长％  | |',
      '| ---- | --- | ------ | --- | ------- | --- |',
      '| 美国   | 925 | 32.2   | 339 | 24.3    |  |',
    ].join('\n');
    expect(figuresOf(text, { kind: 'report', year: 2003, title: '中华人民共和国2003年国民经济和社会发展统计公报' })).toEqual([
      ['出口额', 925, '亿美元', 'actual', 2003, 32.2],
      ['进口额', 339, '亿美元', 'actual', 2003, 24.3],
    ]);
  });
});

describe('an HTML table whose header merges cells (rowspan, colspan; dev 426)', () => {
  test('laid out as a grid, its header of three rows names each column; each measure with the growth after it', () => {
    const text = [
      '<table>',
      '<tr><td rowspan="3">区 县</td><td colspan="4"> </td></tr>',
      '<tr><td rowspan="2">地区生产总值（亿元）</td><td></td><td rowspan="2">第一产业增加值（亿元）</td><td></td></tr>',
      '<tr><td>比上年增长（%）</td><td>比上年增长（%）</td></tr>',
      '<tr><td>伊州区</td><td>664.08</td><td>7.6</td><td>33.65</td><td>-0.7</td></tr>',
      '<tr><td>巴里坤县</td><td>211.11</td><td>14.6</td><td>12.61</td><td>4.1</td></tr>',
      '</table>',
      '<p>全年全市地区生产总值比上年增长9.1%。</p>',
      '<p>第一产业增加值增长1.3%。</p>',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t?.table?.head).toEqual([
      ['区 县', '', '', '', ''],
      ['', '地区生产总值（亿元）', '', '第一产业增加值（亿元）', ''],
      ['', '', '比上年增长（%）', '', '比上年增长（%）'],
    ]);
    expect(t?.table?.rows[0]).toEqual(['伊州区', '664.08', '7.6', '33.65', '-0.7']);
    const figures = build(text, { kind: 'report', year: 2025, title: '哈密市2025年国民经济和社会发展统计公报' }).record.indicators.filter((f) => f.text?.startsWith('|'));
    expect(figures.map((f) => [f.label, f.value, f.unit, f.kind, f.period, f.change?.value])).toEqual([
      ['地区生产总值', 664.08, '亿元', 'actual', 2025, 7.6],
      ['第一产业增加值', 33.65, '亿元', 'actual', 2025, -0.7],
      ['地区生产总值', 211.11, '亿元', 'actual', 2025, 14.6],
      ['第一产业增加值', 12.61, '亿元', 'actual', 2025, 4.1],
    ]);
  });
});

describe("a statistics bureau's monthly table: a month's and the months' to date columns over 绝对量 and 同比增长", () => {
  // rows of 国家统计局's 1—7月份国民经济 release (2026-08-17), its header as the page merges it: the month names a column as a year does
  const text = [
    '<p>（2026年8月17日）</p>',
    '<table>',
    '<tr><td rowspan="2">指标</td><td colspan="2">7月</td><td colspan="2">1—7月</td></tr>',
    '<tr><td>绝对量</td><td>同比增长（%）</td><td>绝对量</td><td>同比增长（%）</td></tr>',
    '<tr><td>一、规模以上工业增加值</td><td>…</td><td>4.5</td><td>…</td><td>5.3</td></tr>',
    '<tr><td>出口交货值（亿元）</td><td>14133</td><td>10.4</td><td>95766</td><td>9.8</td></tr>',
    '<tr><td>三、固定资产投资（不含农户）（亿元）</td><td>…</td><td>…</td><td>260328</td><td>-6.7</td></tr>',
    '</table>',
  ].join('\n');
  test('the header of months is the header; an amount takes the growth after it as its change, a growth under an empty amount is the figure', () => {
    const [t] = tablesOf(text);
    expect(t?.table?.head).toEqual([
      ['指标', '7月', '', '1—7月', ''],
      ['', '绝对量', '同比增长（%）', '绝对量', '同比增长（%）'],
    ]);
    const figures = build(text, { kind: 'report', year: 2026 }).record.indicators.filter((f) => f.text?.startsWith('|'));
    expect(figures.map((f) => [f.label, f.value, f.unit, f.kind, f.period, f.change?.value])).toEqual([
      ['规模以上工业增加值', 4.5, '%', 'actual', 2026, 4.5],
      ['规模以上工业增加值', 5.3, '%', 'actual', 2026, 5.3],
      ['出口交货值', 14133, '亿元', 'actual', 2026, 10.4],
      ['出口交货值', 95766, '亿元', 'actual', 2026, 9.8],
      ['固定资产投资', 260328, '亿元', 'actual', 2026, -6.7],
    ]);
  });
});

describe('tables of growths and of counts side by side (dev 425, 426)', () => {
  const figuresOf = (text: string, meta: SourceMeta) => build(text, meta).record.indicators.map((f) => [f.label, f.value, f.unit, f.kind, f.period, f.change?.value]);
  const bulletin = (year: number) => ({ kind: 'report' as const, year, title: `某市${year}年国民经济和社会发展统计公报` });

  test('a table printed in two halves side by side (行业 | 比上年增长 | 行业 | 比上年增长): a growth alone is the figure (dev 426)', () => {
    const text = ['| 行业 | 比上年增长（%） | 行业 | 比上年增长（%） |', '| 总计 | 35.9 | 金融业 | — |', '| 农林牧渔业 | 51.1 | 房地产业 | 51.5 |'].join('\n');
    expect(figuresOf(text, bulletin(2025))).toEqual([
      ['总计', 35.9, '%', 'actual', 2025, 35.9],
      ['农林牧渔业', 51.1, '%', 'actual', 2025, 51.1],
      ['房地产业', 51.5, '%', 'actual', 2025, 51.5],
    ]);
    // each figure keeps its anchor: marked in its own cell of the whole row the page shows (the corpus emit test found 426's unmarked)
    const { record, mdx } = build(text, bulletin(2025));
    for (const f of record.indicators) expect(mdx['zh-Hans'], f.id).toContain(`<Mark id="${f.id}">${f.match}</Mark>`);
    expect(mdx['zh-Hans']).toMatch(/<Td>\s*房地产业\s*<\/Td>\s*<Td>\s*<Mark id="[^"]+">51\.5<\/Mark>/);
  });

  test('a price table’s change column said as 涨跌幅度 (比上年涨跌幅度（%）) is a growth column as 比上年增长（%） is (dev 292)', () => {
    const text = [
      '| 2025年居民消费价格比上年涨跌幅度 |  |  |',
      '| 指 标 | 价格指数（1—12月） | 比上年涨跌幅度（%） |',
      '| 居民消费价格 | 100.6 | 0.6 |',
      '| 其中：食品烟酒 | 101.6 | 1.6 |',
      '| 居 住 | 99.6 | -0.4 |',
    ].join('\n');
    expect(figuresOf(text, bulletin(2025)).map((f) => [f[0], f[1], f[2], f[5]])).toEqual([
      ['居民消费价格', 0.6, '%', 0.6],
      ['食品烟酒', 1.6, '%', 1.6],
      ['居住', -0.4, '%', -0.4],
    ]);
  });

  test('two columns of counts named by what they count (招生数, 毕业生数): each figure named by its row and its column (dev 425)', () => {
    const text = [
      '**表12：2003年各类教育招生和毕业生情况**',
      '',
      '单位：万人',
      '',
      '| 指 标 | 招生数 | | 毕业生数 | |',
      '| --- | --- | --- | --- | --- |',
      '| 研究生 | 26.9 |  | 11.1 |  |',
    ].join('\n');
    expect(figuresOf(text, bulletin(2003))).toEqual([
      ['研究生招生数', 26.9, '万人', 'actual', 2003, undefined],
      ['研究生毕业生数', 11.1, '万人', 'actual', 2003, undefined],
    ]);
  });
});

describe('a caption a page broke into runs of its own (dev 426)', () => {
  test('表 / 2 / the caption’s words above a table make its caption; 表1 202 / 5 / 年… too', () => {
    const rows = ['| 指标名称 | 计量单位 | 2025年 | 比上年增长（%） |', '| 农作物播种面积 | 万亩 | 91.76 | -15.4 |'];
    expect(tablesOf(['表', '2', '主要农作物播种面积、总产量及其增长速度', ...rows].join('\n'))[0]?.table?.caption).toBe('表2主要农作物播种面积、总产量及其增长速度');
    expect(tablesOf(['表1  202', '5', '年分区县地区生产总值及其增长速度', ...rows].join('\n'))[0]?.table?.caption).toBe('表1  2025年分区县地区生产总值及其增长速度');
    // a line of words alone above a table is no caption
    expect(tablesOf(['全年粮食产量13.61万吨', ...rows].join('\n'))[0]?.table?.caption).toBeUndefined();
  });
});

describe("a table's unit, said by its caption or a line under it: one source of units (indicators/units.ts)", () => {
  // dev 425: **表2：2003年主要农产品产量单位：万吨**, 金额单位：亿美元, 单位：万人
  // the currency said before the amount (人民币亿元) and a bulletin's area in thousands of hectares (千公顷) are units too
  test.each(['单位：亿元', '金额单位：亿美元', '单位：万人', '单位：万人、%', '单位：元/吨', '单位：万', '单位：人民币亿元', '单位：千公顷'])('%s is a unit line', (line) => {
    expect(UNIT_LINE.test(line)).toBe(true);
  });
  test.each(['主办单位：国家能源局山东监管办公室', '发文单位：保定市人民政府', '牵头考核单位：市工信局', '单位：见附表'])(
    '%s names a body or says something else: no unit line',
    (line) => {
      expect(UNIT_LINE.test(line)).toBe(false);
    },
  );
  test.each([
    ['表2：2003年主要农产品产量单位：万吨**', '万吨'],
    ['表3 规模以上工业增加值 金额单位：亿美元', '亿美元'],
    ['表1 主要指标 单位：万人、%', undefined],
    ['表4 财政收支 单位：人民币亿元', '亿元'],
    ['表5 主要农作物播种面积 单位：千公顷', '千公顷'],
    ['（6月底完成，牵头考核单位：市工信局）', undefined],
  ])('the caption %s gives its figures the unit %s', (caption, unit) => {
    expect(CAPTION_UNIT.exec(caption)?.[1]).toBe(unit);
  });
});

describe('a unit line above a table with no caption over it (a bulletin exported from Word)', () => {
  test('the unit line is the caption, kept whole (it was blanked before it was read: nothing-lost, a test text showed it)', () => {
    const rows = ['| 指标 | 绝对数 | 比上年增长% |', '| 地区生产总值 | 100 | 5 |', '| 工业 | 50 | 6 |'];
    expect(tablesOf(['全市生产总值达到100亿元。', '', '2012年地区生产总值', '', '单位：亿元', ...rows].join('\n'))[0]?.table?.caption).toBe('单位：亿元');
  });
});

describe('a header the layout broke over lines (a PDF’s text layer, dev 427)', () => {
  // 济南's 表1 as its PDF's text layer has it: the group 2025年执行数 on top, 项目 and 2024年 (as tall as the header) between,
  // the group's columns 金额 所占比重% 增长% at the bottom, then rows of a name and four figures
  const caption = ['表  1', '2025年  济  南  市  地  域  财  政  总  收  入  构  成  表', '单位：万元'];
  const header = ['2025年执行数', '项  目  2024年', '金额  所占比重%  增长%'];
  const rows = ['地域财政总收入  35744603  35590998  100.00  -0.43', '其中：中央级收入  7760917  8075330  22.69  4.05', '省级收入  6497796  6034662  16.96  -7.13'];
  const after = ['说明：财政专户收入主要是行政事业单位缴入专户的教育类收费等。'];
  const meta: SourceMeta = { kind: 'report', year: 2026, title: '关于济南市2025年预算执行情况与2026年预算草案的报告' };

  test('the header’s cells are read to their columns: the group over its columns, the tall cells over both rows', () => {
    const [t, ...more] = tablesOf([...caption, ...header, ...rows, ...after].join('\n'));
    expect(more).toEqual([]);
    expect(t?.table?.head).toEqual([
      ['项目', '2024年', '2025年执行数', '', ''],
      ['', '', '金额', '所占比重%', '增长%'],
    ]);
    expect(t?.table?.merged).toEqual([
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 0, col: 1, rows: 2, cols: 1 },
      { row: 0, col: 2, rows: 1, cols: 3 },
    ]);
    expect(t?.table?.rows[1]).toEqual(['其中：中央级收入', '7760917', '8075330', '22.69', '4.05']);
    // the caption letter-spaced by the layout is the caption still, its number above it
    expect(t?.table?.caption).toMatch(/^表\s+1 2025年\s+济\s+南.*构\s+成\s+表 单位：万元$/);
  });

  test('its figures: the 2024 column achieved, the group’s amount of 2025 with the growth after it its change', () => {
    const figures = build([...caption, ...header, ...rows, ...after].join('\n'), meta).record.indicators.filter((f) => f.text?.startsWith('|'));
    expect(figures.map((f) => [f.label, f.value, f.unit, f.kind, f.period, f.change?.value])).toEqual([
      ['地域财政总收入', 35744603, '万元', 'actual', 2024, undefined],
      ['地域财政总收入', 35590998, '万元', 'actual', 2025, -0.43],
      ['中央级收入', 7760917, '万元', 'actual', 2024, undefined],
      ['中央级收入', 8075330, '万元', 'actual', 2025, 4.05],
      ['省级收入', 6497796, '万元', 'actual', 2024, undefined],
      ['省级收入', 6034662, '万元', 'actual', 2025, -7.13],
    ]);
  });

  test('the same table on a page that sets each printed line in a <p> of its own: the paragraph breaks end no line of it', () => {
    const page = [...caption, ...header, ...rows, ...after].map((l) => `<p>${l}</p>`);
    const text = ['<!DOCTYPE html>', '<html>', '<body>', ...page, '</body>', '</html>'].join('\n');
    const [t, ...more] = tablesOf(text);
    expect(more).toEqual([]);
    expect(t?.table?.head).toEqual([
      ['项目', '2024年', '2025年执行数', '', ''],
      ['', '', '金额', '所占比重%', '增长%'],
    ]);
    expect(t?.table?.rows.map((r) => r[0])).toEqual(['地域财政总收入', '其中：中央级收入', '省级收入']);
    expect(t?.table?.caption).toMatch(/^表\s+1 2025年\s+济\s+南.*构\s+成\s+表 单位：万元$/);
  });

  test('a header of three levels wrapped around its name cell (2024年 / 项目 / 决算数): the tall names joined', () => {
    const three = ['2025年执行数', '2024年  2025年', '项  目', '决算数  预算数', '金额  占预算%  增长%'];
    const body = [
      '一、一般公共服务支出  1250090  1410093  1393161  98.80  11.44',
      '二、国防支出  24952  17417  21223  121.85  -14.94',
      '三、公共安全支出  732141  655648  732832  111.77  0.09',
    ];
    const [t] = tablesOf([...three, ...body].join('\n'));
    expect(t?.table?.head).toEqual([
      ['项目', '2024年决算数', '2025年预算数', '2025年执行数', '', ''],
      ['', '', '', '金额', '占预算%', '增长%'],
    ]);
  });

  test('a budget’s columns: 决算数 achieved, 预算数 planned, the 执行数 amount achieved; a row’s item number and its 等 are no part of its name', () => {
    const three = ['2025年执行数', '2024年  2025年', '项  目', '决算数  预算数', '金额  占预算%  增长%'];
    const body = [
      '社会保险基金收入合计  4464873  4623738  4625097  100.03  3.59',
      '其他收入等  306401  114438  115797  101.19  -62.21',
      '一、机关事业单位基本养老保险基金收入  1071388  1102463  1103671  100.11  3.01',
    ];
    const figures = build([...caption, ...three, ...body].join('\n'), meta).record.indicators.filter((f) => f.text?.startsWith('|'));
    expect(figures.map((f) => [f.label, f.value, f.kind, f.period, f.change?.value])).toEqual([
      ['社会保险基金收入合计', 4464873, 'actual', 2024, undefined],
      ['社会保险基金收入合计', 4623738, 'target', 2025, undefined],
      ['社会保险基金收入合计', 4625097, 'actual', 2025, 3.59],
      ['其他收入', 306401, 'actual', 2024, undefined],
      ['其他收入', 114438, 'target', 2025, undefined],
      ['其他收入', 115797, 'actual', 2025, -62.21],
      ['机关事业单位基本养老保险基金收入', 1071388, 'actual', 2024, undefined],
      ['机关事业单位基本养老保险基金收入', 1102463, 'target', 2025, undefined],
      ['机关事业单位基本养老保险基金收入', 1103671, 'actual', 2025, 3.01],
    ]);
  });

  test('two figures of one text in a row (预算数 and 执行数 alike), and a row printed twice: each figure marked in a cell of its own', () => {
    const three = ['2025年执行数', '2024年  2025年', '项  目', '决算数  预算数', '金额  占预算%  增长%'];
    const body = [
      '其中：社会保险费收入  3014160  3202589  3202589  100.00  6.25',
      '其他支出等  2  22  22  100.00  1000.00',
      '利息收入  95979  113218  113218  100.00  17.96',
      '其他支出等  2  22  22  100.00  1000.00',
    ];
    const { record, mdx } = build([...caption, ...three, ...body].join('\n'), meta);
    const figures = record.indicators.filter((f) => f.text?.startsWith('|'));
    expect(figures).toHaveLength(12);
    for (const f of figures) expect(mdx['zh-Hans'], f.id).toContain(`<Mark id="${f.id}">${f.match}</Mark>`);
  });

  test.each([
    ['rows of different widths', [...header, rows[0]!, '其中：中央级收入  7760917  8075330  22.69', rows[2]!]],
    ['two rows only', [...header, rows[0]!, rows[1]!]],
    ['no name column in the header', ['2025年执行数', '2024年', '金额  所占比重%  增长%', ...rows]],
    ['cells the columns do not account for', ['2025年执行数  2026年', '项  目  2024年', '金额  所占比重%  增长%', ...rows]],
  ])('%s: the lines stay text, nothing lost', (_, lines) => {
    const text = lines.join('\n');
    const n = normalizeText(text);
    expect(n.paragraphs.filter((p) => p.role === 'table')).toEqual([]);
    expect(lostFromRecord(text, { body: n.paragraphs.map((p) => p.text).join('\n'), cleaning: n.cleaning })).toBe('');
  });
});

describe('merged header cells render spanning their columns and rows (dev 426, 427)', () => {
  test('an HTML header’s rowspan and colspan are the table’s; the page’s header cells span as the source’s did', () => {
    const text = [
      '<table>',
      '<tr><td rowspan="2">区 县</td><td colspan="2">地区生产总值</td></tr>',
      '<tr><td>总量（亿元）</td><td>比上年增长（%）</td></tr>',
      '<tr><td>伊州区</td><td>664.08</td><td>7.6</td></tr>',
      '<tr><td>巴里坤县</td><td>211.11</td><td>14.6</td></tr>',
      '</table>',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t?.table?.head).toEqual([
      ['区 县', '地区生产总值', ''],
      ['', '总量（亿元）', '比上年增长（%）'],
    ]);
    expect(t?.table?.merged).toEqual([
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 0, col: 1, rows: 1, cols: 2 },
    ]);
    const mdx = build(text, { kind: 'report', year: 2025 }).mdx['zh-Hans'];
    expect(mdx).toMatch(/<Th rowspan="2">\s*区 县\s*<\/Th>\s*<Th colspan="2">\s*地区生产总值\s*<\/Th>\s*<\/Tr>\s*<Tr>\s*<Th>\s*总量（亿元）/);
    // no header cell stands in a place a merged one covers
    expect(mdx.match(/<Th/g)).toHaveLength(4);
  });

  test('a Word table’s title row over its width, then its header: the header names the columns, its halves read apart (dev 292)', () => {
    const text = [
      '| 2025年分行业固定资产投资（不含农户）增速 |  |  |  |',
      '| 行 业 | 比上年增长（%） | 行 业 | 比上年增长（%） |',
      '| 总 计 | 9.9 | 信息传输、软件和信息技术服务业 | 100.7 |',
      '| 采矿业 | 83.7 | 房地产业 | -22.3 |',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t?.table?.merged).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
    const figures = build(text, { kind: 'report', year: 2025, title: '和田地区2025年国民经济和社会发展统计公报' }).record.indicators;
    expect(figures.map((f) => [f.label, f.value])).toEqual([
      ['总计', 9.9],
      ['信息传输、软件和信息技术服务业', 100.7],
      ['采矿业', 83.7],
      ['房地产业', -22.3],
    ]);
  });

  test('a Markdown table’s second header row (no spans in Markdown): a name over empty places below it spans them, a group over named ones spans those', () => {
    const text = ['| 项目 | 2025年执行数 | |', '| --- | --- | --- |', '| | 金额 | 增长% |', '| 地域财政总收入 | 35590998 | -0.43 |', '| 省级收入 | 6034662 | -7.13 |'].join('\n');
    const [t] = tablesOf(text);
    expect(t?.table?.head).toEqual([
      ['项目', '2025年执行数', ''],
      ['', '金额', '增长%'],
    ]);
    expect(t?.table?.merged).toEqual([
      { row: 0, col: 0, rows: 2, cols: 1 },
      { row: 0, col: 1, rows: 1, cols: 2 },
    ]);
  });
});

describe("a plan's indicator table flattened one cell a line, its header cells broken over lines (dev 495)", () => {
  // 杭州 十五五 outline, lines 194-425: caption, header 类别 / 序号 / 指标名称 / 2025年 / 预计 / 2030年 / 目标 / 年均/ / 累计 / 属性,
  // a category with its count of rows (经济发展 / （7项）), a figure's year in brackets on a line of its own (21.5 / （2024年）),
  // a name with two sub-rows (每千人口拥有医护人员数: 执业医师数（人）, then 注册护士数（人）), words and a comparator broken (稳步 / 提高, 1.58 / 左右).
  const text = read('test/fixtures/corpus/495_hangzhou-15th-five-year-plan-outline-2026-cover-notice-txt.txt').split('\n').slice(193, 425).join('\n') + '\n';

  test('the table is rebuilt: header joined, every numbered row read, the sub-rows under their group', () => {
    const [t, ...more] = tablesOf(text);
    expect(more).toHaveLength(0);
    expect(t!.table!.caption).toBe('“十五五”时期经济社会发展主要指标');
    expect(t!.table!.head).toEqual([['类别', '序号', '指标名称', '2025年预计', '2030年目标', '年均/累计', '属性']]);
    const rows = t!.table!.rows;
    expect(rows.filter((r) => r[1] !== '').map((r) => r[1])).toEqual(Array.from({ length: 29 }, (_, i) => String(i + 1)));
    expect(rows[0]).toEqual(['经济发展（7项）', '1', '地区生产总值（GDP）增长（%）', '5.2左右', '—', '5以上', '预期性']);
    expect(rows[3]).toEqual(['经济发展（7项）', '4', '货物和服务贸易进出口总额占全省份额（%）', '21.5（2024年）', '22', '—', '预期性']);
    expect(rows.filter((r) => r[0] === '民生福祉（10项）').map((r) => r[2])).toContain('每千人口拥有医护人员数');
    expect(rows.find((r) => r[2] === '注册护士数（人）')).toEqual(['民生福祉（10项）', '', '注册护士数（人）', '5.92', '6.02', '—', '预期性']);
    expect(rows.find((r) => r[1] === '20')![4]).toBe('稳步提高');
    expect(rows.find((r) => r[1] === '21')![4]).toBe('1.58左右');
    expect(rows.find((r) => r[1] === '22')![0]).toBe('绿色低碳（6项）');
    const { record } = build(text);
    expect(lostFromRecord(text, record)).toBe('');
  });

  test("its figures: the row's name and unit, 2025年预计 an estimate, 2030年目标 a target, a bracketed year dates its cell", () => {
    const figures = build(text, { kind: 'plan', year: 2026 }).record.indicators.map((f) => [f.label, f.value, f.unit, f.kind, f.period]);
    expect(figures).toContainEqual(['全员劳动生产率', 29.6, '万元/人', 'estimate', 2025]);
    expect(figures).toContainEqual(['全员劳动生产率', 35, '万元/人', 'target', 2030]);
    expect(figures).toContainEqual(['城镇新增就业人数', 125, '万人', 'target', '2026-2030']);
    expect(figures).toContainEqual(['货物和服务贸易进出口总额占全省份额', 21.5, '%', 'actual', 2024]);
    expect(figures).toContainEqual(['注册护士数', 6.02, '人', 'target', 2030]);
  });
});

describe('a flattened table across page breaks: the page number and the running header between its cells are no cells (dev 495 as a PDF prints it)', () => {
  // the same table of 杭州's 十五五 outline, a page break every 40 lines as a PDF's text layer gives it: a blank line, `- 9 -`, the
  // form feed, the running header (the document's title on top of each page), a blank line; one break falls inside the header
  // (2030年 / 目标), others inside rows
  const lines = read('test/fixtures/corpus/495_hangzhou-15th-five-year-plan-outline-2026-cover-notice-txt.txt').split('\n').slice(193, 425);
  const paged: string[] = [];
  let page = 8;
  lines.forEach((line, i) => {
    if (i % 40 === 7) paged.push('', `- ${page++} -`, '\f', '杭州市国民经济和社会发展第十五个五年规划纲要', '');
    paged.push(line);
  });
  const text = paged.join('\n') + '\n';

  test('the table is rebuilt as without the breaks, and the page furniture is left to the page-header rule', () => {
    expect(text.split('\n').filter((l) => /^- \d+ -$/.test(l)).length).toBeGreaterThanOrEqual(5);
    const [t, ...more] = tablesOf(text);
    expect(more).toHaveLength(0);
    expect(t!.table!.head).toEqual([['类别', '序号', '指标名称', '2025年预计', '2030年目标', '年均/累计', '属性']]);
    const rows = t!.table!.rows;
    expect(rows.filter((r) => r[1] !== '').map((r) => r[1])).toEqual(Array.from({ length: 29 }, (_, i) => String(i + 1)));
    expect(rows[0]).toEqual(['经济发展（7项）', '1', '地区生产总值（GDP）增长（%）', '5.2左右', '—', '5以上', '预期性']);
    expect(rows.flat().some((c) => /^- \d+ -$|规划纲要$/.test(c))).toBe(false);
  });
});
