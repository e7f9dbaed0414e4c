// Periods of figures in a review of several years and in a plan's totals (src/pipeline/indicators.ts, indicators/rules.ts):
// a flow over the span is of the whole span, a level reached at its end of its last year (README Indicators, `period`).
import { describe, expect, test } from 'vitest';
import { extractFromParagraph, extractIndicators } from '../src/pipeline/indicators.ts';
import { flowWord } from '../src/pipeline/indicators/rules.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';
import { yearsOfOurs } from '../src/pipeline/dates.ts';

const outlineOf = (text: string) => assignAnchors(parseOutline(normalizeText(text).paragraphs));
const periods = (found: readonly { match: string; period?: string | number | undefined }[]) => found.map((f) => [f.match, f.period]);

describe('a span said as the subject of a sentence frames what follows it', () => {
  test('过去的五年极不寻常。 opening a section that names the span and its last year frames the paragraphs after it (dev 177)', () => {
    const text = [
      '2026年河南省政府工作报告',
      '一、“十四五”时期和2025年工作回顾',
      '过去的五年极不寻常。在省委坚强领导下，我们稳中求进，经济社会发展取得新成就。',
      '乡村振兴扎实有效。耕地面积净增212万亩，新建改造高标准农田3167万亩。农作物综合机械化率90%。脱贫地区农民收入年均增长7.9%。',
      '刚刚过去的2025年很不平凡。一年来，生产总值增长5.6%。',
    ].join('\n');
    expect(periods(extractIndicators(outlineOf(text), { kind: 'work-report', year: 2026 }))).toEqual([
      ['212万亩', '2021-2025'],
      ['3167万亩', '2021-2025'],
      ['90%', 2025],
      ['7.9%', '2021-2025'],
      ['5.6%', 2025],
    ]);
  });

  test('这五年是…的五年。 (this five years) is the span before the document: an average growth in it is of all five (dev 126)', () => {
    const found = extractFromParagraph('这五年是西藏发展最好变化最大的五年。我们把高质量发展作为新时代的硬道理，地区生产总值年均增长6.3%。', {
      kind: 'actual',
      year: 2026,
      undated: { actual: 2025 },
    });
    expect(periods(found)).toEqual([['6.3%', '2021-2025']]);
  });

  test('a span that qualifies a noun (过去五年的平均增速) opens no frame', () => {
    const read = (text: string) => periods(extractFromParagraph(text, { kind: 'actual', year: 2026, undated: { actual: 2025 } }));
    expect(read('过去五年的成绩来之不易。城镇新增就业5万人。')).toEqual([['5万人', 2025]]);
    expect(read('过去五年成绩来之不易。城镇新增就业5万人。')).toEqual([['5万人', '2021-2025']]);
  });
});

