// Metadata of texts the rules were not written for (issue 16, session 32, devmeta32): each case from a real line of a dev text.
import { describe, expect, test } from 'vitest';
import { buildReport } from '../src/pipeline/index.ts';
import { withoutColumn } from '../src/pipeline/infer.ts';
import { titleIssuers } from '../src/pipeline/organs.ts';
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
