// emit: every dangerous line (MDX, Markdown and HTML syntax a source may hold) becomes literal text — in the MDX tree Sätteri parses and
// in what the compiled module renders — and the round-trip check catches text that cannot survive.
import { describe, expect, inject, test } from 'vitest';
import { mdxToMdast } from 'satteri';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isSourceName } from '../scripts/lib/sources.ts';
import type { Root } from 'mdast';
import { collectReaderText, collectText, emitMdx, readWithSatteri } from '../src/pipeline/emit.ts';
import { astroFeatures } from '../src/pipeline/mdx-features.ts';
import { ReportRecord } from '../src/schemas/report.ts';
import { isRecordFile } from '../src/schemas/search.ts';
import { emitMdxBothParsers, parseWithMicromark } from './helpers/micromark.ts';
import type { ReportView, Section } from '../src/pipeline/types.ts';
import { allFeatures, elementsOf, findById, renderMdx, textOf } from './helpers/render-mdx.ts';

/** Lines a hostile or careless source may contain, with what they would be in MDX if unescaped. */
const dangerousLines: [string, string][] = [
  ['ESM import', "import x from 'y'"],
  ['ESM import, braces', "import {readFileSync} from 'node:fs'"],
  ['ESM export', 'export const a = process.exit(1)'],
  ['ESM export default', 'export default function Layout() {}'],
  ['capitalised import', 'Import 全面 export'],
  ['expression', '{process.exit(1)}'],
  ['expression, arithmetic', '{1+1}'],
  ['expression, comment', '{/* hidden */}'],
  ['JSX script', '<script>alert(document.cookie)</script>'],
  ['HTML img onerror', '<img src=x onerror=alert(1)>'],
  ['inline HTML', '<b>粗体</b>和<i>斜体</i>'],
  ['our own component', '<P id="evil">假段落</P>'],
  ['self-closing component', '<Callout label="x" />'],
  ['HTML comment', '<!-- 注释 -->可见'],
  ['entity as text', '&lt;script&gt; &amp; &#x3c; &#60; &nbsp;'],
  ['ATX heading', '# 一级标题'],
  ['setext underline', '==='],
  ['thematic break', '---'],
  ['list item', '- 列表项'],
  ['ordered list', '1. 第一项'],
  ['block quote', '> 引用'],
  ['emphasis', '*斜* **粗** _下_ __划__'],
  ['code span', '`code` and ```fence```'],
  ['code fence', '```js'],
  ['indented code', '    缩进代码'],
  ['javascript link', '[点击](javascript:alert(1))'],
  ['image', '![图](http://evil.example/x.png)'],
  ['link reference definition', '[x]: http://evil.example'],
  ['autolink', '<http://evil.example>'],
  ['URL literal', 'https://evil.example/a?b=c 与 www.example.com 与 a@b.cn'],
  ['GFM table row', '| 指标 | 数值 |'],
  ['GFM table delimiter', '|---|---|'],
  ['strikethrough', '~~删除~~ ~单~'],
  ['task list', '- [ ] 待办'],
  ['footnote', '正文[^1]'],
  ['math block', '$$\\frac{1}{2}$$'],
  ['inline math', '增长$x$倍'],
  ['directive container', ':::note'],
  ['text directive', '见:abbr[GDP]{title="x"}'],
  ['wikilink', '[[内部链接]]'],
  ['superscript', '10^3^'],
  ['backslashes', 'C:\\Windows\\ 与 \\\\ 与 \\{'],
  ['hard break', '行末两空格  '.trimEnd() + '\\'],
  ['zero-width', 'a\u200bb\u200cc\u200dd\u2060e'],
  ['bidi controls', 'abc\u202eevil\u202c\u2066x\u2069\u200f'],
  ['ideographic space', '一\u3000二'],
  ['long line', '科技'.repeat(20_000) + '<script>'],
];

const s1: Section = { id: 's1', kind: 'l1', level: 1, number: '一、', ordinal: 1, title: '标题', parent: null, line: 1 };

function viewOf(text: string, section: Section = s1): ReportView {
  return {
    slug: 'emit-test',
    script: 'zh-Hans',
    title: 't',
    sections: [section],
    indicators: [],
    blocks: [
      { type: 'heading', line: 1, section, rest: '' },
      { type: 'paragraph', line: 2, id: 's1-p1', section: 's1', role: 'body', text },
    ],
  };
}

/** Node types that would mean source text became code or markup. */
const forbidden = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
  'link',
  'image',
  'heading',
  'code',
  'inlineCode',
  'list',
  'blockquote',
  'table',
  'delete',
  'math',
  'inlineMath',
  'emphasis',
  'strong',
  'thematicBreak',
  'definition',
  'footnoteReference',
]);

