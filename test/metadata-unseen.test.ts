// Metadata of texts the rules were not written for (issue 16, session 32, devmeta32): each case from a real line of a dev text.
import { describe, expect, test } from 'vitest';
import { buildReport } from '../src/pipeline/index.ts';
import { bylineDate, creditedSource, inferKind, labelSegments, leadingDay, pageSource, readLabels, titleBeforeNumber, withoutColumn } from '../src/pipeline/infer.ts';
import { isSittingRecord, qualifyOrgan, releaseLede, selfGovernment, titleIssuers } from '../src/pipeline/organs.ts';
import { findPlace } from '../src/pipeline/places.ts';
import { sittingDate } from '../src/pipeline/dates.ts';
import type { SourceMeta } from '../src/schemas/meta.ts';

const build = (text: string, meta: SourceMeta = {}) => buildReport({ file: 'x.txt', name: 'x', bytes: new TextEncoder().encode(text), meta, sha256: '0'.repeat(64) });

describe("a collector's issuer that names the body the signature prints as it was (原环境保护部 over 环境保护部, dev 707)", () => {
  const post = (author: string) =>
    [
      '---',
      'title: 关于建设项目“未批先建”违法行为法律适用问题的意见',
      'date: 2018-02-22',
      `author: ${author}`,
      '---',
      '',
      '新环境保护法和新环境影响评价法施行以来，在法律适用等方面存在不同争议。经研究，现就有关法律法规的适用问题提出以下意见。',
      '',
      '我部之前印发的相关解释与本意见不一致的，以本意见为准。',
      '',
      '环境保护部',
      '',
      '2018年2月22日',
    ].join('\n');
  test('the signature’s name, as the body signed and is cited', () => expect(build(post('原环境保护部')).record.meta.issuer).toBe('环境保护部'));
  test('a collector’s issuer that is another body stays', () => expect(build(post('生态环境部办公厅')).record.meta.issuer).toBe('生态环境部办公厅'));
});

describe("a crawler's record whose source is the body that posted its own document (dev 702, 653, 679)", () => {
  // one item of a Scrapy feed export, as dev 702 keeps it (its text shortened)
  const item = (title: string, source: string) =>
    `{"title": "${title}", "date": "2021-04-08", "source": "${source}", "article": "<div class=\\"view TRS_UEDITOR\\"><p>\u3000\u3000为便于供应商及时了解政府采购信息，根据有关规定，现将本单位采购意向公开如下：</p><p>\u3000\u3000本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。</p></div>", "attachment": []},\n`;
  test('a 政府采购意向, the yearly notice a budget unit puts out to suppliers, is a notice', () =>
    expect(build(item('北京市中医管理局2021年政府采购意向', '北京市中医管理局')).record.meta.kind).toBe('notice'));
  test('the body the record names as its source issues a document that names no other body', () => {
    const meta = build(item('北京市中医管理局2021年政府采购意向', '北京市中医管理局')).record.meta;
    expect(meta.issuer).toBe('北京市中医管理局');
    expect(meta.region).toBe('北京');
  });
  test('of bodies listed, the lead', () =>
    expect(build(item('关于征集2022年首都卫生发展科研专项需求建议的通知', '北京市卫生健康委员会，北京市中医管理局')).record.meta.issuer).toBe('北京市卫生健康委员会'));
  test('a medium named as the source issues nothing', () => expect(build(item('关于征集2022年首都卫生发展科研专项需求建议的通知', '北京日报')).record.meta.issuer).toBeUndefined());
  // dev 679's record escapes the zero-width space a page's editor left before the name (`"source": "\u200b\u5317\u4eac…"`)
  test('a zero-width space before the name hides no body', () =>
    expect(build(item('关于征集2022年首都卫生发展科研专项需求建议的通知', '\\u200b北京市中医管理局')).record.meta.issuer).toBe('北京市中医管理局'));
  // a district's media centre is a medium, though its name ends as a body's does (`区融媒体中心讲好宝安故事，获省级以上行业奖项8个。`, dev 332)
  test('a media centre named as the source issues nothing either', () =>
    expect(build(item('关于征集2022年首都卫生发展科研专项需求建议的通知', '宝安区融媒体中心')).record.meta.issuer).toBeUndefined());
});

describe("a programme's series tag in 【】 before a news item's headline (dev 652)", () => {
  test('a longer tag, the series and its campaign, is no part of the title either', () =>
    expect(withoutColumn('【新思想引领新征程·非凡“十四五”】特高压输电网越织越密 筑牢能源安全基础')).toBe('特高压输电网越织越密 筑牢能源安全基础'));
  test('a bracketed title with nothing after it stays', () => expect(withoutColumn('【新思想引领新征程·非凡“十四五”】')).toBe('【新思想引领新征程·非凡“十四五”】'));
  // the page title bar of the NDRC's site puts the document's own name in 【】 (`【关于加强和规范电网规划投资管理工作的通知(发改能源规〔2020〕816号)】-国家发展和改革委员会`,
  // dev 413): without the number the name is 20 characters, a tag's length, and still the title
  test('a document’s own name in 【】 is no tag', () =>
    expect(withoutColumn('【关于加强和规范电网规划投资管理工作的通知】-国家发展和改革委员会')).toBe('【关于加强和规范电网规划投资管理工作的通知】-国家发展和改革委员会'));
});

// 立法院公報's 院會紀錄 of a sitting, as g0v/twlyparser prints it (dev 700)
const sittingRecord = [
  '# 院會紀錄',
  '',
  '立法院公報\u3000第101卷\u3000第63期\u3000院會紀錄',
  '',
  '院會紀錄',
  '',
  '立法院第8屆第2會期第6次會議紀錄',
  '',
  '時\u3000\u3000間\u3000中華民國101年10月26日（星期五）上午10時',
  '',
  '地\u3000\u3000點\u3000本院議場',
  '',
  '主\u3000\u3000席\u3000王院長金平',
  '',
  '主席：現在開會，進行報告事項。',
  '',
  '## 報告事項',
  '',
  '1. 宣讀第8屆第2會期第5次會議議事錄。',
  '',
  '    主席：報告院會，第2會期第5次會議議事錄確定。',
].join('\n');

