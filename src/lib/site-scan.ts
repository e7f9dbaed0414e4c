// One pass over every report's record for all that the site makes of the whole corpus: the report
// lists, the explorer's pages and charts, 被引用, the figures that can pair, the data parts and the
// records' digests for the cache keys (src/lib/lists.ts runs it once per build). Each report is read,
// parsed and checked once here, not once per list: its site view from `<slug>.site.json` (not the
// record), and its record's bytes digested (not decoded) to check the view was made from them. What each
// step keeps of a report is small (a card, a few counts, the figures that can pair), never the report. No astro:content here, so it is tested
// alone (test/site-scan.test.ts).
import { readBytes, readText } from './read-file.ts';
import { bytesDigest, parseCheckedSiteFile, parseSiteFile, siteFileOf, type SiteReport } from '../schemas/site-report.ts';

export { bytesDigest };

/** A report of the site: its slug, its record's file and its year (the list's order). */
export interface ReportFile {
  slug: string;
  path: string;
  year: number | undefined;
}

/** A report read from its site-view file, and the SHA-256 of its record's bytes (the cache keys name it: src/lib/page-keys.ts). */
export interface ReadReport {
  report: SiteReport;
  digest: string;
}

/**
 * The site-view files the site's pass checked (readRecord: the schema, and the digest of the record's
 * bytes) in this process, by path. A view is checked once per build: the pages, the explorer, the
 * exports and the pairs read each view again (about five reads a report; eight before session 26), and in a build nothing
 * rewrites a view between the pass and those reads, so their checks found nothing new (the zod check
 * took 1–3 times the CPU of the JSON parse). A view the pass has not checked is checked when read.
 * Where a view can change after the pass (`npm run dev`, when build:content rewrites it), it is one
 * build:content checked as it wrote it (siteFileJson). About 100 bytes a report.
 */
const checkedViews = new Set<string>();

/**
 * The site view of a report from its site-view file `<slug>.site.json` beside the record (written by
 * build:content: src/schemas/site-report.ts), checked with zod unless the site's pass checked it; a
 * missing file fails with what to run.
 */
export async function readSiteView(file: ReportFile): Promise<SiteReport> {
  const text = await readSiteText(file.path);
  const path = siteFileOf(file.path);
  return (checkedViews.has(path) ? parseCheckedSiteFile(text, path) : parseSiteFile(text, path)).view;
}

/**
 * The text of the site-view file beside a record (`…/<slug>.json` → `…/<slug>.site.json`); a missing
 * one (content/reports written before site views, or by hand) fails naming it and what to run. The
 * records collection reads it too (src/content.config.ts).
 */
export async function readSiteText(recordPath: string): Promise<string> {
  const path = siteFileOf(recordPath);
  try {
    return readText(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${path} is missing: the site view of ${recordPath} — run npm run build:content`, { cause: error });
    throw error;
  }
}

/**
 * The site view of one report and its record's digest, for the site's pass: the view is checked with
 * zod, and the record's bytes are digested (not decoded) and must be those the view was made from, or
 * the view is stale (the record edited, or written by another build) and the build stops, naming both
 * files and what to run. The view is then known as checked (`checkedViews`).
 */
export async function readRecord(file: ReportFile): Promise<ReadReport> {
  const [bytes, text] = [readBytes(file.path), await readSiteText(file.path)];
  const path = siteFileOf(file.path);
  const site = parseSiteFile(text, path);
  const digest = bytesDigest(bytes);
  if (site.record !== digest) throw new Error(`${path} is stale: it was not made from ${file.path} as it is now — run npm run build:content`);
  checkedViews.add(path);
  return { report: site.view, digest };
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

/**
 * `read` for a list of reports that `readers` consumers (given with the list) take one after another, whole (the five files
 * of a data part: Astro renders a route's paths in order, one at a time, so a part's files come in a
 * row): the first to take a list (`key`, its `files`) reads each report and keeps it, the others
 * take what it kept, and the last lets the list go. One list is held at a time: a list asked for while
 * another is held replaces it (that one is read again if asked after). So at most one list's reports
 * are held: a data part's views, at most 1,000 at the default part size (a view is about 66 KB once
 * parsed on the bench's corpus, so about 66 MB at most, at any N), for four parses in five fewer. `key` names the list, compared
 * with ===: an object, or a string made of its files' paths when each reader has a list of its own (an explorer page's files in
 * each script).
 */
export function heldForReaders<T>(read: (file: ReportFile) => Promise<T>): (key: object | string, files: readonly ReportFile[], readers: number) => AsyncIterable<T> {
  let held: { key: object | string; values: Promise<T>[]; left: number } | undefined;
  return (key, files, readers) => ({
    async *[Symbol.asyncIterator]() {
      if (held?.key !== key) held = { key, values: [], left: readers };
      const list = held;
      list.left -= 1;
      for (let k = 0; k < files.length; k++) yield await (list.values[k] ??= read(files[k]!));
      if (list.left <= 0 && held === list) held = undefined;
    },
  });
}
