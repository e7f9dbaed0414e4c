// Region / year / kind filters over a paged list (report list, indicator explorer). Without a
// filter the page shows its own groups (and its pager). With one, the list's filter index
// (src/lib/filter-index.ts) says how many items match over the whole site and which pages hold them;
// those pages are fetched (each once) and their matching groups shown here, `budget` items at a time
// (the 显示更多 button loads the next). A group is a report card (<li>) or a report's figures (<tbody>).
import { countMatches, type FilterIndex } from '../lib/filter-index.ts';
import { readFilter, showMatching } from './filters.ts';

export interface PagedList {
  form: HTMLFormElement;
  /** The element holding the groups, with the same id on every page, `data-index` (the index URL), `data-page` (0-based) and `data-pages`. */
  list: HTMLElement;
  /** Selector of a group among the list's children: 'li', 'tbody'. */
  group: string;
  /** The filtered items of a group (its figure rows; a card is its own item). */
  items: (group: HTMLElement) => HTMLElement[];
  /** Items to show before the reader asks for more. */
  budget: number;
  more: HTMLButtonElement;
  pager: HTMLElement | null;
  /** Called with the number of matching items over the site, or null when no filter is set. */
  report: (matches: number | null) => void;
  /** Called whenever the groups shown change (the explorer sorts them again). */
  changed?: () => void;
}

/** Binds the filters of a paged list; runs them once for the choices the form already has. */
export function bindPagedFilters(list: PagedList): void {
  const own = groupsIn(list.list, list.group);
  const page = Number(list.list.dataset.page ?? 0);
  let index: Promise<FilterIndex> | undefined;
  const pages = new Map<number, Promise<HTMLElement[]>>([[page, Promise.resolve(own)]]);
  /** The groups of page k, fetched once: the same list element of that page. */
  const groupsOfPage = (idx: FilterIndex, k: number): Promise<HTMLElement[]> => {
    if (!pages.has(k)) {
      const loaded = fetch(idx.pages[k]!)
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${idx.pages[k]}: ${response.status}`))))
        .then((html) => {
          const other = new DOMParser().parseFromString(html, 'text/html').getElementById(list.list.id);
          return other ? groupsIn(other, list.group).map((g) => document.importNode(g, true)) : [];
        });
      loaded.catch(() => pages.delete(k));
      pages.set(k, loaded);
    }
    return pages.get(k)!;
  };
  let generation = 0;
  let loadMore: () => Promise<void> = async () => undefined;

  const apply = async (): Promise<void> => {
    const run = ++generation;
    list.more.disabled = false;
    const filter = readFilter(list.form);
    const filtered = Boolean(filter.region || filter.year || filter.kind);
    // No filter, or a list of one page: the page's own groups, filtered here and at once.
    if (!filtered || list.list.dataset.pages === '1') {
      show(list, own);
      const shown = showMatching(own.flatMap(list.items), filter);
      for (const g of own) g.hidden = list.items(g).every((item) => item.hidden);
      list.more.hidden = true;
      if (list.pager) list.pager.hidden = false;
      list.report(filtered ? shown : null);
      list.changed?.();
      return;
    }
    index ??= fetch(list.list.dataset.index!).then((r) => r.json() as Promise<FilterIndex>);
    const idx = await index;
    if (run !== generation) return;
    // Groups are listed page by page: a group's place in its page is its distance from the page's first.
    const firstOfPage = new Map<number, number>();
    idx.groups.forEach((g, i) => firstOfPage.has(g[0]!) || firstOfPage.set(g[0]!, i));
    const matching = idx.groups.map((g, i) => ({ page: g[0]!, at: i - firstOfPage.get(g[0]!)!, n: countMatches(idx, g, filter) })).filter((m) => m.n > 0);
    list.report(matching.reduce((sum, m) => sum + m.n, 0));
    if (list.pager) list.pager.hidden = true;
    show(list, []);
    let next = 0;
    let busy = false;
    loadMore = async () => {
      // One batch at a time: the button waits until this one is in.
      if (busy) return;
      busy = true;
      list.more.disabled = true;
      let shown = 0;
      const batch: HTMLElement[] = [];
      while (next < matching.length && shown < list.budget) {
        const m = matching[next]!;
        // A page that fails to load leaves 显示更多 to try again.
        const groups = await groupsOfPage(idx, m.page).catch(() => undefined);
        // A newer choice of filters owns the list (and the button) now.
        if (run !== generation) return;
        if (!groups) break;
        next++;
        const group = groups[m.at];
        if (!group) continue;
        shown += showMatching(list.items(group), filter);
        group.hidden = false;
        batch.push(group);
      }
      list.list.append(...batch);
      busy = false;
      list.more.disabled = false;
      list.more.hidden = next >= matching.length;
      list.changed?.();
    };
    await loadMore();
  };
  list.form.addEventListener('change', () => void apply());
  list.more.addEventListener('click', () => void loadMore());
  void apply();
}

function groupsIn(list: HTMLElement, group: string): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>(`:scope > ${group}`)];
}

/** Puts these groups in the list in place of the ones it holds. */
function show(list: PagedList, groups: HTMLElement[]): void {
  for (const g of groupsIn(list.list, list.group)) g.remove();
  list.list.append(...groups);
}
