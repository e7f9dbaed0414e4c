// Scoring the pipeline against hand-labelled texts (test/fixtures/eval/README.md): indicators,
// outline and metadata, per text, per genre and per half. Pure: labels + records in, scores out.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ReportRecord } from '../../src/schemas/report.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import { edgeFunctionWord } from '../../src/pipeline/indicators/labels.ts';
import { convertText } from '../../src/pipeline/variants.ts';
import { pickKeyFigures } from '../../src/lib/key-figures.ts';

const genres = ['work-report', 'plan', 'work-plan', 'regulation', 'address', 'notice', 'other'] as const;
/** The two halves of the labelled texts: dev (tuned on) and test (only measured). */
export const halves = ['dev', 'test'] as const;
export type Half = (typeof halves)[number];

/** What a label file labels: all three, or a part (a text labelled for its metadata alone). */
const parts = ['indicators', 'outline', 'meta'] as const;

const num = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(?:\.\d+)?$/)
    .transform(Number),
]);
const period = z.union([z.number().int(), z.string().regex(/^\d{4}(?:-\d{4})?$/)]).transform((p) => (typeof p === 'string' && /^\d{4}$/.test(p) ? Number(p) : p));

/** One labelled figure. */
const LabelledFigure = z
  .object({
    line: z.number().int().positive(),
    match: z.union([z.string(), z.number()]).transform(String),
    label: z.string().min(1),
    metric: z.string().optional(),
    value: num,
    max: num.optional(),
    unit: z.union([z.string(), z.number()]).transform(String),
    change: z.string().optional(),
    baseline: z.union([z.string(), z.number()]).transform(String).optional(),
    kind: z.enum(['actual', 'target', 'estimate', 'provision']),
    comparator: z.enum(['>=', '>', '≈', '<=', '<']).optional(),
    period: period.optional(),
    optional: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type LabelledFigure = z.infer<typeof LabelledFigure>;

const lineRange = z.tuple([z.number().int(), z.number().int()]);

/** Whether a source line lies in the label's scope (any of its ranges); without a scope every line does. */
export function inScopeOf(label: Pick<LabelledText, 'scope'>): (line: number | undefined) => boolean {
  const scope = label.scope ?? [1, Number.MAX_SAFE_INTEGER];
  const ranges = typeof scope[0] === 'number' ? [scope as [number, number]] : (scope as [number, number][]);
  return (line) => line !== undefined && ranges.some(([from, to]) => line >= from && line <= to);
}

/** One labelled text (a YAML file in test/fixtures/eval/dev or test). */
export const LabelledText = z
  .object({
    file: z.string(),
    genre: z.enum(genres),
    /** Source lines labelled, inclusive: one range [from, to], or several ([[3, 9], [28, 31]]: a review's opening and the year's targets). */
    scope: z.union([lineRange, z.array(lineRange).nonempty()]).optional(),
    labels: z
      .array(z.enum(parts))
      .nonempty()
      .default([...parts]),
    meta: z
      .object({
        title: z.string().optional(),
        region: z.string().optional(),
        region_parent: z.string().optional(),
        year: z.number().int().optional(),
        kind: z.string().optional(),
        issuer: z.string().optional(),
        date: z
          .union([z.string(), z.number(), z.date()])
          .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d)))
          .optional(),
        doc_number: z.string().optional(),
      })
      .strict()
      .default({}),
    // a heading's number is text: YAML reads an unquoted 1. as the number 1, which no heading's number "1." equals
    headings: z.array(z.tuple([z.number().int(), z.string({ error: "a heading's number must be quoted text ('1.', not 1.: YAML reads 1. as the number 1)" })])).default([]),
    indicators: z.array(LabelledFigure).default([]),
    notes: z.string().optional(),
  })
  .strict();
export type LabelledText = z.infer<typeof LabelledText>;

/** Counts from which precision and recall are computed; they add up across texts. */
export interface Counts {
  found: number;
  right: number;
  labelled: number;
}

