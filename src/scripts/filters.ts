// Region / year / kind filters over elements already in the page (report cards, indicator rows).

const KEYS = ['region', 'year', 'kind'] as const;

/** An item's own value of a key, else its parent's; a region also matches the place containing it (region_parent). */
function matches(item: HTMLElement, key: (typeof KEYS)[number], value: string): boolean {
  const own = (k: string): string | undefined => item.dataset[k] ?? item.parentElement?.dataset[k];
  return own(key) === value || (key === 'region' && own('regionParent') === value);
}

/**
 * Hides the items whose data-region/-year/-kind differ from the form's choices, on every change;
 * `report` gets the number shown. A key an item does not carry is read from its parent (the
 * explorer's rows take their region from their report's <tbody>).
 */
export function bindFilters(form: HTMLFormElement, items: HTMLElement[], report: (shown: number) => void): void {
  const apply = (): void => {
    const data = new FormData(form);
    let shown = 0;
    for (const item of items) {
      const ok = KEYS.every((k) => !data.get(k) || matches(item, k, String(data.get(k))));
      item.hidden = !ok;
      if (ok) shown++;
    }
    report(shown);
  };
  form.addEventListener('change', apply);
  apply();
}
