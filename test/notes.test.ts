// A note's marker in the text and its entry in the glossary (名词解释) lead to each other (src/pipeline/notes.ts),
// its caret (^[1], a scrape's superscript) is cleaned away and logged, and the marker is no part of a figure's label.
import { describe, expect, test } from 'vitest';
import { noteLinks } from '../src/pipeline/notes.ts';
import { buildReport } from '../src/pipeline/index.ts';
import type { Block } from '../src/pipeline/types.ts';

const para = (id: string, text: string, role: 'body' | 'glossary' = 'body'): Block => ({ type: 'paragraph', line: 1, id, section: 's1', role, text });

describe('noteLinks', () => {
  const blocks = [
    para('p1', '聚焦“三步走”战略目标[1]、“三聚焦一加强”战略部署[2]，再说“三步走”[1]。'),
    para('p2', '[3]不是标记，行首的编号'),
    para('g1', '[1]“三步走”战略目标：第一步……', 'glossary'),
    para('g2', '[2]“三聚焦一加强”战略部署：即……', 'glossary'),
  ];
  test('a marker leads to its entry; the first one of a note is the anchor the entry leads back to', () => {
    expect(noteLinks(blocks)).toEqual([
      { block: 'p1', heading: false, start: 11, end: 14, text: '[1]', url: '#g1', note: { role: 'ref', id: 'g1-ref' } },
      { block: 'p1', heading: false, start: 27, end: 30, text: '[2]', url: '#g2', note: { role: 'ref', id: 'g2-ref' } },
      { block: 'p1', heading: false, start: 38, end: 41, text: '[1]', url: '#g1', note: { role: 'ref' } },
      { block: 'g1', heading: false, start: 0, end: 3, text: '[1]', url: '#g1-ref', note: { role: 'entry' } },
      { block: 'g2', heading: false, start: 0, end: 3, text: '[2]', url: '#g2-ref', note: { role: 'entry' } },
    ]);
  });
  test('without a glossary entry a marker stays text (a scrape that lost its notes)', () => {
    expect(noteLinks([para('p1', '实现了“三个圆满收官”[1]，经济社会发展')])).toEqual([]);
  });
});

describe('a report with notes', () => {
  const text = [
    '2022年某市政府工作报告',
    '一、2021年工作回顾',
    '“5个1000”行动^[4]累计入库项目1290个，超额完成年度目标。',
    '名词解释',
    '[4]“5个1000”行动：即每年招商入库1000个项目。',
  ].join('\n');
  const built = buildReport({ name: 'x-2022', file: 'x-2022.txt', bytes: new TextEncoder().encode(text), meta: {}, sha256: '0'.repeat(64) });
  test('the caret is cleaned away and logged; the marker links to its entry and back', () => {
    expect(built.record.cleaning).toContainEqual(expect.objectContaining({ kind: 'markdown-markup', text: '^', line: 3 }));
    const mdx = built.mdx['zh-Hans'];
    expect(mdx).toMatch(/行动<NoteRef href="#([\w-]+)" id="\1-ref">\\\[4]<\/NoteRef>累计入库项目/);
    expect(mdx).toMatch(/\[\\\[4\\\]\]\(#[\w-]+-ref\)“5个1000”行动：/);
  });
  test('the marker is no part of the figure’s label', () => {
    // (the total adverb 累计 ends the actor before it, total_adverbs: the label is what was done, 入库项目; the marker is neither)
    expect(built.record.indicators.find((i) => i.value === 1290)?.label).toBe('入库项目');
  });
});
