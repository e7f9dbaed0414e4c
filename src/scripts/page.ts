// Small progressive enhancements for every page: arrival at the #target, script switch, copy link,
// theme, `/` to search, contents with the breadcrumb.
import { instantScroll, placeAt, placedBy, readingLine } from './place.ts';

const STORE = 'baogao-script';
const PLACE = 'baogao-place';

// Script switch. Ids are the same in both scripts, so the reader's place is stored as "element
// with id X (a heading or paragraph), N px above the reading line" and found again on the other
// page, which then shows the section being read in its URL (not the anchor the reader arrived by).
// The page is opened without a #fragment, so the browser's own jump to it cannot move the reader
// (nor highlight a section they did not ask for); the ?q= of a search travels as it is. The choice
// is remembered for the root page (see index.astro).
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-script-switch]')) {
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    localStorage.setItem(STORE, link.dataset.scriptSwitch ?? '');
    const place = readingPlace();
    sessionStorage.setItem(PLACE, JSON.stringify(place ?? { ratio: scrollRatio() }));
    const target = new URL(link.href);
    target.search = location.search;
    target.hash = place ? '' : location.hash;
    location.href = target.href;
  });
}
// Root page links choose a script without a place to keep.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-script-choice]')) {
  link.addEventListener('click', () => localStorage.setItem(STORE, link.dataset.scriptChoice ?? ''));
}

// The controls of every section heading (copy link, 引用) come from the page's one template
// (SectionTools.astro), put in before the page is placed; CSS keeps their room until then.
const sectionTools = document.querySelector<HTMLTemplateElement>('template[data-sec-tools]');
const reportBody = document.querySelector<HTMLElement>('.report-body');
if (sectionTools && reportBody) {
  for (const heading of reportBody.querySelectorAll('.sec-h[id]')) heading.append(sectionTools.content.cloneNode(true));
  reportBody.dataset.tools = '';
}
// 全部指标 of a report page: its table is loaded when first opened (src/scripts/figures-table.ts).
const figures = document.querySelector<HTMLDetailsElement>('details[data-figures-from]');
figures?.addEventListener('toggle', () => {
  if (figures.open) void import('./figures-table.ts').then((m) => m.loadFiguresTable(figures));
});
// The first script a reader reads is remembered until they choose one (pages with a switch only,
// so the bilingual root page remembers nothing).
if (document.querySelector('[data-script-switch]') && !localStorage.getItem(STORE)) {
  localStorage.setItem(STORE, document.documentElement.lang.toLowerCase());
}
arrive();

function scrollRatio(): number {
  const max = document.documentElement.scrollHeight - innerHeight;
  return max > 0 ? scrollY / max : 0;
}

/** The heading or paragraph at the reading line (the last one starting above it) and its section. */
function readingPlace(): { id: string; offset: number; section: string } | undefined {
  if (scrollY <= 0) return undefined;
  const line = readingLine();
  let best: HTMLElement | undefined;
  for (const el of document.querySelectorAll<HTMLElement>('main .sec-h[id], main .para[id]')) {
    // (a heading put there by a jump sits at the line give or take a subpixel: it counts as reached)
    if (el.getBoundingClientRect().top > line + 2) break;
    best = el;
  }
  if (!best) return undefined;
  const heading = best.classList.contains('sec-h') ? best : best.closest('section')?.querySelector<HTMLElement>(':scope > .sec-h[id]');
  return { id: best.id, offset: line - best.getBoundingClientRect().top, section: heading?.id ?? best.id };
}

/**
 * Arrival: the page is placed at once, never by an animation. A place kept by the script switch
 * wins (and its section goes into the URL, without a jump); else the #target is put where a jump
 * puts it (below the sticky bars). Placed when the script runs and again at `load` (layout may have
 * moved), unless the reader has scrolled by hand or the search highlighter has placed a hit
 * (place.ts placedBy); smooth scrolling (for in-page jumps only, and only without reduced motion)
 * is switched on after that.
 */