describe('a level held or a bound kept over a span of years is of every year of it', () => {
  test('保持在99%以上 after 5年来 in the sentence is of the five years, not of the last (dev 126)', () => {
    const found = extractFromParagraph('我们把维护稳定作为第一位的工作任务，5年来未发生重大政治性、群体性和暴力恐怖案件，各族群众的安全感满意度保持在99%以上。', {
      kind: 'actual',
      year: 2026,
      undated: { actual: 2025 },
    });
    expect(periods(found)).toEqual([['99%以上', '2021-2025']]);
  });

  test('控制在4.5%以内 in a review of five years binds each of them; a bound a verb of moving reaches (降至) is a level at the end (dev 60)', () => {
    const found = extractFromParagraph('五年来，我们倾心尽力办实事。城镇新增就业50.2万人，城镇登记失业率控制在4.5%以内，PM2.5浓度降至27微克/立方米以下。', {
      kind: 'actual',
      year: 2021,
      undated: { actual: 2020 },
    });
    expect(periods(found)).toEqual([
      ['50.2万人', '2016-2020'],
      ['4.5%以内', '2016-2020'],
      ['27微克/立方米以下', 2020],
    ]);
  });

  test("控制在5%左右, 调控在35%左右 in a plan's goals under no year: a bound kept, of every year of the plan, not a level reached at its end (dev 69, 180, 404)", () => {
    const read = (text: string) => periods(extractFromParagraph(text, { kind: 'target', year: 2001, frame: '2001-2005', period: '2001-2005' }));
    expect(read('五年城镇新增就业和转移农业劳动力各达到4000万人，城镇登记失业率控制在5％左右。')).toEqual([
      ['4000万人', '2001-2005'],
      ['5％左右', '2001-2005'],
    ]);
    expect(read('促进固定资产投资较快增长，全社会固定资产投资率调控在35％左右，城镇化率提高到40%。')).toEqual([
      ['35％左右', '2001-2005'],
      ['40%', 2005],
    ]);
  });

  test("控制在 a stock with no comparator (全国总人口控制在136000万人) is a level at the plan's end, only a rate's bound is kept every year (dev 69 line 66)", () => {
    const found = extractFromParagraph('全国总人口控制在136000万人，城镇登记失业率控制在5%。', { kind: 'target', year: 2006, frame: '2006-2010', period: '2006-2010' });
    expect(periods(found)).toEqual([
      ['136000万人', 2010],
      ['5%', '2006-2010'],
    ]);
  });

  test("保持 with no 在 (耕地保有量保持1.2亿公顷) holds a level over the plan's years as 保持在 does (dev 69)", () => {
    const found = extractFromParagraph('耕地保有量保持1.2亿公顷，森林覆盖率达到20%。', { kind: 'target', year: 2006, frame: '2006-2010', period: '2006-2010' });
    expect(periods(found)).toEqual([
      ['1.2亿公顷', '2006-2010'],
      ['20%', 2010],
    ]);
  });
});

describe('in a review of several years a year’s total said with no verb is its level at the end', () => {
  test('生产总值6.66万亿元, 财政总收入7019亿元 after a span a sentence before opened are of 2025; other money said so adds up (dev 177, 60)', () => {
    const review = { kind: 'actual' as const, year: 2026, undated: { actual: 2025 } };
    expect(periods(extractFromParagraph('过去五年极不寻常。综合实力稳步提升。生产总值6.66万亿元，财政总收入7019亿元，发电装机1.6亿千瓦。', review))).toEqual([
      ['6.66万亿元', 2025],
      ['7019亿元', 2025],
      ['1.6亿千瓦', 2025],
    ]);
    expect(periods(extractFromParagraph('五年来，实际利用外资43.3亿美元，进出口208.9亿美元。', review))).toEqual([
      ['43.3亿美元', '2021-2025'],
      ['208.9亿美元', '2021-2025'],
    ]);
  });

  test('a count whose next clause gives its investment (京津保合作项目469项，总投资6832亿元) is of the projects undertaken over the span (dev 60)', () => {
    const review = { kind: 'actual' as const, year: 2021, undated: { actual: 2020 } };
    const line = '五年来，我们深入落实京津冀协同发展重大国家战略。京津保合作项目469项，总投资6832亿元。省、市重点项目1349个，完成投资3210亿元。高新技术企业达到1100家。';
    expect(periods(extractFromParagraph(line, review))).toEqual([
      ['469项', '2016-2020'],
      ['6832亿元', '2016-2020'],
      ['1349个', '2016-2020'],
      ['3210亿元', '2016-2020'],
      ['1100家', 2020],
    ]);
  });
});

