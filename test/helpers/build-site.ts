// Builds a whole site (scripts/build.ts) into folders of a test's own, like `npm run build` would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './run.ts';

/** The environment without what vitest adds for its workers (BASE_URL, MODE, NODE_ENV=test… change or break astro build). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|VITE_.*|NODE_OPTIONS|NODE_ENV|TEST|BASE_URL|MODE|DEV|PROD|SSR)$/.test(k)));
}

/** Runs the full build; throws with its output when it fails. `args` go to build:content. */
export function buildSite(folders: { sources: string; reports: string; dist: string }, env: Record<string, string> = {}, args: string[] = []): void {
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...cleanEnv(), ...env, BAOGAO_SOURCES: folders.sources, BAOGAO_REPORTS: folders.reports, BAOGAO_DIST: folders.dist },
  });
  if (result.status !== 0) throw new Error(`building the site from ${folders.sources} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Runs `astro build` on the Astro project in `project` (its own config); throws with its output when it fails. */
export function buildAstro(project: string, env: Record<string, string>): void {
  // As scripts/build.ts does for a dist outside the working directory: astro runs from a scratch
  // folder inside node_modules, where its prerender bundle still resolves the packages.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const cwd = mkdtempSync(join(root, 'node_modules/.cache/baogao-astro-test-'));
  try {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project, '--silent'], {
      cwd,
      encoding: 'utf8',
      env: { ...cleanEnv(), ...env },
    });
    if (result.status !== 0) throw new Error(`astro build of ${project} failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