function arrive(): void {
  const root = document.documentElement;
  const kept = takePlace();
  let touched = false;
  for (const type of ['wheel', 'touchmove', 'keydown', 'mousedown'] as const) addEventListener(type, () => (touched = true), { once: true, passive: true });
  const place = (): void => {
    if (kept) {
      const el = kept.id ? document.getElementById(kept.id) : null;
      if (el) instantScroll(el.getBoundingClientRect().top + scrollY - readingLine() + (kept.offset ?? 0));
      else if (typeof kept.ratio === 'number' && !location.hash) instantScroll(kept.ratio * (root.scrollHeight - innerHeight));
      if (kept.section) history.replaceState(history.state, '', `#${kept.section}`);
      return;
    }
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target) placeAt(target);
  };
  place();
  const settle = (): void => {
    if (!touched && placedBy() === 'arrival') place();
    root.classList.add('smooth');
  };
  if (document.readyState === 'complete') settle();
  else addEventListener('load', settle, { once: true });
}

/** The place the script switch left for this page (read once). */
function takePlace(): { id?: string; offset?: number; ratio?: number; section?: string } | undefined {
  const saved = sessionStorage.getItem(PLACE);
  if (saved === null) return undefined;
  sessionStorage.removeItem(PLACE);
  try {
    return JSON.parse(saved) as ReturnType<typeof takePlace>;
  } catch {
    return undefined;
  }
}

// Copy the full URL of a section (the button in its heading) or of a paragraph (the link offered
// when text is selected). One listener for all; the result is said in visible text and to screen
// readers by the page's one live region (data-copied on the report body holds 已复制/已複製).
const body = document.querySelector<HTMLElement>('[data-copied]');
const status = document.querySelector<HTMLElement>('[data-copy-status]');
let statusTimer: ReturnType<typeof setTimeout> | undefined;
async function copyLink(id: string, from: HTMLElement): Promise<void> {
  const target = new URL(`#${id}`, location.href).href;
  try {
    await navigator.clipboard.writeText(target);
  } catch {
    history.replaceState(null, '', target);
    return;
  }
  const copied = body?.dataset.copied ?? '';
  from.dataset.state = 'copied';
  if (status) {
    status.textContent = copied;
    // How long the note stays up (display only: nothing waits for it).
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      status.textContent = '';
      delete from.dataset.state;
    }, 2000);
  }
}
// 引用: the citation code (src/scripts/cite.ts) loads on the first use of a citation control.
const cite = (): Promise<typeof import('./cite.ts')> => import('./cite.ts');
document.querySelector<HTMLDetailsElement>('details.cite')?.addEventListener('toggle', (event) => {
  const details = event.currentTarget as HTMLDetailsElement;
  if (details.open) void cite().then((c) => c.fillReport(details));
});
addEventListener('click', (event) => {
  const el = event.target as Element | null;
  const citeButton = el?.closest?.<HTMLElement>('button.cite-sec, button.cite-copy, button.cite-close');
  if (citeButton?.classList.contains('cite-close')) citeButton.closest('dialog')?.close();
  else if (citeButton?.classList.contains('cite-sec')) void cite().then((c) => c.openSection(citeButton));
  else if (citeButton) void cite().then((c) => c.copyFormat(citeButton));
  const button = el?.closest?.<HTMLButtonElement>('button.copy');
  const id = button?.closest('[id]')?.id;
  if (button && id) void copyLink(id, button);
  const para = el?.closest?.<HTMLAnchorElement>('[data-para-link]');
  if (para) {
    event.preventDefault();
    void copyLink(para.hash.slice(1), para);
  }
});
// Selecting text in a paragraph offers a link to it (#s3-12-p2), beside the selection.
const paraLink = document.querySelector<HTMLAnchorElement>('[data-para-link]');
if (paraLink) {
  let queued = false;
  const show = (): void => {
    queued = false;
    const selection = getSelection();
    const node = selection && !selection.isCollapsed ? selection.focusNode : null;
    const para = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('.report-body .para[id]');
    if (!selection || !para) {
      paraLink.hidden = true;
      return;
    }
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    paraLink.href = `#${para.id}`;
    paraLink.hidden = false;
    const box = body!.getBoundingClientRect();
    paraLink.style.top = `${rect.bottom - box.top + 6}px`;
    paraLink.style.left = `${Math.max(0, Math.min(rect.left - box.left, box.width - paraLink.offsetWidth))}px`;
  };
  document.addEventListener('selectionchange', () => {
    if (!queued) requestAnimationFrame(show);
    queued = true;
  });
}

