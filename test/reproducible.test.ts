// Reproducible builds: the same sources give byte-identical content outputs and an identical site
// (no timestamps, random ids or unstable asset names), so a rebuild only changes what changed.
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { join } from 'node:path';
import { root, tempDir } from './helpers/run.ts';
import { buildSite } from './helpers/build-site.ts';
import { differences, snapshot } from './helpers/snapshot.ts';
import { BASE_PATH } from './setup/site.ts';

const seeds = join(root, 'content/sources');
const site = inject('site');
// A second build of the test site (test/setup/site.ts), its content step without the cache: the
// first build's content may come from the cache (written by an earlier build), this one is made now.
let second: { reports: string; dist: string };
beforeAll(() => {
  const dir = tempDir('baogao-rep-site-');
  second = { reports: join(dir, 'reports'), dist: join(dir, 'dist') };
  buildSite({ sources: seeds, ...second }, { SITE_URL: 'https://example.github.io', BASE_PATH }, ['--no-cache']);
});

describe('reproducible builds', () => {
  test('two content builds of the seeds are byte-identical', () => {
    const a = snapshot(site.reports);
    expect(a.size).toBeGreaterThanOrEqual(15);
    expect(differences(a, snapshot(second.reports))).toEqual([]);
  });

  test('a second site build gives the same files as the test site (HTML, data, assets, search index)', () => {
    const first = snapshot(site.dist);
    const again = snapshot(second.dist);
    expect([...first.keys()].filter((n) => n.endsWith('.html')).length).toBeGreaterThanOrEqual(10);
    // The search bundle too: no Pagefind filters (their maps were written in Rust HashMap order).
    expect(differences(first, again)).toEqual([]);
    expect([...again.keys()].filter((n) => n.startsWith('pagefind/w/')).length).toBeGreaterThan(0);
  });
});
