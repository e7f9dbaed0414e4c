// Indicator extraction: number forms and rules (tables), then a hand-labelled set from the five seeds.
import { describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { decodeSource } from '../src/pipeline/decode.ts';
import { isRecordFile } from '../src/schemas/search.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';
import { extractFromParagraph, extractIndicators } from '../src/pipeline/indicators.ts';
import { parseNumber } from '../src/pipeline/indicators/numbers.ts';
import { leadingFillers, periodPhrase } from '../src/pipeline/indicators/rules.ts';
import { planPeriods } from '../src/pipeline/patterns.ts';
import words from '../src/pipeline/data/indicator-words.json' with { type: 'json' };
import { Indicator } from '../src/schemas/indicator.ts';
import { ReportRecord } from '../src/schemas/report.ts';

const dir = join(import.meta.dirname, 'fixtures/indicators');
const actual = { kind: 'actual' as const };

describe('number forms', () => {
  test.each([
    ['6120', 6120],
    ['11064.85', 11064.85],
    ['1,200', 1200],
    ['１２３', 123],
    ['一千二百', 1200],
    ['两', 2],
    ['四十七点五', 47.5],
    ['十二', 12],
    ['一百零五', 105],
    // a numeral that goes on past 万 (dev 148)
    ['一万二千五百', 12500],
    ['一萬零五百', 10500],
    ['三万', 30000],
    // Arabic digits with their places (dev 691): 1千500 is 1500, 2千5百 2500
    ['5千', 5000],
    ['1千500', 1500],
    ['2千5百', 2500],
  ])('%s → %d', (text, value) => expect(parseNumber(text)).toBe(value));
});

describe('a wide gap ends a clause: a run-in heading title and its text (corpus 181)', () => {
  test.each([
    // the title names the figure its text does not
    ['城镇化率　　达到60%', '60%', '城镇化率'],
    // the text names its own: the title is not glued onto it
    ['国民收入　　1990年国民收入生产额达到9，350亿元', '9，350亿元', '国民收入生产额'],
    ['经济效益　　全社会劳动生产率平均每年提高3.8%', '3.8%', '全社会劳动生产率'],
  ])('%s', (text, match, label) => {
    expect(extractFromParagraph(text, { kind: 'target' }).find((f) => f.match === match)?.label).toBe(label);
  });
});

describe('units of beds, copies, livestock, works and aircraft (张 份 头 只 部 架)', () => {
  test.each([
    ['到2025年，全省养老机构床位总数达到30万张。', '30万张', 30, '万张', '养老机构床位总数'],
    ['每千名老年人拥有养老床位数达到35张。', '35张', 35, '张', '每千名老年人拥有养老床位数'],
    ['全市生猪出栏243万头。', '243万头', 243, '万头', '生猪出栏'],
    // a port's twenty-foot equivalent units in words (a 2025 provincial work report)
    ['上海港集装箱吞吐量达到5150.6万标准箱、连续15年排名世界第一。', '5150.6万标准箱', 5150.6, '万标准箱', '上海港集装箱吞吐量'],
    ['貨櫃吞吐量達到1,400萬個標準箱。', '1,400萬個標準箱', 1400, '万个标准箱', '貨櫃吞吐量'],
    // sheep and poultry are counted in 只 (a bulletin's 羊存栏398.85万只, dev 292)
    ['牛存栏27.83万头，羊存栏398.85万只。', '398.85万只', 398.85, '万只', '羊存栏'],
  ])('%s', (text, match, value, unit, label) => {
    const found = extractFromParagraph(text, { kind: 'target' }).find((f) => f.match === match);
    expect([found?.value, found?.unit, found?.label]).toEqual([value, unit, label]);
  });
  test('a count of documents is a figure of a rule (dev 124)', () => {
    const found = extractFromParagraph('年度报关单量超过5000份的，给予奖励。', { kind: 'target', rules: true });
    expect(found.map((f) => [f.match, f.unit])).toContainEqual(['超过5000份', '份']);
  });
  test('after a Chinese numeral they make words, no figures (一张蓝图, 一部分, 一份)', () => {
    expect(extractFromParagraph('坚持一张蓝图绘到底，一部分企业递交了一份申请。', { kind: 'actual' })).toEqual([]);
    // 只 counts after Arabic numerals only: a household keeps one dog, a rule's bound too (dev 139)
    expect(extractFromParagraph('每户限养一只犬。', { kind: 'actual' })).toEqual([]);
    expect(extractFromParagraph('个人接收寄养犬只的数量不得超过一只。', { kind: 'provision', rules: true, provisions: true }).map((f) => f.unit)).not.toContain('只');
  });
});

describe('a count of occurrences: a classifier and 次 are one unit (辆次, 台次, 站次; devtext26: dev 394)', () => {
  test.each([
    ['车辆25.6万辆次', '25.6万辆次', 25.6, '万辆次'],
    ['发电油机等设备14.2万台次', '14.2万台次', 14.2, '万台次'],
    ['抢修恢复基站3.8万站次', '3.8万站次', 3.8, '万站次'],
    ['检查企业1200家次', '1200家次', 1200, '家次'],
    ['入户走访3500户次', '3500户次', 3500, '户次'],
  ])('%s', (text, match, value, unit) => {
    const found = extractFromParagraph(`一季度，通信行业累计出动应急人员85.6万人次、${text}。`, { kind: 'actual' }).find((f) => f.value === value);
    expect([found?.match, found?.unit]).toEqual([match, unit]);
  });
  test('a bandwidth in Mbps or Gbps is a unit (5G手机用户文件平均下载速率超122Mbps, dev 394)', () => {
    const found = extractFromParagraph('数据显示，5G手机用户文件平均下载速率超122Mbps。', { kind: 'actual' });
    expect(found.map((f) => [f.match, f.value, f.unit, f.comparator])).toEqual([['超122Mbps', 122, 'Mbps', '>']]);
  });
  test('抢修恢复 (repaired and restored) says how the count came about, from the start of any label (leading_action_verbs)', () => {
    const labels = extractFromParagraph('抢修恢复基站3.8万站次、光缆4478公里，发送预警短信息18.1亿条。', { kind: 'actual' }).map((f) => [f.match, f.label]);
    expect(labels).toEqual([
      ['3.8万站次', '基站'],
      ['4478公里', '光缆'],
      ['18.1亿条', '预警短信息'],
    ]);
  });
});

describe('拟 in a word (虚拟, 模拟) is no modal verb of a plan (dev 300)', () => {
  test('建成虚拟养老院111家 in a review is achieved; 拟建设 still plans', () => {
    expect(extractFromParagraph('建成虚拟养老院111家，模拟仿真平台12个。', actual).map((f) => [f.label, f.kind])).toEqual([
      ['虚拟养老院', 'actual'],
      ['模拟仿真平台', 'actual'],
    ]);
    expect(extractFromParagraph('今后拟新增养老床位1000张。', actual).map((f) => f.kind)).toEqual(['target']);
  });
});

describe('a rate per 100 000 (/10万): mortality rates of a health plan (dev 198)', () => {
  test('婴儿死亡率、孕产妇死亡率分别下降到3.5‰、12/10万以下: two figures, each of its own rate', () => {
    const found = extractFromParagraph('加强生育力保护，婴儿死亡率、孕产妇死亡率分别下降到3.5‰、12/10万以下。', { kind: 'target' });
    expect(found.map((f) => [f.label, f.value, f.unit])).toEqual([
      ['婴儿死亡率', 3.5, '‰'],
      ['孕产妇死亡率', 12, '/10万'],
    ]);
  });
  test('孕产妇死亡率控制在14.5/10万以内: one figure, not a count of 10万', () => {
    const found = extractFromParagraph('到2025年，孕产妇死亡率控制在14.5/10万以内。', { kind: 'target' });
    expect(found.map((f) => [f.label, f.value, f.unit, f.comparator])).toEqual([['孕产妇死亡率', 14.5, '/10万', '<=']]);
  });
});

describe('a number said in two multipliers (dev 125)', () => {
  test.each([
    ['日均新设企业达到1万6千多户。', '1万6千多户', 16000, '户', '≈'],
    ['出境旅游人次由8300万增加到1亿3千多万。', '1亿3千多万', 13000, '万', '≈'],
    ['共减轻市场主体负担3万多亿元。', '3万多亿元', 3, '万亿元', '≈'],
    ['粮食产量达到1万2千吨。', '1万2千吨', 12000, '吨', undefined],
    // Hong Kong writes the part below the first multiplier in Arabic digits, grouped (dev 183; the unit in the analysis script)
    ['我會撥款1億3,000萬元推動零售業人力發展。', '1億3,000萬元', 13000, '万元', undefined],
    ['我亦會在未來3年增撥2億500萬元。', '2億500萬元', 20500, '万元', undefined],
    ['逐步釋放17萬5 000平方米的商業樓面。', '17萬5 000平方米', 175000, '平方米', undefined],
    // in Chinese numerals the whole is one number in the unit (dev 148); 二万元 alone is in 万元
    ['審查費每件新臺幣一萬二千五百元。', '一萬二千五百元', 12500, '元', undefined],
    ['处一万五千元罚款。', '一万五千元', 15000, '元', undefined],
    ['处二万元罚款。', '二万元', 2, '万元', undefined],
    // Arabic digits with their places below 万 are one number (dev 691, 559): the part after 千 is its hundreds, tens and ones
    ['２、開課總數101至150門：每門補助1千500元。', '1千500元', 1500, '元', undefined],
    ['112直接暴增到22萬9千7百餘件，增幅達', '22萬9千7百餘件', 229700, '件', '≈'],
    ['每户补助2千5百元。', '2千5百元', 2500, '元', undefined],
    ['每户补助1万2千500元。', '1万2千500元', 12500, '元', undefined],
    ['总投资1千500万元。', '1千500万元', 1500, '万元', undefined],
    // and in 亿 then 万, as the Arabic ones are: the whole in the last multiplier said (dev 374, a plan of 1976)
    ['原煤达到四亿八千万吨。', '四亿八千万吨', 48000, '万吨', undefined],
    ['铁路货运量增加到八亿六千七百万吨。', '八亿六千七百万吨', 86700, '万吨', undefined],
    // 及以上 / 及以下 bound as 以上 / 以下 do, and the bound is part of the figure (dev 119, 196, 197)
    ['实际完成投资1000万元及以上的项目。', '1000万元及以上', 1000, '万元', '>='],
    ['新增商务办公物业面积1万平方米及以上。', '1万平方米及以上', 1, '万平方米', '>='],
    ['单台容量30万千瓦及以下的煤电机组。', '30万千瓦及以下', 30, '万千瓦', '<='],
    // 不到 bounds as 不足 does, less than (dev 738 four times, 353, 374, 558)
    ['可是整治河川的預算不到1%，一直沒有中央的預算來支持花蓮。', '不到1%', 1, '%', '<'],
    ['導致仍不斷發生資本額不到86萬元公司竟可獲4,170萬元投資。', '不到86萬元', 86, '万元', '<'],
  ])('%s', (text, match, value, unit, comparator) => {
    const found = extractFromParagraph(text, { kind: 'actual' }).find((f) => f.match === match);
    expect([found?.value, found?.unit, found?.comparator]).toEqual([value, unit, comparator]);
  });
  // a range of Chinese numerals bounds a count of a unit that makes words with a numeral (期, 次), as a comparator does (dev 148)
  test.each([
    ['申請分二期至六期繳納。', '二期至六期', 2, 6, '期'],
    ['每年召开一至二次会议。', '一至二次', 1, 2, '次'],
    // both ends said in 亿 then 万 (dev 374)
    ['原油增加到一亿三千万至一亿五千万吨。', '一亿三千万至一亿五千万吨', 13000, 15000, '万吨'],
  ])('%s', (text, match, value, max, unit) => {
    const found = extractFromParagraph(text, { kind: 'provision', provisions: true }).find((f) => f.match === match);
    expect([found?.value, found?.max, found?.unit]).toEqual([value, max, unit]);
  });
});

describe('a round number said with its place (千余家, 5千多户)', () => {
  test.each([
    // a place unit with 余/多 after it is a number (about a thousand); alone it is a word (百家企业)
    ['培育优质企业千余家。', '千余家', 1000, '家', '≈'],
    ['承担国家级改革试点任务百余项。', '百余项', 100, '项', '≈'],
    // Arabic digits before 千 or 百: 5千多户 is 5 000 户 (dev 177's baseline), 3百亩 300 亩
    ['新增市场主体5千多户。', '5千多户', 5000, '户', '≈'],
    ['全市GDP达到5千亿元。', '5千亿元', 5000, '亿元', undefined],
    // 数 that ends a noun (人数, 层数) before the number: no vague count (review)
    ['参会人数十万人次。', '十万人次', 10, '万人次', undefined],
    ['流转土地3百亩。', '3百亩', 300, '亩', undefined],
    // not before a multiplier (5千万元 is 5 千万元) nor a unit that starts with the place (5千米, 5百分点)
    ['投入资金5千万元。', '5千万元', 5, '千万元', undefined],
    ['新建绿道5千米。', '5千米', 5, '千米', undefined],
    // a bulletin's sown area in thousands of hectares, a unit of its own (as 千米 is)
    ['全年粮食播种面积3772.0千公顷。', '3772.0千公顷', 3772, '千公顷', undefined],
    // a bulletin's kilowatt-hour spelt out (1628亿千瓦小时, dev 386) and flat glass's weight case (2944.58万重量箱, dev 290)
    ['农村用电量1628亿千瓦小时，增长10.5％。', '1628亿千瓦小时', 1628, '亿千瓦小时', undefined],
    ['平板玻璃产量2944.58万重量箱，比上年增长41.7%。', '2944.58万重量箱', 2944.58, '万重量箱', undefined],
    // an amount in thousands of 元 (a Taiwan budget's or subsidy scale's 千元) keeps its unit as written, as 万元 does (dev 691, 559)
    ['１、財力分級1級之地方政府，每校補助新臺幣（以下同）450千元。', '450千元', 450, '千元', undefined],
    ['１、開課總數100門以下：每門補助2千元。', '2千元', 2, '千元', undefined],
    ['114年度國家通訊傳播委員會預算案於第1目「一般行政」編列預算745,610千元，較113年度預算701,256千元，增加44,354千元。', '745,610千元', 745610, '千元', undefined],
    // 千 as a count word keeps its reading: a Chinese numeral's place (三千元), about so many thousands (5千多元)
    ['处三千元罚款。', '三千元', 3000, '元', undefined],
    ['人均增收5千多元。', '5千多元', 5000, '元', '≈'],
  ])('%s', (text, match, value, unit, comparator) => {
    const found = extractFromParagraph(text, { kind: 'actual' }).find((f) => f.match === match);
    expect([found?.value, found?.unit, found?.comparator]).toEqual([value, unit, comparator]);
  });
  test('由5千多户增加到1万6千多户: the baseline is 5 000 户 (dev 177)', () => {
    const found = extractFromParagraph('日均新设企业由5千多户增加到1万6千多户。', { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.unit, f.baseline?.value, f.baseline?.unit])).toEqual([['日均新设企业', 16000, '户', 5000, '户']]);
  });
  test.each([
    ['百家企业参与。'],
    // after a comparator it names a class or a mark more often than a figure
    ['培育营收超千亿元企业。'],
    // 数十, 数百, 数千: a vague count, as 几十 is; 数 is no part of a label
    ['建成基地数十个，带动农户数千户。'],
  ])('no figure: %s', (text) => {
    expect(extractFromParagraph(text, { kind: 'actual' })).toEqual([]);
  });
  test.each([
    // a rule's cap or floor on a share of a base said between the bound word and the share (dev 303)
    ['但用于清缴的中国核证自愿减排量，不得超过本企业上年度实际碳排放量的10%。', '<='],
    ['股东出资额不得超过注册资本的20%。', '<='],
    ['自有资金不得低于项目总投资的30%。', '>='],
    ['补助资金不少于项目投资的10%。', '>='],
    ['奖励金额不高于其年度营业收入的5%。', '<='],
  ])('a bound on a share of a base: %s', (text, comparator) => {
    expect(extractFromParagraph(text, { kind: 'provision', provisions: true, rules: true }).map((f) => f.comparator)).toEqual([comparator]);
  });
  test.each([
    // the base named right before the share, without 的 (dev 119, 493)
    ['省级按照不超过项目投资额30%的比例给予一次性奖补。', '<='],
    ['经营企业可在上浮不超过基准价20%范围内自主制定价格，下浮不限。', '<='],
  ])('a bound on a share of a base said without 的: %s', (text, comparator) => {
    expect(extractFromParagraph(text, { kind: 'target', rules: true }).map((f) => f.comparator)).toEqual([comparator]);
  });
  test.each([
    // a bound whose words run on past a noun (的, a verb of reaching or change) to another figure's predicate bounds no share: no comparator there
    ['空气质量不低于二级标准的天数比例达到85%。'],
    ['收入不低于最低工资标准的职工占比提高到95%。'],
    ['财政教育支出不低于上年水平增长10%。'],
  ])("a bound before words that run on to the figure's own verb is not the share's: %s", (text) => {
    for (const rules of [true, false]) {
      const found = extractFromParagraph(text, { kind: 'target', year: 2021, rules });
      expect(found.map((f) => [f.kind === 'provision', f.comparator])).toEqual([[false, undefined]]);
    }
  });
  test.each([
    // a cap or floor on a share of what a party pays or buys is the rule's, whatever verb the sentence has (dating35: dev 196, 391, 493)
    ['企业每年获得上级和本区财政扶持合计不超过企业实际缴纳保费的100%。', 'work-plan'],
    ['医保基金在总额预算的基础上，按不低于采购金额的30%提前预付给医疗机构。', 'work-plan'],
    ['经营企业可在上浮不超过基准价20%范围内自主制定价格，下浮不限。', 'notice'],
  ])('a bound on a share of a base in a document that may set rules is a provision: %s', (text) => {
    expect(extractFromParagraph(text, { kind: 'target', year: 2019, rules: true }).map((f) => f.kind)).toEqual(['provision']);
  });
  test('a share a plan aims at, said as a share of its whole (占比不低于总招生数的70%), stays a target (dev 495, outside its labelled scope)', () => {
    const found = extractFromParagraph('到2030年，全市中高职一体化招生占比不低于总招生数的70%。', { kind: 'target', year: 2026, rules: true });
    expect(found.map((f) => [f.kind, f.comparator])).toEqual([['target', '>=']]);
  });
  test.each([
    // a plan's goal said as a share of an aggregate, dated by the year it is for or said with a target word: a target, no rule's cap or floor
    ['到2025年，全社会研发经费投入不低于地区生产总值的2.5%。'],
    ['到2025年，数字经济加快发展。全社会研发经费投入不低于地区生产总值的2.5%。'],
    ['力争全社会研发经费投入不低于地区生产总值的2.5%。'],
  ])('a bound on a share of a base that a plan aims at stays a target: %s', (text) => {
    expect(extractFromParagraph(text, { kind: 'target', year: 2021, rules: true }).map((f) => [f.kind, f.comparator])).toEqual([['target', '>=']]);
  });
  test('a bound with a figure of its own before the share bounds that figure, not the share', () => {
    expect(extractFromParagraph('不超过10万元的部分按20%计算。', { kind: 'provision', provisions: true, rules: true }).find((f) => f.unit === '%')?.comparator).toBeUndefined();
  });
  test('a minus sign in prose makes one negative figure (自然增长率为-3.84‰, dev 291); a hyphen between digits stays a range', () => {
    expect(extractFromParagraph('死亡率为10.33‰；自然增长率为-3.84‰。', { kind: 'actual', year: 2025 }).map((f) => [f.match, f.label, f.value, f.unit])).toEqual([
      ['10.33‰', '死亡率', 10.33, '‰'],
      ['-3.84‰', '自然增长率', -3.84, '‰'],
    ]);
    expect(extractFromParagraph('企业数增长3-5%。', { kind: 'actual' }).map((f) => [f.value, f.max])).toEqual([[3, 5]]);
    // a negative price floor (dev 65); 暂定 (set for now) leads to the number and ends no label
    const floor = '现货市场申报价格上限暂定为1.5元/千瓦时；考虑新能源在电力市场外可获得的其他收益等因素，申报价格下限暂定-0.05元/千瓦时。';
    expect(extractFromParagraph(floor, { kind: 'provision', provisions: true, rules: true }).map((f) => [f.label, f.value])).toEqual([
      ['现货市场申报价格上限', 1.5],
      ['申报价格下限', -0.05],
    ]);
  });
  test('a mark reached or ranks joined (milestone_nouns) after 迈上, 跨上, 跻身 is a level of at least the figure (dev 498, 496, 307)', () => {
    const fig = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2025 }).map((f) => [f.match, f.label, f.value, f.unit, f.comparator]);
    expect(fig('规上工业总产值迈上5万亿元台阶。')).toEqual([['5万亿元', '规上工业总产值', 5, '万亿元', '>=']]);
    expect(fig('我们勇攀高峰、勇立潮头，经济总量跨上2万亿新台阶、稳居全国前8。')).toEqual([['2万亿', '经济总量', 2, '万亿', '>=']]);
    expect(fig('经济总量跻身500亿元行列。')).toEqual([['500亿元', '经济总量', 500, '亿元', '>=']]);
  });
  test('总层数十层以上: 数 ends a noun before a bound', () => {
    expect(extractFromParagraph('总层数十层以上的住宅。', { kind: 'provision', provisions: true }).map((f) => [f.value, f.unit, f.comparator])).toEqual([[10, '层', '>=']]);
  });
});

