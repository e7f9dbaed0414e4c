// anchors: outline nodes → sections and blocks with stable, script-neutral ids.
//   三、 → s3; （二） under it → s3-2; 第七章 → ch7; 第十二条 → art12; its （一） → art12-1
import type { Section, SectionKind } from '../schemas/report.ts';
import type { ParsedDocument } from './parse.ts';
import type { Block, Outline, Warning } from './types.ts';

/** Prefixes of the numberings that restart nowhere (law style, appendices): flat ids. */
const PREFIX: Partial<Record<SectionKind, string>> = {
  part: 'pt',
  chapter: 'ch',
  article: 'art',
  appendix: 'app',
};

/** Kinds whose children extend the parent's id (s3 → s3-2, art12 → art12-1, app2 → app2-1). */
const EXTENDS: SectionKind[] = ['l1', 'l2', 'l3', 'l4', 'l5', 'enum', 'item', 'article', 'appendix'];

/** Kinds that hold numbered sections without numbering them: part, chapter, division, heading. */
const CONTAINERS: SectionKind[] = ['part', 'chapter', 'division', 'heading'];

/** The id a numbering asks for, before duplicates are resolved. */
export function baseId(kind: SectionKind, ordinal: number, parent: { id: string; kind: SectionKind } | null, headingIndex: number): string {
  if (kind === 'heading') return `h${headingIndex}`;
  const prefix = PREFIX[kind];
  if (prefix) return `${prefix}${ordinal}`;
  // 第一节 restarts in every chapter: ch2-sec1.
  if (kind === 'division') return parent ? `${parent.id}-sec${ordinal}` : `sec${ordinal}`;
  if (parent && EXTENDS.includes(parent.kind)) return `${parent.id}-${ordinal}`;
  // 一、 restarts in every chapter (or unnumbered heading): ch2-s1, so chapters do not collide.
  if (parent && CONTAINERS.includes(parent.kind)) return `${parent.id}-s${ordinal}`;
  // An enumeration before any heading hangs below the front section: intro-1.
  if (kind === 'enum' && !parent) return `intro-${ordinal}`;
  return `s${ordinal}`;
}

/** Assigns ids from the printed numbering (never from the text) and numbers paragraphs. */
export function assignAnchors(doc: ParsedDocument): Outline {
  const warnings: Warning[] = [...doc.warnings];
  const ids: string[] = [];
  const used = new Set<string>(['intro', 'summary']);
  let headingCount = 0;

  // A numbered heading has first claim on the id its numbering asks for: a summary's 一是…二是… under 一、
  // before its （一）（二） takes s1-1-n2, not the heading (work reports open their review so). Nodes outside
  // any enumeration claim their ids in order first, then the enumerations' nodes in order, avoiding those.
  const inEnum: boolean[] = [];
  const headingIndex: number[] = [];
  doc.nodes.forEach((node) => {
    inEnum.push(node.kind === 'enum' || (node.parent !== null && inEnum[node.parent]!));
    if (node.kind === 'heading') headingCount++;
    headingIndex.push(headingCount);
  });
  const claim = (i: number): string => {
    const node = doc.nodes[i]!;
    const parent = node.parent === null ? null : { id: ids[node.parent]!, kind: doc.nodes[node.parent]!.kind };
    const id = baseId(node.kind, node.ordinal, parent, headingIndex[i]!);
    if (!used.has(id)) return id;
    let n = 2;
    while (used.has(`${id}-n${n}`)) n++;
    // A second 一是… list in one section is ordinary writing, not a numbering error.
    if (node.kind !== 'enum')
      warnings.push({
        line: node.line,
        message: `the numbering ${node.number} repeats an earlier section (id ${id})`,
        hint: `it is published as ${id}-n${n}; fix the numbering in the source for a cleaner link`,
      });
    return `${id}-n${n}`;
  };
  for (const first of [true, false])
    doc.nodes.forEach((_, i) => {
      if (inEnum[i] === first) return;
      ids[i] = claim(i);
      used.add(ids[i]);
    });

  const sections: Section[] = doc.nodes.map((node, i) => ({
    id: ids[i]!,
    kind: node.kind,
    level: node.level,
    number: node.number,
    ordinal: node.ordinal,
    title: node.title,
    parent: node.parent === null ? null : ids[node.parent]!,
    line: node.line,
  }));

  const paragraphCount = new Map<string, number>();
  const paragraphId = (section: string): string => {
    const n = (paragraphCount.get(section) ?? 0) + 1;
    paragraphCount.set(section, n);
    return `${section}-p${n}`;
  };
  // A run-in heading's body text becomes the section's first paragraph.
  const blocks: Block[] = doc.items.flatMap((item): Block[] => {
    if (item.type === 'heading') {
      const node = doc.nodes[item.node!]!;
      const section = sections[item.node!]!;
      const heading: Block = { type: 'heading', line: item.line, section, rest: node.rest };
      if (!node.rest) return [heading];
      return [heading, { type: 'paragraph', line: item.line, id: paragraphId(section.id), section: section.id, role: 'body', text: node.rest }];
    }
    const section = item.node !== null ? ids[item.node]! : item.front === 'summary' ? 'summary' : 'intro';
    return [{ type: 'paragraph', line: item.line, id: paragraphId(section), section, role: item.role, text: item.text, ...(item.table ? { table: item.table } : {}) }];
  });

  return { title: doc.title, subtitle: doc.subtitle, speaker: doc.speaker, sections, blocks, warnings };
}
