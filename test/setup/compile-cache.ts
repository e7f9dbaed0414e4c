// Node's compile cache for one test run (vitest.config.ts calls compileCacheForRun). Every node
// process a run starts (vitest's workers, the CLIs and builds the tests spawn, their worker threads)
// inherits NODE_COMPILE_CACHE, so a module is compiled once per run instead of once per process: the
// TypeScript of scripts/ and src/ is stripped (amaro, about a third of a CLI's start) and compiled
// by V8 the first time, and read back by the next process. Node checks each entry against the
// file's contents, so an edited file is compiled afresh; it caches code, never a result, and the
// folder is made for the run and removed when it ends, so a clean clone runs as it would without it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Points NODE_COMPILE_CACHE at a fresh folder removed at exit, unless the caller set one. */
export function compileCacheForRun(): void {
  if (process.env.NODE_COMPILE_CACHE) return;
  const dir = mkdtempSync(join(tmpdir(), 'baogao-compile-cache-'));
  process.env.NODE_COMPILE_CACHE = dir;
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}
