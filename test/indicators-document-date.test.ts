// The time of a figure against the document's own date (src/pipeline/indicators.ts; issue 15, session 33): a review of a
// year published the next is written after the year it reviews, whose figures are past, not ahead (README Indicators, `kind`).
import { describe, expect, test } from 'vitest';
import { extractIndicators, type IndicatorOptions } from '../src/pipeline/indicators.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';
import { citedDateAfter } from '../src/pipeline/indicators/rules.ts';

const read = (text: string, options: IndicatorOptions) =>
  extractIndicators(assignAnchors(parseOutline(normalizeText(text).paragraphs)), options).map((f) => [f.match, f.kind, f.period]);

describe('a figure of the year a report reviews is actual when the report is dated after it (now: the year of its date)', () => {
  // dev 323: 克州2025年经济运行情况分析, dated 2026-02-28 (its lines 399-402)
  const analysis = [
    '克州2025年经济运行情况分析',
    '二、农业生产稳中趋优',
    '今年以来，紧紧围绕“稳粮、减棉、增饲、强畜、优果”发展思路，农业生产进一步增产提质。2025年，全州农林牧渔业总产值64.26亿元，按可比价计算，同比增长5.7%。',
    '粮食总产量创历史新高。2025年，全州粮食作物播种面积88.20万亩，同比下降1.6%。',
    '特色水果稳中向优。2025年，园林水果产量12.96万吨，同比增长4.8%。',
  ].join('\n\n');
  test('2025年，全州农林牧渔业总产值64.26亿元 in an analysis of 2025 dated 2026: actual, not a target of a year ahead', () => {
    expect(read(analysis, { kind: 'report', year: 2025, date: '2026-02-28' })).toEqual([
      ['64.26亿元', 'actual', 2025],
      ['88.20万亩', 'actual', 2025],
      ['12.96万吨', 'actual', 2025],
    ]);
  });
  test('a section titled by that year reviews it (titleKind reads the year the text is written in too)', () => {
    const titled = '克州经济运行情况分析\n\n一、2025年全州经济运行\n\n全州粮食作物播种面积88.20万亩，同比下降1.6%。';
    expect(read(titled, { kind: 'report', year: 2025, date: '2026-02-28' })).toEqual([['88.20万亩', 'actual', 2025]]);
    expect(read(titled, { kind: 'report', year: 2025, date: '2025-02-28' })).toEqual([['88.20万亩', 'target', 2025]]);
  });
  test('a year after the date is still ahead: a target', () => {
    expect(read('二、农业生产\n\n2026年，全州粮食作物播种面积90万亩。', { kind: 'report', year: 2025, date: '2026-02-28' })).toEqual([['90万亩', 'target', 2026]]);
  });
  test('without a date, or dated in its own year, the document’s year is now: a figure of it is ahead, as before', () => {
    expect(read('二、农业生产\n\n2025年，全州粮食作物播种面积88.20万亩。', { kind: 'report', year: 2025 })).toEqual([['88.20万亩', 'target', 2025]]);
    expect(read('二、农业生产\n\n2025年，全州粮食作物播种面积88.20万亩。', { kind: 'report', year: 2025, date: '2025-03-01' })).toEqual([['88.20万亩', 'target', 2025]]);
  });
  // dev 374: 一九七六—一九八五年发展国民经济十年规划纲要（草案）, dated 1977-12 (its lines 71-72)
  test('仅一九七四年到一九七六年三年间…大约损失工业总产值一千亿元 in a plan of 1976 dated 1977: the years before the date are past', () => {
    const plan = '一、形势\n\n仅一九七四年到一九七六年三年间，同正常增长速度相比，大约损失工业总产值一千亿元，钢二千八百万吨，财政收入四百亿元。';
    expect(read(plan, { kind: 'plan', year: 1976, date: '1977-12' })).toEqual([
      ['一千亿元', 'actual', '1974-1976'],
      ['二千八百万吨', 'actual', '1974-1976'],
      ['四百亿元', 'actual', '1974-1976'],
    ]);
  });
  // dev 290: 郴州市2025年国民经济和社会发展统计公报, dated 2026-04-16 (its line 203)
  test('全年新增蓄水能力322万立方米 in a bulletin of 2025 written in 2026: the year that closed, no year’s plan', () => {
    const bulletin = '郴州市2025年国民经济和社会发展统计公报\n\n七、农业\n\n全年新增蓄水能力322万立方米；开工各类水利工程2365处，投入资金20.45亿元。';
    expect(read(bulletin, { kind: 'report', year: 2025, reviewsOwnYear: true, date: '2026-04-16' })).toEqual([
      ['322万立方米', 'actual', 2025],
      ['2365处', 'actual', 2025],
      ['20.45亿元', 'actual', 2025],
    ]);
    // a work report of 2025 dated in its year plans it: 全年新增 is a target there still
    expect(read('2025年政府工作报告\n\n二、2025年工作安排\n\n全年新增城镇就业5万人。', { kind: 'work-report', year: 2025, date: '2025-01-20' })).toEqual([
      ['5万人', 'target', 2025],
    ]);
  });
});

