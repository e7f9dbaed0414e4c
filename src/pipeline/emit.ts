// emit: a report view → MDX, built as an mdast tree and serialised (never joined as strings).
//   heading s3 + paragraph → <Section id="s3" number="三、" title="…" depth="2">\n\n<P id="s3-p1">\n\n…
// Every text of the report stays data: to-markdown escapes it, and the result is parsed back by
// Sätteri (the compiler Astro renders with) and compared, so that nothing in a source can become
// JSX, an expression, ESM or HTML. The tests also parse every emitted MDX with micromark (the
// reference MDX parser, test/helpers/micromark.ts); the build does not, as it cost 38 % of the pipeline.
import type { Root, RootContent, PhrasingContent, Paragraph as MdParagraph } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { Unsafe } from 'mdast-util-to-markdown';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { mdxToMdast } from 'satteri';
import type { Indicator, ParagraphBlock, ReportView } from './types.ts';

/** Names of the components the MDX uses; the site passes them to `<Content components>`. */
export const componentNames = ['Section', 'P', 'Mark', 'Callout'] as const;

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
  const byParagraph = assignIndicators(view);

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
      continue;
    }
    const parent = containers.get(block.section) ?? root;
    const found = byParagraph.get(block.id) ?? [];
    const attrs: Record<string, string> = { id: block.id };
    if (block.role !== 'body') attrs.kind = block.role;
    const p = flow('P', attrs, [paragraph(block.text, found)]);
    parent.children.push(p);
    for (const ind of found) parent.children.push(callout(ind));
  }
  return root;
}

/** Serialises a report view to MDX and checks the text survives a parse back. */
export function emitMdx(view: ReportView): string {
  const tree = buildTree(view);
  const mdx = toMarkdown(encodeAttributes(tree), { extensions: [mdxToMarkdown()], unsafe });
  verifyRoundTrip(tree, mdxToMdast(mdx, { position: false, features: astroFeatures }) as Root, 'Sätteri', view.slug);
  return mdx;
}

/** The Markdown features Astro compiles MDX with (astro.config.mjs: `mdx({ gfm: false })`, no smart punctuation). */
export const astroFeatures = { gfm: false, smartPunctuation: false } as const;

// Both MDX parsers decode character references in attribute values (`&lt;` → `<`), but the
// serialiser only escapes the quote: encode `&` so an attribute shows the `&lt;` a source wrote.
function encodeAttributes<T extends Root | RootContent>(node: T): T {
  const copy = { ...node };
  if (copy.type === 'mdxJsxFlowElement' || copy.type === 'mdxJsxTextElement') {
    copy.attributes = copy.attributes.map((a) =>
      a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? { ...a, value: a.value.replaceAll('&', '&amp;') } : a,
    );
  }
  if ('children' in copy) (copy as { children: RootContent[] }).children = copy.children.map((c) => encodeAttributes(c));
  return copy;
}

/** Texts and attribute values of a tree in document order (what a reader will see). */
export function collectText(tree: Root | RootContent): string[] {
  const out: string[] = [];
  let run: string | null = null;
  const push = (item: string): void => {
    if (run !== null) out.push(`text:${run}`);
    run = null;
    out.push(item);
  };
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'text') run = (run ?? '') + node.value;
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      push(`<${node.name}>`);
      for (const a of node.attributes) {
        push(a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? `@${a.name}=${a.value}` : '!expression');
      }
    } else if (node.type !== 'root' && node.type !== 'paragraph') push(`!${node.type}`);
    if ('children' in node) for (const child of node.children) walk(child as RootContent);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') push(`</${node.name}>`);
  };
  walk(tree);
  if (run !== null) out.push(`text:${run}`);
  return out;
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

function paragraph(text: string, indicators: Indicator[]): MdParagraph {
  const children: PhrasingContent[] = [];
  let pos = 0;
  const spans = indicators
    .map((ind) => ({ ind, at: locate(text, ind) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  for (const { ind, at } of spans) {
    if (at < pos) continue;
    if (at > pos) children.push({ type: 'text', value: text.slice(pos, at) });
    children.push(textElement('Mark', { id: ind.id }, ind.match));
    pos = at + ind.match.length;
  }
  if (pos < text.length) children.push({ type: 'text', value: text.slice(pos) });
  return { type: 'paragraph', children };
}

function locate(text: string, ind: Indicator): number {
  const clause = text.indexOf(ind.text);
  if (clause >= 0) {
    const inner = ind.text.indexOf(ind.match);
    if (inner >= 0) return clause + inner;
  }
  return text.indexOf(ind.match);
}

/** Each indicator goes to the first paragraph of its section that contains its clause. */
function assignIndicators(view: ReportView): Map<string, Indicator[]> {
  const map = new Map<string, Indicator[]>();
  const paragraphs = view.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
  for (const ind of view.indicators) {
    const target =
      paragraphs.find((p) => p.section === ind.section && p.text.includes(ind.text) && p.text.includes(ind.match)) ??
      paragraphs.find((p) => p.section === ind.section && p.text.includes(ind.match));
    if (!target) continue;
    const list = map.get(target.id) ?? [];
    list.push(ind);
    map.set(target.id, list);
  }
  return map;
}

function callout(ind: Indicator): MdxJsxFlowElement {
  const attrs: Record<string, string> = {
    for: ind.id,
    label: ind.label,
    value: String(ind.value),
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
