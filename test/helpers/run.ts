// Helpers for tests that run the real CLIs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

export const root = join(import.meta.dirname, '..', '..');

/** Runs `node scripts/build-content.ts` with args; returns exit code and output. */
export function buildContent(args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'scripts/build-content.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const leftForTheFile: string[] = [];

/**
 * A fresh temporary folder, removed when the test that made it finishes; one made outside a test
 * (in `beforeAll` or while collecting) is removed after the file (test/setup/temp-dirs.ts).
 */
export function tempDir(prefix = 'baogao-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    leftForTheFile.push(dir);
  }
  return dir;
}

/** Removes the folders `tempDir` made outside a test. */
export function removeTempDirs(): void {
  for (const dir of leftForTheFile.splice(0)) rmSync(dir, { recursive: true, force: true });
}
