// HTML validity: the W3C Nu validator (vnu-jar, on the system Java 17) on every page of the built
// site — every page type in both scripts, the 404 page — with zero errors.
import { describe, expect, inject, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { tempDir } from '../helpers/run.ts';

const site = inject('e2eSite');
const jar = join(import.meta.dirname, '..', '..', 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface Message {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Validates HTML files in one Java run; returns the error messages. */
function validate(files: string[]): Message[] {
  const result = spawnSync(process.env.JAVA ?? 'java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
  if (result.error) throw new Error(`could not run Java for vnu.jar (${result.error.message}) — install a Java 17 runtime or set JAVA`);
  const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: Message[] };
  return report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

const pages = (readdirSync(site.dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`)).sort();

describe('HTML validity (vnu)', () => {
  test('the validator finds errors when there are some', () => {
    const dir = tempDir('baogao-vnu-');
    const bad = join(dir, 'bad.html');
    writeFileSync(bad, '<!doctype html><html lang="zh-Hans"><title>x</title><p id="a"><div id="a"></div>');
    expect(
      validate([bad])
        .map((m) => m.message)
        .join('\n'),
    ).toMatch(/Duplicate ID/);
  });

  test('every page type is present', () => {
    for (const page of ['index.html', '404.html', 'zh-hans/index.html', 'zh-hant/index.html', join('zh-hans', 'suining-2021-gongzuoyaodian', 'index.html')]) {
      expect(pages).toContain(page);
    }
  });

  test(`all ${pages.length} pages: zero errors`, () => {
    const errors = validate(pages.map((p) => join(site.dist, p))).map((m) => `${m.url.replace(/^file:.*?\/dist\//, '')}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
