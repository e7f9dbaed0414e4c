// Small progressive enhancements for every page: script switch, copy link, theme, `/` to search.

const STORE = 'baogao-script';
const PLACE = 'baogao-place';

// Script switch. Ids are the same in both scripts, so the reader's place is stored as "element
// with id X, scrolled N px past its top" and found again on the other page; the #anchor and the
// ?q= of a search travel in the URL. The choice is remembered for the root page (see index.astro).
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-script-switch]')) {
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    localStorage.setItem(STORE, link.dataset.scriptSwitch ?? '');
    const top = placeAtTop();
    sessionStorage.setItem(PLACE, JSON.stringify(top ?? { ratio: scrollRatio() }));
    const target = new URL(link.href);
    target.search = location.search;
    target.hash = location.hash;
    location.href = target.href;
  });
}
// Root page links choose a script without a place to keep.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-script-choice]')) {
  link.addEventListener('click', () => localStorage.setItem(STORE, link.dataset.scriptChoice ?? ''));
}
// The first script a reader reads is remembered until they choose one (pages with a switch only,
// so the bilingual root page remembers nothing).
if (document.querySelector('[data-script-switch]') && !localStorage.getItem(STORE)) {
  localStorage.setItem(STORE, document.documentElement.lang.toLowerCase());
}
restorePlace();

function scrollRatio(): number {
  const max = document.documentElement.scrollHeight - innerHeight;
  return max > 0 ? scrollY / max : 0;
}

/** The innermost element with an id that starts at or above the top of the viewport. */
function placeAtTop(): { id: string; offset: number } | undefined {
  if (scrollY <= 0) return undefined;
  let best: { id: string; offset: number } | undefined;
  for (const el of document.querySelectorAll<HTMLElement>('main [id]')) {
    const rect = el.getBoundingClientRect();
    if (rect.bottom <= 0 || rect.top > 0 || el.id === 'main') continue;
    if (!best || -rect.top <= best.offset) best = { id: el.id, offset: -rect.top };
  }
  return best;
}

function restorePlace(): void {
  const saved = sessionStorage.getItem(PLACE);
  if (saved === null) return;
  sessionStorage.removeItem(PLACE);
  let place: { id?: string; offset?: number; ratio?: number };
  try {
    place = JSON.parse(saved) as typeof place;
  } catch {
    return;
  }
  const el = place.id ? document.getElementById(place.id) : null;
  requestAnimationFrame(() => {
    if (el) scrollTo(0, el.getBoundingClientRect().top + scrollY + (place.offset ?? 0));
    else if (typeof place.ratio === 'number' && !location.hash) {
      scrollTo(0, place.ratio * (document.documentElement.scrollHeight - innerHeight));
    }
  });
}

// Copy the full URL of a section. One listener for all buttons; a button copies the link of the
// heading it sits in, and its label while "copied" is on the report body (data-copied).
addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button.copy');
  const id = button?.closest('[id]')?.id;
  if (!button || !id) return;
  const target = new URL(`#${id}`, location.href).href;
  try {
    await navigator.clipboard.writeText(target);
    const label = button.dataset.label ?? button.getAttribute('aria-label') ?? '';
    button.dataset.label = label;
    button.dataset.state = 'copied';
    button.setAttribute('aria-label', button.closest<HTMLElement>('[data-copied]')?.dataset.copied ?? label);
    setTimeout(() => {
      delete button.dataset.state;
      button.setAttribute('aria-label', label);
    }, 1500);
  } catch {
    history.replaceState(null, '', target);
  }
});

// Theme: follows the system unless the reader chose.
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (toggle) {
  const root = document.documentElement;
  const dark = (): boolean =>
    root.dataset.theme === 'dark' || (root.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  toggle.setAttribute('aria-pressed', String(dark()));
  toggle.addEventListener('click', () => {
    root.dataset.theme = dark() ? 'light' : 'dark';
    localStorage.setItem('baogao-theme', root.dataset.theme);
    toggle.setAttribute('aria-pressed', String(dark()));
  });
}

// `/` focuses the search box.
addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return;
  const active = document.activeElement;
  if (active && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA' || (active as HTMLElement).isContentEditable)) return;
  // The search page's own box wins over the header box.
  const box = document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('#header-q');
  if (box) {
    event.preventDefault();
    box.focus();
  }
});

// Contents: open on wide screens (a sidebar), collapsed on phones; the link of the section being
// read is marked aria-current and kept in view inside the sidebar.
const toc = document.querySelector<HTMLElement>('.toc');
if (toc) {
  const details = toc.querySelector('details');
  const wide = matchMedia('(min-width: 64rem)');
  if (details && wide.matches) details.open = true;
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const headings = [...document.querySelectorAll<HTMLElement>('.sec-h[id]')].filter((h) => links.has(h.id));
  let current: HTMLAnchorElement | undefined;
  let queued = false;
  const update = (): void => {
    queued = false;
    // A heading counts as read once it reaches the spot where a jump to it lands (scroll-padding).
    const line = (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + 24;
    let found: HTMLElement | undefined;
    for (const h of headings) {
      if (h.getBoundingClientRect().top > line) break;
      found = h;
    }
    const link = found ? links.get(found.id) : undefined;
    if (link === current) return;
    current?.removeAttribute('aria-current');
    current = link;
    if (!link) return;
    link.setAttribute('aria-current', 'location');
    if (toc.scrollHeight > toc.clientHeight) {
      const box = toc.getBoundingClientRect();
      const r = link.getBoundingClientRect();
      if (r.top < box.top || r.bottom > box.bottom) toc.scrollTop += r.top - box.top - box.height / 3;
    }
  };
  addEventListener('scroll', () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  }, { passive: true });
  update();
  // On phones the contents close after a jump, so the section is not hidden behind them.
  toc.addEventListener('click', (event) => {
    if (details && !wide.matches && (event.target as Element).closest('a')) details.open = false;
  });
}
