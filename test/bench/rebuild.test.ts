// The incremental build end to end (astro.config.ts experimental.incrementalBuild, src/lib/page-keys.ts):
// `npm run bench -- --rebuild` builds a site, changes the figures of one source, rebuilds it, builds the
// changed sources again from nothing and compares the two dist/ folders. Three site builds, so it runs
// with the benchmark (`npm run test:bench`), not in `npm test`.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers/run.ts';

const seeds = readdirSync(join(root, 'content/sources')).filter((n) => n.endsWith('.txt'));

describe('npm run bench -- --rebuild', () => {
  test('the rebuild after one source changed copies the unchanged report pages and equals a clean build byte for byte', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/bench.ts'), '--reports', String(seeds.length), '--rebuild', '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 290_000,
    });
    expect(result.status, result.stderr.slice(-3000)).toBe(0);
    const r = JSON.parse(result.stdout.trim());
    expect(r.rebuild.differences).toEqual([]);
    expect(r.rebuild.byteIdentical).toBe(true);
    // Rendered again: the changed report's two pages and its source download, and the two pages of
    // baoding-2022, whose actuals answer its targets (目标与实绩); copied: every other report's pages and source.
    expect(r.rebuild.changed).toBe('baoding-2021-zhengfugongzuobaogao');
    expect(r.rebuild.reused).toBeGreaterThanOrEqual(2 * (seeds.length - 2) + (seeds.length - 1));
    expect(r.rebuild.reused).toBeLessThan(r.files);
  });
});
