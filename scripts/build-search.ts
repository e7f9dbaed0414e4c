// build-search: the search documents build:content wrote (<reports>/<slug>.search.json: each
// report's sections as both pages show them) → one synthetic HTML page per report (folded text,
// sections as anchors), indexed with the Pagefind Node API into <dist>/pagefind/ (a site of more
// than $BAOGAO_SEARCH_SHARD reports, default 2,000: one bundle per shard of that many, the first
// there, the others under <dist>/pagefind/s/<k>/, merged by the browser); then, from
// Pagefind's fragments (page id, anchors' word positions), the windows <dist>/pagefind/w/ (each
// report's sections in either script, cut at fixed word positions), facets.json (region, year, kind
// of every page id) and baogao.json (fold table, window size). The fragments are removed after.
// Reports are read one at a time, three times (fold table, index, windows; checked with their schema
// on the first read only): nothing of a report is kept once it is added, so memory does not grow with the site; Pagefind's own process holds the
// index of one shard, and is ended after each.
//   node scripts/build-search.ts [dist]      reports from $BAOGAO_REPORTS (default content/reports)
import * as pagefind from 'pagefind';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { SearchDocument, SEARCH_FILE_SUFFIX, isRecordFile, searchFileName } from '../src/schemas/search.ts';
import { getOpenccConverter } from '../src/pipeline/variants.ts';
import { RECORD_LANGUAGE, SEARCH_SHARD, WINDOW, buildFoldTable, buildSearchPage, buildWindows, documentTexts } from '../src/search/records.ts';
import { shardPath, windowFile, type FacetTable, type SiteData } from '../src/search/engine.ts';
import { traditionalWindowFile } from '../src/search/window-diff.ts';
import { encodeFold } from '../src/search/text.ts';
import { readFragment, wordCount } from './lib/pagefind-fragment.ts';
import { minifyScript } from './lib/minify.ts';

const dist = resolve(process.argv[2] ?? process.env.BAOGAO_DIST ?? 'dist');
const reportsDir = resolve(process.env.BAOGAO_REPORTS ?? 'content/reports');

function fail(message: string): never {
  console.error(`build-search: ${message}`);
  process.exit(1);
}

/**
 * Waits until Pagefind's output in `dir` is whole: every compressed file (.pagefind, .pf_*) gunzips
 * and no file size changed between two looks 100 ms apart. Pagefind answers writeFiles while its
 * last writes can still be in flight, and pagefind.close() kills it: about one build in eight had a
 * truncated wasm.unknown.pagefind, so the search page (and test/search.test.ts) failed to start
 * with "invalid gzip data".
 */
async function waitForWholeFiles(dir: string, limitMs = 30_000): Promise<void> {
  const whole = new Map<string, number>();
  let previous = '';
  for (const started = Date.now(); Date.now() - started < limitMs; await new Promise((done) => setTimeout(done, 100))) {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => join(f.parentPath, f.name));
    const sizes = files.map((file) => [file, statSync(file).size] as const);
    const broken = sizes.filter(([file, size]) => {
      if (!/\.(pagefind|pf_\w+)$/.test(file) || whole.get(file) === size) return false;
      try {
        gunzipSync(readFileSync(file));
        whole.set(file, size);
        return false;
      } catch {
        return true;
      }
    });
    const now = JSON.stringify(sizes);
    if (!broken.length && now === previous) return;
    previous = now;
  }
  fail(`${dir}: Pagefind's files were still incomplete after ${limitMs / 1000} s — run the build again`);
}

const names = readdirSync(reportsDir);
// Sorted by file name, which orders the reports as their records' names do (`a-b` before `a`): the
// order Pagefind has always been given them in.
const files = names.filter((f) => f.endsWith(SEARCH_FILE_SUFFIX)).sort();
const present = new Set(files);
const missing = names.filter(isRecordFile).filter((f) => !present.has(searchFileName(f.slice(0, -'.json'.length))));
if (missing.length)
  fail(`${join(reportsDir, missing[0]!)} has no search document beside it (${searchFileName(missing[0]!.slice(0, -'.json'.length))}) — run npm run build:content`);
if (!files.length) fail(`no search documents (*${SEARCH_FILE_SUFFIX}) in ${reportsDir} — run npm run build:content first`);

/**
 * The documents checked with their schema in this run (the fold table's pass reads every one first).
 * The page's and the windows' passes read a document again, as nothing of a report is kept (memory
 * does not grow with the site), but parse it only: nothing rewrites content/reports during the step,
 * and the pages and windows read a document's fields by name, so a parsed one gives them what the
 * checked one gave (the check adds up to half the CPU of a read and parse: docs/benchmarks.md, session
 * 26). About 60 bytes a report.
 */
const checkedDocuments = new Set<string>();

/** A search document: checked with its schema on its first read in this run, parsed only after that. */
function readDocument(file: string): SearchDocument {
  const path = join(reportsDir, file);
  let json;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`${path}: ${(error as Error).message} — run npm run build:content`);
  }
  if (checkedDocuments.has(path)) return json as SearchDocument;
  const parsed = SearchDocument.safeParse(json);
  if (!parsed.success) fail(`${path}: not a search document (${parsed.error.message}) — run npm run build:content`);
  checkedDocuments.add(path);
  return parsed.data;
}

