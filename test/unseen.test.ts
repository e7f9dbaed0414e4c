// Texts the rules were never tuned on (test/fixtures/unseen, see its README): each decodes without
// U+FFFD, loses no character, compiles to MDX whose rendered text is the record's text with no element
// from the source, and the bad ones fail with the file named and nothing written.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, root, tempDir } from './helpers/run.ts';
import { lostFromRecord } from './helpers/accounting.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { buildReport } from '../src/pipeline/index.ts';
import { componentNames } from '../src/pipeline/emit.ts';
import { rowText, splitRow } from '../src/pipeline/clean/tables.ts';
import { elementsOf, renderMdx, textOf, type Rendered } from './helpers/render-mdx.ts';
import { readSource } from '../scripts/lib/sources.ts';

const dir = join(root, 'test/fixtures/unseen');
const bad = ['u10-empty-bom.txt', 'u11-binary.txt'];
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !bad.includes(f))
  .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
const build = (name: string) => {
  const { bytes } = texts.find((t) => t.name === name)!;
  return buildReport({ file: name, name: name.replace(/\.txt$/, ''), bytes, meta: {}, sha256: '0'.repeat(64) });
};

describe('unseen texts: decoded, nothing lost', () => {
  test('there are good and bad unseen texts', () => {
    expect(texts.length).toBeGreaterThanOrEqual(9);
  });
  test.each(texts)('$name: no U+FFFD, every character in body or cleaning', ({ name, bytes }) => {
    const { text } = decodeSource(bytes);
    expect(text).not.toContain('\ufffd');
    const { record } = build(name);
    expect(JSON.stringify(record)).not.toContain('\ufffd');
    expect(lostFromRecord(text, record)).toBe('');
  });
  test.each([
    ['u05-utf16le.txt', 'utf-16le'],
    ['u06-utf16be.txt', 'utf-16be'],
    ['u07-gb18030-rare.txt', 'gb18030'],
  ])('%s decodes as %s with its rare characters', (name, encoding) => {
    const { record } = build(name);
    expect(record.source.encoding).toBe(encoding);
    expect(record.body).toMatch(/𠀀|𪚥/u);
  });
});

describe('rules that misfired on unseen texts', () => {
  test('a Markdown table delimiter row is a table rule, not a web footer link; its cells stay text', () => {
    const { record } = build('u09-crlf-mdx-mix.txt');
    expect(record.cleaning.filter((c) => c.kind === 'table').map((c) => c.text)).toEqual(['|---|---|']);
    expect(record.cleaning.filter((c) => c.kind === 'web-nav')).toEqual([]);
    expect(record.tables.map((t) => [t.head, t.rows])).toEqual([[[['a', 'b']], [['<script>x</script>', '{y}']]]]);
  });
  test('a line of entities is text, not a tag line', () => {
    const { record } = build('u01-adversarial-headings.txt');
    expect(record.body).toContain('&nbsp;&copy;&#128512;&unknown;');
    expect(record.meta.keywords).toEqual([]);
  });
  test('a vertical tab or form feed inside a sentence becomes a space, never a control character', () => {
    const { record } = build('u02-crlf-formfeed.txt');
    expect(record.body).not.toMatch(/[\v\f]/);
    expect(record.body).toMatch(/新增科技型中小企业\s?300家/);
    expect(record.body).toMatch(/落实\s?责任分工/);
  });
});

describe('unseen texts: the MDX renders the record as text, with no element from the source', () => {
  test.each(texts.map((t) => t.name).filter((n) => /u01|u09/.test(n)))('%s', (name) => {
    const { record, mdx } = build(name);
    for (const source of Object.values(mdx)) {
      const rendered = renderMdx(source);
      const elements = new Set(elementsOf(rendered));
      // exactly the emitter's own elements, as for a plain text (u02): its components and the Markdown paragraph
      expect([...elements].filter((e) => !['p', ...componentNames.map((c) => `x-${c}`)].includes(e))).toEqual([]);
    }
    // headings reach the page as the Section's number and title props, paragraphs as text
    const rendered = renderMdx(mdx[record.script]);
    const shown = [textOf(rendered), ...propsOf(rendered)].join('\n');
    for (const line of record.body.split('\n').slice(1)) {
      const heading = record.sections.find((s) => s.number && line.startsWith(s.number) && line.slice(s.number.length).trim() === s.title);
      if (heading) expect(propsOf(rendered)).toEqual(expect.arrayContaining([heading.number, heading.title]));
      // a table's row (`| a | b |` in the body) reaches the page as its cells
      else if (record.tables.some((t) => [...t.head, ...t.rows].some((r) => rowText(r) === line))) for (const cell of splitRow(line)) expect(shown).toContain(cell);
      else expect(shown).toContain(line);
    }
  });
});

/** Every string prop of every rendered element, depth first. */
function propsOf(nodes: Rendered[]): string[] {
  return nodes.flatMap((n) => (n.type === 'text' ? [] : [...Object.values(n.props).filter((v) => typeof v === 'string'), ...propsOf(n.children)]));
}

describe('unseen bad inputs', () => {
  test('an empty (BOM-only) and a binary file fail with the file named and nothing written; the rest builds', () => {
    const out = tempDir('baogao-unseen-');
    const run = buildContent(['--sources', dir, '--out', out, '--keep-going']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/u10-empty-bom\.txt.*no text/);
    expect(run.stderr).toMatch(/u11-binary\.txt.*binary data/);
    for (const name of ['u10-empty-bom', 'u11-binary']) expect(readdirSync(out).filter((f) => f.startsWith(name))).toEqual([]);
    for (const { name } of texts) expect(existsSync(join(out, name.replace(/\.txt$/, '.json')))).toBe(true);
    // and a second build of the same sources is byte-identical
    const again = tempDir('baogao-unseen-');
    buildContent(['--sources', dir, '--out', again, '--keep-going']);
    for (const f of readdirSync(out)) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f)))).toBe(true);
  });
  test('the hostile sidecar title is read as a plain string', async () => {
    const source = await readSource(join(dir, 'u01-adversarial-headings.txt'));
    expect(source.meta.title).toBe("<script>alert('title')</script>某区报告{1+1}");
  });
});
