// node scripts/label-experiment.ts: does a label span chosen by a model learned from the dev labels generalise better
// than the rules of labels.ts? On the DEV half only (never the test half): the matched figures (as the scorer matches
// them, with the same unit), their candidate labels (scripts/lib/label-experiment.ts), and accuracy of the rule's label,
// of the best possible choice (the ceiling) and of the learned choice in cross-validation grouped by source repository.
// docs/eval.md, "A learned label span: experiment", reports what it printed.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildReport } from '../src/pipeline/index.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { readCorpusRepos, readSource } from './lib/sources.ts';
import { readSiteTerms } from './lib/terms.ts';
import { readMetrics } from './lib/metrics.ts';
import { inScopeOf, LabelledText, labelMatches, matchFigures, sameUnit } from './lib/eval.ts';
import { candidates, clauseAround, crossValidate, defaultTraining, features, tally, train, pick, type FeatureOptions, type Item } from './lib/label-experiment.ts';

const root = join(import.meta.dirname, '..');
const corpus = join(root, 'test/fixtures/corpus');
const devDir = join(root, 'test/fixtures/eval/dev');

interface Figure {
  source: string;
  genre: string;
  text: string;
  line: number;
  rule: string;
  ruleRight: boolean;
  labelled: string;
  clause: ReturnType<typeof clauseAround>;
}

async function figures(): Promise<{ figures: Figure[]; unmatched: number }> {
  const { terms } = await readSiteTerms(join(root, 'content'));
  const { metrics } = await readMetrics(join(root, 'content/metrics.yml'));
  // the repository each corpus file comes from (SOURCES.tsv): the group of the cross-validation
  const repos = await readCorpusRepos(corpus);
  const out: Figure[] = [];
  let unmatched = 0;
  for (const name of (await readdir(devDir)).filter((f) => f.endsWith('.yml')).sort()) {
    const label = LabelledText.parse(parseYaml(await readFile(join(devDir, name), 'utf8')));
    if (!label.labels.includes('indicators') || label.indicators.length === 0) continue;
    const input = await readSource(join(corpus, label.file));
    const { record } = buildReport({ ...input, file: `test/fixtures/corpus/${label.file}` }, { terms, metrics });
    const found = record.indicators.filter((f) => inScopeOf(label)(f.line));
    const lines = decodeSource(input.bytes).text.replace(/\r\n?/g, '\n').split('\n');
    for (const { labelled, found: f } of matchFigures(label.indicators, found)) {
      if (labelled.optional) continue;
      if (!f || !sameUnit(f.unit, labelled.unit)) {
        unmatched++;
        continue;
      }
      // two lines more: a PDF's text layer breaks a quantity's number from its unit (107 | 户)
      const paragraph = lines.slice(f.line! - 1, labelled.line + 2).join('\n');
      const offset = lines.slice(f.line! - 1, labelled.line - 1).join('\n').length;
      out.push({
        source: repos.get(label.file) ?? label.file,
        genre: label.genre,
        text: label.file,
        line: labelled.line,
        rule: f.label,
        ruleRight: labelMatches(f.label, labelled.label),
        labelled: labelled.label,
        clause: clauseAround(paragraph, f.match, f.line === labelled.line ? 0 : offset),
      });
    }
  }
  return { figures: out, unmatched };
}

function items(figs: readonly Figure[], options: FeatureOptions): Item[] {
  return figs.map((fig) => {
    const clause = fig.clause ?? { before: '', after: '' };
    const cs = candidates(clause, fig.rule);
    return {
      source: fig.source,
      genre: fig.genre,
      features: cs.map((c) => features(c, clause, fig.rule, options)),
      correct: cs.map((c) => labelMatches(c.text, fig.labelled)),
      rule: cs.findIndex((c) => c.rule),
    };
  });
}

const { figures: figs, unmatched } = await figures();
const lexical = items(figs, { lexical: true, rule: false });
const lexicalRule = items(figs, { lexical: true, rule: true });
const classesRule = items(figs, { lexical: false, rule: true });
const classes = items(figs, { lexical: false, rule: false });
const classPairs = items(figs, { lexical: false, rule: false, pairs: true });
const sources = new Set(figs.map((f) => f.source));
console.log(
  `dev figures matched with the same unit: ${figs.length} (not located in their paragraph: ${figs.filter((f) => !f.clause).length}; labelled figures not matched or with another unit: ${unmatched}); sources: ${sources.size}`,
);
const perSource = new Map<string, number>();
for (const f of figs) perSource.set(f.source, (perSource.get(f.source) ?? 0) + 1);
console.log(
  `figures per source: ${[...perSource]
    .sort((a, b) => b[1] - a[1])
    .map(([s, n]) => `${s} ${n}`)
    .join(', ')}`,
);
if (process.argv.includes('--verbose')) for (const f of figs.filter((f) => !f.clause)) console.log(`not located: ${f.text} L${f.line} ${f.rule}`);
console.log(`candidates per figure: ${(lexical.reduce((s, it) => s + it.features.length, 0) / lexical.length).toFixed(1)}`);

const columns: [string, boolean[]][] = [
  ['ceiling', lexical.map((it) => it.correct.some(Boolean))],
  ['rules', figs.map((f) => f.ruleRight)],
  ['learned', crossValidate(lexical)],
  ['learned + rule feature', crossValidate(lexicalRule)],
  ['classes only + rule feature', crossValidate(classesRule)],
  ['learned, trained longer', crossValidate(lexical, { ...defaultTraining, epochs: 40, rate: 0.3 })],
  ['classes only', crossValidate(classes)],
  ['classes and their pairs', crossValidate(classPairs)],
];
const fitClasses = train(classes);
const fitPairs = train(classPairs);
columns.push(['classes and their pairs, trained on all dev (fit)', classPairs.map((it) => it.correct[pick(fitPairs, it)] ?? false)]);
columns.push(['classes only, trained on all dev (fit)', classes.map((it) => it.correct[pick(fitClasses, it)] ?? false)]);
const fitWeights = train(lexicalRule);
const fitLexical = train(lexical);
columns.push(['learned, trained on all dev (fit)', lexical.map((it) => it.correct[pick(fitLexical, it)] ?? false)]);
columns.push(['learned + rule, trained on all dev (fit)', lexicalRule.map((it) => it.correct[pick(fitWeights, it)] ?? false)]);
const tallies = columns.map(([name, right]) => [name, tally(lexical, right)] as const);
const genres = [...tallies[0]![1].keys()].sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
const pct = ([r, n]: [number, number]): string => `${((100 * r) / n).toFixed(1)}% (${r}/${n})`;
console.log(`| genre | ${tallies.map(([name]) => name).join(' | ')} |`);
console.log(`| --- | ${tallies.map(() => '---').join(' | ')} |`);
for (const g of genres) console.log(`| ${g} | ${tallies.map(([, t]) => pct(t.get(g)!)).join(' | ')} |`);

// Where the learned choice and the rules disagree (learned + rule feature, grouped by source).
const learnedRule = columns[3]![1];
const wins = figs.filter((f, i) => learnedRule[i] && !f.ruleRight).length;
const losses = figs.filter((f, i) => !learnedRule[i] && f.ruleRight).length;
console.log(`learned + rule feature vs rules, figure by figure: learned right where the rules are wrong ${wins}, wrong where the rules are right ${losses}`);
const top = [...fitWeights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 25);
console.log(`heaviest weights (trained on all dev): ${top.map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', ')}`);
