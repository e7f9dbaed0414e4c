// A department's or unit's yearly final accounts (部门决算, 单位决算) in the national form the Ministry of Finance prescribes
// (issues 15 and 16; dev 361, 378): what kind of text it is, and how its figures read.
import { describe, expect, test } from 'vitest';
import { extractFromParagraph, extractIndicators } from '../src/pipeline/indicators.ts';
import { inferKind, reviewsOwnYear } from '../src/pipeline/infer.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';
import { presentTargetMarkers, reportedTargetMarkers, sentenceTargetMarker, targetMarker } from '../src/pipeline/indicators/rules.ts';

const outlineOf = (text: string) => assignAnchors(parseOutline(normalizeText(text).paragraphs));

describe('a final accounts is a report of the year it accounts for (final_accounts; dev 361, 378)', () => {
  // the table of contents names the department's work summary (三、部门主要工作总结) in the first lines: no work report for all that
  const contents = '目 录一、部门主要职责二、部门决算单位基本情况三、部门主要工作总结四、收入支出决算总体情况五、一般公共预算财政拨款支出决算情况';
  test.each([
    ['2017年度平潭综合实验区党工委管委会台湾工作部部门决算公开', 'report'],
    ['2017年度平潭综合实验区 岚城乡人民政府决算说明', 'report'],
    ['上海市某区财政局2024年度部门决算', 'report'],
    ['某市第一中学2023年度单位决算', 'report'],
    // a notice that approves the accounts stays a notice (关于…的通知 comes first)
    ['平潭综合实验区财政金融局关于批复区保障办2014年度部门决算的通知', 'notice'],
    // a title that names the accounts as its subject, not the accounts themselves, is what its own last word says (review27c)
    ['财政部关于印发《2023年度部门决算管理制度》的通知', 'notice'],
    ['某区2023年度部门决算编审工作方案', 'work-plan'],
  ])('%s → %s', (title, kind) => {
    expect(inferKind(title, `${title}\n${contents}`)).toBe(kind);
  });
  test('it reviews its own year: what nothing dates is an actual of it, and a figure of that year is no target', () => {
    expect(reviewsOwnYear('2017年度平潭综合实验区党工委管委会台湾工作部部门决算公开')).toBe(true);
    expect(reviewsOwnYear('某市第一中学2023年度单位决算')).toBe(true);
    const text = [
      '四、2017年决算收支总体情况',
      '2017年本部门年初结转和结余45.07万元，本年收入1,464.80万元，本年支出1,474.03万元，年末结转和结余35.84万元。',
      '八、一般公共预算拨款“三公”经费支出决算情况',
      '公务接待费26.14万元，累计接待164批次、接待总人数1,806人次。',
    ].join('\n');
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2017, reviewsOwnYear: true }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['45.07万元', 'actual', 2017],
      ['1,464.80万元', 'actual', 2017],
      ['1,474.03万元', 'actual', 2017],
      ['35.84万元', 'actual', 2017],
      ['26.14万元', 'actual', 2017],
      ['164批次', 'actual', 2017],
      ['1,806人次', 'actual', 2017],
    ]);
  });
});

describe('a subject of the classification of spending is named by its item (项), not by its class and kind (dev 378)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label]);
  test('类（类）款（款）项（项）: the item before （项） names the figure, without the code before the class', () => {
    expect(labels('（一）2010301一般公共服务支出（类）政府办公厅及相关机构事务支出（款）行政运行（项）拨款支出768.66万元，较2016年决算数增加171.72万元，增长28.77%。')[0]).toEqual([
      '768.66万元',
      '行政运行',
    ]);
    expect(labels('（四）2100716医疗卫生与计划生育支出（类）计划生育事务（款）计划生育机构（项）拨款支出59.10万元，较2016年决算数减少5.70万元。')[0]).toEqual([
      '59.10万元',
      '计划生育机构',
    ]);
    expect(labels('（一）2120801城乡社区支出(类)国有土地使用权出让收入及对应专项债务收入安排的支出(款)征地和拆迁补偿支出(项)1152.14万元。')[0]).toEqual([
      '1152.14万元',
      '征地和拆迁补偿支出',
    ]);
  });
  test('the item as the classification prints it: no word of it goes as a filler or a preposition', () => {
    expect(labels('（十）2130705农林水支出（类）农村综合改革（款） 对村民委员会和村党支部的补助（项）拨款支出353.84万元，较2016年决算数增加252.28万元，增长248.40%。')[0]).toEqual([
      '353.84万元',
      '对村民委员会和村党支部的补助',
    ]);
  });
  test('a note in brackets after the item names the figures in it by their own words', () => {
    expect(labels('2010601一般公共服务支出（类）财政事务支出（款）行政运行（项）拨款支出44.18万元（其中人员经费41.16万元，日常公用经费3.02万元）。')).toEqual([
      ['44.18万元', '行政运行'],
      ['41.16万元', '人员经费'],
      ['3.02万元', '日常公用经费'],
    ]);
  });
});

