// Builds a whole site (scripts/build.ts) into folders of a test's own, like `npm run build` would.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './run.ts';

/** The environment without what vitest adds for its workers (BASE_URL, MODE, NODE_ENV=test… change or break astro build). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|VITE_.*|NODE_OPTIONS|NODE_ENV|TEST|BASE_URL|MODE|DEV|PROD|SSR)$/.test(k)));
}

/** Runs the full build; throws with its output when it fails. */
export function buildSite(folders: { sources: string; reports: string; dist: string }, env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...cleanEnv(), ...env, BAOGAO_SOURCES: folders.sources, BAOGAO_REPORTS: folders.reports, BAOGAO_DIST: folders.dist },
  });
  if (result.status !== 0) throw new Error(`building the site from ${folders.sources} failed:\n${result.stdout}\n${result.stderr}`);
}
