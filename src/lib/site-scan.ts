// One pass over every report's record for all that the site makes of the whole corpus: the report
// lists, the explorer's pages and charts, 被引用, the figures that can pair, the data parts and the
// records' digests for the cache keys (src/lib/lists.ts runs it once per build). Each record is read,
// parsed and checked once here, not once per list: what each step keeps of a report is small (a card,
// a few counts, the figures that can pair), never the report. No astro:content here, so it is tested
// alone (test/site-scan.test.ts).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ReportRecord } from '../schemas/report.ts';
import { siteView, type SiteReport } from '../schemas/site-report.ts';

/** A report of the site: its slug, its record's file and its year (the list's order). */
export interface ReportFile {
  slug: string;
  path: string;
  year: number | undefined;
}

/** A report read from its record, and the SHA-256 of the record's bytes (the cache keys name it: src/lib/page-keys.ts). */
export interface ReadReport {
  report: SiteReport;
  digest: string;
}

/** The SHA-256 of bytes as the cache keys write it (base64url). */
export const bytesDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('base64url');

/** The site view of a report from its record's text (parsed and checked with zod). */
export const parseReport = (text: string): SiteReport => siteView(ReportRecord.parse(JSON.parse(text)));

/** The site view of one report and its record's digest, from one read of the file. */
export async function readRecord(file: ReportFile): Promise<ReadReport> {
  const bytes = await readFile(file.path);
  return { report: parseReport(bytes.toString('utf8')), digest: bytesDigest(bytes) };
}

/** What a scan makes of the reports: `start` an accumulator, `add` each report to it in the list's order, `end` the result. */
export interface ScanStep<A, T> {
  start: () => A;
  add: (acc: A, report: SiteReport, file: ReportFile) => void;
  end: (acc: A) => T;
}

/** Any step (its accumulator's type is its own). */
interface AnyStep {
  start: () => unknown;
  add: (acc: never, report: SiteReport, file: ReportFile) => void;
  end: (acc: never) => unknown;
}

type Results<S extends Record<string, AnyStep>> = { [K in keyof S]: ReturnType<S[K]['end']> };

/**
 * Every step of `steps` over the reports of `files`, in their order, from one read of each record
 * (`read`); the records' digests by path beside the steps' results. Only one report is held at a time.
 */
export async function scanReports<S extends Record<string, AnyStep>>(
  files: readonly ReportFile[],
  read: (file: ReportFile) => Promise<ReadReport>,
  steps: S,
): Promise<{ results: Results<S>; digests: Map<string, string> }> {
  const entries = Object.entries(steps) as [string, ScanStep<unknown, unknown>][];
  const accs = entries.map(([, step]) => step.start());
  const digests = new Map<string, string>();
  for (const file of files) {
    const { report, digest } = await read(file);
    digests.set(file.path, digest);
    entries.forEach(([, step], k) => step.add(accs[k], report, file));
  }
  const results = Object.fromEntries(entries.map(([name, step], k) => [name, step.end(accs[k])])) as Results<S>;
  return { results, digests };
}

/**
 * `count` iterables of the reports of `files` in order, each record read once for all of them: for
 * consumers run together (Promise.all of functions that take a report, work on it and ask for the
 * next), so only the reports some consumer has not taken yet are held (one or two). A consumer run
 * after the others have finished would find every report held for it.
 */
export function sharedReads<T>(files: readonly ReportFile[], read: (file: ReportFile) => Promise<T>, count: number): AsyncIterable<T>[] {
  const pending = new Map<number, { value: Promise<T>; left: number }>();
  const take = (k: number): Promise<T> => {
    let slot = pending.get(k);
    if (!slot) pending.set(k, (slot = { value: read(files[k]!), left: count }));
    if (--slot.left === 0) pending.delete(k);
    return slot.value;
  };
  return Array.from({ length: count }, () => ({
    async *[Symbol.asyncIterator]() {
      for (let k = 0; k < files.length; k++) yield await take(k);
    },
  }));
}

/**
 * `read` keeping its last result: asked for the same file again next (a report's second script page,
 * rendered after the first), it reads nothing. One result is held.
 */
export function keepingLast<T>(read: (file: ReportFile) => Promise<T>): (file: ReportFile) => Promise<T> {
  let last: { path: string; value: Promise<T> } | undefined;
  return (file) => {
    if (last?.path !== file.path) last = { path: file.path, value: read(file) };
    return last.value;
  };
}