describe("a council's record of a sitting dated by the sitting's time line under its title (立法院公報's 院會紀錄, dev 700)", () => {
  test('the time line, its key spaced out and set off by a space, dates the record, in the Republic’s calendar', () => {
    expect(sittingDate(['立法院第8屆第2會期第6次會議紀錄', '時\u3000\u3000間\u3000中華民國101年10月26日（星期五）上午10時'])).toBe('2012-10-26');
    expect(sittingDate(['某某会议纪要', '时间：2023年5月6日上午9时', '地点：某某会议室'])).toBe('2023-05-06');
    const meta = build(sittingRecord).record.meta;
    expect(meta.date).toBe('2012-10-26');
    expect(meta.year).toBe(2012);
  });
  test('a time line that gives no full day dates nothing', () => expect(sittingDate(['時\u3000\u3000間\u3000上午10時'])).toBeUndefined());
  test.each([
    ['一、時間：中華民國107年4月26日(星期四)下午2時0分', '2018-04-26'],
    ['一、開會時間：中華民國105年4月21日(星期四)下午2時0分', '2016-04-21'],
    // its year of the Republic in two figures, no 民國 before it, the next head run into the line (dev 832)
    ['壹、會議時間：99 年 12 月 23 日（星期四）上午 9 時 30 分貳、會議地點：本府 10 樓都委會會議室', '2010-12-23'],
  ])("a committee's minutes: the number of the item and the meeting's word before the key (dev 831, 978, 832): %s", (line, day) =>
    expect(sittingDate(['某某委員會第6次會議紀錄', line])).toBe(day),
  );
  test("a mainland time line's year of two figures is ours shortened, no year of the Republic (bareRocYear)", () => {
    expect(sittingDate(['某区委常委会第3次会议纪要', '一、时间：98年3月5日上午9时'])).toBeUndefined();
    expect(sittingDate(['會議時間：99年12月23日'])).toBe('2010-12-23');
  });
  test("a record's time field whose key a JSON export took off: its opening paragraph, the day and the hour (dev 971)", () => {
    expect(sittingDate(['中華民國 106 年 7 月 21 日（星期五）上午 9 時至 9 時 22 分', '陳素月'])).toBe('2017-07-21');
    // a paragraph that opens with a day and no hour of a sitting is no time line
    expect(sittingDate(['2017年7月21日，立法院召开会议'])).toBeUndefined();
  });
  test('the minutes of a sitting titled by the body and the sitting (議事錄, an extraordinary session) name their body and are dated by the sitting (dev 971)', () => {
    expect(titleIssuers('立法院第9屆第3會期第2次臨時會第2次會議議事錄')).toEqual(['立法院']);
    expect(isSittingRecord('立法院第9屆第3會期第2次臨時會第2次會議議事錄')).toBe(true);
    expect(isSittingRecord('关于召开第三次会议的通知')).toBe(false);
  });
});

describe("a gazette's issue line over the record it prints is no title (立法院公報's 院會紀錄, dev 700)", () => {
  test('the record’s own title line below it, past the column’s name, titles it, and names its body', () => {
    const { record } = build(sittingRecord);
    const meta = record.meta;
    expect(record.title).toBe('立法院第8屆第2會期第6次會議紀錄');
    expect(meta.issuer).toBe('立法院');
  });
});

describe('a body named with a session before 关于 (dev 703) and a body of that session', () => {
  // the session's secretariat signs what it prints (`市十八届人大五次会议秘书处  2026年  1月  17日`, dev 427): its own, not the congress's
  test('the session’s secretariat is not the congress', () =>
    expect(titleIssuers('济南市第十八届人民代表大会第五次会议秘书处关于代表建议、批评和意见办理情况的报告')).not.toEqual(['济南市人民代表大会']));
});

// Session 35 (devmeta35, issue 16): the body a page's or a record's issuing line names, when nothing else names one.
describe("a city press release's issuing unit (發稿單位), not the crawler's key for the desk that posted it (dev 787, 788)", () => {
  // one record of a city-news crawler, as dev 788 keeps it (its release shortened)
  const release = [
    '{',
    '    "published": "2024-01-22",',
    '    "title": "臺南購物節加碼百萬紅包大放送，天天抽萬元現金",',
    '    "department": "新聞及國際關係處新聞傳播科",',
    '    "url": "https:\\/\\/www.tainan.gov.tw\\/News_Content.aspx?n=13370&s=8614230",',
    '    "content": "發稿單位：經濟發展局\\n發稿時間：113年1月22日13:40\\n\\n歡慶臺南400以及迎接台灣燈會-龍耀臺南，購物節在農曆年節期間推出重磅加碼抽。\\n\\n臺南市市長黃偉哲強調，在臺南市消費的每一筆金額，無論大小，都可透過「臺南購物節」APP或活動網站登錄單據。\\n\\n經濟發展局局長林榮川指出，購物節單據登錄期間自112年7月1日至113年3月10日。",',
    '    "tags": "#經發 #臺南購物節"',
    '}',
  ].join('\n');
  test('the bureau the release names as its issuing unit, by its full name under the city government the text names', () => {
    const meta = build(release).record.meta;
    expect(meta.issuer).toBe('臺南市政府經濟發展局');
    expect(meta.date).toBe('2024-01-22');
  });
  test('a bureau named bare gets its city government’s name only in a Taiwan city (a mainland bureau is named after its city alone)', () => {
    expect(qualifyOrgan('經濟發展局', findPlace('臺南'), '臺南')).toBe('臺南市政府經濟發展局');
    expect(qualifyOrgan('觀光傳播局', findPlace('臺北'), '臺北')).toBe('臺北市政府觀光傳播局');
    expect(qualifyOrgan('交通运输局', findPlace('东营'), '东营')).toBe('交通运输局');
    expect(qualifyOrgan('衛生福利部', findPlace('臺南'), '臺南')).toBe('衛生福利部');
  });
});

