// A record's visible strings in the page's script: the original, or the pipeline's `variant`
// (converted once, with the site's preset and content/terms.yml), so pages never convert text.
import type { Script } from '../schemas/meta.ts';
import type { SiteReport } from '../schemas/site-report.ts';

/** Title, metadata and section titles of a report as one script shows them. */
export interface ReportTexts {
  title: string;
  subtitle?: string | undefined;
  speaker?: string | undefined;
  region?: string | undefined;
  region_parent?: string | undefined;
  /** The issuer, or every body of a joint issue joined with 、. */
  issuer?: string | undefined;
  doc_number?: string | undefined;
  attribution: string[];
  /** Start of the body, for the page description. */
  lead: string;
  /** Section number and title by id. */
  sections: Map<string, { number: string; title: string }>;
  /** The indicators' label, unit and change unit, in the record's order. */
  indicators: { label: string; unit: string; change?: { unit: string; basis?: string | undefined } | undefined }[];
}

/** The report's strings in `script`; throws when a converted record lacks its variant (stale output). */
export function textsFor(report: SiteReport, script: Script): ReportTexts {
  if (script === report.script) {
    const m = report.meta;
    return {
      title: report.title,
      subtitle: m.subtitle,
      speaker: m.speaker,
      region: m.region,
      region_parent: m.region_parent,
      issuer: m.issuers?.join('、') ?? m.issuer,
      doc_number: m.doc_number,
      attribution: m.attribution,
      lead: report.lead,
      sections: new Map(report.sections.map((s) => [s.id, { number: s.number, title: s.title }])),
      indicators: report.indicators,
    };
  }
  const v = report.variant;
  if (!v || v.script !== script || v.indicators.length !== report.indicators.length) {
    throw new Error(`content/reports/${report.slug}.json has no ${script} strings — run npm run build:content`);
  }
  return { ...v, issuer: v.issuers?.join('、') ?? v.issuer, sections: new Map(v.sections.map((s) => [s.id, { number: s.number, title: s.title }])) };
}
