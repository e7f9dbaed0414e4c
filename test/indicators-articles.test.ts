// Figures of articles, news releases and readings of statistical reports (the other genre: dev 362-364; issue 15):
// a national text's own place, the time an undated figure of such a text is of, a growth said after its level.
import { describe, expect, test } from 'vitest';
import { extractFromParagraph, extractIndicators } from '../src/pipeline/indicators.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';

const labels = (text: string): string[][] => extractFromParagraph(text, { kind: 'actual', year: 2023 }).map((f) => [f.match, f.label]);

describe('我国 opens a label as the scope of a national text, like 全市 of a city’s (ownPlaces; dev 362, 364)', () => {
  test('我国光缆线路总长度, 我国网民规模 → 光缆线路总长度, 网民规模', () => {
    expect(labels('截至2022年12月，我国光缆线路总长度达到5958万公里。')).toEqual([['5958万公里', '光缆线路总长度']]);
    expect(labels('截至2022年12月，我国网民规模为10.67亿人，互联网普及率达75.6%。')).toEqual([
      ['10.67亿人', '网民规模'],
      ['75.6%', '互联网普及率'],
    ]);
  });
});

describe('a record whose year the metadata does not know carries the year its text last gave, as an article does (dev 715, 737, 738)', () => {
  const periods = (text: string, year?: number) =>
    extractIndicators(assignAnchors(parseOutline(normalizeText(text).paragraphs)), { kind: 'record', year }).map((f) => [f.match, f.kind, f.period]);
  const sitting = ['院會紀錄', '2012年8月2日，花蓮縣長說：花蓮的河川流域面積占台灣的51%。', '平均一個鄉分配不到1億元。'].join('\n\n');
  test('an interpellation with no year of its own: the year of its last dated sentence', () => {
    expect(periods(sitting)).toEqual([
      ['51%', 'actual', 2012],
      ['不到1億元', 'actual', 2012],
    ]);
  });
  test('a record of a known year keeps it for what its text does not date (a speech’s actuals of its own year)', () => {
    expect(periods(sitting, 2013).map((f) => f[2])).toEqual([2012, 2013]);
  });
});

describe('an undated actual of an article or a news release is of the year the text last gave a figure of (carriedYearKinds; dev 362, 363)', () => {
  const periods = (text: string, kind: 'news' | 'other' | 'work-plan', year = 2024) =>
    extractIndicators(assignAnchors(parseOutline(normalizeText(text).paragraphs)), { kind, year }).map((f) => [f.match, f.kind, f.period]);
  const release = [
    '9月26日，市检察院召开新闻发布会，通报打击治理电信网络诈骗犯罪工作情况。',
    '2023年，全市检察机关起诉电信网络诈骗犯罪1962人。市检察院编发5件参考性案例。',
    '制发社会治理类检察建议150余份，均获整改回复。',
  ].join('\n\n');
  test('in the paragraph after the dated sentence and in the paragraphs after it: 2023 in a release of 2024, not its own year', () => {
    expect(periods(release, 'news')).toEqual([
      ['1962人', 'actual', 2023],
      ['5件', 'actual', 2023],
      ['150余份', 'actual', 2023],
    ]);
    expect(periods(release, 'other')).toEqual(periods(release, 'news'));
  });
  test('目前 still dates a figure by the document’s year', () => {
    expect(periods('反诈工作情况\n\n2023年，全市起诉电信网络诈骗犯罪1962人。\n\n目前已建成反诈中心102个。', 'news')).toEqual([
      ['1962人', 'actual', 2023],
      ['102个', 'actual', 2024],
    ]);
  });
  test('去年 dates its own sentence, the parts after its ； too, not the sentences and paragraphs after it (dev 813, 817)', () => {
    const item = [
      '議員質詢',
      '以去年為例，台北市破案率為113.26%；新北市案發件數7072件。衛福部已在去年12月將補助提高為2000元。社會局已在本月將補助調整為1400元。',
      '區內幼兒園總計有240人。',
    ].join('\n\n');
    expect(periods(item, 'news')).toEqual([
      ['113.26%', 'actual', 2023],
      ['7072件', 'actual', 2023],
      ['2000元', 'actual', 2023],
      ['1400元', 'actual', 2024],
      ['240人', 'actual', 2024],
    ]);
    // a year the text writes out is carried on as before
    expect(periods('議員質詢\n\n2023年破案率為113.26%。\n\n區內幼兒園總計有240人。', 'news').map((f) => f[2])).toEqual([2023, 2023]);
  });
  test('a sentence going on with one 去年 dates (其中…) is of that year, and carries it no further either', () => {
    const item = ['旅游统计', '2022年全市新增企业100家。', '去年全市接待游客500万人次。其中境外游客20万人次。旅游收入达到60亿元。', '区内幼儿园共有240人。'].join('\n\n');
    expect(periods(item, 'news', 2025).map((f) => [f[0], f[2]])).toEqual([
      ['100家', 2022],
      ['500万人次', 2024],
      ['20万人次', 2024],
      ['60亿元', 2022],
      ['240人', 2022],
    ]);
  });
  test('before any dated figure an actual is of the document’s year, and in a plan (whose undated figures are targets) nothing is carried', () => {
    expect(periods('反诈工作情况\n\n市检察院编发5件参考性案例。', 'news')).toEqual([['5件', 'actual', 2024]]);
    expect(periods('控煙法公開諮詢\n\n諮詢期間共舉辦3場諮詢會，收集意見2,569份。', 'other', 2026)).toEqual([
      ['3場', 'actual', 2026],
      ['2,569份', 'actual', 2026],
    ]);
    expect(periods('工作要点\n\n2023年，完成改造项目12个。\n\n新建公园5个。', 'work-plan', 2025).at(-1)).toEqual(['5个', 'target', 2025]);
  });
});

