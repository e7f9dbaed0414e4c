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

const project = join(root, 'test/fixtures/mdx-contract');
const site = inject('site');
const ids = [
  ...readdirSync(site.reports)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.replace(/\.mdx$/, '')),
  'features',
].sort();
let dist: string;

beforeAll(() => {
  const dir = tempDir('baogao-mdx-contract-');
  const reports = join(dir, 'reports');
  dist = join(dir, 'dist');
  mkdirSync(reports);
  for (const id of ids) copyFileSync(id === 'features' ? join(project, 'features.mdx') : join(site.reports, `${id}.mdx`), join(reports, `${id}.mdx`));
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

  test('features.mdx keeps quotes, dashes, links and tildes as written', () => {
    const html = page('direct', 'features');
    expect(html).toContain('&quot;Quotes&quot; and &#39;apostrophes&#39; -- dashes --- and dots...');
    expect(html).toContain('https://example.org/a, an address a@b.c and www.example.org');
    expect(html).toContain('~~strike~~');
    expect(html).not.toMatch(/<a href="https:\/\/example\.org\/a|<del>|[“”‘’–—…]/);
  });
});
