// records: a report's search document (src/schemas/search.ts, written by build:content) → what
// build-search writes for it.
//  - One synthetic HTML page for Pagefind per report (both scripts in one: the index holds folded
//    text, which is the same for both), each section an empty `<h2 id=anchor>` followed by its folded
//    lines, and after `§` the folded lines of the Traditional page where they differ:
//      <h2 id="s1"></h2><p>一 、 总 体 ¶ 创 新 平 台</p>…
//  - Windows: the report's sections in the reader's script, cut at fixed word positions of that page
//    (WINDOW words each), so a result loads only the few sections around its matches.
// Pagefind's own fragments are not used by the site: their content is the folded token stream.
import { LINE, VERSION, normalize, tokenize, type FoldTable } from './text.ts';
import type { SearchDocument } from '../schemas/search.ts';
import type { Script } from '../schemas/meta.ts';

/** One section of one script's page: what its heading and paragraphs say. */
interface PageSection {
  id: string;
  anchor: string;
  heading: string;
  lines: string[];
}

/** A synthetic HTML page for Pagefind's addHTMLFile: one per report. */
export interface SearchPage {
  url: string;
  content: string;
}

/** The language of every page: not Chinese, so Pagefind applies no segmenter of its own. */
export const RECORD_LANGUAGE = 'und';

/**
 * Reports per Pagefind bundle (BAOGAO_SEARCH_SHARD sets another size): Pagefind's process holds a
 * bundle's whole index while it is built (about 0.8 MB per report), and the browser loads every
 * bundle's meta on a first query; a site of at most this many reports is one bundle.
 */
export const SEARCH_SHARD = 2000;

/** Words (Pagefind word positions) per window: a result loads the window holding most of its matches. */
export const WINDOW = 300;

/** The URL a report's page is indexed under (Pagefind gives it back in the page's fragment). */
export const searchPageUrl = (slug: string): string => `/${slug}/`;

const scripts = ['zh-Hans', 'zh-Hant'] as const satisfies readonly Script[];

/** The sections of the document as one script's page shows them. */
function pageOf(doc: SearchDocument, script: Script): PageSection[] {
  return doc.sections.map((s) => ({ id: s.id, anchor: s.anchor, heading: s.heading[script], lines: s.lines[script] }));
}

/** Every heading and line of a document, the Simplified page's, then the Traditional page's (for the fold table). */
export function* documentTexts(doc: SearchDocument): Generator<string> {
  for (const script of scripts) for (const s of doc.sections) yield* [s.heading[script], ...s.lines[script]];
}

/** The lines of a section as one version of the content: tokens joined by spaces, lines by ¶; each line's count of tokens goes to `words`. */
function serialize(lines: string[], words?: number[]): string {
  return lines
    .map((line) => {
      const tokens = tokenize(line);
      words?.push(tokens.length);
      return tokens.join(' ');
    })
    .join(` ${LINE} `);
}

/** The lines a section contributes: its heading (if any), then its paragraphs. */
const linesOf = (section: PageSection): string[] => (section.heading ? [section.heading, ...section.lines] : section.lines);

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whether a UTF-16 code unit is a surrogate (half of an astral character, or a lone one). */
const isSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff;

/**
 * The character that starts with the surrogate at `i`, as the string iterator gives it: a high
 * surrogate and a low one after it, or the surrogate alone.
 */
function surrogateCharacter(text: string, i: number): string {
  const next = text.charCodeAt(i + 1);
  return text.charCodeAt(i) <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? text.slice(i, i + 2) : text[i]!;
}

/**
 * `normalize` with a fold table, each character's normalisation made once (NFKC, lower case and the
 * fold of one character) and kept: normalize works character by character, so the text is the same,
 * and a site's texts repeat a few thousand characters millions of times. Most characters normalise to
 * themselves (a Simplified page's Han characters): a character of the Basic Multilingual Plane is
 * looked up by its code unit in a table that says whether it is kept or changed, and a line whose
 * characters are all kept is returned as it is, with no new string (session 23 made one string per
 * character with a `replace` callback: 19 % of build-search's samples at N = 200). Astral characters
 * and lone surrogates, rare, go through the map as whole characters, as the string iterator gives
 * them. The browser keeps text.ts's normalize (a query is a few characters).
 */
