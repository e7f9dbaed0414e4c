// Issuing bodies read from the text (src/pipeline/organs.ts, words in src/pipeline/data/organs.json).
import { describe, expect, test } from 'vitest';
import {
  addressOf,
  authorBody,
  behalfOf,
  originalPoster,
  ownNews,
  isOrgan,
  ledeBody,
  organOfCategory,
  numberIssuer,
  organOfReprint,
  organOfSession,
  qualifyOrgan,
  splitIssuers,
  titleIssuers,
} from '../src/pipeline/organs.ts';
import { findPlace } from '../src/pipeline/places.ts';
import data from '../src/pipeline/data/organs.json' with { type: 'json' };

describe('isOrgan', () => {
  test.each([
    '浙江省人民代表大会常务委员会',
    '四川省发展和改革委员会',
    '四川省能源局',
    '国务院',
    '衛生福利部',
    '國家科學及技術委員會',
    '海拉尔区人民政府办公室',
    '中共中央',
    '本溪市人民政府',
    // a national regulator by the short name its signature prints (证券监督管理委员会 → 证监会, dev 409)
    '中国证监会',
  ])('%s is a body', (name) => expect(isOrgan(name)).toBe(true));
  test.each([
    '各位代表',
    '关于印发某办法的通知办公室',
    '行政',
    '國民健康目',
    '该院',
    '本院',
    '我局',
    '本市财政局',
    '浙江省房屋使用安全管理条例',
    '2026年浙江省政府工作报告',
    '根据市人民政府',
    '按照县政府',
    '依據行政院',
  ])('%s is not', (name) => expect(isOrgan(name)).toBe(false));
  test('every ending of the table makes a body of a place name', () => {
    for (const ending of data.endings) expect(isOrgan(`某市${ending}`), ending).toBe(true);
  });
});

describe('splitIssuers: a joint issue, lead first', () => {
  test.each([
    ['四川省发展和改革委员会 四川省能源局', ['四川省发展和改革委员会', '四川省能源局']], // corpus 18, 发布机构：
    ['最高人民法院、最高人民检察院', ['最高人民法院', '最高人民检察院']],
    ['天津市工业和信息化局', ['天津市工业和信息化局']],
    // a word of joint action joins two bodies as the separators do (data/organs.json joints); a name with 和 in it stays whole
    ['司法部和财政部', ['司法部', '财政部']],
    ['最高人民法院会同公安部', ['最高人民法院', '公安部']],
    ['国家发展和改革委员会、国家能源局', ['国家发展和改革委员会', '国家能源局']],
    // a short name letter-spaced across the signature's width (财  政  部, dev 408) is one body
    ['财  政  部', ['财政部']],
    ['国\u3000务\u3000院', ['国务院']],
    // seven bodies of a joint issue in one letterhead line (dev 409)
    ['中国人民银行 国家发展改革委 中国证监会 国家外汇局', ['中国人民银行', '国家发展改革委', '中国证监会', '国家外汇局']],
    // a space splits only between issuers: a unit after the body it belongs to (dev 417 signs 国家能源局综合司; here made up with its
    // unit set apart by a full-width space, as no dev text prints it), a body's own word after its place (湖北省\u3000人民政府) and letters
    // spaced out (国 务 院) before a unit are one body (data/organs.json units); two spaced-out names on one line, a wider gap between
    // them, are two (made up: dev 413 signs 国家发 / 展改革委 and 国 家 能 源 局 on lines of their own)
    ['国家能源局\u3000综合司', ['国家能源局综合司']],
    ['国家发展改革委办公厅 国家能源局综合司', ['国家发展改革委办公厅', '国家能源局综合司']],
    ['国务院 办公厅', ['国务院办公厅']],
    ['湖北省\u3000人民政府', ['湖北省人民政府']],
    ['国 务 院\u3000办 公 厅', ['国务院办公厅']],
    ['国 家 发 展 改 革 委\u3000国 家 能 源 局', ['国家发展改革委', '国家能源局']],
    ['国 家 发 展 改 革 委    国 家 能 源 局', ['国家发展改革委', '国家能源局']],
    ['中共中央 国务院', ['中共中央', '国务院']],
    // (a gap a line's justification widened parts no names: 国家 is none)
    ['国 家  能 源 局', ['国家能源局']],
  ])('%s → %j', (text, want) => expect(splitIssuers(text)).toEqual(want));
  test('a body pointed at after a joint word makes no list of bodies', () => expect(splitIssuers('公安部会同该院')).toBeUndefined());
  test('a line with anything else in it is not a list of bodies', () => expect(splitIssuers('四川省能源局 2025年9月29日')).toBeUndefined());
  test('letters spaced apart that make no body are none', () => expect(splitIssuers('各 位 代 表')).toBeUndefined());
  // a unit's word joins only a body or a place before it (data/organs.json units, levels): a law's section heading in the form of
  // dev 87's 第八节\u3000人民法院和人民检察院, its unit alone after the space, names no body (第八节人民法院 ends as one does)
  test.each([['第八节\u3000人民法院'], ['第二章\u3000人民政府'], ['联系人 办公室']])('a unit after what is no body nor place is no issuer: %s', (text) =>
    expect(splitIssuers(text)).toBeUndefined(),
  );
});

