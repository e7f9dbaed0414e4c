// The shapes of npm run eval:shapes (scripts/lib/shapes.ts): each gives the same document in another published
// shape, with a line map back to the source's lines; and the pinned results (test/fixtures/eval/shapes.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../src/pipeline/decode.ts';
import {
  chineseDate,
  cover,
  crlfGbk,
  csvRow,
  encodeGbk,
  frontMatter,
  govcnOneLine,
  govDate,
  html,
  infoBlock,
  jsonAscii,
  jsonRecord,
  pdf,
  rssFeed,
  shapeNames,
  shapes,
  wechatMarkdown,
  xmlRecord,
  type ShapeInput,
  type Shaped,
} from '../scripts/lib/shapes.ts';
import { compare, mapLines, paragraphOf, runShapes, shapesFile, summarizeShape } from '../scripts/shapes.ts';
import { LabelledText } from '../scripts/lib/eval.ts';
import type { ReportRecord } from '../src/schemas/report.ts';

const input: ShapeInput = {
  lines: [
    '某市数字经济发展行动计划（2024-2026年）',
    '',
    '一、总体目标',
    '　　到2026年，数字经济核心产业增加值达到1200亿元，占地区生产总值比重达到12%左右，培育规模以上软件企业320家。',
  ],
  meta: { title: '某市数字经济发展行动计划（2024-2026年）', kind: 'work-plan', issuer: '某市人民政府办公室', date: '2024-03-05', doc_number: '某政办发〔2024〕3号' },
};
const text = (s: Shaped): string => decodeSource(s.bytes).text;
/** Every line of the variant that comes from a source line holds that line's text (as markup or breaks leave it). */
const mapsBack = (s: Shaped, strip: (l: string) => string = (l) => l): void => {
  const lines = text(s).replace(/\r\n?/g, '\n').split('\n');
  expect(lines.length).toBe(s.lines.length);
  lines.forEach((l, i) => {
    const from = s.lines[i];
    if (typeof from === 'number' && strip(l).trim() !== '') expect(input.lines[from - 1]).toContain(strip(l).trim());
  });
  // every source line is somewhere in the variant, in order
  expect(s.lines.filter((n) => n !== undefined).filter((n, i, a) => a.indexOf(n) === i)).toEqual([1, 2, 3, 4]);
};

