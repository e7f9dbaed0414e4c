// bench: builds a synthetic site of N reports with the real pipeline and the real build, and
// measures throughput, build time and memory, page weight, search transfer and site size.
//   npm run bench -- --reports 200 [--json] [--keep] [--rebuild]
// Everything happens in a temporary folder; content/, dist/ and the shared pipeline cache are untouched.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import OpenCC from 'opencc-js';
import { buildReport, type SourceInput } from '../src/pipeline/index.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { isRecordFile } from '../src/schemas/search.ts';
import { copySiteFiles, generateCorpus, varyFigures, type SynthSource } from './lib/synth.ts';
import { listSources, readSource } from './lib/sources.ts';
import { serveDist } from '../test/helpers/serve.ts';

const HELP = `Usage: npm run bench -- --reports N [--json] [--keep] [--rebuild]

Generates N reports from content/sources (distinct slugs, titles and figures, same sizes), measures the
content pipeline in-process against raw opencc-js, runs the real build (scripts/build.ts) into a
temporary folder, and measures pages, memory, sizes and the bytes of a first search in Chromium.

Options:
  --reports N   number of reports (default 200)
  --json        print one JSON line instead of a table
  --keep        keep the temporary folder and print where it is
  --rebuild     then change the figures of one source, rebuild the same site (the incremental build:
                content cache, Astro's page cache) and build the changed sources again from nothing;
                reports the rebuild's time and steps, the pages it copied, and whether the two
                dist/ folders are byte-identical (two more builds)
  -h, --help    show this help`;

const root = resolve(import.meta.dirname, '..');
const MB = 1_000_000;
/** The query of the first search: words every seed contains. */
const QUERY = '科技创新';
/** Reports whose text the pipeline and raw OpenCC throughput are measured on. */
const PIPELINE_SAMPLE = 100;

/** The figures `npm run bench` prints; docs/benchmarks.md explains each one. */
export interface BenchResult {
  reports: number;
  pages: number;
  sourceMB: number;
  pipelineMBps: number;
  rawOpenccMBps: number;
  pipelineVsOpencc: number;
  /** normalizeText on the sample's texts run together on one line of at least 770 KB (a crawler's page text), MB/s; and against the same texts as lines. */
  oneLinePageMBps: number;
  oneLineVsLines: number;
  /** buildReport (every stage) on the same line as a source of its own, MB/s. */
  oneLineReportMBps: number;
  /** normalizeText on a source of 7 MB (a user's file), CPU seconds per MB, for each shape of it (bigSources). */
  bigSourceCpuSPerMB: Record<string, number>;
  buildSeconds: number;
  /** User + system CPU seconds of the whole build's process tree. */
  buildCpuSeconds: number;
  /** Whether the site (astro) and search steps ran side by side (BAOGAO_BUILD_OVERLAP, scripts/lib/overlap.ts). */
  buildOverlap: boolean;
  /** Astro processes the site step ran as (BAOGAO_ASTRO_PARTS, scripts/lib/astro-parts.ts): 1 or 2. */
  buildAstroParts: number;
  /** Wall seconds of each phase, ending where the next phase of its step starts (the site and search steps' phases can overlap). */
  steps: Record<string, number>;
  contentCachedSeconds: number;
  peakRssMB: number;
  stepPeakRssMB: Record<string, number>;
  /** Peak of each of build.ts's steps (content, astro, search): its process's tree plus build.ts's own, told by the process, not the log. */
  processPeakRssMB: Record<string, number>;
  distMB: number;
  pagefindMB: number;
  distMBPerReport: number;
  /** Every file in dist/ (GitHub Pages and other hosts limit file counts and sizes). */
  files: number;
  /** The largest HTML file in dist/ and its path (target: ≤ 1 MB at any N). */
  largestPageBytes: number;
  largestPage: string;
  /** Bytes of one report's two script pages together, on average over all reports. */
  reportPagesBytesPerReport: number;
  reportPage: string;
  reportPageHtmlBytes: number;
  reportPageHtmlBytesSmallSite: number;
  reportPageGrowth: number;
  reportPageJsBytesGzip: number;
  /** null (with a warning) when there is no Chromium to measure it with. */
  firstQueryBytes: number | null;
  firstQueryRequests: number | null;
  firstQueryResults: number | null;
  firstQueryParts: Record<string, number>;
  machine: string;
  loadAverage: [number, number];
  /** With --rebuild: the same site rebuilt after one source changed, against a clean build of it. */
  rebuild?: RebuildResult;
}

