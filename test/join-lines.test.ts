// join-lines: each join step on a line break it decides (a later step would decide otherwise, so the
// order is tested too). A step that joins is seen in the line-join note; one that keeps the break, in
// the lines staying apart.
import { describe, expect, test } from 'vitest';
import { firstLineRepeated, joinLines, joinSteps } from '../src/pipeline/clean/join-lines.ts';
import { DATED_END, POSTED_LINE } from '../src/pipeline/dates.ts';
import type { CleanLog, SourceLine } from '../src/pipeline/clean/types.ts';

type Line = string | (Partial<SourceLine> & { text: string });

const join = (lines: Line[]) => {
  const log: CleanLog = { cleaning: [], keywords: [], attribution: [], warnings: [] };
  const source = lines.map((l, i): SourceLine => ({ indent: false, ...(typeof l === 'string' ? { text: l } : l), line: i + 1 }));
  const paragraphs = joinLines(source, log).map((p) => p.text);
  return { paragraphs, notes: log.cleaning.map((c) => c.note ?? '') };
};

/** A double-spaced PDF text: a blank line after every printed line, full lines cut mid-sentence. */
const printed = (i: number) => `第${i}段的文字排得很满，一行印到版心的最右边为止，然后在这里断开`;
const doubleSpaced = Array.from({ length: 24 }, (_, i) => [printed(i), '', '接着写完这一句。', '']).flat();
const doubleSpacedParagraphs = Array.from({ length: 24 }, (_, i) => `${printed(i)}接着写完这一句。`);

/**
 * Dev 305 (a budget speech's PDF text layer) on a page that sets each printed line in a <p> of its own, so a blank line after
 * each: its contents lines, their page numbers far to the right, are no prose to take the printed width from.
 */
const contents = [
  '中期財政預測                                        213 - 219',
  '公共財政                                          220 - 222',
  '財政整合計劃                                      223 - 238',
];
const speech = (i: number) => [
  `${203 + i}. 當中，地價收入為一百九十四億元，較原來預算大幅`,
  '減少六百五十六億元，亦遠較過去年度為少。印花稅收入為五百',
  '億元，較原來預算低三百五十億元。利得稅和薪俸稅的收入分別',
  '為一千七百一十二億元和七百九十二億元，與原來預算相若。',
];
/** A wrapped text with a list of two items, each opened by its mark. */
const listItems = (first: string, second: string) => [`${first}粮食，由五千六百九十亿斤，增加到六千七百亿斤。`, `${second}棉花，由四千七百六十万担，增加到六千万担。`];
const listLines = (first: string, second: string) => [
  '今年全市科技工作取得新进展，全社会研发投入',
  '持续增长。',
  '',
  '主要指标是：',
  '',
  ...listItems(first, second),
  '',
  '研发投入持续增长，规模以上工业企业研发机构',
  '覆盖率提高。',
  '',
  '人才队伍不断壮大，新引进高层次人才和急需紧',
  '缺人才。',
];
const listParagraphs = (first: string, second: string) => [
  '今年全市科技工作取得新进展，全社会研发投入持续增长。',
  '主要指标是：',
  ...listItems(first, second),
  '研发投入持续增长，规模以上工业企业研发机构覆盖率提高。',
  '人才队伍不断壮大，新引进高层次人才和急需紧缺人才。',
];
/** A bullet item of dev 304 (the policy address of 2023, printed as 305): the gap after its bullet is no set-out. */
const bullet = ['•   為約 5 000 名公帑資助學校新入職教師及公營學校晉升教師舉辦 約', '45 個 內地學習團。（教育局）'];
const speechPage = [...contents, ...contents, ...Array.from({ length: 12 }, (_, i) => speech(i)).flat(), ...bullet].flatMap((l) => [l, '']);
const speechParagraphs = [...contents, ...contents, ...Array.from({ length: 12 }, (_, i) => speech(i).join('')), bullet.join('')];

