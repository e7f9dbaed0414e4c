// table: the figures of a rebuilt table, one per numeric cell of a value column, named by its row.
//   head  序号 | 指标 | 单位 | 2025年 | 2030年 | 属性
//   row   2    | 全社会研发经费投入强度 | % | 2.8 | 3.5 | 预期性
//   → { label 全社会研发经费投入强度, value 2.8, unit %, kind actual, period 2025 },
//     { label 全社会研发经费投入强度, value 3.5, unit %, kind target, period 2030, binding false }
// What a column means comes from its header (data/table-columns.json lists the names a header may
// use): a year (before the document's own year: achieved; after: a target), 目标值 (a target of the
// section's period), 基期值/现状值 (achieved), 年均增长/累计 (a growth or a total over the plan's
// period). A cell that is not a number (完成市下达目标, 与经济增长同步, —) is no figure. The label is
// the row's name cell; the unit its unit cell, the cell's own (`1,528台`), the name's or the column's bracket
// (`城镇调查失业率（%）`, `利润总额（亿元）`) or the caption's (`单位：亿元`); a column of percentages (`1957年为1952年的百分比`,
// `比重`) gives % to its cells that print no unit. A table of years down its rows (年度 | 二級產業人數) or of places across its header
// (行業別 | 臺北市 | 內湖區) is read across: readAcross.
import columns from '../data/table-columns.json' with { type: 'json' };
import type { Period } from '../../schemas/indicator.ts';
import type { TableData } from '../types.ts';
import { CAPTION_UNIT, CELL_WORDS_AFTER, COLUMN_PATTERNS, FIGURE_CELL, GROWTH_CELL, GROWTH_COLUMN, MONTH_COLUMN, columnPaths, rowText } from '../clean/tables.ts';
import { bracketNote, comparatorWords } from './rules.ts';
import { lastParticle } from './labels.ts';
import { toHalfWidthDigits } from '../numerals.ts';
import { bareRocYear, yearsOfOurs } from '../dates.ts';
import { alternation } from '../regexp.ts';
import { convertText } from '../variants.ts';
import type { FoundIndicator, SectionContext } from '../indicators.ts';

type Meaning = { kind: 'actual' | 'target' | 'estimate'; period?: Period; growth?: boolean; change?: boolean };