describe('figures in a clause', () => {
  test.each([
    // clause, label contains, value, unit, scale?, comparator?
    ['新认定国家高新技术企业30家以上。', '国家高新技术企业', 30, '家', undefined, '>='],
    ['全市已聚集各类创投机构1万余家。', '创投机构', 1, '万家', 10000, '≈'],
    ['举办培训12场,近2.8万人参与。', '参与', 2.8, '万人', 28000, '≈'],
    ['累计帮助企业获得贷款200多亿元。', '贷款', 200, '亿元', 2e10, '≈'],
    ['给予100万元至2000万元的财政资助。', '财政资助', 100, '万元', 1e6, undefined],
    ['科技型企业累计达到一千二百家。', '科技型企业', 1200, '家', undefined, undefined],
    ['引进人才两万人。', '人才', 2, '万人', 20000, undefined],
    ['新增企业１２３家。', '企业', 123, '家', undefined, undefined],
    ['平台整合仪器1,200台。', '仪器', 1200, '台', undefined, undefined],
    ['科技创新类项目占比不低于20%。', '科技创新类项目占比', 20, '%', undefined, '>='],
    ['服务企业超过2000家。', '服务企业', 2000, '家', undefined, '>'],
    ['研发人才突破5000人。', '研发人才', 5000, '人', undefined, '>'],
    ['新型研发机构30家左右。', '新型研发机构', 30, '家', undefined, '≈'],
    ['研发投入强度约2.5%。', '研发投入强度', 2.5, '%', undefined, '≈'],
  ] as const)('%s', (clause, label, value, unit, scale, comparator) => {
    const found = extractFromParagraph(clause, actual).find((i) => i.label.includes(label));
    expect(found).toBeDefined();
    expect(found!.label).toContain(label);
    expect(found!.value).toBe(value);
    expect(found!.unit).toBe(unit);
    expect(found!.scale).toBe(scale);
    expect(found!.comparator).toBe(comparator);
  });

  test('百分之四十七点五 is 47.5 %', () => {
    const [found] = extractFromParagraph('高新技术企业占比达到百分之四十七点五。', actual);
    expect(found).toMatchObject({ value: 47.5, unit: '%', label: '高新技术企业占比' });
  });

  test('a level with its growth: one figure, the growth in change', () => {
    const [found, ...rest] = extractFromParagraph('高新技术企业总数增至6120家,增长47.5%;', actual);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ label: '高新技术企业总数', value: 6120, unit: '家', change: { value: 47.5, unit: '%' } });
  });

  test.each([
    ['研发投入强度达到0.75%。', 0.75, undefined],
    // 高达 says how high a level is, it is no growth (dev 183: 平均每天處理金額高達8,500億元人民幣)
    ['失业率高达5.3%。', 5.3, undefined],
    ['研发投入增长13%。', 13, { value: 13, unit: '%' }],
    ['研发投入同比下降2.5%。', -2.5, { value: -2.5, unit: '%', basis: '同比' }],
    ['增幅较全市规上工业高5.1个百分点。', 5.1, { value: 5.1, unit: '个百分点', basis: '较全市规上工业' }],
  ])('level vs growth: %s', (clause, value, change) => {
    const [found] = extractFromParagraph(clause, actual);
    expect(found!.value).toBe(value);
    expect(found!.change).toEqual(change);
  });

  // dev 183: a growth said before the level it reaches (增加六成至…, 增長兩成七，超過…) is that level's change, and tenths
  // after a growth verb (增加三成, 上升八成) are a rate of change, given in percent
  test.each([
    ['人民币贸易结算交易按年增加六成至63,000亿元人民币。', '人民币贸易结算交易', 63000, '亿元人民币', 60, '%'],
    ['营业收入比上年增长20%至500亿元。', '营业收入', 500, '亿元', 20, '%'],
    ['高新技术企业数量增长12%，达到860家。', '高新技术企业数量', 860, '家', 12, '%'],
    ['基金管理业务合计资产按年增长两成七，超过16万亿元。', '基金管理业务合计资产', 16, '万亿元', 27, '%'],
    ['政府会向医院管理局提供经常拨款490亿元，较5年前增加接近五成。', '经常拨款', 490, '亿元', 50, '%'],
    ['人民币即时支付系统平均每天处理金额高达8,500亿元人民币，较上一年同期上升八成。', '人民币即时支付系统平均每天处理金额', 8500, '亿元人民币', 80, '%'],
    // the growth in percent words (百分之七) before 至 and the level: no range from a percentage to an amount (corpus 305)
    ['经常开支将增加百分之七至五千八百零二亿元。', '经常开支', 5802, '亿元', 7, '%'],
    ['非经常开支将大幅减少百分之四十七点七至三百三十六亿元。', '非经常开支', 336, '亿元', -47.7, '%'],
  ])('a growth with its level: %s', (text, label, value, unit, change, changeUnit) => {
    const found = extractFromParagraph(text, actual);
    expect(found.map((f) => [f.label, f.value, f.unit, f.change?.value, f.change?.unit])).toEqual([[label, value, unit, change, changeUnit]]);
  });

  test.each([
    // a share in tenths without a growth verb stays a share; a growth followed by a level of another measure stays a growth
    ['超过七成的股份交易在香港进行。', [[7, '成']]],
    [
      '工业增加值增长8%，占地区生产总值比重达到40%。',
      [
        [8, '%'],
        [40, '%'],
      ],
    ],
    // a count that opens a clause of its own after a growth is no level of it (dev 177)
    [
      '脱贫地区农民收入年均增长7.9%，71.3万监测对象稳定消除返贫风险。',
      [
        [7.9, '%'],
        [71.3, '万'],
      ],
    ],
  ] as const)('no growth of a level: %s', (text, figures) => {
    expect(extractFromParagraph(text, actual).map((f) => [f.value, f.unit])).toEqual(figures);
  });

  test('a growth alone in tenths keeps its value as written, its change in percent (dev 121)', () => {
    expect(extractFromParagraph('联合行动比去年同期增加三成。', actual).map((f) => [f.label, f.value, f.unit, f.change?.value, f.change?.unit])).toEqual([
      ['联合行动', 3, '成', 30, '%'],
    ]);
  });

  test("a sentence that opens with a year before the document's frames the sentences after it in its paragraph (dev 256)", () => {
    const text = '2011年，是开局之年。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，城镇新增就业1168万人。今年城镇新增就业900万人以上。';
    expect(extractFromParagraph(text, { kind: 'target', year: 2011 }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['10.3%', 'actual', 2010],
      ['1168万人', 'actual', 2010],
      ['900万人以上', 'target', 2011],
    ]);
    // a year opener at the document's year or after frames nothing new: what follows keeps the section's kind
    expect(extractFromParagraph('2011年，是开局之年。城镇新增就业900万人以上。', { kind: 'target', year: 2011 }).map((f) => f.kind)).toEqual(['target']);
    // nor does a past year frame a sentence that opens with the document's year (no comma after it) or that says it sets targets
    const goals = { kind: 'target' as const, year: 2025 };
    expect(extractFromParagraph('2024年，全市经济运行稳中有进。2025年经济社会发展的主要预期目标是：地区生产总值增长6%左右。', goals).map((f) => [f.kind, f.period])).toEqual([
      ['target', 2025],
    ]);
    expect(extractFromParagraph('过去一年，全市经济运行稳中有进。主要预期目标是：地区生产总值增长6%左右。', goals).map((f) => f.kind)).toEqual(['target']);
  });

  test('a paragraph that opens with 这一年 (after 刚刚过去的2020年是极不平凡的一年) is of the year the report reviews, not of the five-year span of its section (dev 60)', () => {
    const text = '这一年，我们聚力推进城市转型，打通断头路18条，完成城中村改造46个。';
    expect(extractFromParagraph(text, { kind: 'actual', year: 2021, period: '2016-2020' }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['18条', 'actual', 2020],
      ['46个', 'actual', 2020],
    ]);
  });

  test('a quantity after 每 is the basis a price is per, not a figure: the figure after it keeps the words before 每 (dev 256)', () => {
    const text = '今年小麦最低收购价每50公斤提高5到7元，水稻最低收购价每50公斤提高9到23元。';
    expect(extractFromParagraph(text, { kind: 'target', year: 2011 }).map((f) => [f.match, f.label, f.value, f.max, f.unit])).toEqual([
      ['5到7元', '小麦最低收购价', 5, 7, '元'],
      ['9到23元', '水稻最低收购价', 9, 23, '元'],
    ]);
  });

  test("the year of a multiple (是1997年的1.8倍) is the basis's, it dates no figure after it (dev 255)", () => {
    const text = '全国财政性教育经费投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%。';
    expect(extractFromParagraph(text, { kind: 'actual', year: 2003 }).find((f) => f.match === '3.3%')?.period).toBeUndefined();
  });

  // 为“十三五”时期的1.5倍: a ratio of the figure before it to another time's is neither a figure nor its growth (dev 494, 255)
  test.each([
    ['固定资产投资累计达4.5万亿元、为“十三五”时期的1.5倍，并于2024年突破1万亿元。', ['4.5万亿元', '突破1万亿元']],
    ['全国财政性教育经费投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%。', ['3366亿元', '3.3%']],
  ])('a multiple of another time after a figure is no figure: %s', (text, matches) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2026 }).map((f) => f.match)).toEqual(matches);
  });

  test('个百分点 is kept apart from %', () => {
    const [found] = extractFromParagraph('研发投入强度提高0.3个百分点。', actual);
    expect(found!.unit).toBe('个百分点');
    expect(found!.change?.unit).toBe('个百分点');
  });

  test.each([
    ['全社会研发投入预计增长10%。', 'estimate'],
    ['力争高新技术产业营业收入达到600亿元。', 'target'],
    ['确保新增科创贷5000万元。', 'target'],
    ['新认定市级科技资源共享服务平台15家。', 'actual'],
    // a marker word inside a quoted name is part of the name, not the clause's (“两个确保”, dev 255)
    ['2002年中央财政用于“两个确保”和“低保”的资金达594亿元。', 'actual'],
    ['“确保”资金达594亿元，确保新增科创贷5000万元。', 'actual'],
  ])('kind: %s → %s', (clause, kind) => {
    expect(extractFromParagraph(clause, actual)[0]!.kind).toBe(kind);
  });

  // a sentence that opens with 预计 frames its parts cut by ；, unless a part says its figure was achieved (实际完成; dev 459, 461)
  test.each([
    ['预计全市地区生产总值完成1117亿元，比上年增长12%；规模以上工业增加值420亿元，增长13%；公共财政预算收入实际完成136亿元，增长6.5%。', '420亿元', 'estimate'],
    ['预计全市地区生产总值完成1117亿元，比上年增长12%；规模以上工业增加值420亿元，增长13%；公共财政预算收入实际完成136亿元，增长6.5%。', '136亿元', 'actual'],
    ['初步预计，全市生产总值1489.2亿元，增长11.3%；规模以上工业增加值705.5亿元，增长14.7%。', '705.5亿元', 'estimate'],
    ['全市生产总值1489.2亿元，增长11.3%；预计规模以上工业增加值705.5亿元，增长14.7%。', '1489.2亿元', 'actual'],
  ])('a forecast frames its sentence across ；: %s → %s %s', (text, match, kind) => {
    expect(extractFromParagraph(text, { kind: 'actual', year: 2014 }).find((f) => f.match === match)?.kind).toBe(kind);
  });

  test('实际 before 完成 is an adverb of the verb, no part of the label (公共财政预算收入实际完成136亿元, dev 459)', () => {
    expect(extractFromParagraph('公共财政预算收入实际完成136亿元，增长6.5%。', { kind: 'actual', year: 2014 })[0]?.label).toBe('公共财政预算收入');
  });

  // a spoken address (dev 143, 144): what a bureau or we will do, what is about to start, the next
  // financial year, a sentence we propose; a forecast named after the figure or opened by 預期
  test.each([
    ['教育局會提供30億元的助學金。', '30億元', 'target'],
    ['我們亦即將展開招聘20至30名青年人。', '20至30名', 'target'],
    ['利得稅率將由政綱所建議的10%進一步降至8.25%。', '8.25%', 'target'],
    ['我們建議研發開支可獲300%扣稅，餘額則獲200%扣稅。', '200%', 'target'],
    ['先在下一個財政年度增加公務員編制百分之三。', '百分之三', 'target'],
    ['大致符合我們在去年預算案所公布的經濟增長1%至2%的預測。', '1%至2%', 'estimate'],
    ['預期措施全面實施首年約50萬名長者受惠。', '約50萬名', 'estimate'],
    ['香港男性的預期壽命為81歲。', '81歲', 'actual'],
    ['今年的主要預期目標是經濟增長6%。', '6%', 'target'],
  ])('kind in an address: %s → %s %s', (clause, match, kind) => {
    const found = extractFromParagraph(clause, { kind: 'actual', year: 2017 }, 'zh-Hant').find((f) => f.match.includes(match.replace(/^約/, '')));
    expect(found?.kind).toBe(kind);
  });

  test.each([
    '启动编制“十四五”科技创新规划。',
    '纳入成都市人才新政3.0版。',
    '促成第81届世界科幻大会落户成都。',
    '中国环流器二号M装置(HL-2M)建成放电。',
    '通过3D打印机直接打印出实物。',
    '聚焦“5+2+1”特色优势产业。',
    '依照第十二条规定执行。',
    '2020年12月,成都市政府签订协议。',
    '建立百家企业上市培育库。',
    '全面贯彻党的十九届五中全会精神和市委七届九次、十次、十一次全会精神。',
    '两个轮子互相促进。',
    '在房租减免、贷款贴息、研发补助等7个方面为企业解难纾困。',
  ])('not a figure: %s', (clause) => {
    expect(extractFromParagraph(clause, actual)).toEqual([]);
  });

  test('Traditional text: labels and units stay in the original script', () => {
    const [a, b] = extractFromParagraph('2021年淨增國家高新技術企業1701家、總量達7821家。', actual, 'zh-Hant');
    expect(a).toMatchObject({ label: '淨增國家高新技術企業', value: 1701, unit: '家', period: 2021 });
    expect(b).toMatchObject({ label: '國家高新技術企業總量', value: 7821 });
  });
});

