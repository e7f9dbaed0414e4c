// docx.ts: a Word document's body as text, and decode.ts's answers to files that are not text.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../src/pipeline/decode.ts';
import { docxText, formatNumber } from '../src/pipeline/docx.ts';
import { SourceError } from '../src/pipeline/errors.ts';
import { buildReport } from '../src/pipeline/index.ts';
import { listSources, readSource, unreadFiles } from '../scripts/lib/sources.ts';
import { buildContent, tempDir } from './helpers/run.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const p = (text: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numbered = (numId: number, ilvl: number, text: string): string => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

/** A .docx of these body elements (and numbering, styles, footnotes parts when given). */
function docx(body: string, parts: { numbering?: string; styles?: string; footnotes?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.footnotes) files['word/footnotes.xml'] = strToU8(`<w:footnotes ${W}>${parts.footnotes}</w:footnotes>`);
  return zipSync(files);
}

/** The one-line form the CLI prints for a SourceError (file x.docx). */
function problem(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof SourceError) return error.format('x.docx');
    throw error;
  }
  return 'no error';
}

const level = (ilvl: number, format: string, text: string, suffix = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${suffix ? `<w:suff w:val="${suffix}"/>` : ''}</w:lvl>`;
// the outline of a Chinese report: 一、 （一） 1.
const outline = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

describe('docxText', () => {
  it('reads the paragraphs of the body, a line each, with tabs and line breaks', () => {
    const body = `${p('2025年某市政府工作报告')}<w:p><w:r><w:t>各位代表：</w:t></w:r><w:r><w:br/><w:t>现在，</w:t><w:tab/><w:t>我代表</w:t></w:r></w:p>${p('')}${p('地区生产总值增长5.7%。')}`;
    expect(docxText(docx(body))).toBe('2025年某市政府工作报告\n各位代表：\n现在，\t我代表\n\n地区生产总值增长5.7%。');
  });

  it('writes the numbers of automatic numbering as Word shows them, each level counting within its parent', () => {
    const body = [
      numbered(1, 0, '总体要求'),
      numbered(1, 1, '指导思想'),
      numbered(1, 1, '主要目标'),
      numbered(1, 2, '地区生产总值增长5%左右。'),
      numbered(1, 2, '城镇新增就业5万人。'),
      numbered(1, 0, '重点任务'),
      numbered(1, 1, '扩大有效投资'),
    ].join('');
    expect(docxText(docx(body, { numbering: outline })).split('\n')).toEqual([
      '一、总体要求',
      '（一）指导思想',
      '（二）主要目标',
      '1. 地区生产总值增长5%左右。',
      '2. 城镇新增就业5万人。',
      '二、重点任务',
      '（一）扩大有效投资',
    ]);
  });

  it("reads a paragraph's numbering from its style too, and a restarted list from its start override", () => {
    const numbering = `${outline}<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>`;
    const styles = `<w:style w:styleId="Heading1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="Mine"><w:basedOn w:val="Heading1"/></w:style>`;
    const body = `${p('发展基础', '<w:pStyle w:val="Heading1"/>')}${p('总体要求', '<w:pStyle w:val="Mine"/>')}${numbered(2, 0, '保障措施')}`;
    expect(docxText(docx(body, { numbering, styles })).split('\n')).toEqual(['一、发展基础', '二、总体要求', '三、保障措施']);
  });

  it('counts on across the lists that share one abstract definition, as Word does, unless a list overrides its start', () => {
    // numId 2 continues numId 1 (Word's 继续编号: a list broken by a paragraph of another style); numId 3 restarts at 一
    const numbering = `${outline}<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const body = [
      numbered(1, 0, '发展基础'),
      numbered(1, 0, '总体要求'),
      p('（表略）'),
      numbered(2, 0, '重点任务'),
      numbered(2, 1, '扩大有效投资'),
      numbered(3, 0, '附件说明'),
      numbered(3, 0, '附表'),
    ].join('');
    expect(docxText(docx(body, { numbering })).split('\n')).toEqual(['一、发展基础', '二、总体要求', '（表略）', '三、重点任务', '（一）扩大有效投资', '一、附件说明', '二、附表']);
  });

  it('writes a table a row a line as a Markdown table, a merged cell followed by empty cells', () => {
    const cell = (t: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(t)}</w:tc>`;
    const body = `${p('专栏1 主要指标')}<w:tbl><w:tblPr/><w:tr>${cell('指标')}${cell('单位')}${cell('目标值')}</w:tr><w:tr>${cell('地区生产总值')}${cell('亿元')}${cell('5000')}</w:tr><w:tr>${cell('注：按可比价计算', '<w:gridSpan w:val="3"/>')}</w:tr></w:tbl>`;
    expect(docxText(docx(body)).split('\n')).toEqual(['专栏1 主要指标', '| 指标 | 单位 | 目标值 |', '| 地区生产总值 | 亿元 | 5000 |', '| 注：按可比价计算 |  |  |']);
  });

  it('escapes a bar a cell holds (`A|B`), so that the cell stays one cell of its row', () => {
    const cell = (t: string): string => `<w:tc>${p(t)}</w:tc>`;
    const body = `<w:tbl><w:tr>${cell('指标|单位')}${cell('目标值')}</w:tr><w:tr>${cell('地区生产总值|亿元')}${cell('5000')}</w:tr></w:tbl>`;
    const text = docxText(docx(body));
    expect(text.split('\n')).toEqual(['| 指标\\|单位 | 目标值 |', '| 地区生产总值\\|亿元 | 5000 |']);
    const { record } = buildReport({ file: 'x.docx', name: 'x', bytes: docx(body), meta: {}, sha256: '0'.repeat(64) });
    expect(JSON.stringify(record)).toContain('地区生产总值|亿元');
  });

  it('keeps what a reader sees: not deleted text, field codes or the fallback copy of a drawing', () => {
    const body =
      `<w:p><w:r><w:t>完成</w:t></w:r><w:del><w:r><w:delText>旧的</w:delText></w:r></w:del><w:ins><w:r><w:t>全年</w:t></w:r></w:ins>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>目标。</w:t></w:r></w:p>` +
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>${p('文本框')}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>${p('文本框')}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(docxText(docx(body))).toBe('完成全年目标。\n\n文本框\n');
  });

  it("numbers a text box's paragraphs with the document's lists", () => {
    const box = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>${numbered(1, 0, '专栏')}</w:txbxContent></mc:Choice></mc:AlternateContent></w:r></w:p>`;
    expect(docxText(docx(`${numbered(1, 0, '总体要求')}${box}`, { numbering: outline })).split('\n')).toEqual(['一、总体要求', '', '二、专栏', '']);
  });

  it('puts footnotes after the body, numbered, without the separators', () => {
    const footnotes = `<w:footnote w:type="separator" w:id="-1">${p('')}</w:footnote><w:footnote w:id="1">${p('按可比价格计算。')}</w:footnote>`;
    expect(docxText(docx(`${p('增长5%。')}`, { footnotes }))).toBe('增长5%。\n注1：按可比价格计算。');
  });

  it('takes nothing of the XML as markup: text that looks like a tag or an expression stays text', () => {
    expect(docxText(docx(p('&lt;script&gt;alert(1)&lt;/script&gt; {x} import a from "b"')))).toBe('<script>alert(1)</script> {x} import a from "b"');
  });

  it('an archive that is no Word document, or no archive at all, is a SourceError that says what to do', () => {
    expect(problem(() => docxText(zipSync({ 'a.txt': strToU8('x') })))).toMatch(
      /^x\.docx: a ZIP archive without word\/document\.xml: not a Word document — save the document as \.docx/,
    );
    const broken = docx(p('x')).slice(0, 40);
    expect(() => docxText(broken)).toThrow(SourceError);
  });
});

describe('formatNumber: Word number formats', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [12, 'chineseCountingThousand', '十二'],
    [23, 'chineseCounting', '二十三'],
    [3, 'ideographTraditional', '丙'],
    [4, 'decimalEnclosedCircle', '④'],
    [7, 'decimalFullWidth', '７'],
    [28, 'lowerLetter', 'bb'],
    [14, 'upperRoman', 'XIV'],
    [5, 'decimal', '5'],
  ])('%i as %s is %s', (n, format, out) => {
    expect(formatNumber(n, format)).toBe(out);
  });
});

describe('decodeSource: files that are not text', () => {
  it('reads a .docx from its bytes, whatever its name', () => {
    expect(decodeSource(docx(p('一、总体要求')))).toEqual({ text: '一、总体要求', encoding: 'docx' });
  });

  it('names a PDF and a .doc and says what to do', () => {
    expect(problem(() => decodeSource(new TextEncoder().encode('%PDF-1.7\n…')))).toMatch(/^x\.docx:1: a PDF file — extract its text first \(e\.g\. `pdftotext/);
    expect(problem(() => decodeSource(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toMatch(
      /^x\.docx:1: a Word 97–2003 document \(\.doc\).* — save it as \.docx/,
    );
  });

  it('a real .docx (a provincial work report, corpus 238) builds: its outline and figures are read', () => {
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/corpus/238_jl-gov-work-report-2025-docx.docx', import.meta.url)));
    const { text, encoding } = decodeSource(bytes);
    expect(encoding).toBe('docx');
    expect(text.split('\n').slice(0, 3)).toEqual(['2025年吉林省政府工作报告', '来源：吉林省政府网', '——2025年1月14日在吉林省第十四届人民代表大会第四次会议上']);
    const { record } = buildReport({ file: 'jl.docx', name: 'jl', bytes, meta: {}, sha256: '0'.repeat(64) });
    expect(record.source.encoding).toBe('docx');
    expect(record.sections.filter((s) => s.level === 1).map((s) => s.number)).toEqual(['一、', '二、', '三、']);
    expect(record.indicators.length).toBeGreaterThan(50);
  });
});