describe("a portal's interpretation page credited to the body whose document it explains (来源：, 信息来源：; dev 770, 791)", () => {
  const page = (source: string, title: string) =>
    [
      '<html><head><title>' + title + '_政策解读_首都之窗_北京市人民政府门户网站</title></head><body>',
      '<div class="position">政务公开　>　政策服务　>　政策解读</div>',
      '<div class="header"><p>' + title + '</p></div>',
      '<div class="fl"><span>日期：2026-07-20 16:53</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>' + source + '</span></div>',
      '<div class="view"><p>一、《办法》修订的背景和必要性？</p><p>2011年以来，原《北京市属高校基本建设管理办法（试行）》施行，至今已运行十余年。</p>',
      '<p>二、《办法》主要修订了哪些内容？</p><p>完善核心原则与定位。强调规划先行和发展要求。</p></div>',
      '</body></html>',
    ].join('\n');
  test('the body the page names as its source issues the interpretation', () =>
    expect(build(page('来源：北京市教育委员会', '《北京市属高校基本建设管理办法》政策解读')).record.meta.issuer).toBe('北京市教育委员会'));
  test('a medium credited as the source is no issuer', () => expect(build(page('来源：北京日报', '《北京市属高校基本建设管理办法》政策解读')).record.meta.issuer).toBeUndefined());
});

test("pageSource: the body a page's info line credits, also on a chrome line that keeps its entities (dev 791), not a medium", () => {
  expect(pageSource(['日期：2026-07-20 16:53&nbsp;&nbsp;&nbsp;&nbsp;来源：北京市教育委员会'])).toBe('北京市教育委员会');
  expect(pageSource(['信息来源：市住房公积金管理中心'])).toBe('市住房公积金管理中心'); // dev 770
  expect(pageSource(['来源：新华网 2026-07-20'])).toBeUndefined();
  expect(pageSource(['将建设资金来源拓展至政府投资资金、自筹资金'])).toBeUndefined();
});

test("pageSource and creditedSource read one source label (data/front-matter.json page_source_keys): an info line's among others, a closing credit's alone on its line", () => {
  expect(creditedSource(['（信息来源：长沙市统计局）'])).toBe('长沙市统计局'); // dev 479
  expect(creditedSource(['信息來源：臺南市政府經濟發展局'])).toBe('臺南市政府經濟發展局');
  // a label among others is an info line's, no closing credit
  expect(creditedSource(['发布时间：2026-04-21 来源：长沙市统计局'])).toBeUndefined();
  expect(pageSource(['发布时间：2026-04-21 来源：长沙市统计局'])).toBe('长沙市统计局');
  // the same check of the value: no medium, nor a unit by its word alone
  expect(creditedSource(['（来源：新华网）'])).toBeUndefined();
  expect(creditedSource(['来源：办公室'])).toBeUndefined();
});

describe('a lede that dates what was done today in brackets, after an opening clause, is a news item’s (dev 790, 792, 640)', () => {
  test('今（5）日 after the clause of what it concerns, 今天（10月24日） after the clauses of why, 今天（3月5日） after a programme’s credit', () => {
    expect(
      inferKind(
        '總統針對臺灣匯率市場變動及新臺幣升值情形發表談話',
        '針對臺灣匯率市場變動及新臺幣升值情形，賴清德總統今（5）日發表錄影談話，向國人說明這一波新臺幣升值主要是外匯市場預期心理、以及近期外資匯入買超臺股所造成。',
      ),
    ).toBe('news');
    expect(
      inferKind(
        '我市部分区、县（市）开展“购房+消费券”限时补贴活动',
        '为进一步激发住房消费市场活力，支持居民刚性和改善性住房需求，促进房地产市场持续平稳健康发展，今天（10月24日），我市部分区县市(富阳区、临安区、桐庐县、淳安县、建德市)发布公告，将于近日开展“购房+消费券”限时补贴活动。',
      ),
    ).toBe('news');
    expect(
      inferKind('新闻联播 2025-03-05', '央视网消息（新闻联播）：十四届全国人大三次会议首场“代表通道”今天（3月5日）开启，6位全国人大代表走上“代表通道”，与媒体记者见面交流。'),
    ).toBe('news');
  });
  test('today said without a bracketed day (a speech), or past the first sentence, is no lede', () => {
    expect(inferKind('在全市经济工作会议上的讲话', '同志们：今天，我们召开全市经济工作会议。')).not.toBe('news');
    expect(inferKind('某某情况说明', '现将有关情况说明如下。截至今天（10月24日），已完成80%。')).not.toBe('news');
  });
});

// Session 35 review (review35d) of devmeta35: where a page's credit, a bare bureau or a bracketed today says less than it seemed to.
describe('a bare bureau gets the government of the text’s city, not another’s nor a ministry’s (review of dev 788)', () => {
  test('a joint release of two cities’ bureaus: the other city’s bureau keeps its own government’s name', () => {
    expect(qualifyOrgan('高雄市政府經濟發展局', findPlace('臺南'), '臺南')).toBe('高雄市政府經濟發展局');
    expect(qualifyOrgan('高雄市經濟發展局', findPlace('臺南'), '臺南')).toBe('高雄市經濟發展局');
  });
  test('a ministry’s agency named with its ministry (勞動部勞工保險局, 經濟部工業局) is no city department', () => {
    expect(qualifyOrgan('勞動部勞工保險局', findPlace('臺南'), '臺南')).toBe('勞動部勞工保險局');
    expect(qualifyOrgan('文化部文化資產局', findPlace('臺南'), '臺南')).toBe('文化部文化資產局');
    expect(qualifyOrgan('交通部公路總局', findPlace('臺南'), '臺南')).toBe('交通部公路總局');
  });
  test('the city’s own departments still do (發稿單位：交通局, dev 787; 都市發展局)', () => {
    expect(qualifyOrgan('交通局', findPlace('臺南'), '臺南')).toBe('臺南市政府交通局');
    expect(qualifyOrgan('都市發展局', findPlace('臺南'), '臺南')).toBe('臺南市政府都市發展局');
  });
});

