// npm run eval:shapes: does the tool hold when the same text arrives in another published shape? Builds each dev
// label file's text and its variants (scripts/lib/shapes.ts) with the real pipeline, maps the variant's lines back
// to the source's, scores both against the same labels (scripts/lib/eval.ts) and counts, per shape, the texts
// whose result stays the same: each labelled metadata field's value, the right/found counts of indicators and outline.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSource } from '../src/pipeline/decode.ts';
import type { ReportRecord } from '../src/schemas/report.ts';
import { scoreText, type Counts, type LabelledText } from './lib/eval.ts';
import { shapeNames, shapes, type Paragraph, type ShapeName, type Shaped } from './lib/shapes.ts';
import { buildLabelled, evalContext, evalDir, readLabelledSource, readLabels } from './eval.ts';

export const shapesFile = join(evalDir, 'shapes.json');

const help = `npm run eval:shapes -- [--text NAME] [--shape NAME] [--json] [--markdown] [--verbose] [--update]

Builds each text of the dev half (test/fixtures/eval/dev/*.yml; never the test half) as published and in
each shape another publisher could give it (scripts/lib/shapes.ts: ${shapeNames.join(', ')}), scores
both against the text's labels (the variant's lines mapped back to the source's) and prints, per shape,
how many texts keep the same result: each labelled metadata field's value, and the right/found counts of
indicators and of the outline; and the figures and headings right in all.

  --text NAME   only texts whose file name contains NAME
  --shape NAME  only this shape
  --verbose     print what each text loses in each shape
  --json        print the results as JSON (what shapes.json holds)
  --markdown    print the table of docs/eval.md (section Shapes)
  --update      write test/fixtures/eval/shapes.json (test/shapes.test.ts pins it): review its diff
  -h, --help    this text`;

const metaFields = ['title', 'kind', 'region', 'year', 'issuer', 'date', 'doc_number'] as const;

/** One text in one shape: what changed against the text as published (empty: nothing). */
export interface ShapeText {
  file: string;
  /** `title: 某某 → 某某2`, `indicators 40/45 → 38/44`, `outline 12/12 → 10/11` */
  lost: string[];
  fields: Record<string, boolean>;
  indicators: { original: Counts; variant: Counts };
  outline: { original: Counts; variant: Counts };
}

