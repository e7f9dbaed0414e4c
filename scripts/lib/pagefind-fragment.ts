// The one place that reads a file of Pagefind's own output: a page's fragment, to learn the page id
// Pagefind gave each report and the word positions of its anchors (the search windows are cut at
// them and keyed by that id). The format is Pagefind's, not a public API: gzip of `pagefind_dcd`
// followed by the page's JSON. test/pagefind-fragment.test.ts indexes a page with Pagefind's Node API
// and reads its fragment back, so a Pagefind upgrade that changes the format fails there, naming it.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** What build-search reads of a fragment: the page's URL, its word stream and its anchors' word positions. */
export interface Fragment {
  url: string;
  content: string;
  anchors: { id: string; location: number }[];
}

/** The Pagefind version installed (the format is checked against it). */
export const pagefindVersion: string = (JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Per UTF-16 code unit, 1 for white space as a RegExp's `\s` has it (no surrogate is). */
const SPACE = Uint8Array.from({ length: 0x10000 }, (_, unit) => (/\s/.test(String.fromCharCode(unit)) ? 1 : 0));

/**
 * How many words a fragment's content has (its runs of characters other than `\s`): the count of
 * `content.split(/\s+/).filter(Boolean)`, which build-search took as the page's word count, without
 * making an array of every word (about 4 % of build-search's samples at N = 200; 40 times faster).
 */
export function wordCount(content: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < content.length; i++) {
    const space = SPACE[content.charCodeAt(i)] === 1;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Reads a `.pf_fragment` file; throws naming Pagefind and its version when the format is not the one known. */
export function readFragment(file: string): Fragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const bad = (what: string) =>
    new Error(
      `${file}: ${what} — Pagefind ${pagefindVersion} writes fragments in a format build-search does not know; check scripts/lib/pagefind-fragment.ts after upgrading Pagefind`,
    );
  if (!text.startsWith('pagefind_dcd{')) throw bad('no pagefind_dcd header');
  const data = JSON.parse(text.slice('pagefind_dcd'.length)) as Partial<Fragment>;
  if (typeof data.url !== 'string' || typeof data.content !== 'string' || !Array.isArray(data.anchors)) throw bad('no url, content or anchors');
  if (data.anchors.some((a) => typeof a?.id !== 'string' || typeof a?.location !== 'number')) throw bad('an anchor without id or location');
  return data as Fragment;
}
