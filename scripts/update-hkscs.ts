// npm run update:hkscs: rewrites src/pipeline/data/hkscs-pua.json, the Hong Kong characters that
// texts carry as Private Use Area code points, from the HKSCS-2008 mapping table.
//
// The table is the HKSAR Government's (OGCIO, Common Chinese Language Interface:
// hkscs-2008-big5-iso.txt), as the hkscs_unicode_converter npm package ships it (hkscs/hkscs2008.tsv,
// a devDependency read only here and by test/hkscs-pua.test.ts). Its columns: the Big-5 code, the
// code point in ISO/IEC 10646-1:1993 and in 10646-1:2000 (a PUA code point where the character was
// not yet encoded), and in ISO/IEC 10646:2003 + Amendment (today's Unicode).
//
// Those PUA code points follow Microsoft's Big-5 EUDC convention (Windows code page 950: Big-5
// 8140–A0FE, C6A1–C8FE and FA40–FEFE run in order onto U+EEB8, U+F6B1 and U+E000 onwards), and
// software that knew only that convention stored every HKSCS character of those rows the same way,
// including the ones 10646 already had (劏, Big-5 9BD3 → U+EB7B). So each HKSCS character gets the
// PUA code point of its Big-5 code by that convention, as Node's TextDecoder('big5') (ICU's
// windows-950) decodes it, and the script stops if that ever differs from a PUA code point the table
// itself lists.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { HkscsPuaData, type HkscsPuaMapping } from '../src/schemas/hkscs.ts';

const require = createRequire(import.meta.url);
const pkg = 'hkscs_unicode_converter';
const version: string = require(`${pkg}/package.json`).version;
const tablePath = require.resolve(`${pkg}/hkscs/hkscs2008.tsv`);
const columns = ['BIG-5', 'ISO/IEC_10646-1:1993', 'ISO/IEC_10646-1:2000', 'ISO/IEC_10646:2003_Amendment'];

const [header, ...rows] = readFileSync(tablePath, 'utf8').trimEnd().split('\n');
if (header !== columns.join('\t')) throw new Error(`${tablePath}:1: expected the columns ${columns.join(', ')} — has the package changed its table? Check it before updating`);

const isPua = (cp: number): boolean => cp >= 0xe000 && cp <= 0xf8ff;
const hex = (cp: number): string => cp.toString(16).toUpperCase().padStart(4, '0');
/** A table cell: `528F`, or a sequence `<00CA,0304>`. */
const cell = (value: string): string =>
  String.fromCodePoint(
    ...value
      .replace(/^<|>$/g, '')
      .split(',')
      .map((h) => parseInt(h, 16)),
  );
const big5 = new TextDecoder('big5');

const mappings: HkscsPuaMapping[] = [];
rows.forEach((row, i) => {
  const [code, in1993, in2000, current] = row.split('\t');
  if (!code || !in1993 || !in2000 || !current) throw new Error(`${tablePath}:${i + 2}: expected 4 tab-separated columns, got ${JSON.stringify(row)}`);
  const b = parseInt(code, 16);
  const pua = big5.decode(new Uint8Array([b >> 8, b & 0xff])).codePointAt(0)!;
  for (const listed of [in1993, in2000]) {
    const cp = parseInt(listed, 16);
    if (isPua(cp) && cp !== pua)
      throw new Error(
        `${tablePath}:${i + 2}: the table gives Big-5 ${code} the PUA code point U+${listed}, the EUDC convention U+${hex(pua)} — the convention no longer holds; do not update`,
      );
  }
  // Big-5 F9D6–F9FE (Eten's extension) are ordinary Big-5 in code page 950: no PUA code point.
  if (isPua(pua)) mappings.push({ pua: hex(pua), big5: code, char: cell(current) });
});
mappings.sort((a, b) => a.pua.localeCompare(b.pua));

const source = `HKSCS-2008 mapping table of the HKSAR Government (OGCIO/CCLI hkscs-2008-big5-iso.txt) as shipped in the ${pkg}@${version} npm package (hkscs/hkscs2008.tsv): Big-5 code → ISO/IEC 10646:2003 + Amendment; the PUA code point of each Big-5 code by the Big-5 EUDC convention of code page 950 (Node's TextDecoder('big5')), which every PUA code point the table lists follows. Regenerate with npm run update:hkscs`;
const data = HkscsPuaData.parse({ source, mappings });
const out = join(import.meta.dirname, '../src/pipeline/data/hkscs-pua.json');
writeFileSync(
  out,
  `{\n  "source": ${JSON.stringify(data.source)},\n  "mappings": [\n${data.mappings.map((m) => `    ${JSON.stringify(m).replace(/":/g, '": ').replace(/,"/g, ', "')}`).join(',\n')}\n  ]\n}\n`,
);
console.log(`wrote ${data.mappings.length} PUA code points from ${rows.length} HKSCS-2008 characters (${rows.length - data.mappings.length} have no PUA code point)`);
