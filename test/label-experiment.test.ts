import { describe, expect, it } from 'vitest';
import { candidates, classesOf, clauseAround, crossValidate, features, pick, tally, train, type Item } from '../scripts/lib/label-experiment.ts';

describe('clauseAround', () => {
  it('cuts the clause before and after the figure at clause breaks, without spaces', () => {
    expect(clauseAround('去年经济平稳，地区生产总值达到 287.9亿元，增长5.2%。', '287.9亿元')).toEqual({ before: '地区生产总值达到', after: '' });
    expect(clauseAround('全年新增10家高新技术企业，引进人才', '10家')).toEqual({ before: '全年新增', after: '高新技术企业' });
    // a PDF's spaced characters
    expect(clauseAround('财 政 收 入 达  12 亿元', '12 亿元')).toEqual({ before: '财政收入达', after: '' });
  });

  it('takes the occurrence that ends on or after the labelled line, and none when the quantity is not there', () => {
    const paragraph = '投资5亿元，\n消费5亿元';
    expect(clauseAround(paragraph, '5亿元')?.before).toBe('投资');
    expect(clauseAround(paragraph, '5亿元', paragraph.indexOf('\n') + 1)?.before).toBe('消费');
    expect(clauseAround(paragraph, '7亿元')).toBeUndefined();
  });
});

describe('candidates', () => {
  it('holds the rule label, spans ending before the verb and spans after the figure', () => {
    const texts = candidates({ before: '地区生产总值达到', after: '' }, '地区生产总值').map((c) => c.text);
    expect(texts).toContain('地区生产总值');
    expect(texts).toContain('生产总值');
    expect(texts).toContain('地区生产总值达到');
    expect(candidates({ before: '全年新增', after: '高新技术企业' }, '新增高新技术企业').map((c) => c.text)).toEqual(expect.arrayContaining(['高新技术企业', '新增高新技术企业']));
  });

  it('marks the rule label once and keeps a label the rules composed from both sides', () => {
    const cs = candidates({ before: '全年新增', after: '高新技术企业' }, '新增高新技术企业');
    expect(cs.filter((c) => c.rule)).toEqual([expect.objectContaining({ text: '新增高新技术企业', side: 'rule' })]);
    expect(new Set(cs.map((c) => c.text)).size).toBe(cs.length);
  });

  it('keeps spans within 20 characters', () => {
    const before = '这是一个非常非常非常非常非常非常非常长的地区生产总值';
    expect(Math.max(...candidates({ before, after: '' }, '').map((c) => c.text.length))).toBeLessThanOrEqual(20);
  });
});

describe('features', () => {
  it('names word classes of indicator-words.json and rules.ts', () => {
    expect(classesOf('增长')).toEqual(expect.arrayContaining(['rise_verbs', 'verb']));
    expect(classesOf('到')).toEqual(expect.arrayContaining(['leading-function', 'trailing-function']));
    expect(classesOf('，')).toContain('punctuation');
  });

  it('describes a candidate by its edges, its position and (if asked) the rule', () => {
    const clause = { before: '地区生产总值达到', after: '' };
    const [c] = candidates(clause, '地区生产总值').filter((c) => c.text === '地区生产总值达到');
    const f = features(c!, clause, '地区生产总值', { lexical: true, rule: true });
    expect(f).toEqual(expect.arrayContaining(['side=before', 'startsClause', 'endsAtFigure', 'holdsRule', 'lastClass=verb', 'first=地区']));
    const g = features(c!, clause, '地区生产总值', { lexical: false, rule: false });
    expect(g.some((x) => /Rule|^first=|^last=/.test(x))).toBe(false);
  });

  it('pairs the class features when asked, never the words themselves', () => {
    const clause = { before: '地区生产总值增长', after: '' };
    const [c] = candidates(clause, '').filter((c) => c.text === '地区生产总值增长');
    const f = features(c!, clause, '', { lexical: true, rule: false, pairs: true });
    expect(f).toEqual(expect.arrayContaining(['firstLen=2&lastClass=verb', 'side=before&endsAtFigure']));
    expect(f.some((x) => x.includes('&') && /(?:^|&)(?:first|last|next)(?:Char)?=/.test(x))).toBe(false);
    expect(features(c!, clause, '', { lexical: true, rule: false }).some((x) => x.includes('&'))).toBe(false);
  });
});

describe('the model', () => {
  // Two sources whose right candidate is the one without a verb at its end: a model trained on one picks it in the other.
  const item = (source: string): Item => ({
    source,
    genre: 'work-report',
    features: [
      ['bias', 'lastClass=verb'],
      ['bias', 'lastLen=2'],
      ['bias', 'lastClass=trailing-function'],
    ],
    correct: [false, true, false],
    rule: 0,
  });

  it('learns a preference that holds across sources', () => {
    const w = train([item('a'), item('a')]);
    expect(pick(w, item('b'))).toBe(1);
    expect(crossValidate([item('a'), item('b'), item('c')])).toEqual([true, true, true]);
  });

  it('picks the first candidate without weights, and cannot be right where no candidate is', () => {
    expect(pick(new Map(), item('a'))).toBe(0);
    const none = { ...item('b'), correct: [false, false, false] };
    expect(crossValidate([item('a'), item('c'), none])).toEqual([true, true, false]);
  });

  it('tallies per genre and in all', () => {
    expect(tally([item('a'), { ...item('b'), genre: 'plan' }], [true, false])).toEqual(
      new Map([
        ['work-report', [1, 1]],
        ['all', [1, 2]],
        ['plan', [0, 1]],
      ]),
    );
  });
});
