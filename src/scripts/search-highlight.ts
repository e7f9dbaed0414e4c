// On a report page opened from search results: marks the query in the page body (in the page's
// script, whatever script the query was typed in) and places the target section with a hit on screen.
import { HIGHLIGHT_KEY } from '../search/session.ts';
import { decodeFold, findMatches, parseQuery } from '../search/text.ts';
import { placeAt } from './place.ts';

/** Page chrome the highlight leaves alone: parts marked data-pagefind-ignore, and indicator callouts (Callout.astro: not marked one by one, to save their bytes). */
const SKIPPED = '[data-pagefind-ignore], aside.co, script, style, mark.search-hit';

/** Wraps every occurrence of the query parts in text nodes of `root` in <mark class="search-hit">. */
export function highlight(root: Element, query: string, fold: Record<string, string>): number {
  const parts = parseQuery(query, fold);
  if (!parts.length) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
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

/** The query marks of the page removed (their text stays). */
export function clearHighlight(root: Element): void {
  for (const mark of root.querySelectorAll('mark.search-hit')) mark.replaceWith(...mark.childNodes);
  root.normalize();
}

/** The fold table of the site (loaded once). */
let foldTable: Promise<Record<string, string>> | undefined;
function loadFold(): Promise<Record<string, string>> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  foldTable ??= fetch(`${base}pagefind/baogao.json`)
    .then((r) => r.json() as Promise<{ fold: string }>)
    .then((site) => decodeFold(site.fold));
  return foldTable;
}

/**
 * Marks the query in the report body and places the section `id` with a hit of it on screen, at
 * once (place.ts placeAt): the same for a page opened from a result and for a result of the page
 * being read.
 */
export async function showHits(query: string, id: string): Promise<void> {
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return;
  const fold = await loadFold();
  clearHighlight(body);
  highlight(body, query, fold);
  const target = document.getElementById(id);
  if (!target) return;
  const section = target.closest('section') ?? target.parentElement;
  placeAt(target, section?.querySelector('mark.search-hit'));
}

/** Reads the pending highlight (if it is for this page) and applies it. */
export async function applyPendingHighlight(): Promise<void> {
  const raw = sessionStorage.getItem(HIGHLIGHT_KEY);
  if (!raw) return;
  sessionStorage.removeItem(HIGHLIGHT_KEY);
  const { q, path } = JSON.parse(raw) as { q: string; path: string };
  if (path !== location.pathname || !q) return;
  await showHits(q, decodeURIComponent(location.hash.slice(1)));
}