// The seeds, through the real stages, against the hand-labelled list.
const slugs = [
  'chengdu-2020-kejichuangxin',
  'suining-2021-gongzuoyaodian',
  'chengdu-2023-kechuangzhongguo',
  'chongqing-2018-kejichuangxin-baogao',
  'chengdu-2015-xiaoyuandi-xietong',
];
const extracted = new Map(
  slugs.map((slug) => {
    const { text } = decodeSource(readFileSync(join(dir, `${slug}.txt`)));
    const meta = parseYaml(readFileSync(join(dir, `${slug}.meta.yml`), 'utf8')) as { kind: 'work-report'; script: 'zh-Hans'; year?: number };
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    return [slug, extractIndicators(outline, { kind: meta.kind, script: meta.script, year: meta.year })];
  }),
);
const rows = (file: string): string[][] =>
  readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));

/** Every field of a hand-labelled row, compared with one extracted figure. */
function agrees(ind: Indicator, row: string[]): boolean {
  const [, match, label, value, unit, change, kind, comparator] = row;
  const [cv, cu] = change ? change.split(' ') : [];
  return (
    ind.match === match &&
    ind.label.includes(label!) &&
    ind.value === Number(value) &&
    ind.unit === unit &&
    (change ? ind.change?.value === Number(cv) && ind.change?.unit === cu : ind.change === undefined) &&
    ind.kind === kind &&
    (ind.comparator ?? '') === (comparator ?? '')
  );
}

