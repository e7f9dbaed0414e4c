// The key figures at the top of a report page (src/components/KeyFigures.astro) show only rows that
// isConfident (src/lib/indicator-rows.ts) passes: a label that reads as the metric's noun phrase.
import { describe, expect, test } from 'vitest';
import { chartSeries, isConfident, type IndicatorRow } from '../src/lib/indicator-rows.ts';
import { valueText } from '../src/components/indicator-text.ts';
import { pickKeyFigures } from '../src/lib/key-figures.ts';

const row = (label: string, extra: Partial<IndicatorRow> = {}): IndicatorRow => ({
  slug: 'x',
  title: 'x',
  id: 'i1',
  label,
  value: 100,
  unit: '亿元',
  kind: 'target',
  metric: label,
  ...extra,
});

describe('key figures: a label that reads as the metric', () => {
  test.each(['教育經常開支', '地区生产总值', '长者住户', '全社会研发经费投入强度', '政府债务余额', '我国国内生产总值', '高于全国水平的地区'])('%s is shown', (label) => {
    expect(isConfident(row(label))).toBe(true);
  });

  test.each([
    ['我們為大學研究資金預留', 'a speaker (我們) says it: the clause, not the metric'],
    ['我建议预留资金', 'a speaker (我建议) opens it'],
    ['本人建議撥款', 'a speaker (本人) opens it'],
    ['該住戶的總工作時數金額', 'a demonstrative (該) opens it: it points back, it names nothing'],
    ['这些项目投资', 'a demonstrative (这些) opens it'],
    ['此项计划开支', 'a demonstrative (此项) opens it, as in a clause that gives its cost (demonstratives)'],
    ['到人均体育场地面积', 'a function word opens it'],
    ['企业', 'a bare noun'],
    ['人次', 'a bare noun: the unit word of a count, what was counted unsaid'],
    ['事项', 'a bare noun (80%以上 事项 of dev 301)'],
    ['投资', 'a bare measure: whose investment is unsaid'],
    ['總數', 'a bare measure, in the Traditional page: the total of what is unsaid (dev 122)'],
    ['价值', 'a bare measure (dev 387)'],
    ['总规模', 'a total of what is unsaid (total_nouns: one list with genericLabel and levelAfterGrowth)'],
    ['共计', 'a sum word alone (sum_words: 再融资债券56.63亿元，共计313.86亿元): the sum of a list the page does not show (dev 241)'],
    ['總計', 'a sum word alone, in the Traditional page (dev 813)'],
  ])('%s is not shown (%s)', (label) => {
    expect(isConfident(row(label))).toBe(false);
  });

  test.each([
    ['餘下如何有效運用', 'a question word (如何): a clause asking, no metric (question_words)'],
    ['是否达到标准', 'a question word (是否)'],
    ['引进', 'a bare verb of how a figure came about (action_verbs): what it counts is unsaid'],
    ['开展', 'a bare verb (leading_action_verbs)'],
    ['列入', 'a bare verb (selection_verbs)'],
    ['签约', 'a bare verb (counted_noun_verbs)'],
    // 制造业技改投资增长20.4%、高于全国12.4个百分点 (2025 provincial work reports): the gap to a larger place names no metric
    ['高于全国', 'a comparison with the country (comparison_verbs, benchmark_scopes)'],
    ['高于全省平均水平', 'a comparison with the province’s average'],
    ['快於全國', 'a comparison, in the Traditional page'],
  ])('%s is not shown (%s)', (label) => {
    expect(isConfident(row(label))).toBe(false);
  });

  test.each([
    ['工作', '年', 'a term of a measure (在区内工作满10年)'],
    ['直接申请在华永久居留资格', '个月', 'a term of a measure (每年居住超过6个月)'],
    ['居住', '天', 'a term in days'],
    ['自然年', '个', 'a count of spans of the calendar (过去3个自然年): a span too'],
    ['工作日', '個', 'a count of spans of the calendar, in the Traditional page'],
  ])('%s in %s is not shown (%s)', (label, unit) => {
    expect(isConfident(row(label, { unit, value: 10 }))).toBe(false);
  });

  test.each([
    ['企业开办时间', '天'],
    ['审批时限', '个工作日'],
    ['中小学每天综合体育活动时间', '小时'],
    ['风电利用', '小时'],
    ['重点项目', '个'],
    ['劳动年龄人口平均受教育年限', '年'],
    ['人均預期壽命', '年'],
  ])('%s in %s is shown: a label that names what the length of time measures, or hours (an amount)', (label, unit) => {
    expect(isConfident(row(label, { unit, value: 2 }))).toBe(true);
  });

  test.each([
    ['收入增长', 'rise_verbs'],
    ['支出下降', 'fall_verbs'],
  ])('%s with its change is not shown: it ends in a verb of change (%s), the page would say the change twice', (label) => {
    expect(isConfident(row(label, { unit: '%', change: { value: 100, unit: '%' } }))).toBe(false);
  });

  test("a table row's metric that names a growth (地区生产总值年均增长 6%, no change of its own) is shown", () => {
    expect(isConfident(row('地区生产总值年均增长', { unit: '%' }))).toBe(true);
  });

  test.each(['资助', '补贴', '拨款'])('%s is shown: a grant noun or money given, not a bare verb of how a figure came about', (label) => {
    expect(isConfident(row(label))).toBe(true);
  });

  test('a canonical metric is shown whatever its label; a provision never', () => {
    expect(isConfident(row('政府预计地区生产总值', { canonical: true }))).toBe(true);
    expect(isConfident(row('地区生产总值', { kind: 'provision' }))).toBe(false);
  });
});