function nodeTypes(node: { type: string; children?: unknown[] }): string[] {
  return [node.type, ...((node.children ?? []) as { type: string }[]).flatMap(nodeTypes)];
}

describe('emit: dangerous lines stay text', () => {
  test.each(dangerousLines)('%s', (_name, line) => {
    const mdx = emitMdxBothParsers(viewOf(line));
    expect(mdx).not.toMatch(/^\s*(import|export)\b/m);
    const types = nodeTypes(mdxToMdast(mdx, { position: false, features: astroFeatures }) as { type: string });
    expect(types.filter((t) => forbidden.has(t))).toEqual([]);
    for (const features of [astroFeatures, allFeatures]) {
      const rendered = renderMdx(mdx, features);
      const p = findById(rendered, 's1-p1');
      expect(p && p.type === 'element' ? textOf(p.children) : undefined).toBe(line);
      expect(elementsOf(rendered).filter((n) => !['x-Section', 'x-P', 'p'].includes(n))).toEqual([]);
    }
  });

  test.each(dangerousLines.filter(([, line]) => line.length < 200))('%s as a heading title and number', (_name, line) => {
    const mdx = emitMdxBothParsers(viewOf('正文', { ...s1, title: line, number: line }));
    const section = renderMdx(mdx).find((n) => n.type === 'element' && n.name === 'x-Section');
    expect(section?.type === 'element' ? section.props : undefined).toMatchObject({ title: line, number: line });
  });

  test('a quote and an entity in an attribute survive', () => {
    const mdx = emitMdxBothParsers(viewOf('正文', { ...s1, title: '"引号" &lt; &amp;' }));
    expect(mdx).toContain('title="&#x22;引号&#x22; &amp;lt; &amp;amp;"');
  });

  test('the generated MDX is components and text only', () => {
    const mdx = emitMdxBothParsers(viewOf('<b>x</b>'));
    expect(mdx).toBe('<Section id="s1" number="一、" title="标题" depth="2" kind="l1">\n  <P id="s1-p1">\n    \\<b>x\\</b>\n  </P>\n</Section>\n');
  });

  // The build's own check is Sätteri's; micromark's runs in these tests. Sätteri replaces a lone
  // surrogate; micromark replaces U+0000, which Sätteri keeps (decode rejects it in real sources).
  test('text Sätteri cannot hold fails the build with a clear message', () => {
    expect(() => emitMdx(viewOf('\ud800x'))).toThrow(
      /MDX round trip \(Sätteri\) changed the text of emit-test: expected "text:\\ud800x", got "text:\uFFFDx" — this is a bug in baogao's emit stage/,
    );
  });

  test('text micromark cannot hold fails the emit tests with a clear message', () => {
    expect(() => emitMdx(viewOf('a\u0000b'))).not.toThrow();
    expect(() => emitMdxBothParsers(viewOf('a\u0000b'))).toThrow(
      /MDX round trip \(micromark\) changed the text of emit-test: expected "text:a\\u0000b", got "text:a\uFFFDb" — this is a bug in baogao's emit stage/,
    );
  });
});

