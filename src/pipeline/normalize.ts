// normalize: decoded text → logical paragraphs, with every removal logged.
//   "# 标题\n<!-- INFO END -->\n\u200B\n第一条 …" → paragraphs [{text:"标题", role:"markdown-heading"}, "第一条 …"],
//   cleaning [{kind:"markdown-heading", text:"#"}, {kind:"html-comment", …}, {kind:"zero-width", …}]
// Each rule lives in src/pipeline/clean/ (one per file) and runs in the order of this table;
// joinLines then turns the remaining lines into paragraphs. Nothing is dropped without an entry:
// every non-space character of the input is in a paragraph or in some cleaning[].text.
import type { Normalized, Paragraph } from './types.ts';
import type { CleanLog, CleaningRule, SourceLine } from './clean/types.ts';
import { hkscsPua } from './clean/hkscs-pua.ts';
import { compatIdeograph } from './clean/compat-ideograph.ts';
import { frontMatter } from './clean/front-matter.ts';
import { csvExport } from './clean/csv-export.ts';
import { jsonExport } from './clean/json-export.ts';
import { jsData } from './clean/js-data.ts';
import { jsonEscape } from './clean/json-escape.ts';
import { feedExport } from './clean/feed-export.ts';
import { htmlComment } from './clean/html-comment.ts';
import { htmlMarkup } from './clean/html-markup.ts';
import { markdownQuote } from './clean/markdown-quote.ts';
import { markdownLink } from './clean/markdown-link.ts';
import { markdownMarkup } from './clean/markdown-markup.ts';
import { zeroWidth } from './clean/zero-width.ts';
import { unicodeEscape } from './clean/unicode-escape.ts';
import { encoderReplacement } from './clean/encoder-replacement.ts';
import type { Encoding } from './decode.ts';
import { markdownHeading } from './clean/markdown-heading.ts';
import { pageHeader } from './clean/page-header.ts';
import { gluedPageNumber } from './clean/glued-page-number.ts';
import { webNav } from './clean/web-nav.ts';
import { tableOfContents } from './clean/table-of-contents.ts';
import { imagePlaceholder } from './clean/image-placeholder.ts';
import { keywordLine } from './clean/keyword-line.ts';
import { reprintNotice } from './clean/reprint-notice.ts';
import { photoCredit } from './clean/photo-credit.ts';
import { pinyinNote } from './clean/pinyin-note.ts';
import { repeatedBoilerplate } from './clean/repeated-boilerplate.ts';
import { tableFragment } from './clean/table-fragment.ts';
import { runInHeading } from './clean/run-in-heading.ts';
import { wrapSpace } from './clean/wrap-space.ts';
import { letterSpacing } from './clean/letter-spacing.ts';
import { justifiedGap } from './clean/justified-gap.ts';
import { pageNumberLine } from './clean/page-number-line.ts';
import { punctuationSpace } from './clean/punctuation-space.ts';
import { digitGroupSpace } from './clean/digit-group-space.ts';
import { numeralSpace } from './clean/numeral-space.ts';
import { digitSpacing } from './clean/digit-spacing.ts';
import { pageHead } from './clean/page-head.ts';
import { metadataLabel } from './clean/metadata-label.ts';
import { metadataLines } from './clean/metadata-lines.ts';
import { joinLines } from './clean/join-lines.ts';
import { tables, tableText } from './clean/tables.ts';