describe('a bracketed today after a speaker’s or a questioner’s colon is no news lede (review of TODAY_LEDE, dev 640)', () => {
  test('a speech under a headline of its own, a letter to citizens, an interview’s question, a press conference’s host', () => {
    expect(inferKind('坚定信心 真抓实干 奋力推动经济高质量发展', '同志们：今天（12月5日），我们召开全市经济工作会议，主要任务是总结今年工作，部署明年任务。')).not.toBe('news');
    expect(inferKind('致全市广大市民朋友们的一封信', '全市广大市民朋友们：今天（10月24日），是第十个世界城市日。')).not.toBe('news');
    expect(inferKind('权威解读：《意见》出台的背景和主要内容', '问：今天（3月5日）发布的《意见》有哪些亮点？\n答：《意见》坚持问题导向。')).not.toBe('news');
    expect(inferKind('“推动高质量发展”系列主题新闻发布会实录', '主持人：女士们、先生们，大家上午好！今天（3月5日），国务院新闻办公室举行新闻发布会。')).not.toBe('news');
  });
  test('a medium’s credit before the colon stays a news item’s (dev 640)', () =>
    expect(inferKind('新闻联播 2025-03-05', '央视网消息（新闻联播）：中国物流与采购联合会今天（3月5日）公布，2月份中国大宗商品价格指数为112.6点，环比上涨1.3%。')).toBe('news'));
});

describe('a speech a portal posts is no body’s though its info line credits one (review of pageSource, dev 770, 791)', () => {
  const page = (title: string) =>
    [
      '<html><head><title>' + title + '_首都之窗_北京市人民政府门户网站</title></head><body>',
      '<div class="header"><p>' + title + '</p></div>',
      '<div class="fl"><span>日期：2026-07-20 16:53</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>来源：北京市人民政府办公厅</span></div>',
      '<div class="view"><p>同志们：</p><p>这次会议的主要任务是，总结去年安全生产工作，部署今年任务。</p><p>一、充分肯定去年工作成绩</p><p>去年，全市上下做了大量工作。</p></div>',
      '</body></html>',
    ].join('\n');
  test('a speech titled as one, with no speaker line under it, has no issuer', () => expect(build(page('在全市安全生产工作会议上的讲话')).record.meta.issuer).toBeUndefined());
});

test('a unit by its word alone credited as the source (来源：办公室, a county portal’s) names no body (review of pageSource)', () => {
  expect(pageSource(['日期：2024-03-05&nbsp;&nbsp;来源：办公室'])).toBeUndefined();
  expect(pageSource(['信息来源：县政府办公室'])).toBe('县政府办公室');
});

// Session 36 (devmeta36, issue 16): a record whose fields are named by keys the key table did not know.
describe("a dataset's CSV row of a policy (Policy, Policy_Content) and a penalty announcement's JSON (公告日期, 處分字號): their keys name the title, the text, the date and the number (dev 772, 773, 793, 794, 810)", () => {
  // the header and one row of a climate-policy dataset, as dev 773 keeps it (its content shortened)
  const row = [
    '\ufeffPolicy,Year,Country,Policy_Content,URL,Scope,Source',
    '国务院办公厅关于煤炭经营资格审查部门及制定煤炭经营管理办法有关问题的函,1999,China,国务院办公厅关于煤炭经营资格审查部门及制定煤炭经营管理办法有关问题的函国办函〔1999〕44号国家经济贸易委员会：你委《关于明确国务院煤炭经营资格审查部门及制定〈煤炭经营管理办法〉的请示》收悉。经报国务院领导同意，现对煤炭经营资格审查部门及制定煤炭经营管理办法的有关问题函复如下：一、根据煤炭法的规定，国家经济贸易委员会是国务院煤炭经营资格审查部门。国务院办公厅一九九九年六月二十日,http://www.gov.cn/zhengce/content/2010-11/15/content_6385.htm,National,GCCMPD',
  ].join('\n');
  test('the Policy cell is the title and the Policy_Content cell the text, whose number and issuer are read as any text’s', () => {
    const { record } = build(row);
    expect(record.title).toBe('国务院办公厅关于煤炭经营资格审查部门及制定煤炭经营管理办法有关问题的函');
    const meta = record.meta;
    expect(meta.issuer).toBe('国务院办公厅');
    expect(meta.year).toBe(1999);
  });
  // one record of a labour ministry portal's crawler, as dev 810 keeps it
  const record = [
    '{',
    '    "主管機關": "台北市",',
    '    "公告日期": "20120115",',
    '    "處分日期": "20111102",',
    '    "處分字號": "府勞動字第10040360500號",',
    '    "事業單位名稱或負責人": "第一商業銀行股份有限公司",',
    '    "違法法規法條": "勞動基準法第38條",',
    '    "違反法規內容": "未依規定給予特別休假",',
    '    "罰鍰金額": "",',
    '    "備註說明": ""',
    '}',
  ].join('\n');
  test('the day a 公告 was published dates it, the 處分字號 is its number', () => {
    const meta = build(record).record.meta;
    expect(meta.date).toBe('2012-01-15');
    expect(meta.doc_number).toBe('府勞動字第10040360500號');
  });
});

