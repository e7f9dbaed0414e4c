// The shapes of a province's or a city's action plan (行动方案, 实施方案, 行动计划): targets of compute power,
// industry scale, counts of enterprises and scenes that the plan will foster, and the year they are for.
import { describe, expect, test } from 'vitest';
import { extractFromParagraph, extractIndicators } from '../src/pipeline/indicators.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';
import { workPlanSpan, workPlanTerm } from '../src/pipeline/infer.ts';

const target = { kind: 'target' as const, rules: true, year: 2025, period: 2025 };
const outlineOf = (text: string) => assignAnchors(parseOutline(normalizeText(text).paragraphs));
const figures = (text: string) => extractFromParagraph(text, target).map((f) => [f.match, f.value, f.unit, f.label, f.comparator]);

describe('compute power and storage in their units (算力规模, 存力规模)', () => {
  test.each([
    ['到2027年，全省智能算力规模超过30EFLOPS。', ['超过30EFLOPS', 30, 'EFLOPS', '智能算力规模', '>']],
    ['算力总规模达到12EFlops以上。', ['12EFlops以上', 12, 'EFlops', '算力总规模', '>=']],
    ['全国算力总规模超过300EFLOPS，存力总规模达到1800EB。', ['超过300EFLOPS', 300, 'EFLOPS', '算力总规模', '>']],
    // a compute unit said as its letter alone (P for PFLOPS, E for EFLOPS), in a clause of compute power
    ['全市智能算力规模达到5000P。', ['5000P', 5000, 'P', '智能算力规模', undefined]],
    ['新增智能算力2000P以上。', ['2000P以上', 2000, 'P', '新增智能算力', '>=']],
    ['算力规模达到1.5万P。', ['1.5万P', 1.5, '万P', '算力规模', undefined]],
  ])('%s', (text, first) => expect(figures(text)[0]).toEqual(first));

  test('storage is measured in bytes', () => {
    expect(figures('全国算力总规模超过300EFLOPS，存力总规模达到1800EB。')[1]).toEqual(['1800EB', 1800, 'EB', '存力总规模', undefined]);
  });

  test('a letter alone is a unit of compute power only where the clause speaks of it', () => {
    expect(figures('采购3P空调20台。').map((f) => f[0])).toEqual(['20台']);
    expect(figures('全市建成5E级景区。')).toEqual([]);
  });
});

describe('kinds counted in 类 (目录1391类, 7类地方标准): after Arabic numerals only', () => {
  test('a count of kinds or catalogues is a figure', () => {
    expect(figures('61家省级部门注册发布目录1391类，挂接资源1803类。').map((f) => f.slice(0, 3))).toContainEqual(['1391类', 1391, '类']);
    expect(figures('制定数据元等7类地方标准。')).toEqual([['7类', 7, '类', '地方标准', undefined]]);
  });

  test('a Chinese numeral before 类 is a word (三类企业), a class is a name (Ⅲ类水体)', () => {
    expect(figures('支持三类企业发展。')).toEqual([]);
    expect(figures('国、省考核断面水质全部达到四类以上。')).toEqual([]);
    expect(figures('Ⅲ类水体比例达到80%。').map((f) => f[0])).toEqual(['80%']);
  });
});

describe('a multiplier alone after a comparator word is one of it (超万亿元)', () => {
  test.each([
    ['带动相关产业规模超万亿元。', ['超万亿元', 1, '万亿元', '相关产业规模', '>']],
    ['全省数字经济规模突破万亿元。', ['突破万亿元', 1, '万亿元', '数字经济规模', '>']],
    ['全市软件业务收入突破千亿元。', undefined],
  ])('%s', (text, first) => expect(figures(text)[0]).toEqual(first));
});

describe('the verbs by which a plan gathers what it counts are no part of the label', () => {
  test.each([
    ['集聚人工智能企业1500家，其中高新技术企业500家。', '人工智能企业'],
    ['招引人工智能企业100家。', '人工智能企业'],
    ['培育壮大人工智能企业1000家。', '人工智能企业'],
    ['开放应用场景300个以上。', '应用场景'],
    ['集聚人工智能人才10万人。', '人工智能人才'],
  ])('%s → %s', (text, label) => expect(figures(text)[0]?.[3]).toBe(label));
});

