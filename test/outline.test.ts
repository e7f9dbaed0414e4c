// Outlines of real texts: recall against hand-made outlines of the seeds, the ids the issue names,
// and sane structure (unique, well-formed ids, no crash) on the corpus texts.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers/run.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';
import { AnchorId } from '../src/schemas/report.ts';
import type { Outline } from '../src/pipeline/types.ts';

const sources = join(root, 'content/sources');
const outlines = join(root, 'test/fixtures/outlines');
const structure = join(root, 'test/fixtures/structure');

function outlineOf(file: string): Outline {
  const { text } = decodeSource(new Uint8Array(readFileSync(file)));
  return assignAnchors(parseOutline(normalizeText(text).paragraphs));
}

/** Titles compared without spaces and pinyin notes (續(xù)): both are noise, not wording. */
const plain = (s: string): string => s.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '').replace(/[\s\u3000]/g, '');

const seeds = readdirSync(outlines)
  .filter((f) => f.endsWith('.tsv'))
  .map((f) => f.replace(/\.tsv$/, ''));

describe('seed outlines against the hand-made ones', () => {
  const rows = seeds.map((slug) => {
    const expected = readFileSync(join(outlines, `${slug}.tsv`), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'));
    const got = outlineOf(join(sources, `${slug}.txt`)).sections;
    const found = expected.filter(([id, , title]) => got.some((s) => s.id === id && plain(s.title) === plain(title!)));
    return { slug, expected, found, got };
  });

  test('there is a hand-made outline for each of the five seeds', () => {
    expect(seeds).toHaveLength(5);
  });

  test('recall of numbered headings (by id and title) is at least 0.98', () => {
    const total = rows.reduce((n, r) => n + r.expected.length, 0);
    const found = rows.reduce((n, r) => n + r.found.length, 0);
    const missing = rows.flatMap((r) => r.expected.filter((e) => !r.found.includes(e)).map((e) => `${r.slug}: ${e.join(' ')}`));
    expect(total).toBeGreaterThan(100);
    expect(found / total, `missing:\n${missing.join('\n')}`).toBeGreaterThanOrEqual(0.98);
  });

  test.each(seeds)('%s: no section beyond the hand-made outline (precision)', (slug) => {
    const row = rows.find((r) => r.slug === slug)!;
    const extra = row.got.filter((s) => !row.expected.some(([id]) => id === s.id)).map((s) => `${s.id} ${s.number}${s.title}`);
    expect(extra).toEqual([]);
  });
});

const corpus = readdirSync(structure).filter((f) => f.endsWith('.txt'));

describe.each([...seeds.map((s) => join(sources, `${s}.txt`)), ...corpus.map((f) => join(structure, f))])('%s', (file) => {
  const outline = outlineOf(file);

  test('every id is well-formed and unique, paragraphs included', () => {
    const ids = [...outline.sections.map((s) => s.id), ...outline.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.id] : []))];
    for (const id of ids) expect(AnchorId.safeParse(id).success, id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('parents come before their children and exist', () => {
    const seen = new Set<string>();
    for (const s of outline.sections) {
      if (s.parent !== null) expect(seen.has(s.parent), `${s.id} → ${s.parent}`).toBe(true);
      seen.add(s.id);
    }
  });

  test('every paragraph belongs to a known section or to the front', () => {
    const known = new Set(['intro', 'summary', ...outline.sections.map((s) => s.id)]);
    for (const b of outline.blocks) if (b.type === 'paragraph') expect(known.has(b.section), b.id).toBe(true);
  });
});

describe('ids the issue names', () => {
  const find = (file: string, id: string) => outlineOf(file).sections.find((s) => s.id === id);

  test('Suining plan: s3-12 is 推进厅市协同创新 under s3', () => {
    const s = find(join(sources, 'suining-2021-gongzuoyaodian.txt'), 's3-12');
    expect(s).toMatchObject({ title: '推进厅市协同创新', parent: 's3', number: '12.' });
  });

  test('Traditional case study: s2-1-1 is the first 一是 inside （一） of 二、', () => {
    const s = find(join(sources, 'chengdu-2023-kechuangzhongguo.txt'), 's2-1-1');
    expect(s?.number).toBe('一是');
    expect(s?.parent).toBe('s2-1');
    expect(plain(s!.title).startsWith('搭建高能級創新載體')).toBe(true);
  });

  test.each([
    ['01_sh-large-instrument-sharing-rules.txt', 'art18', '第十八条', 18],
    ['02_bj-intl-sci-tech-innovation-center-regulation.txt', 'ch7', '第七章', 7],
    ['02_bj-intl-sci-tech-innovation-center-regulation.txt', 'art76', '第七十六条', 76],
    ['03_tw-science-technology-basic-law.txt', 'art23', '第 23 條', 23],
  ])('%s has %s (%s)', (file, id, number, count) => {
    const outline = outlineOf(join(structure, file));
    expect(outline.sections.find((s) => s.id === id)?.number).toBe(number);
    const kind = id.startsWith('ch') ? 'chapter' : 'article';
    expect(outline.sections.filter((s) => s.kind === kind)).toHaveLength(count);
  });

  test('Beijing regulation: articles are flat, numbered 1–76 across the chapters', () => {
    const outline = outlineOf(join(structure, '02_bj-intl-sci-tech-innovation-center-regulation.txt'));
    const articles = outline.sections.filter((s) => s.kind === 'article');
    expect(articles.map((s) => s.id)).toEqual(Array.from({ length: 76 }, (_, i) => `art${i + 1}`));
    expect(outline.sections.find((s) => s.id === 'art76')?.parent).toBe('ch7');
    expect(outline.sections.find((s) => s.id === 'ch7')?.title.replace(/\s/g, '')).toBe('附则');
  });

  test('Taiwan law: 一、 lines inside 第 11 條 are its items art11-1 … art11-4', () => {
    const outline = outlineOf(join(structure, '03_tw-science-technology-basic-law.txt'));
    expect(outline.sections.filter((s) => s.parent === 'art11').map((s) => s.id)).toEqual(['art11-1', 'art11-2', 'art11-3', 'art11-4']);
    // the 法規名稱：… header is front matter now (test/metadata.test.ts checks the title it gives)
    expect(outline.title).toBeNull();
  });
});

describe('the other corpus texts', () => {
  test('2004 work report: three parts, 6 + 9 measures, 第一，… and 一是… enumerations', () => {
    const outline = outlineOf(join(structure, '04_prc-gov-work-report-2004.txt'));
    const ids = outline.sections.map((s) => s.id);
    expect(outline.sections.filter((s) => s.level === 1).map((s) => s.title)).toEqual(['一年来工作回顾', '２００４年主要任务', '加强政府自身建设']);
    expect(ids.filter((id) => /^s1-\d+$/.test(id))).toHaveLength(6);
    expect(ids.filter((id) => /^s2-\d+$/.test(id))).toHaveLength(9);
    expect(ids).toEqual(expect.arrayContaining(['s2-2-1', 's2-2-6', 's2-5-3', 's3-5']));
    expect(outline.sections.find((s) => s.id === 's3-1')).toMatchObject({ number: '第一，', title: '推进政府职能转变' });
    expect(outline.blocks.filter((b) => b.type === 'paragraph' && b.role !== 'body').map((b) => b.type === 'paragraph' && b.role)).toEqual(['title', 'subtitle', 'salutation']);
  });

  test('a heading whose title comes again later is no contents entry when a heading with a run-in sentence follows it (dev 239)', () => {
    const text = [
      '一、2025年预算执行情况',
      '1.一般公共预算',
      '（1）全市收支情况。收入完成421.8亿元，同比增长3.6%。',
      '2.政府性基金预算',
      '（1）全市收支情况。收入完成225.7亿元，同比下降16.3%。',
      '二、2026年预算草案',
      '1.一般公共预算',
      '（1）代编全市一般公共预算情况',
      '2.政府性基金预算',
      '（1）代编全市政府性基金预算情况',
    ].join('\n');
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    expect(outline.sections.filter((s) => s.parent === 's1').map((s) => s.title)).toEqual(['一般公共预算', '政府性基金预算']);
  });

  test('an ellipsis (……) in the prose of a numbered paragraph is punctuation, no leader of a contents entry (dev 439)', () => {
    const text = [
      '（一）发展基础',
      '1.政策环境不断优化。2017年3月，某区率先出台金融科技专项政策。',
      '2.企业雁阵格局逐步形成。某公司在深布局金融科技创新中心……富有特色、模式多元的格局初步形成。',
      '3.行业实践案例不断涌现。某市先后产生一批优秀创新实践案例。',
    ].join('\n');
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    expect(outline.sections.map((s) => s.number)).toEqual(['（一）', '1.', '2.', '3.']);
    // a contents entry keeps its leaders, with its page number or without one
    const contents = assignAnchors(
      parseOutline(normalizeText(['目录', '一、总体要求……1', '二、主要任务……', '一、总体要求', '内容。', '二、主要任务', '内容。'].join('\n')).paragraphs),
    );
    expect(contents.sections.map((s) => s.number)).toEqual(['一、', '二、']);
  });

  test('a table row printed as text, a numbered name and a run of figures, is no heading (dev 427, a budget PDF table)', () => {
    const text = [
      '一、收入执行情况',
      '全市收入完成预算。',
      '2025年执行数',
      '一、税收收入',
      '1.增值税  2893569  3033252  3092403  101.95  6.87',
      '2.企业所得税  1147160  1238177  1231218  99.44  7.33',
      '3.个人所得税  456303  506353  520092  102.71  13.98',
      '二、支出执行情况',
      '1.一般公共服务支出增长3%。',
    ].join('\n');
    const outline = assignAnchors(parseOutline(normalizeText(text).paragraphs));
    expect(outline.sections.map((s) => s.number)).toEqual(['一、', '一、', '二、', '1.']);
    // a heading with one figure in its title stays one
    const one = assignAnchors(parseOutline(normalizeText(['一、主要指标', '1.地区生产总值  1162.95亿元', '2.人均地区生产总值  172160元'].join('\n')).paragraphs));
    expect(one.sections.map((s) => s.number)).toEqual(['一、', '1.', '2.']);
    // a row whose name opens with a year, or that prints a dash for none, is a row all the same (dev 427's debt table)
    const debt = [
      '一、债务情况',
      '全市债务在限额内。',
      '一、2024年年末地方政府债务余额  37705642  26042255  11663387',
      '二、2025年地方政府债务举借额  7459412  5019276  2440136',
      '（一）外债举借额  1693  —',
      '二、下一步工作',
      '正文。',
    ].join('\n');
    expect(assignAnchors(parseOutline(normalizeText(debt).paragraphs)).sections.map((s) => s.number)).toEqual(['一、', '二、']);
  });

  test('Tianjin notice: the table of contents is not a section; the appendix restarts 一、 as app2-1 …', () => {
    const outline = outlineOf(join(structure, '05_tj-demand-response-notice.txt'));
    const top = outline.sections.filter((s) => s.parent === null).map((s) => s.id);
    expect(top).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 'app1', 'app2', 'app3']);
    expect(outline.sections.filter((s) => s.parent === 'app2').map((s) => s.id)).toEqual(['app2-1', 'app2-2', 'app2-3', 'app2-4', 'app2-5']);
    expect(outline.sections.find((s) => s.id === 's1')!.line).toBeGreaterThan(130);
  });

  test("附件1 alone on its line opens an attachment after the text's own sections, not after a cover notice with none", () => {
    const ids = (lines: string[]) => {
      const outline = assignAnchors(parseOutline(normalizeText(lines.join('\n')).paragraphs));
      return { ids: outline.sections.map((s) => s.id), warnings: outline.warnings.length };
    };
    // a 2025 provincial work report: the report's 一、二、 then its attachment, titled on the next line, with a list of its own
    expect(
      ids([
        '一、2024年工作回顾',
        '内容。',
        '二、2025年工作安排',
        '内容。',
        '附件1',
        '2025年省十件民生实事',
        '一、为老年人提供健康管理服务。内容。',
        '二、提升兜底保障水平。内容。',
      ]),
    ).toEqual({
      ids: ['s1', 's2', 'app1', 'app1-1', 'app1-2'],
      warnings: 0,
    });
    // a cover notice (dev 66): the attachment is the text, its 一、 the text's own
    expect(
      ids([
        '关于印发实施方案的通知',
        '各盟市能源局：',
        '现将实施方案印发给你们。',
        '附件：',
        '1.实施方案',
        '附件1',
        '实施方案',
        '一、总体要求',
        '内容。',
        '二、主要任务',
        '内容。',
      ]),
    ).toEqual({
      ids: ['s1', 's2'],
      warnings: 0,
    });
  });

  test("附件： over the cover notice of the document a page carries labels that document: no attachment, its 一、 the text's own (dev 409)", () => {
    const page = [
      '# 发布 | 七部门联合印发《推动数字金融高质量发展行动方案》（附全文）',
      '',
      '中国信息安全',
      '',
      '# 发布 | 七部门联合印发《推动数字金融高质量发展行动方案》（附全文）',
      '',
      '为深入贯彻中央金融工作会议精神，中国人民银行等七部门联合印发《推动数字金融高质量发展行动方案》。',
      '',
      '**附件：**',
      '',
      '**中国人民银行 国家发展改革委 工业和信息化部 金融监管总局 中国证监会 国家数据局 国家外汇局**',
      '',
      '**关于印发《推动数字金融高质量发展行动方案》的通知**',
      '',
      '为贯彻落实党中央决策部署，制定本方案。',
      '',
      '**一、总体要求**',
      '',
      '内容。',
      '',
      '**二、主要任务**',
      '',
      '内容。',
    ];
    const outline = assignAnchors(parseOutline(normalizeText(page.join('\n')).paragraphs));
    expect(outline.sections.filter((s) => s.kind !== 'heading').map((s) => [s.kind, s.number])).toEqual([
      ['l1', '一、'],
      ['l1', '二、'],
    ]);
  });

  test('HK record: the (一 ) (二 ) (三 ) items of questions and replies; a restart at (一 ) is warned, not renumbered', () => {
    const outline = outlineOf(join(structure, '06_hk-legco-hansard-20121121-excerpt.txt'));
    const items = outline.sections.filter((s) => s.kind === 'l2');
    expect(items.length).toBeGreaterThanOrEqual(6);
    // the question's long (三 ) after its titled (二 ), with no titled item after it, stays a paragraph; the reply's long (一 ) opens
    // the reply's run, whose (二 ) has a title (titledRun)
    expect(items.map((s) => [s.line, s.ordinal]).slice(0, 5)).toEqual([
      [237, 1],
      [242, 2],
      [256, 1],
      [277, 2],
      [305, 3],
    ]);
    expect(outline.warnings.some((w) => w.message.includes('repeats'))).toBe(true);
  });
});
