// build: the whole site — content pipeline, astro build, Pagefind — with progress on stderr.
// Folders come from the environment so tests and benchmarks can build a site elsewhere:
//   BAOGAO_SOURCES (content/sources) → BAOGAO_REPORTS (content/reports) → BAOGAO_DIST (dist)
// The site step (astro) reads the records' site views and MDX, the search step their search
// documents: once the content step is done they can run side by side (scripts/lib/overlap.ts says
// when). The search step writes into <dist>-search, moved to <dist>/pagefind once both steps have
// succeeded (astro empties its outDir before it bundles), so a failed step publishes no index.
// The site step itself can run as two astro processes side by side (scripts/lib/astro-parts.ts says
// when), each rendering its share of the pages (src/lib/page-share.ts); the second's folder,
// <dist>-site2, is merged into dist once every step has succeeded.
import { join, resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { SEARCH_FILE_SUFFIX } from '../src/schemas/search.ts';
import { SEARCH_SHARD } from '../src/search/records.ts';
import { exitCodeOf, moveFolder, runSteps, type Step, type StepFailure } from './lib/steps.ts';
import { DEFAULT_MEMORY_BUDGET_MB, decideOverlap, readOverlapEnv } from './lib/overlap.ts';
import { decideParts, mergeFolder, readPartsEnv } from './lib/astro-parts.ts';
import { shareOutDir } from '../src/lib/page-share.ts';
import { langs } from '../src/lib/site.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run build [-- build:content options, e.g. --strict; see npm run build:content -- --help]

Builds dist/ from content/sources/: build:content, then astro build and the Pagefind search index
(side by side when both fit the memory budget, each line of their output prefixed [site] or [search]).
Environment: SITE_URL, BASE_PATH (GitHub Pages project sites), BAOGAO_PRESET (tw, hk, t, twp),
BAOGAO_SOURCES, BAOGAO_REPORTS, BAOGAO_DIST (folders; defaults content/sources, content/reports, dist),
BAOGAO_SEARCH_SHARD (reports per search bundle, default 2000: a larger site is indexed in shards),
BAOGAO_SEARCH_AHEAD (pages sent to Pagefind ahead, default 4; 1: one at a time, the same output),
BAOGAO_BUILD_OVERLAP (auto, the default: astro and the search index side by side when the two steps'
  projected peaks add up to at most BAOGAO_BUILD_MEMORY_MB; on: always; off: one after the other;
  the same dist/ either way),
BAOGAO_ASTRO_PARTS (1, the default: one astro process; 2: the pages rendered by two astro processes side
  by side, each its share into a folder of its own (<dist>-site2 for the second, merged into dist); auto:
  two when the search step runs after the site step and their projected peaks add up to at most
  BAOGAO_BUILD_MEMORY_MB; the same dist/ either way),
BAOGAO_BUILD_MEMORY_MB (the budget, default ${DEFAULT_MEMORY_BUDGET_MB}),
BAOGAO_BUILD_LOG=info (show astro's own log with its phases; npm run bench uses it to time them).`);
  process.exit(0);
}

const overlapEnv = readOverlapEnv(process.env);
const partsEnv = readPartsEnv(process.env);
if ('problem' in overlapEnv || 'problem' in partsEnv) {
  for (const read of [overlapEnv, partsEnv]) if ('problem' in read) console.error(`build: ${read.problem}`);
  process.exit(2);
}

const env = {
  ...process.env,
  BAOGAO_SOURCES: resolve(process.env.BAOGAO_SOURCES ?? 'content/sources'),
  BAOGAO_REPORTS: resolve(process.env.BAOGAO_REPORTS ?? 'content/reports'),
  BAOGAO_DIST: resolve(process.env.BAOGAO_DIST ?? 'dist'),
};
const astro = resolve('node_modules/astro/bin/astro.mjs');
// Beside dist (usually one file system, so the index is renamed; copied when dist is a mount of its own), outside it (astro empties dist).
const searchStaging = `${env.BAOGAO_DIST}-search`;

/** Where the second astro part renders its share (src/lib/page-share.ts), merged into dist after. */
const secondPart = shareOutDir(env.BAOGAO_DIST, { part: 2, parts: 2 });

// A staging folder is the build's own only when it holds nothing but what its step writes there (a
// build killed before it removes them leaves them behind): a folder of the user's that happens to be
// called <dist>-search or <dist>-site2 is never removed, nor emptied by astro. The second part writes
// its pages' folders (the scripts, sources/), the pages both parts render, the bundled assets, astro's
// scratch and public/'s files.
const staging = [
  { folder: searchStaging, what: 'stages the search index', own: new Set(['pagefind']) },
  {
    folder: secondPart,
    what: "renders the second astro part's pages",
    own: new Set([...langs, 'sources', '_astro', '.prerender', 'index.html', '404.html', 'robots.txt', ...(existsSync('public') ? readdirSync('public') : [])]),
  },
];
for (const { folder, what, own } of staging) {
  const isDir = existsSync(folder) && statSync(folder).isDirectory();
  const strangers = isDir ? readdirSync(folder).filter((name) => !own.has(name)) : [];
  if (strangers.length || (existsSync(folder) && !isDir)) {
    const holds = strangers.length ? `holds ${strangers.slice(0, 3).join(', ')}${strangers.length > 3 ? ', …' : ''}` : 'is a file';
    console.error(
      `build: ${folder} ${holds}: the build ${what} there and removes it, so it will not touch anything of yours by that name; move it, or build into another BAOGAO_DIST`,
    );
    process.exit(2);
  }
}

// Astro bundles pages into <cwd>/.astro/.prerender when dist is outside the working directory, so
// two builds into different temp folders would overwrite each other's chunks. Such a build runs astro
// (with --root for the project) from its own folder inside node_modules, where the bundle still
// resolves the project's packages.
// Each part's astro writes to a folder of its own, so each has its own such folder.
const astroCwd = (outDir: string): string => {
  const cwd = outDir.startsWith(process.cwd() + sep) ? process.cwd() : resolve('node_modules/.cache/baogao-astro', createHash('sha256').update(outDir).digest('hex').slice(0, 16));
  mkdirSync(cwd, { recursive: true });
  return cwd;
};
const content: Step = {
  name: 'content',
  // --keep-going: every bad source is reported in one run (the build still stops before publishing).
  argv: ['scripts/build-content.ts', '--sources', env.BAOGAO_SOURCES, '--out', env.BAOGAO_REPORTS, '--keep-going', ...args],
};
// The per-build astro folder is only scratch space, removed after the step (astro has already removed its bundle).
const astroArgv = [astro, 'build', '--root', process.cwd(), ...(process.env.BAOGAO_BUILD_LOG === 'info' ? [] : ['--silent'])];
/** The site step: one astro process, or, in two parts, each rendering its share (BAOGAO_ASTRO_SHARE). */
const siteSteps = (parts: 1 | 2): Step[] =>
  parts === 1
    ? [{ name: 'site', argv: astroArgv, cwd: astroCwd(env.BAOGAO_DIST), env: { BAOGAO_ASTRO_SHARE: '' } }]
    : [
        { name: 'site', argv: astroArgv, cwd: astroCwd(env.BAOGAO_DIST), env: { BAOGAO_ASTRO_SHARE: '1/2' } },
        { name: 'site-2', argv: astroArgv, cwd: astroCwd(secondPart), env: { BAOGAO_ASTRO_SHARE: '2/2' } },
      ];
const search: Step = { name: 'search', argv: ['scripts/build-search.ts', searchStaging] };

const buildStarted = performance.now();
const timings: string[] = [];

/** Stops with the failed step named; no index is moved into dist. */
function stop(failure: StepFailure | undefined): void {
  if (!failure) return;
  rmSync(searchStaging, { recursive: true, force: true });
  rmSync(secondPart, { recursive: true, force: true });
  console.error(`build: the ${failure.name} step failed (exit ${failure.status}); nothing was published`);
  // A step ended by a signal (Ctrl-C, kill: passed on to the steps by runSteps) exits 128 + its number, as a shell does.
  process.exit(exitCodeOf(failure.status));
}

stop(await runSteps([content], { env, together: false, timings }));

const reports = readdirSync(env.BAOGAO_REPORTS).filter((f) => f.endsWith(SEARCH_FILE_SUFFIX)).length;
const shard = process.env.BAOGAO_SEARCH_SHARD ? Number(process.env.BAOGAO_SEARCH_SHARD) : SEARCH_SHARD;
const searchShard = Number.isFinite(shard) && shard > 0 ? shard : SEARCH_SHARD;
// The search step beside one astro process decides first (as before two parts existed): beside it, it has the second core.
const withOne = decideOverlap({ ...overlapEnv, reports, shard: searchShard });
const parts = decideParts({ ...partsEnv, reports, budgetMB: overlapEnv.budgetMB, oneMB: withOne.astroMB, searchBeside: withOne.overlap });
console.error(`build: the site in ${parts.parts === 2 ? 'two astro processes' : 'one astro process'}: ${parts.reason}`);
const decision = decideOverlap({ ...overlapEnv, reports, shard: searchShard, astroMB: parts.astroMB });
console.error(`build: ${decision.overlap ? 'site and search side by side' : 'site, then search'}: ${decision.reason}`);

rmSync(searchStaging, { recursive: true, force: true });
rmSync(secondPart, { recursive: true, force: true });
// Side by side, the first step to fail ends the others; all must succeed before anything is merged into dist.
const site = siteSteps(parts.parts);
if (decision.overlap) stop(await runSteps([...site, search], { env, together: true, timings }));
else {
  stop(await runSteps(site, { env, together: site.length > 1, timings }));
  stop(await runSteps([search], { env, together: false, timings }));
}

if (parts.parts === 2) {
  try {
    mergeFolder(secondPart, env.BAOGAO_DIST);
  } catch (error) {
    console.error(`build: ${(error as Error).message}`);
    stop({ name: 'site', status: 1 });
  }
  rmSync(secondPart, { recursive: true, force: true });
  console.error(`build: the second part's pages merged into ${env.BAOGAO_DIST}`);
}

rmSync(join(env.BAOGAO_DIST, 'pagefind'), { recursive: true, force: true });
moveFolder(join(searchStaging, 'pagefind'), join(env.BAOGAO_DIST, 'pagefind'));
rmSync(searchStaging, { recursive: true, force: true });
console.error(`build: the search index moved into ${join(env.BAOGAO_DIST, 'pagefind')}`);
console.error(
  `build: done in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s (${timings.join(', ')}${parts.parts === 2 ? '; the site in two parts' : ''}${decision.overlap ? '; site and search side by side' : ''})`,
);
