// Citations: GB/T 7714—2015 electronic resources, BibTeX and CSL-JSON of a report and of a
// section, in both scripts, against strings written by hand.
import { describe, expect, test } from 'vitest';
import { bibtex, cslJson, gbt7714, today, type CitationSource } from '../src/lib/citation.ts';

const URL_HANS = 'https://example.github.io/baogao/zh-hans/chengdu-2020-kejichuangxin/';
const report: CitationSource = {
  key: 'chengdu-2020-kejichuangxin',
  issuers: ['成都市科学技术局'],
  title: '成都市2020年科技创新工作情况和2021年工作打算',
  docNumber: '成科字〔2020〕12号',
  date: '2020-12-31',
  url: URL_HANS,
  kind: 'work-report',
  language: 'zh-Hans',
};
const section: CitationSource = { ...report, section: { id: 's3-12', path: '三、12.' } };
const traditional: CitationSource = {
  ...report,
  issuers: ['成都市科學技術局'],
  title: '成都市2020年科技創新工作情況和2021年工作打算',
  docNumber: undefined,
  date: '2020-12',
  url: 'https://example.github.io/baogao/zh-hant/chengdu-2020-kejichuangxin/',
  language: 'zh-Hant',
};
const accessed = '2026-12-03';

describe('GB/T 7714—2015', () => {
  test.each([
    [
      'a report with its 文号',
      report,
      '成都市科学技术局. 成都市2020年科技创新工作情况和2021年工作打算: 成科字〔2020〕12号[EB/OL]. (2020-12-31)[2026-12-03]. https://example.github.io/baogao/zh-hans/chengdu-2020-kejichuangxin/.',
    ],
    [
      'a section: its path after the 文号, its anchor in the URL',
      section,
      '成都市科学技术局. 成都市2020年科技创新工作情况和2021年工作打算: 成科字〔2020〕12号, 三、12.[EB/OL]. (2020-12-31)[2026-12-03]. https://example.github.io/baogao/zh-hans/chengdu-2020-kejichuangxin/#s3-12.',
    ],
    [
      'Traditional, no 文号, a month for a date',
      traditional,
      '成都市科學技術局. 成都市2020年科技創新工作情況和2021年工作打算[EB/OL]. (2020-12)[2026-12-03]. https://example.github.io/baogao/zh-hant/chengdu-2020-kejichuangxin/.',
    ],
    [
      'a joint issue',
      { ...report, issuers: ['最高人民法院', '最高人民检察院'], docNumber: undefined, title: '关于办理危害生产安全刑事案件适用法律若干问题的解释' },
      '最高人民法院, 最高人民检察院. 关于办理危害生产安全刑事案件适用法律若干问题的解释[EB/OL]. (2020-12-31)[2026-12-03]. https://example.github.io/baogao/zh-hans/chengdu-2020-kejichuangxin/.',
    ],
    [
      'no issuer known, no date',
      { ...report, issuers: [], date: undefined, docNumber: undefined, section: { id: 'art12', path: '第四章第十二条' } },
      '成都市2020年科技创新工作情况和2021年工作打算: 第四章第十二条[EB/OL]. [2026-12-03]. https://example.github.io/baogao/zh-hans/chengdu-2020-kejichuangxin/#art12.',
    ],
  ])('%s', (_name, source, expected) => {
    expect(gbt7714(source, accessed)).toBe(expected);
  });
});

describe('BibTeX (biblatex @online)', () => {
  test('a section', () => {
    expect(bibtex(section, accessed)).toBe(
      [
        '@online{chengdu-2020-kejichuangxin-s3-12,',
        '  author = {{成都市科学技术局}},',
        '  title = {成都市2020年科技创新工作情况和2021年工作打算},',
        '  titleaddon = {三、12.},',
        '  number = {成科字〔2020〕12号},',
        '  date = {2020-12-31},',
        '  url = {https://example.github.io/baogao/zh-hans/chengdu-2020-kejichuangxin/#s3-12},',
        '  urldate = {2026-12-03},',
        '  langid = {chinese}',
        '}',
      ].join('\n'),
    );
  });

  test('Traditional, two issuers, TeX characters escaped', () => {
    expect(bibtex({ ...traditional, issuers: ['甲局', '乙局'], title: '50%與{A}_B&C' }, accessed)).toBe(
      [
        '@online{chengdu-2020-kejichuangxin,',
        '  author = {{甲局} and {乙局}},',
        '  title = {50\\%與\\{A\\}\\_B\\&C},',
        '  date = {2020-12},',
        '  url = {https://example.github.io/baogao/zh-hant/chengdu-2020-kejichuangxin/},',
        '  urldate = {2026-12-03},',
        '  langid = {chinese}',
        '}',
      ].join('\n'),
    );
  });
});

describe('CSL-JSON', () => {
  test('a section of a report', () => {
    expect(JSON.parse(cslJson(section, accessed))).toEqual([
      {
        id: 'chengdu-2020-kejichuangxin-s3-12',
        type: 'report',
        title: '成都市2020年科技创新工作情况和2021年工作打算',
        author: [{ literal: '成都市科学技术局' }],
        issued: { 'date-parts': [[2020, 12, 31]] },
        number: '成科字〔2020〕12号',
        section: '三、12.',
        URL: 'https://example.github.io/baogao/zh-hans/chengdu-2020-kejichuangxin/#s3-12',
        accessed: { 'date-parts': [[2026, 12, 3]] },
        language: 'zh-Hans',
      },
    ]);
  });

  test('a regulation is legislation; the placeholder 引用日期 gives no accessed date', () => {
    expect(JSON.parse(cslJson({ ...traditional, kind: 'regulation' }, '引用日期'))).toEqual([
      {
        id: 'chengdu-2020-kejichuangxin',
        type: 'legislation',
        title: '成都市2020年科技創新工作情況和2021年工作打算',
        author: [{ literal: '成都市科學技術局' }],
        issued: { 'date-parts': [[2020, 12]] },
        URL: 'https://example.github.io/baogao/zh-hant/chengdu-2020-kejichuangxin/',
        language: 'zh-Hant',
      },
    ]);
  });
});

test('today is the reader’s date as YYYY-MM-DD', () => {
  expect(today(new Date(2026, 11, 3, 23, 59))).toBe('2026-12-03');
});
