// What a built report page shows, section by section, as plain text in page order: what the tests
// compare the search documents and windows with (build-search reads the search documents
// build:content writes, src/pipeline/search.ts, never the HTML). The page is parsed with an HTML
// parser (Sätteri's htmlToHast), so entities and nesting are the browser's.
//   <h2 id="s1"><a class="anchor"><span class="num">一、</span><span class="title">总体要求</span></a>…</h2>
//   <div id="s1-p1" class="para">…</div>        → { id: 's1', anchor: 's1', heading: '一、总体要求', lines: ['…'] }
// Paragraphs before the first heading form the section `intro` (linked at its first paragraph).
// Only the data-pagefind-body element counts; elements marked data-pagefind-ignore (copy and cite
// buttons, contents, cleaning notes), indicator callouts (aside.co) and aria-hidden ones are skipped.
import { htmlToHast } from 'satteri';

/** The text of one section of a page: its heading and its own paragraphs (not its subsections'). */
export interface PageSection {
  /** Section id (`s3-12`, `art12`) or `intro` for the paragraphs before the first heading. */
  id: string;
  /** The element to link to: the heading id, or the first paragraph id of `intro`. */
  anchor: string;
  /** Number and title of the heading, e.g. `一、总体要求`; empty for intro. */
  heading: string;
  /** Paragraph texts in order (empty ones left out). */
  lines: string[];
}

/** A node of Sätteri's HTML tree (hast), as far as the tests read it. */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const skipped = (node: HastNode): boolean =>
  node.properties?.dataPagefindIgnore !== undefined ||
  node.properties?.ariaHidden === 'true' ||
  (node.tagName === 'aside' && ([] as unknown[]).concat(node.properties?.className ?? []).includes('co'));

/** The text of an element as read: skipped parts left out, table cells apart, whitespace collapsed. */
function textOf(node: HastNode): string {
  const parts: string[] = [];
  const walk = (n: HastNode): void => {
    if (n.type === 'text') parts.push(n.value ?? '');
    if (n.type !== 'element' && n.type !== 'root') return;
    if (n.type === 'element' && skipped(n)) return;
    for (const child of n.children ?? []) walk(child);
    // a caption is a line of its own above the table, cells stand apart
    if (n.tagName === 'td' || n.tagName === 'th' || n.tagName === 'caption') parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function findBody(node: HastNode): HastNode | undefined {
  if (node.properties?.dataPagefindBody !== undefined) return node;
  for (const child of node.children ?? []) {
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

/** Sections of the page body, in page order; throws for a page without data-pagefind-body. */
export function extractSections(html: string): PageSection[] {
  const body = findBody(htmlToHast(html) as HastNode);
  if (!body) throw new Error('no element with data-pagefind-body: is this a report page?');
  const sections: PageSection[] = [];
  let current: PageSection | undefined;
  const walk = (node: HastNode): void => {
    if (node.type !== 'element' || skipped(node)) return;
    const id = node.properties?.id;
    const classes = (node.properties?.className as string[] | undefined) ?? [];
    if (typeof id === 'string' && /^h[2-6]$/.test(node.tagName!)) {
      current = { id, anchor: id, heading: textOf(node), lines: [] };
      sections.push(current);
      return;
    }
    if (typeof id === 'string' && node.tagName === 'div' && classes.includes('para')) {
      if (!current) {
        current = { id: 'intro', anchor: id, heading: '', lines: [] };
        sections.push(current);
      }
      const text = textOf(node);
      if (text) current.lines.push(text);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  for (const child of body.children ?? []) walk(child);
  return sections;
}