describe('shapes', () => {
  it('html: a portal page with the site in its <title>, ArticleTitle, a nav, a <p> a line and a footer', () => {
    const s = html(input)!;
    const t = text(s);
    expect(t).toMatch(/^<!DOCTYPE html>/);
    expect(t).toContain('<title>某市人民政府门户网站 - 某市数字经济发展行动计划（2024-2026年）</title>');
    expect(t).toContain('<meta name="ArticleTitle" content="某市数字经济发展行动计划（2024-2026年）">');
    expect(t).toContain('首页</a> &gt; <a href="/zwgk/">政务公开');
    expect(t).toContain('<p>一、总体目标</p>');
    expect(t).toMatch(/主办单位[\s\S]*ICP备/);
    mapsBack(s, (l) => l.replace(/<[^>]*>/g, ''));
    expect(html({ ...input, lines: ['<p>已经是网页</p>'] })).toBeUndefined();
  });

  it("info-block: the label's own values in a portal's table, nothing else", () => {
    const s = infoBlock(input)!;
    expect(text(s).split('\n').slice(0, 6)).toEqual([
      '发文机关：某市人民政府办公室',
      '成文日期：2024-03-05',
      '标　　题：某市数字经济发展行动计划（2024-2026年）',
      '发文字号：某政办发〔2024〕3号',
      '发布日期：2024-03-05',
      '',
    ]);
    mapsBack(s);
    expect(text(infoBlock({ ...input, meta: { title: 'X' } })!)).toMatch(/^标\u3000\u3000题：X\n\n/);
    expect(infoBlock({ ...input, meta: {} })).toBeUndefined();
  });

  it('front-matter: a Markdown scrape with 标题, 发布单位 and 发布日期', () => {
    const s = frontMatter(input)!;
    expect(text(s).split('\n').slice(0, 6)).toEqual([
      '---',
      '标题: "某市数字经济发展行动计划（2024-2026年）"',
      '发布单位: "某市人民政府办公室"',
      '发布日期: "2024-03-05"',
      '---',
      '',
    ]);
    mapsBack(s);
    expect(frontMatter({ ...input, lines: ['---', 'title: x', '---', 'text'] })).toBeUndefined();
  });

  it('pdf: paragraphs broken every 30 to 38 characters, a page number every 40 lines and a running header', () => {
    const long = { ...input, lines: Array.from({ length: 30 }, (_, i) => `\u3000\u3000第${i}段：${'经济运行稳中向好，'.repeat(8)}`) };
    const s = pdf(long)!;
    const lines = text(s).split('\n');
    const body = lines.filter((_, i) => s.lines[i] !== undefined);
    expect(body.every((l) => [...l].length <= 38)).toBe(true);
    expect(body.filter((l) => [...l].length < 30).length).toBeLessThanOrEqual(30);
    expect(lines).toContain('- 1 -');
    expect(lines).toContain('- 2 -');
    expect(lines.filter((l) => l === input.meta.title).length).toBeGreaterThanOrEqual(2);
    // a text with no title line (its label has none) has no title to print over its pages: its first line, a paragraph (dev 123's
    // `为落实《…》…` of 180 characters, 197's `第一条 …`), is no running header
    const untitled = pdf({ ...long, meta: { ...long.meta, title: undefined } })!;
    const added = text(untitled)
      .split('\n')
      .filter((l, i) => untitled.lines[i] === undefined && l.trim() !== '' && l !== '\f');
    expect(added).toEqual(added.map((_, i) => `- ${i + 1} -`));
    expect(added.length).toBeGreaterThanOrEqual(2);
    // the pieces of each line, in order, make the line again
    for (let n = 1; n <= 30; n++) expect(lines.filter((_, i) => s.lines[i] === n).join('')).toBe(long.lines[n - 1]);
    mapsBack(pdf(input)!);
    // no number is cut, no line starts with closing punctuation
    const numbers = pdf({ ...input, lines: [`\u3000\u3000${'奖励2000TEU的货代公司，每TEU给予100元、50元和3.5万元'.repeat(6)}`] })!;
    const pieces = text(numbers)
      .split('\n')
      .filter((_, i) => numbers.lines[i] === 1);
    for (let i = 1; i < pieces.length; i++) expect(`${pieces[i - 1]!.at(-1)}${pieces[i]![0]}`).not.toMatch(/^[0-9A-Za-z.]{2}$|[，、。%]$/u);
  });

  it("govcn-one-line: gov.cn's info table, one cell a line, and the whole text on one line, a <p> a paragraph, mapped by paragraph", () => {
    const s = govcnOneLine(input)!;
    const lines = text(s).split('\n');
    expect(lines.length).toBe(s.lines.length);
    expect(lines).toContain('<title>某市数字经济发展行动计划（2024-2026年）（某政办发〔2024〕3号）_政府信息公开专栏</title>');
    const cells = lines.filter((l) => l.trim().startsWith('<td>')).map((l) => l.trim());
    expect(cells).toEqual([
      '<td><b>发文机关：</b></td>',
      '<td>某市人民政府办公室</td>',
      '<td><b>成文日期：</b></td>',
      '<td>2024年03月05日</td>',
      '<td><b>标\u3000\u3000题：</b></td>',
      '<td><b>发文字号：</b></td>',
      '<td>某政办发〔2024〕3号</td>',
      '<td><b>发布日期：</b></td>',
      '<td>2024年03月05日</td>',
    ]);
    expect(lines).toContain('        <td colspan="3">某市数字经济发展行动计划（2024-2026年）</td> ');
    // one line holds every paragraph, each a <p> without its indent, and maps to them; no other line comes from the source
    const one = s.lines.findIndex((l) => Array.isArray(l));
    expect(s.lines.filter((l) => l !== undefined)).toHaveLength(1);
    expect(lines[one]!.match(/<p[^>]*>[^<]*<\/p>/g)!.map((p) => p.replace(/<[^>]*>/g, ''))).toEqual([input.lines[0], input.lines[2], input.lines[3]!.trim()]);
    expect(s.lines[one]).toEqual([
      { text: input.lines[0], from: 1 },
      { text: '一、总体目标', from: 3 },
      { text: input.lines[3]!.trim(), from: 4 },
    ]);
    // a field the label lacks is left out with its label's cell, and a title it lacks leaves the page no <title>
    const bare = text(govcnOneLine({ ...input, meta: {} })!);
    expect(bare).not.toContain('<td><b>');
    expect(bare).not.toContain('<title>');
    expect(text(govcnOneLine({ ...input, meta: { title: 'T' } })!)).toContain('<title>T_政府信息公开专栏</title>');
    expect(govDate('2005-03-03')).toBe('2005年03月03日');
  });

  it('a page or a scrape with front matter is given in no other shape but its bytes', () => {
    for (const lines of [['<p>已经是网页</p>'], ['---', 'title: x', '---', 'text']])
      for (const shape of [html, infoBlock, frontMatter, pdf, cover, govcnOneLine, jsonRecord, csvRow, wechatMarkdown]) expect(shape({ ...input, lines })).toBeUndefined();
    expect(crlfGbk({ ...input, lines: ['---', 'title: x', '---', 'text'] })).toBeDefined();
  });

  it("a scraper's JSON export is given in no other shape but its bytes, and a PDF's text layer in no pdf shape again", () => {
    for (const lines of [
      ['{', '  "content": "主席，我今天…"', '}'],
      ['},', '{', '  "title": "財政司司長",'],
      ['{"id":"00d01f9812990178","title":"关于印发《计划》的通知","fullText":"各市（州）：\\n现将计划印发给你们。"}'],
      // a record a line (JSON Lines, dev 548, 549: a policy library's export)
      ['{"id":"00d01f9812990178","sourceKey":"scedu","sourceName":"四川省教育厅","title":"四川省教育厅 四川省体育局 关于印发《2026年四川省学生（青少年）体育竞赛计划》的通知"}'],
    ])
      for (const shape of [html, infoBlock, frontMatter, pdf, cover, jsonRecord, csvRow, wechatMarkdown]) expect(shape({ ...input, lines })).toBeUndefined();
    // pdftotext ends each page with a form feed: the text is a PDF's already
    const layer = { ...input, lines: ['关  于  洛  阳  市  2025年  预  算  执  行  情  况  和', '—1—', '\f水  平  安  全  ，'] };
    expect(pdf(layer)).toBeUndefined();
    expect(infoBlock(layer)).toBeDefined();
  });

  it("a crawler's record, keyed lines or a CSV under its header, is given in no other shape but its bytes", () => {
    for (const lines of [
      // dev 550: a crawler's record of an article, a key a line and the text under `content:`
      [
        'title: 2005年3月15日外交部发言人刘建超在例行记者会上答记者问',
        'url: http://www.scio.gov.cn/xwfbh/312482.htm',
        'author: 国务院新闻办公室网站',
        'content: ',
        '3月15日下午，外交部发言人刘建超主持例行记者会。',
      ],
      // dev 554: a crawler's CSV of documents under its header
      ['pub_date,category,puborg,pcode,childtype,title,url,summary', '2026-08-10,国务院公报,,,,国务院关于同意将山东省潍坊市列为国家历史文化名城的批复,https://www.gov.cn/,…'],
    ])
      for (const shape of [html, infoBlock, frontMatter, pdf, cover, govcnOneLine, jsonRecord, csvRow, wechatMarkdown]) expect(shape({ ...input, lines })).toBeUndefined();
    // a text that names a key in its first sentence is a text
    expect(pdf({ ...input, lines: ['note: 本文为节选', '各位代表：'] })).toBeDefined();
  });

  it('pdf: a Markdown scrape is given in no pdf shape (a PDF prints no `#`, `**` or underline of its headings), in the others still', () => {
    for (const lines of [
      ['# 成都某商贸有限公司诉四川省成都市温江区规划和自然资源局行政决定案', '', '<!-- INFO END -->', '', '## 基本案情'],
      ['# **工业和信息化部关于2024年第一季度电信服务质量的通告**', '', '工信部信管函 〔2024〕120号'],
      ['[大萌法律读本2](../duben2) >> 2012-治安管理处罚法', '', '中华人民共和国治安管理处罚法', '----------------------------', '', '第一条　为了维护社会治安秩序，'],
      ['# 發展大眾運輸條例', '', '**法規類別**：行政＞交通部＞交通通用目', '', '##### 第 1 條', '為提升大眾運輸服務水準，特制定本條例。'],
    ]) {
      expect(pdf({ ...input, lines })).toBeUndefined();
      expect(html({ ...input, lines })).toBeDefined();
    }
    // a rule of dashes under a sentence, or a line of 40 dashes between parts of a plain text, is no Markdown heading
    expect(pdf({ ...input, lines: ['第一部分', '', '----------------------------------------', '', '各位代表：'] })).toBeDefined();
  });

  it('every shape but crlf-gbk prints the character an R escape in the text file stands for (`<U+00A0>`, dev 233), never the escape', () => {
    const lines = ['<U+00A0><U+00A0><U+00A0> 为提前实现全国农业发展纲要而奋斗', '——1960年4月6日在第二届全国人民代表大会第二次会议上'];
    for (const name of shapeNames.filter((n) => n !== 'crlf-gbk')) {
      const shaped = shapes[name]({ lines, meta: { title: '为提前实现全国农业发展纲要而奋斗', kind: 'report', issuer: '国务院', date: '1960-04-06' } });
      if (!shaped) continue;
      // json-ascii writes each character as its \\u escape: the record's strings, as JSON reads them, hold it
      const bytes = new TextDecoder().decode(shaped.bytes);
      const text = name === 'json-ascii' ? Object.values(JSON.parse(bytes) as Record<string, string>).join('\n') : bytes;
      expect(text, name).not.toMatch(/U\+00A0/);
      expect(text, name).toContain('为提前实现全国农业发展纲要而奋斗');
    }
    expect(new TextDecoder('gbk').decode(shapes['crlf-gbk']({ lines, meta: {} })!.bytes)).toContain('<U+00A0><U+00A0><U+00A0> 为提前实现');
  });

  it('crlf-gbk: CRLF line ends and GBK bytes, which decode to the same lines', () => {
    const s = crlfGbk(input)!;
    expect(decodeSource(s.bytes).encoding).toBe('gb18030');
    expect(text(s)).toBe(input.lines.join('\r\n'));
    expect([...encodeGbk('中a')]).toEqual([0xd6, 0xd0, 0x61]);
    expect(new TextDecoder('gbk').decode(encodeGbk('😀'))).toBe('?');
    mapsBack(s);
  });

  it("json-record: a collector's record on one line, the label's values under its keys and the text in fullText, mapped by paragraph", () => {
    const s = jsonRecord(input)!;
    const t = text(s);
    expect(t.split('\n')).toHaveLength(1);
    expect(JSON.parse(t)).toEqual({
      sourceName: '某市人民政府办公室',
      title: '某市数字经济发展行动计划（2024-2026年）',
      publishedAt: '2024-03-05',
      documentNo: '某政办发〔2024〕3号',
      fullText: [input.lines[0], input.lines[2], input.lines[3]!.trim()].join('\n'),
      issuer: '某市人民政府办公室',
      attachments: [],
    });
    expect(s.lines).toEqual([
      [
        { text: input.lines[0], from: 1 },
        { text: '一、总体目标', from: 3 },
        { text: input.lines[3]!.trim(), from: 4 },
      ],
    ]);
    // a field the label lacks is left out
    expect(Object.keys(JSON.parse(text(jsonRecord({ ...input, meta: { title: 'T' } })!)))).toEqual(['title', 'fullText', 'attachments']);
  });

  it("json-ascii: Python's json.dump of a crawler's record, every character past ASCII a \\u escape, on one line, mapped by paragraph", () => {
    const s = jsonAscii({ ...input, lines: [...input.lines, '𠮷"引号"'] })!;
    const t = text(s);
    expect(t.split('\n')).toHaveLength(1);
    // ASCII only, Python's separators (`, `, `: `), a character past the BMP as its surrogate pair, as json.dump writes them
    expect(t).toMatch(/^[\x20-\x7e]+$/);
    expect(t).toMatch(/^\{"title": "\\u67d0\\u5e02/);
    expect(t).toContain('\\ud842\\udfb7\\"\\u5f15\\u53f7\\"');
    expect(JSON.parse(t)).toEqual({
      title: '某市数字经济发展行动计划（2024-2026年）',
      date: '2024-03-05',
      source: '某市人民政府办公室',
      content: [input.lines[0], input.lines[2], input.lines[3]!.trim(), '𠮷"引号"'].join('\n'),
    });
    expect(s.lines).toHaveLength(1);
    expect((s.lines[0] as { from: number }[]).map((p) => p.from)).toEqual([1, 3, 4, 5]);
    // a field the label lacks is left out
    expect(Object.keys(JSON.parse(text(jsonAscii({ ...input, meta: { title: 'T' } })!)))).toEqual(['title', 'content']);
  });

  it("rss: an RSS 2.0 feed of one item, the label's title, date and issuer in its fields, the text in content:encoded a <p> a line", () => {
    const s = rssFeed({ ...input, meta: { ...input.meta, title: '某市行动计划]]>' }, lines: [...input.lines, '甲<乙 ]]> 丙'] })!;
    const lines = text(s).split('\n');
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    // a `]]>` of the title's own ends the CDATA section and opens another, as an XML writer splits it
    expect(lines).toContain('      <title><![CDATA[某市行动计划]]]]><![CDATA[>]]></title>');
    // RFC 822, as a feed dates its items: 2024-03-05 was a Tuesday
    expect(lines).toContain('      <pubDate>Tue, 05 Mar 2024 00:00:00 +0800</pubDate>');
    expect(lines).toContain('      <source>某市人民政府办公室</source>');
    const at = (n: number): string => lines[s.lines.indexOf(n)]!;
    expect(at(1)).toBe('      <content:encoded><![CDATA[<p>某市数字经济发展行动计划（2024-2026年）</p>');
    expect(at(3)).toBe('<p>一、总体目标</p>');
    // the text is HTML inside CDATA, its `<` and `>` escaped (so no `]]>` of its own closes the section)
    expect(at(5)).toBe('<p>甲&lt;乙 ]]&gt; 丙</p>]]></content:encoded>');
    expect(s.lines.filter((n) => n !== undefined)).toEqual([1, 2, 3, 4, 5]);
    // a feed's own item, whole feed or cut, is in no other shape but its bytes: its text is no page's
    for (const feed of [
      ['    <item>', '      <title><![CDATA[关于…的通知]]></title>', '      <description><![CDATA[来源: 上海市发改委<br/>各区…]]></description>', '    </item>'],
      ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>', '    <title>深圳政策RSS聚合</title>'],
      ['<feed xmlns="http://www.w3.org/2005/Atom">', '  <entry>', '    <title>关于…的通知</title>'],
    ])
      for (const shape of [html, infoBlock, frontMatter, pdf, cover, govcnOneLine, jsonRecord, jsonAscii, csvRow, wechatMarkdown, rssFeed, xmlRecord])
        expect(shape({ ...input, lines: feed })).toBeUndefined();
    expect(rssFeed({ ...input, lines: ['<p>已经是网页</p>'] })).toBeUndefined();
  });

  it("xml-record: one <Record> of a gazette's XML export, the label's fields a CDATA element a line, the text in <Explain> at its source lines", () => {
    const s = xmlRecord({ ...input, lines: [...input.lines, '甲<乙 ]]> 丙'] })!;
    const lines = text(s).split('\n');
    expect(lines.slice(0, 3)).toEqual(['<?xml version="1.0" encoding="UTF-8"?>', '<Gazette>', '<Record>']);
    // the fields as the Executive Yuan Gazette's daily XML holds them (kong0107/ey-gazette-data, dev 691), the label's values only
    expect(lines).toContain('<PubGov><![CDATA[某市人民政府办公室]]></PubGov>');
    expect(lines).toContain('<Date_Created><![CDATA[2024年3月5日]]></Date_Created>');
    expect(lines).toContain('<GazetteId><![CDATA[某政办发〔2024〕3号]]></GazetteId>');
    expect(lines).toContain('<Title><![CDATA[某市数字经济发展行动计划（2024-2026年）]]></Title>');
    const at = (n: number): string => lines[s.lines.indexOf(n)]!;
    expect(at(1)).toBe('<Explain><![CDATA[某市数字经济发展行动计划（2024-2026年）');
    expect(at(3)).toBe('一、总体目标');
    // the text as written inside CDATA; a `]]>` of its own ends the section and opens another, as an XML writer splits it
    expect(at(5)).toBe('甲<乙 ]]]]><![CDATA[> 丙]]></Explain>');
    expect(s.lines.filter((n) => n !== undefined)).toEqual([1, 2, 3, 4, 5]);
    expect(lines.slice(-2)).toEqual(['</Record>', '</Gazette>']);
    // a field the label lacks is left out; a record is no other shape's text, nor a record's again
    expect(text(xmlRecord({ ...input, meta: { title: 'T' } })!)).not.toMatch(/PubGov|Date_Created|GazetteId/);
    expect(xmlRecord({ ...input, lines: ['<Record>', '<Title><![CDATA[关于…的公告]]></Title>'] })).toBeUndefined();
    expect(html({ ...input, lines: text(s).split('\n') })).toBeUndefined();
  });

  it("csv-row: the header, then one row whose last cell holds the text's lines, quoted", () => {
    const s = csvRow({ ...input, meta: { ...input.meta, region: '某市', year: 2024 }, lines: [...input.lines, '所谓"数字"，即此。'] })!;
    const lines = text(s).split('\n');
    expect(lines[0]).toBe('province,year,title,source_url,publish_date,full_text');
    expect(lines[1]).toBe(`某市,2024,某市数字经济发展行动计划（2024-2026年）,,2024-03-05,"${input.lines[0]}`);
    expect(lines.at(-1)).toBe('所谓""数字""，即此。"');
    expect(s.lines).toEqual([undefined, 1, 2, 3, 4, 5]);
    mapsBack(csvRow(input)!, (l) => l.replace(/^.*,"/, '').replace(/"$/, ''));
    // a cell the label lacks is empty; one with a comma is quoted
    expect(text(csvRow({ ...input, meta: { title: 'A,B' } })!).split('\n')[1]).toBe(`,,"A,B",,,"${input.lines[0]}`);
  });

  it("wechat-md: front matter with the issuer as the account, the headline twice, a blank line between paragraphs and the player's chrome", () => {
    const s = wechatMarkdown(input)!;
    const lines = text(s).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '---',
      'title: 某市数字经济发展行动计划（2024-2026年）',
      'url: https://mp.weixin.qq.com/s?__biz=MzA5MzE5MDAzOA==&mid=2664167985&idx=1',
      'source: 某市人民政府办公室',
      'date: 2024-03-05',
      '---',
    ]);
    expect(lines.filter((l) => l === '# 某市数字经济发展行动计划（2024-2026年）')).toHaveLength(2);
    expect(lines).toContain('某市人民政府办公室');
    expect(lines.slice(-10)).toEqual(['视频', '小程序', '赞', '，轻点两下取消赞', '在看', '，轻点两下取消在看', '分享', '留言', '收藏', '听过']);
    // each paragraph trimmed, alone between blank lines
    const body = lines.flatMap((l, i) => (typeof s.lines[i] === 'number' ? [[l, s.lines[i]]] : []));
    expect(body).toEqual([
      [input.lines[0], 1],
      ['一、总体目标', 3],
      [input.lines[3]!.trim(), 4],
    ]);
    expect(lines.length).toBe(s.lines.length);
    expect(wechatMarkdown({ ...input, meta: { title: 'T' } })).toBeUndefined();
  });

  it("cover: the text under its issuer's notice that transmits it, for a plan, work plan or regulation only", () => {
    const s = cover(input)!;
    const t = text(s);
    expect(t).toMatch(/^某市人民政府办公室关于印发《某市数字经济发展行动计划（2024-2026年）》的通知\n/);
    expect(t).toContain('现将《某市数字经济发展行动计划（2024-2026年）》印发给你们');
    expect(t).toContain('\n某市人民政府办公室\n2024年3月5日\n');
    mapsBack(s);
    expect(cover({ ...input, meta: { ...input.meta, kind: 'work-report' } })).toBeUndefined();
    expect(cover({ ...input, meta: { ...input.meta, title: '某市人民政府关于印发X的通知' } })).toBeUndefined();
    expect(chineseDate('2024-03')).toBe('2024年3月');
  });
});