/** A single-spaced PDF text layer (dev 239): no blank lines, full lines cut mid-sentence, a short line ends its paragraph. */
const singleSpaced = Array.from({ length: 24 }, (_, i) => [printed(i), '接着写完这一句。']).flat();
/** A single-spaced PDF text layer 38 characters wide (as eval:shapes pdf prints dev texts). */
const wideSpaced = Array.from({ length: 24 }, (_, i) => [printed(i).padEnd(38, '字'), '接着写完这一句。']).flat();
const wideParagraphs = Array.from({ length: 24 }, (_, i) => `${printed(i).padEnd(38, '字')}接着写完这一句。`);
/** Dev 204's paragraph as eval:shapes pdf prints it: `9.5%` moved whole to the next line. */
const baoding = [
  '超、蝶变跃升，经济社会发展实现历史性新变化、新成就。2021年，全市生产总',
  '值完成3725亿元，增长7.2%、全省第一；一般公共预算收入完成',
  '312.5亿元，增长11.3%、全省第一；规模以上工业增加值增长11.4%、',
  '全省第一；进出口总值完成411.3亿元，增长40.4%、全省第一；固',
  '定资产投资增长6.9%、全省第二；社会消费品零售总额增长',
  '9.5%、全省第二；居民人均可支配收入增长10.1%、全省第二。',
];
/** Dev 313's lines as eval:shapes pdf prints them: a full line that ends in a quoted name. */
const longgang = [
  '中企业51.3万户；净增入库“四上”企业915家，总量7520家；新增',
  '上市企业7家、全市第二，总量46家；新增国家级专精特新“小巨人”',
  '企业34家，总量81家；新增深圳市专精特新企业624家，总量1568家。',
];
/** Full lines that each end their sentence: nothing to join. */
const fullSentences = Array.from({ length: 24 }, (_, i) => `${printed(i)}。`);

/** A PDF extraction that lost its full stops (corpus 69): every 。 became a line end, and commas abound. */
const stopless = [
  '国内生产总值年均增长 7.5%，实现人均国内生产总值比 2000 年翻一番',
  '城镇新增就业和转移农业劳动力各 4500 万人，城镇登记失业率控制在 5%',
  '价格总水平基本稳定',
  ...Array.from({ length: 60 }, (_, i) => `第${i + 1}项工作，稳步推进，取得成效`),
];

