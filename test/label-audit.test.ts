import { describe, expect, it } from 'vitest';
import { LabelledText } from '../scripts/lib/eval.ts';
import { compareSheet, dealSheets, formatSheet, parseSheet, type SheetRow } from '../scripts/lib/label-audit.ts';
import { seeded } from '../scripts/lib/random.ts';

const text = (file: string, figures: object[], labels?: string[]): LabelledText =>
  LabelledText.parse({ file, genre: 'work-report', ...(labels ? { labels } : {}), indicators: figures });

const gdp = { line: 14, match: '287.9亿元', label: '地区生产总值|GDP', value: 287.9, unit: '亿元', kind: 'actual', period: 2020 };
const firms = { line: 20, match: '12家', label: '高新技术企业', value: 12, unit: '家', kind: 'target', period: '2021-2025' };
const fine = { line: 52, match: '200元', label: '罚款', value: 200, unit: '元', kind: 'provision' };
const maybe = { line: 60, match: '3个', label: '重点项目', value: 3, unit: '个', kind: 'target', optional: true };

const texts = {
  dev: [text('1_a.txt', [gdp, maybe, firms]), text('2_b.txt', [fine]), text('3_meta.txt', [], ['meta'])],
  test: [text('7_c.txt', [gdp, fine]), text('8_d.txt', [firms, gdp, fine])],
};
const byKey = new Map([
  ['dev/1', texts.dev[0]!],
  ['dev/2', texts.dev[1]!],
  ['test/7', texts.test[0]!],
  ['test/8', texts.test[1]!],
]);

const filled = (rows: SheetRow[], fill: (r: SheetRow) => Partial<SheetRow>): SheetRow[] => rows.map((r) => ({ ...r, ...fill(r) }));

describe('dealSheets', () => {
  it('deals every text with figures once, alternating the halves, optional figures left out, and the same seed deals the same sheets', () => {
    const sheets = dealSheets(texts, { seed: 36, sheets: 2, perText: 8 });
    const dealt = sheets.flatMap((rows) => [...new Set(rows.map((r) => `${r.half}/${r.text}`))]);
    expect(dealt.sort()).toEqual(['dev/1', 'dev/2', 'test/7', 'test/8']);
    expect(sheets.flat().some((r) => r.match === '3个')).toBe(false);
    expect(sheets.flat().every((r) => r.label === '' && r.kind === '' && r.period === '')).toBe(true);
    expect(sheets.map((rows) => rows[0]!.half)).toEqual(['test', 'test']);
    expect(dealSheets(texts, { seed: 36, sheets: 2, perText: 8 })).toEqual(sheets);
    expect(dealSheets(texts, { seed: 1, sheets: 2, perText: 1 }).flat()).toHaveLength(4);
  });

  it('keeps a text’s picked figures in reading order, indexed among its non-optional figures', () => {
    const rows = dealSheets(texts, { seed: 5, sheets: 1, perText: 8 })[0]!.filter((r) => r.half === 'dev' && r.text === '1');
    expect(rows.map((r) => [r.fig, r.match])).toEqual([
      ['0', '287.9亿元'],
      ['1', '12家'],
    ]);
  });

  it('draws different numbers from different seeds', () => {
    expect(seeded(1)()).not.toBe(seeded(2)());
  });
});

describe('compareSheet', () => {
  const sheet = dealSheets(texts, { seed: 36, sheets: 1, perText: 8 })[0]!;

  it('agrees with itself when the second labeller writes the first labelling, and skips rows left empty', () => {
    const rows = filled(sheet, (r) => {
      const f = { '287.9亿元': gdp, '12家': firms, '200元': fine }[r.match]!;
      return r.text === '2' ? {} : { label: f.label.split('|').reverse().join('|'), kind: f.kind, period: 'period' in f ? String(f.period) : '' };
    });
    const { agreement, disagreements } = compareSheet(rows, byKey, 'sheet.tsv');
    expect(disagreements).toEqual([]);
    expect(agreement.dev).toMatchObject({ figures: 2, texts: 1, label: 2, labelOverlap: 2, kind: 2, period: [2, 2] });
    expect(agreement.test).toMatchObject({ figures: 5, texts: 2, label: 5, kind: 5, period: [3, 3] });
  });

  it('counts a label as agreeing only when the first alternative is accepted, an overlap when any is, and says what differs', () => {
    const rows = filled(sheet, (r) => (r.half === 'test' && r.text === '7' && r.match === '287.9亿元' ? { label: '经济总量|地区 生产总值', kind: 'actual', period: '2021' } : {}));
    const { agreement, disagreements } = compareSheet(rows, byKey, 'sheet.tsv');
    expect(agreement.test).toMatchObject({ figures: 1, label: 0, labelOverlap: 1, kind: 1, period: [0, 1] });
    expect(disagreements).toEqual([
      { half: 'test', text: '7', fig: 0, line: 14, match: '287.9亿元', what: ['label 地区生产总值|GDP ← 经济总量|地区 生产总值 (overlap)', 'period 2020 ← 2021'] },
    ]);
  });

  it('compares no period where neither labelling gives one, and a kind that differs', () => {
    const rows = filled(sheet, (r) => (r.match === '200元' && r.half === 'dev' ? { label: '罚款', kind: 'target' } : {}));
    const { agreement, disagreements } = compareSheet(rows, byKey, 'sheet.tsv');
    expect(agreement.dev).toMatchObject({ figures: 1, label: 1, kind: 0, period: [0, 0] });
    expect(disagreements[0]!.what).toEqual(['kind provision ← target']);
  });

  it('names the sheet row whose figure is not in its label file', () => {
    const rows = filled(sheet, (r) => ({ label: 'x', ...(r.match === '12家' ? { line: '21' } : {}) }));
    const row = rows.findIndex((r) => r.match === '12家') + 2;
    expect(() => compareSheet(rows, byKey, 'a.tsv')).toThrow(new RegExp(`^a\\.tsv:${row}: .* 12家\\) is not in its label file`));
  });
});

describe('sheet files', () => {
  it('reads back what it writes, and refuses a header without the columns', () => {
    const sheet = dealSheets(texts, { seed: 36, sheets: 1, perText: 8 })[0]!;
    expect(parseSheet(formatSheet(sheet), 's.tsv')).toEqual(sheet);
    // a spreadsheet or Python's csv module writes CRLF
    expect(parseSheet(formatSheet(sheet).replaceAll('\n', '\r\n'), 's.tsv')).toEqual(sheet);
    expect(() => parseSheet('half\ttext\n', 's.tsv')).toThrow(/^s\.tsv:1: the header lacks fig, file/);
  });
});
