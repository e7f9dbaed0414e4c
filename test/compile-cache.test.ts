// The test run's compile cache (test/setup/compile-cache.ts, set by vitest.config.ts): every node
// process of a run shares one folder made for the run, a TypeScript module stripped and compiled by
// one process is read back by the next, and an edited module runs as edited.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from './helpers/run.ts';

const run = (file: string, cache: string) =>
  spawnSync(process.execPath, [file], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: cache, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' } });

test('the processes of a test run share one compile cache folder, made for the run', () => {
  const dir = process.env.NODE_COMPILE_CACHE;
  expect(dir).toBeDefined();
  expect(dir!.startsWith(join(tmpdir(), 'baogao-compile-cache-'))).toBe(true);
  const child = spawnSync(process.execPath, ['-e', "console.log(require('node:module').getCompileCacheDir())"], { encoding: 'utf8' });
  expect(child.stdout.startsWith(dir!)).toBe(true);
});

test('a TypeScript module is stripped once and read back, and runs afresh once edited', () => {
  const dir = tempDir('baogao-compile-');
  const file = join(dir, 'x.ts');
  writeFileSync(file, "const n: number = 1;\nconsole.log('n', n);\n");
  const first = run(file, join(dir, 'cache'));
  expect(first.stdout).toBe('n 1\n');
  expect(first.stderr).toContain('saving transpilation cache for StrippedTypeScript');
  const second = run(file, join(dir, 'cache'));
  expect(second.stdout).toBe('n 1\n');
  expect(second.stderr).toMatch(/retrieving transpile cache for StrippedTypeScript \S+x\.ts\.\.\.success/);
  writeFileSync(file, "const n: number = 2;\nconsole.log('n', n);\n");
  expect(run(file, join(dir, 'cache')).stdout).toBe('n 2\n');
});
