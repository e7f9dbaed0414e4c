// build-search: the built report pages (both scripts) → one synthetic HTML page per report (folded
// text, sections as anchors), indexed with the Pagefind Node API into <dist>/pagefind/; then, from
// Pagefind's fragments (page id, anchors' word positions), the windows <dist>/pagefind/w/ (each
// report's sections in either script, cut at fixed word positions), facets.json (region, year, kind
// of every page id) and baogao.json (fold table, window size). The fragments are removed after.
//   node scripts/build-search.ts [dist]      reports from $BAOGAO_REPORTS (default content/reports)
import * as pagefind from 'pagefind';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { ReportRecord } from '../src/schemas/report.ts';
import { getOpenccConverter } from '../src/pipeline/variants.ts';
import { textsFor } from '../src/lib/variant.ts';
import { extractSections, type PageSection } from '../src/search/extract.ts';
import { RECORD_LANGUAGE, WINDOW, buildFoldTable, buildSearchPage, buildWindows, type ReportInfo } from '../src/search/records.ts';
import { windowFile, type FacetTable, type SiteData } from '../src/search/engine.ts';
import { encodeFold } from '../src/search/text.ts';
import { readFragment } from './lib/pagefind-fragment.ts';

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
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
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

const records = readdirSync(reportsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const parsed = ReportRecord.safeParse(JSON.parse(readFileSync(join(reportsDir, f), 'utf8')));
    if (!parsed.success) fail(`${join(reportsDir, f)}: not a report record (${parsed.error.message}) — run npm run build:content`);
    return parsed.data;
  });
if (!records.length) fail(`no report records in ${reportsDir} — run npm run build:content first`);

function readSections(lang: string, slug: string): PageSection[] {
  const file = join(dist, lang, slug, 'index.html');
  if (!existsSync(file)) fail(`${file} is missing — run astro build before build-search`);
  try {
    return extractSections(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
}

// Titles and regions in both scripts as the pages show them: the other script's from the record's
// variant (the pipeline's converter, with the site's preset and terms), never converted here.
const pages = records.map((r) => {
  let hans, hant;
  try {
    [hans, hant] = [textsFor(r, 'zh-Hans'), textsFor(r, 'zh-Hant')];
  } catch (error) {
    fail((error as Error).message);
  }
  const info: ReportInfo = {
    slug: r.slug,
    title: [hans.title, hant.title],
    region: hans.region && hant.region ? [hans.region, hant.region] : null,
    year: r.meta.year ?? null,
    kind: r.meta.kind,
    parents: Object.fromEntries(r.sections.flatMap((s) => (s.parent ? [[s.id, s.parent]] : []))),
  };
  return { info, hans: readSections('zh-hans', r.slug), hant: readSections('zh-hant', r.slug) };
});

const texts = pages.flatMap((p) => [...p.hans, ...p.hant].flatMap((s) => [s.heading, ...s.lines]));
const fold = buildFoldTable(texts, [getOpenccConverter('tw2s'), getOpenccConverter('hk2s'), getOpenccConverter('t2s')]);

const { index, errors } = await pagefind.createIndex({ forceLanguage: RECORD_LANGUAGE });
if (!index) fail(`pagefind: ${errors.join('; ')}`);
const byUrl = new Map<string, (typeof pages)[number]>();
let count = 0;
for (const page of pages) {
  let built;
  try {
    built = buildSearchPage(page.info, page.hans, page.hant, fold);
  } catch (error) {
    fail((error as Error).message);
  }
  const added = await index.addHTMLFile(built);
  if (added.errors.length) fail(`pagefind: ${built.url}: ${added.errors.join('; ')}`);
  byUrl.set(built.url, page);
  count += page.hans.length;
}
const bundle = join(dist, 'pagefind');
rmSync(bundle, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: bundle });
if (written.errors.length) fail(`pagefind: ${written.errors.join('; ')}`);
await waitForWholeFiles(bundle);
await pagefind.close();

// Windows and the facet table are keyed by Pagefind's page id (a search result's `id`), so a result
// loads one window without loading Pagefind's fragment, which the site never needs.
const fragments = join(bundle, 'fragment');
const windowDir = join(bundle, 'w');
mkdirSync(windowDir, { recursive: true });
const facetValues = { region: [] as [string, string][], year: [] as number[], kind: [] as string[] };
const facetIndex = <T>(list: T[], value: T | null, key = (v: T) => JSON.stringify(v)): number => {
  if (value === null) return -1;
  const at = list.findIndex((v) => key(v) === key(value));
  return at >= 0 ? at : list.push(value) - 1;
};
const facetPages: Record<string, [number, number, number]> = {};
let windowCount = 0;
let wholeSections = 0;
for (const name of readdirSync(fragments).sort()) {
  const id = name.replace(/\.pf_fragment$/, '');
  let fragment;
  try {
    fragment = readFragment(join(fragments, name));
  } catch (error) {
    fail((error as Error).message);
  }
  const page = byUrl.get(fragment.url);
  if (!page) fail(`${join(fragments, name)}: Pagefind wrote a page ${fragment.url} that build-search did not add`);
  const words = fragment.content.split(/\s+/).filter(Boolean).length;
  let built;
  try {
    built = buildWindows(page.info, page.hans, page.hant, fragment.anchors, words, fold);
  } catch (error) {
    fail((error as Error).message);
  }
  for (const script of [0, 1] as const) {
    built.windows[script].forEach((w, k) => writeFileSync(join(windowDir, windowFile(id, k, script)), gzipSync(JSON.stringify(w), { level: 9 })));
    windowCount += built.windows[script].length;
  }
  wholeSections += built.whole;
  const { info } = page;
  facetPages[id] = [facetIndex(facetValues.region, info.region), facetIndex(facetValues.year, info.year), facetIndex(facetValues.kind, info.kind)];
  byUrl.delete(fragment.url);
}
if (byUrl.size) fail(`Pagefind wrote no page for ${[...byUrl.keys()].join(', ')}`);
// The fragments hold the folded token stream: the windows replace them, and nothing loads them.
rmSync(fragments, { recursive: true });

const site: SiteData = { fold: encodeFold(fold), window: WINDOW };
writeFileSync(join(bundle, 'baogao.json'), JSON.stringify(site));
const facets: FacetTable = { values: facetValues, pages: facetPages };
writeFileSync(join(bundle, 'facets.json'), JSON.stringify(facets));
console.log(
  `build-search: ${pages.length} reports, ${count} sections, ${windowCount} windows` +
    (wholeSections ? ` (${wholeSections} sections kept whole: their lines did not add up to Pagefind's word count)` : '') +
    `, ${Object.keys(fold).length} folded characters → ${bundle}`,
);