/** The cleaning rules in the order they run (characters first, then markup, page chrome, inline noise). */
export const cleaningRules: readonly CleaningRule[] = [
  // a JSON text written with ensure_ascii (every Han character a \uXXXX escape) holds its characters for every rule after it
  jsonEscape,
  // Hong Kong characters stored as PUA code points are real characters for every rule after it
  hkscsPua,
  // a PDF's compatibility ideographs (年 U+F98E) are the unified characters for every rule after it
  compatIdeograph,
  // a CSV row's text is its text cell (a crawler's record of one document too), a JSON export's its string values: every rule after them sees those as the lines
  // a JavaScript data file (a JSONP answer, `var data = {…}`) is its record's JSON for json-export
  jsData,
  csvExport,
  jsonExport,
  // a news feed's XML (RSS, Atom) is its items' texts, their fields the document's metadata
  feedExport,
  frontMatter,
  // R's <U+00A0> escapes are characters for every rule after it (html-markup would see a tag)
  unicodeEscape,
  // a GBK writer's ? for a no-break space it lacked is the space again, before html-markup reads the tags it stands between
  encoderReplacement,
  htmlComment,
  // after comments (a commented-out tag is no element), before every rule that reads a line's text
  htmlMarkup,
  zeroWidth,
  markdownHeading,
  markdownMarkup,
  markdownQuote,
  markdownLink,
  // before any rule that could take a cell for a page header, a page number or a wrapped line
  tables,
  tableOfContents,
  pageHeader,
  // after running headers (their page numbers stand alone), before lines are joined across the break
  gluedPageNumber,
  // a page's number alone on its line, framed by dashes (—3—, -6-), where no running header stands beside it
  pageNumberLine,
  webNav,
  imagePlaceholder,
  keywordLine,
  reprintNotice,
  photoCredit,
  tableFragment,
  pinyinNote,
  // a heading run into its section's first sentence across a wide gap, split off before any rule drops the gap's spaces
  runInHeading,
  // stray spaces after pinyin notes are gone (`生態(tài) 加速` is a title's own space), before
  // repeated sentences are compared; wrap-space first, as the one with the strongest evidence
  wrapSpace,
  letterSpacing,
  // a PDF text layer's gaps inside justified lines (after letter-spacing: a line spaced out throughout is that rule's)
  justifiedGap,
  digitSpacing,
  punctuationSpace,
  digitGroupSpace,
  numeralSpace,
  metadataLabel,
  metadataLines,
  // a saved page's title bar, a repeated title and its article header's info lines, after every rule that mends a line's text and
  // after metadata-lines, which reads the top of the text as the page prints it (a dateline's issuer, a short text's length)
  pageHead,
  repeatedBoilerplate,
];

/** Splits text into paragraphs and removes noise by the named rules above. */
export function normalizeText(text: string, encoding?: Encoding): Normalized {
  const log: CleanLog = { cleaning: [], keywords: [], attribution: [], warnings: [], ...(encoding === undefined ? {} : { encoding }) };
  let lines: SourceLine[] = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // a vertical tab (Word's manual line break), a form feed (page break) or a Unicode line/paragraph
    // separator inside a line is a space: kept raw it would reach the page and the XML files as a control character
    .map((raw, i) => ({ text: raw.replace(/[\v\f\u0085\u2028\u2029]/g, ' ').trim(), raw, line: i + 1, indent: /^\s/.test(raw) }));
  // U+FFFD in the text itself: characters the publisher's copy had already lost. Kept where they
  // stand (nothing is dropped), and each line named so an editor can restore them.
  for (const l of lines) {
    const lost = l.text.match(/\ufffd/g)?.length ?? 0;
    if (lost)
      log.warnings.push({
        line: l.line,
        message: `${lost} replacement character${lost > 1 ? 's' : ''} (U+FFFD) in the source: characters lost before this file was made`,
        hint: 'restore them from the original publication; they are shown as they are',
      });
  }
  let characters: string | undefined;
  for (const rule of cleaningRules) {
    const before = lines;
    lines = rule.apply(lines, log);
    // the text as json-escape wrote its escapes, each line with its own line end: the characters the script is read from (index.ts)
    if (rule === jsonEscape && lines !== before) characters = withLineEnds(lines, text);
  }
  const paragraphs = withTables(joinLines(lines, log), log);
  const cleaning = log.cleaning
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.line - b.c.line || a.i - b.i)
    .map(({ c }) => c);
  return {
    paragraphs,
    cleaning,
    keywords: log.keywords,
    attribution: log.attribution,
    warnings: log.warnings,
    frontMatter: log.frontMatter,
    links: log.links ?? [],
    moved: log.moved ?? {},
    ...(characters === undefined ? {} : { characters }),
  };
}

/** The lines' raw texts with the line ends of `text` they were split at (`\r\n`, `\r`, `\n`): the text again, as the lines now read. */
function withLineEnds(lines: readonly SourceLine[], text: string): string {
  const ends = text.match(/\r\n?|\n/g) ?? [];
  return lines.map((l, i) => (l.raw ?? l.text) + (ends[i] ?? '')).join('');
}

/** The tables the `table` rule took out, put back as paragraphs in source order. */
function withTables(paragraphs: Paragraph[], log: CleanLog): Paragraph[] {
  if (!log.tables?.length) return paragraphs;
  const out: Paragraph[] = [];
  let k = 0;
  for (const t of log.tables) {
    while (k < paragraphs.length && paragraphs[k]!.line < t.line) out.push(paragraphs[k++]!);
    const { line, ...table } = t;
    out.push({ text: tableText(table), line, role: 'table', table });
  }
  return [...out, ...paragraphs.slice(k)];
}