describe('a heading that opens another item of the text ends the year carried (a transcript’s news items, dev 353)', () => {
  const periods = (text: string) => extractIndicators(assignAnchors(parseOutline(normalizeText(text).paragraphs)), { kind: 'news', year: 2024 }).map((f) => [f.match, f.period]);
  test('the next item’s undated figure is of the programme’s year, not of 2023 that the item before gave its figures', () => {
    const transcript = [
      '新闻联播 2024-02-29',
      '一、国务院部门办理建议提案',
      '央视网消息（新闻联播）：2023年，国务院各部门共承办全国两会期间提出的人大代表建议7955件、政协提案4525件。',
      '二、国内联播快讯',
      '央视网消息（新闻联播）：民航运输生产开局向好。1月份，民航全行业完成运输总周转量116.1亿吨公里，同比增长57.1%。',
    ].join('\n\n');
    expect(periods(transcript)).toEqual([
      ['7955件', 2023],
      ['4525件', 2023],
      ['116.1亿吨公里', 2024],
    ]);
  });
  test('Y年以来 and 去年7月以来 run to the year the text tells of, not to the year it last dated a figure of (issue 15, dev 363, 387)', () => {
    const release = [
      '北京市人民检察院召开新闻发布会',
      '加强电信网络诈骗及其关联犯罪案件的技术辅助办案力度，2023年共开展技术辅助专业同步审查184件。',
      '市检察院指导昌平检察院建用涉“两卡”案件漏犯漏罪大数据法律监督模型，2023年以来共串并全市跨区关联案件39件、认定贩卡团伙27个、追捕追诉漏犯137人。',
      '特别是去年7月以来，打击缅北涉我电信网络诈骗犯罪专项工作取得重大战果，5万余名电诈犯罪嫌疑人被移交我方。',
    ].join('\n\n');
    expect(periods(release)).toEqual([
      ['184件', 2023],
      ['39件', '2023-2024'],
      ['27个', '2023-2024'],
      ['137人', '2023-2024'],
      ['5万余名', '2023-2024'],
    ]);
  });
  test('the parts of a sentence after a ； go on with its years since, up to the year a work report reviews (dev 72)', () => {
    const report = [
      '高阳县政府工作报告',
      '一、过去五年工作回顾',
      '针对困难弱势群体生活保障问题，开展"送温暖、献爱心"活动，2012年以来共发放各类救助资金8300余万元；新建互助幸福院112所，建设保障性住房720套；低保线与扶贫线"两线合一"。',
    ].join('\n\n');
    const found = extractIndicators(assignAnchors(parseOutline(normalizeText(report).paragraphs)), { kind: 'work-report', year: 2017 });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['8300余万元', '2012-2016'],
      ['112所', '2012-2016'],
      ['720套', '2012-2016'],
    ]);
  });
  test('a run-in item (**一是…**) is no other item: the year goes on (dev 362)', () => {
    const reading = [
      '网络基础能力持续增强',
      '**一是“双千兆”网络构成新型基础设施的承载底座。**截至2022年12月，我国光缆线路总长度达到5958万公里。',
      '**三是互联网普及率显著提升。**我国网民规模达10.67亿，互联网普及率达75.6%。',
    ].join('\n\n');
    expect(periods(reading).map(([, period]) => period)).toEqual([2022, 2022, 2022]);
  });
});

