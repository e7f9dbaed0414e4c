// The content CLI on bad input: one clear line per bad source (file, line or field, what to do),
// nothing written for it, other outputs unchanged, and no half-written file after a failure or a kill.
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildContent, root, tempDir } from './helpers/run.ts';
import { removeLeftovers, writeAtomic } from '../scripts/lib/io.ts';

const seeds = join(root, 'content/sources');
const good = 'chengdu-2020-kejichuangxin';
const goodText = readFileSync(join(seeds, `${good}.txt`));

/** A sources folder with one good seed plus the given extra files. */
function sourcesWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('baogao-bad-');
  copyFileSync(join(seeds, `${good}.txt`), join(dir, `${good}.txt`));
  if (existsSync(join(seeds, `${good}.meta.yml`))) copyFileSync(join(seeds, `${good}.meta.yml`), join(dir, `${good}.meta.yml`));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const report = '成都市2021年科技工作要点\n一、总体要求\n全年研发投入增长10%。\n';

/** [case, files, expected stderr line (regex), slug that must not be written]. */
const badInputs: [string, Record<string, string | Uint8Array>, RegExp, string][] = [
  ['empty file', { 'empty.txt': '' }, /^\S*empty\.txt: the file is empty — add the report text or remove the file$/m, 'empty'],
  [
    'binary file',
    { 'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) },
    /^\S*binary\.txt:3: binary data: NUL byte at offset 8 — sources must be plain text .*export the document as \.txt$/m,
    'binary',
  ],
  [
    'a damaged ZIP archive (a .docx cut short)',
    { 'cut.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00, 0x00, 0x00, 0x08, 0x00]) },
    /^\S*cut\.docx: a ZIP archive that cannot be read \(.*\) — save the document again as \.docx \(Word or LibreOffice\), or as \.txt$/m,
    'cut',
  ],
  [
    'undecodable bytes',
    // the first 0xff stands at byte offset 31 (7 characters of 3 bytes, the newline, 3 more): the offset the message names is the bad
    // byte's own (review30a's decode fix; 30, pinned before, was the last byte of 行, a good one)
    { 'broken.txt': new Uint8Array([...utf8('成都市科技工作\n第二行'), 0xff, 0xff, 0x41]) },
    /^\S*broken\.txt:2: undecodable bytes: not valid UTF-8 or GB18030\b.*\bbyte offset 31 \(byte 0xff\).* — save the file as UTF-8/m,
    'broken',
  ],
  ['a 10 MB file', { 'huge.txt': utf8('科技创新工作情况。\n'.repeat(400_000)) }, /^\S*huge\.txt: the file is 10\.\d MB, over the 8 MB limit — split the document/m, 'huge'],
  [
    'sidecar with a wrong type',
    { 'typed.txt': report, 'typed.meta.yml': 'title: 成都\nyear: [2021]\n' },
    /^\S*typed\.meta\.yml:2: field "year": .* — fix the value of "year"/m,
    'typed',
  ],
  [
    'sidecar with an unknown field',
    { 'extra.txt': report, 'extra.meta.yml': 'title: 成都\nauthor: x\n' },
    /^\S*extra\.meta\.yml:2: field "author": .* — remove it; allowed fields are/m,
    'extra',
  ],
  ['sidecar with broken YAML', { 'yaml.txt': report, 'yaml.meta.yml': 'title: [成都\n' }, /^\S*yaml\.meta\.yml:2: invalid YAML: .* — fix the YAML syntax$/m, 'yaml'],
  [
    'two sources with the same slug',
    { 'zz-copy.txt': goodText, 'zz-copy.meta.yml': `slug: ${good}\n` },
    new RegExp(`^\\S*zz-copy\\.txt: slug "${good}" is already used by \\S*${good}\\.txt — rename one of the files or set a different slug`, 'm'),
    'zz-copy',
  ],
];

describe('build:content on bad input', () => {
  test('a folder named like a source, and a sidecar that is a folder, are explained', () => {
    const sources = sourcesWith({ 'b.txt': report });
    mkdirSync(join(sources, 'a-folder.txt'));
    mkdirSync(join(sources, 'b.meta.yml'));
    const out = tempDir('baogao-out-');
    const result = buildContent(['--sources', sources, '--out', out, '--keep-going', '--no-cache']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^\S*a-folder\.txt: this is a folder, not a text file — move it out of the sources folder or rename it$/m);
    expect(result.stderr).toMatch(/^\S*b\.meta\.yml: cannot read the file \(EISDIR\) — check that it exists and is readable$/m);
    expect(readdirSync(out).filter((n) => n.startsWith('b.') || n.startsWith('a-folder.'))).toEqual([]);
  });

  // Every bad input of the table beside the good seed, built in one run (the good seed is processed
  // once, not once per case); each case checks its own line and outputs.
  let all: { result: ReturnType<typeof buildContent>; out: string };
  beforeAll(() => {
    const sources = sourcesWith(Object.assign({}, ...badInputs.map(([, files]) => files)));
    const out = tempDir('baogao-out-');
    all = { result: buildContent(['--sources', sources, '--out', out, '--keep-going', '--no-cache']), out };
  });

  test('one run: every bad input fails, alone, and the good source is built', () => {
    expect(all.result.status).toBe(1);
    expect(all.result.stderr).toMatch(new RegExp(`build:content: 1 of ${badInputs.length + 1} sources built .* ${badInputs.length} failed`));
  });

  test.each(badInputs)('%s: clear error, nothing written for it, the good source built', (_name, _files, message, slug) => {
    expect(all.result.stderr).toMatch(message);
    const written = readdirSync(all.out);
    expect(written.filter((n) => n.startsWith(`${slug}.`))).toEqual([]);
    expect(written).toContain(`${good}.zh-Hans.mdx`);
    expect(written.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('a .txt and a .docx of one name share one sidecar: the clash says to rename one of them', () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>某市工作要点</w:t></w:r></w:p></w:body></w:document>') });
    const sources = sourcesWith({ 'twin.txt': report, 'twin.docx': docx });
    const result = buildContent(['--sources', sources, '--out', tempDir('baogao-out-'), '--keep-going', '--no-cache']);
    expect(result.stderr).toMatch(/^\S*twin\.txt: slug "twin" is already used by \S*twin\.docx — the two files share one name \(and one \.meta\.yml\): rename one of them$/m);
  });

  /** Builds `sources`, adds an empty source named `bad`, builds again: the second build fails and leaves every output as it was. */
  function failingBuildKeepsOutputs(sources: string, bad: string): void {
    const out = tempDir('baogao-out-');
    expect(buildContent(['--sources', sources, '--out', out, '--no-cache']).status).toBe(0);
    const files = () => Object.fromEntries(readdirSync(out).map((n) => [n, readFileSync(join(out, n))]));
    const before = files();
    writeFileSync(join(sources, bad), '');
    const result = buildContent(['--sources', sources, '--out', out, '--no-cache']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${bad}: the file is empty`);
    expect(files()).toEqual(before);
  }

  test('a failing build leaves earlier outputs byte-identical and writes nothing half', () => {
    failingBuildKeepsOutputs(sourcesWith({}), 'aa-empty.txt');
  });

  test('a build stopped by a failure rewrites no report that cites another (its citations would miss the reports after the failure)', () => {
    // suining-2022-gongzuoyaodian cites suining-keji-tiaoli, which sorts after the failing source.
    const sources = tempDir('baogao-cite-');
    const site = join(root, 'test/fixtures/references/site');
    for (const name of readdirSync(site)) copyFileSync(join(site, name), join(sources, name));
    failingBuildKeepsOutputs(sources, 'suining-3-empty.txt');
  });

  test('a missing sources folder and an empty one are explained', () => {
    const missing = buildContent(['--sources', join(tempDir(), 'nope'), '--out', tempDir(), '--no-cache']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope: cannot read the sources folder — check --sources/);
    const empty = buildContent(['--sources', tempDir(), '--out', tempDir(), '--no-cache']);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/no sources found \(\.txt, \.md, \.html, \.docx\) — add a report text or point --sources at the right folder/);
  });

  test('an unknown option prints the usage and exits 2', () => {
    const result = buildContent(['--frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage: npm run build:content/);
  });
});

describe('atomic writes', () => {
  test('a failed rename leaves no temp file and the old content in place', async () => {
    const dir = tempDir();
    const target = join(dir, 'x.mdx');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'old');
    await expect(writeAtomic(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['x.mdx']);
    expect(readFileSync(join(target, 'keep'), 'utf8')).toBe('old');
  });

  test('removeLeftovers removes only writeAtomic temp files', async () => {
    const dir = tempDir();
    for (const n of ['a.json', 'a.json.0123456789ab.tmp', 'b.tmp', 'c.zh-Hans.mdx.abcdefabcdef.tmp']) writeFileSync(join(dir, n), 'x');
    expect((await removeLeftovers(dir)).sort()).toEqual(['a.json.0123456789ab.tmp', 'c.zh-Hans.mdx.abcdefabcdef.tmp']);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.tmp']);
  });

  // What a whole build of the seeds writes: the test site's content step (test/setup/site.ts).
  const reference = inject('site').reports;

  test.each([200, 700])('a build killed after %i ms leaves only complete files, and the next build cleans up', async (ms) => {
    const out = tempDir('baogao-killed-');
    const child = spawn(process.execPath, [join(root, 'scripts/build-content.ts'), '--sources', seeds, '--out', out, '--no-cache', '--quiet'], { cwd: root, stdio: 'ignore' });
    // Listen before killing: on a fast machine the build may finish before `ms` (then there is
    // nothing to interrupt, and the checks below still hold).
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, ms));
    child.kill('SIGKILL');
    await exited;
    for (const name of readdirSync(out).filter((n) => !n.endsWith('.tmp'))) {
      expect(readFileSync(join(out, name)).equals(readFileSync(join(reference, name))), name).toBe(true);
    }
    expect(buildContent(['--sources', seeds, '--out', out, '--no-cache', '--quiet']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(readdirSync(reference).sort());
  });
});