/** Step name, lines, the paragraphs they make, and the reason logged for the first join (null: no join). */
type Case = [string, Line[], string[], string | null];
const cases: Case[] = [
  [
    'inside an HTML paragraph',
    ['全年实现地区生产总值（GDP）', { text: '1162.95亿元，比上年增长', inElement: true }],
    ['全年实现地区生产总值（GDP）1162.95亿元，比上年增长'],
    'inside an HTML paragraph',
  ],
  ['heading or role', ['全市研发投入增长，', '（二）人才引进'], ['全市研发投入增长，', '（二）人才引进'], null],
  ['field lines', ['发文单位：保定市人民政府，', '发文时间：2019年1月23日'], ['发文单位：保定市人民政府，', '发文时间：2019年1月23日'], null],
  ['heading number', ['（4）', '居民侧电动汽车用户参与需求响应'], ['（4）居民侧电动汽车用户参与需求响应'], 'heading number'],
  [
    'page break',
    ['此外，各区县要加强统筹协调并及时报送工作进展', { text: '当然还要做好总结。', afterPageBreak: true }],
    ['此外，各区县要加强统筹协调并及时报送工作进展当然还要做好总结。'],
    'page break',
  ],
  // the page's last line was another, which a later rule removed (a page's 来源 line under its date line)
  [
    'page break',
    ['中央政府门户网站　www.gov.cn　　 2006年02月27日', { text: '为提前实现全国农业发展纲要而奋斗', afterPageBreak: true, brokenAfter: 2 }],
    ['中央政府门户网站　www.gov.cn　　 2006年02月27日', '为提前实现全国农业发展纲要而奋斗'],
    null,
  ],
  [
    'page break',
    ['此外，各区县要加强统筹协调并及时报送工作进展', { text: '当然还要做好总结。', afterPageBreak: true, brokenAfter: 1 }],
    ['此外，各区县要加强统筹协调并及时报送工作进展当然还要做好总结。'],
    'page break',
  ],
  [
    'page break',
    ['此外，各区县要加强统筹协调并及时报送工作进展', { text: '当然还要做好总结。', afterPageBreak: true, indent: true }],
    ['此外，各区县要加强统筹协调并及时报送工作进展', '当然还要做好总结。'],
    null,
  ],
  ['blank line', ['全市研发投入增长，', '', '人才引进一千名。'], ['全市研发投入增长，', '人才引进一千名。'], null],
  ['blank line', doubleSpaced, [...doubleSpacedParagraphs], 'double-spaced wrap'],
  ['blank line', speechPage, speechParagraphs, 'double-spaced wrap'],
  ['label and value', [{ text: '发布机构：', label: true }, '天津市工业和信息化局'], ['发布机构：天津市工业和信息化局'], 'label and value'],
  [
    'label and value',
    [
      { text: '发布机构：', label: true },
      { text: '成文日期：', label: true },
    ],
    ['发布机构：', '成文日期：'],
    null,
  ],
  ['printed width', singleSpaced, [...doubleSpacedParagraphs], 'cut at the printed width'],
  ['printed width', fullSentences, [...fullSentences], null],
  // a numbered heading as wide as the print, no clause mark in it, ends before a sentence; a heading's tail (no clause mark) joins it
  [
    'printed width',
    [...singleSpaced, '二、关于本市二〇二六年全市和市本级一般公共预算草案的主要内容安排', '全市一般公共预算收入安排421.9亿元，增长3%。'],
    [...doubleSpacedParagraphs, '二、关于本市二〇二六年全市和市本级一般公共预算草案的主要内容安排', '全市一般公共预算收入安排421.9亿元，增长3%。'],
    'cut at the printed width',
  ],
  [
    'printed width',
    [...singleSpaced, '二、关于本市二〇二六年全市和市本级一般公共预算草案的主要内容和具体', '安排'],
    [...doubleSpacedParagraphs, '二、关于本市二〇二六年全市和市本级一般公共预算草案的主要内容和具体安排'],
    'cut at the printed width',
  ],
  // dev 204 as a PDF 38 characters wide: a typesetter moves a number whole to the next line (`9.5%`), so the line before it is
  // short by that number, no paragraph's end; a short line before a number still ends its paragraph
  ['printed width', [...wideSpaced, ...baoding], [...wideParagraphs, baoding.join('')], 'cut at the printed width'],
  ['printed width', [...wideSpaced, '主要经济指标', '9.5%的增长目标全面完成。'], [...wideParagraphs, '主要经济指标', '9.5%的增长目标全面完成。'], 'cut at the printed width'],
  // a signature over its date in a single-spaced PDF: the date's year is no number moved whole from the line above
  [
    'printed width',
    [...wideSpaced, '中共北京市委北京市人民政府重点工作督查督办领导小组办公室', '2024年12月15日'],
    [...wideParagraphs, '中共北京市委北京市人民政府重点工作督查督办领导小组办公室', '2024年12月15日'],
    'cut at the printed width',
  ],
  // a table's caption over its header row, set out by runs of spaces: the row's `2023` is no number moved whole from the caption
  [
    'printed width',
    [...wideSpaced, '附表1：全市二〇二三年一般公共预算收支决算总表单位', '2023年预算数      2023年决算数      完成预算%'],
    [...wideParagraphs, '附表1：全市二〇二三年一般公共预算收支决算总表单位', '2023年预算数      2023年决算数      完成预算%'],
    'cut at the printed width',
  ],
  // dev 313 as a PDF: a full line that ends in a quoted name (`“小巨人”`) ends no sentence; one that ends a quoted sentence (`。”`) does
  ['printed width', [...wideSpaced, ...longgang], [...wideParagraphs, longgang.join('')], 'cut at the printed width'],
  [
    'printed width',
    [...wideSpaced, '会议强调，要把发展经济的着力点放在实体经济上，“坚定不移建设制造强国。”', '各地区各部门要抓好贯彻落实。'],
    [...wideParagraphs, '会议强调，要把发展经济的着力点放在实体经济上，“坚定不移建设制造强国。”', '各地区各部门要抓好贯彻落实。'],
    'cut at the printed width',
  ],
  // a Markdown dash, or a bullet (•, ●, ▪: patterns.ts BULLET) as dev 304's • items
  ...[
    ['- ', '- '],
    ['● ', '▪ '],
  ].map(([first, second]): Case => ['list item', listLines(first!, second!), listParagraphs(first!, second!), 'wrapped line']),
  // dev 412 as a PDF: the headline on top, printed again whole over the text
  [
    'headline printed again',
    [printed(9), '设为首页', '', ...[0, 1, 2].flatMap((i) => [printed(i), '接着写完这一句。', '']), printed(9), '2019-03-18 00:00'],
    [printed(9), '设为首页', ...doubleSpacedParagraphs.slice(0, 3), printed(9), '2019-03-18 00:00'],
    'wrapped line',
  ],
  // dev 234 as a PDF: the portal's stamp under a headline as wide as the page's lines
  [
    'date stamp',
    [...[0, 1, 2].flatMap((i) => [printed(i), '接着写完这一句。', '']), printed(3), '2020-07-17 15:24'],
    [...doubleSpacedParagraphs.slice(0, 3), printed(3), '2020-07-17 15:24'],
    'wrapped line',
  ],
  [
    'wrapped line',
    ['今年全市科技工作', '取得新进展。', '', '研发投入持续', '增长。', '', '人才队伍不断', '壮大。', '', '成果转化加快', '推进。'],
    ['今年全市科技工作取得新进展。', '研发投入持续增长。', '人才队伍不断壮大。', '成果转化加快推进。'],
    'wrapped line',
  ],
  // a short line that ends its sentence, or a signature over its date, gave no word away to the next line: the `2024` that opens it is
  // no number a typesetter moved there whole (that reading is for a line cut mid-sentence before the rest of its sentence)
  [
    'wrapped line',
    [
      ...[0, 1, 2].flatMap((i) => [printed(i), '接着写完这一句。', '']),
      '全年各项目标任务圆满完成，人民群众满意。',
      '2024年，我们将继续坚持稳中求进工作总基调。',
      '',
      '北京市发展和改革委员会\u3000北京市财政局\u3000市商务局',
      '2024年3月5日',
    ],
    [
      ...doubleSpacedParagraphs.slice(0, 3),
      '全年各项目标任务圆满完成，人民群众满意。',
      '2024年，我们将继续坚持稳中求进工作总基调。',
      '北京市发展和改革委员会\u3000北京市财政局\u3000市商务局',
      '2024年3月5日',
    ],
    'wrapped line',
  ],
  // dev 131 as a PDF: the notice's last line is a full one, the issuer's name under it signs the notice (its date below)
  [
    'wrapped line',
    [
      ...[0, 1, 2].flatMap((i) => [printed(i), '接着写完这一句。', '']),
      '《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规',
      '则 扎实推进高水平开放实施意见》现印发给你们，请认真贯彻执行。',
      '安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室',
      '',
      '2022年3月23日',
    ],
    [
      ...doubleSpacedParagraphs.slice(0, 3),
      '《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则 扎实推进高水平开放实施意见》现印发给你们，请认真贯彻执行。',
      '安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室',
      '2022年3月23日',
    ],
    'wrapped line',
  ],
  [
    'repeats a line of the page',
    ['关于印发2023年度科技计划的通知', '', '关于印发', '2023', '年度', '科技计划的通知', '各区科技局：'],
    ['关于印发2023年度科技计划的通知', '关于印发2023年度科技计划的通知', '各区科技局：'],
    'repeats a line of the page',
  ],
  ['continuation', ['参与需求响应的用户', '，需在规定时间内申报。'], ['参与需求响应的用户，需在规定时间内申报。'], 'continuation'],
  ['number and unit', ['全市技术合同成交额达到10065.7', '亿元，增长15%。'], ['全市技术合同成交额达到10065.7亿元，增长15%。'], 'number and unit'],
  ['comma at the end', ['全市研发投入增长，', '人才引进一千名。'], ['全市研发投入增长，人才引进一千名。'], 'continuation'],
  ['split token', ['全市新增高新技术企业', '2021'], ['全市新增高新技术企业2021'], 'split token'],
  ['token left behind', ['HL-2M', '装置建成运行。'], ['HL-2M装置建成运行。'], 'split token'],
  ['open bracket', ['举行“加快科技创新驱动', '奋力建设科技强市”主题活动。'], ['举行“加快科技创新驱动奋力建设科技强市”主题活动。'], 'open bracket'],
  ['lost full stops', stopless, stopless, null],
  [
    'sentence open after a comma',
    ['电动汽车用户参与需求响应无需满足响应容量要求，由负荷集成商代理', '以集中形式参与，鼓励中小型用户参与。'],
    ['电动汽车用户参与需求响应无需满足响应容量要求，由负荷集成商代理以集中形式参与，鼓励中小型用户参与。'],
    'sentence open after a comma',
  ],
  [
    'run-in item',
    [
      '（1）对于连续参与的用户，申报量不低于4800千瓦时。',
      '（2）对于仅参与过一次的用户，申报量不低于600千瓦时。',
      '（3）对于此前未参与的用户，申报量不低于7200千瓦时。',
      '（4）居民侧',
      '电动汽车用户参与需求响应无需满足响应容量要求。',
    ],
    [
      '（1）对于连续参与的用户，申报量不低于4800千瓦时。',
      '（2）对于仅参与过一次的用户，申报量不低于600千瓦时。',
      '（3）对于此前未参与的用户，申报量不低于7200千瓦时。',
      '（4）居民侧电动汽车用户参与需求响应无需满足响应容量要求。',
    ],
    'run-in item',
  ],
];

