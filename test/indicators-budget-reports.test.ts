// Figures of budget reports and budget speeches read to a congress or a council (dev 239, 241, 248, 278; issue 15):
// who acted on the speaker's own place, what a total includes, the land sold, the forecasts of others.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildReport } from '../src/pipeline/index.ts';
import { extractFromParagraph, extractIndicators } from '../src/pipeline/indicators.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';
import { financialYearUnderWay } from '../src/pipeline/indicators/financial-years.ts';
import { budgetsOwnYear, inferKind } from '../src/pipeline/infer.ts';

const labels = (text: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans'): string[][] =>
  extractFromParagraph(text, { kind: 'actual', year: 2025 }, script).map((f) => [f.match, f.label]);

describe('who acted on the speaker’s own place names nothing of the figure (ownPlaces; dev 239, 241, 278)', () => {
  test('省财政厅核定我市政府债务限额, 财政部核定本市政府债务限额 → 政府债务限额', () => {
    expect(labels('2025年，省财政厅核定我市政府债务限额1917.4亿元。')).toEqual([['1917.4亿元', '政府债务限额']]);
    expect(labels('经国务院批准，2025年财政部核定本市政府债务限额为11446.2亿元。')).toEqual([['11446.2亿元', '政府债务限额']]);
    expect(labels('省转贷我市地方政府债券465.6亿元。')).toEqual([['465.6亿元', '地方政府债券']]);
  });
  test('not where the characters are inside a word: 资本市场, 基本市场', () => {
    expect(labels('企业通过资本市场融资120亿元。')[0]?.[1]).toContain('资本市场');
  });
});

describe('a bracket opened by what a total includes (含, 包括: note_openers; dev 239, 278)', () => {
  test('the figure inside is labelled by what it counts, the figure before by its own words', () => {
    const found = labels('全市转贷地方政府债券465.6亿元（含再融资债券226亿元），其中市级104.1亿元（含再融资债券71.2亿元）。');
    expect(found.filter((f) => f[0] !== '104.1亿元')).toEqual([
      ['465.6亿元', '转贷地方政府债券'],
      ['226亿元', '再融资债券'],
      ['71.2亿元', '再融资债券'],
    ]);
    // the note is no part of the label of the figure before it (市级104.1亿元 takes the bracket figure's label after 其中, which is still wrong)
    expect(found.find((f) => f[0] === '104.1亿元')?.[1]).not.toContain('含');
    expect(labels('一般性转移支付837.7亿元（含共同财政事权转移支付62.7亿元），专项转移支付191.6亿元。').map((f) => f[1])).toEqual([
      '一般性转移支付',
      '共同财政事权转移支付',
      '专项转移支付',
    ]);
  });
});

describe('the 让 of a word is no causative (marker_words: 出让; dev 278)', () => {
  test('土地出让收入 is the land sold, not what 让 makes', () => {
    expect(labels('其中，市级国有土地使用权出让收入678.5亿元；市级国有土地使用权出让支出938.4亿元。')).toEqual([
      ['678.5亿元', '市级国有土地使用权出让收入'],
      ['938.4亿元', '市级国有土地使用权出让支出'],
    ]);
    expect(labels('全年土地出讓收入約800億元。', 'zh-Hant')[0]?.[1]).toBe('土地出讓收入');
  });
  test('a causative still gives its object: 会令政府收入减少', () => {
    expect(labels('这项建议会令政府收入每年减少接近9亿元。')[0]?.[1]).toBe('政府收入');
  });
});

describe('a budget adjusted to an amount: 调整为 ends the label (dev 239)', () => {
  test('支出预算调整为829.8亿元 → 支出预算', () => {
    expect(labels('经市人大常委会批准，支出预算调整为829.8亿元。')).toEqual([['829.8亿元', '支出预算']]);
  });
});

describe('a forecast that closes the sentence’s first clause makes its figures estimates (dev 248)', () => {
  const kinds = (text: string, kind: 'actual' | 'target') => extractFromParagraph(text, { kind, year: 2018 }, 'zh-Hant').map((f) => [f.match, f.kind]);
  test('國際貨幣基金組織最新預測，今年全球經濟增長3.9%: a body’s forecast, though of this year', () => {
    expect(kinds('國際貨幣基金組織最新預測，今年全球經濟增長3.9%，是自2011年以來最快速的增長。', 'actual')).toEqual([['3.9%', 'estimate']]);
  });
  test('根據去年年底估算，…約97 000個: 估算 is a forecast verb', () => {
    expect(kinds('此外，根據去年年底估算，未來3至4年可以供應市場的一手私人住宅單位維持在約97 000個的高水平。', 'actual')).toEqual([['約97 000個', 'estimate']]);
  });
  test('not expectations steadied (稳预期: expectation_verbs), which forecast nothing', () => {
    expect(kinds('去年我們堅持穩增長、穩預期，全年新增就業10萬人。', 'actual')[0]?.[1]).not.toBe('estimate');
  });
});

describe('guards of the rules above', () => {
  test('before 的 the own place is inside a clause that qualifies the noun: 纳入我区统计核算的营业收入 (dev 196)', () => {
    expect(extractFromParagraph('批发业：上一年度纳入我区统计核算的营业收入5亿元以上。', { kind: 'actual' })[0]?.label).toBe('营业收入');
  });
  test('a forecast named as a noun after 的 opens no forecast: 根據我…的估計，為要達到…的目標 (dev 70)', () => {
    const [f] = extractFromParagraph('根據我在去年10月22日的估計，為要達到削減至2008-09年度的2,000億元的目標，預算應該是2,144億元。', { kind: 'actual', year: 2004 }, 'zh-Hant');
    expect(f?.kind).not.toBe('estimate');
  });
});

describe('不多于, 不高于, 不大于 bound a figure from above (dev 183, 70)', () => {
  test('9億9,820萬8千元 is 998208000 元: a Taiwan budget down to the thousand, whole in units as 1万6千多户 is (dev 442)', () => {
    const [f] = extractFromParagraph('第82項　臺北國稅局9億9,820萬8千元，照列。', { kind: 'actual', year: 2025 }, 'zh-Hant');
    expect(f).toMatchObject({ match: '9億9,820萬8千元', value: 998208000, unit: '元' });
    const [g] = extractFromParagraph('第79項　財政部12萬5千元，照列。', { kind: 'actual', year: 2025 }, 'zh-Hant');
    expect(g).toMatchObject({ match: '12萬5千元', value: 125000, unit: '元' });
    // the item's number is no part of the label: the agency it is for is
    expect(g!.label).toBe('財政部');
    // passed as proposed (照列): the budget's amount, planned
    expect([f!.kind, g!.kind]).toEqual(['target', 'target']);
  });
  // Taiwan's 兆 is 10^12 (萬億) before an amount in 億; elsewhere it is the prefix of a unit (兆瓦, 兆焦), 10^6 (dev 442)
  test.each([
    ['改列為2兆7,844億9,228萬8千元。', '2兆7,844億9,228萬8千元', 2784492288000, '元'],
    ['保險業國外投資餘額為22兆7,797億元。', '22兆7,797億元', 227797, '億元'],
    ['民間投資金額1兆0,161億元。', '1兆0,161億元', 10161, '億元'],
    ['新增裝機容量300兆瓦。', '300兆瓦', 300, '兆瓦'],
  ])('兆 before 億 is a trillion: %s', (text, match, value, unit) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2025 }, 'zh-Hant')[0]).toMatchObject({ match, value, unit });
  });
  test('2,422億澳門元 is in 億澳門元: the pataca is a currency unit as 港元 is (dev 441)', () => {
    const [f] = extractFromParagraph('2026年3月底澳門特別行政區的外匯儲備資產總額，初步統計為2,422億澳門元。', { kind: 'actual', year: 2026 }, 'zh-Hant');
    expect(f).toMatchObject({ match: '2,422億澳門元', value: 2422, unit: '億澳門元' });
  });
  test('不多於100億港元 is at most 100 億港元, not more than it', () => {
    const [f] = extractFromParagraph('我會發行一次不多於100億港元的通脹掛鈎債券。', { kind: 'actual', year: 2015 }, 'zh-Hant');
    expect(f).toMatchObject({ match: '不多於100億港元', value: 100, comparator: '<=' });
    expect(extractFromParagraph('竞价上限不高于0.4元/千瓦时。', { kind: 'actual' })[0]).toMatchObject({ match: '不高于0.4元/千瓦时', comparator: '<=' });
    expect(extractFromParagraph('单个项目不大于500万元。', { kind: 'actual' })[0]).toMatchObject({ match: '不大于500万元', comparator: '<=' });
  });
});

