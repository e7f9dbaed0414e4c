// The decode stage (encodings from the bytes, bad input as SourceError) and the CLI on bad files.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, root, tempDir } from './helpers/run.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { SourceError } from '../src/pipeline/errors.ts';
import { buildReport } from '../src/pipeline/index.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { encodeGbk } from '../scripts/lib/shapes.ts';

const corpus = join(root, 'test/fixtures/corpus');
const bad = join(root, 'test/fixtures/bad');
const utf8 = readFileSync(join(corpus, '04_prc-gov-work-report-2004.txt'));
const gb = readFileSync(join(corpus, '04_prc-gov-work-report-2004.gb18030.txt'));
const text = utf8.toString('utf8');

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  if (bigEndian) le.swap16();
  return new Uint8Array([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...le]);
}

/** The SourceError decodeSource throws for `bytes`. */
function failure(bytes: Uint8Array): SourceError {
  try {
    decodeSource(bytes);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('decoded without error');
}

describe('decodeSource: the encoding comes from the bytes', () => {
  test.each([
    ['utf-8', new Uint8Array(utf8)],
    ['utf-8-bom', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])],
    ['utf-16le', utf16(text, false)],
    ['utf-16be', utf16(text, true)],
    ['gb18030', new Uint8Array(gb)],
  ])('%s', (encoding, bytes) => {
    const decoded = decodeSource(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });

  test('both copies of the 2004 work report give the same record apart from source encoding and hash', () => {
    const build = (bytes: Buffer, sha: string) => buildReport({ file: 'x.txt', name: 'gov-2004', bytes: new Uint8Array(bytes), meta: {}, sha256: sha.repeat(64) });
    const a = build(utf8, 'a');
    const b = build(gb, 'b');
    expect(a.record.source.encoding).toBe('utf-8');
    expect(b.record.source.encoding).toBe('gb18030');
    const strip = (r: typeof a.record) => ({ ...r, source: { ...r.source, encoding: '', sha256: '' } });
    expect(strip(b.record)).toEqual(strip(a.record));
    expect(b.mdx).toEqual(a.mdx);
    expect(a.record.body).toContain('２００４'); // full-width digits kept as the author wrote them
  });
});

describe('decodeSource: bad input is a SourceError saying where and what to do', () => {
  test.each([
    ['empty', new Uint8Array(), /the file is empty/, undefined],
    ['whitespace only', new TextEncoder().encode(' \n\u3000\n'), /no text/, undefined],
    ['binary (NUL)', new Uint8Array(readFileSync(join(bad, 'binary.txt'))), /binary data: NUL byte at offset 8/, 3],
    ['binary (control characters)', new TextEncoder().encode('正文\n\u0001\u0002'), /binary data: control character U\+0001 on line 2/, 2],
    ['one bad byte in UTF-8 text', new Uint8Array(readFileSync(join(bad, 'undecodable.txt'))), /undecodable bytes: .*UTF-8 up to byte offset 20 \(byte 0xff\)/, 2],
    ['bad UTF-8 after a BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]), /not valid UTF-8 at byte offset 4/, 1],
    ['odd byte in UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), /not valid UTF-16LE at byte offset 4/, 1],
  ])('%s', (_, bytes, message, line) => {
    const error = failure(bytes);
    expect(error.message).toMatch(message);
    expect(error.hint.length).toBeGreaterThan(10);
    expect(error.line).toBe(line);
  });
});

describe('decodeSource: the line an error names is the line the text is read as (normalize: \\r\\n, \\r and \\n end a line)', () => {
  const enc = (s: string): number[] => [...new TextEncoder().encode(s)];
  test.each([
    ['a control character on the first line', new Uint8Array(enc('\u0001甲\n乙\n丙')), /on line 1$/, 1],
    ['a control character on the last line', new Uint8Array(enc('甲\n乙\n丙\u0001')), /on line 3$/, 3],
    ['a control character on a CRLF line', new Uint8Array(enc('甲\r\n乙\u0001\r\n丙')), /on line 2$/, 2],
    ['a control character in a text of CR line ends (an old Mac export)', new Uint8Array(enc('甲\r乙\r丙\u0001')), /on line 3$/, 3],
    ['a bad byte on the first line', new Uint8Array([0xff, ...enc('甲\n乙')]), /up to byte offset 0 \(byte 0xff\)/, 1],
    // a prefix cut inside 乙 does not decode either: the offset is the bad byte's, not where a cut character starts
    ['a bad byte on the last line', new Uint8Array([...enc('甲\n乙\n丙'), 0xff]), /up to byte offset 11 \(byte 0xff\)/, 3],
    ['a bad byte on a CRLF line', new Uint8Array([...enc('甲\r\n乙'), 0x80, ...enc('\r\n丙')]), /up to byte offset 8 \(byte 0x80\)/, 2],
    ['a bad byte after a BOM, CR line ends', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('甲\r乙\r'), 0xff, ...enc('\r丙')]), /at byte offset 11/, 3],
    ['the last character cut short (丙 less its last byte)', new Uint8Array(enc('甲\n乙\n丙').slice(0, -1)), /up to byte offset 8 \(byte 0xe4\)/, 3],
    // 上 is U+4E0A, bytes 0a 4e in UTF-16LE: a 0x0a byte that is no newline
    [
      'a lone surrogate in UTF-16 after 上',
      new Uint8Array([...utf16('上上上\n乙', false), 0x00, 0xd8, ...utf16('\n丙', false).slice(2)]),
      /not valid UTF-16LE at byte offset 12/,
      2,
    ],
  ])('%s', (_, bytes, message, line) => {
    const error = failure(bytes);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
  });
});

