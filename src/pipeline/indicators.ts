// indicators: outline → quantitative figures with label, value, unit, change and kind.
//   "高新技术企业总数增至6120家,增长47.5%" → { label 高新技术企业总数, value 6120, unit 家,
//     change { value 47.5, unit "%" }, kind actual, match "6120家" }
// Rules run on a Simplified copy of the paragraph of the same length (character-level OpenCC), so
// one rule set serves both scripts and every label, match and clause is cut from the original text.
import type { Block, Indicator, Outline, ParagraphBlock, Section } from './types.ts';
import type { DocumentKind, Script } from '../schemas/meta.ts';
import type { Period } from '../schemas/indicator.ts';
import { convertText, detectScript } from './variants.ts';
import { toHalfWidthDigits } from './numerals.ts';
import { maskQuoted, scanQuantities } from './indicators/scan.ts';
import { extractFromTable } from './indicators/table.ts';
import { deriveLabel, type Pair } from './indicators/labels.ts';
import { indexMetrics, type MetricIndex } from './indicators/metrics.ts';
import type { Metric } from '../schemas/metrics.ts';
import { ageUnits, canonicalRateUnit, moneyUnits, personUnits, timeUnits } from './indicators/units.ts';
import type { Quantity } from './indicators/scan.ts';
import {
  basisPattern,
  estimateMarker,
  fallVerb,
  fineWord,
  frameAfter,
  fromToLink,
  fromWord,
  namedPeriods,
  periodPhrase,
  growthVerb,
  planSection,
  reviewSection,
  sentenceTargetMarker,
  targetMarker,
} from './indicators/rules.ts';

export interface IndicatorOptions {
  /** Plans state targets, reviews state actuals. */
  kind: DocumentKind;
  /** Script of the text; detected when missing. Words added to labels (金额, 占比) follow it. */
  script?: Script | undefined;
  /** Year of the document (sidecar or title): what 今年 means, and the period of a plan's targets when nothing closer says. */
  year?: number | undefined;
  /** Canonical metrics: a figure whose label names one carries its key. */
  metrics?: readonly Metric[] | undefined;
  /**
   * Simplified → the text's script, for the words the rules add or normalise (units, 金额, 占比) in a
   * Traditional text: buildReport passes the site's converter (preset and terms), as for the body.
   */
  toScript?: ((text: string) => string) | undefined;
}

type Kind = Indicator['kind'];

/** Document kinds whose figures are targets unless a section or clause says otherwise. */
const planKinds = new Set<DocumentKind>(['work-plan', 'plan', 'notice']);

/** Finds the figures in every paragraph and run-in heading of the outline. */
export function extractIndicators(outline: Outline, options: IndicatorOptions): Indicator[] {
  const sections = new Map(outline.sections.map((s) => [s.id, s]));
  const counters = new Map<string, number>();
  const script = options.script ?? detectScript(outline.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join('\n'));
  const out: Indicator[] = [];
  const metrics = options.metrics ? metricIndex(options.metrics) : undefined;
  // One context per section, not per paragraph: it converts the titles of the section's ancestors.
  const contexts = new Map<string, SectionContext>();
  const contextOf = (sectionId: string): SectionContext => {
    let context = contexts.get(sectionId);
    if (!context) {
      const plan = planKinds.has(options.kind);
      // A plan's targets belong to its last year (十五五: 2030) unless the text names another.
      const fallbackPeriod = options.kind === 'plan' && options.year !== undefined ? options.year + 4 : plan ? options.year : undefined;
      context = sectionContext(sectionId, sections, plan ? 'target' : 'actual', fallbackPeriod, options.year);
      // Every figure of a regulation is a rule (a fine, a time limit), never a report indicator.
      if (options.kind === 'regulation') context = { ...context, kind: 'provision', provisions: true };
      contexts.set(sectionId, context);
    }
    return context;
  };
  // A plan's 累计 and 年均增长 columns cover its whole period (2026-2030).
  const planPeriod = options.kind === 'plan' && options.year !== undefined ? `${options.year}-${options.year + 4}` : undefined;
  for (const block of outline.blocks) {
    if (block.type === 'paragraph' && block.table) {
      for (const found of extractFromTable(block.table, { ...contextOf(block.section), planPeriod })) push(block.section, found);
      continue;
    }
    // The title of a numbered item is a sentence too: 1.高新技术企业数量增长12%，达到860家。
    const text = isBody(block) ? block.text : block.type === 'heading' && block.section.title ? block.section.title : undefined;
    if (text === undefined) continue;
    const sectionId = block.type === 'heading' ? block.section.id : block.section;
    for (const found of extractFromParagraph(text, contextOf(sectionId), script, options.toScript)) push(sectionId, { ...found, line: block.line });
  }
  return out;

  function push(sectionId: string, found: FoundIndicator): void {
    const n = (counters.get(sectionId) ?? 0) + 1;
    counters.set(sectionId, n);
    const metric = metrics?.keyOf(convertText(found.label, 'zh-Hans'));
    out.push({ id: `${sectionId}-i${n}`, section: sectionId, ...found, ...(metric ? { metric } : {}) });
  }
}