describe('the span a paragraph of an article frames is carried to the paragraphs after it, as the year it last dated is (carriedYearKinds; issue 15, dev 421)', () => {
  const periods = (text: string) => extractIndicators(assignAnchors(parseOutline(normalizeText(text).paragraphs)), { kind: 'other', year: 2011 }).map((f) => [f.match, f.period]);
  const article = [
    '“节能产品惠民工程”取得明显成效',
    '一年半来，中央财政共安排160多亿元，推广高效节能空调3400多万台、节能汽车100多万辆。',
    '一、高效节能空调推广成效',
    '中央财政安排115.4亿元，支持推广3400多万台高效节能空调，直接拉动消费700多亿元。',
    '今年，高效电机推广5万台。',
  ].join('\n\n');
  test('一年半来，… in an article of 2011 → 2009-2010, in the paragraphs of the sections after it too, until a paragraph dates one year', () => {
    expect(periods(article)).toEqual([
      ['160多亿元', '2009-2010'],
      ['3400多万台', '2009-2010'],
      ['100多万辆', '2009-2010'],
      ['115.4亿元', '2009-2010'],
      ['3400多万台', '2009-2010'],
      ['700多亿元', '2009-2010'],
      ['5万台', 2011],
    ]);
  });
  // (dev 421's span, then dev 371's paragraph of a part of a year: the carry is no frame of a paragraph that names its own time)
  test('not into a paragraph that opens with a part of a year (前三季度，…, dev 371): that is of one year, the year carried', () => {
    const quarter = [
      '“节能产品惠民工程”取得明显成效',
      '一年半来，中央财政共安排160多亿元，推广高效节能空调3400多万台。',
      '前三季度，全国居民人均可支配收入26265元，扣除价格因素同比实际增长9.7%。',
      '中央财政安排115.4亿元。',
    ];
    expect(periods(quarter.join('\n\n'))).toEqual([
      ['160多亿元', '2009-2010'],
      ['3400多万台', '2009-2010'],
      ['26265元', 2011],
      ['9.7%', 2011],
      ['115.4亿元', 2011],
    ]);
  });
  // (dev 421's span and section, then dev 331's heading of a year's plans and a sentence of it: the section's own time dates its figures)
  test('not into a section whose title names its own time (三、2022年工作安排, dev 331)', () => {
    const plans = [
      '“节能产品惠民工程”取得明显成效',
      '一年半来，中央财政共安排160多亿元，推广高效节能空调3400多万台。',
      '一、高效节能空调推广成效',
      '中央财政安排115.4亿元，支持推广3400多万台高效节能空调。',
      '三、2022年工作安排',
      '学习借鉴顺德等地先进经验，开展旧工业区整治提升，力争提升产业空间20万平方米。',
    ];
    expect(periods(plans.join('\n\n')).slice(2)).toEqual([
      ['115.4亿元', '2009-2010'],
      ['3400多万台', '2009-2010'],
      ['20万平方米', 2022],
    ]);
  });
  test('not a span a later sentence of a paragraph opens (过去五年，他所在的企业…, a story of its own, dev 640)', () => {
    const story = ['代表通道开启', '第一个走上通道的代表介绍了企业的发展。过去五年，他所在的企业研发投入超过1000亿元。', '企业累计申请专利4万件。'].join('\n\n');
    expect(periods(story)).toEqual([
      ['超过1000亿元', '2006-2010'],
      ['4万件', 2011],
    ]);
  });
});