describe('hand-labelled seed figures', () => {
  const expected = rows('expected.tsv');
  test('at least 40 labelled figures across all five seeds', () => {
    expect(expected.length).toBeGreaterThanOrEqual(40);
    expect(new Set(expected.map((r) => r[0]))).toEqual(new Set(slugs));
  });

  test('every extracted figure is a valid record entry with a unique id', () => {
    for (const list of extracted.values()) {
      for (const ind of list) Indicator.parse(ind);
      expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
    }
  });

  test('recall on the labelled set (every field right)', () => {
    const missed = expected.filter((row) => !extracted.get(row[0]!)!.some((ind) => agrees(ind, row)));
    const recall = 1 - missed.length / expected.length;
    console.log(`indicators: recall ${(recall * 100).toFixed(1)}% (${expected.length - missed.length}/${expected.length})`);
    for (const row of missed) {
      const near = extracted.get(row[0]!)!.filter((i) => i.match === row[1]);
      console.log(
        `  missed ${row.join(' | ')} → ${JSON.stringify(near.map(({ label, value, unit, change, kind, comparator }) => ({ label, value, unit, change, kind, comparator })))}`,
      );
    }
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  test.each(rows('must-not.tsv'))('%s: no figure in %s', (slug, context, number) => {
    const bad = extracted.get(slug!)!.filter((ind) => (ind.text.includes(context!) || context!.includes(ind.match)) && ind.match.includes(number!));
    expect(bad).toEqual([]);
  });

  test('precision on the must-not spans', () => {
    const spans = rows('must-not.tsv');
    const hits = spans.filter(([slug, context, number]) =>
      extracted.get(slug!)!.some((ind) => (ind.text.includes(context!) || context!.includes(ind.match)) && ind.match.includes(number!)),
    );
    console.log(`indicators: ${hits.length} of ${spans.length} must-not spans extracted`);
    expect(hits).toEqual([]);
  });
});

/** A row of the second set: the label is exact (alternatives split by |), and the period is checked when given. */
function agreesExactly(ind: Indicator, row: string[]): boolean {
  const [slug, match, label, value, unit, change, kind, comparator, period] = row;
  return (
    label!.split('|').includes(ind.label) &&
    (!period || ind.period === Number(period)) &&
    agrees({ ...ind, label: label! }, [slug!, match!, label!, value!, unit!, change!, kind!, comparator!])
  );
}

describe('second hand-labelled set: exact labels, periods, frame counts', () => {
  const expected = rows('expected-2.tsv');

  test('recall with exact labels, per seed', () => {
    const missed = expected.filter((row) => !extracted.get(row[0]!)!.some((ind) => agreesExactly(ind, row)));
    for (const slug of slugs) {
      const mine = expected.filter((r) => r[0] === slug);
      console.log(`indicators (set 2) ${slug}: ${mine.length - missed.filter((r) => r[0] === slug).length}/${mine.length}`);
    }
    for (const row of missed)
      console.log(
        `  missed ${row.join(' | ')} → ${JSON.stringify(
          extracted
            .get(row[0]!)!
            .filter((i) => i.match === row[1])
            .map((i) => i.label),
        )}`,
      );
    expect(1 - missed.length / expected.length).toBeGreaterThanOrEqual(0.95);
  });

  test('precision at the labelled quantities: every figure found there is fully right', () => {
    const wrong = slugs.flatMap((slug) => {
      const mine = expected.filter((r) => r[0] === slug);
      const matches = new Set(mine.map((r) => r[1]));
      return extracted.get(slug)!.filter((ind) => matches.has(ind.match) && !mine.some((r) => r[1] === ind.match && agreesExactly(ind, r)));
    });
    // quantities written the same way twice (10个, 5個) are labelled once: a few wrong figures here are other figures
    console.log(`indicators (set 2): ${wrong.length} figures at labelled quantities agree with no row: ${wrong.map((i) => `${i.match} ${i.label}`).join('; ')}`);
    expect(wrong.length).toBeLessThanOrEqual(12);
  });

  test.each(rows('must-not-2.tsv'))('%s: no figure in %s', (slug, context, number) => {
    expect(extracted.get(slug!)!.filter((ind) => ind.text.includes(context!) && ind.match.includes(number!))).toEqual([]);
  });
});

describe('built site: indicators', () => {
  const site = inject('site');
  const records = readdirSync(site.reports)
    .filter(isRecordFile)
    .map((f) => ReportRecord.parse(JSON.parse(readFileSync(join(site.reports, f), 'utf8'))));
  const page = (...p: string[]): string => readFileSync(join(site.dist, ...p), 'utf8');

  test.each(records.flatMap((r) => (['zh-hans', 'zh-hant'] as const).map((lang) => [r.slug, lang] as const)))(
    '%s in %s: every indicator id marks its sentence, with a callout, key figures and the full table on demand',
    (slug, lang) => {
      const record = records.find((r) => r.slug === slug)!;
      const html = page(lang, slug, 'index.html');
      for (const ind of record.indicators) {
        expect(html, ind.id).toMatch(new RegExp(`<mark id="${ind.id}"`));
        expect(html, ind.id).toContain(`href="#${ind.id}"`);
      }
      if (record.indicators.length > 0) {
        expect(html).toContain('class="key-figures"');
        // The full table is the report's group in the explorer (loaded when 全部指标 opens; a link without JS).
        const at = new RegExp(`data-figures-from="${site.base}${lang}/indicators/(?:page/(\\d+)/)?#r-${slug}"`).exec(html);
        expect(at, 'link to the explorer group').not.toBeNull();
        const explorer = at![1] ? page(lang, 'indicators', 'page', at![1], 'index.html') : page(lang, 'indicators', 'index.html');
        const group = explorer.slice(explorer.indexOf(`id="r-${slug}"`)).split('</tbody>')[0]!;
        expect(group.match(/<tr data-kind/g)?.length).toBe(record.indicators.length);
      }
    },
  );

  test.each(['zh-hans', 'zh-hant'])('explorer /%s/indicators/: every figure links to its sentence under the base path', (lang) => {
    const html = page(lang, 'indicators', 'index.html');
    const total = records.reduce((n, r) => n + r.indicators.length, 0);
    expect(html.match(/<tr data-kind/g)?.length).toBe(total);
    for (const r of records) for (const ind of r.indicators) expect(html).toContain(`href="${site.base}${lang}/${r.slug}/#${ind.id}"`);
    // One group per report with figures, headed by its link; the report is not repeated on every row.
    const withFigures = records.filter((r) => r.indicators.length);
    expect(html.match(/<tbody data-region/g)?.length).toBe(withFigures.length);
    for (const r of withFigures) expect(html.split(`href="${site.base}${lang}/${r.slug}/"`).length - 1).toBe(1);
    expect(html).toContain('<svg');
    expect(html).toMatch(/<select name="region">/);
  });

  test('研发投入强度 of 成都, 遂宁 and 重庆 share one chart', () => {
    const html = page('zh-hans', 'indicators', 'index.html');
    const chart = html.split('<figure class="ind-chart">').find((f) => /研发[^<]*投入强度/.test(f.slice(0, 200)));
    expect(chart).toBeDefined();
    for (const region of ['成都', '遂宁', '重庆']) expect(chart).toContain(region);
  });

  test('exports: indicators.json, indicators.csv and one CSV per script (UTF-8 with BOM) list every figure; index.json lists the part', () => {
    const total = records.reduce((n, r) => n + r.indicators.length, 0);
    const json = JSON.parse(page('data', 'indicators.json')) as { id: string; url: string }[];
    expect(json).toHaveLength(total);
    expect(json[0]!.url.startsWith(site.base)).toBe(true);
    for (const [lang, label] of [
      ['zh-hans', '指标'],
      ['zh-hant', '指標'],
    ] as const) {
      const csv = readFileSync(join(site.dist, 'data', `indicators.${lang}.csv`));
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.toString('utf8').trim().split('\r\n');
      expect(lines[0]).toContain(`${label},`);
      expect(lines).toHaveLength(total + 1);
    }
    // the documented /data/indicators.csv (English column names) stays, with every figure
    const keysFile = readFileSync(join(site.dist, 'data', 'indicators.csv'));
    expect([...keysFile.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const keys = keysFile.toString('utf8').trim().split('\r\n');
    expect(keys[0]).toMatch(/^slug,report,region,year,id,/);
    expect(keys).toHaveLength(total + 1);
    expect(JSON.parse(page('data', 'reports.json'))).toHaveLength(records.length);
    const index = JSON.parse(page('data', 'index.json')) as { parts: { part: number; reports: number; indicators: number; indicatorsUrl: string }[] };
    expect(index.parts).toEqual([expect.objectContaining({ part: 1, reports: records.length, indicators: total, indicatorsUrl: `${site.base}data/indicators.json` })]);
  });
});

describe('generality: from-to, provisions, ranges, periods, frames', () => {
  const actual = { kind: 'actual' as const, year: 2021 };
  const one = (text: string, context: Parameters<typeof extractFromParagraph>[1] = actual) => extractFromParagraph(text, context);

  test('由X增加到Y is one figure with its baseline, not two (the average growth after it is a figure of its own)', () => {
    const found = one('地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元，年均增长12.1%。');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      label: '地区生产总值',
      value: 287.9,
      unit: '亿元',
      period: 2015,
      baseline: { value: 162.4, unit: '亿元', period: 2010, match: '162.4亿元' },
    });
    expect(found[0]?.change).toBeUndefined();
    expect(found[1]).toMatchObject({ label: '地区生产总值', value: 12.1, change: { value: 12.1, unit: '%' } });
    expect(one('全社会研发投入强度从1.2%提高到2.5%。')).toMatchObject([{ label: '全社会研发投入强度', value: 2.5, baseline: { value: 1.2 } }]);
  });

  test('from-to from the level before an action (从推广前的5%, 从推广前不到5万辆, 从推广前每台3000-4000元): one figure with its baseline (dev 421)', () => {
    expect(one('高效节能空调的市场占有率从推广前的5%上升到70%以上。', { kind: 'actual', year: 2011 })).toMatchObject([
      { label: '市场占有率', value: 70, comparator: '>=', baseline: { value: 5, unit: '%' } },
    ]);
    expect(one('每月销售数量从推广前不到5万辆上升到目前30万辆以上。', { kind: 'actual', year: 2011 })).toMatchObject([
      { label: '每月销售数量', value: 30, unit: '万辆', baseline: { value: 5, unit: '万辆' } },
    ]);
    expect(one('高效节能空调价格从推广前每台3000-4000元下降到2000元左右。', { kind: 'actual', year: 2011 })).toMatchObject([
      { label: '高效节能空调价格', value: 2000, comparator: '≈', baseline: { value: 3000, unit: '元' } },
    ]);
  });

  test('a price per unit of goods or energy a notice sets (每千瓦时, 每吨) is a rule: its figures are provisions (dev 638)', () => {
    const notice = { kind: 'target', year: 2026, rules: true } as const;
    expect(one('1.天然气调峰发电机组的电量电价调整为每千瓦时0.5569元。', notice).map((f) => [f.value, f.kind])).toEqual([[0.5569, 'provision']]);
    expect(one('天然气调峰9E系列机组，全年发电利用小时300小时以内的电量电价，在上述电价基础上每千瓦时增加0.15元。', notice).map((f) => [f.value, f.kind])).toEqual([
      [300, 'provision'],
      [0.15, 'provision'],
    ]);
    // a cost a reply reports per unit is no price it sets (dev 393)
    expect(one('2003年，经该设施处理回用水量1700多万吨，处理成本为每立方米2.4元左右。', { kind: 'actual', year: 2005, rules: true }).map((f) => f.kind)).toEqual([
      'actual',
      'actual',
    ]);
    // a count per head of population is a plan's target, no price
    expect(one('每千人口拥有3岁以下婴幼儿托位数达到4.5个。', notice).map((f) => f.kind)).toEqual(['target']);
  });

  test('a sentence that says what has been done (目前，…已…) reports measures: its 禁止 makes no provision of its figures (dev 422)', () => {
    const sentence = '目前，相关网站平台已按要求完善风险模型，对1300余家批量操控账号的MCN机构进行清退并禁止重新入驻，取消提现功能权益211家，关闭MCN机构旗下账号9600个。';
    expect(one(sentence, { kind: 'actual', year: 2025, rules: true }).map((f) => [f.value, f.kind])).toEqual([
      [1300, 'actual'],
      [211, 'actual'],
      [9600, 'actual'],
    ]);
    // and in a notice, where figures are targets by default, they are actuals
    expect(one(sentence, { kind: 'target', year: 2024, rules: true }).map((f) => f.kind)).toEqual(['actual', 'actual', 'actual']);
    // a rule stays a rule: nothing says it was done
    expect(one('对违规机构禁止重新入驻，罚款5000元。', { kind: 'actual', year: 2025, rules: true }).map((f) => f.kind)).toEqual(['provision']);
  });

  test('a sentence that opens with what has happened since a time (2024年以来，…) tells actuals, in a notice too (dev 422)', () => {
    const lede = '2024年以来，网信部门持续加大对网络水军打击力度，协调关闭、下架网站平台400余家，督促重点平台清理违法违规信息482万条。';
    expect(one(lede, { kind: 'target', year: 2024, rules: true }).map((f) => [f.value, f.kind])).toEqual([
      [400, 'actual'],
      [482, 'actual'],
    ]);
    // a notice's aim for a time ahead stays a target
    expect(one('到2025年底，督促重点平台清理违法违规信息500万条。', { kind: 'target', year: 2024, rules: true }).map((f) => f.kind)).toEqual(['target']);
    // and so does one the since-sentence goes on to date after the document's year: it cannot have happened yet (review22)
    const ahead = '2024年以来，网信部门持续加大对网络水军打击力度，到2025年底，督促重点平台清理违法违规信息500万条。';
    expect(one(ahead, { kind: 'target', year: 2024, rules: true }).map((f) => [f.value, f.kind])).toEqual([[500, 'target']]);
    const longSince = '长期以来，我市产业结构偏重，到2025年服务业增加值比重提高到55%。';
    expect(one(longSince, { kind: 'target', year: 2023 }).map((f) => [f.value, f.kind])).toEqual([[55, 'target']]);
  });

  test.each(words.lasting_words)('%s以来 says how long a state has held, from no start: no span up to now, its sentence tells no results (labels23)', (word) => {
    // 长期以来，… opens the background of a plan's aim, a state that has long held (产业结构偏重), not what has happened since a time
    const sentence = `${word}以来，我市产业结构偏重，服务业增加值比重提高到55%。`;
    expect(one(sentence, { kind: 'target', year: 2023, rules: true }).map((f) => [f.value, f.kind])).toEqual([[55, 'target']]);
    // a time or an event before 以来 is a start: 2024年以来，… (dev 422)
    expect(one('2024年以来，我市服务业增加值比重提高到55%。', { kind: 'target', year: 2024, rules: true }).map((f) => f.kind)).toEqual(['actual']);
  });

  test('比上年少增166万人 is the change of the increase before it, no amount of its own (dev 420); 多增 the same, up', () => {
    const bulletin = '全年城镇新增就业1186万人，比上年少增166万人。年末全国城镇调查失业率为5.2%。';
    expect(one(bulletin).map((f) => [f.label, f.value, f.change?.value, f.change?.unit])).toEqual([
      ['城镇新增就业', 1186, -166, '万人'],
      ['城镇调查失业率', 5.2, undefined, undefined],
    ]);
    expect(one('全年城镇新增就业1352万人，比上年多增51万人。').map((f) => [f.value, f.change?.value])).toEqual([[1352, 51]]);
    // so is a fall of a level: the change of the population, no figure of its own
    expect(one('年末常住人口455.74万人，比上年减少2.04万人。').map((f) => [f.value, f.change?.value])).toEqual([[455.74, -2.04]]);
  });

  test('from-to with times in words (去年年中高峰期, 今年年初, 今年1月), and 今年年初 is past, not a target (dev 70)', () => {
    expect(one('失業率由去年年中高峰期的 8.7%，持續下降至今年年初的 7.3%。', { kind: 'actual', year: 2004 })).toMatchObject([
      { label: '失業率', value: 7.3, kind: 'actual', baseline: { value: 8.7 } },
    ]);
    expect(one('按年跌幅由去年 12 月的 1.9%，進一步收窄至今年 1 月的1.5%。', { kind: 'actual', year: 2004 })).toMatchObject([
      { value: 1.5, kind: 'actual', baseline: { value: 1.9 } },
    ]);
    expect(one('今年全市生产总值增长6%。', { kind: 'actual', year: 2004 })).toMatchObject([{ value: 6, kind: 'target' }]);
  });

  test('units of electricity, wells, plots and cases after Arabic numerals; as words after a Chinese numeral they are none (dev 71, 72)', () => {
    expect(one('全年全社会用电量12.1亿度，打机井132眼，安装标识牌1500余块。').map((f) => [f.value, f.unit])).toEqual([
      [12.1, '亿度'],
      [132, '眼'],
      [1500, '块'],
    ]);
    expect(one('经济一度放缓，一眼望去，一块推进。')).toEqual([]);
  });

  test('after a Chinese numeral and 万 or 亿 such a unit makes no word: 三千亿度, 六千万担 are figures (dev 374, a plan of 1976)', () => {
    expect(one('发电量增加到三千亿度，棉花增加到六千万担。', { kind: 'target' }).map((f) => [f.value, f.unit])).toEqual([
      [3000, '亿度'],
      [6000, '万担'],
    ]);
    expect(one('一度放缓，挑了一担水。', { kind: 'target' })).toEqual([]);
    expect(one('为企业提供五千万担保。', { kind: 'target' }).map((f) => f.unit)).not.toContain('万担');
  });

  test("in a plan, what a year before the document did is actual; a price basis year is not the figure's", () => {
    const plan = { kind: 'target' as const, year: 2025, period: 2025 };
    expect(one('2023年春节期间，参与响应用户107户。', plan)).toMatchObject([{ value: 107, kind: 'actual', period: 2023 }]);
    expect(one('参与响应用户107户。', plan)).toMatchObject([{ value: 107, kind: 'target', period: 2025 }]);
    expect(one('到2005年，按2000年价格计算的国内生产总值达到2900亿元左右。', { kind: 'target', year: 2001, period: 2005 })).toMatchObject([
      { value: 2900, kind: 'target', period: 2005 },
    ]);
  });

  test("全年新增 is the year's plan, except in a section that reviews the year (corpus 71)", () => {
    expect(one('全年新增各类市场主体1727家。', { kind: 'actual', year: 2015 })).toMatchObject([{ value: 1727, kind: 'target' }]);
    expect(one('全年新增各类市场主体1727家。', { kind: 'actual', year: 2015, review: true })).toMatchObject([{ value: 1727, kind: 'actual' }]);
  });

  test('a grid table left as text: each cell is a clause of its own, no label holds a cell rule or a cell before it (corpus 31, golden vehicle-tax)', () => {
    const found = one('| 乘用车 | 1.0升（含）以下的 | 每辆 | 60元至360元 | 核定载客人数9人（含）以下 | | 1.0升以上至1.6升（含）的 | | 300元至540元 |');
    for (const f of found) expect(f.label).not.toMatch(/[|+]|--/);
    // the row's first cell is the topic of the figures that have no words of their own
    expect(found.map((f) => [f.label, f.value])).toEqual([
      ['乘用车', 60],
      ['核定载客人数', 9],
      ['乘用车', 300],
    ]);
  });

  test('a flow per second is one unit (立方米/秒), like a capacity per day (万吨/日); 秒 after a number alone is no unit', () => {
    expect(one('新建泵站12座，新增抽排能力150立方米/秒。', { kind: 'target', year: 2021 })[1]).toMatchObject({ label: '新增抽排能力', value: 150, unit: '立方米/秒' });
    expect(one('新增污水处理能力35万吨/日。', { kind: 'target', year: 2021 })[0]).toMatchObject({ label: '新增污水处理能力', value: 35, unit: '万吨/日' });
    expect(extractFromParagraph('倒计时10秒。', { kind: 'target', year: 2021 })).toEqual([]);
  });

  // dev 691 line 136 (its subject, 人口密度, is its section's: 社區大學服務之（鎮、市、區）人口密度); 元／吨 and 千克／公顷 as a price and a rate
  test.each([
    ['人口密度6,001人／平方公里以上，每校補助150千元。', '6,001人／平方公里以上', '人口密度', 6001, '人/平方公里'],
    ['人口密度3,001至6,000人／平方公里，每校補助200千元。', '3,001至6,000人／平方公里', '人口密度', 3001, '人/平方公里'],
    ['收购价格2000元／吨。', '2000元／吨', '收购价格', 2000, '元/吨'],
    ['化肥施用量300千克／公顷。', '300千克／公顷', '化肥施用量', 300, '千克/公顷'],
  ])('a full-width slash says what a unit is per as / does: %s', (text, match, label, value, unit) => {
    const found = extractFromParagraph(text, { kind: 'provision', provisions: true }).find((f) => f.value === value);
    expect([found?.match, found?.label, found?.unit]).toEqual([match, label, unit]);
    const halfWidth = extractFromParagraph(text.replace(/／/g, '/'), { kind: 'provision', provisions: true });
    expect(halfWidth.map((f) => [f.label, f.value, f.unit, f.max, f.comparator])).toEqual(
      extractFromParagraph(text, { kind: 'provision', provisions: true }).map((f) => [f.label, f.value, f.unit, f.max, f.comparator]),
    );
  });

  test('air quality in 微克/立方米, and 下降到 is no part of the label', () => {
    expect(one('PM2.5平均浓度下降到30微克/立方米。', { kind: 'target', year: 2024 })[0]).toMatchObject({ label: 'PM2.5平均浓度', value: 30, unit: '微克/立方米' });
  });

  test('a preposition or a speaker is not part of a label', () => {
    expect(one('到2030年人均体育场地面积达到2.6平方米。')[0]).toMatchObject({ label: '人均体育场地面积', period: 2030 });
    expect(extractFromParagraph('我建議向創科基金注資100億元。', actual, 'zh-Hant')[0]!.label).toBe('創科基金');
  });

  test('a named plan period and a review of the last five years', () => {
    expect(one('“十四五”时期，新增跨国公司地区总部23家。', { kind: 'target', year: 2026 })[0]).toMatchObject({ kind: 'actual', period: '2021-2025' });
    expect(one('过去五年，累计新增城镇就业320万人。', { kind: 'actual', year: 2021 })[0]).toMatchObject({ period: '2016-2020' });
  });

  test('a sentence that opens with the year just past dates its figures in a section of five years (dev 125)', () => {
    // 一、过去五年工作回顾 of a report of 2018: the section is of 2013-2017, the paragraph of 2017
    const section = { kind: 'actual' as const, year: 2018, period: '2013-2017', titledPeriod: true, undated: { actual: 2017 } };
    const text = '刚刚过去的2017年，经济社会发展主要目标任务全面完成并好于预期。国内生产总值增长6.9%，城镇新增就业1351万人。';
    expect(extractFromParagraph(text, section).map((f) => [f.match, f.period])).toEqual([
      ['6.9%', 2017],
      ['1351万人', 2017],
    ]);
  });

  test('a span up to now counts as many years as it says, in words or digits (dev 462, 14, 179, 248, 331, 374)', () => {
    const periods = (text: string, year: number, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') =>
      extractFromParagraph(text, { kind: 'actual', year }, script).map((f) => [f.match, f.period]);
    expect(periods('5年来，经济发展呈现逐年加快之势，地区生产总值年均增长16.5%。', 2006)).toEqual([['16.5%', '2001-2005']]);
    expect(periods('近三年累计，单位国内生产总值能耗下降10.08%。', 2009)).toEqual([['10.08%', '2006-2008']]);
    expect(periods('两年来新建、改建、扩建农村寄宿制学校2400多所。', 2006)).toEqual([['2400多所', '2004-2005']]);
    expect(periods('十二年来，全市累计新建学校120所。', 2021)).toEqual([['120所', '2009-2020']]);
    expect(periods('但過去10年的經濟增長率每年平均只有2.7%。', 2018, 'zh-Hant')).toEqual([['2.7%', '2008-2017']]);
    // a span that qualifies a noun dates no figure, nor does one counted back from a year it follows
    const report = { kind: 'actual' as const, year: 2022, undated: { actual: 2021 } };
    expect(extractFromParagraph('地区生产总值2828亿元，增速创下龙华十年来的新高。', report).map((f) => f.period)).toEqual([2021]);
    expect(periods('到1976年三年间，大约损失工业总产值1000亿元。', 1977)).toEqual([['1000亿元', 1976]]);
    // a span after a word of the time ahead (今后, 未来, 此后) is no span up to now: it dates nothing of the years before
    for (const ahead of ['今后三年间', '未来三年间', '此后十年间']) expect(periods(`${ahead}，全市新建学校20所。`, 2021)).toEqual([['20所', undefined]]);
  });

  test('in a review of five years a count said with no verb is of the last year, what was done of all five (dev 60, 245, 404)', () => {
    const review = { kind: 'actual' as const, year: 2021 };
    const periods = (text: string, context = review) => extractFromParagraph(text, context).map((f) => [f.match, f.period]);
    // how many there are at the span's end: a noun and its count, nothing after it but a list's mark
    expect(periods('五年来，我们推进协同发展。高新技术企业达到1100家，科技型中小企业近10000家，科技创新平台331家，众创空间128家。')).toEqual([
      ['1100家', 2020],
      ['近10000家', 2020],
      ['331家', 2020],
      ['128家', 2020],
    ]);
    expect(periods('五年来，能源保障能力大幅提升，电力总装机1.27亿千瓦，高速公路通车里程6895公里。', { kind: 'actual', year: 2026 })).toEqual([
      ['1.27亿千瓦', 2025],
      ['6895公里', 2025],
    ]);
    // what a verb says was done adds up over the span (淘汰, 清理), and so do the counts a verb's list goes on with
    expect(periods('五年来，我们加强生态文明建设。淘汰黄标车老旧车20万辆，清理散乱污企业1.4万家。')).toEqual([
      ['20万辆', '2016-2020'],
      ['1.4万家', '2016-2020'],
    ]);
    expect(periods('五年来，重点建设成效显著。建成投产大中型基建项目八百四十五个，限额以上重点技改项目三百七十四个。', { kind: 'actual', year: 1996 })).toEqual([
      ['八百四十五个', '1991-1995'],
      ['三百七十四个', '1991-1995'],
    ]);
    // money adds up over the span: 利用外资, 进出口 of five years are their totals
    expect(periods('五年来，实际利用外资43.3亿美元，进出口208.9亿美元。')).toEqual([
      ['43.3亿美元', '2016-2020'],
      ['208.9亿美元', '2016-2020'],
    ]);
  });

  test('spaced thousands and ranges keep their comparator and both ends', () => {
    const [a, b] = extractFromParagraph('公營房屋約 13 500個單位，另約 2 000至 3 000公頃土地。', actual, 'zh-Hant');
    expect(a).toMatchObject({ value: 13500, comparator: '≈' });
    expect(b).toMatchObject({ value: 2000, max: 3000 });
    expect(one('每户补助3,000元至 8,000元。')[0]).toMatchObject({ value: 3000, max: 8000, unit: '元' });
    // a low end marked inclusive (corpus 68)
    expect(one('年销量3000（含）—5000辆（不含）的车型。')[0]).toMatchObject({ label: '年销量', value: 3000, max: 5000, unit: '辆', match: '3000（含）—5000辆' });
    // a low end without a multiplier shares the high end's; one larger than the high end does not
    expect(one('全年完成造林绿化面积3—5万亩。', { kind: 'target', year: 2024 })[0]).toMatchObject({ value: 3, max: 5, unit: '万亩', scale: 30000 });
    expect(one('每个项目补助5000—2万元。', { kind: 'target', year: 2024 })[0]).toMatchObject({ value: 5000, max: 20000, unit: '元' });
    // a dash printed as a horizontal bar (―, –) or, in an OCR'd text, as 一 between Arabic digits (dev 240, 181); 一 before a word stays a numeral
    const plan = { kind: 'target' as const, year: 1958 };
    expect(one('用于经济和文化建设的支出提高到60―70%。', plan)[0]).toMatchObject({ value: 60, max: 70, unit: '%', match: '60―70%' });
    expect(one('工人和职员的平均工资将增加25一30%。', plan)[0]).toMatchObject({ value: 25, max: 30, unit: '%' });
    expect(one('原油产量达到550万一600万吨。', plan)[0]).toMatchObject({ value: 550, max: 600, unit: '万吨' });
    expect(one('建成铁路2–3条。', plan)[0]).toMatchObject({ value: 2, max: 3, unit: '条' });
    expect(one('新建学校5所一律按标准建设。', plan).map((f) => [f.value, f.max, f.unit])).toEqual([[5, undefined, '所']]);
    // the upper bound in the lower bound's unit
    expect(one('处一千元以上一万元以下罚款。', { kind: 'provision', provisions: true })[0]).toMatchObject({
      value: 1000,
      max: 10000,
      unit: '元',
      label: '罚款',
      kind: 'provision',
    });
  });

  test('a fine word labels the figures of its own clause, never one across a clause mark before it (dev 303)', () => {
    const found = one('拒不履行清缴义务的，在下一年度配额中扣除未足额清缴部分2倍配额，并处5万元罚款。', { kind: 'provision', provisions: true });
    expect(found.map((f) => [f.match, f.label === '罚款'])).toEqual([
      ['2倍', false],
      ['5万元', true],
    ]);
  });
  test('a regulation gives provisions: fines, time limits, ages', () => {
    const found = one('违反本条例规定的，处200元罚款；应当在5个工作日内办结，三十日内答复；未满十八周岁的除外。', { kind: 'provision', provisions: true });
    expect(found.map((f) => [f.label, f.value, f.unit, f.kind, f.comparator ?? ''])).toEqual([
      ['罚款', 200, '元', 'provision', ''],
      ['期限', 5, '个工作日', 'provision', '<='],
      ['期限', 30, '日', 'provision', '<='],
      ['年龄', 18, '周岁', 'provision', '<'],
    ]);
    expect(one('3月5日起施行。', { kind: 'provision', provisions: true })).toEqual([]);
    // 第 numbers every article of a list of references (第十三、十四条, 第十九至二十一条): none is a count of 条 (dev 306)
    const refs = '违反本办法第十三、十四条规定的，处以1万元以上10万元以下的罚款；违反第十九、二十条和第6、7条规定的，处3000元罚款。';
    expect(one(refs, { kind: 'provision', provisions: true }).map((f) => f.match)).toEqual(['1万元以上10万元以下', '3000元']);
    expect(one('依照第十九至二十一条的规定处理，新建道路12条。', { kind: 'actual', year: 2020 }).map((f) => f.match)).toEqual(['12条']);
    // the list joints are the data's (list_joints: 和, 与, 及): 与 joins ordinals as 和 does
    expect(one('违反第十三与十四条规定的，处3000元罚款。', { kind: 'provision', provisions: true }).map((f) => f.match)).toEqual(['3000元']);
    // 提前 before a number of days makes it a time limit, as 内 or 前 after it does (dev 306)
    expect(one('拆除或者闲置防治设施的，必须提前15日向原审批的主管部门申请。', { kind: 'provision', provisions: true }).map((f) => [f.label, f.value, f.unit])).toEqual([
      ['期限', 15, '日'],
    ]);
    // a run-in enumeration's comma ends the ordinal: its figure stays
    expect(one('第三，新建道路12条。', { kind: 'actual', year: 2020 }).map((f) => f.match)).toEqual(['12条']);
    // in a plan that may set rules, a span with what may not be done in it is a time limit (dev 124); a span that frames a figure is none
    const rules = { kind: 'target' as const, year: 2017, rules: true };
    expect(one('企业应承诺在享受本政策扶持后，10年内不迁出我区。', rules).map((f) => [f.value, f.label, f.kind])).toEqual([[10, '期限', 'provision']]);
    expect(one('五年内，全社会固定资产投资年均增长10%。', rules).map((f) => f.value)).toEqual([10]);
  });

  test('a share in tenths (成) after a numeral from 两 to 九, not 成 beginning a word (dev 120, 56, 70)', () => {
    const fig = (t: string) => one(t).map((f) => [f.match, f.value, f.unit, f.comparator ?? null, f.label]);
    expect(fig('其中超过八成获得批准。')).toEqual([['超过八成', 8, '成', '>', '批准']]);
    expect(fig('超过七成的股份交易是在香港进行。')[0]!.slice(0, 4)).toEqual(['超过七成', 7, '成', '>']);
    // 高达 is the verb before the share, not part of what is measured
    expect(fig('而员工开支占政府经营开支的比重高达七成。')).toEqual([['七成', 7, '成', null, '员工开支占政府经营开支的比重']]);
    expect(one('三成员国的政策一成不变，统一成立12个机构，合并成为5家。').map((f) => f.match)).toEqual(['12个', '5家']);
  });

  test('a sum word alone before a figure after a list (合计, 总计, 共计) names the sum, not the last item (dev 241, 279, 738, 813)', () => {
    const labels = (t: string, script?: 'zh-Hant') => extractFromParagraph(t, { kind: 'actual', year: 2025 }, script).map((f) => [f.match, f.label]);
    expect(labels('发行新增债券257.23亿元，再融资债券56.63亿元，共计313.86亿元，平均利率1.99%。')[2]).toEqual(['313.86亿元', '共计']);
    expect(labels('台东是48.44%，屏东55.05%，高雄53%，嘉義縣74%，合計是57.8%。', 'zh-Hant')[4]).toEqual(['57.8%', '合計']);
    expect(labels('9月檢舉案27955件、逕舉26583件、攔停25962件，總計80500件。', 'zh-Hant')[3]).toEqual(['80500件', '總計']);
    // with 达 or 达到 after it the sum word still names the sum (the 813 sentence as a press item may word it)
    expect(labels('9月檢舉案27955件、逕舉26583件、攔停25962件，總計達80500件。', 'zh-Hant')[3]).toEqual(['80500件', '總計']);
    expect(labels('发行新增债券257.23亿元，再融资债券56.63亿元，合计达到313.86亿元。')[2]).toEqual(['313.86亿元', '合计']);
    // a word that points back at the list before the sum word (以上, 上述, 两项) is no label of its own
    expect(labels('发行新增债券257.23亿元，再融资债券56.63亿元，以上合计313.86亿元。')[2]).toEqual(['313.86亿元', '合计']);
    expect(labels('發行新增債券257.23億元，再融資債券56.63億元，兩項合計313.86億元。', 'zh-Hant')[2]).toEqual(['313.86億元', '合計']);
    // after a change of one thing the sum word is the level it reached, of the same thing (dev 14)
    expect(labels('城镇居民基本医疗保险试点城市由上年的８８个增加到３１７个，参保人数增加７３５９万，总计达到１．１７亿。')[2]).toEqual(['１．１７亿', '参保人数']);
    expect(labels('参保人数增加７３５９万，总计１．１７亿。')[1]).toEqual(['１．１７亿', '参保人数']);
    // 累计 after one figure is the stock of the same thing (a running total), as before
    expect(labels('新培育入库科技型企业1354家，累计达到8079家。')[1]![1]).not.toBe('累计');
  });

  test('大约 is one comparator word, not 大 left in the label (dev 120)', () => {
    expect(one('中小企业雇用人数大约130万人。').map((f) => [f.match, f.label, f.comparator ?? null])).toEqual([['大约130万人', '中小企业雇用人数', '≈']]);
  });

  test('a count in 万 whose unit is unsaid, before a noun or 的, counts the noun right after it (dev 120, 14)', () => {
    const fig = (t: string) => one(t).map((f) => [f.match, f.value, f.unit, f.label]);
    expect(fig('去年共有426万内地旅客。')).toEqual([['426万', 426, '万', '内地旅客']]);
    expect(fig('该计划带来接近200万的额外留港日数。')).toEqual([['接近200万', 200, '万', '额外留港日数']]);
    expect(fig('解决４８００多万农村人口的饮水安全问题。')).toEqual([['４８００多万', 4800, '万', '农村人口']]);
    // a bound in 万 right before a noun names a class of it (20万以上人口县: counties of more than 200 000 people), no figure (dev 244)
    expect(fig('20万以上人口县实现特殊教育学校全覆盖。')).toEqual([]);
    // the count is of 员工, not of the 工作 that 员工 qualifies
    expect(fig('乐园招募5 000名员工的工作正在进行。')).toEqual([['5 000名', 5000, '名', '员工']]);
    // a qualifier with a predicate of its own (具有, 良好: qualifier_predicates) is a clause: the count counts the noun after 的,
    // a bare noun with the clause that says which (dev 119)
    expect(fig('每年遴选20家网络改造应用良好的企业，推广其建设经验。')).toEqual([['20家', 20, '家', '网络改造应用良好的企业']]);
    expect(fig('培育100家具有行业示范效应的企业级工业互联网平台。')).toEqual([['100家', 100, '家', '企业级工业互联网平台']]);
    // an adjective of quality before 的 (优秀) is such a predicate: the count counts the products, not 优秀 (workplan21)
    expect(fig('形成100个优秀的行业大模型产品。')).toEqual([['100个', 100, '个', '行业大模型产品']]);
    // 成功案例 is a noun: 成功, a verb of what counted things do (4家企业成功上市), does not end it there (adverb_nouns)
    expect(fig('形成1000个行业成功案例。')).toEqual([['1000个', 1000, '个', '行业成功案例']]);
    // a classifier (名, 个: classifierUnits) may count two nouns joined by 和 at the clause's end; a length measures one (dev 119, 121, 71)
    expect(fig('每年面向1万名专业技术人才和企业高级管理人员，开展素质提升培训。')).toEqual([['1万名', 1, '万名', '专业技术人才和企业高级管理人员']]);
    // 及 joins two nouns as 和 does (list_joints): 7个裸聊敲诈及电诈团伙 counts both gangs (dev 363)
    expect(fig('在印尼重拳打掉7个裸聊敲诈及电诈团伙，抓获嫌疑人158人。')[0]![3]).toBe('裸聊敲诈及电诈团伙');
    // 及 of a word that opens with it (及时率, 及时, 及早: joint_words) joins nothing: the clause after it is no second noun (dev 394)
    expect(fig('在接入平台的175家互联网企业中，猿辅导等5家企业投诉处理及时率较低。')[1]![3]).not.toMatch(/及/);
    // 及 of a word that ends in it (遍及, 波及, 提及: list_joints) is no list mark, and 遍及 (where the counted reach) ends the noun (counted_noun_verbs)
    expect(fig('建成12个便民服务站点遍及全县。')).toEqual([['12个', 12, '个', '便民服务站点']]);
    // nor 参与 (list_joints), which before 的 is a predicate of a clause qualifying the counted noun (qualifier_predicates, dev 120)
    expect(fig('计划由最初推行只有大约2000间合资格参与的商铺。')[0]![3]).toBe('商铺');
    // a count's nouns end before 举办, what the counted do or have done for them (counted_noun_verbs, as 开展; dev 304)
    expect(fig('为约2000名校长及教师举办到校国家安全教育深化讲座。')[0]![3]).toBe('校长及教师');
    // 与 joins a subject's partners, not two nouns counted (dev 300)
    expect(fig('全省160多家三级医院与省卫生健康平台对接。')[0]![3]).toBe('三级医院');
    expect(fig('完成15公里农村公路新改建和胜利大桥改扩建，改善农民生活条件。')[0]![3]).toBe('农村公路新改建');
    // a bound right before 的 is a condition on the noun after it, a value of the measure named before (dev 124, 68)
    expect(fig('年度实现外贸集装箱吞吐量超过1万TEU的船公司，给予奖励。')[0]![3]).toBe('外贸集装箱吞吐量');
    expect(fig('年销量5000辆以上的车型，给予激励。')[0]![3]).toBe('年销量');
    // 内贸 (domestic trade) is a word, not the 内 that ends a span of time (dev 124)
    expect(fig('年度实现内贸集装箱吞吐量超过10万TEU的船公司，给予补贴。')[0]![3]).toBe('内贸集装箱吞吐量');
    // 箱 is a measure word of its own (not in the units): no figure in 万 alone
    expect(one('卷烟产量600万箱以上。')).toEqual([]);
  });

  test('counts of the frame and bare nouns are not figures', () => {
    expect(one('成都成为全国首批“科创中国”试点城市 26个之一，企业 2家，项目 11个。')).toEqual([]);
    expect(one('引进企业 2家。')[0]!.label).toBe('引进企业');
  });

  test('a run-in enumeration says nothing of the kind of the paragraphs after it', () => {
    // dev text 120 (budget speech 2005): 第三，是考慮… opened a section whose 考慮 made every later figure a target.
    const text =
      '我提出三個方向：第一，是考慮把人民幣資產多元化；第二，是考慮提供人民幣銀行服務；第三，是考慮在香港建立發行人民幣債券的機制。\n香港98%的企業屬中小企業，僱用人數大約130萬人。\n';
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    expect(outline.sections.map((s) => s.kind)).toContain('enum');
    const found = extractIndicators(outline, { kind: 'record', year: 2005 });
    expect(found.map((f) => [f.match, f.kind])).toEqual([
      ['98%', 'actual'],
      ['大約130萬人', 'actual'],
    ]);
  });

  test("a plan's average growth to a target year is over the years from the plan's start; a level of that year stays the year", () => {
    const text = '第二章　主要目标\n到2005年，全省生产总值年均增长8%左右，人均生产总值平均每年递增6.5%，城镇化水平达到26%左右。\n';
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    const found = extractIndicators(outline, { kind: 'plan', year: 2001 });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['8%左右', 'target', '2001-2005'],
      ['6.5%', 'target', '2001-2005'],
      ['26%左右', 'target', 2005],
    ]);
  });

  // dev 240: the proposal for the second five-year plan (1958-1962) compares with the first's targets for 1957
  test("a year inside a note in brackets dates no figure; what an earlier plan set for a past year is that plan's target", () => {
    const text =
      '（一）第一个五年计划规定的1957年的工农业总产值（包括现代工业和农业，下同），比1952年增长51.1%。\n' +
      '在第二个五年计划期间，要求1962年的工农业总产值，比1957年计划（系指第一个五年计划中的1957年计划，下同）增长75%左右。\n' +
      '第一个五年计划规定，在1957年的工业产值计划中，生产资料工业占38%；1957年实际完成工业产值650亿元。\n';
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    const found = extractIndicators(outline, { kind: 'plan', year: 1958, span: { from: 1958, to: 1962 } });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['51.1%', 'target', 1957],
      ['75%左右', 'target', 1962],
      ['38%', 'target', 1957],
      // not a plan's setting: what was done that year
      ['650亿元', 'actual', 1957],
    ]);
  });

  test("what was actually done against an earlier plan's target for a past year is done, not that plan's target", () => {
    const text = '某市“十四五”规划\n\n二、主要目标\n\n对照“十三五”规划确定的2020年目标，全市实际完成固定资产投资1000亿元。\n';
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    const found = extractIndicators(outline, { kind: 'plan', year: 2021 });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([['1000亿元', 'actual', 2020]]);
  });

  test.each(['第一章　发展现状与形势', '一、工作基础', '第一节　现实基础', '第一章　规划背景', '一、发展背景', '（二）环境形势依然严峻', '二、当前面临的总体形势'])(
    "a plan's review section titled %s holds what was done, of the five years before the plan",
    (title) => {
      const text = `${title}\n全市建成5G基站1.2万个，新增城市绿地300公顷。\n第三章\u3000夯实基础设施支撑\n新建5G基站2万个。\n`;
      const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
      const found = extractIndicators(outline, { kind: 'plan', year: 2021 });
      expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
        ['1.2万个', 'actual', '2016-2020'],
        ['300公顷', 'actual', '2016-2020'],
        // what the plan is to build is built over its years (新建高产稳产农田250万亩 2001-2005, 建设铁路新线1.7万公里 2006-2010: dev 50, 69)
        ['2万个', 'target', '2021-2025'],
      ]);
    },
  );

  test("a plan's section on the situation ahead and its outlook (形势与展望) plans: its 展望 decides, not its 形势", () => {
    const text = '某市规划\n\n一、形势与展望\n全市建成5G基站2万个。\n';
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    const found = extractIndicators(outline, { kind: 'plan', year: 2021 });
    expect(found.map((f) => f.kind)).toEqual(['target']);
  });

  // The section-level default of a plan (dev 50, 69, 146, 180, 198, 300): a review (发展基础) holds actuals of the five years
  // before the plan, a level as it stood at their end, what was built or added over all of them; a section of goals holds
  // targets of the plan's years, a level of the last of them, a flow, a change or a ceiling of all of them; a year the
  // figure's own words name wins over both.
  test("a plan's sections frame its figures: a review the five years before it, the goals the plan's own years", () => {
    const text =
      '一、发展基础\n' +
      '全市数字经济核心产业增加值达到1200亿元，规模以上软件企业320家，建成5G基站1.2万个，新增城市绿地300公顷，制定地方标准7类。\n' +
      '二、主要目标\n' +
      '数字经济核心产业增加值占地区生产总值比重达到12%，规模以上软件企业450家，新建5G基站2万个，单位地区生产总值能耗下降10%，城镇调查失业率控制在5.5%以内，细颗粒物浓度降至30微克/立方米以下，政务服务一件事通办完成率达到80%，婴儿死亡率、孕产妇死亡率分别下降到3.5‰、12/10万以下。\n' +
      '到2023年，数据中心机架达到5万架。\n';
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    const found = extractIndicators(outline, { kind: 'plan', year: 2021, span: { from: 2021, to: 2025 } });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['1200亿元', 'actual', 2020],
      ['320家', 'actual', 2020],
      ['1.2万个', 'actual', '2016-2020'],
      ['300公顷', 'actual', '2016-2020'],
      ['7类', 'actual', '2016-2020'],
      ['12%', 'target', 2025],
      ['450家', 'target', 2025],
      ['2万个', 'target', '2021-2025'],
      ['10%', 'target', '2021-2025'],
      ['5.5%以内', 'target', '2021-2025'],
      // a bound a verb of moving reaches is a level at the end; 完成率, 增加值 are nouns, no flow
      ['30微克/立方米以下', 'target', 2025],
      ['80%', 'target', 2025],
      // the verb after 分别 reaches each bound of the run (dev 198)
      ['3.5‰', 'target', 2025],
      ['12/10万以下', 'target', 2025],
      ['5万架', 'target', 2023],
    ]);
  });

  // A notice is of one time, not of a span of years (dev 394): its section that tells how things went (一、…工作情况, 二、…情况)
  // reports what was done and found up to the notice, of the notice's own year, not of the five years before it as a
  // plan's review does; what it asks for (三、工作要求) stays a target of that year.
  test("a notice's section of how things went holds actuals of the notice's own year, not of the five years before it", () => {
    const text =
      '一、电信服务重点工作情况\n' + '通信行业累计出动应急人员85.6万人次，抢修恢复光缆4478公里，视频客服服务约700万人次。\n' + '二、工作要求\n' + '全年新增5G基站60万个。\n';
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    const found = extractIndicators(outline, { kind: 'notice', year: 2024 });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([
      ['85.6万人次', 'actual', 2024],
      ['4478公里', 'actual', 2024],
      ['约700万人次', 'actual', 2024],
      ['60万个', 'target', 2024],
    ]);
  });

  test('a plan whose title names its years (…规划（2023-2025年）): its undated targets are of the last of them', () => {
    const text = '一、主要目标\n全省政务服务事项网上可办率达到95%。\n';
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    const found = extractIndicators(outline, { kind: 'plan', year: 2023, span: { from: 2023, to: 2025 } });
    expect(found.map((f) => [f.match, f.kind, f.period])).toEqual([['95%', 'target', 2025]]);
  });

  test('a numbered item whose first sentence holds the figure', () => {
    // (增长12%，达到860家 would be one figure: a growth before the level it reached is its change)
    const text = '一、科技创新\n1.高新技术企业数量增长12%，研发投入达到86亿元。\n2.推进平台建设。\n';
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    const found = extractIndicators(outline, { kind: 'work-report', year: 2021 });
    expect(found.map((f) => [f.section, f.match, f.line])).toEqual([
      ['s1-1', '12%', 2],
      ['s1-1', '86亿元', 2],
    ]);
  });
});