// One index per metrics list (the build passes the same list for every report).
const metricIndexes = new WeakMap<readonly Metric[], MetricIndex>();
function metricIndex(metrics: readonly Metric[]): MetricIndex {
  let index = metricIndexes.get(metrics);
  if (!index) metricIndexes.set(metrics, (index = indexMetrics(metrics)));
  return index;
}

const isBody = (b: Block): b is ParagraphBlock => b.type === 'paragraph' && b.role === 'body';

/** What a paragraph inherits from its section: default kind and the year in its title. */
export interface SectionContext {
  kind: Kind;
  period?: Period;
  /** The document's year: 今年 in a clause. */
  year?: number;
  /** A regulation: every figure is a provision, whatever its clause says. */
  provisions?: boolean;
}

function sectionContext(id: string, sections: Map<string, Section>, fallback: Kind, fallbackPeriod?: number, year?: number): SectionContext {
  let kind: Kind | undefined;
  let period: Period | undefined;
  for (let s = sections.get(id); s; s = s.parent ? sections.get(s.parent) : undefined) {
    const title = convertText(s.title, 'zh-Hans');
    if (!kind && planSection.test(title)) kind = 'target';
    else if (!kind && reviewSection.test(title)) kind = 'actual';
    const titleYear = /((?:19|20)\d{2})年/.exec(title);
    if (period === undefined && titleYear) period = Number(titleYear[1]);
    if (period === undefined) period = namedPeriod(title, year)?.period;
  }
  // A plan's review (发展基础, 回顾) speaks of the five years before it.
  if (period === undefined && kind === 'actual' && fallback === 'target' && year !== undefined) period = fiveYearsBefore(year);
  period ??= fallbackPeriod;
  return { kind: kind ?? fallback, ...(period !== undefined ? { period } : {}), ...(year !== undefined ? { year } : {}) };
}

/** An indicator before it gets its id and section. */
export type FoundIndicator = Omit<Indicator, 'id' | 'section'>;