describe('build:content on bad files', () => {
  test('--keep-going: each bad file fails with its name and reason, nothing written for it; the good one is built', () => {
    const out = tempDir();
    const result = buildContent(['--sources', bad, '--out', out, '--keep-going']);
    expect(result.status).toBe(1);
    const errors = result.stderr.split('\n');
    expect(errors.find((l) => l.includes('empty.txt'))).toMatch(/empty\.txt: the file is empty — /);
    expect(errors.find((l) => l.includes('binary.txt'))).toMatch(/binary\.txt:3: binary data: NUL byte at offset 8 — /);
    expect(errors.find((l) => l.includes('undecodable.txt'))).toMatch(/undecodable\.txt:2: undecodable bytes: .*offset 20/);
    expect(result.stderr).toMatch(/1 of 4 sources built.*3 failed/);
    const written = readdirSync(out);
    expect(written).toEqual(expect.arrayContaining(['good-shanghai.json', 'good-shanghai.zh-Hans.mdx', 'good-shanghai.zh-Hant.mdx']));
    expect(written.filter((f) => !f.startsWith('good-shanghai.'))).toEqual([]);
  });

  test('without --keep-going the build stops at the first failure and leaves earlier output intact', () => {
    const out = tempDir();
    const result = buildContent(['--sources', bad, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('binary.txt'); // sorted: binary.txt is first
    for (const name of ['binary', 'empty', 'undecodable']) expect(existsSync(join(out, `${name}.json`))).toBe(false);
  });
});

describe("a GBK writer's ? for a character it lacked (eval:shapes crlf-gbk of dev 673, 674)", () => {
  // the record as a GBK export writes it: CRLF line ends, a ? for each no-break space (GBK has none: Python's encode('gbk', errors='replace'))
  const gbkOf = (name: string): Uint8Array => encodeGbk(readFileSync(join(corpus, name), 'utf8').replace(/\r?\n/g, '\r\n'));
  const build = (bytes: Uint8Array) => buildReport({ file: 'x.txt', name: 'x', bytes, meta: {}, sha256: '0'.repeat(64) }).record;
  test.each([
    // dev 673: `附件 :  《…》 ? ? ? 湖南能源监管办 2020 年 10 月 20 日??? 政策解读：`, the attachment's name, then the signature
    '673_hunan-energy-regulator-trading-rules-consultation-notice-2020-spider-jsonl-line.txt',
    // dev 674: `…的通知</strong>?</p>`, `附件： 《…》 ? 国家发展改革委 国 家 能 源 局 …`
    '674_ndrc-nea-oil-gas-pipeline-access-measures-cover-notice-2019-regional-site-jsonl-line.txt',
  ])('%s: the GBK record reads as the UTF-8 one (title, kind, issuer, date)', (name) => {
    const plain = build(new Uint8Array(readFileSync(join(corpus, name))));
    const gbk = build(gbkOf(name));
    for (const field of ['kind', 'issuer', 'date'] as const) expect(gbk.meta[field]).toBe(plain.meta[field]);
    expect(gbk.title).toBe(plain.title);
    expect(plain.meta.issuer).toBeDefined();
  });

  test.each([
    // set off by spaces, a tag or the line's edge: a space the writer lost, a space again (read as the no-break space was), logged
    ['附件：《某办法》 ? ? 某某局 2020年10月20日', '附件：《某办法》 \u00a0 \u00a0 某某局 2020年10月20日', 2],
    ['某某局\n???  政策解读：', '某某局\n\u00a0\u00a0\u00a0  政策解读：', 3],
    ['<p>关于印发《某办法》的通知</strong>?</p><p>?</p>', '<p>关于印发《某办法》的通知</strong>\u00a0</p><p>\u00a0</p>', 2],
    // a question mark in a word, a URL's query or after a word stays
    ['详见 index.html?id=1 页面', '详见 index.html?id=1 页面', 0],
    ['是否同意?', '是否同意?', 0],
    // between spaces in code or Latin text, a script's ternary in a page saved as GBK (dev 278's scroll handler): the script's own
    [
      `<script>\n$(this).scrollTop() > 100 ? $(".xaunfu-header").addClass('fixed') : $(".xaunfu-header").removeClass('fixed');\n</script>\n<p>关于某事的通知</p>`,
      `<script>\n$(this).scrollTop() > 100 ? $(".xaunfu-header").addClass('fixed') : $(".xaunfu-header").removeClass('fixed');\n</script>\n<p>关于某事的通知</p>`,
      0,
    ],
    // a lost space between Latin words with no ternary's `:` after it is a space (dev 350's contact line: a phone number, a no-break space, an address)
    ['“投稿联系方式：孙中豪?010-82992251 ? sunzhonghao@cert.org.cn”', '“投稿联系方式：孙中豪?010-82992251 \u00a0 sunzhonghao@cert.org.cn”', 1],
    // a JSON record's `?` on a line of its own was a space (dev 673's export): json-export reads the record's strings first, so its `\\n` is a line's edge
    ['{"title": "某某通知", "content": "<p>某某局</p>\\n ? \\n<p>政策解读：</p>"}', '{"title": "某某通知", "content": "<p>某某局</p>\\n \u00a0 \\n<p>政策解读：</p>"}', 1],
    // so too where a pretty printer sets off each key's colon (Jackson's `"key" : "value"`), which a ternary's `:` would be in the raw line
    ['{"content" : "<p>某某局</p>\\n ? \\n<p>政策解读：</p>", "title" : "某某通知"}', '{"content" : "<p>某某局</p>\\n \u00a0 \\n<p>政策解读：</p>", "title" : "某某通知"}', 1],
  ])('%s', (gbk, utf8, logged) => {
    const n = normalizeText(gbk, 'gb18030');
    expect(n.paragraphs.map((p) => p.text)).toEqual(normalizeText(utf8).paragraphs.map((p) => p.text));
    expect(n.cleaning.filter((c) => c.kind === 'encoder-replacement').reduce((k, c) => k + c.text.split('?').length - 1, 0)).toBe(logged);
  });

  test('a text in UTF-8 keeps its question marks: only a GB writer puts one for a character it lacked', () => {
    expect(normalizeText('附件：《某办法》 ? ? 某某局').paragraphs[0]!.text).toBe('附件：《某办法》 ? ? 某某局');
  });
});
