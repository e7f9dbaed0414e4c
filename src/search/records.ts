// records: the sections of a report in both scripts → one synthetic HTML page per report for Pagefind.
//   <h2 id="s1"></h2><p>hans tokens ¶ … § hant tokens ¶ … [§ folded tokens …]</p> per section
// The Simplified and Traditional versions are for display (the reader's script is picked in the
// browser); a folded version (one script, lower case, NFKC) is added where it differs, so a query
// in either script — folded the same way — matches as an exact phrase of single-character tokens.
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

/** A synthetic HTML page for Pagefind's addHTMLFile: one per report. */
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

/**
 * The text of one section as the page indexes it: the Simplified lines, `§`, the Traditional lines,
 * and, where they differ from the Simplified lines, `§` and the folded lines (the Traditional text
 * folded, e.g. 軟體 → 软体 where the Simplified text says 软件), so a folded query matches either script.
 */
export function sectionText(hans: PageSection, hant: PageSection, fold: FoldTable): string {
  const simplified = linesOf(hans);
  const extra = new Set<string>();
  for (const line of [...simplified, ...linesOf(hant)]) {
    const folded = normalize(line, fold);
    if (!simplified.includes(folded)) extra.add(folded);
  }
  const versions = [serialize(simplified), serialize(linesOf(hant))];
  if (extra.size) versions.push(serialize([...extra]));
  return versions.join(` ${VERSION} `);
}

/**
 * Builds the page Pagefind indexes for a report (both scripts, paired by section id): one record per
 * report keeps the index small; each section is an `<h2 id=anchor>` (empty, so it adds no words)
 * followed by its text, so Pagefind records the anchors with their word positions and the engine can
 * cut the content back into sections. Throws when the two pages do not have the same sections,
 * which would break cross-script links.
 */
export function buildSearchPage(report: ReportInfo, hans: PageSection[], hant: PageSection[], fold: FoldTable): SearchPage {
  const hantById = new Map(hant.map((s) => [s.id, s]));
  if (hans.length !== hant.length || hans.some((s) => !hantById.has(s.id))) {
    const missing = hans.filter((s) => !hantById.has(s.id)).map((s) => s.id);
    throw new Error(
      `${report.slug}: the zh-hans and zh-hant pages have different sections (${hans.length} vs ${hant.length}; ` +
        `only in zh-hans: ${missing.join(', ') || 'none'}) — rebuild the site so both pages come from the same record`,
    );
  }
  const body = hans
    .map((section) => `<h2 id="${escapeHtml(section.anchor)}"></h2><p>${escapeHtml(sectionText(section, hantById.get(section.id)!, fold))}</p>`)
    .join('');
  return {
    url: `/${report.slug}/`,
    content: `<html lang="${RECORD_LANGUAGE}"><head><title>${escapeHtml(report.slug)}</title></head><body><main data-pagefind-filter="r:${escapeHtml(report.slug)}">${body}</main></body></html>`,
  };
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
