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
      let removed = '';
      const text = l.text.replace(LINK, (all, bang: string, label: string, target: string) => {
        const url = target.replace(/^<|>$/g, '').trim();
        removed += all.replace(label, '');
        (log.links ??= []).push({ text: label, url, line: l.line });
        return bang && !label ? '' : label;
      });
      if (!removed) return l;
      log.cleaning.push({ kind: 'markdown-link', text: removed, line: l.line, note: 'link text kept; the URL is in meta.links' });
      return { ...l, text: text.trim() };
    });
  },
};
