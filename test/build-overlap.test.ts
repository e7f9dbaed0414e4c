// The site (astro) and search steps side by side (scripts/build.ts, scripts/lib/steps.ts,
// scripts/lib/overlap.ts): the same dist/ as one after the other, and nothing published when either
// step fails, whichever ends first.
import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { root, tempDir } from './helpers/run.ts';
import { runBuildSite } from './helpers/build-site.ts';
import { differences, snapshot } from './helpers/snapshot.ts';
import { exitCodeOf, moveFolder, runSteps, type StepOutput } from '../scripts/lib/steps.ts';
import { DEFAULT_MEMORY_BUDGET_MB, decideOverlap, projectPeaks, readOverlapEnv } from '../scripts/lib/overlap.ts';

/** Output streams that keep what the steps print. */
function captured(): StepOutput & { text: () => string } {
  let text = '';
  const sink = (): Writable =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        text += String(chunk);
        done();
      },
    });
  return { out: sink(), err: sink(), text: () => text };
}

describe('decideOverlap', () => {
  const budgetMB = DEFAULT_MEMORY_BUDGET_MB;
  test.each([
    ['auto', 7, true],
    ['auto', 500, true],
    ['auto', 10_000, false],
    ['on', 10_000, true],
    ['off', 7, false],
  ] as const)('%s, %i reports → side by side: %s', (setting, reports, overlap) => {
    expect(decideOverlap({ setting, reports, shard: 2000, budgetMB }).overlap).toBe(overlap);
  });

  test('auto: side by side exactly when the two projected peaks add up to the budget or less', () => {
    const { astroMB, searchMB } = projectPeaks(1000, 2000);
    expect(decideOverlap({ setting: 'auto', reports: 1000, shard: 2000, budgetMB: astroMB + searchMB }).overlap).toBe(true);
    expect(decideOverlap({ setting: 'auto', reports: 1000, shard: 2000, budgetMB: astroMB + searchMB - 1 }).overlap).toBe(false);
  });

  test("the search step's projection stops growing at one shard", () => {
    expect(projectPeaks(10_000, 2000).searchMB).toBe(projectPeaks(2000, 2000).searchMB);
    expect(projectPeaks(10_000, 500).searchMB).toBeLessThan(projectPeaks(10_000, 2000).searchMB);
  });

  test('BAOGAO_BUILD_OVERLAP and BAOGAO_BUILD_MEMORY_MB are checked', () => {
    expect(readOverlapEnv({})).toEqual({ setting: 'auto', budgetMB: DEFAULT_MEMORY_BUDGET_MB });
    expect(readOverlapEnv({ BAOGAO_BUILD_OVERLAP: 'off', BAOGAO_BUILD_MEMORY_MB: '8000' })).toEqual({ setting: 'off', budgetMB: 8000 });
    expect(readOverlapEnv({ BAOGAO_BUILD_OVERLAP: 'yes' })).toEqual({ problem: 'BAOGAO_BUILD_OVERLAP=yes: expected one of auto, on, off' });
    expect(readOverlapEnv({ BAOGAO_BUILD_MEMORY_MB: '4 GB' })).toMatchObject({ problem: expect.stringMatching(/^BAOGAO_BUILD_MEMORY_MB=4 GB: expected a whole number/) });
  });
});