describe('the 约 that ends a word is no comparator (签约, 节约)', () => {
  test('签约320亿元 is an amount signed, not about 320亿元', () => {
    const [f] = extractFromParagraph('全年招商引资签约320亿元。', { kind: 'actual', year: 2021 });
    expect(f).toMatchObject({ label: '招商引资签约', value: 320, unit: '亿元', match: '320亿元' });
    expect(f!.comparator).toBeUndefined();
    expect(extractFromParagraph('总投资约50亿元。', { kind: 'actual', year: 2021 })[0]).toMatchObject({ label: '总投资', comparator: '≈' });
  });

  test('only 约: another comparator after those characters stays one (旅游节超过20万人次, 春节近10万人次)', () => {
    expect(extractFromParagraph('旅游节超过20万人次参加。', { kind: 'actual', year: 2021 })[0]).toMatchObject({ value: 20, comparator: '>' });
    expect(extractFromParagraph('春节近10万人次出游。', { kind: 'actual', year: 2021 })[0]).toMatchObject({ value: 10, comparator: '≈' });
  });
});

describe('a grade in Latin letters after a count (8个A级景区, dev 368)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.match, f.label]);
  test('the count counts things of that grade', () => {
    expect(found('新增江川花漫光山等8个A级景区。')).toEqual([['8个', 'A级景区']]);
    expect(found('新增3家AAAA级物流企业。')).toEqual([['3家', '新增AAAA级物流企业']]);
  });
  test('a letter that is no grade after a unit still ends the figure (a code or a unit misread)', () => {
    expect(found('新增8个AB。')).toEqual([]);
  });
});