describe('levels reached and totals of a year in a span are of its last year', () => {
  test('发展到12家, 提速到1个工作日 are levels reached (level_verbs, dev 72, 60)', () => {
    const review = { kind: 'actual' as const, year: 2017, undated: { actual: 2016 } };
    expect(periods(extractFromParagraph('五年来，市级以上龙头企业发展到12家，企业开办时间提速到1个工作日，新增规上工业企业15家。', review))).toEqual([
      ['12家', 2016],
      ['1个工作日', 2016],
      ['15家', '2012-2016'],
    ]);
  });

  test('社会消费品零售总额6700亿元 in a span of targets is of its last year (dev 497)', () => {
    const found = extractFromParagraph(
      '“十五五”时期经济社会发展主要目标是：到2030年，力争全市经济总量迈上2万亿元台阶。工业总产值突破2万亿元，社会消费品零售总额6700亿元，进出口总额6000亿元。',
      {
        kind: 'target',
        year: 2026,
      },
    );
    expect(periods(found)).toEqual([
      ['2万亿元', 2030],
      ['突破2万亿元', 2030],
      ['6700亿元', 2030],
      ['6000亿元', 2030],
    ]);
  });
});

describe('a contribution to a growth in a span is of the whole span', () => {
  test('对经济增长贡献率 after 五年来 is of the five years, 对工业贡献率 and a respective run of levels of the last (dev 178, 193, 177, 60)', () => {
    const found = extractFromParagraph(
      '五年来，经济总量跃上新台阶，工业对全省经济增长的贡献率达到36.1%，服务业对经济增长贡献率超70%，城镇、乡村居民人均可支配收入分别达到3.4万元、1.7万元，产业集群对工业贡献率超过70%。',
      { kind: 'actual', year: 2026, undated: { actual: 2025 } },
    );
    expect(periods(found)).toEqual([
      ['36.1%', '2021-2025'],
      ['超70%', '2021-2025'],
      ['3.4万元', 2025],
      ['1.7万元', 2025],
      ['超过70%', 2025],
    ]);
  });
});

describe('the words of a flow (data/indicator-words.json flow_words, flow_word_continuations)', () => {
  test.each([
    ['累计新增城镇就业', true],
    ['五年投入财政扶贫资金', true],
    ['新建改造高标准农田', true],
    ['两年来', false],
    ['四年来', true],
    ['工业增加值达到', false],
    ['一件事通办完成率达到', false],
    ['建成区绿化覆盖率', false],
    ['全年完成投资', true],
    ['城乡居民收入增加', true],
    // what the span newly proved, not a stock at its end (dev 178)
    ['新探明泾川特大型铀矿、玉门超40吨金矿、平凉7亿吨级冶镁白云岩等大中型矿产地', true],
    ['探明储量', false],
    // what was promoted (sold with a subsidy) over the span (dev 421)
    ['推广高效节能空调', true],
  ] as const)('%s → %s', (words, flow) => expect(flowWord.test(words)).toBe(flow));
});

