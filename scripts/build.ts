// build: the whole site — content pipeline, astro build, Pagefind — with progress on stderr.
// Folders come from the environment so tests and benchmarks can build a site elsewhere:
//   BAOGAO_SOURCES (content/sources) → BAOGAO_REPORTS (content/reports) → BAOGAO_DIST (dist)
import { spawnSync } from 'node:child_process';
import { resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run build [-- build:content options, e.g. --strict; see npm run build:content -- --help]

Builds dist/ from content/sources/: build:content, astro build, then the Pagefind search index.
Environment: SITE_URL, BASE_PATH (GitHub Pages project sites), BAOGAO_PRESET (tw, hk, t, twp),
BAOGAO_SOURCES, BAOGAO_REPORTS, BAOGAO_DIST (folders; defaults content/sources, content/reports, dist),
BAOGAO_SEARCH_SHARD (reports per search bundle, default 2000: a larger site is indexed in shards),
BAOGAO_SEARCH_AHEAD (pages sent to Pagefind ahead, default 4; 1: one at a time, the same output),
BAOGAO_BUILD_LOG=info (show astro's own log with its phases; npm run bench uses it to time them).`);
  process.exit(0);
}

const env = {
  ...process.env,
  BAOGAO_SOURCES: resolve(process.env.BAOGAO_SOURCES ?? 'content/sources'),
  BAOGAO_REPORTS: resolve(process.env.BAOGAO_REPORTS ?? 'content/reports'),
  BAOGAO_DIST: resolve(process.env.BAOGAO_DIST ?? 'dist'),
};
const astro = resolve('node_modules/astro/bin/astro.mjs');

// Astro bundles pages into <cwd>/.astro/.prerender when dist is outside the working directory, so
// two builds into different temp folders would overwrite each other's chunks. Such a build runs astro
// (with --root for the project) from its own folder inside node_modules, where the bundle still
// resolves the project's packages.
const astroCwd = env.BAOGAO_DIST.startsWith(process.cwd() + sep)
  ? process.cwd()
  : resolve('node_modules/.cache/baogao-astro', createHash('sha256').update(env.BAOGAO_DIST).digest('hex').slice(0, 16));
mkdirSync(astroCwd, { recursive: true });
const steps: [string, string[], string?][] = [
  // --keep-going: every bad source is reported in one run (the build still stops before publishing).
  ['content', ['scripts/build-content.ts', '--sources', env.BAOGAO_SOURCES, '--out', env.BAOGAO_REPORTS, '--keep-going', ...args]],
  ['site', [astro, 'build', '--root', process.cwd(), ...(process.env.BAOGAO_BUILD_LOG === 'info' ? [] : ['--silent'])], astroCwd],
  ['search', ['scripts/build-search.ts', env.BAOGAO_DIST]],
];

const buildStarted = performance.now();
const timings: string[] = [];
for (const [name, argv, cwd] of steps) {
  const started = performance.now();
  console.error(`build: ${name}…`);
  const result = spawnSync(process.execPath, argv, { stdio: 'inherit', env, cwd });
  // The per-build astro folder is only scratch space (astro has already removed its bundle).
  if (cwd && cwd !== process.cwd()) rmSync(cwd, { recursive: true, force: true });
  if (result.status !== 0) {
    console.error(`build: the ${name} step failed (exit ${result.status ?? result.signal}); nothing was published`);
    process.exit(result.status ?? 1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${name} ${seconds} s`);
  console.error(`build: ${name} done in ${seconds} s`);
}
console.error(`build: done in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s (${timings.join(', ')})`);
