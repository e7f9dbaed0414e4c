// records: the sections of a report in both scripts → Pagefind custom records, one per section.
//   content = 'hans tokens ¶ … § hant tokens ¶ … § folded tokens …' (versions, lines, tokens)
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

/** A Pagefind custom record (the argument of index.addCustomRecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The language every record is indexed under: not Chinese, so Pagefind applies no segmenter of its own. */
export const RECORD_LANGUAGE = 'und';

/** The lines of a section as one version of the content: tokens joined by spaces, lines by ¶. */
function serialize(lines: string[]): string {
  return lines.map((line) => tokenize(line).join(' ')).join(` ${LINE} `);
}

/** The lines a section contributes: its heading (if any), then its paragraphs. */
const linesOf = (section: PageSection): string[] => (section.heading ? [section.heading, ...section.lines] : section.lines);

/**
 * Builds one record per section from the two versions of a report page (sections paired by id).
 * Throws when the two pages do not have the same sections, which would break cross-script links.
 */
export function buildRecords(report: ReportInfo, hans: PageSection[], hant: PageSection[], fold: FoldTable): SearchRecord[] {
  const hantById = new Map(hant.map((s) => [s.id, s]));
  if (hans.length !== hant.length || hans.some((s) => !hantById.has(s.id))) {
    const missing = hans.filter((s) => !hantById.has(s.id)).map((s) => s.id);
    throw new Error(
      `${report.slug}: the zh-hans and zh-hant pages have different sections (${hans.length} vs ${hant.length}; ` +
        `only in zh-hans: ${missing.join(', ') || 'none'}) — rebuild the site so both pages come from the same record`,
    );
  }
  return hans.map((section) => {
    const other = hantById.get(section.id)!;
    const versions = [linesOf(section), linesOf(other)];
    const serialized = versions.map(serialize);
    for (const lines of versions) {
      const folded = serialize(lines.map((line) => normalize(line, fold)));
      if (!serialized.includes(folded)) serialized.push(folded);
    }
    return {
      url: `/${report.slug}/#${section.anchor}`,
      content: serialized.join(` ${VERSION} `),
      language: RECORD_LANGUAGE,
      meta: {},
      filters: { r: [report.slug] },
    };
  });
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
