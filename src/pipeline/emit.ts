// emit: a report view → MDX, built as an mdast tree and serialised (never joined as strings).
//   heading s3 + paragraph → <Section id="s3" number="三、" title="…" depth="2">\n\n<P id="s3-p1">\n\n…
// Every text of the report stays data: to-markdown escapes it, and the result is parsed back by
// Sätteri (the compiler Astro renders with) and compared, so that nothing in a source can become
// JSX, an expression, ESM or HTML. The tests also parse every emitted MDX with micromark (the
// reference MDX parser, test/helpers/micromark.ts); the build does not, as it cost 38 % of the pipeline.
import type { Root, RootContent, PhrasingContent, Paragraph as MdParagraph, Text, Parents, Link } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement, MdxJsxAttribute } from 'mdast-util-mdx';
import type { Handle, Info, Options, State, Unsafe } from 'mdast-util-to-markdown';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { createMdxMdastHandle, dropHandle, MdastReader, mdxToMdast, serializeHandle } from 'satteri';
import type { Indicator, ParagraphBlock, ReferenceLink, ReportView, TableData } from './types.ts';
import { rowText } from './clean/tables.ts';
import { astroFeatures } from './mdx-features.ts';
import { satteriTags } from './satteri-tags.ts';

/** Names of the components the MDX uses; the site passes them to `<Content components>`. */
export const componentNames = ['Section', 'P', 'Mark', 'Callout', 'Table', 'Tr', 'Th', 'Td', 'Refs', 'NoteRef'] as const;

// Lines that start with `import`/`export` would be ESM in MDX: encode their first letter.
const unsafe: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
  { character: 'I', atBreak: true, after: '(?:MPORT|mport)\\b' },
  { character: 'E', atBreak: true, after: '(?:XPORT|xport)\\b' },
  // GFM strikethrough (`~s~`) and the syntax of Sätteri extensions the site could turn on later
  // (superscript, math, directives, definition lists): escaped so text stays text even then.
  // GFM autolink literals cannot be escaped (they are found after escapes resolve): GFM stays off.
  { character: '~', inConstruct: 'phrasing' },
  { character: '^', inConstruct: 'phrasing' },
  { character: '$', inConstruct: 'phrasing' },
  { character: ':', inConstruct: 'phrasing' },
];

/** Builds the mdast tree of one report page body. */
export function buildTree(view: ReportView): Root {
  const root: Root = { type: 'root', children: [] };
  const containers = new Map<string, { children: RootContent[] }>();
  const { byParagraph, byTitle } = assignIndicators(view);
  const links = new Map<string, ReferenceLink[]>();
  for (const l of view.links ?? []) links.set(`${l.heading ? 'h:' : ''}${l.block}`, [...(links.get(`${l.heading ? 'h:' : ''}${l.block}`) ?? []), l]);

  for (const block of view.blocks) {
    if (block.type === 'heading') {
      const s = block.section;
      const element = flow('Section', {
        id: s.id,
        number: s.number,
        title: s.title,
        depth: String(Math.min(s.level + 1, 6)),
        kind: s.kind,
      });
      const parent = s.parent ? containers.get(s.parent) : undefined;
      (parent ?? root).children.push(element);
      containers.set(s.id, element);
      // A heading is itself the link to its section, so the references in its title are listed under it.
      const cited = links.get(`h:${s.id}`);
      if (cited) element.children.push(references(cited));
      // A figure of the heading's own line (1.高新技术企业数量增长12%): its callout, which carries its anchor, opens the section.
      for (const ind of byTitle.get(s.id) ?? []) element.children.push(callout(ind, true));
      continue;
    }
    const parent = containers.get(block.section) ?? root;
    const found = byParagraph.get(block.id) ?? [];
    // A table's figures are marked in their cells; the table itself shows them, so no callouts.
    if (block.table) {
      parent.children.push(table(block.id, block.table, found));
      continue;
    }
    const attrs: Record<string, string> = { id: block.id };
    if (block.role !== 'body') attrs.kind = block.role;
    const p = flow('P', attrs, [paragraph(block.text, found, links.get(block.id))]);
    parent.children.push(p);
    for (const ind of found) parent.children.push(callout(ind));
  }
  return root;
}

/** Serialises a report view to MDX and checks the text survives a parse back. */
export function emitMdx(view: ReportView): string {
  const tree = buildTree(view);
  const mdx = toMarkdown(tree, toMarkdownOptions);
  verifyWithSatteri(tree, mdx, view.slug);
  return mdx;
}

