// engine: a query → the reports that contain it, ranked, each with its best section and other
// matching sections, in the reader's script. Runs on the Pagefind bundle written by build-search
// (in the browser, and in Node for tests). Every query part is an exact phrase over single-character
// tokens, so a hit contains the words side by side. Pagefind holds one page per report (folded text,
// the same for both scripts) and gives each result's matched word positions; the result is shown from
// one window file (the paragraphs starting among most matches, in the reader's script, a Traditional one
// as its differences from the Simplified one; or the earlier window where the matched paragraph starts). What a first query loads: pagefind.js, its wasm, the
// index meta and the index chunks of the query's words, then one window (rarely two) per shown
// report; the facet table only when filters are used.
import { decodeFold, findMatches, isWord, makeExcerpt, normalize, occursLoosely, parseQuery, type ExcerptPiece, type FoldTable, type QueryPart } from './text.ts';
import type { SearchWindow, WindowSection } from './records.ts';
import { applyWindowDiff, windowCheck, type WindowDiff } from './window-diff.ts';

/** The part of the Pagefind browser API the engine uses: results with their matched word positions. */
export interface PagefindApi {
  search: (term: string) => Promise<PagefindResponse>;
}
/** What loadEngine uses of the pagefind.js module besides search. */
interface PagefindModule extends PagefindApi {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (url: string, options?: object) => Promise<void>;
}
interface PagefindResponse {
  results: { id: string; score: number; words: number[] }[];
}

/** The contents of <bundle>/baogao.json. */
export interface SiteData {
  /** The fold table (encodeFold). */
  fold: string;
  /** Words per window (records.ts WINDOW). */
  window: number;
  /**
   * The other bundles of the site (shardPath), relative to this one, when the index is built in
   * shards (records.ts SEARCH_SHARD); merged into one search. Absent for a one-bundle site.
   */
  shards?: string[];
}

/** Where shard k ≥ 1 of the index is, relative to the first bundle (<dist>/pagefind/). */
export const shardPath = (k: number): string => `s/${k}/`;

/** The contents of <bundle>/facets.json: the facet values of every Pagefind page (-1: none). */
export interface FacetTable {
  values: { region: [string, string][]; year: number[]; kind: string[] };
  pages: Record<string, [number, number, number]>;
}

/** The window file of a Pagefind page, in a script: window k of page `id`. */
export const windowFile = (id: string, k: number, script: ScriptIndex): string => `${id}-${k}${script ? 't' : 's'}.gz`;

/** Facet filters chosen by the reader (region in Simplified, year as text, kind id). */
export interface Filters {
  region?: string;
  year?: string;
  kind?: string;
}
export const facetNames = ['region', 'year', 'kind'] as const;
export type FacetName = (typeof facetNames)[number];

/** One matching section as shown: heading, excerpt with marks, link target. */
export interface SectionHit {
  anchor: string;
  heading: string;
  /** Headings of the sections containing it, outermost first. */
  path: string[];
  excerpt: ExcerptPiece[];
  occurrences: number;
}

/** A matching report with its best section first. */
export interface ReportHit {
  slug: string;
  title: string;
  /** Region in the reader's script and year, when known. */
  region?: string | undefined;
  year?: number | undefined;
  best: SectionHit;
  /** Other matching sections of the loaded window. */
  others: SectionHit[];
  /** Other windows of the report with matches, best first: loadMore reads their sections. */
  more: number[];
}

/** A ranked report before its sections are loaded: its Pagefind page id and matched word positions, per run. */
export interface RankedReport {
  id: string;
  runs: number[][];
}

/** The answer to a query: every matching report ranked, facet counts, and a loader for details. */
export interface SearchOutcome {
  parts: QueryPart[];
  /** The matching reports the filters keep, ranked. */
  reports: RankedReport[];
  /** Every matching report, before the filters (what the facets count). */
  matched: RankedReport[];
}

/** Facet counts: value (region in Simplified, year as text, kind id) → matching reports. */
export type FacetCounts = Record<FacetName, Map<string, number>>;

