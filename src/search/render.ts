// render: search results → DOM, shared by the search page and the header box. Text from reports is
// only ever set as textContent (never as HTML): a source cannot inject markup into the results.
import type { ExcerptPiece } from './text.ts';
import type { ReportHit, ScriptIndex, SectionHit } from './engine.ts';
import { HIGHLIGHT_KEY } from './session.ts';

/** Where the reader is: their page script and the site base ('/baogao/'). */
export interface Place {
  lang: 'zh-hans' | 'zh-hant';
  base: string;
}

// Search's own strings; the site's shared ones (region, year, kind, all) come from src/lib/site.ts `t`.
const strings = {
  found: ['找到 {n} 篇报告', '找到 {n} 篇報告'],
  none: ['没有找到包含“{q}”的报告', '沒有找到包含「{q}」的報告'],
  more: ['显示更多', '顯示更多'],
  seeAll: ['查看全部 {n} 篇报告', '查看全部 {n} 篇報告'],
  also: ['其他匹配章节', '其他匹配章節'],
  alsoMore: ['更多匹配章节', '更多匹配章節'],
  alsoNone: ['没有其他匹配章节', '沒有其他匹配章節'],
  loading: ['正在搜索…', '正在搜尋…'],
  filter: ['按地区、年份、类型筛选', '按地區、年份、類型篩選'],
  failed: ['搜索暂时无法使用', '搜尋暫時無法使用'],
} as const;

/** A UI string in the page's script, with {n} and {q} filled in. */
export function say(key: keyof typeof strings, lang: Place['lang'], values: { n?: number; q?: string } = {}): string {
  return strings[key][lang === 'zh-hans' ? 0 : 1].replace('{n}', String(values.n ?? '')).replace('{q}', values.q ?? '');
}

/** 0 for Simplified pages, 1 for Traditional: which version of a record to show. */
export const scriptIndex = (lang: Place['lang']): ScriptIndex => (lang === 'zh-hans' ? 0 : 1);

/** The link to a section of a report in the reader's script, under the base path. */
export const sectionUrl = (place: Place, slug: string, anchor: string): string => `${place.base}${place.lang}/${slug}/#${anchor}`;

/** A section's heading after those of its parents: 二、… › （五）… › 二是…. */
export const sectionPath = (section: SectionHit): string => [...section.path, section.heading].join(' › ');

/** Appends excerpt pieces to an element, matches in <mark>. */
export function appendExcerpt(element: HTMLElement, pieces: ExcerptPiece[]): void {
  for (const piece of pieces) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      element.append(mark);
    } else {
      element.append(piece.text);
    }
  }
}

/** One report in a result list: link to its best section, excerpt, links to other matching sections. */
export function renderHit(hit: ReportHit, place: Place, options: { subs?: boolean; more?: () => Promise<SectionHit[]> } = {}): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const link = document.createElement('a');
  link.className = 'search-hit-link';
  link.href = sectionUrl(place, hit.slug, hit.best.anchor);
  const title = document.createElement('span');
  title.className = 'search-hit-title';
  title.textContent = hit.title;
  link.append(title);
  if (hit.best.heading) {
    // The section with its parents (二、… › （五）… › 二是…), on its own line under the title.
    const heading = document.createElement('span');
    heading.className = 'search-hit-path';
    heading.textContent = sectionPath(hit.best);
    link.append(heading);
  }
  const facts = [hit.region, hit.year === undefined ? '' : `${hit.year}年`].filter(Boolean);
  if (facts.length) {
    const meta = document.createElement('span');
    meta.className = 'search-hit-meta';
    meta.textContent = facts.join(' · ');
    link.append(meta);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit-excerpt';
  appendExcerpt(excerpt, hit.best.excerpt);
  li.append(link, excerpt);
  if (options.subs === false) return li;
  const list = document.createElement('ul');
  list.className = 'search-subs';
  list.setAttribute('aria-label', say('also', place.lang));
  const addSections = (sections: SectionHit[]): void => {
    for (const other of sections) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = sectionUrl(place, hit.slug, other.anchor);
      a.textContent = other.heading ? sectionPath(other) : hit.title;
      const p = document.createElement('p');
      appendExcerpt(p, other.excerpt);
      item.append(a, p);
      list.append(item);
    }
    if (list.children.length && list.parentNode !== li) li.insertBefore(list, button.parentNode === li ? button : null);
  };
  // Matches further in the report are in other windows: loaded when the reader asks for them.
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-subs-more';
  button.textContent = say('alsoMore', place.lang);
  if (hit.more.length && options.more) {
    const load = options.more;
    button.addEventListener('click', async () => {
      button.disabled = true;
      let sections: SectionHit[];
      try {
        sections = await load();
      } catch (error) {
        button.disabled = false; // try again
        throw error;
      }
      const before = list.children.length;
      addSections(sections);
      const first = list.children[before]?.querySelector('a');
      if (first) {
        button.remove();
        first.focus();
      } else {
        // Nothing further than what is shown: say so where the button was.
        const none = document.createElement('p');
        none.className = 'search-subs-none';
        none.setAttribute('role', 'status');
        none.textContent = say('alsoNone', place.lang);
        button.replaceWith(none);
      }
    });
    li.append(button);
  }
  addSections(hit.others);
  return li;
}

/** Arrow keys move focus through the links of `list` (from `input` into it and back); Enter opens. */
export function bindArrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]!.focus();
  });
}

/** Remembers the query when a result is opened, so the opened page can highlight it. */
export function rememberQueryOnOpen(list: HTMLElement, query: () => string): void {
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a[href]') as HTMLAnchorElement | null;
    if (!link) return;
    try {
      sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ q: query(), path: link.pathname }));
    } catch {
      // Storage can be unavailable (private mode): the page opens without highlights.
    }
  });
}
