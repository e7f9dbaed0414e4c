// place: putting the page at a place at once (arrival, the script switch, a search hit), shared by
// page.ts and search-highlight.ts.

/** Where a jump puts a heading: the scroll padding below the sticky bars, in px. */
export function readingLine(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}

/** Scrolls the page to `top` at once, whatever scroll-behavior says. */
export function instantScroll(top: number): void {
  scrollTo({ top, behavior: 'instant' });
}

let owner: 'arrival' | 'hits' = 'arrival';
/** Who placed the page last: the arrival at its #target, or the search highlighter at a hit (which the arrival then leaves alone). */
export const placedBy = (): 'arrival' | 'hits' => owner;

/**
 * Puts a section where a jump puts it, then, when `hit` (an element inside it) would be below the
 * viewport, moves on until the hit is in the top third: the reader sees the heading and a hit, or the
 * hit. Synchronous, instant scrolls only: nothing waits for an animation.
 */
export function placeAt(target: HTMLElement, hit?: Element | null): void {
  target.scrollIntoView({ behavior: 'instant', block: 'start' });
  owner = hit ? 'hits' : 'arrival';
  if (!hit) return;
  const r = hit.getBoundingClientRect();
  if (r.top >= readingLine() && r.bottom <= innerHeight - 16) return;
  instantScroll(scrollY + r.top - Math.max(readingLine() + 8, innerHeight / 4));
}
