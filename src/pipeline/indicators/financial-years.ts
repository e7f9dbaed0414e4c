// A financial or school year as a text writes it (2023/24年度, 2004-05 年度, 2024至25年度, 2017-2018学年; 二零二四／二五年度 once
// readChineseYears has read its digits): one definition for the section titles that name one (indicators.ts bareTitleTime),
// what such a title strips before it is read (financialYearsOrYears) and the sentences that date a figure by one (datedBefore).
// Input is the Simplified analysis copy with half-width digits.

import financialYears from '../data/financial-years.json' with { type: 'json' };

/**
 * A financial or school year: the year it starts in (group 1), a separator (／, /, -, －, –, —, 至) and the year it ends in
 * (group 2: two digits or four), then 年度, 财政年度 (二零二四至二五財政年度, a budget speech's cover, dev 305), 学年 or 学年度. Regex source.
 */
export const FINANCIAL_YEAR = String.raw`((?:19|20)\d{2})\s*[／/\-－–—至]\s*((?:19|20)\d{2}|\d{2})(?!\d)\s*(?:学年度?|(?:财政)?年度)`;

/** The years a financial year's two groups name, the second in the first's century or the next (1999-00 → 1999, 2000). */
export function yearsWritten(start: string, end: string): { from: number; to: number } {
  const from = Number(start);
  if (end.length === 4) return { from, to: Number(end) };
  const to = Math.floor(from / 100) * 100 + Number(end);
  return { from, to: to < from ? to + 100 : to };
}

/** The period the groups name, `1999-2000`: a financial year's two years, or the span a text writes in the same form (2016至20年度). */
export function periodWritten(start: string, end: string): string {
  const { from, to } = yearsWritten(start, end);
  return `${from}-${to}`;
}

/**
 * The financial year the groups name, as the period `2023-2024` and the year it starts in, when its two years follow each other
 * (2016至2020年度 is a span of five years, no financial year).
 */
export function financialYear(start: string, end: string): { from: number; period: string } | undefined {
  const { from, to } = yearsWritten(start, end);
  return to === from + 1 ? { from, period: `${from}-${to}` } : undefined;
}

/** The first financial year a text names (a section title: 2024/25年度财政预算), read as financialYear reads it. */
export function financialYearIn(text: string): { from: number; period: string } | undefined {
  const m = financialYearPattern.exec(text);
  return m ? financialYear(m[1]!, m[2]!) : undefined;
}
const financialYearPattern = new RegExp(FINANCIAL_YEAR);

/** Financial years and single years (2024年, 2024年度), all of them: what a title that names a time strips before its other words are read. */
export const financialYearsOrYears = new RegExp(`${FINANCIAL_YEAR}|(?:19|20)\\d{2}年度?`, 'g');

/**
 * The financial year under way when a text is dated (本财政年度, 今个财政年度 name it; 上一个, 下一个 the ones around it): the calendar year it
 * starts in, and whether it spans two (Hong Kong's, April to March) or is the calendar year (the mainland's, Macau's, Taiwan's). The
 * regions whose year does not start in January are data/financial-years.json. `date` (YYYY, YYYY-MM or YYYY-MM-DD) decides which side
 * of the start month the text stands; an undated text is read as a budget speech, before it.
 */
export function financialYearUnderWay(place: {
  region?: string | undefined;
  regionParent?: string | undefined;
  year?: number | undefined;
  date?: string | undefined;
}): FinancialYearUnderWay | undefined {
  const dated = /^((?:19|20)\d{2})(?:-(\d{2}))?/.exec(place.date ?? '');
  const year = dated ? Number(dated[1]) : place.year;
  if (year === undefined) return undefined;
  const startsMonth = financialYears.regions.find((r) => r.names.some((n) => n === place.region || n === place.regionParent))?.starts_month ?? 1;
  if (startsMonth === 1) return { from: year, spans: false };
  const month = dated?.[2] === undefined ? undefined : Number(dated[2]);
  return { from: month !== undefined && month >= startsMonth ? year : year - 1, spans: true };
}

/** A financial year under way (financialYearUnderWay): the calendar year it starts in, and whether it runs on into the next. */
export interface FinancialYearUnderWay {
  from: number;
  spans: boolean;
}

/** The period of the financial year `on` years after the one under way (-1 上一个, 0 本, 1 下一个): `2023-2024`, or a calendar year. */
export const financialYearOn = (underWay: FinancialYearUnderWay, on: number): number | string =>
  underWay.spans ? `${underWay.from + on}-${underWay.from + on + 1}` : underWay.from + on;
