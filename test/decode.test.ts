// The decode stage (encodings from the bytes, bad input as SourceError) and the CLI on bad files.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, root, tempDir } from './helpers/run.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { SourceError } from '../src/pipeline/errors.ts';
import { buildReport } from '../src/pipeline/index.ts';

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