describe('到位 opens a word, no preposition (preposition_words; dev 241)', () => {
  test('到位资金120亿元 → 到位资金; 争取到位财政性资金 → 到位财政性资金', () => {
    expect(labels('全年到位资金120亿元。')).toEqual([['120亿元', '到位资金']]);
    expect(labels('全年累计争取到位财政性资金248亿元以上（不含普惠类资金），其中项目类资金150亿元。')[0]?.[1]).toBe('到位财政性资金');
  });
});

describe('a bracket of what a total leaves out (不含) is a note too (note_openers; dev 241)', () => {
  test('一般公共预算收入（不含土地出让收入）120亿元 → 一般公共预算收入', () => {
    expect(labels('一般公共预算收入（不含土地出让收入）120亿元。')).toEqual([['120亿元', '一般公共预算收入']]);
  });
});

describe('可用 opens a noun, no modal (可用财力, 可用资金; dev 279)', () => {
  test('当年可用财力246.2亿元 → 可用财力; 可 before a verb is still a modal', () => {
    expect(labels('扣除上下级体制结算净上解资金，当年可用财力246.2亿元。')).toEqual([['246.2亿元', '可用财力']]);
    expect(labels('全市可用资金50亿元。')[0]?.[1]).toBe('可用资金');
    expect(labels('这项措施可节省开支约3亿元。')[0]?.[1]).not.toMatch(/^可/);
  });
});

describe('加 standing alone before a part of a total is plus (dev 279)', () => {
  test('加专项债券100.5亿元，上年结转38.3亿元…收入总计251.3亿元: the parts are named without 加', () => {
    const found = labels('市级政府性基金收入72.6亿元，加专项债券100.5亿元，收入总计251.3亿元。政府性基金支出125.7亿元，加专项债务还本支出36亿元。');
    expect(found.filter((f) => ['100.5亿元', '36亿元'].includes(f[0]!)).map((f) => f[1])).toEqual(['专项债券', '专项债务还本支出']);
  });
  test('not a word that opens with 加: 加工贸易进出口额', () => {
    expect(labels('加工贸易进出口额120亿元。')[0]?.[1]).toBe('加工贸易进出口额');
  });
});

describe('a year already past that the speaker says will have (将有) is forecast: an estimate (dev 355)', () => {
  const kinds = (text: string, year: number): string[][] => extractFromParagraph(text, { kind: 'actual', year }, 'zh-Hans').map((f) => [f.match, f.kind]);
  test('2019年…全国将有340个左右贫困县摘帽 said on the eve of 2020', () => {
    expect(kinds('2019年，我们用汗水浇灌收获。全国将有340个左右贫困县摘帽、1000多万人实现脱贫。', 2020)).toEqual([
      ['340个左右', 'estimate'],
      ['1000多万人', 'estimate'],
    ]);
    // what the year did, said without 将, is achieved
    expect(kinds('2019年，我们用汗水浇灌收获。全国有340个左右贫困县摘帽。', 2020)).toEqual([['340个左右', 'actual']]);
  });
});

describe('若 in a word (相若, 若干) is no "if" of a rule (dev 305)', () => {
  // a budget speech is a document that may set rules: its 若 (if) makes a provision, not the 若 of 相若 (alike) or 若干 (several)
  const speech = { kind: 'actual' as const, year: 2024, rules: true };
  test('利得稅和薪俸稅的收入分別為…，與原來預算相若: estimates compared with the budget, no provisions', () => {
    const found = extractFromParagraph('利得稅和薪俸稅的收入分別為一千七百一十二億元和七百九十二億元，與原來預算相若。', speech, 'zh-Hant');
    expect(found.map((f) => [f.value, f.kind])).toEqual([
      [1712, 'actual'],
      [792, 'actual'],
    ]);
    expect(extractFromParagraph('安排若干项目资金5亿元。', speech)[0]?.kind).toBe('actual');
  });
  test('若 (if) and 倘若 still make a rule', () => {
    expect(extractFromParagraph('若逾期未缴纳的，处500元罚款。', speech)[0]?.kind).toBe('provision');
    expect(extractFromParagraph('倘若逾期未缴纳的，处500元罚款。', speech)[0]?.kind).toBe('provision');
  });
});

describe('将 before a verb of falling or rising is what will be (dev 305)', () => {
  test('非經常開支將大幅減少百分之四十七點七至三百三十六億元 in a budget speech: a target', () => {
    const speech = { kind: 'actual' as const, year: 2024 };
    expect(extractFromParagraph('非經常開支將大幅減少百分之四十七點七至三百三十六億元。', speech, 'zh-Hant').map((f) => [f.value, f.kind])).toEqual([[336, 'target']]);
    expect(extractFromParagraph('政府整體開支將下降至七千億元。', speech, 'zh-Hant')[0]?.kind).toBe('target');
    // 将 as an object marker before a noun stays no modal: 将减排任务分解到…
    expect(extractFromParagraph('全年碳排放减少3万吨，将减排任务分解到各区。', speech)[0]?.kind).toBe('actual');
  });
  test('将 before any verb of a change (rise_verbs, fall_verbs) and an adverb of degree (change_adverbs): 將增長 as 將減少 (dev 305)', () => {
    const speech = { kind: 'actual' as const, year: 2024 };
    // 305's 將大幅減少…至 with a verb of rising: 增長 was missing from the verbs futureJiang listed itself
    expect(extractFromParagraph('非經常開支將大幅增長百分之十至三百三十六億元。', speech, 'zh-Hant').map((f) => [f.value, f.kind])).toEqual([[336, 'target']]);
    expect(extractFromParagraph('政府整體開支將增長百分之五至七千億元。', speech, 'zh-Hant')[0]?.kind).toBe('target');
    expect(extractFromParagraph('經營開支將削減至五千億元。', speech, 'zh-Hant')[0]?.kind).toBe('target');
    expect(extractFromParagraph('經營開支將略為下降至五千億元。', speech, 'zh-Hant')[0]?.kind).toBe('target');
  });
});

describe('a level reached by growing (增长至, 增长到) and the adverbs of degree before it (review24a, session 24)', () => {
  test.each([
    ['經營開支將穩步增長至5000億元。', '經營開支', 'target', 'zh-Hant'],
    ['收入将平稳增长至5000亿元。', '收入', 'target', 'zh-Hans'],
    ['经营开支增长到5000亿元。', '经营开支', 'actual', 'zh-Hans'],
    ['經營開支將略為下降至五千億元。', '經營開支', 'target', 'zh-Hant'],
    // a modal 会 says what will be as 将 does, an adverb of degree between or not (huiModal in futureJiang; issue 15, session 25)
    ['收入会稳步增长至5000亿元。', '收入', 'target', 'zh-Hans'],
    ['經營開支會略為下降至5000億元。', '經營開支', 'target', 'zh-Hant'],
    ['政府收入會增加至5000億元。', '政府收入', 'target', 'zh-Hant'],
  ] as const)('%s → %s', (text, label, kind, script) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2024 }, script).map((f) => [f.label, f.value, f.kind])).toEqual([[label, 5000, kind]]);
  });
  test('the 会 of a noun is no modal: 社会消费品零售总额增长 is what grew', () => {
    expect(extractFromParagraph('全社会消费品零售总额增长5%。', { kind: 'actual', year: 2024 }).map((f) => f.kind)).toEqual(['actual']);
    expect(extractFromParagraph('全年社会消费品零售总额达到5000亿元。', { kind: 'actual', year: 2024 }).map((f) => f.kind)).toEqual(['actual']);
  });
});

