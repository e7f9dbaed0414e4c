// One reading of a financial or school year (src/pipeline/indicators/financial-years.ts) for the three places that read one: a
// section title that names it (bareTitleTime), what such a title strips, and a sentence that dates a figure by it (datedBefore).
import { describe, expect, test } from 'vitest';
import { FINANCIAL_YEAR, financialYear, financialYearIn, financialYearsOrYears } from '../src/pipeline/indicators/financial-years.ts';
import { extractFromParagraph, extractIndicators } from '../src/pipeline/indicators.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';

const outlineOf = (text: string) => assignAnchors(parseOutline(normalizeText(text).paragraphs));

// as written (Traditional, Hong Kong budget speeches and policy addresses) → the period
const forms = [
  ['2023／24年度', '2023-2024'],
  ['2023/24年度', '2023-2024'],
  ['2004-05 年度', '2004-2005'],
  ['2024至25年度', '2024-2025'],
  ['2023-2024年度', '2023-2024'],
  ['2023－24年度', '2023-2024'],
  ['二零二四／二五年度', '2024-2025'],
  ['二零二四至二五年度', '2024-2025'],
  ['1999-00年度', '1999-2000'],
] as const;

describe('financialYear: a financial year as written', () => {
  test.each(forms)('%s → %s', (written, period) => {
    const read = written.startsWith('二') ? written.replace('二零二四', '2024').replace('二五', '25') : written;
    expect(financialYearIn(read)?.period).toBe(period);
  });
  test('a school year too: 2023/24 學年 as read in Simplified, 2017-2018学年', () => {
    expect(financialYearIn('2023/24 学年')?.period).toBe('2023-2024');
    expect(financialYearIn('2017-2018学年')?.period).toBe('2017-2018');
  });
  test('two years that do not follow each other are a span, no financial year (2016至2020年度)', () => {
    expect(financialYearIn('2016至2020年度工作成效')).toBeUndefined();
    expect(financialYear('2016', '20')).toBeUndefined();
  });
  test('a title strips its financial years and years with the same definition', () => {
    expect('2023／24年度修订预算'.replace(financialYearsOrYears, '')).toBe('修订预算');
    expect('2024年及2024-25年度财政预算'.replace(financialYearsOrYears, '')).toBe('及财政预算');
    expect(new RegExp(FINANCIAL_YEAR).source).toBe(FINANCIAL_YEAR);
  });
});

describe('the one definition serves each place: a title and a sentence read the same period (issue 15)', () => {
  test.each(forms)('%s', (written, period) => {
    // a sentence that dates a figure (datedBefore)
    const said = extractFromParagraph(`${written}政府整體開支為七千億元。`, { kind: 'actual', year: 2030 }, 'zh-Hant');
    expect(said.map((f) => f.period)).toEqual([period]);
    // a title line that dates the numbered paragraphs under it (bareTitleTime)
    const text = [
      '政府財政預算案',
      '200. 這一段說明財政狀況，讓各位議員了解政府的收支和儲備情況，以便審議撥款條例草案。',
      `${written}財政預算`,
      '201. 政府整體開支將上升至七千七百六十九億元。',
    ].join('\n');
    expect(extractIndicators(outlineOf(text), { kind: 'other', year: 2030, script: 'zh-Hant' }).map((f) => f.period)).toEqual([period]);
  });
});

describe('a financial year named with 財政年度 (二零二四至二五財政年度, the cover of a budget speech, dev 305)', () => {
  test.each([
    ['二零二四至二五財政年度的總開支預計為7,000億元。', '總開支', '2024-2025'],
    ['2024-25財政年度的總開支預計為7,000億元。', '總開支', '2024-2025'],
    ['2023/24财政年度的总开支预计为7,000亿元。', '总开支', '2023-2024'],
  ] as const)('%s → %s %s', (text, label, period) => {
    const read = extractFromParagraph(text, { kind: 'actual', year: 2024 }, text.includes('总') ? 'zh-Hans' : 'zh-Hant');
    expect(read.map((f) => [f.label, f.period])).toEqual([[label, period]]);
  });
});
