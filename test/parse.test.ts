// Heading rules, one row per printed form (GB/T 9704 levels and their variants, law style).
import { describe, expect, test } from 'vitest';
import { matchHeading, parseOutline } from '../src/pipeline/parse.ts';

describe('matchHeading', () => {
  test.each([
    ['三、推进协同创新，集聚创新资源', 'l1', 3, '推进协同创新，集聚创新资源', ''],
    ['（二）平台建设。成功召开大会。', 'l2', 2, '平台建设', '成功召开大会。'],
    ['(二)平台建设', 'l2', 2, '平台建设', ''],
    ['(一 ) 除了委聘顾问', 'l2', 1, '除了委聘顾问', ''],
    ['12.推进厅市协同创新。积极对接', 'l3', 12, '推进厅市协同创新', '积极对接'],
    ['1、加强领导', 'l3', 1, '加强领导', ''],
    ['1．落实措施', 'l3', 1, '落实措施', ''],
    ['１２．全角数字', 'l3', 12, '全角数字', ''],
    ['（3）不包括本地速递服务', 'l4', 3, '不包括本地速递服务', ''],
    ['③第三项', 'l5', 3, '第三项', ''],
    ['第七章 附 则', 'chapter', 7, '附 则', ''],
    ['第十二条 市人民政府对…', 'article', 12, '', '市人民政府对…'],
    ['第 23 條', 'article', 23, '', ''],
    ['第二编 总则', 'part', 2, '总则', ''],
    ['第一节 一般规定', 'division', 1, '一般规定', ''],
    ['附录2：竞价指引', 'appendix', 2, '竞价指引', ''],
  ])('%s → %s %i', (text, kind, ordinal, title, rest) => {
    expect(matchHeading(text)).toMatchObject({ kind, ordinal, title, rest });
  });

  test.each([
    ['第五条规定的共享服务', 'a cross-reference, no space after 条'],
    ['2021年全市科技创新工作要点', 'a year'],
    ['3.2%至3.6%的低位徘徊', 'a decimal figure'],
    ['0.3%。由此可见', 'a decimal at a wrapped line start'],
    ['一、', 'a number with no title'],
  ])('%s is not a heading (%s)', (text) => {
    expect(matchHeading(text)).toBeNull();
  });
});

const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('parseOutline', () => {
  test('a long ；-ended numbered line inside a section is a list item, not a section', () => {
    const doc = parseOutline(lines(['一、总体要求', '（一）主要目标', '1.研发投入强度达到2.5%以上，高新技术企业数量达到1000家，技术合同成交额达到100亿元；']));
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、', '（一）']);
  });

  test('a skipped number is kept as printed, with a warning on its line', () => {
    const doc = parseOutline(lines(['一、甲', '二、乙', '四、丁']));
    expect(doc.nodes.map((n) => n.ordinal)).toEqual([1, 2, 4]);
    expect(doc.warnings).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('二、') })]);
  });

  test('mixed bracket widths at one level are warned once', () => {
    const doc = parseOutline(lines(['一、甲', '（一）子甲', '(二)子乙', '(三)子丙']));
    expect(doc.warnings.filter((w) => w.message.includes('bracket'))).toHaveLength(1);
  });

  test('一是…二是… inside a paragraph are split into enumeration items below its section', () => {
    const doc = parseOutline(lines(['二、主要问题', '主要表现在：一是创新主体不强。企业少。二是投入不足。占比低。']));
    expect(doc.nodes.map((n) => [n.number, n.title, n.rest])).toEqual([
      ['二、', '主要问题', ''],
      ['一是', '创新主体不强', '企业少。'],
      ['二是', '投入不足', '占比低。'],
    ]);
    expect(doc.items.find((i) => i.type === 'paragraph' && i.role === 'body')?.text).toBe('主要表现在：');
  });

  test('a lone 一是 (no 二是 after it) stays text', () => {
    const doc = parseOutline(lines(['一、背景', '其中一是指标，另一是目标。']));
    expect(doc.nodes).toHaveLength(1);
  });

  test('front matter: title, subtitle, speaker, salutation, closing', () => {
    const doc = parseOutline(lines(['关于科技创新情况的报告', '——2018年7月23日在市人大常委会会议上', '市科技局局长 张 三', '各位委员：', '一、基本情况', '正文。', '以上报告，请予审议']));
    expect(doc.items.map((i) => i.role)).toEqual(['title', 'subtitle', 'speaker', 'salutation', 'body', 'body', 'closing']);
    expect(doc.nodes).toHaveLength(1);
  });
});