/**
 * The shape a source came in, as its cleaning log tells it (the corpus files are all .txt): a data export (JSON, CSV, a
 * feed; a JavaScript data file's record logs json-export too), a web page, Markdown, a PDF's text (page numbers or headers
 * taken out), text wrapped at a width (lines joined), else plain text.
 */
export function sourceFormat(record: Pick<ReportRecord, 'cleaning'>): string {
  const kinds = new Set(record.cleaning.map((c) => c.kind));
  const has = (...k: string[]): boolean => k.some((x) => kinds.has(x));
  if (has('json-export', 'csv-export', 'feed-export')) return 'data export';
  if (has('html-markup', 'web-nav')) return 'web page';
  if (has('front-matter', 'markdown-heading', 'markdown-markup', 'markdown-link')) return 'markdown';
  if (has('page-number', 'page-header', 'glued-page-number')) return 'pdf text';
  if (has('line-join')) return 'wrapped text';
  return 'plain text';
}

/** The kinds of TextScore's shapes, in the order eval prints their aggregate lines (titled in scripts/eval.ts print). */
export const shapeNames = ['label', 'kind', 'kindInDocument', 'period', 'title', 'metaKind', 'metaKindByTitle', 'metaByFormat'] as const;
export type ShapeName = (typeof shapeNames)[number];
/** Each kind of shape, nothing counted yet. */
const noShapes = (): Record<ShapeName, Record<string, number>> => Object.fromEntries(shapeNames.map((s) => [s, {}])) as Record<ShapeName, Record<string, number>>;

export interface TextScore {
  file: string;
  genre: string;
  indicators: Counts;
  /** Of the matched figures: how many have each attribute right, and how many were checked. */
  attributes: Record<'label' | 'unit' | 'kind' | 'comparator' | 'period' | 'metric' | 'change' | 'baseline', [right: number, checked: number]>;
  outline: Counts;
  /** Labelled headings not found and headings found that match no label: `L12 一、`. */
  headings: { missed: string[]; extra: string[] };
  /**
   * How the wrong things went wrong, counted by shape (no text's words): `label` and `title` by how the found text stands to
   * the labelled one (textShape), `kind` and `metaKind` by their pair (`target → actual`), `period` by periodShape;
   * `kindInDocument` the same wrong figure kinds by the document kind the tool read, and the labelled one where it read
   * another (`target → actual in other, labelled work-plan`): whether a figure's kind failed with its document's;
   * `metaKindByTitle` the wrong document kinds by whether the title was read right (`news → other, title wrong`);
   * `metaByFormat` each wrong metadata field by the shape the source came in (sourceFormat: `title in web page`). Totals
   * of these are what the held-out half may show: where the tool fails, not on which figure.
   */
  shapes: Record<ShapeName, Record<string, number>>;
  /** Labelled metadata: how many fields right, which were wrong (`region: 成都市 ≠ 遂宁市`), each field's verdict, and the wrong fields the tool left empty. */
  meta: { right: number; labelled: number; wrong: string[]; fields: Record<string, boolean>; empty: string[] };
  /** Labelled figures not found right, with why: `L14 287.9亿元: label 地区生产总值由 ≠ 地区生产总值`. */
  misses: string[];
  /** Found figures that match no label: `L20 162.4亿元 地区生产总值由`. */
  extra: string[];
  /** Every label of the record (not only the scope): how many, and those starting or ending with a function word. */
  labels: { total: number; functionWord: string[] };
  /** The key figures the report page shows (src/lib/key-figures.ts) that lie in the scope: how many, how many right, and the wrong ones. */
  keyFigures: { shown: number; right: number; wrong: string[] };
  /**
   * Only when asked (scoreText's `differences`, eval --attribute): each matched figure's attributes that differ from its
   * label, `L14 287.9亿元 地区生产总值: period 2021 ≠ 2020`. Never pinned (scores.json is written without it).
   */
  differences?: string[];
}

/**
 * A held-out text as scores.json keeps it: its counts, and a digest of everything else (which figures and headings
 * were missed or extra, which metadata was wrong), so that the pinned test still sees a text whose details
 * changed, while nobody reading the file or its diff sees what the tool missed on a text it must not be tuned on.
 */