describe("a body's own release: the body its lede opens with, before the day it acted (今（21）日, 於102年5月22日), or its tag before the headline (【旅遊局】) (dev 789, 811, 752)", () => {
  test('the office that tells of its own act today', () =>
    expect(releaseLede(['總統府今（21）日下午將總統咨文送至立法院，為總統提名司法院院長、副院長及大法官，咨請立法院行使同意權。'])).toBe('總統府'));
  test('its short name in brackets after it (以下簡稱) is no part of it', () =>
    expect(
      releaseLede(['金融監督管理委員會（以下簡稱為金管會）於102年5月22日對幸福人壽保險股份有限公司作出處分，金管會於101年度專案檢查時，發現該公司辦理資金運用作業有諸多缺失']),
    ).toBe('金融監督管理委員會'));
  test('a department’s tag before the headline its release repeats', () =>
    expect(
      releaseLede(
        ['【旅遊局】第十四屆澳門國際旅遊（產業）博覽會圓滿舉行', '第十四屆澳門國際旅遊（產業）博覽會（簡稱“旅博會”）於4月12日圓滿結束。'],
        '第十四屆澳門國際旅遊（產業）博覽會圓滿舉行促進國際旅遊交流合作 展現國際平台橋樑功能',
      ),
    ).toBe('旅遊局'));
  test('a person who acted today is no body (dev 790)', () => expect(releaseLede(['賴清德總統今（5）日發表錄影談話，總統強調…'])).toBeUndefined());
  test('a body a lede names after what happened is not its subject', () =>
    expect(
      releaseLede(['第十四屆澳門國際旅遊（產業）博覽會（簡稱“旅博會”）於4月12日圓滿結束。', '本屆旅博會由國家文化和旅遊部、中央人民政府駐澳門特別行政區聯絡辦公室…主辦']),
    ).toBeUndefined());
});

describe('a body’s own release, by the day its lede says it acted or its tag (releaseLede), is news though its headline names no kind (dev 811, 752)', () => {
  test('a commission’s release of its penalty', () =>
    expect(
      inferKind(
        '幸福人壽保險股份有限公司違反保險法令裁罰案',
        '金融監督管理委員會（以下簡稱為金管會）於102年5月22日對幸福人壽保險股份有限公司作出處分，金管會於101年度專案檢查時，發現該公司辦理資金運用作業有諸多缺失涉有違反保險法相關規定情事。',
      ),
    ).toBe('news'));
  test('a department’s tagged release', () =>
    expect(
      inferKind(
        '第十四屆澳門國際旅遊（產業）博覽會圓滿舉行促進國際旅遊交流合作 展現國際平台橋樑功能',
        '【旅遊局】第十四屆澳門國際旅遊（產業）博覽會圓滿舉行\n第十四屆澳門國際旅遊（產業）博覽會（簡稱“旅博會”）於4月12日圓滿結束。',
      ),
    ).toBe('news'));
  test('a text whose lede names no body acting on its day stays other', () =>
    expect(inferKind('第十四屆澳門國際旅遊（產業）博覽會', '第十四屆澳門國際旅遊（產業）博覽會（簡稱“旅博會”）於4月12日圓滿結束。')).toBe('other'));
});

describe('a page of a site’s news section (its link’s path /NEWS/, News_Content) is news when its headline names no kind (dev 807, 808, 787, 788)', () => {
  test('a Presidential Office news item whose lede dates it by 今天', () =>
    expect(
      inferKind(
        '總統透過「SARS疫情說明會」發表談話',
        '陳總統水扁先生今天在「SARS疫情說明會」節目中特別提出抗SARS具體的作戰策略。',
        '',
        [],
        'https://www.president.gov.tw/NEWS/200',
      ),
    ).toBe('news'));
  test('a city press release under its issuing unit’s line', () =>
    expect(
      inferKind(
        '大台南公車虛擬站牌改版上線 新增線上報修功能超方便',
        '發稿單位：交通局\n發稿時間：114年3月6日12:10\n\n大台南公車虛擬智慧站牌功能再升級，即日起提供候車設施線上報修功能。',
        '',
        [],
        'https://www.tainan.gov.tw/News_Content.aspx?n=13370&s=8727215',
      ),
    ).toBe('news'));
  test('a notice the section posts keeps its kind, its headline’s (dev 806)', () =>
    expect(
      inferKind(
        '公告周知「臺南市安平區B-2-8m道路工程」第2場公聽會會議紀錄（詳后附件）。',
        '主旨：公告周知…',
        '',
        [],
        'https://www.tainan.gov.tw/News_Content.aspx?n=13373&s=8546355',
      ),
    ).toBe('notice'));
  test('a notice the section posts that closes with its formula, its headline naming no kind, is no news item (review36c)', () =>
    expect(
      inferKind(
        '本市安平區B-2-8m道路工程施工期間交通管制',
        '本府為辦理安平區B-2-8m道路工程，自112年5月15日起至6月30日止，每日上午9時至下午5時實施交通管制。\n特此公告。',
        '',
        [],
        'https://www.tainan.gov.tw/News_Content.aspx?n=13373&s=8546355',
      ),
    ).not.toBe('news'));
  test('a newsletter’s page is no news section’s (review36c)', () =>
    expect(
      inferKind(
        '總統透過「SARS疫情說明會」發表談話',
        '陳總統水扁先生今天在「SARS疫情說明會」節目中特別提出抗SARS具體的作戰策略。',
        '',
        [],
        'https://www.example.gov.tw/newsletter/200',
      ),
    ).toBe('other'));
  test('a page elsewhere stays other', () =>
    expect(
      inferKind(
        '總統透過「SARS疫情說明會」發表談話',
        '陳總統水扁先生今天在「SARS疫情說明會」節目中特別提出抗SARS具體的作戰策略。',
        '',
        [],
        'https://www.president.gov.tw/Page/200',
      ),
    ).toBe('other'));
});

