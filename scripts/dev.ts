// dev: Astro's dev server plus the content pipeline watching the sources.
// Saving content/sources/<name>.txt (or .docx), a <name>.meta.yml sidecar, content/terms.yml,
// content/vocabulary.yml or content/metrics.yml re-runs build:content (its cache skips unchanged sources, so only what
// changed is rebuilt); Astro sees the new content/reports/ files and reloads the page. A pipeline
// error is printed as `file:line: what — what to do` and the server keeps running.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { siteFiles } from './lib/site-files.ts';
import { isSidecarName, isSourceName } from './lib/sources.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run dev [-- astro dev options, e.g. --port 4322 --host]

Runs build:content, then Astro's dev server, and re-runs build:content whenever a source text,
a sidecar, content/terms.yml, content/vocabulary.yml or content/metrics.yml is saved. Environment: BAOGAO_SOURCES, BAOGAO_REPORTS (folders).`);
  process.exit(0);
}

const sources = resolve(process.env.BAOGAO_SOURCES ?? 'content/sources');
const reports = resolve(process.env.BAOGAO_REPORTS ?? 'content/reports');
const content = dirname(sources);
const env = { ...process.env, BAOGAO_SOURCES: sources, BAOGAO_REPORTS: reports };

let running: ChildProcess | undefined;
let again = false;
const changed = new Set<string>();

/** Runs the pipeline once; a run asked for while one is going happens right after it. */
function runPipeline(reason: string): void {
  if (running) {
    again = true;
    return;
  }
  const started = performance.now();
  console.error(`dev: ${reason} → build:content`);
  running = spawn(process.execPath, ['scripts/build-content.ts', '--sources', sources, '--out', reports, '--keep-going'], {
    stdio: 'inherit',
    env,
  });
  running.on('exit', (code) => {
    running = undefined;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      code === 0 ? `dev: content up to date in ${seconds} s` : `dev: build:content reported problems (above, as file:line); fix the file and save again — the server keeps running`,
    );
    if (again) {
      again = false;
      runPipeline('more changes');
    }
  });
}

let timer: NodeJS.Timeout | undefined;
/** Editors save in bursts (temp file, rename); wait for quiet before running. */
function schedule(file: string): void {
  changed.add(file);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const files = [...changed].join(', ');
    changed.clear();
    runPipeline(`changed: ${files}`);
  }, 150);
}

const watched = (name: string): boolean => isSourceName(name) || (isSidecarName(name) && !name.startsWith('.'));
watch(sources, (_event, name) => {
  if (name && watched(name)) schedule(name);
});
if (existsSync(content)) {
  watch(content, (_event, name) => {
    if (name && (siteFiles as readonly string[]).includes(name)) schedule(name);
  });
}

let astro: ChildProcess | undefined;
const initial = spawn(process.execPath, ['scripts/build-content.ts', '--sources', sources, '--out', reports, '--keep-going'], {
  stdio: 'inherit',
  env,
});
initial.on('exit', () => {
  // Even with a failing source the others are built, so the server starts anyway.
  astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', ...args], { stdio: 'inherit', env });
  astro.on('exit', (code) => process.exit(code ?? 0));
  console.error(`dev: watching ${sources} and ${siteFiles.map((f) => join(content, f)).join(', ')}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    running?.kill(signal);
    astro?.kill(signal);
    if (!astro) process.exit(130);
  });
}
