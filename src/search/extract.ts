// extract: a built report page (HTML) → its sections as plain text, in page order.
//   <h2 id="s1"><span class="num">一、</span><span class="title">总体要求</span>…</h2>
//   <div id="s1-p1" class="para">…</div>        → { id: 's1', heading: '一、总体要求', lines: ['…'] }
// Paragraphs before the first heading form the section `intro` (linked at its first paragraph).
// Elements marked data-pagefind-ignore (anchor links, copy buttons, indicator callouts) are skipped.

/** The text of one section of a page: its heading and its own paragraphs (not its subsections'). */
export interface PageSection {
  /** Section id (`s3-12`, `art12`) or `intro` for the paragraphs before the first heading. */
  id: string;
  /** The element to link to: the heading id, or the first paragraph id of `intro`. */
  anchor: string;
  /** Number and title of the heading, e.g. `一、总体要求`; empty for intro. */
  heading: string;
  /** Paragraph texts in order. */
  lines: string[];
}

const IGNORED = /<(a|button|aside|svg)\b[^>]*?(?:data-pagefind-ignore|aria-hidden)[^>]*>[\s\S]*?<\/\1>/g;
const ELEMENT = /<(h[2-6]|div)\b([^>]*)>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities Astro writes (named basics and numeric). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Plain text of an HTML fragment: ignored elements dropped, tags removed, whitespace collapsed. */
export function htmlToText(html: string): string {
  // a table's cells stay apart (`序号 指标`, not `序号指标`)
  return decodeEntities(html.replace(IGNORED, '').replace(/<\/t[dh]>/g, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The index just after the element that opens at `from` closes (nested same-name tags counted). */
function closeOf(html: string, tag: string, from: number): number {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = from;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`unclosed <${tag}> at offset ${from}`);
}

/** The element carrying `marker` in its open tag, from its `<` to just after its close. */
function elementAround(html: string, at: number): [number, number] {
  const start = html.lastIndexOf('<', at);
  const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start))?.[1];
  if (!tag) throw new Error(`no element around offset ${at}`);
  return [start, closeOf(html, tag, start)];
}

/** The HTML of the page body (the data-pagefind-body element) without data-pagefind-ignore="all" parts. */
function pageBody(html: string): string {
  const at = html.indexOf('data-pagefind-body');
  if (at < 0) throw new Error('no element with data-pagefind-body: is this a report page?');
  const [start, end] = elementAround(html, at);
  let body = html.slice(start, end);
  for (let i = body.indexOf('data-pagefind-ignore="all"'); i >= 0; i = body.indexOf('data-pagefind-ignore="all"')) {
    const [from, to] = elementAround(body, i);
    body = body.slice(0, from) + body.slice(to);
  }
  return body;
}

/** Sections of the page body, in page order. */
export function extractSections(html: string): PageSection[] {
  const body = pageBody(html);
  const sections: PageSection[] = [];
  let current: PageSection | undefined;
  const element = new RegExp(ELEMENT);
  for (let m = element.exec(body); m; m = element.exec(body)) {
    const [open, tag, attrs] = m as unknown as [string, string, string];
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    const isHeading = tag[0] === 'h';
    if (!id || (!isHeading && !/\bclass="para\b/.test(attrs))) continue;
    const end = closeOf(body, tag, m.index);
    const text = htmlToText(body.slice(m.index + open.length, end));
    element.lastIndex = end;
    if (isHeading) {
      current = { id, anchor: id, heading: text, lines: [] };
      sections.push(current);
    } else {
      if (!current) {
        current = { id: 'intro', anchor: id, heading: '', lines: [] };
        sections.push(current);
      }
      if (text) current.lines.push(text);
    }
  }
  return sections;
}
