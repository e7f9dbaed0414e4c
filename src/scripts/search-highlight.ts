// On a report page opened from search results: marks the query in the page body (in the page's
// script, whatever script the query was typed in) and keeps the target section in view.
import { HIGHLIGHT_KEY } from '../search/session.ts';
import { decodeFold, findMatches, parseQuery } from '../search/text.ts';

/** Wraps every occurrence of the query parts in text nodes of `root` in <mark class="search-hit">. */
export function highlight(root: Element, query: string, fold: Record<string, string>): number {
  const parts = parseQuery(query, fold);
  if (!parts.length) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], script, style, mark.search-hit') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let count = 0;
  for (const node of nodes) {
    const ranges = findMatches(node.data, parts, fold);
    for (const [from, to] of ranges.reverse()) {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      range.surroundContents(mark);
      count++;
    }
  }
  return count;
}

/** Reads the pending highlight (if it is for this page) and applies it. */
export async function applyPendingHighlight(): Promise<void> {
  const raw = sessionStorage.getItem(HIGHLIGHT_KEY);
  if (!raw) return;
  sessionStorage.removeItem(HIGHLIGHT_KEY);
  const { q, path } = JSON.parse(raw) as { q: string; path: string };
  if (path !== location.pathname || !q) return;
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const site = (await (await fetch(`${base}pagefind/baogao.json`)).json()) as { fold: string };
  highlight(body, q, decodeFold(site.fold));
  document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ behavior: 'instant' });
}
