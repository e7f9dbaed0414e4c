// Pipeline-output cache: an unchanged source (same bytes, sidecar, terms, preset and pipeline code)
// is not reprocessed. Entries are files named by a sha256 key, so concurrent builds can share a folder.
//   key = sha256(source sha256, file, parsed sidecar, terms, preset, pipeline version)
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuiltReport } from '../../src/pipeline/index.ts';
import { removeLeftovers, writeAtomic } from './io.ts';

const root = join(import.meta.dirname, '..', '..');

/** Default cache folder; `BAOGAO_CACHE` moves it (benchmarks use a fresh one to measure a cold build). */
export const defaultCacheDir = process.env.BAOGAO_CACHE ?? join(root, 'node_modules', '.cache', 'baogao-pipeline');

/** Everything a built report depends on besides the pipeline code. */
export interface CacheInputs {
  /** sha256 of the raw source bytes. */
  sha256: string;
  /** File name as shown in messages (it ends up in the record and in warnings). */
  file: string;
  /** Default slug from the file name. */
  name: string;
  /** The validated sidecar. */
  meta: unknown;
  /** Contents of the site-wide terms file(s), '' when there are none. */
  terms: string;
  /** Contents of the canonical metrics file, '' when there is none. */
  metrics?: string;
  preset: string;
  /** The cited titles the site holds (BuildOptions.documents), when the report cites any. */
  documents?: unknown;
}

/** Files whose code decides the output: any change to them invalidates every entry. */
function pipelineFiles(): string[] {
  const dirs = [join(root, 'src', 'pipeline'), join(root, 'src', 'schemas')];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      // Code and data tables only: editor swap files and temp files must not invalidate the cache.
      .filter((e) => e.isFile() && /^[^.].*\.(ts|json|ya?ml)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name)),
  );
  // The sidecar reader decides what `meta` means; opencc-js's tables decide the converted text.
  files.push(join(root, 'scripts', 'lib', 'sources.ts'), join(root, 'node_modules', 'opencc-js', 'package.json'));
  return files.sort();
}

let version: string | undefined;

/** Hash of the pipeline code (src/pipeline, src/schemas, the sidecar reader, the opencc-js version). */
export function pipelineVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of pipelineFiles()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  version = hash.digest('hex');
  return version;
}

/** The cache key of one source. */
export function cacheKey(inputs: CacheInputs): string {
  const { sha256, file, name, meta, terms, metrics = '', preset, documents } = inputs;
  return createHash('sha256')
    .update(JSON.stringify([pipelineVersion(), sha256, file, name, meta ?? {}, terms, metrics, preset, ...(documents ? [documents] : [])]))
    .digest('hex');
}

/** Entry file name: `<name>.<key>.json`, so older entries of the same source can be pruned. */
function entryPath(dir: string, name: string, key: string): string {
  return join(dir, `${name}.${key}.json`);
}

/** The cached output for a key, or undefined on a miss (an unreadable entry counts as a miss). */
export async function readCached(dir: string, name: string, key: string): Promise<BuiltReport | undefined> {
  try {
    const entry = JSON.parse(await readFile(entryPath(dir, name, key), 'utf8')) as BuiltReport;
    return entry.record && entry.mdx && entry.search && entry.warnings ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** An entry's file name: `<name>.<64 hex>.json`; the name is what precedes the key. */
const ENTRY = /^(.+)\.[0-9a-f]{64}\.json$/;

// The entries of each cache folder by source name, listed once per process: listing the folder at
// every write made a cold build quadratic (10,000 sources: 10,000 listings of 10,000 entries or more).
// Temp files of writes an interrupted build never renamed are removed then, once they are an hour old.
const listings = new Map<string, Promise<Map<string, Set<string>>>>();

function listing(dir: string): Promise<Map<string, Set<string>>> {
  let list = listings.get(dir);
  if (!list) {
    list = removeLeftovers(dir, 3600_000)
      .then(() => readdir(dir))
      .catch(() => [] as string[])
      .then((files) => {
        const byName = new Map<string, Set<string>>();
        for (const file of files) {
          const name = ENTRY.exec(file)?.[1];
          if (name !== undefined) (byName.get(name) ?? byName.set(name, new Set()).get(name)!).add(file);
        }
        return byName;
      });
    listings.set(dir, list);
  }
  return list;
}

/**
 * Stores an output and removes older entries of the same source so the folder does not grow. Older
 * entries are those of the folder's listing (made at this process's first write) and of its own
 * writes: an entry another build writes meanwhile into a shared folder is left to that build.
 */
export async function writeCached(dir: string, name: string, key: string, built: BuiltReport): Promise<void> {
  const byName = await listing(dir);
  const file = `${name}.${key}.json`;
  await writeAtomic(join(dir, file), JSON.stringify(built));
  const own = byName.get(name) ?? byName.set(name, new Set()).get(name)!;
  for (const other of [...own]) {
    if (other === file) continue;
    await rm(join(dir, other), { force: true });
    own.delete(other);
  }
  own.add(file);
}

/** Writes a file only when its content changed, so a cached rebuild touches nothing. */
export async function writeIfChanged(path: string, data: string): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === data) return false;
  await writeAtomic(path, data);
  return true;
}
