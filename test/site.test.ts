// The built site: both script pages of every report, lang, heading ids, search index.
import { describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ReportRecord } from '../src/schemas/report.ts';

const site = inject('site');
const records = readdirSync(site.reports)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ReportRecord.parse(JSON.parse(readFileSync(join(site.reports, f), 'utf8'))));

describe('built site', () => {
  test.each(records.flatMap((r) => (['zh-hans', 'zh-hant'] as const).map((lang) => [r.slug, lang] as const)))(
    '%s in %s: lang and every section id',
    (slug, lang) => {
      const html = readFileSync(join(site.dist, lang, slug, 'index.html'), 'utf8');
      expect(html).toContain(`<html lang="${lang === 'zh-hans' ? 'zh-Hans' : 'zh-Hant'}"`);
      const record = records.find((r) => r.slug === slug)!;
      for (const s of record.sections) expect(html).toMatch(new RegExp(`<h[2-6] id="${s.id}"`));
    },
  );

  test('search index and home pages exist', () => {
    expect(existsSync(join(site.dist, 'pagefind', 'pagefind.js'))).toBe(true);
    for (const page of ['index.html', 'zh-hans/index.html', 'zh-hant/index.html', 'zh-hans/search/index.html', 'zh-hant/search/index.html']) {
      expect(existsSync(join(site.dist, page)), page).toBe(true);
    }
  });

  test('links honour the base path', () => {
    const html = readFileSync(join(site.dist, 'zh-hans', 'index.html'), 'utf8');
    expect(html).toContain(`href="${site.base}zh-hans/suining-2021-gongzuoyaodian/"`);
  });
});