describe('ranks are where a figure stands, not figures (dev 307)', () => {
  const units = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => f.match);
  test('a rank among the best after a count and its noun (8项主要经济指标增速居全国前3位)', () => {
    expect(units('8项主要经济指标增速居全国前3位，多项工作走在全国前列。')).not.toContain('3位');
  });
  test('a place in a ranking (全国排名53位), and the places of a run after it (46位、82位)', () => {
    const found = units('兰州高新区全国排名53位、提升3位，天水经开区、张掖经开区全国排名46位、82位，分别提升6位、49位。');
    expect(found).not.toContain('53位');
    expect(found).not.toContain('46位');
    expect(found).not.toContain('82位');
  });
  test('a place reached in a ranking (由39位提升到31位, dev 462); the move itself stays a figure (位次前移4位, dev 360)', () => {
    expect(units('综合实力在全国百强城市中由39位提升到31位。')).toEqual([]);
    expect(units('在全国20个科技兴贸重点城市中的位次前移4位。')).toEqual(['4位']);
    expect(units('全年新增两院院士3位。')).toEqual(['3位']);
  });
  test('the count of the peers a ranking is among (在全国20个…城市中的位次) is no figure; a count among which others are counted stays (dev 462)', () => {
    expect(units('在全省16个市中排名第3。')).toEqual([]);
    expect(units('在20个项目中，已开工15个。')).toEqual(['20个', '15个']);
  });
  test('the ranks joined may be named at length before 前 (进入全国沿海地区地级市前10位, dev 365)', () => {
    expect(units('综合经济实力进入全国沿海地区地级市前10位。')).toEqual([]);
    expect(units('县域经济综合实力跻身全国中部地区百强县市前20名。')).toEqual([]);
  });
});

