// The whole pipeline in one place: bytes + sidecar → report record, MDX in both scripts and the
// search document.
//   decode → normalize → parse → anchors → indicators → references → variants → emit, search
import { decodeSource } from './decode.ts';
import { normalizeText } from './normalize.ts';
import { mastheads, parseOutline } from './parse.ts';
import { assignAnchors } from './anchors.ts';
import { extractIndicators } from './indicators.ts';
import { createVariantConverter, defaultPreset, detectScript, forgetConversions, otherScript, type AmbiguousConversion, type Preset } from './variants.ts';
import { emitMdx } from './emit.ts';
import { budgetsOwnYear, codedTitle, firstLineTitle, inferMeta, inferTitle, keyedTitle, noticesUnderHeadline, reviewsOwnYear, sameTitle } from './infer.ts';
import { frontMatterLines, readFrontMatter, type FrontMatterMeta } from './front-matter.ts';
import { convertRecordStrings, convertView } from './convert.ts';
import { historyAfterTitle, isHistoryLine, readHistory } from './history.ts';
import { buildSearchDocument } from './search.ts';
import { ReportRecord, type Warning } from '../schemas/report.ts';
import type { Script, SourceMeta } from '../schemas/meta.ts';
import type { Term } from '../schemas/terms.ts';
import type { SearchDocument } from '../schemas/search.ts';
import type { Metric } from '../schemas/metrics.ts';
import type { Paragraph, ParagraphBlock, ReportView } from './types.ts';
import { noteLinks } from './notes.ts';
import { readPageHead } from './clean/page-head.ts';
import { readChrome, readHeadlines, readPageDate, readPageTitle, readSiteName, readTitleBar } from './clean/html-markup.ts';
import { findReferences, isTaiwan, referenceLinks, resolveDocuments, type DocumentTargets } from './references.ts';

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
  /** The source decoded to text, as the site offers it for download (/sources/<slug>.txt). */
  source: string;
  mdx: Record<Script, string>;
  /** What build-search indexes: the sections as both pages show them. */
  search: SearchDocument;
  warnings: Warning[];
  /** Conversions through ambiguous characters (后/後, 干/幹/乾 …) for an editor to check. */
  ambiguous: AmbiguousConversion[];
}

