// The normalize stage: each cleaning rule on small cases (table-driven), then on the real texts.
import { describe, expect, test, vi } from 'vitest';
import JSON5 from 'json5';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers/run.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { isTonedSyllable } from '../src/pipeline/clean/pinyin-note.ts';
import { startsHeading } from '../src/pipeline/patterns.ts';
import { multipliers } from '../src/pipeline/indicators/units.ts';
import { ruleAbout, ruleName } from '../src/lib/cleaning-rules.ts';
import { lostCharacters, lostFromNormalized } from './helpers/accounting.ts';
import { isJsonText, jsonCharacters, withJsonCharacters } from '../src/pipeline/clean/json-escape.ts';
import { fullLineBefore } from '../src/pipeline/clean/wrap-space.ts';
import { jsLiteral } from '../src/pipeline/clean/js-data.ts';

const read = (path: string): string => decodeSource(new Uint8Array(readFileSync(join(root, path)))).text;
const bodyOf = (text: string): string =>
  normalizeText(text)
    .paragraphs.map((p) => p.text)
    .join('\n');
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
    // a server page saved as its template: JSP directives and scriptlets, a PHP block, over lines or not (dev 381, 382, 384)
    [
      'html-comment',
      '<%@ page pageEncoding="UTF-8"%>\n<%\n\tString path = request.getContextPath();\n%>\n<!DOCTYPE html>\n<html>\n<body>\n<h3>某某新闻标题</h3>\n</body>\n</html>',
      ['某某新闻标题'],
    ],
    ['html-comment', "<!DOCTYPE html>\n<html>\n<?php include '../include/top.php'; ?>\n<h3>某某新闻标题</h3>\n<?= $footer ?>\n</html>", ['某某新闻标题']],
    // a percent or question sign in a sentence is no script
    ['zero-width', '增速<5%，比上年高<1个百分点?占比<%5\n\u200b', ['增速<5%，比上年高<1个百分点?占比<%5']],
    // nor Word's namespace mark, nor an opening that nothing closes (dev 323)
    ['zero-width', '<?xml:namespace prefix = o />甲乙丙。\n比上年<% 增长\n\u200b', ['<?xml:namespace prefix = o />甲乙丙。', '比上年<% 增长']],
    ['zero-width', '第一条 正文。\n\u200b\n第二条 正文。', ['第一条 正文。', '第二条 正文。']],
    // R writes a character its locale lacks as <U+00A0> (scraped gov.cn pages, dev 179): the escape is the character,
    // here the no-break spaces that indent the heading
    ['unicode-escape', '<U+00A0><U+00A0><U+00A0><U+00A0>一、去年工作回顾\n<U+00A0><U+00A0>正文。', ['一、去年工作回顾', '正文。']],
    // an escape of a control character stays as written: the text never gains a NUL or an ESC
    ['unicode-escape', '<U+00A0>正文<U+0000>一<U+001B>二<U+0085>三。', ['正文<U+0000>一<U+001B>二<U+0085>三。']],
    ['web-nav', '简体\n|\n繁体\n政务公开\n>\n政策法规\n正文很长的一句话。\n网站地图\n|\n联系我们', ['正文很长的一句话。']],
    // a page's tool bar, one button a line, and a font-size control of three short lines between chrome
    ['web-nav', '下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年某省政府工作报告\n\n正文很长的一句话。', ['2026年某省政府工作报告', '正文很长的一句话。']],
    // four short lines between chrome lines may be text: they stay
    ['web-nav', '打印\n甲\n乙\n丙\n丁\n收藏\n正文很长的一句话。', ['甲', '乙', '丙', '丁', '正文很长的一句话。']],
    // a breadcrumb on one line, from the site's home page (a portal page saved by a browser, dev 290)
    ['web-nav', '首页 > 数据解读 > 统计公报 > 郴州市\n正文很长的一句话。', ['正文很长的一句话。']],
    ['web-nav', '首頁 » 政務公開\n正文很长的一句话。', ['正文很长的一句话。']],
    // a breadcrumb an item a line, each with its arrow after it (a template's links, dev 382)
    ['web-nav', '当前位置：\n首页>\n新闻中心>\n公司新闻>\n正文\n某公司召开学习会议 学先进转作风\n正文很长的一句话。', ['某公司召开学习会议 学先进转作风', '正文很长的一句话。']],
    // an empty element's tags are no breadcrumb item (an adversarial text's `<>` / `</>`)
    ['zero-width', '<>\n</>\n正文很长的一句话。\n\u200b', ['<></>正文很长的一句话。']],
    // a font-size control's label alone on its line (dev 290: 发布时间：2026-04-17字体大小：, the page's two spans)
    ['web-nav', '字体大小：\n\n正文很长的一句话。', ['正文很长的一句话。']],
    // a breadcrumb parted by slashes, a page's counter, its font-size control in brackets and its share label, each a line (dev 426)
    [
      'web-nav',
      '首页 / 数据开放 / 统计公报\n\n某市2025年统计公报\n\n发布时间：2026-05-09\n\n访问量：\n\n【大中小】\n\n分享：\n\n浏览量：418\n\n正文很长的一句话。',
      ['某市2025年统计公报', '发布时间：2026-05-09', '正文很长的一句话。'],
    ],
  ])('%s: %j', (kind, input, paragraphs) => {
    const n = normalizeText(input);
    expect(n.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    expect(n.cleaning.map((c) => c.kind)).toContain(kind);
  });

  test("lines that end in an arrow are a breadcrumb only as a run from the page's chrome (首页>, 当前位置：), not a process's steps (web-nav)", () => {
    const guide = ['一、办理流程', '', '企业开办按以下流程办理，全程网上可办：', '', '提交申请 >', '', '窗口受理 >', '', '部门审核 >', '', '办结', '', '二、办理时限'].join('\n');
    expect(normalizeText(guide).paragraphs.map((p) => p.text)).toEqual([
      '一、办理流程',
      '企业开办按以下流程办理，全程网上可办：',
      '提交申请 >',
      '窗口受理 >',
      '部门审核 >',
      '办结',
      '二、办理时限',
    ]);
    // from the home page, with no 当前位置： above it
    expect(normalizeText('首页>\n新闻中心>\n正文\n正文很长的一句话。').paragraphs.map((p) => p.text)).toEqual(['正文很长的一句话。']);
  });

  test('a line that opens with 首页 and no arrow after it is text (web-nav)', () => {
    expect(normalizeText('首页是网站的门面。\n\n正文很长的一句话。').paragraphs.map((p) => p.text)).toEqual(['首页是网站的门面。', '正文很长的一句话。']);
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

  test('hashes run on to a heading number (###（二）…, a scrape without the space) make a heading; a hashtag or #1机组 does not', () => {
    const n = normalizeText('### （一）构建体系\n\n正文。\n\n###（二）深化智慧协同的数字化市场监管体系\n\n#两会# 正文。\n\n#1机组检修。');
    expect(n.paragraphs.filter((p) => p.role === 'markdown-heading')).toEqual([
      { text: '（一）构建体系', line: 1, role: 'markdown-heading', depth: 3 },
      { text: '（二）深化智慧协同的数字化市场监管体系', line: 5, role: 'markdown-heading', depth: 3 },
    ]);
  });
});

describe('stray spaces: removed on evidence, each logged with its line', () => {
  test.each([
    // wrap-space: after a full line of text (≥ 20 characters), between Han or CJK punctuation, in prose
    ['wrap-space', '过去的一年面对复杂多变的国际形势、突如其来的 非典型肺炎疫情，我们取得成就。', '过去的一年面对复杂多变的国际形势、突如其来的非典型肺炎疫情，我们取得成就。'],
    [
      'wrap-space',
      '我们从政府工作的着力点和财政投入等方面，及时作出必要调整， 推动社会事业加快发展。',
      '我们从政府工作的着力点和财政投入等方面，及时作出必要调整，推动社会事业加快发展。',
    ],
    [
      'wrap-space',
      '这一年各级政府按照部署开展工作取得显著成效的领域包括 Web 平台建设，还有其他。',
      '这一年各级政府按照部署开展工作取得显著成效的领域包括 Web 平台建设，还有其他。',
    ], // Latin: the author's space
    ['wrap-space', '这一年各级政府按照部署开展工作取得显著成效的领域包括 2021 年计划，还有其他。', '这一年各级政府按照部署开展工作取得显著成效的领域包括 2021 年计划，还有其他。'], // digits too
    ['wrap-space', '持續優化科創生態 加速釋放科創活力', '持續優化科創生態 加速釋放科創活力'], // a title's own space: short, no ，/。
    ['wrap-space', '第一条 为了促进大型科学仪器设施共享，制定本规定。', '第一条 为了促进大型科学仪器设施共享，制定本规定。'], // after a heading number
    // letter-spacing: three or more single characters, or two before a colon (a label)
    ['letter-spacing', '运 输 署 和', '运输署和'],
    ['letter-spacing', '发 布 机 构 ：天津市工业和信息化局', '发布机构：天津市工业和信息化局'],
    // a portal's info table spaces its labels to one width, with ideographic or wider spaces (gov.cn: 标\u3000\u3000题：)
    ['letter-spacing', '标\u3000\u3000题：国务院办公厅关于加快发展银发经济增进老年人福祉的意见', '标题：国务院办公厅关于加快发展银发经济增进老年人福祉的意见'],
    ['letter-spacing', '索  引  号：000014348/2024-00123', '索引号：000014348/2024-00123'],
    ['letter-spacing', '第一 条：总则', '第一 条：总则'],
    ['letter-spacing', '## 第一章 总 则', '第一章 总 则'],
    ['letter-spacing', '主席 曾鈺成議員', '主席 曾鈺成議員'],
    // a PDF's text layer that spaces out every character of a line by two spaces, numbers and marks too (dev 239)
    ['letter-spacing', '受  市  人  民  政  府  委  托  ，  现  将  2025年  预  算', '受市人民政府委托，现将2025年预算'],
    ['letter-spacing', '收  入  完  成  421.8亿  元  ，  同  比  增  长  3.6%。  支  出  预  算  合  计  726.9亿', '收入完成421.8亿元，同比增长3.6%。支出预算合计726.9亿'],
    ['letter-spacing', '（  一  ）  2025年  预  算  收  支  情  况', '（一）2025年预算收支情况'],
    ['letter-spacing', '以  上  。', '以上。'], // a paragraph's last printed line: two characters and a stop (dev 241)
    ['letter-spacing', '增  长  率  分  别  为  3.6%  5.2%  和  6.1%', '增长率分别为3.6%  5.2%和6.1%'], // two percentages stay apart
    ['letter-spacing', '一般公共预算收入  421.9  423.7  99.6', '一般公共预算收入  421.9  423.7  99.6'], // a table's row: words and numbers, no spaced-out line
    ['letter-spacing', '项目名称  金额  备注  合计', '项目名称  金额  备注  合计'],
    // punctuation-space: beside full-width marks and inside brackets around CJK text
    ['punctuation-space', '(一 ) 除了委聘顧問進行研究', '(一) 除了委聘顧問進行研究'],
    ['punctuation-space', '造成 “洗牌效應 ”，因此 (“中小企 ”)', '造成“洗牌效應”，因此 (“中小企”)'],
    ['punctuation-space', '陳鑑林議員 , S.B.S., J.P.', '陳鑑林議員, S.B.S., J.P.'],
    ['punctuation-space', '總薪酬開支 (1 )增幅', '總薪酬開支 (1)增幅'],
    ['punctuation-space', '第二条 【落户奖】', '第二条 【落户奖】'], // after a law heading's number: it sets off the title (dev 195)
    ['punctuation-space', '第三章 （一）总则', '第三章 （一）总则'],
    ['punctuation-space', '(修訂附表 7)公告', '(修訂附表 7)公告'], // Han and digit: kept
    // digit-group-space: thousands grouped by a space before a unit; a row of numbers stays
    ['digit-group-space', '職位空缺數目高達70 800個', '職位空缺數目高達70800個'],
    ['digit-group-space', '增加了約 1 234 567人', '增加了約 1234567人'],
    ['digit-group-space', '913 605 339', '913 605 339'],
    ['digit-group-space', '系數 0.2 800人', '系數 0.2 800人'],
    // numeral-space: a justified PDF line stretched inside a number written in Chinese numerals, and after its unit (corpus 304, 305)
    ['numeral-space', '收入的修訂預算為五千五 百四十六億元，較原來預算低。', '收入的修訂預算為五千五百四十六億元，較原來預算低。'],
    ['numeral-space', '財政儲備為八千三百二 十 二億元，或約十 二 個月的政府開支。', '財政儲備為八千三百二十二億元，或約十二個月的政府開支。'],
    ['numeral-space', '參觀人數不少於 10 萬 人；', '參觀人數不少於 10 萬人；'],
    ['numeral-space', '第一章 总则', '第一章 总则'], // 章 is no numeral: a heading's own space
    ['numeral-space', '會議於2021年 三月舉行', '會議於2021年 三月舉行'], // before a numeral: not inside one
    // a tab is a column's or a list's separator (text from Word or a spreadsheet), never a justified line's stretch: names stay apart
    ['numeral-space', '成员：王一\t李二\t张三\t赵四', '成员：王一\t李二\t张三\t赵四'],
    // the line's evidence: a line whose spaces part words is not stretched (names that end in a numeral, a table's row)
    ['numeral-space', '王一 李二 张三 赵四', '王一 李二 张三 赵四'],
    ['numeral-space', '一 北京市 1200', '一 北京市 1200'],
    ['numeral-space', '获奖队伍 第一 小组 第三 小组', '获奖队伍 第一 小组 第三 小组'],
    // a stretched line: most characters alone between single spaces as printed, though letter-spacing joined its runs first (`一 份`)
    ['numeral-space', '來 的 展 望 和 承 諾 ， 是 一 份屬 於 每 一 位 市 民 的 報 告 。', '來的展望和承諾，是 一份屬 於每一位市民的報告。'],
    // three single characters in a row (`九 龍的`: no numeral of a number, a place name; the line is stretched)
    ['numeral-space', '整 體 改 善 東 九 龍的 交 通 ， 釋 放 發 展 潛 力 ；', '整體改善東九龍的 交 通，釋放發展潛力；'],
    // spaces that part no words, only a line's first character from the rest (pdftotext's stretch, corpus 305)
    ['numeral-space', '十 月提出的多項建議，包括改革創業板。港交所已就建立庫存', '十月提出的多項建議，包括改革創業板。港交所已就建立庫存'],
    ['numeral-space', '兩 年。', '兩年。'],
  ])('%s: %s', (kind, input, expected) => {
    const n = normalizeText(input);
    expect(n.paragraphs.map((p) => p.text).join('\n')).toBe(expected);
    const logged = n.cleaning.filter((c) => c.kind === kind);
    if (expected === input.replace(/^#+ /, '')) expect(logged).toEqual([]);
    else {
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.every((c) => c.line === 1 && /^[ \t\u3000]+$/.test(c.text) && c.note!.includes('「'))).toBe(true);
    }
  });

  test('numeral-space: every multiplier of one character in indicators/units.ts (萬, 万, 億, 亿) is a numeral of a number', () => {
    const single = Object.keys(multipliers).filter((m) => m.length === 1);
    expect(single.length).toBeGreaterThan(0);
    for (const m of single) {
      expect(normalizeText(`參觀人數不少於 10 ${m} 人；`).paragraphs[0]!.text, m).toBe(`參觀人數不少於 10 ${m}人；`);
      expect(normalizeText(`儲備為五${m} 二千元。`).paragraphs[0]!.text, m).toBe(`儲備為五${m}二千元。`);
    }
  });

  test.each(['304_hk-policy-address-2023-govpdf-pdftotext.txt', '305_hk-budget-speech-2024-govpdf-pdftotext.txt'])(
    'numeral-space on the stretched PDF lines of dev %s: no number in Chinese numerals left spaced, each join logged',
    (file) => {
      const n = normalizeText(read(`test/fixtures/corpus/${file}`));
      const body = n.paragraphs.map((p) => p.text).join('\n');
      expect(body).not.toMatch(/[零〇一二两兩三四五六七八九十百千] [零〇一二两兩三四五六七八九十百千]/u);
      const joins = n.cleaning.filter((c) => c.kind === 'numeral-space');
      expect(joins.length).toBeGreaterThan(0);
      expect(joins.every((c) => /^ +$/.test(c.text) && c.note!.includes('「'))).toBe(true);
    },
  );

  test('table-fragment: a lone cell goes, a table row stays', () => {
    const n = normalizeText('标题\n中國人工智能大會。 |\n一、改革背景\n正文第一段。\n正文第二段。\n| 指标 | 数值 |\n| 产值 | 5 |');
    expect(n.paragraphs.map((p) => p.text)).not.toContain('中國人工智能大會。 |');
    expect(n.cleaning.filter((c) => c.kind === 'table-fragment').map((c) => [c.text, c.line])).toEqual([['中國人工智能大會。 |', 2]]);
    expect(n.paragraphs.map((p) => p.text).join('')).toContain('| 指标 | 数值 |');
  });
});

describe('wrap-space reads the full line before a space backwards, at most 20 characters (fullLineBefore)', () => {
  // what the rule read before: the whole text before the space, split at white space, its last piece counted by code points
  const reference = (text: string, start: number): boolean => [...(text.slice(0, start).split(/\s/u).at(-1) ?? '')].length >= 20;
  const characters = ['财', '政', '。', '，', 'a', '1', ' ', '\t', '\u3000', '\u00a0', '\n', '𠀀', '\ud800', '\udc00'];
  test('the same answer as splitting the text before the space, on any text of Han, Latin, white space, astral characters and lone surrogates (fast-check)', () => {
    fc.assert(
      // runs of one character, 1 to 25 long, so that a run of 19, 20 or 21 characters before a space is common
      fc.property(fc.array(fc.tuple(fc.constantFrom(...characters), fc.integer({ min: 1, max: 25 })), { maxLength: 8 }), fc.nat(), (runs, at) => {
        const text = runs.map(([c, n]) => c.repeat(n)).join('');
        const start = text.length === 0 ? 0 : at % (text.length + 1);
        return fullLineBefore(text, start) === reference(text, start);
      }),
      { numRuns: 2000 },
    );
  });
  test.each([
    ['二十个汉字二十个汉字二十个汉字二十个汉字', 20, true],
    ['十九个汉字十九个汉字十九个汉字十九个汉', 19, false],
    ['前 二十个汉字二十个汉字二十个汉字二十个汉字', 22, true],
    ['𠀀'.repeat(19) + '字', 39, true],
    ['𠀀'.repeat(19), 38, false],
  ] as [string, number, boolean][])('%s before %i: %s', (text, start, full) => {
    expect(fullLineBefore(text, start)).toBe(full);
    expect(reference(text, start)).toBe(full);
  });
});

describe('join-lines: joins on evidence, never glues a heading', () => {
  test.each([
    ['number and unit', '产值10065.7\n亿元,同比增长。', ['产值10065.7亿元,同比增长。']],
    ['open quotation', '举行“加快科技创新驱动\n奋力打造增长极”专题协商会。', ['举行“加快科技创新驱动奋力打造增长极”专题协商会。']],
    [
      'split heading number',
      '（二）用户参与条件\n（\n1\n）对于连续参与的用户。\n2\n．国网天津市电力公司汇总。',
      ['（二）用户参与条件', '（1）对于连续参与的用户。', '2．国网天津市电力公司汇总。'],
    ],
    ['number fragments', '实施时间为\n2021\n年\n2\n月\n13\n日。', ['实施时间为2021年2月13日。']],
    [
      'title lines stay apart',
      '重庆市人民政府\n关于全市科技创新情况的报告\n——2018年7月23日在市五届人大常委会第四次会议上',
      ['重庆市人民政府', '关于全市科技创新情况的报告', '——2018年7月23日在市五届人大常委会第四次会议上'],
    ],
    ['short heading then number', '一、实施背景\n2018~2020\n年，我市连续实施。', ['一、实施背景', '2018~2020年，我市连续实施。']],
    ['numbered line after unit-less digits', '增至6120\n（三）企业创新能力持续增强。', ['增至6120', '（三）企业创新能力持续增强。']],
    [
      'clustered metadata labels',
      '索引号：\n000014349/2023-00012\n发文机关：\n某某市科学技术局\n成文日期：\n发布日期：\n2023年5月6日',
      ['索引号：000014349/2023-00012', '发文机关：某某市科学技术局', '成文日期：', '发布日期：2023年5月6日'],
    ],
    ['a lone colon line opens a speech', '各位代表：\n现在，我代表国务院向大会作政府工作报告。', ['各位代表：', '现在，我代表国务院向大会作政府工作报告。']],
    [
      'a title split over lines, printed whole elsewhere',
      '关于印发2023年度科技计划的通知\n\n关于印发\n2023\n年度\n科技计划的通知\n各区科技局：',
      ['关于印发2023年度科技计划的通知', '关于印发2023年度科技计划的通知', '各区科技局：'],
    ],
    [
      'a sentence open after a comma',
      '电动汽车用户参与需求响应无需满足响应容量要求，由负荷集成商代理\n以集中形式参与，鼓励中小型用户参与。',
      ['电动汽车用户参与需求响应无需满足响应容量要求，由负荷集成商代理以集中形式参与，鼓励中小型用户参与。'],
    ],
    [
      'a heading title with a comma stays apart',
      '（一）采取果断措施，集中力量抗击非典\n去年春天，我国遭遇了一场非典疫情。',
      ['（一）采取果断措施，集中力量抗击非典', '去年春天，我国遭遇了一场非典疫情。'],
    ],
    [
      'a short run-in item where its siblings run on',
      '（1）对于连续参与的用户，申报量不低于4800千瓦时。\n（2）对于仅参与过一次的用户，申报量不低于600千瓦时。\n（3）对于此前未参与的用户，申报量不低于7200千瓦时。\n（4）居民侧\n电动汽车用户参与需求响应无需满足响应容量要求。',
      [
        '（1）对于连续参与的用户，申报量不低于4800千瓦时。',
        '（2）对于仅参与过一次的用户，申报量不低于600千瓦时。',
        '（3）对于此前未参与的用户，申报量不低于7200千瓦时。',
        '（4）居民侧电动汽车用户参与需求响应无需满足响应容量要求。',
      ],
    ],
    [
      'short item titles stay headings',
      '（1）科技创新\n全市研发投入增长。\n（2）人才引进\n引进人才一千名。\n（3）成果转化\n成交额增长。',
      ['（1）科技创新', '全市研发投入增长。', '（2）人才引进', '引进人才一千名。', '（3）成果转化', '成交额增长。'],
    ],
  ])('%s', (_, input, paragraphs) => {
    expect(normalizeText(input).paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  test('a double-spaced extraction: a full line cut mid-sentence joins the next across its blank line; a page number and a short title do not', () => {
    const line = (i: number) => `第${i}段的文字排得很满，一行印到版心的最右边为止，然后在这里断开`;
    const wraps = Array.from({ length: 24 }, (_, i) => `${i + 1}. ${line(i)}\n\n接着写完这一句。`).join('\n\n');
    const input = `施政報告\n\n${wraps}\n\n${line(99)}\n\n12\n\n13. 下一段。`;
    const texts = normalizeText(input).paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('施政報告');
    expect(texts[1]).toBe(`1. ${line(0)}接着写完这一句。`);
    expect(texts).toContain('12');
    expect(texts.at(-1)).toBe('13. 下一段。');
    // a paragraph-spaced text (every paragraph ends its sentence) keeps its breaks
    const spaced = Array.from({ length: 24 }, (_, i) => `${line(i)}。`).join('\n\n');
    expect(normalizeText(spaced).paragraphs).toHaveLength(24);
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

  test("a running header that repeats the document's title: the title line on top of the first page stays, the copies at page breaks go (eval:shapes pdf)", () => {
    const page = (n: number): string[] => [...Array.from({ length: 6 }, (_, i) => `\u3000\u3000第${n}页第${i}段，全年地区生产总值增长百分之五点二。`), '', `- ${n} -`, '\f'];
    const text = [
      '2026年某省政府工作报告',
      '',
      ...page(1),
      '2026年某省政府工作报告',
      '',
      ...page(2),
      '2026年某省政府工作报告',
      '',
      ...page(3),
      '2026年某省政府工作报告',
      '',
      ...page(4),
    ];
    const n = normalizeText(text.join('\n'));
    expect(n.paragraphs[0]?.text).toBe('2026年某省政府工作报告');
    expect(n.paragraphs.filter((p) => p.text === '2026年某省政府工作报告')).toHaveLength(1);
    expect(n.cleaning.filter((c) => c.kind === 'page-header')).toHaveLength(3);
  });

  test('a running header printed twice at one page break: the second copy is the title of the section that opens on that page and stays (dev 352)', () => {
    // a budget speech's pages carry their section's name on top; the page where 二零二三／二四年度財政預算 begins prints it as
    // the running header and again as the section's title line under it
    const page = (n: number, from: number): string[] => [
      ...Array.from({ length: 4 }, (_, i) => `     ${from + i}.  這一段說明政府的收支和儲備情況，以便審議撥款條例草案。`),
      '',
      '',
      `                                 ${n}`,
    ];
    const text = [
      '     二零二二／二三年度修訂預算',
      '',
      ...page(51, 182),
      '\f     二零二二／二三年度修訂預算',
      '',
      ...page(52, 186),
      '\f     二零二三／二四年度財政預算',
      '',
      '',
      '     二零二三／二四年度財政預算',
      '',
      ...page(53, 190),
      '\f     二零二三／二四年度財政預算',
      '',
      ...page(54, 194),
      '\f     二零二三／二四年度財政預算',
      '',
      ...page(55, 198),
    ];
    const n = normalizeText(text.join('\n'));
    expect(n.paragraphs.filter((p) => p.text === '二零二三／二四年度財政預算').map((p) => p.line)).toEqual([22]);
    expect(n.cleaning.filter((c) => c.kind === 'page-header').map((c) => [c.line, c.text])).toEqual([19, 31, 40].map((line) => [line, '二零二三／二四年度財政預算']));
  });

  test('a running header printed on every page above its page number: a page left blank prints it twice at one break, and neither copy stays', () => {
    // 某市政府工作报告 on top of each page with the page's number under it; page 3 has no text (a chapter opens on page 4), so its
    // header and number stand right before page 4's: no title of a section, only the page's furniture
    const page = (n: number, body: string[]): string[] => [`\f     某市二〇二五年政府工作报告`, '', `                                 ${n}`, '', ...body, ''];
    const para = (k: number) => `     ${k}、这一段说明全市经济运行和民生保障的情况，以及政府自身建设的进展。`;
    const text = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => page(n, n === 3 ? [] : [para(2 * n - 1), para(2 * n)]));
    const n = normalizeText(text.join('\n'));
    expect(n.paragraphs.map((p) => p.text).filter((t) => t.includes('政府工作报告') || /^\d+$/.test(t))).toEqual([]);
    expect(n.cleaning.filter((c) => c.kind === 'page-header')).toHaveLength(8);
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
    expect(body).toMatch(/^\(一\) 除了委聘顧問/m);
    // PDF spacing gone: inside brackets and quotes, thousands groups joined; a row of numbers kept
    expect(body).not.toMatch(/[\p{Script=Han}] [)”]|“ [\p{Script=Han}]/u);
    expect(body).toContain('高達70800個');
    expect(body).toContain('913 605 339');
    expect(body).toContain('運輸署和');
  });

  test('2004 work report: the former line-wrap spaces go, each logged as wrap-space', () => {
    const text = read('test/fixtures/corpus/04_prc-gov-work-report-2004.txt');
    const n = normalizeText(text);
    const body = n.paragraphs.map((p) => p.text).join('\n');
    const cjkSpace = /[\p{Script=Han}，。、《》] +[\p{Script=Han}，。、《》]/gu;
    expect(text.match(cjkSpace)).toHaveLength(161);
    expect(body.match(cjkSpace)).toBeNull();
    expect(body).toContain('突如其来的非典型肺炎疫情');
    const wraps = n.cleaning.filter((c) => c.kind === 'wrap-space');
    expect(wraps.reduce((k, c) => k + c.text.length, 0)).toBe(161);
    expect(wraps.find((c) => c.line === 7)?.note).toContain('「突如其来的 非典型肺');
    // a full-width digit beside the space is not Han: `６０ 亿元` stays as written
    expect(body).toContain('６０ 亿元');
    expect(n.paragraphs).toHaveLength(text.split('\n').filter((l) => l.trim()).length);
  });

  test("2004 work report run together on one line (a crawler's page text, paragraphs set off by two ideographic spaces): the same text, the same 161 wrap spaces", () => {
    const lines = read('test/fixtures/corpus/04_prc-gov-work-report-2004.txt')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const multi = normalizeText(lines.join('\n'));
    const one = normalizeText(lines.join('\u3000\u3000'));
    expect(one.paragraphs).toHaveLength(1);
    expect(one.paragraphs[0]!.text).toBe(multi.paragraphs.map((p) => p.text).join('\u3000\u3000'));
    const wraps = (n: typeof one): string =>
      n.cleaning
        .filter((c) => c.kind === 'wrap-space')
        .map((c) => c.text)
        .join('');
    expect(wraps(one)).toHaveLength(161);
    expect(wraps(one)).toBe(wraps(multi));
  });

  test('Tianjin page: label/value pairs, the split title and the run-in item are whole paragraphs', () => {
    const n = normalizeText(read('test/fixtures/corpus/05_tj-demand-response-notice.txt'));
    const texts = n.paragraphs.map((p) => p.text);
    for (const pair of [
      '名称：市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知',
      '索引号：11120000MB1896646L/2021-00073',
      '发布机构：天津市工业和信息化局',
      '发文字号：津工信电力〔2021〕3号',
      '成文日期：',
      '有效性：有效',
    ]) {
      expect(texts).toContain(pair);
    }
    expect(texts).toContain('市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知');
    expect(texts).toContain('（4）居民侧电动汽车用户参与需求响应无需满足响应容量要求，由负荷集成商代理以集中形式参与，鼓励中小型用户通过负荷集成商参与。');
    expect(n.cleaning.filter((c) => c.kind === 'letter-spacing').map((c) => c.line)).toEqual([14, 16, 18, 20, 22, 24, 25, 26]);
  });

  test('seed 002: the stray caption cell with a table pipe is gone, logged', () => {
    const n = normalizeText(read('content/sources/chengdu-2023-kechuangzhongguo.txt'));
    expect(n.paragraphs.map((p) => p.text).join('\n')).not.toContain('|');
    expect(n.cleaning.filter((c) => c.kind === 'table-fragment')).toEqual([expect.objectContaining({ text: '中國人工智能大會。 |', line: 3 })]);
  });

  test('Markdown regulations: comment and zero-width lines logged, chapters are headings', () => {
    const n = normalizeText(read('test/fixtures/corpus/02_bj-intl-sci-tech-innovation-center-regulation.txt'));
    expect(n.cleaning.filter((c) => c.kind === 'html-comment').map((c) => c.text)).toEqual(['<!-- INFO END -->']);
    expect(n.cleaning.filter((c) => c.kind === 'zero-width')).toHaveLength(16);
    expect(n.paragraphs.filter((p) => p.role === 'markdown-heading' && p.depth === 2)).toHaveLength(7);
  });

  test.each([
    ['content/sources/suining-2021-gongzuoyaodian.txt', ['wrap-space']], // `办好 “遂创荟”`
    // its four header lines (法規名稱：… 修正日期：… 法規網址：…) are front matter, the rest one paragraph a line
    ['test/fixtures/corpus/03_tw-science-technology-basic-law.txt', ['front-matter'], 4],
    ['test/fixtures/corpus/04_prc-gov-work-report-2004.txt', ['wrap-space']],
  ] as [string, string[], number?][])('%s: one paragraph per non-blank line, at most stray spaces removed', (path, removed, header = 0) => {
    const text = read(path);
    expect([...new Set(kinds(text))]).toEqual(removed);
    expect(bodyOf(text).split('\n')).toHaveLength(text.split('\n').filter((l) => l.trim()).length - header);
  });

  test('Chongqing seed: the title printed whole on line 1 and split over lines 2–3 is joined there too', () => {
    const n = normalizeText(read('content/sources/chongqing-2018-kejichuangxin-baogao.txt'));
    expect(n.paragraphs.slice(0, 3).map((p) => p.text)).toEqual([
      '重庆市人民政府关于全市科技创新情况的报告',
      '重庆市人民政府关于全市科技创新情况的报告',
      expect.stringMatching(/^——2018年7月23日/),
    ]);
    // the speaker line goes to meta.speaker (metadata-lines), nothing else is removed
    expect(n.cleaning.map((c) => c.kind)).toEqual(['line-join', 'metadata-line']);
    expect(n.moved).toEqual({ speaker: '市委科技工委副书记 徐 青' });
  });
});

describe('digit-spacing: numbers spaced out digit by digit (a newspaper export)', () => {
  test('joined in a text that shows the habit; each line logged', () => {
    const text = '到2 0 0 5年，国内生产总值达到2 9 0 0 亿元左右。\n人均国内生产总值年均增长6 .5 %左右，城镇登记失业率控制在5 %以内。\n(2 0 0 1年2月1 6日通过)';
    const n = normalizeText(text);
    expect(n.paragraphs.map((p) => p.text)).toEqual([
      '到2005年，国内生产总值达到2900亿元左右。',
      '人均国内生产总值年均增长6.5%左右，城镇登记失业率控制在5%以内。',
      '(2001年2月16日通过)',
    ]);
    expect(n.cleaning.filter((c) => c.kind === 'digit-spacing').map((c) => c.line)).toEqual([1, 2, 3]);
  });
  test('a text without the habit keeps its spaces (a row of numbers, one spaced year)', () => {
    for (const text of ['产量 120 85 64', '在 2 0 2 3 年，产值 1 2 亿元。', '增长 5 %。']) expect(kinds(text)).not.toContain('digit-spacing');
  });
});

describe('justified-gap: a PDF text layer’s single spaces inside a justified line (pdftotext of a Hong Kong budget speech)', () => {
  // dev 352 lines 194-205 (a paragraph as pdftotext wrote it), then nine more lines that open with the same gap (dev 352 lines 160-253)
  const speech = [
    '    10.   本地方面，去年年初第五波疫情爆發，金融狀況',
    '    收 緊，為內部需求帶來沉重壓力。不過，隨着本地疫情受控，',
    '    加上政府的逆周期措施和發放消費券發揮關鍵作用，就業狀況',
    '    持續改善。私人消費開支由第二季起逐漸恢復，但全年計仍',
    '    下 跌百分之一。受經濟前景疲弱和借貸成本上升影響，整體',
    '    投 資開支下跌百分之八點五。',
    '',
    '    11.   在外部和內部環節均受到打擊下，香港整體經濟在',
    '    二 零二二年收縮百分之三點五。不過，勞工市場有所改善，經',
    '    季 節性調整的失業率在去年初上升至百分之五點四後，逐步',
    '    下 跌至最新的百分之三點四。',
    '',
    '承 受相當壓力，需要支援。與此同時，面對激烈競爭，時不我與',
    '更 要創新。概括而言，我們今年採取「中間偏鬆」的財政姿態，',
    '高 質量發展。我會在以下章節作出說明。',
    '    疫 情反覆而放緩。國際貨幣基金組織（國基會）估計，去年全球',
    '    強勁升幅，但仍遠不及疫情前水平。整體服務輸出全年微跌百 分',
    '    之零點九。',
    '    力吸訪客 省靚香港招牌',
  ].join('\n');
  test('the spaces between Han characters of its prose lines go, each line logged', () => {
    const n = normalizeText(speech);
    const body = n.paragraphs.map((p) => p.text);
    const all = body.join('\n');
    for (const words of ['收緊，為內部需求', '全年計仍下跌百分之一。', '投資開支下跌百分之八點五。', '季節性調整的失業率', '逐步下跌至最新', '高質量發展。', '疫情反覆而放緩。'])
      expect(all).toContain(words);
    // the one gap a line's end left is wrap-space's, which runs first
    expect(all).toContain('整體服務輸出全年微跌百分');
    // a line without a mark of prose is no justified line of a paragraph: a slogan's own space stays
    expect(body).toContain('力吸訪客 省靚香港招牌');
    const logged = n.cleaning.filter((c) => c.kind === 'justified-gap');
    expect(logged.map((c) => c.line)).toEqual([2, 5, 6, 9, 10, 11, 13, 14, 15, 16]);
    expect(logged[0]).toMatchObject({ text: ' ', note: expect.stringContaining('「收 緊，為內部」') });
  });
  test('a text without the habit keeps its spaces (a heading spaced once, joint issuers, a slogan)', () => {
    for (const text of [
      '第一章 总 则\n第一条 为了规范管理，制定本办法。',
      '国家发展改革委 国家能源局\n关于印发《办法》的通知，请遵照执行。',
      '下 跌百分之一。受經濟前景疲弱影響，整體',
    ])
      expect(kinds(text)).not.toContain('justified-gap');
  });
});

describe('table-of-contents: a contents list with no leaders (pdftotext of a budget speech, dev 499)', () => {
  // dev 499 lines 1-35 and 186-214 (the contents' last entries, the speech's opening): entries part from their paragraph numbers by a wide gap
  const speech = [
    '二零二五至二六財政年度',
    '  政府財政預算案',
    '動議二讀《二零二五年撥款條例草案》的演辭',
    '    二零二五年二月二十六日星期三',
    '\f目錄',
    '',
    '                     段數',
    '',
    '引言                   1 - 8',
    '',
    '',
    '二零二四年經濟回顧           9 - 16',
    '',
    '鞏固基礎 提速發展          28 - 30',
    '',
    '創新科技',
    '',
    ' 人工智能             36 – 52',
    '',
    '鞏固及提升優勢產業               72',
    '\f                                              段數',
    '',
    '中期財政預測                                    256 – 261',
    '',
    '結語                                        262 – 268',
    '',
    '',
    '主席、各位議員、各位市民：',
    '',
    '     我謹動議二讀《二零二五年撥款條例草案》。',
    '',
    '引言',
    '',
    '2.   這是本屆政府任期中期的財政預算案。',
  ].join('\n');
  test('the title, the column header, the entries and the groups between them go; the speech from its salutation on stays', () => {
    const n = normalizeText(speech);
    const removed = n.cleaning.filter((c) => c.kind === 'table-of-contents').map((c) => c.line);
    expect(removed).toEqual([5, 7, 9, 12, 14, 16, 18, 20, 21, 23, 25]);
    const body = n.paragraphs.map((p) => p.text);
    expect(body.slice(0, 4)).toEqual(['二零二五至二六財政年度', '政府財政預算案', '動議二讀《二零二五年撥款條例草案》的演辭', '主席、各位議員、各位市民：']);
    expect(body).toContain('主席、各位議員、各位市民：');
    expect(body).toContain('引言');
  });
  test('a title over fewer than three entries, or over lines that are no entries, stays text', () => {
    for (const text of ['目錄\n引言      1 - 8\n結語      9\n主席：', '目录\n一、指导思想\n二、主要目标\n三、重点任务']) expect(kinds(text)).not.toContain('table-of-contents');
  });
  test('a table of figures under a 目录 title is no contents list: page and paragraph numbers never go down', () => {
    // an indicator table's last column (a year, values) rises and falls; a contents list's numbers only rise
    const table = ['目录', '指标名称      单位      2023', '地区生产总值（亿元）      1234', '一般公共预算收入（亿元）      567', '城镇居民人均可支配收入（元）      4567'];
    const n = normalizeText([...table, '一、总体要求', '坚持稳中求进工作总基调。'].join('\n'));
    expect(n.cleaning.map((c) => c.kind)).not.toContain('table-of-contents');
    expect(n.paragraphs.map((p) => p.text).join('\n')).toContain('1234');
  });
});

describe('整理说明 names every cleaning kind the texts log, in both scripts', () => {
  const dirs = ['content/sources', 'test/fixtures/corpus', 'test/fixtures/corpus/synthetic'];
  const logged = new Set(
    dirs.flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.txt'))
        .flatMap((f) => kinds(read(`${dir}/${f}`))),
    ),
  );
  // line joins remove nothing: the page lists them as line ranges, without a rule row
  logged.delete('line-join');

  test('the texts log the kinds of most rules, hkscs-pua among them', () => {
    expect(logged.size).toBeGreaterThanOrEqual(20);
    expect(logged).toContain('hkscs-pua');
  });
  test.each([...logged].sort())('%s has a Chinese name in both scripts', (kind) => {
    expect(ruleName(kind, 'zh-hans')).toMatch(/\p{Script=Han}/u);
    expect(ruleName(kind, 'zh-hant')).toMatch(/\p{Script=Han}/u);
  });
  test('hkscs-pua in both scripts', () => {
    expect(ruleName('hkscs-pua', 'zh-hans')).toBe('香港字符');
    expect(ruleAbout('hkscs-pua', 'zh-hant')).toBe('以私用區碼位存放的香港增補字符集字元，換為標準字元');
  });
});

describe('markdown-markup: a lazily numbered list', () => {
  const text = '##### 第 9 條\n1. 營業場所應距離醫院五十公尺以上。\n1. 前項距離以直線測量。\n##### 第 10 條\n1. 應辦理公司登記。\n1. 前項名稱規定亦適用之。\n';
  test('every item 1.: the markers are Markdown’s, not the document’s numbering, and go (logged)', () => {
    const n = normalizeText(text);
    expect(n.paragraphs.map((p) => p.text)).toContain('營業場所應距離醫院五十公尺以上。');
    expect(n.paragraphs.some((p) => p.text.startsWith('1. '))).toBe(false);
    expect(n.cleaning.filter((c) => c.kind === 'markdown-markup' && c.text === '1. ')).toHaveLength(4);
  });
  test('a list numbered 1., 2. keeps its numbers', () => {
    const n = normalizeText(text.replace('1. 前項距離', '2. 前項距離'));
    expect(n.paragraphs.filter((p) => p.text.startsWith('1. ')).length).toBeGreaterThan(0);
  });
});

describe('markdown-markup: an empty emphasis a scraper left where a bold run closed and opened again (dev 445)', () => {
  test.each([
    ['****（四）推动企业数据安全保护****', '（四）推动企业数据安全保护'],
    ['******（五）促进产业创新发展******', '（五）促进产业创新发展'],
    [
      '****（二）加强日常督查。****北京市通信管理局会同北京市经济和信息化局建立专项行动落实情况督查和通报机制。',
      '（二）加强日常督查。北京市通信管理局会同北京市经济和信息化局建立专项行动落实情况督查和通报机制。',
    ],
    ['**关于****印发《北京车联网安全筑基工作方案》的通知**', '关于印发《北京车联网安全筑基工作方案》的通知'],
  ])('%s → %s, every marker logged', (line, shown) => {
    const n = normalizeText(line);
    expect(n.paragraphs.map((p) => p.text)).toEqual([shown]);
    expect(
      lostCharacters(
        line,
        shown,
        n.cleaning.map((c) => c.text),
      ),
    ).toBe('');
  });
  test('a line of asterisks alone is still a thematic break', () => {
    expect(normalizeText('第一段。\n*********\n第二段。').cleaning).toContainEqual(expect.objectContaining({ kind: 'markdown-markup', note: 'thematic break' }));
  });
});

describe('html-markup: HTML left in a scraped text', () => {
  test('a phrasing element displayed as a block by its style ends a paragraph where it opens and closes (dev 541)', () => {
    // line 36: <strong style="text-align:center;display:block;">政府工作报告</strong><strong style="…display:block;">——2022年3月5日…</strong><span …>
    const n = normalizeText(read('test/fixtures/corpus/541_prc-gov-work-report-2022-bilingual-blog-md.txt'));
    expect(n.paragraphs.filter((p) => p.line === 36).map((p) => p.text)).toEqual([
      '政府工作报告',
      '——2022年3月5日在第十三届全国人民代表大会第五次会议上',
      '国务院总理\u3000李克强',
    ]);
    // a <strong> without such a style flows in its sentence
    expect(n.paragraphs.some((p) => /\S<strong|strong>/.test(p.text))).toBe(false);
  });
  const n = normalizeText(read('test/fixtures/corpus/synthetic/html-news-variant.txt'));
  const texts = n.paragraphs.map((p) => p.text);
  test('tags go, each block element its own paragraph, phrasing elements inside the sentence', () => {
    expect(texts).toContain('加快建设创新平台');
    expect(texts).toContain('今年，全市将新建重点实验室10家，研发投入强度（R&D）力争达到3%以上。');
    expect(texts).toEqual(expect.arrayContaining(['第一段', '指标', '目标值', '（责任编辑：某某）']));
    expect(texts.join('\n')).not.toMatch(/<\/?(?:p|div|span|a|strong|br|table|td)\b/);
  });
  test('style sheets and scripts go with their content, logged; a < that opens no element is text', () => {
    expect(texts.join('\n')).not.toMatch(/share|var a|不是正文/);
    expect(n.cleaning.filter((c) => c.note === 'content of a style sheet or script').map((c) => c.text)).toEqual(['.share{color:#333}', 'var a = "<p>不是正文</p>";']);
    expect(texts).toContain('比较<2%的项目，和符号 <一> 都是正文。');
  });
  test('a character reference becomes its character, the reference logged', () => {
    // a no-break space is a space, so 1&nbsp;250家 is a number grouped by a space
    expect(texts[0]).toContain('1250家');
    expect(n.cleaning.filter((c) => c.note?.startsWith('character references')).map((c) => c.text)).toEqual(['&nbsp;', '&amp;', '&nbsp;', '&lt;']);
  });
  test('a link keeps its text; its URL, references decoded, is in meta.links', () => {
    expect(n.links).toEqual([{ text: '重点实验室', url: 'https://example.org/lab?id=1&t=2', line: 8 }]);
  });
  test('a tag whose attributes wrap onto the next line is markup on both lines', () => {
    expect(n.cleaning.filter((c) => c.kind === 'html-markup' && c.line === 10).map((c) => c.text)).toEqual(['class="num"></span></p>']);
    // and the <p> it is in stays one paragraph: the line break inside the element is a space (inElement)
    expect(texts).toContain('第二段：新增孵化器面积5万平方米。');
  });
  test('a table of rows of one width is rebuilt as a table, its <th> row the head, a <p> inside a cell part of the cell', () => {
    const table = n.paragraphs.find((p) => p.role === 'table')?.table;
    expect(table).toMatchObject({
      from: 'html',
      caption: '表1 主要指标',
      head: [['指标', '单位', '2025年目标']],
      rows: [
        ['高新技术企业', '家', '1 500'],
        ['研发投入强度', '%', '3.2'],
      ],
    });
  });
  test('a table of one row stays text, a cell a paragraph', () => {
    expect(texts).toEqual(expect.arrayContaining(['指标', '目标值']));
  });
  test('a text with no HTML is left as it is', () => {
    expect(kinds('第一条 本办法自2024年1月1日起施行。\n比较<2%与 a&b 的项目。')).not.toContain('html-markup');
  });
});

describe("html-markup: a Word paragraph's Office tags (a page pasted from Word, dev 291)", () => {
  test('<o:p></o:p>, an element of a namespace (prefix:name), is markup that flows in the line: it goes and ends no paragraph', () => {
    const text = [
      '<p style="text-indent: 2em;">一、综合<o:p></o:p></p>',
      '<p style="text-indent: 2em;">年末全市常住人口434.6万人，其中城镇常住人口252.2万人。<o:p></o:p></p>',
      '<p style="text-indent: 2em;">全年全市粮食产量293.92万吨，比上年下降0.3%。<o:p></o:p></p>',
    ].join('\n');
    const n = normalizeText(text);
    expect(n.paragraphs.map((p) => p.text)).toEqual(['一、综合', '年末全市常住人口434.6万人，其中城镇常住人口252.2万人。', '全年全市粮食产量293.92万吨，比上年下降0.3%。']);
    expect(n.cleaning.filter((c) => c.kind === 'html-markup' && c.line === 2).map((c) => c.text)).toEqual(['<p style="text-indent: 2em;"><o:p></o:p></p>']);
  });
});

describe('html-markup: only a text that is HTML', () => {
  test('a plain text quoting a tag or two keeps them, and its references, as text', () => {
    const text = [
      '某市科技工作要点',
      '<P id="evil">假段落</P>',
      '<script>alert(1)</script>',
      '&lt;script&gt; &amp;',
      '一、总体要求',
      '（一）加强基础研究。',
      '全年研发投入增长10%。',
    ].join('\n');
    expect(kinds(text)).not.toContain('html-markup');
    expect(bodyOf(text)).toContain('&lt;script&gt; &amp;');
  });
});

describe('html-markup: a post whose paragraphs an editor indents with character references (dev 541, 542)', () => {
  const post = [
    '---',
    'layout: post',
    'title: "2022 年政府工作报告（双语全文）"',
    '---',
    '',
    '> 学习一下。',
    '',
    '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;各位代表：',
    '',
    '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;现在，我代表国务院，向大会报告政府工作。',
    '',
    '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Fellow Deputies,<br/>On behalf of the State Council, I will now report to you.',
    '',
    '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<strong>一、2021年工作回顾</strong>',
  ].join('\n');
  test('its references and tags are markup: the paragraphs read as written, the <br/> a break, the <strong> gone (logged)', () => {
    const body = bodyOf(post).split('\n');
    expect(body).toContain('现在，我代表国务院，向大会报告政府工作。');
    expect(body).toContain('一、2021年工作回顾');
    expect(body).toContain('On behalf of the State Council, I will now report to you.');
    expect(body.some((t) => /&nbsp;|<strong>|<br/.test(t))).toBe(false);
    expect(kinds(post)).toContain('html-markup');
    // a text that writes one reference or two keeps them as written
    expect(bodyOf('各位代表：\n\n&nbsp;&nbsp;现在，我代表国务院。\n\n今年的工作。\n\n明年的工作。')).toContain('&nbsp;&nbsp;现在');
  });
});

describe('html-markup: a short text whose every line is one whole element (the HTML paragraphs of a JSON record, dev 441)', () => {
  test('two lines or more, each a block element opened and closed on it: HTML, its tags gone', () => {
    const release = [
      '<p style="text-align: justify;">澳門金融管理局今（15）日公佈，2026年3月底澳門特別行政區的外匯儲備資產總額，初步統計為2,422億澳門元。</p>',
      '<p style="text-align: justify;">2026年3月的貿易加權澳匯指數為100.3，較上月上升0.89點。</p>',
    ].join('\n');
    expect(bodyOf(release)).toBe(
      '澳門金融管理局今（15）日公佈，2026年3月底澳門特別行政區的外匯儲備資產總額，初步統計為2,422億澳門元。\n2026年3月的貿易加權澳匯指數為100.3，較上月上升0.89點。',
    );
    // one quoted element, or elements among prose, stay text
    expect(kinds('<P id="evil">假段落</P>')).not.toContain('html-markup');
    expect(kinds(['<p>甲段落</p>', '这是一段说明文字。', '<p>乙段落</p>'].join('\n'))).not.toContain('html-markup');
  });
});

describe("html-markup: a page saved or minified on one line (test 261's shape: a portal page saved by a browser)", () => {
  const page = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县2015年国民经济和社会发展统计公报</title><style>.a{color:red}</style><script>var x = 1;</script></head><body>',
    '<div class="nav"><a href="/">首页</a> &gt; <a href="/tj">统计数据</a></div><div class="content">',
    '<p>某县2015年国民经济和社会发展统计公报</p><p>一、综合</p><p>全年实现地区生产总值107.5亿元，比上年增长9.2%。</p>',
    '<p>二、农业</p><p>全年粮食总产量30.1万吨。</p></div></body></html>',
  ].join('');
  test("is HTML: each block element its own paragraph, the head's script and style gone, headings read", () => {
    const n = normalizeText(page);
    const texts = n.paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['一、综合', '全年实现地区生产总值107.5亿元，比上年增长9.2%。', '二、农业']));
    expect(texts.join('\n')).not.toMatch(/<\/?(?:p|div|html|body|head)\b|var x/);
  });
  test('whatever text was cleaned before it in the same process (the shared tag regex starts afresh)', () => {
    normalizeText(read('test/fixtures/corpus/synthetic/html-news-variant.txt'));
    const short = ['<div>', '<p>一、综合</p>', '<p>全年粮食总产量30.1万吨。</p>', '</div>'].join('\n');
    expect(normalizeText(short).paragraphs.map((p) => p.text)).toEqual(['一、综合', '全年粮食总产量30.1万吨。']);
  });
  test('without the doctype too, when its lines hold many block tags and most of the text', () => {
    const bare = page.replace(/^<!DOCTYPE html><html>/, '').replace('</html>', '');
    expect(kinds(bare)).toContain('html-markup');
    // prose that names ten tags on one long line, closing none, is no page (review17)
    const prose = `网页的结构：段落用<p>标记，标题用<h1>、<h2>、<h3>，列表用<ul>、<ol>和<li>，表格用<table>、<tr>和<td>，分区用<div>。${'这是一段说明文字。'.repeat(20)}`;
    expect(kinds(prose)).not.toContain('html-markup');
    // two quoted tags on a line of prose are no page
    expect(kinds('某市科技工作要点：<p>一段</p>不是网页，<div>也不是</div>。\n一、总体要求\n全年研发投入增长10%。')).not.toContain('html-markup');
  });
});

describe("html-markup: a portal page as a browser saves it (dev 290's shape): the page's chrome is no text of the document", () => {
  const page = [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<meta name="ArticleTitle" content="某市2025年国民经济和社会发展统计公报">',
    '<meta name="Description" content="某市2025年国民经济和社会发展统计公报 - 某市统计局',
    '（2026年4月16日）',
    '2025年是收官之年，全...">',
    '<title>某省统计局-某市2025年国民经济和社会发展统计公报</title>',
    '</head>',
    '<body>',
    '<div class="header">',
    '  <div class="links"><a href="http://www.gov.cn/">中国政府网</a><span>|</span><a href="/en">English</a></div>',
    '  <div><span>省直窗口</span><div class="inner"><h3><span>省直单位</span></h3></div></div>',
    '  <ul id="source"><li>站内</li><li>站群</li></ul>',
    '</div>',
    '<nav><ul><li><a href="/">首页</a></li><li><a href="/jg">机构职能</a></li></ul></nav>',
    '<div class="article-header"><h1>某市2025年国民经济和社会发展统计公报</h1></div>',
    '<div class="content">',
    '<p>一、综合</p>',
    '<p>全年实现地区生产总值107.5亿元，比上年增长5.5%。</p>',
    '</div>',
    '<div class="footer"><p>主办：某省统计局</p><p>网站标识码4300000028</p></div>',
    '</body>',
    '</html>',
  ].join('\n');
  const n = normalizeText(page);
  const texts = n.paragraphs.map((p) => p.text);
  test('a doctype and a tag whose quoted value runs over lines are markup', () => {
    expect(texts.join('\n')).not.toMatch(/DOCTYPE|<meta|收官之年/);
  });
  test('what header, navigation and footer elements hold goes (logged line by line); the document stays, a heading in an article-header too', () => {
    // the page's <title>, the browser's title bar, is page-head's (logged; metadata reads it there)
    expect(n.cleaning.filter((c) => c.kind === 'page-head').map((c) => c.text)).toEqual(['某省统计局-某市2025年国民经济和社会发展统计公报']);
    expect(texts).toEqual(['某市2025年国民经济和社会发展统计公报', '一、综合', '全年实现地区生产总值107.5亿元，比上年增长5.5%。']);
    const chrome = n.cleaning.filter((c) => c.kind === 'html-markup' && c.note?.includes('chrome'));
    expect(chrome.map((c) => c.line)).toEqual([12, 13, 14, 16, 22]);
    expect(chrome.map((c) => c.text).join(' ')).toMatch(/中国政府网.*省直窗口.*站内.*机构职能.*网站标识码4300000028/);
  });
  test('a chrome element the page never closes (a hand-edited page) takes nothing: its text stays, as a page without it reads (review19)', () => {
    const page = ['<!DOCTYPE html>', '<html>', '<body>', '<div class="menu"><a href="/">甲乙丙</a>', '<p>一、综合</p>', '<p>全年地区生产总值增长5%。</p>', '</body>', '</html>'];
    const n = normalizeText(page.join('\n'));
    expect(n.paragraphs.map((p) => p.text)).toEqual(['甲乙丙', '一、综合', '全年地区生产总值增长5%。']);
    expect(n.cleaning.filter((c) => c.note?.includes('chrome'))).toEqual([]);
    // a closed one before it still goes
    const closed = ['<!DOCTYPE html>', '<html>', '<body>', '<div class="footer"><p>版权所有</p></div>', ...page.slice(3)];
    expect(normalizeText(closed.join('\n')).paragraphs.map((p) => p.text)).toEqual(['甲乙丙', '一、综合', '全年地区生产总值增长5%。']);
  });
  test("chrome never holds the whole document: a page whose every line of text stands in elements read as chrome (a layout's sidebarRight around the article, dev 380) is read with no chrome", () => {
    const page = [
      '<!DOCTYPE html>',
      '<html>',
      '<body>',
      '<div class="navPath"><a href="index.php">最新新闻</a> &gt; 某某活动举行</div>',
      '<div class="sidebarLeft"><a href="index.php">最新动态</a></div>',
      '<div class="sidebarRight">',
      '<h1>某某活动在北京举行</h1>',
      '<div>来源：《人民日报》 2012年9月11日</div>',
      '<p>国务院某某9月10日来到某学院，出席活动并发表讲话。</p>',
      '</div>',
      '</body>',
      '</html>',
    ];
    const texts = normalizeText(page.join('\n')).paragraphs.map((p) => p.text);
    expect(texts).toContain('某某活动在北京举行');
    expect(texts).toContain('国务院某某9月10日来到某学院，出席活动并发表讲话。');
    // a page whose chrome leaves a line of text keeps its chrome out
    const kept = [...page.slice(0, 5), '<p>正文第一段，很长的一句话。</p>', ...page.slice(5)];
    expect(normalizeText(kept.join('\n')).paragraphs.map((p) => p.text)).toEqual(['正文第一段，很长的一句话。']);
  });
  test('a class that names chrome inside the main text keeps its text where the element also names the article (article-header, main-menu-content)', () => {
    const kept = normalizeText(['<div class="main-content">', '<p>一、综合</p>', '<p>甲</p>', '<p>乙</p>', '</div>'].join('\n')).paragraphs.map((p) => p.text);
    expect(kept).toEqual(['一、综合', '甲', '乙']);
  });
  test('a chrome element that wraps the document (dev 323: <div class="nav_background"> around <div id="main">; an ASP.NET page in <form id="form1">) keeps the document', () => {
    const wrapped = normalizeText(
      [
        '<!DOCTYPE html>',
        '<html>',
        '<body>',
        '<div class="nav_background">',
        '<ol class="am-breadcrumb"><li>首页</li></ol>',
        '<div id="main">',
        '<p>一、综合</p>',
        '<p>全年地区生产总值增长5%。</p>',
        '</div>',
        '</div>',
        '</body>',
        '</html>',
      ].join('\n'),
    ).paragraphs.map((p) => p.text);
    expect(wrapped).toEqual(['一、综合', '全年地区生产总值增长5%。']);
    const form = normalizeText(
      [
        '<!DOCTYPE html>',
        '<html>',
        '<body>',
        '<form id="form1" runat="server">',
        '<div class="nav"><a href="/">首页</a></div>',
        '<div class="wzxq">',
        '<p>一、综合</p>',
        '<p>全年地区生产总值增长5%。</p>',
        '</div>',
        '</form>',
        '</body>',
        '</html>',
      ].join('\n'),
    ).paragraphs.map((p) => p.text);
    expect(form).toEqual(['一、综合', '全年地区生产总值增长5%。']);
  });
  test('an element whose class names chrome but that wraps the document (`nav_background` around `id="main"`, dev 323) ends its chrome where the document\'s element opens', () => {
    const wrapped = [
      '<div class="nav_background">',
      '<p>网站导航</p>',
      '<div class="am-container" id="main">',
      '<ol class="am-breadcrumb"><li>首页 &gt; 信息公开</li></ol>',
      '<table><tr><td>发布日期</td><td>2026-02-28</td></tr></table>',
      '<p>一、综合</p>',
      '<p>全州实现地区生产总值272.24亿元。</p>',
      '</div>',
      '</div>',
    ];
    const texts = normalizeText(wrapped.join('\n')).paragraphs.map((p) => p.text);
    expect(texts).toEqual(['发布日期', '2026-02-28', '一、综合', '全州实现地区生产总值272.24亿元。']);
    // a chrome word counts at the start of a class or of a part of it after - or _: `research-box` is no search box
    expect(
      normalizeText(['<div class="research-box">', '<p>一、综合</p>', '</div>', '<div class="top-search"><p>搜索</p></div>', '<p>甲</p>'].join('\n')).paragraphs.map((p) => p.text),
    ).toEqual(['一、综合', '甲']);
    // a framework's layout class that holds a document word (layui-main, dev 290) opens no document inside a header
    const header = ['<div class="header">', '<div class="top layui-main">', '<p>省直窗口</p>', '</div>', '</div>', '<p>一、综合</p>'];
    expect(normalizeText(header.join('\n')).paragraphs.map((p) => p.text)).toEqual(['一、综合']);
  });
});

describe("html-markup: a layout table's cell that holds the document (gov.cn's policy pages, dev 391-393)", () => {
  test('a cell whose class or id names the document holds paragraphs, each ending at its block tag, on the line it stands on; a data table stays one', () => {
    const page = [
      '<table class="layout">',
      '<tr>',
      '<td><b>发文机关：</b></td>',
      '<td>国务院</td>',
      '</tr>',
      '<tr>',
      '<td class="b12c" id="UCAP-CONTENT">',
      '<p>一、总体要求</p><p>全年新增就业1100万人以上。</p><p>（一）加大支持力度。返还失业保险费的50%。</p>',
      '</td>',
      '</tr>',
      '</table>',
    ];
    const n = normalizeText(page.join('\n'));
    const texts = n.paragraphs.map((p) => [p.line, p.text]);
    // the rows before it are a portal's info table: each label with its value (html-markup isInfoTable)
    expect(texts).toEqual([
      [2, '发文机关：国务院'],
      [8, '一、总体要求'],
      [8, '全年新增就业1100万人以上。'],
      [8, '（一）加大支持力度。返还失业保险费的50%。'],
    ]);
    // a data table's cell with a paragraph in it is still the table's cell (its class names no document)
    const data = ['<table>', '<tr><td>指标</td><td>数值</td></tr>', '<tr><td><p>地区生产总值</p></td><td>100亿元</td></tr>', '</table>'];
    expect(normalizeText(data.join('\n')).paragraphs.map((p) => p.text)).toEqual(['| 指标 | 数值 |\n| 地区生产总值 | 100亿元 |']);
  });

  test('a table with no border whose row is one cell of paragraphs as wide as the table lays out a page: the Executive Yuan Gazette notice (dev 687)', () => {
    // dev 687's <HTMLContent>, its tags' styles cut: the letterhead row, then one cell with 主旨, 依據 and 公告事項 as <p>
    const page = (border: string): string =>
      [
        `<table style="width:775px" border="${border}" cellspacing="20" cellpadding="0" summary="本期公報內容表格">`,
        '<tr>',
        '<td style="width:20%"><font size="2"><b><a href="http://www.mohw.gov.tw/CHT/Ministry/Index.aspx">衛生福利部</a>公告</b></font></td>',
        '<td style="width:601 px"><font size="2">中華民國104年6月15日<br>',
        '部授疾字第1040400330號<br></font></td>',
        '</tr>',
        '<tr>',
        '<td colspan="2" style="width:733px">',
        '<p class="011"><font size="2"><span>主　　旨：</span><span>本部</span><span lang="EN-US">103</span><span>年</span><span lang="EN-US">5</span><span>月</span><span lang="EN-US">2</span><span>日部授疾字第</span><span lang="EN-US">1030400331</span><span>號公告施行活禽陳列、展示及買賣之場所及人員限制措施，自</span><span lang="EN-US">104</span><span>年</span><span lang="EN-US">6</span><span>月</span><span lang="EN-US">15</span><span>日起停止適用。</span></font></p>',
        '<p class="011"><font size="2"><span>依　　據：<a href="http://law.moj.gov.tw/LawClass/LawContent.aspx?PCODE=L0050001">傳染病防治法</a>第</span><span lang="EN-US">37</span><span>條第</span><span lang="EN-US">1</span><span>項第</span><span lang="EN-US">6</span><span>款。</span></font></p>',
        '<p class="013" style="margin-left:33.0pt;text-indent:-33.0pt">\u3000</p>',
        '</td>',
        '</tr>',
        '</table>',
      ].join('\n');
    const texts = normalizeText(page('0')).paragraphs.map((p) => [p.line, p.text]);
    expect(texts).toEqual([
      [2, '衛生福利部公告'],
      [2, '中華民國104年6月15日部授疾字第1040400330號'],
      [9, '主旨：本部103年5月2日部授疾字第1030400331號公告施行活禽陳列、展示及買賣之場所及人員限制措施，自104年6月15日起停止適用。'],
      [10, '依據：傳染病防治法第37條第1項第6款。'],
    ]);
    // with a border it is a table of data, its cells cells; so is a table with no border whose paragraphs share their row
    expect(normalizeText(page('1')).paragraphs.map((p) => p.text)[0]).toMatch(/^\| 衛生福利部公告 \|/);
    const beside = page('0').replace('<td colspan="2" style="width:733px">', '<td>公告</td><td style="width:733px">');
    expect(normalizeText(beside).paragraphs.map((p) => p.text)[0]).toMatch(/^\| 衛生福利部公告 \|/);
  });
});

describe('html-markup: an older CMS page laid out in nested tables inside an element read as chrome (dev 897)', () => {
  // dev 897's shape: the site's name (a line of text outside the chrome), then <div class="menu_con"> (`menu` names chrome) around
  // three nested layout tables: headline row, date row, and the article in <td class="NewsContent">, plain <p> paragraphs
  const page = (cell: string): string =>
    [
      '<div class="top"><p>常州国家高新区管委会（新北区人民政府）</p></div>',
      '<div class="menu_con">',
      '<table width="1100" border="0"><tr><td bgcolor="#FFFFFF">',
      '<table width="1100" border="0"><tr><td>',
      '<table width="98%" border="0">',
      '<tr><td class="NewsTitle">百丈社区开展学生暑期教育活动</td></tr>',
      '<tr><td height="26">发布日期：2016-07-20&nbsp;&nbsp;来源：春江镇</td></tr>',
      `<tr><td ${cell}><p>`,
      '为丰富辖内中小学生的暑期生活，百丈社区举办了一期关于学生暑期教育活动。',
      '</p>',
      '<p>',
      '通过这次活动，家长希望社区经常开展此类活动。',
      '</p></td>',
      '</tr>',
      '</table>',
      '</td></tr></table>',
      '</td></tr></table>',
      '</div>',
      '<div class="footer"><p>主办单位：常州国家高新技术产业开发区党政办公室</p></div>',
    ].join('\n');
  test('a layout table whose cell holds the article (a class naming the document, NewsContent, and paragraphs) is no chrome and no data table: nothing of the article is removed', () => {
    const n = normalizeText(page('height="400" class="NewsContent" id="czfxcontent"'));
    expect(n.paragraphs.map((p) => p.text)).toEqual([
      '常州国家高新区管委会（新北区人民政府）',
      '百丈社区开展学生暑期教育活动',
      '发布日期：2016-07-20 来源：春江镇',
      '为丰富辖内中小学生的暑期生活，百丈社区举办了一期关于学生暑期教育活动。',
      '通过这次活动，家长希望社区经常开展此类活动。',
    ]);
    // the footer is still chrome, and its removal logged
    expect(n.cleaning.some((c) => c.kind === 'html-markup' && c.text.includes('主办单位'))).toBe(true);
  });
  test('a cell that names no document, or names chrome (`newsNav`), keeps the element chrome: its text goes, logged', () => {
    for (const cell of ['class="NewsBox"', 'class="newsNav"']) {
      const n = normalizeText(page(cell));
      expect(n.paragraphs.map((p) => p.text)).toEqual(['常州国家高新区管委会（新北区人民政府）']);
      expect(n.cleaning.some((c) => c.kind === 'html-markup' && c.text.includes('为丰富辖内中小学生'))).toBe(true);
    }
  });
});

describe('html-markup: the doctype (dev 320, 323)', () => {
  test('a page saved with its doctype on a line of its own keeps no paragraph of it, in either case', () => {
    for (const doctype of [
      '<!DOCTYPE html>',
      '<!doctype html>',
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    ]) {
      const text = [
        doctype,
        '<html>',
        '<head>',
        '<title>某市2025年预算执行情况分析_某市财政局</title>',
        '</head>',
        '<body>',
        '<p>一、收入</p>',
        '<p>全年收入84.2亿元。</p>',
        '</body>',
        '</html>',
      ].join('\n');
      const n = normalizeText(text);
      const texts = n.paragraphs.map((p) => p.text);
      // the <title> is the first text, the browser's title bar: page-head's
      expect(n.cleaning.find((c) => c.kind === 'page-head')?.text).toBe('某市2025年预算执行情况分析_某市财政局');
      expect(texts[0]).toBe('一、收入');
      expect(texts.join('\n')).not.toMatch(/doctype/i);
    }
  });
});

describe('json-export: a text saved as JSON is its string values (dev 143, 144)', () => {
  // a scraper's export of a council record, pretty-printed: one object per speech
  const text = [
    '{',
    '  "membersPresent": [',
    '    "主席梁君彥議員, G.B.S., J.P.",',
    '    "涂謹申議員 THE HONOURABLE JAMES TO KUN-SUN"',
    '  ],',
    '  "speeches": [',
    '    {',
    '      "title": "行政長官",',
    '      "content": "主席、各位議員、各位市民： \\n 今年是香港回歸祖國20年，\\"一國兩制\\"行得通。 \\n 失業率近月跌至3.1%。",',
    '      "sequence": 3,',
    '      "bookmark": "SP_PO_CE_00010"',
    '    }',
    '  ],',
    '  "date": "2017-10-11"',
    '}',
  ].join('\n');
  test('each string value is a paragraph, its \\n escapes paragraph breaks, its \\" quotes; keys, brackets and numbers go (logged)', () => {
    const n = normalizeText(text);
    const body = n.paragraphs.map((p) => p.text);
    expect(body).toContain('行政長官');
    expect(body).toContain('今年是香港回歸祖國20年，"一國兩制"行得通。');
    expect(body).toContain('失業率近月跌至3.1%。');
    expect(body.some((t) => /"content"|"sequence"|^[{}[\]]/.test(t))).toBe(false);
    // the speech is one source line: its paragraphs keep that line
    expect(n.paragraphs.find((p) => p.text === '失業率近月跌至3.1%。')?.line).toBe(9);
    expect(n.cleaning.filter((c) => c.kind === 'json-export').map((c) => c.line)).toContain(10);
    expect(n.cleaning.find((c) => c.kind === 'json-export' && c.line === 9)?.text).toContain('"content": ""');
  });
  test("the outermost object's fields are the document's metadata (front matter), its objects of speeches make it a record", () => {
    const record = text.replace(
      '      "bookmark": "SP_PO_CE_00010"\n    }',
      '      "bookmark": "SP_PO_CE_00010"\n    },\n    {\n      "title": "行政長官",\n      "content": "主席，多謝。"\n    }',
    );
    const n = normalizeText(record);
    expect(n.frontMatter?.data).toEqual({ date: '2017-10-11', kind: 'record' });
    expect(n.frontMatter?.lines.date).toBe(18);
    expect(n.paragraphs.map((p) => p.text)).not.toContain('2017-10-11');
    expect(n.cleaning.find((c) => c.kind === 'json-export' && c.line === 18)?.note).toMatch(/metadata/);
    // one speech (no speaker speaks twice): no record, the date still the document's
    expect(normalizeText(text).frontMatter?.data).toEqual({ date: '2017-10-11' });
    // an excerpt that starts inside the list of speeches: its fields after the list are still the outermost ones
    const excerpt = record.split('\n').slice(6).join('\n');
    expect(normalizeText(excerpt).frontMatter?.data).toEqual({ date: '2017-10-11', kind: 'record' });
    // an excerpt of speeches alone has no fields of its own: a record still, a speech's title no title of it
    expect(normalizeText(record.split('\n').slice(6, 16).join('\n')).frontMatter?.data).toEqual({ kind: 'record' });
  });
  test('an empty speaker key names no one: a law database\'s provisions, each `"title": ""` over its article, are no record (dev 932, 933)', () => {
    const provision = (n: number, content: string) => ['    {', `      "provision_ref": "${n}",`, '      "title": "",', `      "content": "${content}"`, '    },'];
    const law = [
      '{',
      '  "title": "某某管理条例",',
      '  "issued_date": "2023-07-03",',
      '  "provisions": [',
      ...provision(1, '为了规范某某活动，制定本条例。'),
      ...provision(2, '违反本条例规定的，处10万元以上100万元以下的罚款。'),
      ...provision(3, '本条例自2023年9月1日起施行。'),
      '  ]',
      '}',
    ].join('\n');
    const n = normalizeText(law);
    expect(n.frontMatter?.data).not.toHaveProperty('kind');
    expect(n.frontMatter?.data).toMatchObject({ title: '某某管理条例' });
    expect(n.paragraphs.map((p) => p.text)).toContain('违反本条例规定的，处10万元以上100万元以下的罚款。');
    // the same provisions with a speaker named are speeches of a sitting
    expect(normalizeText(law.replaceAll('"title": "",', '"title": "主席",')).frontMatter?.data).toMatchObject({ kind: 'record' });
    // a key of blanks (a space, an ideographic space) names no one either
    for (const blank of [' ', '\u3000']) expect(normalizeText(law.replaceAll('"title": "",', `"title": "${blank}",`)).frontMatter?.data).not.toHaveProperty('kind');
    // a sitting whose chair speaks twice is a record still when a turn between leaves its speaker empty (a continuation)
    let turn = 0;
    const sitting = law.replaceAll('"title": "",', () => ['"title": "主席",', '"title": "",', '"title": "主席",'][turn++]!);
    expect(normalizeText(sitting).frontMatter?.data).toMatchObject({ kind: 'record' });
  });
  test("a crawler's record of one article, however short, is one too: its title and dates are metadata, its summary the text (dev 440, 441)", () => {
    const article = [
      '{',
      '  "title": "修改《控煙法》公開諮詢已結束共收到2,500多份意見 衛生局正全面分析及編製總結報告",',
      '  "link": "https://www.gcs.gov.mo/detail/zh-hant/N26DMLXk4b",',
      '  "published": "2026-04-13T18:40:00+08:00",',
      '  "summary": "<p>衛生局於3月8日至4月8日開展修改第5/2011號法律公開諮詢。</p>\\n<p>共收到2,569份意見。</p>",',
      '  "fetched_at": "2026-04-14T15:09:51.289334"',
      '}',
    ];
    for (const record of [article, [...article.map((l) => `  ${l}`).slice(0, -1), '  },']]) {
      const n = normalizeText(record.join('\n'));
      expect(n.frontMatter?.data).toMatchObject({ title: article[1]!.slice(12, -2), published: '2026-04-13T18:40:00+08:00' });
      expect(n.frontMatter?.data).not.toHaveProperty('summary');
      expect(bodyOf(record.join('\n'))).toContain('共收到2,569份意見。');
      expect(bodyOf(record.join('\n'))).not.toMatch(/fetched_at|"title"/);
    }
  });
  test("a crawler's record saved minified, one object on one line, is one too: its fullText the text, its documentNo and publishedAt metadata (dev 548, 549)", () => {
    const record = JSON.stringify({
      id: '00d01f9812990178',
      sourceName: '四川省教育厅',
      title: '四川省教育厅 四川省体育局 关于印发《2026年四川省学生（青少年）体育竞赛计划》的通知',
      publishedAt: '2026-04-03',
      documentNo: '川教函〔2026〕89号',
      themes: ['教学建设', '学生发展'],
      attachmentCount: 2,
      fullText: '川教函〔2026〕89号\n各市（州）教育、体育主管部门：\n现将《2026年四川省学生（青少年）体育竞赛计划》印发给你们。\n四川省教育厅 四川省体育局\n2026年4月2日',
      attachments: [{ title: '2026年四川省学生（青少年）体育竞赛计划', sizeBytes: 191931 }],
    });
    const n = normalizeText(record);
    expect(n.frontMatter?.data).toMatchObject({ title: expect.stringContaining('关于印发'), publishedAt: '2026-04-03', documentNo: '川教函〔2026〕89号' });
    expect(n.frontMatter?.data).not.toHaveProperty('fullText');
    const body = n.paragraphs.map((p) => p.text);
    expect(body).toContain('现将《2026年四川省学生（青少年）体育竞赛计划》印发给你们。');
    expect(body).toContain('2026年4月2日');
    expect(body.some((t) => /"title"|sizeBytes|教学建设|^[{}[\]]/.test(t))).toBe(false);
    // what is not text is logged, not lost
    expect(
      n.cleaning
        .filter((c) => c.kind === 'json-export')
        .map((c) => c.text)
        .join(' '),
    ).toMatch(/教学建设[\s\S]*sizeBytes/);
    // prose that opens with a brace is no record
    expect(kinds('{编者按}本文为全文。')).not.toContain('json-export');
  });
  test("a record's text key is read whatever its case and separator, as front matter's keys are (keyOf: bodyText is body_text)", () => {
    const record = JSON.stringify({ title: '关于做好2026年春耕生产工作的通知', publishedAt: '2026-03-02', bodyText: '各县（市、区）农业农村局：\n现就做好春耕生产工作通知如下。' });
    const n = normalizeText(record);
    expect(n.frontMatter?.data).not.toHaveProperty('bodyText');
    expect(n.paragraphs.map((p) => p.text)).toContain('现就做好春耕生产工作通知如下。');
  });
  test('a record reads the same pretty-printed as minified: a summary beside the full text is logged as its abstract; with words under a text key, the strings of lists and objects are data (dev 548, 555)', () => {
    const record = {
      title: '中国人民银行公开市场业务公告［2026］第6号',
      pub_date: '2026-08-12',
      summary: '中国人民银行将在8月14日开展隔夜逆回购操作。每日操作量不超过6000亿元。',
      body_text: '各公开市场业务一级交易商：\n中国人民银行将在8月14日、8月17日至8月19日开展隔夜逆回购操作，每日操作量不超过6000亿元。\n特此通知。',
      themes: ['教学建设', '学生发展'],
      attachments: [{ title: '2026年四川省学生（青少年）体育竞赛计划', sizeBytes: 191931 }],
    };
    const read = (text: string) => {
      const n = normalizeText(text);
      const logged = n.cleaning
        .filter((c) => c.kind === 'json-export')
        .map((c) => c.text)
        .join(' ');
      return { body: n.paragraphs.map((p) => p.text), meta: n.frontMatter?.data, logged };
    };
    const pretty = read(JSON.stringify(record, null, 2));
    const minified = read(JSON.stringify(record));
    expect(pretty.body).toEqual(minified.body);
    expect(pretty.meta).toEqual(minified.meta);
    expect(pretty.body).toEqual(['各公开市场业务一级交易商：', '中国人民银行将在8月14日、8月17日至8月19日开展隔夜逆回购操作，每日操作量不超过6000亿元。', '特此通知。']);
    for (const { logged } of [pretty, minified]) expect(logged).toMatch(/每日操作量不超过6000亿元。"[\s\S]*教学建设[\s\S]*体育竞赛计划/);
    // a record with no text key (a law database's, dev 414): the strings of its lists and objects are its words, either way
    const law = { LawName: '住宅法施行細則', LawArticles: [{ ArticleNo: '第 1 條', ArticleContent: '本細則依住宅法第五十四條規定訂定之。' }] };
    expect(read(JSON.stringify(law, null, 2)).body).toEqual(read(JSON.stringify(law)).body);
    expect(read(JSON.stringify(law)).body).toContain('本細則依住宅法第五十四條規定訂定之。');
  });
  test("a record's attachments with the text a crawler extracted of them are read after its own text, each name a line over its text; one without text adds nothing (dev 843, 844)", () => {
    const record = {
      title: '某省发展改革委关于印发《某省充电设施建设规划》的通知',
      content_text: '各市发展改革委：\n现将《某省充电设施建设规划》印发给你们，请遵照执行。\n某省发展改革委\n2026年7月21日',
      content_status: 'complete',
      content_hash: 'ab12',
      attachments: [
        {
          name: '《某省充电设施建设规划》.pdf',
          url: 'https://example.gov.cn/a.pdf',
          status: 'parsed',
          text: '[第 1 页]\n某省充电设施建设规划\r\n到2030年，充电设施超过40万个。\r\n',
        },
        { name: '各地市建设计划表.doc', url: 'https://example.gov.cn/b.doc', status: 'failed', text: null },
        { 名称: '附表.pdf', 正文: '' },
      ],
    };
    for (const text of [JSON.stringify(record, null, 2), JSON.stringify(record)]) {
      const n = normalizeText(text);
      const body = n.paragraphs.map((p) => p.text);
      const at = (words: string) => body.findIndex((t) => t.includes(words));
      // the record's text, then the attachment's name, then its text
      expect(at('请遵照执行。')).toBeGreaterThanOrEqual(0);
      expect(at('《某省充电设施建设规划》.pdf')).toBeGreaterThan(at('某省发展改革委'));
      expect(at('充电设施超过40万个。')).toBeGreaterThan(at('《某省充电设施建设规划》.pdf'));
      // an attachment without text adds nothing: its name and fields stay the export's data, logged
      expect(body.join('\n')).not.toMatch(/各地市建设计划表|附表|example\.gov\.cn|parsed/);
      expect(n.cleaning.map((c) => c.text).join(' ')).toContain('各地市建设计划表.doc');
      expect(n.frontMatter?.data).toMatchObject({ title: expect.stringContaining('关于印发') });
      expect(lostFromNormalized(text, n)).toBe('');
    }
    // each line at its source line: the attachment's text at the line of its `"text"` key when pretty-printed
    const pretty = JSON.stringify(record, null, 2);
    const line = pretty.split('\n').findIndex((l) => l.includes('"text": "[第 1 页]')) + 1;
    expect(normalizeText(pretty).paragraphs.find((p) => p.text.includes('充电设施超过40万个'))?.line).toBe(line);
  });
  test('only an object that is an item of the attachments list is an attachment, pretty-printed as minified: not an object under the key, a list of lists, a text key holding a list', () => {
    const record = { title: '某省关于印发规划的通知', content_text: '各市：\n现将规划印发给你们。', content_status: 'complete', content_hash: 'ab12' };
    const attachment = { name: '规划.pdf', text: '某省充电设施建设规划\n到2030年，充电设施超过40万个。' };
    for (const attachments of [attachment, [[attachment]], [{ ...attachment, text: attachment.text.split('\n') }]]) {
      const json = { ...record, attachments };
      const [pretty, minified] = [JSON.stringify(json, null, 2), JSON.stringify(json)].map((t) => normalizeText(t).paragraphs.map((p) => p.text));
      expect(pretty).toEqual(minified);
      expect(pretty!.join('\n')).not.toContain('规划.pdf');
    }
  });
  test("in a list of records, a record's attachments are read after its own text, before the next record's (where the record closes)", () => {
    const notice = (n: string, attachments: unknown[]) => ({
      title: `某省关于印发规划${n}的通知`,
      content_text: `各市：\n现将规划${n}印发给你们。`,
      content_status: 'complete',
      content_hash: n,
      attachments,
    });
    const records = [notice('甲', [{ name: '规划甲.pdf', text: '规划甲的正文。' }]), notice('乙', [{ name: '规划乙.pdf', text: '规划乙的正文。' }])];
    const text = JSON.stringify(records, null, 2);
    const n = normalizeText(text);
    const body = n.paragraphs.map((p) => p.text).join('\n');
    const order = ['现将规划甲印发给你们。', '规划甲.pdf', '规划甲的正文。', '现将规划乙印发给你们。', '规划乙.pdf', '规划乙的正文。'].map((w) => body.indexOf(w));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(lostFromNormalized(text, n)).toBe('');
  });
  test("an attachment's name key in Traditional characters (名稱) is its name as 名称 is: a line over its text, not the export's data", () => {
    const record = { 標題: '某市政府關於印發規劃的通知', content_text: '各區：\n現將規劃印發給你們。', content_status: 'complete', content_hash: 'ab12' };
    for (const key of ['名称', '名稱']) {
      const json = { ...record, 附件: [{ [key]: '規劃.pdf', 正文: '規劃的正文。' }] };
      for (const text of [JSON.stringify(json, null, 2), JSON.stringify(json)]) {
        const body = normalizeText(text).paragraphs.map((p) => p.text);
        expect(body.indexOf('規劃.pdf')).toBeGreaterThan(body.indexOf('現將規劃印發給你們。'));
        expect(body.indexOf('規劃的正文。')).toBeGreaterThan(body.indexOf('規劃.pdf'));
      }
    }
  });
  test("a record whose own keys share a prefix (newsTitle, newsContent, newsDate) is read by the keys after it; an app's analysis beside the text is data (dev 476)", () => {
    // caijing666666/xinwenlianbo's record of a 新闻联播 item with a language model's analysis of it, cut to one entry of each list
    const record = {
      newsId: '2025-11-05-2',
      newsDate: '2025-11-05',
      newsTitle: '李强出席第八届中国国际进口博览会开幕式并发表主旨演讲',
      newsContent: '11月5日，国务院总理李强在上海出席第八届中国国际进口博览会暨虹桥国际经济论坛开幕式，并发表主旨演讲。',
      industryImpacts: [{ industryName: '消费', impactScore: 80, impactType: 'positive', reasoning: '有利于促进国内消费市场的繁荣。', keywords: ['开放'] }],
      companyImpacts: [{ companyName: '阿里巴巴集团', stockCode: 'BABA', estimatedPriceImpact: '+2-4%' }],
      summary: '本次进博会及相关政策导向利好消费行业及国际贸易领域内的企业。',
      modelVersion: 'qwen-max',
    };
    for (const text of [JSON.stringify(record, null, 2), JSON.stringify(record)]) {
      const n = normalizeText(text);
      expect(n.paragraphs.map((p) => p.text)).toEqual([record.newsContent]);
      expect(n.frontMatter?.data).toMatchObject({ Title: record.newsTitle, Date: '2025-11-05' });
      expect(lostFromNormalized(text, n)).toBe('');
    }
    // the same record in a list of one, pretty-printed (a file of such records cut to its first), or under a wrapper key, reads as
    // it would with its keys unprefixed: the app's id, date and model are not text
    const plain = Object.fromEntries(Object.entries(record).map(([k, v]) => [k.replace(/^news(\w)/, (_, c: string) => c.toLowerCase()), v]));
    for (const shape of [(r: object) => [r], (r: object) => ({ data: r })]) {
      const read = (r: object) => normalizeText(JSON.stringify(shape(r), null, 2)).paragraphs.map((p) => p.text);
      expect(read(record)).toEqual(read(plain));
      expect(read(record)).not.toContain(record.newsId);
    }
    // a prefix no text key follows is no record's: keys stay as written
    expect(normalizeText(JSON.stringify({ newsTitle: '标题', newsUrl: 'http://x', newsTag: '时政', content: '正文。' })).frontMatter?.data).toHaveProperty('newsTitle');
  });
  test("a string that is itself a JSON object (a judgment database's record kept as a crawler's `source`) is read as the record's own fields, its Html or qwContent a page (dev 683, 684)", () => {
    for (const [file, title, heading] of [
      [
        '683_chongqing-yuzhong-court-credit-card-civil-judgment-2018-wenshu-crawler-json.txt',
        '交通银行股份有限公司重庆市分行与赵庆云信用卡纠纷一审民事判决书',
        '重庆市渝中区人民法院',
      ],
      [
        '684_chizhou-guichi-court-labour-contract-civil-judgment-2018-wenshu-crawler-json.txt',
        '陈荣辉与徐先标、上海弘韬公司池州建设工程有限公司劳务合同纠纷一审民事判决书',
        '安徽省池州市贵池区人民法院',
      ],
    ] as const) {
      const text = read(`test/fixtures/corpus/${file}`);
      const n = normalizeText(text);
      const body = n.paragraphs.map((p) => p.text);
      // the judgment as the site prints it: its heading a line, no tag, no escape, no key left
      expect(body).toContain(heading);
      expect(body.some((t) => /<\/?div|\\"|"Title"|"s1"|style=/.test(t))).toBe(false);
      // the source is no site: its record's fields are the record's, the crawler's beside them
      expect(n.frontMatter?.data).not.toHaveProperty('source');
      expect(Object.values(n.frontMatter?.data ?? {})).toContain(title);
      expect(n.frontMatter?.data).toHaveProperty('crawl_time');
      expect(lostFromNormalized(text, n)).toBe('');
    }
  });
  test('a text with a few quoted lines is no JSON export: its lines stay', () => {
    const prose = ['"十四五"规划纲要', ...Array.from({ length: 11 }, (_, i) => `第${i + 1}条 本条例自公布之日起施行。`)].join('\n');
    expect(kinds(prose)).not.toContain('json-export');
    expect(bodyOf(prose)).toContain('"十四五"规划纲要');
  });
});

describe('js-data: a JavaScript data file (a JSONP answer, `var result = {…}; callback(result);`) is read as the JSON record it holds (dev 705, 706)', () => {
  // dev 705 whole: `var result = { success: true, data: { id: 27, title: "…", time:"2019年1月24日", content: "<p>…</p>" } }; window.jspCallback(result);`
  const jsonp = read('test/fixtures/corpus/705_cpc-sc-xiongan-reform-opening-guiding-opinions-2019-digest-jsonp-js.txt');
  test("the record's fields are the document's metadata, its text key the text, the wrapper logged", () => {
    const n = normalizeText(jsonp);
    expect(n.frontMatter?.data).toMatchObject({ title: '中共中央 国务院关于支持河北雄安新区全面深化改革和扩大开放的指导意见', time: '2019年1月24日' });
    const body = n.paragraphs.map((p) => p.text);
    expect(body).toContain('到2022年，更好发挥政府作用的制度体系基本建立。');
    expect(body.some((t) => /var result|jspCallback|success|title:/.test(t))).toBe(false);
    const logged = n.cleaning.filter((c) => c.kind === 'json-export').map((c) => c.text);
    expect(logged.join(' ')).toMatch(/var result =[\s\S]*success: true[\s\S]*window\.jspCallback\(result\);/);
    expect(lostFromNormalized(jsonp, n)).toBe('');
  });
  test("a crawler's `var data = [{…}];`, a list of one record, is that record: its single quotes and last comma logged", () => {
    const src = "var data = [\n  { title: '关于做好春耕生产工作的通知', date: '2026-03-02', content: '各县农业农村局：\\n现就做好春耕生产工作通知如下。' },\n];";
    const n = normalizeText(src);
    expect(n.frontMatter?.data).toMatchObject({ title: '关于做好春耕生产工作的通知', date: '2026-03-02' });
    expect(n.paragraphs.map((p) => p.text)).toEqual(['各县农业农村局：', '现就做好春耕生产工作通知如下。']);
    expect(lostFromNormalized(src, n)).toBe('');
  });
  test('a literal that is no data (a name as a value, a function) is left as it is: source text is data, never run', () => {
    expect(jsLiteral("{ a: 1, b: 'x', c: [1, 2,], }")).toEqual({ value: { a: 1, b: 'x', c: [1, 2] }, end: 29, dropped: "'',," });
    expect(jsLiteral('{ a: window.location }')).toBeUndefined();
    expect(kinds('var f = function () { return 1; };')).not.toContain('json-export');
    expect(kinds('var x = { a: alert(1) };')).not.toContain('json-export');
    // json5's extras: a comment and a hex number's digits are logged, Infinity and NaN (no JSON values) kept as words; the literal ends before `;`
    expect(jsLiteral('{ n: 0x1F, max: Infinity, x: NaN, // 单位：万元\n }; cb(data);')).toEqual({
      value: { n: 31, max: 'Infinity', x: 'NaN' },
      end: 45,
      dropped: '0xF,// 单位：万元',
    });
    const commented =
      "var data = { title: '关于做好春耕生产工作的通知', /* 来源：农业农村局 */ total: 0x10, max: Infinity, content: '各县农业农村局：现就做好春耕生产工作通知如下。' };";
    const n = normalizeText(commented);
    expect(n.frontMatter?.data).toMatchObject({ title: '关于做好春耕生产工作的通知' });
    expect(
      n.cleaning
        .filter((c) => c.kind === 'json-export')
        .map((c) => c.text)
        .join(' '),
    ).toContain('/* 来源：农业农村局 */');
    expect(lostFromNormalized(commented, n)).toBe('');
    // prose that opens with an equals sign is no data file
    expect(kinds('甲 = 乙，特此通知。')).not.toContain('json-export');
  });
  test("a literal that ends the text is read by one parse; one followed by text ends where json5's error places it (test/json5-contract.test.ts)", () => {
    const parse = vi.spyOn(JSON5, 'parse');
    try {
      const literal = "{ a: 1, b: 'x' }";
      expect(jsLiteral(literal)).toEqual({ value: { a: 1, b: 'x' }, end: 16, dropped: "''" });
      // the log's token reads (droppedFrom) parse strings of the literal, never the whole of it
      expect(parse.mock.calls.filter(([text]) => text === literal)).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
    // that one parse keeps Infinity and NaN as words, as the two of a literal with text after it do
    expect(jsLiteral('{ n: 0x1F, max: Infinity, x: NaN }')).toMatchObject({ value: { n: 31, max: 'Infinity', x: 'NaN' }, end: 34 });
    expect(jsLiteral('{ a: 1,\n b: 2 }; cb(data);')).toMatchObject({ value: { a: 1, b: 2 }, end: 15 });
    // a character past U+FFFF (𠮷, a name's) is two UTF-16 units, as json5's columns count them
    expect(jsLiteral("{ name: '𠮷野家' }; cb(data);")).toMatchObject({ value: { name: '𠮷野家' }, end: 16 });
  });
});

describe("csv-export: one document saved as a CSV row under its header is its text cell (johncodes404's CSV of work reports, dev 16)", () => {
  const csv = [
    'province,year,title,source_url,publish_date,full_text',
    '浙江省,2026,2026年浙江省政府工作报告,https://s.fjlib.net/detail.html?id=74bf,2026-01-22,"2026年浙江省政府工作报告',
    '各位代表：',
    '现在，我代表省人民政府向大会作政府工作报告，请予审议，并请省政协委员和其他列席同志提出意见。',
    '全省生产总值增长5.5%，一般公共预算收入增长1.8%，所谓""八八战略""。"',
  ].join('\n');

  test("the header's cells are the document's metadata, the text cell its lines, each at its source line; quotes undone; nothing lost", () => {
    const n = normalizeText(csv);
    expect(n.frontMatter?.data).toEqual({
      province: '浙江省',
      year: '2026',
      title: '2026年浙江省政府工作报告',
      source_url: 'https://s.fjlib.net/detail.html?id=74bf',
      publish_date: '2026-01-22',
    });
    const body = n.paragraphs.map((p) => [p.text, p.line]);
    expect(body).toEqual([
      ['2026年浙江省政府工作报告', 2],
      ['各位代表：', 3],
      ['现在，我代表省人民政府向大会作政府工作报告，请予审议，并请省政协委员和其他列席同志提出意见。', 4],
      ['全省生产总值增长5.5%，一般公共预算收入增长1.8%，所谓"八八战略"。', 5],
    ]);
    expect(lostFromNormalized(csv, n)).toBe('');
    expect(kinds(csv)).toContain('csv-export');
  });

  test('a CSV of many rows, a header of no known field, or prose with commas is no such export: its lines stay', () => {
    const rows = ['title,publish_date,content', 'A,2026-01-01,"甲"', 'B,2026-01-02,"乙"'].join('\n');
    expect(kinds(rows)).not.toContain('csv-export');
    expect(kinds(['a,b,c', '1,2,"三', '四"'].join('\n'))).not.toContain('csv-export');
    const prose = ['一、总体要求，基本原则，主要目标', '到2026年，全省生产总值增长5%，"十四五"目标全面完成。'].join('\n');
    expect(kinds(prose)).not.toContain('csv-export');
    expect(bodyOf(prose)).toContain('"十四五"目标全面完成');
  });

  test('a one-row CSV of data (a header and one row of figures) is a table, no document: a text or abstract cell of figures holds no words', () => {
    for (const data of ['year,region,gdp,text\n2025,北京,52073.4,5.2', 'title,date,value,summary\nGDP,2025-01-01,52073.4,-3.1%']) {
      expect(kinds(data)).not.toContain('csv-export');
      expect(normalizeText(data).frontMatter).toBeUndefined();
      expect(bodyOf(data)).toContain('52073.4');
    }
    // a cell of words still is the text, a short one too
    expect(normalizeText('year,region,gdp,text\n2025,北京,52073.4,全市生产总值增长5.2%').paragraphs.map((p) => p.text)).toEqual(['全市生产总值增长5.2%']);
  });

  // a crawler's record of one document (dev 554's shape) is the same thing: one rule, one log name
  const record = [
    'pub_date,category,puborg,title,url,summary',
    '2026-08-10,国务院公报,,国务院关于同意某事的批复,https://www.gov.cn/a.html,国务院关于同意某事的批复 国函〔2026〕80号 山东省人民政府：',
  ].join('\n');

  test("a crawler's record of one line is read as a work report's row: its summary the text, the other cells the metadata", () => {
    const n = normalizeText(record);
    expect(n.frontMatter?.data).toEqual({ pub_date: '2026-08-10', category: '国务院公报', title: '国务院关于同意某事的批复', url: 'https://www.gov.cn/a.html' });
    expect(n.paragraphs.map((p) => [p.text, p.line])).toEqual([['国务院关于同意某事的批复 国函〔2026〕80号 山东省人民政府：', 2]]);
    expect(new Set(kinds(record))).toEqual(new Set(['csv-export']));
  });

  test("a row whose text cell is itself a crawler's record (dev 554 saved as a work report's row) is read again: the record's summary is the text", () => {
    const cell = record.replace(/"/g, '""');
    const n = normalizeText(['province,year,title,source_url,publish_date,full_text', `,2026,国务院关于同意某事的批复,,2026-08-10,"${cell}"`].join('\n'));
    expect(n.paragraphs.map((p) => p.text)).toEqual(['国务院关于同意某事的批复 国函〔2026〕80号 山东省人民政府：']);
  });

  test("a summary beside the full text is its abstract, logged: neither text nor metadata (as a JSON record's, dev 555)", () => {
    const both = ['title,publish_date,summary,full_text', '某市政府工作报告,2026-01-22,"各位代表：现在……","各位代表：', '现在，我代表市人民政府向大会作政府工作报告。"'].join('\n');
    const n = normalizeText(both);
    expect(n.frontMatter?.data).toEqual({ title: '某市政府工作报告', publish_date: '2026-01-22' });
    expect(n.paragraphs.map((p) => p.text)).toEqual(['各位代表：', '现在，我代表市人民政府向大会作政府工作报告。']);
    expect(n.cleaning.map((c) => c.text).join(' ')).toContain('各位代表：现在……');
  });

  test('two text cells are two paragraphs; a blank line between header and row and quoted names are CSV as written', () => {
    const n = normalizeText(['"title","date","content","body"', '', '某通知,2025-03-01,各单位：现将有关事项通知如下。,请遵照执行。'].join('\n'));
    expect(n.frontMatter?.data).toEqual({ title: '某通知', date: '2025-03-01' });
    expect(n.paragraphs.map((p) => p.text)).toEqual(['各单位：现将有关事项通知如下。', '请遵照执行。']);
  });

  test('no document: a quote that closes before its cell ends, a text cell of no words, a header of no metadata key or a field named twice', () => {
    expect(kinds(['title,date,content', '某通知,2025-03-01,"各单位"：现将有关事项通知如下。'].join('\n'))).not.toContain('csv-export');
    expect(kinds(['title,date,content,note', '某通知,2025-03-01,,"见附件"'].join('\n'))).not.toContain('csv-export');
    expect(kinds(['pcode,childtype,content', '12,国务院公报,各单位：现将有关事项通知如下。'].join('\n'))).not.toContain('csv-export');
    expect(kinds(['title,Title,date,content', '甲,乙,2025-03-01,各单位：现将有关事项通知如下。'].join('\n'))).not.toContain('csv-export');
    // one field however it is spelt, as a key is read (keyOf): publishDate and publish_date name it twice
    expect(kinds(['title,publishDate,publish_date,content', '甲,2025-03-01,2025-03-02,各单位：现将有关事项通知如下。'].join('\n'))).not.toContain('csv-export');
  });
});

describe('page-number-line: page numbers a PDF text layer keeps on lines of their own, framed by dashes (dev 239, 241)', () => {
  const filler = (n: number, tag: string): string[] => Array.from({ length: n }, (_, i) => `${tag}第${i + 1}行文字，继续说明本市发展的基本情况和主要`);
  const pdf = (mark: (n: number) => string) =>
    [
      '关于本市2025年预算执行情况的报告',
      ...filler(9, '甲'),
      '全市一般公共预算收入完成421.8亿元，同比增长3.6%，推动',
      mark(1),
      '本市财政收支平稳运行。',
      ...filler(9, '乙'),
      mark(2),
      ...filler(9, '丙'),
      mark(3),
      '上海市常住人口控制在2500万人以内。',
    ].join('\n');
  test.each([[(n: number) => `—${n}—`], [(n: number) => `-${n}-`], [(n: number) => `- ${n} -`]])('%s: removed, logged, and the sentence it cut joined', (mark) => {
    const n = normalizeText(pdf(mark));
    expect(n.cleaning.filter((c) => c.kind === 'page-number').map((c) => c.text)).toEqual([mark(1), mark(2), mark(3)]);
    const body = n.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain('推动本市财政收支平稳运行。');
    expect(body).not.toMatch(/[-—]\s*\d\s*[-—]/);
  });
  test("a line a later rule removes, last on its page (a portal page's 来源 line), ends the paragraph above it", () => {
    const page = pdf((n) => `—${n}—`).replace('推动\n—1—', '推动\n来源：人民网\n—1—');
    const body = normalizeText(page)
      .paragraphs.map((p) => p.text)
      .join('\n');
    expect(body).toContain('推动\n本市财政收支平稳运行。');
  });
  test('numbers that do not rise, or fewer than three, stay', () => {
    expect(kinds(pdf((n) => `—${4 - n}—`))).not.toContain('page-number');
    expect(kinds(pdf((n) => (n === 3 ? '' : `—${n}—`)))).not.toContain('page-number');
  });
});

describe('glued-page-number: page numbers PDF extraction ran into the next line', () => {
  // A PDF plan: one printed line a line, the number of each new page glued to its first line.
  const filler = (n: number, tag: string): string[] => Array.from({ length: n }, (_, i) => `${tag}第${i + 1}行文字，继续说明本市发展的基本情况和主要`);
  const pdf = [
    '上海市国民经济和社会发展第十四个五年规划',
    ...filler(9, '甲'),
    '“十三五”时期，全市经济保持平稳较快增长，推动',
    '12本市城乡居民收入稳步提高，民生福祉持续增进。',
    ...filler(9, '乙'),
    '13进一步增强城市能级和核心竞争力，经济总量',
    ...filler(9, '丙'),
    '14上海市常住人口控制在2500万人以内。',
  ].join('\n');

  test('a run of rising numbers a page apart is removed, logged and joined across the break', () => {
    const n = normalizeText(pdf);
    expect(n.cleaning.filter((c) => c.kind === 'page-number').map((c) => [c.line, c.text])).toEqual([
      [12, '12'],
      [22, '13'],
      [32, '14'],
    ]);
    const body = n.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain('推动本市城乡居民收入稳步提高');
    expect(body).toContain('和主要上海市常住人口控制在2500万人以内。');
    expect(body).not.toMatch(/1[234](?:本市|进一步|上海市)/);
  });

  test('no run, no removal: a lone number, numbers with units, numbers too close or not rising', () => {
    const quantities = pdf.replace('12本市', '12个区').replace('13进一步', '13万户').replace('14上海市', '14年来');
    const notRising = pdf.replace('12本市', '14本市').replace('14上海市', '12上海市');
    const tooClose = ['推动', '12本市', '13进一步', '14上海市', ...filler(30, '丁')].join('\n');
    for (const text of [quantities, notRising, tooClose, pdf.replace('13进一步', '进一步').replace('14上海市', '上海市')]) expect(kinds(text)).not.toContain('page-number');
  });
});

describe('run-in-heading: headings run into one line across wide gaps are split apart', () => {
  test.each([
    // two ideographic spaces after a chapter and its first item (corpus 181): the last heading keeps its text
    [
      '\u3000\u3000第二章\u3000经济增长率和经济效益\u3000\u3000（一）工农业总产值\u3000\u30001990年工农业总产值达到16，770亿元',
      ['第二章\u3000经济增长率和经济效益', '（一）工农业总产值\u3000\u30001990年工农业总产值达到16，770亿元'],
    ],
    // five spaces, a 篇 and its 章 on one line (corpus 69)
    [
      '     第一篇  指导原则和发展目标     第一章  全面建设小康社会的关键时期     到二〇一〇年要实现经济平稳较快发展',
      ['第一篇  指导原则和发展目标', '第一章  全面建设小康社会的关键时期     到二〇一〇年要实现经济平稳较快发展'],
    ],
    ['第三节\u3000城镇化\u3000\u3000（一）城镇化率\u3000\u3000达到60%', ['第三节\u3000城镇化', '（一）城镇化率\u3000\u3000达到60%']],
  ])('%s', (line, want) => {
    const n = normalizeText(line);
    expect(n.paragraphs.map((p) => p.text)).toEqual(want);
    expect(n.paragraphs.every((p) => p.line === 1)).toBe(true);
    expect(n.cleaning.filter((c) => c.kind === 'run-in-heading')).toHaveLength(1);
  });

  test.each([
    ['（一）加强科技创新，推进产业升级\u3000\u3000（二）全年新增高新技术企业100家'], // a sentence, not a title
    ['一是加快项目建设\u3000\u3000（一）全年完成投资100亿元'], // a run-in enumeration
    ['全年完成投资100亿元\u3000\u3000（一）加强科技创新'], // no heading at the start
    ['（二）居民消费水平\u3000\u30001990年居民消费水平提高'], // one heading and its text: nothing to split
    ['第一章 总则'], // no gap
  ])('kept: %s', (line) => expect(normalizeText(line).cleaning.filter((c) => c.kind === 'run-in-heading')).toEqual([]));
});

describe("run-in-heading: a feed item whose description runs a notice's paragraphs together with one space", () => {
  /** An RSS item as the Shanghai policy feed prints one (dev 491, 637, 638): the notice's text in the description's CDATA. */
  const item = (text: string): string =>
    ['<item>', '<title><![CDATA[关于…的通知]]></title>', `<description><![CDATA[来源: 上海市发改委<br/>${text}]]></description>`, '</item>'].join('\n');

  test.each([
    // a heading after the lead-in's colon and after each item's full stop (dev 491)
    [
      '各区发展改革委： 根据国家发展改革委的有关通知，现就本市车用汽油和车用柴油价格等有关事项通知如下： 一、89号汽油和0号柴油最高零售价格每吨分别为11070元和9970元。各标号汽、柴油最高零售价格详见附件。 各成品油零售企业可在不超过最高零售价格的前提下，自主制定具体零售价格。 二、汽、柴油的最高供应价格和最高批发价格的作价办法仍按有关规定执行。 三、上述调整后的价格自2026年4月7日24时起执行。 特此通知。',
      [
        '各区发展改革委：根据国家发展改革委的有关通知，现就本市车用汽油和车用柴油价格等有关事项通知如下：',
        '一、89号汽油和0号柴油最高零售价格每吨分别为11070元和9970元。各标号汽、柴油最高零售价格详见附件。各成品油零售企业可在不超过最高零售价格的前提下，自主制定具体零售价格。',
        '二、汽、柴油的最高供应价格和最高批发价格的作价办法仍按有关规定执行。',
        '三、上述调整后的价格自2026年4月7日24时起执行。特此通知。',
      ],
    ],
    // a heading's title, then its first item after one space (dev 638)
    [
      '国网上海市电力公司： 现将有关事项通知如下。 一、联动调整发电机组上网电价 1.天然气调峰发电机组的电量电价调整为每千瓦时0.5569元。',
      ['国网上海市电力公司：现将有关事项通知如下。', '一、联动调整发电机组上网电价', '1.天然气调峰发电机组的电量电价调整为每千瓦时0.5569元。'],
    ],
  ])('%s', (text, want) => {
    const n = normalizeText(item(text));
    expect(n.paragraphs.map((p) => p.text)).toEqual(want);
    expect(n.paragraphs.every((p) => p.line === 3)).toBe(true);
    expect(n.cleaning.filter((c) => c.kind === 'run-in-heading')).toHaveLength(1);
  });

  test.each([
    ['全年完成投资 1.5亿元。'], // a figure, no heading
    ['会议指出： 一是加快项目建设。 二是优化营商环境。'], // a run-in enumeration
    ['加快推进 一、二期工程建设。'], // no sentence end and no heading's title before the space
  ])('kept: %s', (text) => expect(normalizeText(item(text)).cleaning.filter((c) => c.kind === 'run-in-heading')).toEqual([]));

  // a page's text, not a feed's (a portal page run onto one line, dev 378: its headings are left to the page's own evidence)
  test('kept: the same line outside a feed', () =>
    expect(normalizeText('现将有关事项通知如下： 一、联动调整发电机组上网电价。 二、执行时间。').cleaning.filter((c) => c.kind === 'run-in-heading')).toEqual([]));
});

describe('html-markup: a line break inside an element is a space, as a browser reads it (dev 426, a page exported from Word)', () => {
  test('the text of one <p> that the page wraps over lines, spans cut mid-tag, is one paragraph; a block tag still ends one', () => {
    const page = [
      '<!DOCTYPE html>',
      '<html><body>',
      '<p style="text-indent:32pt;"><span style="font-family:仿宋;',
      'color:rgb(0,0,0);">根据地区生产总值统一核算结果，全年实现地区生产总值（GDP）</span><span style="font-family:仿宋;',
      'color:rgb(0,0,0);',
      'font-size:16pt;">1162.95</span><span style="font-family:仿宋;',
      'color:rgb(0,0,0);">亿元，比上年增长</span><span style="font-family:仿宋;',
      'font-size:16pt;">9.3</span><span style="font-family:仿宋;',
      'color:rgb(0,0,0);">%。其中：第一产业增加值</span><span style="font-family:仿宋;',
      'font-size:16pt;">50.95</span><span>亿元。</span></p>',
      '<p><span>人均地区生产总值172160元，比上年增长8.2%。</span></p>',
      '<p>第一段</p><p>第二段',
      '</p>',
      '</body></html>',
    ].join('\n');
    expect(bodyOf(page).split('\n')).toEqual([
      '根据地区生产总值统一核算结果，全年实现地区生产总值（GDP）1162.95亿元，比上年增长9.3%。其中：第一产业增加值50.95亿元。',
      '人均地区生产总值172160元，比上年增长8.2%。',
      '第一段',
      '第二段',
    ]);
  });
});

describe('json-escape: a JSON text written with ensure_ascii is read as the characters its \\u escapes stand for (dev 653)', () => {
  // dev 653's record, cut short: a Scrapy export's item a line, every Han character a \u escape, the comma after it
  const record =
    '{"title": "\\u5173\\u4e8e\\u5f81\\u96c62022\\u5e74\\u9996\\u90fd\\u536b\\u751f\\u53d1\\u5c55\\u79d1\\u7814\\u4e13\\u9879\\u9700\\u6c42\\u5efa\\u8bae\\u7684\\u901a\\u77e5", ' +
    '"date": "2021-03-04", "article": "<p>\\u3000\\u3000\\u5404\\u533a\\u536b\\u751f\\u5065\\u5eb7\\u59d4\\uff1a</p><p><strong>\\u3000\\u3000\\u4e00\\u3001\\u5efa\\u8bae\\u5185\\u5bb9</strong></p>' +
    '<p>\\u5f15\\u53f7\\u201c\\u0022\\u003c\\u003e\\u201d\\ud842\\udfb7</p>"},';

  test('the escapes of characters past ASCII become the characters, logged; the text reads as its record', () => {
    const n = normalizeText(record);
    // the article's HTML as json-export gives it (html-markup reads a page of ten block tags at least: dev 653's whole article)
    expect(n.paragraphs.map((p) => p.text)).toEqual(['<p>\u3000\u3000各区卫生健康委：</p><p><strong>\u3000\u3000一、建议内容</strong></p><p>引号“"<>”𠮷</p>']);
    expect(n.frontMatter?.data).toMatchObject({ title: '关于征集2022年首都卫生发展科研专项需求建议的通知', date: '2021-03-04' });
    const logged = n.cleaning.filter((c) => c.kind === 'json-escape');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ line: 1, note: expect.stringContaining('\\u5173') });
    expect(lostFromNormalized(record, n)).toBe('');
  });

  test('the text as json-escape wrote it (what index.ts reads the script from) is jsonCharacters of the source, line ends kept', () => {
    const lines = ['[', '{"t": "\\u5173\\u4e8e"},', '{"t": "\\u95dc\\u65bc \\\\u4e00"}', ']'];
    for (const text of [record, lines.join('\n'), lines.join('\r\n') + '\r\n', `${lines.join('\n')}\n\n`]) {
      expect(normalizeText(text).characters).toBe(jsonCharacters(text));
      expect(normalizeText(text).characters).not.toBe(text);
    }
    // no JSON, or no escape past ASCII: none (the script is read from the source)
    for (const text of ['正文写作 \\u4e00 的转义。', '{"a": "\\u0022"}', '一、总则']) expect(normalizeText(text).characters).toBeUndefined();
  });

  test('an escape of ASCII (a quote, `<`) stays an escape: the JSON stays JSON, and no escape becomes markup', () => {
    expect(withJsonCharacters('{"a": "\\u0022\\u003cp\\u003e\\u4e00"}')).toBe('{"a": "\\u0022\\u003cp\\u003e一"}');
    // an escaped backslash before u is no escape of a character
    expect(withJsonCharacters('{"a": "\\\\u4e00"}')).toBe('{"a": "\\\\u4e00"}');
  });

  test('a text that is not JSON keeps its escapes (a page that quotes one, a cut that does not parse)', () => {
    for (const text of ['正文写作 \\u4e00 的转义。', '"\\u4e00\\u4e8c": 1,\n"x"']) {
      const n = normalizeText(text);
      expect(n.cleaning.filter((c) => c.kind === 'json-escape')).toEqual([]);
    }
    expect(isJsonText(['[', '{"a": "\\u4e00"},', '{"a": "\\u4e8c"}', ']'])).toBe(true);
    expect(isJsonText(['{"a": "\\u4e00"}', '{"a": "\\u4e8c"}'])).toBe(true);
    expect(isJsonText(['{"a": "\\u4e00"', '正文'])).toBe(false);
  });

  test('a crawl stopped mid-write (its last record cut) is read too: one line of a JSON text may be cut, the rest are records', () => {
    // dev 653's record, then the same record as a crawl killed while writing the next one leaves it
    const record = read('test/fixtures/corpus/653_bj-health-research-needs-call-notice-2021-scrapy-json-escaped-record.txt').trim();
    const text = `${record}\n${record.slice(0, 900)}`;
    const n = normalizeText(text);
    const body = n.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain('各区卫生健康委，各有关医疗卫生机构：');
    expect(body).not.toMatch(/\\u[0-9a-f]{4}/);
    expect(n.cleaning.filter((c) => c.kind === 'json-escape').map((c) => c.line)).toEqual([1, 2]);
    expect(lostFromNormalized(text, n)).toBe('');
    // one cut line, not more, and not a lone cut: a text is JSON by the lines that parse
    expect(isJsonText(['[', '{"a": "\\u4e00"},', '{"a": "\\u4e'])).toBe(true);
    expect(isJsonText(['{"a": "\\u4e00"}', '{"a": "\\u4e', '{"a": "\\u4e'])).toBe(false);
    expect(isJsonText(['{"a": "\\u4e00'])).toBe(false);
    expect(isJsonText(['[', '{"a": "\\u4e00'])).toBe(false);
  });
});