describe('a basis word inside a longer word (review19)', () => {
  test('按年 of 按年度, 按年限 is no basis: the label keeps the word whole', () => {
    const label = (text: string): string | undefined => extractFromParagraph(text, { kind: 'target' })[0]?.label;
    expect(label('按年度分解下达资金3亿元。')).not.toMatch(/^度/);
    expect(label('按年限计算的补贴标准提高200元。')).not.toMatch(/^限/);
    // 按年 before a verb of change still is one
    expect(extractFromParagraph('出口按年上升5%。', { kind: 'actual' })[0]).toMatchObject({ label: '出口', change: { basis: '按年' } });
  });
});

describe("a plan's names are planPeriods' keys, read alike by every rule that reads one (review22)", () => {
  test.each(Object.keys(planPeriods))('“%s”', (name) => {
    // periodPhrase: a plan's name alone opening a clause before the place (dev 321)
    expect(periodPhrase.test(`“${name}”全市一般公共预算收入累计完成835亿元`)).toBe(true);
    // leadingFillers: the plan's name in quotes alone at a label's start goes (“九五”固定资产投资率, dev 404)
    expect(leadingFillers.some((re) => re.test(`“${name}”固定资产投资率`))).toBe(true);
  });
  test.each(Object.keys(planPeriods))('比“%s”末, 较“…”末 left before a figure is a basis, no label (dev 245: 较“十三五”末净增1万亿元)', (name) => {
    const labels = (plan: string) =>
      extractFromParagraph(`全省经济总量较“${plan}”末净增1万亿元，税收收入比“${plan}”期末增加36亿元。`, { kind: 'actual', year: 2026 }).map((f) => f.label);
    expect(labels(name)).toEqual(labels('十三五'));
  });
  test('every plan of the People’s Republic has a name and its years: 一五 1953–1957 … 十五 2001–2005 … 十六五 2031–2035', () => {
    expect(Object.keys(planPeriods)).toEqual([
      '一五',
      '二五',
      '三五',
      '四五',
      '五五',
      '六五',
      '七五',
      '八五',
      '九五',
      '十五',
      '十一五',
      '十二五',
      '十三五',
      '十四五',
      '十五五',
      '十六五',
    ]);
    expect([planPeriods['一五'], planPeriods['二五'], planPeriods['三五'], planPeriods['十五']]).toEqual([
      [1953, 1957],
      [1958, 1962],
      [1966, 1970],
      [2001, 2005],
    ]);
  });
  test('a name not in planPeriods is none', () => {
    expect(periodPhrase.test('“六一五”全市一般公共预算收入累计完成835亿元')).toBe(false);
    expect(leadingFillers.some((re) => re.test('“六一五”固定资产投资率'))).toBe(false);
  });
});

