// The second parser of the emit round trip: micromark, the reference MDX parser. The build checks
// every emitted MDX with Sätteri only (the compiler Astro renders with); the emit tests run this
// check as well, so an edge case where the two parsers differ still fails a test.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { buildTree, emitMdx, verifyRoundTrip } from '../../src/pipeline/emit.ts';
import type { ReportView } from '../../src/pipeline/types.ts';

/** Parses MDX with micromark and its MDX extensions. */
export function parseWithMicromark(mdx: string): Root {
  return fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/** `emitMdx` (with its Sätteri round trip), then the same round trip through micromark. */
export function emitMdxBothParsers(view: ReportView): string {
  const mdx = emitMdx(view);
  verifyRoundTrip(buildTree(view), parseWithMicromark(mdx), 'micromark', view.slug);
  return mdx;
}
