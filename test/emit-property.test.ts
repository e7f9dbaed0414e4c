// Property: whatever text a source holds, the emitted MDX compiles with Astro's compiler (Sätteri)
// and renders to exactly that text — no element, expression, ESM or HTML comes from the source.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { emitMdxBothParsers } from './helpers/micromark.ts';
import type { ReportView, Section, Indicator } from '../src/pipeline/types.ts';
import { allFeatures, astroFeatures, elementsOf, findById, renderMdx, textOf, type Rendered } from './helpers/render-mdx.ts';

/** Pieces of syntax that mean something to MDX, Markdown, GFM, HTML or common extensions. */
export const dangerousTokens = [
  'import x from "y"',
  "import {a} from 'b';",
  'export const a = 1',
  'export default function X() {}',
  'IMPORT ',
  'Export ',
  '{',
  '}',
  '{1+1}',
  '{process.exit(1)}',
  '{/* c */}',
  '<',
  '>',
  '</',
  '/>',
  '<b>',
  '</b>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<P id="x">',
  '</P>',
  '<Mark>',
  '<!--',
  '-->',
  '<!-- c -->',
  '<?php ?>',
  '<![CDATA[x]]>',
  '&lt;',
  '&amp;',
  '&#x3c;',
  '&#60;',
  '&nbsp;',
  '&',
  ';',
  '#',
  '# ',
  '## h',
  '*',
  '**b**',
  '_',
  '__u__',
  '`',
  '```',
  '~~~',
  '~~s~~',
  '~s~',
  '^s^',
  '[x](javascript:alert(1))',
  '![i](x.png)',
  '[x]',
  '[x]: http://a',
  '[[wiki]]',
  '[^1]',
  '<http://a.b>',
  'http://a.b',
  'www.a.b',
  'a@b.c',
  '|',
  '| a | b |',
  '|---|---|',
  '---',
  '***',
  '===',
  '- ',
  '+ ',
  '1. ',
  '1) ',
  '> ',
  '- [ ] ',
  '$',
  '$$',
  '$x$',
  '$$\\frac{1}{2}$$',
  ':::',
  ':::note',
  ':x[y]{z}',
  '::',
  ': def',
  '\\',
  '\\\\',
  '\\{',
  '\\<',
  '  ',
  '\t',
  '    code',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u061c',
  '\u00a0',
  '\u3000',
  '一、',
  '（一）',
  '1.',
  '①',
  '第一条',
  '。',
  '，',
  '“',
  '”',
  '"',
  "'",
  '=',
  '{#id}',
  '.class',
  'a  ',
  '\u0001',
  '\u007f',
  '\u0085',
] as const;

const section = (title: string, number: string): Section => ({
  id: 's1',
  kind: 'l1',
  level: 1,
  number,
  ordinal: 1,
  title,
  parent: null,
  line: 1,
});

/** A one-section report: heading + one paragraph, optionally with an indicator marking part of it. */
function viewOf(title: string, number: string, text: string, mark?: string): ReportView {
  const s = section(title, number);
  const indicators: Indicator[] = mark ? [{ id: 's1-i1', section: 's1', label: mark, value: 1, unit: mark, kind: 'actual', match: mark, text }] : [];
  return {
    slug: 'property',
    script: 'zh-Hans',
    title,
    sections: [s],
    indicators,
    blocks: [
      { type: 'heading', line: 1, section: s, rest: '' },
      { type: 'paragraph', line: 2, id: 's1-p1', section: 's1', role: 'body', text },
    ],
  };
}

/**
 * The shape paragraph text has after decode + normalize: one line, trimmed, non-empty, well-formed
 * UTF-16 (decode is fatal on lone surrogates). U+0000 is left out: CommonMark turns it into U+FFFD
 * and no escape can express it (decode rejects NUL as binary).
 */
const oneLine = (s: string): string =>
  s
    .replace(/[\r\n\u2028\u2029\u0085\v\f]+/g, ' ')
    .replaceAll('\u0000', '')
    .trim();

const dangerous = fc
  .array(fc.oneof(fc.constantFrom(...dangerousTokens), fc.string({ maxLength: 3 }), fc.constantFrom('a', '汉', ' ')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.join(''));
// Syntax that only counts at the start of a line (ESM, headings, lists, `:::`) gets its own arbitrary.
const tokenFirst = fc.tuple(fc.constantFrom(...dangerousTokens), dangerous).map(([first, rest]) => first + rest);
const unicode = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 });
const anyCodePoints = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
const text = fc
  .oneof(tokenFirst, dangerous, unicode, anyCodePoints)
  .map(oneLine)
  .filter((s) => s.length > 0 && s.isWellFormed());

function paragraphOf(nodes: Rendered[]): Extract<Rendered, { type: 'element' }> {
  const p = findById(nodes, 's1-p1');
  if (!p || p.type !== 'element') throw new Error('paragraph s1-p1 missing from the render');
  return p;
}

/** Checks a rendered report: the paragraph shows the text, and only our components became elements. */
function expectLiteral(nodes: Rendered[], title: string, number: string, body: string, mark?: string): void {
  const heading = nodes.find((n) => n.type === 'element' && n.name === 'x-Section');
  expect(heading && heading.type === 'element' ? heading.props : undefined).toMatchObject({ title, number });
  const p = paragraphOf(nodes);
  expect(textOf(p.children)).toBe(body);
  const allowed = new Set(['x-Section', 'x-P', 'x-Mark', 'x-Callout', 'p']);
  for (const name of elementsOf(nodes)) expect(allowed).toContain(name);
  if (mark) {
    const marks = elementsOf(p.children).filter((n) => n === 'x-Mark');
    expect(marks.length).toBeLessThanOrEqual(1);
  }
}

const runs = Number(process.env.PROPERTY_RUNS ?? 300);

describe('emit: any text renders as itself (fast-check, compiled and rendered by Sätteri)', () => {
  test.each([
    ['Astro features', astroFeatures],
    ['every Sätteri syntax extension on', allFeatures],
  ])('paragraph, heading and attributes (%s)', (_name, features) => {
    fc.assert(
      fc.property(text, text, fc.constantFrom('一、', '（二）', '12.', '第一条', ''), (body, title, number) => {
        const mdx = emitMdxBothParsers(viewOf(title, number, body));
        expectLiteral(renderMdx(mdx, features), title, number, body);
      }),
      { numRuns: runs },
    );
  });

  test('a marked indicator inside dangerous text keeps the text whole', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (body, a, b) => {
        const chars = Array.from(body);
        const from = a % chars.length;
        const mark = chars.slice(from, from + 1 + (b % (chars.length - from))).join('');
        const mdx = emitMdxBothParsers(viewOf('标题', '一、', body, mark));
        expectLiteral(renderMdx(mdx), '标题', '一、', body, mark);
      }),
      { numRuns: runs },
    );
  });
});