describe('organOfSession: a body named with its session', () => {
  test.each([
    ['浙江省第十三届人民代表大会常务委员会第二十四次会议', '浙江省人民代表大会常务委员会'], // corpus 10
    ['秀山土家族苗族自治县第十七届人民代表大会第六次会议', '秀山土家族苗族自治县人民代表大会'], // corpus 39
    ['第十一届全国人民代表大会常务委员会第二十次会议', '全国人民代表大会常务委员会'],
    ['十三届全国人大常委会第十次会议', undefined], // 人大常委会 is an abbreviation the table does not list
    // a legislature's session period of its term as well (第2會期, Taiwan's Legislative Yuan, dev 700)
    ['立法院第8屆第2會期第6次會議', '立法院'],
    // the year of its sittings before or after the body's name, and a PDF's spaces in the sitting (dev 831, 832; issuer39)
    ['107 年度臺南市都市設計審議委員會第 6 次會議', '臺南市都市設計審議委員會'],
    ['臺南市都市設計審議委員會107年度第6次會議', '臺南市都市設計審議委員會'],
    ['二〇一八年度某市规划委员会第三次会议', '某市规划委员会'],
  ])('%s → %s', (text, want) => expect(organOfSession(text)).toBe(want));
  // a council's record titled by the body and the sitting alone, its record's word on a line of its own (dev 831)
  test('a record titled by the body and its sitting, with or without 紀錄', () => {
    expect(titleIssuers('107 年度臺南市都市設計審議委員會第 6 次會議')).toEqual(['臺南市都市設計審議委員會']);
    expect(titleIssuers('立法院第8屆第2會期第6次會議紀錄')).toEqual(['立法院']);
    expect(titleIssuers('2018年第6次会议纪录')).toBeUndefined();
    // any title of a body and its sitting names the body so, a record's or not (README, review39c)
    expect(titleIssuers('国务院第五次全体会议')).toEqual(['国务院']);
  });
});