describe('a Taiwan text dates by the years of the Republic (dates.ts yearsOfOurs)', () => {
  test('114年度, 民國113年, 中華民國一百十四年, 111-112年 read as years of ours; the text as written comes back', () => {
    const read = yearsOfOurs('查該項收入雖110年執行數未達標，且111-112年執行率超出預期；民國113年、中華民國一百十四年；99年度；今（113）年；服務50年');
    expect(read.text).toBe('查該項收入雖2021年執行數未達標，且2022-2023年執行率超出預期；2024年、2025年；2010年度；今2024年；服務50年');
    expect(read.original(read.text.indexOf('2024'), read.text.indexOf('2024') + 5)).toBe('民國113年');
    expect(read.original(0, 6)).toBe('查該項收入雖');
  });

  test('a two-figure year of the Republic in a from-to, 由93年的…減至111年的…: one figure with its baseline (dev 558 line 1769)', () => {
    const found = extractFromParagraph(
      '根據歷年統計，臺灣顯著下陷面積已由93年的1,188平方公里減至111年的310平方公里，但受極端氣候影響，大旱期間下陷面積顯著增加，104年達820平方公里，112年仍高達621平方公里。',
      { kind: 'actual', rocYears: true },
      'zh-Hant',
    );
    expect(found.find((f) => f.match === '310平方公里')).toMatchObject({ label: '臺灣顯著下陷面積', period: 2022, baseline: { value: 1188, period: 2004 } });
    expect(found.map((f) => f.match)).not.toContain('1,188平方公里');
    // a count of years is none: 共93年 stays as written
    expect(yearsOfOurs('由93年的資料；共93年').text).toBe('由2004年的資料；共93年');
  });

  test('a span of years is no year of the Republic: 近100年來, 100年之久 (data/indicator-words.json duration_openers, duration_ends)', () => {
    // no dev text has one yet (units32's note, session 32); 108年間 and 110至112年間 (dev 442 lines 1937, 1189) are years, during them
    expect(yearsOfOurs('近100年來；逾100年；過去100年；長達100年之久；108年間；110至112年間').text).toBe('近100年來；逾100年；過去100年；長達100年之久；2019年間；2021至2023年間');
  });

  test("a table's header of years of the Republic gives its columns (dev 559: 年度 | 110 | 111)", () => {
    const text = [
      '交通委員會審查結果',
      '單位：新臺幣元',
      '',
      '| 年度 | 110 | 111 |',
      '| --- | --- | --- |',
      '| 執行數 | 3,822,237,429 | 3,181,521,801 |',
      '| 執行率 | 88.21 % | 108.54% |',
    ].join('\n');
    expect(periods(extractIndicators(outlineOf(text), { kind: 'report', year: 2025, region: '臺灣' }))).toEqual([
      ['3,822,237,429', 2021],
      ['3,181,521,801', 2022],
      ['88.21 %', 2021],
      ['108.54%', 2022],
    ]);
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2025 })).toEqual([]);
  });

  test('a Taiwan text by its region: the year leaves the label (dev 559: 110年本預算金額為2909萬1千元)', () => {
    const text = '交通委員會審查結果\n\n110年本預算金額為2909萬1千元，111年為2430萬元，年年下降。';
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2025, region: '臺灣' }).map((f) => [f.match, f.label, f.period])).toEqual([
      ['2909萬1千元', '本預算金額', 2021],
      ['2430萬元', '本預算金額', 2022],
    ]);
  });

  test('a year each figure of a list of years (dev 559: 110年本預算金額為2909萬1千元，111年為2430萬元)', () => {
    const found = extractFromParagraph('110年本預算金額為2909萬1千元，111年為2430萬元，112年為1900萬，113年為1120萬，年年下降。', { kind: 'actual', rocYears: true }, 'zh-Hant');
    expect(periods(found).slice(0, 2)).toEqual([
      ['2909萬1千元', 2021],
      ['2430萬元', 2022],
    ]);
  });

  test('a label keeps the year as the text writes it, not as ours (dev 559 line 162: 飆升成長至112年, never …2023年)', () => {
    const found = extractFromParagraph(
      '電信網路詐欺日趨嚴重，詐欺案件數從109年58,508件飆升成長至112年229,711件，113年1至10月累計統計也達144,826件。',
      { kind: 'actual', rocYears: true },
      'zh-Hant',
    );
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.label).not.toMatch(/20\d\d/);
    // two verbs of a from-to in a row (飆升成長至): one figure, of its end, with its baseline
    expect(found.find((f) => f.match === '229,711件')).toMatchObject({ label: '詐欺案件數', period: 2023, baseline: { value: 58508, period: 2020 } });
    expect(found.map((f) => f.match)).not.toContain('58,508件');
    // a run of months after the year leaves the label with it (not 年1至10月累計統計)
    expect(found.find((f) => f.match === '144,826件')?.label).toBe('累計統計');
  });

  test('a label the rules put together keeps the year as written too (dev 442 line 1539: 上市金控於112年獲利)', () => {
    const found = extractFromParagraph('面對我國14家上市金控於112年獲利高達3,690.62億元，年增逼近三成。', { kind: 'actual', rocYears: true }, 'zh-Hant');
    const profit = found.find((f) => f.match === '3,690.62億元');
    expect(profit?.period).toBe(2023);
    expect(profit?.label).not.toMatch(/20\d\d/);
  });

  test('a run after 分別 whose subject is only its time follows the run before it (dev 559 line 620: 113年1至7月分別為71.09%、17.63%)', () => {
    const found = extractFromParagraph(
      '曾流廢標比率及未於招標2次內決標比率，112年度為73.21%、22.77%，113年1至7月分別為71.09%、17.63%，雖有所下降。',
      { kind: 'actual', rocYears: true },
      'zh-Hant',
    );
    const before = ['73.21%', '22.77%'].map((m) => found.find((f) => f.match === m));
    const after = ['71.09%', '17.63%'].map((m) => found.find((f) => f.match === m));
    after.forEach((f, k) => expect(f).toMatchObject({ label: before[k]!.label, period: 2024 }));
  });

  test('elsewhere a 100年 is no year of the Republic', () => {
    const found = extractFromParagraph('110年本預算金額為2909萬1千元。', { kind: 'actual' }, 'zh-Hant');
    expect(found.map((f) => f.period)).not.toContain(2021);
  });
});