export interface SealedText {
  file: string;
  genre: string;
  indicators: Counts;
  outline: Counts;
  meta: { right: number; labelled: number };
  keyFigures: { shown: number; right: number };
  digest: string;
}

export function sealText(text: TextScore): SealedText {
  const { file, genre, indicators, outline, meta, keyFigures } = text;
  return {
    file,
    genre,
    indicators,
    outline,
    meta: { right: meta.right, labelled: meta.labelled },
    keyFigures: { shown: keyFigures.shown, right: keyFigures.right },
    digest: createHash('sha256').update(JSON.stringify(text)).digest('hex').slice(0, 16),
  };
}

const clean = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');
export const sameUnit = (a: string, b: string): boolean => clean(a) === clean(b);

/** Parses `6.5 %`, `-2 个百分点`. */
function parseChange(s: string): { value: number; unit: string } | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(.+?)\s*$/.exec(s);
  return m ? { value: Number(m[1]), unit: clean(m[2]!) } : undefined;
}

/** Parses `162.4 亿元 2015` or `162.4 亿元`. */
function parseBaseline(s: string): { value: number; unit: string; period?: number | string } | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(\S+?)(?:\s+(\d{4}(?:-\d{4})?))?\s*$/.exec(s);
  if (!m) return undefined;
  const p = m[3] === undefined ? undefined : /^\d{4}$/.test(m[3]) ? Number(m[3]) : m[3];
  return { value: Number(m[1]), unit: clean(m[2]!), ...(p !== undefined ? { period: p } : {}) };
}

/** A found label is right when it equals one of the labelled alternatives (split by `|`) after NFKC and without spaces. */
/**
 * How a found text (a figure's label, a title) stands to the labelled one and its alternatives (`|`), after clean():
 * `longer before` / `longer after` / `longer both` (it holds a labelled text with more before, after, or both), `shorter`
 * (a labelled text holds it), `overlap` (they share two characters in a row), `disjoint`, `empty`; the first that fits of
 * the alternatives, in that order. Only for texts that are wrong: a right one is none of these.
 */
export function textShape(found: string, labelled: string): string {
  const f = clean(found);
  if (f === '') return 'empty';
  const alts = labelled.split('|').map(clean);
  const holding = alts.find((a) => a !== '' && f.includes(a));
  if (holding) return f.startsWith(holding) ? 'longer after' : f.endsWith(holding) ? 'longer before' : 'longer both';
  if (alts.some((a) => a.includes(f))) return 'shorter';
  const bigrams = new Set([...f].slice(1).map((c, i) => f[i]! + c));
  return alts.some((a) => [...a].slice(1).some((c, i) => bigrams.has(a[i]! + c))) ? 'overlap' : 'disjoint';
}

/** How a found period stands to the labelled one: `left empty`, `a year for a range`, `a range for a year`, `a later year`, `an earlier year`, `another range`. */
export function periodShape(found: number | string | undefined, labelled: number | string): string {
  if (found === undefined || found === '') return 'left empty';
  const [f, l] = [String(found), String(labelled)];
  const [fRange, lRange] = [f.includes('-'), l.includes('-')];
  if (lRange && !fRange) return 'a year for a range';
  if (!lRange && fRange) return 'a range for a year';
  if (!lRange) return Number(f) > Number(l) ? 'a later year' : 'an earlier year';
  return 'another range';
}

const countInto = (into: Record<string, number>, key: string): void => {
  into[key] = (into[key] ?? 0) + 1;
};

export const labelMatches = (found: string, labelled: string): boolean => labelled.split('|').some((alt) => clean(alt) === clean(found));
const labelOk = (found: Indicator, label: LabelledFigure): boolean => labelMatches(found.label, label.label);