describe('titleIssuers: the bodies before 关于 in a document title', () => {
  test.each([
    ['中共中央 国务院关于实施乡村振兴战略的意见', ['中共中央', '国务院']], // corpus 37
    ['最高人民法院、最高人民检察院关于执行《中华人民共和国刑法》确定罪名的补充规定（六）', ['最高人民法院', '最高人民检察院']], // corpus 41
    ['重庆市人民政府关于全市科技创新情况的报告', ['重庆市人民政府']],
    ['市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知', ['市工业和信息化局']], // corpus 05
    // a body's document of a year, its name before the year (a department's 工作要点, a body's yearly plan)
    ['广州市发展和改革委员会2022年工作要点', ['广州市发展和改革委员会']],
    ['国务院2021年度立法工作计划', ['国务院']],
    // an interview (答记者问): the bodies whose official answers, after the headline's dash or not (dev 243)
    ['构建数据基础制度 更好发挥数据要素作用——国家发展改革委负责同志答记者问', ['国家发展改革委']],
    ['国家互联网信息办公室有关负责人就《区块链信息服务管理规定》答记者问', ['国家互联网信息办公室']],
    ['司法部 财政部 税务总局负责人就《增值税法实施条例》答记者问', ['司法部', '财政部', '税务总局']],
    ['司法部和财政部关于某某事项的通知', ['司法部', '财政部']],
    ['人力资源社会保障部有关部门负责人答记者问', ['人力资源社会保障部']],
    // the official by the office he heads, Simplified or Traditional
    ['无锡市发展改革委主任就《无锡市促进消费若干措施》答记者问', ['无锡市发展改革委']],
    ['某某市某某局局長就某某政策答記者問', ['某某市某某局']],
    // a national body by its common short name (最高检, 最高法): its full name (dev 387)
    ['最高检、公安部有关负责人就联合挂牌督办第四批特大跨境电信网络诈骗犯罪案件答记者问', ['最高人民检察院', '公安部']],
    ['最高法关于某某问题的批复', ['最高人民法院']],
    // a statistics bureau's bulletin of a year (dev 386)
    ['中华人民共和国国家统计局关于1995年国民经济和社会发展的统计公报', ['中华人民共和国国家统计局']],
    // a body named with the session that adopted the document: the body, without its session words (a resolution, dev 703)
    ['第十四届全国人民代表大会第三次会议关于政府工作报告的决议', ['全国人民代表大会']],
    ['浙江省第十三届人民代表大会常务委员会第二十四次会议关于某某事项的决定', ['浙江省人民代表大会常务委员会']],
    // a council's record of a sitting, titled by the body and the sitting (立法院公報's 院會紀錄, dev 700)
    ['立法院第8屆第2會期第6次會議紀錄', ['立法院']],
    // a body's yearly budget or final accounts, its name before the year (kinds.json budgets, final_accounts; dev 477)
    ['重庆市交通委员会2018年部门预算情况说明', ['重庆市交通委员会']],
    ['平潭综合实验区台湾工作部2017年部门预算公开', ['平潭综合实验区台湾工作部']],
    ['上海市某区财政局2024年度部门决算', ['上海市某区财政局']],
    // a kind with a word of its kind before it (organs.json document_kind_modifiers; dev 705, 392, 411)
    ['中共中央 国务院关于支持河北雄安新区全面深化改革和扩大开放的指导意见', ['中共中央', '国务院']],
    ['国务院关于做好当前和今后一个时期促进就业工作的若干意见', ['国务院']],
    ['某某市人民政府办公室关于加快某某产业发展的实施意见', ['某某市人民政府办公室']],
  ])('%s → %j', (title, want) => expect(titleIssuers(title)).toEqual(want));
  test.each([
    '关于印发《四川省深化新能源上网电价市场化改革实施方案》的通知',
    '2026年浙江省政府工作报告',
    '深入学习关于创新的重要论述的体会',
    '广州市2022年工作要点',
    '某市2025年部门预算',
    '浙江省2021年国民经济和社会发展计划执行情况与2022年计划草案的报告',
    '某市市长就促消费答记者问',
  ])('%s names none', (title) => expect(titleIssuers(title)).toBeUndefined());
});