// Theme: follows the system unless the reader chose.
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (toggle) {
  const root = document.documentElement;
  const dark = (): boolean => root.dataset.theme === 'dark' || (root.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
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

// Contents: open on wide screens (a sidebar), collapsed on phones (a sticky bar); the link of the
// section being read is marked aria-current and kept in view inside the sidebar, and the breadcrumb
// above the contents names it with its parents, with links to the previous and next section.
const toc = document.querySelector<HTMLElement>('.toc');
if (toc) {
  const details = toc.querySelector('details');
  const wide = matchMedia('(min-width: 64rem)');
  if (details && wide.matches) details.open = true;
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('details a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const headings = [...document.querySelectorAll<HTMLElement>('.sec-h[id]')].filter((h) => links.has(h.id));
  const isMeasure = (h: HTMLElement): boolean => !links.get(h.id)!.parentElement!.querySelector('ol');
  const crumbs = toc.querySelector<HTMLElement>('[data-crumbs]');
  const crumbText = crumbs?.querySelector<HTMLElement>('.crumbs-path');
  const [prev, next] = ['prev', 'next'].map((rel) => crumbs?.querySelector<HTMLAnchorElement>(`a[rel="${rel}"]`));
  let current: HTMLAnchorElement | undefined;
  let queued = false;
  const update = (): void => {
    queued = false;
    // A heading counts as read once it reaches the spot where a jump to it lands (scroll-padding).
    const line = readingLine() + 24;
    let at = -1;
    for (const [i, h] of headings.entries()) {
      if (h.getBoundingClientRect().top > line) break;
      at = i;
    }
    const link = at >= 0 ? links.get(headings[at]!.id) : undefined;
    if (link === current) return;
    current?.removeAttribute('aria-current');
    current = link;
    if (crumbText) {
      // Parents and the section apart, so a narrow bar shortens the parents, not the section.
      const names = link ? trail(link) : [];
      const parents = document.createElement('span');
      parents.className = 'crumbs-parents';
      parents.textContent = names
        .slice(0, -1)
        .map((n) => `${n} › `)
        .join('');
      const leaf = document.createElement('span');
      leaf.className = 'crumbs-leaf';
      leaf.textContent = names.at(-1) ?? '';
      crumbText.replaceChildren(parents, leaf);
    }
    const near = (el: HTMLAnchorElement | null | undefined, h: HTMLElement | undefined): void => {
      if (!el) return;
      el.hidden = !h;
      if (h) {
        el.href = `#${h.id}`;
        el.title = links.get(h.id)!.textContent ?? '';
      }
    };
    // Previous and next measure: the sections without subsections (三、 itself is not a measure).
    near(prev, headings.slice(0, Math.max(at, 0)).findLast(isMeasure));
    near(next, headings.slice(at + 1).find(isMeasure));
    if (!link) return;
    link.setAttribute('aria-current', 'location');
    if (wide.matches && toc.scrollHeight > toc.clientHeight) {
      const box = toc.getBoundingClientRect();
      const r = link.getBoundingClientRect();
      if (r.top < box.top || r.bottom > box.bottom) toc.scrollTop += r.top - box.top - box.height / 3;
    }
  };
  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(update);
      queued = true;
    },
    { passive: true },
  );
  update();
  // On phones the contents close after a jump, so the section is not hidden behind them.
  toc.addEventListener('click', (event) => {
    if (details && !wide.matches && (event.target as Element).closest('details a')) details.open = false;
  });
}

/** The titles of a contents link and of the sections containing it, outermost first. */
function trail(link: HTMLAnchorElement): string[] {
  const names: string[] = [];
  for (let li = link.closest('li'); li; li = li.parentElement?.closest('li') ?? null) {
    names.unshift(li.querySelector(':scope > a')?.textContent ?? '');
  }
  return names;
}
