// hkscs-pua: Hong Kong characters stored as Private Use Area code points (README: Cleaning). The
// data file against the tables it came from, the rule on real HKSCS characters, unknown PUA
// characters, and the character accounting.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './helpers/run.ts';
import { lostCharacters, lostFromRecord } from './helpers/accounting.ts';
import data from '../src/pipeline/data/hkscs-pua.json' with { type: 'json' };
import { HkscsPuaData } from '../src/schemas/hkscs.ts';
import { hkscsByPua } from '../src/pipeline/clean/hkscs-pua.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { buildReport } from '../src/pipeline/index.ts';

const require = createRequire(import.meta.url);
const pkg = 'hkscs_unicode_converter';
const tsv = (file: string): string[][] =>
  readFileSync(require.resolve(`${pkg}/hkscs/${file}`), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
const char = (cell: string): string =>
  String.fromCodePoint(
    ...cell
      .replace(/^<|>$/g, '')
      .split(',')
      .map((h) => parseInt(h, 16)),
  );
const pua = (hex: string): string => String.fromCodePoint(parseInt(hex, 16));
const isPua = (hex: string): boolean => /^[0-9A-F]{4}$/.test(hex) && parseInt(hex, 16) >= 0xe000 && parseInt(hex, 16) <= 0xf8ff;
const { mappings, source } = HkscsPuaData.parse(data);

describe('the data file against its source (HKSCS-2008 table in the npm package)', () => {
  // columns: Big-5, ISO/IEC 10646-1:1993, ISO/IEC 10646-1:2000, ISO/IEC 10646:2003 + Amendment
  const table = tsv('hkscs2008.tsv');
  const byBig5 = new Map(table.map((r) => [r[0]!, r]));

  test('names the package and version it was generated from', () => {
    expect(source).toContain(`${pkg}@${require(`${pkg}/package.json`).version}`);
  });

  test('every entry is a HKSCS-2008 character with the table’s current code point; PUA code points are unique', () => {
    expect(table).toHaveLength(5009);
    expect(mappings).toHaveLength(4968); // all but Big-5 F9D6–F9FE (Eten), ordinary Big-5 with no PUA code point
    expect(mappings.filter((m) => char(byBig5.get(m.big5)![3]!) !== m.char)).toEqual([]);
    expect(new Set(mappings.map((m) => m.pua)).size).toBe(mappings.length);
  });

  test('every PUA code point the table lists (1993 and 2000 columns) maps to its character', () => {
    const listed = table.flatMap(([, in1993, in2000, current]) => [in1993!, in2000!].filter(isPua).map((p) => [p, char(current!)] as const));
    expect(new Set(listed.map(([p]) => p)).size).toBe(2357);
    expect(listed.filter(([p, c]) => hkscsByPua.get(pua(p))?.char !== c)).toEqual([]);
  });

  test('the HKSCS-2001 table of the same package, which lists each character’s PUA alternate, agrees with every entry it has', () => {
    // `0x9BD3  U+528F  U+EB7B  # <cjk>`: 劏 and its PUA alternate; 226 characters came after 2001
    const alternate = new Map(
      tsv('hkscs2001.tsv')
        .filter((r) => r[2])
        .map((r) => [r[0]!.slice(2), [r[1]!.slice(2), r[2]!.slice(2)]]),
    );
    const covered = mappings.filter((m) => alternate.has(m.big5));
    expect(covered).toHaveLength(4742);
    expect(covered.filter((m) => !alternate.get(m.big5)!.includes(m.pua))).toEqual([]);
  });

  test.each([
    // Big-5 EUDC rows run in order onto the PUA (code page 950): FA40 → U+E000, 8E40 → U+E311, C6A1 → U+F6B1
    ['FA40', 'E000', '𠕇'],
    ['8E40', 'E311', '𣻗'],
    ['8740', 'F266', '䏰'], // listed in the table: 1993 F266, 2000 43F0
    ['C6A1', 'F6B1', '①'],
    ['9BD3', 'EB7B', '劏'],
  ])('Big-5 %s is U+%s, %s', (big5, code, c) => {
    expect(mappings.find((m) => m.big5 === big5)).toEqual({ pua: code, big5, char: c });
    // Node's TextDecoder('big5') is ICU's windows-950, which decodes the EUDC rows to these PUA code points
    expect(new TextDecoder('big5').decode(new Uint8Array([parseInt(big5.slice(0, 2), 16), parseInt(big5.slice(2), 16)]))).toBe(pua(code));
  });
});

describe('hkscs-pua: real HKSCS characters', () => {
  test.each([
    // PUA by the Big-5 EUDC convention (the characters were in Unicode from 1993 on)
    ['EB7B', '劏', '9BD3', 'U+528F'],
    ['E88C', '埗', '96F5', 'U+57D7'],
    ['ECD1', '嘅', '9DEF', 'U+5605'],
    ['ECDA', '啲', '9DF8', 'U+5572'],
    ['E517', '鰂', '916F', 'U+9C02'],
    // PUA code points the table lists, characters encoded later (CJK Extension B, Extension A)
    ['ECD4', '𨋢', '9DF2', 'U+282E2'],
    ['ECD0', '㗎', '9DEE', 'U+35CE'],
  ])('U+%s → %s (Big-5 %s, %s)', (code, c, big5, unicode) => {
    const n = normalizeText(`第一条 深水${pua(code)}。`);
    expect(n.paragraphs.map((p) => p.text)).toEqual([`第一条 深水${c}。`]);
    expect(n.cleaning).toEqual([{ kind: 'hkscs-pua', text: pua(code), line: 1, note: `U+${code} → ${c} ${unicode} (HKSCS Big-5 ${big5})` }]);
    expect(n.warnings).toEqual([]);
  });

  test('one entry per character and line, holding every occurrence', () => {
    const text = `${pua('EB7B')}房\n深水${pua('E88C')}${pua('EB7B')}房，${pua('EB7B')}房戶`;
    const n = normalizeText(text);
    expect(n.paragraphs.map((p) => p.text).join('\n')).toBe('劏房\n深水埗劏房，劏房戶');
    expect(n.cleaning.filter((c) => c.kind === 'hkscs-pua').map((c) => [c.line, c.text, c.note])).toEqual([
      [1, pua('EB7B'), 'U+EB7B → 劏 U+528F (HKSCS Big-5 9BD3)'],
      [2, pua('E88C'), 'U+E88C → 埗 U+57D7 (HKSCS Big-5 96F5)'],
      [2, pua('EB7B').repeat(2), '2 × U+EB7B → 劏 U+528F (HKSCS Big-5 9BD3)'],
    ]);
  });

  test('a letter with a combining mark (Big-5 8862) and a character in YAML front matter', () => {
    expect(normalizeText(`第一条 ${pua('F325')}。`).paragraphs[0]!.text).toBe('第一条 \u00ca\u0304。');
    const n = normalizeText(`---\ntitle: 深水${pua('E88C')}報告\n---\n正文。`);
    expect(n.frontMatter?.data.title).toBe('深水埗報告');
    expect(n.cleaning.map((c) => [c.kind, c.line])).toEqual([
      ['front-matter', 1],
      ['hkscs-pua', 2],
    ]);
  });
});

describe('hkscs-pua: PUA characters not in the table', () => {
  test('stay in the text, with one warning naming the line and what to do', () => {
    // U+E0A5 is HKSCS-1999's duplicate of 嘅 at Big-5 FB48, dropped from the set by 2008; U+F8F0 is past every EUDC row
    const n = normalizeText(`第一条 正文。\n第二条 ${pua('E0A5')}${pua('E0A5')}和${pua('F8F0')}，${pua('EB7B')}房。`);
    expect(n.paragraphs.map((p) => p.text)).toEqual(['第一条 正文。', `第二条 ${pua('E0A5')}${pua('E0A5')}和${pua('F8F0')}，劏房。`]);
    expect(n.warnings).toEqual([
      {
        line: 2,
        message: 'private-use characters U+E0A5 ×2, U+F8F0 not in the HKSCS-2008 table, kept as written (most fonts show an empty box)',
        hint: expect.stringContaining('replace each in the source with the character it stands for'),
      },
    ]);
    expect(n.cleaning.filter((c) => c.kind === 'hkscs-pua')).toHaveLength(1);
  });

  test('a supplementary-plane PUA character is warned about too', () => {
    expect(normalizeText('第一条 \u{F0001}。').warnings.map((w) => w.message)).toEqual([
      'private-use character U+F0001 not in the HKSCS-2008 table, kept as written (most fonts show an empty box)',
    ]);
  });
});

describe('hkscs-pua: nothing lost (synthetic Hong Kong text, test/fixtures/corpus/synthetic/hk-pua-variant.txt)', () => {
  const file = join(root, 'test/fixtures/corpus/synthetic/hk-pua-variant.txt');
  const bytes = new Uint8Array(readFileSync(file));
  const text = new TextDecoder().decode(bytes);
  const { record, warnings } = buildReport({ file, name: 'x', bytes, meta: {}, sha256: '0'.repeat(64) });

  test('every PUA character is mapped and logged, or kept and warned about', () => {
    const found = text.match(/\p{Co}/gu)!;
    expect(found).toHaveLength(20);
    const logged = record.cleaning.filter((c) => c.kind === 'hkscs-pua');
    expect(logged.reduce((n, c) => n + [...c.text].length, 0)).toBe(19);
    expect(record.body.match(/\p{Co}/gu)).toEqual(['\uf8f0']);
    expect(warnings.filter((w) => w.message.startsWith('private-use')).map((w) => w.line)).toEqual([17]);
    expect(record.body).toContain('深水埗、鰂魚涌等舊區仍有大量劏房，部分位於沒有𨋢的唐樓');
    expect(record.body).toContain('我哋嘅單位好細，啲雜物都冇位擺，搬咗嚟三年都係咁㗎');
  });

  test('the body and the cleaning log account for every character of the source', () => {
    expect(lostFromRecord(text, record)).toBe('');
    // and the accounting notices a PUA character that is neither kept nor logged
    expect(
      lostCharacters(
        text,
        record.body,
        record.cleaning.filter((c) => c.kind !== 'hkscs-pua').map((c) => c.text),
      ),
    ).not.toBe('');
  });
});