describe('a basis that names the figure it compares with (比上年决算数: basis_measures; dev 361)', () => {
  const changes = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label, f.change?.value, f.change?.unit]);
  test('比上年决算数增长55.25% is the change of the level before it, as 比上年增长 is', () => {
    expect(changes('2017年度机关运行经费支出53.73万元，比上年决算数增长55.25%。')).toEqual([['53.73万元', '机关运行经费支出', 55.25, '%']]);
    expect(changes('2017年度“三公”经费支出80.96万元，比上年预算数减少12.3万元。')).toEqual([['80.96万元', '“三公”经费支出', -12.3, '万元']]);
    // the budget's outturn of the year before, 预算执行数 (预算 and 执行数 together, review27c)
    expect(changes('一般公共预算支出50亿元，比上年预算执行数增长5%。')).toEqual([['50亿元', '一般公共预算支出', 5, '%']]);
  });
});

describe('a time word that is part of a fiscal term stays in the label (fiscal_terms; dev 361, 378)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label]);
  test('本年收入, 本年支出, 年末结转和结余: the form sets the year’s flows against the carry-overs, so 本年 and 年末 name the item', () => {
    expect(labels('2017年年初结转和结余45.07万元，本年收入1,464.80万元，本年支出1,474.03万元，事业基金弥补收支差额0.00万元，结余分配0.00万元，年末结转和结余35.84万元。')).toEqual([
      ['45.07万元', '年初结转和结余'],
      ['1,464.80万元', '本年收入'],
      ['1,474.03万元', '本年支出'],
      ['0.00万元', '事业基金弥补收支差额'],
      ['0.00万元', '结余分配'],
      ['35.84万元', '年末结转和结余'],
    ]);
  });
  test('a time word before other words still goes (本年新增就业, 年末常住人口), and 上年 before what is no carry-over', () => {
    expect(labels('本年新增就业1.2万人，年末常住人口455.74万人，上年支出10万元。').map(([, label]) => label)).toEqual(['新增就业', '常住人口', '支出']);
  });
});

describe('出国（境）: the bracket of the form’s own name of travel abroad stays (fiscal_terms; dev 361)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label]);
  test('因公出国（境）费 is the name the national form prints for the “三公” item, not 因公出国费', () => {
    expect(labels('（一）因公出国（境）费43.13万元，主要用于出国台湾交流交往加强融合发展。全年因公出国（境）累计30人次。')).toEqual([
      ['43.13万元', '因公出国（境）费'],
      ['30人次', '因公出国（境）'],
    ]);
  });
  test('one character in brackets elsewhere is still another reading of the word’s last (新建高产稳产农田（地）)', () => {
    expect(labels('新建高产稳产农田（地）20万亩。')).toEqual([['20万亩', '高产稳产农田']]);
  });
});