describe('behalfOf: the government a report is delivered for', () => {
  test.each([
    ['现在，我代表省人民政府向大会作政府工作报告，请予审议。', '省人民政府'], // corpus 16
    ['现在，我代表国务院，向大会作政府工作报告，请予审议。', '国务院'], // corpus 14, 42
    ['　　我代表国务院向大会作政府工作报告，请予审议。', '国务院'], // corpus 38
  ])('%s → %s', (text, want) => expect(behalfOf(['各位代表：', text])).toBe(want));
  test('a party congress report is not a government report', () => {
    expect(behalfOf(['同志们：', '现在，我代表第十八届中央委员会向大会作报告。'])).toBeUndefined(); // corpus 43
  });
});

describe('qualifyOrgan: a body named by its level word gets the name of the text place', () => {
  test.each([
    ['省人民政府', '浙江', '浙江省人民政府'],
    ['市工业和信息化局', '天津', '天津市工业和信息化局'],
    ['区人民政府', '海拉尔区', '海拉尔区人民政府'],
    ['市人民政府', '浙江', '市人民政府'], // a province's text: 市 is not its level
    ['国务院', '全国', '国务院'],
  ])('%s in %s → %s', (organ, region, want) => expect(qualifyOrgan(organ, findPlace(region))).toBe(want));
});

test('organOfCategory: the ministry of a Taiwan law category path', () => {
  expect(organOfCategory('法律 / 行政＞衛生福利部＞國民健康目')).toBe('衛生福利部'); // corpus 12
  expect(organOfCategory('法律 / 行政＞經濟部＞能源目')).toBe('經濟部'); // corpus 36
  expect(organOfCategory('憲法 / 憲法')).toBeUndefined(); // corpus 44
  expect(organOfCategory('有关法律问题和重大问题的决定（部分）')).toBeUndefined();
});

test('organOfReprint: the body a reprint notice credits, not a newspaper', () => {
  expect(organOfReprint(['本文转载自成都市科学技术局，其真实性请自行核实。'])).toBe('成都市科学技术局'); // content/sources/chengdu-2020
  expect(organOfReprint(['来源：浙江日报'])).toBeUndefined(); // corpus 16
  expect(organOfReprint(['分享让更多人看到'])).toBeUndefined();
});

test("organOfReprint reads a notice's source label as pageSource and creditedSource do (data/front-matter.json page_source_keys) and checks its value as they do (sourceBody)", () => {
  // the label's colons and spaces: `︰` is a colon, a space may come before it
  expect(organOfReprint(['信息来源︰成都市科学技术局'])).toBe('成都市科学技术局');
  expect(organOfReprint(['来源 ：成都市科学技术局'])).toBe('成都市科学技术局');
  // after any words, as before (本文来源：, 文章来源：)
  expect(organOfReprint(['文章来源：成都市科学技术局'])).toBe('成都市科学技术局');
  // no unit by its word alone, no place's media centre (a medium named as a body is: dev 332); a later notice may name the body
  expect(organOfReprint(['来源：办公室'])).toBeUndefined();
  expect(organOfReprint(['来源：宝安区融媒体中心'])).toBeUndefined();
  expect(organOfReprint(['本文转载自宝安区融媒体中心', '来源：深圳市宝安区人民政府'])).toBe('深圳市宝安区人民政府');
});

test('addressOf: the address a sitting record carries and the government it is delivered for (corpus 53)', () => {
  const body = ['行政長官現在向立法會發表施政報告 。', '行政長官 ： 主席女士 ， 現在我宣讀香港特別行政區政府第五份施政報告 ， 這'].join('\n');
  expect(addressOf(body)).toEqual({ address: '施政報告', organ: '香港特別行政區政府' });
  expect(addressOf('馮檢基議員：局長由答覆以至文件，均說要另外劃線給單車')).toBeUndefined(); // corpus 06, questions only
  expect(addressOf('去年的施政報告中 ， 我提出要在 10 年內')).toBeUndefined(); // named, not delivered
});

test('addressOf: the office that delivers an address names its government when the address does not (corpus 143)', () => {
  const body = ['行政長官向立法會發表施政報告。行政長官，請發言。', '行政長官', '我今天…在立法會發表我任內的首份施政報告1。'].join('\n');
  expect(addressOf(body)).toEqual({ address: '施政報告', organ: '特區政府' });
  expect(addressOf('我今天在立法會發表我任內的首份施政報告。')).toEqual({ address: '施政報告' });
});