describe('a budget item a committee revises is one figure: the amount passed, its proposal the baseline (budgetRevision; dev 442)', () => {
  const budget = { kind: 'actual' as const, year: 2025 };
  const read = (text: string) =>
    extractFromParagraph(text, budget, 'zh-Hant').map((f) => [f.label, f.value, f.unit, f.kind, f.baseline?.value, f.change ? `${f.change.value} ${f.change.unit}` : undefined]);
  test('原列…，增列…，改列為…: one figure with baseline and change', () => {
    expect(read('第1項　財政部原列2兆7,739億9,228萬8千元，增列105億元（科目自行調整），改列為2兆7,844億9,228萬8千元。')).toEqual([
      ['財政部', 2784492288000, '元', 'target', 2773992288000, '105 億元'],
    ]);
  });
  test('減列 is a cut, and an item revised with no amount between keeps its baseline alone', () => {
    expect(read('第3項　國庫署原列100億元，減列5億元，改列為95億元。')).toEqual([['國庫署', 95, '億元', 'target', 100, '-5 億元']]);
    expect(read('第4項　關務署原列10億元，改列為12億元。')).toEqual([['關務署', 12, '億元', 'target', 10, undefined]]);
  });
  test('增列 or 減列 of several sub-items with their total (共計增列): the total is the change, the amount passed still the figure (dev 442 line 107)', () => {
    const found = read(
      '第99項　國有財產署及所屬原列191億3,837萬3千元，增列第1目「財產孳息」第2節「權利金」1億5,000萬元、第3節「租金收入」2,000萬元，共計增列1億7,000萬元，其餘均照列，改列為193億0,837萬3千元。',
    );
    expect(found.filter((f) => f[4] !== undefined)).toEqual([['國有財產署及所屬', 19308373000, '元', 'target', 19138373000, '17000 萬元']]);
    expect(found.map((f) => f[0])).not.toContain('改列');
    expect(
      read(
        '第9項　關務署及所屬原列75億1,942萬3千元，減列第1目「一般行政」100萬元、第2目「關稅業務」550萬元，共計減列650萬元（科目均自行調整），其餘均照列，改列為75億1,292萬3千元。',
      ).filter((f) => f[4] !== undefined),
    ).toEqual([['關務署及所屬', 7512923000, '元', 'target', 7519423000, '-650 萬元']]);
  });
  test('改列 with or without 為: one definition (budgetRevision) joins the item and makes the amount passed a target', () => {
    expect(read('第4項　關務署原列10億元，改列12億元。')).toEqual([['關務署', 12, '億元', 'target', 10, undefined]]);
  });
  test('an item passed as proposed (照列) stays one figure of its own', () => {
    expect(read('第79項　財政部12萬5千元，照列。')).toEqual([['財政部', 125000, '元', 'target', undefined, undefined]]);
  });
});

describe('a basis that names a financial year’s revised estimate (較二零二三／二四年度修訂預算上升, dev 305)', () => {
  const found = (text: string) =>
    extractFromParagraph(text, { kind: 'actual', year: 2024 }, 'zh-Hant').map((f) => [f.match, f.label, f.change ? `${f.change.value} ${f.change.unit}` : undefined]);
  test('the growth after it is the change of the figure before it, no figure of its own', () => {
    expect(found('入息及利得稅預計為二千七百九十六億元，較二零二三／二四年度修訂預算上升百分之六點八。')).toEqual([['二千七百九十六億元', '入息及利得稅', '6.8 %']]);
    expect(found('入息及利得稅預計為2,796億元，較2023/24年度修訂預算上升6.8%。')).toEqual([['2,796億元', '入息及利得稅', '6.8 %']]);
  });
  test('a financial year written with a hyphen, as Hong Kong budget speeches of the 2000s write it (2001-02 年度, dev 56)', () => {
    expect(found('在 2002-03 年度 ， 政府的經常開支總額為 2,049 億元 ， 較 2001-02 年度修訂預算實質增長 5%。')).toEqual([['2,049 億元', '經常開支總額', '5 %']]);
  });
  test('a financial year written with 至, as dev 305 writes its own (二零二四至二五年度財政預算案)', () => {
    expect(found('入息及利得稅預計為二千七百九十六億元，較二零二四至二五年度修訂預算上升百分之六點八。')).toEqual([['二千七百九十六億元', '入息及利得稅', '6.8 %']]);
    expect(found('入息及利得稅預計為2,796億元，較2024至25年度修訂預算上升6.8%。')).toEqual([['2,796億元', '入息及利得稅', '6.8 %']]);
  });
});

describe('a budget’s totals of its resources and uses (收入总计, 支出总计; dev 279)', () => {
  test('总计 after 收入 or 支出 names the total, no filler to trim (as 合计 and 总计 after other words are)', () => {
    expect(labels('一般公共预算支出346.9亿元，完成预算的94.9%；一般债务还本支出15.7亿元，支出总计362.6亿元。').at(-1)).toEqual(['362.6亿元', '支出总计']);
    expect(labels('2025年园区政府性基金收入129.4亿元，完成预算的90.3%，加专项债券77.2亿元，上年结转26亿元，上级补助收入4.9亿元，收入总计237.5亿元。').at(-1)).toEqual([
      '237.5亿元',
      '收入总计',
    ]);
  });
  test('上年结转 is the carry-over from the year before, a budget item: 上年 is part of its name, no time to trim', () => {
    const found = labels('2025年市级政府性基金收入72.6亿元，完成预算的128.3%，加专项债券100.5亿元，上年结转38.3亿元，上级补助收入31亿元。');
    expect(found.find((f) => f[0] === '38.3亿元')).toEqual(['38.3亿元', '上年结转']);
  });
});

describe('a forecast goes on over its sentence (issue 15, dev 70, 305, 352)', () => {
  const kinds = (text: string, year: number, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hant') =>
    extractFromParagraph(text, { kind: 'actual', year }, script).map((f) => [f.match, f.kind]);
  test('a later clause whose 將 or 會 before a verb of change is what the forecast foresees: 預計為…，財政儲備亦將下降至…', () => {
    expect(kinds('年度赤字預計為四百八十一億元，財政儲備亦將下降至六千八百五十一億元。', 2024)).toEqual([
      ['四百八十一億元', 'estimate'],
      ['六千八百五十一億元', 'estimate'],
    ]);
    expect(kinds('但估計仍將錄得約一千四百億元赤字，財政儲備則會下降至約八千二百億元的水平。', 2023)).toEqual([
      ['約一千四百億元', 'estimate'],
      ['約八千二百億元', 'estimate'],
    ]);
    expect(kinds('年度赤字预计为481亿元，财政储备亦将下降至6851亿元。', 2024, 'zh-Hans').map((k) => k[1])).toEqual(['estimate', 'estimate']);
  });
  test('not what a speaker will do, nor a clause with no forecast before it', () => {
    expect(kinds('年度赤字預計為四百八十一億元，我們將把經營開支減少至五千億元。', 2024).map((k) => k[1])).toEqual(['estimate', 'target']);
    expect(kinds('政府整體開支將下降至七千億元。', 2024).map((k) => k[1])).toEqual(['target']);
  });
  test('the parts of a sentence cut by ； go on with the sentence 至於 continues: 我們預計…。至於…，教育佔23%；…保安佔10.5%。', () => {
    expect(kinds('我們預計2004-05年度政府的整體開支總額為2,587億元。至於開支細節方面，教育佔23%；社會福利及衞生共佔26.4%；保安佔10.5%。', 2004).map((k) => k[1])).toEqual([
      'estimate',
      'estimate',
      'estimate',
      'estimate',
    ]);
    expect(kinds('我们预计2004-05年度政府的整体开支总额为2,587亿元。至于开支细节方面，教育占23%；保安占10.5%。', 2004, 'zh-Hans').map((k) => k[1])).toEqual([
      'estimate',
      'estimate',
      'estimate',
    ]);
  });
});

// Hong Kong's financial year runs from April to March: in a budget speech of February 2024 the one under way is 2023-2024
const hongKong2024 = { kind: 'actual' as const, year: 2024, financialYear: financialYearUnderWay({ region: '香港', date: '2024-02-28' }) };

describe('the financial year under way is not closed: what it has reached is a revised estimate (issue 15, dev 305)', () => {
  const read = (text: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hant') => extractFromParagraph(text, hongKong2024, script).map((f) => [f.match, f.kind, f.period]);
  test('今個財政年度的總開支仍達…, and the figures its sentence goes on to (在同期)', () => {
    expect(read('今個財政年度的總開支仍達七千二百七十九億元，比二零一八／一九年度增加百分之三十六點九，其中經營開支在同期更大幅增長百分之四十點二。')).toEqual([
      ['七千二百七十九億元', 'estimate', '2023-2024'],
      ['百分之四十點二', 'estimate', '2023-2024'],
    ]);
    expect(read('本财政年度的总开支达7279亿元。', 'zh-Hans')).toEqual([['7279亿元', 'estimate', '2023-2024']]);
  });
  test('not a financial year a recurring figure starts from (由今個財政年度起), nor one closed (二零二二／二三年度)', () => {
    expect(read('由今個財政年度起，政府向僱員再培訓局每年提供4億元撥款。')[0]?.[1]).not.toBe('estimate');
    expect(read('開支於二零二二／二三年度達到八千一百零五億元的高位。')).toEqual([['八千一百零五億元', 'actual', '2022-2023']]);
  });
});

describe('a section of forecasts (中期財政預測) foresees what its 將 of a change says (forecastGoesOn; issue 15, dev 305)', () => {
  const read = (text: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hant') =>
    extractFromParagraph(text, { kind: 'estimate', year: 2024 }, script).map((f) => [f.match, f.kind, f.period]);
  test('政府整體開支佔本地生產總值的比率將由…逐漸下降至二零二八／二九年度約百分之二十點六 → an estimate of 2028-2029', () => {
    expect(read('在這期間，政府整體開支佔本地生產總值的比率將由二零二四／二五年度約百分之二十四點六逐漸下降至二零二八／二九年度約百分之二十點六。')).toEqual([
      ['約百分之二十點六', 'estimate', '2028-2029'],
    ]);
    expect(read('在这期间，政府整体开支占本地生产总值的比率将由2024／25年度约24.6%逐渐下降至2028／29年度约20.6%。', 'zh-Hans')).toEqual([['约20.6%', 'estimate', '2028-2029']]);
  });
  test('what the speaker will do there is still a target', () => {
    expect(read('在這期間，我們將把經營開支削減至五千億元。').map((f) => f[1])).toEqual(['target']);
  });
});

describe('the financial year under way that opens a label is its time, no part of the metric (issue 15, dev 305)', () => {
  test.each([
    ['今個財政年度的總開支仍達七千二百七十九億元。', '總開支', 'zh-Hant'],
    ['本財政年度的利得稅收入約為一千七百億元。', '利得稅收入', 'zh-Hant'],
    ['本财政年度的总开支达7279亿元。', '总开支', 'zh-Hans'],
    ['下一个财政年度的经营开支将增加至5000亿元。', '经营开支', 'zh-Hans'],
  ] as const)('%s → %s', (text, label, script) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2024 }, script).map((f) => f.label)).toEqual([label]);
  });
});

