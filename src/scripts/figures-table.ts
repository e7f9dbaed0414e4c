// The full table of a report's figures, loaded when the reader opens 全部指标 (inline it weighed
// 14 % of a page and repeated the callouts): the rows are the report's group in the indicator
// explorer (the page the <details> links to), fetched and parsed as HTML and put here with their
// links made same-page (#s3-12-i1). Without JS, or when the fetch fails, the link to the explorer stays.

/** Fills `details` (data-figures-from: the explorer page URL with #r-<slug>) with the report's figure table, once. */
export async function loadFiguresTable(details: HTMLDetailsElement): Promise<void> {
  const from = details.dataset.figuresFrom;
  if (!from || details.dataset.loaded) return;
  details.dataset.loaded = 'loading';
  const target = new URL(from, location.href);
  try {
    const response = await fetch(target.pathname);
    if (!response.ok) throw new Error(`${target.pathname}: ${response.status}`);
    const explorer = new DOMParser().parseFromString(await response.text(), 'text/html');
    const group = explorer.getElementById(target.hash.slice(1));
    const head = explorer.querySelector('#ind-explorer thead');
    if (!group || !head) throw new Error(`${from}: no such group`);
    const table = document.createElement('table');
    table.className = 'ind-table';
    const thead = document.importNode(head, true);
    // Nothing sorts this table: no sort keys on its headers.
    for (const th of thead.querySelectorAll('th')) th.removeAttribute('data-sort');
    const tbody = document.createElement('tbody');
    for (const row of group.querySelectorAll<HTMLTableRowElement>('tr[data-kind]')) {
      const copy = document.importNode(row, true);
      const link = copy.querySelector<HTMLAnchorElement>('a[href*="#"]');
      if (link) link.setAttribute('href', `#${link.getAttribute('href')!.split('#')[1]}`);
      tbody.append(copy);
    }
    table.append(thead, tbody);
    const wrap = document.createElement('div');
    wrap.className = 'ind-table-wrap';
    wrap.append(table);
    details.append(wrap);
    details.dataset.loaded = 'yes';
  } catch {
    delete details.dataset.loaded;
  }
}