describe('lengths in millimetres and centimetres (毫米, 厘米)', () => {
  test('a ban bounds a thickness: a provision of what it limits', () => {
    const found = extractFromParagraph('推广应用标准地膜，禁止生产和使用厚度低于0.01毫米的地膜。', target);
    expect(found.map((f) => [f.match, f.value, f.unit, f.label, f.kind, f.comparator])).toEqual([['低于0.01毫米', 0.01, '毫米', '厚度', 'provision', '<']]);
  });
  test.each([
    ['全年降水量达到620毫米。', ['620毫米', 620, '毫米', '降水量', undefined]],
    ['冻土层厚度为30厘米。', ['30厘米', 30, '厘米', '冻土层厚度', undefined]],
  ])('%s', (text, first) => expect(figures(text)[0]).toEqual(first));
});

describe('an age a person must have reached (年满18周岁) is a condition of the measure: a provision (dev 458)', () => {
  test('in a measure, 年满 bounds the age from below', () => {
    const found = extractFromParagraph('允许不超过五分之一不具有专利代理人资格、年满18周岁、能够在专利代理机构专职工作的中国公民担任股东。', target);
    expect(found.map((f) => [f.match, f.value, f.unit, f.label, f.kind, f.comparator])).toContainEqual(['年满18周岁', 18, '周岁', '年龄', 'provision', '>=']);
  });
});

describe("a count after a count of the text's parts counts parts too (9个方面28项重点任务)", () => {
  test.each([['《工作要点》部署了9个方面28项重点任务。'], ['围绕六个方面部署二十项重点任务。']])('%s', (text) => expect(figures(text)).toEqual([]));
  test('a count of things done is still a figure', () => {
    expect(figures('全年完成重点任务28项。').map((f) => f[0])).toEqual(['28项']);
  });
  // the verb that sets the parts out (提出, 部署) between the two counts: neither is a figure, with Arabic digits as with numerals
  // (dev 330: 从人才的认定、投入…等六个方面提出十六条措施; partCountBefore's own example, 从5个方面提出20条措施)
  test.each([['从5个方面提出20条措施。'], ['从人才的认定、投入、引进、培育、激励、服务等6个方面提出16条措施。'], ['围绕3个方面部署12项任务。'], ['从5个方面提出了20条具体措施。']])(
    '%s',
    (text) => expect(figures(text)).toEqual([]),
  );
});

describe('a qualifier of quality before 的 is a clause: the count counts the noun after it', () => {
  test.each([
    ['形成50个以上可复制推广的典型案例。', '典型案例'],
    ['打造20个可复制可推广的典型案例。', '典型案例'],
    ['建设100个以上高水平的数字化车间。', '数字化车间'],
    ['建成10个高质量的行业数据集。', '行业数据集'],
    // having influence or guidance where it acts (在全国有影响力的, 对全省有指导意义的, dev 300)
    ['形成100个对全省有指导意义的多业务协同典型场景。', '多业务协同典型场景'],
    ['打造10个在全国有影响力的区域合作典型样板。', '区域合作典型样板'],
  ])('%s → %s', (text, label) => expect(figures(text)[0]?.[3]).toBe(label));
});

describe('a doubling said before the level it reaches is no part of the subject (翻一番, 翻番)', () => {
  test.each([
    ['高新技术企业数量翻一番，达到2万家。', ['2万家', 2, '万家', '高新技术企业数量', undefined]],
    ['软件产业规模翻两番，达到5000亿元。', ['5000亿元', 5000, '亿元', '软件产业规模', undefined]],
  ])('%s', (text, first) => expect(figures(text)[0]).toEqual(first));
});

