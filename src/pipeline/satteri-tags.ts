// Sätteri's node type tags for the nodes emit reads from its tree buffer (`MdastReader.getNodeType`
// returns a number; Sätteri keeps the table in an internal module, dist/mdast/generated/node-types.js,
// and exports no names). They are written here and checked once, when this module loads, against
// Sätteri's own parse of a known document: an upgrade that renumbers them stops the build with a
// message naming Sätteri instead of letting emit misread every tree it checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { createMdxMdastHandle, dropHandle, MdastReader, mdxToMdast, serializeHandle } from 'satteri';
import { astroFeatures } from './mdx-features.ts';

/** Tag of each node type emit writes (root, paragraph, text, a reference's link and the two JSX elements). */
export const satteriTags = { root: 0, paragraph: 1, text: 10, link: 15, mdxJsxFlowElement: 100, mdxJsxTextElement: 101 } as const;

type Tags = Record<keyof typeof satteriTags, number>;

// Every node type of the table, in the shape emit writes it.
const knownDocument = '<Section id="s1">\n\n<P id="s1-p1">\n\na <Mark id="s1-i1">b</Mark> [c](#art1)\n\n</P>\n\n</Section>\n';

/** The installed Sätteri's version, for the message (read only when something is wrong). */
function satteriVersion(): string {
  try {
    const pkg = join(dirname(createRequire(import.meta.url).resolve('satteri')), '..', 'package.json');
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return '(version unknown)';
  }
}

/**
 * Throws unless Sätteri's tree buffer of the known document carries `tags` where its materialised
 * tree (which names node types) has those types.
 */
export function checkSatteriTags(tags: Tags = satteriTags): void {
  const handle = createMdxMdastHandle(knownDocument, astroFeatures, false);
  let reader: MdastReader;
  try {
    reader = new MdastReader(serializeHandle(handle));
  } finally {
    dropHandle(handle);
  }
  const tree = mdxToMdast(knownDocument, { position: false, features: astroFeatures }) as Root;
  const problems = new Set<string>();
  const seen = new Set<string>();
  const walk = (node: Root | RootContent, id: number): void => {
    const got = reader.getNodeType(id);
    const want = (tags as Record<string, number>)[node.type];
    if (want !== undefined) {
      seen.add(node.type);
      if (got !== want) problems.add(`${node.type} is ${got}, not ${want}`);
    }
    const children = 'children' in node ? (node.children as RootContent[]) : [];
    const ids = reader.getChildIds(id);
    if (ids.length !== children.length) problems.add(`${node.type} has ${ids.length} children in the tree buffer, ${children.length} in the tree`);
    else children.forEach((child, i) => walk(child, ids[i]!));
  };
  walk(tree, 0);
  for (const type of Object.keys(tags)) if (!seen.has(type)) problems.add(`no ${type} in the parse of ${JSON.stringify(knownDocument)}`);
  if (problems.size > 0) {
    throw new Error(
      `Sätteri ${satteriVersion()} changed its node type tags (${[...problems].join('; ')}) — update satteriTags in src/pipeline/satteri-tags.ts from satteri/dist/mdast/generated/node-types.js (written for Sätteri 0.10.5)`,
    );
  }
}

checkSatteriTags();
