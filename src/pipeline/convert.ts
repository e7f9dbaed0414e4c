// The report in the other script: the view emit writes (title, sections, blocks, indicators, links)
// and the record's visible strings (`variant`), converted by the site's converter once, ids untouched.
import type { Block, Indicator, ParagraphBlock, ReferenceLink, ReportView, TableData } from './types.ts';
import { LEAD_CHARS, type ReportRecord } from '../schemas/report.ts';
import type { Variant } from '../schemas/variant.ts';
import type { VariantConverter } from './variants.ts';
import { tableText } from './clean/tables.ts';

/** The same view in the other script: every visible string converted, ids untouched. */
export function convertView(view: ReportView, converter: VariantConverter): ReportView {
  const c = (s: string): string => converter.convert(s);
  // Headings and paragraphs are converted with their source line so ambiguous conversions point
  // at it; a heading's `rest` and the indicators repeat paragraph text, so they are not listed twice.
  const sections = view.sections.map((s) => ({ ...s, title: converter.convert(s.title, s.line), number: c(s.number) }));
  const byId = new Map(sections.map((s) => [s.id, s]));
  const paragraphs = new Map<ParagraphBlock, { text: string; aligned: boolean; table?: TableData }>();
  for (const b of view.blocks) if (b.type === 'paragraph') paragraphs.set(b, b.table ? convertTable(b.table, b.text, b.line, converter) : converter.convertAligned(b.text, b.line));
  const blocks: Block[] = view.blocks.map((b, i) => {
    if (b.type === 'paragraph') {
      const conv = paragraphs.get(b)!;
      return { ...b, text: conv.text, ...(conv.table ? { table: conv.table } : {}) };
    }
    // A run-in heading's rest is the paragraph that follows it (anchors.ts): its conversion is that one.
    const next = view.blocks[i + 1];
    const rest = next?.type === 'paragraph' && next.text === b.rest ? paragraphs.get(next)!.text : c(b.rest);
    return { ...b, section: byId.get(b.section.id)!, rest };
  });
  // An indicator's clause and match are cut from its paragraph's conversion (the paragraph emit
  // marks it in), so they read exactly as on the page and are not converted a second time.
  const bySection = new Map<string, ParagraphBlock[]>();
  for (const p of paragraphs.keys()) (bySection.get(p.section) ?? bySection.set(p.section, []).get(p.section)!).push(p);
  const indicators: Indicator[] = view.indicators.map((ind) => {
    const own = bySection.get(ind.section) ?? [];
    const p = own.find((x) => x.text.includes(ind.text) && x.text.includes(ind.match));
    const at = p ? p.text.indexOf(ind.text) : -1;
    const inner = ind.text.indexOf(ind.match);
    const conv = p ? paragraphs.get(p)! : undefined;
    const cut = conv?.aligned && at >= 0 && inner >= 0;
    return {
      ...ind,
      label: c(ind.label),
      unit: c(ind.unit),
      ...(ind.change ? { change: { ...ind.change, unit: c(ind.change.unit), ...(ind.change.basis !== undefined ? { basis: c(ind.change.basis) } : {}) } } : {}),
      match: cut ? conv.text.slice(at + inner, at + inner + ind.match.length) : c(ind.match),
      text: cut ? conv.text.slice(at, at + ind.text.length) : c(ind.text),
    };
  });
  return { ...view, script: converter.to, title: c(view.title), sections, blocks, indicators, links: convertLinks(view.links ?? [], paragraphs, c) };
}

/**
 * The links in the converted text: at the same offsets when the paragraph's conversion kept its
 * length (character-level presets always do), else where the converted words stand, in order.
 */
function convertLinks(links: readonly ReferenceLink[], paragraphs: ReadonlyMap<ParagraphBlock, { text: string; aligned: boolean }>, c: (s: string) => string): ReferenceLink[] {
  const byId = new Map([...paragraphs].map(([p, conv]) => [p.id, { original: p.text, ...conv }]));
  const from = new Map<string, number>();
  return links.flatMap((link) => {
    const text = c(link.text);
    if (link.heading) return [{ ...link, text }];
    const conv = byId.get(link.block);
    if (!conv) return [];
    if (conv.aligned && conv.original.slice(link.start, link.end) === link.text) return [{ ...link, text: conv.text.slice(link.start, link.end) }];
    const at = conv.text.indexOf(text, from.get(link.block) ?? 0);
    if (at < 0) return [];
    from.set(link.block, at + text.length);
    return [{ ...link, start: at, end: at + text.length, text }];
  });
}

/** A table (its text `original`) in the other script, cell by cell (a phrase never spans two cells); its text rebuilt from the cells. */
function convertTable(t: TableData, original: string, line: number, converter: VariantConverter): { text: string; aligned: boolean; table: TableData } {
  const c = (s: string): string => converter.convert(s, line);
  const table: TableData = { ...t, head: t.head.map((r) => r.map(c)), rows: t.rows.map((r) => r.map(c)), ...(t.caption ? { caption: c(t.caption) } : {}) };
  const text = tableText(table);
  return { text, aligned: text.length === original.length, table };
}

/**
 * The record's visible strings in the other script, so pages show them without converting; the
 * indicators' label, unit and change (its unit and basis) are those of the converted view (`convertView`), as in the callouts.
 */
export function convertRecordStrings(r: ReportRecord, converter: VariantConverter, known: ReadonlyMap<string, string>, indicators: readonly Indicator[]): Variant {
  const c = (s: string): string => known.get(s) ?? converter.convert(s);
  const opt = (s: string | undefined): string | undefined => (s === undefined ? undefined : c(s));
  return {
    script: converter.to,
    preset: converter.preset,
    title: c(r.title),
    subtitle: opt(r.meta.subtitle),
    speaker: opt(r.meta.speaker),
    region: opt(r.meta.region),
    region_parent: opt(r.meta.region_parent),
    issuer: opt(r.meta.issuer),
    issuers: r.meta.issuers?.map(c),
    doc_number: opt(r.meta.doc_number),
    attribution: r.meta.attribution.map(c),
    lead: c(r.body.slice(0, LEAD_CHARS)),
    sections: r.sections.map((s) => ({ id: s.id, number: c(s.number), title: c(s.title) })),
    indicators: indicators.map((ind) => ({
      id: ind.id,
      label: ind.label,
      unit: ind.unit,
      // The record keeps a change's unit as written (%, 个百分点, 万人); the page shows it converted, as the callout does.
      ...(ind.change ? { change: { unit: ind.change.unit, ...(ind.change.basis !== undefined ? { basis: ind.change.basis } : {}) } } : {}),
    })),
  };
}
