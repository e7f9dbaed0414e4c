// anchors: outline nodes → sections and blocks with stable, script-neutral ids.
//   三、 → s3; （二） under it → s3-2; 第七章 → ch7; 第十二条 → art12; its （一） → art12-1
import type { Section, SectionKind } from '../schemas/report.ts';
import type { ParsedDocument } from './parse.ts';
import type { Block, Outline, Warning } from './types.ts';

const PREFIX: Partial<Record<SectionKind, string>> = {
  part: 'pt',
  chapter: 'ch',
  division: 'sec',
  article: 'art',
  heading: 'h',
};

/** Assigns ids from the printed numbering (never from the text) and numbers paragraphs. */
export function assignAnchors(doc: ParsedDocument): Outline {
  const warnings: Warning[] = [...doc.warnings];
  const ids: string[] = [];
  const used = new Set<string>(['intro', 'summary']);
  let headingCount = 0;

  doc.nodes.forEach((node, i) => {
    const parentId = node.parent === null ? null : ids[node.parent]!;
    let id: string;
    const prefix = PREFIX[node.kind];
    if (node.kind === 'heading') id = `h${++headingCount}`;
    else if (node.kind === 'article') id = `art${node.ordinal}`;
    else if (prefix) id = parentId && node.kind === 'division' ? `${parentId}-sec${node.ordinal}` : `${prefix}${node.ordinal}`;
    else if (parentId && !/^(pt|ch|sec|h)\d/.test(parentId)) id = `${parentId}-${node.ordinal}`;
    else if (parentId && node.kind === 'item') id = `${parentId}-${node.ordinal}`;
    else id = `s${node.ordinal}`;
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id}-n${n}`)) n++;
      warnings.push({
        line: node.line,
        message: `the numbering ${node.number} repeats an earlier section (id ${id})`,
        hint: `it is published as ${id}-n${n}; fix the numbering in the source for a cleaner link`,
      });
      id = `${id}-n${n}`;
    }
    used.add(id);
    ids.push(id);
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
    const section = item.node === null ? 'intro' : ids[item.node]!;
    return [{ type: 'paragraph', line: item.line, id: paragraphId(section), section, role: item.role, text: item.text }];
  });

  return { title: doc.title, subtitle: doc.subtitle, speaker: doc.speaker, sections, blocks, warnings };
}
