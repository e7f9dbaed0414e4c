// The site view of a report record (src/schemas/site-report.ts), which the records collection keeps
// instead of the full record: what pages and exports read stays, the rest is left on disk.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { LEAD_CHARS, ReportRecord } from '../src/schemas/report.ts';
import { SiteReport, siteView } from '../src/schemas/site-report.ts';

const site = inject('site');
const records = readdirSync(site.reports)
  .filter((f) => /^[^.]+\.json$/.test(f))
  .map((f) => ReportRecord.parse(JSON.parse(readFileSync(join(site.reports, f), 'utf8'))));

describe('siteView', () => {
  test('the fixture site has records with bodies, warnings and references to check', () => {
    expect(records.length).toBeGreaterThan(3);
    expect(records.some((r) => r.warnings.length > 0)).toBe(true);
    expect(records.some((r) => r.references.some((ref) => ref.target.slug === undefined))).toBe(true);
  });

  test.each(records.map((r) => [r.slug, r] as const))('%s: no body, tables or warnings; the lead, the warning count and the references to other reports', (_slug, record) => {
    const view = siteView(record);
    expect(SiteReport.parse(view)).toEqual(view);
    expect(view).not.toHaveProperty('body');
    expect(view).not.toHaveProperty('tables');
    expect(view).not.toHaveProperty('warnings');
    expect(view.lead).toBe(record.body.slice(0, LEAD_CHARS));
    if (record.variant) expect(view.variant!.lead.length).toBe(view.lead.length);
    expect(view.warningCount).toBe(record.warnings.length);
    expect(view.references).toEqual(record.references.filter((ref) => ref.target.slug && ref.target.slug !== record.slug));
    const { body: _b, tables: _t, warnings: _w, references: _r, ...kept } = record;
    expect(view).toMatchObject(kept);
  });

  test('a view is much smaller than its record', () => {
    const bytes = (x: unknown) => JSON.stringify(x).length;
    const full = records.reduce((n, r) => n + bytes(r), 0);
    const views = records.reduce((n, r) => n + bytes(siteView(r)), 0);
    expect(views).toBeLessThan(0.75 * full);
  });
});

// What the content layer holds for the whole astro step. Astro keeps its store in <cacheDir>/data-store.json
// (astro.config.ts sets cacheDir to `<dist>-cache`), and bundles it into the build: if an Astro
// upgrade moves it, this contract fails here, not silently.
describe('the records collection', () => {
  const store = join(`${site.dist}-cache`, 'data-store.json');
  test('holds each record’s file, not its data: no title or figure of a report is in the store', () => {
    const text = readFileSync(store, 'utf8');
    for (const r of records) {
      expect(text, r.slug).toContain(`${r.slug}.json`);
      expect(text, r.slug).not.toContain(JSON.stringify(r.title).slice(1, -1));
      for (const ind of r.indicators.slice(0, 5)) expect(text, `${r.slug} ${ind.id}`).not.toContain(JSON.stringify(ind.text).slice(1, -1));
    }
    expect(text.length / records.length).toBeLessThan(2_000);
  });
});
