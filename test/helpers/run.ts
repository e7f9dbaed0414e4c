// Helpers for tests that run the real CLIs.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onTestFinished } from 'vitest';

export const root = join(import.meta.dirname, '..', '..');

/** How a CLI run ended: its exit code (-1 when it did not exit) and output. */
export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

const buildContentArgv = (args: string[]): string[] => [join(root, 'scripts/build-content.ts'), ...args];

/** Runs `node scripts/build-content.ts` with args; returns exit code and output. */
export function buildContent(args: string[]): CliResult {
  const result = spawnSync(process.execPath, buildContentArgv(args), {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const execFileAsync = promisify(execFile);

/** buildContent without blocking, so that several can run at once (test/setup/corpus.ts). */
export async function buildContentAsync(args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, buildContentArgv(args), { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
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
