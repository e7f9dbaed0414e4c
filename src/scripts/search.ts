// Search page: runs the query in ?q= on load (shareable links) and on every keystroke, with facet
// filters (region, year, kind) kept in the URL too. The engine loads on first use; the facet table
// loads when the reader opens the filters (or a link carries one).
import { facetNames, loadEngine, type FacetCounts, type FacetName, type Filters, type SearchEngine, type SearchOutcome } from '../search/engine.ts';
import { bindArrowKeys, rememberQueryOnOpen, renderHit, say, scriptIndex, type Place } from '../search/render.ts';
import { kindLabel, t } from '../lib/site.ts';
import type { DocumentKind } from '../schemas/meta.ts';

// Five reports at a time (more with the 显示更多 button): each loads one window of its sections in
// the reader's script (about 0.9 KB gzip; a second when the match is in a paragraph an earlier
// window holds); the count is of all.
const PAGE = 5;
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('#search-q');
const list = document.querySelector<HTMLOListElement>('[data-testid="search-results"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const facetBox = document.querySelector<HTMLElement>('[data-search-filters]');
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]');

if (form && input && list && status && facetBox && moreButton) {
  const place: Place = { lang: form.dataset.lang === 'zh-hant' ? 'zh-hant' : 'zh-hans', base: import.meta.env.BASE_URL.replace(/\/?$/, '/') };
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const f of facetNames) if (params.get(f)) filters[f] = params.get(f)!;
  input.value = params.get('q') ?? '';
  let engine: Promise<SearchEngine> | undefined;
  let latest = 0;
  let outcome: SearchOutcome | undefined;
  let shown = 0;
  // Facets are shown once the reader asks for them (or the URL sets one): they need the facet table.
  let facetsOpen = facetNames.some((f) => filters[f]);
  const openButton = document.createElement('button');
  openButton.type = 'button';
  openButton.className = 'search-filters-open';
  openButton.textContent = say('filter', place.lang);
  openButton.addEventListener('click', async () => {
    facetsOpen = true;
    await run();
    // The button is gone: the first filter takes the focus.
    selects.region.focus();
  });

  const selects = Object.fromEntries(
    facetNames.map((facet) => {
      const label = document.createElement('label');
      label.textContent = t(facet, place.lang);
      const select = document.createElement('select');
      select.name = facet;
      select.dataset.facet = facet;
      select.addEventListener('change', () => {
        if (select.value) filters[facet] = select.value;
        else delete filters[facet];
        void run();
      });
      label.append(select);
      facetBox.append(label);
      return [facet, select];
    }),
  ) as Record<FacetName, HTMLSelectElement>;

  async function renderFacets(current: SearchOutcome, counts: FacetCounts | null, e: SearchEngine): Promise<void> {
    facetBox!.hidden = !current.parts.length;
    for (const select of Object.values(selects)) select.parentElement!.hidden = !counts;
    if (!counts) {
      facetBox!.append(openButton);
      return;
    }
    openButton.remove();
    for (const facet of facetNames) {
      const select = selects[facet];
      const options = [new Option(t('all', place.lang), '')];
      const values = [...counts[facet]].sort((a, b) => (facet === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1]));
      // A chosen value no report of this query has stays listed (with 0), so it shows and can be undone.
      const chosen = filters[facet];
      if (chosen && !counts[facet].has(chosen)) values.push([chosen, 0]);
      for (const [value, n] of values) {
        const label = facet === 'kind' ? kindLabel(value as DocumentKind, place.lang) : facet === 'region' ? await e.regionName(value, scriptIndex(place.lang)) : value;
        options.push(new Option(`${label} (${n})`, value));
      }
      select.replaceChildren(...options);
      select.value = filters[facet] ?? '';
    }
  }

  /** The next page of reports of the current outcome, rendered. */
  async function nextPage(id: number): Promise<HTMLLIElement[]> {
    if (!outcome) return [];
    const current = outcome;
    // Taken before anything is awaited, so two quick clicks never list the same reports twice.
    const slice = current.reports.slice(shown, shown + PAGE);
    shown += slice.length;
    const e = await engine!;
    const hits = await Promise.all(slice.map((r) => e.loadReport(r, current.parts, scriptIndex(place.lang))));
    if (id !== latest || current !== outcome) return [];
    moreButton!.hidden = shown >= current.reports.length;
    const parts = current.parts;
    return hits.flatMap((hit, i) => {
      if (!hit) return [];
      const seen = [hit.best.anchor, ...hit.others.map((o) => o.anchor)];
      return [renderHit(hit, place, { more: () => e.loadMore(slice[i]!.id, hit.more, parts, scriptIndex(place.lang), seen) })];
    });
  }

  async function run(): Promise<void> {
    const id = ++latest;
    const query = input!.value.trim();
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const f of facetNames) if (filters[f]) url.searchParams.set(f, filters[f]!);
    history.replaceState(null, '', url);
    if (!query) {
      list!.replaceChildren();
      status!.textContent = '';
      facetBox!.hidden = true;
      moreButton!.hidden = true;
      return;
    }
    try {
      // A failed first load is not kept: the next keystroke tries again.
      engine ??= loadEngine(`${place.base}pagefind/`).catch((error: unknown) => {
        engine = undefined;
        throw error;
      });
      if (!outcome) status!.textContent = say('loading', place.lang);
      const e = await engine;
      const current = await e.search(query, filters);
      const counts = facetsOpen ? await e.facets(current, filters) : null;
      if (id !== latest) return;
      outcome = current;
      shown = 0;
      const items = await nextPage(id);
      if (id !== latest) return;
      const n = current.reports.length;
      status!.textContent = n ? say('found', place.lang, { n }) : say('none', place.lang, { q: query });
      await renderFacets(current, counts, e);
      if (id !== latest) return;
      list!.replaceChildren(...items);
    } catch (error) {
      if (id === latest) status!.textContent = say('failed', place.lang);
      throw error;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  moreButton.textContent = say('more', place.lang);
  moreButton.addEventListener('click', async () => {
    moreButton.disabled = true;
    try {
      list.append(...(await nextPage(latest)));
    } finally {
      moreButton.disabled = false;
    }
  });
  bindArrowKeys(input, list);
  rememberQueryOnOpen(list, () => input.value.trim());
  if (input.value.trim()) void run();
}