export interface RebuildResult {
  /** The source changed (its figures, by varyFigures). */
  changed: string;
  seconds: number;
  steps: Record<string, number>;
  /** Pages and files Astro copied from its cache instead of rendering (its log's "(restored)"/"(cached)"). */
  reused: number;
  /** Seconds of a clean build of the same sources, for comparison. */
  cleanSeconds: number;
  /** Whether the rebuilt dist/ and the clean one hold the same files with the same bytes. */
  byteIdentical: boolean;
  /** Up to ten files that differ or exist on one side only. */
  differences: string[];
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

/**
 * Runs `fn` (one pass over the inputs) once to warm up (converters, JIT), then in passes until at
 * least three seconds have passed; returns MB/s. Pipeline and raw OpenCC are measured the same way.
 */
function measureThroughput(bytes: number, fn: () => void): number {
  fn();
  let passes = 0;
  const started = performance.now();
  do {
    fn();
    passes++;
  } while (performance.now() - started < 3000);
  return (bytes * passes) / MB / ((performance.now() - started) / 1000);
}

/** Content pipeline (all stages, warm converters) vs raw opencc-js on the same decoded text. */
function measurePipeline(inputs: SourceInput[]): { pipelineMBps: number; rawOpenccMBps: number } {
  const bytes = inputs.reduce((sum, i) => sum + i.bytes.length, 0);
  const pipelineMBps = measureThroughput(bytes, () => {
    for (const input of inputs) buildReport(input);
  });
  const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const texts = inputs.map((i) => ({ text: decodeSource(i.bytes).text, convert: i.meta.script === 'zh-Hant' ? toHans : toHant }));
  const rawOpenccMBps = measureThroughput(bytes, () => {
    for (const { text, convert } of texts) convert(text);
  });
  return { pipelineMBps, rawOpenccMBps };
}

/** Bytes of the page on one line (the size of the real one-line page on which normalizeText once took 12.9 s). */
const ONE_LINE_BYTES = 770_000;

/**
 * normalizeText on one long line: the sample's texts, each line trimmed, run together with a space (as a crawler gives a page's
 * text), as many as make ONE_LINE_BYTES (repeated if they make fewer), against the same lines as lines. A rule that reads a line's whole beginning again at
 * each space or figure is quadratic on such a line and shows here as a ratio far below 1, where the sample's own lines hide it.
 * Then buildReport on the line as a source of its own (the first input's file and metadata): every stage after normalizing
 * (the indicators, emit's MDX check) reads it as one paragraph.
 */
function measureOneLine(inputs: SourceInput[]): { oneLinePageMBps: number; oneLineVsLines: number; oneLineReportMBps: number } {
  const lines = inputs.flatMap((i) =>
    decodeSource(i.bytes)
      .text.split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  const all: string[] = [];
  for (let bytes = 0, k = 0; bytes < ONE_LINE_BYTES && lines.length > 0; k++) {
    all.push(lines[k % lines.length]!);
    bytes += Buffer.byteLength(lines[k % lines.length]!) + 1;
  }
  const one = all.join(' ');
  const asLines = all.join('\n');
  const bytes = Buffer.byteLength(one);
  const oneLinePageMBps = measureThroughput(bytes, () => void normalizeText(one));
  const linesMBps = measureThroughput(bytes, () => void normalizeText(asLines));
  const page = new TextEncoder().encode(one);
  const source: SourceInput = { ...inputs[0]!, bytes: page, sha256: createHash('sha256').update(page).digest('hex') };
  const oneLineReportMBps = measureThroughput(bytes, () => void buildReport(source));
  return { oneLinePageMBps, oneLineVsLines: oneLinePageMBps / linesMBps, oneLineReportMBps };
}

/** Bytes of the big source (a real user's file was 7 MB; normalizeText took 67 s on one until session 31). */
const BIG_SOURCE_BYTES = 7_000_000;

/**
 * The sample's texts as one source of BIG_SOURCE_BYTES (repeated as they make fewer), in two shapes a user's big file comes in:
 * `text`, the texts run together, a blank line between; `feed`, a news feed of an item for each line (title and description, a
 * field a line, as dev 645's items). A rule that reads the whole text or feed again at each line or item is quadratic in the file's
 * size, which a corpus of 29 KB sources never shows (feed-export was until session 31: 116 CPU s on a feed of 7 MB, now 1.7). (join-lines
 * read its whole paragraph at each line until session 31, ≈ 270 CPU s on a CSV row wrapped over 28,000 lines; the seeds make no
 * paragraph long enough to show it, their longest 16 KB: test/joined-text.test.ts guards it.)
 */
export function bigSources(texts: readonly string[]): Record<string, string> {
  const lines = texts.flatMap((t) =>
    t
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  const upTo = (part: (k: number) => string, sep: string): string => {
    const out: string[] = [];
    for (let bytes = 0, k = 0; bytes < BIG_SOURCE_BYTES && lines.length > 0; k++) {
      out.push(part(k));
      bytes += Buffer.byteLength(out[out.length - 1]!) + sep.length;
    }
    return out.join(sep);
  };
  const line = (k: number): string => lines[k % lines.length]!;
  const cdata = (s: string): string => `<![CDATA[${s.replaceAll(']]>', ']] >')}]]>`;
  return {
    text: upTo((k) => texts[k % texts.length]!.trim(), '\n\n'),
    feed: upTo((k) => ['<item>', `  <title>${cdata(line(k).slice(0, 30))}</title>`, `  <description>${cdata(line(k))}</description>`, '</item>'].join('\n'), '\n'),
  };
}

/** normalizeText's CPU seconds per MB on each big source (one pass each: a 7 MB source takes seconds; CPU, not wall, on a shared machine). */
function measureBigSource(inputs: SourceInput[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [shape, text] of Object.entries(bigSources(inputs.map((i) => decodeSource(i.bytes).text)))) {
    const started = process.cpuUsage();
    normalizeText(text);
    const used = process.cpuUsage(started);
    out[shape] = round((used.user + used.system) / 1e6 / (Buffer.byteLength(text) / MB), 3);
  }
  return out;
}

/** Children of every process and each one's resident memory, from /proc. */
function processTable(): { children: Map<number, number[]>; rss: Map<number, number> } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096); // field 24 of stat: rss in pages
    } catch {
      // the process ended between readdir and read
    }
  }
  return { children, rss };
}

