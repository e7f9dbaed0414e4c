// Anchor ids from printed numbering: the rules of the deep-link API, one row each.
import { describe, expect, test } from 'vitest';
import { assignAnchors, baseId } from '../src/pipeline/anchors.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import type { SectionKind } from '../src/schemas/report.ts';

type Parent = { id: string; kind: SectionKind } | null;

describe('baseId', () => {
  test.each<[SectionKind, number, Parent, string]>([
    ['l1', 3, null, 's3'],
    ['l2', 2, { id: 's3', kind: 'l1' }, 's3-2'],
    ['l3', 12, { id: 's3', kind: 'l1' }, 's3-12'],
    ['enum', 1, { id: 's2-1', kind: 'l2' }, 's2-1-1'],
    ['enum', 2, null, 'intro-2'],
    ['chapter', 7, null, 'ch7'],
    ['article', 12, { id: 'ch2', kind: 'chapter' }, 'art12'],
    ['item', 1, { id: 'art12', kind: 'article' }, 'art12-1'],
    ['division', 2, { id: 'ch3', kind: 'chapter' }, 'ch3-sec2'],
    ['part', 1, null, 'pt1'],
    ['appendix', 2, null, 'app2'],
    ['l1', 1, { id: 'app2', kind: 'appendix' }, 'app2-1'],
    ['l1', 1, { id: 'ch2', kind: 'chapter' }, 'ch2-s1'],
    ['l1', 2, { id: 'h1', kind: 'heading' }, 'h1-s2'],
  ])('%s %i under %o → %s', (kind, ordinal, parent, id) => {
    expect(baseId(kind, ordinal, parent, 1)).toBe(id);
  });
});

describe('assignAnchors', () => {
  const outline = (lines: string[]) => assignAnchors(parseOutline(lines.map((text, i) => ({ text, line: i + 1 }))));

  test('一、 restarting in each chapter gets the chapter in its id, without warnings', () => {
    const o = outline(['第一章 总则', '一、适用范围', '二、基本原则', '第二章 措施', '一、平台建设', '二、人才培养']);
    expect(o.sections.map((s) => s.id)).toEqual(['ch1', 'ch1-s1', 'ch1-s2', 'ch2', 'ch2-s1', 'ch2-s2']);
    expect(o.warnings).toEqual([]);
  });

  test('ids are unique and well-formed; paragraphs are numbered per section', () => {
    const o = outline(['一、总体情况', '全年研发投入增长。', '（一）平台建设。成功召开大会。', '另起一段。', '二、下一步打算', '继续推进。']);
    const ids = [...o.sections.map((s) => s.id), ...o.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.id] : []))];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(o.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.id] : []))).toEqual(['s1-p1', 's1-1-p1', 's1-1-p2', 's2-p1']);
  });

  test('a restarted numbering is published with -n2 and a warning naming the line', () => {
    const o = outline(['一、甲', '（一）子', '（一）丑']);
    expect(o.sections.map((s) => s.id)).toEqual(['s1', 's1-1', 's1-1-n2']);
    expect(o.warnings.map((w) => w.line)).toEqual([3]);
  });

  test('a heading keeps the id its numbering asks for when an enumeration before it in its parent took the id first', () => {
    // a work report's review: 一、 opens with a summary (一是…二是…), then its numbered parts （一）（二） (a 2025 provincial report)
    const o = outline([
      '一、2024年工作回顾',
      '一年来，全市经济稳中有进。一是经济运行回升向好。二是新动能培育壮大。',
      '（一）强化核心功能',
      '推进。',
      '（二）推进改革开放',
      '深化。',
    ]);
    expect(o.sections.map((s) => [s.number, s.id])).toEqual([
      ['一、', 's1'],
      ['一是', 's1-1-n2'],
      ['二是', 's1-2-n2'],
      ['（一）', 's1-1'],
      ['（二）', 's1-2'],
    ]);
    expect(o.warnings).toEqual([]);
  });

  test('a heading that breaks its sequence stays text, with a warning (never silent)', () => {
    const o = outline(['一、甲', '二、乙', '二、丙']);
    expect(o.sections.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(o.blocks.some((b) => b.type === 'paragraph' && b.text === '二、丙')).toBe(true);
    expect(o.warnings).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('二、') })]);
  });
});