/**
 * to-markdown's own `text` handler, with one difference: `state.safe` only runs the unsafe patterns
 * whose character occurs in the text or the characters around it. A pattern can only match where
 * its character is, so the escapes are the same; the other 90-odd regexes (most of them for ASCII
 * punctuation a Chinese paragraph rarely has) are not run over every paragraph. A text with none of
 * the characters and no backslash is what `safe` would return unchanged, so it is returned as is.
 */
const text: Handle = (node: Text, parent: Parents | undefined, state: State, info: Info): string => {
  const all = state.unsafe;
  const value = node.value;
  if (!hasPatternCharacter(all, value) && !value.includes('\\') && !info.after.includes('\\')) return value;
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1]!;
  state.unsafe = patternsFor(all, info.before + value + info.after);
  try {
    return state.safe(value, { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] });
  } finally {
    state.unsafe = all;
  }
};

// The characters of a pattern list (one list per toMarkdown call): ASCII by code, others as strings.
const patternCharacters = new WeakMap<Unsafe[], { ascii: Uint8Array; other: string[] }>();

function hasPatternCharacter(all: Unsafe[], value: string): boolean {
  let chars = patternCharacters.get(all);
  if (!chars) {
    chars = { ascii: new Uint8Array(128), other: [] };
    for (const p of all) {
      const code = p.character.charCodeAt(0);
      if (p.character.length === 1 && code < 128) chars.ascii[code] = 1;
      else chars.other.push(p.character);
    }
    patternCharacters.set(all, chars);
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128 && chars.ascii[code] === 1) return true;
  }
  return chars.other.some((c) => value.includes(c));
}

/** The patterns of `all` whose character occurs in `value`. */
function patternsFor(all: Unsafe[], value: string): Unsafe[] {
  const present = new Uint8Array(128);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) present[code] = 1;
  }
  return all.filter((p) => {
    const code = p.character.charCodeAt(0);
    return p.character.length === 1 && code < 128 ? present[code] === 1 : value.includes(p.character);
  });
}

const jsx = mdxToMarkdown();
const jsxElement = jsx.extensions!.find((e) => e.handlers?.mdxJsxFlowElement)!.handlers!.mdxJsxFlowElement as Handle & { peek?: Handle };

/**
 * mdast-util-mdx-jsx's element handler, with each string attribute written here as it would write
 * it, `name="value"`, and passed to it as a bare name (an attribute without a value is written as
 * its name): for every attribute value it compiles a RegExp to escape the quote (stringify-entities
 * keeps that RegExp by its subset array, which the handler makes anew at each call), about 5 % of
 * the pipeline. The quote is `"` and escaped as `&#x22;` (the handler's defaults, which
 * `mdxToMarkdown()` keeps). `&` is encoded as well: both MDX parsers decode character references in
 * attribute values (`&lt;` → `<`), but the serialiser only escapes the quote, so `&amp;` keeps the
 * `&lt;` a source wrote. The round-trip check reads every attribute back.
 */
const element = (node: MdxJsxFlowElement | MdxJsxTextElement, parent: Parents | undefined, state: State, info: Info): string =>
  jsxElement({ ...node, attributes: node.attributes.map(writtenAttribute) }, parent, state, info);
element.peek = jsxElement.peek;

function writtenAttribute(a: MdxJsxFlowElement['attributes'][number]): MdxJsxFlowElement['attributes'][number] {
  if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string') return a;
  return { type: 'mdxJsxAttribute', name: `${a.name}="${a.value.replaceAll('&', '&amp;').replaceAll('"', '&#x22;')}"`, value: null };
}

// One options object for every call: the extension's patterns cache their compiled regexes on themselves.
const toMarkdownOptions: Options = { extensions: [jsx, { handlers: { text, mdxJsxFlowElement: element, mdxJsxTextElement: element } }], unsafe };

/**
 * Parses the MDX back with Sätteri and compares its components, attributes and text with the tree,
 * reading Sätteri's tree buffer directly (no JavaScript tree is built). On a difference, the
 * materialised tree is compared again with `verifyRoundTrip`, which names it.
 */
function verifyWithSatteri(tree: Root, mdx: string, slug: string): void {
  if (sameItems(collectText(tree), collectReaderText(readWithSatteri(mdx)))) return;
  verifyRoundTrip(tree, mdxToMdast(mdx, { position: false, features: astroFeatures }) as Root, 'Sätteri', slug);
  throw new Error(`MDX round trip (Sätteri) changed the text of ${slug} — this is a bug in baogao's emit stage; please report it with the source text`);
}

