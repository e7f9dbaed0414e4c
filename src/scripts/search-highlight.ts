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
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  // The browser scrolls to the #anchor itself, smoothly (scroll-behavior: smooth), and an instant
  // scroll during that animation can end up anywhere: wait until scrolling has stopped, then place
  // the section once (a reader who starts scrolling meanwhile is left alone after 1.5 s).
  await scrollSettled(150, 1500);
  target.scrollIntoView({ behavior: 'instant' });
}

/** Resolves once the page has not scrolled for `quiet` ms, or after `limit` ms at most. */
function scrollSettled(quiet: number, limit: number): Promise<void> {
  return new Promise((done) => {
    const finish = (): void => {
      clearTimeout(timer);
      clearTimeout(cap);
      removeEventListener('scroll', wait);
      done();
    };
    const wait = (): void => {
      clearTimeout(timer);
      timer = setTimeout(finish, quiet);
    };
    let timer = setTimeout(finish, quiet);
    const cap = setTimeout(finish, limit);
    addEventListener('scroll', wait, { passive: true });
  });
}
