// Region / year / kind filters over report cards and indicator rows (src/scripts/paged-filters.ts
// brings the matching ones of other pages). A key an item does not carry is read from its parent (the
// explorer's rows take their region from their report's <tbody>).

import type { Filter } from '../lib/filter-index.ts';

const KEYS = ['region', 'year', 'kind'] as const;

/** An item's own value of a key, else its parent's; a region also matches the place containing it (region_parent). */
function matches(item: HTMLElement, key: (typeof KEYS)[number], value: string): boolean {
  const own = (k: string): string | undefined => item.dataset[k] ?? item.parentElement?.dataset[k];
  return own(key) === value || (key === 'region' && own('regionParent') === value);
}

/** The form's choices: region, year, kind (empty ones left out). */
export function readFilter(form: HTMLFormElement): Filter {
  const data = new FormData(form);
  return Object.fromEntries(KEYS.flatMap((k) => (data.get(k) ? [[k, String(data.get(k))]] : [])));
}

/** Hides the items that do not match the filter; returns how many are shown. */
export function showMatching(items: HTMLElement[], filter: Filter): number {
  let shown = 0;
  for (const item of items) {
    const ok = KEYS.every((k) => !filter[k] || matches(item, k, filter[k]!));
    item.hidden = !ok;
    if (ok) shown++;
  }
  return shown;
}