// Session 36 (review36c): releaseLede on texts that are no body's own release.
describe('a lede that names a body and a day is no release of the body’s own when a medium or another body tells it (review36c)', () => {
  test('a newspaper’s report of a ministry’s document: 于 and the day without the short name a body gives itself', () =>
    expect(releaseLede(['国务院办公厅于2024年1月11日印发《关于发展银发经济增进老年人福祉的意见》，提出4个方面26项举措。'])).toBeUndefined());
  test('a forwarding notice that tells what the province did: the issuer forwards, the province issued what it forwards', () =>
    expect(releaseLede(['各县（市、区）教育局：', '省政府于2023年5月10日印发了《关于进一步加强学校安全工作的意见》，现转发给你们，请认真贯彻执行。'])).toBeUndefined());
  test('a court record’s account of its own ruling in its facts', () => expect(releaseLede(['臺灣臺北地方法院於112年5月22日就本件為假扣押之裁定，債務人不服。'])).toBeUndefined());
  test('a news agency’s report under its dateline on a line of its own', () =>
    expect(releaseLede(['新华社北京3月5日电', '国务院今（5）日召开常务会议，部署进一步做好稳外贸工作。'])).toBeUndefined());
  test('a paper’s report under its reporter’s credit', () =>
    expect(releaseLede(['（记者 李万祥）', '國家發展委員會今（27）日發布112年12月景氣對策信號，綜合判斷分數為…'])).toBeUndefined());
  test('a digest’s items tagged by the bodies they tell of: no tag before the headline the text’s own release repeats', () =>
    expect(releaseLede(['【市财政局】下达2024年高标准农田建设资金3亿元', '【市教育局】新增中小学学位1.2万个'], '一周政务速览')).toBeUndefined());
  test('a short name introduced by 以下稱 or 下稱 is no part of the name either', () => {
    expect(releaseLede(['國家發展委員會（以下稱國發會）今（27）日發布112年12月景氣對策信號。'])).toBe('國家發展委員會');
    expect(releaseLede(['金融監督管理委員會（下稱金管會）於102年5月22日對幸福人壽保險股份有限公司作出處分'])).toBe('金融監督管理委員會');
  });
  test('the commission’s own release still names it (dev 811)', () =>
    expect(releaseLede(['金融監督管理委員會（以下簡稱金管會）於102年5月22日對幸福人壽保險股份有限公司作出處分'])).toBe('金融監督管理委員會'));
});

describe('a record’s `policy` field that holds a category, no document’s name, titles nothing (review36c)', () => {
  const item = (policy: string) =>
    `{"policy": "${policy}", "date": "2020-01-02", "body": "某市人民政府关于加强安全生产工作的通知\\n\\n各区人民政府：\\n\\n为加强安全生产工作，现通知如下。\\n\\n特此通知。\\n\\n某市人民政府\\n\\n2020年1月2日"}`;
  test('the text’s own title line titles it', () => {
    const { record } = build(item('安全生产政策'));
    expect(record.title).toBe('某市人民政府关于加强安全生产工作的通知');
    expect(record.meta.kind).toBe('notice');
  });
  test('a policy field that names the document still titles it', () =>
    expect(build(item('某市人民政府关于加强安全生产工作的通知')).record.title).toBe('某市人民政府关于加强安全生产工作的通知'));
});

// Session 37 (title37, issue 16): the title of saved pages whose browser title bar is no title (dev 873, 874, 791).
describe("a page whose <title> is a site's name that is no body's: the headline its h1 prints below (siteNameBar, dev 873, 874)", () => {
  // the memorial site's page as dev 873 keeps it (its text shortened)
  const page = (bar: string, h1: string) =>
    [
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">',
      '<HTML>',
      ' <HEAD>',
      `  <TITLE>${bar}</TITLE>`,
      '  <meta http-equiv="Content-Type" content="text/html;charset=UTF-8">',
      ' </HEAD>',
      ' <BODY>',
      '\t<div class="container">',
      `\t\t<div class="navPath"> <a href="index.php">最新新闻</a> > <a href="index.php">最新动态</a> > ${h1}</div>`,
      '\t\t<div class="navTitle"> > 动态内容</div>',
      '\t\t<div class="txtTitle">',
      `\t\t\t<h1>${h1}</h1>`,
      '\t\t\t<div class="parameters">2013年1月20日&nbsp;&nbsp;某研究会会长--某某某</div>',
      '\t\t</div>',
      '\t\t<div class="txtContent">',
      '\t\t\t<p>2013年1月20日上午，某研究会会长在上海“纪念某某将军百年诞辰”会上发言。全文如下：</p>',
      '\t\t\t<p>某某将军诞辰100周年的纪念日到了。我们对历史怀着敬畏之心对英雄怀着敬仰之意。</p>',
      '\t\t</div>',
      '\t</div>',
      ' </BODY>',
      '</HTML>',
    ].join('\n');
  test('the h1 titles the page, not the site’s name', () => expect(build(page('仲弘春兰书苑', '纪念某某将军百年诞辰')).record.title).toBe('纪念某某将军百年诞辰'));
  test('a bar that is a title line stays the title (the site’s name is told from a title by naming no document)', () =>
    expect(build(page('某市2025年国民经济和社会发展统计公报', '纪念某某将军百年诞辰')).record.title).toBe('某市2025年国民经济和社会发展统计公报'));
  test('a section’s name in the h1 (质检新闻, dev 381) gives the bar no way', () =>
    expect(build(page('某某调研品牌建设促进会工作', '质检新闻')).record.title).not.toBe('质检新闻'));
  // a news page's <title> is its headline, which it prints again below; its h1 is the site's logo (review37a)
  const news = (h1: string) =>
    [
      '<html><head><title>某某在某省考察时强调</title></head><body>',
      `<div class="logo"><h1>${h1}</h1></div>`,
      '<div class="title">某某在某省考察时强调</div>',
      '<div class="content"><p>新华社长沙3月21日电 某某近日在某省考察时强调，要坚持稳中求进工作总基调，推动经济高质量发展。</p></div>',
      '</body></html>',
    ].join('\n');
  test('a bar the page prints again below is its headline, not a site’s name over a logo’s h1', () =>
    expect(build(news('某某党建新闻网站')).record.title).toBe('某某在某省考察时强调'));
  // a page with no h1 whose h2s are its text's numbered headings (review37a): none is the page's headline
  test('a numbered heading (h2 一、…) names no page: the bar stays', () => {
    const report = [
      '<html><head><title>全市经济运行稳中有进</title></head><body>',
      '<h2>一、主要经济指标完成情况</h2>',
      '<p>今年以来，全市上下认真贯彻落实党中央国务院决策部署，经济运行稳中有进。</p>',
      '<h2>二、存在的主要问题</h2>',
      '<p>一是投资增长乏力，二是消费需求不足。</p>',
      '</body></html>',
    ].join('\n');
    expect(build(report).record.title).toBe('全市经济运行稳中有进');
  });
});