describe('the financial year before or after the one under way dates its figure as 本財政年度 does (dev 305)', () => {
  test.each([
    ['下一個財政年度的經營開支將增加至5000億元。', '2024-2025', 'target'],
    ['下一财政年度的卖地收入预计为330亿元。', '2024-2025', 'estimate'],
    ['上一個財政年度的經營開支為5000億元。', '2022-2023', 'actual'],
    ['本財政年度的總開支為7279億元。', '2023-2024', 'estimate'],
  ] as const)('%s → %s %s', (text, period, kind) => {
    const script = text.includes('财') ? 'zh-Hans' : 'zh-Hant';
    expect(extractFromParagraph(text, hongKong2024, script).map((f) => [f.period, f.kind])).toEqual([[period, kind]]);
  });
});

describe('which financial year 本财政年度 is: Hong Kong’s April to March, elsewhere the calendar year (data/financial-years.json)', () => {
  test.each([
    // a budget speech of February: the year that started the April before; a policy address of October: the one that started that April
    [
      { region: '香港', date: '2004-03-10' },
      { from: 2003, spans: true },
    ],
    [
      { region: '香港', date: '2017-10-11' },
      { from: 2017, spans: true },
    ],
    [
      { region: '沙田区', regionParent: '香港', date: '2017-10-11' },
      { from: 2017, spans: true },
    ],
    // undated: read as a budget speech, before April
    [
      { region: '香港', year: 2024 },
      { from: 2023, spans: true },
    ],
    // the mainland's 预算年度 is the calendar year (预算法 第十八条), and so are Macau's and Taiwan's
    [
      { region: '上海', date: '2025-01-15' },
      { from: 2025, spans: false },
    ],
    [
      { region: '澳門', year: 2024 },
      { from: 2024, spans: false },
    ],
    [
      { region: '臺灣', year: 2024 },
      { from: 2024, spans: false },
    ],
  ] as const)('%o → %o', (place, underWay) => expect(financialYearUnderWay(place)).toEqual(underWay));

  test('本财政年度 in a mainland text of 2025 is 2025, the year after 2026 (not a Hong Kong year across two)', () => {
    const mainland = { kind: 'actual' as const, year: 2025, financialYear: financialYearUnderWay({ region: '上海', year: 2025 }) };
    expect(extractFromParagraph('本财政年度的一般公共预算支出为9000亿元。', mainland).map((f) => f.period)).toEqual([2025]);
    expect(extractFromParagraph('下一个财政年度的一般公共预算支出为9500亿元。', mainland).map((f) => f.period)).toEqual([2026]);
    // a context that names no region reads it so too
    expect(extractFromParagraph('本财政年度的一般公共预算支出为9000亿元。', { kind: 'actual', year: 2025 }).map((f) => f.period)).toEqual([2025]);
  });

  test('下一個財政年度 in a Hong Kong policy address of October 2017 is 2018-2019 (dev 143)', () => {
    const address = { kind: 'actual' as const, year: 2017, financialYear: financialYearUnderWay({ region: '香港', date: '2017-10-11' }) };
    expect(extractFromParagraph('先在下一個財政年度增加公務員編制百分之三。', address, 'zh-Hant').map((f) => f.period)).toEqual(['2018-2019']);
  });
});

describe('a sentence that goes on with the one before (至於, 其中) is of the time that one names (issue 15, dev 70)', () => {
  const periods = (text: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hant') => extractFromParagraph(text, { kind: 'actual', year: 2004 }, script).map((f) => f.period);
  test('我們預計 2004-05 年度…。至於開支細節方面，教育佔23%；…保安佔10.5%: every part of it', () => {
    expect(periods('我們預計2004-05年度政府的整體開支總額為2,587億元。至於開支細節方面，教育佔23%；社會福利及衞生共佔26.4%；保安佔10.5%。')).toEqual([
      '2004-2005',
      '2004-2005',
      '2004-2005',
      '2004-2005',
    ]);
    expect(periods('我们预计2004-05年度政府的整体开支总额为2,587亿元。至于开支细节方面，教育占23%；保安占10.5%。', 'zh-Hans')).toEqual(['2004-2005', '2004-2005', '2004-2005']);
  });
  test('a sentence that does not go on with it keeps its own time', () => {
    expect(periods('我們預計2004-05年度政府的整體開支總額為2,587億元。教育開支佔23%。')).toEqual(['2004-2005', undefined]);
  });
  test('以…為例 opens an example of the sentence before: its figures are of that sentence’s frame, 來年’s target (dev 53 line 675)', () => {
    const text = '來年，對中學的為教師創造空間的撥款將增加達 50%。以一所超過 18 班的中學為例 ， 每年的撥款額由 30 萬元增加至 45 萬元 。';
    expect(extractFromParagraph(text, { kind: 'actual', year: 2001 }, 'zh-Hant').map((f) => [f.value, f.kind])).toEqual([
      [50, 'target'],
      [45, 'target'],
    ]);
  });
});

describe('來年 is the year after the document’s, as 明年 is (next_year_words; issue 15, dev 53)', () => {
  const read = (text: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hant') => extractFromParagraph(text, { kind: 'actual', year: 2001 }, script).map((f) => [f.kind, f.period]);
  test('來年，…撥款將增加達50%; 來年我們將再次提高幼稚園資助：…津貼額將提高至62,600元', () => {
    expect(read('來年，對中學的為教師創造空間的撥款將增加達50%。')).toEqual([['target', 2002]]);
    expect(read('來年我們將再次提高幼稚園資助：如果幼稚園百分之一百聘用合資格的幼師，津貼額將提高至62,600元。').at(-1)).toEqual(['target', 2002]);
    expect(read('来年，对中学的拨款将增加达50%。', 'zh-Hans')).toEqual([['target', 2002]]);
  });
  test('明年 as before', () => {
    expect(read('明年，對中學的撥款將增加達50%。')).toEqual([['target', 2002]]);
  });
  test('the 来 of a word in 来 (以来, 年来) and the 年 of 年均 after it are no 来年: 其中2003年以来年均增长26.2% in a report of 2006 is achieved (dev 212)', () => {
    const kinds = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2006 }, 'zh-Hans').map((f) => f.kind);
    expect(kinds('全社会固定资产投资五年累计完成1.4万亿元，年均增长14.1%，其中2003年以来年均增长26.2%。')).toEqual(['actual', 'actual', 'actual']);
    expect(kinds('近年来年均新增就业1.2万人。')).toEqual(['actual']);
  });
});

