// tables: a table in the text becomes a table again, when the evidence is strong.
//   Markdown   "| 刑法条文 |罪名 |" "|-----|-----|" "| 第一百二十条之一 |帮助恐怖活动罪 |" …
//              → head [[刑法条文, 罪名]], rows [[第一百二十条之一, 帮助恐怖活动罪], …]
//   flattened  "序号" "指标" "单位" "属性" "目标值" "1" "地区生产总值" "亿元" "预期性" "5000" "2" …
//              (a PDF's table, one cell per line) → head [[序号, 指标, 单位, 属性, 目标值]], rows […]
//   spaced     "序号 指标 单位 2020年 2025年 属性" "1 排水管网密度 公里/平方公里 9.6 12 预期性" …
//              (a PDF's table copied as text, a row a line) → the same
// Strong evidence: a Markdown table has at least two rows, every row with the same number of cells (a category cell merged
// down its group is carried down first, carryDown);
// a flattened table has a header of known column names (data/table-columns.json) and rows that
// check against it (a 序号 column counts 1, 2, 3 …, a 属性 column says 约束性/预期性; rows printed a
// line each have as many cells as the header, and without either column every value cell is a figure or a dash). Anything
// weaker stays text, line by line. The rule lines of a Markdown table (`|---|`, `+---+`) are markup
// and are dropped (logged) either way. The lines of a table leave the line list (blank lines stand
// in for them, so no later rule takes a cell for a page header or joins it to a sentence) and come
// back as one paragraph (role `table`) whose text is the table row by row (`| a | b |`).
import columns from '../data/table-columns.json' with { type: 'json' };
import { PLAN_NAME, SMALL_DIGIT } from '../patterns.ts';
import { toHalfWidthDigits } from '../numerals.ts';
import { alternation } from '../regexp.ts';
import { baseUnits, multiplierPattern, multipliers, perUnitPattern, unitPattern } from '../indicators/units.ts';
import type { MergedCell, TableData } from '../types.ts';
import { pageFurniture } from './page-header.ts';
import type { CleaningRule, SourceLine } from './types.ts';

/** A table found in the source: what it holds and its first source line (the caption's, when it has one). */
interface FoundTable extends TableData {
  line: number;
}

const PIPE_ROW = /^\|.*\|$/;
/** `|---|:--:|`, `---|---` (GFM delimiter row) or `+----+----+`, `+:===:+` (grid table border). */
const RULE_LINE = /^(?:\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?|\|\s*:?-{3,}:?\s*\||\+(?:[-=:]{3,}\+)+)$/;
const DELIMITER = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const HEADER_RULE = /^\+(?:[=:]{3,}\+)+$/;
/** A caption line: `表1 主要指标`, `附表`, `…对照表`, `…主要指标`, `…一览表`. */
const NUMBER = `(?:[0-9]|${SMALL_DIGIT})`;
const CAPTION = new RegExp(`^(?:(?:附)?表\\s*${NUMBER}*(?:[：:\\s]|$)|专栏\\s*${NUMBER}+|專欄\\s*${NUMBER}+)|(?:表|一覽表|一览表|主要指标|主要指標|指标体系|指標體系)$`);
const TERMINAL = /[。；;！？!?，,]$/;
/** A year in a header cell (`2025年`, `1957年计划产量`): it names a column, no figure. */
const HEADER_YEAR = /(?:19|20)\d{2}\s*年/g;
const DIGIT = /\d/;
/** A header cell's words without the year that names its column and the note in brackets after its name (`价格指数（1—12月）`, dev 292): a column's name, no figure. */
/** A header cell of a month or of the months to date (7月, 1—7月: data/table-columns.json month), which names a column as a year does. */
export const MONTH_COLUMN = new RegExp(columns.month);
const nameWords = (cell: string): string => (MONTH_COLUMN.test(cell.trim()) ? '' : cell.replace(HEADER_YEAR, '').replace(/[（(][^（）()]*[）)]$/, ''));

const names = new Set<string>(Object.values(columns.names).flat());
/** A pattern of column names as a regexp: {plan} a five-year plan's name (“十五五”目标值), {target}, {actual}, {growth} that role's names. */
const columnPattern = (source: string): RegExp =>
  new RegExp(
    source
      .replaceAll('{plan}', PLAN_NAME)
      .replaceAll('{target}', alternation(columns.names.target))
      .replaceAll('{actual}', alternation(columns.names.actual))
      .replaceAll('{growth}', alternation(columns.names.growth)),
  );
/**
 * The patterns of column names by what a column is (data/table-columns.json patterns): a year's (2025年执行数), a plan's (“十四五”时期目标:
 * group 1 the target word), a growth's (年均增长（%）). A flattened header's cells are read with them, and the indicator stage reads a plan's.
 */
export const COLUMN_PATTERNS = { year: columnPattern(columns.patterns.year), plan: columnPattern(columns.patterns.plan), growth: columnPattern(columns.patterns.growth) };
const namePattern = new RegExp(
  Object.values(COLUMN_PATTERNS)
    .map((p) => p.source)
    .join('|'),
);
/** A line that can be a column name of a flattened table's header. */
export const isColumnName = (text: string): boolean => text.length <= 16 && (names.has(text.replace(/\s+/g, '')) || namePattern.test(text));