const normalizers = new WeakMap<FoldTable, (text: string) => string>();
export function normalizerOf(fold: FoldTable): (text: string) => string {
  let normalizer = normalizers.get(fold);
  if (!normalizer) {
    const known = new Map<string, string>();
    const one = (char: string): string => {
      let normalized = known.get(char);
      if (normalized === undefined) known.set(char, (normalized = normalize(char, fold)));
      return normalized;
    };
    /** Per code unit outside the surrogates: 0 not seen yet, KEPT when normalize keeps it, CHANGED when it does not. */
    const KEPT = 1;
    const CHANGED = 2;
    const state = new Uint8Array(0x10000);
    normalizer = (text) => {
      let out = '';
      let copied = 0; // text before this index is in `out` already
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        let char: string;
        if (isSurrogate(unit)) {
          char = surrogateCharacter(text, i);
          const normalized = one(char);
          if (normalized !== char) {
            out += text.slice(copied, i) + normalized;
            copied = i + char.length;
          }
          i += char.length - 1;
          continue;
        }
        let seen = state[unit]!;
        if (seen === KEPT) continue;
        char = text[i]!;
        if (seen === 0) state[unit] = seen = one(char) === char ? KEPT : CHANGED;
        if (seen === CHANGED) {
          out += text.slice(copied, i) + one(char);
          copied = i + 1;
        }
      }
      return copied === 0 ? text : out + text.slice(copied);
    };
    normalizers.set(fold, normalizer);
  }
  return normalizer;
}

/**
 * The normalised lines of a section (`linesOf`), made once per section object and fold table: the
 * page, the other script's extra lines and the windows' word positions each need them, and
 * normalising was a third of build-search's own time when each made them again.
 */
const normalizedMemo = new WeakMap<PageSection, { fold: FoldTable; lines: string[] }>();
function normalizedLines(section: PageSection, fold: FoldTable): string[] {
  const known = normalizedMemo.get(section);
  if (known?.fold === fold) return known.lines;
  const lines = linesOf(section).map(normalizerOf(fold));
  normalizedMemo.set(section, { fold, lines });
  return lines;
}

/** The folded lines of `other` that are not among the folded lines of `shown` (e.g. 软体 beside 软件 with twp). */
function extraLines(shown: PageSection, other: PageSection, fold: FoldTable): string[] {
  const own = new Set(normalizedLines(shown, fold));
  return [...new Set(normalizedLines(other, fold))].filter((line) => !own.has(line));
}

/**
 * The indexed text of one section: the folded lines of the Simplified page and, after `§`, the folded
 * lines of the Traditional page where they differ, so a folded query in either script matches. Each
 * line's count of words goes to `words` (the Simplified lines, then the extra ones).
 */
export function sectionText(hans: PageSection, hant: PageSection, fold: FoldTable, words?: number[]): string {
  const versions = [serialize(normalizedLines(hans, fold), words)];
  const extra = extraLines(hans, hant, fold);
  if (extra.length) versions.push(serialize(extra, words));
  return versions.join(` ${VERSION} `);
}

/**
 * The page Pagefind indexes for a report: every section as an empty `<h2 id=anchor>` followed by its
 * text, so Pagefind records the anchors with their word positions. The title is not indexed apart:
 * a report is found by what its sections say. `counted`, when given, gets each section's counts of
 * words per line (sectionText), which buildWindows takes instead of tokenizing every line again.
 */
export function buildSearchPage(doc: SearchDocument, fold: FoldTable, counted?: number[][]): SearchPage {
  const [hans, hant] = [pageOf(doc, 'zh-Hans'), pageOf(doc, 'zh-Hant')];
  const body = hans
    .map((section, i) => {
      const words: number[] | undefined = counted ? [] : undefined;
      if (words) counted!.push(words);
      return `<h2 id="${escapeHtml(section.anchor)}"></h2><p>${escapeHtml(sectionText(section, hant[i]!, fold, words))}</p>`;
    })
    .join('');
  return {
    url: searchPageUrl(doc.slug),
    content: `<html lang="${RECORD_LANGUAGE}"><head><title>${escapeHtml(doc.slug)}</title></head><body><main>${body}</main></body></html>`,
  };
}

/** One section in a window: anchor, word position in the indexed page, heading, lines, extra folded lines. */
export interface WindowSection {
  /** Anchor id on the report page. */
  a: string;
  /** Word position where the section starts in the indexed page. */
  at: number;
  /** Heading as shown (number and title), empty for the intro. */
  h: string;
  /** Paragraphs as shown in the window's script: those that start in the window, from paragraph f on. */
  l: string[];
  /** Index of the first paragraph in `l` among the section's paragraphs (absent: 0). */
  f?: number;
  /** Folded lines of the other script that differ from these (rare): a match there still counts. */
  x?: string[];
  /** Headings of the sections containing it, outermost first (absent at the top level). */
  p?: string[];
}