describe('the year of a target', () => {
  test("an action plan's targets are of the last year of the span its title names, unless the text names another", () => {
    const text = ['某省人工智能产业发展行动计划（2025—2027年）', '一、主要目标', '培育人工智能企业1000家。', '到2026年，建成智算中心5个。'].join('\n\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-plan', year: 2025, span: { from: 2025, to: 2027 } });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['1000家', 2027],
      ['5个', 2026],
    ]);
  });

  test("what stands now (目前…已有) in a section of goals is of the document's year, not the year the section aims at", () => {
    const text = [
      '某市低空经济行动方案（2024—2027年）',
      '一、主要目标',
      '到2027年，相关企业数量突破5000家。目前全市已有相关企业1200家。',
      '二、重点任务',
      '建设起降场地100个。当前已建成起降场地20个。',
    ].join('\n\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-plan', year: 2024, span: { from: 2024, to: 2027 } });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['突破5000家', 'target', 2027],
      ['1200家', 'actual', 2024],
      ['100个', 'target', 2027],
      ['20个', 'actual', 2024],
    ]);
  });

  test('a state as it stood on a date (截至, 截止: as_of_words) makes a figure in a section of goals an actual, whichever word says it', () => {
    const text = ['某市充电基础设施行动方案（2024—2027年）', '一、主要目标', '全市截至2024年6月建成充电桩1200个，截止2024年6月建成换电站30座。'].join('\n\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-plan', year: 2024, span: { from: 2024, to: 2027 } });
    expect(found.map((f) => [f.match, f.kind])).toEqual([
      ['1200个', 'actual'],
      ['30座', 'actual'],
    ]);
  });

  test('the span of a work plan is the one its title names in brackets', () => {
    expect(workPlanSpan('安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知')).toEqual({ from: 2021, to: 2023 });
    expect(workPlanSpan('某省推动“人工智能+”行动方案（2025—2027年）')).toEqual({ from: 2025, to: 2027 });
    // a notice that pays out for years gone by names no span of its own
    expect(workPlanSpan('关于下达天津市2023-2024年度电力需求响应资金计划的通知')).toBeUndefined();
  });

  test('a work plan whose title names no span covers the term its text states (试点时间为…至…, dev 408)', () => {
    expect(workPlanTerm('**（二）试点时限。**试点时间为2025年1月1日至2026年12月31日。其中，2025年初，试点单位启动试点工作。')).toEqual({ from: 2025, to: 2026 });
    expect(workPlanTerm('本方案实施期限为2024—2026年。')).toEqual({ from: 2024, to: 2026 });
    // a date alone, or a deadline, is no term
    expect(workPlanTerm('2025年底前，在数据资产台账编制等方面取得阶段性成效。')).toBeUndefined();
    expect(workPlanTerm('本措施自2017年3月1日起施行，有效期至2020年2月29日。')).toBeUndefined();
  });

  test('a plan without a span in its title keeps its own year', () => {
    const found = extractIndicators(outlineOf(['某市2025年数字经济工作要点', '培育人工智能企业1000家。'].join('\n\n')), { kind: 'work-plan', year: 2025 });
    expect(found.map((f) => f.period)).toEqual([2025]);
  });

  test('a paragraph that opens with 到…年 and leads a list dates the items after it (dev 119)', () => {
    const text = [
      '某市推动“人工智能+”行动方案',
      '一、主要目标',
      '到2027年，人工智能与实体经济深度融合。',
      '——产业规模。人工智能核心产业规模达到2000亿元。',
      '——企业培育。集聚人工智能企业1500家。',
      '二、重点任务',
      '开放应用场景300个以上。',
    ].join('\n\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-plan', year: 2025 });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['2000亿元', 2027],
      ['1500家', 2027],
      ['300个以上', 2025],
    ]);
  });

  test('a paragraph that opens with 到…年 frames its sentences after the first too: their undated targets are of that year, not of the span (workplan21)', () => {
    const text = [
      '某市推动数字经济高质量发展三年行动计划（2024—2026年）',
      '一、主要目标',
      '到2025年，数字政府建设取得明显成效。政务服务事项网上可办率达到100%，累计建成5G基站5万个。目前全市已有5G基站2万个。',
      '到2026年，数字经济核心产业增加值突破3000亿元。',
      '培育人工智能企业1000家。',
    ].join('\n\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-plan', year: 2024, span: { from: 2024, to: 2026 } });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['100%', 'target', 2025],
      ['5万个', 'target', 2025],
      ['2万个', 'actual', 2024],
      ['突破3000亿元', 'target', 2026],
      // a paragraph that opens with no year: the span's last
      ['1000家', 'target', 2026],
    ]);
  });

  test('an exception clause (除…外) keeps its rule words to itself: the target after it is no provision', () => {
    const kinds = (t: string) => extractFromParagraph(t, target).map((f) => [f.match, f.kind]);
    expect(kinds('除法律、法规规定必须到现场办理的事项外，政务服务事项网上可办率达到100%，全省通办率达到80%。')).toEqual([
      ['100%', 'target'],
      ['80%', 'target'],
    ]);
    // rule words outside the exception still make a rule
    expect(kinds('除另有规定外，项目应在3年内完成建设。')).toEqual([['3年', 'provision']]);
  });

  test("a table's target column with no year of its own (目标值) is of the year its section frames its goals with, the first it opens a paragraph with (dev 301)", () => {
    const text = [
      '某省数字政府改革和建设总体方案',
      '一、总体要求',
      '（一）总体目标',
      '到2025年，政务服务一体机镇街覆盖率达到95%。',
      '到2035年，高水平建成数字政府。',
      '| 序号 | 主要指标 | 目标值 |\n| --- | --- | --- |\n| 1 | 一窗综合受理率（%） | 100 |\n| 2 | 日均活跃用户数（万名） | 120 |',
      '二、总体架构',
      '| 序号 | 主要指标 | 目标值 |\n| --- | --- | --- |\n| 1 | 政务网接入率（%） | 100 |',
    ].join('\n\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-plan', year: 2022 });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['95%', 'target', 2025],
      ['100', 'target', 2025],
      ['120', 'target', 2025],
      // a section that frames no year: the plan's own
      ['100', 'target', 2022],
    ]);
  });

  test('dash-led goals rendered as headings are of the year the goal paragraph before them opens with', () => {
    const text = [
      '某省数字政府建设总体方案',
      '一、总体要求',
      '到2025年，数字政府体系全面建成。',
      '###### ——数字底座支撑更加坚实',
      '电子证照用证率达到80%。',
      '###### ——政务服务能力显著增强',
      '网上可办率达到100%。',
      '二、总体架构',
      '建设平台3个。',
    ].join('\n\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-plan', year: 2023 });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['80%', 2025],
      ['100%', 2025],
      ['3个', 2023],
    ]);
  });
});

