// build:content on worker threads (--workers, BAOGAO_WORKERS): the main thread takes the reports in
// the sources' order, so every file it writes and every line it prints is the same whatever the
// number of workers, a failing source's message (file and line) and exit status included.
import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWorkers } from '../scripts/lib/pool.ts';
import { buildContent, root, tempDir } from './helpers/run.ts';

const execFileAsync = promisify(execFile);

interface Run {
  status: number;
  /** stdout and stderr with the run's own folders (which the messages name) replaced by `<dir>`. */
  stdout: string;
  stderr: string;
  /** Every file written: outputs and cache entries, by name. */
  files: Map<string, string>;
}

/** Every file under `dir`, by its path inside it (none when a build that stopped made no folder). */
function readAll(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (name.isFile()) files.set(join(name.parentPath, name.name).slice(dir.length + 1), readFileSync(join(name.parentPath, name.name), 'latin1'));
  }
  return files;
}

/** build:content over `sources` with `workers` workers, a fresh output folder and cache of its own. */
async function run(dir: string, sources: string, workers: string, ...args: string[]): Promise<Run> {
  const own = join(dir, `w${workers}${args.join('')}`);
  const argv = [join(root, 'scripts/build-content.ts'), '--sources', sources, '--out', join(own, 'out'), '--workers', workers, '--no-cache', ...args];
  // --no-cache reads no entry but the scratch of pass 1; the cache run below writes entries.
  const env: NodeJS.ProcessEnv = { ...process.env, BAOGAO_CACHE: join(own, 'cache') };
  delete env.BAOGAO_WORKERS;
  let result: { status: number; stdout: string; stderr: string };
  try {
    result = { status: 0, ...(await execFileAsync(process.execPath, argv, { cwd: root, encoding: 'utf8', env, maxBuffer: 1 << 26 })) };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    result = { status: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
  const clean = (text: string): string => text.replaceAll(own, '<dir>').replace(/ in \d+\.\d s /, ' in … s ');
  return { status: result.status, stdout: clean(result.stdout), stderr: clean(result.stderr), files: readAll(own) };
}

/** The same build with and without workers: everything it wrote and printed, compared. */
function expectSame(runs: Run[]): void {
  const [first, ...others] = runs;
  for (const other of others) {
    expect(other.status).toBe(first!.status);
    expect(other.stdout).toBe(first!.stdout);
    expect(other.stderr).toBe(first!.stderr);
    expect([...other.files.keys()].sort()).toEqual([...first!.files.keys()].sort());
    for (const [name, text] of first!.files) expect(other.files.get(name) === text, name).toBe(true);
  }
}

/** A corpus made from the shipped sources (the seeds and variants with figures of their own, so each worker builds several). */
async function corpus(count: number): Promise<{ dir: string; sources: string; names: string[] }> {
  const { generateCorpus } = await import('../scripts/lib/synth.ts');
  const dir = tempDir('baogao-workers-');
  const sources = join(dir, 'content', 'sources');
  await generateCorpus(join(root, 'content/sources'), sources, count);
  const names = readdirSync(sources)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  return { dir, sources, names };
}

describe('build:content with 0, 1 and 2 worker threads', () => {
  test('writes the same outputs and cache and prints the same progress, warnings and summary', async () => {
    const { dir, sources } = await corpus(10);
    const cached = async (workers: string): Promise<Run> => {
      const own = join(dir, `cached-w${workers}`);
      const env = { ...process.env, BAOGAO_CACHE: join(own, 'cache'), BAOGAO_WORKERS: workers };
      const argv = [join(root, 'scripts/build-content.ts'), '--sources', sources, '--out', join(own, 'out')];
      const { stdout, stderr } = await execFileAsync(process.execPath, argv, { cwd: root, encoding: 'utf8', env, maxBuffer: 1 << 26 });
      const clean = (text: string): string => text.replaceAll(own, '<dir>').replace(/ in \d+\.\d s /, ' in … s ');
      return { status: 0, stdout: clean(stdout), stderr: clean(stderr), files: readAll(own) };
    };
    // Without the cache (pass 1 kept in a scratch folder), and with it (BAOGAO_WORKERS this time).
    const runs = [await run(dir, sources, '0'), await run(dir, sources, '1'), await run(dir, sources, '2')];
    expect(runs[0]!.status, runs[0]!.stderr).toBe(0);
    expect(runs[0]!.stdout).toMatch(/\[10\/10\] .*\n(.*\n)*build:content: 10 of 10 sources built/);
    expect(runs[0]!.stderr).toMatch(/warning/);
    expect([...runs[0]!.files.keys()].filter((n) => n.startsWith('out/')).length).toBeGreaterThanOrEqual(60);
    expectSame(runs);
    const withCache = [await cached('0'), await cached('2')];
    expect([...withCache[0]!.files.keys()].filter((n) => n.startsWith('cache/')).length).toBeGreaterThanOrEqual(10);
    expectSame(withCache);
  }, 600_000);

  test('a source that fails is named with its line, the build stops (exit 1) or goes on (--keep-going), the same on workers', async () => {
    const { dir, sources, names } = await corpus(8);
    // A control character on line 3 of a source in the middle: the pipeline (decode) rejects it in whichever thread builds it.
    const bad = names[3]!;
    const lines = readFileSync(join(sources, bad), 'utf8').split('\n');
    lines[2] = `\u0001${lines[2]}`;
    writeFileSync(join(sources, bad), lines.join('\n'));
    for (const args of [[], ['--keep-going']]) {
      const runs = [await run(dir, sources, '0', ...args), await run(dir, sources, '2', ...args)];
      expect(runs[0]!.status).toBe(1);
      expect(runs[0]!.stderr).toContain(`${bad}:3: binary data: control character U+0001 on line 3 — sources must be plain text`);
      expect(runs[0]!.stderr).toMatch(args.length ? /7 of 8 sources built .* 1 failed/ : /build:content: \d of 8 sources built .* 1 failed/);
      expectSame(runs);
    }
  }, 600_000);

  test('--workers and BAOGAO_WORKERS take auto or a whole number; anything else is refused', () => {
    expect(parseWorkers('auto', '--workers')).toBe('auto');
    expect(parseWorkers('0', '--workers')).toBe(0);
    expect(parseWorkers('3', '--workers')).toBe(3);
    for (const wrong of ['', 'two', '-1', '1.5', ' 2']) expect(() => parseWorkers(wrong, '--workers')).toThrow(/--workers "/);
    const refused = buildContent(['--workers', 'many', '--sources', join(root, 'content/sources')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--workers "many": use auto or a whole number/);
  });
});
