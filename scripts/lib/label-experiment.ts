// The learned label span experiment (scripts/label-experiment.ts, docs/eval.md "A learned label span: experiment"):
// candidate labels cut from the clause around a figure, described by general features (first and last word, the word
// classes of src/pipeline/data/indicator-words.json and rules.ts, length, position), and a linear model (a conditional
// logistic regression: one softmax over each figure's candidates) that picks one, evaluated with cross-validation
// grouped by source. Pure: strings in, candidates, features, weights and choices out. Nothing here changes the pipeline.
import wordLists from '../../src/pipeline/data/indicator-words.json' with { type: 'json' };
import { words } from '../../src/pipeline/indicators/labels.ts';
import { actionVerbs, flowVerbs, leadingFunctionChars, subjectAdverbs, trailingFunctionChars, verbWord } from '../../src/pipeline/indicators/rules.ts';
import { convertText } from '../../src/pipeline/variants.ts';
import { seeded } from './random.ts';

/** Longest candidate, in characters (labels.ts keeps labels to 20 too). */
export const MAX_SPAN = 20;
/** A label before the figure ends at most this many words before it (the noun before 增长, 达到, 为 …). */
const END_WORDS = 3;
/** A label after the figure (新增10家|高新技术企业) starts at most this many words after it. */
const START_WORDS_AFTER = 2;
/** Where a clause ends: the label of a figure never crosses these. */
const clauseBreak = /[。；;！？!?，,：:\n]/;

/** The clause around a figure: the text before it (from the last clause break) and after it (to the next), without spaces. */
export interface Clause {
  before: string;
  after: string;
}

/**
 * The clause around the quantity `match` in `paragraph`, the occurrence that ends at or after `from` (the offset of the
 * labelled line in the paragraph): spaces removed first (a PDF's text layer spaces its characters), so the label, which
 * the scorer compares without spaces, can be cut from it. Undefined when the quantity is not in the paragraph.
 */
export function clauseAround(paragraph: string, match: string, from = 0): Clause | undefined {
  const kept: number[] = [];
  let text = '';
  for (let i = 0; i < paragraph.length; i++) {
    if (/\s/.test(paragraph[i]!)) continue;
    kept.push(i);
    text += paragraph[i];
  }
  const m = match.replace(/\s+/g, '');
  if (!m) return undefined;
  let at = -1;
  for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
    at = i;
    if (kept[i + m.length - 1]! >= from) break;
  }
  if (at < 0) return undefined;
  const head = text.slice(Math.max(0, at - 2 * MAX_SPAN), at);
  const breakAt = Math.max(...[...head].map((c, i) => (clauseBreak.test(c) ? i : -1)));
  const tail = text.slice(at + m.length, at + m.length + 2 * MAX_SPAN);
  const end = [...tail].findIndex((c) => clauseBreak.test(c));
  return { before: head.slice(breakAt + 1), after: end < 0 ? tail : tail.slice(0, end) };
}

/** A candidate label: a span of the clause before or after the figure, or the rule's label (which may be cut from both). */
export interface Candidate {
  text: string;
  side: 'before' | 'after' | 'rule';
  /** Span in the side's string, [start, end). */
  start: number;
  end: number;
  /** The span is the label the rules chose. */
  rule: boolean;
}

/** The clause in Simplified script for segmenting and word classes, when the conversion keeps every offset; else as written. */
const analysis = (s: string): string => {
  const a = convertText(s, 'zh-Hans');
  return a.length === s.length ? a : s;
};

/** Word boundaries of `s` as the indicator stage's segmenter cuts it (labels.ts words()), with the end. */
function boundaries(s: string): number[] {
  return [...words(analysis(s)).map((w) => w.index), s.length];
}

/**
 * The candidates of one figure: the rule's label, and every span of the clause before the figure that ends where the rule's
 * label ends (when it stands there) or at one of the last END_WORDS word boundaries before the figure, and starts at a word
 * boundary (or where the rule's label starts) at most MAX_SPAN characters earlier; and the spans after the figure that start
 * at one of its first START_WORDS_AFTER boundaries (新增10家|高新技术企业). One candidate per text, the nearest first.
 */
