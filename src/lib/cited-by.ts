// 被引用: for every report, the reports of the site that cite it, each with the sections
// (paragraphs) the citations stand in, in one script. Made once for the site from the records'
// `references`: each report page asking every other report was N² work (at 10,000 reports, 200
// million section tables built for 20,000 pages).
import type { ScanStep } from './site-scan.ts';
import { langs, scriptOf, type Lang } from './site.ts';
import type { SiteReport } from '../schemas/site-report.ts';
import { textsFor } from './variant.ts';

/** A report citing another, and where: links to `#id` of the citing page, labelled by section. */
export interface Citing {
  slug: string;
  title: string;
  places: { id: string; label: string }[];
}

/**
 * The reports citing each report (by the cited slug) in both scripts, in the order of the report list:
 * a step of the site's one pass over the records (src/lib/site-scan.ts; citedBy in src/lib/lists.ts).
 */
export const citations: ScanStep<Record<Lang, Map<string, Citing[]>>, Record<Lang, Map<string, Citing[]>>> = {
  start: () => Object.fromEntries(langs.map((lang) => [lang, new Map<string, Citing[]>()])) as Record<Lang, Map<string, Citing[]>>,
  add: (indexes, r) => {
    const cited = r.references.filter((ref) => ref.target.slug && ref.target.slug !== r.slug);
    if (cited.length) for (const lang of langs) addCitations(indexes[lang], r, cited, lang);
  },
  end: (indexes) => indexes,
};

/** Adds what `r` cites (its references to other reports, `cited`) to `index`, in the script of `lang`. */
function addCitations(index: Map<string, Citing[]>, r: SiteReport, cited: SiteReport['references'], lang: Lang): void {
  const texts = textsFor(r, scriptOf(lang));
  const byTarget = new Map<string, Citing>();
  for (const ref of cited) {
    const target = ref.target.slug!;
    if (!byTarget.has(target)) byTarget.set(target, { slug: r.slug, title: texts.title, places: [] });
    const citing = byTarget.get(target)!;
    const id = ref.paragraph ?? ref.section;
    if (citing.places.some((p) => p.id === id)) continue;
    const s = texts.sections.get(ref.section);
    const label = s ? `${s.number}${s.title}`.trim() : texts.title;
    citing.places.push({ id, label: label.length > 40 ? `${label.slice(0, 40)}…` : label });
  }
  for (const [target, citing] of byTarget) (index.get(target) ?? index.set(target, []).get(target)!).push(citing);
}