test('addressOf: a budget speech whose speaker is the paragraph above it (a JSON export of the record, corpus 144)', () => {
  const body = ['財政司司長', '主席、各位議員、所有香港市民，早晨。我謹動議二讀《2017年撥款條例草案》。'].join('\n');
  expect(addressOf(body)).toEqual({ address: '財政預算案', organ: '財政司司長', title: '2017-18年度財政預算案' });
  // a paragraph of more than a speaker's name above it is no speaker
  expect(addressOf('今天的議程是財政司司長\n主席、各位議員，早晨。我謹動議二讀《2017年撥款條例草案》。')).toBeUndefined();
});

describe("a policy address of a term's government (corpus 134)", () => {
  test('第二屆特區政府的首份施政報告: the address of the SAR government, its short name made full by the text’s place', () => {
    expect(addressOf('行政長官 ： 主席女士 ， 現在我宣讀第二屆特區政府的首份施政報告 。')).toEqual({ address: '施政報告', organ: '特區政府' });
    expect(qualifyOrgan('特區政府', findPlace('香港'))).toBe('香港特別行政區政府');
    expect(qualifyOrgan('特区政府', findPlace('澳门'))).toBe('澳门特别行政区政府');
    // elsewhere the short name stays as it is
    expect(qualifyOrgan('特區政府', findPlace('四川'))).toBe('特區政府');
  });
});

describe('authorBody: the body a byline names as the author (作者：…), not a person', () => {
  test('a journal article that names its author at its end (dev 247)', () => {
    const paragraphs = [
      '我国网络安全工作取得历史性成就。',
      '这十年，我国持续推进关键信息基础设施安全保护。',
      '作者：中国网络空间研究院网络安全研究所',
      '原标题：《筑牢国家网络安全屏障》',
    ];
    expect(authorBody(paragraphs)).toBe('中国网络空间研究院网络安全研究所');
  });
  test.each([['作者：张明'], ['作者：本报记者 李华'], ['文学艺术工作者：各位代表']])('%s names no body', (line) => expect(authorBody(['正文。', line])).toBeUndefined());
});

describe('originalPoster: the body whose account posts a WeChat post it marks as its own (原创)', () => {
  test('the account line under 原创 and the author, a body with its Latin abbreviation after it (dev 246)', () => {
    expect(originalPoster(['网络安全信息与动态周报2022年第52期', '原创', 'CNCERT', '国家互联网应急中心CNCERT', '本周网络安全基本态势'])).toBe('国家互联网应急中心');
  });
  test.each([
    [['网空院', '国家互联网应急中心CNCERT', '党的十八大以来，…']], // a repost (no 原创): the account is not the author (dev 247)
    [['原创', '张明', '某某科技', '正文。']], // an account that is no body
  ])('%j names none', (paragraphs) => expect(originalPoster(paragraphs)).toBeUndefined());
});

