// The normalize stage: each cleaning rule on small cases (table-driven), then on the real texts.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers/run.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { isTonedSyllable } from '../src/pipeline/clean/pinyin-note.ts';
import { startsHeading } from '../src/pipeline/clean/heading-start.ts';

const read = (path: string): string => decodeSource(new Uint8Array(readFileSync(join(root, path)))).text;
const bodyOf = (text: string): string => normalizeText(text).paragraphs.map((p) => p.text).join('\n');
const kinds = (text: string): string[] => normalizeText(text).cleaning.map((c) => c.kind);

describe('pinyin-note: decided by syllable shape and tone, not a list', () => {
  test.each([
    ['持續(xù)優(yōu)化', '持續優化', 2],
    ['科創(chuàng)中國', '科創中國', 1],
    ['綠（lǜ）色', '綠色', 1],
    ['中国环流器二号M装置(HL-2M)建成', '中国环流器二号M装置(HL-2M)建成', 0],
    ['西部(成都)科學城', '西部(成都)科學城', 0],
    ['各县(市)', '各县(市)', 0],
    ['项目(xu)推进', '项目(xu)推进', 0], // no tone mark: not a pinyin note
    ['版本 (chuàng) 说明', '版本 (chuàng) 说明', 0], // not right after a Han character
    ['平台(àbcdé)', '平台(àbcdé)', 0], // toned but not a syllable
  ])('%s → %s', (input, expected, removed) => {
    const n = normalizeText(input);
    expect(n.paragraphs.map((p) => p.text).join('\n')).toBe(expected);
    expect(n.cleaning.filter((c) => c.kind === 'pinyin-note')).toHaveLength(removed);
  });
  test.each(['xù', 'chuàng', 'lǜ', 'zhuǎn', 'ér', 'yīng'])('%s is a toned syllable', (s) => expect(isTonedSyllable(s)).toBe(true));
  test.each(['xu', 'HL', 'àbcdé', 'chuàngg', 'qq'])('%s is not', (s) => expect(isTonedSyllable(s)).toBe(false));
});

