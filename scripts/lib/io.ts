// File-system helpers shared by the CLIs.
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Temp files of writeAtomic: `<final name>.<12 hex>.tmp`. */
const TEMP_FILE = /\.[0-9a-f]{12}\.tmp$/;

/** Writes a file via temp + rename so an interrupted build never leaves half a file. */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * Removes temp files a killed build left in `dir` (a kill between write and rename); returns their names.
 * In a folder other builds may be writing to (the shared cache), `olderThanMs` spares their files in flight.
 */
export async function removeLeftovers(dir: string, olderThanMs = 0): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => TEMP_FILE.test(n));
  const removed: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (olderThanMs > 0) {
      const modified = await stat(path).then(
        (s) => s.mtimeMs,
        () => undefined,
      );
      if (modified === undefined || Date.now() - modified < olderThanMs) continue;
    }
    await rm(path, { force: true });
    removed.push(name);
  }
  return removed;
}