describe('今年 in a section that plans is the year planned, never a past year, whatever the date (a summary of Y dated Y+1)', () => {
  // a work summary of 2025 published the next January is of the year it reviews (test/fixtures/eval/README.md `year`), dated 2026:
  // its plan's 今年 is no year before the one it is written in. The line is dev 332's (宝安区2025年政府工作报告, line 51).
  const text =
    '某区2025年工作总结\n\n一、2025年工作回顾\n\n全年地区生产总值5300.43亿元，同比增长6.8%。\n\n二、下一步工作打算\n\n综合考虑，今年经济社会发展主要预期目标是：全区地区生产总值增长6.0%左右，地方一般公共预算收入增长3.8%，固定资产投资增长6.5%以上，实际工作争取更好结果。';
  test('综合考虑，今年经济社会发展主要预期目标是：…增长6.0%左右 stays a target when the summary is dated the next year', () => {
    const kinds = (date?: string) =>
      read(text, { kind: 'work-report', year: 2025, ...(date ? { date } : {}) })
        .filter(([match]) => match !== '5300.43亿元' && match !== '6.8%')
        .map(([match, kind]) => [match, kind]);
    const planned = [
      ['6.0%左右', 'target'],
      ['3.8%', 'target'],
      ['6.5%以上', 'target'],
    ];
    expect(kinds()).toEqual(planned);
    expect(kinds('2026-01-10')).toEqual(planned);
  });
});

