// Global setup of the browser tests: the real site built once under BASE_PATH /baogao/ (by the same
// setup as `npm test`) and served by a real static server (test/helpers/serve.ts). Tests read
// `inject('e2eSite')` → { dist, base, origin } (and `inject('site')` as in the unit tests).
// BAOGAO_E2E_DIST=<dist> serves a site already built with BASE_PATH=/baogao/ instead of building;
// its reports folder defaults to <dist>/../reports (BAOGAO_E2E_REPORTS overrides).
// The fixture site of reader-path and references-citation (test/helpers/fixture-site.ts) is built at
// the same time, in the background: a build keeps about one core of two busy, and nothing else runs
// meanwhile. `inject('fixtureSite')` is its dist, or null when the main site was prebuilt (so a run
// of other files on a prebuilt site builds nothing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import buildSite, { BASE_PATH } from './site.ts';
import { buildFixtureSite } from '../helpers/fixture-site.ts';
import { serveDist } from '../helpers/serve.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eSite: { dist: string; base: string; origin: string };
    fixtureSite: string | null;
  }
}

type Site = { dist: string; reports: string; base: string };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let site: Site | undefined;
  let teardown = (): void => {};
  const prebuilt = process.env.BAOGAO_E2E_DIST;
  const fixtureDir = prebuilt ? undefined : mkdtempSync(join(tmpdir(), 'baogao-fixture-'));
  const fixture = fixtureDir ? buildFixtureSite(fixtureDir) : undefined;
  if (prebuilt) {
    site = { dist: prebuilt, reports: process.env.BAOGAO_E2E_REPORTS ?? join(prebuilt, '..', 'reports'), base: BASE_PATH };
  } else {
    // The unit-test setup builds into a temp folder and provides the site; capture what it provides.
    const capture = { provide: (_key: 'site', value: Site) => (site = value) };
    teardown = buildSite(capture as unknown as TestProject);
  }
  if (!site) throw new Error('test/setup/site.ts did not provide the site');
  const fixtureDist = (await fixture) ?? null;
  const server = await serveDist(site.dist, BASE_PATH);
  project.provide('site', site);
  project.provide('e2eSite', { dist: site.dist, base: BASE_PATH, origin: server.origin });
  project.provide('fixtureSite', fixtureDist);
  return async () => {
    await server.close();
    teardown();
    if (fixtureDir && !process.env.KEEP_TEST_SITE) rmSync(fixtureDir, { recursive: true, force: true });
  };
}
