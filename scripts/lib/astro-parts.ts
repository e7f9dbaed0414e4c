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
 * the first holds what one process does (PEAK_MODEL.astro in scripts/lib/overlap.ts: the whole site's content
 * store and scan, and the site's own pages), the second less (652–740 MB at N = 200 and 500, session 35,
 * docs/benchmarks.md); both are projected as one process, above every part measured.
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
 * One process or two: `1`/`2` as set; `auto`: two only when the search step runs after the site step
 * (`searchBeside` false: beside it, the search step already has the second core, and three processes on two
 * cores took more wall than two, docs/benchmarks.md) and the two parts' projected peaks fit the budget.
 */
export function decideParts(o: { setting: PartsSetting; reports: number; budgetMB: number; oneMB: number; searchBeside: boolean }): PartsDecision {
  const partMB = projectPartPeak(o.reports);
  const sum = `projected peaks ${partMB} + ${partMB} = ${2 * partMB} MB`;
  if (o.setting !== 'auto') {
    const parts = o.setting === '2' ? 2 : 1;
    return { parts, astroMB: parts === 2 ? 2 * partMB : o.oneMB, reason: `BAOGAO_ASTRO_PARTS=${o.setting} (two parts: ${sum})` };
  }
  if (o.searchBeside)
    return { parts: 1, astroMB: o.oneMB, reason: `${o.reports} reports: the search step runs beside the site step, on the second core (BAOGAO_ASTRO_PARTS=2 to force)` };
  const two = 2 * partMB <= o.budgetMB;
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
