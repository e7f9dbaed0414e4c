// Report pages compile their MDX themselves (src/components/mdx/content.ts, `mdxContent`) and tag the
// component with Astro's private symbols (`astro:renderer`, `mdx-component`,
// `astro.needsHeadRendering`) as @astrojs/mdx does. This pins that contract: the seeds' MDX, and a
// file of text that GFM or smart punctuation would change, rendered through Astro's own MDX collection
// and through mdxContent give the same HTML. An Astro or @astrojs/mdx upgrade that changes either
// side fails here (test/fixtures/mdx-contract/README.md).
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, tempDir } from './helpers/run.ts';
import { buildAstro } from './helpers/build-site.ts';
import { htmlToHast } from 'satteri';
import type { HastNode } from './helpers/page-sections.ts';

const project = join(root, 'test/fixtures/mdx-contract');
const site = inject('site');
const ids = [
  ...readdirSync(site.reports)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.replace(/\.mdx$/, '')),
  'features',
  'elements',
].sort();
let dist: string;

beforeAll(() => {
  const dir = tempDir('baogao-mdx-contract-');
  const reports = join(dir, 'reports');
  dist = join(dir, 'dist');
  mkdirSync(reports);
  for (const id of ids) copyFileSync(['features', 'elements'].includes(id) ? join(project, `${id}.mdx`) : join(site.reports, `${id}.mdx`), join(reports, `${id}.mdx`));
  buildAstro(project, { BAOGAO_REPORTS: reports, BAOGAO_DIST: dist });
});

const page = (how: string, id: string): string => readFileSync(join(dist, how, id.endsWith('.zh-Hant') ? 'zh-hant' : 'zh-hans', id, 'index.html'), 'utf8');

describe('mdxContent renders as Astro’s MDX collection does', () => {
  test('the seeds in both scripts and features.mdx are all there', () => {
    expect(ids.length).toBeGreaterThanOrEqual(11);
  });

  test.each(ids)('%s: same HTML both ways', (id) => {
    const collection = page('collection', id);
    // Not an empty page compared with an empty page: sections, paragraphs and figures were rendered.
    expect(collection).toMatch(/<section><h2 id="s1" class="sec-h">/);
    expect(collection).toMatch(/<div id="[\w-]+-p1" class="para/);
    expect(page('direct', id)).toBe(collection);
  });

  test('mdxContent marks its component with the symbols @astrojs/mdx sets on a module’s Content', () => {
    const html = readFileSync(join(dist, 'symbols', 'index.html'), 'utf8');
    const [module, direct] = ['module', 'mdxContent'].map((id) => new RegExp(`<pre id="${id}">([^<]*)</pre>`).exec(html)?.[1]);
    expect(module).toContain('astro:renderer=astro:jsx');
    expect(direct).toBe(module);
  });

  // Section, P, Mark, Tr, Th, Td were .astro components until session 28 and are element functions now (src/components/mdx/elements.ts):
  // elements.html is what the .astro components rendered of elements.mdx (the tree of a3ae1c44, before scale28 was merged; both paths alike), so the functions
  // give the same HTML, attribute for attribute, and escape every string child and attribute as the components did.
  test('elements.mdx renders as the .astro components rendered it, hostile attributes and text escaped alike', () => {
    const main = (how: string): string | undefined => /<main>([\s\S]*)<\/main>/.exec(page(how, 'elements'))?.[1];
    const before = readFileSync(join(project, 'elements.html'), 'utf8').replace(/\n$/, '');
    expect(main('direct')).toBe(before);
    expect(main('collection')).toBe(before);
    // and the hostile text and attributes stayed data: no element of theirs, no event handler
    const elements: { tag: string; props: string[] }[] = [];
    const walk = (node: HastNode): void => {
      if (node.type === 'element') elements.push({ tag: node.tagName!, props: Object.keys(node.properties ?? {}) });
      for (const child of node.children ?? []) walk(child);
    };
    walk(htmlToHast(before) as HastNode);
    expect(elements.filter((e) => ['script', 'img', 'b'].includes(e.tag) || e.props.some((p) => /^on/i.test(p)))).toEqual([]);
    expect(elements.filter((e) => e.tag === 'mark')).toHaveLength(1);
  });

  test('features.mdx keeps quotes, dashes, links and tildes as written', () => {
    const html = page('direct', 'features');
    expect(html).toContain('&quot;Quotes&quot; and &#39;apostrophes&#39; -- dashes --- and dots...');
    expect(html).toContain('https://example.org/a, an address a@b.c and www.example.org');
    expect(html).toContain('~~strike~~');
    expect(html).not.toMatch(/<a href="https:\/\/example\.org\/a|<del>|[“”‘’–—…]/);
  });
});