/** Every text of every report, one report in memory at a time. */
function* allTexts(): Generator<string> {
  for (const file of files) yield* documentTexts(readDocument(file));
}

const fold = buildFoldTable(allTexts(), [getOpenccConverter('tw2s'), getOpenccConverter('hk2s'), getOpenccConverter('t2s')]);

/**
 * One Pagefind bundle per shard of at most `shardSize` reports, in file order: shard 0 in
 * <dist>/pagefind/ (the bundle the browser loads), shard k ≥ 1 in <dist>/pagefind/<shardPath(k)>,
 * which the engine merges in (Pagefind's mergeIndex). Pagefind's process holds a shard's index
 * until it writes it; it is closed after each shard, so its memory is bounded by the shard, not the
 * site. A site of at most `shardSize` reports is one bundle, as it always was.
 */
const shardSize = process.env.BAOGAO_SEARCH_SHARD ? Number(process.env.BAOGAO_SEARCH_SHARD) : SEARCH_SHARD;
if (!Number.isInteger(shardSize) || shardSize < 1) fail(`BAOGAO_SEARCH_SHARD=${process.env.BAOGAO_SEARCH_SHARD}: not a whole number of reports (1 or more)`);
const bundle = join(dist, 'pagefind');
rmSync(bundle, { recursive: true, force: true });

/**
 * Pages sent to Pagefind before the first of them is indexed (each waits in its process as text), so
 * that this process makes the next page while Pagefind indexes one (BAOGAO_SEARCH_AHEAD=1: one at a
 * time, as before; the output is the same, test/search-shards.test.ts).
 */
const PAGES_AHEAD = process.env.BAOGAO_SEARCH_AHEAD ? Number(process.env.BAOGAO_SEARCH_AHEAD) : 4;
if (!Number.isInteger(PAGES_AHEAD) || PAGES_AHEAD < 1) fail(`BAOGAO_SEARCH_AHEAD=${process.env.BAOGAO_SEARCH_AHEAD}: not a whole number (1 or more)`);

/** Page ids of the shards written so far: windows and facets are keyed by them, so they must not repeat. */
const taken = new Set<string>();

/**
 * Indexes one shard into `dir` and returns each page id with its document file. Pagefind makes a
 * page id from a hash of the page (7 hex digits, longer only to avoid a collision inside one index),
 * so two shards can give two pages one id (about one chance in seven at 10,000 reports): the pages
 * whose id an earlier shard has are indexed again under another URL (`/<slug>/~1/`: the URL is part
 * of what Pagefind hashes, and nothing reads it but this script) until no id repeats. `counted` gets
 * each document's counts of words per line (buildSearchPage), which its windows take instead of
 * tokenizing every line again: a shard's numbers, about 10 MB at the default shard (2,000 reports of the bench's corpus, 26
 * sections and 71 lines a report: an array of a section's counts costs more than its numbers).
 */
async function writeShard(shard: string[], dir: string, counted: Map<string, number[][]>): Promise<Map<string, string>> {
  const salts = new Map<string, number>();
  for (;;) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: RECORD_LANGUAGE });
    if (!index) fail(`pagefind: ${errors.join('; ')}`);
    // The document file of each indexed URL; the document itself is read again for its windows.
    const fileOf = new Map<string, string>();
    // Pagefind's service handles its messages one at a time, in the order they arrive, so pages sent
    // ahead are indexed in the same order (the same index, byte for byte) while this process makes the
    // next page: at most `PAGES_AHEAD` pages wait in its queue.
    const waiting: Promise<void>[] = [];
    for (const file of shard) {
      const words: number[][] = [];
      const built = buildSearchPage(readDocument(file), fold, words);
      counted.set(file, words);
      const salt = salts.get(file);
      const url = salt ? `${built.url}~${salt}/` : built.url;
      waiting.push(
        index.addHTMLFile({ ...built, url }).then(
          (added) => void (added.errors.length && fail(`pagefind: ${url}: ${added.errors.join('; ')}`)),
          (error: Error) => fail(`pagefind: ${url}: ${error.message}`),
        ),
      );
      fileOf.set(url, file);
      if (waiting.length >= PAGES_AHEAD) await waiting.shift();
    }
    await Promise.all(waiting);
    rmSync(dir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) fail(`pagefind: ${written.errors.join('; ')}`);
    await waitForWholeFiles(dir);
    await pagefind.close();
    const pages = new Map<string, string>();
    for (const name of readdirSync(join(dir, 'fragment')).sort()) {
      const id = name.replace(/\.pf_fragment$/, '');
      const path = join(dir, 'fragment', name);
      let url;
      try {
        url = readFragment(path).url;
      } catch (error) {
        fail((error as Error).message);
      }
      const file = fileOf.get(url);
      if (!file) fail(`${path}: Pagefind wrote a page ${url} that build-search did not add`);
      pages.set(id, file);
      fileOf.delete(url);
    }
    if (fileOf.size) fail(`Pagefind wrote no page for ${[...fileOf.keys()].join(', ')}`);
    const repeated = [...pages].filter(([id]) => taken.has(id));
    if (!repeated.length) return pages;
    for (const [id, file] of repeated) {
      console.log(`build-search: ${file} has the page id ${id} of an earlier shard — indexing its shard again under another URL`);
      salts.set(file, (salts.get(file) ?? 0) + 1);
    }
  }
}