/** The figures of one paragraph, in reading order. */
export function extractFromParagraph(text: string, context: SectionContext, script: Script = 'zh-Hans', convert?: (text: string) => string): FoundIndicator[] {
  const a = analysisCopy(text);
  const masked = maskQuoted(a);
  const toScript = script === 'zh-Hant' ? (convert ?? ((s: string) => convertText(s, 'zh-Hant'))) : (s: string) => s;
  const out: FoundIndicator[] = [];
  let previous: { o: string; a: string; money: boolean } | undefined;

  for (const sentence of spans(a, /[。；;！？!?]/g, 0, a.length)) {
    const clauses = spans(a, /(?<!\d)[，,]|[，,](?!\d{3}(?!\d))|[:：]/g, sentence.start, sentence.end);
    let lastInSentence: FoundIndicator | undefined;
    let lastClauseStart = sentence.start;
    // “十四五”时期 / 过去五年 in the sentence: the figure is of that span of years.
    const spoken = namedPeriod(a.slice(sentence.start, sentence.end), context.year);
    for (const clause of clauses) {
      const { quantities, baselines } = linkBaselines(a, clause.start, scanQuantities(a, clause.start, clause.end, masked));
      let from = clause.start;
      quantities.forEach((q, i) => {
        const to = quantities[i + 1]?.start ?? clause.end;
        const base = baselines.get(q);
        const left = pair(text, a, from, base ? base.fromStart : q.start);
        const right = pair(text, a, q.end, to);
        from = q.end;
        // 26个(试点城市)之一: the report's place is one of them, the count is not its figure.
        if (frameAfter.test(right.a)) return;
        const rate = canonicalRateUnit(q.baseUnit);
        const growth = rate ? growthVerb.exec(left.a) : null;
        // Markers count in their own clause only: 预计增长10%, 高新技术企业总数增至6120家 is actual.
        const prefix = a.slice(clause.start, q.start);
        const named = spoken && spoken.at < q.start ? spoken : undefined;
        const kind: Kind = context.provisions
          ? 'provision'
          : estimateMarker.test(prefix) ? 'estimate'
          : targetMarker.test(prefix) || (context.kind === 'actual' && sentenceTargetMarker.test(a.slice(sentence.start, q.start))) ? 'target'
          : named && context.year !== undefined && Number(named.period.slice(5)) < context.year ? 'actual'
          : context.kind;
        const period = (base ? yearBefore(a, masked, base.linkStart, q.start, context.year) : undefined) ?? yearBefore(a, masked, sentence.start, base ? base.fromStart : q.start, context.year) ?? named?.period ?? context.period;
        const match = text.slice(q.start, q.end);
        const push = (figure: Pick<FoundIndicator, 'label' | 'value' | 'unit' | 'scale' | 'max' | 'change'>, labelA: string, money: boolean): void => {
          const found: FoundIndicator = {
            ...figure,
            kind,
            ...(q.comparator ? { comparator: q.comparator } : {}),
            ...(period !== undefined ? { period } : {}),
            ...(base ? { baseline: base.baseline(text, toScript) } : {}),
            match,
            text: text.slice(clause.start, clause.end).trim(),
          };
          out.push(found);
          lastInSentence = found;
          lastClauseStart = clause.start;
          previous = { o: found.label, a: labelA, money };
        };

        if (growth && rate) {
          const leftStart = q.start - left.a.length;
          let subjectEnd = leftStart + growth.index;
          const basis = basisPattern.exec(a.slice(leftStart, subjectEnd));
          const change: NonNullable<Indicator['change']> = {
            value: fallVerb.test(left.a) ? -q.value : q.value,
            unit: rate,
            ...(basis ? { basis: text.slice(leftStart + basis.index, leftStart + basis.index + basis[0].length) } : {}),
          };
          if (basis) subjectEnd = leftStart + basis.index;
          const subject = a.slice(leftStart, subjectEnd).replace(/^[、\s]*(?:其中|同时|并)?/, '').replace(/(?:预计|实现|年均|累计|实际)$/, '');
          // 增长47.5% right after 总数增至6120家: the change of that figure.
          const last = out[out.length - 1];
          if (subject === '' && last && last === lastInSentence && !last.change) {
            last.change = change;
            last.text = text.slice(lastClauseStart, clause.end).trim();
            return;
          }
          const { label } = deriveLabel({
            left: pair(text, a, leftStart, subjectEnd),
            right: { a: '', o: '' },
            previous: previous?.o,
            previousA: previous?.a,
            money: false,
            previousMoney: previous?.money ?? false,
            person: false,
            toScript,
          });
          if (!label) return;
          push({ label: label.o, value: change.value, unit: rate, change }, label.a, false);
          return;
        }

        const money = moneyUnits.has(q.baseUnit);
        const { label, usedRight } = deriveLabel({
          left,
          right,
          previous: previous?.o,
          previousA: previous?.a,
          money,
          previousMoney: previous?.money ?? false,
          person: personUnits.has(q.baseUnit),
          toScript,
        });
        from = q.end + usedRight;
        // A regulation's fine is labelled 罚款 (as the text words it), its time limit 期限.
        const provision = context.provisions ? provisionLabel(pair(text, a, q.end, sentence.end), q.baseUnit, toScript) : undefined;
        if (!label && !provision) return;
        push(
          {
            label: provision?.o ?? label!.o,
            value: q.value,
            unit: toScript(q.unit),
            ...(q.scale !== undefined ? { scale: q.scale } : {}),
            ...(q.max !== undefined ? { max: q.max } : {}),
          },
          provision?.a ?? label!.a,
          money,
        );
      });
    }
  }
  return out;
}