describe('line rules', () => {
  test.each([
    ['image-placeholder', '正文第一段。\n\n图片 2\n\n正文第二段。', ['正文第一段。', '正文第二段。']],
    ['keyword-line', '正文。\n成都;协同;科技成果;科技创新;调研\n', ['正文。']],
    ['reprint-notice', '正文。\n本文转载自成都市科学技术局,其真实性请自行核实。', ['正文。']],
    ['reprint-notice', '正文。\n分享讓更多人看到', ['正文。']],
    ['html-comment', '# 标题\n\n<!-- INFO END -->\n\n第一条 正文。', ['标题', '第一条 正文。']],
    ['html-comment', '前文<!-- 跨\n行注释 -->后文。', ['前文', '后文。']],
    ['zero-width', '第一条 正文。\n\u200b\n第二条 正文。', ['第一条 正文。', '第二条 正文。']],
    ['web-nav', '简体\n|\n繁体\n政务公开\n>\n政策法规\n正文很长的一句话。\n网站地图\n|\n联系我们', ['正文很长的一句话。']],
  ])('%s: %j', (kind, input, paragraphs) => {
    const n = normalizeText(input);
    expect(n.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    expect(n.cleaning.map((c) => c.kind)).toContain(kind);
  });

  test('keywords and attribution move to metadata', () => {
    const n = normalizeText('正文。\n成都;协同;科技成果;调研\n本文转载自成都市科学技术局,其真实性请自行核实。');
    expect(n.keywords).toEqual(['成都', '协同', '科技成果', '调研']);
    expect(n.attribution).toEqual(['本文转载自成都市科学技术局,其真实性请自行核实。']);
  });

  test('photo credits stay, marked as captions', () => {
    const n = normalizeText('正文。\n\n西南交通大学的电气化铁路同向供电系统研发平台。马丁摄\n\n正文。');
    expect(n.paragraphs[1]).toMatchObject({ role: 'caption', line: 3 });
    expect(n.paragraphs[1]!.text).toContain('马丁摄');
  });

  test('markdown headings lose their #s and keep their depth', () => {
    const n = normalizeText('# 条例\n\n## 第一章 总 则\n\n第一条 正文。');
    expect(n.paragraphs.slice(0, 2)).toEqual([
      { text: '条例', line: 1, role: 'markdown-heading', depth: 1 },
      { text: '第一章 总 则', line: 3, role: 'markdown-heading', depth: 2 },
    ]);
    expect(n.cleaning.filter((c) => c.kind === 'markdown-heading').map((c) => c.text)).toEqual(['#', '##']);
  });
});

describe('join-lines: joins on evidence, never glues a heading', () => {
  test.each([
    ['number and unit', '产值10065.7\n亿元,同比增长。', ['产值10065.7亿元,同比增长。']],
    ['open quotation', '举行“加快科技创新驱动\n奋力打造增长极”专题协商会。', ['举行“加快科技创新驱动奋力打造增长极”专题协商会。']],
    ['split heading number', '（二）用户参与条件\n（\n1\n）对于连续参与的用户。\n2\n．国网天津市电力公司汇总。', ['（二）用户参与条件', '（1）对于连续参与的用户。', '2．国网天津市电力公司汇总。']],
    ['number fragments', '实施时间为\n2021\n年\n2\n月\n13\n日。', ['实施时间为2021年2月13日。']],
    ['title lines stay apart', '重庆市人民政府\n关于全市科技创新情况的报告\n——2018年7月23日在市五届人大常委会第四次会议上', ['重庆市人民政府', '关于全市科技创新情况的报告', '——2018年7月23日在市五届人大常委会第四次会议上']],
    ['short heading then number', '一、实施背景\n2018~2020\n年，我市连续实施。', ['一、实施背景', '2018~2020年，我市连续实施。']],
    ['numbered line after unit-less digits', '增至6120\n（三）企业创新能力持续增强。', ['增至6120', '（三）企业创新能力持续增强。']],
  ])('%s', (_, input, paragraphs) => {
    expect(normalizeText(input).paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  test.each(['（一）科技', '(一 ) 除了', '1.认真编制', '1．需求', '第一条 为了', '第 1 條', '一、总体', '一是搭建', '①加强', '附录1：方案'])('%s starts a heading', (s) =>
    expect(startsHeading(s)).toBe(true),
  );
  test.each(['10065.7亿元', '2021年', '(HL-2M)', '（以下简称）', '1.2元'])('%s does not', (s) => expect(startsHeading(s)).toBe(false));
});

describe('the real texts', () => {
  test('seed 000: the split 10065.7亿元 is joined, the reprint notice moved', () => {
    const n = normalizeText(read('content/sources/chengdu-2020-kejichuangxin.txt'));
    const body = n.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain('10065.7亿元');
    expect(body).not.toContain('本文转载');
    expect(n.attribution).toEqual(['本文转载自成都市科学技术局,其真实性请自行核实。']);
    expect(n.paragraphs.filter((p) => /^\(/.test(p.text))).toHaveLength(13);
  });

  test('seed 002: all 587 pinyin notes go, ordinary brackets stay', () => {
    const text = read('content/sources/chengdu-2023-kechuangzhongguo.txt');
    const n = normalizeText(text);
    const body = n.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toMatch(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/);
    expect(body).toContain('持續優化科創生態');
    expect(body.match(/\(成都\)/g)?.length).toBe(text.match(/\(成都\)/g)?.length);
    expect(body.match(/\(市\)/g)?.length).toBe(5);
    expect(n.cleaning.filter((c) => c.kind === 'pinyin-note')).toHaveLength(587);
  });

  test('seed 004: the injected sentence appears once; placeholders, tags, credits handled', () => {
    const n = normalizeText(read('content/sources/chengdu-2015-xiaoyuandi-xietong.txt'));
    const body = n.paragraphs.map((p) => p.text).join('\n');
    const sentence = '以校院地协同创新为重点牵引全市科技创新工作系统推进、加快实施,是市委《关于实施创新驱动发展战略加快创新型城市建设的意见》';
    expect(body.split(sentence)).toHaveLength(2);
    expect(n.cleaning.filter((c) => c.kind === 'repeated-boilerplate')).toHaveLength(14);
    expect(body).not.toMatch(/^图片 \d$/m);
    expect(n.keywords).toContain('西南交通大学');
    expect(n.paragraphs.filter((p) => p.role === 'caption').map((p) => p.line)).toEqual([31, 43, 49]);
  });

  test('Tianjin page: navigation, footer (twice) and contents gone; split numbers joined', () => {
    const n = normalizeText(read('test/fixtures/corpus/05_tj-demand-response-notice.txt'));
    const body = n.paragraphs.map((p) => p.text).join('\n');
    for (const noise of ['简体', '无障碍', '长者模式', '网站地图', '联系我们', '版权所有', 'ICP备', '浏览器', '......', '- 1 -', '政务公开']) {
      expect(body).not.toContain(noise);
    }
    expect(n.cleaning.filter((c) => c.text === '网站地图')).toHaveLength(2);
    expect(body).toContain('本次需求响应实施时间为2021年2月13日至2021年2月15日');
    expect(body).toMatch(/^（1）对于连续参与过天津市/m);
    expect(body).toMatch(/^2．国网天津市电力公司汇总需求响应结果/m);
    // every heading of the plan once, not again from the contents list
    expect(body.match(/^三、实施流程$/gm)).toHaveLength(1);
  });

  test('Hong Kong record: running headers and page numbers gone, wraps joined', () => {
    const n = normalizeText(read('test/fixtures/corpus/06_hk-legco-hansard-20121121-excerpt.txt'));
    const body = n.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toContain('立法會  ─  2012年 11月 21日');
    expect(body).not.toMatch(/^1[45]\d\d$/m);
    expect(n.cleaning.filter((c) => c.kind === 'page-header')).toHaveLength(24);
    expect(n.cleaning.filter((c) => c.kind === 'page-number').map((c) => c.text)).toEqual(Array.from({ length: 24 }, (_, i) => String(1493 + i)));
    expect(body).toContain('法定最低工資的實施改變了勞動市場的薪酬結構，引致');
    // a sentence broken by a page break continues: "此外，" + page 1503 + "當然還有"
    expect(body).toContain('此外，當然還有零售、物流');
    expect(body).toMatch(/^\(一 \) 除了委聘顧問/m);
  });

  test('Markdown regulations: comment and zero-width lines logged, chapters are headings', () => {
    const n = normalizeText(read('test/fixtures/corpus/02_bj-intl-sci-tech-innovation-center-regulation.txt'));
    expect(n.cleaning.filter((c) => c.kind === 'html-comment').map((c) => c.text)).toEqual(['<!-- INFO END -->']);
    expect(n.cleaning.filter((c) => c.kind === 'zero-width')).toHaveLength(16);
    expect(n.paragraphs.filter((p) => p.role === 'markdown-heading' && p.depth === 2)).toHaveLength(7);
  });

  test.each([
    'content/sources/suining-2021-gongzuoyaodian.txt',
    'content/sources/chongqing-2018-kejichuangxin-baogao.txt',
    'test/fixtures/corpus/03_tw-science-technology-basic-law.txt',
    'test/fixtures/corpus/04_prc-gov-work-report-2004.txt',
  ])('%s: one paragraph per non-blank line, nothing removed', (path) => {
    const text = read(path);
    expect(kinds(text)).toEqual([]);
    expect(bodyOf(text).split('\n')).toHaveLength(text.split('\n').filter((l) => l.trim()).length);
  });
});