describe('comparing a variant with the text as published', () => {
  const label = LabelledText.parse({
    file: 'x.txt',
    genre: 'work-plan',
    meta: { title: 'T', year: 2024 },
    headings: [[3, '一、']],
    indicators: [{ line: 4, match: '1200亿元', label: '数字经济核心产业增加值', value: 1200, unit: '亿元', kind: 'target' }],
  });
  const figure = { id: 'i', section: 's1', label: '数字经济核心产业增加值', value: 1200, unit: '亿元', kind: 'target', match: '1200亿元', text: '' };
  const record = (title: string, line: number): ReportRecord =>
    ({
      title,
      meta: { year: 2024 },
      indicators: [{ ...figure, line }],
      sections: [{ id: 's1', number: '一、', title: '总体目标', line: line - 1 }],
      cleaning: [],
    }) as unknown as ReportRecord;

  it("maps the variant's lines back, so that a figure on a shifted line is the same figure", () => {
    const variant = mapLines(record('T', 9), [undefined, undefined, undefined, undefined, undefined, undefined, undefined, 3, 4]);
    expect(compare(label, record('T', 4), variant).lost).toEqual([]);
  });

  it('maps what the tool found on a line of several paragraphs to the source line of the paragraph that holds it', () => {
    const paragraphs = [
      { text: '一、总体目标', from: 3 },
      { text: '到2026年，数字经济核心产业增加值达到1200亿元。', from: 4 },
      { text: '二、重点任务', from: 6 },
      { text: '培育企业，增加值达到1200亿元。', from: 7 },
    ];
    const one = { ...record('T', 9), sections: [{ id: 's1', number: '一、', title: '总体目标', line: 9 }] } as unknown as ReportRecord;
    const said = { ...one, indicators: [{ ...figure, line: 9, text: '数字经济核心产业增加值达到1200亿元' }] } as unknown as ReportRecord;
    const mapped = mapLines(said, [...Array(8).fill(undefined), paragraphs]);
    expect(mapped.indicators[0]!.line).toBe(4);
    expect(mapped.sections[0]!.line).toBe(3);
    expect(compare(label, record('T', 4), mapped).lost).toEqual([]);
    // the same match twice: the clause decides; the same clause twice: the first at or after the last one found
    expect(paragraphOf(paragraphs, ['培育企业，增加值达到1200亿元', '1200亿元'])).toBe(3);
    expect(paragraphOf(paragraphs, ['增加值达到1200亿元'], 2)).toBe(3);
    expect(paragraphOf(paragraphs, ['增加值达到1200亿元'])).toBe(1);
    // a clause no paragraph holds nor starts in falls back to the match, and nothing holds nothing
    expect(paragraphOf(paragraphs, ['目标，到2026年的', '一、'])).toBe(0);
    expect(paragraphOf(paragraphs, ['无此句', '无此数'])).toBeUndefined();
    // a clause the tool ran on into the next paragraph (a line broken before its sentence ends): the paragraph it starts in
    expect(paragraphOf(paragraphs, ['二、重点任务培育企业，增加值', '1200亿元'])).toBe(2);
    // a heading whose number a scrape split into paragraphs of their own (dev 65 in govcn-one-line): the first of them, where
    // the tool found it, not the paragraph of its title
    const split = ['（', '二', '）', '健全完善现货市场交易规则。', '蒙东电力现货市场运行后，推动'].map((text, i) => ({ text, from: 105 + i }));
    expect(paragraphOf(split, ['（二）健全完善现货市场交易规则', '健全完善现货市场交易规则'], 0, true)).toBe(0);
    expect(paragraphOf(split, ['（三）健全完善现货市场交易规则', '健全完善现货市场交易规则'], 0, true)).toBe(3);
    // …before a bound too (the next heading's paragraph): the number run together with its title opens the first (dev 18, 65, 66)
    expect(paragraphOf(split, ['（二）健全完善现货市场交易规则', '健全完善现货市场交易规则'], 0, true, 4)).toBe(0);
    // a Markdown heading whose `##` the tool removes (dev 353 in govcn-one-line): the paragraph that is the heading, not a
    // rundown above that names the item
    const rundown = [
      '1.中共中央政治局召开会议 讨论政府工作报告；',
      '2.韩正会见法国达飞集团董事会主席；',
      '## 1. 中共中央政治局召开会议 讨论政府工作报告',
      '央视网消息',
      '## 2. 韩正会见法国达飞集团董事会主席',
    ];
    const items = rundown.map((text, i) => ({ text, from: 10 + i }));
    expect(paragraphOf(items, ['1.中共中央政治局召开会议 讨论政府工作报告', '中共中央政治局召开会议 讨论政府工作报告'], 0, true)).toBe(2);
    expect(paragraphOf(items, ['2.韩正会见法国达飞集团董事会主席', '韩正会见法国达飞集团董事会主席'], 2, true)).toBe(4);
    // …and a heading the tool read as its number alone: the Markdown heading that opens with it
    expect(paragraphOf(items, ['1.'], 0, true)).toBe(2);
    expect(paragraphOf(items, ['2.'], 2, true)).toBe(4);
    // a clause a wrap split over lines, said again whole further on (dev 56 in govcn-one-line, a page's lines a paragraph
    // each): the paragraph it starts in, in reading order, not the later one that holds it whole
    const wrapped = [
      '過多社會資源 ， 妨礙私人市場發展 。 我的目標是在 2006-07 年度 ， 將公共開',
      '支佔經濟的比重控制在 20%或以下 。',
      '─ 第三，將公共開支佔經濟的比重控制在 20%或以下。',
    ];
    const lines = wrapped.map((text, i) => ({ text, from: 603 + 2 * i }));
    expect(paragraphOf(lines, ['將公共開支佔經濟的比重控制在 20%或以下', '20%或以下'])).toBe(0);
    expect(paragraphOf(lines, ['將公共開支佔經濟的比重控制在 20%或以下', '20%或以下'], 1)).toBe(2);
    // …a wrap right after its first character (dev 120: `… ， 約` / `66,500 億元 ， 較回歸前增加約 50%。`)
    const cut = ['此外 ， 股票市場總額亦創出新高 ， 約', '66,500 億元 ， 較回歸前增加約 50%。 自 1993 年'].map((text, i) => ({ text, from: 31 + 2 * i }));
    expect(paragraphOf(cut, ['約66,500 億元，較回歸前增加約 50%', '約66,500 億元'])).toBe(0);
    const clause = ['现下达', '2025', '年电力需求侧管理专项资金计划', '645', '万元，用于'].map((text, i) => ({ text, from: 40 + i }));
    expect(paragraphOf(clause, ['现下达2025年电力需求侧管理专项资金计划645万元', '645万元'])).toBe(0);
    // a heading is the paragraph that is its title, not a table of contents above that names it; a figure's clause said
    // twice is the first at or after the last one found, though the second opens its paragraph (dev 195)
    const contents = [
      { text: '目录 第一章 总则 第二章 目标', from: 2 },
      { text: '第一章\u3000总则', from: 5 },
    ];
    expect(paragraphOf(contents, ['第一章总则'], 0, true)).toBe(1);
    // before a bound (the next heading's paragraph) only one that is the heading or opens with it: not a contents line that
    // holds it (dev 69 in json-record: 第二十一章 was taken to a line in the scope that holds its run-in text)
    expect(paragraphOf(contents, ['第一章总则'], 0, true, 1)).toBeUndefined();
    expect(paragraphOf(items, ['1.'], 0, true, Infinity, true)).toBe(2);
    expect(paragraphOf(items, ['1.'], 0, true, 2, true)).toBe(0);
    const twice = [
      { text: '2.专业子公司，实缴注册资本达到1亿元。', from: 17 },
      { text: '实缴注册资本达到1亿元。', from: 23 },
    ];
    expect(paragraphOf(twice, ['实缴注册资本达到1亿元'])).toBe(0);
    expect(paragraphOf(twice, ['实缴注册资本达到1亿元'], 0, true)).toBe(1);
  });

  it('counts as lost a heading the tool reads as a paragraph on one line, though a rundown above names it (dev 353 in govcn-one-line)', () => {
    const news = LabelledText.parse({
      file: 'x.md',
      genre: 'other',
      meta: { title: 'T' },
      headings: [
        [12, '1.'],
        [14, '2.'],
      ],
      indicators: [],
    });
    const oneLine = [
      '1.中共中央政治局召开会议 讨论政府工作报告；',
      '2.韩正会见法国达飞集团董事会主席；',
      '## 1. 中共中央政治局召开会议 讨论政府工作报告',
      '央视网消息',
      '## 2. 韩正会见法国达飞集团董事会主席',
    ].map((text, i) => ({ text, from: 10 + i }));
    const item = (number: string, title: string, line: number) => ({ id: `s${line}`, kind: 'numbered', number, title, line });
    const news1 = item('1.', '中共中央政治局召开会议 讨论政府工作报告', 12);
    const news2 = item('2.', '韩正会见法国达飞集团董事会主席', 14);
    const of = (sections: ReturnType<typeof item>[]): ReportRecord => ({ title: 'T', meta: {}, indicators: [], sections, cleaning: [] }) as unknown as ReportRecord;
    const published = of([news1, news2]);
    const variant = (...sections: ReturnType<typeof item>[]): string[] => compare(news, published, mapLines(of(sections.map((s) => ({ ...s, line: 1 }))), [oneLine])).lost;
    expect(variant(news1, news2)).toEqual([]);
    expect(variant({ ...news1, title: '' }, { ...news2, title: '' })).toEqual([]);
    // the first heading read as a paragraph: the second is not mapped onto it
    expect(variant(news2)).toEqual(['outline 2/2 → 1/1']);
    expect(variant({ ...news2, title: '' })).toEqual(['outline 2/2 → 1/1']);
    // the rundown's item read as the heading (as it is printed, with its `；`), the heading as a paragraph: the rundown's line
    const rundown1 = item('1.', '中共中央政治局召开会议 讨论政府工作报告；', 10);
    const rundown2 = item('2.', '韩正会见法国达飞集团董事会主席；', 11);
    expect(variant(rundown1, news2)).toEqual(['outline 2/2 → 1/2']);
    expect(variant(rundown1, rundown2)).toEqual(['outline 2/2 → 0/2']);
    // the rundown's items read as headings of their number alone, as published (dev 736: out of the label's scope), and
    // the first heading read as a paragraph: the items stay on the rundown, before the heading the tool found after them
    const scoped = LabelledText.parse({ ...news, scope: [12, 14] });
    const both = of([{ ...rundown1, title: '' }, { ...rundown2, title: '' }, news1, news2]);
    const scopedVariant = (...sections: ReturnType<typeof item>[]): string[] =>
      compare(scoped, both, mapLines(of(sections.map((s) => ({ ...s, title: '', line: 1 }))), [oneLine])).lost;
    expect(compare(scoped, both, both).lost).toEqual([]);
    expect(scopedVariant(rundown1, rundown2, news1, news2)).toEqual([]);
    expect(scopedVariant(rundown1, rundown2, news2)).toEqual(['outline 2/2 → 1/1']);
    // (the items alone, every heading lost, are the headings as dev 353's one line gives them: the mapping cannot tell them apart)
  });

  it('counts as lost a figure the tool drops on one line, though a wrapped clause maps to the paragraph it starts in (dev 56 in govcn-one-line)', () => {
    const share = { label: '公共開支佔經濟的比重', value: 20, unit: '%', kind: 'target', comparator: '<=' } as const;
    const speech = LabelledText.parse({
      file: 'x.txt',
      genre: 'address',
      meta: { title: 'T' },
      headings: [],
      indicators: [605, 645].map((line) => ({ line, match: '20%或以下', ...share })),
    });
    const oneLine = ['我的目標是在 2006-07 年度 ， 將公共開', '支佔經濟的比重控制在 20%或以下 。', '─ 第三，將公共開支佔經濟的比重控制在 20%或以下。'].map((text, i) => ({
      text,
      from: [603, 605, 645][i]!,
    }));
    const found = (text: string, line: number) => ({ ...share, id: `i${line}`, section: 's1', match: '20%或以下', text, line });
    const wrapped = found('將公共開支佔經濟的比重控制在 20%或以下', 603);
    const summary = found('第三，將公共開支佔經濟的比重控制在 20%或以下', 645);
    const of = (indicators: ReturnType<typeof found>[]): ReportRecord => ({ title: 'T', meta: {}, indicators, sections: [], cleaning: [] }) as unknown as ReportRecord;
    const published = of([wrapped, summary]);
    const variant = (...indicators: ReturnType<typeof found>[]): string[] => compare(speech, published, mapLines(of(indicators.map((f) => ({ ...f, line: 1 }))), [oneLine])).lost;
    expect(compare(speech, published, published).lost).toEqual([]);
    expect(variant(wrapped, summary)).toEqual([]);
    // one figure found for the two labelled with its clause: one right, the other lost, whichever the tool dropped
    expect(variant(summary)).toEqual(['indicators 2/2 → 1/1']);
    expect(variant(wrapped)).toEqual(['indicators 2/2 → 1/1']);
    expect(variant({ ...summary, text: '將公共開支佔經濟的比重控制在 20%或以下' })).toEqual(['indicators 2/2 → 1/1']);
  });

  it('names what a variant loses, and the summary counts the texts that keep each field and count', () => {
    const lost = compare(label, record('T', 4), mapLines(record('某站 - T', 5), [1, 2, 3, undefined, undefined]));
    expect(lost.lost).toEqual(['title: T → 某站 - T', 'indicators 1/1 → 0/0', 'outline 1/1 → 0/0']);
    const s = summarizeShape([lost, compare(label, record('T', 4), record('T', 4))]);
    expect(s.fields).toEqual({ title: [1, 2], year: [2, 2] });
    expect(s.indicators).toEqual([1, 2]);
    expect(s.figuresRight).toEqual([1, 2]);
    expect(Object.keys(s.losses)).toEqual(['x.txt']);
  });
});

describe('the dev texts in every shape', () => {
  // every dev text built fourteen times (as published and in thirteen shapes): some minutes
  it('keep what test/fixtures/eval/shapes.json pins (npm run eval:shapes -- --update after a reviewed change)', { timeout: 1_800_000 }, async () => {
    const pinned = JSON.parse(readFileSync(shapesFile, 'utf8'));
    expect(JSON.parse(JSON.stringify(await runShapes()))).toEqual(pinned);
  });
});
