// feed-export: a news feed's XML (RSS 2.0, Atom) is read as the documents its items hold, never as markup shown as text.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers/run.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { buildReport } from '../src/pipeline/index.ts';
import { lostFromNormalized } from './helpers/accounting.ts';
import { fromXml } from 'xast-util-from-xml';

const corpus = (name: string): string => readFileSync(join(root, 'test/fixtures/corpus', name), 'utf8');
const build = (text: string) => buildReport({ file: 'x.txt', name: 'x', bytes: new TextEncoder().encode(text), meta: {}, sha256: '0'.repeat(64) });
const lost = (text: string): string => lostFromNormalized(text, normalizeText(text));

// dev 491: one <item> of the Shanghai policy feed (cherylchenxue-star/sh-gov-rss), the notice's text in a CDATA description
const item = corpus('491_sh-fuel-max-retail-prices-notice-2026-04-07-sh-policy-rss-item.txt');
// dev 492: the Shenzhen feed's head (the channel's own title, link, lastBuildDate) and its first item
const head = corpus('492_sz-sme-little-giant-application-notice-2026-sz-policy-rss-channel-item.txt');

describe('feed-export: an RSS item is its document (dev 490-493)', () => {
  test("the description's text is the body, its HTML read as HTML; the tags, the CDATA marks and the item's fields are not", () => {
    const n = normalizeText(item);
    const body = n.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain('一、89号汽油和0号柴油最高零售价格每吨分别为11070元和9970元。');
    expect(body).not.toMatch(/<item>|<title>|CDATA|<br\/>|<\/|fgw_jggl|Tue, 07 Apr/);
    expect(n.cleaning.some((c) => c.kind === 'feed-export' && c.line === 1)).toBe(true);
    // the description's text keeps its source line
    expect(n.paragraphs.find((p) => p.text.includes('11070元'))?.line).toBe(4);
  });

  test("the item's title, link and pubDate are the document's metadata; its source is the site that carried it", () => {
    const r = build(item);
    // the date in brackets after the document's name is its date (README Metadata)
    expect(r.record.title).toBe('上海市发展和改革委员会关于车用汽、柴油价格的通知');
    expect(r.record.meta.date).toBe('2026-04-07');
    expect(r.record.meta.source_url).toBe('http://fgw.sh.gov.cn/fgw_jggl/20260407/bd75260934ea47a095c006d989aec171.html');
  });

  test("a feed's head: the channel's title, description and build date are the feed's, not the item's document's", () => {
    const r = build(head);
    expect(r.record.title).toBe('深圳市中小企业服务局关于组织开展2026年专精特新“小巨人”企业申报和复核工作的通知');
    expect(r.record.meta.date).toBe('2026-04-14');
    expect(r.record.body).not.toMatch(/深圳政策RSS聚合|lastBuildDate|Wed, 15 Apr|<\?xml|<rss/);
    expect(r.record.body).toContain('现组织开展2026年专精特新“小巨人”企业申报和复核工作');
  });

  test("the item's <source> is the site; the channel's title is the site only when no item names one", () => {
    // dev 492: the channel is an aggregator (深圳政策RSS聚合), its item's source the bureau that issued the notice
    expect(normalizeText(head).frontMatter?.data).toMatchObject({ site: '深圳市中小企业服务局' });
    const bare = ['<rss version="2.0"><channel><title>上海政策RSS聚合</title>', '<item><title>通知甲</title><description>正文。</description></item>', '</channel></rss>'];
    expect(normalizeText(bare.join('\n')).frontMatter?.data).toMatchObject({ site: '上海政策RSS聚合', title: '通知甲' });
  });

  test("a cut that ends on the next item's opening tag: that empty item is no document (dev 490)", () => {
    const r = build(corpus('490_nanshan-industry-bureau-2025-work-summary-2026-plan-sz-policy-rss-item.txt'));
    expect(r.record.title).toBe('南山区工业和信息化局2025年工作总结及2026年重点工作安排');
    expect(r.record.meta.date).toBe('2026-04-13');
    expect(r.record.body).not.toContain('<item>');
  });

  test.each([
    ['an item alone', item],
    ["a feed's head and its first item", head],
  ])('nothing is lost: %s', (_, text) => {
    expect(lost(text)).toBe('');
  });

  test('a description written with character references (no CDATA) is HTML too, its references logged', () => {
    // the shape of Tencent's news feed (news.qq.com's 新闻国内, 2018): a plain description; and of CMSs that escape the HTML instead of wrapping it
    const text = [
      '<rss version="2.0">',
      '  <channel>',
      '    <item>',
      '      <title>国资委就“国有企业改革发展”相关问题答记者问</title>',
      '      <pubDate>2018-03-10 14:14:11</pubDate>',
      '      <description>&lt;p&gt;十三届全国人大一次会议新闻中心将于3月10日15时举行记者会。&lt;/p&gt;&lt;p&gt;国资委主任肖亚庆回答中外记者提问。&lt;/p&gt;</description>',
      '    </item>',
      '  </channel>',
      '</rss>',
    ].join('\n');
    const n = normalizeText(text);
    const body = n.paragraphs.map((p) => p.text);
    expect(body).toContain('十三届全国人大一次会议新闻中心将于3月10日15时举行记者会。');
    expect(body).toContain('国资委主任肖亚庆回答中外记者提问。');
    expect(body.join('\n')).not.toMatch(/&lt;|<p>|国资委就/);
    expect(lost(text)).toBe('');
  });

  test('a reference no character answers stays in the text and is not logged as taken out; the ones decoded are', () => {
    const text = '<item><title>A&amp;B</title><description>研发投入&amp;产出 &#x4E2D;国 &foo; 结束。</description></item>';
    const n = normalizeText(text);
    expect(n.paragraphs.map((p) => p.text)).toEqual(['研发投入&产出 中国 &foo; 结束。']);
    const logged = n.cleaning
      .filter((c) => c.kind === 'feed-export')
      .map((c) => c.text)
      .join(' ');
    expect(logged).toContain('&#x4E2D;');
    expect(logged).not.toContain('&foo;');
    expect(lost(text)).toBe('');
  });

  test('an Atom entry: its content or summary is the text, its title and published date the metadata', () => {
    const text = [
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '  <title>某网站</title>',
      '  <entry>',
      '    <title>关于我市居民瓶装液化石油气基准价的通知</title>',
      '    <link href="http://fgw.sh.gov.cn/fgw_jggl/20260403/ec057ff195ed420fab5e6110e4b5a71c.html"/>',
      '    <published>2026-04-03T00:00:00+08:00</published>',
      '    <content type="html">&lt;p&gt;本市14.5kg包装规格居民瓶装液化石油气基准价调整为每瓶117元。&lt;/p&gt;</content>',
      '  </entry>',
      '</feed>',
    ].join('\n');
    const r = build(text);
    expect(r.record.title).toBe('关于我市居民瓶装液化石油气基准价的通知');
    expect(r.record.meta.date).toBe('2026-04-03');
    expect(r.record.body).toBe('本市14.5kg包装规格居民瓶装液化石油气基准价调整为每瓶117元。');
    expect(lost(text)).toBe('');
  });

  test('several items: each title heads its own text; the channel names the site', () => {
    const text = [
      '<rss version="2.0"><channel><title>上海政策RSS聚合</title>',
      '<item><title>通知甲</title><description><![CDATA[第一份通知的正文。]]></description></item>',
      '<item><title>通知乙</title><description><![CDATA[第二份通知的正文。]]></description></item>',
      '</channel></rss>',
    ].join('\n');
    const body = normalizeText(text).paragraphs.map((p) => p.text);
    expect(body).toEqual(['通知甲', '第一份通知的正文。', '通知乙', '第二份通知的正文。']);
    expect(lost(text)).toBe('');
  });

  test.each([
    ['prose that names the element', '段落用<item>标记，标题用<title>标记。'],
    ['an HTML page', '<html><body><p>正文第一段。</p><p>正文第二段。</p></body></html>'],
  ])('no feed, no reading: %s', (_, text) => {
    expect(normalizeText(text).cleaning.map((c) => c.kind)).not.toContain('feed-export');
  });
  // why feed-export tokenizes instead of reading with xast-util-from-xml (docx.ts's reader; README News feeds): @rgrove/parse-xml under it
  // stops at the first well-formedness error, and a feed as kept is often cut or holds HTML's references. When this fails, try the library.
  test.each([
    ['a cut that ends inside the channel (dev 492)', head, /Missing end tag for element channel/],
    [
      "a cut that ends on the next item's opening tag (dev 490)",
      corpus('490_nanshan-industry-bureau-2025-work-summary-2026-plan-sz-policy-rss-item.txt'),
      /Extra content at the end/,
    ],
    ['a reference XML does not define', '<item><description>研发投入 &foo; 结束。</description></item>', /Named entity isn't defined/],
  ])('xast-util-from-xml 4 cannot read %s', (_, text, cause) => {
    expect(fromXml(item).children.length).toBeGreaterThan(0);
    expect(() => fromXml(text)).toThrow(expect.objectContaining({ cause: expect.objectContaining({ message: expect.stringMatching(cause) }) }));
  });
});

describe("feed-export: a government gazette's record is its document (dev 687)", () => {
  // dev 687: one <Record> of the Executive Yuan Gazette's daily XML (kong0107/ey-gazette-data), the notice's HTML in HTMLContent
  const record = corpus('687_tw-mohw-cdc-live-poultry-restriction-lifted-notice-2015-ey-gazette-xml-record.txt');

  test("its HTMLContent is the body; its Title, Date_Created, GazetteId and PubGovName are the document's metadata", () => {
    const r = build(record);
    expect(r.record.title).toBe('衛生福利部公告：本部103年5月2日部授疾字第1030400331號公告施行活禽陳列、展示及買賣之場所及人員限制措施，自104年6月15日停止適用');
    expect(r.record.meta.date).toBe('2015-06-15');
    expect(r.record.meta.doc_number).toBe('部授疾字第1040400330號');
    expect(r.record.meta.issuer).toBe('衛生福利部');
    expect(r.record.body).toContain('按行政院農業委員會已於');
    expect(r.record.body).not.toMatch(/<Record>|MetaId|CDATA|TitleEnglish|Doc_Style/);
  });

  test('the whole notice as published (主旨, 依據, 公告事項) is the body: its <Explain> is a copy of the 公告事項, logged', () => {
    const n = normalizeText(record);
    const body = n.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain('號公告施行活禽陳列、展示及買賣之場所及人員限制措施，自104年6月15日起停止適用。');
    expect(body).toMatch(/傳染病防治法第37條第1項第6款。/);
    expect(body.split('旨揭公告已無繼續適用之必要').length).toBe(2);
    expect(body).not.toMatch(/<span|mso-|style=|<\/|CDATA|&quot;/);
    expect(lost(record)).toBe('');
  });
});

// dev 691: one <Record> of the Executive Yuan Gazette's daily XML (kong0107/ey-gazette-data): every field a CDATA element on a
// line of its own, the notice's text in <Explain>, the gazette page's HTML copy of it in <HTMLContent>
const record = corpus('691_tw-moe-community-college-subsidy-criteria-2016-ey-gazette-xml-record.txt');

describe("feed-export: an XML export's <Record> is its document (dev 691)", () => {
  test('the notice as published, <HTMLContent>, is the body; <Explain>, the copy of its 公告事項, the tags, the CDATA marks and the other fields are not', () => {
    const n = normalizeText(record);
    const body = n.paragraphs.map((p) => p.text).join('\n');
    expect(body).toMatch(/財力分級1級之地方政府，每校補助新臺幣（以下同）450千元。/);
    expect(body).toContain('修正教育部補助社區大學經費計算基準。');
    expect(body).toContain('「教育部補助及獎勵社區大學與獎勵地方政府辦理社區大學業務實施要點」第五點。');
    expect(body).not.toMatch(/CDATA|<Explain>|<Record>|<\/|<span|Doc_Style|mso-|&quot;|依法規應公告之事項|MINISTRY OF EDUCATION/);
    // once: the Explain's copy of the 公告事項 is logged, not read again
    expect(body.split('每校補助新臺幣（以下同）450').length).toBe(2);
    expect(n.paragraphs.find((p) => p.text.includes('450千元'))?.line).toBe(79);
    expect(lost(record)).toBe('');
  });

  test.each([
    ['no <HTMLContent>', '<Record>\n<Title><![CDATA[某部公告]]></Title>\n<Explain><![CDATA[公告事項正文。]]></Explain>\n</Record>', '公告事項正文。'],
    [
      'an <HTMLContent> that does not hold the <Explain> text',
      '<Record>\n<Title><![CDATA[某部公告]]></Title>\n<Explain><![CDATA[公告事項正文。]]></Explain>\n<HTMLContent><![CDATA[<p>另一頁。</p>]]></HTMLContent>\n</Record>',
      '公告事項正文。',
    ],
    ['no <Explain>', '<Record>\n<Title><![CDATA[某部公告]]></Title>\n<HTMLContent><![CDATA[<p>主旨：公告事項正文。</p>]]></HTMLContent>\n</Record>', '主旨：公告事項正文。'],
  ])('a record with %s: its text is read, nothing lost', (_, text, words) => {
    const n = normalizeText(text);
    expect(n.paragraphs.map((p) => p.text)).toEqual([words]);
    expect(lost(text)).toBe('');
  });

  test("the record's Title, Date_Created, PubGov and GazetteId are the document's title, date, issuer and number", () => {
    const r = build(record);
    expect(r.record.title).toBe('教育部公告：修正教育部補助社區大學經費計算基準');
    expect(r.record.meta.date).toBe('2016-02-26');
    expect(r.record.meta.issuer).toBe('教育部');
    expect(r.record.meta.doc_number).toBe('臺教社(一)字第1050021182A號');
  });
});

describe("feed-export: a record whose Title is its text's first line, no title (eval:shapes xml-record of untitled texts)", () => {
  // a record as a crawler writes one for a text without a title line: its first line in the title key, the text in <Explain>
  const recordOf = (name: string): string => {
    const lines = corpus(name)
      .replace(/^\uFEFF/, '')
      .split('\n');
    const first = lines.find((l) => l.trim() !== '')!.trim();
    return ['<Record>', `<Title><![CDATA[${first}]]></Title>`, `<Explain><![CDATA[${lines.join('\n')}]]></Explain>`, '</Record>'].join('\n');
  };
  test.each([
    // dev 124: the preamble's sentence (为落实《…》…，制定本办法。) and the scheme that offers itself (享受本办法的企业): a work-plan, as the plain text is
    ['124_gz-nansha-shipping-logistics-support-measures-2017.txt', 'work-plan'],
    ['123_gz-nansha-talent-measures-2017.txt', 'work-plan'],
    // dev 237: a chapter's heading (第十五章 推进教育现代化 加快建设教育强省) over chapters cut from a plan
    ['237_gd-15th-five-year-plan-outline-2026-ch15-ch17-untitled-excerpt.txt', 'plan'],
    // dev 180: the preface run into its first sentence (序言\u3000\u3000世纪之交，…): the outline the proposal compiles
    ['180_prc-10th-five-year-plan-outline-2001-pdf.txt', 'plan'],
  ])("%s: the kind is read from the body, as the plain text's is", (name, kind) => {
    const plain = build(corpus(name)).record;
    const r = build(recordOf(name)).record;
    expect(plain.meta.kind).toBe(kind);
    expect(r.meta.kind).toBe(kind);
    expect(r.title).toBe(plain.title);
  });

  test.each([
    // dev 275, 439, 455: a post's headline, two clauses joined by a comma, no sentence: a record whose text prints it again as its first
    // line (the common case: a crawler's title key over the article as the page shows it) keeps it as the title
    ['275_data-elements-governance-expert-interpretation-2022-wechat-md.txt', '完善数据要素治理制度，保障数据流通交易安全'],
    ['439_shenzhen-fintech-special-plan-2023-2025-wechat-md.txt', '深圳市金融科技专项发展规划（2023-2025）'],
    [
      '455_minhang-hongqiao-trade-platform-measures-task-division-plan-2025-news-wechat-md.txt',
      '建立数据跨境服务中心、便利化访问国际互联网，上海虹桥商务区国际贸易中心新平台建设进一步落实',
    ],
  ])('%s: a headline with a comma that the text repeats as its first line stays the title', (name, title) => {
    const src = corpus(name);
    const headline = /^title: (.*)$/m.exec(src)![1]!;
    // the article's lines as a JSON record's text holds them: no Markdown heading, no image
    const body = src
      .split('\n---\n')[1]!
      .split('\n')
      .filter((l) => l.trim() !== '' && !/^[#!]/u.test(l))
      .slice(0, 12);
    const once = build(JSON.stringify({ title: headline, content: body.join('\n') })).record;
    const repeated = build(JSON.stringify({ title: headline, content: [headline, ...body].join('\n') })).record;
    expect(once.title).toBe(title);
    expect(repeated.title).toBe(once.title);
  });

  test('a Title that is a title line stays the title, though the text prints it again as its first line', () => {
    const r = build(
      ['<Record>', '<Title><![CDATA[某市2024年工作要点]]></Title>', '<Explain><![CDATA[某市2024年工作要点', '一、总体要求。]]></Explain>', '</Record>'].join('\n'),
    ).record;
    expect(r.title).toBe('某市2024年工作要点');
    expect(r.meta.kind).toBe('work-plan');
  });
});