/** Runs every stage for one source. Throws SourceError for input the editor must fix. */
export function buildReport(input: SourceInput, options: BuildOptions = {}): BuiltReport {
  forgetConversions();
  const preset = options.preset ?? defaultPreset;
  const { text, encoding } = decodeSource(input.bytes);
  const normalized = normalizeText(text, encoding);
  const read = normalized.frontMatter ? readFrontMatter(normalized.frontMatter) : undefined;
  // a record whose keys are codes, none a title key (s1 … s51): the coded field that reads as a title titles it (codedTitle, dev 684)
  // and one whose titled key (policy, a policy dataset's CSV column) names the document: its value (keyedTitle, dev 772)
  const coded = read && read.meta.title === undefined ? (codedTitle(read.meta.extra) ?? keyedTitle(read.meta.extra)) : undefined;
  const header = read && coded !== undefined ? { ...read, meta: { ...read.meta, title: coded } } : read;
  // a record's title key that holds only its text's first line, no title (firstLineTitle): the text is read as without it (it stays in the log)
  const frontMatter = header && firstLineTitle(header.meta.title, normalized.paragraphs[0]?.text) ? { ...header, meta: withoutTitle(header.meta) } : header;
  const givenTitle = input.meta.title ?? frontMatter?.meta.title;
  const outline = assignAnchors(parseOutline(normalized.paragraphs, undefined, givenTitle));
  // a JSON text written with ensure_ascii holds its characters as \uXXXX escapes: its script is theirs, as json-escape wrote them
  const script = input.meta.script ?? detectScript(normalized.characters ?? text);
  // what metadata reads: the paragraphs with the lines page-head took from a page's top in their place (its title bar, 发布机构：…),
  // and the title line the outline finds in them
  const head = readPageHead(normalized.cleaning);
  const html = normalized.cleaning.some((c) => c.kind === 'html-markup');
  const seen = head.length === 0 ? normalized.paragraphs : [...head, ...normalized.paragraphs].sort((a, b) => a.line - b.line);
  const seenTitle = head.length === 0 ? outline.title : parseOutline(seen, undefined, givenTitle).title;
  const {
    title: titleLine,
    cover,
    occasion,
    date: titleDate,
    speaker: titleSpeaker,
    untitled,
    preamble,
  } = inferTitle(
    input.meta,
    frontMatter?.meta,
    seenTitle,
    seen.slice(0, 60).map((p) => p.text),
    input.name,
    readPageTitle(normalized.cleaning),
    html ? readTitleBar(text) : undefined,
    html ? readHeadlines(text) : [],
  );
  const body = seen.map((p) => p.text).join('\n');
  // The opening metadata reads (label lines, a byline, a signature, an occasion line, the lines under the title: every reading of
  // inferMeta's paragraphs, which bound them no further): OPENING paragraphs counted from the title line
  // over the text, where a document starts, not from the page's top (a portal's menus, a paragraph each between its title bar and its
  // headline, eval:shapes html of 155, 190): the last line among the first 60 that prints the title, as inferTitle reads them.
  const openingAt = seen.slice(0, 60).findLastIndex((p) => [seenTitle, titleLine, cover].some((t) => t && sameTitle(p.text, t)));
  const opening = seen.slice(0, Math.max(0, openingAt) + OPENING);
  // A regulation's history: the occasion lines of its front matter (parse) and its notes (`> …通过`).
  const dated = outline.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && (b.role === 'occasion' || (b.role === 'note' && b.section === 'intro')));
  // A title found below other text (a gazette page that begins with the end of the previous item,
  // corpus 64) has its adoption line under it too: `（第七届全国人民代表大会第四次会议1991年4月9日批准）`.
  const titleAt = outline.title === null ? normalized.paragraphs.slice(0, 60).findIndex((p) => p.text === titleLine) : -1;
  const underTitle = titleAt >= 0 ? normalized.paragraphs.slice(titleAt + 1, titleAt + 3).filter((p) => isHistoryLine(p.text)) : [];
  // A body with no title line of its own (a front matter titles it) opens with its history: `::: tip 修订信息` /
  // `（该文件于2014年1月15日以粤府令第197号公布，根据2020年5月12日粤府令第275号第一次修改）` (dev 303).
  const atTop = outline.title === null && titleAt < 0 && frontMatter !== undefined ? normalized.paragraphs.slice(0, 3).filter((p) => isHistoryLine(p.text)) : [];
  // A title line with the rule's adoption in brackets after the name (…的规定（一） （2011年8月29日…会议通过）, corpus 267).
  const onTitleLine = normalized.paragraphs
    .slice(0, 10)
    .flatMap((p) => {
      const bracket = historyAfterTitle(p.text);
      return bracket ? [{ text: bracket, line: p.line }] : [];
    })
    .slice(0, 1);
  // A law database's 沿革 section (Taiwan's laws: `## 沿革` / `1. 中華民國九十一年六月十九日…號令制定公布全文 12 條`).
  const historySection = sectionAfter(normalized.paragraphs, /^(?:法規|法规|立法|修正)?沿革$/);
  const conversion = { preset, terms: options.terms, keep: input.meta.terms };
  // A Traditional text's indicator words and place names, which the rules and the place data write in
  // Simplified, go back through the same converter setup.
  const toScript = script === 'zh-Hant' ? createVariantConverter('zh-Hant', conversion).convert : undefined;
  // A record of a sitting is titled by the address delivered in it (inferMeta: 2001年施政報告).
  const {
    title: occasionTitle,
    spoken,
    yearReported,
    ...inferred
  } = inferMeta(input.meta, {
    title: titleLine,
    body,
    // the occasion a front matter title carried (——2019年1月23日在…会议上) dates the text like the body's occasion line
    paragraphs: [...(occasion ? [occasion] : []), ...opening.map((p) => p.text)],
    frontMatter: frontMatter?.meta,
    titleDate,
    untitled,
    preamble,
    // a header block's `修正日期：20170614` is history as much as a note's
    history: readHistory([...frontMatterLines(normalized.frontMatter), ...dated, ...onTitleLine, ...underTitle, ...atTop, ...historySection]),
    moved: normalized.moved,
    subtitle: outline.subtitle,
    // (or the author a gazette's contents entry names after its leaders, a crawler's title cell: 中华人民共和国主席 习近平, dev 379)
    speaker: normalized.moved.speaker ?? outline.speaker ?? titleSpeaker,
    cover,
    attribution: normalized.attribution,
    headNotices: noticesUnderHeadline(
      normalized.cleaning.filter((c) => c.kind === 'reprint-notice'),
      seen,
      seen[openingAt]?.line ?? -1,
    ),
    headers: normalized.cleaning.filter((c) => c.kind === 'page-header').map((c) => c.text),
    comments: normalized.cleaning.filter((c) => c.kind === 'html-comment').map((c) => c.text),
    // a site's menus and footer the cleaning took out (主办单位: …, the body whose site it is)
    furniture: [...normalized.cleaning.filter((c) => c.kind === 'web-nav').map((c) => c.text), ...readChrome(normalized.cleaning)],
    pageSite: readSiteName(normalized.cleaning),
    pageDate: readPageDate(normalized.cleaning),
    toScript,
  });
  const title = occasionTitle ?? titleLine;
  const indicators = extractIndicators(outline, {
    // a speech on its own (a budget speech, kind other) tells what was done as a sitting's speech does: its figures read as a record's
    kind: spoken ? 'record' : inferred.kind,
    year: inferred.year,
    span: inferred.period,
    reviewsOwnYear: reviewsOwnYear(title),
    budgetsOwnYear: budgetsOwnYear(title),
    yearReported,
    script,
    toScript,
    metrics: options.metrics,
    region: inferred.region,
    regionParent: inferred.region_parent,
    date: inferred.date,
  });
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
    tables: outline.blocks.flatMap((b) =>
      b.type === 'paragraph' && b.table
        ? [
            {
              id: b.id,
              section: b.section,
              line: b.line,
              ...(b.table.caption ? { caption: b.table.caption } : {}),
              head: b.table.head,
              rows: b.table.rows,
              ...(b.table.merged?.length ? { merged: b.table.merged } : {}),
              from: b.table.from,
            },
          ]
        : [],
    ),
    cleaning: normalized.cleaning,
    warnings,
  });

  const original: ReportView = {
    slug: record.slug,
    script,
    title,
    blocks: mastheads(outline.blocks, title),
    sections: outline.sections,
    indicators,
    links: [...referenceLinks(references), ...noteLinks(outline.blocks)],
  };
  const converted = convertView(original, converter);
  // The title and section strings are converted once, for the view, and reused by the record.
  const known = new Map([[title, converted.title]]);
  original.sections.forEach((s, i) => known.set(s.title, converted.sections[i]!.title).set(s.number, converted.sections[i]!.number));
  record.variant = convertRecordStrings(record, converter, known, converted.indicators);

  const mdx = { [script]: emitMdx(original), [converted.script]: emitMdx(converted) } as Record<Script, string>;
  const search = buildSearchDocument(record, [original, converted]);
  return { record, source: text, mdx, search, warnings, ambiguous: converter.ambiguous() };
}

/** How many paragraphs from the title line on make a text's opening (its labels, byline, signature and occasion line stand there). */
const OPENING = 40;

/** Front matter without its title. */
const withoutTitle = ({ title: _, ...meta }: FrontMatterMeta): FrontMatterMeta => meta;

/** The paragraphs under a Markdown heading whose words match `title`, up to the next heading. */
function sectionAfter(paragraphs: readonly Paragraph[], title: RegExp): Paragraph[] {
  const at = paragraphs.findIndex((p) => p.role === 'markdown-heading' && title.test(p.text.trim()));
  if (at < 0) return [];
  const end = paragraphs.findIndex((p, i) => i > at && p.role === 'markdown-heading');
  return paragraphs.slice(at + 1, end < 0 ? undefined : end);
}
