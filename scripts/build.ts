// build: the whole site — content pipeline, astro build, Pagefind — with progress on stderr.
// Folders come from the environment so tests and benchmarks can build a site elsewhere:
//   BAOGAO_SOURCES (content/sources) → BAOGAO_REPORTS (content/reports) → BAOGAO_DIST (dist)
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run build

Builds dist/ from content/sources/: build:content, astro build, then the Pagefind search index.
Environment: SITE_URL, BASE_PATH (GitHub Pages project sites), BAOGAO_PRESET (tw, hk, t, twp),
BAOGAO_SOURCES, BAOGAO_REPORTS, BAOGAO_DIST (folders; defaults content/sources, content/reports, dist).`);
  process.exit(0);
}

const env = {
  ...process.env,
  BAOGAO_SOURCES: resolve(process.env.BAOGAO_SOURCES ?? 'content/sources'),
  BAOGAO_REPORTS: resolve(process.env.BAOGAO_REPORTS ?? 'content/reports'),
  BAOGAO_DIST: resolve(process.env.BAOGAO_DIST ?? 'dist'),
};
const astro = resolve('node_modules/astro/bin/astro.mjs');

const steps: [string, string[]][] = [
  ['content', ['scripts/build-content.ts', '--sources', env.BAOGAO_SOURCES, '--out', env.BAOGAO_REPORTS, ...args]],
  ['site', [astro, 'build', '--silent']],
  ['search', ['scripts/build-search.ts', env.BAOGAO_DIST]],
];

for (const [name, argv] of steps) {
  const started = performance.now();
  console.error(`build: ${name}…`);
  const result = spawnSync(process.execPath, argv, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`build: the ${name} step failed (exit ${result.status ?? result.signal}); nothing was published`);
    process.exit(result.status ?? 1);
  }
  console.error(`build: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
