// Global setup of the corpus project (vitest.config.ts): `build:content` run once, as a user runs it,
// on the shipped sources and on the corpus fixtures, each into a temporary folder. The files that
// check every real text (test/nothing-lost.test.ts, test/emit.test.ts) read these outputs with
// `inject('corpusBuilds')` instead of running the pipeline over the corpus once more each. The
// builds use the pipeline cache (keyed by the pipeline's code, scripts/lib/cache.ts), as the site does.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

/** One run of build:content: where its sources and outputs are, and how it ended. */
export interface CorpusBuild {
  sources: string;
  out: string;
  status: number;
  stdout: string;
  stderr: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    corpusBuilds: { seeds: CorpusBuild; corpus: CorpusBuild };
  }
}

const run = promisify(execFile);

async function buildContent(root: string, sources: string, out: string): Promise<CorpusBuild> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'scripts/build-content.ts'), '--sources', sources, '--out', out], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    return { sources, out, status: 0, stdout, stderr };
  } catch (error) {
    // A failed build is the tests' to report (nothing-lost's "every text builds"), not the setup's.
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { sources, out, status: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = join(import.meta.dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'baogao-corpus-'));
  // Both at once: the shipped sources are few, so the corpus build has a core to itself most of the time.
  const [seeds, corpus] = await Promise.all([
    buildContent(root, join(root, 'content/sources'), join(dir, 'seeds')),
    buildContent(root, join(root, 'test/fixtures/corpus'), join(dir, 'corpus')),
  ]);
  project.provide('corpusBuilds', { seeds, corpus });
  return () => rmSync(dir, { recursive: true, force: true });
}
