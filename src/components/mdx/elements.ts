// The components of generated MDX that are elements around their children and make nothing else: a section and its heading, a
// paragraph, a figure's mark, a rebuilt table's row and cells. Each is a function that gives its element. mdxContent (content.ts) calls them when the MDX makes them, so
// Astro's JSX renderer renders a plain element where an .astro component cost a component render and a slot each (a report has
// hundreds: the JSX runtime was 9 % of the astro step's self samples, session 25). The HTML is the same as the .astro
// components gave, attribute for attribute (the site's compressHTML dropped their template's white space around the slot; test/mdx-contract.test.ts
// renders test/fixtures/mdx-contract/elements.mdx and compares it with what the components rendered).
import { jsx } from 'astro/jsx-runtime';

/** Marks a component that only makes an element of its props: mdxContent may call it when the MDX makes it. */
export const elementComponent = Symbol.for('baogao:element-component');

type Children = { children?: unknown };
const element = <Props>(make: (props: Props & Children) => unknown) => Object.assign(make, { [elementComponent]: true as const });

/**
 * A numbered section of a report: the heading (h2 for depth 1 and 2, … h6) carries the anchor id (the deep-link API), then the
 * section's children. Lean on purpose (a page has 40+ sections, 500 in a long law): the heading text is itself the link to the
 * section (its accessible name is the heading, no aria-label repeating it). Its controls, copy link and 引用, work only with
 * JavaScript, so the page script puts them in from one <template> of the page (SectionTools.astro); in the markup of every heading
 * they were 15 % of a page.
 */
export const Section = element<{ id: string; number: string; title: string; depth: string; kind: string }>(({ id, number, title, depth, children }) =>
  jsx('section', {
    children: [
      jsx(`h${Math.min(Math.max(Number(depth) || 2, 2), 6)}`, {
        id,
        class: 'sec-h',
        children: jsx('a', {
          class: 'anchor',
          href: `#${id}`,
          children: [number && jsx('span', { class: 'num', children: number }), title && jsx('span', { class: 'title', children: title })],
        }),
      }),
      children,
    ],
  }),
);

/** A paragraph with its own anchor id (`<section>-p<n>`); front-matter roles get their own style. Search indexes the same text
 * (src/pipeline/search.ts); the tests read a page's paragraphs by `class="para` (test/helpers/page-sections.ts) to check it. */
export const P = element<{ id: string; kind?: string }>(({ id, kind = 'body', children }) => jsx('div', { id, class: kind === 'body' ? 'para' : `para para-${kind}`, children }));

/** The exact words of an indicator inside its sentence; the target of `#<section>-i<n>` links. Styled as `mark[id]` (search
 * highlights are <mark class="search-hit"> without an id). */
export const Mark = element<{ id: string }>(({ id, children }) => jsx('mark', { id, children }));

/** A row of a rebuilt table (Table.astro). */
export const Tr = element<object>(({ children }) => jsx('tr', { children }));

/** A header cell of a rebuilt table: names its column, or the columns and rows it spans (a merged header cell of the source:
 * `rowspan`, `colspan`, numbers the pipeline counted; a cell over several columns names their group). */
export const Th = element<{ rowspan?: string; colspan?: string }>(({ rowspan, colspan, children }) =>
  jsx('th', { scope: colspan ? 'colgroup' : 'col', rowspan, colspan, children }),
);

/** A cell of a rebuilt table; a figure in it is marked (Mark). */
export const Td = element<object>(({ children }) => jsx('td', { children }));