/** The quantities a found figure may stand for, each a value with its unit: its level, and its change (a growth alone is its change; 下降3% is labelled 3). */
const quantitiesOf = (f: Indicator): { value: number; unit: string }[] => [
  { value: f.value, unit: f.unit },
  ...(f.change ? [f.change, { value: Math.abs(f.change.value), unit: f.change.unit }] : []),
];
/** Whether a found figure states the labelled quantity: the same value in the same unit (12亿元 is no 12%). */
const statesQuantity = (f: Indicator, l: LabelledFigure): boolean => quantitiesOf(f).some((q) => q.value === l.value && sameUnit(q.unit, l.unit));

/** Lines a paragraph of the found figure may span: from its line to the next figure's paragraph. */
const MAX_SPAN = 80;

/** A found figure as the scores list it: `L20 162.4亿元 地区生产总值由 (actual)`. */
const figureText = (f: Indicator): string => `L${f.line} ${f.match} ${f.label} (${f.kind})`;

/**
 * Each labelled figure (in reading order) with the found figure it corresponds to, if any: one not taken yet, in the
 * closest paragraph at or before the labelled line (within MAX_SPAN lines) with the same value or growth in the same unit; within that
 * paragraph one whose label is right, then reading order. An optional label takes its figure too.
 */
export function matchFigures<F extends Indicator>(labelled: readonly LabelledFigure[], found: readonly F[]): { labelled: LabelledFigure; found: F | undefined }[] {
  const taken = new Set<F>();
  return labelled.map((l) => {
    const candidates = found.filter((f) => !taken.has(f) && f.line! <= l.line && l.line - f.line! <= MAX_SPAN && statesQuantity(f, l));
    const best = candidates.sort((a, b) => b.line! - a.line! || Number(labelOk(b, l)) - Number(labelOk(a, l)))[0];
    if (best) taken.add(best);
    return { labelled: l, found: best };
  });
}

