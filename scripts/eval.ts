// npm run eval: scores the pipeline on the hand-labelled texts of test/fixtures/eval (dev and test
// halves) and prints precision and recall per text, per genre and per half.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { buildReport, type SourceInput } from '../src/pipeline/index.ts';
import type { ReportRecord } from '../src/schemas/report.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { toHalfWidthDigits } from '../src/pipeline/numerals.ts';
import { readCorpusRepos, readSource } from './lib/sources.ts';
import { readSiteTerms } from './lib/terms.ts';
import { readMetrics } from './lib/metrics.ts';
import {
  halfProblems,
  halves,
  HalvesFile,
  LabelledText,
  rates,
  scoreText,
  sealText,
  shapeNames,
  summarize,
  type Counts,
  type SealedText,
  type ShapeName,
  type TextScore,
} from './lib/eval.ts';

const root = join(import.meta.dirname, '..');
export const evalDir = join(root, 'test/fixtures/eval');
export const scoresFile = join(evalDir, 'scores.json');

const help = `npm run eval -- [--half dev|test] [--text NAME] [--verbose] [--attribute NAME] [--show-test] [--json] [--update]

Builds every hand-labelled text of test/fixtures/eval/{dev,test}/*.yml (the texts are in
test/fixtures/corpus/) with the real pipeline, content/terms.yml and content/metrics.yml, and prints
indicator precision and recall (a figure is right when value, unit, kind and label are all right),
outline precision and recall, metadata accuracy, and the share of all extracted labels (whole texts,
not only the labelled scope) that start or end with a function word (到 由 在 … 的 和 、), and how
many of the key figures a report page shows (those in the labelled scope) are right, per text, per
genre and per half. Each half ends with aggregate lines, which the test half shows too: metadata
right by field, of the wrong fields those left empty, the matched figures' attributes right, and how
the wrong ones went wrong by shape and pair, never by a text's words (labels and titles: longer
before/after/both, shorter, overlap, disjoint; kinds: target → actual …; periods: left empty, an
earlier year …), the wrong figure kinds by the document kind read, the wrong document kinds by
whether the title was right, and the wrong metadata fields by the source's format.

  --half H     only the dev or the test half
  --text NAME  only texts whose file name contains NAME; prints every miss and extra figure
  --verbose    print the misses and extra figures (and headings) of every text
  --attribute NAME
               print, text by text, the matched figures whose attribute NAME (label, unit, kind,
               comparator, period, metric, change, baseline) differs from the label, right figures
               too (\`L14 287.9亿元 地区生产总值: period 2021 ≠ 2020\`): where the attribute line of
               the summary goes wrong (for the texts shown, as --verbose)
  --show-test  also print the test half text by text (without it the test half shows only its
               per-genre lines, so that nobody tunes on its misses by accident)
  --json       print the scores as JSON (what scores.json holds: the test half's texts as counts and
               a digest of their details, unless --show-test is given)
  --markdown   print the per-genre table of docs/eval.md
  --update     write test/fixtures/eval/scores.json (test/eval.test.ts pins it): review its diff; the
               test half's texts are kept as counts and a digest, never their misses
  --check      check the label files without running the tool (a labeller's check before the
               labels are done): each parses, its text exists, every labelled line is in the text
               and holds the figure's number or the heading's number, and no repository holds
               labelled texts of both halves (test/fixtures/eval/halves.json lists those from
               before the split by repository)
  -h, --help   this text

How to add a labelled text: test/fixtures/eval/README.md.`;

export type Scores = Record<(typeof halves)[number], { texts: TextScore[]; summary: ReturnType<typeof summarize> }>;

/** What scores.json pins: the dev half in full, the test half's texts sealed (counts and a digest, no miss: sealText). */
export interface PinnedScores {
  dev: Scores['dev'];
  test: { texts: SealedText[]; summary: Scores['test']['summary'] };
}

export const pinScores = (scores: Scores): PinnedScores => ({ dev: scores.dev, test: { texts: scores.test.texts.map(sealText), summary: scores.test.summary } });

/** What every build of the eval shares: the site's terms and canonical metrics. */
export interface EvalContext {
  terms: Awaited<ReturnType<typeof readSiteTerms>>['terms'];
  metrics: Awaited<ReturnType<typeof readMetrics>>['metrics'];
}

export async function evalContext(): Promise<EvalContext> {
  const { terms } = await readSiteTerms(join(root, 'content'));
  const { metrics } = await readMetrics(join(root, 'content/metrics.yml'));
  return { terms, metrics };
}

/** The label files of a half (those whose text's name contains `text`), parsed, in name order. */
export async function readLabels(half: (typeof halves)[number], text?: string): Promise<LabelledText[]> {
  const dir = join(evalDir, half);
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.yml')).sort();
  const labels: LabelledText[] = [];
  for (const name of files) {
    const label = LabelledText.parse(parseYaml(await readFile(join(dir, name), 'utf8')));
    if (!text || label.file.includes(text)) labels.push(label);
  }
  return labels;
}

