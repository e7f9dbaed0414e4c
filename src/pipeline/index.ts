// The whole pipeline in one place: bytes + sidecar → report record and MDX in both scripts.
//   decode → normalize → parse → anchors → indicators → references → variants → emit
import { decodeSource } from './decode.ts';
import { normalizeText } from './normalize.ts';
import { parseOutline } from './parse.ts';
import { assignAnchors } from './anchors.ts';
import { extractIndicators } from './indicators.ts';
import { createVariantConverter, defaultPreset, detectScript, forgetConversions, otherScript, type AmbiguousConversion, type Preset, type VariantConverter } from './variants.ts';
import { emitMdx } from './emit.ts';
import { inferMeta, inferTitle } from './infer.ts';
import { readFrontMatter } from './front-matter.ts';
import { readHistory } from './history.ts';
import { ReportRecord, type Warning } from '../schemas/report.ts';
import type { Script, SourceMeta } from '../schemas/meta.ts';
import type { Term } from '../schemas/terms.ts';
import type { Metric } from '../schemas/metrics.ts';
import type { Variant } from '../schemas/variant.ts';
import type { Block, Indicator, Normalized, Outline, ParagraphBlock, ReportView, TableData } from './types.ts';
import { tableText } from './clean/tables.ts';
import { findReferences, isTaiwan, referenceLinks, resolveDocuments, type DocumentTargets } from './references.ts';
import type { ReferenceLink } from './types.ts';

export interface SourceInput {
  /** File name as shown in messages, e.g. content/sources/x.txt. */
  file: string;
  /** Default slug (the file name without extension). */
  name: string;
  bytes: Uint8Array;
  meta: SourceMeta;
  sha256: string;
}

export interface BuildOptions {
  preset?: Preset;
  /** Entries of content/terms.yml (protected names, fixed conversions), applied before OpenCC. */
  terms?: readonly Term[];
  /** Canonical metrics (content/metrics.yml): figures whose label names one carry its key. */
  metrics?: readonly Metric[];
  /** Titles this report cites that the site holds (build-content finds them among all reports). */
  documents?: DocumentTargets;
}

export interface BuiltReport {
  record: ReportRecord;
  mdx: Record<Script, string>;
  warnings: Warning[];
  /** Conversions through ambiguous characters (后/後, 干/幹/乾 …) for an editor to check. */
  ambiguous: AmbiguousConversion[];
}