export function candidates(clause: Clause, rule: string): Candidate[] {
  const ruleText = rule.replace(/\s+/g, '');
  const out = new Map<string, Candidate>();
  const add = (c: Omit<Candidate, 'rule'>): void => {
    if (c.text && !out.has(c.text)) out.set(c.text, { ...c, rule: c.text === ruleText });
  };
  const { before, after } = clause;
  const bb = boundaries(before);
  const at = ruleText ? before.lastIndexOf(ruleText) : -1;
  const ends = new Set(bb.slice(Math.max(0, bb.length - 1 - END_WORDS)).reverse());
  const starts = new Set(bb);
  if (at >= 0) {
    ends.add(at + ruleText.length);
    starts.add(at);
  }
  for (const e of ends) {
    for (const s of [...starts].filter((s) => s < e && e - s <= MAX_SPAN).sort((x, y) => y - x)) add({ text: before.slice(s, e), side: 'before', start: s, end: e });
  }
  const ab = boundaries(after);
  for (const s of ab.slice(0, START_WORDS_AFTER)) {
    for (const e of ab.filter((e) => e > s && e - s <= MAX_SPAN)) add({ text: after.slice(s, e), side: 'after', start: s, end: e });
  }
  if (ruleText) add({ text: ruleText, side: 'rule', start: 0, end: 0 });
  return [...out.values()];
}

const anchored = (re: RegExp): RegExp => new RegExp(`^(?:${re.source})$`);
const actionWord = anchored(actionVerbs);
const flowWord = anchored(flowVerbs);

/** The word classes of a word: the lists of indicator-words.json it is in, and the classes of rules.ts. */
export function classesOf(word: string): string[] {
  const out: string[] = [];
  for (const [name, list] of Object.entries(wordLists)) {
    if (Array.isArray(list) && (list as string[]).includes(word)) out.push(name);
  }
  if (word.length === 1 && leadingFunctionChars.has(word)) out.push('leading-function');
  if (word.length === 1 && trailingFunctionChars.has(word)) out.push('trailing-function');
  if (subjectAdverbs.has(word)) out.push('subject-adverb');
  if (verbWord.test(word)) out.push('verb');
  if (actionWord.test(word)) out.push('action-verb');
  if (flowWord.test(word)) out.push('flow-verb');
  if (/^[\p{P}\p{S}]+$/u.test(word)) out.push('punctuation');
  if (/\d/.test(word)) out.push('digit');
  if (/^[A-Za-z]+$/.test(word)) out.push('latin');
  return out;
}

const bin = (n: number, edges: readonly number[]): string => String(edges.findLast((e) => n >= e) ?? 0);

/** What a feature set may use: the word strings themselves (lexical), and whether a candidate is the rule's label. */
export interface FeatureOptions {
  lexical: boolean;
  rule: boolean;
  /** Pairs of the class features (first × last word, last word × the word after, side × distance …), so that a linear model weighs their combinations. */
  pairs?: boolean;
}

/**
 * The features of a candidate, as names (each present feature has the value 1): its first and last word (the word, its
 * classes, its length), its first and last character, its length, the word before it and after it (classes, punctuation,
 * the figure), its side and how far its end stands from the figure, whether it holds 的 or punctuation, and (with
 * options.rule) whether it is, holds or lies inside the rule's label.
 */
export function features(c: Candidate, clause: Clause, rule: string, options: FeatureOptions): string[] {
  const text = analysis(c.text);
  const ws = words(text).map((w) => w.segment);
  const first = ws[0] ?? '';
  const last = ws.at(-1) ?? '';
  const f: string[] = ['bias', `side=${c.side}`, `len=${bin(text.length, [1, 2, 3, 4, 5, 7, 10, 15])}`, `words=${bin(ws.length, [1, 2, 3, 4, 6])}`];
  for (const [name, w] of [
    ['first', first],
    ['last', last],
  ] as const) {
    f.push(`${name}Len=${Math.min(w.length, 3)}`);
    for (const k of classesOf(w)) f.push(`${name}Class=${k}`);
    if (options.lexical) f.push(`${name}=${w}`);
  }
  if (options.lexical) f.push(`firstChar=${text[0]}`, `lastChar=${text.at(-1)}`);
  if (ws.length > 1 && ws.slice(1, -1).includes('的')) f.push('innerDe');
  if (/[\p{P}\p{S}]/u.test(text)) f.push('innerPunctuation');
  const side = c.side === 'after' ? clause.after : clause.before;
  if (c.side !== 'rule') {
    const sideWords = words(analysis(side));
    const prev = sideWords.findLast((w) => w.index < c.start)?.segment;
    const next = sideWords.find((w) => w.index >= c.end)?.segment;
    if (prev === undefined) f.push('startsClause');
    else for (const k of classesOf(prev)) f.push(`prevClass=${k}`);
    if (next === undefined) f.push(c.side === 'before' ? 'endsAtFigure' : 'endsClause');
    else {
      for (const k of classesOf(next)) f.push(`nextClass=${k}`);
      if (options.lexical) f.push(`next=${next}`);
    }
    if (c.side === 'before') f.push(`endWordsBeforeFigure=${sideWords.filter((w) => w.index >= c.end).length}`);
    if (c.side === 'after') f.push(`startWordsAfterFigure=${sideWords.filter((w) => w.index < c.start).length}`);
  }
  if (options.rule) {
    const r = rule.replace(/\s+/g, '');
    if (c.rule) f.push('isRule');
    else if (r && c.text.includes(r)) f.push('holdsRule');
    else if (r && r.includes(c.text)) f.push('insideRule');
  }
  if (options.pairs) {
    const kinds = (prefix: string): string[] => f.filter((x) => x.startsWith(prefix) && !/^(?:first|last|next)(?:Char)?=/.test(x));
    const [firsts, lasts, nexts, prevs, sides] = [kinds('first'), kinds('last'), kinds('next'), kinds('prev'), kinds('side=')];
    const places = f.filter((x) => /^(?:endWords|startWords|startsClause|endsAtFigure|endsClause|len=)/.test(x));
    const pair = (xs: string[], ys: string[]): string[] => xs.flatMap((x) => ys.map((y) => `${x}&${y}`));
    f.push(...pair(firsts, lasts), ...pair(lasts, nexts), ...pair(prevs, firsts), ...pair(sides, places));
  }
  return f;
}