test("a browser title bar that ends in the body's website (`…_政策解读_首都之窗_北京市人民政府门户网站`, dev 791): the title before the first bar", () => {
  const page = [
    '<html><head><title>《某某办法》政策解读_政策解读_首都之窗_北京市人民政府门户网站</title></head><body>',
    '<div class="view"><p>一、《办法》修订的背景和必要性？</p><p>2011年以来，原《某某办法（试行）》施行，至今已运行十余年。</p></div>',
    '</body></html>',
  ].join('\n');
  expect(build(page).record.title).toBe('《某某办法》政策解读');
});

// Session 38 (title38, issue 16): saved government pages whose <title> holds the site's and the column's names beside the headline
// the head stores (ArticleTitle) and prints below (dev 902, 904, 907).
describe('a title bar of the site’s and column’s names around the headline the page prints below: the headline (siteNameBar)', () => {
  const page = (bar: string, headline: string) =>
    [
      '<html><head>',
      `<title>${bar}</title>`,
      '<meta name="SiteName" content="某省人民政府">',
      `<meta name="ArticleTitle" content="${headline}">`,
      '</head><body>',
      '<div class="crumbs">当前位置：<a>首页</a> &gt; <a>要闻动态</a> &gt; <a>部门资讯</a></div>',
      `<div class="sp_title">${headline}</div>`,
      '<div class="sp_time">时间：2024-10-14 10:17</div>',
      '<div class="content"><p>翰墨书盛世，丹青绘华章。9月29日上午，由某省文化和旅游厅主办的美术书法展在某省美术馆开幕，展出作品291件。</p></div>',
      '</body></html>',
    ].join('\n');
  const headline = '“奋进新征程——庆祝某省美术书法展”开幕';
  test('the site and the column before it, set off by spaces (dev 904)', () => expect(build(page(`某省人民政府 部门资讯 ${headline}`, headline)).record.title).toBe(headline));
  test('the column and the site after it, spaces and a bar (dev 907)', () =>
    expect(build(page(`${headline} 重点关注 某市政府网_某市人民政府门户网站`, headline)).record.title).toBe(headline));
  test('the column’s and the site’s names alone (工作动态_某委员会, dev 902)', () =>
    expect(build(page('工作动态_某市文化和旅游发展委员会', headline)).record.title).toBe(headline));
});

describe('a whole document on one line, its title run on into its number and its text (titleBeforeNumber, dev 820)', () => {
  test('the title before the number', () =>
    expect(
      // (the crawler's line sets its parts off by no-break spaces, as dev 820's)
      build(
        '某省人民政府关于某市环境污染防治目标和对策的批复\u00a0某政函〔1999〕134号\u00a0某市人民政府：你们报送的请示收悉。现批复如下：一、原则同意。二、同意某市制定的环境污染防治目标。',
      ).record.title,
    ).toBe('某省人民政府关于某市环境污染防治目标和对策的批复'));
  test('a number the title runs on after (关于转发…的通知 国发〔2020〕1号 的通知) is no end of the title', () =>
    expect(titleBeforeNumber('关于转发国务院关于加强管理的通知 国发〔2020〕1号 的通知 各区人民政府：现将通知转发给你们。')).toBeUndefined());
  test('a sentence before a number it cites is no title', () => expect(titleBeforeNumber('为贯彻落实国务院有关文件精神 国发〔2020〕1号 现通知如下')).toBeUndefined());
});

