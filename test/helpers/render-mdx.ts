// Compiles generated MDX with Sätteri — the compiler Astro's MDX integration runs
// (@astrojs/mdx 8 → @astrojs/markdown-satteri → satteri `mdxToJs`) — evaluates the compiled module
// and renders it to a small element tree, so tests can see exactly what a reader would get.
//
// Why not Astro's container API: rendering MDX through it needs Vite to compile the .astro
// components, which costs seconds per case; a property test needs hundreds. The compile step here is
// the same Rust compiler with the options Astro passes (astroFeatures: GFM off, smart punctuation off;
// HTML attribute casing); only the last step (vnode → HTML) is ours. The built-site tests cover Astro's own renderer.
import { evaluate, type Features } from 'satteri';
import { componentNames } from '../../src/pipeline/emit.ts';
import { astroFeatures } from '../../src/pipeline/mdx-features.ts';

/** What a compiled MDX document rendered to: elements, component calls and text. */
export type Rendered = { type: 'text'; value: string } | { type: 'element'; name: string; props: Record<string, unknown>; children: Rendered[] };

export { astroFeatures };

/**
 * Every optional syntax Sätteri knows, on: text must stay literal even if the site enables them
 * later. Smart punctuation stays off: it rewrites quotes by design (the site turns it off).
 */
export const allFeatures: Features = {
  ...astroFeatures,
  math: true,
  directive: true,
  headingAttributes: true,
  superscript: true,
  subscript: true,
  wikilinks: true,
  definitionList: true,
};

const Fragment = Symbol('Fragment');

function flatten(children: unknown): Rendered[] {
  if (children === undefined || children === null || children === false || children === true) return [];
  if (Array.isArray(children)) return children.flatMap(flatten);
  if (typeof children === 'object') {
    const node = children as Rendered | { type: typeof Fragment; children: Rendered[] };
    return node.type === Fragment ? (node as { children: Rendered[] }).children : [node as Rendered];
  }
  return [{ type: 'text', value: String(children) }];
}

function jsx(type: unknown, props: Record<string, unknown> | null): unknown {
  const { children, ...rest } = props ?? {};
  if (type === Fragment) return { type: Fragment, children: flatten(children) };
  if (typeof type === 'function') return (type as (p: object) => unknown)(props ?? {});
  if (typeof type !== 'string') throw new Error(`the MDX rendered an unknown element type: ${String(type)}`);
  return { type: 'element', name: type, props: rest, children: flatten(children) };
}

// The generated components, rendered as marker elements that keep their attributes: a test sees
// `Section`, `P`, `Mark`, `Callout`, `Table` … calls and can compare their string props with the input.
const components = Object.fromEntries(componentNames.map((name) => [name, (props: Record<string, unknown>) => jsx(`x-${name}`, props)]));

/** Compiles and renders MDX like Astro does; throws when the compiler rejects it. */
export function renderMdx(mdx: string, features: Features = astroFeatures): Rendered[] {
  const mod = evaluate(mdx, {
    Fragment,
    jsx: jsx as never,
    jsxs: jsx as never,
    features,
    elementAttributeNameCase: 'html',
  }) as Record<string, unknown>;
  if (mod instanceof Promise) throw new Error('unexpected async MDX module');
  const names = Object.keys(mod).filter((k) => k !== 'default');
  if (names.length) throw new Error(`the MDX exports ${names.join(', ')}: source text became ESM`);
  const content = mod.default as (props: object) => unknown;
  return flatten(content({ components }));
}

/** Visible text of a rendered tree (text nodes only, in order). */
export function textOf(nodes: Rendered[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : textOf(n.children))).join('');
}

/** Names of every element in a rendered tree, depth first. */
export function elementsOf(nodes: Rendered[]): string[] {
  return nodes.flatMap((n) => (n.type === 'text' ? [] : [n.name, ...elementsOf(n.children)]));
}

/** The rendered `x-P` elements with the given id (a paragraph of the report). */
export function findById(nodes: Rendered[], id: string): Rendered | undefined {
  for (const n of nodes) {
    if (n.type === 'text') continue;
    if (n.props.id === id) return n;
    const inner = findById(n.children, id);
    if (inner) return inner;
  }
  return undefined;
}