/** The reader's script: 0 Simplified, 1 Traditional (which pages are searched and shown). */
export type ScriptIndex = 0 | 1;

const phrase = (run: string[]): string => `"${run.join(' ')}"`;

/**
 * Where a phrase starts: positions p with its i-th token at p + i, given the positions of each word
 * token (null: a punctuation mark, which stands at one position but is not looked up).
 */
export function phraseStarts(tokens: (Set<number> | null)[]): number[] {
  const first = tokens.findIndex((t) => t !== null);
  if (first < 0) return [];
  return [...tokens[first]!]
    .map((p) => p - first)
    .sort((a, b) => a - b)
    .filter((p) => tokens.every((at, i) => at === null || at.has(p + i)));
}

/**
 * The windows holding matches, best first: most runs of the query matched in the window, then most
 * matches, then the earliest. `runs` are the matched word positions of each run.
 */
export function rankWindows(runs: number[][], size: number): number[] {
  const windows = new Map<number, { runs: number; matches: number }>();
  for (const words of runs) {
    const seen = new Set<number>();
    for (const w of words) {
      const k = Math.floor(w / size);
      const entry = windows.get(k) ?? { runs: 0, matches: 0 };
      if (!seen.has(k)) entry.runs += 1;
      entry.matches += 1;
      seen.add(k);
      windows.set(k, entry);
    }
  }
  return [...windows].sort((a, b) => b[1].runs - a[1].runs || b[1].matches - a[1].matches || a[0] - b[0]).map(([k]) => k);
}

/** Reads a file build-search wrote gzipped (a host may already have decoded it). */
async function fetchText(url: string, init?: RequestInit): Promise<string> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
const fetchJson = async <T>(url: string): Promise<T> => JSON.parse(await fetchText(url)) as T;

/** A search engine over one Pagefind bundle. */
export class SearchEngine {
  readonly fold: FoldTable;
  private readonly pagefind: PagefindApi;
  private readonly site: SiteData;
  private readonly bundle: string;
  private table: Promise<FacetTable> | undefined;

  constructor(pagefind: PagefindApi, site: SiteData, bundle: string) {
    this.pagefind = pagefind;
    this.site = site;
    this.bundle = bundle;
    this.fold = decodeFold(site.fold);
  }

  /** The facet table, loaded on first use (the reader opens the filters, or a filter is set). */
  facetTable(): Promise<FacetTable> {
    this.table ??= fetchJson<FacetTable>(`${this.bundle}facets.json`).catch((error: unknown) => {
      this.table = undefined; // not kept: the next use tries again
      throw error;
    });
    return this.table;
  }

  /**
   * Matching reports for a query, ranked by Pagefind's score (summed over the query's runs); `filters`
   * narrow the list (loading the facet table). Matching is on folded text, the same in either script.
   */
  async search(query: string, filters: Filters = {}): Promise<SearchOutcome> {
    const parts = parseQuery(query, this.fold);
    if (!parts.length) return { parts, reports: [], matched: [] };
    const runs = [...new Map(parts.flatMap((p) => p.runs).map((run) => [run.join(' '), run])).values()];
    // The exact phrase search of each run says which pages hold it (and scores them), but gives only
    // the first occurrence's position; each word searched alone gives all its positions (the same
    // index chunks, nothing more to load). A part occurs where its tokens stand in order: its words
    // at their positions, each punctuation mark of the query at one position of any token.
    const words = [...new Set(parts.flatMap((p) => p.tokens.filter(isWord)))];
    const [exact, alone] = await Promise.all([Promise.all(runs.map((run) => this.pagefind.search(phrase(run)))), Promise.all(words.map((word) => this.pagefind.search(word)))]);
    const positions = new Map(words.map((word, i) => [word, new Map(alone[i]!.results.map((r) => [r.id, new Set(r.words)]))]));
    // A report must hold every run as a phrase, and every part in order.
    let scores: Map<string, number> | undefined;
    for (const { results } of exact) {
      const next = new Map<string, number>();
      for (const r of results) if (!scores || scores.has(r.id)) next.set(r.id, (scores?.get(r.id) ?? 0) + r.score);
      scores = next;
    }
    const found = new Map<string, { score: number; runs: number[][] }>();
    for (const [id, score] of scores ?? []) {
      const starts = parts.map((part) => phraseStarts(part.tokens.map((t) => (isWord(t) ? (positions.get(t)?.get(id) ?? new Set<number>()) : null))));
      if (starts.every((s) => s.length)) found.set(id, { score, runs: starts });
    }
    const matched = [...found].sort((a, b) => b[1].score - a[1].score).map(([id, r]) => ({ id, runs: r.runs }));
    if (!facetNames.some((f) => filters[f])) return { parts, reports: matched, matched };
    const table = await this.facetTable();
    const reports = matched.filter((r) => facetNames.every((f) => !filters[f] || facetValue(table, r.id, f) === filters[f]));
    return { parts, reports, matched };
  }

