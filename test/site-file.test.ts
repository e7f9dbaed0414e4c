// The site-view file `<slug>.site.json` (src/schemas/site-report.ts): build:content writes it beside
// each record, the astro step reads it instead of the record (src/lib/site-scan.ts, src/content.config.ts).
// It is checked with its schema when written and once when read (by the site's pass; the later reads of a
// build trust that check), and a missing or stale one stops the site's pass naming the file and what to run.
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { ReportRecord } from '../src/schemas/report.ts';
import { isRecordFile } from '../src/schemas/search.ts';
import { SiteFile, parseSiteFile, siteFileJson, siteFileOf, siteFileYear, siteView } from '../src/schemas/site-report.ts';
import { readRecord, readSiteText, readSiteView, type ReportFile } from '../src/lib/site-scan.ts';
import { buildContent, root, tempDir } from './helpers/run.ts';

const golden = join(root, 'test/fixtures/golden');
const recordTexts = readdirSync(golden)
  .filter((name) => existsSync(join(golden, name, 'record.json')))
  .map((name) => readFileSync(join(golden, name, 'record.json'), 'utf8'));
const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('base64url');

/** A reports folder with one record and, unless told not to, its site view as build:content writes it. */
function folder(text = recordTexts[0]!, withView = true): ReportFile {
  const record = ReportRecord.parse(JSON.parse(text));
  const path = join(tempDir('baogao-site-file-'), `${record.slug}.json`);
  writeFileSync(path, text);
  if (withView) writeFileSync(siteFileOf(path), siteFileJson(record, text));
  return { slug: record.slug, path, year: record.meta.year };
}

describe('siteFileJson', () => {
  test('names the file beside the record, which is not a record itself', () => {
    expect(siteFileOf('/x/content/reports/a-b.json')).toBe('/x/content/reports/a-b.site.json');
    expect(['a.json', 'a.site.json', 'a.search.json'].filter(isRecordFile)).toEqual(['a.json']);
  });

  test.each(recordTexts.map((text) => [JSON.parse(text).slug as string, text]))('%s: read back, it is the site view of the record and names its bytes', (_slug, text) => {
    const record = ReportRecord.parse(JSON.parse(text));
    const json = siteFileJson(record, text);
    const file = parseSiteFile(json, 'x.site.json');
    expect(file.view).toEqual(siteView(record));
    expect(file.record).toBe(sha256(text));
    // What the pages read is what a view made from the record holds, key for key.
    expect(JSON.stringify(file.view)).toBe(JSON.stringify(SiteFile.shape.view.parse(siteView(record))));
    expect(json.length).toBeLessThan(text.length);
  });

  test('is checked with its schema when written: a record whose view breaks the schema writes nothing', () => {
    const record = ReportRecord.parse(JSON.parse(recordTexts[0]!));
    expect(() => siteFileJson({ ...record, slug: 7 as unknown as string }, recordTexts[0]!)).toThrow(/slug/);
  });
});