// Windows and the facet table are keyed by Pagefind's page id (a search result's `id`), so a result
// loads one window without loading Pagefind's fragment, which the site never needs.
const windowDir = join(bundle, 'w');
const facetValues = { region: [] as [string, string][], year: [] as number[], kind: [] as string[] };
const facetIndex = <T>(list: T[], value: T | null, key = (v: T) => JSON.stringify(v)): number => {
  if (value === null) return -1;
  const at = list.findIndex((v) => key(v) === key(value));
  return at >= 0 ? at : list.push(value) - 1;
};
const facetPages: Record<string, [number, number, number]> = {};
let count = 0;
let windowCount = 0;
let wholeSections = 0;
const shards: string[] = [];
for (let start = 0, k = 0; start < files.length; start += shardSize, k++) {
  const dir = k ? join(bundle, shardPath(k)) : bundle;
  const counted = new Map<string, number[][]>();
  const pages = await writeShard(files.slice(start, start + shardSize), dir, counted);
  if (k) {
    shards.push(shardPath(k));
    // The browser runs the primary bundle's pagefind.js and wasm for every shard: a merged bundle
    // needs only its entry, meta and index chunks.
    for (const name of readdirSync(dir)) if (/^pagefind([-.].*)?\.(js|css)$|^wasm\./.test(name)) rmSync(join(dir, name));
  }
  mkdirSync(windowDir, { recursive: true });
  for (const [id, file] of pages) {
    const fragment = readFragment(join(dir, 'fragment', `${id}.pf_fragment`));
    const doc = readDocument(file);
    const words = wordCount(fragment.content);
    let built;
    try {
      built = buildWindows(doc, fragment.anchors, words, fold, counted.get(file));
    } catch (error) {
      fail((error as Error).message);
    }
    // A Traditional window is written as its differences from the Simplified one (src/search/window-diff.ts)
    // when the two are the same text converted character for character, as they nearly always are.
    built.windows[0].forEach((w, n) => {
      const hans = JSON.stringify(w);
      writeFileSync(join(windowDir, windowFile(id, n, 0)), gzipSync(hans, { level: 9 }));
      writeFileSync(join(windowDir, windowFile(id, n, 1)), gzipSync(traditionalWindowFile(hans, JSON.stringify(built.windows[1][n])), { level: 9 }));
    });
    windowCount += built.windows[0].length + built.windows[1].length;
    wholeSections += built.whole;
    count += doc.sections.length;
    const region: [string, string] | null = doc.region ? [doc.region['zh-Hans'], doc.region['zh-Hant']] : null;
    facetPages[id] = [facetIndex(facetValues.region, region), facetIndex(facetValues.year, doc.year ?? null), facetIndex(facetValues.kind, doc.kind)];
    taken.add(id);
  }
  // The fragments hold the folded token stream: the windows replace them, and nothing loads them.
  rmSync(join(dir, 'fragment'), { recursive: true });
}

// Pagefind writes its own UI (pagefind-ui, -component-ui, -modular-ui: js and css), its highlight
// script and its worker beside pagefind.js: the site draws its own results, highlights with its own
// script (src/scripts/search-highlight.ts) and runs Pagefind on the main thread (noWorker), so none
// of them is ever loaded. They were 459 KB of every site.
for (const name of readdirSync(bundle)) if (/^pagefind-.+\.(js|css)$/.test(name)) rmSync(join(bundle, name));

// pagefind.js is the first file a search loads (about 13 KB gzip as Pagefind writes it, readable
// code): minified as our own scripts are, about 2.2 KB less, and without Pagefind's warnings and
// logs (console.warn, console.log: options, versions, its worker; 0.4 KB) — its console.error
// messages, for files that fail to load, stay. The shards have none (see above).
const pagefindScript = join(bundle, 'pagefind.js');
try {
  writeFileSync(pagefindScript, minifyScript(readFileSync(pagefindScript, 'utf8'), 'pagefind.js', ['console.warn', 'console.log']));
} catch (error) {
  fail((error as Error).message);
}

const site: SiteData = { fold: encodeFold(fold), window: WINDOW, ...(shards.length ? { shards } : {}) };
writeFileSync(join(bundle, 'baogao.json'), JSON.stringify(site));
const facets: FacetTable = { values: facetValues, pages: facetPages };
writeFileSync(join(bundle, 'facets.json'), JSON.stringify(facets));
console.log(
  `build-search: ${files.length} reports${shards.length ? ` in ${shards.length + 1} shards of at most ${shardSize}` : ''}, ${count} sections, ${windowCount} windows` +
    (wholeSections ? ` (${wholeSections} sections kept whole: their lines did not add up to Pagefind's word count)` : '') +
    `, ${Object.keys(fold).length} folded characters → ${bundle}`,
);