/** Runs every stage for one source. Throws SourceError for input the editor must fix. */
export function buildReport(input: SourceInput, options: BuildOptions = {}): BuiltReport {
  forgetConversions();
  const preset = options.preset ?? defaultPreset;
  const { text, encoding } = decodeSource(input.bytes);
  const normalized = normalizeText(text);
  const outline = assignAnchors(parseOutline(normalized.paragraphs));
  const script = input.meta.script ?? detectScript(text);
  const frontMatter = normalized.frontMatter ? readFrontMatter(normalized.frontMatter) : undefined;
  const { title: titleLine, cover, occasion } = inferTitle(input.meta, frontMatter?.meta, outline.title, normalized.paragraphs.slice(0, 60).map((p) => p.text), input.name);
  const body = normalized.paragraphs.map((p) => p.text).join('\n');
  // A regulation's history: the occasion lines of its front matter (parse) and its notes (`> …通过`).
  const dated = outline.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && (b.role === 'occasion' || (b.role === 'note' && b.section === 'intro')));
  const conversion = { preset, terms: options.terms, keep: input.meta.terms };
  // A Traditional text's indicator words and place names, which the rules and the place data write in
  // Simplified, go back through the same converter setup.
  const toScript = script === 'zh-Hant' ? createVariantConverter('zh-Hant', conversion).convert : undefined;
  // A record of a sitting is titled by the address delivered in it (inferMeta: 2001年施政報告).
  const { title: occasionTitle, ...inferred } = inferMeta(input.meta, {
    title: titleLine,
    body,
    // the occasion a front matter title carried (——2019年1月23日在…会议上) dates the text like the body's occasion line
    paragraphs: [...(occasion ? [occasion] : []), ...normalized.paragraphs.slice(0, 40).map((p) => p.text)],
    frontMatter: frontMatter?.meta,
    // a header block's `修正日期：20170614` is history as much as a note's
    history: readHistory([...frontMatterLines(normalized.frontMatter), ...dated]),
    moved: normalized.moved,
    subtitle: outline.subtitle,
    speaker: normalized.moved.speaker ?? outline.speaker,
    cover,
    attribution: normalized.attribution,
    headers: normalized.cleaning.filter((c) => c.kind === 'page-header').map((c) => c.text),
    toScript,
  });
  const title = occasionTitle ?? titleLine;
  const indicators = extractIndicators(outline, { kind: inferred.kind, year: inferred.year, script, toScript, metrics: options.metrics });
  const references = resolveDocuments(findReferences(outline, { taiwan: isTaiwan(inferred) }), options.documents);
  const warnings = [...normalized.warnings, ...(frontMatter?.warnings ?? []), ...outline.warnings];
  const converter = createVariantConverter(otherScript(script), conversion);

  const record = ReportRecord.parse({
    slug: input.meta.slug ?? input.name,
    title,
    script,
    meta: {
      ...inferred,
      subtitle: outline.subtitle,
      keywords: [...normalized.keywords, ...(frontMatter?.meta.keywords ?? []).filter((k) => !normalized.keywords.includes(k))],
      attribution: normalized.attribution,
      links: normalized.links,
      extra: frontMatter?.meta.extra ?? {},
    },
    source: { file: input.file.split('/').pop(), encoding, sha256: input.sha256 },
    body,
    sections: outline.sections,
    indicators,
    references: references.map(({ start: _s, end: _e, part: _p, ...r }) => r),
    tables: outline.blocks.flatMap((b) => (b.type === 'paragraph' && b.table ? [{ id: b.id, section: b.section, line: b.line, ...(b.table.caption ? { caption: b.table.caption } : {}), head: b.table.head, rows: b.table.rows, from: b.table.from }] : [])),
    cleaning: normalized.cleaning,
    warnings,
  });

  const original: ReportView = { slug: record.slug, script, title, blocks: outline.blocks, sections: outline.sections, indicators, links: referenceLinks(references) };
  const converted = convertView(original, converter);
  // The title and section strings are converted once, for the view, and reused by the record.
  const known = new Map([[title, converted.title]]);
  original.sections.forEach((s, i) => known.set(s.title, converted.sections[i]!.title).set(s.number, converted.sections[i]!.number));
  record.variant = convertRecordStrings(record, converter, known, converted.indicators);

  const mdx = { [script]: emitMdx(original), [converted.script]: emitMdx(converted) } as Record<Script, string>;
  return { record, mdx, warnings, ambiguous: converter.ambiguous() };
}

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
 * indicators' label and unit are those of the converted view (`convertView`), as in the callouts.
 */
function convertRecordStrings(r: ReportRecord, converter: VariantConverter, known: ReadonlyMap<string, string>, indicators: readonly Indicator[]): Variant {
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
    lead: c(r.body.slice(0, 110)),
    sections: r.sections.map((s) => ({ id: s.id, number: c(s.number), title: c(s.title) })),
    indicators: indicators.map((ind) => ({
      id: ind.id,
      label: ind.label,
      unit: ind.unit,
      // The record keeps a change's unit as a code (%, 个百分点, 倍); the page shows it converted.
      ...(ind.change ? { change: { unit: c(ind.change.unit), ...(ind.change.basis !== undefined ? { basis: c(ind.change.basis) } : {}) } } : {}),
    })),
  };
}

export type { Outline };

/** The front matter's label lines as the text printed them (`修正日期：20170614`), for the history. */
function frontMatterLines(fm: Normalized['frontMatter']): { text: string; line: number }[] {
  if (!fm) return [];
  return Object.entries(fm.data).flatMap(([key, value]) => (typeof value === 'string' || typeof value === 'number' ? [{ text: `${key}：${value}`, line: fm.lines[key] ?? fm.line }] : []));
}