describe('a span a paragraph opens with frames the list items a dash opens after it in its section (issue 15, dev 365)', () => {
  const text = [
    '盐城市政府工作报告',
    '**本届政府工作回顾**',
    '2008年以来的几年，是我市经济社会发展最好最快的时期之一。我们推动经济社会又好又快发展，谱写了盐城科学发展新篇章。',
    '——综合实力跃上新的台阶。公共财政预算收入达到269亿元，实现四年翻两番。固定资产投资累计完成6140亿元，年均增长29.4%。',
    '——结构调整取得明显成效。二、三产业比重年均提高1个百分点。丰东股份、中联电气等4家企业成功上市。',
    '各位代表，我们也清醒地看到，发展中还存在不少困难和问题。全市还有3个县未达到省定指标。',
  ].join('\n\n');
  test('2008年以来的几年，… in a report of 2012 → 2008-2011: its flows and averages of the span, its levels of 2011, until a paragraph that is no item', () => {
    expect(periods(extractIndicators(outlineOf(text), { kind: 'work-report', year: 2012 }))).toEqual([
      ['269亿元', 2011],
      ['6140亿元', '2008-2011'],
      ['29.4%', '2008-2011'],
      ['1个百分点', '2008-2011'],
      ['4家', '2008-2011'],
      ['3个', 2011],
    ]);
  });
  test('五年来，… likewise (the five years before the document’s)', () => {
    expect(periods(extractIndicators(outlineOf(text.replace('2008年以来的几年', '五年来')), { kind: 'work-report', year: 2012 })).slice(0, 2)).toEqual([
      ['269亿元', 2011],
      ['6140亿元', '2007-2011'],
    ]);
  });
});

describe('a sentence that opens with the past part of the document’s year frames it and the sentences after it as that year (issue 15, dev 365)', () => {
  const text = [
    '盐城市政府工作报告',
    '**本届政府工作回顾**',
    '各位代表，今年以来，我们主动应对新的挑战，取得了新的成绩。一是经济保持平稳增长。预计上半年，全市地区生产总值同比增长13%。二是重点工作有序推进。八大类重点工程新开工项目90个，完成投资480亿元。',
    '全市地区生产总值增长12%。',
  ].join('\n\n');
  test('各位代表，今年以来，… in a report of 2012: what was done and what is estimated are of 2012, the next paragraph of the year reviewed', () => {
    expect(extractIndicators(outlineOf(text), { kind: 'work-report', year: 2012 }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['13%', 'estimate', 2012],
      ['90个', 'actual', 2012],
      ['480亿元', 'actual', 2012],
      ['12%', 'actual', 2011],
    ]);
  });
});
