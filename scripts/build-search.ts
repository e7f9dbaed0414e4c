// build-search: the built report pages (both scripts) → one synthetic HTML page per report and script
// (sections as anchors, filter `s` = script), indexed with the Pagefind Node API into
// <dist>/pagefind/, plus <dist>/pagefind/baogao.json (the fold table and the report list the search
// UI filters and titles results with).
//   node scripts/build-search.ts [dist]      reports from $BAOGAO_REPORTS (default content/reports)
import * as pagefind from 'pagefind';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { ReportRecord } from '../src/schemas/report.ts';
import { convertText, getOpenccConverter } from '../src/pipeline/variants.ts';
import { extractSections, type PageSection } from '../src/search/extract.ts';
import { RECORD_LANGUAGE, buildFoldTable, buildSearchPages, type ReportInfo } from '../src/search/records.ts';
import { encodeFold } from '../src/search/text.ts';

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

const both = (text: string, script: 'zh-Hans' | 'zh-Hant'): [string, string] =>
  script === 'zh-Hans' ? [text, convertText(text, 'zh-Hant')] : [convertText(text, 'zh-Hans'), text];

const pages = records.map((r) => {
  const info: ReportInfo = {
    slug: r.slug,
    title: both(r.title, r.script),
    region: r.meta.region ? both(r.meta.region, r.script) : null,
    year: r.meta.year ?? null,
    kind: r.meta.kind,
  };
  return { info, hans: readSections('zh-hans', r.slug), hant: readSections('zh-hant', r.slug) };
});

const texts = pages.flatMap((p) => [...p.hans, ...p.hant].flatMap((s) => [s.heading, ...s.lines]));
const fold = buildFoldTable(texts, [getOpenccConverter('tw2s'), getOpenccConverter('hk2s'), getOpenccConverter('t2s')]);

const { index, errors } = await pagefind.createIndex({ forceLanguage: RECORD_LANGUAGE });
if (!index) fail(`pagefind: ${errors.join('; ')}`);
let count = 0;
for (const page of pages) {
  let built;
  try {
    built = buildSearchPages(page.info, page.hans, page.hant, fold);
  } catch (error) {
    fail((error as Error).message);
  }
  for (const one of built) {
    const added = await index.addHTMLFile(one);
    if (added.errors.length) fail(`pagefind: ${one.url}: ${added.errors.join('; ')}`);
  }
  count += page.hans.length;
}
rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) fail(`pagefind: ${written.errors.join('; ')}`);
await waitForWholeFiles(join(dist, 'pagefind'));
await pagefind.close();

const site = {
  fold: encodeFold(fold),
  reports: Object.fromEntries(pages.map(({ info }) => [info.slug, { title: info.title, region: info.region, year: info.year, kind: info.kind }])),
};
writeFileSync(join(dist, 'pagefind', 'baogao.json'), JSON.stringify(site));
console.log(`build-search: ${pages.length} reports, ${count} sections, ${Object.keys(fold).length} folded characters → ${join(dist, 'pagefind')}`);