/** A Simplified, half-width copy of the same length; the original when conversion changes length. */
function analysisCopy(text: string): string {
  const hans = toHalfWidthDigits(convertText(text, 'zh-Hans')).replace(/．/g, '.');
  return hans.length === text.length ? hans : toHalfWidthDigits(text);
}

const pair = (text: string, a: string, start: number, end: number): Pair => ({ a: a.slice(start, end), o: text.slice(start, end) });

/** The pieces of [start, end) between delimiters. */
function spans(a: string, delimiter: RegExp, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pos = start;
  for (const m of a.slice(start, end).matchAll(delimiter)) {
    out.push({ start: pos, end: start + m.index });
    pos = start + m.index + m[0].length;
  }
  out.push({ start: pos, end });
  return out.filter((s) => s.end > s.start);
}

/** The last year named in the sentence before the figure (not a basis like 较2017年); 今年 is the document's year. */
function yearBefore(a: string, masked: Uint8Array, from: number, to: number, thisYear?: number): number | undefined {
  let year: number | undefined;
  for (const m of a.slice(from, to).matchAll(/((?:19|20)\d{2})年|今年/g)) {
    const at = from + m.index;
    if (masked[at] || /[较比]$/.test(a.slice(Math.max(from, at - 1), at))) continue;
    year = m[1] ? Number(m[1]) : (thisYear ?? year);
  }
  return year;
}

/** “十四五”时期 → 2021-2025; 过去五年 in a document of `year` → the five years before it. */
function namedPeriod(a: string, year: number | undefined): { period: string; at: number } | undefined {
  const m = periodPhrase.exec(a);
  if (!m) return undefined;
  const period = m[1] ? namedPeriods[m[1]]!.join('-') : year !== undefined ? fiveYearsBefore(year) : undefined;
  return period ? { period, at: m.index } : undefined;
}

/** The five years before `year`, as a period: 2021 → 2016-2020. */
const fiveYearsBefore = (year: number): string => `${year - 5}-${year - 1}`;

/** A from-to figure: where its baseline's 由/从 starts, where the link to the figure starts, and the baseline. */
interface Baseline {
  /** The 由/从 before the baseline: the subject (the label) ends there. */
  fromStart: number;
  linkStart: number;
  baseline(text: string, toScript: (s: string) => string): NonNullable<Indicator['baseline']>;
}

/**
 * 地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元: one figure (287.9亿元, period 2015) whose
 * baseline is 162.4亿元 of 2010. The baseline is taken out of the quantities.
 */
function linkBaselines(a: string, clauseStart: number, found: Quantity[]): { quantities: Quantity[]; baselines: Map<Quantity, Baseline> } {
  const baselines = new Map<Quantity, Baseline>();
  const drop = new Set<Quantity>();
  found.forEach((q1, i) => {
    const q2 = found[i + 1];
    if (!q2 || drop.has(q1)) return;
    const before = fromWord.exec(a.slice(i > 0 ? found[i - 1]!.end : clauseStart, q1.start));
    if (!before || !fromToLink.test(a.slice(q1.end, q2.start))) return;
    if (q1.baseUnit !== q2.baseUnit && !(canonicalRateUnit(q1.baseUnit) && canonicalRateUnit(q2.baseUnit))) return;
    const fromStart = q1.start - before[0].length;
    const year = before[1] ? Number(before[1]) : undefined;
    drop.add(q1);
    baselines.set(q2, {
      fromStart,
      linkStart: q1.end,
      baseline: (text, toScript) => ({ value: q1.value, unit: toScript(q1.unit), ...(year !== undefined ? { period: year } : {}), match: text.slice(q1.start, q1.end) }),
    });
  });
  return { quantities: found.filter((q) => !drop.has(q)), baselines };
}

/** The label of a regulation's figure: its fine word (处200元罚款 → 罚款), 期限 for a time limit, 年龄 for an age. */
function provisionLabel(after: Pair, unit: string, toScript: (s: string) => string): Pair | undefined {
  const fine = fineWord.exec(after.a.slice(0, 12));
  if (fine) return { a: fine[0], o: after.o.slice(fine.index, fine.index + fine[0].length) };
  if (timeUnits.has(unit) || unit === '年') return { a: '期限', o: toScript('期限') };
  if (ageUnits.has(unit)) return { a: '年龄', o: toScript('年龄') };
  return undefined;
}