describe('what a cited report or news item says had happened by the day it came out: no figure ahead (issue 15, dev 542)', () => {
  // dev 542: 2021年美国侵犯人权报告, dated 2022-02 (its lines 90 and 132)
  const options = { kind: 'report', year: 2021, date: '2022-02' } as const;
  test('根据…2022年1月5日发布的统计数据，…从2019年的39558人上升到2020年的43643人: an actual of 2020, not a target of the year the data came out', () => {
    const text =
      '2021年美国侵犯人权报告\n\n一、枪支暴力\n\n枪支暴力严重危害民众生命安全。根据枪支暴力档案网站2022年1月5日发布的统计数据，美国枪击事件导致的死亡人数从2019年的39558人上升到2020年的43643人，2021年进一步上升到44816人。2021年共发生693起大规模枪击事件，比2020年增长10.1%。';
    expect(read(text, options)).toEqual([
      ['43643人', 'actual', 2020],
      ['44816人', 'actual', 2021],
      ['693起', 'actual', 2021],
    ]);
  });
  test('“今日俄罗斯”2022年1月8日报道，研究显示，…1000多场核武器试验中有928场…: as they stood that day, no target of 2022', () => {
    const text =
      '2021年美国侵犯人权报告\n\n二、少数族裔\n\n“今日俄罗斯”2022年1月8日报道，研究显示，20世纪50年代以来，美国秘密进行的1000多场核武器试验中有928场都是在印第安人肖肖尼部落的保留地上进行的。';
    expect(read(text, options)).toEqual([
      ['1000多场', 'actual', 2022],
      ['928场', 'actual', 2022],
    ]);
    // a year of the text's own, not a source's day, is still ahead: 2022年，该部落将新建学校3所
    expect(read('2021年美国侵犯人权报告\n\n二、少数族裔\n\n2022年，该部落将新建学校3所。', options)).toEqual([['3所', 'target', 2022]]);
  });
  // the rule itself, on the words after a year: a month (and a day), a verb of publishing, then 的, 称 or a clause's end (dev 542's
  // lines); not a deadline (2030年底前完成…, dev 495; 2021年1月31日前向我委提交…, dev 136) nor a year alone (2021年发布的报告称，…,
  // dev 542) or its own act (发布政策文件120件). The test below cannot tell the rule's reach: its year is past either way.
  test('citedDateAfter takes a source’s day of publication only', () => {
    for (const after of ['1月5日发布的统计数据', '7月8日报道，调查显示', '5月发布的调查数据显示', '12月19日报道称，']) expect(citedDateAfter.test(after), after).toBe(true);
    for (const after of ['底前完成重点行业绿色低碳转型升级', '1月31日前向我委提交', '发布政策文件120件', '发布的报告称，该组织每年都会收到更多'])
      expect(citedDateAfter.test(after), after).toBe(false);
  });
  test('a year of what the text itself counts as published stays its time (2021年发布政策文件120件)', () => {
    expect(read('某市2021年工作总结\n\n一、工作情况\n\n2021年发布政策文件120件。', { kind: 'report', year: 2021, date: '2022-01-10' })).toEqual([['120件', 'actual', 2021]]);
  });
});

describe('a figure after a basis with its time (較113年度預算數532萬7千元) is the baseline of the figure before, of that time (issue 15, dev 558)', () => {
  // dev 558: the Legislative Yuan economics committee's review of the budget of 民國114年 (2025), its lines 663 and 773
  const options = { kind: 'report', year: 2025, region: '臺灣' } as const;
  const found = (text: string) =>
    extractIndicators(assignAnchors(parseOutline(normalizeText(`經濟委員會審查結果\n\n二、歲出部分\n\n${text}`).paragraphs)), options).map((f) => ({
      match: f.match,
      kind: f.kind,
      period: f.period,
      ...(f.baseline ? { baseline: `${f.baseline.match} ${f.baseline.period}` } : {}),
    }));
  test('編列預算571萬8千元，較113年度預算數532萬7千元增加39萬1千元: the budget of 2025 with its baseline of 2024, not a second target of 2025', () => {
    const figures = found(
      '(十八)114年度公平交易委員會預算案於第2目「公平交易業務－限制競爭行為調查處理」編列預算571萬8千元，較113年度預算數532萬7千元增加39萬1千元（增幅7.34%），辦理事業有關獨占、結合及聯合行為等事項。',
    );
    expect(figures[0]).toEqual({ match: '571萬8千元', kind: 'target', period: 2025, baseline: '532萬7千元 2024' });
    expect(figures.map((f) => f.match)).not.toContain('532萬7千元');
  });
  test('編列21億元，較113年度預算27億1,200萬元，減少6億1,200萬元: the change after a comma too', () => {
    const figures = found(
      '(十九)114年度經濟部預算案於「非營業特種基金－經濟特別收入基金」編列21億元，較113年度預算27億1,200萬元，減少6億1,200萬元，用以撥補中小企業發展基金辦理促進中小企業健全發展等經費。',
    );
    expect(figures[0]).toEqual({ match: '21億元', kind: 'target', period: 2025, baseline: '27億1,200萬元 2024' });
    expect(figures.map((f) => f.match)).not.toContain('27億1,200萬元');
  });
});