/**
 * Resident memory of a process tree (sum over the root and every descendant), from /proc, and of each
 * build step running: the subtree of each of build.ts's children (build-content, astro, build-search)
 * alive, plus build.ts's own, so a step's figure is the tree's when it runs alone (the site and search
 * steps can run side by side: each is told by its process, not by the tree's sum).
 */
function treeRss(rootPid: number): { bytes: number; steps: Map<string, number> } {
  const { children, rss } = processTable();
  const subtree = (pid: number): number => {
    let bytes = 0;
    const queue = [pid];
    while (queue.length) {
      const next = queue.pop()!;
      bytes += rss.get(next) ?? 0;
      queue.push(...(children.get(next) ?? []));
    }
    return bytes;
  };
  const own = rss.get(rootPid) ?? 0;
  const steps = new Map<string, number>();
  for (const pid of children.get(rootPid) ?? []) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      let step = stepScripts.find(([, script]) => cmdline.includes(script))?.[0];
      // The astro step in two processes (BAOGAO_ASTRO_PARTS=2): the second part counted apart, as `astro2`.
      if (step === 'astro' && readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes('BAOGAO_ASTRO_SHARE=2/2')) step = 'astro2';
      if (step) steps.set(step, (steps.get(step) ?? 0) + subtree(pid) + own);
    } catch {
      // ended meanwhile
    }
  }
  return { bytes: subtree(rootPid), steps };
}