describe('runSteps side by side', () => {
  test('a step that fails after the other succeeded is the failure; lines are prefixed by step', async () => {
    const done = join(tempDir('baogao-steps-'), 'search-done');
    const output = captured();
    const failure = await runSteps(
      [
        // Fails only once the search step has finished: the order is fixed by the file, not by time.
        {
          name: 'site',
          argv: ['-e', `const t = setInterval(() => { if (require('fs').existsSync(${JSON.stringify(done)})) { console.error('broken'); process.exit(3); } }, 20);`],
        },
        { name: 'search', argv: ['-e', `console.log('indexed'); require('fs').writeFileSync(${JSON.stringify(done)}, '');`] },
      ],
      { env: process.env, together: true, output },
    );
    expect(failure).toEqual({ name: 'site', status: 3 });
    expect(output.text()).toContain('[search] indexed\n');
    expect(output.text()).toContain('build: search done in');
    expect(output.text()).toContain('[site] broken\n');
    expect(output.text()).not.toContain('build: site done');
  });

  test('the first failure ends the step still running (this test would wait for it forever otherwise)', async () => {
    const output = captured();
    const failure = await runSteps(
      [
        { name: 'site', argv: ['-e', 'setInterval(() => {}, 1000);'] },
        { name: 'search', argv: ['-e', 'process.exit(4);'] },
      ],
      { env: process.env, together: true, output },
    );
    expect(failure).toEqual({ name: 'search', status: 4 });
    expect(output.text()).not.toContain('build: site done');
  });

  test('one after the other, a failure starts no later step', async () => {
    const output = captured();
    const failure = await runSteps(
      [
        { name: 'site', argv: ['-e', 'process.exit(5);'] },
        { name: 'search', argv: ['-e', ''] },
      ],
      { env: process.env, together: false, output },
    );
    expect(failure).toEqual({ name: 'site', status: 5 });
    expect(output.text()).not.toContain('build: search');
  });
});

describe('runSteps stopped by a signal', () => {
  /** Whether process `pid` is still running. */
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  test.each(['SIGTERM', 'SIGINT'] as const)('%s to the build ends its running steps too, and it exits 128 + the signal', async (signal) => {
    const dir = tempDir('baogao-steps-signal-');
    const pids = [join(dir, 'site.pid'), join(dir, 'search.pid')];
    // Two steps that never end, each writing its pid; the build is sent `signal` once both run.
    const step = (name: string, pidFile: string) => ({
      name,
      argv: ['-e', `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000);`],
    });
    const script = `import { runSteps, exitCodeOf } from ${JSON.stringify(join(root, 'scripts/lib/steps.ts'))};
const failure = await runSteps(${JSON.stringify([step('site', pids[0]!), step('search', pids[1]!)])}, { env: process.env, together: true });
console.error(JSON.stringify(failure));
process.exit(exitCodeOf(failure.status));`;
    const build = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    build.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((done) => build.on('exit', (code) => done(code)));
    while (!pids.every((f) => existsSync(f) && readFileSync(f, 'utf8'))) await new Promise((r) => setTimeout(r, 20));
    const children = pids.map((f) => Number(readFileSync(f, 'utf8')));
    try {
      build.kill(signal);
      expect(await exited).toBe(128 + (signal === 'SIGTERM' ? 15 : 2));
      expect(JSON.parse(stderr.trim().split('\n').pop()!)).toEqual({ name: expect.stringMatching(/^(site|search)$/), status: signal });
      expect(children.filter(alive)).toEqual([]);
    } finally {
      for (const pid of children.filter(alive)) process.kill(pid, 'SIGKILL');
    }
  });

  test('a step ended by a signal exits 128 + its number; an exit code is kept', () => {
    expect(exitCodeOf('SIGKILL')).toBe(137);
    expect(exitCodeOf(3)).toBe(3);
    expect(exitCodeOf('not a signal')).toBe(1);
  });
});

