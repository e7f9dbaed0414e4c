// Builds a whole site (scripts/build.ts) into folders of a test's own, like `npm run build` would.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root, type CliResult } from './run.ts';

/** The environment without what vitest adds for its workers (BASE_URL, MODE, NODE_ENV=test… change or break astro build). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|VITE_.*|NODE_OPTIONS|NODE_ENV|TEST|BASE_URL|MODE|DEV|PROD|SSR)$/.test(k)));
}

type Folders = { sources: string; reports: string; dist: string };

/** The full build's command line and environment. */
function buildCommand(folders: Folders, env: Record<string, string>, args: string[]): [string[], NodeJS.ProcessEnv] {
  return [[join(root, 'scripts/build.ts'), ...args], { ...cleanEnv(), ...env, BAOGAO_SOURCES: folders.sources, BAOGAO_REPORTS: folders.reports, BAOGAO_DIST: folders.dist }];
}

/** Runs the full build; returns its exit code (-1 when it did not exit) and output. `args` go to build:content. */
export function runBuildSite(folders: Folders, env: Record<string, string> = {}, args: string[] = []): CliResult {
  const [argv, buildEnv] = buildCommand(folders, env, args);
  const result = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', env: buildEnv });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the full build; throws with its output when it fails. `args` go to build:content. */
export function buildSite(folders: Folders, env: Record<string, string> = {}, args: string[] = []): void {
  const result = runBuildSite(folders, env, args);
  if (result.status !== 0) throw new Error(`building the site from ${folders.sources} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * buildSite in the background: resolves when the build is done, rejects with its output when it
 * fails. The output goes to `log` meanwhile, not to a pipe, so the build never waits for a caller
 * that is busy (a build of its own with spawnSync) to read it.
 */
export function startBuildSite(folders: Folders, log: string, env: Record<string, string> = {}, args: string[] = []): Promise<void> {
  const [argv, buildEnv] = buildCommand(folders, env, args);
  const out = openSync(log, 'w');
  const child = spawn(process.execPath, argv, { cwd: root, env: buildEnv, stdio: ['ignore', out, out] });
  closeSync(out);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`building the site from ${folders.sources} failed (${code ?? signal}):\n${readFileSync(log, 'utf8')}`)),
    );
  });
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
