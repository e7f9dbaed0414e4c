// Helpers for tests that run the real CLIs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

/** Runs `node scripts/build-content.ts` with args; returns exit code and output. */
export function buildContent(args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'scripts/build-content.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'baogao-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
