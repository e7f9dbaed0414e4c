// Nothing lost: every non-space character of a decoded source ends up in the record's body or in a
// cleaning entry. Precisely: let chars(s) be the multiset of code points of s that are not
// whitespace (JavaScript \s: spaces, tabs, newlines, U+3000, U+FEFF…). Then for every code point c,
//   count(c, decoded source) ≤ count(c, body) + Σ count(c, cleaning[i].text).
// (≤, not =: a photo credit is kept in the body and also logged.) Checked on the seed reports, on
// every corpus text, and on shuffled cuts of them, so rules meet lines in orders they were not tuned on.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, root, tempDir } from './helpers/run.ts';
import { ReportRecord } from '../src/schemas/report.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { buildReport } from '../src/pipeline/index.ts';

/** Code points of `text` that are not whitespace, with their counts. */
function countChars(text: string, into = new Map<string, number>()): Map<string, number> {
  for (const ch of text) if (!/\s/u.test(ch)) into.set(ch, (into.get(ch) ?? 0) + 1);
  return into;
}

/** Characters of `source` not accounted for by `kept` plus `logged`: '' when nothing is lost. */
export function lostCharacters(source: string, kept: string, logged: string[]): string {
  const have = countChars(kept);
  for (const t of logged) countChars(t, have);
  let lost = '';
  for (const [ch, n] of countChars(source)) if ((have.get(ch) ?? 0) < n) lost += ch.repeat(n - (have.get(ch) ?? 0));
  return lost;
}

const dirs = [join(root, 'content/sources'), join(root, 'test/fixtures/corpus')];
const texts = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) })),
);

describe('the accounting itself', () => {
  test('reports a character that is neither kept nor logged', () => {
    expect(lostCharacters('甲乙丙 丁', '甲丙', ['丁'])).toBe('乙');
    expect(lostCharacters('甲甲', '甲', [])).toBe('甲');
    expect(lostCharacters('甲 \u3000\n乙', '甲乙', [])).toBe('');
  });
});

describe('nothing lost: seeds and corpus', () => {
  test('there are seeds and corpus texts to check', () => {
    expect(texts.length).toBeGreaterThanOrEqual(12);
  });

  test.each(texts)('$name: every character is in body or cleaning', ({ name, bytes }) => {
    const { record } = buildReport({ file: name, name: 'x', bytes, meta: {}, sha256: '0'.repeat(64) });
    const { text } = decodeSource(bytes);
    expect(lostCharacters(text, record.body, record.cleaning.map((c) => c.text))).toBe('');
    expect(record.body).not.toContain('\ufffd');
    // and the cleaning actually did something on these real texts, or the test would prove nothing
    expect(record.body.length).toBeGreaterThan(500);
  });
});

/** Small deterministic PRNG (mulberry32) so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('nothing lost: shuffled cuts of the texts', () => {
  const cases = texts.flatMap(({ name, bytes }, i) => {
    const lines = decodeSource(bytes).text.split('\n');
    const rnd = random(1000 + i);
    return Array.from({ length: 4 }, (_, k) => {
      // a random window of lines, some lines repeated, blank lines sprinkled in, the order shuffled in blocks
      const start = Math.floor(rnd() * lines.length);
      const window = lines.slice(start, start + 20 + Math.floor(rnd() * 80));
      const out: string[] = [];
      for (const line of window) {
        out.push(line);
        if (rnd() < 0.15) out.push('');
        if (rnd() < 0.05) out.push(line);
      }
      if (k % 2) out.reverse();
      return { name: `${name} #${k}`, text: out.join(k === 3 ? '\r\n' : '\n') };
    });
  });
  test.each(cases)('$name', ({ text }) => {
    const n = normalizeText(text);
    const body = n.paragraphs.map((p) => p.text).join('\n');
    expect(lostCharacters(text, body, n.cleaning.map((c) => c.text))).toBe('');
  });
});

describe('build:content on the corpus fixtures', () => {
  const corpus = join(root, 'test/fixtures/corpus');
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
  let out = '';
  const record = (file: string): ReportRecord =>
    ReportRecord.parse(JSON.parse(readFileSync(join(out, `${file.replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-')}.json`), 'utf8')));

  test('every text builds', () => {
    out = tempDir();
    const result = buildContent(['--sources', corpus, '--out', out]);
    expect(result.stderr.split('\n').filter((l) => !l.includes('warning:') && l.trim())).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${files.length} of ${files.length} sources built`);
  });

  test.each(files)('%s: no U+FFFD, characters accounted for', (file) => {
    const r = record(file);
    expect(r.body).not.toContain('\ufffd');
    const text = decodeSource(new Uint8Array(readFileSync(join(corpus, file)))).text;
    expect(lostCharacters(text, r.body, r.cleaning.map((c) => c.text))).toBe('');
  });

  test('the named noise is gone from body', () => {
    const tj = record('05_tj-demand-response-notice.txt');
    for (const nav of ['简体', '无障碍', '网站地图', '版权所有', '津ICP备', '- 1 -']) expect(tj.body).not.toContain(nav);
    const hk = record('06_hk-legco-hansard-20121121-excerpt.txt');
    expect(hk.body).not.toContain('立法會  ─  2012年 11月 21日');
    expect(hk.cleaning.filter((c) => c.kind === 'page-number')).toHaveLength(24);
    const sh = record('01_sh-large-instrument-sharing-rules.txt');
    expect(sh.body).not.toContain('<!--');
    expect(sh.sections.filter((s) => s.kind === 'article')).toHaveLength(18);
  });
});