describe('join steps', () => {
  test.each(cases)('%s: %j', (_step, lines, paragraphs, reason) => {
    const { paragraphs: actual, notes } = join(lines);
    expect(actual).toEqual(paragraphs);
    if (reason === null) expect(notes).toEqual([]);
    else expect(notes[0]).toMatch(new RegExp(`^lines \\d+–\\d+ joined: ${reason}(,|$)`));
  });

  test('every step has a case', () => {
    expect(new Set(cases.map(([step]) => step))).toEqual(new Set(joinSteps.map((s) => s.name)));
  });
});

describe('a heading number split over lines (a page that sets each of its pieces in an element of its own)', () => {
  test('`（` / `二` / `）` put back together across blank lines too: no paragraph is a bracket alone (dev 66 in eval:shapes html, govcn-one-line, rss)', () => {
    expect(join(['新增负荷项目与存量负荷项目原则上不产生电气连接。', '', '（', '', '二', '', '）', '', '氢基绿色燃料']).paragraphs).toEqual([
      '新增负荷项目与存量负荷项目原则上不产生电气连接。',
      '（二）氢基绿色燃料',
    ]);
  });
  test('`一、` alone takes its title across a blank line, as `1.` and `（4）` do (dev 66 in eval:shapes html, govcn-one-line, rss)', () => {
    expect(join(['制定本实施方案。', '', '一、', '', '总体要求', '', '本实施方案适用于内蒙古自治区。']).paragraphs).toEqual([
      '制定本实施方案。',
      '一、总体要求',
      '本实施方案适用于内蒙古自治区。',
    ]);
  });
  test('a number alone before a blank line stays apart from a line that opens with a full stop', () => {
    expect(join(['12', '', '．国网天津市电力公司汇总。']).paragraphs).toEqual(['12', '．国网天津市电力公司汇总。']);
  });
});

