// Tables read across (src/pipeline/indicators/table.ts): a header row of places over a metric per row, and a column of years
// down the rows under a metric per column (dev 717, a Taiwan city's plan; README: Figures of a table).
import { describe, expect, test } from 'vitest';
import { buildReport } from '../src/pipeline/index.ts';

const figures = (text: string) =>
  buildReport({ file: 'x.md', name: 'x', bytes: new TextEncoder().encode(text), meta: {}, sha256: '0'.repeat(64) }).record.indicators.map((f) => [
    f.match,
    f.label,
    f.value,
    f.unit.normalize('NFKC'),
    f.kind,
    f.period,
  ]);

const cell = (c: string) => `\t\t<td>${c}</td>`;
const html = (rows: string[][]) => ['<table align="center">', ...rows.flatMap((r) => ['\t<tr align="center">', ...r.map(cell), '\t</tr>']), '</table>'].join('\n');

describe('a column of years of the Republic down the rows (年度 | 85 | 95): each cell its column’s metric in its row’s year (dev 717 table 3-4)', () => {
  const text = [
    '### 產業發展分析',
    '',
    '- 表 3-4  內湖區歷年二級及三級產業人口數表',
    '',
    html([
      ['年度', '二級產業人數', '百分比', '三級產業人數', '百分比'],
      ['85', '18,031', '37.73％', '29.764', '62.27％'],
      ['95', '45,473', '27.92％', '117.390', '72.08％'],
    ]),
    '',
    '根據民國 100 年 11 月臺北市商業登記家數統計結果，登記於內湖區之商業登記家數有 3,557 家。',
  ].join('\n');
  test('the shares, 民國85 = 1996 and 95 = 2006; a cell that prints no unit under a column that names none is no figure', () =>
    expect(figures(text).filter(([m]) => String(m).endsWith('％'))).toEqual([
      ['37.73％', '百分比', 37.73, '%', 'actual', 1996],
      ['62.27％', '百分比', 62.27, '%', 'actual', 1996],
      ['27.92％', '百分比', 27.92, '%', 'actual', 2006],
      ['72.08％', '百分比', 72.08, '%', 'actual', 2006],
    ]));
  // the emit stage marks a figure's cell in the row its text names: the row as the page prints it (85), not as the years were read (1996)
  test('a figure’s text is its row as printed, with the year of the Republic the page shows', () => {
    const texts = buildReport({ file: 'x.md', name: 'x', bytes: new TextEncoder().encode(text), meta: {}, sha256: '0'.repeat(64) })
      .record.indicators.filter((f) => f.match.endsWith('％'))
      .map((f) => f.text);
    expect(texts).toEqual([...Array(2).fill('| 85 | 18,031 | 37.73％ | 29.764 | 62.27％ |'), ...Array(2).fill('| 95 | 45,473 | 27.92％ | 117.390 | 72.08％ |')]);
  });
});

describe('a header row of places (臺北市 | 內湖區) over a metric per row: each cell its row’s metric, the unit of the total row’s note (dev 717 table 3-5)', () => {
  const text = [
    '### 產業發展分析',
    '',
    '- 表 3-5 臺北市及內湖區產業結構及商業登記家數統計表',
    '',
    html([
      ['產業(級)', '行業別', '臺北市', '內湖區'],
      ['二級產業', '礦業及土石採取業', '6', '0'],
      ['', '製造業', '357', '54'],
      ['三級產業', '批發及零售業', '29,277', '1,632'],
      ['總計（單位：家）', '', '53,832', '3,557'],
    ]),
  ].join('\n');
  test('labelled by the row (the total by its own cell, over two columns), in 家', () =>
    expect(figures(text).map(([m, l, v, u]) => [m, l, v, u])).toEqual([
      ['6', '礦業及土石採取業', 6, '家'],
      ['0', '礦業及土石採取業', 0, '家'],
      ['357', '製造業', 357, '家'],
      ['54', '製造業', 54, '家'],
      ['29,277', '批發及零售業', 29277, '家'],
      ['1,632', '批發及零售業', 1632, '家'],
      ['53,832', '總計', 53832, '家'],
      ['3,557', '總計', 3557, '家'],
    ]));
});

describe('a place’s header has a name of its own before its 市, 区, 镇 or 村; a row’s unit is its 單位 cell or its name’s bracket (review33b)', () => {
  const table = (rows: string[][]) =>
    ['### 產業發展分析', '', '- 表 3-5 臺北市及內湖區產業結構及商業登記家數統計表', '', html(rows), '', '根據民國 100 年 11 月臺北市商業登記家數統計結果。'].join('\n');
  // dev 425 table 14 (2003年人口主要构成情况, 单位：万人) across: 城镇 and 乡村 are no places but two measures, each its own label
  test('城镇 | 乡村 are read as columns of their own, not as places (dev 425 table 14 across)', () => {
    const found = figures(
      [
        '**表14：2003年人口主要构成情况**',
        '',
        '单位：万人',
        '',
        html([
          ['指标', '城镇', '乡村'],
          ['年末人口', '52376', '76851'],
        ]),
      ].join('\n'),
    );
    expect(found.map(([m]) => m)).toEqual(['52376', '76851']);
    expect(found[0]![1]).not.toBe(found[1]![1]);
  });
  // dev 717 table 3-5's rows, the unit in a 單位 column or in the name's bracket instead of the total's note
  test('a 單位 column gives the row’s unit and is not its name', () =>
    expect(
      figures(
        table([
          ['行業別', '單位', '臺北市', '內湖區'],
          ['製造業', '家', '357', '54'],
        ]),
      ).map(([m, l, v, u]) => [m, l, v, u]),
    ).toEqual([
      ['357', '製造業', 357, '家'],
      ['54', '製造業', 54, '家'],
    ]));
  test('the name’s bracket gives the row’s unit and is no part of its label', () =>
    expect(
      figures(
        table([
          ['行業別', '臺北市', '內湖區'],
          ['製造業（家）', '357', '54'],
        ]),
      ).map(([m, l, v, u]) => [m, l, v, u]),
    ).toEqual([
      ['357', '製造業', 357, '家'],
      ['54', '製造業', 54, '家'],
    ]));
});

describe('a header’s compatibility ideographs are read as the characters they stand for, and nothing else of it changes (review33b)', () => {
  // dev 717 table 3-4's column of years (年度 printed as U+F98E U+FA01: unified before tables are read, by compat-ideograph alone), a
  // column in ㎡ beside it: NFKC made the bracket (m2), which no unit reads
  test.each([
    ['年度', '面積（㎡）', '面積', '㎡'],
    ['\uF98E\uFA01', '二級產業人數（人）', '二級產業人數', '人'],
  ])('%s | %s', (years, header, label, unit) => {
    const text = [
      '- 表 3-4  內湖區歷年二級及三級產業人口數表',
      '',
      html([
        [years, header],
        ['85', '18,031'],
        ['95', '45,473'],
      ]),
      '',
      '根據民國 100 年 11 月臺北市商業登記家數統計結果。',
    ].join('\n');
    const raw = buildReport({ file: 'x.md', name: 'x', bytes: new TextEncoder().encode(text), meta: {}, sha256: '0'.repeat(64) }).record.indicators;
    expect(raw.map((f) => [f.match, f.label, f.unit, f.period])).toEqual([
      ['18,031', label, unit, 1996],
      ['45,473', label, unit, 2006],
    ]);
  });
});