describe('what the original budget set is that budget’s, a target, though its sentence estimates (original_budget_words; issue 15, dev 56)', () => {
  const kinds = (text: string, year: number, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hant') =>
    extractFromParagraph(text, { kind: 'actual', year }, script).map((f) => [f.match, f.kind]);
  test('我估計…綜合赤字為656億元，…遠高於原先預算的30億元赤字', () => {
    expect(kinds('首先，我估計2001-02年度的綜合赤字為656億元，相等於本地生產總值的5.2%，遠高於原先預算的30億元赤字。', 2002)).toEqual([
      ['656億元', 'estimate'],
      ['5.2%', 'estimate'],
      ['30億元', 'target'],
    ]);
    expect(kinds('我估计2001-02年度的综合赤字为656亿元，远高于原先预算的30亿元赤字。', 2002, 'zh-Hans').map((k) => k[1])).toEqual(['estimate', 'target']);
  });
  test('not a share of it achieved: 完成原预算的105%', () => {
    expect(kinds('全年一般公共预算收入完成原预算的105%。', 2025, 'zh-Hans').map((k) => k[1])).toEqual(['actual']);
  });
});

// 未來N年 says when, not what kind: the government's plan over the years ahead is a target, what they will cost or bring due an
// estimate (README Indicators, `kind`; test/fixtures/eval/README.md)
describe('a figure over the years ahead (未來N年): a plan is a target, a cost or a liability an estimate (dev 70, 122, 144, 183)', () => {
  const kinds = (text: string, year: number) => extractFromParagraph(text, { kind: 'actual', year }, 'zh-Hant').map((f) => [f.match, f.kind]);
  test.each([
    // what measures just said will cost over the years ahead (dev 144 line 34), what falls due in them (line 58)
    [
      '政府亦會把長者醫療券的受惠年齡由70歲降至65歲，讓額外約40萬名長者每年獲得2,000元的私營基層醫療津貼。上述措施是重大和長遠的承擔，未來10年涉及的額外政府經常開支平均每年約90億元。',
      2017,
      '約90億元',
      'estimate',
    ],
    ['政府的中、長期承擔，還包括超過3,000億元進行中工程的承擔額，以及未來10年政府須支付約4,500億元的公務員退休金。', 2017, '約4,500億元', 'estimate'],
    // the government's own spending and supply over them stay its plan (dev 70 line 830, dev 183)
    ['在未來 5 年 ， 非經營開支平均每年為 430 億元 。', 2004, '430 億元', 'target'],
    ['我亦會在未來3年增撥2億500萬元，支援更多青年人到內地交流和實習。', 2015, '2億500萬元', 'target'],
    ['政府預定在未來 5 年的基本公共工程計劃 ， 每年平均開支約 290 億元 。', 2004, '約 290 億元', 'target'],
  ] as const)('%s → %s %s %s', (text, year, match, kind) => {
    expect(kinds(text, year).find((f) => f[0] === match)?.[1]).toBe(kind);
  });
  // review29b: what the sentence itself plans (我们计划, a plan's section) costs what is planned, a target, though 涉及 says its cost
  test.each([
    ['未来三年，我们计划推进城市更新，项目涉及资金300亿元。', 'actual', '300亿元'],
    ['未来五年，全市计划实施重大项目200个，涉及总投资1.2万亿元。', 'target', '1.2万亿元'],
  ] as const)('%s (a %s section) → %s target', (text, kind, match) => {
    expect(extractFromParagraph(text, { kind, year: 2024 }).find((f) => f.match === match)?.kind).toBe('target');
  });
});

// 未來N年 says when too: the N years from the document's year, or from the next in a text dated October to December (README
// Indicators, `period`; test/fixtures/eval/README.md, conventions37: dev 120, 122, 143, 144)
describe('a figure after the years ahead its sentence counts (未来N年, 今后N年) is of those years (aheadSaid; issue 15)', () => {
  const periods = (text: string, kind: 'record' | 'report' | 'other' | 'plan' | 'regulation', year: number, date?: string) =>
    extractIndicators(assignAnchors(parseOutline(normalizeText(['講話', text].join('\n\n')).paragraphs)), { kind, year, date, script: 'zh-Hant' }).map((f) => [f.match, f.period]);
  test.each([
    // a budget speech of March 2005 (dev 120 line 286), a policy address of January 2004 (dev 122 lines 196, 372, 374)
    ['這些措施預計可在未來兩年額外帶來超過 120 萬名旅客。', 2005, '2005-03-16', '超過 120 萬名', '2005-2006'],
    ['政府預定在未來 5 年的基本公共工程計劃 ， 每年平均開支約 290 億元 。', 2004, '2004-01-07', '約 290 億元', '2004-2008'],
    ['今後 5 年 ， 新酒店的建設會提供約 13 000 個服務業職位 。', 2004, '2004-01-07', '約 13 000 個', '2004-2008'],
    // a budget speech of February 2017 (dev 144 line 58)
    ['以及未來10年政府須支付約4,500億元的公務員退休金。', 2017, '2017-02-22', '約4,500億元', '2017-2026'],
    // a policy address of October 2017: the year ahead is the next one (dev 143 line 105)
    ['在未來一年，我們將把幼兒學前康復服務名額由目前的3 000個增加到7 000個。', 2017, '2017-10-11', '7 000個', 2018],
  ] as const)('%s (%s, %s) → %s %s', (text, year, date, match, period) => {
    expect(periods(text, 'record', year, date).find((f) => String(f[0]).replace(/\s/g, '').endsWith(match.replace(/\s/g, '')))?.[1]).toBe(period);
  });
  test('a year the sentence names wins; a span after the figure dates nothing; a plan keeps its own spans', () => {
    expect(periods('2018年將投入50億元，並在未來3年推行。', 'record', 2018)).toEqual([['50億元', 2018]]);
    expect(periods('本年度撥款50億元，用於未來3年的工程。', 'record', 2018)).toEqual([['50億元', 2018]]);
    // (the figure before the phrase keeps the year nothing else dates; the one after it is of the three years)
    expect(periods('撥款50億元用於未來3年的工程，並在未來3年增聘100人。', 'record', 2018)).toEqual([
      ['50億元', 2018],
      ['100人', '2018-2020'],
    ]);
    // in a plan the years ahead are its own (五年 only, as before), not the sentence's count
    expect(periods('未來3年，新增綠地100公頃。', 'plan', 2026)).toEqual([['100公頃', '2026-2030']]);
  });
  test('今后N年 says the years ahead as 未来N年 does: their figures are targets too (one pattern, ahead_words)', () => {
    const kinds = (text: string) =>
      extractIndicators(assignAnchors(parseOutline(normalizeText(['報告', text].join('\n\n')).paragraphs)), {
        kind: 'report',
        year: 2025,
        date: '2025-01-10',
        script: 'zh-Hans',
      }).map((f) => [f.match, f.period, f.kind]);
    expect(kinds('未来三年，全市新增就业2万人。')).toEqual([['2万人', '2025-2027', 'target']]);
    expect(kinds('今后三年，全市新增就业2万人。')).toEqual([['2万人', '2025-2027', 'target']]);
    expect(kinds('今后五年，全市地区生产总值达到5000亿元，年均增长6%。')).toEqual([
      ['5000亿元', 2029, 'target'],
      ['6%', '2025-2029', 'target'],
    ]);
  });
  test("今后五年 in the figure's own clause or opening its paragraph counts from the same year as 未来N年 in its sentence", () => {
    // a policy address of October: the five years ahead are the next five, wherever the phrase stands (五年内 keeps the document's year)
    expect(periods('全港今後五年新增綠地100公頃。', 'record', 2026, '2026-10-11')).toEqual([['100公頃', '2027-2031']]);
    expect(periods('今後五年，全港新增綠地100公頃。', 'record', 2026, '2026-10-11')).toEqual([['100公頃', '2027-2031']]);
    expect(periods('今後五年，我們將推進綠化。全港新增綠地100公頃。', 'record', 2026, '2026-10-11')).toEqual([['100公頃', '2027-2031']]);
    expect(periods('全港今後五年新增綠地100公頃。', 'record', 2026, '2026-01-11')).toEqual([['100公頃', '2026-2030']]);
  });
  test('a text written after its year counts the years ahead from the year it is written in (writtenIn)', () => {
    // a review of 2025 published in February 2026 (as dev 323): its 2025 is past, the three years ahead are 2026-2028
    expect(periods('未來三年，全州新增就業2萬人。', 'record', 2025, '2026-02-28')).toEqual([['2萬人', '2026-2028']]);
    expect(periods('未來三年，全州新增就業2萬人。', 'record', 2025, '2025-02-28')).toEqual([['2萬人', '2025-2027']]);
  });
});

// A list whose lead-in proposes (我建議：, 政府會：, 施政報告提出了…措施，包括：) sets out the address's proposals: what its items
// count is planned, a target of the address's year, unless an item says it was done (dev 143 line 105)
describe('the items of a list a lead-in proposes are targets (issue 15, dev 143)', () => {
  const address = (...paragraphs: string[]) =>
    // under a title line (the text's first line is its title, no paragraph)
    extractIndicators(assignAnchors(parseOutline(normalizeText(['施政報告', ...paragraphs].join('\n\n')).paragraphs)), { kind: 'record', year: 2017, script: 'zh-Hant' }).map(
      (f) => [f.value, f.kind],
    );
  test('施政報告提出了不少這方面的措施，包括： then (6) …；', () => {
    expect(
      address(
        '要成為受市民愛戴的政府，我們要做到"以人為本"、無微不至。為此，施政報告提出了不少這方面的措施，包括：',
        '(6) 把殘疾學生在政府部門實習的計劃名額由每年50個倍增至100個，提升他們的就業競爭力；',
        '(7) 全面檢視各公務員職系的中文語文能力入職要求。',
      ),
    ).toEqual([[100, 'target']]);
  });
  test.each(['在紓緩經營壓力方面，我建議：', '為此，政府會：'])('%s then its items', (lead) => {
    expect(address(lead, '（一） 把殘疾學生實習名額由每年50個倍增至100個；', '（二） 寬減差餉，以每戶每季一千元為上限。').map((f) => f[1])).toEqual(['target', 'target']);
  });
  test('a lead-in that proposes nothing leaves its items as they are, and an item said to be done stays done', () => {
    expect(address('過去一年，我們的工作包括：', '(1) 興建了3 000個公屋單位；', '(2) 資助了500間學校。')).toEqual([
      [3000, 'actual'],
      [500, 'actual'],
    ]);
    expect(address('為此，施政報告提出了不少措施，包括：', '(1) 已經興建3 000個公屋單位；', '(2) 資助500間學校。')).toEqual([
      [3000, 'actual'],
      [500, 'target'],
    ]);
  });
});

// A share is labelled by its part (test/fixtures/eval/README.md): a clause that opens with 佔 (共佔) after a noun phrase alone names
// only the whole, and the part is the phrase before the comma (dev 144 line 34, dev 248 line 89)
describe('a share whose clause opens with 佔 after a noun phrase: the phrase is its part', () => {
  test.each([
    ['眾所周知，香港稅基狹窄，政府收入來源集中，利得稅、薪俸稅、印花稅和地價收入，共佔2017-2018年度政府總收入74%；當中波幅特別大。', '利得稅、薪俸稅、印花稅和地價收入'],
    ['利得稅、薪俸稅、印花稅、差餉和賣地收入，共佔2015-2016年度政府總收入約75%。', '利得稅、薪俸稅、印花稅、差餉和賣地收入'],
    ['税收收入，占一般公共预算收入的80%。', '税收收入'],
  ])('%s → %s', (text, part) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2018 }, /[佔稅]/.test(text) ? 'zh-Hant' : 'zh-Hans').map((f) => f.label)).toEqual([part]);
  });
  // review29b: a clause that says what its subject is (是) is no noun phrase alone: its subject is the part (dev 352 line 1747, unlabelled),
  // and a connective alone names no part (与此同时, 相比之下: leadingFillers)
  test.each([
    ['基層醫療是整個醫療系統重要一環，佔公共醫療衞生開支約兩成。', '基層醫療'],
    ['与此同时，占比提高到35%。', '占比'],
    ['相比之下，占比为20%。', '占比'],
  ])('not a clause or a connective: %s → %s', (text, label) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2023 }, /[佔醫]/.test(text) ? 'zh-Hant' : 'zh-Hans').map((f) => f.label)).toEqual([label]);
  });
  test('after a figure of its sentence the share stays that figure’s (share of the figure before)', () => {
    expect(extractFromParagraph('民生和社会事业累计支出2806亿元，占公共财政预算支出的85%。', { kind: 'actual', year: 2018 }).map((f) => f.label)).toEqual([
      '民生和社会事业累计支出',
      '民生和社会事业累计支出',
    ]);
  });
});