describe('sources folder: a .docx is a source', () => {
  it('lists .txt, .md, .html and .docx sources (not a Word lock file, a PDF or other files), and reads a .docx with its sidecar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-docx-'));
    writeFileSync(join(dir, 'a.txt'), '一、总体要求');
    writeFileSync(join(dir, 'Report-B.docx'), docx(p('一、总体要求')));
    writeFileSync(join(dir, '~$Report-B.docx'), 'lock');
    writeFileSync(join(dir, 'c.md'), '# c');
    writeFileSync(join(dir, 'd.html'), '<p>d</p>');
    writeFileSync(join(dir, 'e.pdf'), '%PDF-1.7');
    // a repository's own files beside the sources are neither reports nor warned of
    writeFileSync(join(dir, 'README.md'), '# 说明');
    writeFileSync(join(dir, 'SOURCES.tsv'), 'file\trepo');
    writeFileSync(join(dir, 'Report-B.meta.yml'), 'region: 成都\n');
    expect((await listSources(dir)).map((f) => f.slice(dir.length + 1))).toEqual(['Report-B.docx', 'a.txt', 'c.md', 'd.html']);
    const input = await readSource(join(dir, 'Report-B.docx'));
    expect(input.name).toBe('report-b');
    expect(input.meta).toEqual({ region: '成都' });
    expect((await unreadFiles(dir)).map((f) => f.slice(dir.length + 1))).toEqual(['e.pdf']);
  });

  it('build:content builds a .docx source and warns of a PDF it does not read, saying what to do', () => {
    const dir = tempDir();
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    writeFileSync(join(sources, 'plan.docx'), docx([p('某市2025年工作要点'), p('一、总体要求'), p('全年地区生产总值增长5%左右。')].join('')));
    writeFileSync(join(sources, 'scan.pdf'), '%PDF-1.7');
    const result = buildContent(['--sources', sources, '--out', join(dir, 'out'), '--no-cache']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/scan\.pdf: warning: not read — extract its text \(e\.g\. `pdftotext -layout`\) into a \.txt beside it/);
    const record = JSON.parse(readFileSync(join(dir, 'out', 'plan.json'), 'utf8'));
    expect(record.source).toMatchObject({ file: expect.stringMatching(/plan\.docx$/), encoding: 'docx' });
    expect(record.sections[0]).toMatchObject({ number: '一、', title: '总体要求' });
  });
});