describe('moveFolder', () => {
  const tree = (): { from: string; to: string } => {
    const dir = tempDir('baogao-move-');
    mkdirSync(join(dir, 'from', 's', '1'), { recursive: true });
    writeFileSync(join(dir, 'from', 'pagefind.js'), 'js');
    writeFileSync(join(dir, 'from', 's', '1', 'index.pf_meta'), 'meta');
    return { from: join(dir, 'from'), to: join(dir, 'to') };
  };

  test('renames the folder', () => {
    const { from, to } = tree();
    moveFolder(from, to);
    expect(existsSync(from)).toBe(false);
    expect(readFileSync(join(to, 's', '1', 'index.pf_meta'), 'utf8')).toBe('meta');
  });

  test('copies it, then removes it, when the rename crosses file systems (EXDEV: dist/ a mount of its own)', () => {
    const { from, to } = tree();
    const crossDevice = (): never => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    };
    moveFolder(from, to, crossDevice);
    expect(existsSync(from)).toBe(false);
    expect(readFileSync(join(to, 'pagefind.js'), 'utf8')).toBe('js');
    expect(readFileSync(join(to, 's', '1', 'index.pf_meta'), 'utf8')).toBe('meta');
  });

  test('any other error is thrown', () => {
    const { from, to } = tree();
    const denied = (): never => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    expect(() => moveFolder(from, to, denied)).toThrow(/EACCES/);
    expect(existsSync(join(from, 'pagefind.js'))).toBe(true);
  });
});

describe('the build with the site and search steps side by side', () => {
  // Two of the shipped reports, the smallest. A build takes 20–30 s on a quiet machine, minutes on a busy one.
  const dir = tempDir('baogao-overlap-');
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  for (const slug of ['chengdu-2020-kejichuangxin', 'chongqing-2018-kejichuangxin-baogao'])
    for (const ext of ['.txt', '.meta.yml']) copyFileSync(join(root, 'content/sources', slug + ext), join(sources, slug + ext));
  const site = (name: string) => ({ sources, reports: join(dir, name, 'reports'), dist: join(dir, name, 'dist') });
  const unpublished = (dist: string): void => {
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
    expect(existsSync(`${dist}-search`)).toBe(false);
  };

  test('publishes the same dist/ as one step after the other', () => {
    const [off, on] = [site('off'), site('on')];
    const sequential = runBuildSite(off, { BAOGAO_BUILD_OVERLAP: 'off' });
    expect(sequential.stderr).toContain('build: site, then search');
    expect(sequential.status).toBe(0);
    const together = runBuildSite(on, { BAOGAO_BUILD_OVERLAP: 'on' });
    expect(together.stderr).toContain('build: site and search side by side');
    expect(together.stdout).toMatch(/^\[search\] build-search: 2 reports/m);
    expect(together.status).toBe(0);
    const a = snapshot(off.dist);
    expect([...a.keys()].filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(10);
    expect(differences(a, snapshot(on.dist))).toEqual([]);
    expect(existsSync(`${on.dist}-search`)).toBe(false);
  }, 600_000);

  test('a failed search step publishes no index, and names the step', () => {
    const failed = site('search-fails');
    // build-search refuses a shard of 0 reports at its start, while astro is still building.
    const result = runBuildSite(failed, { BAOGAO_BUILD_OVERLAP: 'on', BAOGAO_SEARCH_SHARD: '0' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^build: the search step failed \(exit 1\); nothing was published$/m);
    expect(result.stderr).not.toContain('build: done');
    unpublished(failed.dist);
  });

  test("a folder at <dist>-search that is not the build's staging folder is left alone: the build stops before it starts", () => {
    const taken = site('taken');
    mkdirSync(`${taken.dist}-search`, { recursive: true });
    writeFileSync(`${taken.dist}-search/notes.md`, 'mine');
    const result = runBuildSite(taken, { BAOGAO_BUILD_OVERLAP: 'on' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`build: ${taken.dist}-search holds notes.md`);
    expect(result.stderr).not.toContain('build: content…');
    expect(readFileSync(`${taken.dist}-search/notes.md`, 'utf8')).toBe('mine');
  });

  test('a failed site step publishes no index, and names the step', () => {
    const failed = site('site-fails');
    // astro's config refuses a site that is not a URL; the content step does not read it.
    const result = runBuildSite(failed, { BAOGAO_BUILD_OVERLAP: 'on', SITE_URL: 'not a url' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^build: the site step failed \(exit \d+\); nothing was published$/m);
    unpublished(failed.dist);
  });
});
