// build-content: content/sources/*.{txt,md,html,docx} → content/reports/<slug>.{zh-Hans.mdx,zh-Hant.mdx,json,site.json,search.json,source.txt}
import { parseArgs } from 'node:util';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BuiltReport } from '../src/pipeline/index.ts';
import { SourceError } from '../src/pipeline/errors.ts';
import { presets, type Preset } from '../src/pipeline/variants.ts';
import { listSources, readSource, sourceExtensions, unreadFiles, unreadHint } from './lib/sources.ts';
import { removeLeftovers } from './lib/io.ts';
import { cacheKey, defaultCacheDir, readCached, writeCached, writeIfChanged } from './lib/cache.ts';
import { createReportPool, parseWorkers, runAhead, type WorkerSetting } from './lib/pool.ts';
import { formatAmbiguous, readSiteTerms, summarizeAmbiguous, termFiles, type LoadedTerms } from './lib/terms.ts';
import { count } from './lib/count.ts';
import { metricsFileName, readMetrics, type LoadedMetrics } from './lib/metrics.ts';
import { documentFinder, type CatalogEntry, type DocumentTargets } from '../src/pipeline/references.ts';
import type { ReportRecord } from '../src/schemas/report.ts';
import { mdxFileName, recordJson, searchJson } from './lib/outputs.ts';
import { searchFileName } from '../src/schemas/search.ts';
import { siteFileJson, siteFileName } from '../src/schemas/site-report.ts';

const HELP = `Usage: npm run build:content -- [options]

Turns every source text into MDX (both scripts) and a JSON report record.

Options:
  --sources DIR   folder with <name>.txt (.md, .html, .docx) sources and optional <name>.meta.yml (default: content/sources)
  --out DIR       output folder (default: content/reports)
  --preset NAME   OpenCC preset for Traditional output: ${presets.join(', ')} (default: tw, or $BAOGAO_PRESET)
                  ${termFiles.join(' and ')} beside the sources folder (content/) are applied
                  before OpenCC, terms.yml first;
                  each report's conversions through ambiguous characters go to <out>/<slug>.ambiguous.txt
  --strict        treat warnings as errors (exit 1)
  --keep-going    build every source even after one fails; report failures at the end
  --quiet         print only problems and the final line
  --no-cache      reprocess every source (by default an unchanged source reuses its cached output;
                  the cache is in node_modules/.cache/baogao-pipeline, or $BAOGAO_CACHE)
  --workers N     worker threads building sources at once: a number (0 = none: the main thread
                  builds) or auto (one per core, at least 16 sources a worker); default: auto from
                  200 sources on, none below, or $BAOGAO_WORKERS. Outputs, cache and messages
                  are the same, in the same order, whatever the number
  -h, --help      show this help

Exit status: 0 when every source built; 1 with one line per failing source otherwise.`;

interface Options {
  sources: string;
  out: string;
  preset: Preset;
  strict: boolean;
  keepGoing: boolean;
  quiet: boolean;
  cache: boolean;
  /** Undefined: decided by the number of sources. */
  workers: WorkerSetting | undefined;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      sources: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: 'content/reports' },
      preset: { type: 'string', default: process.env.BAOGAO_PRESET ?? 'tw' },
      strict: { type: 'boolean', default: false },
      'keep-going': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      cache: { type: 'boolean', default: true },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  if (!(presets as readonly string[]).includes(values.preset!)) {
    throw new Error(`unknown --preset "${values.preset}" — use one of ${presets.join(', ')}`);
  }
  return {
    sources: values.sources!,
    out: values.out!,
    preset: values.preset as Preset,
    strict: values.strict!,
    keepGoing: values['keep-going']!,
    quiet: values.quiet!,
    cache: values.cache!,
    workers: values.workers !== undefined ? parseWorkers(values.workers, '--workers') : workers(process.env.BAOGAO_WORKERS),
  };
}