describe('a text that lost its full stops', () => {
  test('a comma that groups thousands (`1,234,567`) is no clause comma: a double-spaced budget of few sentences and many figures has its full stops', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `税收收入${i}    1,234,567    1,345,678    2,580,${String(100 + i)}    3,456,789`);
    const page = [...doubleSpaced, ...rows.flatMap((l) => [l, ''])];
    expect(join(page).paragraphs).toEqual([...doubleSpacedParagraphs, ...rows]);
  });
  test('a blank line after each line (a page that sets each line in a <p> of its own) still ends a sentence there: no double-spaced wrap (dev 180, 69 in eval:shapes html, govcn-one-line, rss)', () => {
    expect(join(stopless.flatMap((l) => [l, ''])).paragraphs).toEqual(stopless);
  });
  test('a full stop to 100 commas or more is lost stops (120 commas, one 。); two to 118 commas are stops the text has', () => {
    const withStop = (n: number) => [...stopless.slice(0, -n), ...Array.from({ length: n }, () => '全面完成任务。')];
    expect(join(withStop(1)).paragraphs).toEqual(withStop(1));
    // two stops among 118 commas: every sentence left open after a comma joins the next line, up to the first 。
    expect(join(withStop(2)).paragraphs).toEqual([withStop(2).slice(0, -1).join(''), '全面完成任务。']);
  });
});