export interface ShapeSummary {
  texts: number;
  /** Each labelled field: texts that keep its value, texts labelled with it. */
  fields: Record<string, [kept: number, labelled: number]>;
  /** Texts whose indicator (outline) right/found counts stay, of the texts. */
  indicators: [kept: number, texts: number];
  outline: [kept: number, texts: number];
  /** Figures (headings) right in the variants, and in the texts as published. */
  figuresRight: [variant: number, original: number];
  headingsRight: [variant: number, original: number];
  /** Texts that lose something, with what. */
  losses: Record<string, string[]>;
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');
/** A Markdown heading's marks (`## `), the source's, which the tool removes (markdown-heading, logged). */
const MARKDOWN_HEADING = /^#{1,6}\s+(?=\S)/;

/** How a paragraph holds a clue, best first: a heading is a paragraph of its own or opens one; a figure's clause stands anywhere in it. */
const isClue = (t: string, clue: string): boolean => t === clue;
const opens = (t: string, clue: string): boolean => t.startsWith(clue);
const holds = (t: string, clue: string): boolean => t.includes(clue);

/**
 * Which of a line's paragraphs holds what the tool found there. For the first clue that some paragraph holds (a
 * figure's clause, then its match; a heading's number and title, then its title): for a heading the paragraphs that
 * are the clue (a Markdown heading without its `#` marks, which the tool removes), else the Markdown headings that start
 * with it (a heading the tool read as its number alone, `## 1. …` under a rundown `1.…；` that names the item, dev 353),
 * else that start with it, else that hold it (a heading standing alone over its name in a table of contents above, dev
 * 50); for a figure those it starts in when the paragraphs run together (it stands in one, or a wrap carries it on into the
 * next: a page's lines a paragraph each, dev 56 and 120; a sentence said twice, the second time opening its paragraph, dev
 * 195); else those it starts in (a paragraph the tool joined to the next, as it joins a line broken
 * before its sentence ends, dev 69). Of those the first at or after the paragraph the last one was found in (the
 * record is in reading order), else the first; with `before` (mapLines: the last paragraph the next numbered heading
 * can be in) only those before it that are the clue or open with it (alone or run together with the next), and with
 * `last` the last of them. None when no paragraph holds any clue: lost.
 */
export function paragraphOf(
  paragraphs: readonly Paragraph[],
  clues: readonly string[],
  from = 0,
  heading = false,
  /** Only paragraphs before this one; `last`: the last of them that holds the clue, not the first at or after `from`. */
  before = Infinity,
  last = false,
): number | undefined {
  const { marked, texts, starts } = readParagraphs(paragraphs);
  const markedOpens = (t: string, clue: string, i: number): boolean => marked[i]! && opens(t, clue);
  const pick = (test: (t: string, i: number) => boolean): number | undefined => {
    const holding = texts.flatMap((t, i) => (i < before && test(t, i) ? [i] : []));
    return last ? holding.at(-1) : (holding.find((i) => i >= from) ?? holding[0]);
  };
  // the paragraphs a figure's clause starts in, in the line's running text: it stands in one, or a wrap carries it on into the next
  // (found once a clue, not once a paragraph: pick asks every paragraph)
  const startsFor = new Map<string, Set<number>>();
  const startsIn = (_t: string, clue: string, i: number): boolean => {
    if (!starts) return holds(texts[i]!, clue);
    let found = startsFor.get(clue);
    if (!found) startsFor.set(clue, (found = starts(clue)));
    return found.has(i);
  };
  for (const clue of clues.map(squeeze).filter((c) => c !== '')) {
    // before a bound, only a paragraph that is the heading or opens with it, alone or with the next (a bound is no reason to take one that holds it)
    const bounded = before !== Infinity;
    for (const way of heading ? (bounded ? [isClue, markedOpens, opens] : [isClue, markedOpens, opens, holds]) : [startsIn]) {
      const at = pick((t, i) => way(t, clue, i));
      if (at !== undefined) return at;
    }
    // the clue runs on into the next paragraph: the one that ends in its longest head (four characters at least)
    for (let k = bounded ? 0 : clue.length - 1; k >= 4; k--) {
      const at = pick((t) => t.endsWith(clue.slice(0, k)));
      if (at !== undefined) return at;
    }
    // a heading or a clause a scrape split into paragraphs of their own (`（` / `二` / `）` / `健全完善现货市场交易规则。`, `现下达` /
    // `2025` / `年电力需求侧管理专项资金计划` / `645` / `万元，用于`: dev 65, 67 on one line): the first of the paragraphs that
    // together open with it, where the tool found it
    const at = pick((t, i) => t !== '' && t.length < clue.length && clue.startsWith(t) && runsOn(texts, i, clue));
    if (at !== undefined) return at;
  }
  return undefined;
}

/** A line's paragraphs as paragraphOf reads them (Markdown heading marks, squeezed texts, where a clue starts), made once a line: every figure and heading of the line asks. */
const readings = new WeakMap<readonly Paragraph[], { marked: boolean[]; texts: string[]; starts: ((clue: string) => Set<number>) | undefined }>();
function readParagraphs(paragraphs: readonly Paragraph[]): { marked: boolean[]; texts: string[]; starts: ((clue: string) => Set<number>) | undefined } {
  let read = readings.get(paragraphs);
  if (!read) {
    const texts = paragraphs.map((p) => squeeze(p.text.replace(MARKDOWN_HEADING, '')));
    read = { marked: paragraphs.map((p) => MARKDOWN_HEADING.test(p.text)), texts, starts: paragraphs.length > 1 ? startsOf(texts) : undefined };
    readings.set(paragraphs, read);
  }
  return read;
}

/** For a clue, the paragraphs it starts in when the paragraphs run together (`…將公開` / `支佔…20%或以下。`: the first). */
function startsOf(texts: readonly string[]): (clue: string) => Set<number> {
  const all = texts.join('');
  const ends: number[] = [];
  let end = 0;
  for (const t of texts) ends.push((end += t.length));
  return (clue) => {
    const found = new Set<number>();
    for (let at = all.indexOf(clue), i = 0; at >= 0; at = all.indexOf(clue, at + 1)) {
      while (ends[i]! <= at) i++;
      found.add(i);
    }
    return found;
  };
}

/** The paragraphs from the `i`-th on, run together, open with `clue`. */
function runsOn(texts: readonly string[], i: number, clue: string): boolean {
  let joined = '';
  for (let j = i; j < texts.length && joined.length < clue.length; j++) joined += texts[j];
  return joined.startsWith(clue);
}

/**
 * A record of a variant with its lines mapped back (an added line maps to none: out of every scope). A line
 * that runs several source lines together maps each figure and heading through the paragraph that holds
 * it (paragraphOf) to that paragraph's source line: a figure found on the one line is matched to the
 * labelled figure of the paragraph it came from.
 */
export function mapLines(record: ReportRecord, lines: Shaped['lines']): ReportRecord {
  const mapper = (heading: boolean): ((line: number | undefined, clues: string[], before?: number) => number | undefined) => {
    const last = new Map<number, number>();
    return (line, clues, before) => {
      const to = line === undefined ? undefined : lines[line - 1];
      if (!Array.isArray(to)) return to;
      const from = last.get(line!) ?? 0;
      // before the paragraph the next heading can be in, else (no paragraph before it holds the clue) where it stands
      const at = (before === undefined ? undefined : paragraphOf(to, clues, from, heading, before)) ?? paragraphOf(to, clues, from, heading);
      if (at === undefined) return undefined;
      last.set(line!, at);
      return to[at]!.from;
    };
  };
  const figure = mapper(false);
  const heading = mapper(true);
  const bounds = headingBounds(record.sections, lines);
  return {
    ...record,
    indicators: record.indicators.map((f) => ({ ...f, line: figure(f.line, [f.text, f.match]) })),
    sections: record.sections.map((s, k) => ({ ...s, line: heading(s.line, headingClues(s), bounds[k]) })),
  } as ReportRecord;
}

const headingClues = (s: ReportRecord['sections'][number]): string[] => [`${s.number}${s.title}`, s.title];

/**
 * For each numbered heading on a line of paragraphs, the paragraph it must come before: the last the next numbered heading
 * on that line can be in (the record is in reading order). A rundown's items the tool reads as headings of their number
 * alone, as published (dev 736), stay on the rundown, before the headings the tool found after them, and do not stand
 * for a heading it lost.
 */
function headingBounds(sections: ReportRecord['sections'], lines: Shaped['lines']): (number | undefined)[] {
  const bounds: (number | undefined)[] = sections.map(() => undefined);
  const next = new Map<number, number>();
  for (let k = sections.length - 1; k >= 0; k--) {
    const s = sections[k]!;
    const to = s.line === undefined ? undefined : lines[s.line - 1];
    if (!Array.isArray(to) || !s.number || s.kind === 'enum') continue;
    bounds[k] = next.get(s.line);
    const latest = paragraphOf(to, headingClues(s), 0, true, bounds[k], true);
    if (latest !== undefined) next.set(s.line, latest);
  }
  return bounds;
}

const fieldValue = (record: ReportRecord, field: string): string => {
  const v = field === 'title' ? record.title : (record.meta as Record<string, unknown>)[field];
  return v === undefined || v === null ? '∅' : String(v).replace(/^《(.*)》$/, '$1');
};
const counts = (c: Counts): string => `${c.right}/${c.found}`;
const same = (a: Counts, b: Counts): boolean => a.right === b.right && a.found === b.found;

/** Compares a text's record as published with a variant's (lines mapped back), on the label's fields and counts. */
export function compare(label: LabelledText, original: ReportRecord, variant: ReportRecord): ShapeText {
  const a = scoreText(label, original);
  const b = scoreText(label, variant);
  const lost: string[] = [];
  const fields: Record<string, boolean> = {};
  for (const field of metaFields) {
    if (!(field in label.meta)) continue;
    const [was, is] = [fieldValue(original, field), fieldValue(variant, field)];
    fields[field] = was === is;
    if (!fields[field]) lost.push(`${field}: ${was} → ${is}`);
  }
  if (!same(a.indicators, b.indicators)) lost.push(`indicators ${counts(a.indicators)} → ${counts(b.indicators)}`);
  if (!same(a.outline, b.outline)) lost.push(`outline ${counts(a.outline)} → ${counts(b.outline)}`);
  return { file: label.file, lost, fields, indicators: { original: a.indicators, variant: b.indicators }, outline: { original: a.outline, variant: b.outline } };
}

/** A variant the pipeline refused (SourceError): every field and count lost. */
export function refused(label: LabelledText, original: ReportRecord, why: string): ShapeText {
  const a = scoreText(label, original);
  const none: Counts = { right: 0, found: 0, labelled: a.indicators.labelled };
  const fields = Object.fromEntries(metaFields.filter((f) => f in label.meta).map((f) => [f, false]));
  return {
    file: label.file,
    lost: [`refused: ${why}`],
    fields,
    indicators: { original: a.indicators, variant: none },
    outline: { original: a.outline, variant: { ...none, labelled: a.outline.labelled } },
  };
}

export function summarizeShape(texts: readonly ShapeText[]): ShapeSummary {
  const fields: ShapeSummary['fields'] = {};
  for (const t of texts)
    for (const [field, kept] of Object.entries(t.fields)) {
      const [k, n] = fields[field] ?? [0, 0];
      fields[field] = [k + (kept ? 1 : 0), n + 1];
    }
  const sum = (f: (t: ShapeText) => number): number => texts.reduce((s, t) => s + f(t), 0);
  return {
    texts: texts.length,
    fields: Object.fromEntries(metaFields.filter((f) => fields[f]).map((f) => [f, fields[f]!])),
    indicators: [texts.filter((t) => same(t.indicators.original, t.indicators.variant)).length, texts.length],
    outline: [texts.filter((t) => same(t.outline.original, t.outline.variant)).length, texts.length],
    figuresRight: [sum((t) => t.indicators.variant.right), sum((t) => t.indicators.original.right)],
    headingsRight: [sum((t) => t.outline.variant.right), sum((t) => t.outline.original.right)],
    losses: Object.fromEntries(texts.filter((t) => t.lost.length > 0).map((t) => [t.file, t.lost])),
  };
}

/** Runs every dev text (or those matching `text`) in every shape (or `shape`). */
export async function runShapes(only?: { text?: string | undefined; shape?: string | undefined }): Promise<Record<string, ShapeSummary>> {
  const context = await evalContext();
  const names = shapeNames.filter((s) => !only?.shape || s === only.shape);
  const results = Object.fromEntries(names.map((s) => [s, [] as ShapeText[]])) as Record<ShapeName, ShapeText[]>;
  for (const label of await readLabels('dev', only?.text)) {
    const input = await readLabelledSource(label);
    const original = buildLabelled(label, input, context);
    const lines = decodeSource(input.bytes).text.replace(/\r\n?/g, '\n').split('\n');
    for (const name of names) {
      const shaped = shapes[name]({ lines, meta: label.meta });
      if (!shaped) continue;
      let variant: ReportRecord;
      try {
        variant = mapLines(buildLabelled(label, { ...input, bytes: shaped.bytes }, context), shaped.lines);
      } catch (error) {
        // a variant the tool refuses loses everything: say why
        results[name].push(refused(label, original, error instanceof Error ? error.message : String(error)));
        continue;
      }
      results[name].push(compare(label, original, variant));
    }
  }
  return Object.fromEntries(names.map((s) => [s, summarizeShape(results[s])]));
}

const fraction = ([a, b]: [number, number]): string => `${a}/${b}`;

/** The per-shape table of docs/eval.md. */
export function shapesTable(summary: Record<string, ShapeSummary>): string {
  const rows = [
    `| shape | texts | ${metaFields.join(' | ')} | indicators kept | figures right (variant / published) | outline kept | headings right (variant / published) |`,
    `| --- | ---: |${metaFields.map(() => ' ---: |').join('')} ---: | ---: | ---: | ---: |`,
  ];
  for (const [shape, s] of Object.entries(summary))
    rows.push(
      `| ${shape} | ${s.texts} | ${metaFields.map((f) => (s.fields[f] ? fraction(s.fields[f]) : '—')).join(' | ')} | ${fraction(s.indicators)} | ${fraction(s.figuresRight)} | ${fraction(s.outline)} | ${fraction(s.headingsRight)} |`,
    );
  return rows.join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      text: { type: 'string' },
      shape: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(help);
    process.exit(0);
  }
  if (values.shape && !shapeNames.includes(values.shape as ShapeName)) {
    console.error(`--shape ${values.shape}: use one of ${shapeNames.join(', ')}`);
    process.exit(2);
  }
  if (values.update && (values.text || values.shape)) {
    console.error('--update runs every text in every shape: leave out --text and --shape');
    process.exit(2);
  }
  const summary = await runShapes({ text: values.text, shape: values.shape });
  if (values.json) console.log(JSON.stringify(summary, null, 1));
  else {
    console.log(shapesTable(summary));
    if (values.verbose || values.text)
      for (const [shape, s] of Object.entries(summary)) for (const [file, lost] of Object.entries(s.losses)) console.log(`${shape} ${file}: ${lost.join('; ')}`);
  }
  if (values.update) {
    await writeFile(shapesFile, `${JSON.stringify(summary, null, 1)}\n`);
    console.log(`\nwrote ${shapesFile}`);
  }
}
