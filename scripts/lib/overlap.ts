// Whether scripts/build.ts runs the site step (astro) and the search step side by side: they read
// different files (the site views and MDX; the search documents) and write different folders, so
// they can, and on two cores the search step then costs no wall time of its own. But their peaks
// add up while they overlap, so by default they do only when the two projected peaks fit a budget.
//   decideOverlap({ setting: 'auto', reports: 500, shard: 2000, budgetMB: 4000 }) → { overlap: true, … }

/** BAOGAO_BUILD_OVERLAP: `auto` (by the budget), `on` (always side by side), `off` (one after the other). */
export const OVERLAP_SETTINGS = ['auto', 'on', 'off'] as const;
export type OverlapSetting = (typeof OVERLAP_SETTINGS)[number];

/** The ceiling for every step of the build (issue 18: ≤ 4,000 MB), the default of BAOGAO_BUILD_MEMORY_MB. */
export const DEFAULT_MEMORY_BUDGET_MB = 4000;

/**
 * Peak resident memory of each step's process tree (with build.ts's own), MB, as a fixed part and a
 * part per report, drawn above every peak measured: the bench's `processPeakRssMB` at N = 200 and 500
 * (session 33: astro 838–893 and 983, search 547–580 and 974), astro's 1,328–1,440 MB and search's
 * 2,750–3,031 MB at 2,000 (sessions 10 and 16; docs/benchmarks.md). The search step's part per report
 * stops at one shard: Pagefind's process holds one shard's index and is ended after it. At 10,000
 * reports: astro ≈ 3,765 + search ≈ 3,100 MB.
 */
export const PEAK_MODEL = {
  astro: { fixedMB: 865, perReportMB: 0.29 },
  search: { fixedMB: 300, perReportMB: 1.4 },
} as const;

/** The two steps' projected peaks for a site of `reports` reports indexed in shards of `shard`. */
export function projectPeaks(reports: number, shard: number): { astroMB: number; searchMB: number } {
  return {
    astroMB: Math.round(PEAK_MODEL.astro.fixedMB + PEAK_MODEL.astro.perReportMB * reports),
    searchMB: Math.round(PEAK_MODEL.search.fixedMB + PEAK_MODEL.search.perReportMB * Math.min(reports, shard)),
  };
}

export interface OverlapDecision {
  overlap: boolean;
  astroMB: number;
  searchMB: number;
  /** One line for the build's log: what was decided and why. */
  reason: string;
}

/**
 * Side by side or one after the other: `on`/`off` as set, `auto` when the projected peaks' sum fits the budget.
 * `astroMB`: the site step's projected peak when it is not one astro process's (two parts: scripts/lib/astro-parts.ts).
 */
export function decideOverlap(o: { setting: OverlapSetting; reports: number; shard: number; budgetMB: number; astroMB?: number }): OverlapDecision {
  const projected = projectPeaks(o.reports, o.shard);
  const { searchMB } = projected;
  const astroMB = o.astroMB ?? projected.astroMB;
  const sum = `projected peaks ${astroMB} + ${searchMB} = ${astroMB + searchMB} MB`;
  if (o.setting !== 'auto') return { overlap: o.setting === 'on', astroMB, searchMB, reason: `BAOGAO_BUILD_OVERLAP=${o.setting} (${sum})` };
  const overlap = astroMB + searchMB <= o.budgetMB;
  return {
    overlap,
    astroMB,
    searchMB,
    reason: `${o.reports} reports: ${sum} ${overlap ? '≤' : '>'} the budget of ${o.budgetMB} MB (BAOGAO_BUILD_MEMORY_MB; BAOGAO_BUILD_OVERLAP=${overlap ? 'off' : 'on'} to force)`,
  };
}

/** BAOGAO_BUILD_OVERLAP and BAOGAO_BUILD_MEMORY_MB read and checked: a problem is a message for the user, not an exception. */
export function readOverlapEnv(env: NodeJS.ProcessEnv): { setting: OverlapSetting; budgetMB: number } | { problem: string } {
  const setting = (env.BAOGAO_BUILD_OVERLAP || 'auto') as OverlapSetting;
  if (!OVERLAP_SETTINGS.includes(setting)) return { problem: `BAOGAO_BUILD_OVERLAP=${env.BAOGAO_BUILD_OVERLAP}: expected one of ${OVERLAP_SETTINGS.join(', ')}` };
  const budgetMB = env.BAOGAO_BUILD_MEMORY_MB ? Number(env.BAOGAO_BUILD_MEMORY_MB) : DEFAULT_MEMORY_BUDGET_MB;
  if (!Number.isInteger(budgetMB) || budgetMB < 1)
    return { problem: `BAOGAO_BUILD_MEMORY_MB=${env.BAOGAO_BUILD_MEMORY_MB}: expected a whole number of megabytes (1 or more), e.g. 4000` };
  return { setting, budgetMB };
}