/** The steps of scripts/build.ts by the script each runs (its log can lag on a busy machine; the process cannot). */
const stepScripts: [step: string, script: string][] = [
  ['content', 'build-content.ts'],
  ['astro', 'astro.mjs'],
  ['search', 'build-search.ts'],
];

/**
 * Phases of the build, recognised in its log, by step (the site and search steps can run side by
 * side, their lines interleaved). A phase ends where the next one of its step starts, or at its step's
 * `build: <step> done`. build.ts's own lines (`strict` false) are always recognised; astro's only in
 * order, because its "✓ Completed in" also ends earlier phases.
 */
const markers: [name: string, step: string, pattern: RegExp, strict: boolean][] = [
  ['content', 'content', /^build: content…/, false],
  ['astroStart', 'astro', /^build: site…/, false],
  ['astroSync', 'astro', /\[content\] Syncing content/, true],
  ['astroPrepare', 'astro', /\[content\] Synced content/, true],
  ['astroBundle', 'astro', /Building static entrypoints/, true],
  ['astroRender', 'astro', /generating static routes/, true],
  ['astroFinish', 'astro', /✓ Completed in/, true],
  ['search', 'search', /^build: search…/, false],
  // The astro step's second process (BAOGAO_ASTRO_PARTS=2), whole: its lines are not told from the first's.
  ['astro2', 'astro2', /^build: site-2…/, false],
];
/** The line that ends each step's last phase. */
const stepEnds: Record<string, RegExp> = { content: /^build: content done/, astro: /^build: site done/, astro2: /^build: site-2 done/, search: /^build: search done/ };

/** CPU seconds (user + system) of this process's children that have ended and been waited for, with their own children (/proc/self/stat: cutime, cstime). */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100; // fields 16 and 17 of stat, in clock ticks (USER_HZ = 100)
}

export interface BuildRun {
  seconds: number;
  /** User + system CPU seconds of the whole build (build.ts and every process under it). */
  cpuSeconds: number;
  steps: Record<string, number>;
  peakRss: number;
  stepPeakRss: Record<string, number>;
  processPeakRss: Record<string, number>;
  reused: number;
  /** Whether the site and search steps ran side by side (build.ts's log says which). */
  overlap: boolean;
  /** Astro processes of the site step (build.ts's log says how many). */
  astroParts: number;
}