// 合共 is Hong Kong's 共计 (in all): a total's adverb, no part of the label before it (dev 305 line 2030, 合共達三千四百三十七億元)
test('合共 before a total goes from the label as 共计 does: 投放合共達 → 投放', () => {
  expect(extractFromParagraph('民生相關政策範疇的投放合共達三千四百三十七億元。', { kind: 'actual', year: 2024 }, 'zh-Hant').map((f) => f.label)).toEqual([
    '民生相關政策範疇的投放',
  ]);
});

describe('a budget speech’s review of the year: the verb and adverb before a level and the time before the name are no part of it (dev 499)', () => {
  test('錄得, 處於, 介乎 before a level end the label (level_verbs)', () => {
    expect(labels('去年香港經濟錄得百分之二點五的溫和增長。', 'zh-Hant')[0]?.[1]).toBe('香港經濟');
    expect(labels('最新的失業率處於百分之三點一的低水平。', 'zh-Hant')[0]?.[1]).toBe('最新的失業率');
    expect(labels('我們預測香港經濟在今年會繼續溫和增長，全年實質增長介乎百分之二至三。', 'zh-Hant')[0]?.[1]).toBe('實質增長');
  });
  test('輕微, 穩健 between the subject and its change (predicate_adverbs)', () => {
    expect(labels('本地居民消費模式轉變，私人消費開支輕微下跌百分之零點六。', 'zh-Hant')[0]?.[1]).toBe('私人消費開支');
    expect(labels('去年第四季全職僱員每月就業收入中位數按年穩健增長百分之四點八。', 'zh-Hant')[0]?.[1]).toBe('全職僱員每月就業收入中位數');
  });
  test('近日, 去年底 and a quarter without 度 (第四季) say when (leadingFillers)', () => {
    expect(labels('今年以來，交投更為活躍，近日日均成交額超過二千億元。', 'zh-Hant')[0]?.[1]).toBe('日均成交額');
    expect(labels('吸資金：去年底本港的存款總額超過十七萬億元，按年上升百分之七。', 'zh-Hant')[0]?.[1]).toBe('存款總額');
  });
});

describe('a budget item’s amount as a resolution cites it: 編列 is what the budget plans, the 目 it names is the label (dev 558)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2025 }, 'zh-Hant').map((f) => [f.match, f.label, f.kind]);
  test('…歲出預算案第1目「…」編列814萬1千元 → the 目 named, a target', () => {
    expect(
      found('(一)114年度國家發展委員會歲出預算案第1目「基本行政工作維持－業務費－水電費」編列814萬1千元，凍結該預算100萬元，俟向立法院經濟委員會提出書面報告後，始得動支。')[0],
    ).toEqual(['814萬1千元', '基本行政工作維持－業務費－水電費', 'target']);
    expect(found('(五)114年度國家發展委員會歲出預算案第5目「促進產業發展」編列6億4,939萬3千元，凍結該預算1,000萬元。')[0]).toEqual(['6億4,939萬3千元', '促進產業發展', 'target']);
  });
  test('本項通過決議40項： heads the resolutions on the item: a count of the text’s own parts, no figure (dev 558, 442, 642)', () => {
    expect(found('本項通過決議40項：')).toEqual([]);
    expect(found('本項通過決議25項：')).toEqual([]);
  });
  test('…署「科技業務」預算編列… → the item named in quotes, without the year, the agency and the budget word; a path keeps its quotes (dev 642)', () => {
    expect(
      found(
        '(一)114年度衛生福利部疾病管制署「科技業務」預算編列2億4,084萬6千元，合併凍結100萬元，俟衛生福利部就下列各案向立法院社會福利及衛生環境委員會提出書面報告，並經同意後，始得動支。',
      )[0],
    ).toEqual(['2億4,084萬6千元', '科技業務', 'target']);
    expect(found('爰此，針對114年度衛生福利部疾病管制署「科技業務」預算編列2億4,084萬6千元，凍結100萬元。')[0]?.[1]).toBe('科技業務');
    // 計列 (budgeted at) as 編列: what the budget plans, no part of the label, which is the cost named before it (dev 642)
    expect(found('內含：(3)導入社區及大眾標準化AI智慧防疫空間等相關軟硬體費用，計列2,915萬2千元。')).toEqual([['2,915萬2千元', '相關軟硬體費用', 'target']]);
    expect(found('內含：(2)成立計畫執行辦公室辦理計畫管理與規計列535萬元（委辦費）。')[0]?.[2]).toBe('target');
    expect(found('3.114年度衛生福利部疾病管制署「科技業務」項下「建構智慧防疫新生活行動計畫」預算編列4,000萬元，內含：')[0]?.[1]).toBe(
      '「科技業務」項下「建構智慧防疫新生活行動計畫」',
    );
  });
});

