// indicators: outline → quantitative figures with label, value, unit, change and kind.
//   "高新技术企业总数增至6120家,增长47.5%" → { label 高新技术企业总数, value 6120, unit 家,
//     change { value 47.5, unit "%" }, kind actual, match "6120家" }
// Rules run on a Simplified copy of the paragraph of the same length (character-level OpenCC), so
// one rule set serves both scripts and every label, match and clause is cut from the original text.
import type { Block, Indicator, Outline, ParagraphBlock, Section } from './types.ts';
import type { DocumentKind, Script } from '../schemas/meta.ts';
import { convertText, detectScript } from './variants.ts';
import { toHalfWidthDigits } from './numerals.ts';
import { maskQuoted, scanQuantities } from './indicators/scan.ts';
import { deriveLabel, type Pair } from './indicators/labels.ts';
import { canonicalRateUnit, moneyUnits, personUnits } from './indicators/units.ts';
import {
  basisPattern,
  estimateMarker,
  fallVerb,
  growthVerb,
  planSection,
  reviewSection,
  targetMarker,
} from './indicators/rules.ts';

export interface IndicatorOptions {
  /** Plans state targets, reviews state actuals. */
  kind: DocumentKind;
  /** Script of the text; detected when missing. Words added to labels (金额, 占比) follow it. */
  script?: Script | undefined;
  /** Year of the document (sidecar or title): what 今年 means, and the period of a plan's targets when nothing closer says. */
  year?: number | undefined;
  /**
   * Simplified → the text's script, for the words the rules add or normalise (units, 金额, 占比) in a
   * Traditional text: buildReport passes the site's converter (preset and terms), as for the body.
   */
  toScript?: ((text: string) => string) | undefined;
}

type Kind = Indicator['kind'];

/** Document kinds whose figures are targets unless a section or clause says otherwise. */
const planKinds = new Set<DocumentKind>(['work-plan', 'notice', 'regulation']);

/** Finds the figures in every paragraph and run-in heading of the outline. */
export function extractIndicators(outline: Outline, options: IndicatorOptions): Indicator[] {
  const sections = new Map(outline.sections.map((s) => [s.id, s]));
  const counters = new Map<string, number>();
  const script = options.script ?? detectScript(outline.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join('\n'));
  const out: Indicator[] = [];
  // One context per section, not per paragraph: it converts the titles of the section's ancestors.
  const contexts = new Map<string, SectionContext>();
  for (const block of outline.blocks) {
    if (!isBody(block)) continue;
    const plan = planKinds.has(options.kind);
    let context = contexts.get(block.section);
    if (!context) {
      context = sectionContext(block.section, sections, plan ? 'target' : 'actual', plan ? options.year : undefined, options.year);
      contexts.set(block.section, context);
    }
    for (const found of extractFromParagraph(block.text, context, script, options.toScript)) {
      const n = (counters.get(block.section) ?? 0) + 1;
      counters.set(block.section, n);
      out.push({ id: `${block.section}-i${n}`, section: block.section, ...found });
    }
  }
  return out;
}

const isBody = (b: Block): b is ParagraphBlock => b.type === 'paragraph' && b.role === 'body';

/** What a paragraph inherits from its section: default kind and the year in its title. */
export interface SectionContext {
  kind: Kind;
  period?: number;
  /** The document's year: 今年 in a clause. */
  year?: number;
}

function sectionContext(id: string, sections: Map<string, Section>, fallback: Kind, fallbackPeriod?: number, year?: number): SectionContext {
  let kind: Kind | undefined;
  let period: number | undefined;
  for (let s = sections.get(id); s; s = s.parent ? sections.get(s.parent) : undefined) {
    const title = convertText(s.title, 'zh-Hans');
    if (!kind && planSection.test(title)) kind = 'target';
    else if (!kind && reviewSection.test(title)) kind = 'actual';
    const year = /((?:19|20)\d{2})年/.exec(title);
    if (period === undefined && year) period = Number(year[1]);
  }
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
    for (const clause of clauses) {
      const quantities = scanQuantities(a, clause.start, clause.end, masked);
      let from = clause.start;
      quantities.forEach((q, i) => {
        const to = quantities[i + 1]?.start ?? clause.end;
        const left = pair(text, a, from, q.start);
        const right = pair(text, a, q.end, to);
        from = q.end;
        const rate = canonicalRateUnit(q.baseUnit);
        const growth = rate ? growthVerb.exec(left.a) : null;
        // Markers count in their own clause only: 预计增长10%, 高新技术企业总数增至6120家 is actual.
        const prefix = a.slice(clause.start, q.start);
        const kind: Kind = estimateMarker.test(prefix) ? 'estimate' : targetMarker.test(prefix) ? 'target' : context.kind;
        const period = yearBefore(a, masked, sentence.start, q.start, context.year) ?? context.period;
        const match = text.slice(q.start, q.end);
        const push = (figure: Pick<FoundIndicator, 'label' | 'value' | 'unit' | 'scale' | 'max' | 'change'>, labelA: string, money: boolean): void => {
          const found: FoundIndicator = {
            ...figure,
            kind,
            ...(q.comparator ? { comparator: q.comparator } : {}),
            ...(period !== undefined ? { period } : {}),
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
          const subject = a.slice(leftStart, subjectEnd).replace(/^[、\s]*(?:其中|同时|并)?/, '').replace(/(?:预计|实现|年均|累计)$/, '');
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
        if (!label) return;
        push(
          {
            label: label.o,
            value: q.value,
            unit: toScript(q.unit),
            ...(q.scale !== undefined ? { scale: q.scale } : {}),
            ...(q.max !== undefined ? { max: q.max } : {}),
          },
          label.a,
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