describe('a section heading of the form run into its first sentence names no figure (dev 361, 378)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label]);
  // a page whose lines the extraction ran together: the heading 五、…决算情况 ends where the sentence's year opens it
  test('五、…决算情况2017年一般公共预算拨款支出: the label is the sentence’s subject, after the heading', () => {
    expect(labels('五、一般公共预算拨款支出决算情况2017年一般公共预算拨款支出1,463.90万元，比2016年决算数增加561.51万元，增长62.23%。')[0]).toEqual([
      '1,463.90万元',
      '一般公共预算拨款支出',
    ]);
    expect(labels('六、政府性基金支出决算情况2017年政府性基金支出1406.49万元。')[0]).toEqual(['1406.49万元', '政府性基金支出']);
    expect(labels('九、机关运行经费支出情况2017年机关运行经费支出319.09万元。')[0]).toEqual(['319.09万元', '机关运行经费支出']);
  });
  test('a run-in sub-heading after the section’s (九、其他重要事项说明（一）机关运行经费 2017年度…) goes too', () => {
    expect(labels('九、其他重要事项说明（一）机关运行经费 2017年度机关运行经费支出53.73万元，比上年决算数增长55.25%。')[0]).toEqual(['53.73万元', '机关运行经费支出']);
  });
  test('a body’s name for itself (本部门, 本单位) opens no label, as 本市 does not', () => {
    expect(labels('四、2017年决算收支总体情况2017年本部门年初结转和结余45.07万元，本年收入1,464.80万元。')[0]).toEqual(['45.07万元', '年初结转和结余']);
  });
  test('情况 inside a sentence with no heading before it stays (guard)', () => {
    expect(labels('全市空气质量优良情况较好的天数达到320天。')[0]).toEqual(['320天', '空气质量优良情况较好的天数']);
  });
  test('一、二 after a word is a list of numerals (the first and the second), no heading’s number: the words after it are no title', () => {
    expect(labels('印发一、二季度经济运行情况通报12期。')[0]?.[1]).toMatch(/一、二季度经济运行情况通报$/);
    expect(labels('全市一、二级医院运行情况监测点达到30个。')[0]).toEqual(['30个', '一、二级医院运行情况监测点']);
    expect(labels('开展一、二类疫苗接种情况专项检查15次。')[0]).toEqual(['15次', '一、二类疫苗接种情况专项检查']);
  });
});

describe('a subject’s code in the classification printed without the marks is no figure and no part of the label (dev 361, 378)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label]);
  test('（四）2012550台侨事务—事业运行75.62万元: no 2012550台, and the name without its code', () => {
    expect(labels('（四）2012550台侨事务—事业运行75.62万元，主要用于所属单位的人员经费支出。')).toEqual([['75.62万元', '台侨事务—事业运行']]);
    expect(labels('（三）2012506港澳台侨事务—华侨事务15.84万元。（十三）2299901其他支出63.13万元。')).toEqual([
      ['15.84万元', '港澳台侨事务—华侨事务'],
      ['63.13万元', '其他支出'],
    ]);
  });
  test('a count of seven digits that is no code stays one (全年销售汽车2012550台)', () => {
    expect(labels('全年销售汽车2012550台。')).toEqual([['2012550台', '销售汽车']]);
  });
  test('a count of seven digits in a list after 、 is no code: a code follows an item’s number or another code only', () => {
    expect(labels('三区年末常住人口分别为1051234人、1012345人。').map(([m]) => m)).toEqual(['1051234人', '1012345人']);
    expect(labels('全年新增就业、2012000人。').map(([m]) => m)).toEqual(['2012000人']);
  });
  test('a number after an item’s number whose first three digits are no class (101-110, 201-234) is no code', () => {
    expect(labels('（二）1180000人参加城乡居民基本医疗保险。').map(([m]) => m)).toEqual(['1180000人']);
    expect(labels('（三）2360000人次享受免费体检服务。').map(([m]) => m)).toEqual(['2360000人次']);
  });
});

describe('a sentence that opens with the basis of a change gives the change of the figure the sentence before ended with (dev 361, 378)', () => {
  const changes = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label, f.change?.value, f.change?.unit]);
  test('…行政运行25.70万元，主要是…支出。较2016年决算数增加6.82万元，增长36.12%: the rate is that level’s change, as in one sentence', () => {
    expect(
      changes('（五）群众团体事务—行政运行25.70万元，主要是区归国华侨联合会的人员经费及日常公用经费支出。较2016年决算数增加6.82万元，增长36.12%。主要原因是在职人员增资。'),
    ).toEqual([['25.70万元', '群众团体事务—行政运行', 36.12, '%']]);
    expect(changes('公务用车运行费8.29万元。比上年增长5%。')).toEqual([['8.29万元', '公务用车运行费', 5, '%']]);
  });
  test('a sentence with a subject of its own before its basis keeps its figure (与2016年相比, 因公出国（境）经费支出增长69.80%)', () => {
    expect(changes('全年因公出国（境）累计30人次。与2016年相比, 因公出国（境）经费支出增长69.80%。')).toEqual([
      ['30人次', '因公出国（境）', undefined, undefined],
      ['69.80%', '因公出国（境）经费支出', 69.8, '%'],
    ]);
  });
});

