// emit.ts writes each string attribute of a JSX element itself (`name="value"`, `&` and `"` encoded) and hands it to
// mdast-util-mdx-jsx's element handler as an attribute without a value, which the handler writes as its bare name: this
// pins that behaviour of the library, so that an upgrade that quotes, escapes or drops such a name fails here and
// not in a build (emit's round-trip check would stop every report then). That the values read back as written, `&lt;`,
// `&amp;`, quotes and braces included, is test/emit-property.test.ts's.
import { describe, expect, test } from 'vitest';
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';

const element = (attributes: { name: string; value: string | null }[]): Root => ({
  type: 'root',
  children: [{ type: 'mdxJsxFlowElement', name: 'Callout', attributes: attributes.map((a) => ({ type: 'mdxJsxAttribute', ...a })), children: [] }],
});

describe('mdast-util-mdx-jsx writes an attribute without a value as its name, verbatim', () => {
  test('a name that holds a written value', () => {
    expect(toMarkdown(element([{ name: 'label="地区生产总值 &amp; &#x22;GDP&#x22;"', value: null }]), { extensions: [mdxToMarkdown()] })).toBe(
      '<Callout label="地区生产总值 &amp; &#x22;GDP&#x22;" />\n',
    );
  });
  test('as the handler writes a string value itself: the same quote and the same escape of it', () => {
    expect(toMarkdown(element([{ name: 'label', value: '"GDP"' }]), { extensions: [mdxToMarkdown()] })).toBe('<Callout label="&#x22;GDP&#x22;" />\n');
  });
});