/** Sätteri's parse of an MDX text (as Astro compiles it), as its tree buffer. */
export function readWithSatteri(mdx: string): MdastReader {
  const handle = createMdxMdastHandle(mdx, astroFeatures, false);
  try {
    return new MdastReader(serializeHandle(handle));
  } finally {
    dropHandle(handle);
  }
}

function sameItems(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The list `collectText` and `collectReaderText` build, whatever the tree: adjacent texts joined as
 * `text:…`, a JSX element as `<Name>`, its attributes (`@name=value`, `!expression`) and `</Name>`,
 * any other node as `!<label>`.
 */
class TextItems {
  readonly out: string[] = [];
  private run: string | null = null;

  text(value: string): void {
    this.run = (this.run ?? '') + value;
  }

  open(name: string | null, attributes: readonly { type: string; name?: string; value?: unknown }[]): void {
    this.push(`<${name}>`);
    for (const a of attributes) this.push(a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? `@${a.name}=${a.value}` : '!expression');
  }

  close(name: string | null): void {
    this.push(`</${name}>`);
  }

  other(label: string): void {
    this.push(`!${label}`);
  }

  end(): string[] {
    if (this.run !== null) this.out.push(`text:${this.run}`);
    this.run = null;
    return this.out;
  }

  private push(item: string): void {
    if (this.run !== null) this.out.push(`text:${this.run}`);
    this.run = null;
    this.out.push(item);
  }
}

/** `collectText` of the tree in a Sätteri tree buffer; other node types are `!type<tag>`. */
export function collectReaderText(reader: MdastReader): string[] {
  const items = new TextItems();
  const walk = (id: number): void => {
    const type = reader.getNodeType(id);
    const element = type === satteriTags.mdxJsxFlowElement || type === satteriTags.mdxJsxTextElement ? reader.getMdxJsxElementData(id) : null;
    const url = type === satteriTags.link ? reader.fieldString(id, 0) : null;
    if (type === satteriTags.text) items.text(reader.getTextValue(id));
    else if (element) items.open(element.name, element.attributes);
    else if (url !== null) items.open('a', [{ type: 'mdxJsxAttribute', name: 'href', value: url }]);
    else if (type !== satteriTags.root && type !== satteriTags.paragraph) items.other(`type${type}`);
    for (const child of reader.getChildIds(id)) walk(child);
    if (element) items.close(element.name);
    else if (url !== null) items.close('a');
  };
  walk(0);
  return items.end();
}

/** Texts and attribute values of a tree in document order (what a reader will see); a link is `<a>` with its URL. */
export function collectText(tree: Root | RootContent): string[] {
  const items = new TextItems();
  const walk = (node: Root | RootContent): void => {
    const element = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? node : null;
    if (node.type === 'text') items.text(node.value);
    else if (element) items.open(element.name, element.attributes);
    else if (node.type === 'link') items.open('a', [{ type: 'mdxJsxAttribute', name: 'href', value: node.url }]);
    else if (node.type !== 'root' && node.type !== 'paragraph') items.other(node.type);
    if ('children' in node) for (const child of node.children) walk(child as RootContent);
    if (element) items.close(element.name);
    else if (node.type === 'link') items.close('a');
  };
  walk(tree);
  return items.end();
}

/** Throws unless `parsed` (the emitted MDX parsed back by `parser`) holds exactly the texts of `tree`. */
export function verifyRoundTrip(tree: Root, parsed: Root, parser: string, slug: string): void {
  const want = collectText(tree);
  const got = collectText(parsed);
  const n = Math.max(want.length, got.length);
  for (let i = 0; i < n; i++) {
    if (want[i] !== got[i]) {
      throw new Error(
        `MDX round trip (${parser}) changed the text of ${slug}: expected ${JSON.stringify(want[i])}, got ${JSON.stringify(got[i])} — this is a bug in baogao's emit stage; please report it with the source text`,
      );
    }
  }
}

/**
 * A paragraph's text with its figures as `<Mark>` and its references as Markdown links (mdast `link`
 * nodes whose URL the pipeline built from an anchor id: `#art12`, `../<slug>/#art3`); a reference
 * that overlaps a figure stays text.
 */
function paragraph(text: string, indicators: Indicator[], links: readonly ReferenceLink[] = []): MdParagraph {
  const spans: { start: number; end: number; node: PhrasingContent }[] = [];
  let pos = 0;
  // Figures come in reading order; each is looked for after the one before, so a clause said twice
  // in a paragraph (并处十万元以上三十万元以下罚款 … 并处十万元以上三十万元以下罚款) marks both.
  for (const ind of indicators) {
    const at = locate(text, ind, pos);
    if (at < 0) continue;
    spans.push({ start: at, end: at + ind.match.length, node: textElement('Mark', { id: ind.id }, ind.match) });
    pos = at + ind.match.length;
  }
  for (const l of links) {
    if (text.slice(l.start, l.end) !== l.text || spans.some((s) => s.start < l.end && l.start < s.end)) continue;
    // a note's marker is raised (NoteRef); the first one of a note is the anchor its entry leads back to
    const node = l.note?.role === 'ref' ? textElement('NoteRef', { href: l.url, ...(l.note.id ? { id: l.note.id } : {}) }, l.text) : link(l.url, l.text);
    spans.push({ start: l.start, end: l.end, node });
  }
  spans.sort((a, b) => a.start - b.start);
  const children: PhrasingContent[] = [];
  pos = 0;
  for (const s of spans) {
    if (s.start > pos) children.push({ type: 'text', value: text.slice(pos, s.start) });
    children.push(s.node);
    pos = s.end;
  }
  if (pos < text.length) children.push({ type: 'text', value: text.slice(pos) });
  return { type: 'paragraph', children };
}

/** `<Refs>`: the references of a heading's title as links, one after another (the heading itself is a link). */
function references(links: readonly ReferenceLink[]): MdxJsxFlowElement {
  const children: PhrasingContent[] = [];
  links.forEach((l, i) => {
    if (i > 0) children.push({ type: 'text', value: '、' });
    children.push(link(l.url, l.text));
  });
  return flow('Refs', {}, [{ type: 'paragraph', children }]);
}

function link(url: string, value: string): Link {
  return { type: 'link', url, children: [{ type: 'text', value }] };
}

/** Where the figure's match stands in its clause, at or after `from`; -1 when nowhere. */
function locate(text: string, ind: Indicator, from: number): number {
  for (let clause = ind.text ? text.indexOf(ind.text) : -1; clause >= 0; clause = text.indexOf(ind.text, clause + 1)) {
    const inner = ind.text.indexOf(ind.match, Math.max(0, from - clause));
    if (inner >= 0) return clause + inner;
  }
  return text.indexOf(ind.match, from);
}

/** Each indicator goes to the first paragraph of its section that contains its clause, else to its section's heading. */
function assignIndicators(view: ReportView): { byParagraph: Map<string, Indicator[]>; byTitle: Map<string, Indicator[]> } {
  const byParagraph = new Map<string, Indicator[]>();
  const byTitle = new Map<string, Indicator[]>();
  const add = (map: Map<string, Indicator[]>, key: string, ind: Indicator): void => {
    map.set(key, [...(map.get(key) ?? []), ind]);
  };
  const paragraphs = view.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
  const titles = new Map(view.sections.map((s) => [s.id, s.title]));
  // The figures each title and each paragraph has taken: a run-in heading and the body on its line may say the same clause
  // (（一）对注册地在南沙，…超过1万TEU的船公司…。对注册地不在南沙，…超过1万TEU的船公司…, dev 124), and so may paragraphs of one
  // source line (a page saved on one line, dev 319), or one clause inside a longer one before it (2025年全市一般公共预算收入77.2亿元 …
  // 其中：一般公共预算收入77.2亿元, dev 356); a figure goes to the first that says its clause more times than it has taken figures of
  // the same number whose clause holds it or is held by it (it marks that one), the title, read first, before the body.
  const taken = new Map<string, Indicator[]>();
  for (const ind of view.indicators) {
    const overlaps = (other: Indicator): boolean => other.match === ind.match && (other.text.includes(ind.text) || ind.text.includes(other.text));
    const room = (where: string, text: string): boolean => !ind.text || (taken.get(where) ?? []).filter(overlaps).length < text.split(ind.text).length - 1;
    const take = (where: string): void => void (taken.get(where)?.push(ind) ?? taken.set(where, [ind]));
    const holds = (p: ParagraphBlock): boolean => p.section === ind.section && p.text.includes(ind.text) && p.text.includes(ind.match);
    const title = titles.get(ind.section) ?? '';
    const titleKey = `title ${ind.section}`;
    const onLine = paragraphs.filter((p) => p.line === ind.line && holds(p));
    const sameLine = onLine.find((p) => room(p.id, p.text)) ?? onLine[0];
    if (sameLine && ind.text && title.includes(ind.text) && title.includes(ind.match) && room(titleKey, title)) {
      take(titleKey);
      add(byTitle, ind.section, ind);
      continue;
    }
    // The paragraph of the figure's line first (an article may say the same clause in two
    // paragraphs), then a heading whose own sentence holds the clause, then any paragraph of the section.
    const target = sameLine ?? (title.includes(ind.text) ? undefined : (paragraphs.find(holds) ?? paragraphs.find((p) => p.section === ind.section && p.text.includes(ind.match))));
    if (target) {
      add(byParagraph, target.id, ind);
      take(target.id);
    } else if (title.includes(ind.match)) add(byTitle, ind.section, ind);
  }
  return { byParagraph, byTitle };
}

/**
 * A table: `<Table id caption>` of rows `<Tr>` of cells `<Th>`/`<Td>`, each cell's text a paragraph
 * (data, escaped like any other). A figure of a row is marked in the cell that holds its match.
 */
function table(id: string, t: TableData, indicators: Indicator[]): MdxJsxFlowElement {
  const cell = (name: 'Th' | 'Td', text: string, marks: Indicator[] = [], attrs: Record<string, string> = {}): MdxJsxFlowElement =>
    flow(name, attrs, text ? [paragraph(text, marks)] : []);
  // a merged header cell spans its rows and columns (attributes of numbers the pipeline counted, never source text); the places it covers are not shown
  const spanOf = (row: number, col: number) => t.merged?.find((m) => m.row === row && m.col === col);
  const covered = (row: number, col: number): boolean =>
    t.merged?.some((m) => m.row <= row && row < m.row + m.rows && m.col <= col && col < m.col + m.cols && (m.row !== row || m.col !== col)) ?? false;
  const head = t.head.map((r, row) =>
    flow(
      'Tr',
      {},
      r.flatMap((c, col) => {
        if (covered(row, col)) return [];
        const m = spanOf(row, col);
        return [cell('Th', c, [], { ...(m && m.rows > 1 ? { rowspan: String(m.rows) } : {}), ...(m && m.cols > 1 ? { colspan: String(m.cols) } : {}) })];
      }),
    ),
  );
  // a figure is marked once: a row the table prints twice (其他支出等 | 2 | 22 | 22 under two headings, dev 427) takes its own
  const unmarked = new Set(indicators);
  const rows = t.rows.map((r) => {
    // each figure in one cell: the one that is its match, else the first that holds it; two figures of one text (a budget's
    // 预算数 and 执行数 both 3202589, dev 427) take its cells in turn, as they were read, and a third waits for the next such row
    const taken = new Set<number>();
    const at = new Map<Indicator, number>();
    for (const ind of indicators) {
      if (!unmarked.has(ind) || ind.text !== rowText(r)) continue;
      const free = r.findIndex((c, i) => c === ind.match && !taken.has(i));
      const cell = free >= 0 ? free : r.includes(ind.match) ? -1 : r.findIndex((c) => c.includes(ind.match));
      if (cell < 0) continue;
      taken.add(cell);
      at.set(ind, cell);
      unmarked.delete(ind);
    }
    const own = [...at.keys()];
    return flow(
      'Tr',
      {},
      r.map((c, i) =>
        cell(
          'Td',
          c,
          own.filter((ind) => at.get(ind) === i),
        ),
      ),
    );
  });
  return flow('Table', { id, ...(t.caption ? { caption: t.caption } : {}) }, [...head, ...rows]);
}

/** `anchor`: the callout itself is the figure's link target (a figure of a heading, which has no mark). */
function callout(ind: Indicator, anchor = false): MdxJsxFlowElement {
  const attrs: Record<string, string> = {
    ...(anchor ? { id: ind.id } : {}),
    for: ind.id,
    label: ind.label,
    value: String(ind.value),
    ...(ind.max !== undefined ? { max: String(ind.max) } : {}),
    unit: ind.unit,
    kind: ind.kind,
  };
  if (ind.comparator) attrs.comparator = ind.comparator;
  if (ind.change) {
    attrs.change = String(ind.change.value);
    attrs.changeUnit = ind.change.unit;
    if (ind.change.basis) attrs.basis = ind.change.basis;
  }
  if (ind.period) attrs.period = String(ind.period);
  return flow('Callout', attrs);
}

function attributes(attrs: Record<string, string>): MdxJsxAttribute[] {
  return Object.entries(attrs).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

function flow(name: string, attrs: Record<string, string>, children: RootContent[] = []): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(attrs), children: children as MdxJsxFlowElement['children'] };
}

function textElement(name: string, attrs: Record<string, string>, value: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(attrs), children: [{ type: 'text', value }] };
}
