// records: the sections of a report in both scripts → two synthetic HTML pages per report for
// Pagefind, one per script (filter `s`), so a result loads only the text its reader sees.
//   <h2 id="s1"></h2><p>tokens in the page's script ¶ … [§ folded tokens ¶ …]</p> per section
// The folded lines (one script, lower case, NFKC) of both scripts are added where they differ from
// the shown lines, so a query in either script — folded the same way — matches either page as an
// exact phrase of single-character tokens.
import { LINE, VERSION, normalize, tokenize, type FoldTable } from './text.ts';
import type { PageSection } from './extract.ts';

/** What build-search needs to know about a report besides its pages. */
export interface ReportInfo {
  slug: string;
  /** Title in Simplified and Traditional script. */
  title: [string, string];
  /** Region in Simplified and Traditional script, when known. */
  region: [string, string] | null;
  year: number | null;
  kind: string;
}

/** A synthetic HTML page for Pagefind's addHTMLFile: one per report and script. */
export interface SearchPage {
  url: string;
  content: string;
}

/** The language of every page: not Chinese, so Pagefind applies no segmenter of its own. */
export const RECORD_LANGUAGE = 'und';

/** The lines of a section as one version of the content: tokens joined by spaces, lines by ¶. */
function serialize(lines: string[]): string {
  return lines.map((line) => tokenize(line).join(' ')).join(` ${LINE} `);
}

/** The lines a section contributes: its heading (if any), then its paragraphs. */
const linesOf = (section: PageSection): string[] => (section.heading ? [section.heading, ...section.lines] : section.lines);

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The scripts a report is indexed in, as the filter `s`; index 0 Simplified, 1 Traditional. */
export const SCRIPT_FILTERS = ['zh-hans', 'zh-hant'] as const;

/**
 * The text of one section as a page indexes it: the lines shown (in that page's script) and, where
 * they differ from those, `§` and the folded lines of both scripts (e.g. 软体 from 軟體 on the
 * Simplified page, whose text says 软件; 软件 and 软体 on the Traditional one), so a folded query in
 * either script matches the page in either script.
 */
export function sectionText(shown: PageSection, other: PageSection, fold: FoldTable): string {
  const lines = linesOf(shown);
  const extra = new Set<string>();
  for (const line of [...lines, ...linesOf(other)]) {
    const folded = normalize(line, fold);
    if (!lines.includes(folded)) extra.add(folded);
  }
  const versions = [serialize(lines)];
  if (extra.size) versions.push(serialize([...extra]));
  return versions.join(` ${VERSION} `);
}

/**
 * Builds the pages Pagefind indexes for a report, [Simplified, Traditional] (sections paired by id):
 * one record per report and script keeps the index small; each section is an `<h2 id=anchor>` (empty, so it adds no words)
 * followed by its text, so Pagefind records the anchors with their word positions and the engine can
 * cut the content back into sections. Throws when the two pages do not have the same sections,
 * which would break cross-script links.
 */
export function buildSearchPages(report: ReportInfo, hans: PageSection[], hant: PageSection[], fold: FoldTable): [SearchPage, SearchPage] {
  const hantById = new Map(hant.map((s) => [s.id, s]));
  if (hans.length !== hant.length || hans.some((s) => !hantById.has(s.id))) {
    const missing = hans.filter((s) => !hantById.has(s.id)).map((s) => s.id);
    throw new Error(
      `${report.slug}: the zh-hans and zh-hant pages have different sections (${hans.length} vs ${hant.length}; ` +
        `only in zh-hans: ${missing.join(', ') || 'none'}) — rebuild the site so both pages come from the same record`,
    );
  }
  const slug = escapeHtml(report.slug);
  const page = (script: 0 | 1): SearchPage => {
    const [shown, other] = script === 0 ? [hans, hantById] : [hant, new Map(hans.map((s) => [s.id, s]))];
    const body = shown.map((section) => `<h2 id="${escapeHtml(section.anchor)}"></h2><p>${escapeHtml(sectionText(section, other.get(section.id)!, fold))}</p>`).join('');
    const lang = SCRIPT_FILTERS[script];
    return {
      url: `/${lang}/${report.slug}/`,
      content:
        `<html lang="${RECORD_LANGUAGE}"><head><title>${slug}</title></head><body>` +
        `<main data-pagefind-filter="r:${slug}"><div data-pagefind-filter="s:${lang}">${body}</div></main></body></html>`,
    };
  };
  return [page(0), page(1)];
}

/**
 * The fold table for a site: every character of its texts whose Simplified form (by `toSimplified`,
 * tried per character) is a different single character. Only characters that occur are listed: a
 * query character that occurs nowhere cannot be part of any match.
 */
export function buildFoldTable(texts: Iterable<string>, toSimplified: ((char: string) => string)[]): FoldTable {
  const chars = new Set<string>();
  for (const text of texts) for (const char of text) if (/\p{Script=Han}/u.test(char)) chars.add(char);
  const table: FoldTable = {};
  for (const char of chars) {
    for (const convert of toSimplified) {
      const simplified = convert(char);
      if (simplified !== char && simplified.length === char.length && Array.from(simplified).length === 1) {
        table[char] = simplified;
        break;
      }
    }
  }
  // Resolve chains (a → b → c) so that folding twice changes nothing.
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
  return table;
}
