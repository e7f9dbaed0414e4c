// notes: a note's marker in the text (`聚焦“三步走”战略目标[1]`) and its entry in the document's glossary
// (名词解释: a paragraph that opens `[1]“三步走”战略目标：…`) lead to each other, as footnotes do: the
// marker links to the entry, the entry's own marker back to the first place that cites it. A marker
// without an entry stays plain text (a scrape that lost its notes).
import type { Block, ReferenceLink } from './types.ts';
import { NOTE_CITED, NOTE_NUMBER } from './patterns.ts';

/** An entry opens with its marker: `[1]“三步走”战略目标：…`, `［2］…`. */
const ENTRY = new RegExp(`^${NOTE_NUMBER}`);

/** A marker the text cites (after a word or a closing quote or bracket), not at the start of a paragraph. */
const MARKER = new RegExp(NOTE_CITED, 'gu');

/** Links between the note markers of the body and the entries of the glossary (paragraphs of role `glossary`). */
export function noteLinks(blocks: readonly Block[]): ReferenceLink[] {
  const entries = new Map<string, { block: string; text: string }>();
  for (const b of blocks) {
    if (b.type !== 'paragraph' || b.role !== 'glossary') continue;
    const m = ENTRY.exec(b.text);
    if (m && !entries.has(m[1]!)) entries.set(m[1]!, { block: b.id, text: m[0] });
  }
  if (entries.size === 0) return [];
  const links: ReferenceLink[] = [];
  const firstRef = new Map<string, string>();
  for (const b of blocks) {
    if (b.type !== 'paragraph' || b.role === 'glossary' || b.role === 'table') continue;
    for (const m of b.text.matchAll(MARKER)) {
      const entry = entries.get(m[1]!);
      if (!entry) continue;
      const first = !firstRef.has(m[1]!);
      if (first) firstRef.set(m[1]!, `${entry.block}-ref`);
      links.push({
        block: b.id,
        heading: false,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        url: `#${entry.block}`,
        note: first ? { role: 'ref', id: `${entry.block}-ref` } : { role: 'ref' },
      });
    }
  }
  for (const [n, entry] of entries) {
    const back = firstRef.get(n);
    if (back) links.push({ block: entry.block, heading: false, start: 0, end: entry.text.length, text: entry.text, url: `#${back}`, note: { role: 'entry' } });
  }
  return links;
}