describe('what a budget appropriated is a target of its year, past or not: 編列了, 編列 before a span, 增列 before the item, 預算金額為 (budgetPlanned; issue 15, dev 559, 642, 738)', () => {
  const kinds = (text: string, kind: 'actual' | 'target' = 'actual') => extractFromParagraph(text, { kind, year: 2012, carryYear: true }, 'zh-Hant').map((f) => [f.match, f.kind]);
  test('編列 with 了 or a span of years before the amount, in a member’s question of 2012 (dev 738)', () => {
    expect(kinds('當時您回答中央有編列4年500億的預算。')).toEqual([['500億', 'target']]);
    expect(kinds('以交通部來看，98至101年編列了150億預算，而這150億被當作改善、維護「省道」的公務預算。')[0]).toEqual(['150億', 'target']);
  });
  test('增列 before the item it adds and 預算金額為 (dev 642, 559)', () => {
    expect(kinds('預算編列2億4,084萬6千元，係辦理「傳染病科技實證支援防疫決策提升應變效能研究」，較113年度增列建構疫情決策預警彈性機動應變模式等經費1,905萬4千元。')).toEqual([
      ['2億4,084萬6千元', 'target'],
      ['1,905萬4千元', 'target'],
    ]);
    expect(kinds('(三)110年本預算金額為2909萬1千元，111年為2430萬元，年年下降，卻未說明理由。')[0]).toEqual(['2909萬1千元', 'target']);
  });
  test('a budget’s outturn and what was spent stay actuals (執行數, 支用)', () => {
    expect(kinds('100年度預算執行數為120億元。')).toEqual([['120億元', 'actual']]);
    expect(kinds('去年實際支用30億元。')).toEqual([['30億元', 'actual']]);
  });
  test('增列 that lists (新增列入, 增列为: 列入, 列为 a list, as 争取首批增列公共卫生博士专业学位 in a plan, dev 213) or a cut made (減列後) appropriates nothing', () => {
    const hans = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024, carryYear: true }, 'zh-Hans').map((f) => [f.match, f.kind]);
    expect(hans('全省新增列入国家级非物质文化遗产代表性项目名录12项。')).toEqual([['12项', 'actual']]);
    expect(hans('全市增列为省级自然保护区2处。')).toEqual([['2处', 'actual']]);
    expect(kinds('經減列後實際支出80億元。')).toEqual([['80億元', 'actual']]);
  });
});

describe('a space pdftotext stretched a justified line with, between two Han characters, is no break in a number or a word (spacing.ts; dev 499)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2025 }, 'zh-Hant').map((f) => [f.match, f.value, f.unit]);
  test('百 分 之二點五, 二 萬 個 are read as written without the spaces; match quotes them as printed', () => {
    expect(found('我們預測香港經濟在二零二六至二零二九年間，平均每年實質增長百分之二點九。基本通脹率預計為平均每年百 分 之二點五。')).toContainEqual(['百 分 之二點五', 2.5, '%']);
    expect(found('它們會在香港合共投資近五百億元，創造超過二 萬 個就業機會；')).toContainEqual(['超過二 萬 個', 2, '萬個']);
  });
  test('按 年 is still the basis of a change: 按 年上升百分之七 is the change of the amount before it', () => {
    const [f, ...rest] = extractFromParagraph('吸資金：去年底本港的存款總額超過十七萬億元，按 年上升百分之七。', { kind: 'actual', year: 2025 }, 'zh-Hant');
    expect(f).toMatchObject({ value: 17, change: { value: 7, unit: '%' } });
    expect(rest).toEqual([]);
  });
});

describe('a count of what came to Hong Kong: 來港, 到港 are what the counted things do, no part of their name (counted_noun_verbs; dev 499)', () => {
  test('六十六家重點企業來港 → 重點企業, 約十八萬名人才到港 → 人才', () => {
    expect(labels('已引進六十六家重點企業來港，其中八成已經或正籌劃建立全球或地區總部。', 'zh-Hant')[0]).toEqual(['六十六家', '重點企業']);
    expect(labels('搶人才：截至去年底，各項人才入境計劃共收到超過四十三萬宗申請，共有約十八萬名人才到港。', 'zh-Hant').at(-1)).toEqual(['約十八萬名', '人才']);
  });
  // what the counted may do (有資格, predicate_adverbs) ends their name before it, as what they cannot do does (無法): not 來港 after it (dev 70)
  test('1 億名內地居民有資格來港作個人遊 → 內地居民', () => {
    expect(labels('廣東省 ， 屆時約有 1 億名內地居民有資格來港作個人遊 。', 'zh-Hant').at(-1)).toEqual(['1 億名', '內地居民']);
  });
});

describe('an amount a proposal adds to or cuts from a budget item: 增列, 減列 say what is planned, and are no part of the label, nor is 爰 (dev 559)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2025 }, 'zh-Hant').map((f) => [f.match, f.label, f.kind]);
  test('建議該項預算增列1,000萬元 → 該項預算, a target; 爰增列該項預算100萬元 → 該項預算; 爰提案增列「…」100萬元 → the item quoted', () => {
    expect(found('爰此，建議該項預算增列1,000萬元，以覈實編列。')).toEqual([['1,000萬元', '該項預算', 'target']]);
    expect(found('爰增列該項預算100萬元。')).toEqual([['100萬元', '該項預算', 'target']]);
    expect(found('爰提案增列「行政規費收入-登記費」100萬元。')[0]?.[2]).toBe('target');
    expect(found('爰提案增列「行政規費收入-登記費」100萬元。')[0]?.[1]).toMatch(/^「?行政規費收入-登記費」?$/);
  });
});

describe('the rest of a list item is the paragraph its run-in title leaves, not any paragraph of its source line (eval:shapes json-record, dev 248)', () => {
  test("a budget speech's figures read the same when a record holds its text on one line", () => {
    const speech = readFileSync('test/fixtures/corpus/248_hk-budget-speech-2018-legco-record-json-speech.txt', 'utf8')
      .split('\n')
      .slice(0, 192)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
    const figures = (text: string) =>
      buildReport({ file: 'x.txt', name: 'x', bytes: new TextEncoder().encode(text), meta: {}, sha256: '0'.repeat(64) }).record.indicators.map((f) => [
        f.match,
        f.label,
        f.kind,
        f.period,
      ]);
    const published = figures(speech);
    // 共佔2017-2018年度政府總收入74%, under the strategy's items (一)…(七) and a paragraph after them: an actual of the year before, as published
    expect(published).toContainEqual(['74%', '利得稅、薪俸稅、印花稅和地價收入', 'actual', '2017-2018']);
    expect(figures(JSON.stringify({ title: '2018-19年度財政預算案', fullText: speech }))).toEqual(published);
    // and as Python's json.dump writes it by default (ensure_ascii, every Han character a \\u escape: eval:shapes json-ascii): the
    // text is read in its own script, Traditional, from the characters the escapes stand for (json-escape)
    const ascii = JSON.stringify({ title: '2018-19年度財政預算案', content: speech }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(ascii).toMatch(/^[ -~]+$/);
    expect(figures(ascii)).toEqual(published);
  });
});

describe('a budget item named by its path of quoted names keeps every quote paired (dev 442)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2025 }, 'zh-Hant').map((f) => [f.match, f.label, f.kind]);
  test('第1目「一般行政」項下「基本行政工作維持」之「業務費」編列… → the path as quoted, not 一般行政」項下「…」之「業務費', () => {
    const [first] = found('(十二)114年度財政部預算案於第1目「一般行政」項下「基本行政工作維持」之「業務費」編列9,317萬2千元。');
    expect(first?.[0]).toBe('9,317萬2千元');
    expect(first?.[1]).toBe('「一般行政」項下「基本行政工作維持」之「業務費」');
    expect(first?.[2]).toBe('target');
  });
});

test('a quarter said without 度 (第四季, 前三季) goes from a label, not the 季 of 季度 (dev 278: 前三季度较上年同期快 is no 度快)', () => {
  const found = labels('2025年以来，支出进度持续高于同期水平，前三季度较上年同期快4.5个百分点。');
  expect(found[0]?.[0]).toBe('4.5个百分点');
  expect(found[0]?.[1]).not.toMatch(/^度/);
  expect(labels('第一季度快3个百分点。')[0]?.[1]).not.toMatch(/^度/);
});

describe('a report’s target that nothing dates is of the document’s year, as a plan’s is (issue 15, dev 442, 477)', () => {
  const outlineOf = (text: string) => assignAnchors(parseOutline(normalizeText(text).paragraphs));
  test('第79項　財政部12萬5千元，照列。 in the review of the budget of 2025 → a target of 2025', () => {
    const text = ['財政委員會審查結果', '**一、歲入部分**', '第2款　罰款及賠償收入', '第79項　財政部12萬5千元，照列。'].join('\n\n');
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2025, script: 'zh-Hant' }).map((f) => [f.match, f.kind, f.period])).toEqual([['12萬5千元', 'target', 2025]]);
  });
  test('its actuals still carry the year the text last gave (carriedYearKinds): 2023年…3200件 then 150余份 → 2023', () => {
    const text = '某市检察机关工作情况\n\n2023年，全市检察机关受理电信网络诈骗案件3200件。\n\n制发检察建议150余份。';
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2024 }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['3200件', 'actual', 2023],
      ['150余份', 'actual', 2023],
    ]);
  });
});