describe('a part after a semicolon that opens with its basis is no change of the part before (dev 196)', () => {
  test('…给予20万元的奖励;同比增幅超过30%的，给予50万元的奖励: the 50万元 has no change', () => {
    const found = extractFromParagraph(
      '对实现上年度跨境电子商务出口额超2亿元的跨境电商企业,同比增幅超过20%的，给予20万元的奖励;同比增幅超过30%的，给予50万元的奖励。',
      { kind: 'provision', year: 2017 },
      'zh-Hans',
    );
    expect(found.find((f) => f.match === '50万元')?.change).toBeUndefined();
  });
});

describe('a quoted name that opens a term of the form is part of it (“三公”经费; dev 361, 378)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label]);
  test('2017年度“三公”经费一般公共预算拨款80.96万元: the label keeps “三公”', () => {
    expect(labels('2017年度“三公”经费一般公共预算拨款80.96万元，同比增长16.42%。')[0]).toEqual(['80.96万元', '“三公”经费一般公共预算拨款']);
    expect(labels('2016年“三公”经费公共财政拨款支出2.42万元，较2016年决算增加0.55万元，增长29.41%。')[0]).toEqual(['2.42万元', '“三公”经费公共财政拨款支出']);
  });
  test('a quoted name before the noun it qualifies still goes from a long label (“科创中国”试点城市)', () => {
    expect(labels('入选全国首批“科创中国”试点城市创新联合体建设项目12个。')[0]![1]).not.toMatch(/^“/);
  });
});

describe('a unit printed twice after a figure is one unit, no word of the label (dev 361)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label]);
  test('（一）2012501港澳台侨事务—行政运行395.52万元万元: labelled by the item, not 万元', () => {
    expect(labels('（一）2012501港澳台侨事务—行政运行395.52万元万元，较2016年决算数增加39.93万元,增长11.23%。')).toEqual([['395.52万元', '港澳台侨事务—行政运行']]);
  });
});

describe('共有 (in all there are) opens no label: what a body holds is the metric (dev 361, 378)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label]);
  test('本部门共有车辆5辆 → 车辆, as 拥有耕地 → 耕地', () => {
    expect(labels('截至2017年12月31日，本部门共有车辆5辆（实际车辆2辆，其余3辆已被车改办收回）。')[0]).toEqual(['5辆', '车辆']);
    expect(labels('2017年末，本部门共有车辆2辆，其中：一般公务用车2辆。').map(([, label]) => label)).toEqual(['车辆', '一般公务用车']);
    expect(labels('全市共有执业医师2000名。')).toEqual([['2000名', '执业医师']]);
  });
  test('共有产权 (held in common) is a noun’s own, and stays (共有产权住房)', () => {
    expect(labels('筹集共有产权住房5000套。')).toEqual([['5000套', '共有产权住房']]);
  });
});