/** One figure: its candidates' features, which candidates are right, and where it comes from. */
export interface Item {
  source: string;
  genre: string;
  features: string[][];
  correct: boolean[];
  /** Index of the rule's candidate (-1 when the rule found no label). */
  rule: number;
}

/** Weights of a linear model: a feature's name → its weight. */
export type Weights = Map<string, number>;

export const score = (w: Weights, fs: readonly string[]): number => fs.reduce((s, f) => s + (w.get(f) ?? 0), 0);

/** The candidate the model picks: the highest score, the earliest (the nearest to the figure) on a tie. */
export function pick(w: Weights, item: Pick<Item, 'features'>): number {
  let best = -1;
  let top = -Infinity;
  item.features.forEach((fs, i) => {
    const s = score(w, fs);
    if (s > top) [best, top] = [i, s];
  });
  return best;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  /** L2 penalty per step on the weights a step touches. */
  l2: number;
  seed: number;
}

export const defaultTraining: TrainOptions = { epochs: 15, rate: 0.1, l2: 1e-4, seed: 17 };

/**
 * Trains a conditional logistic regression by stochastic gradient ascent: for each figure with a right candidate, the
 * log of the probability (softmax over its candidates) that a right one is picked. The gradient of a candidate's
 * features is (its share of the right candidates' probability) − (its probability).
 */
export function train(items: readonly Item[], options: TrainOptions = defaultTraining): Weights {
  const w: Weights = new Map();
  const usable = items.filter((it) => it.correct.some(Boolean));
  const rnd = seeded(options.seed);
  const order = usable.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.rate / (1 + epoch);
    for (const k of order) {
      const it = usable[k]!;
      const s = it.features.map((fs) => score(w, fs));
      const top = Math.max(...s);
      const e = s.map((x) => Math.exp(x - top));
      const z = e.reduce((a, b) => a + b, 0);
      const p = e.map((x) => x / z);
      const pr = p.reduce((a, x, i) => a + (it.correct[i] ? x : 0), 0);
      it.features.forEach((fs, i) => {
        const g = (it.correct[i] ? p[i]! / pr : 0) - p[i]!;
        if (Math.abs(g) < 1e-9) return;
        for (const f of fs) {
          const old = w.get(f) ?? 0;
          w.set(f, old + rate * (g - options.l2 * old));
        }
      });
    }
  }
  return w;
}

/**
 * Cross-validation grouped by source: for each source, a model trained on the figures of every other source picks a
 * candidate for each of its figures. Returns, per item (in order), whether the picked candidate is right.
 */
export function crossValidate(items: readonly Item[], options: TrainOptions = defaultTraining): boolean[] {
  const out: boolean[] = Array.from(items, () => false);
  for (const source of new Set(items.map((it) => it.source))) {
    const w = train(
      items.filter((it) => it.source !== source),
      options,
    );
    items.forEach((it, i) => {
      if (it.source === source) out[i] = it.correct[pick(w, it)] ?? false;
    });
  }
  return out;
}

/** Right / all, per genre and in all, of a list of verdicts on the items. */
export function tally(items: readonly Item[], right: readonly boolean[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  items.forEach((it, i) => {
    for (const g of [it.genre, 'all']) {
      const [r, n] = out.get(g) ?? [0, 0];
      out.set(g, [r + (right[i] ? 1 : 0), n + 1]);
    }
  });
  return out;
}
