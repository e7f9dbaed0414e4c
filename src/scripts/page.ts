// Small progressive enhancements for every page: script switch, copy link, theme, `/` to search.

const STORE = 'baogao-script';

// Remember the reader's script; keep the anchor and relative scroll position when switching.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-script-switch]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    localStorage.setItem(STORE, link.dataset.scriptSwitch ?? '');
    const max = document.documentElement.scrollHeight - innerHeight;
    sessionStorage.setItem('baogao-scroll', String(max > 0 ? scrollY / max : 0));
    location.href = link.href.replace(/#.*$/, '') + location.hash;
  });
}
{
  const lang = document.documentElement.lang.toLowerCase();
  localStorage.setItem(STORE, lang);
  const ratio = sessionStorage.getItem('baogao-scroll');
  if (ratio !== null) {
    sessionStorage.removeItem('baogao-scroll');
    if (!location.hash) scrollTo(0, Number(ratio) * (document.documentElement.scrollHeight - innerHeight));
  }
}

// Copy the full URL of a section.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
  button.addEventListener('click', async () => {
    const target = new URL(`#${button.dataset.copyLink}`, location.href).href;
    try {
      await navigator.clipboard.writeText(target);
      button.dataset.state = 'copied';
      button.setAttribute('aria-label', button.dataset.copied ?? '');
      setTimeout(() => {
        delete button.dataset.state;
        button.setAttribute('aria-label', button.dataset.label ?? '');
      }, 1500);
    } catch {
      history.replaceState(null, '', target);
    }
  });
}

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
  const box = document.querySelector<HTMLInputElement>('#search-q, #header-q');
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
    const line = innerHeight * 0.25;
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
