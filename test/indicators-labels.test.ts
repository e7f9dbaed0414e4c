// Labels of figures (src/pipeline/indicators/labels.ts and rules.ts): what counts as a function word at
// a label's edge (the measure npm run eval prints), and the label rules on real phrasings.
import { describe, expect, test } from 'vitest';
import {
  cleanLabel,
  countInBrackets,
  edgeFunctionWord,
  labelOf,
  labelSteps,
  nounAfter,
  subjectOf,
  subjectSteps,
  trimEdges,
  newActionStart,
  type LabelContext,
} from '../src/pipeline/indicators/labels.ts';
import { frameClause, recipientAfter } from '../src/pipeline/indicators/rules.ts';
import { extractFromParagraph, extractIndicators } from '../src/pipeline/indicators.ts';
import { reviewsOwnYear } from '../src/pipeline/infer.ts';
import { printedDecimalPoints, readChineseDigitNumbers, readChineseYears, readDecimalPoints } from '../src/pipeline/indicators/numbers.ts';
import { financialYearUnderWay } from '../src/pipeline/indicators/financial-years.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { sameMeasure } from '../src/pipeline/indicators/units.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';
import { parseMetrics } from '../scripts/lib/metrics.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('function word at a label edge', () => {
  test.each([
    ['到人均体育场地面积', '到'],
    ['地区生产总值由', '由'],
    ['、基本医疗保险参保人数', '、'],
    ['新能源汽车、集成电路、', '、'],
    ['以', '以'],
    ['投资计划的', '的'],
    ['地区生产总值', undefined],
    ['对外贸易额', undefined],
    ['在校生', undefined],
    ['单位国内生产总值能耗', undefined],
    // words that open with a preposition's character, which Intl.Segmenter cuts off (在|建|项目; dev 122: 在職人士培訓學額)
    ['在建项目', undefined],
    ['在职人士培训学额', undefined],
  ] as const)('%s → %s', (label, word) => expect(edgeFunctionWord(label)).toBe(word));
  test.each([
    ['全市在建项目达到120个。', 'zh-Hans', '在建项目'],
    ['在孵企业达到500家。', 'zh-Hans', '在孵企业'],
    // 对口 (paired assistance between regions: 对口支援, 对口帮扶) is a word, not the preposition 对
    ['对口支援新疆资金5.2亿元。', 'zh-Hans', '对口支援新疆资金'],
    ['共提供了32 000個職前培訓學額及九萬多個在職人士培訓學額。', 'zh-Hant', '在職人士培訓學額'],
  ] as const)('kept whole: %s', (text, script, label) => expect(extractFromParagraph(text, { kind: 'actual' }, script).map((f) => f.label)).toContain(label));
});

const outlineOf = (text: string) => assignAnchors(parseOutline(normalizeText(text).paragraphs));

describe('a list after a count that a noun stop closes is the noun counted (nounAfter closedList)', () => {
  test.each([
    // the list ends before a verb of what the counted things do (counted_noun_verbs: 完成, 确认) or before the clause's next item (dev 394, 388, 642)
    ['zh-Hans', '与老年人、残疾人生活密切相关的2660家网站、APP完成适老化及无障碍改造。', '2660家', '网站、APP'],
    ['zh-Hans', '目前，420余家世界500强和行业龙头企业确认线下参展。', '420余家', '世界500强和行业龙头企业'],
    ['zh-Hant', '辦理至少1場跨機關應用流行病學人才核心能力培訓課程、發表至少10篇國內外期刊及研討會論文、提供至少12項傳染病防治相關決策依據。', '10篇', '國內外期刊及研討會論文'],
    // not a list whose later item is a count of its own, nor partners joined by 与, nor one a phrase of place ends (dev 204, 239, 375)
    ['zh-Hans', '315栋楼宇、5大片区亮化闪耀保定夜空。', '315栋', '楼宇'],
    ['zh-Hans', '进一步探索博物馆运营机制改革路径，5家试点博物馆与市文旅集团开展深度合作。', '5家', '试点博物馆'],
    ['zh-Hans', '1亿农业转移人口和其他常住人口在城镇落户目标顺利实现。', '1亿', '农业转移人口'],
    // nor one whose later item holds a count or an amount in words (the number of its own in Chinese numerals)
    ['zh-Hans', '引进30个项目、总投资超百亿元。', '30个', '引进项目'],
    ['zh-Hans', '315栋楼宇、五大片区亮化闪耀保定夜空。', '315栋', '楼宇'],
    ['zh-Hant', '政府資助20所非牟利幼稚園、三所特殊學校完成改善工程。', '20所', '非牟利幼稚園'],
    // a list ended by 等 before a verb of what the counted things do: no noun follows 等, the examples are what is counted
    ['zh-Hans', '新建12个停车场、充电站等完成验收，新增停车位3000个。', '12个', '停车场、充电站'],
    ['zh-Hans', '全年共有8家商业银行、保险公司等入驻金融街。', '8家', '商业银行、保险公司'],
  ] as const)('%s %s', (script, text, match, label) =>
    expect(extractFromParagraph(text, { kind: 'actual', year: 2024 }, script).find((f) => f.match === match)?.label).toBe(label),
  );
});

describe('a place or programme before a verb of what was newly done is where it was done (new_action_verbs, newActionStart)', () => {
  test.each([
    // the label is the verb and what it counts (dev 192, 354, 365, 72, 255)
    ['枢纽港产业园新签约产业项目139个、总投资1022亿元。', '139个', '新签约产业项目'],
    ['四川盆地新增探明地质储量超1330亿立方米。', '超1330亿立方米', '新增探明地质储量'],
    ['重大项目取得突破，八大类重点工程新开工项目90个。', '90个', '新开工项目'],
    ['针对群众出行安全问题，在县城区新安装交通信号灯12处。', '12处', '新安装交通信号灯'],
    // a word right before the verb that makes it the measure's own keeps the label whole (new_action_qualifiers)
    ['全年城镇新增就业1.2万人。', '1.2万人', '城镇新增就业'],
    ['短视频年新增用户3000万。', '3000万', '短视频年新增用户'],
    // a subject that is whose the measure is: a scope, a threshold, the bodies or persons that hold it (dev 406, 460, 319, 244)
    ['其中：纺织工业部所属企业新增纺锭一三四万枚，布机四·六万台；地方国营企业新增纺锭二四万枚。', '二四万枚', '地方国营企业新增纺锭'],
    ['亿元以上新开工项目突破1000个。', '突破1000个', '亿元以上新开工项目'],
    ['省财政厅下达我市2025年地方政府新增债务限额173.2亿元。', '173.2亿元', '地方政府新增债务限额'],
    ['退役军人、残疾人新增就业均超7.3万人。', '超7.3万人', '退役军人、残疾人新增就业'],
    ['全市农村新增转移劳动力就业5万人。', '5万人', '农村新增转移劳动力就业'],
    // after a list's joint the verb is the list's second, and the figure counts both (dev 284, 461)
    ['累计恢复和新增国际及地区客运航线15条。', '15条', '恢复和新增国际及地区客运航线'],
    ['续建和新开工国省干线185公里。', '185公里', '续建和新开工国省干线'],
    // a quoted name after it is the item added, whose name is the label (dev 558, 559)
    ['114年度經濟部標準檢驗局預算案於「建立度量衡及標準檢測驗證」項下新增「淨零科技標準檢測驗證」2億1,750萬元，辦理計畫。', '2億1,750萬元', '「淨零科技標準檢測驗證」'],
  ] as const)('%s', (text, match, label) => expect(extractFromParagraph(text, { kind: 'actual', year: 2025 }).find((f) => f.match === match)?.label).toBe(label));
  test.each([
    ['枢纽港产业园新签约产业项目', 6],
    ['国有及国有控股企业在境内外新增上市公司', 13],
    // a subject of two characters, an object of one, or no verb: nothing to cut
    ['全市新增市场主体', 0],
    ['产业园新增地', 0],
    ['超长期特别国债和新增专项债券资金', 0],
    ['所属预算案项下新增「净零科技标准检测验证」', 0],
    // the verb as whole words: 新|增加 and 新|增长|点 hold no 新增
    ['工业区和少数民族区新增加的', 0],
    ['打造消费新增长点', 0],
    ['规模以上工业增加值', 0],
  ] as const)('newActionStart(%s) = %i', (label, at) => expect(newActionStart(label)).toBe(at));
});

describe('a measure right after a list closed by 等 keeps the examples, whose it is (measureAfterExamples, dev 179, 278)', () => {
  test.each([
    ['2025年，节能环保支出214.8亿元，增长30%；商业服务业等支出232.7亿元，增长6.8%。', '232.7亿元', '商业服务业等支出'],
    ['产业发展（资源勘探工业信息等）支出1552.4亿元，增长3.2%。', '1552.4亿元', '产业发展（资源勘探工业信息等）支出'],
    // a long one is kept whole up to 24 characters, not cut inside its last item (capLength)
    ['中央财政用于科技、教育、卫生、文化等方面的支出1168亿元。', '1168亿元', '中央财政用于科技、教育、卫生、文化等方面的支出'],
    // never opened inside the list's first item (not 环保、…, 化、乡村振兴…); too long for a name, the last item keeps its 等
    ['中央财政用于节能环保、卫生健康、教育、文化等方面的支出300亿元。', '300亿元', '文化等方面的支出'],
    ['全年市财政用于新型城镇化、乡村振兴、生态环境等领域投资250亿元。', '250亿元', '生态环境等领域投资'],
    // a class the examples belong to stays the noun after 等
    ['全市新材料、生物医药等产业集群12个。', '12个', '产业集群'],
    // and so does a class noun between 等 and the measure (dev 204)
    ['高端装备制造等产业增加值增长33%。', '33%', '产业增加值'],
  ] as const)('%s', (text, match, label) => expect(extractFromParagraph(text, { kind: 'actual', year: 2025 }).find((f) => f.match === match)?.label).toBe(label));
});

describe('a verb of moving to a level ends the label, 上升至 as 上升到 (dev 640)', () => {
  test('2024年我国银行资本充足率提高到16%，保险偿付能力上升至200%: 保险偿付能力, not 保险偿付能力上', () => {
    const text = '金融监管总局局长李云泽介绍说，2024年我国银行资本充足率提高到16%，保险偿付能力上升至200%，不良贷款率下降到了1.5%。';
    expect(extractFromParagraph(text, { kind: 'actual', year: 2025 }).map((f) => f.label)).toEqual(['银行资本充足率', '保险偿付能力', '不良贷款率']);
  });
});

describe('a copula after the figure (copulas_after, dev 143)', () => {
  test('其中19%是長者住戶: the noun after 是 is what the share is of, without the copula', () => {
    const found = extractFromParagraph('現時約有756 000戶家庭居住在公屋，其中19%是長者住戶。', { kind: 'actual' }, 'zh-Hant');
    expect(found.map((f) => [f.match, f.label])).toEqual([
      ['756 000戶', '家庭'],
      ['19%', '長者住戶'],
    ]);
  });
  test('其中70%以上应当是本省…项目产生: a rule’s modal before the copula (应当是, 必须是) leaves the noun after it too, the own place’s 本省 off as 全省 (dev 303)', () => {
    const found = extractFromParagraph('但用于清缴的减排量，且其中70%以上应当是本省温室气体自愿减排项目产生。', { kind: 'provision', provisions: true });
    expect(found.map((f) => [f.match, f.label])).toEqual([['70%以上', '温室气体自愿减排项目产生']]);
  });
});

describe('a figure whose own clause names nothing (dev 144)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual' }, 'zh-Hant').map((f) => [f.match, f.label]);
  test('全年計錄得1.7%: the frame of the count (全年計) and the verb 錄得 name nothing; the clause before, without a figure, has the subject', () => {
    expect(found('其後，外圍下行壓力有所減退，香港貨物出口亦隨之反彈，全年計錄得1.7%的實質升幅。')).toEqual([['1.7%', '貨物出口']]);
  });
  test('the sentence’s topic still comes first', () => {
    expect(found('服務輸出，在年內亦相對改善，全年計錄得1.7%的實質升幅。')).toEqual([['1.7%', '服務輸出']]);
  });
  test('after a figure of the sentence too, the clause right before without a figure has the subject (dev 248)', () => {
    expect(found('內地經濟增長為6.9%，服務輸出亦穩步回升，全年實質上升3.5%。')[1]).toEqual(['3.5%', '服務輸出']);
    // not the sentence's first clause, whose subject the figure after it already has
    expect(found('出口方面，貨物出口增長5%，全年實質上升3.5%。')[1]?.[1]).not.toBe('出口方面');
  });
});

describe('counts of a speech’s own strategies and points are no figures (dev 248)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2018 }, 'zh-Hant').map((f) => f.match);
  test.each(['我在編製今年的預算案時，採取了以下7個策略：', '大灣區發展對香港而言，重點有3個，包括"雙市場"。'])('%s', (text) => expect(found(text)).toEqual([]));
  test('a count of things with 重點 in their name stays', () => expect(found('推展100個重點項目。')).toEqual(['100個']));
});

describe('the term of a measure outside a rule is no figure (dev 248, 183)', () => {
  const found = (text: string, kind: 'actual' | 'target' = 'actual') => extractFromParagraph(text, { kind, year: 2018 }, 'zh-Hant').map((f) => f.match);
  test.each(['首先，我建議推出為期3年的債券資助先導計劃，吸引海內外企業來港發債。', '我會發行通脹掛鈎債券，年期為3年。'])('%s', (text) => expect(found(text)).toEqual([]));
  test('in a rule the term is a provision', () =>
    expect(extractFromParagraph('貸款為期3年。', { kind: 'actual', provisions: true }, 'zh-Hant').map((f) => [f.match, f.kind])).toEqual([['3年', 'provision']]));
});

describe('the cost of a measure just said (cost_verbs, dev 183)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2015 }, 'zh-Hant').map((f) => [f.match, f.label, f.kind]);
  test('這個計劃涉及…: of the kind of the figure before, labelled by the measure', () => {
    expect(found('政府會試行資助每屆1 000名學生修讀選定的課程。這個計劃涉及9億6,000萬元。')[1]).toEqual(['9億6,000萬元', '計劃', 'target']);
    expect(found('我們計劃增加政府部門的短期實習名額至3 000個。這項措施涉及2,100萬元。')[1]).toEqual(['2,100萬元', '措施', 'target']);
  });
  test('what was done costs what was spent', () => {
    expect(found('2013年，政府已資助1 000名學生。這個計劃涉及5億元。')[1]?.[2]).toBe('actual');
  });
});

describe('buildings and tickets are counted; 本年 dates a baseline (dev 120, 143)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual' }, 'zh-Hant').map((f) => [f.match, f.unit, f.baseline?.match ?? '']);
  test('由本年年初的3 000張增加到6 000張: one figure of 張 with its baseline', () => {
    expect(found('"長者社區照顧服務券"由本年年初的3 000張增加到6 000張。')).toEqual([['6 000張', '張', '3 000張']]);
  });
  test('由1978年只有約200美元，上升至現時超過8,000美元: 只有 (only) before the baseline is no part of the link (dev 248)', () => {
    const found = extractFromParagraph('人均生產總值亦由1978年只有約200美元，上升至現時超過8,000美元。', { kind: 'actual', year: 2018 }, 'zh-Hant');
    expect(found.map((f) => [f.label, f.value, f.baseline?.value, f.baseline?.period])).toEqual([['人均生產總值', 8000, 200, 1978]]);
  });
  test('由現時每名子女3萬元增加至每名子女4萬元: what both ends are per is no part of the link (dev 120)', () => {
    const [f, ...rest] = extractFromParagraph('我建議把子女免稅額由現時每名子女3萬元增加至每名子女4萬元。', { kind: 'actual', year: 2005 }, 'zh-Hant');
    expect(rest).toEqual([]);
    expect([f?.label, f?.value, f?.unit, f?.kind, f?.baseline?.value]).toEqual(['子女免稅額', 4, '萬元', 'target', 3]);
  });
  test('由本屆上任時2012-2013年度的3,800億元，按年遞增至…逾4,900億元: a time in words before a year dates the baseline (dev 144)', () => {
    const found = extractFromParagraph(
      '事實上，政府總開支由本屆上任時2012-2013年度的3,800億元，按年遞增至2017-2018年度逾4,900億元，平均每年增加5.4%。',
      { kind: 'actual', year: 2017 },
      'zh-Hant',
    );
    expect(found.map((f) => [f.label, f.value, f.baseline?.value])).toEqual([
      ['政府總開支', 4900, 3800],
      ['政府總開支', 5.4, undefined],
    ]);
  });
  test('約800幢 is a count; a Chinese numeral before 張 or 幢 makes a word (一張藍圖)', () => {
    expect(found('市區重建局將重建約800幢舊樓。').map(([m, u]) => [m, u])).toEqual([['約800幢', '幢']]);
    expect(found('我們要繪好一張藍圖。')).toEqual([]);
  });
  test('栋 counts buildings as 幢 does, 枚 medals and missiles, 颗 satellites (dev 204, 312, 354); a Chinese numeral before them makes a word', () => {
    const hans = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => [f.match, f.unit, f.label]);
    expect(hans('315栋楼宇、5大片区亮化闪耀保定夜空。')[0]).toEqual(['315栋', '栋', '楼宇']);
    expect(hans('据日本媒体报道，能登地区强震已造成当地超过21000栋房屋受损。').map(([m, u]) => [m, u])).toEqual([['超过21000栋', '栋']]);
    expect(hans('美国中央司令部16日称，当天美军打击也门境内胡塞武装的一处导弹设施，摧毁4枚反舰弹道导弹。')).toEqual([['4枚', '枚', '反舰弹道导弹']]);
    expect(hans('我区健儿在国际国内大赛喜摘奖牌111枚。').map(([m, u]) => [m, u])).toEqual([['111枚', '枚']]);
    expect(hans('全年成功发射卫星12颗。').map(([m, u]) => [m, u])).toEqual([['12颗', '颗']]);
    expect(found('這是一棟舊樓，一顆紅心，一枚硬幣。')).toEqual([]);
  });
});

describe('a preposition or 来 after the noun a count stands before opens what the counted things do (predicate_prepositions)', () => {
  const label = (text: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') => extractFromParagraph(text, { kind: 'actual' }, script)[0]?.label;
  test.each([
    // 在 (dev 499), 因 (dev 121), 来 (dev 204, 738: coming to a place, or to do a thing), each a word of its own
    ['吸引超過五百家內地和海外企業在港開設或擴展業務。', '內地和海外企業', 'zh-Hant'],
    ['有 145 名僱主因聘用非法勞工而被判即時入獄 。', '僱主', 'zh-Hant'],
    ['350多批次央企、京企来保深度对接。', '央企、京企', 'zh-Hans'],
    ['也要讓只有26萬公頃的原住民保留地來配合中央政府不種植物，以保育山林。', '原住民保留地', 'zh-Hant'],
  ] as const)('%s → %s', (text, want, script) => expect(label(text, script)).toBe(want));
  test('a bare noun keeps the predicate that says which of them count; a preposition word stays (在建, 在校)', () => {
    expect(label('5家企业在天交所挂牌上市。')).toBe('挂牌上市企业');
    expect(label('全市共有12个在建项目。')).toBe('在建项目');
    expect(label('现有3000名在校生。')).toBe('在校生');
    expect(label('全市共有12个重大在建项目。')).toBe('重大在建项目');
  });
  // 在华企业, 来京务工人员: a preposition and its place right before a head noun of persons or bodies (bare_nouns, age_group_nouns) qualify it
  test.each([
    ['为30万名外省来京务工人员提供免费培训。', '外省来京务工人员', 'zh-Hans'],
    ['吸引30个海外来沪创业团队落户。', '海外来沪创业团队', 'zh-Hans'],
    ['共有3000名海外在华留学生参加。', '海外在华留学生', 'zh-Hans'],
    ['走访200家外资在华企业。', '外资在华企业', 'zh-Hans'],
    ['並已批准 1 950 名內地人才來港工作 。', '內地人才', 'zh-Hant'],
  ] as const)('a qualifier, not a predicate: %s → %s', (text, want, script) => expect(label(text, script)).toBe(want));
  test('在押, 在囚 are words that open a noun (preposition_words)', () => {
    expect(label('已有30名在押人员完成转化。')).toBe('在押人员');
    expect(label('共有 400 名在囚人士參與。', 'zh-Hant')).toBe('在囚人士');
  });
});

describe("a speaker's words that are the whole label (dev 120)", () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'target' }, 'zh-Hant').map((f) => [f.match, f.label]);
  test('我建議預留5億元: the speaker and its modal go, the verb of setting aside stays', () => {
    expect(found('為進一步推動旅遊業，我建議預留5億元，推行以上一系列措施。')).toEqual([['5億元', '預留']]);
    expect(found('政府會額外預留3億元。')).toEqual([['3億元', '額外預留']]);
  });
});

describe('kind from the section title and the clause', () => {
  test('a title naming the document year or 今年 plans, an earlier year reviews (full-width digits too)', () => {
    const text =
      '一、２００８年工作回顾\n国内生产总值超过３０万亿元。\n二、２００９年工作总体部署\n城镇新增就业９００万人以上。\n三、对今年政府工作的建议\n新增贷款５万亿元以上。目前财政性教育经费已经超过2万亿元。\n';
    const found = extractIndicators(outlineOf(text), { kind: 'work-report', year: 2009 });
    expect(found.map((f) => [f.match, f.kind, f.period ?? ''])).toEqual([
      ['超过３０万亿元', 'actual', 2008],
      ['９００万人以上', 'target', 2009],
      // 今年, and a target nothing else dates in a work report: the document's year; 目前: the document's year too
      ['５万亿元以上', 'target', 2009],
      ['超过2万亿元', 'actual', 2009],
    ]);
  });
  test('a review titled 去年 is of the year before the document (一、去年工作回顾 in a report of 2006: dev 179)', () => {
    const text = '一、去年工作回顾\n2005年，我国社会主义现代化事业取得显著成就。\n全年国内生产总值达到18.23万亿元，比上年增长9.9%。\n';
    const found = extractIndicators(outlineOf(text), { kind: 'work-report', year: 2006 });
    expect(found.map((f) => [f.match, f.kind, f.period ?? ''])).toEqual([['18.23万亿元', 'actual', 2005]]);
    expect(found[0]?.change?.value).toBe(9.9);
  });
  test('目标 as the object of a verb in a title (锚定目标攻坚) says how work was aimed, not that the section plans (dev 283)', () => {
    const text =
      '一、2024年工作回顾\n（一）锚定目标攻坚，经济发展实现逆势而上。\n全年实现地区生产总值5503亿元、增长5.4%。\n二、2025年目标任务\n（一）紧扣目标抓落实\n地区生产总值增长5.5%左右。\n';
    const found = extractIndicators(outlineOf(text), { kind: 'work-report', year: 2025 });
    expect(found.map((f) => [f.match, f.kind, f.period ?? ''])).toEqual([
      ['5503亿元', 'actual', 2024],
      ['5.5%左右', 'target', 2025],
    ]);
  });
  test('so with words of what is aimed at between the verb and 目标 (（二）锚定封关运作目标，自贸港建设扎实推进 in a review)', () => {
    const text = '一、2024年工作回顾\n（二）锚定封关运作目标，自贸港建设扎实推进。\n新增备案外贸企业1.7万家。\n二、2025年工作安排\n（一）围绕全年目标\n新增外贸企业1万家。\n';
    const found = extractIndicators(outlineOf(text), { kind: 'work-report', year: 2025 });
    expect(found.map((f) => [f.match, f.kind, f.period ?? ''])).toEqual([
      ['1.7万家', 'actual', 2024],
      ['1万家', 'target', 2025],
    ]);
  });
});

describe('分别: a list of subjects paired with a run of figures', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.label, f.value, f.change?.value ?? '']);
  test.each([
    // items share the words after the last item's counterpart of their head
    [
      '战略性新兴产业、高新技术产业增加值分别增长10%、7.9%。',
      [
        ['战略性新兴产业增加值', 10, 10],
        ['高新技术产业增加值', 7.9, 7.9],
      ],
    ],
    // unless another item already ends in the last one's head (the verbs after it aside): whole nouns (corpus 65)
    [
      '带补贴集中式风电、风电供热试点项目、风电特许权项目继续按照790小时、1900小时、1900小时安排。',
      [
        ['带补贴集中式风电', 790, ''],
        ['风电供热试点项目', 1900, ''],
        ['风电特许权项目', 1900, ''],
      ],
    ],
    [
      '带补贴集中式风电、风电供热试点项目、风电特许权项目分别按照380小时、760小时、720小时安排。',
      [
        ['带补贴集中式风电', 380, ''],
        ['风电供热试点项目', 760, ''],
        ['风电特许权项目', 720, ''],
      ],
    ],
    // 上下限 names both bounds, in order (corpus 18)
    [
      '竞价上下限分别按0.4012元/千瓦时、0.2元/千瓦时确定。',
      [
        ['竞价上限', 0.4012, ''],
        ['竞价下限', 0.2, ''],
      ],
    ],
    // a change noun before 分别 says the figures are the items' changes (dev 60)
    [
      '新能源及智能电网、新材料、生物医药健康产业增速分别达到15.6%、33.1%、12.9%。',
      [
        ['新能源及智能电网', 15.6, 15.6],
        ['新材料', 33.1, 33.1],
        ['生物医药健康产业', 12.9, 12.9],
      ],
    ],
    // a word that names two items gives both, in order (dev 126; data/indicator-words.json paired_words)
    [
      '一般公共预算收入增长14.7%，城乡居民人均可支配收入分别增长6%和7.4%。',
      [
        ['一般公共预算收入', 14.7, 14.7],
        ['城镇居民人均可支配收入', 6, 6],
        ['农村居民人均可支配收入', 7.4, 7.4],
      ],
    ],
    [
      '全区一般公共预算收支分别完成300亿元、3000亿元。',
      [
        ['一般公共预算收入', 300, ''],
        ['一般公共预算支出', 3000, ''],
      ],
    ],
    // a later item of one word, the counterpart of the first item's last word, takes the first item's qualifier (dev 126)
    [
      '全区地方财政收入、支出分别突破300亿元和3000亿元。',
      [
        ['地方财政收入', 300, ''],
        ['地方财政支出', 3000, ''],
      ],
    ],
    // a run with no 分别 after a growth an adverb leads (年均增长): the adverb is no part of the items (dev 245)
    [
      '城乡居民人均收入年均增长5.3%、7.7%，装备制造业、高技术制造业增加值年均增长8%、7.2%。',
      [
        ['城镇居民人均收入', 5.3, 5.3],
        ['农村居民人均收入', 7.7, 7.7],
        ['装备制造业增加值', 8, 8],
        ['高技术制造业增加值', 7.2, 7.2],
      ],
    ],
    [
      '城镇和农村居民人均可支配收入分别增长4.3%、5.5%。',
      [
        ['城镇居民人均可支配收入', 4.3, 4.3],
        ['农村居民人均可支配收入', 5.5, 5.5],
      ],
    ],
    [
      '城镇职工基本养老保险、基本医疗保险参保人数分别增加１７５３万和２０２８万。',
      [
        // amounts of change: each is a change, as one amount is
        ['城镇职工基本养老保险参保人数', 1753, 1753],
        ['基本医疗保险参保人数', 2028, 2028],
      ],
    ],
    // without a counterpart an item stands alone; a fall is negative for every figure
    [
      '化学需氧量、二氧化硫排放量分别减少４．４２％和５．９５％。',
      [
        ['化学需氧量', -4.42, -4.42],
        ['二氧化硫排放量', -5.95, -5.95],
      ],
    ],
    [
      '专项产业基金、新增能耗、新增工业用地支持民间投资项目比重分别为99.3%、93.8%、84.6%。',
      [
        ['专项产业基金', 99.3, ''],
        ['新增能耗', 93.8, ''],
        ['新增工业用地支持民间投资项目比重', 84.6, ''],
      ],
    ],
  ] as const)('%s', (text, expected) => expect(labels(text)).toEqual(expected));

  test('a list before a run of as many figures pairs without 分别; a run with no subject follows the figures before it', () => {
    expect(labels('城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米。')).toEqual([
      ['城镇人均住房面积', 32.9, ''],
      ['农村人均住房面积', 37.1, ''],
      ['城镇人均住房面积', 2.8, ''],
      ['农村人均住房面积', 5.5, ''],
    ]);
  });

  test('growths after a run of figures go to those figures in order', () => {
    expect(labels('城镇居民人均可支配收入１５７８１元，农村居民人均纯收入４７６１元，实际增长８．４％和８％。')).toEqual([
      ['城镇居民人均可支配收入', 15781, 8.4],
      ['农村居民人均纯收入', 4761, 8],
    ]);
  });
});

describe('a plan that sets rules: prices, caps and time limits are provisions', () => {
  const rules = { kind: 'target' as const, rules: true };
  const found = (text: string) => extractFromParagraph(text, rules).map((f) => [f.label, f.value, f.unit, f.kind]);
  test.each([
    // a price per unit; 按 leads to the measure
    ['机制电价按现行燃煤发电基准价0.4012元/千瓦时（含税，下同）执行。', [['燃煤发电基准价', 0.4012, '元/千瓦时', 'provision']]],
    // figures in brackets that hold clauses are prose, not a name
    [
      '年度机制电量上限规模按照现行新能源项目优先电量规模（风电400小时，光伏300小时）确定。',
      [
        ['风电', 400, '小时', 'provision'],
        ['光伏', 300, '小时', 'provision'],
      ],
    ],
    // a time is a limit where the words say so
    ['执行期限12年。', [['期限', 12, '年', 'provision']]],
    ['自愿退出的新能源项目，应提前15个工作日向所在电网企业申请。', [['期限', 15, '个工作日', 'provision']]],
    ['对已备案的存量项目，给予36个月机制电量政策支持。', [['期限', 36, '个月', 'provision']]],
    [
      '延迟超过6个月的，该项目当次竞价入选结果作废，且3年内不得参与竞价。',
      [
        ['期限', 6, '个月', 'provision'],
        ['期限', 3, '年', 'provision'],
      ],
    ],
    // a limit set as a share of something is labelled by what is limited
    // (单个新能源项目: who the limit applies to, grant_recipients, is no part of it; dev 18 labels 申报电量规模 too)
    ['单个新能源项目申报电量规模不高于其发电能力的80%。', [['申报电量规模', 80, '%', 'provision']]],
    // modal words make a rule of what follows them in the sentence (corpus 66)
    [
      '新能源年度自发自用电量占比应不低于30%，2030年前不低于35%。',
      [
        ['新能源年度自发自用电量占比', 30, '%', 'provision'],
        ['新能源年度自发自用电量占比', 35, '%', 'provision'],
      ],
    ],
    ['预审意见有效期为两年。', [['预审意见有效期', 2, '年', 'provision']]],
    // a grant given with the figure names it (dev 68)
    ['对新车型给予1000万元激励。', [['激励', 1000, '万元', 'provision']]],
    ['按照保费金额的10%给予保险机构激励。', [['激励', 10, '%', 'provision']]],
    // a bracket after a figure glosses it: the next item of the run names nothing of its own and takes the measure (dev 186)
    [
      '对新落户的先进制造业企业，实缴注册资本达到5000万元以上(仅限世界1000强企业投资)、2亿元以上的，分别给予500万元、800万元奖励。',
      [
        ['实缴注册资本', 5000, '万元', 'provision'],
        ['实缴注册资本', 2, '亿元', 'provision'],
        ['奖励', 500, '万元', 'provision'],
        ['奖励', 800, '万元', 'provision'],
      ],
    ],
    // a bound said as 以N为上限 bounds what is named before 以 (dev 186)
    ['上述奖励金额以1000万元为上限。', [['奖励金额', 1000, '万元', 'provision']]],
    // who a rule is for, named before its yearly measure, is no part of what is measured (dev 186)
    [
      '非总部型建筑业企业年度总产值达到2亿元以上的，给予0.05%的奖励。',
      [
        ['总产值', 2, '亿元', 'provision'],
        ['奖励', 0.05, '%', 'provision'],
      ],
    ],
    // a bound whose part beyond it is what is given bounds the measure after 部分, no grant (dev 123 and five texts sharing its article)
    ['外籍人才可选择按照超过15%部分税负差额给予奖励。', [['税负差额', 15, '%', 'provision']]],
    // or given before it, after a comma, or earlier in the sentence of a cap with nothing of its own (dev 119)
    ['企业级工业互联网平台省级给予一次性奖补100万元。', [['一次性奖补', 100, '万元', 'provision']]],
    [
      '对省级数字化车间、智能工厂，省级分别给予企业一次性奖补50万元、100万元。',
      [
        ['一次性奖补', 50, '万元', 'provision'],
        ['一次性奖补', 100, '万元', 'provision'],
      ],
    ],
    [
      '集成电路设计企业开展工程产品首轮流片，省级按该款产品首轮流片合同金额的30%，给予一次性奖补，单个企业最高300万元。',
      [
        // the grant as given (一次性奖补), as its cap is named (dev 195: the words between 给予 and the noun)
        ['一次性奖补', 30, '%', 'provision'],
        ['一次性奖补', 300, '万元', 'provision'],
      ],
    ],
    [
      '对跨行业跨领域工业互联网平台省级给予奖补，最高3000万元；对行业、区域、专业型工业互联网平台省级给予奖补，最高1000万元。',
      [
        ['奖补', 3000, '万元', 'provision'],
        ['奖补', 1000, '万元', 'provision'],
      ],
    ],
    ['新能源发电量全部自发自用，不允许向公共电网反送，上网电量不超过40%。', [['上网电量', 40, '%', 'provision']]],
    // a cap (最高) is a rule, and so is a grant given with 予以; a price per vessel, per gross ton or per container (dev 123, 124)
    ['高端领军人才中的杰出专家最高200平方米。', [['杰出专家', 200, '平方米', 'provision']]],
    ['对新引进落户工作的人才发放住房补贴，其中本科生2万元。', [['本科生', 2, '万元', 'provision']]],
    // after 的 the grant is its whole noun phrase, not its last word (dev 123, 124)
    ['对新设立的博士后工作站，给予30万元的配套资助。', [['配套资助', 30, '万元', 'provision']]],
    ['汽车贸易企业每挂靠一次给予20万元的航线补贴。', [['航线补贴', 20, '万元', 'provision']]],
    // who each cap applies to (每家企业, 每个企业…享受该项) and the 年度 after what is capped are no part of the label (dev 124)
    ['每家企业享受该项奖励资金年度最高不超过300万元。', [['奖励资金', 300, '万元', 'provision']]],
    // N年以上 and 有效期N年 are lengths of time; a short noun phrase right after an amount names its grant (dev 123)
    [
      '出站后签订3年以上劳动合同的，给予20万元安家补贴。',
      [
        ['期限', 3, '年', 'provision'],
        ['安家补贴', 20, '万元', 'provision'],
      ],
    ],
    ['本措施自2017年1月1日起施行，有效期5年。', [['有效期', 5, '年', 'provision']]],
    // N年及以上 / N年或以上 bound a length of time as N年以上 does (dev 66)
    ['负荷和电源双方应当签订10年及以上的长期购电协议。', [['期限', 10, '年', 'provision']]],
    // a bound rate right before 增长 is the growth the rule asks for, not the recipient after it (dev 196)
    [
      '对出口额达4亿美元及以上，且同比保持5%及以上增长的国际贸易企业，一次性奖励100万元。',
      [
        ['出口额', 4, '亿美元', 'provision'],
        ['同比增长', 5, '%', 'provision'],
        ['一次性奖励', 100, '万元', 'provision'],
      ],
    ],
    [
      '出站后签订3年或以上劳动合同的，给予20万元安家补贴。',
      [
        ['期限', 3, '年', 'provision'],
        ['安家补贴', 20, '万元', 'provision'],
      ],
    ],
    // a list of three or more shares the unit written after its last item and is no range; a run of amounts is given the
    // grant named after its last, not the labels of the figures before it in other units (dev 124)
    [
      '对在南沙港区完成年度外贸集装箱吞吐量达到10万、20万、50万、100万TEU的新落户船公司分别给予250万元、500万元、1000万元的一次性奖励。',
      [
        ['外贸集装箱吞吐量', 10, '万TEU', 'provision'],
        ['外贸集装箱吞吐量', 20, '万TEU', 'provision'],
        ['外贸集装箱吞吐量', 50, '万TEU', 'provision'],
        ['外贸集装箱吞吐量', 100, '万TEU', 'provision'],
        ['一次性奖励', 250, '万元', 'provision'],
        ['一次性奖励', 500, '万元', 'provision'],
        ['一次性奖励', 1000, '万元', 'provision'],
      ],
    ],
    // a grant's cap is rule language (dev 124 labels it a provision; dev 195)
    ['每个企业年度补贴总额不超过200万元。', [['补贴总额', 200, '万元', 'provision']]],
    ['对开展国际船舶检验的，按5000元/艘标准予以奖励。', [['奖励', 5000, '元/艘', 'provision']]],
    ['对开展国际船舶安全管理的，按5元/总吨标准予以奖励。', [['奖励', 5, '元/总吨', 'provision']]],
    ['年度外贸集装箱吞吐量超过1万TEU。', [['外贸集装箱吞吐量', 1, '万TEU', 'target']]],
  ] as const)('%s', (text, expected) => expect(found(text)).toEqual(expected));

  test('a list of two figures with one unit is still a range (corpus 63)', () => {
    expect(extractFromParagraph('节能率为2.6、3.5%。', { kind: 'actual' }).map((f) => [f.value, f.max])).toEqual([[2.6, 3.5]]);
    expect(extractFromParagraph('产量下降到7.15万、6.82万吨。', { kind: 'actual' }).map((f) => [f.value, f.max, f.unit])).toEqual([[6.82, 7.15, '万吨']]);
  });

  test('a figure right after 按照 is the measure a rule applies (corpus 65); a year after it is a basis, no rule', () => {
    expect(found('风电项目按照790小时对应的电量安排。').map(([, , , kind]) => kind)).toEqual(['provision']);
    expect(found('按照1980年价格计算，工农业总产值增长4%。').map(([, , , kind]) => kind)).toEqual(['target']);
  });

  test('a term of years written 期限不超过 or N年期以上 is a time limit, not a grant (dev 68, 119)', () => {
    expect(found('对企业技改项目3年期以上贷款给予贴息，贴息期限不超过两年。').map(([label, value]) => `${label} ${value}`)).toEqual(['期限 3', '期限 2']);
  });

  test("a grant word after 的…按照 is a basis, not the figure's grant (golden web-notice-tianjin)", () => {
    expect(found('高出日申报响应量120%的部分按照补贴价格的10%进行补贴。')[0]![0]).toBe('高出日申报响应量');
  });

  test('without rule language a plan states targets, and a report is never read for rules', () => {
    expect(found('新增光伏装机300万千瓦。')).toEqual([['新增光伏装机', 300, '万千瓦', 'target']]);
    // a loan handed out is no grant (golden seed-001-suining-2021-work-plan)
    expect(found('实现全年发放质押贷款5000万元以上。').map(([, , , kind]) => kind)).toEqual(['target']);
    expect(extractFromParagraph('按现行汇率计算，人均国内生产总值突破1000美元。', { kind: 'actual' })[0]!.kind).toBe('actual');
    expect(extractFromParagraph('所有的有核国家都应当削减核武器95%以上。', { kind: 'actual' })[0]!.kind).toBe('actual');
  });

  test('近三年 and 连续五年 date a trend in a report, they are not figures', () => {
    expect(extractFromParagraph('粮食连续五年增产。近三年累计，单位国内生产总值能耗下降10.08%。', { kind: 'actual' }).map((f) => f.match)).toEqual(['10.08%']);
  });
});

describe('an amount with no noun of its own takes the label of the figure before: 金额 only after a count (dev 144, 352, 498)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.value, f.unit, f.label]);
  test('after a rise by times or a growth it is the level of the same thing, no word added', () => {
    expect(labels('2012-2013年度至2017-2018年度期間的經常開支分別增加超過4倍和10倍，達至接近12億元和21億元，升幅非常大。')).toEqual([
      [4, '倍', '經常開支'],
      [10, '倍', '經常開支'],
      [12, '亿元', '經常開支'],
      [21, '亿元', '經常開支'],
    ]);
    expect(labels('全年研发投入增长13%，达到120亿元。')).toEqual([[120, '亿元', '研发投入']]);
  });
  test('after a count it is what the things counted hold', () => {
    expect(labels('累计投资项目140个、13.6亿元。')).toEqual([
      [140, '个', '投资项目'],
      [13.6, '亿元', '投资项目金额'],
    ]);
  });
});

describe('labels are the noun phrase of the metric', () => {
  const first = (text: string, kind: 'actual' | 'target' = 'actual') => extractFromParagraph(text, { kind })[0];
  test.each([
    // the object of a verb of arranging or solving
    ['中央财政安排救灾款３８４亿元。', '救灾款'],
    ['中央财政今年再安排１３００亿元灾后重建资金。', '灾后重建资金'],
    ['争取用三年时间，解决７５０万户城市低收入住房困难家庭和２４０万户棚户区居民的住房问题。', '城市低收入住房困难家庭'],
    // a county's or district's scope word goes, as 全市 does (dev 71, 72)
    ['全县新增城镇就业3200人。', '新增城镇就业'],
    // every level or body of government as a scope (各级, 各级各部门): no part of what is measured (dev 301)
    ['全省各级各部门汇聚有效数据量达到1000亿条以上。', '汇聚有效数据量'],
    ['各级政务服务事项全程网办比例超过80%。', '政务服务事项全程网办比例'],
    // a ratio's name ends in 比; a basis left alone (比去年) does not stay (dev 71)
    ['存贷比43.29%。', '存贷比'],
    // and of giving out, tearing down, hiring (dev 71, 72)
    ['为困难群众发放各类救助款1640多万元。', '各类救助款'],
    ['依法拆除非法粘土砖瓦窑19座。', '非法粘土砖瓦窑'],
    // 研究与开发 (research and development) is a noun, not the verb 开发 before its object (dev 50, 180)
    ['全社会研究与开发经费占国内生产总值的比例提高到1.5％以上。', '全社会研究与开发经费占国内生产总值的比例'],
    ['研究与开发经费投入强度达到2%。', '研究与开发经费投入强度'],
    // a topic clause that opens with the verb of raising or lowering: its object is the metric (dev 180)
    ['提高计算机普及率，达到4%以上。', '计算机普及率'],
    // 建设用地 is a noun (land for construction), not the verb 建设 before its object 用地 (dev 198)
    ['新增建设用地规模控制在2600万亩以内。', '新增建设用地规模'],
    ['规划建设用地面积120平方公里。', '规划建设用地面积'],
    ['累计招聘中小学教师1043人。', '中小学教师'],
    // a prepositional phrase of place goes whole, a scope word goes
    ['从废墟中抢救生还者８．４万人。', '抢救生还者'],
    ['全国新增城市污水日处理能力１１４９万吨。', '新增城市污水日处理能力'],
    // a quoted name inside the words stays; 的 cuts only before more than one word
    ['全年中央财政用于“三农”的投入５９５５亿元。', '中央财政用于“三农”的投入'],
    ['参加新型农村合作医疗的人口８．１４亿。', '参加新型农村合作医疗的人口'],
    // how a figure is counted (按…计, 按…计算) names nothing of it; 按计划 is no such phrase
    ['第七届中国国际进口博览会圆满成功举办，按一年计意向成交金额800.1亿美元、增长2%。', '意向成交金额'],
    ['按可比价格计算地区生产总值增长5%。', '地区生产总值'],
    // a long list keeps its last item (the head noun is there)
    ['其中粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金达１０３０亿元。', '农机具购置补贴资金'],
    // unless a count of kinds after the last item sums the list up: the label opens at the count (dev 194's convention)
    ['集成电路、生物医药、人工智能三大先导产业规模达到1.8万亿元。', '三大先导产业规模'],
    ['新一代信息技术、高端装备制造、生物医药、新材料四个产业集群产值达到3000亿元。', '四个产业集群产值'],
    // an ordinal (第二个) is no count of kinds: the label does not open inside it (review18)
    ['推进科技创新、绿色发展、面向第二个百年奋斗目标重点产业投资规模达到500亿元。', '面向第二个百年奋斗目标重点产业投资规模'],
    // a verb after the noun is not part of it
    ['206个“两重”项目开工建设。', '“两重”项目'],
    ['山阳、勉县等6个抽水蓄能项目核准建设。', '抽水蓄能项目'],
    // 并 after the figure opens a predicate of its own, no noun of it
    ['西安地铁运营里程422公里并连通咸阳。', '西安地铁运营里程'],
    ['超过200家世界500强企业在陕设立分支机构。', '世界500强企业'],
    // a rate qualifier at the end goes; 完成 before a metric stays
    ['企业退休人员养老金人均每月新增１１０元。', '企业退休人员养老金'],
    ['1596个重大项目完成投资1.5万亿元。', '重大项目'],
    ['参保人数增加７３５９万。', '参保人数'],
    // units: 标箱, 列, 处, 吨标准煤
    ['宁波舟山港集装箱吞吐量4387万标箱。', '宁波舟山港集装箱吞吐量'],
    ['关闭小煤矿１０５４处。', '关闭小煤矿'],
  ] as const)('%s → %s', (text, label) => expect(first(text)?.label).toBe(label));

  test('an increment after a figure is its change, a part after 其中 its own bare noun', () => {
    expect(extractFromParagraph('中央财政科技投入１１６３亿元，比上年增加１６３亿元。', { kind: 'actual' }).map((f) => [f.label, f.change?.value])).toEqual([
      ['中央财政科技投入', 163],
    ]);
    expect(extractFromParagraph('全省经营主体达1163.7万户、增长6.3%，其中企业410.1万户、增长7.7%。', { kind: 'actual' }).map((f) => [f.label, f.value])).toEqual([
      ['经营主体', 1163.7],
      ['企业', 410.1],
    ]);
    expect(extractFromParagraph('其中2家企业已成功挂牌。', { kind: 'actual' })).toEqual([]);
  });
  // a word that opens with 计 (计提, 计发, 计入, 计划: data ji_words) is no end of 按…计: the label keeps the word whole
  test.each([
    ['按规定计提风险准备金3亿元。', '计提风险准备金'],
    ['按月计发基本养老金的人数达到12万人。', '计发基本养老金的人数'],
    ['按时计入个人账户的资金1200万元。', '计入个人账户的资金'],
    ['按季度计划完成投资300亿元。', '计划完成投资'],
  ])('%s keeps %s whole', (text, word) => {
    expect(first(text)!.label).toContain(word);
  });

  test('精简 is a fall, 可减轻 an estimate, counts of measures are not figures', () => {
    expect(first('全省涉企检查事项精简26.8%。')).toMatchObject({ label: '涉企检查事项', value: -26.8, change: { value: -26.8 } });
    expect(first('可减轻企业和居民负担约５０００亿元。', 'target')!.kind).toBe('estimate');
    expect(extractFromParagraph('迅速推出十项措施。', { kind: 'actual' })).toEqual([]);
  });
});

describe('provisions of a regulation are labelled by what they limit', () => {
  const rule = { kind: 'provision' as const, provisions: true };
  const labels = (text: string) => extractFromParagraph(text, rule).map((f) => [f.label, f.value, f.unit]);
  test.each([
    ['设计图纸灭失的房屋实际使用年限满三十年需要继续使用的。', [['使用年限', 30, '年']]],
    ['进行挤土桩施工的，距桩基一倍桩身长度范围内的房屋。', [['距离', 1, '倍']]],
    ['应当有两名以上鉴定人员参加。', [['鉴定人员', 2, '名']]],
    ['禁止在二层以上部位使用玻璃建筑幕墙。', [['部位', 2, '层']]],
    ['及其內容物淨重低於十五公克之包裝方式。', [['內容物淨重', 15, '公克']]],
    ['其標示不得低於該面積百分之五十。', [['標示', 50, '%']]],
    // a multiple right before the noun that ends its clause is a multiple of that noun: what is deducted (dev 303)
    [
      '拒不履行清缴义务的，在下一年度配额中扣除未足额清缴部分2倍配额，并处5万元罚款。',
      [
        ['配额', 2, '倍'],
        ['罚款', 5, '万元'],
      ],
    ],
    // a range bounded by 以上 and 以下 right before 的 is a condition on who the rule is for, as one bound is (dev 303)
    ['年排放二氧化碳5千吨以上1万吨以下的工业行业企业为要求报告的企业。', [['年排放二氧化碳', 5000, '吨']]],
    // a clause that is only a cap on a share of a base caps the sentence's topic, a long noun phrase too (dev 303)
    ['但用于清缴的中国核证自愿减排量，不得超过本企业上年度实际碳排放量的10%。', [['中国核证自愿减排量', 10, '%']]],
    // 或者 after a figure opens the alternative, no noun the figure counts (dev 303)
    [
      '年度碳排放量相差10%或者10万吨以上的，应当进行复查。',
      [
        ['碳排放量相差', 10, '%'],
        ['碳排放量相差', 10, '万吨'],
      ],
    ],
    // the sentence's topic names a figure with nothing before it in its clause
    [
      '每一販賣單位，以少於二十支及其內容物淨重低於十五公克之包裝方式。',
      [
        ['每一販賣單位', 20, '支'],
        ['內容物淨重', 15, '公克'],
      ],
    ],
  ] as const)('%s', (text, expected) => expect(labels(text)).toEqual(expected));

  test.each([
    // a term of prison before or after its length (dev 140): 年 with 以上/以下 is a length of time, and the term labels it
    [
      '处行为人一年以下有期徒刑、拘役或者并处五十万元以上二百五十万元以下罚金。',
      [
        ['有期徒刑', 1, '年'],
        ['罚金', 50, '万元'],
      ],
    ],
    [
      '曾经判处有期徒刑五年以上之刑确定，经执行完毕或者赦免后未满五年。',
      [
        ['有期徒刑', 5, '年'],
        ['期限', 5, '年'],
      ],
    ],
    ['处十日以上十五日以下拘留。', [['拘留', 10, '日']]],
    // Taiwan's metre, and a distance after 应距离 and the places it is measured from (dev 140)
    ['電子遊戲場業之營業場所，應距離國民中、小學、高中、職校、醫院五十公尺以上。', [['距离', 50, '公尺']]],
    // what the rule limits, named right before the number or its bound (dev 10, 62, 139)
    ['以及总层数十层以上的住宅房屋。', [['总层数', 10, '层']]],
    ['由完全民事行为能力人采用长度不超过一点五米的束犬链（绳）。', [['长度', 1.5, '米']]],
    ['使用年限超过十五年且故障频率高的电梯。', [['使用年限', 15, '年']]],
    // not where the label names it with its qualifier, nor the base of a share
    ['核定载客人数9人以上。', [['核定载客人数', 9, '人']]],
    // the time an action takes, named right before its bound (dev 147)
    ['家用汽车产品在包修期内因质量问题单次修理时间超过5日的。', [['修理时间', 5, '日']]],
    // a time limit the rule labels leaves the words after it to the next figure, which 或者 does not open (dev 147)
    [
      '自三包有效期起算之日起60日内或者行驶里程3000公里之内。',
      [
        ['期限', 60, '日'],
        ['行驶里程', 3000, '公里'],
      ],
    ],
    // a count of times with no noun after it counts the action before it (dev 139, 147); one with its noun keeps it
    ['行驶驱动电机因其质量问题累计更换2次，仍不能正常使用的。', [['更换次数', 2, '次']]],
    ['或者因同一质量问题累计修理超过4次的。', [['修理次数', 4, '次']]],
    ['因严重安全性能故障累计进行2次修理，但仍未排除该故障的。', [['修理', 2, '次']]],
  ] as const)('%s', (text, expected) => expect(labels(text)).toEqual(expected));

  test('不得超过 is an upper bound and no part of the label (dev 111)', () => {
    expect(extractFromParagraph('工會聯合組織之理事不得超過五十一人。', rule)[0]).toMatchObject({ label: '工會聯合組織之理事', value: 51, comparator: '<=' });
    expect(extractFromParagraph('其申報容量不得低于100千瓦。', rule)[0]).toMatchObject({ value: 100, comparator: '>=' });
  });

  test("a regulation's history lines (沿革) hold no figures", () => {
    const text = '第 1 條\n本條例自公布日施行。\n## 沿革\n中華民國八十九年二月三日總統（89）華總一義字第 8900030390 號令制定公布全文 39 條\n';
    expect(extractIndicators(outlineOf(text), { kind: 'regulation' })).toEqual([]);
  });

  test('a list item takes the fee word of the paragraph that leads it', () => {
    const text = '第 4 條\n菸品應徵健康福利捐，其金額如下：\n一、紙菸：每千支新臺幣一千元。\n二、菸絲：每公斤新臺幣一千元。\n';
    const found = extractIndicators(outlineOf(text), { kind: 'regulation' });
    expect(found.map((f) => [f.label, f.value, f.kind])).toEqual([
      ['健康福利捐', 1000, 'provision'],
      ['健康福利捐', 1000, 'provision'],
    ]);
  });

  test('an amount or a rate of a fee takes the fee word (…费) of the lead-in, also past the rest of an item (dev 148)', () => {
    const text =
      '第 3 條\n申請各種許可使用行為之審查費收費基準如下：  \n一、種植植物，每件新臺幣一百元。\n二、其他使用行為，每件新臺幣一萬二千五百元。\n' +
      '第 6 條\n其餘使用費，按其使用面積依下列各款計算之：  \n一、種植植物，每年按地租繳納標準百分之七十之金額計之。但已公告者，按當年標準百分之七十計之。\n' +
      '二、圍築魚塭，每年以每平方公尺新臺幣零點八元計之。\n';
    const found = extractIndicators(outlineOf(text), { kind: 'regulation' });
    expect(found.map((f) => [f.label, f.value, f.unit])).toEqual([
      ['審查費', 100, '元'],
      ['審查費', 12500, '元'],
      ['使用費', 70, '%'],
      ['使用費', 70, '%'],
      ['使用費', 0.8, '元'],
    ]);
  });

  test('a clause that names only what an amount is per takes the fee of its sentence; one that names its own measure keeps it (dev 148)', () => {
    expect(labels('新發、補發或換發各種許可書費，每張新臺幣五十元。')).toEqual([['許可書費', 50, '元']]);
    expect(labels('除採取土石外，其使用費之一次徵收金額在新臺幣一百萬元以上者，得申請分期繳納。')).toEqual([['使用費之一次徵收金額', 100, '万元']]);
  });

  test('消费 and 经费 are no fee words, and outside a regulation no fee labels a figure', () => {
    expect(labels('居民生活消费，每户二十元。')[0]?.[0]).not.toBe('消费');
    expect(extractFromParagraph('应当收取垃圾处理费，每张新台币五十元。', { kind: 'target', rules: true })[0]?.label).not.toBe('处理费');
  });
});

describe('growths, counts and periods', () => {
  const one = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2025 }).map((f) => [f.label, f.value, f.change?.value ?? '', f.period ?? '']);
  test('涨幅 is a growth (after a price it names the metric too: 居民消费价格涨幅); a count before the subject of a growth says how many make it up', () => {
    expect(one('居民消费价格总水平涨幅4%左右。')).toEqual([['居民消费价格总水平涨幅', 4, 4, '']]);
    expect(one('17个重点传统制造业增加值增长5.3%。')).toEqual([['重点传统制造业增加值', 5.3, 5.3, '']]);
  });
  test('a list of years is a period', () => {
    expect(one('2025年、2026年增量项目竞价上限按0.4012元/千瓦时确定。')).toEqual([['增量项目竞价上限', 0.4012, '', '2025-2026']]);
  });
});

describe('what the document itself does (本次, 此次) is of its own year', () => {
  test('not of the year the sentence named before (dev 67)', () => {
    const found = extractFromParagraph('补贴金额900万元，2024年已拨付296.67万元，本次拨付剩余603.33万元。', { kind: 'target', rules: true, year: 2025, period: 2025 });
    expect(found.filter((f) => f.value !== 900).map((f) => [f.value, f.kind, f.period])).toEqual([
      [296.67, 'actual', 2024],
      [603.33, 'target', 2025],
    ]);
  });
});

describe("连续N年 before a grant is the grant's length of time", () => {
  const rule = (text: string) => extractFromParagraph(text, { kind: 'target', rules: true, year: 2017 }).map((f) => [f.label, f.value, f.unit, f.kind]);
  test('a 期限 of the rule (dev 124)', () => {
    expect(rule('按照合同使用面积连续三年给予每月每平方米5元的租金补助。')).toEqual([
      ['期限', 3, '年', 'provision'],
      ['租金补助', 5, '元', 'provision'],
    ]);
  });
  test('but 连续五年 before what happened dates a trend, no figure', () => {
    expect(extractFromParagraph('粮食连续五年增产。', { kind: 'actual', year: 2017 })).toEqual([]);
  });
});

describe('a sentence that opens with 其中 goes on with the sentence before it', () => {
  const kinds = (text: string, context: Parameters<typeof extractFromParagraph>[1]) => extractFromParagraph(text, context).map((f) => [f.label, f.value, f.kind]);
  test('the caps of a grant are provisions of the rule (dev 124)', () => {
    expect(kinds('按其成交价格1‰给予补贴。其中，国内内河船舶不超过5000元/艘，国际船舶不超过10万元/艘。', { kind: 'actual', rules: true, year: 2017 })).toEqual([
      ['补贴', 1, 'provision'],
      ['国内内河船舶', 5000, 'provision'],
      ['国际船舶', 10, 'provision'],
    ]);
  });
  test('the parts of a forecast are estimates', () => {
    expect(kinds('预计全年地区生产总值增长5%左右。其中，规模以上工业增加值增长6%。', { kind: 'actual', year: 2024 })).toEqual([
      ['地区生产总值', 5, 'estimate'],
      ['规模以上工业增加值', 6, 'estimate'],
    ]);
    expect(kinds('全年地区生产总值增长5%。其中，规模以上工业增加值增长6%。', { kind: 'actual', year: 2024 }).map((f) => f[2])).toEqual(['actual', 'actual']);
  });
});

describe('a bracket that holds one measured quantity', () => {
  const plan = (text: string) => extractFromParagraph(text, { kind: 'target', rules: true, year: 2025 }).map((f) => [f.label, f.value, f.unit]);
  test('glosses the value of the words before it, after their copula (dev 65)', () => {
    expect(plan('纳入机制的电量机制电价为蒙东煤电基准价（0.3035元/千瓦时）。')).toEqual([['蒙东煤电基准价', 0.3035, '元/千瓦时']]);
    expect(plan('培育龙头企业（10家）。')).toEqual([['龙头企业', 10, '家']]);
  });
  test('or states a condition of its own, labelled by its own words and not by the grant after it (dev 124)', () => {
    expect(plan('在南沙港区每新增一条外贸航线(年度吞吐量超过1万TEU)给予最高300万元的奖励。')).toEqual([
      ['吞吐量', 1, '万TEU'],
      ['奖励', 300, '万元'],
    ]);
  });
  test('a year, a number or a version in brackets is still no figure', () => {
    expect(plan('印发《行动计划（2021—2025年）》，实施第二期（第19号），建设智算中心（一期100P）。')).toEqual([]);
  });
});

describe('an abbreviation in brackets after a name is another name of it, no part of the label (devtext26: dev 309, 292)', () => {
  test.each([
    ['据北京统计局消息，2022年1月份，北京居民消费价格总指数（CPI）环比上涨0.2%，同比上涨1.3%。', '北京居民消费价格总指数'],
    // a full-width bracket opened, a half-width one closed, as a bulletin prints it (dev 292)
    // and the city by its full name before it goes (placeOpening; dev 292 labels both)
    ['全年和田市居民消费价格总指数（CPI)比上年上涨0.6%。', '居民消费价格总指数'],
    ['全市地区生产总值（GDP）达到1200亿元。', '地区生产总值'],
  ])('%s', (text, label) => {
    const found = extractFromParagraph(text, { kind: 'actual' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.label)).toEqual(found.map(() => label));
  });
});

describe('numbers set apart by spaces (Hong Kong records, Taiwan laws)', () => {
  const hant = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2001 }, 'zh-Hant');
  test('a spaced number is one quantity, its match and clause quoted as written', () => {
    const [f] = hant('去年訪港旅客人數逾 1 300 萬人次。');
    expect([f?.label, f?.value, f?.unit, f?.comparator, f?.match]).toEqual(['訪港旅客人數', 1300, '萬人次', '>', '逾 1 300 萬人次']);
    expect(f?.text).toBe('去年訪港旅客人數逾 1 300 萬人次');
  });
  test('a from-to figure across the spaces and a comma keeps its baseline and the fiscal year of it', () => {
    const [f, ...rest] = hant('學位教席比例由 1997-98 年度的 4.8%， 大幅度提升至本年度的 35%。');
    expect(rest).toEqual([]);
    expect([f?.label, f?.value, f?.baseline?.value, f?.baseline?.period, f?.baseline?.match]).toEqual(['學位教席比例', 35, 4.8, '1997-1998', '4.8%']);
  });
  test('a from-to figure whose clause opens with 已由 and whose start is dated in words (早幾年) keeps its baseline; the subject is before the comma (corpus 122)', () => {
    const found = hant('本港中學畢業生有機會繼續接受教育的比例 ， 已由早幾年的 30% 提升至 48%。');
    expect(found.map((f) => [f.label, f.value, f.baseline?.value])).toEqual([['中學畢業生有機會繼續接受教育的比例', 48, 30]]);
    expect(hant('以往的比例 ， 已由過去的 21% 提升至 48%。').map((f) => [f.value, f.baseline?.value])).toEqual([[48, 21]]);
  });
  test('a from-to figure whose start is dated in words as this year (本年年初) keeps its baseline and its subject (dev 143)', () => {
    const found = hant('把"長者社區照顧服務券"由本年年初的3 000張增加到6 000張。');
    expect(found.map((f) => [f.label, f.value, f.unit, f.baseline?.value])).toEqual([['長者社區照顧服務券', 6000, '張', 3000]]);
  });
  test('what the government will do is a target; an adverb or a verb before the number is not the label', () => {
    const found = hant('我們會把每年的撥款額由 30 萬元增加至 45 萬元。現時津貼額將提高至 62,600 元。');
    expect(found.map((f) => [f.label, f.value, f.kind])).toEqual([
      ['每年的撥款額', 45, 'target'],
      ['津貼額', 62600, 'target'],
    ]);
  });
  test('或以下 is a bound, not part of the label; what the speaker proposes (我建議) is a target', () => {
    const found = hant('我建議把公共開支佔經濟的比重控制在 20%或以下。');
    expect(found.map((f) => [f.label, f.value, f.comparator, f.kind, f.match])).toEqual([['公共開支佔經濟的比重', 20, '<=', 'target', '20%或以下']]);
  });
  test('a plan target loses the verb that holds it (控制在, 兴建) but not a word that starts with 有', () => {
    const found = extractFromParagraph('有效灌溉面积达到2300万亩，城镇登记失业率控制在5%以内，兴建中型水库50座左右。', { kind: 'target' });
    expect(found.map((f) => f.label)).toEqual(['有效灌溉面积', '城镇登记失业率', '中型水库']);
  });
});

describe('a label is the noun, not the verb or the preposition before it', () => {
  const hant = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2001 }, 'zh-Hant');
  test.each([
    ['本學年共提供了 6 500 個自資學額。', '自資學額'],
    ['兩間鐵路公司正在落實 6 項鐵路工程。', '鐵路工程'],
    ['今年共批出 7 所優質私校。', '優質私校'],
  ])('%s → %s', (text, label) => expect(hant(text).map((f) => f.label)).toEqual([label]));
  test('把 takes an object (把專上教育的普及率), only a preposition of place runs to its localiser (从废墟中); in a report 10 年內 frames the figure, it is none', () => {
    expect(hant('我們要在 10 年內把專上教育的普及率提高至 60%。').map((f) => f.label)).toEqual(['專上教育的普及率']);
  });
  test('a discourse marker (總的來說, 另) is not part of the label (corpus 53)', () => {
    const hant = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2001 }, 'zh-Hant').map((f) => f.label);
    expect(hant('總的來說，基建投資達 6,000 億元。')).toEqual(['基建投資']);
    expect(extractFromParagraph('总的来说投资6000亿元。', { kind: 'actual', year: 2001 }).map((f) => f.label)).toEqual(['投资']);
    // 另 (another) before a noun, not a word of it
    expect(cleanLabel({ a: '另工程', o: '另工程' }).o).toBe('工程');
    // 或者 (or) that opens an alternative (dev 147)
    expect(cleanLabel({ a: '或者行驶里程', o: '或者行駛里程' }).o).toBe('行駛里程');
  });
  test('另外 and 例如 open a sentence, they are no part of the label; nor is a whole date a preposition opens (dev 248)', () => {
    expect(cleanLabel({ a: '另外房屋储备金', o: '另外房屋儲備金' }).o).toBe('房屋儲備金');
    expect(cleanLabel({ a: '例如尚余承担额', o: '例如尚餘承擔額' }).o).toBe('尚餘承擔額');
    expect(cleanLabel({ a: '财政储备在2018年3月31日', o: '財政儲備在2018年3月31日' }).o).toBe('財政儲備');
    // 另 alone before a noun still goes, and 例 opening a word stays (例会)
    expect(cleanLabel({ a: '另工程', o: '另工程' }).o).toBe('工程');
    expect(cleanLabel({ a: '例会次数', o: '例會次數' }).o).toBe('例會次數');
  });
  test('words cleaned again, with or without their subject, in the other script or not, read as the first time (cleanLabel remembers the last few)', () => {
    const pairs = [
      { a: '纯电动绿色公交车投入运行', o: '純電動綠色公交車投入運行' },
      { a: '纯电动绿色公交车投入运行', o: '纯电动绿色公交车投入运行' },
      { a: '市级以上龙头企业发展', o: '市級以上龍頭企業發展' },
    ];
    const first = pairs.flatMap((p) => [cleanLabel(p, true).o, cleanLabel(p, false).o]);
    expect(first).toEqual(['純電動綠色公交車', '純電動綠色公交車投入運行', '纯电动绿色公交车', '纯电动绿色公交车投入运行', '市級以上龍頭企業', '市級以上龍頭企業發展']);
    expect(pairs.flatMap((p) => [cleanLabel(p, true).o, cleanLabel(p, false).o])).toEqual(first);
    expect(pairs.flatMap((p) => [cleanLabel(p, false).o, cleanLabel(p, true).o])).toEqual(pairs.flatMap((_, i) => [first[2 * i + 1], first[2 * i]]));
  });
  test('every word that opens an example opens one before a label as in a note (example_openers: 诸如 too)', () => {
    expect(cleanLabel({ a: '诸如尚余承担额', o: '諸如尚餘承擔額' }).o).toBe('尚餘承擔額');
    expect(cleanLabel({ a: '譬如基建开支', o: '譬如基建開支' }).o).toBe('基建開支');
  });
  test('a verb closed by 了 is not part of the label; 了解 is a word (corpus 60)', () => {
    const hans = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2021 }).map((f) => f.label);
    expect(hans('取得了治愈率100%、医护零感染的骄人战绩。')).toEqual(['治愈率']);
    expect(hans('累计建成了5G基站1200个。')).toEqual(['5G基站']);
    expect(hans('群众了解率达到95%。')).toEqual(['群众了解率']);
  });
  test('money a verb allocates names the funds; what it is for after it is no noun (corpus 14)', () => {
    const hans = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2009 }).map((f) => f.label);
    expect(hans('国家财政安排32.5亿元帮助解决北方农村中小学取暖问题。')).toEqual(['国家财政安排资金']);
    expect(hans('市财政安排专项资金2亿元用于支持企业创新。')).toEqual(['专项资金']);
    expect(hans('中央财政投入223亿元。')).toEqual(['中央财政投入']);
  });
  test('面向 (aimed at) and 遴选 (select) lead to what is counted (dev 119)', () => {
    const plan = (text: string) => extractFromParagraph(text, { kind: 'target', year: 2021 }).map((f) => f.label);
    // (the count counts the noun it stands before, 专业技术人才, not the training that noun qualifies)
    expect(plan('每年组织开展面向1万名专业技术人才的工业互联网素质提升培训。')).toEqual(['专业技术人才']);
    expect(plan('每年遴选20个优秀工业互联网应用解决方案。')).toEqual(['优秀工业互联网应用解决方案']);
  });
  // work-plan phrasing: each sentence and the labels of its figures
  test.each([
    // a list item's dash, number (1、 ①) or bullet is no part of a label
    ['——数字经济核心产业增加值占比达到12%。', '数字经济核心产业增加值占比'],
    ['1、常住人口城镇化率达到65%。', '常住人口城镇化率'],
    ['▪ 常住人口城镇化率达到65%。', '常住人口城镇化率'],
    // 净增 and 继续 lead to the number; 最高 before a cap is its comparator (dev 68)
    ['国家级高新技术企业净增100家，总数达到1200家。', '国家级高新技术企业 国家级高新技术企业总数'],
    ['粮食产量继续稳定在100万吨以上，城镇登记失业率继续控制在4.5%以内。', '粮食产量 城镇登记失业率'],
    // who the cap applies to is no part of it (dev 68 labels 激励金额 too; dev 196)
    ['单个企业年度激励金额最高不超过2000万元。', '激励金额'],
    // 建成区 is a noun, 建成投用 one verb; a measure of an action is no object of it; an object still is
    ['建成区绿化覆盖率不低于42%。', '建成区绿化覆盖率'],
    ['①建成投用充电站100座、充电桩2000个。', '充电站 充电桩'],
    ['规模以上工业企业数字化改造覆盖率达到80%。', '规模以上工业企业数字化改造覆盖率'],
    ['建成高标准农田10万亩。', '高标准农田'],
    // alternatives in brackets (县（市、区）), a span of years with a dash, a note in square brackets after the figure (dev 66)
    ['每个县（市、区）至少建成1个区域性养老服务中心。', '区域性养老服务中心'],
    ['上网电量2025—2027年不超过40%。', '上网电量'],
    ['自发自用电量占总用电量的比例应不低于30%［自发自用电量以实际用电量为准］。', '自发自用电量占总用电量的比例'],
  ])('%s → %s', (text, labels) => {
    expect(
      extractFromParagraph(text, { kind: 'target', year: 2024 })
        .map((f) => f.label)
        .join(' '),
    ).toBe(labels);
  });
  test('a word ending in 与 or 及 keeps it (企业牵头或参与占比, 普及率)', () => {
    expect(extractFromParagraph('企业牵头或参与占超过80%。', { kind: 'actual' }).map((f) => f.label)).toEqual(['企业牵头或参与占比']);
  });
});

describe('a work report review: estimates, verbs before counts, spans of years', () => {
  const review = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2019 });
  test('a sentence that opens with 预计 makes all its figures estimates', () => {
    expect(review('预计全市生产总值3050亿元、增长7%左右，地方一般公共预算收入256.7亿元、增长11.4%，固定资产投资增长5.9%。').map((f) => f.kind)).toEqual([
      'estimate',
      'estimate',
      'estimate',
    ]);
  });
  test('a sentence whose first clause is a forecaster and its forecast verb (国际货币基金组织最新预测，…) makes its figures estimates (dev 248)', () => {
    const speech = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2018 }).map((f) => [f.match, f.kind]);
    expect(speech('国际货币基金组织最新预测，今年全球经济增长3.9%，是自2011年以来最快。')).toEqual([['3.9%', 'estimate']]);
    // a forecast verb further in that does not end the first clause leads nothing: 统计处在去年公布的预测方法已经改进 is no forecast
    expect(speech('统计处在去年公布的预测方法已经改进，全年接待游客5000万人次。').map(([, k]) => k)).toEqual(['actual']);
  });
  test.each([
    // the city by its full name at the start goes (placeOpening; dev 60 labels 帮扶资金|北京市投入帮扶资金)
    ['北京市投入帮扶资金16.4亿元，实施项目782个。', ['帮扶资金', '实施项目']],
    ['打掉各类犯罪团伙588个，抓获犯罪嫌疑人3469名，破获案件1952起。', ['各类犯罪团伙', '犯罪嫌疑人', '破获案件']],
    ['五年投入财政扶贫资金74.9亿元，注册市场主体五年新增79.1万家。', ['财政扶贫资金', '注册市场主体']],
  ])('%s', (text, labels) => expect(review(text).map((f) => f.label)).toEqual(labels));
});

describe('periods of a span of years', () => {
  test('in a section that reviews a year and the plan period it closes (2025年和“十四五”时期工作回顾), a span a paragraph ends in frames the paragraphs after it (dev 141)', () => {
    const text = [
      '2026年海南省政府工作报告',
      '一、2025年和“十四五”时期工作回顾',
      '2025年，全省地区生产总值增长5%，新增经营主体30万户。',
      '五年来，我们坚定不移贯彻新发展理念，在推动高质量发展中实现综合实力新跨越。经济实力显著提升。',
      '全省地区生产总值连跨3个千亿级台阶，2025年人均生产总值提升至7.6万元。规上工业增加值年均增长9%。新增减税降费及退税超800亿元，净增经营主体242.8万户。',
      '2025年，全省旅游收入增长10%。',
      '新增国家级旅游度假区2个。',
    ].join('\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-report', year: 2026 });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['5%', 2025],
      ['30万户', 2025],
      ['3个', '2021-2025'],
      ['7.6万元', 2025],
      ['9%', '2021-2025'],
      ['超800亿元', '2021-2025'],
      ['242.8万户', '2021-2025'],
      ['10%', 2025],
      ['2个', 2025],
    ]);
  });
  test('a sentence or a paragraph that opens with 全年 (the whole year) says a single year: the span before it frames it no more', () => {
    const text = [
      '2026年某市政府工作报告',
      '一、2025年和“十四五”时期工作回顾',
      '五年来，我们坚持稳中求进，经济实力显著提升。',
      '全年地区生产总值增长5.2%，一般公共预算收入完成120亿元。',
      '五年来，我们坚持民生优先，城乡居民收入稳步增长。全年城镇新增就业5万人。',
    ].join('\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-report', year: 2026 });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['5.2%', 2025],
      ['120亿元', 2025],
      ['5万人', 2025],
    ]);
  });
  test('一年半来 in an article of 2011 spans the calendar years it reaches into, 2009-2010 (dev 421)', () => {
    const found = extractFromParagraph('一年半来，中央财政共安排160多亿元，推广高效节能空调3400多万台、节能汽车100多万辆、节能灯3.6亿多只。', { kind: 'actual', year: 2011 });
    expect(found[0]?.period).toBe('2009-2010');
  });
  test('a level reached over a span of two years a sentence names (两年来) is of its last year; only a section’s financial year is one period (合共達…, dev 352)', () => {
    const found = extractFromParagraph('两年来，全市地区生产总值达到3000亿元，年均增长6%。', { kind: 'actual', year: 2026 });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['3000亿元', 2025],
      ['6%', '2024-2025'],
    ]);
  });
  test('a level reached in a five-year review is of its last year, a flow or a growth of the whole span', () => {
    const found = extractFromParagraph('“十三五”时期，全市生产总值达到3353.3亿元，年均增长6.5%，累计新增城镇就业45万人。', { kind: 'actual', year: 2021 });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['3353.3亿元', 2020],
      ['6.5%', '2016-2020'],
      ['45万人', '2016-2020'],
    ]);
    expect(found[1]?.change?.value).toBe(6.5);
  });

  test('a span that opens a paragraph (五年来，…) frames every sentence of it, not only its own (dev 193)', () => {
    const found = extractFromParagraph('五年来，民生保障扎实有力。每年精心实施民心工程，建成养老机构357家，人均预期寿命达到82.58岁。', {
      kind: 'actual',
      year: 2026,
      period: 2025,
    });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['357家', '2021-2025'],
      ['82.58岁', 2025],
    ]);
    // a span named inside a sentence that opens no paragraph frames its own sentence only
    expect(extractFromParagraph('我们持续推进改革，五年来成效明显。建成养老机构357家。', { kind: 'actual', year: 2026, period: 2025 }).map((f) => f.period)).toEqual([2025]);
  });

  test("in a review of five years a from-to level is of the last year, and the from-part's year dates no figure after it (dev 496)", () => {
    const found = extractFromParagraph(
      '五年来，我们牢记嘱托、感恩奋进，在高质量发展中彰显了杭州担当。面对世纪疫情和中美贸易摩擦等超预期冲击，我们有效应对、迎难而进，地区生产总值从2020年的1.69万亿元增长到2.3万亿元，人均地区生产总值从2.1万美元提高到2.5万美元、接近中等发达经济体水平，五年财政总收入2.4万亿元、一般公共预算收入1.28万亿元，较"十三五"时期分别增长46.2%、44.4%，累计利用外资348.6亿美元。',
      { kind: 'actual', year: 2026, period: 2025 },
    );
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['2.3万亿元', 2025],
      ['2.5万美元', 2025],
      ['2.4万亿元', '2021-2025'],
      ['1.28万亿元', '2021-2025'],
      ['348.6亿美元', '2021-2025'],
    ]);
    expect(found[0]?.baseline).toMatchObject({ value: 1.69, period: 2020 });
    // a year named for itself (2024年) still dates the figures after it
    expect(
      extractFromParagraph('固定资产投资从2020年的0.8万亿元增长到2024年的1万亿元，新增企业1万家。', { kind: 'actual', year: 2026, period: 2025 }).map((f) => f.period),
    ).toEqual([2024, 2024]);
  });

  test("a from-part's year dates no figure after it however the from-part says it (从2020年初的, 从2020年只有, 由2020年度的: rules.ts fromWord)", () => {
    for (const from of ['从2020年初的', '从2020年只有', '由2020年度的']) {
      const found = extractFromParagraph(`五年来，我们有效应对、迎难而进，高新技术企业${from}1.2万家增长到2.3万家，累计利用外资348.6亿美元。`, {
        kind: 'actual',
        year: 2026,
        period: 2025,
      });
      expect(found.map((f) => [f.match, f.period])).toEqual([
        ['2.3万家', 2025],
        ['348.6亿美元', '2021-2025'],
      ]);
    }
  });

  test('a level held over a span (连续稳定在, 保持在, 严守) is of every year of it, one reached (达到) of its last (dev 375)', () => {
    const found = extractFromParagraph('“十三五”时期，粮食年产量连续稳定在1.3万亿斤以上，常住人口城镇化率达到60%。', { kind: 'actual', year: 2021 });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['1.3万亿斤以上', '2016-2020'],
      ['60%', 2020],
    ]);
  });

  test('a plan period a figure is compared with (高于“十三五”时期实际) is its basis, no time of the figures after it (dev 375)', () => {
    const found = extractFromParagraph('全社会研发经费投入年均增长7%以上、力争投入强度高于“十三五”时期实际，常住人口城镇化率提高到65%。', {
      kind: 'target',
      year: 2021,
      period: '2021-2025',
    });
    expect(found.map((f) => [f.match, f.kind])).toEqual([
      ['7%以上', 'target'],
      ['65%', 'target'],
    ]);
  });

  test("in a plan's goals a change said alone (人均预期寿命提高1岁) is of all the plan's years, a level reached of the last (dev 375)", () => {
    const found = extractFromParagraph('人均预期寿命提高1岁，森林覆盖率提高到24.1%。', { kind: 'target', year: 2021, frame: '2021-2025', period: '2021-2025' });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['1岁', '2021-2025'],
      ['24.1%', 2025],
    ]);
  });

  test('a span of past years that opens a sentence (从1950年到1975年，…) frames the sentences after it, in a plan too: achieved (dev 374)', () => {
    const found = extractFromParagraph('我们的国民经济蓬勃发展。从一九五〇年到一九七五年，农业总产值增长二倍。工业在工农业总产值中的比重上升到百分之七十一点五。', {
      kind: 'target',
      year: 1976,
      period: '1976-1985',
    });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['二倍', 'actual', '1950-1975'],
      ['百分之七十一点五', 'actual', 1975],
    ]);
    // a span that reaches the document's year or beyond frames nothing after its sentence
    expect(extractFromParagraph('从2021年到2025年，农业总产值增长一倍。比重提高到80%。', { kind: 'target', year: 2021, period: '2021-2025' }).map((f) => f.period)).toEqual([
      '2021-2025',
      2025,
    ]);
  });

  test('a five-year total of what was achieved (五年累计完成…) adds up the five years before the document, its target the five ahead', () => {
    expect(extractFromParagraph('五年累计完成固定资产投资2.5万亿元。', { kind: 'actual', year: 2026 }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['2.5万亿元', 'actual', '2021-2025'],
    ]);
    expect(extractFromParagraph('五年累计完成固定资产投资3万亿元。', { kind: 'target', year: 2026 }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['3万亿元', 'target', '2026-2030'],
    ]);
    // in a review of its own year (a summary of 2022 dates what nothing dates 2022), the five years up to it
    expect(extractFromParagraph('五年累计完成固定资产投资2.5万亿元。', { kind: 'actual', year: 2022, undated: { actual: 2022 } }).map((f) => f.period)).toEqual(['2018-2022']);
    // in a section the text frames (a plan's review of the previous plan), that frame
    expect(extractFromParagraph('五年累计完成造林面积5.2万亩。', { kind: 'actual', year: 2026, frame: '2020-2024' }).map((f) => f.period)).toEqual(['2020-2024']);
  });

  test('a span that opens a sentence inside a paragraph (…圆满收官。五年来，…) frames the sentences after it, until one opens with a year (dev 245)', () => {
    const found = extractFromParagraph(
      '2025年目标任务顺利完成。五年来，我们牢记嘱托，各项事业取得重大成就。一是综合实力再上台阶。累计建成国家级产业集群21个，研发投入强度达到2.61%。2025年，新增规模以上工业企业755户。',
      { kind: 'actual', year: 2026, period: 2025 },
    );
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['21个', '2021-2025'],
      ['2.61%', 2025],
      ['755户', 2025],
    ]);
    // the run-in 一是…二是… split the paragraph into items: the span still frames them, not the next paragraph
    const text = [
      '一、2025年工作回顾',
      '各位代表！2025年目标任务顺利完成。五年来，我们牢记嘱托，各项事业取得重大成就。一是综合实力再上台阶。地区生产总值年均增长5.2%。二是创新引领成势见效。累计建成国家级产业集群21个。',
      '新增规模以上工业企业755户。',
    ].join('\n');
    const items = extractIndicators(outlineOf(text), { kind: 'work-report', year: 2026 });
    expect(items.map((f) => [f.match, f.period])).toEqual([
      ['5.2%', '2021-2025'],
      ['21个', '2021-2025'],
      ['755户', 2025],
    ]);
    // a page that prints every paragraph on one line (gov.cn's policy pages, dev 391-393): the next <p> is the next
    // paragraph, though on the same line, and the span does not frame it
    const oneLine = [
      '<!DOCTYPE html>',
      '<html><body>',
      `<div id="UCAP-CONTENT">${text
        .split('\n')
        .map((p) => `<p>${p}</p>`)
        .join(' ')}</div>`,
      '</body></html>',
    ].join('\n');
    const onOneLine = extractIndicators(outlineOf(oneLine), { kind: 'work-report', year: 2026 });
    expect(onOneLine.map((f) => [f.match, f.period])).toEqual([
      ['5.2%', '2021-2025'],
      ['21个', '2021-2025'],
      ['755户', 2025],
    ]);
  });

  test('a figure that nothing dates is of the year a work report reviews (its actuals: the year before) or plans (its targets), and a speech’s actual of its own year (dev 118, 260, 53)', () => {
    const report = ['一、关于国有企业改革', '国有小企业改制24万多户。', '力争今后新增就业100万人。', '1995年粮食产量达到4.6亿吨。'].join('\n');
    expect(extractIndicators(outlineOf(report), { kind: 'work-report', year: 1997 }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['24万多户', 'actual', 1996],
      ['100万人', 'target', 1997],
      ['4.6亿吨', 'actual', 1995],
    ]);
    const speech = extractIndicators(outlineOf(['施政報告', '主席：', '香港現時有3800多間海外公司設立地區總部。'].join('\n')), { kind: 'record', year: 2001 });
    expect(speech.map((f) => [f.match, f.kind, f.period])).toEqual([['3800多間', 'actual', 2001]]);
    // a review of its own year (2024年工作总结, given in December 2024: review17): its actuals of that year, its plans of the next
    expect(extractIndicators(outlineOf(report), { kind: 'work-report', year: 1996, reviewsOwnYear: true }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['24万多户', 'actual', 1996],
      ['100万人', 'target', 1997],
      ['4.6亿吨', 'actual', 1995],
    ]);
    expect([reviewsOwnYear('某区2024年工作总结'), reviewsOwnYear('2025年政府工作报告')]).toEqual([true, false]);
    // a statistical bulletin (某市2025年国民经济和社会发展统计公报, a report) reports its own year: every figure nothing dates is of it (dev 290, 291)
    const bulletin = ['一、综合', '初步核算，全年地区生产总值3502.08亿元，比上年增长5.5%。年末全市常住人口455.74万人。', '2024年粮食产量190.1万吨。'].join('\n');
    expect(reviewsOwnYear('某市2025年国民经济和社会发展统计公报')).toBe(true);
    expect(extractIndicators(outlineOf(bulletin), { kind: 'report', year: 2025, reviewsOwnYear: true }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['3502.08亿元', 'actual', 2025],
      ['455.74万人', 'actual', 2025],
      ['190.1万吨', 'actual', 2024],
    ]);
    // a report that is no review of its own year (关于…预算执行情况…的报告) keeps what it had
    expect(extractIndicators(outlineOf(bulletin), { kind: 'report', year: 2025 }).map((f) => f.period)).toEqual([undefined, undefined, 2024]);
    // a news page tells of its own time: what nothing dates is of the year it is written in (dev 329, 440)
    expect(extractIndicators(outlineOf(['某市新闻', '全市新增就业10万人。'].join('\n')), { kind: 'news', year: 2020 }).map((f) => f.period)).toEqual([2020]);
  });

  test('a title line naming a revised estimate or a forecast (修訂預算, 中期財政預測) makes the numbered paragraphs under it estimates (dev 305)', () => {
    const numbered = (n: number) => `${n}. 這一段說明財政狀況，讓各位議員了解政府的收支和儲備情況，以便審議撥款條例草案，並作出適當的決定和安排。`;
    const text = [
      '二零二四至二五財政年度政府財政預算案',
      ...[197, 198, 199, 200].map(numbered),
      '二零二三／二四年度修訂預算',
      '201. 二零二三／二四年度政府收入的修訂預算為五千五百四十六億元。',
      '202. 當中，地價收入為一百九十四億元，印花稅收入為五百億元。',
      '二零二四／二五年度財政預算',
      '203. 二零二四／二五年度政府整體開支將上升至七千七百六十九億元。',
      '中期財政預測',
      '204. 在這期間，政府基本工程開支平均每年約九百億元。',
      ...[205, 206, 207, 208, 209, 210].map(numbered),
    ].join('\n');
    const found = extractIndicators(outlineOf(text), { kind: 'other', year: 2024, script: 'zh-Hant' });
    expect(found.map((f) => [f.match, f.kind])).toEqual([
      ['五千五百四十六億元', 'estimate'],
      ['一百九十四億元', 'estimate'],
      ['五百億元', 'estimate'],
      ['七千七百六十九億元', 'target'],
      ['約九百億元', 'estimate'],
    ]);
  });

  test('a title line naming a financial year (二零二三／二四年度修訂預算, 二零二四／二五年度財政預算) dates the numbered paragraphs under it (dev 305, 352)', () => {
    const text = [
      '二零二四至二五財政年度政府財政預算案',
      '200. 這一段說明財政狀況，讓各位議員了解政府的收支和儲備情況，以便審議撥款條例草案。',
      '二零二三／二四年度修訂預算',
      '201. 二零二三／二四年度政府收入的修訂預算為五千五百四十六億元。',
      '202. 當中，地價收入為一百九十四億元，印花稅收入為五百億元。',
      '二零二四／二五年度財政預算',
      '203. 二零二四／二五年度經常開支將增加百分之七至五千八百零二億元。其中民生相關政策範疇的投放合共達三千四百三十七億元。',
      '204. 由於疫情過去，非經常開支將大幅減少至三百三十六億元。',
    ].join('\n');
    const found = extractIndicators(outlineOf(text), { kind: 'other', year: 2024, script: 'zh-Hant' });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['五千五百四十六億元', 'estimate', '2023-2024'],
      ['一百九十四億元', 'estimate', '2023-2024'],
      ['五百億元', 'estimate', '2023-2024'],
      ['五千八百零二億元', 'target', '2024-2025'],
      ['三千四百三十七億元', 'target', '2024-2025'],
      ['三百三十六億元', 'target', '2024-2025'],
    ]);
  });

  test('a title line naming a span of years with 年度 (2016至2020年度工作成效) is no financial year: it dates its paragraphs by the whole span', () => {
    const text = ['某区人民政府工作报告', '一、过去五年工作回顾', '2016至2020年度工作成效', '城镇新增就业达到50万人，全区生产总值增长6%。'].join('\n');
    expect(extractIndicators(outlineOf(text), { kind: 'work-report', year: 2021 }).map((f) => [f.match, f.period])).toEqual([
      ['50万人', '2016-2020'],
      ['6%', '2016-2020'],
    ]);
  });

  test("a forecast word inside the name of a work (预测预警, 预测预报) is the title's topic, no forecast its figures are (dev 305 names them last)", () => {
    const text = ['某市气象防灾减灾规划', '一、发展目标', '灾害性天气预测预警', '到2025年，灾害性天气预警准确率达到90%。'].join('\n');
    expect(extractIndicators(outlineOf(text), { kind: 'plan', year: 2021 }).map((f) => [f.match, f.kind])).toEqual([['90%', 'target']]);
    // what the title names last is the forecast the section holds: 2024年预计执行情况
    const estimated = ['某市2024年预算执行情况的报告', '一、2024年预算执行情况', '2024年预计执行情况', '全市一般公共预算收入完成120亿元。'].join('\n');
    expect(extractIndicators(outlineOf(estimated), { kind: 'report', year: 2025 }).map((f) => [f.match, f.kind])).toEqual([['120亿元', 'estimate']]);
  });

  test('an unnumbered title line (“十四五”时期工作回顾, 2026年工作安排) frames the paragraphs after it in its section as a numbered one would (dev 178)', () => {
    const text = [
      '2026年甘肃省政府工作报告',
      '各位代表：',
      '“十四五”时期工作回顾',
      '——这是综合实力快速跃升的五年。全省地区生产总值达到13697.5亿元，新增百亿县区26个。',
      '2026年工作安排',
      '全省地区生产总值增长5%以上。',
      '财政储备',
      '财政储备达到1000亿元。',
    ].join('\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-report', year: 2026 });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['13697.5亿元', 'actual', 2025],
      ['26个', 'actual', '2021-2025'],
      ['5%以上', 'target', 2026],
      // a title line that names no time ends the frame before it (dev 248): an actual of the year the report reviews
      ['1000亿元', 'actual', 2025],
    ]);
    // a lead-in (2026年重点：) or a line of a broken PDF text (2005年铁路营业里程达到7.5万公里) frames nothing (dev 180)
    const plain = extractIndicators(
      outlineOf(['2026年纲要', '2026年重点：', '全省地区生产总值达到13697.5亿元。', '2005年铁路营业里程达到7.5万公里', '新增铁路1000公里。'].join('\n')),
      {
        kind: 'report',
        year: 2026,
      },
    );
    expect(plain.map((f) => [f.match, f.kind, f.period]).slice(0, 2)).toEqual([
      ['13697.5亿元', 'actual', undefined],
      ['7.5万公里', 'actual', 2005],
    ]);
    // in a news page an undated actual is of the year the text last gave a figure of (carriedYearKinds, dev 362, 363), so the
    // line that frames nothing is checked in a speech, whose undated actuals are of the year it is said in
    const spoken = extractIndicators(outlineOf(['2026年讲话', '2005年铁路营业里程达到7.5万公里', '新增铁路1000公里。'].join('\n')), { kind: 'record', year: 2026 });
    expect(spoken.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['7.5万公里', 'actual', 2005],
      ['1000公里', 'actual', 2026],
    ]);
  });

  test('a part title on a line of its own over sections numbered again from 一、 frames them where their titles say nothing of their time (dev 312, 489, 852)', () => {
    const text = [
      '各位代表：',
      '2015年工作回顾',
      '一、主要经济指标持续向好',
      '全年完成地区生产总值670.6亿元，同比增长9.4%。',
      '二、政府职能加快转变',
      '清理淘汰低端企业426家。',
      '“十三五”发展思路和2016年主要工作任务',
      '2016年新区经济社会发展的主要预期目标是：地区生产总值增长9%。',
      '一、坚持以城市管理治理为核心',
      '启动1000个一类探头补点项目。',
      '二、坚持凤凰城开发建设',
      '建设高端产业投资项目14个。',
      '三、2015年工作情况',
      '完成投资40亿元。',
    ].join('\n');
    const found = extractIndicators(outlineOf(text), { kind: 'work-report', year: 2016 });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['670.6亿元', 'actual', 2015],
      ['426家', 'actual', 2015],
      ['9%', 'target', 2016],
      ['1000个', 'target', 2016],
      ['14个', 'target', 2016],
      // a section whose own title names its time keeps it
      ['40亿元', 'actual', 2015],
    ]);
    // numbering that goes on (三、 after the title line) is no part of it: the sections after it keep the report's default
    const goesOn = ['一、2015年工作回顾', '全年完成地区生产总值670.6亿元。', '2016年主要工作任务', '二、坚持以城市管理治理为核心', '启动1000个一类探头补点项目。'].join('\n');
    expect(extractIndicators(outlineOf(goesOn), { kind: 'work-report', year: 2016 }).map((f) => [f.match, f.kind])).toEqual([
      ['670.6亿元', 'actual'],
      ['1000个', 'actual'],
    ]);
    // nor is the text's own title line over its first 一、, with no paragraph before it
    const titleLine = ['某区2026年工作报告', '一、主要工作', '全年研发投入达到120亿元。'].join('\n');
    expect(extractIndicators(outlineOf(titleLine), { kind: 'work-report', year: 2026 }).map((f) => [f.match, f.kind, f.period])).toEqual([['120亿元', 'actual', 2025]]);
  });

  test("a date on a line of its own (二〇一六年一月十日) is no part title: the numbered sections after it keep the report's default", () => {
    for (const date of ['二〇一六年一月十日', '（二〇一六年一月十日）', '二〇一六年一月']) {
      const text = [
        '某县政府工作报告',
        '在县第十七届人民代表大会第五次会议上',
        date,
        '各位代表：',
        '现在，我代表县人民政府作报告。',
        '一、稳增长取得新成效',
        '全县地区生产总值达到500亿元。',
      ].join('\n');
      expect(extractIndicators(outlineOf(text), { kind: 'work-report', year: 2016 }).map((f) => [f.match, f.kind, f.period])).toEqual([['500亿元', 'actual', 2015]]);
    }
  });

  test('a rate, a share or a level led by 突破/超过 in a five-year review is of its last year, even after a noun like 投入 (dev 198)', () => {
    const found = extractFromParagraph(
      '“十四五”时期，国内生产总值突破140万亿元，数字经济核心产业增加值占比超过10.5%，全社会研发经费投入强度达到2.8%，人均预期寿命提升至79岁以上，城镇新增就业累计达到6242万人，新建高标准农田3167万亩。',
      { kind: 'actual', year: 2026 },
    );
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['突破140万亿元', 2025],
      ['超过10.5%', 2025],
      ['2.8%', 2025],
      ['79岁以上', 2025],
      ['6242万人', '2021-2025'],
      ['3167万亩', '2021-2025'],
    ]);
  });

  test("the five years ahead (五年内, 今后五年, 五年合计) are the plan's own: a total or an average over them is of its period (dev 181)", () => {
    const plan = { kind: 'target' as const, year: 1986, period: 1990 };
    expect(extractFromParagraph('五年内，消费基金总额为30，070亿元，平均每年消费率为70％。', plan).map((f) => [f.kind, f.period])).toEqual([
      ['target', '1986-1990'],
      ['target', '1986-1990'],
    ]);
    expect(extractFromParagraph('1990年国家财政收入达到2，567亿元，五年合计为11，194亿元。', plan).map((f) => [f.match, f.period])).toEqual([
      ['2，567亿元', 1990],
      ['11，194亿元', '1986-1990'],
    ]);
    expect(extractFromParagraph('今后五年，新建铁路5000公里，铁路营业里程达到6万公里。', { kind: 'target', year: 2021, period: 2025 }).map((f) => f.period)).toEqual([
      '2021-2025',
      2025,
    ]);
    // elsewhere in the sentence the five years qualify something else: this year's projects of a work plan
    expect(extractFromParagraph('广泛征集未来五年产业技术攻关需求，编制100个攻关项目。', { kind: 'target', year: 2021, period: 2021 }).map((f) => f.period)).toEqual([2021]);
  });

  test('建成区 (the built-up area) is a noun, not the flow word 建成: a level reached there is of the last year', () => {
    const found = extractFromParagraph('“十三五”时期，城市建成区排水管网密度达到9.6公里/平方公里，建成排涝泵站15座。', { kind: 'actual', year: 2021 });
    expect(found.map((f) => [f.match, f.period])).toEqual([
      ['9.6公里/平方公里', 2020],
      ['15座', '2016-2020'],
    ]);
  });

  test('the plans before 十一五 are named periods too: “十五”期间 is 2001-2005, “六五”期间 1981-1985 (dev 180, 181)', () => {
    expect(extractFromParagraph('“十五”期间，全国新增供水能力400亿立方米。', { kind: 'target', year: 2001, period: 2005 }).map((f) => [f.kind, f.period])).toEqual([
      ['target', '2001-2005'],
    ]);
    expect(extractFromParagraph('“六五”期间，国民收入平均每年增长9.7%。', { kind: 'target', year: 1986, period: 1990 }).map((f) => [f.kind, f.period])).toEqual([
      ['actual', '1981-1985'],
    ]);
    expect(extractFromParagraph('九五期间，新建铁路5000公里。', { kind: 'target', year: 1996, period: 2000 }).map((f) => f.period)).toEqual(['1996-2000']);
    // a named period after 由 is the time of a baseline, not of the figure it grew into (dev 181)
    const [rate, ...more] = extractFromParagraph('全民所有制单位基本建设投资固定资产交付使用率，由“六五”期间的73.6％提高到75％。', { kind: 'target', year: 1986, period: 1990 });
    expect(more).toEqual([]);
    expect(rate).toMatchObject({ value: 75, kind: 'target', baseline: { value: 73.6, period: '1981-1985' } });
    // a fifteen that is a number, not a plan (第十五期间, 二十五期间) names no period
    expect(extractFromParagraph('第十五期间，新建铁路5000公里。', { kind: 'target', year: 1996, period: 2000 }).map((f) => f.period)).toEqual([2000]);
  });

  test('跨过 before a figure bounds it like 突破 (地区生产总值跨过3万亿元: more than, not part of the label) and in a span makes a level (dev 245)', () => {
    const found = extractFromParagraph('五年来，地区生产总值跨过3万亿元、年均增长5.2%。', { kind: 'actual', year: 2026 });
    expect(found.map((f) => [f.match, f.label, f.comparator, f.period])).toEqual([
      ['跨过3万亿元', '地区生产总值', '>', 2025],
      ['5.2%', '地区生产总值', undefined, '2021-2025'],
    ]);
  });
});

describe('plan targets', () => {
  const plan = (text: string) => extractFromParagraph(text, { kind: 'target', year: 2001 });
  test('a label too long for one name keeps the last item of a list joined by 和, as by 、 (dev 69, 180)', () => {
    expect(plan('城镇居民人均可支配收入和农村居民人均纯收入分别年均增长5%。').map((f) => f.label)).toEqual(['农村居民人均纯收入']);
  });
  test('a label cut for length never splits a word the segmenter cut in two (全|社会, 战略|性: dev 194)', () => {
    const actual = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => f.label);
    expect(actual('全社会研发经费支出相当于全市生产总值的比例达到4.5%左右。')).toEqual(['全社会研发经费支出相当于全市生产总值的比例']);
    // 23 characters with no list are kept whole (MAX_WORDS); a longer name is cut at a word, never at 全|社会 or 战略|性
    expect(actual('工业战略性新兴产业总产值增长6.5%、占规模以上工业总产值比重提高到45%。')[1]).toBe('工业战略性新兴产业总产值占规模以上工业总产值比重');
    expect(actual('全社会研发经费支出相当于全市全口径地区生产总值的比例达到4.5%左右。')).toEqual(['研发经费支出相当于全市全口径地区生产总值的比例']);
    // nor back to a list joint (dev 113: …及第十二條之一第一項規定計算之基本所得額)
    expect(actual('其依本条例及第十二条之一第一项规定计算之基本所得额为600万元。')[0]).not.toMatch(/^及/);
  });
  test('高等 and 中等 are words, not the list particle 等', () => {
    expect(plan('高等教育毛入学率达到8%左右。').map((f) => f.label)).toEqual(['高等教育毛入学率']);
  });
  test('分别 after a list that follows a comma and a space shares the head (小学、初中毕业生升学率)', () => {
    expect(plan('基本普及九年义务教育, 小学、初中毕业生升学率分别达到97%和40%左右。').map((f) => f.label)).toEqual(['小学毕业生升学率', '初中毕业生升学率']);
  });
  test('a list after a count that ends its clause is what is counted; before 等 it names examples (dev 119)', () => {
    expect(plan('新建800个智能工厂、数字化车间，打造100个典型应用案例。').map((f) => f.label)).toEqual(['智能工厂、数字化车间', '典型应用案例']);
    expect(plan('培育3家跨行业综合型平台，20家行业型、专业型、区域型工业互联网平台。').map((f) => f.label)).toEqual(['跨行业综合型平台', '行业型、专业型、区域型工业互联网平台']);
    expect(plan('力争建设10个省级工业互联网创新中心、推广中心、实验室等创新服务载体。').map((f) => f.label)).toEqual(['创新服务载体']);
    // with a figure after it in the clause the list is not this figure's (建成10个产业园区、5个孵化器)
    expect(plan('建成10个产业园区、5个孵化器。').map((f) => f.label)).toEqual(['产业园区', '孵化器']);
  });
  test('a count before the subject of a fall is no figure, and a year in the basis stays whole', () => {
    expect(plan('12种主要污染物排放总量比2000年削减5%以上。').map((f) => [f.label, f.value, f.change?.basis])).toEqual([['主要污染物排放总量', -5, '比2000年']]);
  });
});

describe('a budget report: the budget set is a target, its outturn actual (dev 239)', () => {
  const report = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2025 }).map((f) => [f.value, f.kind]);
  test.each([
    [
      '全市一般公共预算收入年初预算合计421.9亿元，调整后收入预算为423.7亿元；收入完成421.8亿元，同比增长3.6%。',
      [
        [421.9, 'target'],
        [423.7, 'target'],
        [421.8, 'actual'],
      ],
    ],
    [
      '支出预算155.1亿元，支出预算调整为206.2亿元；支出完成166.1亿元。',
      [
        [155.1, 'target'],
        [206.2, 'target'],
        [166.1, 'actual'],
      ],
    ],
    ['争取中央预算内投资5亿元。', [[5, 'actual']]],
  ] as const)('%s', (text, kinds) => expect(report(text)).toEqual(kinds));
});

describe('a budget speech', () => {
  test('what the speaker proposes is a target, 由 60% 加至 80% one figure with its baseline', () => {
    const found = extractFromParagraph('我建議把葡萄酒稅率由目前的 60%加至 80 %。', { kind: 'actual', year: 2002 }, 'zh-Hant');
    expect(found.map((f) => [f.label, f.value, f.kind, f.baseline?.value])).toEqual([['葡萄酒稅率', 80, 'target', 60]]);
  });
  const speech = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2004 }, 'zh-Hant');
  test('a financial year is a period of the two years it spans; 本財政年度 is the one the speech is given in (corpus 70)', () => {
    expect(speech('2004-05 年度政府非經營開支預算為 465 億元。')[0]).toMatchObject({ value: 465, period: '2004-2005', kind: 'target' });
    // Hong Kong's financial year runs from April: in a budget speech of March 2004 the one under way is 2003-2004
    const hongKong = (year: number) => ({ kind: 'actual' as const, year, financialYear: financialYearUnderWay({ region: '香港', year }) });
    expect(extractFromParagraph('本財政年度的綜合赤字為 490 億元。', hongKong(2004), 'zh-Hant')[0]).toMatchObject({ value: 490, period: '2003-2004' });
    // 今個 is Cantonese for this: 今個財政年度 in a speech of 2024 is 2023-2024 (dev 305)
    expect(extractFromParagraph('今個財政年度的總開支仍達七千二百七十九億元。', hongKong(2024), 'zh-Hant')[0]).toMatchObject({ value: 7279, period: '2023-2024' });
  });
  test('a year that names a document before its title in 《》 (二零二三年《施政報告》) is the name’s, it dates no figure (dev 305, 352)', () => {
    const budget = { kind: 'target' as const, year: 2024, period: '2024-2025' };
    const text = '二零二三年《施政報告》中宣布的主要政策措施，共涉及約一百四十二億元收入、一百三十四億元經營開支及二百五十二億元非經營開支。';
    expect(extractFromParagraph(text, budget, 'zh-Hant').map((f) => [f.match, f.kind, f.period])).toEqual([
      ['約一百四十二億元', 'target', '2024-2025'],
      ['一百三十四億元', 'target', '2024-2025'],
      ['二百五十二億元', 'target', '2024-2025'],
    ]);
    // a year that dates the words before the title still dates: 2023年，《…》實施後新增企業30家
    expect(extractFromParagraph('2023年，《條例》實施後新增企業30家。', { kind: 'actual', year: 2024 }, 'zh-Hant').map((f) => f.period)).toEqual([2023]);
  });
  test('可望 and 預測 are estimates; 承諾, 仍會, 未來 5 年 and a figure that is 的目標 are targets (corpus 70)', () => {
    expect(speech('本地生產總值今年可望有 6%的實質增長。')[0]!.kind).toBe('estimate');
    expect(speech('中期經濟實質趨勢增長預測為 3.8%。')[0]!.kind).toBe('estimate');
    expect(speech('我承諾把公共開支佔本地生產總值的比例控制在 20%或以下。')[0]!.kind).toBe('target');
    expect(speech('我們仍會額外預留 2 億元一筆過的撥款。')[0]!.kind).toBe('target');
    expect(speech('在未來 5 年，非經營開支平均每年為 430 億元。')[0]!.kind).toBe('target');
    expect(speech('把政府經營開支削減至 2008-09 年度的 2,000 億元的目標。')[0]!.kind).toBe('target');
    // a figure of the past stays actual
    expect(speech('去年全年跌幅平均為 2.6%。')[0]!.kind).toBe('actual');
  });
  test('an ellipsis ends the words after a figure: the label runs neither into nor out of what follows it (dev 651)', () => {
    const labelsOf = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2025 }, 'zh-Hans').map((f) => [f.match, f.label]);
    expect(labelsOf('新就业形态人员职业伤害保障试点累计参保人数超过2200万人……10月份，全国城镇调查失业率为5.1%。')).toEqual([
      ['超过2200万人', '新就业形态人员职业伤害保障试点累计参保人数'],
      ['5.1%', '城镇调查失业率'],
    ]);
    const [, funds] = labelsOf('安排3000亿元超长期特别国债资金，投放5000亿元新型政策性金融工具资金……今年以来，存量政策和增量政策共同发力。');
    expect(funds?.[1]).not.toContain('今年以来');
  });
  test('有望, as 可望, makes an estimate and is no part of the label (dev 651)', () => {
    const [growth, total] = extractFromParagraph(
      '这是应变克难的一年。中国经济顶压前行、稳中求进，前三季度国内生产总值同比增长5.2%，全年经济总量有望达到140万亿元左右，“十四五”将圆满收官。',
      { kind: 'actual', year: 2025 },
      'zh-Hans',
    );
    expect(growth).toMatchObject({ value: 5.2, kind: 'actual' });
    expect(total).toMatchObject({ value: 140, unit: '万亿元', kind: 'estimate' });
    expect(['经济总量', '全年经济总量']).toContain(total!.label);
  });
  // 有望上市企业 (the brief's noun phrase, issue 15; no dev text writes one): 有望 opens a noun there, no forecast of the figure
  test('有望 inside a noun (有望上市企业) makes no estimate; 有望 as the verb before the figure still does', () => {
    expect(extractFromParagraph('全市有望上市企业达到120家。', { kind: 'actual', year: 2024 }, 'zh-Hans')[0]).toMatchObject({ value: 120, kind: 'actual' });
    expect(extractFromParagraph('培育有望上市企业120家。', { kind: 'target', year: 2024 }, 'zh-Hans')[0]).toMatchObject({ value: 120, kind: 'target' });
    expect(extractFromParagraph('全年经济总量有望达到140万亿元左右。', { kind: 'actual', year: 2025 }, 'zh-Hans')[0]).toMatchObject({ kind: 'estimate' });
  });
  test("a year from the speech's on is still ahead: its figures are targets; 我計劃 and 我們還須 mark targets (corpus 56)", () => {
    const speech2002 = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2002 }, 'zh-Hant');
    expect(speech2002('2002-03 年度政府開支，比 2001-02 年度原來預算增長 0.6%。')[0]!.kind).toBe('target');
    expect(speech2002('2001-02 年度政府開支為 2,500 億元。')[0]!.kind).toBe('actual');
    // a section that reviews the year keeps it actual
    expect(extractFromParagraph('2002年生產總值增長 3%。', { kind: 'actual', year: 2002, review: true }, 'zh-Hant')[0]!.kind).toBe('actual');
    expect(speech2002('我們還須由 2003-04 年度開始，每年開源或節流 20 億元。')[0]!.kind).toBe('target');
    expect(speech2002('我計劃在未來數年，將政府開支的實質增長定於每年平均 1.5%。')[0]!.kind).toBe('target');
  });
  const kinds = (text: string, year = 2004) => extractFromParagraph(text, { kind: 'actual', year }, 'zh-Hant').map((f) => [f.match, f.kind, f.period ?? '']);
  test('a clause that opens with a forecast frames the rest of its sentence; a clause of its own with a subject does not (corpus 56, 70, 53)', () => {
    expect(kinds('首先 ， 我估計 2001-02 年度的綜合赤字為 656 億元 ， 相等於本地生產總值的 5.2%。', 2002)).toEqual([
      ['656 億元', 'estimate', '2001-2002'],
      ['5.2%', 'estimate', '2001-2002'],
    ]);
    expect(kinds('所以我估計 2002 年整體經濟物價將會下跌 1.5%， 而中期的整體經濟物價趨勢增長則為 0.4%。', 2002).map((k) => k[1])).toEqual(['estimate', 'estimate']);
    expect(kinds('撇除差餉寬免的影響後 ， 預計超過 90%的差餉繳納人在下年度的差餉負擔 ， 將平均減少 11%。').map((k) => k[1])).toEqual(['estimate', 'estimate']);
    // the forecast of a clause with a subject of its own (各項工程預計…完成) stays in that clause
    expect(kinds('兩間鐵路公司正在落實 6 項鐵路工程 ， 各項工程預計在 2002 至 2007 年間分階段完成 ， 總投資約 1,000 億元 。', 2001).at(-1)).toEqual([
      '約 1,000 億元',
      'target',
      '2002-2007',
    ]);
  });
  test('the effect a measure would have is an estimate: 會令, 將會令, 將會為…帶來 (corpus 70)', () => {
    expect(kinds('這項建議會令政府收入在 2004-05 年度減少接近 9 億元。')[0]![1]).toBe('estimate');
    expect(kinds('這項寬減措施將會令政府在 5 年內減少 46 億元的稅收。')[0]![1]).toBe('estimate');
    expect(kinds('並將會為政府每年帶來接近 130 億元的收入。')[0]![1]).toBe('estimate');
  });
  test('會 after an adverb (並會, 更會) and a decision (仍決定, 已決定) plan the rest of their sentence; 社會, 委員會 and 會同 do not (corpus 120, 122)', () => {
    expect(kinds('我接納委員會的建議 ，並會向立法會財務委員會提出撥款申請 ， 額外撥款 3 億元予 “ 中小企業市場推廣基金 ” 。', 2005)[0]![1]).toBe('target');
    expect(kinds('它們在陸續落成時，更會提供約 13 000 個服務業職位 。')[0]![1]).toBe('target');
    expect(kinds('我們在決心壓縮財政赤字的同時 ， 仍決定預留大約 12 億元撥款 ， 推行 3 項就業措施 ： 一 ， 是用於延續大約 11 000 個臨時職位 。').map((k) => k[1])).toEqual([
      'target',
      'target',
      'target',
    ]);
    expect(kinds('此外，政府已決定延續公營機構約 11 600 個臨時職位。', 2005)[0]![1]).toBe('target');
    expect(kinds('社會福利署聯同 20 個非政府機構 ， 為 3 000 名長者提供服務 。').map((k) => k[1])).toEqual(['actual', 'actual']);
    expect(kinds('該委員會會同 12 個部門處理了 500 宗個案 。').at(-1)![1]).toBe('actual');
    expect(kinds('這是決定性的一年 ， 我們完成了 80 項工程 。')[0]![1]).toBe('actual');
  });
  test('what a speaker proposes (我們所提出的, 政府提出) and 會 after 大約 or opening a clause plan what they say (dev 451)', () => {
    expect(kinds('陳議員 ， 我們所提出的 32 000 個職位 ， 分配情況大致如下 。', 2001)[0]![1]).toBe('target');
    expect(kinds('增設職位方面，政府提出會增加 3萬個職位。', 2001)[0]![1]).toBe('target');
    expect(kinds('醫院服務助理 、 護士 、 福利工作人員 、 教師等 ， 大約會增設六千多個職位 ； 房屋署的保安和管理方面 ，會增設四千多個職位。', 2001).map((k) => k[1])).toEqual([
      'target',
      'target',
    ]);
    // 會 of a noun (大會, 學會) or opening one (會議) plans nothing; what a speaker proposed to others and others did stays
    expect(kinds('學會 ， 會員人數增加 300 人 。', 2001)[0]![1]).toBe('actual');
    expect(kinds('大會 ，會議通過 12 項決議 。', 2001)[0]![1]).toBe('actual');
  });
  test("the modal 会 at a label's end is read by words: only a noun in 会 its last words spell keeps it (dev 56: 這項建議會令政府少收約13億元)", () => {
    // 建議|會: 議會 by characters, no noun by words
    expect(cleanLabel({ a: '这项建议会', o: '這項建議會' }).o).toBe('建議');
    expect(cleanLabel({ a: '经济发展会', o: '经济发展会' }).o).toBe('经济发展');
    // 都会 after a subject is 都 (all) and the modal; the noun is 大都会 (dev 144: 文化藝術素養的大都會)
    expect(cleanLabel({ a: '两项收入都会', o: '兩項收入都會' }).o).not.toMatch(/會$/);
    for (const noun of ['大都会', '全国学会', '委员会', '人民代表大会', '博览会']) expect(cleanLabel({ a: noun, o: noun }).o).toBe(noun);
  });
  test('会上, 会后 opening a clause are at and after the meeting, no modal: a meeting report tells what was (dev 137, 166: 会上，科技部负责同志通报了…)', () => {
    const said = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2025 }).map((f) => [f.match, f.kind]);
    expect(said('会上，市统计局通报了全市经济运行情况，全年地区生产总值增长5.2%。')).toEqual([['5.2%', 'actual']]);
    expect(said('会上通报了考核结果，各区完成整改项目12个。')[0]![1]).toBe('actual');
    expect(said('会后，各区完成整改项目12个。')[0]![1]).toBe('actual');
    // 会 before a verb that opens with 上 (会上升, 会上调) is the modal still
    expect(said('总体而言，会上调收费标准5%。')[0]![1]).toBe('target');
  });
  test('今年首 8 個月 (Hong Kong, like 頭 8 個月) is the past part of the year, and the first months are no figure (corpus 121)', () => {
    expect(kinds('今年首 8 個月 ， 成功檢控違例欠薪的數字上升 13%， 也有公司董事被判入獄 。', 2005)).toEqual([['13%', 'actual', 2005]]);
    expect(kinds('執法部門打擊非法勞工的聯合行動，今年首 8 個月比去年同期增加三成。', 2005).map((k) => k[0])).toEqual(['三成']);
  });
  test('至於 goes on with the sentence before it: its proposal or forecast frames it (corpus 56)', () => {
    expect(kinds('我建議將煙草免稅額降低 40%。至於免稅酒方面，則下調 25%。', 2002).map((k) => k[1])).toEqual(['target', 'target']);
    expect(kinds('煙草免稅額降低了 40%。免稅酒方面，則下調 25%。', 2002).map((k) => k[1])).toEqual(['actual', 'actual']);
  });
  test('去年 and 明年 date a figure; the past part of this year (今年年初) is no year ahead; 去年 of a clause before 的 does not date it (corpus 70)', () => {
    expect(kinds('通縮亦漸見緩和，跌幅由去年 12 月的 1.9%，進一步收窄至今年 1 月的 1.5%，去年全年跌幅則平均為 2.6%。').at(-1)).toEqual(['2.6%', 'actual', 2003]);
    expect(kinds('失業率由去年年中高峰期的 8.7%，持續下降至今年年初的 7.3%， 失業人數減少了 64 200 人 。').map((k) => k[1])).toEqual(['actual', 'actual']);
    expect(kinds('我仍將 2004-05 年度的政府經營開支，維持在去年預算案訂下的 2,122 億元水平。')[0]).toEqual(['2,122 億元', 'target', '2004-2005']);
    // the mainland's 前三季度, 前8个月 are a past part too
    for (const past of ['今年前三季度，地区生产总值增长5.2%。', '今年前8个月，进出口总额增长3.1%。']) expect(kinds(past)[0]![1], past).toBe('actual');
  });
});

describe('time limits of a regulation without 内', () => {
  const rule = (text: string) => extractFromParagraph(text, { kind: 'provision', provisions: true });
  test.each([
    ['建设工程配置的电梯最低质量保修期为两年。', '两年', 2, '年'],
    ['电梯使用年限超过十五年的，应当进行安全评估。', '超过十五年', 15, '年'],
    ['在电梯检验合格有效期届满前一个月，向检验机构申请定期检验。', '一个月', 1, '个月'],
    // a span a rule bounds after its noun, and a length of days after a comparator (dev 147)
    ['家用汽车产品的三包有效期不得低于2年。', '不得低于2年', 2, '年'],
    ['修理记录保存期限不得低于6年。', '不得低于6年', 6, '年'],
    ['因质量问题单次修理时间超过5日的，修理者应当提供备用车。', '超过5日', 5, '日'],
  ])('%s', (text, match, value, unit) => expect(rule(text).map((f) => [f.match, f.value, f.unit])).toContainEqual([match, value, unit]));
});

describe('an old gazette: 8，500亿元 and 16· 7％', () => {
  test('a full-width comma groups thousands, a middle dot is a decimal point, 平均每年增长 is the growth of the figure before', () => {
    const found = extractFromParagraph('社会总产品由1，000亿元增加到8，500亿元，增长16· 7％，平均每年增长3 · 3％。', { kind: 'actual', year: 1981 });
    expect(found.map((f) => [f.label, f.value, f.baseline?.value, f.change?.value])).toEqual([
      ['社会总产品', 8500, 1000, 16.7],
      ['社会总产品', 3.3, undefined, 3.3],
    ]);
    expect(found.map((f) => f.match)).toEqual(['8，500亿元', '3 · 3％']);
  });
  test('‰ is a unit; 到本世纪末 and 平均每年 are not the label', () => {
    const found = extractFromParagraph('到本世纪末人口自然增长率平均每年控制在12 · 5 ‰以内，粮食产量要求达到5亿吨。', { kind: 'target', year: 1991 });
    expect(found.map((f) => [f.label, f.value, f.unit, f.comparator])).toEqual([
      ['人口自然增长率', 12.5, '‰', '<='],
      ['粮食产量', 5, '亿吨', undefined],
    ]);
  });
});

describe('years written in Chinese numerals (一九五二年: reports of the 1950s, corpus 224, 225, 233)', () => {
  test('a year of four numeral digits is read as Arabic digits, one for one; counts and numbers with places are not', () => {
    expect(readChineseYears('一九五二年，比一九四九年、一九五○年至二〇〇五年')).toBe('1952年，比1949年、1950年至2005年');
    expect(readChineseYears('一千九百五十二年，一九五二个，十一九五二年，三五四七年')).toBe('一千九百五十二年，一九五二个，十一九五二年，三五四七年');
  });
  test('a financial year written so (二零二四／二五年度: a Hong Kong budget, corpus 305) is read too, and is no part of a label', () => {
    expect(readChineseYears('二零二四／二五年度，二零二八／二九年度')).toBe('2024／25年度，2028／29年度');
    expect(readChineseYears('二零二四／二五个')).toBe('二零二四／二五个');
    expect(readChineseYears('二零二四至二五年度，二〇二〇至二〇二五年')).toBe('2024至25年度，2020至2025年');
    const labels = (text: string) => extractFromParagraph(text, { kind: 'target', year: 2024 }, 'zh-Hant').map((f) => f.label);
    expect(labels('二零二四／二五年度經常開支將增加百分之七至五千八百零二億元。')).toEqual(['經常開支']);
    expect(labels('2024/25年度經常開支將增加7%至5802億元。')).toEqual(['經常開支']);
    expect(labels('二零二五至二六年度經常開支將增加百分之七至五千八百零二億元。')).toEqual(['經常開支']);
  });
  test('the day of such a year, in Chinese numerals too (二零二四年三月三十一日, 三月底), goes with it out of the label', () => {
    const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }, 'zh-Hant').map((f) => f.label);
    expect(labels('財政儲備在二零二四年三月三十一日預計為七千三百三十二億元。')).toEqual(['財政儲備']);
    expect(labels('財政儲備在二〇二四年三月底預計為7332億元。')).toEqual(['財政儲備']);
  });
  test('such a financial year dates its figures: the budget year of a speech is ahead (a target), the year before it has happened', () => {
    const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }, 'zh-Hant').map((f) => [f.label, f.kind, f.period]);
    expect(found('二零二四／二五年度經常開支將增加百分之七至五千八百零二億元。')).toEqual([['經常開支', 'target', '2024-2025']]);
    expect(found('二零二二／二三年度開支達到八千一百零五億元。')).toEqual(found('2022-23年度開支達到8105億元。'));
    expect(found('二零二二／二三年度開支達到八千一百零五億元。')[0]![1]).toBe('actual');
  });
  test('a figure of a year before the document is achieved and its label is no year; 由…的X上升到…的Y is one figure with its basis', () => {
    const found = extractFromParagraph(
      '在一九五二年，我国工业农业总产值比一九四九年增长了百分之七十七点五。现代工业的比重，已由一九四九年的百分之十七上升到一九五二年的百分之二十六点七。',
      { kind: 'target', year: 1955 },
    );
    expect(found.map((f) => [f.match, f.label, f.kind, f.period, f.baseline?.value])).toEqual([
      // 我国, the country's own name for itself, is a scope word at a label's start as 我市 is (ownPlaces, dev 355; dev 224 labels both)
      ['百分之七十七点五', '工业农业总产值', 'actual', 1952, undefined],
      ['百分之二十六点七', '现代工业的比重', 'actual', 1952, 17],
    ]);
  });
  test('the year of a from-to pair’s to-part dates the figure reached (its kind as well as its period)', () => {
    const found = extractFromParagraph('现代工业的比重，已由1949年的17%上升到1952年的26.7%。', { kind: 'target', year: 1955 });
    expect(found.map((f) => [f.match, f.kind, f.period, f.baseline?.value])).toEqual([['26.7%', 'actual', 1952, 17]]);
  });
});

describe('numbers written digit by digit in Chinese numerals (二七〇·一亿元: the first five-year plan, dev 406)', () => {
  test('a run of digits with a nought or a middle-dot decimal part is read as Arabic digits, one for one; 、 between groups of three as a comma', () => {
    expect(readChineseDigitNumbers('增加为五三五·六亿元，增长百分之九八·三，百分之一〇一')).toBe('增加为535·6亿元，增长百分之98·3，百分之101');
    expect(readChineseDigitNumbers('工业农业总产值将是一、二四九·九亿元')).toBe('工业农业总产值将是1,249·9亿元');
  });
  test('counts said loosely, lists and numbers with places stay (五六个, 一、二、三, 三四百, 一千零五)', () => {
    const text = '五六个，一二三，一、二、三，第一、二条，三四百，二十五，一千零五，百分之六七';
    expect(readChineseDigitNumbers(text)).toBe(text);
  });
  test('in a paragraph that writes its numbers so, a run of two digits is one too (百分之六七 is 67 %)', () => {
    expect(readChineseDigitNumbers('由二·五亿元增加为三一·九亿元，平均每年递增百分之六七。')).toBe('由2·5亿元增加为31·9亿元，平均每年递增百分之67。');
  });
  test('such numbers are figures: a level reached with its basis, the growth over the years and the yearly growth', () => {
    const found = extractFromParagraph('工业总产值由一九五二年的二七〇·一亿元到一九五七年将增加为五三五·六亿元，增长百分之九八·三，平均每年递增百分之一四·七。', {
      kind: 'target',
      year: 1953,
    });
    expect(found.map((f) => [f.match, f.label, f.value, f.unit, f.baseline?.value])).toEqual([
      ['五三五·六亿元', '工业总产值', 535.6, '亿元', 270.1],
      ['百分之一四·七', '工业总产值', 14.7, '%', undefined],
    ]);
    expect(extractFromParagraph('一九五七年工业农业总产值将是一、二四九·九亿元。', { kind: 'target', year: 1953 }).map((f) => [f.match, f.value])).toEqual([
      ['一、二四九·九亿元', 1249.9],
    ]);
  });
  test('即 (that is) before a growth restates the level before it: the growth is that level’s change, no figure of its own', () => {
    const found = extractFromParagraph('农业及其副业的总产值由一九五二年的四八三·九亿元到一九五七年将增加为五九六·六亿元，即增长百分之二三·三，平均每年递增百分之四·三。', {
      kind: 'target',
      year: 1953,
    });
    expect(found.map((f) => [f.match, f.label, f.change?.value])).toEqual([
      ['五九六·六亿元', '农业及其副业的总产值', 23.3],
      ['百分之四·三', '农业及其副业的总产值', 4.3],
    ]);
  });
  test('年产 (a year’s output) said at both ends of a from-to is the measure of both: the figure is one, with its basis', () => {
    const found = extractFromParagraph('以产量说，粮食由一九五二年年产三、二七八·三亿斤到一九五七年年产三、八五六·二亿斤，即增长百分之一七·六。', { kind: 'target', year: 1953 });
    expect(found.map((f) => [f.match, f.label, f.value, f.baseline?.value, f.change?.value])).toEqual([['三、八五六·二亿斤', '粮食', 3856.2, 3278.3, 17.6]]);
  });
});

describe('a plan of the 1990s in Chinese numerals (the Ninth Five-Year Plan, dev 404)', () => {
  const plan = (text: string) => extractFromParagraph(text, { kind: 'target', year: 1996 });
  test('实际 and 年均 before a growth, one after the other, say how it grew: neither is part of the label', () => {
    expect(plan('“九五”期间，城镇居民人均生活费收入实际年均增长百分之五，农民人均纯收入实际年均增长百分之四。').map((f) => [f.label, f.value])).toEqual([
      ['城镇居民人均生活费收入', 5],
      ['农民人均纯收入', 4],
    ]);
  });
  test('a basis figure (比一九九五年的…) in another multiplier of the same unit is the baseline of the level before it', () => {
    // the amount grown by is the level's change (dev 404 labels it an optional figure)
    expect(plan('原煤十四亿吨，比一九九五年的十二亿九千八百万吨增加一亿吨；').map((f) => [f.match, f.baseline?.value, f.baseline?.unit, f.change?.value, f.change?.unit])).toEqual([
      ['十四亿吨', 129800, '万吨', 1, '亿吨'],
    ]);
  });
  test('a range whose low end is said in two multipliers and high end in the larger alone is read in the larger (dev 374, 404)', () => {
    expect(plan('粮食四亿九千万～五亿吨。').map((f) => [f.value, f.max, f.unit])).toEqual([[4.9, 5, '亿吨']]);
    expect(plan('铁路货运量十一亿五千万至十二亿吨。').map((f) => [f.value, f.max, f.unit])).toEqual([[11.5, 12, '亿吨']]);
    // both ends in two multipliers stay in the smaller (一亿三千万至一亿五千万吨 → 13000-15000 万吨, dev 374)
    expect(plan('原油一亿三千万至一亿五千万吨。').map((f) => [f.value, f.max, f.unit])).toEqual([[13000, 15000, '万吨']]);
  });
  test('千分之 (per mille) in words is a rate in ‰, as 百分之 is one in %', () => {
    expect(plan('“九五”期间，人口自然增长率控制在年均千分之十点八三。').map((f) => [f.match, f.label, f.value, f.unit])).toEqual([
      ['千分之十点八三', '人口自然增长率', 10.83, '‰'],
    ]);
  });
  test('a list set out one item a paragraph, each ending in ；, under a lead-in that forecasts (预测…是：) holds estimates', () => {
    const text = [
      '## 二、目标',
      '预测到二〇〇〇年主要产品的产量是：',
      '原煤十四亿吨，比一九九五年增加一亿吨；',
      '乙烯四百二十万吨，比一九九五年增加一百七十七万吨。',
      '城镇人均居住面积从七点九平方米增加到九平方米。',
    ].join('\n\n');
    const found = extractIndicators(outlineOf(text), { kind: 'plan', year: 1996 });
    expect(found.filter((f) => f.change === undefined || f.value !== f.change.value).map((f) => [f.match, f.kind])).toEqual([
      ['十四亿吨', 'estimate'],
      ['四百二十万吨', 'estimate'],
      // a small number after a verb of reaching a level, and the one it was reached from, are figures (no words)
      ['九平方米', 'target'],
    ]);
  });
  test('so is a list whose items a dash opens (——), each a paragraph ending in 。: under 主要目标任务是： they are targets (dev 365)', () => {
    const text = [
      '2012年政府工作报告',
      '**主要目标任务是：**',
      '——县县全面达小康。力争2013年、确保2014年县县建成小康社会。',
      '——综合实力攀新高。力争全市经济总量五年翻一番。地区生产总值突破5000亿元，人均地区生产总值突破1万美元。',
      '我们坚信，经过全市上下的不懈努力，全市新开工项目90个。',
    ].join('\n\n');
    expect(extractIndicators(outlineOf(text), { kind: 'work-report', year: 2012 }).map((f) => [f.match, f.kind])).toEqual([
      ['突破5000亿元', 'target'],
      ['突破1万美元', 'target'],
      // a paragraph with no dash ends the list
      ['90个', 'actual'],
    ]);
  });
  test('every verb of a from-to (fromToVerbs) reaches a level a small number in words says: 扩大到九平方米 as 增加到 (review22)', () => {
    expect(extractFromParagraph('城镇人均居住面积从七点九平方米扩大到九平方米。', { kind: 'actual', year: 1996 }).map((f) => [f.label, f.value, f.baseline?.value])).toEqual([
      ['城镇人均居住面积', 9, 7.9],
    ]);
  });
  test('a named plan’s period opening a label (“八五”期间, “九五”) is the figure’s time, no part of its name', () => {
    const review = extractFromParagraph('“八五”期间国民生产总值年均增长百分之十二。', { kind: 'actual', year: 1996, review: true });
    expect(review.map((f) => [f.label, f.period])).toEqual([['国民生产总值', '1991-1995']]);
  });
});

describe('the Seventh Five-Year Plan as a collection prints it (dev 405)', () => {
  const plan = (text: string) => extractFromParagraph(text, { kind: 'target', year: 1986 });
  test('建设 before 规模 or 总规模 is a noun (the scale of construction), no verb before an object', () => {
    expect(plan('五年内，煤炭建设总规模为3．18亿吨，建成投产1．67亿吨。').map((f) => f.label)[0]).toBe('煤炭建设总规模');
  });
  test('a range dash printed as a run of hyphens (3，000万----3，500万千瓦) joins a range', () => {
    expect(plan('竣工投产发电装机3，000万----3，500万千瓦。').map((f) => [f.value, f.max, f.unit])).toEqual([[3000, 3500, '万千瓦']]);
  });
  test('a turnover in 吨公里 or 人公里 is one unit', () => {
    expect(plan('民航运输总周转量25亿吨公里，比1985年增长近1倍。').map((f) => [f.label, f.value, f.unit])).toEqual([['民航运输总周转量', 25, '亿吨公里']]);
  });
  test('建成投产 before what was built and put into use is how it came about, no part of the label', () => {
    expect(plan('五年内，全国建成投产深水泊位120个，中小泊位80个。').map((f) => f.label)).toEqual(['深水泊位', '中小泊位']);
  });
});

describe('a plan named in a review (a report on the annual plans, dev 260)', () => {
  const review = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 1980, review: true }).map((f) => [f.match, f.kind]);
  test('a sentence that names a year’s plan (１９８０年计划) sets targets, even in a review; one that says the plan was fulfilled does not', () => {
    expect(review('根据１９８０年计划，积累率可能进一步降到３０％左右。')).toEqual([['３０％左右', 'target']]);
    expect(review('１９８０年计划基本建设投资总额控制在５００亿元，进一步停建、缓建大中型项目２３８个。')).toEqual([
      ['５００亿元', 'target'],
      ['２３８个', 'target'],
    ]);
    expect(review('１９７９年超额完成１９７９年计划，钢产量达到３，４４８万吨。')).toEqual([['３，４４８万吨', 'actual']]);
    expect(review('１９７９年超额完成了１９７９年计划，钢产量达到３，４４８万吨。')).toEqual([['３，４４８万吨', 'actual']]);
    expect(review('2024年计划执行情况良好，全市地区生产总值增长5.2%。')).toEqual([['5.2%', 'actual']]);
    // what the sentence says was done against the year's plan is actual
    expect(review('１９７９年计划投资１００亿元，实际完成投资１２０亿元。')).toEqual([
      ['１００亿元', 'target'],
      ['１２０亿元', 'actual'],
    ]);
  });
  test('基本建设 (capital construction) is a noun, no verb before an object', () => {
    expect(extractFromParagraph('１９７９年基本建设投资总额完成５００亿元。', { kind: 'actual', year: 1980 }).map((f) => f.label)).toEqual(['基本建设投资总额']);
  });
  // 研究与试验发展 (R&D, the statistical term) is one term: a long label is cut before it, never at its 与 (dev 495)
  test('a long label is never cut inside a term that holds 与 (joint_terms)', () => {
    const found = extractFromParagraph('研究与试验发展（R&D）经费支出与地区生产总值之比力争达到4.5%。', { kind: 'target', year: 2026 });
    expect(found.map((f) => f.label)).toEqual(['研究与试验发展（R&D）经费支出与地区生产总值之比']);
  });
  // a name in 「」, “” or 《》 is one name too: a cut never leaves its closer without its opener (Taiwan budget reviews, dev 559, 442);
  // where another name follows the one the cut falls in, the label opens at that one, the item named last (a long name kept whole made
  // labels of 30 to 65 characters, dev 558)
  test('a long label is never cut inside a quoted name', () => {
    const label = (text: string) => extractFromParagraph(text, { kind: 'target', year: 2025 }).map((f) => f.label);
    expect(
      label(
        '(三)114年度國家通訊傳播委員會預算案於歲入第2款「罰款及賠償收入」項下第18項「國家通訊傳播委員會」之第1目「罰金罰鍰及怠金」第1節「罰金罰鍰」處罰違反電信管理法案件編列預算340萬元。',
      ),
    ).toEqual(['「罰金罰鍰」處罰違反電信管理法案件']);
    expect(label('(四)114年度行政院主計總處預算案於第1目「一般行政」項下「政府內部控制監督機制規劃及督導」編列229萬4千元。')).toEqual(['「政府內部控制監督機制規劃及督導」']);
    expect(
      label(
        '(十三)114年度經濟部中小及新創企業署預算案於「中小及新創企業科技應用－運用科技創新轉型升級」項下賡續辦理「推動中小企業創新經濟開拓市場計畫」2,383萬2千元。然據數位發展部「2022台灣中小企業轉型現況及需求調查」顯示，中小企業表示希望取得政府前3項資源分別為：政府輔助款（43.5%）、人才培育課程（17.9%）及專家輔導（17.5%）。前揭調查顯示雖逾九成之中小企業已加入數位轉型行列，惟囿於經費及欠缺數據轉換能力，尚無法完全落實應用於營業規劃及開拓市場。為此，請經濟部加強整合擴大輔導量能及研謀精進輔導成果之擴散共享，促使中小企業加速數位轉型，以提升中小企業競爭力。',
      )[0],
    ).toBe('「推動中小企業創新經濟開拓市場計畫」');
  });
  test('a long label never opens with 的: kept whole up to 24 characters (dev 240)', () => {
    const found = extractFromParagraph('为着加速社会主义建设，国家的基本建设投资在全部财政支出中所占的比重，可以从第一个五年的35％左右，提高到40％左右。', {
      kind: 'target',
      year: 1956,
    });
    expect(found.map((f) => f.label)).toEqual(['国家的基本建设投资在全部财政支出中所占的比重']);
  });
  test('the aspect particle 了 is no part of a label (为了, 了解 are words and stay)', () => {
    const label = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 1980 }).map((f) => f.label);
    expect(label('１９７９年停建、缓建了大中型项目２９５个。')).toEqual(['停建、缓建大中型项目']);
    expect(label('了解情况的干部１２０人。')).toEqual(['了解情况的干部']);
  });
  test('计划建成 is what was planned, 实际建成 what was done', () => {
    expect(review('计划建成投产大中型项目１１８个，实际建成１２８个。')).toEqual([
      ['１１８个', 'target'],
      ['１２８个', 'actual'],
    ]);
  });
});

describe('an OCR of an old gazette (corpus 63, 64): decimal points, ranges as lists, the basis of a change', () => {
  const plan = (text: string) => extractFromParagraph(text, { kind: 'target', year: 1981 });
  test.each(printedDecimalPoints.map((f) => [f.name, ...f.example] as const))('%s: %s is read %s', (_name, written, read) => {
    expect(readDecimalPoints(written)).toBe(read);
  });
  test('a full-width comma before three digits groups thousands; before one digit and % it is a decimal point', () => {
    expect(readDecimalPoints('7，159亿元，增长21，7％，1,200家')).toBe('7，159亿元，增长21.7％，1,200家');
    expect(plan('工业总产值6，050亿元，增长21，7％。').map((f) => [f.match, f.value, f.change?.value])).toEqual([['6，050亿元', 6050, 21.7]]);
  });
  test.each([
    ['平均每年的节能率为2 · 6、3 · 5％。', '2 · 6、3 · 5％', 2.6, 3.5, '％'],
    ['每亿元工业总产值消耗的能源下降到7 · 15 万、6 · 82万吨。', '7 · 15 万、6 · 82万吨', 6.82, 7.15, '万吨'],
  ])('a range printed as a list of its ends: %s', (text, match, value, max, unit) => {
    expect(plan(text).map((f) => [f.match, f.value, f.max, f.unit])).toEqual([[match, value, max, unit]]);
  });
  test.each([
    ['a space after a Latin letter (1L 7％, an OCR of 11.7％)', '流动资金贷款平均每年增长1L 7％；固定资产投资贷款平均每年增长15· 3％。'],
    ['a vague count (几十倍)', '主要产品的产量都有几十倍的增长；固定资产投资贷款平均每年增长15· 3％。'],
    ['a leading zero (02亿元, an OCR’s lost digit)', '国家财政支出增加02亿元；固定资产投资贷款平均每年增长15· 3％。'],
    ['年 of a word (十年内乱), in a sentence of rule language', '必须看到，十年内乱的严重破坏；固定资产投资贷款平均每年增长15· 3％。'],
  ])('no figure: %s', (_name, text) => {
    expect(extractFromParagraph(text, { kind: 'target', year: 1981, rules: true }).map((f) => f.match)).toEqual(['15· 3％']);
  });
  test('3 个和 4 个百分点: the first of two figures takes the unit the second completes', () => {
    const found = plan('服务业增加值占国内生产总值比重和就业人员占全社会就业人员比重分别提高 3 个和 4 个百分点。');
    expect(found.map((f) => [f.value, f.unit, f.change?.unit])).toEqual([
      [3, '个百分点', '个百分点'],
      [4, '个百分点', '个百分点'],
    ]);
    expect(plan('新建学校3个和幼儿园4个。').map((f) => f.unit)).toEqual(['个', '个']);
  });
  test('a list is no range without a percent sign or the same multiplier: 3、4月份, 1、2号线', () => {
    expect(plan('3、4月份共接待游客20万人，1、2号线客流5万人次。').map((f) => f.match)).toEqual(['20万人', '5万人次']);
  });
  test('比1980年的X增长Y: X is the baseline of the level before it, Y its change; 平均每年增长 a growth of its own', () => {
    const found = plan('农业总产值2，660亿元，比1980年的2，187亿元增长21，7％，平均每年增长4％。');
    expect(found.map((f) => [f.label, f.value, f.baseline?.value, f.baseline?.period, f.change?.value])).toEqual([
      ['农业总产值', 2660, 2187, 1980, 21.7],
      ['农业总产值', 4, undefined, undefined, 4],
    ]);
  });
  test('较“十三五”末的X增加…增长Y: the end of a five-year plan dates the baseline as a year does (dev 178)', () => {
    const found = extractFromParagraph('全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%。', { kind: 'actual', year: 2026 });
    expect(found.map((f) => [f.value, f.baseline?.value, f.baseline?.period, f.change?.value, f.change?.unit])).toEqual([[13697.5, 9323.1, 2020, 33.6, '%']]);
  });
  test('比“十三五”X / 较“十三五”末2020年X without 的: the basis figure is the baseline; a bare plan name opening a clause dates it; 年均增长 is of the years from the basis (dev 321)', () => {
    const found = extractFromParagraph(
      '“十四五”全市一般公共预算收入累计完成835亿元，比“十三五”541亿元增加294亿元，增长53.4%。“十四五”末2025年全市一般公共预算收入完成213.5亿元，较“十三五”末2020年88.23亿元增加125.27亿元，年均增长19.33%。',
      { kind: 'actual', year: 2026 },
    );
    expect(found.map((f) => [f.value, f.unit, f.period, f.baseline?.value, f.baseline?.period, f.change?.value, f.change?.unit])).toEqual([
      [835, '亿元', '2021-2025', 541, '2016-2020', 53.4, '%'],
      [213.5, '亿元', 2025, 88.23, 2020, 125.27, '亿元'],
      [19.33, '%', '2021-2025', undefined, undefined, 19.33, '%'],
    ]);
  });
  test('in a report that carries its last year, a span its paragraph last dated an actual of dates the parts after it (其中：…, dev 321)', () => {
    const found = extractFromParagraph('“十四五”全市共投入民生支出1152亿元，占一般公共预算支出的75%，年均增长2.6%。其中：教育支出266亿元，年均增长4.6%。', {
      kind: 'actual',
      year: 2026,
      carryYear: true,
      undated: { actual: 2025 },
    });
    expect(found.map((f) => [f.label, f.value, f.period])).toEqual([
      ['民生支出', 1152, '2021-2025'],
      ['民生支出', 75, 2025],
      ['民生支出', 2.6, '2021-2025'],
      ['教育支出', 266, '2021-2025'],
      ['教育支出', 4.6, '2021-2025'],
    ]);
  });
  test('Y年以来 dates a figure from Y to the year the text tells of; 目前 carries the document’s year to the parts after it (dev 363)', () => {
    const release = { kind: 'actual' as const, year: 2024, carryYear: true };
    const since = extractFromParagraph(
      '2023年共开展技术辅助专业同步审查184件。市检察院指导昌平检察院建用大数据法律监督模型，2023年以来共串并全市跨区关联案件39件、认定贩卡团伙27个。',
      release,
    );
    expect(since.map((f) => [f.value, f.period])).toEqual([
      [184, 2023],
      [39, '2023-2024'],
      [27, '2023-2024'],
    ]);
    const present = extractFromParagraph('2023年避免经济损失75.95亿元。在全国率先建立第四级反诈中心，目前已建成102个，其中街乡镇55个、高校32个、企业15个。', release);
    expect(present.map((f) => [f.value, f.period])).toEqual([
      [75.95, 2023],
      [102, 2024],
      [55, 2024],
      [32, 2024],
      [15, 2024],
    ]);
    // in a work report the years since run to the one it reviews (dev 72)
    const report = extractFromParagraph('2012年以来共发放各类救助资金8300余万元。', { kind: 'actual', year: 2017, undated: { actual: 2016 } });
    expect(report.map((f) => [f.value, f.period])).toEqual([[8300, '2012-2016']]);
  });
  test.each([
    ['累计建成并开通5G基站231万个。', '5G基站'],
    ['一季度，通信行业累计出动应急人员85.6万人次。', '应急人员'],
    ['发送预警短信息18.1亿条。', '预警短信息'],
    // issued, received, put out: what was issued, received or put out is counted (dev 255, 361, 651)
    ['综合考虑各方面因素，今年拟发行１４００亿元长期建设国债。', '长期建设国债'],
    ['以“请进来、走出去”相结合为着力点，来共接待台湾各界交流团组80多批次，3000多人次。', '台湾各界交流团组'],
    ['出台稳就业稳经济推动高质量发展的若干举措，投放5000亿元新型政策性金融工具资金。', '新型政策性金融工具资金'],
    // not the fee of 接待费, nor a total after the verb, which measures the receiving itself (dev 361)
    ['与2016年相比, 公务接待费支出增长26.51%。', '公务接待费支出'],
    ['主要按规定开支的各类公务接待等方面的接待活动支出，接待总人数1,806人次。', '接待总人数'],
    // nor the fee of 发行费 (a budget's item of interest and issuing costs), nor the 发行人 (issuers) that open a noun (dev 321, 442)
    ['政府债务付息及发行费支出14665万元。', '政府债务付息及发行费支出'],
    ['18. 债务付息及发行费支出17600万元，支出占比1.6%。', '债务付息及发行费支出'],
    // nor 发行 before the size it measures, as 建设 before 规模 (dev 319)
    ['省财政厅下达我市2025年地方政府再融资债券发行规模上限15.53亿元。', '地方政府再融资债券发行规模上限'],
    // nor 接待 in the visitors' reception, a noun (游客接待, 旅游接待)
    ['全县建成游客接待服务中心12个。', '游客接待服务中心'],
    // a total of the object is its count, not a count of what the action reached (golden seed-000)
    ['其中设立天使投资基金和知识产权运营子基金总数达18支、总规模32亿元。', '天使投资基金和知识产权运营子基金总数'],
  ])('a verb of how a figure came about before its noun (开通, 出动, 发送, 发行, 接待, 投放: action_verbs) is no part of the label: %s (dev 362, 394)', (text, label) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2024 })[0]?.label).toBe(label);
  });
  test.each([
    ['国家自然科学基金项目获批立项数增长17.9%。', '国家自然科学基金项目获批立项数'],
    ['全县接待游客人数达到560万人次，增长12.4%。', '接待游客人数'],
    ['全年接待入境游客人次达到35万人次。', '接待入境游客人次'],
    ['全市出版物发行网点数达到1200个。', '出版物发行网点数'],
    ['全年资助家庭经济困难学生人数12.3万人。', '资助家庭经济困难学生人数'],
  ])('a count after an action verb and its object (…数, …数量, …人次) counts what the action reached, the verb stays: %s (dev 141)', (text, label) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2024 })[0]?.label).toBe(label);
  });
  test('按揭 (a mortgage) is a noun, no 按 (according to) before an object (dev 751)', () => {
    const found = extractFromParagraph('2026年2月底的住宅按揭貸款拖欠比率為3.6%，按月及按年比較均保持平穩。', { kind: 'actual', year: 2026 }, 'zh-Hant');
    expect(found[0]?.label).toBe('住宅按揭貸款拖欠比率');
  });
  test('发行人 (the issuers) is a noun, no verb before an object (發行人累計發行金額, dev 442)', () => {
    const found = extractFromParagraph('復查台灣積體電路製造股份有限公司等前10大發行人累計發行金額為3,388億元。', { kind: 'actual', year: 2024 }, 'zh-Hant');
    expect(found[0]?.label).toMatch(/發行人累計發行金額$/);
  });
  test('按可比价格计算 says how a growth is measured (its 比 is no basis); 递增 is a growth verb', () => {
    const found = extractFromParagraph('社会总产品由1，000亿元增加到8，500亿元，按可比价格计算增长7 · 4倍；国内财政支出五年平均每年递增5· 7％。', {
      kind: 'actual',
      year: 1981,
    });
    expect(found.map((f) => [f.label, f.value, f.change?.value, f.change?.unit])).toEqual([
      ['社会总产品', 8500, 7.4, '倍'],
      ['国内财政支出', 5.7, 5.7, '%'],
    ]);
  });
  test.each([
    ['1g85年国家财政收人达到1，274亿元。', '国家财政收人'],
    ['] 995年国民收人生产额达到18250亿元。', '国民收人生产额'],
    ['平均每年增长6％·农业总产值达到8780亿元。', '农业总产值'],
    ['其中t农业总产值平均每年增长3· 5％。', '农业总产值'],
    ['并网风电装机达到500万千瓦。', '并网风电装机'],
    ['1985年，国民收人使用额〔注〕为4，590亿元。', '国民收人使用额'],
    ['今后十年平均年人口自然增长率控制在12 · 5 ‰以内。', '平均年人口自然增长率'],
    ['城镇新增就业和转移农业劳动力各 4500 万人。', '城镇新增就业和转移农业劳动力'],
    ['国民平均受教育年限增加到 9 年。', '国民平均受教育年限'],
    ['积累基金总额占国民收人使用额的比重即积累率为29％左右。', '积累率'],
    ['要求立即整改的企业达到30家。', '要求立即整改的企业'],
  ])('an OCR misprint of a year, a lost full stop (·), a note marker, 今后十年, 各, the words before 即 (namely) leave the label: %s → %s', (text, label) => {
    expect(plan(text).at(-1)!.label).toBe(label);
  });
  test('会使用 (can use) makes no estimate; 会使 (would make) does (dev 126)', () => {
    expect(extractFromParagraph('村居主干基本会使用国家通用语言文字比例提高到94%。', { kind: 'actual' }).map((f) => f.kind)).toEqual(['actual']);
    expect(extractFromParagraph('这项措施会使政府收入减少9亿元。', { kind: 'actual' }).map((f) => f.kind)).toEqual(['estimate']);
  });

  test('列入 after a count ends the noun it counts (dev 71, 72: 8个项目列入省、市重点)', () => {
    expect(nounAfter({ a: '项目列入省、市重点', o: '项目列入省、市重点' }, true, true).a).toBe('项目');
  });

  test('adverbs and verbs between a noun and its figure are no part of the label (dev 125, 126)', () => {
    const found = extractFromParagraph(
      '沙化土地面积年均缩减近2000平方公里。边民补助标准再提高1200元。财政赤字率一直控制在3%以内。8000多万农业转移人口成为城镇居民。“高效办成一件事”四批次43个重点事项全部上线运行。',
      { kind: 'actual' },
    );
    // a fall given as an amount is a change: its value is signed (as 下降3% → -3)
    expect(found.map((f) => [f.label, f.value])).toEqual([
      ['沙化土地面积', -2000],
      ['边民补助标准', 1200],
      ['财政赤字率', 3],
      ['农业转移人口', 8000],
      ['重点事项', 43],
    ]);
  });

  test('an average growth after a level is a figure of its own, of the same metric, not the change of the level (dev 125)', () => {
    const found = extractFromParagraph('国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。工业增加值达到3万亿元，增长6%。', { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.change?.value, f.baseline?.value])).toEqual([
      ['国内生产总值', 82.7, undefined, 54],
      ['国内生产总值', 7.1, 7.1, undefined],
      ['工业增加值', 3, 6, undefined],
    ]);
  });

  test('a run of from-figures and a run of as many to-figures, linked by 分别, pair in order (dev 126)', () => {
    const found = extractFromParagraph('城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元。', { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.baseline?.value, f.baseline?.period])).toEqual([
      ['城镇居民人均可支配收入', 58794, 46503, 2021],
      ['农村居民人均可支配收入', 23184, 16935, 2021],
    ]);
  });

  test('缩短到 links a baseline across a misprinted year (1085年 for 1985年)', () => {
    const found = plan('流动资金周转天数，国营商业企业由1980年的165天缩短到1085年的163天。');
    expect(found.map((f) => [f.label, f.value, f.baseline?.value])).toEqual([['国营商业企业', 163, 165]]);
  });
  test.each([
    [
      'the parts of a sentence cut by ； share the years its first part names (a plan reviewing 1953-1980)',
      '从1953年到1980年的28年间，社会总产品由1，000亿元增加到8，500亿元；工农业总产值由810亿元增加到7，159亿元。力争工业总产值达到6，050亿元。',
      [
        ['社会总产品', 8500, 'actual'],
        ['工农业总产值', 7159, 'actual'],
        ['工业总产值', 6050, 'target'],
      ],
    ],
    [
      'a clause of a time and 为 takes the topic before the comma, up to 20 characters (…的比重，1980年为28 · 4‰)',
      '国内财政收人占国民收人生产额的比重，1980年为28 · 4‰，1985年为27 · 9‰，五年平均为27 · 8％。',
      [
        ['国内财政收人占国民收人生产额的比重', 28.4, 'actual'],
        ['国内财政收人占国民收人生产额的比重', 27.9, 'target'],
        ['国内财政收人占国民收人生产额的比重', 27.8, 'target'],
      ],
    ],
    [
      'a sentence’s topic wins over the label of a figure of an earlier sentence',
      '工业总产值达到32700亿元。第三产业增加值，1995年比1990年增长53· 9％，平均每年增长9％。',
      [
        ['工业总产值', 32700, 'target'],
        ['第三产业增加值', 53.9, 'target'],
        ['第三产业增加值', 9, 'target'],
      ],
    ],
  ] as const)('%s', (_name, text, rows) => {
    expect(plan(text).map((f) => [f.label, f.value, f.kind])).toEqual(rows);
  });
  test('in a plan a span of time before 内 frames the figures after it (五年内，…); a rule’s is a time limit', () => {
    const rules = (text: string) => extractFromParagraph(text, { kind: 'target', year: 1991, rules: true });
    expect(rules('五年内，全社会固定资产投资合计为26000亿元。').map((f) => f.match)).toEqual(['26000亿元']);
    expect(rules('申报材料应当在五年内补齐。').map((f) => [f.match, f.kind])).toEqual([['五年', 'provision']]);
  });
  test('要由X下降到Y takes the topic; a unit said in full once (吨标准煤) and short the next time (吨) is one', () => {
    const found = plan('每万元国民生产总值消耗的能源，要由1990年的 9 · 3吨标准煤下降到1995年的8· 5吨。');
    expect(found.map((f) => [f.label, f.value, f.unit, f.baseline?.value, f.baseline?.unit])).toEqual([['每万元国民生产总值消耗的能源', 8.5, '吨', 9.3, '吨标准煤']]);
  });
  test('计划要求，… names no topic: the clause after it does', () => {
    const found = plan('计划要求，1985年社会总产品，按照1980年不变价格计算，达到10，300亿元。');
    expect(found.map((f) => [f.label, f.value])).toEqual([['社会总产品', 10300]]);
  });
  test('after an increment a growth is the change of the level; an average growth a figure of its own', () => {
    const found = extractFromParagraph('中央财政用于“三农”的投入５９５５亿元，比上年增加１６３７亿元，增长３７．９％。', { kind: 'actual', year: 2009 });
    // the increment is the level's change (no figure of its own), and the growth after it replaces it there
    expect(found.map((f) => [f.value, f.change?.value])).toEqual([[5955, 37.9]]);
    const average = plan('社会总产品达到10，300亿元，比1980年的8，500亿元增加 1，800亿元，平均每年增长4％。');
    expect(average.map((f) => [f.label, f.value, f.baseline?.value, f.change?.value])).toEqual([
      ['社会总产品', 10300, 8500, 1800],
      ['社会总产品', 4, undefined, 4],
    ]);
  });
  test('a change given as an amount after a level of its measure (比上年减少2.04万人, 增加0.18万亩) is that level’s change, no figure of its own (dev 290, 291)', () => {
    const found = extractFromParagraph('年末全市常住人口455.74万人，比上年减少2.04万人。其中，城镇人口283.85万人。', { kind: 'actual', year: 2025 });
    expect(found.map((f) => [f.label, f.value, f.unit, f.change])).toEqual([
      // 年末 and 全市 say when and where, not what (dev 420)
      ['常住人口', 455.74, '万人', { value: -2.04, unit: '万人', basis: '比上年' }],
      ['城镇人口', 283.85, '万人', undefined],
    ]);
    // with no basis before the verb (a bulletin's list of crops, dev 291)
    const crops = extractFromParagraph('其中，小麦种植面积345.99万亩，增加0.18万亩；玉米种植面积238.38万亩，增加2.83万亩。棉花种植面积0.12万亩，减少0.15万亩。', {
      kind: 'actual',
      year: 2025,
    });
    expect(crops.map((f) => [f.label, f.value, f.change?.value, f.change?.unit])).toEqual([
      ['小麦种植面积', 345.99, 0.18, '万亩'],
      ['玉米种植面积', 238.38, 2.83, '万亩'],
      ['棉花种植面积', 0.12, -0.15, '万亩'],
    ]);
    // in another size of the same measure; with a subject of its own (no level before it) an amount of change is a figure that says it is one
    const sized = extractFromParagraph('财政收入突破3万亿元，比上年增加5232亿元。农村贫困人口减少245万人。', { kind: 'actual', year: 2005 });
    expect(sized.map((f) => [f.label, f.value, f.unit, f.change?.value, f.change?.unit])).toEqual([
      ['财政收入', 3, '万亿元', 5232, '亿元'],
      ['农村贫困人口', -245, '万人', -245, '万人'],
    ]);
    // an amount of another measure is no change of the level
    const other = extractFromParagraph('实现营业收入120亿元，比上年增加就业岗位3000个。', { kind: 'actual', year: 2025 });
    expect(other[0]!.change).toBeUndefined();
  });
  test('a level followed by both an amount and a rate of change: the rate is its change, with the basis said before the amount (dev 291, 14, 178)', () => {
    const found = extractFromParagraph('全年全市粮食种植面积674.95万亩，比上年减少0.02万亩，下降0.003%。', { kind: 'actual', year: 2025 });
    expect(found.map((f) => [f.label, f.value, f.unit, f.change])).toEqual([['粮食种植面积', 674.95, '万亩', { value: -0.003, unit: '%', basis: '比上年' }]]);
  });
  test('amounts of a list said respectively (比上年分别减少2万人和3万人) are changes, each signed, as one amount is', () => {
    const found = extractFromParagraph('年末户籍人口和常住人口比上年分别减少2万人和3万人。', { kind: 'actual', year: 2025 });
    expect(found.map((f) => [f.label, f.value, f.unit, f.change])).toEqual([
      ['户籍人口', -2, '万人', { value: -2, unit: '万人', basis: '比上年' }],
      ['常住人口', -3, '万人', { value: -3, unit: '万人', basis: '比上年' }],
    ]);
    // growths after as many increments are figures of their own, of the increments' metrics
    const grown = extractFromParagraph('一般公共预算收入和税收收入分别增加12亿元、8亿元，分别增长5%和6%。', { kind: 'actual', year: 2025 });
    expect(grown.map((f) => [f.label, f.value, f.unit, f.change?.value, f.change?.unit])).toEqual([
      ['一般公共预算收入', 12, '亿元', 12, '亿元'],
      ['税收收入', 8, '亿元', 8, '亿元'],
      ['一般公共预算收入', 5, '%', 5, '%'],
      ['税收收入', 6, '%', 6, '%'],
    ]);
    // 比重 is a ratio, no basis 比…: the label keeps it, alone and in a list
    const share = extractFromParagraph('服务业增加值占地区生产总值比重和就业人员占全社会就业人员比重分别提高3个和4个百分点。研发投入占地区生产总值比例提高0.5个百分点。', {
      kind: 'actual',
      year: 2025,
    });
    expect(share.map((f) => [f.label, f.change?.basis])).toEqual([
      ['服务业增加值占地区生产总值比重', undefined],
      ['就业人员占全社会就业人员比重', undefined],
      ['研发投入占地区生产总值比例', undefined],
    ]);
    // levels said respectively are levels
    const levels = extractFromParagraph('城镇和农村居民人均可支配收入分别达到5.2万元和2.6万元。', { kind: 'actual', year: 2025 });
    expect(levels.map((f) => [f.value, f.change])).toEqual([
      [5.2, undefined],
      [2.6, undefined],
    ]);
  });
  test('a clause opening with 由 takes a topic of up to 16 characters; a run-in item number is no part of it', () => {
    const found = plan('（2）每亿元工业总产值消耗的能源，由1980年的8 · 15万吨下降到1985年的7 · 15万吨。');
    expect(found.map((f) => [f.label, f.value, f.baseline?.value])).toEqual([['每亿元工业总产值消耗的能源', 7.15, 8.15]]);
  });
});

describe('a label loses when, whose and a stray particle at its edges', () => {
  const hant = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2002 }, 'zh-Hant');
  test.each([
    ['政府的財政儲備結餘為 3,698 億元。', '財政儲備結餘'],
    ['每年再額外開源或節流 35 億元。', '額外開源或節流'],
    ['新的免稅數額香煙或 60 支。', '新的免稅數額香煙'],
  ])('%s → %s', (text, label) => expect(hant(text).map((f) => f.label)).toEqual([label]));
});

describe('a counted noun ends before what is said of it (dev 120, 53)', () => {
  test.each([
    // a copula before where or by whom (是在香港进行) says something of the noun, it is no part of it
    ['这些企业中，超过七成的股份交易是在香港进行。', '股份交易'],
    ['超过60%的投资是由民间资本完成。', '投资'],
    // 推行 is an action done, as 实施 is: the action qualifies the counted noun
    ['我们在八百多所学校推行改善工程。', '推行改善工程的学校'],
  ])('%s → %s', (text, label) => expect(extractFromParagraph(text, { kind: 'actual' }).map((f) => f.label)).toEqual([label]));
});

describe('a quoted way of handling matters after the noun is what the things achieve, no part of their name (service_slogan_ends: dev 204, 301, 333)', () => {
  test.each([
    ['网上可办率超过99%，492项审批事项“最多跑一次”。', '492项', '审批事项'],
    ['政务服务一体机镇街95%覆盖率、高频服务事项95%实现“跨省通办”。', '95%', '高频服务事项'],
    ['机关内部办事60%以上实现“最多跑一次”。', '60%以上', '机关内部办事'],
  ])('%s → %s %s', (text, match, label) =>
    expect(
      extractFromParagraph(text, { kind: 'target', year: 2025 })
        .filter((f) => f.match === match)
        .at(-1)?.label,
    ).toBe(label),
  );
  // a quoted name the label ends with that is no way of handling matters stays (专精特新“小巨人”, 全球“灯塔工厂”)
  test('a quoted name stays', () =>
    expect(extractFromParagraph('新增国家级专精特新“小巨人”企业12家。', { kind: 'actual', year: 2025 }).map((f) => f.label)).not.toContain('国家级专精特新'));
  // after a verb the quoted slogan or name is the thing set up, joined or counted, not what the matters achieve (service_slogan_heads)
  test.each([
    ['全市推出“一件事一次办”30项。', '“一件事一次办”'],
    ['成立“河长办”12个。', '“河长办”'],
    ['3000个事项接入“浙里办”。', '“浙里办”'],
  ])('%s keeps %s', (text, quoted) =>
    expect(
      extractFromParagraph(text, { kind: 'actual', year: 2025 })
        .map((f) => f.label)
        .join(),
    ).toContain(quoted),
  );
});

describe('a share whose clause names only the whole (占…) after a figure of its sentence is that figure’s, its part (dev 60, 61)', () => {
  const hans = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2020 }).map((f) => [f.match, f.label]);
  test.each([
    [
      '全市民生和社会事业累计支出2806亿元，占公共财政预算支出的85%。',
      [
        ['2806亿元', '民生和社会事业累计支出'],
        ['85%', '民生和社会事业累计支出'],
      ],
    ],
    [
      '规模以上高新技术产业增加值增长17.4%、占规上工业增加值53%。',
      [
        ['17.4%', '规模以上高新技术产业增加值'],
        ['53%', '规模以上高新技术产业增加值'],
      ],
    ],
  ] as const)('%s', (text, expected) => expect(hans(text)).toEqual(expected));
  // 占地 (floor space) is a word of its own, no share
  test('占地面积 after a figure keeps its own name', () => expect(hans('新建厂房5栋，占地面积12万平方米。').at(-1)).toEqual(['12万平方米', '占地面积']));
});

describe('a count’s noun ends before a measure of each counted thing and what it reaches (member_measures: dev 193, 332, 365)', () => {
  const hans = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2025 }).map((f) => [f.match, f.label]);
  test.each([
    // a bound with its quantity, a rank or a comparison said of the measure picks which things are counted
    [
      '国家科技型中小企业超1.25万家，8个产业规模超千亿元，服务业对经济增长贡献率超70%。',
      [
        ['超1.25万家', '国家科技型中小企业'],
        ['8个', '产业'],
        ['超70%', '服务业对经济增长贡献率'],
      ],
    ],
    [
      '全区有23个细分产品市场占有率全球第一，36个细分产品市场占有率全国第一。',
      [
        ['23个', '细分产品'],
        ['36个', '细分产品'],
      ],
    ],
    // a figure of the measure itself after it is the measure's, without the counted noun
    [
      '全市24个特色产业开票销售收入突破2600亿元。',
      [
        ['24个', '特色产业'],
        ['突破2600亿元', '开票销售收入'],
      ],
    ],
  ] as const)('%s', (text, expected) => expect(hans(text)).toEqual(expected));
});

describe('money a speaker sets aside for what 为 names before the funding verb (dev 143)', () => {
  const hant = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hant').map((f) => [f.label, f.kind]);
  test.each([
    ['我們為大學研究資金預留了不少於100億元，我們將為企業研發開支提供額外扣稅額。', [['大學研究資金', 'target']]],
    // a noun of its own after a verb of giving stays the label; the fund money goes to (向…注資) names it (dev 143, 248)
    ['政府會為醫院管理局提供經常撥款490億元。', [['經常撥款', 'target']]],
    ['我建議向創科基金注資100億元。', [['創科基金', 'target']]],
  ])('%s', (text, expected) => expect(hant(text)).toEqual(expected));
  test.each([
    // what the government gave is no target; nor is what the sentence dates before the speech (dev 144)
    ['我在過去5年合共撥款3億元予建造業議會。'],
    ['去年，政府也預留了2,000億元推行10年醫院發展計劃。'],
  ])('no target: %s', (text) => expect(hant(text).map(([, kind]) => kind)).toEqual(['actual']));
});

describe('counts of the frame', () => {
  test('the peers the place is one of (全国首批“科创中国”试点城市 26个) are no figure; a count of its own is', () => {
    const found = extractFromParagraph('成都入选全国首批“科创中国”试点城市 26个。全市新增高新技术企业1000家。', { kind: 'actual', year: 2021 });
    expect(found.map((f) => f.match)).toEqual(['1000家']);
  });

  test('the end of a plan period as a basis (较“十三五”末) names nothing: the increment is of the figure before (dev 245)', () => {
    const found = extractFromParagraph('地区生产总值达到3万亿元，较“十三五”末净增1万亿元。', { kind: 'actual', year: 2026 });
    expect(found.map((f) => [f.match, f.label])).toEqual([
      ['3万亿元', '地区生产总值'],
      ['1万亿元', '地区生产总值'],
    ]);
    // a growth of the amount between them leaves the increment the amount's, not its 金额
    const growing = extractFromParagraph('地区生产总值跨过3万亿元、年均增长5.2%，较“十三五”末净增1万亿元。', { kind: 'actual', year: 2026 });
    expect(growing.map((f) => [f.match, f.label])).toEqual([
      ['跨过3万亿元', '地区生产总值'],
      ['5.2%', '地区生产总值'],
      ['1万亿元', '地区生产总值'],
    ]);
  });

  test('computing power in P (petaflops: 算力规模突破4000P, 11.4万P) is a unit (dev 178, 244)', () => {
    const found = extractFromParagraph('算力规模突破4000P。全省算力规模达到11.4万P。', { kind: 'actual', year: 2026 });
    expect(found.map((f) => [f.label, f.value, f.unit, f.comparator])).toEqual([
      ['算力规模', 4000, 'P', '>'],
      ['算力规模', 11.4, '万P', undefined],
    ]);
  });

  test('之一 of a fraction (前千分之一) makes no count of the frame: 21个学科进入ESI前千分之一 counts 学科 (dev 245)', () => {
    expect(extractFromParagraph('21个学科进入ESI前千分之一。', { kind: 'actual', year: 2026 }).map((f) => [f.match, f.label])).toEqual([['21个', '学科']]);
    expect(extractFromParagraph('成都市成为全国首批26个“科创中国”试点城市之一。', { kind: 'actual', year: 2021 })).toEqual([]);
  });

  test('a national title the place’s cities won (全国文明城市达到13个) is a count of its own, not of peers (dev 245)', () => {
    const found = extractFromParagraph('全国文明城市达到13个。', { kind: 'actual', year: 2026 });
    expect(found.map((f) => [f.match, f.label])).toEqual([['13个', '全国文明城市']]);
  });
});

describe('labelOf steps: each decides a case of its own', () => {
  const p = (s: string) => ({ a: s, o: s });
  const mk = (left: string, right: string, extra: Partial<LabelContext> = {}): LabelContext => ({
    left: p(left),
    right: p(right),
    money: false,
    previousMoney: false,
    person: false,
    toScript: (s) => s,
    ...extra,
  });
  const previous = (label: string) => ({ previous: label, previousA: label });
  // [step, context, label with every step] — without the step the label must differ
  const cases: [string, LabelContext, string | null][] = [
    ['parts of the text', mk('方面部署', '任务', { count: true, endsClause: true }), null],
    ['bound named before', mk('上述奖励金额以', '为上限', { money: true }), '奖励金额'],
    ['participation', mk('', '参与活动', { person: true }), '参与活动人数'],
    ['object of 对', mk('上交所本周对', '拉抬打压、虚假申报等证券异常交易行为采取了书面警示等监管措施', { count: true, endsClause: true }), '证券异常交易行为'],
    ['counted noun and its action', mk('引导推动', '规上工业企业实施技术改造', { endsClause: true }), '实施技术改造的规上工业企业'],
    ['equivalent', mk('相等于本地生产总值的', '', previous('财政赤字')), '财政赤字'],
    ['earmarked as', mk('其中约', '会预留作为工务工程费用', { money: true, ...previous('非经营开支') }), '工务工程费用'],
    ['what the money is for', mk('我们为大学研究资金预留了', '', { money: true }), '大学研究资金'],
    ['who the money goes to', mk('我会向数码港拨款', '', { money: true, onward: p('，加强支援初创企业。') }), '数码港'],
    ['what the money funds', mk('我会预留', '', { money: true, onward: p('，向中小企提供知识产权咨询服务。') }), '知识产权咨询服务'],
    ['rhetorical', mk('推出', '课题'), null],
    ['peer frame', mk('全国首批试点城市', ''), null],
    ['examples before 等', mk('俄罗斯等国家', '科技企业'), '科技企业'],
    ['rule 之', mk('淨重低於', '之包裝方式', { provision: true }), '淨重低於'],
    ['object before the comma', mk('维持在', '', { lead: p('但我仍将政府经营开支') }), '政府经营开支'],
    ['compose', mk('设立', '的引导资金'), '引导资金'],
    ['share of the figure before', mk('占GDP比重达到', '', previous('数字经济核心产业增加值')), '数字经济核心产业增加值占GDP比重'],
    ['level of the figure before', mk('其中国家级', '', previous('专精特新企业')), '国家级专精特新企业'],
    ['quarter of the figure before', mk('二季度', '', previous('一季度国内生产总值')), '国内生产总值'],
    ['topic', mk('', '', { topic: p('每一贩卖单位') }), '每一贩卖单位'],
    ['previous figure', mk('总数达到', '', previous('高新技术企业')), '高新技术企业总数'],
    ['list qualifier', mk('、机构', '', previous('参展参会代表团')), '参展参会机构'],
    ['selected bare noun', mk('', '项目列入省重点', { count: true }), '项目'],
    ['pair of counts', mk('对', '企业和'), '企业'],
    ['object of the verb', mk('引导', '高校院所'), '高校院所'],
  ];
  const label = (ctx: LabelContext, steps = labelSteps) => labelOf(ctx, nounAfter(ctx.right), steps)?.a ?? null;
  // compose: a clause (subject, adverbs, verb) before a count names nothing of the noun after it (dev 120)
  test.each([
    ['旅游业就为香港带来', '新增职位', '新增职位'],
    ['政府在全球发行', '债券', '债券'],
    ['工业贸易署共批出', '申请', '申请'],
    ['延续公营机构', '临时职位', '临时职位'],
    // a shorter verb too (dev 121: 創造約3 000個職位, 設16個監測點, 要聘用約41 000名建築工人), but not a flow
    // marker (新引进人才团队: the new ones), nor a clause before a bare noun (引进企业)
    ['创造', '职位', '职位'],
    ['设', '监测点', '监测点'],
    ['要聘用', '建筑工人', '建筑工人'],
    ['新引进', '人才团队', '新引进人才团队'],
    // 新增 and 净增 (flowVerbs) stay too, though trailingFillers trims them from the words before a number (dev 141, 244)
    ['新增', '高新技术“精英行动”企业', '新增高新技术“精英行动”企业'],
    ['全年净增', '规上工业企业', '净增规上工业企业'],
    ['统一成立', '机构', '统一成立机构'],
  ])('compose: %s … %s → %s', (left, right, expected) => expect(label(mk(left, right, { count: true }))).toBe(expected));
  test('a quoted name after the number is the noun without its quotes (dev 120)', () => {
    expect(nounAfter(p('的“楼宇管理维修综合计划”')).a).toBe('楼宇管理维修综合计划');
    expect(nounAfter(p('的“三农”投入')).a).toBe('“三农”投入');
  });
  test('予 opens the recipient of a verb of giving, not the noun measured (dev 120)', () => {
    expect(label(mk('额外拨款', '予“中小企业市场推广基金”', { money: true }))).toBe('额外拨款');
    expect(nounAfter(p('的免税额予供养')).a).toBe('免税额'); // 15,000元的免税额予供养55至59岁的父母: the words up to the next figure
    // 授予 and 给予 are verbs of their own; 予以 is no recipient
    expect(recipientAfter.test('予以奖励')).toBe(false);
  });
  test('who the money goes to: 向 and a name before a funding verb, not a generic or every recipient (dev 248, 143)', () => {
    expect(label(mk('我们会向创新及科技基金注资', '', { money: true }))).toBe('创新及科技基金');
    expect(label(mk('我们建议向“创意智优计划”注资', '', { money: true }))).toBe('创意智优计划');
    expect(label(mk('向基金额外注资', '', { money: true }))).toBe('基金');
    expect(label(mk('向每家企业拨款', '', { money: true }))).not.toBe('每家企业');
    expect(label(mk('向企业提供', '', { money: true }))).not.toBe('企业');
    // a count is no money: 向…提供3000个名额 is labelled by its noun
    expect(label(mk('向本地中小学生提供', '名额', { count: true }))).toBe('名额');
  });
  test('compose: a share or a rate keeps the clause before it', () => expect(label(mk('科创板过会企业', '获得支持', { count: false }))).toMatch(/^科创板过会企业/));
  test('every step has a case', () => expect(cases.map(([name]) => name)).toEqual(labelSteps.map((s) => s.name)));
  test.each(cases)('%s', (name, ctx, expected) => {
    expect(label(ctx)).toBe(expected);
    expect(
      label(
        ctx,
        labelSteps.filter((s) => s.name !== name),
      ),
    ).not.toBe(expected);
  });
});

describe('the subject of a spoken clause: adverbials, 把/将/令 and predicates are not the label', () => {
  const hant = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2004 }, 'zh-Hant').map((f) => f.label);
  const hans = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }).map((f) => f.label);
  test.each([
    // adverbs and a preposition's phrase between the subject and its verb (dev 56, 70)
    ['負資產宗數亦已從高峰期的 106 000 宗下降至約 6 萬宗。', ['負資產宗數']],
    ['預計在本年 3 月 31 日的財政儲備會下降至 2,664 億元。', ['財政儲備']],
    ['但政府經營開支卻增加 12%。', ['政府經營開支']],
    ['綜合消費物價指數的跌幅將會顯著收窄至 1%。', ['綜合消費物價指數']],
    ['本地生產總值則累積下跌 5%。', ['本地生產總值']],
    ['由於應課差餉租值於去年平均下跌 8%。', ['應課差餉租值']],
    ['假設邊境建設稅訂在 18 元的水平。', ['邊境建設稅']],
    // the object of 把/将 (disposal) and of 令 (causative); the level after 的 is no metric; 每公升 says per what
    ['並有決心在 2008-09 年度把政府經營開支減至 2,000 億元。', ['政府經營開支']],
    ['我決定將徵收率維持在 5%的水平。', ['徵收率']],
    ['這項建議會令政府收入在 2004-05 年度減少接近 9 億元。', ['政府收入']],
    ['超低硫柴油稅稅率訂於每公升 1.11 元的優惠水平。', ['超低硫柴油稅稅率']],
    ['我們的目標是在 2006-07 年度把公務員編制削減至約 16 萬個職位 。', ['公務員編制']],
    // across a comma: the clause opens with the verb of the 将 before it
    ['但我仍將 2004-05 年度的政府經營開支，維持在去年預算案訂下的 2,122 億元水平。', ['政府經營開支']],
    ['我亦承諾將公共開支佔本地生產總值的比例 ， 控制在 20%或以下 。', ['公共開支佔本地生產總值的比例']],
    // 实质 and 预测 say how and that it is forecast, 合计 and 这个 are not the metric; a clause that opens with an adverb has no subject
    ['2003 年全年合計本地生產總值實質增長達 3.3%。', ['本地生產總值']],
    ['中期經濟實質趨勢增長預測為 3.8%。', ['中期經濟實質趨勢增長']],
    ['公共開支佔經濟的比重約 16%； 這個比重還只是約 17%； 但在 2001-02 年度卻上升至 22%。', ['公共開支佔經濟的比重', '比重', '比重']],
    // a time after 于 is when (the verb went to the growth); 累积 is how it grew; 调高 what is done to it
    ['由於應課差餉租值於去年平均下跌 8%。', ['應課差餉租值']],
    ['政府開支累積增長為 17%。', ['政府開支']],
    ['我建議調高葡萄酒稅率 ， 由目前的 60%加至 80 %。', ['葡萄酒稅率']],
    // a basis opens the clause: what grew is the object of 容许 or the noun phrase before the comma
    ['我決定容許政府開支 ，比 2001-02 年度原來預算實質增長 2%，比修訂預算實質增長 7.7%。', ['政府開支', '政府開支']],
    ['2002-03 年度政府開支 ， 比 2001-02 年度原來預算增長 0.6%。', ['政府開支']],
    // a figure after 較…的 is the basis of the comparison: what the figure before measures
    ['2003 年全年合計本地生產總值實質增長達 3.3%， 較 2002 年的 2.3%有明顯改善 。', ['本地生產總值', '本地生產總值']],
    // a relative clause before 的 qualifies the noun after it; a number before its noun is the verb's object
    ['政府對基建工程已作出承擔並正進行的工程項目，有一千六百多項。', ['工程項目']],
    ['兩間鐵路公司正在落實 6 項鐵路工程。', ['鐵路工程']],
  ] as const)('%s', (text, labels) => expect(hant(text)).toEqual(labels));

  test.each([
    // a change measure after 的 is how what changes is measured; a growth after the figure too (corpus 70)
    ['本地生產總值平減物價指數的中期趨勢升幅預測為 0.7%。', ['本地生產總值平減物價指數']],
    ['綜合消費物價指數的按年跌幅由去年 12 月的 1.9%， 進一步收窄至今年 1 月的 1.5%。', ['綜合消費物價指數']],
    ['本地生產總值今年可望有 6%的實質增長。', ['本地生產總值']],
    // 中期的 and a time at the end say when (corpus 56)
    ['而中期的實質趨勢增長則為 3%。', ['實質趨勢增長']],
    // 至於…方面 names the topic; a from-to may give its ends in two sizes of one unit (corpus 56)
    ['至於免稅酒方面 ，則下調 25%，由目前的 1 公升減至 750 毫升。', ['免稅酒', '免稅酒']],
  ] as const)('%s', (text, labels) => expect(hant(text)).toEqual(labels));

  test.each([
    // the baseline of a from-to may be dated by a peak or the start of a year; 削減至 links it too (corpus 70)
    // the noun a from-figure counts (個職位) stands before the link; 的目標 after the figure says it is a target, not what it measures
    ['負資產宗數亦已從高峰期的 106 000 宗下降至約 6 萬宗。', [['負資產宗數', 6, '萬宗', 106000, '宗']]],
    ['公務員編制已由 2000 年年初的 198 000 個職位減至現時的 172 000 個。', [['公務員編制', 172000, '個', 198000, '個']]],
    ['為要達到將政府經營開支由 2003-04 年度的 2,180 億元 ， 削減至 2008-09 年度的 2,000 億元的目標。', [['政府經營開支', 2000, '億元', 2180, '億元']]],
  ] as const)('%s', (text, figures) =>
    expect(extractFromParagraph(text, { kind: 'actual', year: 2004 }, 'zh-Hant').map((f) => [f.label, f.value, f.unit, f.baseline?.value, f.baseline?.unit])).toEqual(figures),
  );

  test.each([
    // examples in brackets, a numbered paragraph's number and what the speaker says he does are no part of a label (corpus 56, 70)
    ['我們還須在中期內 ， 在非經常項目開源 （ 例如出售政府資產 ） 或節流 200 億元 。', ['非經常項目開源或節流']],
    ['70. 2004-05 年度政府非經營開支預算為 465 億元 。', ['政府非經營開支預算']],
    ['但我們仍會額外預留 2 億元一筆過的撥款。', ['撥款']],
  ] as const)('%s', (text, labels) => expect(hant(text)).toEqual(labels));

  test.each([
    // a clause with no subject of its own counts in the noun after the number, not in its verb (corpus 70)
    ['公務員編制已由 2000 年年初的 198 000 個職位減至現時的 172 000 個，並將會在明年 3 月底進一步減至約 166 500 個職位 。', ['公務員編制', '職位']],
    // after a copula the noun after the number is the item counted (corpus 56)
    ['新的免稅數額將為 60 支香煙或 15 支雪茄或 75 克煙草 。', ['香煙', '雪茄', '煙草']],
    // a preposition whose object is a year goes with it; 政府可 is who can do it (corpus 56)
    ['政府在 2002-03 年度可減少開支約 30 億元 。', ['減少開支']],
  ] as const)('%s', (text, labels) => expect(hant(text)).toEqual(labels));

  test.each([
    // the place a Hong Kong speech is about scopes the metric as 全市 does (corpus 53)
    ['我們要積極擴充大專學額 ， 讓香港高等教育的普及率達到 60%。', ['高等教育的普及率']],
    ['本港生產總值增長 3%。', ['生產總值']],
  ] as const)('%s', (text, labels) => expect(hant(text)).toEqual(labels));

  test('a count after a demonstrative refers back, an age before the people it bounds qualifies them: no figures (corpus 53, 71)', () => {
    expect(hant('把這 3 件事做好 ， 教育才能夠有效支持經濟轉型 。')).toEqual([]);
    expect(hant('具備大專或以上學歷的市民 ， 只佔全港 15 歲及以上人口的 18%。').length).toBe(1);
    expect(hans('为80岁以上老人发放老人津贴109万元。')).toEqual(['老人津贴']);
    // a rule's age is its provision all the same
    const rule = extractFromParagraph('未满十八周岁以下的学生不得进入。', { kind: 'provision', provisions: true });
    expect(rule.map((f) => f.unit)).toEqual(['周岁']);
  });

  test('in a report, a span after 连续 dates a trend and a rank after 前 places it: no figures, and 连续 ends no label (dev 177, 178)', () => {
    const values = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2026 }).map((f) => f.value);
    expect(values('工业投资连续54个月保持两位数增长，工业对全省经济增长的贡献率达到36.1%。')).toEqual([36.1]);
    expect(hans('经济增速2022年以来连续16个季度高于全国平均水平。')).toEqual([]);
    expect(hans('规模以上工业增加值增速连续30个月居全国前10位，规模以上工业企业从1832户增加到3382户。')).toEqual(['规模以上工业企业']);
    expect(hans('粮食总产量连续9年稳定在1300亿斤以上。')).toEqual(['粮食总产量']);
    // a rule's span after 连续 is its time limit all the same
    const rule = extractFromParagraph('连续3个月未缴纳的，停止补贴。', { kind: 'provision', provisions: true });
    expect(rule.map((f) => f.unit)).toEqual(['个月']);
  });

  test('投入 before what is put in is the action, not the metric (投入国债资金152亿元 → 国债资金, dev 179); 投入 alone stays', () => {
    expect(hans('去年投入国债资金152亿元，主要用于重点流域污染防治。')).toEqual(['国债资金']);
    expect(hans('支出1168亿元，比上年增长18.3%；投入国债建设资金95.4亿元。')).toEqual(['支出', '国债建设资金']);
    expect(hans('近三年，中央和地方投入105亿元。')).toEqual(['中央和地方投入']);
  });

  test('投入强度 is a measure’s name (the intensity of input, R&D spending to GDP), not 投入 and its object: it keeps its 投入 (dev 354, 368)', () => {
    expect(hans('全社会研究与试验发展经费投入达到33278.2亿元，投入强度达到2.64%，比上年提高0.08个百分点。')).toEqual(['全社会研究与试验发展经费投入', '投入强度']);
    expect(hans('研发经费首次突破30亿元、投入强度达1.26%，均居全省第3。').at(-1)).toMatch(/投入强度$/);
  });

  test('the noun after a count ends at a verb closed by 了 or a verb of exemption (dev 179)', () => {
    expect(hans('为16万个农村中小学校和教学点配备了远程教育设施。')).toEqual(['农村中小学校和教学点']);
    expect(hans('还为中西部地区1700多万名贫困家庭学生免费提供教科书。')).toEqual(['贫困家庭学生']);
    expect(hans('对1700万名贫困家庭学生免除学杂费。')).toEqual(['贫困家庭学生']);
  });

  test("counts of the speech's own topics and goals and a span of 年度 are no figures (corpus 56, 70)", () => {
    expect(hant('我先前表示希望在 2006-07 年度 ， 公共財政能達到 3 個目標 ， 便是 ：')).toEqual([]);
    expect(hant('我已訂下 2004-05 及其後 4 個年度的政府經營開支指引。')).toEqual([]);
  });

  test('a count in the hundreds or more said as about so many takes a unit that makes words with a small numeral (三千多間; not 一間, 十一次全會)', () => {
    const figures = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2001 }, 'zh-Hant').map((f) => [f.value, f.unit, f.comparator]);
    expect(figures('現時有三千多間海外公司在這裏設立地區總部或地區辦事處 。')).toEqual([[3000, '間', '≈']]);
    expect(figures('這是一間海外公司 ， 十一次全會的決定 。')).toEqual([]);
  });

  test('a growth its clause dates otherwise is a figure of its own, of the same metric; 今年頭8個月 is past (corpus 53)', () => {
    const found = extractFromParagraph('去年訪港旅客人數逾 1 300 萬人次 ， 今年頭 8 個月比去年同期增加逾 7%；', { kind: 'actual', year: 2001 }, 'zh-Hant');
    expect(found.map((f) => [f.label, f.value, f.unit, f.kind, f.period, f.change?.value])).toEqual([
      ['訪港旅客人數', 1300, '萬人次', 'actual', 2000, undefined],
      ['訪港旅客人數', 7, '%', 'actual', 2001, 7],
    ]);
    // the same time: the growth is the change of the level before it
    const same = extractFromParagraph('去年訪港旅客人數逾 1 300 萬人次 ， 增加 7%。', { kind: 'actual', year: 2001 }, 'zh-Hant');
    expect(same.map((f) => [f.value, f.change?.value])).toEqual([[1300, 7]]);
  });

  test('a speech marks its targets: 只須, 我們要, 提出要, 假設, 會維持在 (corpus 53, 56, 70)', () => {
    const kind = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2001 }, 'zh-Hant').map((f) => f.kind);
    expect(kind('我們只須預留一筆相等於政府 12 個月開支左右的儲備。')).toEqual(['target']);
    expect(kind('我們要積極擴充大專學額 ， 讓香港高等教育的普及率達到 60%。')).toEqual(['target']);
    expect(kind('我提出要在 10 年內把專上教育的普及率提高一倍 ， 由 30%增加至 60%。')).toEqual(['target', 'target']);
    expect(kind('假設邊境建設稅訂在 18 元的水平。')).toEqual(['target']);
    expect(kind('在這期間 ， 超低硫柴油稅稅率會維持在每公升 1.11 元 。')).toEqual(['target']);
    expect(kind('超低硫柴油稅稅率現時為每公升 1.11 元 。')).toEqual(['actual']);
  });

  test('two sizes of one unit are one measure (公升, 毫升), other units are not', () => {
    expect([sameMeasure('公升', '毫升'), sameMeasure('公斤', '吨'), sameMeasure('公升', '公斤'), sameMeasure('个', '个')]).toEqual([true, true, false, true]);
  });

  test('下跌 is a fall, as 下降 is', () => {
    const [f] = extractFromParagraph('過去 3 年 ， 整體經濟物價下跌 12%。', { kind: 'actual' }, 'zh-Hant');
    expect([f?.label, f?.value, f?.change?.value]).toEqual(['整體經濟物價', -12, -12]);
  });

  test('a speaker is no subject (我們仍會…預留), and 接近 bounds a figure as 近 does', () => {
    expect(hant('但我們仍會額外預留 2 億元。')).not.toEqual(['我們']);
    const [f] = extractFromParagraph('這項建議會令政府收入減少接近 9 億元。', { kind: 'actual' }, 'zh-Hant');
    expect([f?.match, f?.comparator]).toEqual(['接近 9 億元', '≈']);
  });

  test.each([
    // a predicate after a count's subject (dev 71, 72)
    ['23件惠民实事基本完成。', '惠民实事'],
    ['纯电动绿色公交车投入运行40辆。', '纯电动绿色公交车'],
    ['市级以上龙头企业发展12家。', '市级以上龙头企业'],
    ['标准化农村卫生室建设165所。', '标准化农村卫生室'],
    ['入园项目加紧实施7个。', '入园项目'],
    ['孝义公园向市民开放600亩。', '孝义公园'],
    // a bare noun as the subject takes the predicate that says which of them count
    ['企业在天交所挂牌上市5家。', '挂牌上市企业'],
    // kept: a verb's object that ends in 建设, a noun after 向, a list before 在, 会 and 平均 of a noun
    ['拆除违法建设1100多万平方米。', '违法建设'],
    ['横纵向合作项目5个。', '横纵向合作项目'],
    ['建成和在建面积占56%。', '建成和在建面积占比'],
    ['博览会参展商3000家。', '博览会参展商'],
    ['全市职工平均工资65000元。', '职工平均工资'],
    ['全县新增城镇就业3200人。', '新增城镇就业'],
  ] as const)('%s → %s', (text, label) => expect(hans(text)).toEqual([label]));

  test.each([
    ['職訓局的職前培訓 ， 以及再培訓局的全日制課程 ， 畢業學員的平均就業率都達到 80%。', '畢業學員的平均就業率'],
    ['去年 ， 入場人次更首度超過 400 萬 。', '入場人次'],
    ['估計於 2006 年年底將有大約 14 000 個新酒店房間陸續落成 。', '新酒店房間'],
  ] as const)('the adverbs 都, 更 and 陸續 end a subject, before or after the number (corpus 122, 120): %s → %s', (text, label) =>
    expect(extractFromParagraph(text, { kind: 'actual', year: 2005 }, 'zh-Hant').map((f) => f.label)).toEqual([label]),
  );

  test('過去, like 去年, is a time and no part of the label (corpus 121)', () =>
    expect(extractFromParagraph('香港就業總人數創出新高峰 ， 過去兩年共增加了近 20 萬個新職位。', { kind: 'actual', year: 2005 }, 'zh-Hant').map((f) => f.label)).toEqual([
      '新職位',
    ]));

  test('之後 and 以前 after the noun that follows a number end it: a time, no part of the label (corpus 121)', () =>
    expect(
      extractFromParagraph('在前兩個階段實行零關稅和對香港開放 26 個服務領域之後，特區政府與中央政府進一步磋商。', { kind: 'actual', year: 2005 }, 'zh-Hant').map((f) => f.label),
    ).toEqual(['服務領域']));

  const p = (s: string) => ({ a: s, o: s });
  // [step, words before the number, subject with every step] — without the step the subject must differ
  const cases: [string, string, string][] = [
    ['actor before a total adverb', '便民服务队共走访群众', '走访群众'],
    ['phrase of means', '内地企业透过本港股票市场集资', '内地企业集资'],
    ['object of 把 or 令', '决心在把政府经营开支减', '政府经营开支'],
    ['subject before adverbials', '负资产宗数亦已从高峰期下', '负资产宗数'],
    ['trailing predicate', '纯电动绿色公交车投入运行', '纯电动绿色公交车'],
  ];
  test('every step has a case', () => expect(cases.map(([name]) => name)).toEqual(subjectSteps.map((s) => s.name)));
  test.each(cases)('%s', (name, words, expected) => {
    expect(subjectOf(p(words)).a).toBe(expected);
    expect(
      subjectOf(
        p(words),
        subjectSteps.filter((s) => s.name !== name),
      ).a,
    ).not.toBe(expected);
  });
});

describe('work reports of another region and era (dev 117 宁夏 2026, 118 国务院 1997)', () => {
  const labels = (text: string, kind: 'actual' | 'target' = 'actual') => extractFromParagraph(text, { kind }).map((f) => f.label);
  test.each([
    // 均, 双双 (both …), 要 (a modal) and 年末 (when) stand between the subject and its verb
    ['城市生活垃圾和建筑垃圾利用率均达60%以上。', ['城市生活垃圾和建筑垃圾利用率']],
    ['首次实现年度内供和外送电量双双超过1000亿度。', ['内供和外送电量']],
    // 我国 opens a label as a scope word, like 全国 and 全市 (ownPlaces; dev 118 labels 人口|我国人口)
    ['我国人口到２０００年要控制在１３亿以内。', ['人口']],
    ['城乡居民储蓄存款年末达到３８５００多亿元，比上年末增加８８００多亿元。', ['城乡居民储蓄存款']],
    // 扩大到 leads to the number like 增加到
    ['今年试点城市扩大到１１０个。', ['试点城市']],
    // 取得 and 抓好 are verbs before their object; 和美 is a word, not the list joint 和; 再 an adverb
    ['取得国家级重大科技成果２０００多项。', ['国家级重大科技成果']],
    ['建成和美乡村样板村300多个。', ['和美乡村样板村']],
    ['着力抓好总投资313.9亿元的75个千万元以上重点项目。', ['总投资', '千万元以上重点项目']],
    ['全年再减少青壮年文盲４００万人。', ['减少青壮年文盲']],
    // 开发区 is a place, not the verb 开发; a verb inside the noun after the number is part of its name; 获评 a verb
    ['高阳经济开发区入驻企业增至155家。', ['高阳经济开发区入驻企业']],
    ['获评5个国家生态文明建设示范区、“两山”实践创新基地和美丽乡村先行区。', ['国家生态文明建设示范区']],
    // 改造提升 is one verb (dev 60); after a list joint a number opens an item of its own (dev 71)
    ['改造提升主城区道路16条。', ['主城区道路']],
    ['重点抓好陶口店中心村和7个省重点村建设。', ['省重点村']],
    // a share of a base with 达到…的 is of what reaches it; without 的 达到 leads to a level
    ['高标准农田达到耕地总面积的64%。', ['高标准农田']],
    ['粮食产量达到100万吨。', ['粮食产量']],
    // and so is one with 占…的 (dev 244), where 占比, 占地 and 占用 are words of their own
    ['云南企业经中老铁路进出口货值占全线货值的60.8%。', ['云南企业经中老铁路进出口货值']],
    ['民生支出占一般公共预算支出的84.1%。', ['民生支出']],
    ['绿地占地面积的30%。', ['绿地占地面积']],
    // a share of 全国 is no count of peers (dev 118); a clause that opens with 占 has no subject of its own before it
    ['中西部地区占全国的43%以上。', ['中西部地区']],
    ['民生支出2806亿元，占公共财政预算支出的85%。', ['民生支出', '民生支出']],
    // a bare 占 after a figure of its sentence names no whole either: the share is that figure's part's (dev 479)
    ['其中，Ⅰ类水质断面2个，占6.2%；Ⅱ类水质断面24个，占75.0%。', ['Ⅰ类水质断面', 'Ⅰ类水质断面', 'Ⅱ类水质断面', 'Ⅱ类水质断面']],
    // the state as who acts (国家已经组织…), not 国家级 or 国家会展中心
    ['国家已经组织了５７户企业集团试点。', ['企业集团试点']],
    ['新增国家级企业技术中心5家。', ['新增国家级企业技术中心']],
    // a target word after 的 says what the figure is for: the metric is before it
    ['经济增长速度的调控目标定为８％。', ['经济增长速度']],
    // 其中 opens a list of subjects, it is none of them
    ['其中城镇、农村居民收入分别增长4.8%、5.9%。', ['城镇居民收入', '农村居民收入']],
    // the segmenter cuts 天然|气: an item of one word takes the last item's head noun, not the words after 天然 (dev 307)
    ['原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米。', ['原煤产量', '原油产量', '天然气产量']],
    // a 和 standing as a word joins a list
    ['新增企业12家，和改造项目5个。', ['新增企业', '改造项目']],
  ] as const)('%s → %s', (text, expected) => expect(labels(text)).toEqual(expected));

  test('units of grain (斤), telephone lines (门, not 门诊部), events (场次) and a concentration (微克/立方米)', () => {
    const found = extractFromParagraph('粮食总产量达76.28亿斤。电话交换机容量增加２０００多万门。开设3门诊部。举办促消费活动500余场次。PM_2.5浓度为25.9微克/立方米。', {
      kind: 'actual',
    });
    expect(found.map((f) => [f.match, f.label, f.unit])).toEqual([
      ['76.28亿斤', '粮食总产量', '亿斤'],
      ['２０００多万门', '电话交换机容量', '万门'],
      ['500余场次', '促消费活动', '场次'],
      ['25.9微克/立方米', 'PM_2.5浓度', '微克/立方米'],
    ]);
  });

  test('units of trips: voyages (航次), flights (架次), trains (车次), not a bare 次 with a word before it', () => {
    const found = extractFromParagraph('全年起降航班12.5万架次。开行中欧班列320车次。科考船靠港2152航次。', { kind: 'actual' });
    expect(found.map((f) => [f.match, f.label, f.unit])).toEqual([
      ['12.5万架次', '起降航班', '万架次'],
      ['320车次', '开行中欧班列', '车次'],
      ['2152航次', '科考船靠港', '航次'],
    ]);
  });

  test("a bare noun in a list shares the first item's qualifier, not the 总 (净, 年) of its measure word (dev 141; data/indicator-words.json head_prefixes)", () => {
    const labels = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.match, f.label]);
    expect(labels('生物降解制品总产量增长19%、产值增长18%。')).toEqual([
      ['19%', '生物降解制品总产量'],
      ['18%', '生物降解制品产值'],
    ]);
    expect(labels('规模以上工业总产值1200亿元、利润80亿元。')).toEqual([
      ['1200亿元', '规模以上工业总产值'],
      ['80亿元', '规模以上工业利润'],
    ]);
    expect(labels('参展参会代表团216个、机构1012家。')).toEqual([
      ['216个', '参展参会代表团'],
      ['1012家', '参展参会机构'],
    ]);
    // an item that names its own kind before the noun (发电油机等设备: examples before 等) shares nothing: 设备, not 应急设备 (devtext26: dev 394)
    expect(labels('累计出动应急人员85.6万人次、发电油机等设备14.2万台次。')).toEqual([
      ['85.6万人次', '应急人员'],
      ['14.2万台次', '设备'],
    ]);
  });

  test('及其 (and its) opens no label, like 及 (dev 12: 以少於二十支及其內容物淨重低於十五公克)', () => {
    expect(cleanLabel({ a: '及其内容物净重', o: '及其內容物淨重' }).o).toBe('內容物淨重');
  });

  test('要 before the verb of a from-to and what 国家 decides are targets; 实际回落 is what happened', () => {
    const found = extractFromParagraph(
      '去年政府工作报告提出，物价涨幅要从１４．８％降到１０％左右，实际回落到６．１％。国家决定首先集中力量抓好１０００户。主要农产品产量增长５％。',
      { kind: 'actual' },
    );
    expect(found.map((f) => [f.match, f.kind])).toEqual([
      ['１０％左右', 'target'],
      ['６．１％', 'actual'],
      ['１０００户', 'target'],
      ['５％', 'actual'],
    ]);
    // 实际回落到 names no metric: the figure is of the one before
    expect(found[1]!.label).toBe('物价涨幅');
    // 国家 as the name of a place or a plan is no one deciding: 国家会展中心, 国家计划单列市
    const named = extractFromParagraph('国家会展中心举办展会120场。国家计划单列市新增企业300家。', { kind: 'actual' });
    expect(named.map((f) => [f.match, f.kind])).toEqual([
      ['120场', 'actual'],
      ['300家', 'actual'],
    ]);
  });

  test('two counts of bare nouns joined by 和 are figures; 实行 ends the noun after a number; 国务院同意 is who speaks (dev 61, 14)', () => {
    expect(extractFromParagraph('对992家企业和390个项目实行常态化精准帮扶。', { kind: 'actual' }).map((f) => [f.match, f.label])).toEqual([
      ['992家', '企业'],
      ['390个', '项目'],
    ]);
    expect(extractFromParagraph('其中2家企业已成功挂牌。', { kind: 'actual' })).toEqual([]);
    // 国务院同意 is who speaks; the clause left before the amount (地方发行, four characters) names nothing of the
    // noun after it (the rule of 旅遊業就為香港帶來…新增職位): 债券, where dev 14's labels want 地方发行债券, a known loss
    expect(extractFromParagraph('同时国务院同意地方发行２０００亿元债券。', { kind: 'actual' }).map((f) => f.label)).toEqual(['债券']);
  });

  test('分别增长 after a run of levels gives each its change; 十个突出亮点 is a count of the text’s own parts (dev 71, 117)', () => {
    const found = extractFromParagraph('城镇居民人均可支配收入和农村居民人均可支配收入分别达到1.99万元、1.26万元，分别增长8.8%、10.8%。', { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.change?.value])).toEqual([
      ['城镇居民人均可支配收入', 1.99, 8.8],
      ['农村居民人均可支配收入', 1.26, 10.8],
    ]);
    expect(extractFromParagraph('至少有十个突出亮点：一是全区经济增长速度连续4年居全国前六。', { kind: 'actual' })).toEqual([]);
  });

  test('a count in 万 before a noun of people is a figure, of that noun (not of the head noun after 的)', () => {
    // (the clause before the count names nothing of the noun after it: 群众, one of dev 117's labels)
    expect(extractFromParagraph('“以旧换新”政策惠及76万群众。', { kind: 'actual' }).map((f) => [f.match, f.label, f.unit])).toEqual([['76万', '群众', '万']]);
    // dev 14's labels: 解决饮水安全问题的农村人口|农村饮水安全人口|农村人口
    expect(extractFromParagraph('又解决了４８００多万农村人口的饮水安全问题。', { kind: 'actual' }).map((f) => [f.match, f.label])).toEqual([['４８００多万', '农村人口']]);
  });

  test('a count before 的 and a problem solved: the noun it counts, or what the problem is about', () => {
    const labels = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.match, f.label]);
    // a list closed by 等 gives examples of the counted noun, it is no clause before the head (dev 14)
    expect(labels('解决２４０万户林区、垦区、煤矿等棚户区居民的住房问题。')).toEqual([['２４０万户', '棚户区居民']]);
    // a bare count of people (the unit is the noun): 问题 names no metric (dev 71, 72)
    expect(labels('解决了8500余人的饮水安全问题。')).toEqual([['8500余人', '饮水安全']]);
    expect(labels('解决了近10万人的饮水安全问题，引黄入冀工作在全省率先完成。')).toEqual([['近10万人', '饮水安全']]);
    // a list of qualifiers without 等 is still a clause before the head (10个业态鲜明、功能突出的科创空间样板)
    expect(labels('建成10个业态鲜明、功能突出的科创空间样板。')).toEqual([['10个', '科创空间样板']]);
  });

  test('全国 before a national rank or title stays in the label; as a scope word it goes (data/indicator-words.json national_titles)', () => {
    const labels = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.match, f.label]);
    // a province's report (dev 141 海南, 117 宁夏)
    expect(labels('获批建设2家全国重点实验室。')).toEqual([['2家', '全国重点实验室']]);
    expect(labels('新增84个全国文明村镇。')).toEqual([['84个', '新增全国文明村镇']]);
    // a national report's scope
    expect(labels('全国粮食产量达到1.3万亿斤以上。')).toEqual([['1.3万亿斤以上', '粮食产量']]);
  });

  test('全年再… and 抓好 (not 抓好了) outside a review plan the year', () => {
    const kinds = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.label, f.kind]);
    expect(kinds('全年再减少青壮年文盲４００万人。')).toEqual([['减少青壮年文盲', 'target']]);
    expect(kinds('医疗保障制度改革重点抓好５０多个城市的试点工作。')[0]?.[1]).toBe('target');
    expect(kinds('重点抓好了５０多个城市的试点工作。')[0]?.[1]).toBe('actual');
  });
});

describe('adverbs of a change or of a count’s verb, and growth ranges (dev 141, 142)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.label, f.value, f.max ?? '', f.change?.value ?? '']);
  test.each([
    // 微降, 略增: a change verb with its degree adverb, no part of the label, and the sign of the change
    [
      'CPI微降0.1%，城镇调查失业率5.2%。',
      [
        ['CPI', -0.1, '', -0.1],
        ['城镇调查失业率', 5.2, '', ''],
      ],
    ],
    ['居民消费价格略增1.5%。', [['居民消费价格', 1.5, '', 1.5]]],
    // 增产, 减产: a harvest's change, after its level (a statistical bulletin: 粮食产量193.58万吨，增产1.2%, dev 290)
    [
      '粮食产量193.58万吨，增产1.2%；油料产量17.55万吨，减产2.4%。',
      [
        ['粮食产量', 193.58, '', 1.2],
        ['油料产量', 17.55, '', -2.4],
      ],
    ],
    // 正式, 圆满, 顺利 between the noun counted and its verb end the noun
    ['封关准备重点任务全面完成，10个“二线口岸”正式启用。', [['二线口岸', 10, '', '']]],
    ['10件民生实事圆满完成。', [['民生实事', 10, '', '']]],
    ['12个重点项目顺利竣工。', [['重点项目', 12, '', '']]],
    // and adverbs of pace and time (a 2025 provincial work report); 持续时间 is a noun (adverb_nouns)
    ['深入开展浦东综合改革试点，157项改革任务有序推进。', [['改革任务', 157, '', '']]],
    ['新能源汽车充换电设施一张网等10个实事项目有序推进。', [['实事项目', 10, '', '']]],
    ['5个重点项目如期建成。', [['重点项目', 5, '', '']]],
    ['8个重大产业项目加快建设。', [['重大产业项目', 8, '', '']]],
    // a growth given as a range keeps its high end; a fall's range is left as its low end
    ['地区生产总值增长4.5-5%。', [['地区生产总值', 4.5, 5, 4.5]]],
    ['地区生产总值增长6%—6.5%。', [['地区生产总值', 6, 6.5, 6]]],
    ['能耗下降3-5%。', [['能耗', -3, '', -3]]],
    // after a price the change noun names the metric (居民消费价格涨幅, CPI); after anything else it is the change of what it follows
    [
      '城镇调查失业率5.7%左右，居民消费价格涨幅2%左右。',
      [
        ['城镇调查失业率', 5.7, '', ''],
        ['居民消费价格涨幅', 2, '', 2],
      ],
    ],
    ['规上工业增加值增速5%。', [['规上工业增加值', 5, '', 5]]],
  ] as const)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a counted bare noun and a verb closed by 了; 认定 is a verb of how (dev 118, 141)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.label, f.value]);
  test.each([
    // a bare noun counted and what was done with it: the verb and its object qualify it, without 了
    ['全国已有100多个城市建立了最低生活保障制度。', [['建立最低生活保障制度的城市', 100]]],
    // 认定 says how the count came about, its object is what is counted; 新认定 is a flow and stays, as does 认定 before a bare noun
    ['认定7家跨境资金集中运营中心。', [['跨境资金集中运营中心', 7]]],
    [
      '新认定3家院士工作站，认定人才5.45万名。',
      [
        ['新认定院士工作站', 3],
        ['认定人才', 5.45],
      ],
    ],
    // after a noun 认定 is part of a compound (高企认定培训活动, a golden fixture)
    ['开展高企认定培训活动12场。', [['高企认定培训活动', 12]]],
  ] as const)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('分别 after two items the first of which is one character of the last (dev 141)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.label, f.value]);
  test.each([
    [
      '金融机构本外币存、贷款余额分别突破1.5万亿元、1.4万亿元。',
      [
        ['金融机构本外币存款余额', 1.5],
        ['金融机构本外币贷款余额', 1.4],
      ],
    ],
    [
      '进、出口总额分别增长5%、6%。',
      [
        ['进口总额', 5],
        ['出口总额', 6],
      ],
    ],
    // a character that makes no word with the last item's tail is an item's own (企业数, not 企业数业收入)
    [
      '企业数、营业收入分别增长5%、6%。',
      [
        ['企业数', 5],
        ['营业收入', 6],
      ],
    ],
  ] as const)('%s', (text, expected) => expect(labels(text)).toEqual(expected));
});

describe('an address: discourse words, times and a fall verb are no part of a label (dev 143, 144)', () => {
  const labels = (sentence: string): string[] => extractFromParagraph(sentence, { kind: 'actual', year: 2017 }, 'zh-Hant').map((f) => f.label);
  test.each([
    ['所有單位如期售出，結果超額認購近18倍。', '超額認購'],
    ['政府的中、長期承擔，還包括超過3,000億元進行中工程的承擔額。', '承擔額'],
    ['去年失業率全年平均為3.4%。', '失業率'],
    ['服務輸出在年內亦相對改善，但全年仍下跌3.1%。', '服務輸出'],
    ['本地勞工市場繼續全民就業，失業率近月跌至3.1%。', '失業率'],
  ])('%s → %s', (sentence, label) => {
    expect(labels(sentence)).toEqual([label]);
  });
  test.each([
    ['事實上，過去10年的賣地收入波幅極大，2008-2009年度低至不足170億元。', '事實上'],
    ['我們在2014年設立房屋儲備金，至今已達770億元。', '至今'],
    ['香港經濟今年以來表現相當理想，上半年按年實質增長4%。', '上半年'],
  ])('%s: never labelled %s', (sentence, word) => {
    expect(labels(sentence)).not.toContain(word);
  });
});

describe('who benefits or lives somewhere is the noun counted, not its verb (dev 121, 143, 144)', () => {
  test.each([
    ['預期措施全面實施首年約50萬名長者受惠。', '長者'],
    ['估計約380條鄉村、接近17萬名村民可以受惠。', '村民'],
    ['現時約有756 000戶家庭居住在公屋。', '家庭'],
  ])('%s → %s', (sentence, label) => {
    const found = extractFromParagraph(sentence, { kind: 'actual', year: 2017 }, 'zh-Hant');
    expect(found.at(-1)?.label).toBe(label);
  });
});

describe('labels of the shipped Chengdu 2023 case study, both scripts (seen in the explorer)', () => {
  test.each([
    // a count before its noun and 之一 is the size of a set the place belongs to, not the place's figure
    ['成都市成为全国首批26个“科创中国”试点城市之一。', 'zh-Hans', []],
    ['成都市成為全國首批26個“科創中國”試點城市之一。', 'zh-Hant', []],
    // 学会 (a society) is a noun: its 会 is no modal verb to trim
    ['引导20个全国学会与13个区(市)县开展会地合作。', 'zh-Hans', [['20个', '全国学会']]],
    ['引導20個全國學會與13個區(市)縣開展會地合作。', 'zh-Hant', [['20個', '全國學會']]],
    // 联合 before a count says who acted with whom: the label is what is counted (联合银行 is no metric)
    ['联合20多家银行、9个区(市)县建立风险补偿资金池。', 'zh-Hans', [['20多家', '银行']]],
    ['聯合20多家銀行、9個區(市)縣建立風險補償資金池。', 'zh-Hant', [['20多家', '銀行']]],
    // 获批 goes whole, not 获 alone
    ['获批2022“科创中国”创新基地8家。', 'zh-Hans', [['8家', '“科创中国”创新基地']]],
  ] as const)('%s', (text, script, expected) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, script).map((f) => [f.match, f.label])).toEqual(expected);
  });
});

describe('a word that opens with 会 keeps it: its 会 is no modal verb (nouns_in_hui, dev 443)', () => {
  test.each([
    ['截至目前，我国有35家会计师事务所加入或创建了28个国际会计网络，行业对外交流合作日益密切。', 'zh-Hans', '35家'],
    ['截至目前，我國有35家會計師事務所加入或創建了28個國際會計網絡。', 'zh-Hant', '35家'],
  ] as const)('%s', (text, script, match) => {
    const label = extractFromParagraph(text, { kind: 'actual' }, script).find((f) => f.match === match)?.label;
    expect(['会计师事务所', '會計師事務所', '加入或创建国际会计网络的会计师事务所']).toContain(label);
  });
});

describe('a meeting named by its kind keeps its 会: 諮詢會, 說明會, 座談會 are nouns (nouns_in_hui, dev 440)', () => {
  test('舉辦了合共3場諮詢會: the sessions held, not 諮詢', () => {
    const found = extractFromParagraph('此外，為直接聽取社會各界的意見和建議，亦舉辦了合共3場諮詢會，與各持份者及公眾進行面對面的互動交流。', { kind: 'actual' }, 'zh-Hant');
    expect(found.find((f) => f.match === '3場')?.label).toBe('諮詢會');
  });
});

describe('a noun that ends in 会 keeps it before a verb: its 会 is no modal verb or adverb (nouns_in_hui)', () => {
  test.each([
    // the 会 of 委员会 before 增加 was read as an adverb and cut the noun to 委员
    ['委员会增加拨款100万元。', 'zh-Hans', '100万元', '委员会增加拨款', 'actual'],
    ['財務委員會增加撥款3億元。', 'zh-Hant', '3億元', '財務委員會增加撥款', 'actual'],
    ['运动会增加比赛项目5个。', 'zh-Hans', '5个', '运动会增加比赛项目', 'actual'],
    // games named by their kind: the 会 of 全运会 is no modal verb, so the figure is no target
    ['全运会增加比赛项目5个。', 'zh-Hans', '5个', '全运会增加比赛项目', 'actual'],
    // a gathering named by its kind is what is counted
    ['全年举办聚会3场。', 'zh-Hans', '3场', '聚会', 'actual'],
    // a modal 会 after a noun that does not end in it still cuts the label and makes a target
    ['收入会增加5%。', 'zh-Hans', '5%', '收入', 'target'],
    // the head of a noun in 会 must be a word of its own: the 年 of 明年, 今年 is no 年会, and their 会 is the modal
    ['政府明年会增加拨款30亿元。', 'zh-Hans', '30亿元', '政府', 'target'],
    ['政府今年會增加撥款30億元。', 'zh-Hant', '30億元', '政府', 'target'],
    // 比例, 收集 end in the head of no noun in 会 (例会, 集会 are not listed): their 会 is the modal
    ['服务业增加值比例会提高到60%。', 'zh-Hans', '60%', '服务业增加值比例', 'target'],
    ['全市数据收集会增加到500项。', 'zh-Hans', '500项', '数据收集', 'target'],
  ] as const)('%s', (text, script, match, label, kind) => {
    const found = extractFromParagraph(text, { kind: 'actual' }, script).find((f) => f.match === match);
    expect([found?.label, found?.kind]).toEqual([label, kind]);
  });
});

describe("a count's own words name nothing: 初步統計為 leaves the label to the clause before (dev 441)", () => {
  test('外匯儲備資產總額，初步統計為2,422億澳門元', () => {
    const found = extractFromParagraph('2026年3月底澳門特別行政區的外匯儲備資產總額，初步統計為2,422億澳門元。', { kind: 'actual', year: 2026 }, 'zh-Hant');
    expect(found.map((f) => [f.match, f.label])).toEqual([['2,422億澳門元', '外匯儲備資產總額']]);
  });
});

describe('a share whose whole 在…中 names before it keeps the phrase (dev 444)', () => {
  test('在网民中占比达73.04%: the share of netizens, not a bare 占比', () => {
    const found = extractFromParagraph('截至2024年7月，我国IPv6活跃用户数达7.98亿，在网民中占比达73.04%，移动网络IPv6流量占比达64.31%。', { kind: 'actual' }, 'zh-Hans');
    expect(found.map((f) => [f.match, f.label])).toEqual([
      ['7.98亿', 'IPv6活跃用户数'],
      ['73.04%', '在网民中占比'],
      ['64.31%', '移动网络IPv6流量占比'],
    ]);
  });
  test('a place phrase before another measure still goes (从废墟中抢救生还者)', () => {
    expect(extractFromParagraph('在全部城市中新建公园绿地120个。', { kind: 'actual' }, 'zh-Hans').map((f) => f.label)).not.toContain('在全部城市中新建公园绿地');
  });
});

describe('a frame of scope, 在…范围内, is no part of a label (dev 456)', () => {
  test('在全国范围内选择10个左右…的城市', () => {
    const found = extractFromParagraph('在全国范围内选择10个左右有条件、有基础、规模适当的城市，在全市域范围内开展“无废城市”建设试点。', { kind: 'target' }, 'zh-Hans');
    // the bare noun keeps the verb before it, as 引进企业 does
    expect(found.map((f) => [f.match, f.label])).toEqual([['10个左右', '选择城市']]);
  });
});

describe('全年计 (counted over the year) is no part of 全年计划 (seen on the shipped Baoding 2022 page: 划 141.7%)', () => {
  test.each(['2021年实施市以上重点项目502项、当年投资996.3亿元，完成全年计划的141.7%。', '全年计划投资100亿元。'])('%s: no label opens inside 计划', (text) => {
    const labels = extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => f.label);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).not.toMatch(/^划/);
  });
});

describe('按…计: one word of counting (counting_openers) that the bracket note, the leading 全年计 and cleanLabel read', () => {
  // 计提, 计发 are words of ji_words: the leading 全年 goes, their 计 stays (was 提风险准备金, 发养老金)
  test.each([
    ['全年计提风险准备金1亿元。', '计提风险准备金'],
    ['按全年计发养老金5亿元。', '计发养老金'],
    ['按全年计意向成交金额800亿元。', '意向成交金额'],
    ['按全年计算营业收入800亿元。', '营业收入'],
  ])('%s → %s', (text, label) => expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => f.label)).toEqual([label]));
});

describe('figures in brackets after each name (dev 63: 白山水电站（90万千瓦）和辽宁锦州（60万千瓦）)', () => {
  test('each name is its figure’s label, without the bracket that closed the figure before', () => {
    const found = extractFromParagraph('主要建成吉林桦甸白山水电站（90万千瓦）和辽宁锦州（60万千瓦）、黑龙江富拉尔基二厂（60万千瓦）等火电厂。', { kind: 'target' }, 'zh-Hans');
    expect(found.map((f) => f.label)).toEqual(['吉林桦甸白山水电站', '辽宁锦州', '黑龙江富拉尔基二厂']);
  });
});

describe('the articles of an incentive scheme (dev 185, 186)', () => {
  const rule = (text: string) => extractFromParagraph(text, { kind: 'actual', rules: true, year: 2017 }).map((f) => [f.label, f.value, f.unit, f.kind]);
  test('a grant word right before its amount is rule language: the amount is a provision', () => {
    expect(rule('具有施工总承包特级资质的，一次性奖励1000万元。')).toEqual([['一次性奖励', 1000, '万元', 'provision']]);
    expect(rule('对当年新获得国家级检验检测认证的机构，每个机构资助200万元。')).toEqual([['资助', 200, '万元', 'provision']]);
    // not a grant before a word that is no amount (奖励资金), and not outside a text that may set rules
    expect(extractFromParagraph('一次性奖励1000万元。', { kind: 'actual', year: 2017 })[0]!.kind).toBe('actual');
  });
  test('a run of amounts given respectively to a list of levels is named by the grant after the run, not by the levels', () => {
    expect(rule('根据其所认定级别按就高不重复的原则,国家级、省级、市级分别给予300万元、200万元、50万元一次性资金配套。')).toEqual([
      ['一次性资金配套', 300, '万元', 'provision'],
      ['一次性资金配套', 200, '万元', 'provision'],
      ['一次性资金配套', 50, '万元', 'provision'],
    ]);
    expect(rule('对新型研发机构获得省、市级发改、工信部门立项的公共服务平台项目资金分别给予70%、50%配套。').map((f) => f[0])).toEqual(['配套', '配套']);
    // without a grant the items still name their figures
    expect(extractFromParagraph('城镇和农村居民人均可支配收入分别达到3万元、2万元。', { kind: 'actual', year: 2017 }).map((f) => f.label)).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
  });
  test('a bound under a heading that lists conditions (满足下列…条件, 认定条件) is a provision', () => {
    const text = [
      '第二条 【总部企业奖】',
      '满足以下总部型企业认定条件之一的企业，按总部型企业的相关政策给予奖励。',
      '(一)满足下列行业营业收入及纳税总额条件。',
      '1.其他先进制造业：上一年度纳入我区统计核算的营业收入5亿元以上;上一年度在我区纳税总额不低于7000万元。',
    ].join('\n\n');
    expect(extractIndicators(outlineOf(text), { kind: 'other', year: 2017 }).map((f) => [f.value, f.kind])).toEqual([
      [5, 'provision'],
      [7000, 'provision'],
    ]);
    // a plan's section on its conditions for growth is no list of conditions
    const plan = ['二、发展条件', '全市地区生产总值超过1000亿元。'].join('\n\n');
    expect(extractIndicators(outlineOf(plan), { kind: 'other', year: 2017 }).map((f) => f.kind)).toEqual(['actual']);
  });
  test('(含2亿元) after a bound restates it: no second figure', () => {
    expect(rule('年度总产值达到2亿元以上(含2亿元)的，给予0.05%的奖励。')).toEqual([
      ['总产值', 2, '亿元', 'provision'],
      ['奖励', 0.05, '%', 'provision'],
    ]);
    // a part named after 含 is a figure of its own
    expect(rule('安排资金100亿元(含中央资金20亿元)。').map((f) => f[1])).toEqual([100, 20]);
  });
  test("a run-in item's number, 或, 给予, 原则上 and 上一年度 are no part of a label", () => {
    // (and who the rule is for, named before its yearly measure: dev 186's labels are 年度总产值|总产值, 年度新增工业产值|新增工业产值)
    expect(rule('(二)非总部型建筑业企业年度总产值达到2亿元以上的，给予奖励。')[0]![0]).toBe('总产值');
    expect(rule('非总部型制造业企业年度新增工业产值1亿元以上的，或年度工业产值1亿元以上的，给予奖励。').map((f) => f[0])).toEqual(['新增工业产值', '工业产值']);
    expect(rule('对新型研发机构主办的学术会议，给予15万元资金支持。')[0]![0]).toBe('资金支持');
    // who the cap applies to (单个项目) and 最高 before the grant are no part of it either (dev 195)
    expect(rule('原则上单个项目最高配套额度为500万元。')[0]![0]).toBe('配套额度');
    expect(rule('上一年度在我区纳税总额不低于1000万元。')[0]![0]).toBe('纳税总额');
    // an article's number and its bracketed title run in with its text (第六条 【人才奖】对…)
    expect(rule('第六条 【人才奖】对年度应纳税工资薪金30万元以上(科研机构年度应纳税工资薪金20万元以上)的骨干人才，按照其个人经济贡献40%比例给予特殊人才奖励。')[0]![0]).toBe(
      '应纳税工资薪金',
    );
    expect(rule('【提升能级奖】非总部型建筑业企业年度总产值2亿元以上的，给予奖励。')[0]![0]).toBe('总产值');
    // only in a rule: a report's yearly measure keeps whose it is (review22)
    const report = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => f.label);
    expect(report('全市规模以上工业企业年度利润总额达到120亿元。')).toEqual(['规模以上工业企业年度利润总额']);
  });
  test("连续N年 before a bracket or a clause, and then a grant, is the grant's time limit; so is a span 最长 or 一般 不超过", () => {
    expect(rule('自落户后连续5年(在高新技术企业有效期内)，给予其经济贡献95%的奖励。')[0]).toEqual(['期限', 5, '年', 'provision']);
    expect(rule('认定后连续3年，以该企业获得的总补助资金为标准，再给予相同额度资金奖励。')).toEqual([['期限', 3, '年', 'provision']]);
    expect(rule('按照实际支付场租进行补贴，时间最长不超过5年，每年最高不超过200万元。')[0]).toEqual(['期限', 5, '年', 'provision']);
    expect(rule('在建设期内(一般不超过5年)，分期合计投入最高1亿元的建设运行费。')[0]).toEqual(['期限', 5, '年', 'provision']);
    // a trend of years with a clause after it is still no figure
    expect(extractFromParagraph('粮食连续五年增产，按可比价格计算增长3%。', { kind: 'actual', year: 2017 }).map((f) => f.value)).toEqual([3]);
  });
});

describe('plots of land, renminbi after the amount and a growth in tenths before its level (dev 183)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2015 }, 'zh-Hant').map((f) => [f.match, f.value, f.unit]);
  test('20幅住宅用地 counts plots (幅); 一幅 before a noun is a word', () => {
    expect(found('政府共推售20幅住宅用地。')).toEqual([['20幅', 20, '幅']]);
    expect(found('這是一幅圖畫。')).toEqual([]);
  });
  test('8,500億元人民幣: the currency said after the amount is its unit', () => {
    expect(found('平均每天處理金額高達8,500億元人民幣。')).toEqual([['8,500億元人民幣', 8500, '億元人民幣']]);
  });
  test('增加六成至63,000億元: the share in tenths is no range with the level after 至', () => {
    expect(found('交易按年增加六成至63,000億元。').map(([m]) => m)).not.toContain('六成至63,000億元');
  });
});

describe('money a speaker gives is labelled by what it funds, said after it (dev 183)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'target', year: 2015 }, 'zh-Hant').map((f) => [f.match, f.label]);
  test.each([
    ['我會在未來3年預留2,300萬元，向中小企提供知識產權諮詢服務。', '2,300萬元', '知識產權諮詢服務'],
    ['我亦會在未來3年增撥2億500萬元，支援更多青年人到內地交流和實習。', '2億500萬元', '青年人到內地交流和實習'],
    ['我會撥款1億元推行一項為期3年的先導計劃，聚焦於保險界別。', '1億元', '先導計劃'],
    ['我將投放1億3,000萬元加強託兒服務，支援婦女。', '1億3,000萬元', '託兒服務'],
    ['我在今年會再提供1億元，透過議會加強培訓更多熟練工人。', '1億元', '培訓更多熟練工人'],
    // the funding verb in the past (預留了) and a build verb after the purpose verb (支持建設…) do not hide what it funds (dev 248)
    ['我在去年的預算案預留了100億元支援創科發展。', '100億元', '創科發展'],
    ['我亦會預留100億元支持建設醫療科技創新平台和人工智能及機械人科技創新平台，吸引頂尖的科研機構。', '100億元', '醫療科技創新平台和人工智能及機械人科技創新平台'],
    ['我们拨出了5亿元支持兴建社区会堂。', '5亿元', '社区会堂'],
    // 推展 and 延展 say what money is for, 動用 (动用) gives it (dev 144, 183, 248)
    ['政府除了預留200億元推展地區體育和康樂設施外，更會向財務委員會申請約319億元。', '200億元', '地區體育和康樂設施'],
    ['我們會再投放1億5,000萬元，延展計劃5年。', '1億5,000萬元', '計劃'],
    ['醫管局已動用5億元推行紓緩措施，減輕前線醫護壓力。', '5億元', '紓緩措施'],
  ])('%s', (text, match, label) => {
    expect(labels(text)).toContainEqual([match, label]);
  });
  test('what points back (以上一系列措施) names nothing: the verb stays (dev 120)', () => {
    expect(labels('我建議預留 5 億元 ， 推行以上一系列措施 。')).toEqual([['5 億元', '預留']]);
    expect(labels('我會向多元卓越獎學金注資2億元，支持在學術成績以外有卓越表現的學生。').map(([, l]) => l)).not.toContain('在學術成績以外');
  });
  test('a funder named before the money keeps it (国家财政安排资金)', () => {
    expect(extractFromParagraph('国家财政安排32.5亿元帮助解决北方农村中小学取暖问题。', { kind: 'actual' }).map((f) => f.label)).toEqual(['国家财政安排资金']);
  });
});

describe('kinds in a spoken budget: 將 before what is given, 已經 in its own clause (dev 183)', () => {
  const kinds = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2015 }, 'zh-Hant').map((f) => [f.match, f.kind]);
  test.each([
    ['廣東對香港的服務提供者，將開放153個服務貿易部門。', '153個', 'target'],
    ['首屆計劃有90人參與，在下一年度將提供250個實習名額。', '250個', 'target'],
    ['新酒店計劃將分別啟動，合共提供2 200多個房間。', '2 200多個', 'target'],
    ['政府會在2019年年底前淘汰82 000輛柴油商業車，現時已經淘汰22 000輛。', '22 000輛', 'actual'],
    // a present level beside what will be raised (dev 53), not the baseline 由現時的…
    ['來年我們將再次提高幼稚園資助：現時最高的津貼額為41,000元；津貼額將提高至62,600元。', '41,000元', 'actual'],
  ])('%s', (text, match, kind) => {
    expect(kinds(text)).toContainEqual([match, kind]);
  });
});

describe('可 that begins a word is no modal verb (dev 177: 可再生能源装机占比 lost its 可)', () => {
  test.each([
    ['可再生能源装机占比超过55%。', '可再生能源装机占比'],
    ['可持续发展投资100亿元。', '可持续发展投资'],
    ['可以节约用水100万吨。', '节约用水'],
  ])('%s → %s', (text, label) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => f.label)).toEqual([label]);
  });
});

describe('a target adverb, 首次 and a period word stay out of a label (dev 178, 180, 245)', () => {
  test.each([
    ['高中阶段教育毛入学率力争达到60%左右。', '高中阶段教育毛入学率'],
    ['全社会固定资产投资率调控在35%左右。', '全社会固定资产投资率'],
    ['外贸进出口总值首次突破700亿元。', '外贸进出口总值'],
    ['“十五”期间全国新增供水能力400亿立方米。', '新增供水能力'],
    ['力争“十五五”时期地区生产总值年均增长5%左右。', '地区生产总值'],
    ['粮食产量确保1.3万亿斤以上。', '粮食产量'],
  ])('%s → %s', (text, label) => {
    expect(extractFromParagraph(text, { kind: 'target' }, 'zh-Hans').map((f) => f.label)).toEqual([label]);
  });
});

describe('a quantity before 级 names a class of the noun, not a figure of it (dev 178)', () => {
  test.each([
    ['研制出全国首台25兆瓦级风电主轴轴承、全球首台10米液压支架。', [['10米', '液压支架']]],
    ['建成7亿吨级大型矿产地35处。', [['35处', '大型矿产地']]],
    ['打造4个千亿级产业集群。', [['4个', '千亿级产业集群']]],
  ])('%s', (text, expected) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => [f.match, f.label])).toEqual(expected);
  });
});

describe('a city report’s review: the verb of what was done before a count, a predicate after the counted noun (dev 192-194)', () => {
  test.each([
    // the verb says how the count came about (actionVerbs): its object is what is counted
    ['启动14个民生领域重大项目。', [['民生领域重大项目', 14]]],
    ['打通未贯通道路40条。', [['未贯通道路', 40]]],
    ['修复17块污染地块。', [['污染地块', 17]]],
    ['消除中心城区易积水点位29处。', [['中心城区易积水点位', 29]]],
    ['累计淘汰老旧车辆58万辆。', [['老旧车辆', 58]]],
    ['筹建保障性租赁住房9.56万套。', [['保障性租赁住房', 9.56]]],
    ['保护提升历史文化街区13个。', [['历史文化街区', 13]]],
    // making laws and releasing a dividend say how the figure came about too (dev 204, 244); easing a burden is the figure (dev 14)
    ['制定地方性法规6部。', [['地方性法规', 6]]],
    ['减轻企业和居民负担约5000亿元。', [['减轻企业和居民负担', 5000]]],
    ['释放失业保险稳岗惠企政策红利39.9亿元。', [['失业保险稳岗惠企政策红利', 39.9]]],
    // a predicate after the counted noun ends it (nounStops, predicate_adverbs)
    ['4个可信数据空间纳入国家试点。', [['可信数据空间', 4]]],
    ['1.2万户相对集中居住农户入住新居。', [['相对集中居住农户', 1.2]]],
    // 收入住房 is 收入 | 住房, no 入住 (dev 14)
    ['解决750万户城市低收入住房困难家庭的住房问题。', [['城市低收入住房困难家庭', 750]]],
    ['15个“沪派江南”风貌保护传承试点稳步推进。', [['“沪派江南”风貌保护传承试点', 15]]],
  ] as const)('%s', (text, expected) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => [f.label, f.value])).toEqual(expected);
  });
});

describe('a bare noun counted before a verb of selection names what was selected (selection_verbs, dev 71, 72, 117, 192)', () => {
  test.each([
    ['泰晟纺织等8个项目列入省、市重点。', [['项目', 8]]],
    ['石嘴山先进材料等3个平台入选国家重点培育名单。', [['平台', 3]]],
    ['12家单位入选全国首批重点培育中试平台。', [['单位', 12]]],
    // a noun of its own is still cut before the verb (nounStops)
    ['4个可信数据空间纳入国家试点。', [['可信数据空间', 4]]],
    // without a verb of selection a bare noun names nothing
    ['对8个项目实行常态化精准帮扶。', []],
  ] as const)('%s', (text, expected) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => [f.label, f.value])).toEqual(expected);
  });
});

describe('预期 as the object of a verb is expectations, not a forecast; a phrase of circumstance is no label (dev 192)', () => {
  test.each([
    ['全力稳预期，制定实施增量政策，全市招商引资签约项目数与合同额分别增长22.1%、15.1%。', ['actual', 'actual']],
    ['着力提振预期，社会消费品零售总额增长3.1%。', ['actual']],
    // the verb of a forecast still makes one
    ['预期全市生产总值增长5%。', ['estimate']],
  ])('%s', (text, kinds) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => f.kind)).toEqual(kinds);
  });

  // in a plan's targets (a plan, a work plan: figures planned unless a section says otherwise) 预期 is the verb of a target,
  // as in 预期性指标 (经济增长速度预期为年均7％左右, dev 180); 预计 still forecasts, and a report's 预期 still makes an estimate
  test.each([
    ['“十五”期间宏观调控的主要预期目标是：经济增长速度预期为年均7％左右，到2005年国内生产总值达到12.5万亿元左右。', 'target', ['target', 'target']],
    ['全市生产总值预期增长6%左右。', 'target', ['target']],
    ['预计全市生产总值增长6%左右。', 'target', ['estimate']],
    ['预期约50万名长者受惠。', 'actual', ['estimate']],
  ] as const)('%s (%s) → %o', (text, kind, kinds) => {
    expect(extractFromParagraph(text, { kind }, 'zh-Hans').map((f) => f.kind)).toEqual(kinds);
  });

  test.each([
    ['外贸进出口在对美贸易下降超3成的情况下增长12%。', '外贸进出口'],
    ['工业投资在基数较高的背景下增长8.5%。', '工业投资'],
  ])('%s → %s', (text, label) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => f.label)).toEqual([label]);
  });

  // 在…(的)基础上 closes with 上 (circumstance_nouns: 基础; dev 179, 256, 331, 638): the phrase is no label, and a figure inside it is
  // named by the phrase's words before it
  test.each([
    ['粮食总产量在上年大幅度增长的基础上，又增产1454万吨，达到48401万吨。', ['粮食总产量', '粮食总产量']],
    ['今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。', ['经济增长预期目标']],
    ['在新增减税降费近50亿元的基础上，实现地方一般公共预算收入152亿元，增长6%。', ['新增减税降费', '地方一般公共预算收入']],
    ['全年发电利用小时300（不含）-500（含）小时以内的电量电价，在上述电价基础上每千瓦时增加0.1元。', ['电量电价']],
    // a base year inside the phrase (dev 494's 人均地区生产总值在2020年基础上翻一番): the phrase goes before the year can take its 在
    ['“十五五”时期，单位地区生产总值能耗在2020年基础上下降14.5%。', ['单位地区生产总值能耗']],
    ['地区生产总值在2020年的基础上翻一番，达到100亿元。', ['地区生产总值']],
  ])('%s → %o', (text, labels) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => f.label)).toEqual(expect.arrayContaining(labels));
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => f.label)).not.toContainEqual(expect.stringContaining('基础上'));
  });
});

describe('review of session 14: 开放 before a noun that is no scene, a basis year', () => {
  test.each([
    ['新增开放数据集200个。', '新增开放数据集'],
    ['建成开放创新平台5家。', '开放创新平台'],
    ['开放应用场景300个以上。', '应用场景'],
    // the 比 of a basis year goes with the year (a bare 比 at the end still ends a ratio's name: 存贷比)
    ['地区生产总值比2010年翻一番，达到5000亿元。', '地区生产总值'],
    ['存贷比2020年末为43.29%。', '存贷比'],
  ])('%s', (text, label) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => f.label)).toEqual([label]);
  });
});

describe('a bound before a noun that the next figure counts is a class of that noun (dev 194)', () => {
  test.each([
    ['开工建设10亿元以上重大产业项目47个。', [['47个', '重大产业项目']]],
    ['引进投资5000万元以上产业项目32个。', [['32个', '产业项目']]],
    // a bound said before the number (超, 突破), the multiplier alone too (review)
    ['培育超1000亿元龙头企业3家。', [['3家', '龙头企业']]],
    ['培育超万亿元产业集群3个。', [['3个', '产业集群']]],
    ['打造突破亿元龙头企业5家。', [['5家', '龙头企业']]],
    // a bare noun (bare_nouns) names no class without its bound: the bound, comparator word and all, stays in the label (dev 462)
    [
      '新增省级龙头企业7个，超亿元企业达到10家。',
      [
        ['7个', '新增省级龙头企业'],
        ['10家', '超亿元企业'],
      ],
    ],
    ['超5000万元企业达到10家。', [['10家', '超5000万元企业']]],
    ['超亿元企业10家。', [['10家', '超亿元企业']]],
    ['引进5000万元以上项目32个。', [['32个', '5000万元以上项目']]],
    // the measure the bound is of goes with it (dev 313)
    ['新增投资额超亿元项目284个。', [['284个', '新增投资额超亿元项目']]],
    // a bound that the clause's next figure does not count stays a figure
    [
      '城镇新增就业10万人以上，新增市场主体5万户。',
      [
        ['10万人以上', '城镇新增就业'],
        ['5万户', '新增市场主体'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => [f.match, f.label])).toEqual(expected);
  });
});

describe('a bound on what a count counts is a threshold, no figure (dev 460)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => [f.match, f.label]);
  test('11个…收入过10亿元，其中1个过50亿元: the counts are the figures, 过 a bound as 超 is', () => {
    const figures = found('县域经济“三年倍增计划”如期完成，11个县区、开发区公共财政收入过10亿元，其中1个过50亿元。');
    expect(figures.map(([m]) => m)).toEqual(['11个', '1个']);
    expect(figures[1]?.[1]).toBe(figures[0]?.[1]);
  });
  test('the same with 超过', () => {
    expect(found('11个县区公共财政收入超过10亿元，其中1个超过50亿元。').map(([m]) => m)).toEqual(['11个', '1个']);
  });
  test('a total a count of things has with no part after it stays a figure (dev 365)', () => {
    expect(found('24个特色产业开票销售收入突破2600亿元。').map(([m]) => m)).toContain('突破2600亿元');
  });
  test('过 of a verb is no bound', () => {
    expect(found('经过5年奋斗，钢产量达到900万吨。').map(([m]) => m)).toEqual(['900万吨']);
  });
});

describe('a bound that opens its clause or list item before a noun names a class of the noun, no figure (dev 177, 193)', () => {
  test.each([
    ['行政村和20户以上自然村全部通硬化路，改造农村危房5.2万户。', [['5.2万户', '农村危房']]],
    ['新建改造老旧管网6562公里，30年以上燃气管道动态清零。', [['6562公里', '老旧管网']]],
    // after the words of a metric, or with a verb after it, a bound is a figure
    ['城镇新增就业10万人以上。', [['10万人以上', '城镇新增就业']]],
    ['1万人以上参加培训。', [['1万人以上', '参加培训人数']]],
  ])('%s', (text, expected) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => [f.match, f.label])).toEqual(expected);
  });
});

test('a share in tenths that opens its clause is a rate, as % is, not a class (dev 122: 六成以上屬於服務行業)', () => {
  expect(extractFromParagraph('中小企业共27000家，六成以上属于服务行业。', { kind: 'actual' }, 'zh-Hans').map((f) => f.match)).toContain('六成以上');
});

describe('总投资 after a count of projects is a metric of its own (dev 60, 192, 204)', () => {
  test.each([
    ['京津保合作项目572项、总投资7139亿元。', ['京津保合作项目', '总投资']],
    ['枢纽港产业园新签约产业项目139个、总投资1022亿元。', ['新签约产业项目', '总投资']],
    // a generic word still takes the metric before it
    ['高新技术企业新增800家，总数达到6120家。', ['高新技术企业', '高新技术企业总数']],
  ])('%s', (text, labels) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => f.label)).toEqual(labels);
  });
});

describe('创建 and 落户 after a counted noun end it; 扩建 and 新改建 are verbs of how (dev 179, 192, 193, 204)', () => {
  test.each([
    ['完成42个市级乡村振兴示范区创建。', [['市级乡村振兴示范区', 42]]],
    ['38个振兴县域教育实验基地落户保定。', [['振兴县域教育实验基地', 38]]],
    ['改建、扩建农村寄宿制学校2400多所。', [['农村寄宿制学校', 2400]]],
    ['新改建城镇供排水管网3500公里。', [['城镇供排水管网', 3500]]],
  ] as const)('%s', (text, expected) => {
    expect(extractFromParagraph(text, { kind: 'actual' }, 'zh-Hans').map((f) => [f.label, f.value])).toEqual(expected);
  });
});

describe('incentive schemes of Nansha (dev 195-197)', () => {
  const rule = (text: string) => extractFromParagraph(text, { kind: 'target', rules: true, year: 2017 }).map((f) => [f.label, f.value, f.unit, f.kind]);
  test('最高 and 最低 before a rate bound it: no 高 or 低 of a change', () => {
    expect(rule('后2年给予企业地方经济贡献最高70%的奖励。')).toEqual([['奖励', 70, '%', 'provision']]);
    expect(extractFromParagraph('贷款利率最低3%。', { kind: 'actual', year: 2017 }).map((f) => [f.label, f.value, f.change])).toEqual([['贷款利率', 3, undefined]]);
    // 高 after a basis is still a change
    expect(extractFromParagraph('工业增加值增速比全国高2个百分点。', { kind: 'actual', year: 2017 }).map((f) => [f.label, f.change?.value])).toEqual([['工业增加值增速', 2]]);
  });
  test('the words between 给予 and the grant noun name the grant with it, but not who is given to (grant_recipients)', () => {
    expect(rule('对骨干人才，按照其个人经济贡献40%比例给予特殊人才奖励。')).toEqual([['特殊人才奖励', 40, '%', 'provision']]);
    expect(rule('对融资租赁企业，按实缴注册资本的1%给予落户奖励。')).toEqual([['落户奖励', 1, '%', 'provision']]);
    expect(rule('对国家级的给予100%的资金配套，最高500万元。').map((f) => f[0])).toEqual(['资金配套', '资金配套']);
    expect(rule('按不高于合同额的0.5%(含)给予融资租赁企业奖励。').map((f) => f[0])).toEqual(['奖励']);
    expect(rule('省级分别给予企业一次性奖补50万元。').map((f) => f[0])).toEqual(['一次性奖补']);
    // after 的, 予以 ends the words before the grant as 给 does
    expect(rule('按每月每平方米最高50元的标准予以场地补贴。').map((f) => f[0])).toEqual(['场地补贴']);
  });
  test('who or when a cap applies to (单个企业, 每个平台, 该年度), 最高 before a grant and the base of a share it caps (为其…的) are no part of a label', () => {
    expect(rule('单个企业年度补贴金额不超过300万元。')).toEqual([['补贴金额', 300, '万元', 'provision']]);
    expect(rule('每个平台奖励金额不超过100万元。')).toEqual([['奖励金额', 100, '万元', 'provision']]);
    expect(rule('按实缴注册资本的1%给予落户奖励，最高奖励800万元。').map((f) => f[0])).toEqual(['落户奖励', '奖励']);
    expect(rule('每家企业每年最高支持200万元。').map((f) => f[0])).toEqual(['支持']);
    expect(rule('经评定给予每年补助经费50万元。').map((f) => f[0])).toEqual(['补助经费']);
    expect(rule('该年度一次性奖励100万元。').map((f) => f[0])).toEqual(['一次性奖励']);
    expect(rule('两项奖励总额最高为其个人经济贡献的100%。').map((f) => f[0])).toEqual(['两项奖励总额']);
    // 最高 before a noun that is no grant stays (最高扣減額, dev 70)
    expect(extractFromParagraph('最高扣減額為10萬元。', { kind: 'target', year: 2004 }, 'zh-Hant').map((f) => f.label)).toEqual(['最高扣減額']);
  });
  test('a cap with nothing of its own takes the grant given earlier with 予以 too, or after 最高分别', () => {
    expect(rule('按每月每平方米最高50元的标准予以场地补贴，补贴期限为3年，每年最高不超过300万元。')).toEqual([
      ['场地补贴', 50, '元', 'provision'],
      ['补贴期限', 3, '年', 'provision'],
      ['场地补贴', 300, '万元', 'provision'],
    ]);
    expect(rule('分别按照资助金额的100%、70%、50%给予资金配套支持，最高分别不超过500万元、300万元、100万元。').map((f) => f[0])).toEqual(Array(6).fill('资金配套'));
  });
  test('a bracket that bounds the same measure for a part of those bounded is a figure of that measure', () => {
    expect(rule('对年度应纳税工资薪金30万元以上(科研机构年度应纳税工资薪金20万元以上)的骨干人才，给予奖励。')).toEqual([
      ['应纳税工资薪金', 30, '万元', 'provision'],
      ['应纳税工资薪金', 20, '万元', 'provision'],
    ]);
    // a bracket of another measure keeps its own words
    expect(rule('每新增一条外贸航线(年度吞吐量超过1万TEU)给予最高300万元的奖励。').map((f) => f[0])).toEqual(['吞吐量', '奖励']);
  });
  test('连续3年每年给予: the years are the grant’s time limit', () => {
    expect(rule('租赁场地的，连续3年每年给予50%的租金补贴。')).toEqual([
      ['期限', 3, '年', 'provision'],
      ['租金补贴', 50, '%', 'provision'],
    ]);
  });
  test('an amount bounded before 的 and who the rule is for is a condition of the measure named before it, no grant', () => {
    expect(rule('对设立商品展示交易平台，年度交易金额超过10亿美元的企业给予补贴。')).toEqual([['交易金额', 10, '亿美元', 'provision']]);
    expect(rule('对交易额在100亿元以上的大宗商品交易平台予以奖励。').map((f) => f[0])).toEqual(['交易额']);
    // an amount before 的 and a grant is the grant's
    expect(rule('给予最高1000万元的奖励。').map((f) => f[0])).toEqual(['奖励']);
  });
  test('上年度 leaves a label whole (was 度跨境电子商务出口额)', () => {
    expect(rule('对实现上年度跨境电子商务出口额超2亿元的跨境电商企业，给予奖励。').map((f) => f[0])).toEqual(['跨境电子商务出口额']);
  });
  test('a grant after a share (80%奖励) or enjoyed (享受…补贴) is rule language', () => {
    expect(rule('按地方经济贡献额80%奖励。')).toEqual([['奖励', 80, '%', 'provision']]);
    expect(rule('从南沙口岸进口整车，享受每辆3000元的补贴。')).toEqual([['补贴', 3000, '元', 'provision']]);
  });
  test('符合下列…条件 and 符合本办法…条件 list conditions as 满足下列…条件 does: their bounds are provisions', () => {
    const kinds = (heading: string) =>
      extractIndicators(outlineOf([heading, '1.批发业：上一年度纳入我区统计核算的营业收入5亿元以上，且上一年度在我区纳税总额不低于900万元。'].join('\n\n')), {
        kind: 'other',
        year: 2017,
      }).map((f) => f.kind);
    expect(kinds('(二)符合下列行业营业收入及纳税总额条件。')).toEqual(['provision', 'provision']);
    expect(
      extractIndicators(outlineOf('(二)符合本办法扶持范围的企业营业收入及纳税总额条件：上一年度纳入我区统计核算的营业收入6000万元以上;上一年度在我区纳税总额不低于1000万元。'), {
        kind: 'other',
        year: 2017,
      }).map((f) => f.kind),
    ).toEqual(['provision', 'provision']);
  });
});

describe('an adverb of degree before a growth verb is no subject (change_adverbs, dev 122)', () => {
  test('the growth after a from-to is the change of the level reached', () => {
    const found = extractFromParagraph('有从事研究与开发活动的本地机构、企业，总数由870间增加至1223间，显著上升38%。', { kind: 'actual', year: 2003 }, 'zh-Hans');
    expect(found.map((f) => [f.value, f.change?.value])).toEqual([[1223, 38]]);
  });
  test('in a Traditional source too (顯著, whose analysis copy is 显著, not 显着)', () => {
    const found = extractFromParagraph('總數由 870 間增加至 1 223 間 ，顯著上升 38%；', { kind: 'actual', year: 2003 }, 'zh-Hant');
    expect(found.map((f) => [f.value, f.change?.value])).toEqual([[1223, 38]]);
  });
  test('a subject before the adverb keeps its growth a figure of its own', () => {
    expect(extractFromParagraph('进口大幅增长12%。', { kind: 'actual', year: 2003 }, 'zh-Hans').map((f) => f.label)).toEqual(['进口']);
  });
});

describe('a note in brackets after the words names nothing of the figure (note_openers, note_closers; dev 240)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'target', year: 2021 }).map((f) => f.label);
  test('a note of how a figure is measured', () => {
    expect(labels('全市地区生产总值（按可比价格计算）年均增长6%左右。')).toEqual(['地区生产总值']);
  });
  test('a note that a comma cuts in two is one with the words before it', () => {
    expect(labels('1962年的工农业总产值（包括现代工业、手工业和农业，下同），比1957年计划增长75%左右。')).toEqual(['工农业总产值']);
    expect(labels('工业产值（包括现代工业和手工业，下同）比1957年计划（系指第一个五年计划中的1957年计划，下同）增长1倍左右。')).toEqual(['工业产值']);
  });
  test('a bracket that holds figures of its own still parts its clauses, and a name in brackets stays', () => {
    expect(extractFromParagraph('优先电量规模（风电400小时，光伏300小时）。', { kind: 'target', year: 2021 }).map((f) => f.value)).toEqual([400, 300]);
    expect(labels('地级及以上城市细颗粒物（PM2.5）浓度下降10%。')).toEqual(['地级及以上城市细颗粒物（PM2.5）浓度']);
  });
});

describe('a plan asks or expects a figure: 要求 before its words and 可能, 应该 after them are no part of the label (dev 240)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'target', year: 1958 }).map((f) => f.label);
  test.each([
    ['五年内，要求新建铁路8,000-9,000公里。', ['铁路']],
    ['要求1962年社会商品零售额比1957年增加50%左右。', ['社会商品零售额']],
    ['预计执行的结果，生产资料工业的比重可能达到46%以上。', ['生产资料工业的比重']],
    ['五年内，农民的全部收入可能增长25一30%。', ['农民的全部收入']],
    ['工业投资的比重应该提高到60%左右。', ['工业投资的比重']],
  ] as const)('%s', (text, expected) => expect(labels(text)).toEqual(expected));
});

describe('a list of verbs before the noun stays whole (dev 240)', () => {
  test('新建和改建 is not 新建 before a label', () => {
    expect(extractFromParagraph('五年内，要求新建和改建的主要公路干线约为15,000-18,000公里。', { kind: 'target', year: 1958 }).map((f) => f.label)).toEqual(['主要公路干线']);
  });
});

describe('a from-to whose from-figure a plan dates by the plan before, after a modal (dev 240)', () => {
  const figs = (text: string) => extractFromParagraph(text, { kind: 'target', year: 1958 }).map((f) => [f.label, f.value, f.max, f.baseline?.value]);
  test('应该从第一个五年计划的…，提高到…: one figure, the from-figure its baseline', () => {
    expect(figs('在国家的基本建设投资总额中，工业投资的比重应该从第一个五年计划的58.2%，提高到60%左右。')).toEqual([['工业投资的比重', 60, undefined, 58.2]]);
    expect(figs('用于国防和行政费用的支出，应该从第一个五年计划的32%左右，下降为20%左右。')).toEqual([['国防和行政费用的支出', 20, undefined, 32]]);
  });
  test('a plan named by its number or its short name, at its end', () => {
    expect(figs('用于经济和文化建设的支出，应该从第一个五年计划的56%左右，提高到60―70%。')).toEqual([['经济和文化建设的支出', 60, 70, 56]]);
    expect(figs('研发经费投入强度由“十三五”末的2.4%提高到3%。')).toEqual([['研发经费投入强度', 3, undefined, 2.4]]);
  });
});

describe('a clause that only frames the sentence (在…中, 在…期间, 在…的基础上, 为着…) is no topic (dev 240)', () => {
  test('the topic is the first clause after the frames', () => {
    const found = extractFromParagraph('在第二个五年计划的财政支出总数中，用于经济和文化建设的支出，应该从第一个五年计划的56%左右，提高到60―70%。', { kind: 'target', year: 1958 });
    expect(found.map((f) => [f.label, f.value, f.max])).toEqual([['经济和文化建设的支出', 60, 70]]);
  });
  test('a connective alone is no topic either', () => {
    const found = extractFromParagraph('这样，第二个五年国家的基本建设投资，可以比第一个五年大约增加1倍左右。', { kind: 'target', year: 1958 });
    expect(found.map((f) => f.label)).toEqual(['基本建设投资']);
  });
});

describe('分别 after a list of ordinals that share their noun (第一、二、三产业; dev 180)', () => {
  test('each ordinal takes the noun and the words after it', () => {
    const found = extractFromParagraph('2005年第一、二、三产业增加值占国内生产总值的比重分别为13%、51%和36%。', { kind: 'target', year: 2001 });
    expect(found.map((f) => [f.label, f.value])).toEqual([
      ['第一产业增加值占国内生产总值的比重', 13],
      ['第二产业增加值占国内生产总值的比重', 51],
      ['第三产业增加值占国内生产总值的比重', 36],
    ]);
  });
});

describe('分别 after one subject with no list: each figure of the run measures it (dev 180)', () => {
  test('the middle figure of the run too', () => {
    const found = extractFromParagraph('2005年第一、二、三产业增加值的比重分别为13%、51%和36%，从业人员占全社会从业人员的比重分别为44%、23%和33%。', {
      kind: 'target',
      year: 2001,
    });
    expect(found.slice(3).map((f) => f.label)).toEqual(['从业人员占全社会从业人员的比重', '从业人员占全社会从业人员的比重', '从业人员占全社会从业人员的比重']);
  });
});

describe('a clause that only frames the sentence (frameClause, dev 240)', () => {
  // 在…中 frames only when the clause ends there: a clause that opens with 在 and holds 中 inside a word is a topic
  test.each(['在第二个五年计划的财政支出总数中', '在第二个五年计划期间', '在财政收入增加的基础上', '为着加速社会主义建设', '因此'])('%s frames', (clause) =>
    expect(frameClause.test(clause)).toBe(true),
  );
  test.each(['在中小企业推广数字化改造', '在校学生中选拔志愿者', '在建项目期间完成投资'])('%s does not', (clause) => expect(frameClause.test(clause)).toBe(false));
});

describe('a share and its count in brackets are of the one noun after them both (countInBrackets, dev 329)', () => {
  test('全国72.1%（2205个）的政务大厅 → 政务大厅 twice', () => {
    const found = extractFromParagraph('普查显示，全国72.1%（2205个）的政务大厅建立了综合审批管理平台。', { kind: 'actual', year: 2017 });
    expect(found.map((f) => [f.match, f.label])).toEqual([
      ['72.1%', '政务大厅'],
      ['2205个', '政务大厅'],
    ]);
  });
  // an amount restated in another currency is no count of the noun after it
  test.each(['（2205个）的', '(约300家)的'])('%s is a count', (text) => expect(countInBrackets.test(text)).toBe(true));
  test.each(['（302.2億美元）', '（其中2205个）'])('%s is none', (text) => expect(countInBrackets.test(text)).toBe(false));
});

describe('a whole that includes examples closed by 等 before its count (inclusion_verbs, dev 354)', () => {
  // X包括A、B等19项: the examples say what X holds; the count is X's, not the last example's
  test('稳外贸相关税收政策包括…等19项 → 稳外贸相关税收政策', () => {
    const found = extractFromParagraph('其中，稳外贸相关税收政策包括出口货物劳务税收政策、外贸新业态税收政策等19项，稳外资相关税收政策包括鼓励外商投资税收政策等32项。', {
      kind: 'actual',
      year: 2024,
    });
    expect(found.map((f) => [f.match, f.label])).toEqual([
      ['19项', '稳外贸相关税收政策'],
      ['32项', '稳外资相关税收政策'],
    ]);
  });
});

describe('a sentence that opens with its year alone, and a record said of its subject (record_words, dev 354)', () => {
  // 2023年，… is the time of the sentence, no topic: the clause after it is; 再创新高 says how the subject fared, no part of its name
  test.each(['2023年', '去年', '今年'])('%s frames', (clause) => expect(frameClause.test(clause)).toBe(true));
  test.each(['2023年计划', '今年新增'])('%s does not', (clause) => expect(frameClause.test(clause)).toBe(false));
  test.each([
    ['2023年，粮食产量再创新高，达到69541万吨。', '粮食产量'],
    ['粮食产量再创新高，达到69541万吨。', '粮食产量'],
    ['旅客吞吐量创历史新高，达到5000万人次。', '旅客吞吐量'],
  ] as const)('%s → %s', (text, label) => expect(extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => f.label)[0]).toBe(label));
  test('a clause that ends in a record names what the level after it is of, after a topic of its own (recordEnd, dev 120)', () => {
    const found = extractFromParagraph('去年 ， 香港的旅遊業表現強勁 ， 入境旅客創出歷史新高 ， 達 2 181 萬人次 。', { kind: 'actual', year: 2004 }, 'zh-Hant');
    expect(found.map((f) => [f.match, f.label])).toEqual([['2 181 萬人次', '入境旅客']]);
  });
});

describe('a clause that says what source shows what follows (普查显示, 调查显示: evidence_verbs) frames the sentence, no topic (dev 329)', () => {
  test.each(['普查显示', '调查显示', '数据显示', '监测显示', '皮尤研究中心的一项调查显示', '统计结果表明'])('%s frames', (clause) => expect(frameClause.test(clause)).toBe(true));
  // a noun that holds the verb's characters is no such clause
  test.each(['新型显示产业', '超高清视频显示'])('%s does not', (clause) => expect(frameClause.test(clause)).toBe(false));
  test('a figure after it takes its own noun, not the source', () => {
    const found = extractFromParagraph('普查显示，全国72.1%（2205个）的政务大厅建立了综合审批管理平台，但其中超过70%的平台未能与部门办事系统实现数据共享。', {
      kind: 'actual',
      year: 2017,
    });
    expect(found.map((f) => f.label)).not.toContain('普查显示');
  });
});

describe('a growth joined by 、 to the level it reached is that level’s change (dev 359)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => [f.match, f.label, f.change?.value]);
  test.each([
    ['绿色智能计算产业产值增长19.2%、突破8500亿元。', [['突破8500亿元', '绿色智能计算产业产值', 19.2]]],
    ['新能源汽车产量增长94.5%、达168.4万辆。', [['168.4万辆', '新能源汽车产量', 94.5]]],
    ['地区生产总值同比增长6.1%、突破2万亿元大关。', [['突破2万亿元', '地区生产总值', 6.1]]],
    // a total noun (total_nouns) and a level verb after the growth: the total of what grew
    ['地区生产总值增长5%，总量达到1000亿元。', [['1000亿元', '地区生产总值', 5]]],
    ['旅游收入增长12%、总额突破300亿元。', [['突破300亿元', '旅游收入', 12]]],
  ] as const)('%s', (text, figures) => expect(found(text)).toEqual(figures));
  // a level with a subject of its own is a figure of its own (dev 244)
  test('地方一般公共预算收入增长2.3%、支出首次超过7000亿元', () =>
    expect(found('地方一般公共预算收入增长2.3%、支出首次超过7000亿元。').map((f) => f[1])).toEqual(['地方一般公共预算收入', '地方一般公共预算支出']));
});

describe('a comparison with a larger place names no metric for the figures after it (comparison_verbs, benchmark_scopes; dev 359)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => f.label);
  test('a total after the comparison does not take it as its subject', () =>
    expect(labels('四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%、总量达5.3万亿元。').filter((l) => l.startsWith('高于全国'))).toEqual(['高于全国']));
  test('a growth without a subject of its own takes the metric said before the comparison', () =>
    expect(labels('工业投资增长6%、高于全国2个百分点，全年增长7%。')).toEqual(['工业投资', '高于全国', '工业投资']));
});

describe('分别 before a list whose unit only its last item writes: every item takes it (dev 358)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => [f.match, f.value, f.unit, f.change?.value]);
  test('the changes of a run of shares (分别提高11.1、11.2个百分点)', () =>
    expect(found('生产型企业进出口占外贸比重78.7%，机电产品出口占出口比重62.6%，分别提高11.1、11.2个百分点。')).toEqual([
      ['78.7%', 78.7, '%', 11.1],
      ['62.6%', 62.6, '%', 11.2],
    ]));
  test('two figures of their own (1.5和2.5个百分点)', () =>
    expect(found('两项比重分别提高1.5和2.5个百分点。').map((f) => [f[1], f[2]])).toEqual([
      [1.5, '个百分点'],
      [2.5, '个百分点'],
    ]));
  // no 分别: numbers of a name or a date stay none
  test.each(['地铁1、2号线建成通车。', '项目分别于3、4月开工。'])('%s', (text) => expect(found(text)).toEqual([]));
});

describe('a count’s noun and the action after it name the figure together: 启动, 获 (countedAction; dev 358, 359)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => f.label);
  test.each([
    ['12个项目获国家科学技术奖。', '获国家科学技术奖的项目'],
    ['8项成果获国家科学技术奖。', '获国家科学技术奖的成果'],
    ['1.02万家企业启动数字化改造。', '启动数字化改造的企业'],
    // 启动 inside a noun names no action
    ['安排1000万元启动资金。', '启动资金'],
    ['建设3个启动区。', '启动区'],
  ] as const)('%s → %s', (text, label) => expect(labels(text)).toEqual([label]));
});

describe('counted_noun_verbs: 挂牌 and 享誉 end the noun a count counts (dev 360)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => f.label);
  test.each([
    ['6个设区市晋创谷挂牌运营。', '设区市晋创谷'],
    ['3家产业研究院挂牌成立。', '产业研究院'],
    ['120个“山西精品”享誉海内外。', '山西精品'],
  ] as const)('%s → %s', (text, label) => expect(labels(text)).toEqual([label]));
});

describe('counted_noun_verbs: 建立 and 摘帽 end the noun a count counts (dev 355, 363)', () => {
  const labels = (text: string, year: number) => extractFromParagraph(text, { kind: 'actual', year }).map((f) => f.label);
  test.each([
    ['组织近300个派出所建立三级反诈中心，形成市局、分局、派出所三级劝阻体系。', 2024, '派出所'],
    ['全国将有340个左右贫困县摘帽。', 2020, '贫困县'],
  ] as const)('%s → %s', (text, year, label) => expect(labels(text, year)).toEqual([label]));
  // not where 建立 only straddles a building verb and a noun that opens with 立 (新建|立交, 重建|立交桥): the count counts the interchanges
  test.each(['全市12个新建立交工程全部完工。', '今年共有8个重建立交桥项目开工建设。'])('%s: one figure, labelled by the 立交 it counts', (text) => {
    const found = labels(text, 2020);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/立交/);
  });
});

describe('挂牌 ends a counted noun only with what it opens (dev 72, 360)', () => {
  test('5家企业在天交所挂牌上市 → 挂牌上市企业', () =>
    expect(extractFromParagraph('图强公司、柏立信公司等5家企业在天交所挂牌上市。', { kind: 'actual', year: 2016 }).map((f) => f.label)).toEqual(['挂牌上市企业']));
});

describe('分别 after a share of one subject with no list (占…比重) pairs it with the items of the run before (dev 358)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => f.label);
  test('分别提高到', () =>
    expect(labels('高技术制造业、装备制造业增加值分别增长12.5%、13.1%，占规模以上工业比重分别提高到21.7%、33.6%。').slice(2)).toEqual([
      '高技术制造业增加值占规模以上工业比重',
      '装备制造业增加值占规模以上工业比重',
    ]));
  test('分别为, three items', () =>
    expect(labels('甲产业、乙产业、丙产业分别增长1%、2%、3%，占全省比重分别为10%、20%、30%。').slice(3)).toEqual(['甲产业占全省比重', '乙产业占全省比重', '丙产业占全省比重']));
  // dev 180: a subject of its own, not a share 占 opens, stays what each level measures
  test('从业人员占…的比重 keeps its subject', () =>
    expect(labels('2005年第一、二、三产业增加值的比重分别为13%、51%和36%，从业人员占全社会从业人员的比重分别为44%、23%和33%。').slice(3)).toEqual([
      '从业人员占全社会从业人员的比重',
      '从业人员占全社会从业人员的比重',
      '从业人员占全社会从业人员的比重',
    ]));
});

describe('session 21: figures of news and interviews (dev 386-388)', () => {
  test('最高 in the name of the supreme court or procuratorate (最高人民检察院, 最高检) is no cap of a rule', () => {
    const text = '最高人民检察院、公安部联合挂牌督办第四批8起特大跨境电信网络诈骗犯罪案件。最高检、公安部先后挂牌督办三批13起案件。';
    expect(extractIndicators(outlineOf(text), { kind: 'other', year: 2024 }).map((f) => [f.value, f.kind])).toEqual([
      [8, 'actual'],
      [13, 'actual'],
    ]);
    // a cap stays one
    expect(extractIndicators(outlineOf('最高人民检察院、公安部联合挂牌督办8起案件。对认定的企业最高奖励500万元。'), { kind: 'other', year: 2024 }).map((f) => f.kind)).toEqual([
      'actual',
      'provision',
    ]);
  });
  test("a part of the document's year named by its number (2024年二季度末, 2024年8月份) has passed, as 今年上半年 has", () => {
    const text = '央行统计，2024年二季度末，金融机构人民币各项贷款余额250.85万亿元，同比增长8.8%。国家新闻出版署公布2024年8月份国产网络游戏审批信息，共117款游戏获批。';
    expect(extractIndicators(outlineOf(text), { kind: 'news', year: 2024 }).map((f) => [f.value, f.kind, f.period])).toEqual([
      [250.85, 'actual', 2024],
      [117, 'actual', 2024],
    ]);
    // the same as numbered items, whose first sentence is the item's title: a title that names the past part of the document's
    // year reviews it (as 今年上半年), while one that names the year alone still plans it
    const items = ['标题', '一、2024年工作安排', '新建学校5所。', '二、动态', '1、国家新闻出版署公布2024年8月份国产网络游戏审批信息，共117款游戏获批。'].join('\n\n');
    expect(extractIndicators(outlineOf(items), { kind: 'news', year: 2024 }).map((f) => [f.value, f.kind])).toEqual([
      [5, 'target'],
      [117, 'actual'],
    ]);
  });
  test("a deadline in the document's year (2024年6月底前, 到2024年9月) is still ahead: no past part of it", () => {
    // a work plan's steps, each titled by its deadline: their figures are targets, as a title of the year alone makes them
    const steps = ['标题', '一、2024年3月底前：完成摸底调查', '摸清老旧小区50个。', '二、2024年12月底前：全面完成', '完成改造项目20个。'].join('\n\n');
    expect(extractIndicators(outlineOf(steps), { kind: 'work-plan', year: 2024 }).map((f) => [f.value, f.kind])).toEqual([
      [50, 'target'],
      [20, 'target'],
    ]);
    // and so after 今年: 今年一季度 has passed, 今年6月底前 and 今年三季度末前 are deadlines still ahead
    const thisYear = '今年一季度，全市新增就业岗位2000个。今年6月底前，全市新建5G基站1000个。今年三季度末前，新增就业岗位3000个。';
    expect(extractIndicators(outlineOf(thisYear), { kind: 'report', year: 2024 }).map((f) => [f.value, f.kind])).toEqual([
      [2000, 'actual'],
      [1000, 'target'],
      [3000, 'target'],
    ]);
    // in a report of the year, a sentence with a deadline of the year (or 到 a month of it) says what is still to be done
    const report = '2024年6月底前，全市新建5G基站1000个。到2024年9月，新增就业岗位3000个。';
    expect(extractIndicators(outlineOf(report), { kind: 'report', year: 2024 }).map((f) => [f.value, f.kind])).toEqual([
      [1000, 'target'],
      [3000, 'target'],
    ]);
  });
});

describe('session 21: a count that is the object of 对 (dev 388)', () => {
  test("counts the noun after it up to the verb of what was done to it (disposal_verbs), not that verb's object", () => {
    const text = '上交所本周对29起拉抬打压、虚假申报等证券异常交易行为采取了书面警示等监管措施，对14起上市公司重大事项等进行专项核查。';
    expect(extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => [f.value, f.label])).toEqual([
      [29, '证券异常交易行为'],
      [14, '上市公司重大事项'],
    ]);
  });
  test('the counted noun ends before how it was done (依法, manner_adverbs)', () => {
    expect(extractFromParagraph('对12家企业依法依规进行了查处。', { kind: 'actual', year: 2024 }).map((f) => [f.value, f.label])).toEqual([[12, '企业']]);
    expect(extractFromParagraph('对5家企业依法进行约谈。', { kind: 'actual', year: 2024 }).map((f) => [f.value, f.label])).toEqual([[5, '企业']]);
  });
  test('an object that is a thing of what is counted (X的Y): the count counts X, the measured thing (dev 386)', () => {
    const label = (s: string) => extractFromParagraph(s, { kind: 'actual', year: 2024 }).map((f) => [f.value, f.label]);
    expect(label('对23个国家重点实验室的关键仪器设备进行了更新改造。')).toEqual([[23, '国家重点实验室']]);
  });
  test('a qualifier with 的 between 对 and the count leaves the count the object of 对 (devtext26: dev 394)', () => {
    const label = (s: string) => extractFromParagraph(s, { kind: 'actual', year: 2024 }).map((f) => [f.value, f.label]);
    expect(label('中国互联网协会联合应用商店、安全检测厂商对存在问题的76款不良手机应用进行下架处理。')).toEqual([[76, '不良手机应用']]);
  });
});

describe('an adverb of the clause that opens a label goes (leading_adverbs: 继续, 仍, 相应; dev 256, 352, 241)', () => {
  const label = (s: string) => extractFromParagraph(s, { kind: 'target' }).map((f) => [f.value, f.label]);
  test('the subject it follows is outside the label, what the adverb says of the verb names nothing', () => {
    expect(label('今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元，继续代地方发债2000亿元并纳入地方预算。')).toContainEqual([2000, '代地方发债']);
    expect(label('但估計仍將錄得約一千四百億元赤字，高於預期。')).toEqual([[1400, '赤字']]);
    expect(label('考虑上述因素，相应市级一般公共预算地方收入预期为58.4亿元。')).toEqual([[58.4, '市级一般公共预算地方收入']]);
  });
  test('a noun that opens with one keeps it (adverb_nouns: 继续教育)', () => {
    expect(label('安排继续教育经费500万元。')).toEqual([[500, '继续教育经费']]);
  });
});

describe('a contribution of one thing to another keeps whose it is (contribution_nouns; dev 290, 178)', () => {
  const label = (s: string) => extractFromParagraph(s, { kind: 'actual' }).map((f) => f.label);
  test('X对Y的贡献率: the long label is not cut to 贡献率 after its 的', () => {
    expect(label('工业对全省经济增长的贡献率达到36.1%。')).toEqual(['工业对全省经济增长的贡献率']);
    expect(label('第一、二、三产业增加值对经济增长的贡献率分别为8.3%、35.6%和56.1%。')).toEqual([
      '第一产业增加值对经济增长的贡献率',
      '第二产业增加值对经济增长的贡献率',
      '第三产业增加值对经济增长的贡献率',
    ]);
  });
  test('another long noun after 的 still names the figure alone', () => {
    expect(label('全市规模以上工业企业实现的利润总额达到36.1亿元。')).toEqual(['利润总额']);
  });
});

describe('the end or start of a named plan period opening a label is a time, no part of it (dev 321)', () => {
  const label = (s: string) => extractFromParagraph(s, { kind: 'actual' }).map((f) => f.label);
  test.each([
    '“十四五”末2025年全市一般公共预算收入完成213.5亿元。',
    '“十四五”末全市一般公共预算收入完成213.5亿元。',
    '十四五末全市一般公共预算收入完成213.5亿元。',
    '“十三五”期末全市一般公共预算收入完成213.5亿元。',
  ])('%s', (s) => expect(label(s)).toEqual(['一般公共预算收入']));
  test('a word that opens with 末 or 初 after other words stays', () => {
    expect(label('全市初中毕业生升学率达到98%。')).toEqual(['初中毕业生升学率']);
  });
});

describe('a time of the year at a label’s start says nothing of what is measured (dev 420)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2020 }).map((f) => [f.match, f.label]);
  test('一季度国内生产总值同比下降6.8%，二季度增长3.2%: a quarter alone is the measure of the figure before, in that quarter', () => {
    expect(found('分季度看，一季度国内生产总值同比下降6.8%，二季度增长3.2%，三季度增长4.9%。').map(([, label]) => label)).toEqual(['国内生产总值', '国内生产总值', '国内生产总值']);
    // with no figure before it in the sentence, the quarter stays (dev 359 labels 三季度增长4.6% so)
    expect(found('三季度增长4.6%。').map(([, label]) => label)).toEqual(['三季度']);
  });
  test('一季度在架APP抽检合格率同比提升20%: a quarter before the name is when, as 上半年 is (devtext26: dev 394)', () => {
    expect(found('督促应用商店严格上架审核，一季度在架APP抽检合格率同比提升20%。')).toEqual([['20%', '在架APP抽检合格率']]);
    expect(found('前三季度规模以上工业增加值同比增长5.1%，第四季度规模以上工业增加值增长6.0%。').map(([, label]) => label)).toEqual(['规模以上工业增加值', '规模以上工业增加值']);
  });
  test('一季度末, 三季度以来: the quarter goes with the end or the span it opens, as 年末 does (review26b)', () => {
    expect(found('一季度末金融机构本外币存款余额1.2万亿元。')).toEqual([['1.2万亿元', '金融机构本外币存款余额']]);
    expect(found('三季度末全市城镇登记失业率为3.1%。')).toEqual([['3.1%', '城镇登记失业率']]);
    const since = found('四季度以来新增就业岗位1.2万个。').map(([, label]) => label ?? '');
    expect(since).toHaveLength(1);
    expect(since.filter((label) => /^(?:以来|来)/.test(label))).toEqual([]);
  });
  test('年末全国城镇调查失业率为5.2%: 年末 and the nation are when and where, not what', () => {
    expect(found('年末全国城镇调查失业率为5.2%，城镇登记失业率为4.2%。')).toEqual([
      ['5.2%', '城镇调查失业率'],
      ['4.2%', '城镇登记失业率'],
    ]);
  });
});

describe('a note’s marker before a generic measure word (dev 420)', () => {
  test('全国农民工[7]总量28560万人: 总量 names nothing alone, the name the note glosses stays', () => {
    expect(extractFromParagraph('全国农民工[7]总量28560万人，比上年下降1.8%。', { kind: 'actual', year: 2020 }).map((f) => f.label)).toEqual(['农民工总量']);
  });
  test('“5个1000”行动[4]累计入库项目: words that name a figure after the marker still stand alone', () => {
    expect(extractFromParagraph('“5个1000”行动[4]累计入库项目1200个。', { kind: 'actual', year: 2020 }).map((f) => f.label)).toEqual(['入库项目']);
  });
});

describe('a class bound before the counted noun (dev 421)', () => {
  test('支持推广100多万辆1.6升及以下节能乘用车: the bound names a class of the noun, the noun goes on past it', () => {
    const found = extractFromParagraph('中央财政安排30.4亿元，支持推广100多万辆1.6升及以下节能乘用车，直接拉动消费508亿元。', { kind: 'actual', year: 2011 });
    expect(found.map((f) => [f.value, f.label])).toEqual([
      [30.4, '中央财政安排资金'],
      [100, '1.6升及以下节能乘用车'],
      [508, '直接拉动消费'],
    ]);
  });
});

describe('the cities a statistical survey covers are its frame (dev 420)', () => {
  test('70个大中城市新建商品住宅销售价格…: no figure; the counts of cities whose prices rose and fell are', () => {
    const found = extractFromParagraph('12月份，70个大中城市新建商品住宅销售价格同比上涨的城市个数为60个，下降的为10个。', { kind: 'actual', year: 2020 });
    expect(found.map((f) => f.value)).toEqual([60, 10]);
    expect(extractFromParagraph('在监测的337个地级及以上城市中，全年空气质量达标的城市占59.9%。', { kind: 'actual', year: 2020 }).map((f) => f.value)).toEqual([59.9]);
  });
});

describe('a numbered item whose title ends in ： leads its paragraphs: the one time it names dates them (dev 304)', () => {
  const text = [
    '（一）新指標',
    '1. 推廣國安教育，培訓不少於 2 600 人。',
    '2. 在校園內外推展愛國主義教育，在 2023/24 學年：',
    '•   於最少 50 所學校進行國民教育重點視學；',
    '•   為約 2 000 名校長及教師舉辦講座；及',
    '•   為約 5 000 名新入職教師舉辦約 45 個內地學習團。',
    '3. 舉辦講座，參與人數達 800 人。',
  ].join('\n\n');
  test('in a policy address of 2023 the school year 2023/24 is ahead: its items are targets of 2023-2024; the items before and after it are not', () => {
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2023, script: 'zh-Hant' }).map((f) => [f.value, f.kind, f.period])).toEqual([
      [2600, 'actual', undefined],
      [50, 'target', '2023-2024'],
      [2000, 'target', '2023-2024'],
      [5000, 'target', '2023-2024'],
      [45, 'target', '2023-2024'],
      [800, 'actual', undefined],
    ]);
  });
  test('a school year dates a figure as a financial year does (2017-2018學年, 2024/25 學年)', () => {
    expect(extractFromParagraph('其後在 2024/25 學年提供 4 000 個教師培訓名額。', { kind: 'actual', year: 2023 }, 'zh-Hant')[0]).toMatchObject({
      kind: 'target',
      period: '2024-2025',
    });
    expect(extractFromParagraph('由2017-2018學年起資助1 000名學生。', { kind: 'actual', year: 2017 }, 'zh-Hant')[0]).toMatchObject({ period: '2017-2018' });
  });
  test('a school year in the words of a figure goes from its label as a financial year does (2024/25 學年, dev 304)', () => {
    expect(cleanLabel({ a: '2024/25学年非本地学生限额', o: '2024/25學年非本地學生限額' }).o).toBe('非本地學生限額');
    expect(cleanLabel({ a: '2023-2024学年度资助学生人数', o: '2023-2024學年度資助學生人數' }).o).toBe('資助學生人數');
    // a year right before 学生 is no school year: 学 alone goes with nothing
    expect(cleanLabel({ a: '2024学生人数', o: '2024學生人數' }).o).toBe('學生人數');
  });
  test('a title that compares two years dates nothing (把一九五七年同一九五二年比较，情形将如下列：, dev 406)', () => {
    const item = (lead: string) =>
      extractIndicators(outlineOf(['（一）基本指标', `1. ${lead}`, '•   工业总产值达到535.6亿元；', '2. 其他指标。'].join('\n\n')), { kind: 'report', year: 1955 }).map(
        (f) => f.period,
      );
    expect(item('把1957年同1952年比较，情形如下：')).not.toContain(1952);
    expect(item('在1956年：')).toEqual([1956]);
  });
  test('a paragraph that ends in ： dates nothing: it may be a broken line (dev 180)', () => {
    const text = ['（一）新指標', '2. 推展愛國主義教育。', '在 2023/24 學年：', '•   於最少 50 所學校進行國民教育重點視學；'].join('\n\n');
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2023, script: 'zh-Hant' }).map((f) => f.period)).toEqual([undefined]);
  });
});

describe('a plain adjective alone before 的 qualifies the noun after it (plain_adjectives, dev 122)', () => {
  test('24 間新的酒店, 35 項新的酒店發展計劃: the count counts the hotels and the projects', () => {
    const found = extractFromParagraph('現時有 24 間新的酒店正在興建；另有 35 項新的酒店發展計劃。', { kind: 'actual', year: 2004 }, 'zh-Hant');
    expect(found.map((f) => [f.value, f.label])).toEqual([
      [24, '酒店'],
      [35, '酒店發展計劃'],
    ]);
  });
  test('a noun of two characters before 的 is still what is counted (5 000名员工的工作)', () => {
    expect(extractFromParagraph('招募5 000名员工的工作正在进行。', { kind: 'actual', year: 2004 })[0]?.label).toBe('员工');
  });
});

describe('a from-to whose ends are per year or month, or that doubles (由每年50個倍增至100個, dev 143)', () => {
  test('每年 before the from-figure and 倍增 as the verb: one figure with its baseline', () => {
    for (const text of ['把實習計劃名額由每年50個倍增至100個。', '實習計劃名額由每年50個增加至100個。']) {
      const found = extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hant');
      expect(found.map((f) => [f.value, f.unit, f.baseline?.value])).toEqual([[100, '個', 50]]);
    }
  });
});

describe('trimming a label twice changes nothing (trimEdges returns a pair it trimmed as it is: session 24)', () => {
  // words before figures of dev texts: a speaker's (dev 120), a joint and a preposition's place phrase, a year and a total's plus (dev 279)
  const raws = [
    { a: '我建议额外预留', o: '我建議額外預留' },
    { a: '及其内容物净重', o: '及其內容物淨重' },
    { a: '、到人均体育场地面积', o: '、到人均体育场地面积' },
    { a: '2024年全市加专项债券', o: '2024年全市加专项债券' },
    { a: '从废墟中抢救生还者', o: '從廢墟中搶救生還者' },
  ];
  test.each(raws)('%o', (raw) => {
    const once = trimEdges(raw);
    // a pair seen before is trimmed again in full: only what trimEdges returned is known to be trimmed
    expect(trimEdges({ ...raw })).toEqual(once);
    expect(trimEdges(raw)).toEqual(once);
    // a fresh copy of the result goes through every pass and is left as it is: the result is a fixed point
    expect(trimEdges({ ...once })).toEqual(once);
    expect(trimEdges(once)).toBe(once);
  });
  test('the labels of a paragraph are the same read twice (the trimmed pairs are kept across figures and paragraphs)', () => {
    const text = '全市地区生产总值达到1000亿元，增长5%；一般公共预算收入完成80亿元，其中税收收入60亿元。';
    const first = extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => [f.match, f.label]);
    expect(extractFromParagraph(text, { kind: 'actual', year: 2024 }).map((f) => [f.match, f.label])).toEqual(first);
    expect(first.length).toBeGreaterThan(2);
  });
});

describe("a modal 会 at a label's end is trimmed unless a noun in 会 ends there: the 年 of 明年, 今年 is no 年会 (as isAdverb reads it)", () => {
  test.each([
    [{ a: '政府明年会', o: '政府明年會' }, '政府'],
    [{ a: '政府今年会', o: '政府今年會' }, '政府'],
  ])('%o → %s', (raw, label) => expect(trimEdges(raw).a).toBe(label));
  test.each([
    { a: '常务委员会', o: '常務委員會' },
    { a: '人民代表大会', o: '人民代表大會' },
    { a: '全社会', o: '全社會' },
    { a: '青年联合会', o: '青年聯合會' },
    { a: '年会', o: '年會' },
  ])('kept: %o', (raw) => expect(trimEdges(raw).a).toBe(raw.a));
});

describe('a long metric name without a list is kept whole up to 24 characters (MAX_WORDS; dev 498, 364, 181)', () => {
  const found = (text: string, kind: 'actual' | 'target' = 'actual', year = 2026) => extractFromParagraph(text, { kind, year }, 'zh-Hans').map((f) => [f.match, f.label]);
  test.each([
    [
      '高新技术产业、工业战略性新兴产业产值占规上工业总产值比重分别达到56.2%和49%。',
      [
        ['56.2%', '高新技术产业产值占规上工业总产值比重'],
        ['49%', '工业战略性新兴产业产值占规上工业总产值比重'],
      ],
    ],
    ['主要商业网站及移动互联网应用IPv6支持率达到90%。', [['90%', '主要商业网站及移动互联网应用IPv6支持率']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  test('a from-to takes the clause before it whole too (全民所有制单位基本建设投资固定资产交付使用率，由…提高到75％)', () => {
    expect(found('全民所有制单位基本建设投资固定资产交付使用率，由“六五”期间的73．6％提高到75％。', 'target', 1986)).toEqual([
      ['75％', '全民所有制单位基本建设投资固定资产交付使用率'],
    ]);
  });
  test('a longer label still keeps its last words, at most 24 characters', () => {
    const long = found('试点地区所有公立医疗机构年度药品总用量采购总量达到60%。')[0]?.[1] ?? '';
    expect(long.length).toBeLessThanOrEqual(24);
    expect(long.endsWith('采购总量')).toBe(true);
  });
});

describe('a from-to across school or financial years written with a slash (2021/22 學年的…增加至2024/25 學年的…; issue 15, session 25)', () => {
  test('one figure, its baseline dated by the first school year', () => {
    const found = extractFromParagraph('推行「智慧校園」的學校比率由 2021/22 學年的 54% 增加至 2024/ 25 學年的 90% 。', { kind: 'actual', year: 2023 }, 'zh-Hant');
    expect(found.map((f) => [f.label, f.value, f.period, f.baseline?.value, f.baseline?.period])).toEqual([['學校比率', 90, '2024-2025', 54, '2021-2022']]);
  });
  test('a financial year with a dash still reads as before', () => {
    const found = extractFromParagraph('經常開支由2012-13年度的3,000億元增加至2017-18年度的4,000億元。', { kind: 'actual', year: 2018 }, 'zh-Hant');
    expect(found.map((f) => [f.value, f.period, f.baseline?.value, f.baseline?.period])).toEqual([[4000, '2017-2018', 3000, '2012-2013']]);
  });
});

describe('two sectors listed before a run share the measure the last names after its sector noun (respectively.ts sectorNoun; dev 245)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2026 }, 'zh-Hans').map((f) => [f.match, f.label]);
  test('战略性新兴产业和高技术制造业增加值年均增长8％、7.2％ → 战略性新兴产业增加值, 高技术制造业增加值', () => {
    expect(labels('战略性新兴产业和高技术制造业增加值年均增长8％、7.2％。')).toEqual([
      ['8％', '战略性新兴产业增加值'],
      ['7.2％', '高技术制造业增加值'],
    ]);
  });
  test('an item that names no sector noun stands alone, and one that has its measure keeps it', () => {
    expect(labels('第一产业增加值、第三产业增加值分别增长3.1%和5%。').map((f) => f[1])).toEqual(['第一产业增加值', '第三产业增加值']);
    expect(labels('专项产业基金、新增能耗用地支持民间投资项目比重分别达到99.3%和93.8%。')[0]?.[1]).not.toContain('用地');
  });
});

describe('a subject’s predicate is no part of its label: how it fared (波幅極大, 實在太多, 亦有增長, 維持可觀增長; dev 144, 248)', () => {
  const labels = (sentence: string): string[] => extractFromParagraph(sentence, { kind: 'actual', year: 2017 }, 'zh-Hant').map((f) => f.label);
  test.each([
    // topic and comment: the comment is a measure of spread and a degree (波幅極大), the figures are levels of the topic
    ['事實上，過去10年的賣地收入波幅極大，2008-2009年度低至不足170億元，但2016-2017年度卻超過1,170億元。', ['賣地收入', '賣地收入']],
    // a degree after an adverb (實在太多) says what is thought of the noun the count counts
    ['我也聽到不少意見，指政府坐擁9,000多億元的財政儲備實在太多，政府不應吝嗇。', ['財政儲備']],
    // 亦有 (an adverb and 有, one word to the segmenter) ends the subject as 亦 does
    ['投資開支亦有增長，全年實質增長4.2%。', ['投資開支']],
    // 維持 (a verb of keeping) ends the subject of the clause before the figure's
    ['香港的貨物出口維持可觀增長，全年實質上升5.9%。', ['貨物出口']],
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
  test.each([
    ['城鎮登記失業率保持在4%以內。', '城鎮登記失業率'],
    // a noun that holds a verb of keeping has no change after it
    ['水土保持治理面積達到500平方公里。', '水土保持治理面積'],
    ['價格波幅為5%。', '價格波幅'],
  ])('unchanged: %s → %s', (sentence, label) => {
    expect(labels(sentence)).toContain(label);
  });
});

describe('money is labelled by what it is put to, said right after it (dev 143, 144, 248)', () => {
  const hant = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hant').map((f) => [f.match, f.label]);
  test.each([
    // a funding verb before the money and a purpose verb right after it, no comma between: a programme's term of years before its
    // name goes as 为期3年的 does (dev 144); a name in quotes is the object whole, its digits too (dev 143; 斥資 spends money)
    ['去年，政府也預留了2,000億元推行10年醫院發展計劃，改善公共醫療設施。', [['2,000億元', '醫院發展計劃']]],
    ['政府會斥資30億元推行"樓宇更新大行動2.0"，協助有需要的業主。', [['30億元', '樓宇更新大行動2.0']]],
    // 用以, 用作 after the money say what it is put to, with no funding verb before it (dev 248)
    [
      '我會向香港科技園公司撥款100億元，當中約30億元用以興建科研基建和設施，其餘約70億元會用作加強香港科技園公司對其租戶和培育公司的支援，以及在園內設立智慧園區等。',
      [
        ['100億元', '香港科技園公司'],
        ['約30億元', '科研基建和設施'],
        ['約70億元', '香港科技園公司對其租戶和培育公司的支援'],
      ],
    ],
  ])('%s', (text, expected) => expect(hant(text)).toEqual(expected));
  test.each([
    // a noun of its own before the money keeps its label
    ['基本工程開支為700億元，用以推行各項工程。', '基本工程開支'],
  ])('unchanged: %s → %s', (text, label) => expect(hant(text).map(([, l]) => l)).toContain(label));
});

describe('a passive 被 ends the noun a figure counts: what is done to it is no part of its name (dev 143, 363)', () => {
  test.each([
    ['現時每年有超過30億元的僱主強積金供款累算權益被用作"對沖"遣散費或長期服務金，令僱員在退休時的強積金總額減少。', 'zh-Hant', '僱主強積金供款累算權益'],
    ['共有5万余名电诈犯罪嫌疑人被移交我方。', 'zh-Hans', '电诈犯罪嫌疑人'],
    // a noun that opens with 被 (bei_nouns) is a noun, where it opens the words and inside them
    ['全年审结案件涉及1200名被告人。', 'zh-Hans', '被告人'],
    ['为1500名刑事案件被害人提供司法救助。', 'zh-Hans', '刑事案件被害人'],
    // a noun of bei_nouns that opens the label keeps its 被, though the segmenter cuts it off (被 | 执行人)
    ['3名被执行人被列入失信名单。', 'zh-Hans', '被执行人'],
    // the parties of a taking and of maintenance are nouns in 被 too (被拆迁户, 被征收人; 被抚养人, 被赡养人)
    ['全年妥善安置2300户被拆迁户。', 'zh-Hans', '被拆迁户'],
    ['全年依法补偿1200户被征收人。', 'zh-Hans', '被征收人'],
    ['今年全市有800名被赡养人纳入保障。', 'zh-Hans', '被赡养人'],
    ['为320名被抚养人提供生活补助。', 'zh-Hans', '被抚养人'],
  ] as const)('%s → %s', (text, script, label) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2017 }, script).map((f) => f.label)).toContain(label);
  });
});

describe('a count before a clause that says what its noun lacks (未有, 没有, 尚未 … 的) counts the noun after 的 (dev 143)', () => {
  test.each([
    ['鼓勵電訊商把光纖網絡擴展至位於偏遠地區的鄉村，估計約380條未有高速寬頻服務覆蓋的鄉村可以受惠。', 'zh-Hant', '鄉村'],
    ['全县还有12个尚未通公路的行政村。', 'zh-Hans', '行政村'],
  ] as const)('%s → %s', (text, script, label) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2017 }, script).map((f) => f.label)).toContain(label);
  });
});

describe('a news report names the place it is about with a deictic and a level word (该县, 该市: dev 327)', () => {
  const hans = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2015 }).map((f) => f.label);
  test.each([
    // at a label's start, as 全县 or 我县 is in the county's own report: a scope word, no part of the metric
    ['据统计，该县今年新增创业人员5000多人，新增就业人数15325人。', ['新增创业人员', '新增就业人数']],
    ['该市全年完成固定资产投资120亿元。', ['固定资产投资']],
    // 该|县城|区|人口: the segmenter joins the level word to the word after it; what follows it, read alone, opens with a word of
    // its own (城区|人口), so the level word ends the deictic place
    ['该县城区人口达到12万人。', ['城区人口']],
    // not a word that only opens with the level's character (市场, 区域, 省份): the level word must end a word as the segmenter
    // (words.ts) cuts the label
    ['该市场交易额达到35亿元。', ['该市场交易额']],
    ['该区域面积达到120平方公里。', ['该区域面积']],
    ['该省份生产总值达到5.2万亿元。', ['该省份生产总值']],
  ] as const)('%s → %s', (text, labels) => expect(hans(text)).toEqual(labels));
});

describe('a clause of time that ends in 以后 or 之后 at a label’s start says when, not what (dev 328)', () => {
  const hans = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }).map((f) => f.label);
  test.each([
    ['四川苍溪县云峰镇响水村271户农户，承包地确权以后土地实测面积增长了68%。', '土地实测面积'],
    ['重组之后企业营业收入达到12亿元。', '企业营业收入'],
  ] as const)('%s → %s', (text, label) => expect(hans(text).at(-1)).toBe(label));
  // 以后年度 (later years) is a noun, what a budget carries money over to, no clause of time: the label keeps it
  test.each([
    ['全年结转以后年度使用资金3.5亿元。', '结转以后年度使用资金'],
    ['收支相抵，结余资金结转以后年度支出12亿元。', '结余资金结转以后年度支出'],
  ] as const)('%s → %s', (text, label) => expect(hans(text).at(-1)).toBe(label));
});

describe('Taiwan texts: a place named 內… and the growth verb 成長 (dev 717, 715)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2012 }, 'zh-Hant').map((f) => [f.match, f.label]);
  test('內湖區 is a district, not the 內 of a span (10年內) before the subject', () =>
    expect(found('另臺北市工廠登記家數為 1,240 家，其中內湖區有 457 家，占全市 36.85％。').slice(1)).toEqual([
      ['457 家', '內湖區'],
      ['36.85％', '內湖區'],
    ]));
  test('the 內 of a span is still no part of the label, before a scope word too', () => {
    expect(extractFromParagraph('力争5年内培育企业100家。', { kind: 'target', year: 2025 }).map((f) => f.label)).toEqual(['培育企业']);
    expect(extractFromParagraph('力争5年内全市新增企业100家。', { kind: 'target', year: 2025 }).map((f) => f.label)).toEqual(['新增企业']);
  });
  // dev 492 line 13 (有效期内深圳市专精特新中小企业), dev 456 line 57 (明确规划期内城市基础设施保障能力): a place or 城市 after the span's 内 is no 内… name
  test.each([
    ['内深圳市专精特新中小企业', '专精特新中小企业'], // and the place by its full name after it (placeOpening)
    ['内城市基础设施保障能力', '城市基础设施保障能力'],
  ])('the 內 of a span before a place of more characters or before 城市 goes: %s', (a, label) => expect(cleanLabel({ a, o: a }).o).toBe(label));
  test('成長 (Taiwan’s word for a growth) ends the label as 增長 does', () =>
    expect(found('目前清泉崗機場境外旅客成長超過205倍。')).toEqual([['超過205倍', '清泉崗機場境外旅客']]));
});

describe('an amount in 億 and 萬 with 餘 after the 萬 is about that amount (dev 715)', () => {
  test('1億8,389萬餘元, 3億2,319萬餘元', () =>
    expect(
      extractFromParagraph(
        '97年卡玫基及鳳凰颱風災修經費964萬餘元，辛樂克及薔蜜颱風災修經費則高達1億8,389萬餘元，本（101）年泰利颱風災修經費更編列達3億2,319萬餘元。',
        { kind: 'actual', year: 2012 },
        'zh-Hant',
      ).map((f) => [f.match, f.value, f.unit, f.comparator]),
    ).toEqual([
      ['964萬餘元', 964, '萬元', '≈'],
      ['1億8,389萬餘元', 18389, '萬元', '≈'],
      ['3億2,319萬餘元', 32319, '萬元', '≈'],
    ]));
});

describe('a Taiwan text’s 本（101）年 (this year, its number in brackets) is a time word, no part of the label (dev 715)', () => {
  test('本（101）年泰利颱風災修經費 → 泰利颱風災修經費', () =>
    expect(extractFromParagraph('本（101）年泰利颱風災修經費更編列達3億2,319萬餘元。', { kind: 'actual', year: 2012 }, 'zh-Hant').map((f) => f.label)).toEqual([
      '泰利颱風災修經費',
    ]));
});

describe('之 right after an amount is the 的 of a written style: the noun after it is what the amount is of (dev 715)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2012 }, 'zh-Hant').map((f) => [f.match, f.label]);
  test('總計花費超過5,000萬元之設計開發費', () =>
    expect(found('近兩年行政院各部會相繼開發智慧型手機應用軟體，總計花費超過5,000萬元之設計開發費。')).toEqual([['超過5,000萬元', '設計開發費']]));
  test('之 that opens a word of its own (之内, 之多) is no such 的', () =>
    expect(extractFromParagraph('全年投资达500亿元之多。', { kind: 'actual', year: 2012 }).map((f) => f.label)).not.toContain('多'));
  // dev 442 line 1261, dev 558 line 403: a fraction of the amount or 之多 after it names no noun; the label is the words before the amount
  test('之十分之一 (a fraction of the amount) and 之多 name no noun after the amount', () => {
    const frozen = found(
      '爰凍結第1目「一般行政」項下「基本行政工作維持」之「業務費」6,850萬5千元之十分之一，俟金融監督管理委員會向立法院財政委員會提出強化融資租賃公司消費者保護措施之書面報告後，始得動支。',
    );
    expect(frozen.find(([m]) => m === '6,850萬5千元')?.[1]).toMatch(/業務費」?$/);
    const grown = extractFromParagraph(
      '政府投入少子女化對策相關經費已從105年的150多億元，大幅成長到114年1,177億元之多，然而依據內政部統計數據。',
      { kind: 'actual', rocYears: true },
      'zh-Hant',
    ).map((f) => [f.match, f.label]);
    expect(grown.find(([m]) => m === '1,177億元')?.[1]).toBe('政府投入少子女化對策相關經費');
  });
});

describe('a date a figure stands at, 至民國100年11月, after the label is its time, no part of it (dev 717)', () => {
  test('臺北市工廠登記家數至民國 100 年 11 月為 1,240 家', () =>
    // the city by its full name at the start goes too (placeOpening; dev 717 labels 工廠登記家數|臺北市工廠登記家數)
    expect(extractFromParagraph('另臺北市工廠登記家數至民國 100 年 11 月為 1,240 家。', { kind: 'actual', year: 2014 }, 'zh-Hant').map((f) => f.label)).toEqual(['工廠登記家數']));
});

describe('成長 and 增長 after the economy name the metric (經濟成長, 經濟增長); after a measure they are its change (dev 558, 248, 442)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024, rocYears: true }, 'zh-Hant').map((f) => [f.match, f.label, f.change?.value]);
  // dev 558 line 1667, dev 248 line 54: the economy has no amount of its own; its growth is the figure's metric (labels 經濟增長, 內地經濟增長)
  test.each([
    ['惟查113年第3季經濟成長3.97%，優於預期，主要是人工智慧等新興應用科技帶動。', '3.97%', '經濟成長'],
    ['內地經濟勢頭強勁，全年經濟增長為6.9%，帶動亞洲區貿易激增。', '6.9%', '經濟增長'],
  ])('%s → %s %s', (text, match, label) =>
    expect(
      found(text)
        .find(([m]) => m === match)
        ?.slice(1),
    ).toEqual([label, Number.parseFloat(match)]),
  );
  // dev 442 line 821, dev 558 line 1857: a noun phrase ending in 成長率 is the metric, read as a level
  test.each([
    ['然近3年我國綜合所得稅實徵數累計成長率達42.42%，不乏因所得稅係按名目所得課徵。', '綜合所得稅實徵數累計成長率'],
    ['電力需求預估113至117年年均成長率約2.5%，AI科技及電動車等新興用電需求將顯著攀升。', '電力需求預估年均成長率'],
  ])('%s → %s', (text, label) => expect(found(text)[0]?.[1]).toBe(label));
  // dev 558 line 913: 成長 after a measure with an amount (a wage) is its change, the label the measure
  test('全體受僱員工每人每月總薪資成長約25.94% → 全體受僱員工每人每月總薪資, a change', () =>
    expect(found('102至111年度全體受僱員工每人每月總薪資成長約25.94%。')).toEqual([['約25.94%', '全體受僱員工每人每月總薪資', 25.94]]));
  // a label that ends in 成長 before a figure of another unit keeps it, as 增長 (經濟增長, a noun): only a change verb of rules.ts's trailing list goes
  test('成長 is no trailing verb to trim off a label, as 增長 is none', () => {
    expect(cleanLabel({ a: '今年经济成长', o: '今年經濟成長' }).o).toBe('經濟成長');
    expect(cleanLabel({ a: '今年经济增长', o: '今年經濟增長' }).o).toBe('經濟增長');
  });
});

describe('a verb of what a thing involves (cost_verbs: 涉及) that opens a label goes, as a verb of inclusion does (dev 312, 394, 477, 752)', () => {
  const labelsOf = (text: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') => extractFromParagraph(text, { kind: 'actual', year: 2024 }, script).map((f) => [f.match, f.label]);
  test('涉及零售推销类投诉占比4.4%, 涉及一般公共预算当年财政拨款263928.15万元', () => {
    expect(labelsOf('邀商业电子信息用户投诉中，保险推销类投诉占比2.1%，涉及零售推销类投诉占比4.4%。')).toEqual([
      ['2.1%', '保险推销类投诉占比'],
      ['4.4%', '零售推销类投诉占比'],
    ]);
    expect(labelsOf('2018年项目支出均实行了绩效目标管理，涉及一般公共预算当年财政拨款263928.15万元。')).toEqual([['263928.15万元', '一般公共预算当年财政拨款']]);
  });
  test('“麥麥大抽獎”涉及消費收據合共超過670萬澳門元 in a Traditional text', () => {
    expect(labelsOf('“麥麥大抽獎”涉及消費收據合共超過670萬澳門元。', 'zh-Hant')).toEqual([['超過670萬澳門元', '消費收據']]);
  });
  test('a cost the measure before it involves keeps its measure (這個計劃涉及9億6,000萬元, dev 183)', () => {
    expect(labelsOf('这个计划涉及9亿6,000万元。').map((f) => f[1])).toEqual(['计划']);
  });
});

describe('a finding’s opening goes from a label only where its 查 is a word of its own (dev 442, 115)', () => {
  // dev 442 line 789 (惟查核範圍僅侷限5戶以上囤房大戶: 惟 and 查核, an inspection's scope), dev 115 line 78 (另查明, it was further found)
  test.each([
    ['惟查核范围', '惟查核範圍', '查核範圍'],
    ['另查明违法所得', '另查明違法所得', '查明違法所得'],
  ])('%s keeps %s', (a, o, words) => expect(cleanLabel({ a, o }).o.endsWith(words)).toBe(true));
  // dev 442 line 1135: 另查 then what was found
  test('另查中國貨櫃運輸股份有限公司占用 → 中國貨櫃運輸股份有限公司占用', () =>
    expect(cleanLabel({ a: '另查中国货柜运输股份有限公司占用', o: '另查中國貨櫃運輸股份有限公司占用' }).o).toBe('中國貨櫃運輸股份有限公司占用'));
});

describe('a place by its full name opening a label names where, not what is measured (issue 15; dev 328, 490, 817, 818)', () => {
  const labels = (text: string, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') => extractFromParagraph(text, { kind: 'actual', year: 2024 }, script).map((f) => [f.match, f.label]);
  test('四川省家庭承包耕地流转总面积2034.4万亩 → 家庭承包耕地流转总面积 (dev 328, a national news item)', () =>
    expect(labels('据统计，截至今年6月底，四川省家庭承包耕地流转总面积2034.4万亩，占耕地总面积34.9%。')[0]).toEqual(['2034.4万亩', '家庭承包耕地流转总面积']));
  test('南山区规上工业全年总产值突破9000亿元 → 规上工业全年总产值 (dev 490)', () =>
    expect(labels('分层优化服务，分类挖掘增量，南山区规上工业全年总产值突破9000亿元，发展基础持续夯实。')).toEqual([['突破9000亿元', '规上工业全年总产值']]));
  test('台南市僅老人居住的住宅已經達到49,944戶 → 僅老人居住的住宅 (dev 818)', () =>
    expect(labels('當前台南市僅老人居住的住宅已經達到49,944戶，這些數據都顯見市府應提盡速制訂獨老照顧政策白皮書。', 'zh-Hant')).toEqual([['49,944戶', '僅老人居住的住宅']]));
  test('新北市案發件數7072件, 高雄市的案發件數為2533件 → 案發件數 (dev 817)', () => {
    const found = labels('新北市案發件數7072件、破案件數6621件，破案率為93.62%；高雄市的案發件數為2533件，破獲2874件，破案率為113.46%。', 'zh-Hant');
    expect(found.filter(([m]) => m === '7072件' || m === '2533件')).toEqual([
      ['7072件', '案發件數'],
      ['2533件', '案發件數'],
    ]);
  });
  // a place that is no word of its own (上海|市场), part of a company's name or of its head's post stays
  test.each([
    ['上海市场规模达到100亿元。', '上海市场规模'],
    ['天津市环智新能源技术有限公司补贴总额21.01万元。', '天津市环智新能源技术有限公司补贴总额'],
    ['台南市長黃偉哲施政滿意度80.3％。', '台南市長黃偉哲施政滿意度'],
  ])('%s keeps its place', (text, label) => expect(labels(text)[0]![1]).toMatch(new RegExp(`${label}$`)));
  // review: the level word joined with the word after it (市区, 市域, 市属, 市级, 市管, 省直) is no place of its own, and a body
  // after the place (a bureau, a committee, a hospital: organs.json endings, read by isOrgan) is that body's name
  test.each([
    ['杭州市区常住人口达到800万人。', '杭州市区常住人口'],
    ['成都市域常住人口2140万人。', '成都市域常住人口'],
    ['广州市属国有企业营业收入8000亿元。', '广州市属国有企业营业收入'],
    ['深圳市级财政投入科技资金100亿元。', '深圳市级财政投入科技资金'],
    ['北京市管企业利润总额1000亿元。', '北京市管企业利润总额'],
    ['河南省直机关公务用车减少1200辆。', '河南省直机关公务用车'],
    ['天津市财政局下达资金5亿元。', '天津市财政局下达资金'],
    ['湖北省人民医院床位3000张。', '湖北省人民医院床位'],
    ['上海市第一人民医院门诊量达到500万人次。', '上海市第一人民医院门诊量'],
    ['深圳市科技创新委员会资助项目120个。', '深圳市科技创新委员会资助项目'],
  ])('%s keeps its place', (text, label) => expect(labels(text)[0]![1]).toBe(label));
});

describe('a place cut from a label still says whose the figure is: another place’s figure carries no metric of the report’s (review of issue 15)', () => {
  const metrics = parseMetrics(readFileSync(join(import.meta.dirname, '..', 'content/metrics.yml'), 'utf8'), 'content/metrics.yml');
  const found = (text: string, region: string) =>
    extractIndicators(outlineOf(`2024年国民经济和社会发展统计公报\n\n${text}`), { kind: 'report', year: 2024, metrics, region }).map((f) => f.metric);
  // a city's report citing its province, a province's report a city's, a national bulletin's figure of a province
  test.each([
    ['全年四川省地区生产总值60132.9亿元，比上年增长6.0%。', '成都', undefined],
    ['2024年，临夏州地区生产总值420.5亿元，增长6.2%。', '甘肃省', undefined],
    ['南山区地区生产总值9500亿元。', '深圳', undefined],
    ['广东省的地区生产总值14.16万亿元。', '中华人民共和国', undefined],
    // the report's own place by its full name keeps the metric
    ['全年四川省地区生产总值60132.9亿元，比上年增长6.0%。', '四川省', 'gdp'],
  ])('%s in a text of %s', (text, region, metric) => expect(found(text, region)[0]).toBe(metric));
});

describe('a time at a label start goes with the word that closes it (period_ends) and a date’s 截至 (rules.ts leadingFillers)', () => {
  test.each([
    // a month's 月份, a month's 以来, a quarter's 底 (Taiwan's 第2季 without 度), 截至 a month, with the 今 of 今（113）年 (dev 849, 818, 559)
    ['zh-Hans', '2024年7月份新增上拍法拍房源数量约6.1万套。', '新增上拍法拍房源数量'],
    ['zh-Hans', '截至8月16日，8月以来股票型ETF资金净流入近520亿元。', '股票型ETF资金净流入'],
    ['zh-Hant', '台南市列管獨居老人宅是19,782戶，到2021年第2季底獨居老人宅為37,177戶。', '獨居老人宅'],
    ['zh-Hans', '截至11月执行率已达113.9%。', '执行率'],
    ['zh-Hans', '今截至11月执行率已达113.9%。', '执行率'],
    // a word the end word only opens stays (底线): no time before it
    ['zh-Hans', '全市底线民生支出12亿元。', '底线民生支出'],
  ] as const)('%s %s → %s', (script, text, label) => expect(extractFromParagraph(text, { kind: 'actual' }, script).map((f) => f.label)).toContain(label));
});

describe('a year at a label start goes with the word that closes its time, as a month does (period_ends; labels.ts yearsInLabel)', () => {
  test.each([
    ['zh-Hans', '2024年初贷款余额为120亿元。', '贷款余额'],
    ['zh-Hans', '2024年以来新增贷款120亿元。', '新增贷款'],
    ['zh-Hans', '2024年3月以来新增贷款120亿元。', '新增贷款'],
    ['zh-Hans', '2024年底贷款余额为120亿元。', '贷款余额'],
  ] as const)('%s %s → %s', (script, text, label) => expect(extractFromParagraph(text, { kind: 'actual' }, script).map((f) => f.label)).toEqual([label]));
});

describe('a time named from the text’s own, a month in Chinese numerals and a 截至 left alone go from a label’s start (relative_times; rules.ts leadingFillers)', () => {
  test.each([
    // a day or a month named from the text's time (dev 388, 849)
    ['zh-Hans', '当日逆回购到期3793亿元。', '逆回购到期'],
    ['zh-Hans', '本月新增用户300万户。', '新增用户'],
    // with a month's 份 and the word that closes its time, as a month in figures has them (not 份出口额, 末人民币存款余额)
    ['zh-Hans', '本月份全市出口额120亿元。', '出口额'],
    ['zh-Hans', '上月末人民币存款余额8000亿元。', '人民币存款余额'],
    ['zh-Hans', '当月末外汇储备32000亿美元。', '外汇储备'],
    // not a name that opens with one (relative_time_names)
    ['zh-Hans', '今日头条日活跃用户2亿人。', '今日头条日活跃用户'],
    ['zh-Hans', '当日达订单量300万单。', '当日达订单量'],
    // (本周期, a word of its own, stays whole, not 期内完成投资)
    ['zh-Hans', '本周期内完成投资50亿元。', '本周期内完成投资'],
    // nor a tenor in Chinese numerals
    ['zh-Hans', '三月期国债收益率1.5%。', '三月期国债收益率'],
    // a month in Chinese numerals (dev 813)
    ['zh-Hant', '七月逕舉33301件，攔停14855件。', '逕舉'],
    // 今年 and 去年 with the word that closes their time, as a year's (period_ends)
    ['zh-Hans', '今年初全市贷款余额为5000亿元。', '贷款余额'],
    ['zh-Hans', '去年底全市存款余额8000亿元。', '存款余额'],
    // 截至 once its year was read, and 截至目前 (dev 818)
    ['zh-Hans', '截至2024年底全市新能源汽车保有量50万辆。', '新能源汽车保有量'],
    ['zh-Hant', '截至目前補助公所代辦總經費952萬5,000元。', '補助公所代辦總經費'],
  ] as const)('%s %s → %s', (script, text, label) => expect(extractFromParagraph(text, { kind: 'actual' }, script).map((f) => f.label)).toContain(label));
});

describe('a clause opener, an enumerator or a copula that opens a label goes (clause_openers, leading_copulas; labels.ts trimEdges)', () => {
  test.each([
    // 以及, 对于, 易言之 (dev 637, 197, 818), an enumerator (dev 239)
    ['zh-Hans', '安排补贴资金182.5万元以及国家汽车报废更新补贴未拨付成功资金7.5万元。', '国家汽车报废更新补贴未拨付成功资金'],
    ['zh-Hans', '对于营业收入5000万元以上的平台，给予奖励。', '营业收入'],
    ['zh-Hant', '整體評估回饋金額達1321.5萬，易言之市府花費金額0元。', '市府花費金額'],
    ['zh-Hans', '支出完成166.1亿元。二是城乡一体化示范区一般公共预算收入年初预算为19亿元。', '城乡一体化示范区一般公共预算收入年初预算'],
    // an enumerator past 十 too, as parse reads it (patterns.ts ENUMERATOR)
    ['zh-Hans', '支出完成166.1亿元。十一是城乡一体化示范区一般公共预算收入年初预算为19亿元。', '城乡一体化示范区一般公共预算收入年初预算'],
    // a copula (dev 714, 738, 817)
    ['zh-Hans', '部门预算收入为1418.74万元，系一般公共预算拨款1418.74万元。', '一般公共预算拨款'],
    ['zh-Hant', '青少年犯罪行為中，23.8%是屬於詐欺。', '詐欺'],
    // not a word the copula or the enumerator only opens
    ['zh-Hans', '系统集成收入120亿元。', '系统集成收入'],
    // nor a word the segmenter cuts after the copula: the demonstrative 是項, 是次 (this item, this time) and 系爭 (in dispute; copula_words, dev 642, 183, 746)
    ['zh-Hant', '是項預算凍結100萬元。', '是項預算凍結'],
    ['zh-Hant', '是次寬減措施涉及款項約50億元。', '是次寬減措施涉及款項'],
    ['zh-Hant', '系爭土地面積120公頃。', '系爭土地面積'],
  ] as const)('%s %s → %s', (script, text, label) => expect(extractFromParagraph(text, { kind: 'actual' }, script).map((f) => f.label)).toContain(label));
});

describe('新建 goes with the 成 right after it, and stays before another verb of building (rules.ts leadingFillers; dev 193, 61, 844)', () => {
  test.each([
    ['zh-Hans', '新建成轨道交通线路7条。', '轨道交通线路'],
    ['zh-Hans', '新建改扩建学校77所。', '新建改扩建学校'],
    ['zh-Hans', '其中新建改建“超快结合”充电枪4000个以上。', '新建改建“超快结合”充电枪'],
    // 新建 alone still goes
    ['zh-Hans', '新建轨道交通线路7条。', '轨道交通线路'],
  ] as const)('%s %s → %s', (script, text, label) => expect(extractFromParagraph(text, { kind: 'actual' }, script).map((f) => f.label)).toContain(label));
});

describe('a Taiwan budget’s 編列 and 增列 are verbs of how money came about: the label is their object (action_verbs; dev 737, 559, 642)', () => {
  test.each([
    ['zh-Hant', '臺北市政府編列「助妳好孕─生育獎勵金」經費4億6千萬元。', '「助妳好孕─生育獎勵金」經費'],
    ['zh-Hant', '國家通訊傳播委員會編列罰金罰鍰及怠金1120萬元。', '罰金罰鍰及怠金'],
    ['zh-Hant', '較增列建構疫情決策預警彈性機動應變模式等經費1,905萬4千元。', '建構疫情決策預警彈性機動應變模式等經費'],
  ] as const)('%s %s → %s', (script, text, label) => expect(extractFromParagraph(text, { kind: 'actual' }, script).map((f) => f.label)).toContain(label));
});

describe('a clause opener goes before the place of a verb of what was newly done is read (labels.ts trimEdges: clause_openers, newActionStart)', () => {
  test.each([
    // the opener is no part of the subject: 园区 alone (two characters) stays before 新增, with or without 以及, 二是 before it
    ['zh-Hans', '以及园区新增企业12家。', '园区新增企业'],
    ['zh-Hans', '二是园区新增企业12家。', '园区新增企业'],
    ['zh-Hans', '园区新增企业12家。', '园区新增企业'],
  ] as const)('%s %s → %s', (script, text, label) => expect(extractFromParagraph(text, { kind: 'actual' }, script).map((f) => f.label)).toContain(label));
});