describe('ledeBody: the body a lede says released what the text is', () => {
  const title = '个人信息保护检察公益诉讼典型案例';
  test.each([
    ['今天，最高人民检察院发布了一批个人信息保护检察公益诉讼典型案例。', '最高人民检察院'],
    ['最高人民检察院今天发布了一批个人信息保护检察公益诉讼典型案例。', '最高人民检察院'],
    // the day or time it was released, written without a comma, is no part of the body's name
    ['今天最高人民检察院发布了一批个人信息保护检察公益诉讼典型案例。', '最高人民检察院'],
    ['3月1日上午最高人民检察院发布8起个人信息保护检察公益诉讼典型案例', '最高人民检察院'],
    ['2023年3月1日下午最高人民检察院发布个人信息保护检察公益诉讼典型案例', '最高人民检察院'],
  ])('%s → %s', (lede, body) => {
    expect(ledeBody(title, [lede])).toBe(body);
  });
  // made-up ledes: several bodies joined by a word of joint action are each a body, lead first; a name with 和 in it stays whole
  test.each([
    ['最高人民法院会同公安部发布了一批个人信息保护检察公益诉讼典型案例。', '最高人民法院 公安部'],
    ['最高人民检察院联合公安部发布个人信息保护检察公益诉讼典型案例', '最高人民检察院 公安部'],
    ['近日，人力资源和社会保障部与司法部发布个人信息保护检察公益诉讼典型案例', '人力资源和社会保障部 司法部'],
    ['国家发展和改革委员会发布个人信息保护检察公益诉讼典型案例', '国家发展和改革委员会'],
  ])('joint bodies: %s → %s', (lede, body) => expect(ledeBody(title, [lede])).toBe(body));
  // a body pointed at (该院, 本院, 我局) is named elsewhere: the lede names no issuer, not the words before the organ ending
  test.each([
    ['该院会同公安部发布个人信息保护检察公益诉讼典型案例。'],
    ['今天，本院发布了一批个人信息保护检察公益诉讼典型案例。'],
    ['公安部会同该院发布个人信息保护检察公益诉讼典型案例'],
    ['我局联合市公安局发布个人信息保护检察公益诉讼典型案例'],
  ])('%s names no body', (lede) => expect(ledeBody(title, [lede])).toBeUndefined());
  // the release's pattern is tried only on paragraphs that hold the title as written (session 24): the lede after others, the title in
  // 《》 or given with spaces around it, is still found; a paragraph that holds the title with no release before it names none
  test('the lede among other paragraphs', () => {
    const lede = '3月1日上午，最高人民检察院发布《个人信息保护检察公益诉讼典型案例》。';
    expect(ledeBody(` ${title} `, ['个人信息保护检察公益诉讼典型案例', '来源：检察日报', lede])).toBe('最高人民检察院');
    expect(ledeBody(title, ['个人信息保护检察公益诉讼典型案例', '正文。'])).toBeUndefined();
  });
});

describe("ledeBody: a title that is an interview's lede or tells of an official's statement (interviews.statements, issuer39)", () => {
  test.each([
    ['国家工商总局企业注册局有关负责人就“多证合一”改革中的有关问题回答记者提问', '国家工商总局企业注册局'],
    // the official's name after his post
    ['外交部发言人马朝旭就美国总统奥巴马会见达赖发表谈话', '外交部'],
    ['司法部、国家网信办负责人就《条例》有关问题答记者问', '司法部 国家网信办'],
  ])('%s → %s', (title, body) => expect(ledeBody(title, ['正文。'])).toBe(body));
  // a person (no body before the post), a title that only mentions a statement, and a body pointed at name none
  test.each([['马朝旭就美国总统奥巴马会见达赖发表谈话'], ['关于发言人就有关问题发表谈话的说明（草案）'], ['该局负责人就有关问题回答记者提问']])('%s names no body', (title) =>
    expect(ledeBody(title, ['正文。'])).toBeUndefined(),
  );
});

describe("a national body's document number names it by its prefix (number_prefixes, dev 485)", () => {
  test('the prefix before the year in 〔〕 is the body that numbers its documents by it', () => {
    expect(numberIssuer('法〔2019〕254号')).toBe('最高人民法院');
    expect(numberIssuer('国办发〔2019〕2号')).toBe('国务院办公厅');
    expect(numberIssuer('国发〔2026〕15号')).toBe('国务院');
    // a prefix no entry gives, or a number that is none, names nobody
    expect(numberIssuer('粤府〔2020〕5号')).toBeUndefined();
    expect(numberIssuer(undefined)).toBeUndefined();
  });
});