describe("a city's special plan: what its goals and its review count (dev 439)", () => {
  test.each([
    // a qualifier of renown before 的 (国际知名的, 国内知名的) is a clause: the count counts the noun after it
    ['集聚培育10家以上国际知名的金融科技领军企业。', '金融科技领军企业'],
    // so is a frame 以…为… (which take fintech as their focus): the count counts the parks and buildings after 的
    ['在全市形成5个左右以金融科技为发展重点的园区、特色楼宇。', '园区、特色楼宇'],
    // 培养 (train) is a verb by which a plan gathers what it counts, as 培育 is
    ['累计培养金融科技人才3000人。', '金融科技人才'],
    // a trial run is what the counted things undergo, no part of their noun (as 投产, 开业)
    ['已推动9个创新应用测试运行。', '创新应用'],
    // 共建成 is 共 (in all) + 建成, not 共建 (build jointly) + 成 (dev 405)
    ['五年内，全国共建成骨干新线铁路3600公里。', '骨干新线铁路'],
    // a level a plan works to (按…来把握, 按…安排: at which it is held, dev 404) is of the measure before 按; the verb after names nothing
    ['“九五”固定资产投资率按百分之三十来把握。', '固定资产投资率'],
    ['增长速度按8%考虑。', '增长速度'],
    // a size class before 的 (10万千瓦级以上的) qualifies the noun after it, which the count counts (dev 69)
    ['建成30个10万千瓦级以上的大型风电项目。', '大型风电项目'],
    // one character in brackets after a word is another reading of its last (农田 or 农地), no part of the name (dev 50)
    ['改造中低产田地，新建高产稳产农田(地)250万亩。', '高产稳产农田'],
    ['新建高产稳产农田（地）250万亩。', '高产稳产农田'],
    ['大力开发风能，建成 30 个 10 万千瓦级以上的大型风电项目，在内蒙古形成百万千瓦风电基地。', '大型风电项目'],
  ])('%s → %s', (text, label) => expect(figures(text)[0]?.[3]).toBe(label));

  test('一批 (a batch of) is a vague quantity, after a comparator word too (突破一批: make breakthroughs in a number of)', () => {
    expect(figures('着力突破一批金融科技前沿关键技术。')).toEqual([]);
    expect(figures('已推动三批9个创新应用测试运行。').map((f) => f[0])).toContain('9个');
  });
});