  /** Facet counts of an outcome's matching reports; each facet counted with the other facets' filters applied. */
  async facets(outcome: SearchOutcome, filters: Filters): Promise<FacetCounts> {
    const table = await this.facetTable();
    const counts = { region: new Map(), year: new Map(), kind: new Map() } as FacetCounts;
    for (const facet of facetNames) {
      for (const r of outcome.matched) {
        if (!facetNames.every((f) => f === facet || !filters[f] || facetValue(table, r.id, f) === filters[f])) continue;
        const value = facetValue(table, r.id, facet);
        if (value !== null) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
      }
    }
    return counts;
  }

  /** A region (given in Simplified, as in facets) in the reader's script. */
  async regionName(value: string, script: ScriptIndex): Promise<string> {
    const table = await this.facetTable();
    return table.values.region.find((r) => r[0] === value)?.[script] ?? value;
  }

  /**
   * The sections of one report that match, best first (at most `limit`), in the reader's script: the
   * window holding most of its matches is loaded (one small file). Sections where the full phrase
   * (with its punctuation) is not found are dropped; null when none is left.
   */
  async loadReport(report: RankedReport, parts: QueryPart[], script: ScriptIndex, limit = 4): Promise<ReportHit | null> {
    const ranked = rankWindows(report.runs, this.site.window);
    if (!ranked.length) ranked.push(0);
    // The best window nearly always shows the match; if its sections do not (a match the positions
    // allow but the text does not, e.g. other punctuation), the next ones are tried.
    for (const [i, k] of ranked.slice(0, 3).entries()) {
      let [at, window] = [k, await this.loadWindow(report.id, k, script)];
      let all = this.readSections(window, parts);
      // A match in a paragraph that starts in an earlier window is shown from there.
      if (!all.length && window.b !== undefined) {
        [at, window] = [window.b, await this.loadWindow(report.id, window.b, script)];
        all = this.readSections(window, parts);
      }
      if (!all.length) continue;
      const rest = ranked.filter((j, n) => n !== i && j !== at);
      // Matching sections of this window beyond `limit` come with 更多匹配章节 (loadMore).
      return {
        slug: window.slug,
        title: window.title,
        region: window.r,
        year: window.y,
        best: all[0]!,
        others: all.slice(1, limit),
        more: all.length > limit ? [at, ...rest] : rest,
      };
    }
    return null;
  }

  /** The matching sections of more windows of a report (ReportHit.more), without those in `seen`. */
  async loadMore(id: string, windows: number[], parts: QueryPart[], script: ScriptIndex, seen: Iterable<string>): Promise<SectionHit[]> {
    const shown = new Set(seen);
    const loaded = await Promise.all(windows.map((k) => this.loadWindow(id, k, script)));
    // The windows their first paragraphs start in, when not loaded already (a match may be there).
    const back = [...new Set(loaded.flatMap((w) => (w.b !== undefined && !windows.includes(w.b) ? [w.b] : [])))];
    loaded.push(...(await Promise.all(back.map((k) => this.loadWindow(id, k, script)))));
    return loaded.flatMap((w) => this.readSections(w, parts)).filter((s) => !shown.has(s.anchor) && shown.add(s.anchor));
  }