/** The cells of a Markdown row: `| a | b\|c |` → [a, b|c]. */
export function splitRow(text: string): string[] {
  const inner = text
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** A row as the table paragraph's text shows it: `| a | b\|c |`. */
export const rowText = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;

/** The table paragraph's text: the caption, then each row on its own line. */
export const tableText = (t: Pick<TableData, 'caption' | 'head' | 'rows'>): string => [...(t.caption ? [t.caption] : []), ...[...t.head, ...t.rows].map(rowText)].join('\n');

/** Rebuilds tables; records them in `log.tables` and leaves blank lines where they stood. */
export const tables: CleaningRule = {
  kind: 'table',
  apply(lines, log) {
    const out = lines.slice();
    const found: FoundTable[] = [];
    // a page break inside a table one cell a line (its number, its running header) is no cell: the table's reading steps over it
    const furniture = pageFurniture(lines);
    const blank = (i: number): void => {
      out[i] = { ...out[i]!, text: '' };
    };
    for (let i = 0; i < out.length; i++) {
      const text = out[i]!.text;
      if (PIPE_ROW.test(text) || RULE_LINE.test(text)) {
        let j = i;
        while (j < out.length && (PIPE_ROW.test(out[j]!.text) || RULE_LINE.test(out[j]!.text))) j++;
        // a row alone on its paragraph: the rows of a page that sets each in a <p> of its own, or of a Word extraction (a blank
        // line after every paragraph), are one table while every row stands so, as wide as the first (dev 292 in eval:shapes html)
        if (j === i + 1 && PIPE_ROW.test(text)) j = spacedRun(out, i);
        const dropped: number[] = [];
        const table = markdownTable(out, i, j, dropped);
        for (let k = i; k < j; k++) {
          if (!RULE_LINE.test(out[k]!.text)) continue;
          log.cleaning.push({ kind: 'table', text: out[k]!.text, line: out[k]!.line, note: 'rule line of a Markdown table' });
          blank(k);
        }
        if (table) {
          for (const k of dropped)
            log.cleaning.push({ kind: 'table', text: out[k]!.text, line: out[k]!.line, note: 'empty first row of a Markdown table (its names are in the row under it)' });
          for (let k = i; k < j; k++) blank(k);
          found.push(withCaption(out, i, table, blank));
        }
        i = j - 1;
        continue;
      }
      // a table a row a line: a bulletin's year table, else one whose cells runs of spaces part (its header on one line, or
      // broken over lines by the layout)
      const lined = yearTable(out, i) ?? spacedTable(out, i) ?? wrappedTable(out, i);
      if (lined) {
        for (const k of lined.at) blank(k);
        found.push(withCaption(out, i, { ...lined.data, line: out[i]!.line }, blank));
        i = lined.at[lined.at.length - 1]!;
        continue;
      }
      if (isColumnName(text)) {
        const table = flattenedTable(out, i, furniture);
        if (!table) {
          // a header whose rows do not check is not read again from its second name on
          while (i + 1 < out.length && isColumnName(out[i + 1]!.text)) i++;
          continue;
        }
        for (const k of table.at) blank(k);
        found.push(withCaption(out, i, { ...table.data, line: out[i]!.line }, blank));
        i = table.at[table.at.length - 1]!;
      }
    }
    if (found.length) (log.tables ??= []).push(...found);
    return out;
  },
};

/**
 * The end of a run of Markdown rows from `from` each alone on its paragraph (a blank line after it) and as wide as the first:
 * it ends at a row that another row follows right under it (that one begins a table of its own) or at a line of text.
 */
function spacedRun(lines: readonly SourceLine[], from: number): number {
  const width = splitRow(lines[from]!.text).length;
  let end = from + 1;
  for (let k = from + 1; k < lines.length; k++) {
    if (lines[k]!.text === '') continue;
    const next = lines[k + 1]?.text ?? '';
    if (!PIPE_ROW.test(lines[k]!.text) || splitRow(lines[k]!.text).length !== width || PIPE_ROW.test(next) || RULE_LINE.test(next)) break;
    end = k + 1;
  }
  return end;
}

/** The Markdown table in lines [from, to), or null when its rows do not agree; a row it leaves out goes to `dropped`. */
function markdownTable(lines: SourceLine[], from: number, to: number, dropped: number[]): FoundTable | null {
  let rows: { cells: string[]; line: number; index: number }[] = [];
  for (let k = from; k < to; k++) if (lines[k]!.text !== '' && !RULE_LINE.test(lines[k]!.text)) rows.push({ cells: splitRow(lines[k]!.text), line: lines[k]!.line, index: k });
  const after = (r: (typeof rows)[number]): string => lines[r.index + 1]?.text ?? '';
  // An HTML table without header cells, converted to Markdown: an empty first row over the delimiter, the names in the row under it.
  const emptyHead = rows.length > 2 && rows[0]!.cells.every((c) => c === '') && DELIMITER.test(after(rows[0]!)) && !rows[1]!.cells.some((c) => DIGIT.test(c));
  if (emptyHead) {
    dropped.push(rows[0]!.index);
    rows = rows.slice(1);
  }
  if (rows.length < 2) return null;
  const width = rows[0]!.cells.length;
  if (width < 2) return null;
  // A header: the row above a GFM delimiter or a grid `+===+`, or of `<th>` cells (html-markup), else a first row of names over rows with figures.
  const delimited = DELIMITER.test(after(rows[0]!));
  const marked = emptyHead || delimited || HEADER_RULE.test(after(rows[0]!)) || lines[rows[0]!.index]!.head === true;
  // a year names a column (`2025年`, `1957年计划产量`), and so does a note in brackets after a name (`价格指数（1—12月）`, dev 292): a first row
  // of names and years over rows with figures is the header (nameWords)
  const named = !rows[0]!.cells.some((c) => DIGIT.test(nameWords(c))) && rows.slice(1).some((r) => r.cells.some((c) => DIGIT.test(c)));
  const head = marked || named ? [rows[0]!.cells] : [];
  // a header of merged cells (an HTML table's rowspan and colspan, laid out by html-markup; a Markdown table's second header
  // row, under its delimiter or not): a row without figures whose words all stand under empty cells of the header row above
  // it, or under a group's name that row goes on empty from, names those columns, and is the header's too (dev 426)
  if (head.length)
    for (let k = 1; k < rows.length - 1; k++) {
      const cells = rows[k]!.cells;
      const over = head[head.length - 1]!;
      const words = cells.filter((c) => c !== '');
      // a word under a name is a column of its group when the name's row goes on empty over the words beside it (2025年执行数 over 金额 增长%)
      const underGroup = (i: number): boolean => (over[i + 1] ?? 'x') === '' && (cells[i + 1] ?? '') !== '';
      if (!words.length || cells.some((c) => DIGIT.test(nameWords(c))) || cells.some((c, i) => c !== '' && (over[i] ?? '') !== '' && !underGroup(i))) break;
      head.push(cells);
    }
  const body = rows.slice(head.length).map((r) => ({ ...r, cells: r.cells.slice() }));
  if (head[0]) carryDown(head[0], body);
  const merged = mergedHead(
    head,
    rows.slice(0, head.length).map((r) => lines[r.index]!),
  );
  const spanned = merged.length ? { merged } : {};
  // under a delimiter row a row longer than the header keeps all its cells (nothing lost): the table is as wide as its
  // widest row, the others end in empty cells (dev 424, where a page broke one cell in two); a shorter row lost a merged
  // cell somewhere, and its cells would stand under the wrong names
  if (delimited && !emptyHead && body.length && body.every((r) => r.cells.length >= width) && body.some((r) => r.cells.length > width)) {
    const widest = Math.max(width, ...body.map((r) => r.cells.length));
    for (const cells of [head[0]!, ...body.map((r) => r.cells)]) while (cells.length < widest) cells.push('');
  } else if (body.some((r) => r.cells.length !== width)) return null;
  return {
    from: lines[rows[0]!.index]!.html ? 'html' : 'markdown',
    head,
    rows: body.map((r) => r.cells),
    lines: body.map((r) => r.cells.map(() => r.line)),
    line: rows[0]!.line,
    ...spanned,
  };
}

/**
 * The merged cells of a header: an HTML table's, as its rowspan and colspan say (html-markup keeps them on the row's line),
 * down to the header's last row; a header of two rows or more without them (a Markdown table's) reads them from its words:
 * a name over empty places down to the last row spans those rows (`项目` over the row of `金额` `增长%`), and a name followed
 * by empty places in its row over named ones spans those columns (`2025年执行数` over `金额` `增长%`).
 */
function mergedHead(head: readonly string[][], headLines: readonly SourceLine[]): MergedCell[] {
  if (headLines.some((l) => l.spans))
    return headLines.flatMap((l, row) =>
      (l.spans ?? []).map((s) => ({ row, col: s.col, rows: Math.min(s.rows, head.length - row), cols: s.cols })).filter((m) => m.rows > 1 || m.cols > 1),
    );
  if (head.length < 2 || headLines.some((l) => l.html)) return [];
  const out: MergedCell[] = [];
  head.forEach((cells, row) =>
    cells.forEach((cell, col) => {
      if (cell.trim() === '') return;
      if (row < head.length - 1 && head.slice(row + 1).every((r) => (r[col] ?? '').trim() === '')) {
        out.push({ row, col, rows: head.length - row, cols: 1 });
        return;
      }
      const below = head[row + 1];
      if (!below || (below[col] ?? '').trim() === '') return;
      let cols = 1;
      while (col + cols < cells.length && cells[col + cols]!.trim() === '' && (below[col + cols] ?? '').trim() !== '') cols++;
      if (cols > 1) out.push({ row, col, rows: 1, cols });
    }),
  );
  return out;
}

/**
 * What stands over each column of a table's header, top to bottom (its groups, then its own name): `2025年执行数`, `金额`.
 * A merged cell counts once, in its first row; empty places are left out.
 */
export function columnPaths(t: Pick<TableData, 'head' | 'merged'>): string[][] {
  const width = Math.max(0, ...t.head.map((r) => r.length));
  const covering = (row: number, col: number): MergedCell | undefined =>
    t.merged?.find((m) => m.row <= row && row < m.row + m.rows && m.col <= col && col < m.col + m.cols && (m.row !== row || m.col !== col));
  return Array.from({ length: width }, (_, col) =>
    t.head.flatMap((cells, row) => {
      const m = covering(row, col);
      const text = m ? (m.row === row ? (t.head[m.row]![m.col] ?? '') : '') : (cells[col] ?? '');
      return text.trim() === '' ? [] : [text];
    }),
  );
}

/**
 * Cells merged down a group (a category printed once: `| 1 | 政务服务 | 一窗综合受理率（%） | 100 |` then `| 2 | 审批事项用证率（%） | 95 |`),
 * in a table whose header starts with its 序号 column and names its metric column: a row short by as many cells as there are
 * columns between the two at most, whose number follows the row above's, lacks those columns; it takes them from the row above.
 */
function carryDown(head: string[], body: { cells: string[] }[]): void {
  const nameCol = head.findIndex((h) => NAME_COLUMN.has(h.replace(/\s+/g, '')));
  if (!SERIAL.has(head[0]!.replace(/\s+/g, '')) || nameCol < 2) return;
  body.forEach((r, i) => {
    const missing = head.length - r.cells.length;
    const before = body[i - 1]?.cells;
    if (missing < 1 || missing > nameCol - 1 || !before || before.length !== head.length || Number(r.cells[0]) !== Number(before[0]) + 1) return;
    r.cells.splice(1, 0, ...before.slice(1, 1 + missing));
  });
}

/** The nearest line above `at` with text (blank lines skipped), or -1. */
function above(lines: SourceLine[], at: number): number {
  let k = at - 1;
  while (k >= 0 && lines[k]!.text === '') k--;
  return k;
}

/**
 * Takes the caption above a table into it (`表1 主要指标`, `…对照表`): one line, or the pieces of one
 * a scrape put on lines of their own (`附件` / `1` / `天津市` / `2023` / `年春节期间…汇总表`), read
 * up from the line above the table to a line that starts a caption (附件, 附表, 表1).
 */
function withCaption(lines: SourceLine[], start: number, table: FoundTable, blank: (i: number) => void): FoundTable {
  // a line of the unit between the caption and the table (`单位：亿元`, `金额单位：亿美元`) is the table's, under its caption
  const unitAt = above(lines, start);
  const unitLine = unitAt >= 0 && UNIT_LINE.test(lines[unitAt]!.text.trim()) ? unitAt : -1;
  // its text, read once before any line is blanked
  const unit = unitLine >= 0 ? lines[unitLine]!.text.trim() : undefined;
  const k = above(lines, unitLine >= 0 ? unitLine : start);
  const text = k >= 0 ? lines[k]!.text : '';
  // the caption's words under its number a page broke into runs of their own (`表` / `2` / `主要农作物播种面积…`,
  // `表1  202` / `5` / `年分区县…`; dev 426): read up over runs of digits to the piece that starts it
  if (text && chars(text) <= 40 && !TERMINAL.test(text) && !CAPTION.test(text)) {
    const pieces: number[] = [];
    for (let j = above(lines, k), n = 0; j >= 0 && n < 3; j = above(lines, j), n++) {
      const piece = lines[j]!.text.trim();
      if (BROKEN_START.test(piece)) {
        pieces.push(j);
        const caption = [...pieces.reverse(), k].map((i) => lines[i]!.text.trim()).join('') + (unit !== undefined ? ` ${unit}` : '');
        for (const i of [...pieces, k, ...(unitLine >= 0 ? [unitLine] : [])]) blank(i);
        return { ...table, caption, line: lines[j]!.line };
      }
      if (!/^[0-9０-９]{1,4}$/.test(piece)) break;
      pieces.push(j);
    }
  }
  if (!text || chars(text) > 40 || TERMINAL.test(text) || !CAPTION.test(text)) {
    if (unit === undefined) return table;
    blank(unitLine);
    return { ...table, caption: unit, line: lines[unitLine]!.line };
  }
  const pieces = unitLine >= 0 ? [k, unitLine] : [k];
  let caption = text;
  for (let j = above(lines, k), n = 1; j >= 0 && n < 6; j = above(lines, j), n++) {
    const piece = lines[j]!.text;
    if (TERMINAL.test(piece) || chars(piece + caption) > 40) break;
    if (CAPTION_START.test(piece)) {
      for (let i = j; i < k; i++) if (lines[i]!.text !== '') pieces.push(i);
      caption = lines
        .slice(j, k + 1)
        .map((l) => l.text)
        .filter((t) => t !== '')
        // two numbers the break parted stay two (`表  1` over `2025年…`), not one (12025年)
        .reduce((joined, t) => joined + (/\d$/.test(joined) && /^\d/.test(t) ? ' ' : '') + t, '');
      break;
    }
    // the pieces of one caption are short; a line of words stands on its own
    if (piece.length > 6 && !YEAR_ONLY.test(piece)) break;
  }
  if (unit !== undefined) caption += ` ${unit}`;
  for (const i of pieces) blank(i);
  return { ...table, caption, line: lines[Math.min(...pieces)]!.line };
}

/** A caption's length as read: a layout's letter spacing (`2025年  济  南  市…构  成  表`, dev 427) does not count. */
const chars = (text: string): number => text.replace(/\s+/g, '').length;

/** The first piece of a caption a page broke into runs: `表`, `表2`, `附表1`, `表1  202` (the number, the start of a year). */
const BROKEN_START = /^(?:附件|附表|表)\s*[0-9０-９]*(?:\s+[0-9０-９]{1,4})?$/;

/**
 * A unit a table states for its figures, from the units of indicators/units.ts: a multiplier, a unit or both (万, 人, 亿元), and
 * what it is per after a slash (元/吨). Not a body: 主办单位：国家能源局…, 牵头考核单位：市工信局 name who, no unit.
 */
const TABLE_UNIT = `(?:(?:${multiplierPattern})?(?:${unitPattern})(?:/(?:${multiplierPattern})?(?:${perUnitPattern}))?|(?:${multiplierPattern}))`;
/** The currency said before a table's amounts (`单位：人民币亿元`): no part of the unit its figures carry. */
const CURRENCY = '(?:人民币|人民幣)?';
/** A line that gives a table's unit, or the units of its columns: `单位：亿元`, `金额单位：亿美元`, `单位：万人、%`. */
export const UNIT_LINE = new RegExp(`^\\p{Script=Han}{0,4}单位[：:]\\s*${CURRENCY}${TABLE_UNIT}(?:、${TABLE_UNIT})*$`, 'u');
/** The one unit a caption gives a table's figures at its end (`表2：…产量单位：万吨`, `金额单位：亿美元` under it); several (万人、%) give none. */
export const CAPTION_UNIT = new RegExp(`单位[：:]\\s*${CURRENCY}(${TABLE_UNIT})\\**\\s*$`, 'u');

/** The first piece of a caption broken over lines: 附件, 附表, 表1. */
const CAPTION_START = new RegExp(`^(?:附件|附表|表)\\s*${NUMBER}*$`);

/** The names of a column by what it holds (data/table-columns.json names: serial 序号, attribute 属性, metric 指标, unit 单位, category 类别). */
const SERIAL = new Set(columns.names.serial);
/** Columns a row may leave out at its end: remarks. */
const OPTIONAL = /^(?:备注|備註|说明|說明)$/;
const YEAR_ONLY = /^(?:19|20)\d{2}$/;
const DIGIT_CELL = /^[\d.,%％\s]+$/;
const TOTAL = /^(?:合\s*计|合\s*計|总\s*计|總\s*計|小\s*计|小\s*計)$/;
/** A column name of a header led by 序号: short words, a year before them, a unit in brackets (2024年拨付资金（万元）), no sentence. */
const isFreeHeader = (text: string): boolean =>
  text.length >= 2 &&
  text.length <= 24 &&
  /\p{Script=Han}/u.test(text) &&
  !/^\d/.test(text.replace(/^(?:19|20)\d{2}年(?=\p{Script=Han})/u, '')) &&
  !/[。；;！？!?，,：:、]/.test(text);
const ATTRIBUTE = /^(?:约束性|預期性|预期性|約束性|约束|預期|预期|約束)$/;
/** A header's 属性 column, whose cells are ATTRIBUTE words. */
const ATTRIBUTE_COLUMN = new Set(columns.names.attribute);
/** A header's column of the rows' names. */
const NAME_COLUMN = new Set(columns.names.metric);
const UNIT_COLUMN = new Set(columns.names.unit);
const CATEGORY = new Set(columns.names.category);
/** A year alone in a header cell (`2025年`), and the words of what a year's column holds (预计, 目标, 完成): a header broken between them is one name. */
const BARE_YEAR = /^(?:19|20)\d{2}\s*年$/;
const ROLE_WORDS = new Set([...columns.names.target, ...columns.names.actual]);

/**
 * The flattened table whose header starts at line `start`: its data and the indices of every line it
 * used, or null. The header is the run of column names; rows are read `width` cells at a time and
 * must check: the 序号 cell is the next number, the 属性 cell a binding word. A category column
 * before 序号 is printed once per group (a merged cell), so a row may start at its number and inherit it.
 */
function flattenedTable(lines: SourceLine[], start: number, furniture: ReadonlySet<number> = new Set()): { data: TableData; at: number[] } | null {
  const at: number[] = [];
  const next = (k: number): number => {
    let n = k + 1;
    while (n < lines.length && (lines[n]!.text === '' || furniture.has(n))) n++;
    return n;
  };
  const head: string[] = [];
  // A header that starts with its 序号 column may name its other columns freely (用户名称, 补贴总额（万元）):
  // the running number of every row is the evidence.
  const serialLed = SERIAL.has(lines[start]!.text);
  let k = start;
  while (k < lines.length && head.length < 10) {
    const text = lines[k]!.text;
    const n = next(k);
    // 2024 / 年拨付资金（万元）: a scrape that puts every number on a line of its own split the name at its year
    const joined = serialLed && YEAR_ONLY.test(text) && n < lines.length && /^年/.test(lines[n]!.text) ? text + lines[n]!.text : undefined;
    if (joined !== undefined && isFreeHeader(lines[n]!.text)) {
      head.push(joined);
      at.push(k, n);
      k = next(n);
      continue;
    }
    // 2025年 / 预计, 年均/ / 累计: a column name the layout broke over two lines, a year over what its column holds or a name
    // over the one its slash pairs it with; joined when the two make one name
    if (n < lines.length && (BARE_YEAR.test(text) ? ROLE_WORDS.has(lines[n]!.text) : /[/／]$/.test(text)) && isColumnName(text + lines[n]!.text)) {
      head.push(text + lines[n]!.text);
      at.push(k, n);
      k = next(n);
      continue;
    }
    // 累计增长 / （下降）: a column name whose bracket the extraction put on a line of its own
    if (head.length > 0 && HEAD_BRACKET.test(text)) {
      head[head.length - 1] += text;
      at.push(k);
      k = n;
      continue;
    }
    if (!isColumnName(text) && !(serialLed && isFreeHeader(text))) break;
    head.push(text);
    at.push(k);
    k = n;
  }
  const serialCol = head.findIndex((h) => SERIAL.has(h));
  const attrCol = head.findIndex((h) => ATTRIBUTE_COLUMN.has(h));
  const namedCol = head.findIndex((h) => NAME_COLUMN.has(h));
  const nameCol = namedCol >= 0 ? namedCol : serialLed && head.length > 1 ? 1 : -1;
  if (head.length < 3 || nameCol < 0 || (serialCol < 0 && attrCol < 0)) return null;
  const categoryFirst = serialCol > 0 && CATEGORY.has(head[0]!);
  // 备注 at the end: a row may leave it out (its number follows the row's last figure)
  let optional = 0;
  while (optional < head.length - 2 && OPTIONAL.test(head[head.length - 1 - optional]!)) optional++;
  const rows: string[][] = [];
  const cellLines: number[][] = [];
  let category = '';
  // the rows numbered so far (a name's sub-rows have no number of their own)
  let numbered = 0;
  for (;;) {
    const serial = String(numbered + 1);
    const cells: number[] = [];
    let c = k;
    const inherit = categoryFirst && lines[c]?.text === serial;
    const full = inherit ? head.length - 1 : head.length;
    while (cells.length < full && c < lines.length) {
      cells.push(c);
      c = next(c);
    }
    const width = rowWidth(lines, cells, c, full, serialCol >= 0 ? optional : 0, String(numbered + 2));
    if (width === 0) break;
    cells.length = width;
    let spans: number[][] = cells.map((n) => [n]);
    const checks = (row: string[]): boolean =>
      (serialCol < 0 || (inherit ? serialCol - 1 : serialCol) < 0 || row[inherit ? serialCol - 1 : serialCol] === serial) &&
      (attrCol < 0 || ATTRIBUTE.test(row[inherit ? attrCol - 1 : attrCol] ?? ''));
    // a name or a unit broken over lines (城市生活污水集中收集 / 率, 万吨/ / 日): the row only checks with its pieces joined
    if (
      !checks(spans.map((sp) => lines[sp[0]!]!.text)) ||
      // or the next row's number stands a line or two further down than the row's cells end
      (serialCol >= 0 && width === full && lines[c]?.text !== String(numbered + 2) && [next(c), next(next(c))].some((n) => lines[n]?.text === String(numbered + 2)))
    ) {
      const joined = joinedRow(lines, k, full, next, String(numbered + 2), checks, categoryFirst);
      if (joined) spans = joined;
    }
    // 每千人口拥有医护人员数 / 执业医师数（人） / 4.9 …, then 注册护士数（人） / 5.92 …: a name over sub-rows, each with its figures
    // and its 属性; the name's row holds the name alone, each sub-row the category and no number
    const grouped = checks(spans.map((sp) => sp.map((n) => lines[n]!.text).join('')))
      ? null
      : subRows(lines, k, full, inherit ? nameCol - 1 : nameCol, attrCol - nameCol, next, String(numbered + 2), checks);
    if (grouped) {
      const lead = grouped[0]!.slice(0, (inherit ? nameCol - 1 : nameCol) + 1);
      const leadText = lead.map((n) => lines[n]!.text);
      const leadLines = lead.map((n) => lines[n]!.line);
      if (inherit) {
        leadText.unshift(category);
        leadLines.unshift(lines[lead[0]!]!.line);
      }
      if (categoryFirst) category = leadText[0]!;
      const nameLine = leadLines[leadLines.length - 1]!;
      rows.push([...leadText, ...Array<string>(head.length - leadText.length).fill('')]);
      cellLines.push([...leadLines, ...Array<number>(head.length - leadLines.length).fill(nameLine)]);
      for (const [r, sub] of grouped.entries()) {
        const own = r === 0 ? sub.slice(lead.length) : sub;
        const before = categoryFirst ? [category, ...Array<string>(nameCol - 1).fill('')] : Array<string>(nameCol).fill('');
        rows.push([...before, ...own.map((n) => lines[n]!.text)]);
        cellLines.push([...before.map(() => lines[own[0]!]!.line), ...own.map((n) => lines[n]!.line)]);
      }
      numbered++;
      const used = grouped.flat();
      at.push(...used);
      k = next(used[used.length - 1]!);
      continue;
    }
    const row = spans.map((sp) => sp.map((n) => lines[n]!.text).join(''));
    const rowLines = spans.map((sp) => lines[sp[0]!]!.line);
    if (inherit) {
      row.unshift(category);
      rowLines.unshift(lines[cells[0]!]!.line);
    }
    if (serialCol >= 0 && row[serialCol] !== serial) break;
    if (attrCol >= 0 && !ATTRIBUTE.test(row[attrCol]!)) break;
    if (row.some((cell) => cell.length > 60 || TERMINAL.test(cell))) break;
    if (categoryFirst) category = row[0]!;
    // the cells a row left out are empty
    while (row.length < head.length) row.push('');
    rows.push(row);
    cellLines.push(rowLines);
    numbered++;
    const used = spans.flat();
    at.push(...used);
    k = used.length > width ? next(used[used.length - 1]!) : width === full ? c : next(cells[width - 1]!);
  }
  if (rows.length < 2) return null;
  return { data: { from: 'flattened', head: [head], rows, lines: cellLines }, at };
}

/** The cells of a line printed with spaces between them: `1 城市建成区排水管网密度 公里/平方公里 9.6 12 预期性`. */
const spacedCells = (text: string): string[] => text.split(/[ \t\u3000\u00a0]+/).filter((c) => c !== '');
/** The words a value cell may print before its figure (`约80`, `≥5.5`, `不低于90`); indicators/table.ts reads each as a comparator. */
export const CELL_WORDS_BEFORE = ['约', '≥', '≤', '>', '<', '＞', '＜', '≧', '≦', '大于', '小于', '不低于', '不高于', '不超过', '超过'];
/** The words a value cell may print after its figure (`80以上`, `5左右`); indicators/table.ts reads each as a comparator. */
export const CELL_WORDS_AFTER = ['左右', '以上', '以下', '以内', '及以上'];
/** A figure's number in a cell: grouped by commas (1,528) or by spaces (1 500), with its decimals. */
const CELL_NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?`;
/**
 * A value cell that is a figure, half-width digits (toHalfWidthDigits): comparator words (CELL_WORDS_BEFORE), a number, a range's other
 * end (`1.2-1.5`, `3至5`), a bracket for a total (`[15]`), a percent sign, comparator words after it (`80以上`). The one reading of a
 * table's figure: a printed table's rows are checked with it (spacedTable) and indicators/table.ts reads its groups: 1 the word
 * before, 2 the number, 3 the range's other end, 4 the percent sign, 5 the word after.
 */
export const FIGURE_CELL = new RegExp(
  String.raw`^(${alternation(CELL_WORDS_BEFORE)})?\s*[[［〔【]?\s*(${CELL_NUMBER})(?:\s*[-－—~～至]\s*(${CELL_NUMBER}))?\s*[\]］〕】]?\s*(%|％|‰)?\s*(${alternation(CELL_WORDS_AFTER)})?$`,
);
/** A value cell left empty: a dash, an ellipsis or a slash. */
const EMPTY_CELL = /^[—–\-－…/／]+$/;
/** A value cell of a printed table's row: a figure (FIGURE_CELL), or left empty. */
const isValueCell = (cell: string): boolean => FIGURE_CELL.test(toHalfWidthDigits(cell)) || EMPTY_CELL.test(cell);

/**
 * The table whose header is the line at `start`, its rows a line each with the cells parted by spaces
 * (a PDF's table copied as text): its data and the indices of its lines, or null. Every header cell is
 * a column name with a name column among them; a row has as many cells as the header (or lacks only
 * its 备注), and checks: the 序号 cell is the next number, the 属性 cell a binding word, and without
 * either column every value cell is a figure or a dash. A row that does not check ends the table.
 */
function spacedTable(lines: SourceLine[], start: number): { data: TableData; at: number[] } | null {
  const head = spacedCells(lines[start]!.text);
  if (head.length < 3 || !head.every(isColumnName)) return null;
  const serialCol = head.findIndex((h) => SERIAL.has(h));
  const attrCol = head.findIndex((h) => ATTRIBUTE_COLUMN.has(h));
  const nameCol = head.findIndex((h) => NAME_COLUMN.has(h));
  const unitCol = head.findIndex((h) => UNIT_COLUMN.has(h));
  if (nameCol < 0) return null;
  let optional = 0;
  while (optional < head.length - 2 && OPTIONAL.test(head[head.length - 1 - optional]!)) optional++;
  const valueCols = head
    .map((_, c) => c)
    .filter((c) => c !== serialCol && c !== attrCol && c !== nameCol && c !== unitCol && c < head.length - optional && !CATEGORY.has(head[c]!));
  if (serialCol < 0 && attrCol < 0 && valueCols.length === 0) return null;
  const rows: string[][] = [];
  const cellLines: number[][] = [];
  const at = [start];
  for (let k = start + 1; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (text === '') continue;
    const row = spacedCells(text);
    if (row.length > head.length || row.length < head.length - optional) break;
    const checks =
      (serialCol < 0 || row[serialCol] === String(rows.length + 1)) &&
      (attrCol < 0 || ATTRIBUTE.test(row[attrCol] ?? '')) &&
      /\p{Script=Han}/u.test(row[nameCol]!) &&
      !row.some((cell) => cell.length > 60 || TERMINAL.test(cell)) &&
      (serialCol >= 0 || attrCol >= 0 || (valueCols.every((c) => isValueCell(row[c]!)) && valueCols.some((c) => DIGIT.test(row[c]!))));
    if (!checks) break;
    while (row.length < head.length) row.push('');
    rows.push(row);
    cellLines.push(row.map(() => lines[k]!.line));
    at.push(k);
  }
  if (rows.length < 2) return null;
  return { data: { from: 'flattened', head: [head], rows, lines: cellLines }, at };
}

/** A figure of a row printed with spaces: signed (`-0.43`), a percentage, or a dash for none. */
const ROW_FIGURE = /^(?:[-－]?\d[\d.,]*[%％]?|[—–\-－…]+)$/;
/** The cells of a line a layout spaced out: a run of single Han characters parted by spaces is one word (`项  目` → 项目). */
const wordCells = (text: string): string[] =>
  spacedCells(text).reduce<string[]>((cells, c, k, all) => {
    const single = /^\p{Script=Han}$/u.test(c);
    if (single && k > 0 && /^\p{Script=Han}$/u.test(all[k - 1]!) && cells.length) cells[cells.length - 1] += c;
    else cells.push(c);
    return cells;
  }, []);
/** A line of a wrapped header: short words (a year names a column: `2024年`), no figure, no clause mark or colon. */
const isHeaderLine = (text: string): boolean => {
  const cells = wordCells(text);
  return (
    text.length <= 40 &&
    cells.length > 0 &&
    cells.every((c) => c.length <= 12 && /\p{Script=Han}/u.test(c) && !DIGIT.test(c.replace(HEADER_YEAR, '')) && !/[。；;！？!?，,：:、]/.test(c))
  );
};
/**
 * A table's row printed a line: a name (Han, no clause, maybe opening with a year: `2025年地方政府债务举借额`) and two or more
 * figures after it, set apart by spaces; undefined for any other line. The tables a layout printed a row a line read their rows
 * with it, and parse.ts its numbered lines: a heading's title never goes on in a run of bare figures (`1.增值税  2893569
 * 3033252  101.95`, dev 427).
 */
export function figureRow(text: string): string[] | undefined {
  const cells = spacedCells(text);
  let n = 0;
  while (n < cells.length && ROW_FIGURE.test(cells[cells.length - 1 - n]!)) n++;
  const name = cells.slice(0, cells.length - n).join('');
  if (n < 2 || !/\p{Script=Han}/u.test(name) || name.length > 30 || TERMINAL.test(name) || ROW_FIGURE.test(name)) return undefined;
  return [name, ...cells.slice(cells.length - n)];
}

/**
 * A table printed a row a line whose header the layout broke over lines (a PDF's text layer, ordered by where each cell's
 * text stands: dev 427's `2025年执行数` / `项  目  2024年` / `金额  所占比重%  增长%`, then `地域财政总收入  35744603  35590998
 * 100.00  -0.43`): three rows or more of a name and as many figures each, under two to five lines of words. The header is a
 * group over the last columns: its columns' names on the last line, the group's name on the lines above all (one cell), and
 * between them the cells as tall as the header, on the line of the name column's word (项目, 指标) or wrapped around it (`2024年` /
 * `项目` / `决算数`, joined); every cell of the header must take one column, else the lines stay text. The head is two rows,
 * the tall cells and the group merged (`merged`) as the page printed them.
 */
function wrappedTable(lines: SourceLine[], start: number): { data: TableData; at: number[] } | null {
  // a blank line between two of its lines ends no table: a page that sets each printed line in a <p> of its own parts them all so
  // (html-markup's paragraph breaks; dev 427 as a portal page, eval:shapes html and govcn-one-line), as spacedTable reads them
  const next = (k: number): number => {
    let n = k + 1;
    while (n < lines.length && lines[n]!.text === '') n++;
    return n;
  };
  const headAt: number[] = [];
  let k = start;
  while (k < lines.length && headAt.length <= 5 && lines[k]!.text !== '' && !figureRow(lines[k]!.text) && isHeaderLine(lines[k]!.text)) {
    headAt.push(k);
    k = next(k);
  }
  if (headAt.length < 2 || headAt.length > 5) return null;
  const rows: string[][] = [];
  const at: number[] = [];
  for (; k < lines.length; k = next(k)) {
    const row = figureRow(lines[k]!.text);
    if (!row || (rows.length && row.length !== rows[0]!.length)) break;
    rows.push(row);
    at.push(k);
  }
  if (rows.length < 3) return null;
  const head = headerOfWrapped(
    headAt.map((i) => wordCells(lines[i]!.text)),
    rows[0]!.length,
  );
  if (!head) return null;
  return { data: { from: 'flattened', head: head.head, merged: head.merged, rows, lines: at.map((i) => rows[0]!.map(() => lines[i]!.line)) }, at: [...headAt, ...at] };
}

/** The two header rows of a wrapped header's lines (wrappedTable) over `width` columns, or undefined when its cells do not account for them. */
function headerOfWrapped(headLines: string[][], width: number): { head: string[][]; merged: MergedCell[] } | undefined {
  const leaves = headLines[headLines.length - 1]!;
  const k = leaves.length;
  const tall = width - 1 - k;
  const above = headLines.slice(0, -1);
  const nameLines = above.flatMap((cells, i) => (cells.some((c) => NAME_COLUMN.has(c)) ? [i] : []));
  if (k < 2 || tall < 0 || nameLines.length !== 1) return undefined;
  const p = nameLines[0]!;
  const nameCells = above[p]!.filter((c) => NAME_COLUMN.has(c));
  if (nameCells.length !== 1) return undefined;
  const beside = above[p]!.filter((c) => !NAME_COLUMN.has(c));
  let talls: string[];
  let groupLines: string[][];
  if (beside.length === tall && p === above.length - 1) {
    // the tall cells on the name's line
    talls = beside;
    groupLines = above.slice(0, p);
  } else if (beside.length === 0 && tall > 0 && p >= 1 && p === above.length - 2 && above[p - 1]!.length === tall && above[p + 1]!.length === tall) {
    // each tall cell wrapped around the name's line: its first piece above, its second below
    talls = above[p - 1]!.map((c, i) => c + above[p + 1]![i]!);
    groupLines = above.slice(0, p - 1);
  } else return undefined;
  // the group over the last columns: one cell, maybe wrapped over lines of its own
  if (groupLines.length < 1 || groupLines.some((cells) => cells.length !== 1)) return undefined;
  const group = groupLines.map((cells) => cells[0]!).join('');
  return {
    head: [
      [nameCells[0]!, ...talls, group, ...leaves.slice(1).map(() => '')],
      ['', ...talls.map(() => ''), ...leaves],
    ],
    merged: [{ row: 0, col: 0, rows: 2, cols: 1 }, ...talls.map((_, i) => ({ row: 0, col: 1 + i, rows: 2, cols: 1 })), { row: 0, col: 1 + tall, rows: 1, cols: k }],
  };
}

/** The year column of a statistical bulletin's table: `1995年`, `2024年末`. */
const BULLETIN_YEAR = /^(?:19|20)\d{2}\s*年末?$/;
/**
 * Its growth column: `比上年增长％`, `比上年末增长(%)`, `比上年增减%`, `增长%` (against the year before, as a table's column says it); a price table's
 * rise or fall, `比上年涨跌幅度（%）` (dev 292).
 */
export const GROWTH_COLUMN = /^(?:(?:比上年末?|比去年|同比)(?:增长|增减|增加|涨跌幅度?)?|增长|增减|涨跌幅度?)[（(]?[%％][）)]?$/;
/**
 * A growth in a cell: `35.9`, `-83.7`, `－0.8` (a bulletin's growth column, a table's growth column of figures alone:
 * indicators/table.ts), read after full-width digits and points are made half-width (`-7．0` of an older page).
 */
export const GROWTH_CELL = /^[-－—–]?\d+(?:\.\d+)?$/;
/** A bulletin row's value: `46500`, `35,436`, `12.39`. */
const VALUE_CELL = /^\d+(?:,\d{3})*(?:\.\d+)?$/;
/** A note on a line of its own under a row, how its figure is counted: `（折标准燃料）`. */
const ROW_NOTE = /^[（(][^（()）\d]{1,12}[）)]$/;

/**
 * A statistical bulletin's table printed a row a line (a national bulletin of the 1990s, dev 386): a header of the
 * year and its growth (`1995年 比上年增长％`), then rows `粮食 46500 万吨 4.5` (name, the year's value, its unit, the
 * growth) or `货物周转量（亿吨公里） 35436 6.5` (the unit in the name's bracket); a bracket on a line of its own goes on
 * the name above (`能源生产总量 12.39 亿吨 4.4` / `（折标准燃料）`). The table's head is the source's two names over
 * the value and growth columns, the name and unit columns unnamed. A blank line or a line of another shape ends it.
 */
function yearTable(lines: SourceLine[], start: number): { data: TableData; at: number[] } | null {
  const head = spacedCells(lines[start]!.text);
  if (head.length !== 2 || !BULLETIN_YEAR.test(head[0]!) || !GROWTH_COLUMN.test(head[1]!)) return null;
  const rows: string[][] = [];
  const cellLines: number[][] = [];
  const at = [start];
  for (let k = start + 1; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (text.trim() === '') break;
    const cells = spacedCells(text);
    if (cells.length === 1 && ROW_NOTE.test(cells[0]!) && rows.length > 0) {
      rows[rows.length - 1]![0] += cells[0]!;
      at.push(k);
      continue;
    }
    const row = cells.length === 4 ? cells : cells.length === 3 ? [cells[0]!, cells[1]!, '', cells[2]!] : undefined;
    if (!row) break;
    const [name, value, unit, growth] = row.map((c) => toHalfWidthDigits(c).replace(/．/g, '.'));
    const checks =
      /\p{Script=Han}/u.test(name!) &&
      name!.length <= 30 &&
      !TERMINAL.test(name!) &&
      VALUE_CELL.test(value!) &&
      (unit === '' || (!DIGIT.test(unit!) && unit!.length <= 6)) &&
      GROWTH_CELL.test(growth!);
    if (!checks) break;
    rows.push(row);
    cellLines.push(row.map(() => lines[k]!.line));
    at.push(k);
  }
  if (rows.length < 2) return null;
  return { data: { from: 'flattened', head: [['', head[0]!, '', head[1]!]], rows, lines: cellLines }, at };
}

/** A column name's bracket on a line of its own: `（下降）`, `（%）`. */
const HEAD_BRACKET = /^[（(][^（()）]{1,8}[）)]$/;
/**
 * A cell that cannot be a piece of a broken name or unit: a value cell, a figure or a row number (FIGURE_CELL: `1.58`, `80以上`,
 * `约80`, `[15]`, `１２`) or one left empty (`—`); a 属性 word is ATTRIBUTE's. Not any run of digits and signs (`5%~10%`, `1.`, `,`).
 */
export const wholeCell = (text: string): boolean => isValueCell(text);
/** The end of a table's last row: no more lines, a note (注：), a caption or a sentence. */
const isRowEnd = (lines: SourceLine[], i: number): boolean => {
  const text = lines[i]?.text;
  return text === undefined || /^(?:注|备注|說明|说明|资料来源)[：:]/.test(text) || CAPTION.test(text) || TERMINAL.test(text) || text.length > 30;
};
/** Units a cell may hold whole (个, 万人): a line that is one is a cell of its own, not the tail of a name. */
const UNITS = new Set<string>([...baseUnits, ...Object.keys(multipliers).flatMap((m) => [m, ...baseUnits.map((u) => m + u)])]);
/**
 * What may go on a figure, on a line of its own: its comparator word (1.58 / 左右: CELL_WORDS_AFTER) or a bracket that dates or qualifies it
 * (21.5 / （2024年）); a bracket goes on a category's name too (经济发展 / （7项）, the count of its rows).
 */
const FIGURE_TAIL = new RegExp(`^(?:${alternation(CELL_WORDS_AFTER)}|[（(][^（()）]{1,8}[）)])$`);
/** Joining `a` and `b` reads as one cell broken by the layout: a unit after its slash, a bracket closed, a short tail that is no unit (率, 数); 0: no reason to join. */
const natural = (a: string, b: string): number =>
  /[/／（(]$/.test(a) || /^[/／）)]/.test(b) || (/[（(][^）)]*$/.test(a) && /[）)]/.test(b)) || (FIGURE_TAIL.test(b) && !FIGURE_TAIL.test(a))
    ? 2
    : b.length <= 2 && /^\p{Script=Han}+$/u.test(b) && !UNITS.has(b)
      ? 1
      : 0;

/**
 * The row at line `k` read with one or two of its text cells broken over two lines: the `full` cells
 * as spans of lines, or null. A reading must check (the row number, the 属性 word) and end where the
 * next row starts (its number) or the table does; of several, the one whose joins read most
 * naturally, then the earliest.
 */
function joinedRow(
  lines: SourceLine[],
  k: number,
  full: number,
  next: (k: number) => number,
  nextSerial: string,
  checks: (row: string[]) => boolean,
  categoryFirst = false,
): number[][] | null {
  // the next row starts at its number, or, in a table whose category is printed once per group, at the next group's name
  // (绿色低碳 / （6项）, then its first number)
  const startsNext = (i: number): boolean =>
    lines[i]?.text === nextSerial ||
    (categoryFirst && !wholeCell(lines[i]?.text ?? '0') && !ATTRIBUTE.test(lines[i]!.text) && [next(i), next(next(i))].some((n) => lines[n]?.text === nextSerial));
  const read: number[] = [];
  for (let c = k; read.length < full + 2 && c < lines.length; c = next(c)) read.push(c);
  let best: { spans: number[][]; score: number } | null = null;
  for (let extra = 1; extra <= 2 && !best; extra++) {
    if (read.length < full + extra) break;
    const lineAfter = read.length > full + extra ? read[full + extra]! : next(read[read.length - 1]!);
    if (!startsNext(lineAfter) && !isRowEnd(lines, lineAfter)) continue;
    // choose `extra` places among the full + extra - 1 gaps where a line goes on the cell before it
    const gaps = full + extra - 1;
    const choose = (from: number, left: number, picked: number[]): void => {
      if (left === 0) {
        const spans: number[][] = [];
        let score = 0;
        for (let i = 0; i < full + extra; i++) {
          if (picked.includes(i - 1)) {
            const prev = spans[spans.length - 1]!;
            const a = lines[prev[prev.length - 1]!]!.text;
            const b = lines[read[i]!]!.text;
            if ((wholeCell(a) && !(FIGURE_TAIL.test(b) && /\d/.test(a))) || wholeCell(b) || ATTRIBUTE.test(b) || ATTRIBUTE.test(a)) return;
            const reason = natural(a, b);
            if (reason === 0) return;
            score += reason;
            prev.push(read[i]!);
          } else spans.push([read[i]!]);
        }
        if (!checks(spans.map((sp) => sp.map((n) => lines[n]!.text).join('')))) return;
        if (!best || score > best.score) best = { spans, score };
        return;
      }
      for (let g = from; g < gaps; g++) choose(g + 1, left - 1, [...picked, g]);
    };
    choose(0, extra, []);
  }
  return best ? (best as { spans: number[][] }).spans : null;
}

/** A cell that reads as a row's name with its unit in brackets (执业医师数（人）): no figure. */
const NAME_UNIT_CELL = /\p{Script=Han}.*[（(][^（()）\d]{1,8}[）)]$/u;

/**
 * A numbered row whose name is over sub-rows (每千人口拥有医护人员数, then 执业医师数（人） and 注册护士数（人）, each with its figures
 * and 属性): the lines of its first row (its leading cells, the name, the first sub-row's cells) and of each further sub-row,
 * or null. The first row must check with the sub-row's name in the name's place, each further sub-row (`width` cells from the
 * name column on) end in a 属性 word, and the last end where the next row starts or the table does.
 */
function subRows(
  lines: SourceLine[],
  k: number,
  full: number,
  nameAt: number,
  attrAt: number,
  next: (k: number) => number,
  nextSerial: string,
  checks: (row: string[]) => boolean,
): number[][] | null {
  if (attrAt < 1) return null;
  const isName = (i: number): boolean => {
    const text = lines[i]?.text ?? '';
    return /\p{Script=Han}/u.test(text) && text.length <= 30 && !TERMINAL.test(text) && !ATTRIBUTE.test(text) && !wholeCell(text);
  };
  const read = (from: number, count: number): number[] => {
    const got: number[] = [];
    for (let c = from; got.length < count && c < lines.length; c = next(c)) got.push(c);
    return got;
  };
  const first = read(k, full + 1);
  if (first.length < full + 1 || !isName(first[nameAt]!) || !isName(first[nameAt + 1]!)) return null;
  if (!checks(first.filter((_, i) => i !== nameAt + 1).map((n) => lines[n]!.text))) return null;
  const width = full - nameAt;
  const out = [first];
  let at = next(first[first.length - 1]!);
  while (at < lines.length && lines[at]!.text !== nextSerial && !isRowEnd(lines, at) && isName(at)) {
    const sub = read(at, width);
    // its figures are no names (a bracket of a unit says a name: a row that reads off by a cell)
    if (sub.length < width || !ATTRIBUTE.test(lines[sub[attrAt]!]!.text) || sub.slice(1, attrAt).some((n) => NAME_UNIT_CELL.test(lines[n]!.text))) return null;
    out.push(sub);
    at = next(sub[sub.length - 1]!);
  }
  return out.length > 1 ? out : null;
}

/**
 * How many of the `full` cells read for a row are its own: all of them, or fewer when the table's
 * optional last columns (备注) are left out, which the next row's number right after shows. With no
 * next row (the last one), an optional cell that is a figure or a total (合计) is not the row's.
 * 0 when there are not enough cells.
 */
function rowWidth(lines: SourceLine[], cells: number[], after: number, full: number, optional: number, nextSerial: string): number {
  if (cells.length < full - optional) return 0;
  const text = (i: number): string | undefined => lines[i]?.text;
  for (let w = Math.min(full, cells.length); w >= full - optional; w--) if (text(w < cells.length ? cells[w]! : after) === nextSerial) return w;
  for (let w = Math.min(full, cells.length); w > full - optional; w--) {
    const extra = cells.slice(full - optional, w).map((i) => text(i)!);
    if (!extra.some((t) => DIGIT_CELL.test(t) || TOTAL.test(t))) return w;
  }
  return full - optional;
}
