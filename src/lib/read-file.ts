// Whole files of content/reports read by the astro step (site views, MDX, sources, records): each
// report's files are read about fifteen times a build (its site view six times: ten before session 26 kept
// a data part's views for its five files), and a file of
// 50–150 KB costs 2–5 times the CPU read by fs.promises.readFile (a chunked read, each step a round
// trip through libuv's thread pool and a promise) than by readFileSync (docs/benchmarks.md, session
// 25). Astro renders one page at a time, so a read that blocks for a fraction of a millisecond
// delays nothing.
import { readFileSync } from 'node:fs';

/** A file's text (UTF-8), read at once. */
export const readText = (path: string): string => readFileSync(path, 'utf8');

/** A file's bytes, read at once. */
export const readBytes = (path: string): Uint8Array => readFileSync(path);