/** A window file: the report's slug and title in one script, and the sections whose lines start in the window. */
export interface SearchWindow {
  slug: string;
  title: string;
  /** Region in the window's script, when known. */
  r?: string;
  /** Year of the report, when known. */
  y?: number;
  sections: WindowSection[];
  /** The window holding the paragraph this window's first word is in, when that paragraph starts before it. */
  b?: number;
}

/**
 * Word positions of a section's lines in the indexed page ([start, end) each), or null when they do not add up. `counted`: the
 * counts of words the page pass gave its lines and extra lines (buildSearchPage), else each line is tokenized here.
 */
function linePositions(hans: PageSection, start: number, end: number, fold: FoldTable, extra: string[], counted?: number[]): [number, number][] | null {
  const spans: [number, number][] = [];
  let at = start;
  const lines = normalizedLines(hans, fold);
  lines.forEach((line, j) => {
    const words = counted?.[j] ?? tokenize(line).length;
    spans.push([at, at + words]);
    at += words + 1; // the line's words, then ¶ (or § before the extra lines)
  });
  const extraWords = extra.reduce((n, line, j) => n + (counted?.[lines.length + j] ?? tokenize(line).length) + 1, 0);
  return at - 1 + extraWords === end ? spans : null;
}

/**
 * Cuts a report into windows of WINDOW words, in each script ([Simplified, Traditional]): window k
 * holds the paragraphs whose first word is at a position in [k·WINDOW, (k+1)·WINDOW) of the indexed
 * page, each under its section's heading (a heading starting there comes too), so every paragraph
 * is in one window only; a window whose first word is inside a paragraph of an earlier window says
 * which (`b`), and the engine loads that one when its own sections do not show the match. `anchors`
 * are the word positions Pagefind recorded (its own count is the truth), `words` the page's word
 * count. Where a section's lines do not add up to Pagefind's count (or a script has another number
 * of lines), the section is kept whole in the window where it starts. Returns the windows and how
 * many sections (per script) were kept whole. The positions are worked out once for both scripts,
 * from `counted` when the page pass gave it (buildSearchPage: each line was tokenized there once).
 */
export function buildWindows(
  doc: SearchDocument,
  anchors: { id: string; location: number }[],
  words: number,
  fold: FoldTable,
  counted?: number[][],
): { windows: [SearchWindow[], SearchWindow[]]; whole: number } {
  const [hans, hant] = [pageOf(doc, 'zh-Hans'), pageOf(doc, 'zh-Hant')];
  const at = new Map(anchors.map((a) => [a.id, a.location]));
  const starts = hans.map((section) => {
    const start = at.get(section.anchor);
    if (start === undefined) throw new Error(`${doc.slug}: Pagefind has no anchor ${section.anchor}`);
    return start;
  });
  const parents = new Map(doc.sections.flatMap((s) => (s.parent ? [[s.id, s.parent] as const] : [])));
  let whole = 0;
  const perScript: [ScriptSection[], ScriptSection[]] = [[], []];
  hans.forEach((section, i) => {
    const pair = [section, hant[i]!] as const;
    const [start, end] = [starts[i]!, starts[i + 1] ?? words];
    const extras = [extraLines(pair[0], pair[1], fold), extraLines(pair[1], pair[0], fold)] as const;
    const spans = linePositions(section, start, end, fold, extras[0], counted?.[i]);
    for (const script of [0, 1] as const) {
      const shown = pair[script];
      const fits = spans !== null && linesOf(shown).length === spans.length;
      if (!fits) whole += 1;
      // The heading (when there is one) is line 0 of the spans.
      perScript[script].push({ shown, extra: extras[script], start, end, body: fits ? spans.slice(shown.heading ? 1 : 0) : null });
    }
  });
  const cut = (script: 0 | 1): SearchWindow[] => {
    const headings = new Map(perScript[script].map((s) => [s.shown.id, s.shown.heading]));
    const pathOf = (id: string): string[] => {
      const path: string[] = [];
      for (let at = parents.get(id); at; at = parents.get(at)) path.unshift(headings.get(at) ?? '');
      return path.filter(Boolean);
    };
    const windowOf = (position: number): number => Math.floor(position / WINDOW);
    const windows: SearchWindow[] = [];
    for (let k = 0; k * WINDOW < Math.max(words, 1); k++) {
      const window: SearchWindow = { slug: doc.slug, title: doc.title[scripts[script]], sections: [] };
      if (doc.region) window.r = doc.region[scripts[script]];
      if (doc.year !== undefined) window.y = doc.year;
      windows.push(window);
    }
    // Each line (a section kept whole: the section) belongs to the window its first word is in.
    // A window whose first word is inside a line of an earlier window points back to it (`b`).
    const back = (from: number, to: number): void => {
      for (let k = windowOf(from) + 1; k * WINDOW < to && k < windows.length; k++) windows[k]!.b = windowOf(from);
    };
    for (const s of perScript[script]) {
      const owned = new Map<number, number[]>();
      const own = (position: number, lines: number[]): void => void owned.set(windowOf(position), [...(owned.get(windowOf(position)) ?? []), ...lines]);
      // A section with a heading is shown in the window of its heading even when no paragraph starts there.
      if (s.shown.heading) own(s.start, []);
      if (s.body) {
        if (s.shown.heading) back(s.start, s.body[0]?.[0] ?? s.end);
        s.body.forEach(([from, to], j) => {
          own(from, [j]);
          back(from, to);
        });
        // The other script's lines (after §) end the section: a window they run into points back to
        // the window of the last line, whose entry carries them (`x`), or a match there found nothing.
        if (s.extra.length) back(s.body.at(-1)?.[0] ?? s.start, s.end);
      } else {
        own(s.start, [...s.shown.lines.keys()]);
        back(s.start, s.end);
      }
      for (const [k, lines] of owned) {
        const window = windows[k];
        if (!window) continue;
        const entry: WindowSection = { a: s.shown.anchor, at: s.start, h: s.shown.heading, l: lines.map((j) => s.shown.lines[j]!) };
        if (lines[0]) entry.f = lines[0];
        if (s.extra.length) entry.x = s.extra;
        const path = pathOf(s.shown.id);
        if (path.length) entry.p = path;
        window.sections.push(entry);
      }
    }
    return windows;
  };
  return { windows: [cut(0), cut(1)], whole };
}

