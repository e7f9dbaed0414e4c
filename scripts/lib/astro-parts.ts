// Whether scripts/build.ts runs the astro step as one process or two. Astro renders every page one after
// another on one thread, so on two cores the second idles through the step; two astro builds side by side,
// each rendering its share of the pages (src/lib/page-share.ts) into a folder of its own, use both, at the
// cost of a second start-up, bundling and site scan, and of two processes' memory at once.
//   decideParts({ setting: 'auto', reports: 500, budgetMB: 4000 }) → { parts: 2, … }
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { moveFolder } from './steps.ts';

/** BAOGAO_ASTRO_PARTS: `auto` (by the budget), `1` or `2` processes. */
export const PARTS_SETTINGS = ['auto', '1', '2'] as const;
export type PartsSetting = (typeof PARTS_SETTINGS)[number];

/**
 * Peak resident memory of one part's process tree (with build.ts's own) when the step runs as two, MB:
 * each holds the whole site's scan and content store, so it is near the one process's peak (PEAK_MODEL.astro
 * in scripts/lib/overlap.ts). Drawn above the peaks measured at N = 200 and 500 (session 35, docs/benchmarks.md).
 */
export const PART_PEAK_MODEL = { fixedMB: 865, perReportMB: 0.29 } as const;

/** One part's projected peak for a site of `reports` reports. */
export const projectPartPeak = (reports: number): number => Math.round(PART_PEAK_MODEL.fixedMB + PART_PEAK_MODEL.perReportMB * reports);

export interface PartsDecision {
  parts: 1 | 2;
  /** The astro step's projected peak: one process's, or the two parts' sum. */
  astroMB: number;
  /** One line for the build's log: what was decided and why. */
  reason: string;
}

/**
 * One process or two: `1`/`2` as set; `auto`: two when the two parts' projected peaks, with `besideMB` (the
 * search step's when it runs beside the site step, 0 when not), add up to at most the budget. The search
 * step keeps its place beside the site step: two parts are chosen only where they fit with it.
 */
export function decideParts(o: { setting: PartsSetting; reports: number; budgetMB: number; oneMB: number; besideMB: number }): PartsDecision {
  const partMB = projectPartPeak(o.reports);
  const beside = o.besideMB ? ` + the search step's ${o.besideMB}` : '';
  const sum = `projected peaks ${partMB} + ${partMB}${beside} = ${2 * partMB + o.besideMB} MB`;
  if (o.setting !== 'auto') {
    const parts = o.setting === '2' ? 2 : 1;
    return { parts, astroMB: parts === 2 ? 2 * partMB : o.oneMB, reason: `BAOGAO_ASTRO_PARTS=${o.setting} (two parts: ${sum})` };
  }
  const two = 2 * partMB + o.besideMB <= o.budgetMB;
  return {
    parts: two ? 2 : 1,
    astroMB: two ? 2 * partMB : o.oneMB,
    reason: `${o.reports} reports, two parts: ${sum} ${two ? '≤' : '>'} the budget of ${o.budgetMB} MB (BAOGAO_BUILD_MEMORY_MB; BAOGAO_ASTRO_PARTS=${two ? '1' : '2'} to force)`,
  };
}

/** BAOGAO_ASTRO_PARTS read and checked: a problem is a message for the user, not an exception. */
export function readPartsEnv(env: NodeJS.ProcessEnv): { setting: PartsSetting } | { problem: string } {
  const setting = (env.BAOGAO_ASTRO_PARTS || DEFAULT_PARTS) as PartsSetting;
  if (!PARTS_SETTINGS.includes(setting)) return { problem: `BAOGAO_ASTRO_PARTS=${env.BAOGAO_ASTRO_PARTS}: expected one of ${PARTS_SETTINGS.join(', ')}` };
  return { setting };
}

/** The setting without BAOGAO_ASTRO_PARTS: one process until two are measured to pay (docs/benchmarks.md). */
export const DEFAULT_PARTS: PartsSetting = '1';

/**
 * Moves everything in folder `from` into folder `into` (a part's pages into dist/): what `into` lacks is
 * moved (a whole folder at once where it can); a file both hold must be the same bytes (the pages both
 * parts render: the root, 404, robots.txt, the bundled assets), else it throws naming the file.
 * `from` holds only folders afterwards (removed by the caller).
 */
export function mergeFolder(from: string, into: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(into, entry.name);
    if (!existsSync(target)) moveFolder(source, target);
    else if (entry.isDirectory() && statSync(target).isDirectory()) mergeFolder(source, target);
    else if (!entry.isFile() || !statSync(target).isFile() || !readFileSync(source).equals(readFileSync(target)))
      throw new Error(
        `${source} and ${target} differ: the two astro parts rendered the same file differently, so their pages cannot be merged — build with BAOGAO_ASTRO_PARTS=1 and report it`,
      );
  }
}