/** A labelled text's source as read from test/fixtures/corpus (bytes and sidecar). */
export const readLabelledSource = (label: LabelledText): Promise<SourceInput> => readSource(join(root, 'test/fixtures/corpus', label.file));

/** The record the real pipeline builds of a labelled text's source (or of other bytes standing for it). */
export const buildLabelled = (label: LabelledText, input: SourceInput, context: EvalContext): ReportRecord =>
  buildReport({ ...input, file: `test/fixtures/corpus/${label.file}` }, context).record;

/** Scores both halves (or the texts matching `only`). */
export async function runEval(only?: { half?: string | undefined; text?: string | undefined }, options: { differences?: boolean } = {}): Promise<Scores> {
  const context = await evalContext();
  const out = {} as Scores;
  for (const half of halves) {
    const texts: TextScore[] = [];
    if (!only?.half || only.half === half) {
      for (const label of await readLabels(half, only?.text)) texts.push(scoreText(label, buildLabelled(label, await readLabelledSource(label), context), options));
    }
    out[half] = { texts, summary: summarize(texts) };
  }
  return out;
}

/**
 * Problems of the label files, found without running the tool: a file that does not parse, a text
 * that is not there, a labelled line past the end of the text or without the figure's number (or
 * the heading's) on it, and a repository whose labelled texts stand in both halves (halfProblems). Each problem
 * names the label file (or the repository) and what to fix.
 */
export async function checkLabels(only?: { half?: string | undefined; text?: string | undefined }): Promise<string[]> {
  const problems: string[] = [];
  // every label file of both halves, whatever `only` asks, for the split check
  const labelled: { file: string; half: (typeof halves)[number] }[] = [];
  for (const half of halves) {
    const inHalf = !only?.half || only.half === half;
    const dir = join(evalDir, half);
    for (const name of (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.yml')).sort()) {
      const where = `test/fixtures/eval/${half}/${name}`;
      const parsed = LabelledText.safeParse(parseYaml(await readFile(join(dir, name), 'utf8')));
      if (!parsed.success) {
        if (inHalf) problems.push(`${where}: does not parse: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      const label = parsed.data;
      labelled.push({ file: label.file, half });
      if (!inHalf || (only?.text && !label.file.includes(only.text))) continue;
      const input = await readSource(join(root, 'test/fixtures/corpus', label.file)).catch(() => undefined);
      if (!input) {
        problems.push(`${where}: its text test/fixtures/corpus/${label.file} is missing: add it or fix \`file\``);
        continue;
      }
      const lines = decodeSource(input.bytes).text.replace(/\r\n?/g, '\n').split('\n');
      problems.push(...lineProblems(label, lines, where));
    }
  }
  return [...problems, ...(await splitProblems(labelled))];
}

/** The split of the halves by repository, over every label file of both halves that parses (halfProblems). */
async function splitProblems(labelled: readonly { file: string; half: (typeof halves)[number] }[]): Promise<string[]> {
  const repoOf = await readCorpusRepos(join(root, 'test/fixtures/corpus'));
  const { both } = HalvesFile.parse(JSON.parse(await readFile(join(evalDir, 'halves.json'), 'utf8')));
  return halfProblems(labelled, repoOf, both);
}

/** Labelled lines that are past the end of the text or do not hold the figure's (or heading's) number. */
export function lineProblems(label: LabelledText, lines: readonly string[], where: string): string[] {
  const problems: string[] = [];
  const digits = (s: string): string => toHalfWidthDigits(s).replace(/[^0-9]/g, '');
  // a number or a heading's number may run on over the next lines (`0.` / `3035`, `（` / `二` / `）…`)
  // a JSON string's \uXXXX escape is its character (a record saved with ensure_ascii writes every Han character so: dev 552, 653)
  const unescaped = (s: string): string => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const near = (line: number): string | undefined => (lines[line - 1] === undefined ? undefined : unescaped([line, line + 1, line + 2].map((l) => lines[l - 1] ?? '').join('')));
  for (const f of label.indicators) {
    const text = near(f.line);
    if (text === undefined) problems.push(`${where}: figure ${f.match} at line ${f.line}: the text has ${lines.length} lines`);
    // markup between the digits of a number (a Word table pasted into a page: `6.0</span><span …>8`) is not text either
    else if (![text, text.replace(/<[^>]*>/g, '')].some((t) => digits(t).includes(digits(f.match))))
      problems.push(`${where}: figure ${f.match} at line ${f.line}: no such number on that line (${text.slice(0, 40)}…)`);
  }
  for (const [line, number] of label.headings) {
    // markup between a heading's numeral and its mark (<span>一</span><span>、</span> in a web page) is not text
    const text = near(line)?.replace(/<[^>]*>/g, '');
    if (text === undefined || !text.replace(/\s+/g, '').includes(number.replace(/\s+/g, '').slice(0, 2)))
      problems.push(`${where}: heading ${number} at line ${line}: not on that line`);
  }
  return problems;
}

const pct = (c: Counts): string => {
  const r = rates(c);
  return `P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} (${c.right}/${c.found} found, ${c.right}/${c.labelled} labelled)`;
};

/** `12/243 (4.9%)`: labels with a function word at an edge, of all labels. */
const share = ([n, total]: [number, number]): string => `${n}/${total} (${total === 0 ? '0.0' : ((n / total) * 100).toFixed(1)}%)`;

/** `region 50/59, year 57/59`: each name's right / counted, the names in a fixed order (metadataFields, then the rest). */
const fractions = (counts: Record<string, [number, number]>): string =>
  Object.entries(counts)
    .filter(([, [, n]]) => n > 0)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([name, [r, n]]) => `${name} ${r}/${n}`)
    .join(', ');
