// The incremental build (astro.config.ts experimental.incrementalBuild, keys from src/lib/page-keys.ts)
// rests on Astro internals that are not public API: getStaticPaths' `cacheKey` reaching the build,
// and the cache deciding by (page code hash, path, key) whether to copy a page from cacheDir. This pins
// that contract on Astro's own modules, so an upgrade that changes them fails here rather than
// publishing stale pages. (The whole-site check, a rebuild byte-identical to a clean build, is
// `npm run bench -- --rebuild` and test/e2e-slow/incremental.test.ts.)
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './helpers/run.ts';

const astroDist = join(root, 'node_modules/astro/dist');
type Cache = {
  canSkip(component: string, pathname: string, dependencyHash: string, cacheKey: string): boolean;
  record(component: string, dependencyHash: string, pathname: string, cacheKey: string, outputFile: string): void;
  writeManifest(settings: unknown): void;
  writeOutputFile(settings: unknown, outputFile: string, body: string): Promise<void>;
  restoreOutputFile(settings: unknown, outputFile: string, destination: URL): Promise<boolean>;
};
type CacheClass = { load(settings: unknown, configHash: string, lockfileHash: string, keyDigest: string): Cache };

const { IncrementalBuildCache } = (await import(pathToFileURL(join(astroDist, 'core/build/incremental.js')).href)) as { IncrementalBuildCache: CacheClass };

describe("Astro's incremental build cache", () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-incremental-'));
  const settings = { config: { cacheDir: pathToFileURL(`${dir}/cache/`) } };
  const page = 'src/pages/[lang]/[slug]/index.astro';

  test('copies a page only when its code hash, path and key are all unchanged, and not after a config change', async () => {
    const first = IncrementalBuildCache.load(settings, 'config', 'lock', 'key');
    expect(first.canSkip(page, '/zh-hans/a/', 'code', 'k1')).toBe(false);
    first.record(page, 'code', '/zh-hans/a/', 'k1', 'zh-hans/a/index.html');
    await first.writeOutputFile(settings, 'zh-hans/a/index.html', '<p>a</p>');
    first.writeManifest(settings);

    const next = IncrementalBuildCache.load(settings, 'config', 'lock', 'key');
    expect(next.canSkip(page, '/zh-hans/a/', 'code', 'k1')).toBe(true);
    expect(next.canSkip(page, '/zh-hans/a/', 'code', 'k2')).toBe(false);
    expect(next.canSkip(page, '/zh-hans/a/', 'code changed', 'k1')).toBe(false);
    expect(next.canSkip(page, '/zh-hant/a/', 'code', 'k1')).toBe(false);
    expect(IncrementalBuildCache.load(settings, 'other config', 'lock', 'key').canSkip(page, '/zh-hans/a/', 'code', 'k1')).toBe(false);
    expect(IncrementalBuildCache.load(settings, 'config', 'other lockfile', 'key').canSkip(page, '/zh-hans/a/', 'code', 'k1')).toBe(false);

    const out = pathToFileURL(join(dir, 'out.html'));
    expect(await next.restoreOutputFile(settings, 'zh-hans/a/index.html', out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('<p>a</p>');
  });

  test('getStaticPaths hands each path its cacheKey, as a string', () => {
    const source = readFileSync(join(astroDist, 'runtime/prerender/static-paths.js'), 'utf8');
    expect(source).toContain('cacheKey: staticPath.cacheKey === void 0 ? void 0 : String(staticPath.cacheKey)');
    const generate = readFileSync(join(astroDist, 'core/build/generate.js'), 'utf8');
    expect(generate).toMatch(/cache\?\.canSkip\(route\.component, pathname, dependencyHash, cacheKey/);
    // The flag is still read where pages are generated (an option Astro drops would be ignored silently).
    expect(generate).toContain('options.settings.config.experimental.incrementalBuild');
  });

  test('the site turns it on', () => {
    expect(readFileSync(join(root, 'astro.config.ts'), 'utf8')).toMatch(/experimental: \{ incrementalBuild: true \}/);
  });
});