/** A section as one script's windows show it: the shown section, its extra lines, its word range, its paragraphs' spans. */
interface ScriptSection {
  shown: PageSection;
  extra: string[];
  start: number;
  end: number;
  body: [number, number][] | null;
}

/**
 * The distinct Han characters of some texts, in the order they first occur (one pass, no array of
 * every character): each distinct character is tested once, not at every occurrence; a character of
 * the Basic Multilingual Plane seen before is told by its code unit, without a string of it.
 */
export function hanCharacters(texts: Iterable<string>): Set<string> {
  const chars = new Set<string>();
  const other = new Set<string>();
  const seen = new Uint8Array(0x10000);
  const add = (char: string): void => {
    if (!chars.has(char) && !other.has(char)) (/\p{Script=Han}/u.test(char) ? chars : other).add(char);
  };
  for (const text of texts)
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (!isSurrogate(unit)) {
        if (!seen[unit]) {
          seen[unit] = 1;
          add(text[i]!);
        }
        continue;
      }
      const char = surrogateCharacter(text, i);
      add(char);
      i += char.length - 1;
    }
  return chars;
}

/** CJK blocks scanned for variants of a site's characters: Extension A, Unified Ideographs, Compatibility. */
const CJK_BLOCKS = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
] as const;

/**
 * The fold table for a site: every character of its texts whose Simplified form (by `toSimplified`,
 * tried per character) is a different single character, and every other CJK character that OpenCC
 * folds onto a character of the site, so a reader who types a regional variant the site does not
 * use (綫 for 線, 衞 for 衛) still finds 线/線. Other characters are not listed: a query character
 * that folds onto nothing in the site cannot be part of any match.
 */
export function buildFoldTable(texts: Iterable<string>, toSimplified: ((char: string) => string)[]): FoldTable {
  const foldOf = (char: string): string | undefined => {
    for (const convert of toSimplified) {
      const simplified = convert(char);
      if (simplified !== char && simplified.length === char.length && Array.from(simplified).length === 1) return simplified;
    }
    return undefined;
  };
  const chars = hanCharacters(texts);
  const table: FoldTable = {};
  for (const char of chars) {
    const folded = foldOf(char);
    if (folded) table[char] = folded;
  }
  resolveChains(table);
  const forms = new Set([...chars].map((c) => table[c] ?? c));
  for (const [from, to] of CJK_BLOCKS) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      if (forms.has(char)) continue;
      const simplified = toSimplified.map((convert) => convert(char)).find((s) => s !== char);
      const folded = simplified && forms.has(simplified) ? foldOf(char) : undefined;
      if (folded) table[char] = folded;
    }
  }
  resolveChains(table);
  return table;
}

/** Resolves chains (a → b → c) so that folding twice changes nothing; drops cycles. */
function resolveChains(table: FoldTable): void {
  for (const char of Object.keys(table)) {
    const seen = new Set([char]);
    let to = table[char]!;
    while (table[to] && !seen.has(to)) {
      seen.add(to);
      to = table[to]!;
    }
    if (to === char) delete table[char];
    else table[char] = to;
  }
}