describe('今年 in a text that tells of its own time (a news report, an article) is that time, not the year ahead (dev 327)', () => {
  const kinds = (text: string, kind: 'news' | 'other' | 'work-report', year?: number) =>
    extractIndicators(assignAnchors(parseOutline(normalizeText(`定南县民生工作综述\n\n${text}`).paragraphs)), { kind, ...(year ? { year } : {}) }).map((f) => [f.match, f.kind]);
  test('what was done this year is actual, in a news report or an article, dated or not', () => {
    const text = '同时，今年又新增小额担保贷款300万元，扩大贷款规模7000多万元。据统计，该县今年新增创业人员5000多人，新增就业人数15325人。';
    const done = [
      ['300万元', 'actual'],
      ['7000多万元', 'actual'],
      ['5000多人', 'actual'],
      ['15325人', 'actual'],
    ];
    expect(kinds(text, 'news', 2015)).toEqual(done);
    expect(kinds(text, 'other')).toEqual(done);
  });
  test('a plan for the year is still a target there, and 今年 in a work report is the year ahead', () => {
    expect(kinds('今年将新增就业岗位5000个，力争新增创业人员6000人。', 'news', 2015)).toEqual([
      ['5000个', 'target'],
      ['6000人', 'target'],
    ]);
    expect(kinds('今年服贸会将有80多个国家和国际组织设展办会，其中13个国家和国际组织为首次线下独立设展。', 'other', 2024)).toEqual([
      ['80多个', 'target'],
      ['13个', 'target'],
    ]);
    expect(kinds('今年新增城镇就业5000人。', 'work-report', 2015)).toEqual([['5000人', 'target']]);
  });
  test('so is one after 今年 set off by a comma (今年，我国将进一步加大…, dev 353), but not a past part of the year (今年以来，)', () => {
    expect(kinds('今年，我国将新建5G基站60万个。', 'news', 2024)).toEqual([['60万个', 'target']]);
    expect(kinds('今年以来，全县新增就业5000人，将继续加大帮扶力度。', 'news', 2024)).toEqual([['5000人', 'actual']]);
  });
});

describe('截至 a date of the document’s own year dates a state already reached, an actual (dev 364)', () => {
  const read = (text: string, kind: 'news' | 'work-report' = 'news') =>
    extractIndicators(assignAnchors(parseOutline(normalizeText(`网络发展状况\n\n${text}`).paragraphs)), { kind, year: 2024 }).map((f) => [f.match, f.kind, f.period]);
  test('截至2024年6月 in a release of 2024: actual, and the figures after it carry its year', () => {
    expect(read('截至2024年6月，我国网民规模近11亿人，互联网普及率达78.0%。\n\n截至6月，域名总数为3187万个。')).toEqual([
      ['近11亿人', 'actual', 2024],
      ['78.0%', 'actual', 2024],
      ['3187万个', 'actual', 2024],
    ]);
  });
  test('a figure of the document’s year without 截至 is still ahead in a report of that year', () => {
    expect(read('2024年全市地区生产总值增长5%左右。', 'work-report')).toEqual([['5%左右', 'target', 2024]]);
  });
});

describe('an age before the group it bounds is no figure, in a list of ages too (age_group_nouns; dev 364)', () => {
  test('50-59岁、60岁及以上群体, 60岁及以上网民: only the shares are figures', () => {
    expect(labels('其中，青少年占新增网民的49.0%，50-59岁、60岁及以上群体分别占新增网民的15.2%和20.8%。').map((f) => f[0])).toEqual(['49.0%', '15.2%', '20.8%']);
    expect(labels('截至6月，我国60岁及以上网民网络支付的使用率已达75.4%。').map((f) => f[0])).toEqual(['75.4%']);
  });
  test('an age that is a limit or a measure stays a figure', () => {
    expect(labels('全市人均预期寿命达到79.5岁。').map((f) => f[0])).toEqual(['79.5岁']);
  });
  test('the age is part of the noun it bounds, in the label of the figure after it (dev 362)', () => {
    expect(labels('其中，城镇网民规模为7.59亿，农村网民规模为3.08亿，50岁及以上网民群体占比提升至30.8%。').map((f) => f[1])).toEqual([
      '城镇网民规模',
      '农村网民规模',
      '50岁及以上网民群体占比',
    ]);
    expect(labels('全市60岁以上老年人口35.2万人。')).toEqual([['35.2万人', '60岁以上老年人口']]);
  });
});

describe('an amount grown by, after a level, with nothing but a named basis before its verb, is that level’s change (dev 364)', () => {
  const changes = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => [f.match, f.label, f.change?.value, f.change?.unit]);
  test('较2023年12月增长742万人, 较上年末增长: the level’s change, no figure of its own, as after 比上年增加', () => {
    expect(changes('网民规模10.9967亿人，较2023年12月增长742万人。')).toEqual([['10.9967亿人', '网民规模', 742, '万人']]);
    expect(changes('网民规模10.9967亿人，较上年末增长742万人。')).toEqual([['10.9967亿人', '网民规模', 742, '万人']]);
  });
});

