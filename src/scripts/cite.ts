// 引用 (Cite.astro): today's date in the report's citation, the citation of a section in a dialog,
// and copying a format. Loaded by page.ts on the first use of a citation control, so a report page
// that nobody cites loads none of it.
import { bibtex, cslJson, gbt7714, today, type CitationSource } from '../lib/citation.ts';

const formats = { gb: gbt7714, bibtex, csl: cslJson } as const;

function reportSource(): CitationSource | undefined {
  const data = document.querySelector<HTMLElement>('details.cite')?.dataset.cite;
  return data ? (JSON.parse(data) as CitationSource) : undefined;
}

/** Writes the three formats of `source` into a panel (the report's <details> or the section dialog). */
function fill(panel: Element, source: CitationSource): void {
  const accessed = today();
  for (const pre of panel.querySelectorAll<HTMLElement>('[data-cite-text]')) {
    const format = formats[pre.dataset.citeText as keyof typeof formats];
    if (format) pre.textContent = format(source, accessed);
  }
}

/** Puts today's date into the report's citation (the page was rendered without one). */
export function fillReport(details: HTMLDetailsElement): void {
  const source = reportSource();
  if (source) fill(details, source);
}

/** The numbering path of the section a heading opens, as printed on the page: 三、 + 12. → 三、12. */
function pathOf(heading: HTMLElement): string {
  const numbers: string[] = [];
  for (let s = heading.closest('section'); s; s = s.parentElement?.closest('section') ?? null) {
    const num = s.querySelector(':scope > .sec-h .num')?.textContent?.trim();
    if (num) numbers.unshift(num);
  }
  return numbers.join('');
}

/**
 * The one dialog of section citations, made on first use from the report's panel: its heading
 * (引用本节 and the section path) and a close button take the place of the panel's title.
 */
function sectionDialog(): HTMLDialogElement | undefined {
  const made = document.querySelector<HTMLDialogElement>('dialog.cite-dialog');
  const details = document.querySelector<HTMLElement>('details.cite');
  const panel = details?.querySelector('.cite-panel');
  if (made || !details || !panel) return made ?? undefined;
  const dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
  dialog.dataset.pagefindIgnore = 'all';
  const copy = panel.cloneNode(true) as HTMLElement;
  const head = document.createElement('div');
  head.className = 'cite-head';
  const title = document.createElement('p');
  title.className = 'cite-for';
  title.id = 'cite-dialog-title';
  const path = document.createElement('span');
  path.dataset.citePath = '';
  title.append(`${details.dataset.citeSection ?? ''} `, path);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cite-close';
  close.dataset.citeClose = '';
  close.textContent = details.dataset.citeClose ?? '';
  head.append(title, close);
  copy.querySelector('.cite-for')?.replaceWith(head);
  dialog.append(copy);
  details.after(dialog);
  return dialog;
}

/** Opens the citation of the section whose heading holds `button`. */
export function openSection(button: HTMLElement): void {
  const heading = button.closest<HTMLElement>('.sec-h[id]');
  const dialog = sectionDialog();
  const source = reportSource();
  if (!heading || !dialog || !source) return;
  const path = pathOf(heading) || heading.querySelector('.title')?.textContent?.trim() || heading.id;
  fill(dialog, { ...source, section: { id: heading.id, path } });
  dialog.querySelector('[data-cite-path]')!.textContent = path;
  dialog.querySelector('[data-cite-status]')!.textContent = '';
  dialog.showModal();
}

/** Copies one format of the panel the button is in and says so in the panel's own live region (a modal dialog hides the page's). */
export async function copyFormat(button: HTMLElement): Promise<void> {
  const panel = button.closest('.cite-panel');
  const text = panel?.querySelector<HTMLElement>(`[data-cite-text="${button.dataset.citeCopy}"]`)?.textContent ?? '';
  const status = panel?.querySelector<HTMLElement>('[data-cite-status]');
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard (permissions, old browser): select the text so the reader can copy it.
    const pre = panel?.querySelector<HTMLElement>(`[data-cite-text="${button.dataset.citeCopy}"]`);
    if (pre) getSelection()?.selectAllChildren(pre);
    return;
  }
  const copied = document.querySelector<HTMLElement>('[data-copied]')?.dataset.copied ?? '';
  if (status) status.textContent = `${copied}：${button.closest('.cite-format')?.querySelector('figcaption')?.textContent ?? ''}`;
}
