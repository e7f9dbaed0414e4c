// The site's one pass over the records (src/lib/site-scan.ts): each record is read once however many
// steps take it, every step sees every report in the list's order, and a record's digest is that of
// its bytes (the cache keys name it).
import { describe, expect, test } from 'vitest';
import { heldForReaders, keepingLast, scanReports, sharedReads, type ReadReport, type ReportFile, type ScanStep } from '../src/lib/site-scan.ts';
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

describe('sharedReads', () => {
  const files: ReportFile[] = ['a', 'b', 'c', 'd'].map((slug) => ({ slug, path: `/reports/${slug}.json`, year: undefined }));

  test('consumers run together get every report in order from one read of each, holding one or two', async () => {
    const reads: string[] = [];
    let open = 0;
    let mostOpen = 0;
    const read = async (file: ReportFile) => {
      reads.push(file.slug);
      mostOpen = Math.max(mostOpen, ++open);
      return { slug: file.slug, close: () => open-- };
    };
    const shared = sharedReads(files, read, 3);
    const seen: string[][] = [[], [], []];
    // The last consumer closes each report (the others have taken it by then or take it next).
    await Promise.all(
      shared.map(async (reports, k) => {
        for await (const r of reports) {
          seen[k]!.push(r.slug);
          if (k === 2) r.close();
        }
      }),
    );
    expect(reads).toEqual(['a', 'b', 'c', 'd']);
    expect(seen).toEqual([files.map((f) => f.slug), files.map((f) => f.slug), files.map((f) => f.slug)]);
    expect(mostOpen).toBeLessThanOrEqual(2);
  });
});

describe('keepingLast', () => {
  test('the same file asked again next is not read again; another file is', async () => {
    const reads: string[] = [];
    const read = keepingLast(async (file: ReportFile) => (reads.push(file.slug), file.slug));
    const file = (slug: string): ReportFile => ({ slug, path: `/reports/${slug}.json`, year: undefined });
    expect([await read(file('a')), await read(file('a')), await read(file('b')), await read(file('a'))]).toEqual(['a', 'a', 'b', 'a']);
    expect(reads).toEqual(['a', 'b', 'a']);
  });
});

describe('heldForReaders', () => {
  const file = (slug: string): ReportFile => ({ slug, path: `/reports/${slug}.json`, year: undefined });
  const collect = async (list: AsyncIterable<string>): Promise<string[]> => {
    const out: string[] = [];
    for await (const value of list) out.push(value);
    return out;
  };

  test('a list taken by its readers one after another (the five files of a data part) is read once, then let go', async () => {
    const reads: string[] = [];
    const reports = heldForReaders(async (f: ReportFile) => (reads.push(f.slug), f.slug));
    const part = [file('a'), file('b')];
    for (let k = 0; k < 3; k++) expect(await collect(reports(part, part, 3))).toEqual(['a', 'b']);
    expect(reads).toEqual(['a', 'b']);
    // After its last reader the list is no longer held: a fourth reads again.
    expect(await collect(reports(part, part, 3))).toEqual(['a', 'b']);
    expect(reads).toEqual(['a', 'b', 'a', 'b']);
  });

  test('an explorer page: each script has its own list of the same files, one key made of their paths, read once for both', async () => {
    const reads: string[] = [];
    const reports = heldForReaders(async (f: ReportFile) => (reads.push(f.slug), f.slug));
    const page = (...slugs: string[]) => slugs.map(file);
    const key = (files: ReportFile[]) => files.map((f) => f.path).join('\n');
    for (const slugs of [['a', 'b'], ['c']]) {
      for (const files of [page(...slugs), page(...slugs)]) expect(await collect(reports(key(files), files, 2))).toEqual(slugs);
    }
    expect(reads).toEqual(['a', 'b', 'c']);
  });

  test('one list is held at a time: another list replaces it, and the first is read again if asked', async () => {
    const reads: string[] = [];
    const reports = heldForReaders(async (f: ReportFile) => (reads.push(f.slug), f.slug));
    const [one, two] = [[file('a')], [file('b')]];
    await collect(reports(one, one, 2));
    await collect(reports(two, two, 2));
    await collect(reports(one, one, 2));
    expect(reads).toEqual(['a', 'b', 'a']);
  });
});

// readRecord (the site view from `<slug>.site.json`, the record's bytes digested and checked against it): test/site-file.test.ts.
