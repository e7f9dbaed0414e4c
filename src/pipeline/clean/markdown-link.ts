// markdown-link: `[中华人民共和国海关法](<http://…>)` → `中华人民共和国海关法`. The link text stays in the
// line; the syntax and the URL are logged, and the URL is kept as data in meta.links (never rendered
// as a link from the source, so no `javascript:` or other URL of a scrape reaches a page).
import type { CleaningRule } from './types.ts';

/** `[text](url)`, `[text](<url>)`, `[text](url "title")`, and images `![alt](url)`. */
const LINK = /(!?)\[([^[\]]*)\]\(\s*(<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;

/** Replaces Markdown links by their text; logs the rest. */
export const markdownLink: CleaningRule = {
  kind: 'markdown-link',
  apply(lines, log) {
    return lines.map((l) => {
      if (!l.text.includes('](')) return l;
      // each removed piece is logged as it stood in the line: `[` (or `![`) and `](url)`
      const removed: string[] = [];
      const text = l.text.replace(LINK, (all, bang: string, label: string, target: string) => {
        const url = target.replace(/^<|>$/g, '').trim();
        removed.push(`${bang}[`, all.slice(bang.length + 1 + label.length));
        (log.links ??= []).push({ text: label, url, line: l.line });
        return label;
      });
      if (!removed.length) return l;
      for (const piece of removed) log.cleaning.push({ kind: 'markdown-link', text: piece, line: l.line, note: 'link text kept; the URL is in meta.links' });
      return { ...l, text: text.trim() };
    });
  },
};
