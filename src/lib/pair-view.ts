// The page's view of target → actual pairs (src/lib/pairing.ts): each figure's words in the page's
// script and a link to its sentence, for the report pages, the explorer and the exports.
import { cmpSign } from '../components/indicator-text.ts';
import { pairsByFigure, type Outcome, type Pair } from './pairing.ts';
import { scriptOf, t, url, type Lang } from './site.ts';
import { textsFor } from './variant.ts';
import type { SiteReport } from '../schemas/site-report.ts';

/** One side of a pair as the page shows it. */
export interface PairSide {
  slug: string;
  id: string;
  /** The report's title in the page's script. */
  title: string;
  label: string;
  /** The value compared, as printed: `≥8%` of a growth target reads `增长 ≥8%`, a level `8.9万人`. */
  value: string;
  /** The figure's sentence on its report page. */
  href: string;
}

/** A pair on a page: which side the figure is, both sides, the period and the outcome. */
export interface PairView {
  outcome: Outcome;
  basis: Pair['basis'];
  period: string;
  target: PairSide;
  actual: PairSide;
}

/** The outcome in words and a sign (the words say it; colour and sign only repeat it). */
export const outcomeText = (outcome: Outcome, lang: Lang): { sign: string; text: string } =>
  ({ met: { sign: '✓', text: t('met', lang) }, partly: { sign: '◐', text: t('partlyMet', lang) }, 'not-met': { sign: '✗', text: t('notMet', lang) } })[outcome];

/** The words of one figure of a pair in `lang`. */
function side(report: SiteReport, id: string, pair: Pair, role: 'target' | 'actual', lang: Lang): PairSide {
  const texts = textsFor(report, scriptOf(lang));
  const i = report.indicators.findIndex((ind) => ind.id === id);
  const ind = report.indicators[i]!;
  const shown = texts.indicators[i]!;
  const sign = role === 'target' ? cmpSign(ind.comparator) : '';
  let value: string;
  if (pair.basis === 'growth') {
    const change = ind.change!;
    value = `${t(change.value < 0 ? 'fell' : 'grew', lang).trim()} ${sign}${Math.abs(change.value)}${shown.change?.unit ?? change.unit}`;
  } else {
    value = `${sign}${ind.value}${ind.max !== undefined && role === 'target' ? `–${ind.max}` : ''}${shown.unit}`;
  }
  return { slug: report.slug, id, title: texts.title, label: shown.label, value, href: url(`/${lang}/${report.slug}/#${id}`) };
}

/**
 * Every pair by `slug#id` of its figures, in the page's script. The reports of the pairs are taken one
 * at a time (each side is made when its report comes), so they are not all held at once.
 */
export async function pairViews(pairs: readonly Pair[], reports: AsyncIterable<SiteReport>, lang: Lang): Promise<Map<string, PairView[]>> {
  const bySlug = new Map<string, Pair[]>();
  for (const p of pairs) for (const slug of new Set([p.target.slug, p.actual.slug])) (bySlug.get(slug) ?? bySlug.set(slug, []).get(slug)!).push(p);
  const sides = new Map<Pair, { target?: PairSide; actual?: PairSide }>();
  for await (const r of reports) {
    for (const p of bySlug.get(r.slug) ?? []) {
      const made = sides.get(p) ?? {};
      if (p.target.slug === r.slug) made.target = side(r, p.target.id, p, 'target', lang);
      if (p.actual.slug === r.slug) made.actual = side(r, p.actual.id, p, 'actual', lang);
      sides.set(p, made);
    }
  }
  const views = new Map<Pair, PairView>();
  for (const p of pairs) {
    const made = sides.get(p);
    if (!made?.target || !made.actual) throw new Error(`pairViews: no report ${made?.target ? p.actual.slug : p.target.slug} among the reports given`);
    views.set(p, { outcome: p.outcome, basis: p.basis, period: String(p.period), target: made.target, actual: made.actual });
  }
  return new Map([...pairsByFigure(pairs)].map(([key, list]) => [key, list.map((p) => views.get(p)!)]));
}

/** The pairs a report takes part in (as target or actual), in reading order, each once. */
export function pairsOfReport(report: SiteReport, views: Map<string, PairView[]>): PairView[] {
  const seen = new Set<PairView>();
  for (const ind of report.indicators) for (const v of views.get(`${report.slug}#${ind.id}`) ?? []) seen.add(v);
  return [...seen];
}