/** Scores one text against its record; without a scope the whole file is labelled. */
export function scoreText(label: LabelledText, record: ReportRecord, options: { differences?: boolean } = {}): TextScore {
  const inScope = inScopeOf(label);
  const labels = new Set(label.labels);
  // a text labelled for its metadata alone counts no figure and no heading, found or missed
  const found = labels.has('indicators') ? record.indicators.filter((f) => inScope(f.line)) : [];
  const rightFigures = new Set<Indicator>();
  const optionalTaken = new Set<Indicator>();
  const attributes: TextScore['attributes'] = { label: [0, 0], unit: [0, 0], kind: [0, 0], comparator: [0, 0], period: [0, 0], metric: [0, 0], change: [0, 0], baseline: [0, 0] };
  const misses: string[] = [];
  const differences: string[] = [];
  const shapes: TextScore['shapes'] = noShapes();
  // the document kind the tool read, and the labelled one where they differ
  const readKind = record.meta.kind ?? 'other';
  const documentKind = label.meta.kind !== undefined && label.meta.kind !== readKind ? `${readKind}, labelled ${label.meta.kind}` : readKind;
  let right = 0;
  let labelled = 0;
  let optionalMatched = 0;

  const matches = matchFigures(label.indicators, found);
  const taken = new Set(matches.flatMap((m) => (m.found ? [m.found] : [])));
  for (const { labelled: l, found: best } of matches) {
    if (!l.optional) labelled++;
    const where = `L${l.line} ${l.match}`;
    if (!best) {
      if (!l.optional) misses.push(`${where}: not found`);
      continue;
    }
    if (l.optional) {
      optionalMatched++;
      optionalTaken.add(best);
      continue;
    }
    const wrong: string[] = [];
    const check = (name: keyof TextScore['attributes'], ok: boolean, detail: string, counted = true): void => {
      if (!counted) return;
      attributes[name][1]++;
      if (ok) attributes[name][0]++;
      else wrong.push(detail);
    };
    const growthOnly = best.change !== undefined && best.value === best.change.value && best.unit === best.change.unit;
    // 下降3%: labelled value 3 with change -3 %, found as a growth of -3.
    const valueRight = best.value === l.value || (growthOnly && Math.abs(best.change!.value) === l.value);
    const maxRight = (best.max ?? null) === (l.max ?? null);
    check('label', labelOk(best, l), `label ${best.label} ≠ ${l.label}`);
    check('unit', sameUnit(best.unit, l.unit), `unit ${best.unit} ≠ ${l.unit}`);
    check('kind', best.kind === l.kind, `kind ${best.kind} ≠ ${l.kind}`);
    check('comparator', (best.comparator ?? '') === (l.comparator ?? ''), `comparator ${best.comparator ?? '∅'} ≠ ${l.comparator ?? '∅'}`);
    check('period', String(best.period ?? '') === String(l.period ?? ''), `period ${best.period ?? '∅'} ≠ ${l.period ?? '∅'}`, l.period !== undefined);
    check('metric', (best.metric ?? '') === (l.metric ?? ''), `metric ${best.metric ?? '∅'} ≠ ${l.metric ?? '∅'}`, l.metric !== undefined || best.metric !== undefined);
    const change = l.change ? parseChange(l.change) : undefined;
    const changeRight = change ? best.change?.value === change.value && sameUnit(best.change.unit, change.unit) : !best.change || growthOnly;
    check(
      'change',
      changeRight,
      `change ${best.change ? `${best.change.value} ${best.change.unit}` : '∅'} ≠ ${l.change ?? '∅'}`,
      l.change !== undefined || (best.change !== undefined && !growthOnly),
    );
    const baseline = l.baseline ? parseBaseline(l.baseline) : undefined;
    const baselineRight = baseline ? best.baseline?.value === baseline.value && sameUnit(best.baseline.unit, baseline.unit) : !best.baseline;
    check(
      'baseline',
      baselineRight,
      `baseline ${best.baseline ? `${best.baseline.value} ${best.baseline.unit}` : '∅'} ≠ ${l.baseline ?? '∅'}`,
      l.baseline !== undefined || best.baseline !== undefined,
    );
    if (wrong.length > 0) differences.push(`${where} ${best.label}: ${wrong.join('; ')}`);
    if (!labelOk(best, l)) countInto(shapes.label, textShape(best.label, l.label));
    if (best.kind !== l.kind) {
      countInto(shapes.kind, `${l.kind} → ${best.kind}`);
      countInto(shapes.kindInDocument, `${l.kind} → ${best.kind} in ${documentKind}`);
    }
    if (l.period !== undefined && String(best.period ?? '') !== String(l.period)) countInto(shapes.period, periodShape(best.period, l.period));
    if (!valueRight) wrong.push(`value ${best.value} ≠ ${l.value}`);
    if (!maxRight) wrong.push(`max ${best.max ?? '∅'} ≠ ${l.max ?? '∅'}`);
    const isRight = valueRight && maxRight && labelOk(best, l) && sameUnit(best.unit, l.unit) && best.kind === l.kind;
    if (isRight) {
      right++;
      rightFigures.add(best);
    } else misses.push(`${where}: ${wrong.filter((w) => /^(label|unit|kind|value|max)/.test(w)).join('; ')}`);
  }
  const extra = found.filter((f) => !taken.has(f)).map(figureText);
  // What a reader sees first: the page's key figures, chosen from every figure of the record as the
  // page chooses them; those in the scope are judged (an optional label's figure is neither right nor wrong).
  const shownKey = labels.has('indicators')
    ? pickKeyFigures(record.indicators.map((f) => ({ ...f, canonical: f.metric !== undefined, figure: f })))
        .map((k) => k.figure)
        .filter((f) => inScope(f.line) && !optionalTaken.has(f))
    : [];

  // Outline: numbered sections in scope, by line and printed number. Run-in enumerations (一是…,
  // 第一，…) are anchors for citing one measure, not headings, and the labels list headings only.
  const key = (line: number, n: string): string => `${line} ${clean(n)}`;
  const outlined = labels.has('outline');
  const want = new Set(label.headings.filter(([line]) => outlined && inScope(line)).map(([line, n]) => key(line, n)));
  const got = new Set(record.sections.filter((s) => outlined && s.number && s.kind !== 'enum' && inScope(s.line)).map((s) => key(s.line!, s.number)));
  const outlineRight = [...got].filter((k) => want.has(k)).length;
  const headingText = (k: string): string => `L${k}`;

  // Metadata: each labelled field.
  const metaWrong: string[] = [];
  const metaFields: Record<string, boolean> = {};
  const metaEmpty: string[] = [];
  let metaRight = 0;
  const metaLabelled = Object.keys(label.meta).length;
  const format = sourceFormat(record);
  for (const [field, expected] of Object.entries(label.meta)) {
    const actual = field === 'title' ? record.title : (record.meta as Record<string, unknown>)[field];
    const norm = (v: unknown): string => (v === undefined || v === null ? '' : clean(String(v)).replace(/^《(.*)》$/, '$1'));
    metaFields[field] = norm(actual) === norm(expected);
    if (metaFields[field]) metaRight++;
    else {
      metaWrong.push(`${field}: ${norm(actual) || '∅'} ≠ ${norm(expected)}`);
      countInto(shapes.metaByFormat, `${field} in ${format}`);
      if (norm(actual) === '') metaEmpty.push(field);
      if (field === 'title') countInto(shapes.title, textShape(norm(actual), norm(expected)));
      if (field === 'kind') {
        const pair = `${norm(expected)} → ${norm(actual) || '∅'}`;
        countInto(shapes.metaKind, pair);
        const title = label.meta.title === undefined ? 'title not labelled' : norm(record.title) === norm(label.meta.title) ? 'title right' : 'title wrong';
        countInto(shapes.metaKindByTitle, `${pair}, ${title}`);
      }
    }
  }

  return {
    file: label.file,
    genre: label.genre,
    indicators: { found: found.length - optionalMatched, right, labelled },
    attributes,
    outline: { found: got.size, right: outlineRight, labelled: want.size },
    shapes,
    headings: { missed: [...want].filter((k) => !got.has(k)).map(headingText), extra: [...got].filter((k) => !want.has(k)).map(headingText) },
    meta: { right: metaRight, labelled: metaLabelled, wrong: metaWrong, fields: metaFields, empty: metaEmpty },
    misses,
    extra,
    labels: functionWordLabels(record.indicators),
    keyFigures: { shown: shownKey.length, right: shownKey.filter((f) => rightFigures.has(f)).length, wrong: shownKey.filter((f) => !rightFigures.has(f)).map(figureText) },
    ...(options.differences ? { differences } : {}),
  };
}