describe('a body’s budget for a year is what it plans to take in and spend: its figures are targets of that year (budgets; issues 15/16, dev 477, 714)', () => {
  const outlineOf = (text: string) => assignAnchors(parseOutline(normalizeText(text).paragraphs));
  test.each([
    ['重庆市交通委员会2018年部门预算情况说明', true],
    ['平潭综合实验区台湾工作部2017年部门预算公开', true],
    ['2026年深圳市南山区工业和信息化局部门预算', true],
    // a final accounts or a report on a budget's execution reports what was done; a notice that approves a budget is a notice
    ['2017年度平潭综合实验区党工委管委会台湾工作部部门决算公开', false],
    ['关于东庠乡2015年财政预算执行情况和 2016年财政预算（草案）的报告', false],
    ['平潭综合实验区财政金融局关于批复2016年度部门预算的通知', false],
  ])('%s → budgets its own year: %s', (title, own) => {
    expect(budgetsOwnYear(title)).toBe(own);
  });
  test('a department budget published as such (…部门预算公开) is a report, as one titled …部门预算 is', () => {
    const title = '平潭综合实验区台湾工作部2017年部门预算公开';
    expect(inferKind(title, title)).toBe('report');
  });
  test('dev 477: 2018年一般公共预算财政拨款收入…, 比2017年减少… → targets of 2018 with their change; 比上年增加 too', () => {
    const text = [
      '二、部门预算情况说明',
      '2018年一般公共预算财政拨款收入324970.32万元，一般公共预算财政拨款支出324970.32万元，比2017年减少145261.52万元。',
      '四、其他重要事项的情况说明',
      '１.机关运行经费情况。2018年一般公共预算财政拨款运行经费16252.11万元，比上年增加654.94万元，主要原因为市级部门公用经费标准统一提高。',
    ].join('\n');
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2018, budgetsOwnYear: true }).map((f) => [f.match, f.kind, f.period, f.change?.value])).toEqual([
      ['324970.32万元', 'target', 2018, undefined],
      ['324970.32万元', 'target', 2018, -145261.52],
      ['16252.11万元', 'target', 2018, 654.94],
    ]);
  });
  test('dev 714: what nothing dates is of the budget’s year, and a growth against last year said on its own is of that kind', () => {
    const text =
      '五、一般公共预算拨款支出情况 2017年度一般公共预算拨款支出973万元，主要支出项目包括： （二）出国费用50万元 ，主要是台工部用于本部领导及干部公务出国、出境的住宿费、旅费、培训费等方面支出。 （二） 公务接待费 2017年预算安排21.8万元，主要用于各界人士来岚调研考察、经验交流等公务接待支出。与上年相比支出增长3%，主要原因是来岚参访的台湾重要人士有所增长。';
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2017, budgetsOwnYear: true }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['973万元', 'target', 2017],
      ['50万元', 'target', 2017],
      ['21.8万元', 'target', 2017],
      ['3%', 'target', 2017],
    ]);
  });
  test('a year before the budget’s that the text names is still an actual of it: 2016年决算数 in a budget of 2017', () => {
    const text = '2016年本部门一般公共预算拨款支出决算数为900万元。2017年度一般公共预算拨款支出973万元。';
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2017, budgetsOwnYear: true }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['900万元', 'actual', 2016],
      ['973万元', 'target', 2017],
    ]);
  });
});

describe('a report’s undated figure goes on with the target it last dated, as an actual goes on with its year (carriedTarget; dev 713)', () => {
  const outlineOf = (text: string) => assignAnchors(parseOutline(normalizeText(text).paragraphs));
  const read = (text: string, year: number, kind: 'report' | 'news' = 'report') => extractIndicators(outlineOf(text), { kind, year }).map((f) => [f.match, f.kind, f.period]);
  // a budget report whose page ran its headings (一、2015年度财政预算执行情况, 三、2016年财政预算草案) into one line
  const report =
    '3、结余情况：2015年度财政滚存结余175.3万元。 三、2016年财政预算草案 2、支出预算：2016年度安排财政总支出893.92万元。预算外资金安排支出124万元，其中行政支出65万元。 3、结余情况：再加上年财政滚存结余175.3万元，本年财政总结余为55.38万元。';
  test('the draft’s undated appropriations are targets of 2016; the balance said of last year stays an actual of 2015', () => {
    expect(read(report, 2016)).toEqual([
      ['175.3万元', 'actual', 2015],
      ['893.92万元', 'target', 2016],
      ['124万元', 'target', 2016],
      ['65万元', 'target', 2016],
      ['175.3万元', 'actual', 2015],
      ['55.38万元', 'target', 2016],
    ]);
  });
  test('an actual dated after the target ends it: 2015年度…结余 then 其中…', () => {
    expect(read('2016年度安排财政总支出893.92万元。2015年度财政净结余125.3万元，其中结转下年支出50万元。', 2016).map((f) => f[1])).toEqual(['target', 'actual', 'actual']);
  });
  test('not into a sentence that says what was found (經查, 查, 據…統計, 有鑑於): a committee’s review of a budget cites facts after the line it reviews (dev 558, 559)', () => {
    const tw = (text: string) => extractIndicators(outlineOf(text), { kind: 'report', year: 2025, script: 'zh-Hant', region: '臺灣' }).map((f) => [f.match, f.kind]);
    expect(
      tw(
        '(十三)114年度經濟部水利署及所屬預算案於第3目「水利建設及保育管理－河川海岸及排水環境營造－河川海岸環境營造計畫」編列預算167億2,540萬元。經查，國內共設置淹水感測器2,072個，107至113年7月底各縣（市）淹水感測器無淹水（未超過0公分）紀錄計有27個。',
      ).slice(0, 2),
    ).toEqual([
      ['167億2,540萬元', 'target'],
      ['2,072個', 'actual'],
    ]);
    expect(
      tw(
        '(三十八)114年度國家發展委員會預算案「推動法規鬆綁與革新、強化經貿競爭力」工作計畫項下「推動法規調適」編列325萬5千元，持續推動跨部會間法規修訂，以鬆綁投資限制，為外國企業排除投資障礙。然根據經濟部投資審議司統計，僑外資企業在我國面臨之投資障礙，以「國內法規限制太多」占比19.57%最多、「政策法規不夠明確」占比17.11%次之。',
      ).map((f) => f[1]),
    ).toEqual(['target', 'actual', 'actual']);
    expect(
      tw(
        '(十八)114年度公平交易委員會預算案於第2目「公平交易業務－限制競爭行為調查處理」編列預算571萬8千元，辦理事業有關獨占、結合及聯合行為等事項。查近年來，公平會核准或不禁止的事業結合案件共154件，其中7件涉及「公平交易法」第13條第2項所規範的附加條件或負擔。',
      ).map((f) => f[1]),
    ).toEqual(['target', 'actual', 'actual']);
    expect(
      tw(
        '(十四)114年度國家通訊傳播委員會預算案於第1目「一般行政」項下「人員維持」中「人事費」政務人員7人全年待遇編列預算1,502萬8千元。有鑑於原通傳會委員陳耀祥、林麗雲、王維菁3位委員於7月31日卸任，翁柏宗於12月1日卸任。',
      ).find((f) => f[0] === '3位')?.[1],
    ).toBe('actual');
  });
  test('only an amount of money, what a budget plans, goes on as a target: an analysis’s output and counts after a figure dated in its year stay actuals (dev 323)', () => {
    const found = read(
      '近六成产品产量呈增长态势。2025年，在统计的28种主要规模以上工业产品中，16种产品产量呈现增长，增长面57.1%。规模以上工业黄金产量1.1吨，同比增长303.3%；金属锌产量12.59万吨，同比增长8.7%；生铁产量10.91万吨，同比增长79.4%。',
      2025,
    );
    expect(found.filter((f) => ['1.1吨', '12.59万吨', '10.91万吨'].includes(f[0] as string)).map((f) => f[1])).toEqual(['actual', 'actual', 'actual']);
  });
  test('not in a text that tells of its own time (news): 今年将新增… then 建成…', () => {
    expect(read('2016年将新增就业岗位5000个。全市建成保障房1200套。', 2016, 'news').at(-1)?.[1]).toBe('actual');
  });
});
