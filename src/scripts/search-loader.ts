// On every page: loads the header search only when its box is first used, and the highlighter only
// when the reader arrives from a search result. Everything else about search stays off the page.
import { HIGHLIGHT_KEY } from '../search/session.ts';

const form = document.querySelector<HTMLFormElement>('form.header-search');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
if (form && input) {
  const load = (): void => void import('./header-search.ts').then((m) => m.attachHeaderSearch(form, input));
  input.addEventListener('focus', load, { once: true });
}
let pending: string | null = null;
try {
  pending = sessionStorage.getItem(HIGHLIGHT_KEY);
} catch {
  // No storage, no highlight.
}
if (pending) void import('./search-highlight.ts').then((m) => m.applyPendingHighlight());