/** Runs scripts/build.ts with astro's log on, timing each phase and polling memory of the tree. */
export async function runBuild(env: NodeJS.ProcessEnv): Promise<BuildRun> {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const child = spawn(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    env: { ...env, BAOGAO_BUILD_LOG: 'info', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen = new Map<string, number>();
  const ended = new Map<string, number>();
  /** Per step, the index in `markers` of the next phase looked for, and of its current phase. */
  const next = new Map<string, number>();
  const current = new Map<string, string>();
  const output: string[] = [];
  let reused = 0;
  let overlap = false;
  let astroParts = 1;
  const onLine = (line: string): void => {
    // eslint-disable-next-line no-control-regex -- ESC starts the colour codes this strips
    const clean = line.replace(/\x1b\[[0-9;]*m/g, '');
    if (/ \((restored|cached)\)$/.test(clean)) reused++;
    if (/^build: site and search side by side/.test(clean)) overlap = true;
    if (/^build: the site in two astro processes/.test(clean)) astroParts = 2;
    output.push(clean);
    if (output.length > 200) output.shift();
    for (const [step, end] of Object.entries(stepEnds)) {
      if (!end.test(clean)) continue;
      ended.set(step, performance.now());
      current.delete(step);
      return;
    }
    for (const step of new Set(markers.map(([, s]) => s))) {
      const from = next.get(step) ?? markers.findIndex(([, s]) => s === step);
      for (let k = from; k < markers.length; k++) {
        const [name, owner, pattern, strict] = markers[k]!;
        if (owner !== step || (k > from && strict)) continue;
        if (pattern.test(clean)) {
          seen.set(name, performance.now());
          current.set(step, name);
          next.set(step, k + 1);
          return;
        }
      }
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      lines.forEach(onLine);
    });
  }
  let peakRss = 0;
  const stepPeakRss: Record<string, number> = {};
  const processPeakRss: Record<string, number> = {};
  const poll = setInterval(() => {
    if (!child.pid) return;
    const { bytes: rss, steps: running } = treeRss(child.pid);
    peakRss = Math.max(peakRss, rss);
    for (const [step, bytes] of running) {
      processPeakRss[step] = Math.max(processPeakRss[step] ?? 0, Math.round(bytes / MB));
      // Attributed to the step's phase running now (its last marker seen).
      const phase = current.get(step);
      if (phase) stepPeakRss[phase] = Math.max(stepPeakRss[phase] ?? 0, Math.round(bytes / MB));
    }
  }, 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(poll);
  const cpuSeconds = round(childrenCpuSeconds() - cpuBefore, 1);
  if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${output.slice(-40).join('\n')}`);
  const steps: Record<string, number> = {};
  for (const [k, [name, step]] of markers.entries()) {
    const start = seen.get(name);
    if (start === undefined) continue;
    const following = markers.slice(k + 1).find(([n, s]) => s === step && seen.has(n));
    const end = following ? seen.get(following[0])! : ended.get(step);
    if (end !== undefined) steps[name] = round((end - start) / 1000, 1);
  }
  return { seconds: (performance.now() - started) / 1000, cpuSeconds, steps, peakRss, stepPeakRss, processPeakRss, reused, overlap, astroParts };
}

/** Files of two folders that differ in bytes or exist in one only (paths relative to the folders). */
export async function compareTrees(a: string, b: string): Promise<string[]> {
  const list = async (dir: string): Promise<Set<string>> =>
    new Set((await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))));
  const [left, right] = await Promise.all([list(a), list(b)]);
  const differences: string[] = [];
  for (const file of [...new Set([...left, ...right])].sort()) {
    if (!left.has(file) || !right.has(file)) differences.push(`${file} (only in ${left.has(file) ? a : b})`);
    else if (!(await readFile(join(a, file))).equals(await readFile(join(b, file)))) differences.push(file);
  }
  return differences;
}

/** Total size of the files under a folder. */
async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Files of dist/: how many, how many pages, the largest page, and the bytes of the report pages. */
async function countFiles(dist: string, slugs: Set<string>): Promise<{ files: number; pages: number; largest: [string, number]; reportPagesBytes: number }> {
  let files = 0;
  let pages = 0;
  let reportPagesBytes = 0;
  let largest: [string, number] = ['', 0];
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    if (!entry.name.endsWith('.html')) continue;
    pages++;
    const path = join(entry.parentPath, entry.name);
    const size = (await stat(path)).size;
    if (size > largest[1]) largest = [relative(dist, path), size];
    // zh-hans/<slug>/index.html and zh-hant/<slug>/index.html
    const parts = relative(dist, path).split('/');
    if (parts.length === 3 && /^zh-han[st]$/.test(parts[0]!) && slugs.has(parts[1]!) && parts[2] === 'index.html') reportPagesBytes += size;
  }
  return { files, pages, largest, reportPagesBytes };
}

/**
 * Gzipped JS a page loads before the reader does anything: its <script src>, modulepreloads and
 * their static imports (dynamic import() is loaded on use, so not counted), plus inline scripts.
 */
export async function measurePageJs(dist: string, pagePath: string, base = '/'): Promise<number> {
  const html = await readFile(join(dist, pagePath), 'utf8');
  const files = new Set<string>();
  const toFile = (url: string, from: string): string | undefined => {
    if (/^[a-z]+:/i.test(url)) return undefined;
    const path = url.startsWith('/') ? join(dist, url.slice(base.length - 1)) : join(dirname(from), url);
    return path.split('?')[0];
  };
  let total = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc=["']?([^"' >]+)/.exec(m[1]!)?.[1];
    if (src) {
      const file = toFile(src, join(dist, pagePath));
      if (file) files.add(file);
    } else if (!/type=["']?application\/(ld\+)?json/.test(m[1]!) && m[2]!.trim()) {
      total += gzipSync(m[2]!).length;
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/g)) {
    const href = /\bhref=["']?([^"' >]+)/.exec(m[0])?.[1];
    const file = href && toFile(href, join(dist, pagePath));
    if (file) files.add(file);
  }
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    const code = await readFile(file, 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g)) {
      const dep = toFile(m[1]!, file);
      if (dep && !files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  for (const file of files) total += gzipSync(await readFile(file)).length;
  return total;
}

const compressible = /^(text\/|application\/(javascript|json|xml|wasm|manifest)|image\/svg)/;

/**
 * Bytes of the first search, as a host that gzips text and wasm (GitHub Pages) sends them: on a loaded
 * report page, the reader focuses the header search box and types the query; everything fetched from
 * then until the results are shown and the network is idle is counted (the search code itself,
 * pagefind.js, its wasm, the index, the result windows).
 */
async function measureFirstQuery(dist: string, pagePath: string): Promise<{ bytes: number; requests: number; results: number; parts: Record<string, number> }> {
  const { launchBrowser } = await import('../test/helpers/browser.ts');
  const server = await serveDist(dist, '/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url(pagePath.replace(/index\.html$/, '')), { waitUntil: 'networkidle' });
    const pending: Promise<[string, number]>[] = [];
    page.on('response', (response) => {
      // Parts by kind: js (the search code and pagefind.js), wasm (Pagefind's pre-gzipped
      // wasm.<lang>.pagefind), pf_meta, pf_index, window (a result's sections), json…
      const path = new URL(response.url()).pathname;
      const name = path.split('/').pop() ?? '';
      const kind = name.endsWith('.pagefind') ? 'wasm' : path.includes('/pagefind/w/') ? 'window' : (/\.(pf_\w+|wasm|js|json|css)$/.exec(name)?.[1] ?? 'other');
      pending.push(
        response.body().then(
          (body) => [kind, compressible.test(response.headers()['content-type'] ?? '') ? gzipSync(body).length : body.length],
          () => [kind, 0],
        ),
      );
    });
    const box = 'form.header-search input[name="q"]';
    await page.focus(box);
    // A Chinese input method commits the whole word at once: one input event.
    await page.fill(box, QUERY);
    await page.waitForFunction(() => document.querySelector('.header-results a.header-results-all')?.textContent?.trim(), undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.$$eval('[data-testid="header-search-results"] > li', (items) => items.length);
    const sizes = await Promise.all(pending);
    const parts: Record<string, number> = {};
    for (const [kind, size] of sizes) parts[kind] = (parts[kind] ?? 0) + size;
    return { bytes: sizes.reduce((a, [, b]) => a + b, 0), requests: sizes.length, results, parts };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The seed whose source is the median size: the "typical" report page. */
function typicalSeed(made: SynthSource[], seedCount: number): string {
  const seeds = made.slice(0, seedCount).sort((a, b) => a.bytes - b.bytes);
  return seeds[Math.floor(seeds.length / 2)]!.name;
}

function describeMachine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`;
}

async function bench(count: number, keep: boolean, rebuild: boolean): Promise<BenchResult> {
  const load = loadavg()[0]!;
  const work = await mkdtemp(join(tmpdir(), 'baogao-bench-'));
  try {
    const seedsDir = join(root, 'content/sources');
    const seedCount = (await listSources(seedsDir)).length;
    const sources = join(work, 'sources');
    log(`generating ${count} reports in ${work}`);
    const made = await generateCorpus(seedsDir, sources, count);
    await copySiteFiles(seedsDir, sources);
    const inputs = await Promise.all((await listSources(sources)).map(readSource));
    const sourceBytes = inputs.reduce((sum, i) => sum + i.bytes.length, 0);

    log('measuring the pipeline and raw opencc-js');
    // Throughput is a rate: an even sample of the corpus (sources are sorted by name, so every k-th
    // covers every seed) measures it as well as the whole, and keeps N=2000 from spending minutes here.
    const step = Math.ceil(inputs.length / PIPELINE_SAMPLE);
    const { pipelineMBps, rawOpenccMBps } = measurePipeline(inputs.filter((_, i) => i % step === 0));
    log('measuring normalizeText and buildReport on one long line');
    const { oneLinePageMBps, oneLineVsLines, oneLineReportMBps } = measureOneLine(inputs.filter((_, i) => i % step === 0));
    log('measuring normalizeText on a source of 7 MB');
    const bigSourceCpuSPerMB = measureBigSource(inputs.filter((_, i) => i % step === 0));
    inputs.length = 0;

    const siteEnv = (name: string, from: string): NodeJS.ProcessEnv => ({
      ...process.env,
      BAOGAO_SOURCES: from,
      BAOGAO_REPORTS: join(work, name, 'reports'),
      BAOGAO_DIST: join(work, name, 'dist'),
      // A fresh cache: the build is measured cold.
      BAOGAO_CACHE: join(work, name, 'cache'),
    });
    log(`building ${count} reports`);
    const env = siteEnv('site', sources);
    const build = await runBuild(env);
    const dist = env.BAOGAO_DIST!;

    log('re-running the content step with a warm cache');
    const warmStarted = performance.now();
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, [join(root, 'scripts/build-content.ts'), '--sources', sources, '--out', env.BAOGAO_REPORTS!, '--quiet'], {
        cwd: root,
        env,
        stdio: 'ignore',
      });
      child.on('close', (code) => (code === 0 ? done() : fail(new Error(`build:content with a warm cache failed (exit ${code})`))));
    });
    const contentCachedSeconds = (performance.now() - warmStarted) / 1000;

    const seed = typicalSeed(made, seedCount);
    const reportPage = `zh-hans/${seed}/index.html`;
    let smallDist = dist;
    if (count > seedCount) {
      log(`building the ${seedCount} seeds alone for the page-growth comparison`);
      const small = siteEnv('small', seedsDir);
      await runBuild(small);
      smallDist = small.BAOGAO_DIST!;
    }
    const reportPageHtmlBytes = (await stat(join(dist, reportPage))).size;
    const reportPageHtmlBytesSmallSite = (await stat(join(smallDist, reportPage))).size;

    log('measuring page JS and the first search in Chromium');
    const reportPageJsBytesGzip = await measurePageJs(dist, reportPage);
    const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
    const firstQuery = existsSync(chromium)
      ? await measureFirstQuery(dist, reportPage)
      : (log(`warning: no Chromium at ${chromium} (set CHROMIUM): the first-query figures are null`), { bytes: null, requests: null, results: null, parts: {} });

    const distBytes = await folderBytes(dist);
    const slugs = new Set((await readdir(env.BAOGAO_REPORTS!)).filter(isRecordFile).map((n) => n.slice(0, -'.json'.length)));
    const counted = await countFiles(dist, slugs);
    const pagefindBytes = await folderBytes(join(dist, 'pagefind')).catch(() => 0);
    const buildSeconds = build.seconds;
    let rebuilt: RebuildResult | undefined;
    if (rebuild) {
      // A report made from the first seed (baoding-2021, whose targets pair with baoding-2022's actuals, so
      // the 目标与实绩 of other reports' pages change too), the middle one of them in the list.
      const kin = made.filter((m) => m.seed === made[0]!.seed);
      const changed = kin[Math.floor(kin.length / 2)]!.name;
      const path = join(sources, `${changed}.txt`);
      await writeFile(path, varyFigures(await readFile(path, 'utf8'), 3));
      log(`changed the figures of ${changed}; rebuilding`);
      const again = await runBuild(env);
      log('building the changed sources from nothing');
      const clean = siteEnv('clean', sources);
      const cleanBuild = await runBuild(clean);
      const differences = await compareTrees(dist, clean.BAOGAO_DIST!);
      rebuilt = {
        changed,
        seconds: round(again.seconds, 1),
        steps: again.steps,
        reused: again.reused,
        cleanSeconds: round(cleanBuild.seconds, 1),
        byteIdentical: differences.length === 0,
        differences: differences.slice(0, 10),
      };
    }
    return {
      reports: count,
      pages: counted.pages,
      sourceMB: round(sourceBytes / MB, 3),
      pipelineMBps: round(pipelineMBps),
      rawOpenccMBps: round(rawOpenccMBps),
      pipelineVsOpencc: round(pipelineMBps / rawOpenccMBps),
      oneLinePageMBps: round(oneLinePageMBps),
      oneLineVsLines: round(oneLineVsLines),
      oneLineReportMBps: round(oneLineReportMBps),
      bigSourceCpuSPerMB,
      buildSeconds: round(buildSeconds, 1),
      buildCpuSeconds: build.cpuSeconds,
      buildOverlap: build.overlap,
      buildAstroParts: build.astroParts,
      steps: build.steps,
      contentCachedSeconds: round(contentCachedSeconds, 1),
      peakRssMB: round(build.peakRss / MB, 0),
      stepPeakRssMB: build.stepPeakRss,
      processPeakRssMB: build.processPeakRss,
      distMB: round(distBytes / MB),
      pagefindMB: round(pagefindBytes / MB),
      distMBPerReport: round(distBytes / MB / count, 3),
      files: counted.files,
      largestPageBytes: counted.largest[1],
      largestPage: counted.largest[0],
      reportPagesBytesPerReport: Math.round(counted.reportPagesBytes / count),
      reportPage,
      reportPageHtmlBytes,
      reportPageHtmlBytesSmallSite,
      reportPageGrowth: round(reportPageHtmlBytes / reportPageHtmlBytesSmallSite, 3),
      reportPageJsBytesGzip,
      firstQueryBytes: firstQuery.bytes,
      firstQueryRequests: firstQuery.requests,
      firstQueryResults: firstQuery.results,
      firstQueryParts: firstQuery.parts,
      machine: describeMachine(),
      loadAverage: [round(load), round(loadavg()[0]!)],
      ...(rebuilt ? { rebuild: rebuilt } : {}),
    };
  } finally {
    if (keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

/** The performance targets (docs/benchmarks.md), checked in the table. */
const targets: [keyof BenchResult, string, (r: BenchResult) => boolean | undefined][] = [
  ['pipelineVsOpencc', '≥ 0.5', (r) => r.pipelineVsOpencc >= 0.5],
  ['reportPageGrowth', '≤ 1.2', (r) => r.reportPageGrowth <= 1.2],
  ['reportPageJsBytesGzip', '≤ 12288', (r) => r.reportPageJsBytesGzip <= 12 * 1024],
  ['firstQueryBytes', '≤ 122880', (r) => (r.firstQueryBytes === null ? undefined : r.firstQueryBytes <= 120 * 1024)],
  ['distMBPerReport', '≤ 0.25', (r) => r.distMBPerReport <= 0.25],
  ['buildSeconds', '< 300 at 2000', (r) => (r.reports >= 2000 ? r.buildSeconds < 300 : undefined)],
  ['peakRssMB', '< 4000 in every step', (r) => r.peakRssMB < 4000],
  ['largestPageBytes', '≤ 1000000', (r) => r.largestPageBytes <= MB],
];

function printTable(r: BenchResult): void {
  const rows: [string, string, string][] = [];
  for (const [key, value] of Object.entries(r)) {
    if (key === 'rebuild') {
      for (const [part, v] of Object.entries(value as RebuildResult)) rows.push([`rebuild.${part}`, typeof v === 'object' ? JSON.stringify(v) : String(v), '']);
      continue;
    }
    if (key === 'steps' || key === 'stepPeakRssMB' || key === 'processPeakRssMB' || key === 'firstQueryParts' || key === 'bigSourceCpuSPerMB') {
      for (const [part, n] of Object.entries(value as Record<string, number>)) rows.push([`  ${part}`, String(n), '']);
      continue;
    }
    const target = targets.find(([k]) => k === key);
    const verdict = target ? target[2](r) : undefined;
    rows.push([key, Array.isArray(value) ? value.join(', ') : String(value), target ? `${target[1]} ${verdict === undefined ? '' : verdict ? 'ok' : 'MISSED'}` : '']);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v, t] of rows) console.log(`${k.padEnd(width)}  ${v}${t ? `   (target ${t.trim()})` : ''}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: '200' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const count = Number(values.reports);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--reports must be a whole number ≥ 1, got "${values.reports}"`);
  const result = await bench(count, values.keep!, values.rebuild!);
  if (values.json) console.log(JSON.stringify(result));
  else printTable(result);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