  /**
   * Window k of a page in a script. A Traditional window is mostly written as its differences from the
   * Simplified one (src/search/window-diff.ts): both files are fetched together, the Simplified one
   * unused when the Traditional file is a whole window. Differences made from another Simplified window
   * (one file of an earlier build, kept by the HTTP cache) send both requests again past the cache.
   */
  private async loadWindow(id: string, k: number, script: ScriptIndex): Promise<SearchWindow> {
    const file = (s: ScriptIndex): string => `${this.bundle}w/${windowFile(id, k, s)}`;
    if (!script) return fetchJson<SearchWindow>(file(0));
    const both = (init?: RequestInit) => Promise.all([fetchText(file(0), init), fetchText(file(1), init).then((text) => JSON.parse(text) as SearchWindow | WindowDiff)]);
    let [hans, hant] = await both();
    if ('d' in hant && windowCheck(hans) !== hant.c) [hans, hant] = await both({ cache: 'reload' });
    if (!('d' in hant)) return hant;
    if (windowCheck(hans) !== hant.c) throw new Error(`${file(1)}: the differences of another Simplified window than ${file(0)}`);
    return JSON.parse(applyWindowDiff(hans, hant.d)) as SearchWindow;
  }

  /** The sections of a window where a part really occurs, most matches first. */
  private readSections(window: SearchWindow, parts: QueryPart[]): SectionHit[] {
    return window.sections
      .map((section) => this.readSection(section, parts))
      .filter((s): s is SectionHit => s !== null)
      .sort((a, b) => b.occurrences - a.occurrences);
  }

  /** A section with its matches, or null when no part really occurs. */
  private readSection(section: WindowSection, parts: QueryPart[]): SectionHit | null {
    const heading = section.h;
    const body = section.l;
    const lines = heading ? [heading, ...body] : body;
    const matchesOf = (text: string) => findMatches(text, parts, this.fold);
    const normalized = [normalize(lines.join('\n'), this.fold), ...(section.x ? [section.x.join('\n')] : [])];
    const seen = parts.filter((p) => normalized.some((v) => v.includes(p.text) || occursLoosely(v, p))).length;
    if (!seen) return null;
    const line = body.find((l) => matchesOf(l).length) ?? body[0] ?? heading;
    const occurrences = seen * 100 + (matchesOf(heading).length ? 5 : 0) + matchesOf(lines.join('\n')).length;
    return { anchor: section.a, heading, path: section.p ?? [], excerpt: makeExcerpt(line, matchesOf(line)), occurrences };
  }
}

/** The facet value of a page, as the filter key (region in Simplified, year as text, kind id). */
function facetValue(table: FacetTable, id: string, facet: FacetName): string | null {
  const at = table.pages[id]?.[facetNames.indexOf(facet)] ?? -1;
  if (at < 0) return null;
  if (facet === 'region') return table.values.region[at]?.[0] ?? null;
  if (facet === 'year') return String(table.values.year[at]);
  return table.values.kind[at] ?? null;
}

/** Loads the Pagefind bundle under `bundle` (e.g. '/baogao/pagefind/') and its baogao.json. */
export async function loadEngine(bundle: string, importer: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url)): Promise<SearchEngine> {
  const [module, site] = await Promise.all([importer(`${bundle}pagefind.js`) as Promise<PagefindModule>, fetchJson<SiteData>(`${bundle}baogao.json`)]);
  // The index is small: searching on the main thread saves loading pagefind-worker.js (12 KB gzip).
  await module.options({ basePath: bundle, noWorker: true });
  await module.init();
  // A sharded index: Pagefind searches every merged bundle with this one's wasm and gives one list of
  // results (page ids are unique across shards: build-search sees to it). Each bundle's meta is
  // loaded here (all at once), and a query loads its words' chunks from each.
  await Promise.all((site.shards ?? []).map((shard) => module.mergeIndex(`${bundle}${shard}`)));
  return new SearchEngine(module, site, bundle);
}