/** A column of the rows' metrics (data/table-columns.json names.metric and metric_columns: 指标, 项目, 产品名称); headers are read in Simplified. */
const NAME = new Set([...columns.names.metric, ...columns.metric_columns]);
/** A column of what the rows are (entity_columns: 地区, 国家; or any …名称, 用户名称, 单位名称, 企业名称): each row is one of them, and the columns are the metrics. */
const ENTITY = new RegExp(`^(?:\\p{Script=Han}{1,6}名称|${alternation(columns.entity_columns)})$`, 'u');
const UNIT = new Set(columns.names.unit);
const ATTRIBUTE = new Set(columns.names.attribute);
/** What a value column holds, said by its header's words (names.target: 目标值, 规划值, 预计, 预算数; names.actual: 基期值, 现状, 完成, 执行数, 决算数). */
const TARGET = new Set(columns.names.target);
/** The target words that say an estimate (预计): after a year before the document's, what that year reached. */
const ESTIMATE = new Set(columns.estimate);
const ACTUAL = new Set(columns.names.actual);
/** A year's column, and what it holds after the year (2030年目标值, 2025年执行数, a bare 2025, 2024年拨付资金（万元）): group 1 the year, group 2 the word. */
const YEAR = new RegExp(`^((?:19|20)\\d{2})\\s*年?\\s*(${alternation([...TARGET, ...ACTUAL])})?`);
/** A column of targets: its word (目标值, 规划目标), or a plan's name and a target word (“十五五”目标值, 十四五末目标, “十四五”时期目标: COLUMN_PATTERNS.plan). */
const isTarget = (header: string): boolean => TARGET.has(header) || COLUMN_PATTERNS.plan.exec(header)?.[1] !== undefined;
/** A column of growths over the plan's period (names.growth: 年均增长, 累计, 增速), its bracket after it (年均增长（%）). */
const GROWTH = new RegExp(`^(?:${alternation(columns.names.growth)})`);
/** A column of what was counted, of the caption's year (a bulletin's 绝对数, 年末数, 产量: value_columns): achieved. */
const VALUE = new Set(columns.value_columns);
/** A column of percentages, said by its header's last word (percent_columns: 1957年为1952年的百分比, 比重) or a % after it (完成率%). */
const PERCENT_COLUMN = new RegExp(`(?:${alternation(columns.percent_columns)}|[%％])$`);
/** A figure whose cell carries its unit (a plan's `72.6亿度（千瓦小时）`, `1,528台`): the number, a short unit, a note in brackets. */
const CELL_WITH_UNIT = /^(约)?\s*(\d{1,3}(?:,\d{3})*,\d{1,2}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*([^\d\s（）()%％.,，、：:；;]{1,6}?)\s*(?:[（(][^（）()]{1,8}[）)])?$/;
/** A column header that names a measure in words (出口额, 进口额): Han characters, no year, no number. */
const MEASURE = /^\p{Script=Han}{2,10}$/u;
/** A year in brackets after a cell's figure (`21.5（2024年）`): the year the figure is of. */
const CELL_YEAR = /\s*[（(]((?:19|20)\d{2})\s*年?[）)]$/;
const DECIMAL_COMMA = /^\d{1,3}(?:,\d{3})*,\d{1,2}$/;
/** A cell that marks a value the table does not give (`…`, `—`): no figure, and no amount a growth beside it could be the change of. */
const NOT_GIVEN = /^[…—–－-]+$/;
/** Words after a number that are no unit but a comparator (FIGURE_CELL reads them). */
const NOT_UNIT = new RegExp(`^(?:${alternation(CELL_WORDS_AFTER)})$`);
/** What a row's name carries that is no part of its metric: an item number (`1.1.`, `6.`), a `#` marking a part (#甜瓜播种面积), a footnote mark (`棉布[^12]`). */
const ITEM_NUMBER = /^(?:\d+(?:\.\d+)*[.、．]\s*|[一二三四五六七八九十]+、\s*|[（(][一二三四五六七八九十]+[）)]\s*|#+\s*)/;
const FOOTNOTE_MARK = /\[\^[^\]]*\]/g;
/** Spaces a layout put between the characters of a name (`粮 食`, `化 肥（折100%）`). */
const LETTER_SPACE = /(?<=\p{Script=Han})\s+(?=\p{Script=Han}|[（(])/gu;
/**
 * What each comparator of a cell (clean/tables.ts CELL_WORDS_BEFORE, CELL_WORDS_AFTER) says: its words as a sentence's (rules.ts
 * comparatorWords: 约, 不低于, 以上 …), and the signs only a table prints (≥, ＞, ≦ …).
 */
const COMPARATORS: Record<string, NonNullable<FoundIndicator['comparator']>> = {
  ...comparatorWords,
  '≥': '>=',
  '≧': '>=',
  '≤': '<=',
  '≦': '<=',
  '>': '>',
  '＞': '>',
  '<': '<',
  '＜': '<',
};
/** Notes of how a row's figure is counted at the end of its name: `化肥（折100％）` (rules.ts bracketNote). */
const TRAILING_NOTE = new RegExp(`(?:${bracketNote.source})+$`, 'u');
/** A unit in a name's trailing bracket: `城镇调查失业率（%）`, `粮食产量（万吨）`; not `（PM2.5）`. */
const NAME_UNIT = /\s*[（(]([^（）()\d]{1,8})[）)]$/;

export interface TableContext extends SectionContext {
  /** A plan's period (`2026-2030`): what a 累计 or 年均增长 column covers. */
  planPeriod?: Period | undefined;
}

/** The figures of a table, in reading order; empty when its header names no value column. */
/** A row of years of the Republic (`年度 | 110 | 111 | 112 | 113`): its first cell names the years, the others are years in three figures. */
/**
 * The figure a cell holds (its text with half-width digits): its number (a comma before the last one or two digits is a decimal
 * point, 6,352,8万吨: commas that group take three), the high end of a range, a percent sign or a unit it prints after the number
 * (约3000万元), its comparator; undefined when it holds none. Read alike by readTable and readAcross.
 */
function cellFigure(text: string): { value: number; max?: number; percent?: string; printed?: string; comparator?: NonNullable<FoundIndicator['comparator']> } | undefined {
  const withUnit = FIGURE_CELL.test(text) ? null : CELL_WITH_UNIT.exec(text);
  const figure = withUnit && !NOT_UNIT.test(withUnit[3]!) ? [text, withUnit[1], withUnit[2], undefined, undefined, undefined] : FIGURE_CELL.exec(text);
  if (!figure) return undefined;
  const [, before, low, high, percent, after] = figure;
  const comparator = COMPARATORS[before ?? ''] ?? COMPARATORS[after ?? ''];
  return {
    value: Number((DECIMAL_COMMA.test(low!) ? low!.replace(/,(\d{1,2})$/, '.$1') : low!).replace(/[,\s]/g, '')),
    ...(high !== undefined ? { max: Number(high.replace(/[,\s]/g, '')) } : {}),
    ...(percent !== undefined ? { percent } : {}),
    ...(withUnit ? { printed: withUnit[3]! } : {}),
    ...(comparator ? { comparator } : {}),
  };
}

const isRocYearRow = (row: readonly string[]): boolean =>
  /^\s*年度?\s*$/.test(row[0] ?? '') && row.length > 1 && row.slice(1).every((c) => /^\s*1\d{2}\s*$/.test(c) && !Number.isNaN(bareRocYear(Number(c))));

/**
 * A Taiwan text's table with its years of the Republic as ours, for the columns that read a year (YEAR): `110年` in any cell
 * (yearsOfOurs), a bare `110` in a header row of years (`年度 | 110 | 111`, the row's name then none: a stub).
 */
export function tableYearsOfOurs(table: TableData): TableData {
  const read = (row: string[]): string[] => (isRocYearRow(row) ? ['', ...row.slice(1).map((c) => String(bareRocYear(Number(c))))] : row.map((c) => yearsOfOurs(c).text));
  // a column of years down the rows under 年度 (`年度 | 二級產業人數` then `85 | 18,031`): two or three figures there are years of the Republic
  const column =
    YEAR_HEADER.test(table.head.at(-1)?.[0] ?? '') &&
    table.rows.length > 0 &&
    table.rows.every((row) => /^\s*\d{2,3}\s*$/.test(row[0] ?? '') && !Number.isNaN(bareRocYear(Number(row[0]))));
  const rows = table.rows.map((row) => row.map((c, i) => (column && i === 0 ? String(bareRocYear(Number(c))) : yearsOfOurs(c).text)));
  return { ...table, head: table.head.map(read), rows };
}

/** The header of a column of years down the rows (年度, 年份, 年別; a PDF's 年度 as U+F98E U+FA01 is 年度 by then: clean/compat-ideograph.ts): each row is a year. */
const YEAR_HEADER = /^\s*(?:年度|年份|年別|年别|年)\s*$/;
/** A year of ours in a column of years (1996, 2006). */
const ROW_YEAR = /^\s*((?:19|20)\d{2})\s*年?度?\s*$/;
/**
 * A header cell that names a place (臺北市, 內湖區, 大安里, 全市): a name of two to six Han characters and a place's last word. A table whose
 * value columns are all places is read with the rows' names as its metrics (dev 717 table 3-5). One character before the last word makes
 * a common noun, no place (城镇, 乡村, 城区, 超市, 社区: dev 425's 城镇 and 乡村 are two measures, review33b).
 */
const PLACE_HEADER = /^(?:\p{Script=Han}{2,6}(?:省|市|区|县|乡|镇|里|村)|全(?:省|市|区|县))$/u;
/** A table's unit in a note in one of its cells (`總計（單位：家）`, a total row's): the unit of the cells that print none. */
const CELL_UNIT_NOTE = /[（(]\s*([单單]位[：:][^（）()]{1,8})[）)]/;

/**
 * A table read across: a column of years down the rows under a metric per column (`年度 | 二級產業人數 | 百分比`, each cell its column's
 * metric in its row's year), or a header row of places over a metric per row (`行業別 | 臺北市 | 內湖區`, each cell its row's metric:
 * the place is no part of the label, as README's Figures of a table says of a table's columns). Undefined when the table is neither.
 * A cell whose unit nothing gives (the cell, the column's bracket or percentage, the row's 单位 cell or its name's bracket, a unit note, the
 * caption: test/fixtures/eval/README.md's order) is no figure.
 */
function readAcross(table: TableData, context: TableContext, names: readonly string[], shown: readonly string[]): (FoundIndicator & { line: number })[] | undefined {
  const byYear_ = YEAR_HEADER.test(names[0] ?? '') && table.rows.length > 0 && table.rows.every((row) => ROW_YEAR.test(toHalfWidthDigits(row[0] ?? '')));
  const firstPlace = names.findIndex((h) => PLACE_HEADER.test(h));
  const byPlace = !byYear_ && firstPlace >= 1 && names.length - firstPlace >= 2 && names.slice(firstPlace).every((h) => PLACE_HEADER.test(h));
  if (!byYear_ && !byPlace) return undefined;
  const note = table.rows
    .flat()
    .map((c) => CELL_UNIT_NOTE.exec(convertText(c, 'zh-Hans'))?.[1])
    .find((u) => u !== undefined);
  const tableUnit = CAPTION_UNIT.exec(convertText(table.caption ?? '', 'zh-Hans'))?.[1] ?? (note ? CAPTION_UNIT.exec(note)?.[1] : undefined);
  const achieved = context.period ?? context.undated?.actual;
  const out: (FoundIndicator & { line: number })[] = [];
  const head = table.head.at(-1) ?? [];
  // a 单位 column before the places gives its row's unit and names nothing (`行業別 | 單位 | 臺北市`)
  const unitCol = byPlace ? names.findIndex((h, i) => i < firstPlace && UNIT.has(h)) : -1;
  table.rows.forEach((row, r) => {
    const year = byYear_ ? Number(ROW_YEAR.exec(toHalfWidthDigits(row[0] ?? ''))![1]) : undefined;
    // the row's name: its name cell, else a cell before it that holds words (a total over two columns, `<td colspan=2>總計</td>`)
    const fullName = byPlace
      ? row
          .slice(0, firstPlace)
          .filter((_, i) => i !== unitCol)
          .reverse()
          .map((c) => c.replace(CELL_UNIT_NOTE, '').replace(LETTER_SPACE, '').replace(ITEM_NUMBER, '').trim())
          .find((c) => c !== '')
      : undefined;
    if (byPlace && fullName === undefined) return;
    // the name's bracket (`製造業（家）`) is the row's unit, no part of its label
    const nameBracket = fullName === undefined ? null : NAME_UNIT.exec(fullName);
    const rowName = fullName !== undefined && nameBracket ? fullName.slice(0, nameBracket.index) : fullName;
    const rowUnit = (unitCol >= 0 ? (row[unitCol] ?? '').replace(/\s+/g, '') : '') || nameBracket?.[1]?.trim() || undefined;
    row.forEach((cell, c) => {
      if (byPlace ? c < firstPlace : c === 0) return;
      const half = toHalfWidthDigits(cell.trim());
      const figure = cellFigure(half);
      if (!figure) return;
      const header = (head[c] ?? '').replace(/\s+/g, '');
      const bracket = NAME_UNIT.exec(header);
      const unit = figure.percent ?? figure.printed ?? (PERCENT_COLUMN.test(names[c] ?? '') ? '%' : undefined) ?? bracket?.[1]?.trim() ?? rowUnit ?? tableUnit;
      if (!unit) return;
      const label = byPlace ? rowName! : bracket ? header.slice(0, bracket.index) : header;
      if (!label) return;
      const { value, max, comparator } = figure;
      const kind = context.provisions
        ? 'provision'
        : year !== undefined
          ? byYear(year, context)
          : typeof achieved === 'number'
            ? byYear(achieved, context)
            : context.kind === 'target'
              ? 'target'
              : 'actual';
      const period = year ?? achieved;
      out.push({
        label,
        value,
        unit,
        ...(max !== undefined ? { max } : {}),
        kind,
        ...(comparator ? { comparator } : {}),
        ...(period !== undefined ? { period } : {}),
        ...cellPlace(table, shown, r, c, cell),
      });
    });
  });
  return out;
}

/**
 * `shown`: each row's text as the page prints it, where `table` was read with its years of the Republic as ours (tableYearsOfOurs: the
 * figure's text names the row the emit stage marks its cell in, `| 85 | …` as printed, not `| 1996 | …`).
 */
export function extractFromTable(table: TableData, context: TableContext, shown: readonly string[] = table.rows.map(rowText)): (FoundIndicator & { line: number })[] {
  // a table printed in halves side by side (行业 | 比上年增长（%） | 行业 | 比上年增长（%）): each half is a table of its own
  const last = table.head[table.head.length - 1] ?? [];
  const half = last.length / 2;
  // (under a title row over the whole width or not: a Word table's first row of merged cells, dev 292)
  if (
    table.head.slice(0, -1).every((row) => row.slice(1).every((h) => h.trim() === '')) &&
    half >= 2 &&
    Number.isInteger(half) &&
    last.slice(0, half).every((h, c) => h.replace(/\s+/g, '') === last[half + c]!.replace(/\s+/g, '') && h.trim() !== '')
  ) {
    const part = (from: number): TableData => ({
      ...table,
      head: table.head.map((row) => row.slice(from, from + half)),
      merged: [],
      rows: table.rows.map((row) => row.slice(from, from + half)),
      lines: table.lines.map((row) => row.slice(from, from + half)),
    });
    // a figure's row is the whole row the page shows, whose cell the emit stage marks (not the half it was read from)
    return [...readTable(part(0), context, shown), ...readTable(part(half), context, shown)].sort((a, b) => a.line - b.line);
  }
  return readTable(table, context, shown);
}

/** The figures of one table (see extractFromTable); `shown`: each row's text as the page shows it, when the table is a part of one. */
function readTable(table: TableData, context: TableContext, shown: readonly string[] = table.rows.map(rowText)): (FoundIndicator & { line: number })[] {
  // a header of several rows (merged cells): a column's name is the lowest one over it (地区生产总值（亿元）, then 比上年增长（%）),
  // under the groups it stands in (2025年执行数 over 金额 and 增长%)
  const paths = table.head.length ? columnPaths(table) : undefined;
  const head = paths?.map((p) => p[p.length - 1] ?? '');
  if (!head) return [];
  const names = head.map((h) => convertText(h.replace(/\s+/g, ''), 'zh-Hans'));
  const across = readAcross(table, context, names, shown);
  if (across) return across;
  const metricCol = names.findIndex((h) => NAME.has(h));
  const entityCol = metricCol < 0 ? names.findIndex((h) => ENTITY.test(h)) : -1;
  // a stub column without a name (a bulletin's table: its head names only the year and the growth) names the rows
  const stub = names.length > 1 && names[0] === '' && names.some((h) => h !== '') ? 0 : -1;
  const nameCol = metricCol >= 0 ? metricCol : entityCol >= 0 ? entityCol : stub;
  if (nameCol < 0) return [];
  // without a 单位 column, an unnamed one of words (万吨, 亿米) after the stub holds the units
  const unnamedUnits = names.findIndex((h, c) => c > nameCol && h === '' && table.rows.every((row) => !/\d/.test(row[c] ?? '') && (row[c] ?? '').length <= 6));
  const namedUnits = names.findIndex((h) => UNIT.has(h));
  const unitCol = namedUnits >= 0 ? namedUnits : stub === nameCol ? unnamedUnits : -1;
  const attrCol = names.findIndex((h) => ATTRIBUTE.has(h));
  // 天津市2023年春节期间…汇总表: a year in the caption is the period of the columns that name none
  const captionYear = /((?:19|20)\d{2})年/.exec(toHalfWidthDigits(table.caption ?? ''));
  const columnContext = captionYear ? { ...context, period: Number(captionYear[1]) } : context;
  // the year a column of what was achieved is of: the caption's, else the year the text's undated actuals are of
  const achieved = columnContext.period ?? context.undated?.actual;
  // the unit of a bulletin's table in its caption (表2：…产量单位：万吨) or the line under it (单位：亿元)
  const captionUnit = CAPTION_UNIT.exec(table.caption ?? '')?.[1];
  // a table of entities (rows of companies, countries): each column with a unit in its header, or a measure in the
  // caption's unit (出口额 under 单位：亿美元), names its figures
  const columns = head.map((h, c) =>
    entityCol < 0 || c === entityCol
      ? undefined
      : (columnName(h) ??
        (captionUnit && MEASURE.test(h.replace(/\s+/g, '')) && !GROWTH_COLUMN.test(h.replace(/\s+/g, '')) ? { label: h.replace(/\s+/g, ''), unit: captionUnit } : undefined)),
  );
  const percentColumns = names.map((h) => PERCENT_COLUMN.test(h));
  // a column whose header gives a unit (利润总额（亿元）) holds figures in it, named by their row
  const headerUnits = head.map((h) => (entityCol < 0 ? columnName(h)?.unit : undefined));
  const meanings = names.map((h, c) => {
    const own = meaning(h, columnContext, columns[c] !== undefined || headerUnits[c] !== undefined);
    // a column under a group of a year (2025年执行数 over 金额 and 增长%): an amount is the group's figure, a growth its change
    const over = paths?.[c]?.slice(0, -1) ?? [];
    const group = over.map((g) => meaning(convertText(g.replace(/\s+/g, ''), 'zh-Hans'), columnContext, false)).find((m) => m?.period !== undefined && !m.change);
    return group && own && !own.change && !own.growth && VALUE.has(h) ? { ...own, kind: group.kind, period: group.period! } : own;
  });
  // two or more columns of figures named by what they count (招生数 | 毕业生数): each figure is its row's and its column's
  // (研究生招生数); one such column is only the row's value
  const counted = names.map(
    (h, c) =>
      c !== nameCol && !meanings[c] && MEASURE.test(h) && !UNIT.has(h) && !ATTRIBUTE.has(h) && table.rows.some((row) => FIGURE_CELL.test(toHalfWidthDigits((row[c] ?? '').trim()))),
  );
  if (counted.filter(Boolean).length >= 2)
    counted.forEach((is, c) => {
      if (is)
        meanings[c] = {
          kind: 'actual',
          ...(achieved !== undefined ? { period: achieved } : {}),
        };
    });
  else counted.fill(false);
  // a table of growths alone (行业 | 比上年增长（%）): the growth is the figure, as 增长6% in a sentence
  const growthsAlone = !meanings.some((m) => m && !m.change);
  // a growth column (比上年增长％) gives the change of the row's figures, no figure of its own: of the value column before it
  // (地区生产总值（亿元） | 比上年增长（%） | 第一产业增加值（亿元） | 比上年增长（%）), else of every figure of the row
  const changeCol = meanings.findIndex((m) => m?.change);
  const changeOf = meanings.map((m, c) => {
    if (!m || m.change) return -1;
    for (let g = c + 1; g < meanings.length; g++) {
      if (meanings[g]?.change) return g;
      if (meanings[g]) break;
    }
    return meanings.some((n, v) => v !== c && n && !n.change && meanings.slice(v + 1).some((x) => x?.change)) ? -1 : changeCol;
  });
  const out: (FoundIndicator & { line: number })[] = [];
  let lastLabel = '';
  table.rows.forEach((row, r) => {
    const name = (row[nameCol] ?? '').replace(FOOTNOTE_MARK, '').replace(LETTER_SPACE, '').trim();
    const bracket = NAME_UNIT.exec(name);
    // 其中：谷物 is a part of the row above, named by its own noun; a note of how it is counted (化肥（折100％）) is no part of it
    const ownLabel = (bracket ? name.slice(0, bracket.index) : name)
      .replace(/^其中[：:]\s*/u, '')
      .replace(ITEM_NUMBER, '')
      .replace(TRAILING_NOTE, '')
      .trim();
    // 其他收入等: the particle 'etc.' ends a name, no part of it (as a sentence's label drops it; not 高等, 中等)
    const etc = lastParticle(ownLabel, '等');
    const ownName = etc >= 2 && etc === ownLabel.length - 1 ? ownLabel.slice(0, etc) : ownLabel;
    // a row without a name under a named one goes on with it in another unit (内燃机 1,528台, then 2.76万马力)
    const rowLabel = ownName || (name === '' ? lastLabel : '');
    lastLabel = rowLabel;
    if (!rowLabel) return;
    // an empty cell (a new item, no figure of the year before) is no change: Number('') would read it as 0
    const growthOf = (col: number): number => {
      const growthCell = col >= 0 ? toHalfWidthDigits(row[col] ?? '').trim() : '';
      return /\d/.test(growthCell) ? Number(growthCell.replace(/．/g, '.').replace(/^[－—–]/, '-')) : NaN;
    };
    const attribute = attrCol >= 0 ? convertText(row[attrCol] ?? '', 'zh-Hans') : '';
    const binding = /约束/.test(attribute) ? true : /预期/.test(attribute) ? false : undefined;
    row.forEach((cell, c) => {
      const m = meanings[c];
      if (!m || c === nameCol) return;
      const half = toHalfWidthDigits(cell.trim());
      if (m.change) {
        // a growth whose amount the table does not give (`…`, a statistics bureau's mark of a value it does not publish) is the
        // figure, as in a table of growths alone: of its amount's column's period
        const amounts = changeOf.flatMap((g, v) => (g === c ? [v] : []));
        const unpublished = amounts.length > 0 && amounts.every((v) => NOT_GIVEN.test((row[v] ?? '').trim()));
        const rate = (growthsAlone || unpublished) && GROWTH_CELL.test(half) ? growthOf(c) : NaN;
        const ratePeriod = unpublished ? (meanings[amounts[0]!]?.period ?? achieved) : achieved;
        if (Number.isFinite(rate))
          out.push({
            label: rowLabel,
            value: rate,
            unit: '%',
            change: { value: rate, unit: '%' as const },
            kind: context.provisions ? 'provision' : 'actual',
            ...(ratePeriod !== undefined ? { period: ratePeriod } : {}),
            ...cellPlace(table, shown, r, c, cell),
          });
        return;
      }
      // 21.5（2024年）: a year in brackets after a figure dates it (the column's year had no figure yet)
      const dated = CELL_YEAR.exec(half);
      const bare = dated ? half.slice(0, dated.index).trim() : half;
      const figure = cellFigure(bare);
      if (!figure) return;
      const { value, max, percent, printed, comparator } = figure;
      const growth = growthOf(changeOf[c] ?? -1);
      // a row of an entity (a company): the column names the figure (补贴总额（万元） → 补贴总额, 万元)
      const column = columns[c];
      const label = column ? column.label : counted[c] ? rowLabel + names[c] : rowLabel;
      const rowUnit = unitCol >= 0 ? (row[unitCol] ?? '').replace(/\s+/g, '') : '';
      // the unit the cell prints comes before the name's bracket, which may be a note of how it is counted (烧碱（折合百分之百）)
      // a column of percentages (1957年为1952年的百分比) gives the cells that print no unit theirs, over the row's, the name's and the caption's
      const unit =
        percent ??
        (percentColumns[c] ? (printed ?? '%') : column ? column.unit : rowUnit || (printed ?? '') || (bracket?.[1]?.trim() ?? '') || headerUnits[c] || captionUnit || '');
      const total = /[[［〔【]/.test(cell);
      const year = dated ? Number(dated[1]) : undefined;
      const kind = context.provisions ? 'provision' : year !== undefined ? byYear(year, context) : m.kind;
      const period = year ?? (total || m.growth ? (context.planPeriod ?? m.period) : m.period);
      out.push({
        label,
        value,
        unit,
        ...(max !== undefined ? { max } : {}),
        // a growth column's figure is a growth alone (年均增长 6%), like 增长6% in a sentence
        ...(m.growth && (unit === '%' || unit === '％')
          ? { change: { value, unit: '%' as const } }
          : Number.isFinite(growth)
            ? { change: { value: growth, unit: '%' as const } }
            : {}),
        kind,
        ...(comparator ? { comparator } : {}),
        ...(period !== undefined ? { period } : {}),
        ...(binding !== undefined && kind === 'target' ? { binding } : {}),
        ...cellPlace(table, shown, r, c, cell),
      });
    });
  });
  return out;
}

/** The label and unit a column's header gives its figures: 2024年拨付资金（万元） → 拨付资金, 万元. */
function columnName(header: string): { label: string; unit: string } | undefined {
  const h = header.replace(/\s+/g, '');
  const bracket = NAME_UNIT.exec(h);
  const label = (bracket ? h.slice(0, bracket.index) : h).replace(/^(?:19|20)\d{2}年(?:度)?/, '');
  return label && bracket ? { label, unit: bracket[1]!.trim() } : undefined;
}

/** Where a cell's figure stands: the cell's source line (else its row's first), the cell as printed and its row as the page shows it. */
const cellPlace = (table: TableData, shown: readonly string[], r: number, c: number, cell: string): { line: number; match: string; text: string } => ({
  line: table.lines[r]?.[c] ?? table.lines[r]?.[0] ?? 0,
  match: cell,
  text: shown[r]!,
});

/**
 * Target or achieved, by a year against the document's: from its year on, a target; but the year a report of its own
 * year's figures reviews (a statistical bulletin's 1995年 column, the year its title names) is achieved.
 */
const byYear = (y: number, context: TableContext): 'actual' | 'target' =>
  context.undated?.actual !== undefined && y <= context.undated.actual ? 'actual' : context.year !== undefined && y >= context.year ? 'target' : 'actual';

/**
 * What a value column holds, from its header; undefined for a column of names, units or words. A
 * column of a table of entities whose header gives a unit (`named`: 补贴总额（万元）) holds figures of
 * the caption's year, or of the section's.
 */
function meaning(header: string, context: TableContext, named: boolean): Meaning | undefined {
  const year = YEAR.exec(header);
  if (year) {
    const y = Number(year[1]);
    const word = year[2] ?? '';
    // 2025年预计 in a 2026 plan: what a past year reached, its figures not final: an estimate (as 预计 of a past year in prose)
    const estimated = ESTIMATE.has(word) && context.year !== undefined && y < context.year;
    const kind = estimated ? 'estimate' : TARGET.has(word) ? 'target' : ACTUAL.has(word) ? 'actual' : byYear(y, context);
    return { kind, period: y };
  }
  // a month or the months to date (7月, 1—7月: a statistics bureau's monthly table) of the caption's year, else the document's
  if (MONTH_COLUMN.test(header)) {
    const period = context.period ?? context.year;
    return { kind: 'actual', ...(period !== undefined ? { period } : {}) };
  }
  if (isTarget(header)) return { kind: 'target', ...(context.period !== undefined ? { period: context.period } : {}) };
  if (ACTUAL.has(header)) return { kind: 'actual' };
  // a count of what was (绝对数, 产量): of the caption's year, else the year the text's undated actuals are of
  const achieved = context.period ?? context.undated?.actual;
  if (VALUE.has(header)) return { kind: 'actual', ...(achieved !== undefined ? { period: achieved } : {}) };
  if (GROWTH_COLUMN.test(header)) return { kind: 'actual', change: true };
  if (GROWTH.test(header)) return { kind: 'target', growth: true };
  if (named) {
    const period = context.period ?? context.undated?.actual;
    return { kind: typeof period === 'number' ? byYear(period, context) : context.kind === 'target' ? 'target' : 'actual', ...(period !== undefined ? { period } : {}) };
  }
  return undefined;
}
