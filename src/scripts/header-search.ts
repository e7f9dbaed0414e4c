// Header search box: loaded on first use of the box (focus or typing), shows the top reports under
// the box as the reader types; Enter in the box opens the full search page (the form's action).
import { loadEngine, type SearchEngine } from '../search/engine.ts';
import { bindArrowKeys, rememberQueryOnOpen, renderHit, say, scriptIndex, type Place } from '../search/render.ts';
import { HIGHLIGHT_KEY } from '../search/session.ts';

// Five reports: each loads one window of its sections (about 1 KB gzip).
const TOP = 5;

/** Attaches live results to the header search form. */
export function attachHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const place: Place = {
    lang: document.documentElement.lang.toLowerCase() === 'zh-hant' ? 'zh-hant' : 'zh-hans',
    base: import.meta.env.BASE_URL.replace(/\/?$/, '/'),
  };
  const style = document.createElement('style');
  style.textContent = `.header-search{position:relative}.header-results{position:absolute;z-index:20;right:0;top:100%;width:min(32rem,90vw);max-height:70vh;overflow:auto;padding:.5rem 1rem;background:var(--bg,Canvas);color:var(--fg,CanvasText);border:1px solid currentColor;border-radius:.4rem;box-shadow:0 .5rem 1.5rem #0003}.header-results ol{list-style:none;margin:0;padding:0}.header-results li{margin:.5rem 0}.header-results p{margin:.2rem 0;font-size:.9em}.header-results-all{display:block;margin:.5rem 0}@media (max-width:40rem){.header-results{position:fixed;left:.5rem;right:.5rem;top:var(--header-h);width:auto}}`;
  document.head.append(style);
  const panel = document.createElement('div');
  panel.className = 'header-results';
  panel.hidden = true;
  const list = document.createElement('ol');
  list.dataset.testid = 'header-search-results';
  const all = document.createElement('a');
  all.className = 'header-results-all';
  panel.append(list, all);
  form.append(panel);
  let engine: Promise<SearchEngine> | undefined;
  let latest = 0;

  async function run(): Promise<void> {
    const id = ++latest;
    const query = input.value.trim();
    if (!query) {
      panel.hidden = true;
      return;
    }
    // A failed first load is not kept: the next keystroke tries again.
    engine ??= loadEngine(`${place.base}pagefind/`).catch((error: unknown) => {
      engine = undefined;
      throw error;
    });
    let hits;
    let n;
    try {
      const e = await engine;
      const outcome = await e.search(query);
      hits = await Promise.all(outcome.reports.slice(0, TOP).map((r) => e.loadReport(r, outcome.parts, scriptIndex(place.lang), 1)));
      n = outcome.reports.length;
    } catch (error) {
      if (id === latest) {
        list.replaceChildren();
        all.textContent = say('failed', place.lang);
        all.href = `${place.base}${place.lang}/search/?q=${encodeURIComponent(query)}`;
        panel.hidden = false;
      }
      throw error;
    }
    if (id !== latest) return;
    list.replaceChildren(...hits.filter((h) => h !== null).map((h) => renderHit(h, place, { subs: false })));
    all.textContent = n ? say('seeAll', place.lang, { n }) : say('none', place.lang, { q: query });
    all.href = `${place.base}${place.lang}/search/?q=${encodeURIComponent(query)}`;
    panel.hidden = false;
  }

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') panel.hidden = true;
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) panel.hidden = true;
  });
  bindArrowKeys(input, panel);
  rememberQueryOnOpen(panel, () => input.value.trim());
  // A result in the report being read: no page load, so the dropdown closes, the query is marked
  // and the section placed here (the hash changes without a scroll of its own).
  panel.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href]');
    if (!link || link.pathname !== location.pathname || !link.hash || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    try {
      sessionStorage.removeItem(HIGHLIGHT_KEY);
    } catch {
      // No storage: nothing was handed over.
    }
    panel.hidden = true;
    // The jump to the new #hash is instant (no .smooth until the hit is placed), so no animation
    // is left running to carry the page away from it.
    const root = document.documentElement;
    root.classList.remove('smooth');
    location.hash = link.hash;
    // The highlighter is loaded here, on such a click, not with the search (a first search does not need it).
    void import('./search-highlight.ts').then((m) => m.showHits(input.value.trim(), decodeURIComponent(link.hash.slice(1)))).finally(() => root.classList.add('smooth'));
  });
  if (input.value.trim()) void run();
}