/** BAOGAO_WORKERS, when set (an empty value is not set). */
function workers(value: string | undefined): WorkerSetting | undefined {
  return value ? parseWorkers(value, 'BAOGAO_WORKERS') : undefined;
}

/** One line per failure: `file:line: what — what to do`. */
function describeFailure(file: string, error: unknown): string {
  if (error instanceof SourceError) return error.format((error as SourceError & { file?: string }).file ?? file);
  const message = error instanceof Error ? error.message : String(error);
  return `${file}: ${message}`;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`build:content: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const files = await listSources(options.sources).catch(() => {
    throw new Error(`${options.sources}: cannot read the sources folder — check --sources`);
  });
  if (files.length === 0) {
    console.error(`${options.sources}: no sources found (.txt, .md, .html, .docx) — add a report text or point --sources at the right folder`);
    return 1;
  }
  const started = performance.now();
  await removeLeftovers(options.out);
  const failures: string[] = [];
  const warningLines: string[] = [];
  for (const file of await unreadFiles(options.sources)) warningLines.push(`${relative(process.cwd(), file) || file}: warning: not read — ${unreadHint(file)}`);
  const slugs = new Map<string, string>();
  let built = 0;
  let cached = 0;
  let terms: LoadedTerms;
  try {
    terms = await readSiteTerms(join(options.sources, '..'));
  } catch (error) {
    console.error(describeFailure(join(options.sources, '..'), error));
    return 1;
  }
  const metricsFile = join(options.sources, '..', metricsFileName);
  let metrics: LoadedMetrics;
  try {
    metrics = await readMetrics(metricsFile);
  } catch (error) {
    console.error(describeFailure(metricsFile, error));
    return 1;
  }

  // Sources are built ahead on worker threads (large corpora) and taken in order here.
  const pool = createReportPool(files.length, options.workers);
  // A report that cites titles the site holds is built again with them (pass 2, below); its cache
  // entries are kept apart (`<name>+documents`) so the two builds do not evict each other.
  const build = async (index: number, documents?: DocumentTargets): Promise<{ result: BuiltReport; hit: boolean; entry: string; key: string }> => {
    const file = files[index]!;
    const shown = relative(process.cwd(), file) || file;
    const input = await readSource(file);
    const key = cacheKey({ sha256: input.sha256, file: shown, name: input.name, meta: input.meta, terms: terms.text, metrics: metrics.text, preset: options.preset, documents });
    const entry = documents ? `${input.name}+documents` : input.name;
    const hit = options.cache ? await readCached(defaultCacheDir, entry, key) : undefined;
    const result =
      hit ?? (await pool.build({ ...input, file: shown }, { preset: options.preset, terms: terms.terms, metrics: metrics.metrics, ...(documents ? { documents } : {}) }));
    if (options.cache && !hit) await writeCached(defaultCacheDir, entry, key, result);
    return { result, hit: hit !== undefined, entry, key };
  };
  const buildAhead = runAhead(files.length, pool.size * 4, (index) => build(index));
  const catalog: CatalogEntry[] = [];
  // Reports citing other documents wait for the catalog of every report (pass 2); their first build
  // is read back from the cache (by the entry and key of pass 1, without reading the source again),
  // or without one from a scratch folder (not kept in memory: most reports cite a document, so that
  // would be most of the corpus).
  // Each keeps the titles it cites (few and short), so pass 2 finds which the site holds without
  // reading the first build back: only a report none of whose titles resolve needs it (its outputs).
  const citing: { index: number; shown: string; entry: string; key: string; slug: string; titles: string[] }[] = [];
  const scratch = options.cache ? undefined : await mkdtemp(join(tmpdir(), 'baogao-pass1-'));
  const PASS1 = 'pass1';

  for (const [index, file] of files.entries()) {
    const shown = relative(process.cwd(), file) || file;
    let result: BuiltReport;
    let job: Awaited<ReturnType<typeof build>>;
    try {
      job = await buildAhead(index);
      result = job.result;
      if (job.hit) cached++;
      const slug = result.record.slug;
      const other = slugs.get(slug);
      if (other) {
        // a.txt and a.docx share one sidecar, a.meta.yml: only a new name parts them
        const sameName = other.replace(sourceExtensions, '') === shown.replace(sourceExtensions, '');
        throw new SourceError(
          `slug "${slug}" is already used by ${other}`,
          sameName ? 'the two files share one name (and one .meta.yml): rename one of them' : 'rename one of the files or set a different slug in its .meta.yml',
        );
      }
      slugs.set(slug, shown);
    } catch (error) {
      failures.push(describeFailure(shown, error));
      if (!options.keepGoing) break;
      continue;
    }
    const { record } = result;
    catalog.push(catalogEntry(record));
    if (record.references.some((r) => r.kind === 'document')) {
      if (scratch) await writeCached(scratch, String(index), PASS1, result);
      citing.push({ index, shown, entry: job.entry, key: job.key, slug: record.slug, titles: citedTitles(record) });
    } else await writeOutputs(options, shown, result);
    built++;
    for (const w of result.warnings) warningLines.push(`${shown}:${w.line}: warning: ${w.message}${w.hint ? ` — ${w.hint}` : ''}`);
    if (!options.quiet) {
      console.log(
        `[${index + 1}/${files.length}] ${record.slug} (${record.script}, ${record.source.encoding}): ` +
          `${count(record.sections.length, 'section')}, ${count(record.indicators.length, 'indicator')}, ` +
          `${count(record.cleaning.length, 'cleaning action')}, ${count(result.warnings.length, 'warning')}`,
      );
      const ambiguous = summarizeAmbiguous(result.ambiguous);
      if (ambiguous) console.log(`  ambiguous characters: ${ambiguous} — see ${join(options.out, `${record.slug}.ambiguous.txt`)}`);
    }
  }

  // Pass 2: the titles each citing report names that the site holds, then its outputs. Reports are
  // read back (and built again with their documents) ahead on the pool, and written in order.
  const unresolved = new Map<string, { count: number; first: string }>();
  const findDocument = documentFinder(catalog);
  const finish = async ({ index, entry, key, slug, titles }: (typeof citing)[number]): Promise<BuiltReport> => {
    const documents: DocumentTargets = {};
    for (const title of titles) {
      const doc = findDocument(title, slug);
      if (doc) documents[title] = { slug: doc.slug, ids: doc.ids };
    }
    if (Object.keys(documents).length) return (await build(index, documents)).result;
    const kept = await (scratch ? readCached(scratch, String(index), PASS1) : readCached(defaultCacheDir, entry, key));
    return kept ?? (await build(index)).result;
  };
  // A build that stopped at a failure has a catalog without the reports after it: its citing reports
  // would lose those links, so they keep their last outputs (as the failing source does).
  const stopped = failures.length > 0 && !options.keepGoing;
  const toFinish = stopped ? [] : citing;
  const finishAhead = runAhead(toFinish.length, pool.size * 4, (i) => finish(toFinish[i]!));
  for (const [i, { shown }] of toFinish.entries()) {
    try {
      const result = await finishAhead(i);
      await writeOutputs(options, shown, result);
      for (const r of result.record.references) {
        if (r.kind !== 'document' || r.target.slug) continue;
        const seen = unresolved.get(r.title!) ?? unresolved.set(r.title!, { count: 0, first: `${shown}:${r.line}` }).get(r.title!)!;
        seen.count++;
      }
    } catch (error) {
      failures.push(describeFailure(shown, error));
      if (!options.keepGoing) break;
    }
  }

  await pool.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
  // Only when every source built: a failing source keeps its last good output until it is fixed.
  if (failures.length === 0) await removeStale(options.out, new Set(slugs.keys()));
  for (const line of warningLines) console.warn(line);
  if (unresolved.size) {
    const total = [...unresolved.values()].reduce((n, u) => n + u.count, 0);
    console.log(
      `references to documents the site does not hold: ${unresolved.size} ${unresolved.size === 1 ? 'title' : 'titles'}, ${total} ${total === 1 ? 'reference' : 'references'}${options.quiet ? '' : ' (add the report to content/sources to link them)'}`,
    );
    if (!options.quiet) for (const [title, u] of [...unresolved].sort((a, b) => b[1].count - a[1].count)) console.log(`  《${title}》 ×${u.count} — ${u.first}`);
  }
  for (const line of failures) console.error(line);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary = `build:content: ${built} of ${count(files.length, 'source')} built in ${seconds} s (${cached} from cache), ${failures.length} failed, ${count(warningLines.length, 'warning')}`;
  if (failures.length || (options.strict && warningLines.length)) {
    console.error(summary + (options.strict && warningLines.length ? ' (--strict: warnings fail the build)' : ''));
    return 1;
  }
  console.log(summary);
  return 0;
}

/** The report's files; unchanged outputs are left alone so a cached rebuild rewrites nothing. */
async function writeOutputs(options: Options, shown: string, result: BuiltReport): Promise<void> {
  const { record, mdx } = result;
  const recordText = recordJson(record);
  // The site view (what the astro step reads, src/schemas/site-report.ts) before its record: in
  // `astro dev` a changed record reloads its entry, which reads the view.
  await writeIfChanged(join(options.out, siteFileName(record.slug)), siteFileJson(record, recordText));
  await writeIfChanged(join(options.out, `${record.slug}.json`), recordText);
  await writeIfChanged(join(options.out, mdxFileName(record.slug, 'zh-Hans')), mdx['zh-Hans']);
  await writeIfChanged(join(options.out, mdxFileName(record.slug, 'zh-Hant')), mdx['zh-Hant']);
  await writeIfChanged(join(options.out, searchFileName(record.slug)), searchJson(result.search));
  await writeIfChanged(join(options.out, `${record.slug}.ambiguous.txt`), formatAmbiguous(shown, record.slug, record.script, options.preset, result.ambiguous));
  // the decoded source, which /sources/<slug>.txt serves (the site does not decode sources again)
  await writeIfChanged(join(options.out, `${record.slug}.source.txt`), result.source);
}

/** A report as other reports may cite it: titles and the names a citation may leave out, both scripts; its article and chapter anchors. */
function catalogEntry(record: ReportRecord): CatalogEntry {
  const m = record.meta;
  const v = record.variant;
  const names = [m.issuer, ...(m.issuers ?? []), m.region, m.region_parent, v?.issuer, ...(v?.issuers ?? []), v?.region, v?.region_parent].filter((n): n is string => Boolean(n));
  return {
    slug: record.slug,
    titles: [record.title, ...(v ? [v.title] : [])],
    names: [...new Set(names)],
    ids: record.sections.filter((s) => s.kind === 'article' || s.kind === 'chapter').map((s) => s.id),
  };
}

/** The titles of the documents a record cites (`《…》` references), each once, in the order they first appear. */
function citedTitles(record: ReportRecord): string[] {
  return [...new Set(record.references.flatMap((r) => (r.kind === 'document' && r.title !== undefined ? [r.title] : [])))];
}

/** Outputs of sources that no longer exist would otherwise stay on the site. */
async function removeStale(out: string, slugs: Set<string>): Promise<void> {
  const names = await readdir(out).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^(.+?)\.(json|search\.json|site\.json|zh-Hans\.mdx|zh-Hant\.mdx|ambiguous\.txt|source\.txt)$/.exec(name);
    if (m && !slugs.has(m[1]!)) await rm(join(out, name));
  }
}

// exitCode, not process.exit(): exiting at once can cut off what is still queued for a piped stdout
// (the summary line after a long list of unresolved titles).
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`build:content: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
