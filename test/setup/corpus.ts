// Global setup of the corpus project (vitest.config.ts): `build:content` run once, as a user runs it,
// on the shipped sources and on the corpus fixtures, each into a temporary folder. The files that
// check every real text (test/nothing-lost.test.ts, test/emit.test.ts) read these outputs with
// `inject('corpusBuilds')` instead of running the pipeline over the corpus once more each. The
// builds use the pipeline cache (keyed by the pipeline's code, scripts/lib/cache.ts), as the site does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildContentAsync, root, type CliResult } from '../helpers/run.ts';

/** One run of build:content: where its sources and outputs are, and how it ended. */
export interface CorpusBuild extends CliResult {
  sources: string;
  out: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    corpusBuilds: { seeds: CorpusBuild; corpus: CorpusBuild };
  }
}

// A failed build is the tests' to report (nothing-lost's "every text builds"), not the setup's.
const buildContent = async (sources: string, out: string): Promise<CorpusBuild> => ({ sources, out, ...(await buildContentAsync(['--sources', sources, '--out', out])) });

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-corpus-'));
  // Both at once: the shipped sources are few, so the corpus build has a core to itself most of the time.
  const [seeds, corpus] = await Promise.all([
    buildContent(join(root, 'content/sources'), join(dir, 'seeds')),
    buildContent(join(root, 'test/fixtures/corpus'), join(dir, 'corpus')),
  ]);
  project.provide('corpusBuilds', { seeds, corpus });
  return () => rmSync(dir, { recursive: true, force: true });
}
