// page-head: a saved page's title bar, a title repeated under it and its article header's info lines leave the body, logged, and
// metadata still reads them (made-up pages).
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { buildReport } from '../src/pipeline/index.ts';
import { lostFromRecord } from './helpers/accounting.ts';

const page = (head: string, info: string) => `<!DOCTYPE html>
<html>
<head>
<title>${head}</title>
</head>
<body>
<h1>东山市2025年国民经济和社会发展统计公报</h1>
<h2>东山市2025年国民经济和社会发展统计公报</h2>
${info}
<p>2025年，全市经济运行总体平稳。</p>
<p>一、综合</p>
<p>初步核算，全年地区生产总值1200.5亿元，比上年增长5.1%。</p>
<p>文号：东统字〔2026〕3号</p>
</body>
</html>
`;
const info = '<div class="info"><span>发布机构：东山市统计局</span></div>\n<div>发布时间：2026-03-20</div>\n<div>浏览次数：125</div>';
const text = page('东山市统计局 -\n东山市2025年国民经济和社会发展统计公报', info);
const build = (source: string) => {
  const bytes = new TextEncoder().encode(source);
  return buildReport({ file: 'x.txt', name: 'x', bytes, meta: {}, sha256: 'a'.repeat(64) });
};

describe('page-head', () => {
  test('the title bar, the repeated title and the info lines leave the body, logged', () => {
    const n = normalizeText(text);
    expect(n.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(['东山市2025年国民经济和社会发展统计公报', '2025年，全市经济运行总体平稳。']);
    expect(n.cleaning.filter((c) => c.kind === 'page-head').map((c) => c.text)).toEqual([
      '东山市统计局 -',
      '东山市2025年国民经济和社会发展统计公报',
      '东山市2025年国民经济和社会发展统计公报',
      '发布机构：东山市统计局',
      '发布时间：2026-03-20',
    ]);
    // the page's counter is the site's chrome wherever it stands: web-nav takes it first (dev 426)
    expect(n.cleaning.filter((c) => c.kind === 'web-nav').map((c) => c.text)).toContain('浏览次数：125');
  });

  test("the heading again right after the info lines (the document's own title under the page's) goes too", () => {
    const n = normalizeText(
      page('东山市2025年国民经济和社会发展统计公报', '<div>2026-03-20</div>\n<div>大</div><div>中</div><div>小</div>').replace(
        '<h2>东山市2025年国民经济和社会发展统计公报</h2>\n<div>2026-03-20</div>\n<div>大</div><div>中</div><div>小</div>',
        '<div>2026-03-20</div>\n<div>大</div><div>中</div><div>小</div>\n<p>东山市2025年国民经济和社会发展统计公报</p>',
      ),
    );
    expect(n.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(['东山市2025年国民经济和社会发展统计公报', '2025年，全市经济运行总体平稳。']);
    expect(n.cleaning.filter((c) => c.kind === 'page-head').map((c) => c.note)).toEqual([
      "the page's title bar",
      "the article header's info line",
      "the article header's info line",
      "the article header's info line",
      "the article header's info line",
      'the title repeated',
    ]);
  });

  test("a document's own number line stays, as does an info line inside the text", () => {
    const n = normalizeText(text.replace('<p>一、综合</p>', '<p>一、综合</p>\n<p>发布时间：2026-03-20</p>'));
    expect(n.paragraphs.map((p) => p.text)).toContain('文号：东统字〔2026〕3号');
    expect(n.paragraphs.map((p) => p.text)).toContain('发布时间：2026-03-20');
  });

  test('metadata still reads the lines, and nothing is lost', () => {
    const r = build(text);
    expect(r.record.title).toBe('东山市2025年国民经济和社会发展统计公报');
    expect(r.record.meta.date).toBe('2026-03-20');
    expect(lostFromRecord(text, r.record)).toBe('');
  });

  test('a bare 时间： line under the heading is an info line, and the title repeated over two lines goes too (dev 321)', () => {
    const source = page('东山市财政局', '<div>时间：2026-01-27 21:27</div>').replace(
      '<h2>东山市2025年国民经济和社会发展统计公报</h2>\n<div>时间：2026-01-27 21:27</div>',
      '<div>时间：2026-01-27 21:27</div>\n<p>东山市2025年国民经济</p>\n<p>和社会发展统计公报</p>\n<p>——东山市统计局</p>',
    );
    const n = normalizeText(source);
    expect(n.cleaning.filter((c) => c.kind === 'page-head').map((c) => [c.text, c.note])).toEqual([
      ['东山市财政局', "the page's title bar"],
      ['时间：2026-01-27 21:27', "the article header's info line"],
      ['东山市2025年国民经济', 'the title repeated'],
      ['和社会发展统计公报', 'the title repeated'],
    ]);
    expect(n.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(['东山市2025年国民经济和社会发展统计公报', '——东山市统计局']);
    expect(lostFromRecord(source, build(source).record)).toBe('');
  });

  test("a document's own 时间： field (a meeting's minutes: 时间：2024年3月5日上午 / 地点：…) is its text, no posting stamp of the page", () => {
    const minutes = `<html><head><title>某县2024年第3次县长办公会议纪要</title></head><body>
<h1>某县2024年第3次县长办公会议纪要</h1>
<p>时间：2024年3月5日上午</p>
<p>日期：2024年3月5日</p>
<p>地点：县政府三楼会议室</p>
<p>会议听取了县发展改革局关于重点项目建设情况的汇报。现纪要如下：</p>
</body></html>`;
    const n = normalizeText(minutes);
    expect(n.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['时间：2024年3月5日上午', '日期：2024年3月5日', '地点：县政府三楼会议室']));
    expect(n.cleaning.filter((c) => c.kind === 'page-head' && c.note === "the article header's info line")).toEqual([]);
  });

  test('a plain text is left alone', () => {
    const plain = '东山市2025年国民经济和社会发展统计公报\n东山市2025年国民经济和社会发展统计公报\n发布时间：2026-03-20\n2025年，全市经济运行总体平稳。\n';
    expect(normalizeText(plain).cleaning.some((c) => c.kind === 'page-head')).toBe(false);
  });
});