/** `longer before 120, shorter 80`: each shape's count, the largest first (none: `none`). */
const byCount = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([shape, n]) => `${shape} ${n}`)
    .join(', ') || 'none';
const metadataFields = ['title', 'kind', 'region', 'region_parent', 'year', 'issuer', 'date', 'doc_number'];
const order = (name: string): number => (metadataFields.includes(name) ? metadataFields.indexOf(name) : metadataFields.length);

function print(scores: Scores, verbose: boolean, showTest: boolean, attribute?: string): void {
  for (const half of halves) {
    const { texts, summary } = scores[half];
    if (texts.length === 0) continue;
    console.log(`\n== ${half} half: ${texts.length} texts`);
    // the held-out half text by text only on request: its misses are not for tuning
    const shown = half === 'test' && !showTest ? [] : texts;
    if (shown.length < texts.length) console.log('(text by text with --show-test; not for tuning)');
    for (const t of shown) {
      console.log(`${t.file} [${t.genre}]`);
      console.log(`  indicators ${pct(t.indicators)}`);
      console.log(`  outline    ${pct(t.outline)}   meta ${t.meta.right}/${t.meta.labelled}${t.meta.wrong.length ? ` (${t.meta.wrong.join('; ')})` : ''}`);
      const attrs = Object.entries(t.attributes)
        .filter(([, [, n]]) => n > 0)
        .map(([k, [r, n]]) => `${k} ${r}/${n}`)
        .join(', ');
      console.log(`  matched figures: ${attrs}`);
      console.log(`  labels with a function word at an edge: ${share([t.labels.functionWord.length, t.labels.total])}`);
      if (t.keyFigures.shown > 0) console.log(`  key figures right: ${t.keyFigures.right}/${t.keyFigures.shown}`);
      if (verbose) {
        for (const m of t.misses) console.log(`    miss  ${m}`);
        for (const e of t.extra) console.log(`    extra ${e}`);
        for (const h of t.headings.missed) console.log(`    heading missed  ${h}`);
        for (const h of t.headings.extra) console.log(`    heading extra   ${h}`);
        for (const l of t.labels.functionWord) console.log(`    function word  ${l}`);
        for (const k of t.keyFigures.wrong) console.log(`    key figure wrong  ${k}`);
      }
      if (attribute !== undefined) {
        const differs = new RegExp(`[:;] ${attribute} `);
        for (const d of t.differences ?? []) if (differs.test(d)) console.log(`    ${attribute}  ${d}`);
      }
    }
    console.log(`-- ${half} by genre`);
    for (const [genre, s] of Object.entries(summary)) {
      console.log(
        `  ${genre.padEnd(12)} indicators ${pct(s.indicators)} | outline ${pct(s.outline)} | meta fields ${s.meta[0]}/${s.meta[1]}, texts all right ${s.metaTexts[0]}/${s.metaTexts[1]} | function-word labels ${share(s.functionWordLabels)} | key figures right ${s.keyFigures[0]}/${s.keyFigures[1]}`,
      );
    }
    const all = summary['all'];
    if (all) {
      console.log(`-- ${half}, metadata by field (texts right / labelled): ${fractions(all.metaFields)}`);
      const wrongFields = Object.fromEntries(Object.entries(all.metaFields).map(([f, [r, n]]): [string, [number, number]] => [f, [all.metaEmpty[f] ?? 0, n - r]]));
      console.log(`-- ${half}, metadata wrong by field (left empty / wrong): ${fractions(wrongFields)}`);
      console.log(`-- ${half}, matched figures by attribute (right / checked): ${fractions(all.attributes)}`);
      // how the wrong ones went wrong: shapes and pairs, never a text's words (so the held-out half may show them)
      const shapeLines: Record<ShapeName, string> = {
        label: 'wrong labels of matched figures by shape (found vs labelled)',
        kind: 'wrong kinds of matched figures (labelled → found)',
        kindInDocument: 'wrong kinds of matched figures by the document kind read (and labelled, where another)',
        period: 'wrong periods of matched figures',
        title: 'wrong titles by shape (found vs labelled)',
        metaKind: 'wrong document kinds (labelled → found)',
        metaKindByTitle: 'wrong document kinds by whether the title was read right',
        metaByFormat: 'wrong metadata fields by the source format',
      };
      for (const what of shapeNames) console.log(`-- ${half}, ${shapeLines[what]}: ${byCount(all.shapes[what])}`);
    }
  }
}

