// bench-overlap: the whole build (scripts/build.ts) of one synthetic site, with the site and search
// steps one after the other and side by side, alternated, each from a fresh cache; prints one JSON
// line per build (wall and CPU seconds, phases, each step's peak) and whether the two dist/ are
// byte-identical. docs/benchmarks.md (session 33) has the figures.
//   node scripts/bench-overlap.ts --reports 200 [--runs 2] [--keep]
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copySiteFiles, generateCorpus } from './lib/synth.ts';
import { parseBenchArgs } from './lib/bench-args.ts';
import { compareTrees, runBuild } from './bench.ts';

const HELP = `Usage: node scripts/bench-overlap.ts [--reports N] [--runs K] [--keep]

Generates N reports from content/sources (as npm run bench does) and builds them K times each way,
alternated (BAOGAO_BUILD_OVERLAP=off, then on, …), every build from a fresh cache in a temporary folder.
Prints one JSON line per build and the files in which the two ways' dist/ differ (none expected).

Options:
  --reports N   number of reports (default 200)
  --runs K      builds each way (default 1)
  --keep        keep the temporary folder and print where it is
  -h, --help    show this help`;

const root = resolve(import.meta.dirname, '..');
const MB = 1_000_000;

const { reports: count, runs, keep } = parseBenchArgs('bench-overlap', HELP);

const work = await mkdtemp(join(tmpdir(), 'baogao-bench-overlap-'));
try {
  const seeds = join(root, 'content/sources');
  const sources = join(work, 'sources');
  await generateCorpus(seeds, sources, count);
  await copySiteFiles(seeds, sources);
  const dists: Record<string, string> = {};
  for (let run = 0; run < runs; run++) {
    for (const mode of ['off', 'on']) {
      const name = `${mode}-${run}`;
      const env = {
        ...process.env,
        BAOGAO_BUILD_OVERLAP: mode,
        BAOGAO_SOURCES: sources,
        BAOGAO_REPORTS: join(work, name, 'reports'),
        BAOGAO_DIST: join(work, name, 'dist'),
        BAOGAO_CACHE: join(work, name, 'cache'),
      };
      const loadStart = loadavg()[0]!;
      const build = await runBuild(env);
      console.log(
        JSON.stringify({
          reports: count,
          mode,
          run,
          overlap: build.overlap,
          buildSeconds: Number(build.seconds.toFixed(1)),
          buildCpuSeconds: build.cpuSeconds,
          steps: build.steps,
          peakRssMB: Math.round(build.peakRss / MB),
          processPeakRssMB: build.processPeakRss,
          loadAverage: [loadStart, loadavg()[0]!].map((n) => Number(n.toFixed(1))),
        }),
      );
      // The first dist/ of each way is compared; the others, their reports and caches go.
      if (dists[mode]) await rm(join(work, name), { recursive: true, force: true });
      else dists[mode] = env.BAOGAO_DIST;
    }
  }
  const differences = await compareTrees(dists.off!, dists.on!);
  console.log(JSON.stringify({ reports: count, distDifferences: differences.length, first: differences.slice(0, 10) }));
} finally {
  if (keep) console.error(`bench-overlap: kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
