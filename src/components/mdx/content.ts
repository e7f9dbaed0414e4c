// A report's MDX, compiled and evaluated while its page renders instead of being bundled as a module
// (Astro's MDX collection made each of the 4,000 MDX files of a 2,000-report site a module of
// the server bundle, and rolldown and Vite held about 4 GB for them).
//
// Same compiler, same options as Astro's MDX integration (@astrojs/mdx → @astrojs/markdown-satteri →
// Sätteri `mdxToJs`, `jsxImportSource: 'astro'`, HTML attribute names, the site's Markdown features),
// and the component is wrapped as @astrojs/mdx's post-processing wraps `Content`, so a page is byte for
// byte what the bundled module rendered (test/mdx-contract.test.ts renders the seeds both ways and
// compares: an Astro upgrade that changes the symbols below fails there). Astro's own MDX plugins only touch headings, images, code,
// script and style elements, which generated MDX never has (its ten components, Markdown links and text: README Security).
import { evaluate } from 'satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { astroFeatures } from '../../pipeline/mdx-features.ts';
import { readText } from '../../lib/read-file.ts';
import { elementComponent } from './elements.ts';

type Props = { components?: Record<string, unknown> } & Record<string, unknown>;
type Component = (props?: Props) => unknown;
type MakeNode = (type: unknown, props: Record<string, unknown>, key?: unknown) => unknown;

/** The JSX factory, calling a component that only makes an element (elements.ts) at once: Astro then renders the element itself. */
const withElements =
  (make: MakeNode): MakeNode =>
  (type, props, key) =>
    typeof type === 'function' && elementComponent in type ? (type as unknown as (props: Record<string, unknown>) => unknown)(props) : make(type, props, key);

/** The `Content` component of an MDX file, for `<Content components={mdxComponents} />`. */
export async function mdxContent(path: string): Promise<Component> {
  const source = readText(path);
  const mod = (await evaluate(source, {
    Fragment,
    jsx: withElements(jsx as MakeNode) as never,
    jsxs: withElements(jsxs as MakeNode) as never,
    features: astroFeatures,
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  })) as { default: (props: Props) => unknown };
  const MDXContent = mod.default;
  const Content: Component = (props = {}) => MDXContent({ ...props, components: { Fragment, ...props.components } });
  // What @astrojs/mdx's post-processing adds to Content: an MDX component without a layout, rendered
  // by the astro:jsx renderer (the Symbol.for('astro:renderer') tag its __astro_tag_component__ sets).
  Object.defineProperties(Content, {
    [Symbol.for('mdx-component')]: { value: true },
    [Symbol.for('astro.needsHeadRendering')]: { value: true },
    [Symbol.for('astro:renderer')]: { value: 'astro:jsx' },
  });
  return Content;
}