describe('a total adverb (共, 共计, 累计, 共有) ends the actor or the time before it: the label is what was done or had after it (totalAdverbs; dev 290, 327, 363, 422)', () => {
  test.each([
    ['今年以来，该县便民服务队共走访群众15924户，化解信访矛盾纠纷357件。', '走访群众'],
    ['市检察院指导昌平检察院建用大数据法律监督模型，2023年以来共串并全市跨区关联案件39件、认定贩卡团伙27个。', '串并全市跨区关联案件'],
    ['对相关平台进行处置，累计协调关闭、下架相关违法违规网站平台400余家。', '协调关闭、下架相关违法违规网站平台'],
    ['年末共有各类市场主体43.04万户，比上年增长5.6%。', '各类市场主体'],
  ] as const)('%s → %s', (text, label) => expect(labels(text)[0]).toEqual([expect.any(String), label]));
  test('a verb alone after the adverb leaves the subject before it the label’s (碳市场累计交易, 高原炊具累计销售, 工作站累计建站; dev 192, 126, golden seed 002)', () => {
    expect(labels('碳市场累计交易2.5亿吨，高原炊具累计销售12万台。').map(([, l]) => l)).toEqual(['碳市场累计交易', '高原炊具累计销售']);
    expect(labels('院士(专家)创新工作站累计建站28个。').map(([, l]) => l)).toEqual(['院士(专家)创新工作站累计建站']);
  });
  test('a verb and a measure word after the adverb name a measure of the subject’s, as a verb alone does (累计送电量, 累计推广量; dev 244)', () => {
    expect(labels('“西电东送”累计送电量超2万亿千瓦时。')[0]?.[1]).toMatch(/西电东送.?累计送电量$/);
    expect(labels('全市新能源汽车累计推广量达到5.6万辆，共计成交额12亿元。').map(([, l]) => l)).toEqual(['新能源汽车累计推广量', '成交额']);
  });
  test('a total adverb inside a word is none (公共财政预算收入, 共青团员, 共建“一带一路”国家; dev 193)', () => {
    expect(labels('全县公共财政预算收入12亿元，共青团员5000人。').map(([, l]) => l)).toEqual(['公共财政预算收入', '共青团员']);
    expect(labels('对共建“一带一路”国家进出口增长14.4%。')[0]?.[1]).not.toMatch(/^建/);
  });
});

describe('a later item of a list shares the first item’s qualifier only when it is a word, not one character (dev 363)', () => {
  test('其中街乡镇55个、高校32个、企业15个 → 高校, 企业 (no 街高校; the bare noun 企业 stays an item of the list)', () =>
    expect(
      labels('在全国率先建立第四级反诈中心，目前已建成102个，其中街乡镇55个、高校32个、企业15个。')
        .slice(-2)
        .map(([, l]) => l),
    ).toEqual(['高校', '企业']));
  test('a qualifier word still goes with the later item (参展参会代表团216个、机构1012家 → 参展参会机构)', () =>
    expect(labels('参展参会代表团216个、机构1012家。').map(([, l]) => l)).toEqual(['参展参会代表团', '参展参会机构']));
});

describe('the units of the internet’s statistics: IPv6 addresses in blocks of /32 and traffic in GB (dev 362, 364)', () => {
  test.each([
    ['截至6月，IPv6地址数量为69080块/32，较2023年12月增长1.5%。', ['69080块/32', 'IPv6地址数量']],
    ['2022年，我国IPv6地址数量达67369块/32，同比增长6.8%。', ['67369块/32', 'IPv6地址数量']],
    ['全年移动互联网接入流量达2618亿GB。', ['2618亿GB', '移动互联网接入流量']],
  ] as const)('%s', (text, figure) => expect(labels(text)[0]).toEqual(figure));
});

describe('其中 set off by a comma opens a part of the figure before as 其中 does alone (dev 290)', () => {
  test('年末共有各类市场主体43.04万户…。其中，企业11.62万户，增长8.4% → 企业, as 其中企业', () =>
    expect(labels('年末共有各类市场主体43.04万户，比上年增长5.6%。其中，企业11.62万户，增长8.4%。')).toEqual(
      labels('年末共有各类市场主体43.04万户，比上年增长5.6%。其中企业11.62万户，增长8.4%。'),
    ));
});

describe('房地产开发 (real-estate development) names an industry, no verb before an object (dev 388)', () => {
  test.each([
    ['2024年二季度末，房地产开发贷款余额13.77万亿元，同比增长2.8%。', '房地产开发贷款余额'],
    ['房地产开发企业房屋施工面积5000万平方米。', '房地产开发企业房屋施工面积'],
  ] as const)('%s → %s', (text, label) => expect(labels(text)[0]?.[1]).toBe(label));
});
