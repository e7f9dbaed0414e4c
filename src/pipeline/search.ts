// search: the report view in both scripts → the search document (what build-search indexes), with
// every text as the page shows it, from the same views emit writes the two MDX files from.
//   heading s1 一、总体要求 + paragraph s1-p1 → { id: 's1', anchor: 's1', heading: '一、总体要求', lines: ['…'] }
// Paragraphs before the first heading form the section `intro`, linked at its first paragraph. Left
// out, as chrome beside the text (data-pagefind-ignore or outside the paragraphs on the page):
// indicator callouts and a heading's 参见 list.
import type { ReportRecord } from '../schemas/report.ts';
import type { SearchDocument, SearchSection } from '../schemas/search.ts';
import type { Script } from '../schemas/meta.ts';
import type { ParagraphBlock, ReportView, TableData } from './types.ts';

/** One script's page section: heading and own paragraph texts. */
interface PageSection {
  id: string;
  anchor: string;
  heading: string;
  lines: string[];
}

/** Whitespace as a browser lays out HTML text: runs collapsed to one space, none at the ends. */
const shown = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A table as read on the page: its caption (a line of its own above the table), then every cell,
 * header rows first, with a space between each, so no phrase runs from one into the next.
 */
const tableLine = (t: TableData): string => shown([t.caption ?? '', ...[...t.head, ...t.rows].flat()].join(' '));

const paragraphLine = (p: ParagraphBlock): string => shown(p.table ? tableLine(p.table) : p.text);

/** The sections of one script's page, in page order (emit.ts buildTree writes blocks in this order). */
function pageSections(view: ReportView): PageSection[] {
  const sections: PageSection[] = [];
  let current: PageSection | undefined;
  for (const block of view.blocks) {
    if (block.type === 'heading') {
      current = { id: block.section.id, anchor: block.section.id, heading: shown(block.section.number + block.section.title), lines: [] };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { id: 'intro', anchor: block.id, heading: '', lines: [] };
      sections.push(current);
    }
    const line = paragraphLine(block);
    if (line) current.lines.push(line);
  }
  return sections;
}

/**
 * The search document of a report: its sections in both scripts (`views` is the original view and
 * its conversion, emit's two inputs), with the titles and region of the record and its `variant`.
 */
export function buildSearchDocument(record: ReportRecord, views: readonly [ReportView, ReportView]): SearchDocument {
  const byScript = Object.fromEntries(views.map((v) => [v.script, pageSections(v)])) as Record<Script, PageSection[]>;
  const [hans, hant] = [byScript['zh-Hans'], byScript['zh-Hant']];
  if (!hans || !hant || hans.length !== hant.length) throw new Error(`${record.slug}: the two views do not have the same sections — this is a bug in baogao's convert stage`);
  const parents = new Map(record.sections.flatMap((s) => (s.parent ? [[s.id, s.parent] as const] : [])));
  const sections: SearchSection[] = hans.map((s, i) => {
    const t = hant[i]!;
    const parent = parents.get(s.id);
    return {
      id: s.id,
      anchor: s.anchor,
      ...(parent ? { parent } : {}),
      heading: { 'zh-Hans': s.heading, 'zh-Hant': t.heading },
      lines: { 'zh-Hans': s.lines, 'zh-Hant': t.lines },
    };
  });
  const both = (original: string, converted: string): Record<Script, string> =>
    record.script === 'zh-Hans' ? { 'zh-Hans': original, 'zh-Hant': converted } : { 'zh-Hans': converted, 'zh-Hant': original };
  const other = record.variant;
  if (!other) throw new Error(`${record.slug}: the record has no converted strings (variant) — this is a bug in baogao's pipeline`);
  // A region known in one script only (an empty conversion) is not shown on a result.
  const region = record.meta.region && other.region ? both(record.meta.region, other.region) : undefined;
  return {
    slug: record.slug,
    title: both(record.title, other.title),
    ...(region ? { region } : {}),
    ...(record.meta.year !== undefined ? { year: record.meta.year } : {}),
    kind: record.meta.kind,
    sections,
  };
}
