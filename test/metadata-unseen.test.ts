// Metadata of texts the rules were not written for (issue 16, session 32, devmeta32): each case from a real line of a dev text.
import { describe, expect, test } from 'vitest';
import { buildReport } from '../src/pipeline/index.ts';
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
});
