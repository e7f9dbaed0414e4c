// The index behind a paged list's filters (report list, indicator explorer): which page holds each
// group (a report card, or a report's figures in the explorer), its region, and how many of its items
// have each year and kind. The browser reads it to count the matches of a filter over the whole site
// and to fetch only the pages that hold them (src/scripts/paged-filters.ts); the pages are built with it.
//   { pages: ['/zh-hans/', '/zh-hans/page/2/'], regions: ['成都', '四川'], years: ['2021'], kinds: ['actual'],
//     groups: [[0, 0, 1, 0, 0, 12]] }   page 0, region 成都 in 四川, 12 items of 2021 and kind actual

/** One group: page, region, region's parent (-1: none), then (year, kind, count) triples; all indexes into the tables. */
export type IndexGroup = number[];

export interface FilterIndex {
  /** Page URLs, in order (under the base path). */
  pages: string[];
  regions: string[];
  years: string[];
  kinds: string[];
  groups: IndexGroup[];
}

/** A group before indexing: its page (0-based), region and parent, and the year and kind of each item. */
export interface GroupFacts {
  page: number;
  region: string;
  parent?: string | undefined;
  items: { year: string; kind: string }[];
}

/** Builds the index of a list's groups (in page order). */
export function buildFilterIndex(pages: string[], groups: GroupFacts[]): FilterIndex {
  const tables = { regions: new Map<string, number>(), years: new Map<string, number>(), kinds: new Map<string, number>() };
  const at = (table: Map<string, number>, value: string): number => {
    if (!table.has(value)) table.set(value, table.size);
    return table.get(value)!;
  };
  const rows = groups.map((g) => {
    const counts = new Map<string, [number, number, number]>();
    for (const item of g.items) {
      const key = `${item.year}\u0000${item.kind}`;
      const entry = counts.get(key) ?? [at(tables.years, item.year), at(tables.kinds, item.kind), 0];
      entry[2]++;
      counts.set(key, entry);
    }
    return [g.page, at(tables.regions, g.region), g.parent ? at(tables.regions, g.parent) : -1, ...[...counts.values()].flat()];
  });
  return { pages, regions: [...tables.regions.keys()], years: [...tables.years.keys()], kinds: [...tables.kinds.keys()], groups: rows };
}

/** The chosen filters: region (also matching a region's parent), year, kind; empty = any. */
export interface Filter {
  region?: string;
  year?: string;
  kind?: string;
}

/** Items of a group that match the filter (0 when none does). */
export function countMatches(index: FilterIndex, group: IndexGroup, filter: Filter): number {
  const [, region, parent] = group as [number, number, number];
  if (filter.region && index.regions[region] !== filter.region && (parent < 0 || index.regions[parent] !== filter.region)) return 0;
  let n = 0;
  for (let k = 3; k + 2 < group.length; k += 3) {
    if (filter.year && index.years[group[k]!] !== filter.year) continue;
    if (filter.kind && index.kinds[group[k + 1]!] !== filter.kind) continue;
    n += group[k + 2]!;
  }
  return n;
}

/** Splits groups into pages of at most `budget` items; a group is never split (one larger than the budget has a page of its own). */
export function paginate<T>(groups: T[], size: (group: T) => number, budget: number): T[][] {
  const pages: T[][] = [];
  let fill = Infinity;
  for (const group of groups) {
    const n = size(group);
    if (fill + n > budget || !pages.length) {
      pages.push([]);
      fill = 0;
    }
    pages.at(-1)!.push(group);
    fill += n;
  }
  return pages.length ? pages : [[]];
}

/** Path of page n (1-based) of a list whose first page is `first`: /zh-hans/ → /zh-hans/page/2/. */
export const pagePath = (first: string, n: number): string => (n === 1 ? first : `${first}page/${n}/`);

/** Page numbers a pager shows: the first, the last and two either side of the current; null is a gap. */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= 2) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
