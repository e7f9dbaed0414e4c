// bench-parts: the astro step alone, as one process and as two (BAOGAO_ASTRO_PARTS, src/lib/page-share.ts),
// alternated, on one synthetic site whose content step ran once; prints one JSON line per step (wall, CPU
// and peak of each astro process, the load), where one process's render time goes (report pages, source
// downloads, the site's own pages), and the files in which the two ways' dist/ differ (none expected).
// docs/benchmarks.md (session 35) has the figures.
//   node scripts/bench-parts.ts --reports 200 [--runs 2] [--keep]
//   node scripts/bench-parts.ts --from /tmp/baogao-bench-x/site/reports   (a bench --keep run's records)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { copySiteFiles, generateCorpus } from './lib/synth.ts';
import { parseBenchArgs } from './lib/bench-args.ts';
import { mergeFolder } from './lib/astro-parts.ts';
import { compareTrees } from './bench.ts';
import { shareOutDir } from '../src/lib/page-share.ts';

const HELP = `Usage: node scripts/bench-parts.ts (--reports N | --from REPORTS) [--runs K] [--keep]

Runs the astro step of one site K times each way, alternated: one process, then two side by side
(BAOGAO_ASTRO_SHARE=1/2 and 2/2, merged). The records come from build:content over N generated reports
(as npm run bench makes them), or from REPORTS (a content/reports folder). Each astro step starts
from an empty cache. Prints one JSON line per step and the files in which the two dist/ differ.

Options:
  --reports N     number of reports to generate (default 200)
  --from REPORTS  use these records instead
  --runs K        steps each way (default 1)
  --keep          keep the temporary folder and print where it is
  -h, --help      show this help`;

const root = resolve(import.meta.dirname, '..');
const MB = 1_000_000;

const { reports: count, runs, keep, values } = parseBenchArgs('bench-parts', HELP, { from: { type: 'string' } });

/** What one astro process took: wall seconds, user + system CPU seconds and peak RSS (MB) of its tree, by /usr/bin/time; and its log. */
interface AstroRun {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
  log: string;
}

/** One `astro build` with `env` over the build's, from a scratch folder of its own (as scripts/build.ts runs it). */
function astroBuild(env: NodeJS.ProcessEnv, scratch: string): Promise<AstroRun> {
  mkdirSync(scratch, { recursive: true });
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'TIME %U %S %M', process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root], {
    cwd: scratch,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += String(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (log += String(chunk)));
  return new Promise((done, fail) =>
    child.on('close', (code) => {
      const m = /^TIME ([\d.]+) ([\d.]+) (\d+)$/m.exec(log);
      if (code !== 0 || !m) return fail(new Error(`astro build failed (exit ${code}):\n${log.slice(-3000)}`));
      done({ seconds: (performance.now() - started) / 1000, cpuSeconds: Number(m[1]) + Number(m[2]), peakMB: Math.round((Number(m[3]) * 1024) / MB), log });
    }),
  );
}

/** Milliseconds astro's log gives each page it rendered, summed by kind: a report's two pages, its source download, the site's own pages. */
function renderSplit(log: string): Record<string, number> {
  const split: Record<string, number> = { reportPages: 0, sources: 0, sitePages: 0 };
  for (const m of log.matchAll(/├─ (\S+) \(\+(\d+(?:\.\d+)?)(m?s)\)/g)) {
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const page = /^\/zh-han[st]\/([^/]+)\/index\.html$/.exec(m[1]!)?.[1];
    const kind = m[1]!.startsWith('/sources/') ? 'sources' : page && page !== 'indicators' && page !== 'search' ? 'reportPages' : 'sitePages';
    split[kind]! += ms;
  }
  for (const k of Object.keys(split)) split[k] = Math.round(split[k]! / 100) / 10;
  return split;
}

const round = (x: number): number => Math.round(x * 10) / 10;

const work = await mkdtemp(join(tmpdir(), 'baogao-bench-parts-'));
/** Astro's working folders, inside node_modules (its bundle resolves the project's packages from there), one per bench run. */
const scratchRoot = join(root, 'node_modules/.cache', basename(work));
try {
  let reports = values.from ? resolve(values.from) : join(work, 'reports');
  if (!values.from) {
    const seeds = join(root, 'content/sources');
    const sources = join(work, 'sources');
    await generateCorpus(seeds, sources, count);
    await copySiteFiles(seeds, sources);
    await new Promise<void>((done, fail) =>
      spawn(process.execPath, [join(root, 'scripts/build-content.ts'), '--sources', sources, '--out', reports, '--quiet'], {
        cwd: root,
        env: { ...process.env, BAOGAO_CACHE: join(work, 'cache') },
        stdio: 'inherit',
      }).on('close', (code) => (code === 0 ? done() : fail(new Error(`build:content failed (exit ${code})`)))),
    );
  }
  reports = resolve(reports);
  const dists: Record<string, string> = {};
  for (let run = 0; run < runs; run++) {
    for (const parts of [1, 2]) {
      const name = `parts${parts}-${run}`;
      const dist = join(work, name, 'dist');
      const load = loadavg()[0]!;
      const started = performance.now();
      const env = { BAOGAO_REPORTS: reports, BAOGAO_DIST: dist };
      const scratch = (k: number): string => join(scratchRoot, `${name}-${k}`);
      const done = parts === 1 ? [await astroBuild(env, scratch(1))] : await Promise.all([1, 2].map((k) => astroBuild({ ...env, BAOGAO_ASTRO_SHARE: `${k}/2` }, scratch(k))));
      if (parts === 2) mergeFolder(shareOutDir(dist, { part: 2, parts: 2 }), dist);
      const seconds = (performance.now() - started) / 1000;
      dists[name] = dist;
      console.log(
        JSON.stringify({
          way: parts === 1 ? 'one process' : 'two parts',
          run,
          seconds: round(seconds),
          cpuSeconds: round(done.reduce((sum, d) => sum + d.cpuSeconds, 0)),
          processes: done.map((d) => ({ seconds: round(d.seconds), cpuSeconds: round(d.cpuSeconds), peakMB: d.peakMB, render: renderSplit(d.log) })),
          loadAverage: [round(load), round(loadavg()[0]!)],
        }),
      );
    }
  }
  for (const [name, dist] of Object.entries(dists)) {
    if (name === 'parts1-0') continue;
    const differences = await compareTrees(dists['parts1-0']!, dist);
    console.log(JSON.stringify({ compared: `parts1-0 ↔ ${name}`, differences: differences.length, first: differences.slice(0, 5) }));
  }
} finally {
  if (keep) console.error(`bench-parts: kept ${work}`);
  else await rm(work, { recursive: true, force: true });
  await rm(scratchRoot, { recursive: true, force: true });
}