describe("ownNews: a body's own news item on its own site (own_voice, issuer39)", () => {
  const menus = ['网站首页', '政务公开', '工作动态'];
  test('its own voice in the opening paragraphs (我委 of a 委员会, dev 902), whatever the page credits', () => {
    const paragraphs = [...menus, '重庆文旅之窗成功首秀', '来源：国际交流合作处', '7月7日下午，活动举行。', '我委秦定波副主任出席。'];
    expect(ownNews('重庆市文化和旅游发展委员会', '国际交流合作处', '重庆文旅之窗成功首秀', paragraphs)).toBe('重庆市文化和旅游发展委员会');
    // (the word must be the body's: 我局 on a 委员会's site is none)
    expect(ownNews('重庆市文化和旅游发展委员会', undefined, '重庆文旅之窗成功首秀', [...menus, '重庆文旅之窗成功首秀', '我局参加。'])).toBeUndefined();
  });
  test('the voice word as a word of its own, not the end of another word and the start of the next (review39c)', () => {
    const title = '全省外贸运行情况通报';
    expect(ownNews('某省商务厅', undefined, title, [title, '经我厅研究，现通报如下。'])).toBe('某省商务厅');
    // 基本|局面, 根本|部署, 基本|办法, 本|部门: no 本局, 本部, 本办 of the site's body
    expect(ownNews('某市统计局', undefined, title, [title, '全省外贸保持稳中向好的基本局面。'])).toBeUndefined();
    expect(ownNews('中华人民共和国商务部', undefined, title, [title, '作出根本部署，本部门落实。'])).toBeUndefined();
    expect(ownNews('某市人民政府办公室', undefined, title, [title, '出台基本办法。'])).toBeUndefined();
  });
  test('a headline its name opens, in full or from its level word on, credited to the body itself (dev 877)', () => {
    const title = '市文化和旅游局到南部山区开展帮包服务活动';
    const paragraphs = [...menus, title, '信息来源：济南市文化和旅游局', '为深入推进主题教育，市文化和旅游局组织活动。'];
    expect(ownNews('济南市文化和旅游局', '济南市文化和旅游局', title, paragraphs)).toBe('济南市文化和旅游局');
    expect(ownNews('济南市文化和旅游局门户网站', undefined, title, paragraphs)).toBe('济南市文化和旅游局');
    // credited to a medium or another body: a report it reposts
    expect(ownNews('济南市文化和旅游局', '济南日报', title, paragraphs)).toBeUndefined();
  });
  test('its own voice yields to a credit of a body of a place, whose voice it is, not to a division or a medium (review39c)', () => {
    const title = '帮包服务民营企业活动启动';
    const paragraphs = [title, '7月9日，我局到南部山区开展帮包服务活动。'];
    expect(ownNews('济南市文化和旅游局', '历城区文化和旅游局', title, paragraphs)).toBeUndefined();
    expect(ownNews('济南市文化和旅游局', '区文化和旅游局', title, paragraphs)).toBeUndefined();
    expect(ownNews('济南市文化和旅游局', '国际交流合作处', title, paragraphs)).toBe('济南市文化和旅游局');
    expect(ownNews('济南市文化和旅游局', '本站', title, paragraphs)).toBe('济南市文化和旅游局');
  });
  test("a department's item on its government's portal, or a report that names the body further down, names none (dev 896, 925)", () => {
    const title = '南沙区统计局召开互联网经济统计业务培训会';
    expect(ownNews('广州市南沙区人民政府门户网站', '广州市南沙区统计局', title, [title, '6月4日，区统计局组织培训。'])).toBeUndefined();
    const drama = '《洪湖英雄传》开机 再造红色IP经典佳作';
    expect(ownNews('洪湖市人民政府门户网', '洪湖市人民政府', drama, [drama, '4月18日上午，电视剧在洪湖市瞿家湾镇开机。'])).toBeUndefined();
    // and a page whose site is no body's
    expect(ownNews(undefined, undefined, title, [title, '我局组织培训。'])).toBeUndefined();
  });
});