describe('emit: every figure has its anchor', () => {
  test('a run-in heading and the body on its line that say the same clause: the title takes the first figure, the body the second (dev 124)', () => {
    const clause = '吞吐量超过1万TEU的船公司';
    const section: Section = { ...s1, number: '（一）', title: `对注册地在南沙，${clause}` };
    const view = viewOf(`给予补贴。对注册地不在南沙，${clause}，给予补贴。`, section);
    view.blocks = view.blocks.map((b) => ({ ...b, line: 1 }));
    const figure = { section: 's1', label: '吞吐量', value: 1, unit: '万TEU', kind: 'provision' as const, line: 1, match: '超过1万TEU', text: clause };
    view.indicators = [
      { ...figure, id: 's1-i1' },
      { ...figure, id: 's1-i2' },
    ];
    const mdx = emitMdx(view);
    expect([...mdx.matchAll(/<(?:Mark|Callout) id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(['s1-i1', 's1-i2']);
  });
  test('two paragraphs of one source line that say the same clause (a page saved on one line, dev 319): each paragraph marks its own', () => {
    const clause = '专项债券1.12亿元）';
    const view = viewOf(`发行规模上限15.53亿元（一般债券14.41亿元，${clause}，用于偿还本金。`);
    view.blocks = [
      ...view.blocks,
      { type: 'paragraph', line: 2, id: 's1-p2', section: 's1', role: 'body', text: `本次需增加预算1.48亿元（一般债券0.36亿元，${clause}，相应调增。` },
    ];
    const figure = { section: 's1', label: '专项债券', value: 1.12, unit: '亿元', kind: 'actual' as const, line: 2, match: '1.12亿元', text: clause };
    view.indicators = [
      { ...figure, id: 's1-i1' },
      { ...figure, id: 's1-i2' },
    ];
    const mdx = emitMdx(view);
    expect([...mdx.matchAll(/<Mark id="([^"]+)"/g)].map((m) => m[1])).toEqual(['s1-i1', 's1-i2']);
  });
  test('a clause said again inside a longer one before it, in two paragraphs of one source line (dev 356): the second paragraph marks the second figure', () => {
    const view = viewOf('2025年全市一般公共预算收入77.2亿元，同比增长6.5%。');
    view.blocks = [
      ...view.blocks.map((b) => ({ ...b, line: 1 })),
      { type: 'paragraph', line: 1, id: 's1-p2', section: 's1', role: 'body', text: '总收入318.7亿元，其中：一般公共预算收入77.2亿元。' },
    ];
    const figure = { section: 's1', label: '一般公共预算收入', value: 77.2, unit: '亿元', kind: 'actual' as const, line: 1, match: '77.2亿元' };
    view.indicators = [
      { ...figure, id: 's1-i1', text: '2025年全市一般公共预算收入77.2亿元' },
      { ...figure, id: 's1-i2', text: '一般公共预算收入77.2亿元' },
    ];
    const mdx = emitMdx(view);
    expect([...mdx.matchAll(/<Mark id="([^"]+)">/g)].map((m) => m[1])).toEqual(['s1-i1', 's1-i2']);
    expect(mdx).toMatch(/其中：一般公共预算收入<Mark id="s1-i2">/);
  });
});

// The build parses its MDX back with Sätteri only; here the MDX build:content wrote for every real
// text (the shipped sources and the corpus, test/setup/corpus.ts) is parsed by micromark too, and
// both must read the same components, attributes and text (so micromark also matches the tree).
describe('emit: micromark reads the MDX of every real text as Sätteri does', () => {
  const { seeds, corpus } = inject('corpusBuilds');
  const reports = [seeds, corpus].flatMap((build) =>
    readdirSync(build.out)
      .filter(isRecordFile)
      .map((f) => ({ out: build.out, slug: f.slice(0, -'.json'.length) })),
  );
  test('every source of both folders was built', () => {
    for (const build of [seeds, corpus]) {
      expect(build.status, build.stderr).toBe(0);
      expect(reports.filter((r) => r.out === build.out)).toHaveLength(readdirSync(build.sources).filter(isSourceName).length);
    }
  });
  test.each(reports.map((r) => [r.slug, r]))('%s', (_slug, { out, slug }) => {
    const record = ReportRecord.parse(JSON.parse(readFileSync(join(out, `${slug}.json`), 'utf8')));
    for (const script of ['zh-Hans', 'zh-Hant']) {
      const text = readFileSync(join(out, `${slug}.${script}.mdx`), 'utf8');
      // Every figure has its anchor on the page (a Mark, or the callout of a heading's figure), so the
      // tables' #links land: a clause said twice in one article once left the second one unmarked.
      const anchors = new Set([...text.matchAll(/<(?:Mark|Callout) id="([^"]+)"/g)].map((m) => m[1]));
      expect(record.indicators.map((i) => i.id).filter((id) => !anchors.has(id))).toEqual([]);
      const satteri = mdxToMdast(text, { position: false, features: astroFeatures }) as Root;
      expect(collectText(parseWithMicromark(text))).toEqual(collectText(satteri));
      // The build reads Sätteri's tree buffer directly: it must see what the materialised tree holds.
      expect(collectReaderText(readWithSatteri(text))).toEqual(collectText(satteri));
    }
  });
});

describe('emit: a range keeps both ends', () => {
  test('a callout of 100万元至2000万元 says max="2000"', () => {
    const view = viewOf('给予100万元至2000万元的财政资助。');
    view.blocks = view.blocks.map((b) => ({ ...b, line: 1 }));
    view.indicators = [
      {
        id: 's1-i1',
        section: 's1',
        label: '财政资助',
        value: 100,
        max: 2000,
        unit: '万元',
        kind: 'actual',
        line: 1,
        match: '100万元至2000万元',
        text: '给予100万元至2000万元的财政资助',
      },
    ];
    expect(emitMdx(view)).toMatch(/<Callout[^>]* value="100"[^>]* max="2000"/);
  });
});