describe('a year split over lines', () => {
  test('joins without a space when its digits make a year and 年 or a dash follows (corpus 67)', () => {
    expect(join(['关于下达天津市', '202', '3', '-', '2024', '年度']).paragraphs).toEqual(['关于下达天津市2023-2024年度']);
    expect(join(['市财政局', '202', '5年12月9日']).paragraphs).toEqual(['市财政局2025年12月9日']);
  });
  test('two numbers of a table stay apart', () => {
    expect(join(['补贴总额', '20', '25', '万元']).paragraphs).toEqual(['补贴总额20 25万元']);
  });
});

describe('a scattered scrape (numbers in spans of their own, corpus 67)', () => {
  // 50 lines, a fifth of them numbers without words: what a page of span-wrapped figures leaves
  const filler = Array.from({ length: 10 }, (_, i) => [`第${i}项工作按计划推进。`, String(100 + i), '户。', '其他情况说明。', '见附件。']).flat();
  test('a sentence open after a comma goes on however short its last words', () => {
    expect(join([...filler, '2024年春节期间，参与', '响应用户', '106', '户。']).paragraphs.slice(-1)).toEqual(['2024年春节期间，参与响应用户106户。']);
  });
  test('in an ordinary text a short open clause keeps its line break', () => {
    expect(join(['2024年春节期间，参与', '响应用户106户。']).paragraphs).toEqual(['2024年春节期间，参与', '响应用户106户。']);
  });
  // corpus 67 as a page that sets each span in a <p> of its own (eval:shapes html, govcn-one-line) or an article that sets
  // each a paragraph apart (wechat-md): a blank line after every line says no more than the scrape's line breaks
  const spaced = (lines: string[]) => lines.flatMap((l) => ['', l]);
  const sentence = ['现下达', '2025', '年电力需求侧管理专项资金计划', '645', '万元，用于', '天津市', '2023-2024', '年度电力需求响应补贴。'];
  test('with a blank line between every two lines, its sentences join as they do without them', () => {
    expect(join(spaced([...filler, ...sentence])).paragraphs).toEqual(join([...filler, ...sentence]).paragraphs);
    expect(join(spaced([...filler, ...sentence])).paragraphs.at(-1)).toBe('现下达2025年电力需求侧管理专项资金计划645万元，用于天津市2023-2024年度电力需求响应补贴。');
  });
  test('a text whose blank lines part only some lines keeps them as paragraph breaks', () => {
    expect(join([...filler, '', ...sentence.slice(0, 2), '', ...sentence.slice(2)]).paragraphs.slice(-2)).toEqual([
      '现下达2025',
      '年电力需求侧管理专项资金计划645万元，用于天津市2023-2024年度电力需求响应补贴。',
    ]);
  });
});

describe('a run-in enumeration (一是…二是…) is prose, not a heading with a title (corpus 65)', () => {
  test('its sentence left open after a comma goes on to the next lines', () => {
    const lines = ['一是分布式光伏等项目的实际上网电量；二是现货市场连续运行前，带补贴集中式风电、风电特许权项目', '继续', '按照790小时对应的电量安排。'];
    expect(join(lines).paragraphs).toEqual([lines.join('')]);
  });
  test('a numbered heading with a comma in its title stays apart from the line after it', () => {
    expect(join(['（一）加强组织领导，压实工作责任', '各地要抓好落实。']).paragraphs).toEqual(['（一）加强组织领导，压实工作责任', '各地要抓好落实。']);
  });
});

describe('a text with blank lines between paragraphs and captions over their text (corpus 119, a pkulaw export)', () => {
  const body = '鼓励企业融合应用，结合企业需求推动5G、工业PON、工业以太网等技术在企业的综合应用。每年遴选20家网络改造应用良好的企业，推广其建设经验。';
  const step = (i: number) => `${i}﹒推进企业内网改造升级。支持工业企业运用新型网络技术改造建设企业内网。（责任单位：省经济和信息化厅，各市人民政府）`;
  const lines = [
    '    【法宝引证码】 CLI.12.4638041',
    '原文链接：https://www.pkulaw.com/lar/e069caa6e9e192c2d4e5fade93a3d543bdfb.html',
    '安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划(2021—2023年)的通知',
    '安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知',
    '',
    ...[1, 2, 3].flatMap((i) => ['', step(i), `专栏${i}  工业互联网网络互联互通工程`, body]),
  ];
  test('is not wrapped: the title lines, a step ended by its note in brackets, a box caption and its text stay apart', () => {
    const { paragraphs, notes } = join(lines);
    expect(notes).toEqual([]);
    expect(paragraphs).toEqual(lines.filter((l) => l !== ''));
  });
});