describe('a plan\'s outline: 第一篇, titles run on without a space, contents without leaders', () => {
  test.each([
    ['第一篇指导思想和发展目标', 'part', '指导思想和发展目标'],
    ['第二章经济社会发展的主要目标', 'chapter', '经济社会发展的主要目标'],
    ['第三节 发展特色林产业', 'division', '发展特色林产业'],
  ])('%s is a heading', (text, kind, title) => {
    expect(matchHeading(text)).toMatchObject({ kind, title });
  });
  test.each(['第一章规定的事项，由省人民政府负责。', '第二章的内容在第三章中展开说明并要求各地认真落实执行到位为止不再另行通知'])('%s is a sentence', (text) => {
    expect(matchHeading(text)).toBeNull();
  });
  test('contents entries (one per line, or run together) are not sections; the chapters are', () => {
    const doc = parseOutline(
      lines(['某省第十个五年计划纲要', '目录序言', '第一篇指导思想和发展目标', '第一章经济社会发展的指导思想第二章经济社会发展的主要目标', '序言', '过去的五年，成绩显著。', '第一篇指导思想和发展目标', '第一章经济社会发展的指导思想', '世纪之交的国际国内环境出现了新的变化。', '第二章经济社会发展的主要目标', '国民经济保持较快发展速度。']),
    );
    expect(doc.nodes.map((n) => [n.number, n.title, n.line])).toEqual([
      ['第一篇', '指导思想和发展目标', 7],
      ['第一章', '经济社会发展的指导思想', 8],
      ['第二章', '经济社会发展的主要目标', 10],
    ]);
  });
  test('a numbered sentence said twice is not taken for contents', () => {
    const doc = parseOutline(lines(['第一条 有下列行为之一的，处罚款：', '一、违反第十五条规定，刊载广告。', '二、违反第十六条规定，贩卖。', '第二条 有下列行为之一的，处罚款：', '一、违反第十五条规定，刊载广告。', '二、违反第十七条规定，陈列。']));
    expect(doc.nodes.filter((n) => n.number === '一、')).toHaveLength(2);
  });
});

describe('numbered paragraphs of an address are its citable units', () => {
  const para = (n: number): string => `${n}. 香港人經過多年努力，已經建立了一系列具有競爭力的優勢行業，例如金融業和相關的服務業。就在過去一年，內地企業透過香港股票市場集資約四百四十億美元；香港的旅遊業在亞洲城市中居於榜首，這些行業都有提升和發展空間，可帶動香港經濟增長。我們還為跨國企業提供服務，現時有三千多間海外公司在這裏設立地區總部。`;
  test('a run of numbered paragraphs (starting anywhere) are sections numbered as printed, without a title', () => {
    const doc = parseOutline(lines(['施政報告', ...[24, 25, 26, 27, 28].map(para)]));
    expect(doc.nodes.map((n) => [n.number, n.title, n.kind])).toEqual([24, 25, 26, 27, 28].map((n) => [`${n}.`, '', 'l3']));
    expect(doc.nodes[0]!.rest).toMatch(/^香港人經過多年努力/);
  });
  test('not in a text with 一、 sections, nor for a short run', () => {
    expect(parseOutline(lines(['一、總體要求', ...[24, 25, 26, 27, 28].map(para)])).nodes.map((n) => n.number)).toEqual(['一、']);
    expect(parseOutline(lines(['施政報告', ...[24, 25, 26].map(para)])).nodes).toEqual([]);
  });
});