describe('reading site views', () => {
  test('the site pass takes the view and the digest of the record bytes', async () => {
    const file = folder();
    const { report, digest } = await readRecord(file);
    expect(report).toEqual(siteView(ReportRecord.parse(JSON.parse(recordTexts[0]!))));
    expect(digest).toBe(sha256(readFileSync(file.path)));
    expect(await readSiteView(file)).toEqual(report);
  });

  test('a missing view fails naming it, its record and what to run', async () => {
    const file = folder(undefined, false);
    const message = `${siteFileOf(file.path)} is missing: the site view of ${file.path} — run npm run build:content`;
    await expect(readRecord(file)).rejects.toThrow(message);
    await expect(readSiteView(file)).rejects.toThrow(message);
    await expect(readSiteText(file.path)).rejects.toThrow(message);
  });

  test('a stale view (the record changed after it was written) fails the site pass naming both files and what to run', async () => {
    const file = folder();
    writeFileSync(file.path, readFileSync(file.path, 'utf8').replace('"title": "', '"title": "新'));
    await expect(readRecord(file)).rejects.toThrow(`${siteFileOf(file.path)} is stale: it was not made from ${file.path} as it is now — run npm run build:content`);
  });

  test('a view left by another report fails too (the same view, another record)', async () => {
    const file = folder();
    const other = folder(recordTexts[1]);
    copyFileSync(siteFileOf(other.path), siteFileOf(file.path));
    await expect(readRecord(file)).rejects.toThrow(/is stale: .* — run npm run build:content/);
  });

  test('a view that breaks its schema fails when read, naming the file', async () => {
    const file = folder();
    const site = JSON.parse(readFileSync(siteFileOf(file.path), 'utf8'));
    delete site.view.lead;
    writeFileSync(siteFileOf(file.path), JSON.stringify(site));
    await expect(readSiteView(file)).rejects.toThrow(`${siteFileOf(file.path)} is not a site view (run npm run build:content)`);
    writeFileSync(siteFileOf(file.path), '{"record": ');
    await expect(readRecord(file)).rejects.toThrow(`${siteFileOf(file.path)} is not a site view (run npm run build:content)`);
  });

  test('a view the site pass checked is read again without its schema; one it did not check is checked when read', async () => {
    const file = folder();
    const other = folder(recordTexts[1]);
    const checks = vi.spyOn(SiteFile, 'safeParse');
    try {
      const { report } = await readRecord(file);
      expect(checks).toHaveBeenCalledTimes(1);
      // The pages, the explorer and the exports read the view again: the pass's check holds for it.
      expect(await readSiteView(file)).toEqual(report);
      // Key for key as the check gives it (the exports write what they read as JSON).
      expect(JSON.stringify(await readSiteView(file))).toBe(JSON.stringify(report));
      expect(checks).toHaveBeenCalledTimes(1);
      // A view the pass has not read: checked, and one that breaks the schema fails naming it.
      const site = JSON.parse(readFileSync(siteFileOf(other.path), 'utf8'));
      delete site.view.lead;
      writeFileSync(siteFileOf(other.path), JSON.stringify(site));
      await expect(readSiteView(other)).rejects.toThrow(`${siteFileOf(other.path)} is not a site view (run npm run build:content)`);
      expect(checks).toHaveBeenCalledTimes(2);
    } finally {
      checks.mockRestore();
    }
  });
});

describe('the records collection', () => {
  test('takes the year of a view without checking the rest of it (the site pass checks each view once)', () => {
    const text = siteFileJson(ReportRecord.parse(JSON.parse(recordTexts[0]!)), recordTexts[0]!);
    const checks = vi.spyOn(SiteFile, 'safeParse');
    try {
      expect(siteFileYear(text, 'x.site.json')).toBe(JSON.parse(text).view.meta.year);
      expect(checks).not.toHaveBeenCalled();
    } finally {
      checks.mockRestore();
    }
    expect(siteFileYear('{"record":"x","view":{"meta":{}}}', 'x.site.json')).toBeUndefined();
    expect(() => siteFileYear('{"record": ', 'x.site.json')).toThrow('x.site.json is not a site view (run npm run build:content)');
    expect(() => siteFileYear('{"view":{"meta":{"year":"2021"}}}', 'x.site.json')).toThrow('x.site.json is not a site view (run npm run build:content)');
  });
});

describe('build:content', () => {
  test('writes each report’s site view beside its record, made from it; a removed source’s view goes with its record', () => {
    const sources = tempDir('baogao-site-src-');
    const names = ['suining-2021-gongzuoyaodian', 'chengdu-2015-xiaoyuandi-xietong'];
    for (const name of names) for (const ext of ['.txt', '.meta.yml']) copyFileSync(join(root, 'content/sources', `${name}${ext}`), join(sources, `${name}${ext}`));
    const out = tempDir('baogao-site-out-');
    const build = () => buildContent(['--sources', sources, '--out', out, '--quiet', '--no-cache']);
    expect(build().status).toBe(0);
    const records = readdirSync(out).filter(isRecordFile).sort();
    expect(records).toHaveLength(2);
    for (const name of records) {
      const text = readFileSync(join(out, name), 'utf8');
      const site = parseSiteFile(readFileSync(siteFileOf(join(out, name)), 'utf8'), name);
      expect(site.record).toBe(sha256(text));
      expect(site.view).toEqual(siteView(ReportRecord.parse(JSON.parse(text))));
    }
    const gone = records[0]!.slice(0, -'.json'.length);
    const source = (JSON.parse(readFileSync(join(out, `${gone}.json`), 'utf8')) as ReportRecord).source.file.replace(/\.txt$/, '');
    for (const ext of ['.txt', '.meta.yml']) rmSync(join(sources, `${source}${ext}`));
    expect(build().status).toBe(0);
    expect(readdirSync(out).filter((n) => n.startsWith(`${gone}.`))).toEqual([]);
    expect(readdirSync(out).filter((n) => n.endsWith('.site.json'))).toHaveLength(1);
  });
});
