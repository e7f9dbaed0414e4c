// Reproducible builds: the same sources give byte-identical content outputs and an identical site
// (no timestamps, random ids or unstable asset names), so a rebuild only changes what changed.
import { afterAll, describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildContent, root, tempDir as makeTempDir } from './helpers/run.ts';
import { buildSite } from './helpers/build-site.ts';
import { BASE_PATH } from './setup/site.ts';

const seeds = join(root, 'content/sources');
const made: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = makeTempDir(prefix);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir`, as relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((n) => !a.get(n) || !b.get(n) || !a.get(n)!.equals(b.get(n)!));
}

describe('reproducible builds', () => {
  test('two content builds of the seeds are byte-identical', () => {
    const [one, two] = [tempDir('baogao-rep-'), tempDir('baogao-rep-')];
    for (const out of [one, two]) expect(buildContent(['--sources', seeds, '--out', out, '--no-cache', '--quiet']).status).toBe(0);
    const a = snapshot(one);
    expect(a.size).toBeGreaterThanOrEqual(15);
    expect(differences(a, snapshot(two))).toEqual([]);
  });

  test('a second site build gives the same files as the test site (HTML, data, assets, search index)', () => {
    const site = inject('site');
    const dir = tempDir('baogao-rep-site-');
    buildSite(
      { sources: seeds, reports: join(dir, 'reports'), dist: join(dir, 'dist') },
      { SITE_URL: 'https://example.github.io', BASE_PATH },
    );
    const first = snapshot(site.dist);
    const second = snapshot(join(dir, 'dist'));
    expect([...first.keys()].filter((n) => n.endsWith('.html')).length).toBeGreaterThanOrEqual(10);
    // The search bundle too: no Pagefind filters (their maps were written in Rust HashMap order).
    expect(differences(first, second)).toEqual([]);
    expect([...second.keys()].filter((n) => n.startsWith('pagefind/w/')).length).toBeGreaterThan(0);
  });
});