describe('a Taiwan city government that speaks of itself as 本府 in its own document (issue 16, session 38; dev 766, 806, 837)', () => {
  const notice = (place: string) =>
    [
      '{',
      '    "published": "2023-05-10",',
      `    "title": "公告周知「${place}B-2-8m道路工程」第2場公聽會會議紀錄。",`,
      '    "department": "工務局新建工程科",',
      `    "content": "主旨：公告周知「${place}B-2-8m道路工程」第2場公聽會會議紀錄。依據：內政部作業要點辦理。公告事項：本府為興辦「${place}B-2-8m道路工程」，於112年4月25日上午10時，舉行第2場公聽會，公聽會會議紀錄特此公告周知。"`,
      '}',
    ].join('\n');
  test('the government of the city the text is about, or of the city of its district, by the name as the text spells it', () => {
    expect(build(notice('臺南市安平區')).record.meta.issuer).toBe('臺南市政府');
    expect(build(notice('臺南市')).record.meta.issuer).toBe('臺南市政府');
  });
  test('not a mainland text, nor a body that names itself so in brackets, nor a sitting’s record or a news report', () => {
    expect(selfGovernment('本府將規劃與建設', findPlace('东营'), '东营')).toBeUndefined();
    expect(selfGovernment('臺灣省政府（以下簡稱本府）為行政院派出機關', findPlace('臺南'), '臺南')).toBeUndefined();
    expect(selfGovernment('本府將規劃與建設', findPlace('臺北'), '臺北')).toBe('臺北市政府');
    expect(selfGovernment('本府為興辦「臺南市安平區道路工程」', findPlace('臺南'), '臺南')).toBe('臺南市政府');
    const minutes = [
      '臺南市政府都市更新及爭議處理審議會',
      '99 年度第八次會議紀錄',
      '壹、會議時間：99 年 12 月 23 日（星期四）上午 9 時 30 分',
      '貳、會議地點：本府 10 樓都委會會議室',
      '參、主持人：洪主任委員正中',
      '',
    ].join('\n');
    expect(build(minutes).record.meta.issuer).not.toBe('臺南市政府');
  });
  test('not 本府 in what the text quotes, an old document’s or another body’s words (review38e)', () => {
    expect(selfGovernment('清代臺灣府知府奏稱：「本府所轄各廳縣，『本府』……」。臺南市的歷史悠久。', findPlace('臺南'), '臺南')).toBeUndefined();
    expect(selfGovernment('來函稱“本府已辦理”。', findPlace('臺南'), '臺南')).toBeUndefined();
    expect(selfGovernment('知府奏稱：「本府所轄」。本府將規劃與建設', findPlace('臺南'), '臺南')).toBe('臺南市政府');
  });
  test('not a text where a body names itself 本府, whose 本府 is that body’s wherever it stands (review38e)', () =>
    expect(selfGovernment('臺灣省政府（以下簡稱本府）為行政院派出機關。第二條 本府置委員九人。', findPlace('臺南'), '臺南')).toBeUndefined());
  test('the government that names itself 本府 so is the issuer all the same (review38e)', () =>
    expect(selfGovernment('臺南市政府（以下簡稱本府）為辦理道路工程，特訂定本要點。本府應公告之。', findPlace('臺南'), '臺南')).toBe('臺南市政府'));
});

// Review of title38 (review38c): a bar of the headline and the site's name, over a page whose first h2 (a sidebar's column) is printed
// below, keeps the headline the bar holds; siteNameBar's bar of several parts must not give the title to that h2.
test('a bar `headline_site` whose headline the page prints below is no site-name bar, whatever the first h2 (siteNameBar)', () => {
  const page = (bar: string) =>
    [
      '<html><head>',
      `<title>${bar}</title>`,
      '</head><body>',
      '<div class="side"><h2>某市政府领导活动报道专栏</h2><ul><li>某区召开安全生产工作会议</li></ul></div>',
      '<div class="t">某市召开第十次常务会议</div>',
      '<div class="time">时间：2024-10-14</div>',
      '<div class="content"><p>10月14日，某市人民政府召开第十次常务会议，研究部署安全生产等工作。市长某某主持会议。</p></div>',
      '</body></html>',
    ].join('\n');
  expect(
    buildReport({ file: 'x.html', name: 'x', bytes: new TextEncoder().encode(page('某市召开第十次常务会议_某市人民政府')), meta: {}, sha256: '0'.repeat(64) }).record.title,
  ).toBe('某市召开第十次常务会议');
  expect(
    buildReport({ file: 'x.html', name: 'x', bytes: new TextEncoder().encode(page('某市召开第十次常务会议 - 某市人民政府')), meta: {}, sha256: '0'.repeat(64) }).record.title,
  ).toBe('某市召开第十次常务会议');
});

describe("a page's info line whose spans run together: the posting day read from the span it opens or from the source it is run into (dev 454, 974, 975)", () => {
  test("a date key's value that opens with a full day, the next span run into it or a template's placeholder after it", () => {
    expect(readLabels(['作者：驭祥发布时间：2017.7.27浏览：321次']).posted).toBe('2017-07-27');
    expect(readLabels(['发布时间：2017年10月9日${polInterpres.polInterpreTime}    政策解读作者：工商局${policy.polInterpreAuthor}']).posted).toBe('2017-10-09');
  });
  test.each([
    // what runs on after the day is no part of it: the next span, a placeholder, the time after a space, the weekday
    ['2017.7.27浏览：321次', '2017-07-27'],
    ['2017年10月9日${policy.polInterpreTime}', '2017-10-09'],
    ['2017-07-18 10:08', '2017-07-18'],
    ['2017/7/27', '2017-07-27'],
    ['2017 年 10 月 9 日 星期一', '2017-10-09'],
    // the first day of a span is no day (至, 到, a dash), nor a day with a time run into it, a month alone or a day the value does not open with
    ['2017年10月9日至20日', undefined],
    ['2017-07-18到20日', undefined],
    ['2017-07-18—2017-07-20', undefined],
    ['2017-07-18:00', undefined],
    ['2017年10月', undefined],
    ['发布于2017-07-18', undefined],
  ])('leadingDay(%s) → %s', (value, day) => expect(leadingDay(value)).toBe(day));
  test('a gap is no label when the value follows its own key after it, nor inside a key spaced out', () => {
    expect(readLabels(['发布时间：2017-07-18  网址：  http://www.gov.cn/x']).source_url).toBe('http://www.gov.cn/x');
    expect(labelSegments('来源：国务院  发  布  日  期：2017年7月18日')).toEqual(['来源：国务院  发  布  日  期：2017年7月18日']);
  });
  test("the day run into the source span that is run into the author's", () => {
    expect(bylineDate(['作者：铁科院来源：四川铁科建设监理2017-07-18'])).toBe('2017-07-18');
    expect(bylineDate(['信息来源：某局'])).toBeUndefined();
    // a note's source run into the word before it is a table's, no medium's byline
    expect(bylineDate(['注：资料来源：国家统计局，2017年2月28日发布'])).toBeUndefined();
  });
});