describe('which key figures a page shows (pickKeyFigures)', () => {
  test('a canonical metric before a figure of its own label, in reading order', () => {
    const rows = [row('新建基站', { id: 'a', unit: '个' }), row('科技型中小企业', { id: 'b', unit: '家' }), row('地区生产总值', { id: 'c', unit: '家', canonical: true })];
    expect(pickKeyFigures(rows, 2).map((r) => r.id)).toEqual(['a', 'c']);
  });
  test('each figure once, the weightiest (a growth, money, a rate) first', () => {
    const rows = [
      row('科技型中小企业', { id: 'a', unit: '家' }),
      row('研发投入', { id: 'b', change: { value: 10, unit: '%' } }),
      row('研发投入', { id: 'c', change: { value: 10, unit: '%' } }),
      row('企业', { id: 'd', unit: '%' }),
    ];
    expect(pickKeyFigures(rows, 2).map((r) => r.id)).toEqual(['a', 'b']);
  });
  test('a change said as an amount of its own (比上年减少2.04万人) is shown with its level, not again; it weighs less than a growth in percent', () => {
    const fall = { value: -2.04, unit: '万人' };
    const rows = [
      row('常住人口', { id: 'a', value: 455.74, unit: '万人', change: fall }),
      row('常住人口', { id: 'b', value: -2.04, unit: '万人', change: fall }),
      row('城镇化率', { id: 'c', value: 62.28, unit: '万人', change: { value: 0.98, unit: '个百分点' } }),
      row('新建基站', { id: 'd', unit: '个' }),
    ];
    expect(pickKeyFigures(rows, 3).map((r) => r.id)).toEqual(['a', 'c', 'd']);
    expect(pickKeyFigures(rows, 1).map((r) => r.id)).toEqual(['c']);
  });
});

describe('charts of the explorer: figures of two reports side by side only when they measure one thing', () => {
  const of = (label: string, slug: string, extra: Partial<IndicatorRow> = {}): IndicatorRow => row(label, { slug, id: `${slug}-1`, region: slug, kind: 'actual', ...extra });
  test('a canonical metric of two regions is a chart', () => {
    expect(chartSeries([of('生产总值', 'a', { metric: 'gdp', canonical: true }), of('地区生产总值', 'b', { metric: 'gdp', canonical: true })])).toHaveLength(1);
  });
  test('a label of its own that names a metric is a chart', () => {
    expect(chartSeries([of('科技型中小企业', 'a'), of('科技型中小企业', 'b')])).toHaveLength(1);
  });
  test.each([
    ['投资', 'one word shared by unrelated figures (项目投资, 计划投资 of 保定 2021 and 2022)'],
    ['企业', 'a bare noun'],
    ['我们为大学研究资金预留', 'a label no key figure would show'],
  ])('%s of two reports is no chart (%s)', (label) => {
    expect(chartSeries([of(label, 'a'), of(label, 'b')])).toEqual([]);
  });
  test('a term (居住满5年) of two reports is no chart; a length its label names (企业开办时间) is', () => {
    expect(chartSeries([of('每年在区内居住', 'a', { unit: '年' }), of('每年在区内居住', 'b', { unit: '年' })])).toEqual([]);
    expect(chartSeries([of('企业开办时间', 'a', { unit: '天' }), of('企业开办时间', 'b', { unit: '天' })])).toHaveLength(1);
  });
});

describe('a range reads as a range wherever a value is shown (callout, key figure, table, chart)', () => {
  test.each([
    [100, 2000, '100–2000'],
    [3.5, undefined, '3.5'],
    [-3, undefined, '-3'],
  ] as const)('%s to %s → %s', (value, max, text) => expect(valueText(value, max)).toBe(text));
});