/** All labels of a record and those with a function word at an edge (`L14 地区生产总值由 (由)`). */
function functionWordLabels(indicators: readonly Indicator[]): TextScore['labels'] {
  const functionWord: string[] = [];
  for (const f of indicators) {
    const word = edgeFunctionWord(convertText(f.label, 'zh-Hans'));
    if (word) functionWord.push(`L${f.line} ${f.label} (${word})`);
  }
  return { total: indicators.length, functionWord };
}

/** Precision and recall, rounded to 3 places (1 when there is nothing to count). */
export function rates(c: Counts): { precision: number; recall: number } {
  const r = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return { precision: r(c.right, c.found), recall: r(c.right, c.labelled) };
}

const add = (a: Counts, b: Counts): Counts => ({ found: a.found + b.found, right: a.right + b.right, labelled: a.labelled + b.labelled });
const zero: Counts = { found: 0, right: 0, labelled: 0 };

/** Per-genre and total sums of a half. */
export function summarize(scores: TextScore[]): Record<
  string,
  {
    indicators: Counts;
    outline: Counts;
    meta: [number, number];
    metaTexts: [number, number];
    /** Each metadata field: right, labelled (what issue 16's "right on ≥ 95% of texts" is read on). */
    metaFields: Record<string, [number, number]>;
    /** Each metadata field: how many of its wrong texts the tool left it empty (the rest it gave another value): finding vs choosing. */
    metaEmpty: Record<string, number>;
    /** How the wrong things went wrong (TextScore's shapes), summed. */
    shapes: TextScore['shapes'];
    /** Of the matched figures, each attribute: right, checked (where the figures that are found go wrong: label, kind, period …). */
    attributes: Record<string, [number, number]>;
    functionWordLabels: [number, number];
    keyFigures: [number, number];
  }