describe('a county profile (county24: dev 448-450)', () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.match, f.label, f.unit]);
  test('an area in 平方千米 and a temperature in 摄氏度 or ℃ are figures with their unit (dev 448, 450)', () => {
    expect(found('北与内蒙古锡林郭勒盟正蓝旗、多伦县接壤，总面积3654平方千米。')).toEqual([['3654平方千米', '总面积', '平方千米']]);
    expect(found('全县平均海拔1536米，年均气温2.1摄氏度，夏季平均气温17.9摄氏度。').map((f) => f[0])).toEqual(['1536米', '2.1摄氏度', '17.9摄氏度']);
    expect(found('年均无霜期147天,年均气温8.3℃，是全国空气质量最好的县区之一。').map((f) => f[0])).toEqual(['147天', '8.3℃']);
  });
  test('the divisions a place governs (辖…) are counts of its frame, no figures, a list of them after a comma too (dev 448, 449, 450)', () => {
    expect(found('总面积3654平方千米，辖4镇、10乡、233个行政村，总人口22.45万。').map((f) => f[0])).toEqual(['3654平方千米', '22.45万']);
    expect(found('全县辖4镇7乡273个行政村，七普数据常住人口17.99万人。').map((f) => f[0])).toEqual(['17.99万人']);
    expect(found('辖7镇8乡326个行政村、585个自然村，1个省级经济开发区、1个怡安康城管委会，总人口26.2万。').map((f) => f[0])).toEqual(['26.2万']);
    // 辖区 is the area governed: what is counted in it is a figure
    expect(found('辖区内新增市场主体1200户。').map((f) => f[0])).toEqual(['1200户']);
    // so is the range, the territory or the waters governed (管辖范围, 辖境, 管辖海域)
    expect(found('全县管辖范围内共有规模以上工业企业35家。').map((f) => f[0])).toEqual(['35家']);
    expect(found('全市管辖海域内新建渔港3个。').map((f) => f[0])).toEqual(['3个']);
    // a clause after the list that opens with a year (2022年…) is the profile's next statement, no division: its counts are figures
    expect(found('全县辖4镇10乡，2022年新增市场主体1200户。').map((f) => f[0])).toEqual(['1200户']);
  });
});

describe("a county profile's labels (county24: dev 449)", () => {
  const found = (text: string) => extractFromParagraph(text, { kind: 'actual' }).map((f) => [f.match, f.label]);
  test('a span of months before the measure is its time, no part of its label (1-8月PM2.5平均浓度)', () => {
    expect(found('1-8月PM2.5平均浓度9微克/立方米，大气质量持续全省领先。')).toEqual([['9微克/立方米', 'PM2.5平均浓度']]);
  });
  test('what a place has (拥有) is the measure, without the verb', () => {
    expect(found('土地资源丰富，拥有耕地211万亩、林地118万亩、草场150万亩。').map((f) => f[1])).toEqual(['耕地', '林地', '草场']);
  });
  test('a growth verb before 分别 has no subject of its own: the run is the changes of the figures before (同比增长分别为6.4%、7.9%)', () => {
    const figures = extractFromParagraph('城乡居民人均可支配收入分别完成19618元、8616元，同比增长分别为6.4%、7.9%，增速在全市排名分别为第3位、第9位。', { kind: 'actual' });
    expect(figures.map((f) => [f.label, f.value, f.change?.value])).toEqual([
      ['城镇居民人均可支配收入', 19618, 6.4],
      ['农村居民人均可支配收入', 8616, 7.9],
    ]);
  });
  test('the verb of approval before the amount is no part of its label (风光电获批716万千瓦)', () => {
    expect(found('目前，全县风光电获批716万千瓦，并网总规模达到557万千瓦。')).toEqual([
      ['716万千瓦', '风光电'],
      ['557万千瓦', '并网总规模'],
    ]);
    // 新 before it is its adverb (newly approved), as in 新增: no part of the label either (dev 141)
    expect(found('海南警察学院、海南洛桑旅游大学招生。新获批13个中外合作办学机构（项目）。').map((f) => f[1])).toEqual(['中外合作办学机构']);
  });
  test('an adverb of time between the noun and its verb ends the label (常年保持在)', () => {
    expect(found('空气洁净清新，国家二级标准以上天数常年保持在320天以上。')).toEqual([['320天以上', '国家二级标准以上天数']]);
  });
});

describe("a page footer's copyright year (county24: dev 450)", () => {
  test('the number after © is a year, no figure', () => {
    expect(extractFromParagraph('Copyright©2023  张家口联通  提供技术支持', { kind: 'actual' })).toEqual([]);
    expect(extractFromParagraph('Copyright (c) 2023 张家口联通', { kind: 'actual' })).toEqual([]);
    // (c) alone is an item's letter (a schedule's (a), (b), (c)), no copyright: its amount is a figure
    expect(extractFromParagraph('罰款分為三級：(a) 第一級罰款2,000元；(b) 第二級罰款5,000元；(c) 10,000元。', { kind: 'actual' }).map((f) => f.match)).toEqual([
      '2,000元',
      '5,000元',
      '10,000元',
    ]);
    expect(extractFromParagraph('版权所有 2023 某县人民政府', { kind: 'actual' })).toEqual([]);
  });
});

describe('a target said to be done is an achievement (devtext24: dev 498)', () => {
  test('完成了全年各项目标任务，… makes no target of the figures after it', () => {
    const kinds = (p: string) => extractFromParagraph(p, { kind: 'actual' }).map((f) => [f.value, f.kind]);
    expect(kinds('各位代表，刚刚过去的2025年，我们较好完成了全年各项目标任务，地区生产总值增长5.4%，主要指标保持全国城市前列。')).toEqual([[5.4, 'actual']]);
    expect(kinds('超额完成年度目标，新增城镇就业12万人。')).toEqual([[12, 'actual']]);
    // still a target: one to be done (确保完成), one to be reached
    expect(kinds('确保完成全年目标任务，地区生产总值增长5%以上。')).toEqual([[5, 'target']]);
    expect(kinds('主要预期目标是：地区生产总值增长5%左右。')).toEqual([[5, 'target']]);
  });
});

describe('预计 after its clause’s subject governs that clause only (devtext24: dev 498)', () => {
  test('单位GDP能耗预计下降…，建设用地地均GDP增长… : one estimate, then actuals', () => {
    const kinds = (p: string) => extractFromParagraph(p, { kind: 'actual' }).map((f) => [f.value, f.kind]);
    expect(kinds('单位GDP能耗预计下降14.5个百分点，建设用地地均GDP增长34.3%，全员劳动生产率提高30.3%。')).toEqual([
      [-14.5, 'estimate'],
      [34.3, 'actual'],
      [30.3, 'actual'],
    ]);
    // a sentence that opens with 预计, or with its year before it, is an estimate to its end (dev 366, 367)
    expect(kinds('预计全市生产总值3050亿元，财政收入增长7%。').map(([, k]) => k)).toEqual(['estimate', 'estimate']);
    expect(kinds('全年预计实现生产总值640亿元，增长8%，第三产业增加值356亿元。').map(([, k]) => k)).toEqual(['estimate', 'estimate']);
  });
});

describe('a 、 part that passes an amount said in words is a clause, no part of the next label (devtext24: dev 497)', () => {
  test('常住人口突破千万、净流入人口超70万; 突破1.4万亿元、跨越四个千亿台阶、年均增长6.1%', () => {
    const labels = (p: string) => extractFromParagraph(p, { kind: 'actual' }).map((f) => [f.value, f.label]);
    expect(labels('地区生产总值突破1.4万亿元、跨越四个千亿台阶、年均增长6.1%，常住人口突破千万、净流入人口超70万，成为全国第16座“双万”城市。')).toEqual([
      [1.4, '地区生产总值'],
      [6.1, '地区生产总值'],
      [70, '净流入人口'],
    ]);
  });
});