/** The per-genre figures as the Markdown table of docs/eval.md. */
export function markdownTable(scores: Scores): string {
  const rows = [
    '| half | genre | texts | indicators P | indicators R | outline P / R | metadata fields | texts with all metadata right | function-word labels | key figures right |',
    '| --- | --- | ---: | ---: | ---: | --- | --- | --- | ---: | ---: |',
  ];
  const f = (n: number): string => n.toFixed(3);
  // nothing counted (texts labelled for their metadata alone): a dash, not a perfect score
  const counted = (c: Counts): boolean => c.found + c.labelled > 0;
  for (const half of halves) {
    const summary = Object.entries(scores[half].summary);
    // the genres, then all of the half
    for (const [genre, s] of [...summary.filter(([g]) => g !== 'all'), ...summary.filter(([g]) => g === 'all')]) {
      const texts = genre === 'all' ? scores[half].texts.length : scores[half].texts.filter((t) => t.genre === genre).length;
      const i = rates(s.indicators);
      const o = rates(s.outline);
      const [ip, ir] = counted(s.indicators) ? [f(i.precision), f(i.recall)] : ['—', '—'];
      const outline = counted(s.outline) ? `${f(o.precision)} / ${f(o.recall)}` : '—';
      const name = genre === 'all' ? '**all**' : genre;
      rows.push(
        `| ${half} | ${name} | ${texts} | ${ip} | ${ir} | ${outline} | ${s.meta[0]}/${s.meta[1]} | ${s.metaTexts[0]}/${s.metaTexts[1]} | ${s.functionWordLabels[0]}/${s.functionWordLabels[1]} | ${s.keyFigures[1] > 0 ? `${s.keyFigures[0]}/${s.keyFigures[1]}` : '—'} |`,
      );
    }
  }
  // issue 16 reads metadata field by field (right on ≥ 95% of texts): one row per half
  const fields = metadataFields.filter((f) => halves.some((h) => scores[h].summary['all']?.metaFields[f]));
  rows.push('', `| half | ${fields.join(' | ')} |`, `| --- |${fields.map(() => ' ---: |').join('')}`);
  for (const half of halves) {
    const m = scores[half].summary['all']?.metaFields ?? {};
    rows.push(`| ${half} | ${fields.map((f) => (m[f] ? `${m[f][0]}/${m[f][1]}` : '—')).join(' | ')} |`);
  }
  return rows.join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      half: { type: 'string' },
      text: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      attribute: { type: 'string' },
      'show-test': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(help);
    process.exit(0);
  }
  if (values.half && !halves.includes(values.half as never)) {
    console.error(`--half ${values.half}: use dev or test`);
    process.exit(2);
  }
  const attributeNames = ['label', 'unit', 'kind', 'comparator', 'period', 'metric', 'change', 'baseline'];
  if (values.attribute !== undefined && !attributeNames.includes(values.attribute)) {
    console.error(`--attribute ${values.attribute}: use one of ${attributeNames.join(', ')}`);
    process.exit(2);
  }
  if (values.update && (values.half || values.text)) {
    console.error('--update scores every text: leave out --half and --text');
    process.exit(2);
  }
  if (values.check) {
    const problems = await checkLabels({ half: values.half, text: values.text });
    for (const p of problems) console.error(p);
    console.log(problems.length === 0 ? 'label files: no problem found' : `label files: ${problems.length} problem(s)`);
    process.exit(problems.length === 0 ? 0 : 1);
  }
  const scores = await runEval({ half: values.half, text: values.text }, { differences: values.attribute !== undefined && !values.update });
  if (values.json) console.log(JSON.stringify(values['show-test'] ? scores : pinScores(scores), null, 1));
  else if (values.markdown) console.log(markdownTable(scores));
  else print(scores, values.verbose || values.text !== undefined, values['show-test'], values.attribute);
  if (values.update) {
    await writeFile(scoresFile, `${JSON.stringify(pinScores(scores), null, 1)}\n`);
    console.log(`\nwrote ${scoresFile}`);
  }
}