> {
  const out: ReturnType<typeof summarize> = {};
  for (const s of scores) {
    for (const group of [s.genre, 'all']) {
      const g = (out[group] ??= {
        indicators: zero,
        outline: zero,
        meta: [0, 0],
        metaTexts: [0, 0],
        metaFields: {},
        metaEmpty: {},
        shapes: noShapes(),
        attributes: {},
        functionWordLabels: [0, 0],
        keyFigures: [0, 0],
      });
      g.keyFigures = [g.keyFigures[0] + s.keyFigures.right, g.keyFigures[1] + s.keyFigures.shown];
      g.functionWordLabels = [g.functionWordLabels[0] + s.labels.functionWord.length, g.functionWordLabels[1] + s.labels.total];
      g.indicators = add(g.indicators, s.indicators);
      g.outline = add(g.outline, s.outline);
      g.meta = [g.meta[0] + s.meta.right, g.meta[1] + s.meta.labelled];
      g.metaTexts = [g.metaTexts[0] + (s.meta.right === s.meta.labelled ? 1 : 0), g.metaTexts[1] + 1];
      for (const [field, right] of Object.entries(s.meta.fields)) {
        const [r, n] = g.metaFields[field] ?? [0, 0];
        g.metaFields[field] = [r + (right ? 1 : 0), n + 1];
      }
      for (const field of s.meta.empty) g.metaEmpty[field] = (g.metaEmpty[field] ?? 0) + 1;
      for (const [what, counts] of Object.entries(s.shapes) as [keyof TextScore['shapes'], Record<string, number>][]) {
        for (const [shape, n] of Object.entries(counts)) g.shapes[what][shape] = (g.shapes[what][shape] ?? 0) + n;
      }
      for (const [name, [right, checked]] of Object.entries(s.attributes)) {
        const [r, n] = g.attributes[name] ?? [0, 0];
        g.attributes[name] = [r + right, n + checked];
      }
    }
  }
  return out;
}

/** The repositories that held labelled texts of both halves when the halves were split by repository, with their counts then. */
export const HalvesFile = z.object({ about: z.string(), both: z.record(z.string(), z.object({ dev: z.number().int(), test: z.number().int() })) });

/**
 * Problems of the split by repository (test/fixtures/eval/README.md, "Which half a text goes to"): a repository
 * (SOURCES.tsv's repo of each labelled text) whose labelled texts stand in both halves, unless halves.json lists it
 * with at least its counts of today (a listed one that gained a text is a problem too). Each names the texts and
 * what to do.
 */
export function halfProblems(labelled: readonly { file: string; half: Half }[], repoOf: ReadonlyMap<string, string>, both: z.infer<typeof HalvesFile>['both']): string[] {
  const byRepo = new Map<string, Record<Half, string[]>>();
  const problems: string[] = [];
  for (const { file, half } of labelled) {
    const repo = repoOf.get(file);
    if (repo === undefined) {
      problems.push(`test/fixtures/corpus/SOURCES.tsv: no row for ${file} (labelled in ${half}/): add its repository, path and commit`);
      continue;
    }
    const texts = byRepo.get(repo) ?? { dev: [], test: [] };
    texts[half].push(file);
    byRepo.set(repo, texts);
  }
  for (const [repo, texts] of byRepo) {
    if (texts.dev.length === 0 || texts.test.length === 0) continue;
    const before = both[repo];
    if (before && texts.dev.length <= before.dev && texts.test.length <= before.test) continue;
    const newer = before ? ` (halves.json lists ${before.dev} dev and ${before.test} test from before the rule; it takes no new text)` : '';
    problems.push(
      `${repo}: labelled texts in both halves${newer}: dev ${texts.dev.join(', ')}; test ${texts.test.join(', ')}. ` +
        "A repository's texts all go to one half: move the new label to the half its repository already has, or take a text of another repository",
    );
  }
  return problems;
}