// six articles of a regulation hard-wrapped as a PDF's text prints them, a blank line after each (the body under a head)
const wrapped = Array.from({ length: 6 }, (_, i) => [
  { text: `第${i + 1}条\u3000为了规范公共数据采集、使用、管理，保障公共数据安全，`, indent: true },
  '促进公共数据共享、开放和利用，释放公共数据价值，提升政府治理',
  '能力和公共服务水平。',
  '',
]).flat();

describe('a hard-wrapped text (a PDF extraction with blank lines between paragraphs; eval:shapes pdf)', () => {
  test('a line shorter than the wrap width ends its paragraph: a URL tail over the title, the title over the decree', () => {
    const head = ['原文链接：https://www.pkulaw.com/lar/', 'b92b11495b6da1cb826d5b04ef638f6', '4bdfb.html', '广东省公共数据管理办法', '广东省人民政府令', ''];
    const { paragraphs } = join([...head, ...wrapped]);
    expect(paragraphs.slice(0, 3)).toEqual(['原文链接：https://www.pkulaw.com/lar/b92b11495b6da1cb826d5b04ef638f6 4bdfb.html', '广东省公共数据管理办法', '广东省人民政府令']);
    expect(paragraphs[3]).toBe('第1条　为了规范公共数据采集、使用、管理，保障公共数据安全，促进公共数据共享、开放和利用，释放公共数据价值，提升政府治理能力和公共服务水平。');
  });
  test('a field whose value wraps over lines ends before the next field', () => {
    const head = [
      '标题：全省深入实施“百县千镇万村高质量发展工程”促进城乡区域',
      '协调发展推进会召开 牢牢扭住“五年显著变化”目标要求 以更大力度',
      '媒体或发布机构：南方网（来源：南方+）',
      '',
    ];
    expect(join([...head, ...wrapped]).paragraphs.slice(0, 2)).toEqual([
      '标题：全省深入实施“百县千镇万村高质量发展工程”促进城乡区域协调发展推进会召开 牢牢扭住“五年显著变化”目标要求 以更大力度',
      '媒体或发布机构：南方网（来源：南方+）',
    ]);
  });
});

describe("a page's date stamp or byline ends its line in a wrapped text (eval:shapes pdf: dev 158, 234, 412, 155)", () => {
  test('a date stamp alone under the headline is no part of it', () => {
    const head = ['关于征求山东电力现货市场结算试运行有关市场参数意见的公告', '2020-07-17 15:24', ''];
    expect(join([...head, ...wrapped]).paragraphs.slice(0, 2)).toEqual(['关于征求山东电力现货市场结算试运行有关市场参数意见的公告', '2020-07-17 15:24']);
  });
  test('a headline printed over two lines still joins, and the stamp under it stays apart', () => {
    const head = ['福建能源监管办关于征求《福建省电力市场交易规则(试行)》拟修订和', '补充条款意见的函（闽监能函〔2018〕148 号）', '2018-10-19 09:39', '来源： 福建能源监管办', ''];
    expect(join([...head, ...wrapped]).paragraphs.slice(0, 3)).toEqual([
      '福建能源监管办关于征求《福建省电力市场交易规则(试行)》拟修订和补充条款意见的函（闽监能函〔2018〕148 号）',
      '2018-10-19 09:39',
      '来源： 福建能源监管办',
    ]);
  });
  test('a headline the page prints again whole, under its menus, is whole on top too: the menu under it is no part of it (dev 412)', () => {
    const headline = '华北能源监管局关于延长华北电力调峰辅助服务市场运行时间的通知';
    const head = [headline, '设为首页', '工作邮箱', '首页', headline, '2019-03-18 00:00', ''];
    expect(join([...head, ...wrapped]).paragraphs.slice(0, 3)).toEqual([headline, '设为首页', '工作邮箱']);
  });
  test('a byline whose last label dates the page ends there', () => {
    const head = ['信息来源：国家发展改革委 发布时间：2020-06-14', '国家发展改革委、国家能源局关于印发《电力中长期交易基本规则》的通知', ''];
    expect(join([...head, ...wrapped]).paragraphs.slice(0, 2)).toEqual(head.slice(0, 2));
  });
});

