// The site's one pass over the records (src/lib/site-scan.ts): each record is read once however many
// steps take it, every step sees every report in the list's order, and a record's digest is that of
// its bytes (the cache keys name it).
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readRecord, scanReports, type ReadReport, type ReportFile, type ScanStep } from '../src/lib/site-scan.ts';
import { root } from './helpers/run.ts';
import type { SiteReport } from '../src/schemas/site-report.ts';

const fakeReport = (slug: string): SiteReport => ({ slug }) as SiteReport;

/** A step that lists the slugs it was given. */
const slugs = (): ScanStep<string[], string> => ({ start: () => [], add: (acc, r) => void acc.push(r.slug), end: (acc) => acc.join(',') });

describe('scanReports', () => {
  const files: ReportFile[] = ['b', 'a', 'c'].map((slug) => ({ slug, path: `/reports/${slug}.json`, year: undefined }));

  test('reads each record once for every step, in the order given', async () => {
    const reads: string[] = [];
    const read = async (file: ReportFile): Promise<ReadReport> => {
      reads.push(file.path);
      return { report: fakeReport(file.slug), digest: `d-${file.slug}` };
    };
    const counted: ScanStep<{ n: number }, number> = { start: () => ({ n: 0 }), add: (acc) => void acc.n++, end: (acc) => acc.n };
    const { results, digests } = await scanReports(files, read, { first: slugs(), second: slugs(), count: counted });
    expect(reads).toEqual(files.map((f) => f.path));
    expect(results).toEqual({ first: 'b,a,c', second: 'b,a,c', count: 3 });
    expect([...digests]).toEqual(files.map((f) => [f.path, `d-${f.slug}`]));
  });

  test('no step: still one read a record (the digests)', async () => {
    let reads = 0;
    const { digests } = await scanReports(files, async (file) => (reads++, { report: fakeReport(file.slug), digest: file.slug }), {});
    expect(reads).toBe(3);
    expect(digests.size).toBe(3);
  });
});

describe('readRecord', () => {
  test('parses a record and digests its bytes as the cache keys do (SHA-256, base64url)', async () => {
    const path = join(root, 'test/fixtures/golden/crlf-formfeed/record.json');
    const { report, digest } = await readRecord({ slug: 'crlf-formfeed', path, year: undefined });
    expect(report.slug).toBe(JSON.parse(readFileSync(path, 'utf8')).slug);
    expect(digest).toBe(createHash('sha256').update(readFileSync(path)).digest('base64url'));
  });
});