describe('the parts of an item set out in brackets after its amount are figures (dev 378)', () => {
  const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.label]);
  test('拨款支出768.66万元（人员经费699.09万元、日常公用经费69.57万元）: a list of parts, each a figure', () => {
    expect(
      labels(
        '（一）2010301一般公共服务支出（类）政府办公厅及相关机构事务支出（款）行政运行（项）拨款支出768.66万元（人员经费699.09万元、日常公用经费69.57万元），较2016年决算数增加171.72万元，增长28.77%。',
      ).map(([m]) => m),
    ).toEqual(['768.66万元', '699.09万元', '69.57万元']);
    expect(labels('行政运行768.66万元（人员经费699.09万元、日常公用经费69.57万元）。').slice(1)).toEqual([
      ['699.09万元', '人员经费'],
      ['69.57万元', '日常公用经费'],
    ]);
  });
  test('the change said after the bracket is the item’s, not its last part’s', () => {
    const changes = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => [f.match, f.change?.value]);
    expect(changes('行政运行（项）拨款支出768.66万元（人员经费699.09万元、日常公用经费69.57万元），较2016年决算数增加171.72万元，增长28.77%。')).toEqual([
      ['768.66万元', 28.77],
      ['699.09万元', undefined],
      ['69.57万元', undefined],
    ]);
    expect(changes('防灾救灾（项）拨款支出6.50万元，（其中：人员经费支出6.50万元），较2016年决算数增加6.50万元。')).toEqual([
      ['6.50万元', 6.5],
      ['6.50万元', undefined],
    ]);
  });
  test('so is one after 比上年 or 同比, and after a bracket of one part 含 or 不含 opens (dev 324, 386)', () => {
    const changes = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2024 }, 'zh-Hans').map((f) => [f.match, f.change?.value]);
    expect(changes('年末常住人口455.74万人（城镇人口300万人、乡村人口155.74万人），比上年减少2.04万人。')).toEqual([
      ['455.74万人', -2.04],
      ['300万人', undefined],
      ['155.74万人', undefined],
    ]);
    expect(changes('成人高校招生91.4万人（含电大普通专科班8.1万人），比上年减少10.3万人。')).toEqual([
      ['91.4万人', -10.3],
      ['8.1万人', undefined],
    ]);
    expect(changes('全市一般公共预算收入57.8亿元（不含辽滨经开区33.7亿元），同比下降4.1%。')).toEqual([
      ['57.8亿元', -4.1],
      ['33.7亿元', undefined],
    ]);
  });
  test('a figure restated in brackets keeps the change after it (近11亿人（10.9967亿人），较…增长742万人, dev 364)', () => {
    const changes = extractFromParagraph('网民规模近11亿人（10.9967亿人），较2023年12月增长742万人。', { kind: 'actual', year: 2024 }, 'zh-Hans').map((f) => [
      f.match,
      f.change?.value,
    ]);
    expect(changes).toEqual([
      ['近11亿人', undefined],
      ['10.9967亿人', 742],
    ]);
  });
  test('（其中：人员经费支出6.50万元）: a part that 其中 opens', () => {
    expect(labels('（九）2130119农林水支出（类）防灾救灾（款）防灾救灾（项）拨款支出6.50万元，（其中：人员经费支出6.50万元），较2016年决算数增加6.50万元。')[1]).toEqual([
      '6.50万元',
      '人员经费支出',
    ]);
  });
});

describe('in a report of its own year (a final accounts) 今年 is the year reported, no year ahead (dev 361)', () => {
  test('今年全区累计注册台资企业910家，投资总额达78.37亿美元: actuals of 2017', () => {
    const text = '三、部门主要工作总结\n台湾文化广场等台资项目先后落地。今年全区累计注册台资企业910家，投资总额达78.37亿美元。';
    expect(extractIndicators(outlineOf(text), { kind: 'report', year: 2017, reviewsOwnYear: true }).map((f) => [f.match, f.kind, f.period])).toEqual([
      ['910家', 'actual', 2017],
      ['78.37亿美元', 'actual', 2017],
    ]);
  });
  test('the markers of such a text read 今年 as it is written and make no target of it; the others still do', () => {
    const clause = '今年全区新增';
    expect([reportedTargetMarkers, presentTargetMarkers].map((m) => [m.clause.test(clause), m.sentence.test(clause)])).toEqual([
      [false, false],
      [false, false],
    ]);
    expect([targetMarker.test(clause), sentenceTargetMarker.test(clause), reportedTargetMarkers.clause.test('今年全区力争新增')]).toEqual([true, true, true]);
  });
  test('where the document’s year is not the one it reports, 今年 still plans (guard)', () => {
    expect(extractFromParagraph('今年全区累计注册台资企业910家。', { kind: 'actual', year: 2017 }, 'zh-Hans').map((f) => f.kind)).toEqual(['target']);
  });
});