describe('a list of numbers is no open sentence (corpus 270)', () => {
  test('a contact line whose comma separates numbers keeps its line break before a signature', () => {
    const lines = ['联系电话:0531-67800967 , 67800757(传真)', '国家能源局山东监管办公室 山东省发展和改革委员会', '山东省能源局', '2020年1月22日'];
    expect(join(lines).paragraphs).toEqual(lines);
  });
  test('a sentence with a clause comma still goes on after a number list', () => {
    expect(join(['请于2月12日前将意见反馈我们, 联系电话0531-67800967', '和67800757。']).paragraphs).toEqual(['请于2月12日前将意见反馈我们, 联系电话0531-67800967和67800757。']);
  });
});

describe('a single-spaced PDF text whose only blank lines are page breaks (eval:shapes pdf)', () => {
  test('is not wrapped: a page is no paragraph, a short line ends its paragraph', () => {
    const page = Array.from({ length: 13 }, (_, i) => [printed(i), printed(i + 1), '接着写完这一句。']).flat();
    const lines = ['2026年某省政府工作报告', ...page, '', ...page, '', ...page, '', ...page];
    const { paragraphs } = join(lines);
    expect(paragraphs[0]).toBe('2026年某省政府工作报告');
    expect(paragraphs[1]).toBe(`${printed(0)}${printed(1)}接着写完这一句。`);
  });
});

describe("a page's title bar that a PDF printed over two lines names the headline too (dev 169 as a PDF)", () => {
  test('the headline broken over two printed lines below it is joined, as the bar (before its site) gives it', () => {
    const { paragraphs, notes } = join([
      '关于征求《四川自动发电控制辅助服务市场交易细则（试行）（',
      '2020年修订版）》（征求意见稿）意见的函_国家能源局四川监管办公室',
      '设为首页',
      '工作邮箱',
      '关于征求《四川自动发电控制辅助服务市场交易细则（试行）（2020年修订版）》',
      '（征求意见稿）意见的函',
      '2020-12-09 15:55',
    ]);
    expect(paragraphs).toContain('关于征求《四川自动发电控制辅助服务市场交易细则（试行）（2020年修订版）》（征求意见稿）意见的函');
    expect(notes.join(' ')).toContain('repeats a line of the page');
  });
});

describe('the headline printed again and a key’s dated value read one definition each (twins, session 28)', () => {
  test('only the first line is asked whether the text prints it again (firstLineRepeated)', () => {
    const lines = (...texts: string[]) => texts.map((text) => ({ text }));
    expect(firstLineRepeated(lines('关于印发某市数字经济发展规划的通知', '某市人民政府', '关于印发某市数字经济发展规划的通知'))).toBe(true);
    // a later line printed twice is not the headline's question; a short first line is none
    expect(firstLineRepeated(lines('某市人民政府办公室文件', '各区县人民政府、市直各部门：', '各区县人民政府、市直各部门：'))).toBe(false);
    expect(firstLineRepeated(lines('通知', '通知'))).toBe(false);
  });
  test('a key’s value that ends in a date: the day POSTED_LINE reads a posting by, or 年月日 in figures, with a time or not (dates.ts DATED_END)', () => {
    for (const line of ['发布时间：2020-06-14', '发布时间：2020/06/14 09:30', '日期：2019年3月15日']) expect(DATED_END.test(line)).toBe(true);
    // every posting POSTED_LINE reads ends a line DATED_END reads
    for (const posted of ['2019-12-25 10:25', '2020/09/30', '日期： 2026-07-15', '2020年09月15日 09时32分', '日期：2010年09月06日02:42', '2020-09-15 09时32分']) {
      expect(POSTED_LINE.test(posted) && DATED_END.test(posted)).toBe(true);
    }
    expect(DATED_END.test('发布时间：2020年6月')).toBe(false);
  });
});
