// parse: paragraphs → outline of numbered sections, front matter and body paragraphs.
//   ["一、总体情况", "（一）平台建设。成功召开…一是…；二是…"] →
//   一、(ordinal 1) > （一）(ordinal 1, title 平台建设, rest 成功召开…) > 一是, 二是 (split out of the text)
// A numbered line only becomes a section when it fits the outline (same kind continues its
// sequence, a new kind starts at 1, short enough to be a title); otherwise it stays a paragraph.
// What a paragraph is, what front matter role a line has, and what numbering is warned about are
// ordered tables of named steps (outlineRules), each with a case of its own in test/parse.test.ts.
import type { Block, Paragraph, ParagraphRole, TableData, Warning } from './types.ts';
import type { SectionKind } from '../schemas/report.ts';
import { circledNumber, parseNumeral, toHalfWidthDigits } from './numerals.ts';
import { continuesHistory, isHistoryLine } from './history.ts';
import { HAN, NUMERAL, SMALL_DIGIT, enumerationMarker, enumerationRules, isSalutation, lineHeadingRules, startsHeading, TRANSMITS, WIDE_GAP } from './patterns.ts';
import taskUnitWords from './data/task-units.json' with { type: 'json' };
import { figureRow } from './clean/tables.ts';

/** Most characters a heading title may have before the line is taken for a list item. */
const MAX_TITLE = 60;

interface RawHeading {
  kind: SectionKind;
  /** Numbering as printed (`三、`, `（二）`, `第 1 條`, `一是`). */
  number: string;
  ordinal: number;
  title: string;
  /** Body text of a run-in heading (after the title sentence). */
  rest: string;
  /** The rule's example and how many lines must open with it, for a numbering that is a heading only in a run (`第一案`). */
  run?: { rule: string; least: number };
}

/** Recognises a numbered heading at the start of a line; null for plain text. */
export function matchHeading(text: string): RawHeading | null {
  const probe = toHalfWidthDigits(text);
  for (const rule of lineHeadingRules) {
    const m = rule.pattern.exec(probe);
    if (!m) continue;
    const numeral = m[1]!;
    const ordinal = rule.kind === 'l5' ? circledNumber(numeral) : parseNumeral(numeral);
    if (!Number.isInteger(ordinal) || ordinal <= 0) continue;
    const number = text.slice(0, m[0].length).trim();
    // a law-style number alone but for a colon (第一案：, its text on the lines below) has no title
    const after = rule.law && /^[：:]$/.test(text.slice(m[0].length).trim()) ? '' : text.slice(m[0].length).trim();
    // 附件1 alone on its line may open an attachment (fitsOutline; its title, 2025年省十件民生实事, on the next line is its first paragraph)
    if (!rule.law && rule.kind !== 'appendix' && after === '') continue;
    // run on without a space, a chapter's title is short and no sentence (not 第一章规定的…。)
    if (rule.law && after && !/\s$/.test(m[0]) && !after.startsWith('【') && (after.length > 30 || /[，。；：,;:！？!?]/.test(after) || /^[的之规所中]/.test(after))) continue;
    if (rule.kind === 'article') return { kind: rule.kind, number, ordinal, title: '', rest: after };
    if (rule.law) return { kind: rule.kind, number, ordinal, title: after, rest: '', ...(rule.run ? { run: { rule: rule.example, least: rule.run } } : {}) };
    return { kind: rule.kind, number, ordinal, ...splitTitle(after) };
  }
  return null;
}

/** The numberings that are headings only in a run (`第一案` … `第十案`): null where fewer lines than the run needs open with theirs. */
function inRuns(headings: (RawHeading | null)[]): (RawHeading | null)[] {
  const count = new Map<string, number>();
  for (const h of headings) if (h?.run) count.set(h.run.rule, (count.get(h.run.rule) ?? 0) + 1);
  return headings.map((h) => (h?.run && count.get(h.run.rule)! < h.run.least ? null : h));
}

/** A run-in heading's title is its first sentence; the rest is body text. */
function splitTitle(after: string): { title: string; rest: string } {
  const m = /[。；;！？!?]/.exec(after);
  if (!m) return { title: after.trim(), rest: '' };
  return { title: after.slice(0, m.index).trim(), rest: after.slice(m.index + 1).trim() };
}

/** An enumeration item's title: its first clause, cut at a comma when the sentence is long. */
function splitEnumTitle(after: string): { title: string; rest: string } {
  const { title, rest } = splitTitle(after);
  const comma = /[，,：:]/.exec(title);
  if (hanLength(title) <= 30 || !comma || comma.index < 2) return { title, rest };
  return { title: title.slice(0, comma.index), rest: `${title.slice(comma.index + 1)}${rest ? `。${rest}` : ''}`.trim() };
}

/** What a heading's line says after its number (`1.增值税  2893569 …` → `增值税  2893569 …`). */
const afterNumber = (text: string, h: RawHeading): string => text.slice(text.indexOf(h.number) + h.number.length);

/** The heading as a section without a title, all its line says after the number its text (a numbered paragraph, a task, a long sentence). */
const withoutTitle = (h: RawHeading, text: string): RawHeading => ({ ...h, title: '', rest: afterNumber(text, h).trim() });

/**
 * A title's length without the spaces a justified PDF line puts between its characters (行 政 長 官, corpus 304), up to a wide gap that sets
 * a run-in title apart from its text (`（一）工农业总产值\u3000\u30001990年工农业总产值，…`, a PDF's text, corpus 181: patterns.ts WIDE_GAP).
 */
const titleLength = (title: string): number => title.split(TITLE_GAP)[0]!.replace(/\s+/g, '').length;

/** The wide gap after a run-in title (patterns.ts WIDE_GAP). */
const TITLE_GAP = new RegExp(WIDE_GAP);

/** Length in Han characters: a sentence's length without the noise (pinyin notes, spaces) it may carry. */
function hanLength(text: string): number {
  return [...text].filter((c) => HAN.test(c)).length;
}

/** A heading before ids are assigned: parent is an index into the heading list. */
interface OutlineNode extends RawHeading {
  level: number;
  parent: number | null;
  line: number;
  /** Markdown heading depth, for unnumbered Markdown headings. */
  depth?: number;
}

interface ParsedItem {
  type: 'heading' | 'paragraph';
  line: number;
  /** Index into `nodes` for headings; enclosing heading index (or null) for paragraphs. */
  node: number | null;
  role: ParagraphRole;
  text: string;
  /** Front paragraphs in a summary (摘要) block get the fixed section name `summary`. */
  front?: 'summary';
  /** The table, when role is table. */
  table?: TableData;
}

export interface ParsedDocument {
  title: string | null;
  subtitle?: string | undefined;
  speaker?: string | undefined;
  nodes: OutlineNode[];
  items: ParsedItem[];
  warnings: Warning[];
}

const LAW_CONTAINERS: SectionKind[] = ['part', 'chapter', 'division'];
const LAW_KINDS: SectionKind[] = [...LAW_CONTAINERS, 'article'];
const GB_KINDS: SectionKind[] = ['l1', 'l2', 'l3', 'l4', 'l5', 'enum'];
const CLOSING = /^(以上报告[，,]?\s*请予审议|以上報告[，,]?\s*請予審議|特此(报告|報告|通知|公告))/;
const MD_HEADING = /^#{1,6}\s+/;
/** `附件：` alone on its line: the names of the attachments follow, numbered. */
const ATTACHMENTS = /^附\s*件\s*[：:]\s*(?<first>1\s*[.．、]\s*\S.*)?$/;
/** `附件` or `附件：` alone on its line, without a number. */
const BARE_ATTACHMENT = /^附\s*件\s*[：:]?$/;
/** `附件：指定項目指標`: one attachment named on its line, no number (its text follows). Group `title`. */
const NAMED_ATTACHMENT = /^附\s*件\s*[：:]\s*(?<title>[^\d\s.．、。；;，,][^。；;，,]{1,39})$/u;
/** `附件1`, `附件 2：`: an attachment's own first line. */
const ATTACHMENT_START = /^附\s*件\s*\d/;
/** How notes are numbered (1．, （1）, ①), not sections (一、, （一）). */
const NOTE_KINDS: readonly SectionKind[] = ['l3', 'l4', 'l5'];
/** A note is a sentence, or a line cut by a wrap (longer than a heading's title): not a title such as `1.创建目标`. */
const NOTE_SENTENCE = /[。；，;,]|^.{25,}$/u;
/** `注：`, `注释：`, `附注：`, `说明：` alone on a line (or with its first note, `注：1．…`): numbered notes follow (a bulletin's 1．本公报数据为初步统计数). */
const NOTES = /^(?:注\s*[释釋]|[注註]|附\s*[注註]|[备備]\s*[注註]|[说說]\s*明)\s*[：:]\s*(?<first>(?:1|[（(]\s*1\s*[）)]|①)\s*[.．、]?\s*\S.*)?$/;
/** `摘要：`, `【内容提要】`: a summary starts in the front matter. */
const SUMMARY = /^[【[]?(内容)?(摘\s*要|提\s*要)[】\]]?[:：\s]/;
/** `法规名称：`, `名称：`, `标题：` before a title line (law databases, government web pages). */
const TITLE_LABEL = /^(?:法规名称|法規名稱|文件名称|文件名稱|名称|名稱|标题|標題)\s*[：:]\s*/;
/** A glossary's heading (附：名词解释); the `term：definition` lines under it are entries, not sections. */
const GLOSSARY_TITLE =
  /^(?:附[件录錄]?\s*\d*\s*[：:]?\s*)?(?:名词解释|名詞解釋|名词释义|名詞釋義|术语解释|術語解釋|用语解释|用語解釋|用语含义|用語含義|术语和定义|術語和定義|释义|釋義)[：:]?$/;
/** `1.专精特新：指…`, `（二）独角兽企业：…`, `研发投入强度：…`: a term (≤ 20 characters, no punctuation) and its definition. */
const GLOSSARY_ENTRY = new RegExp(
  `^(?:(?:\\d{1,3}|${SMALL_DIGIT}+)\\s*[.．、]|[（(]\\s*(?:\\d{1,3}|${SMALL_DIGIT}+)\\s*[）)]|[\\u2460-\\u2473])?\\s*[^，。；：:,;\\s][^，。；：:,;]{0,19}\\s*[：:]\\s*\\S`,
);

/**
 * Builds the outline: each paragraph goes through `rules.paragraph` in order (front matter, numbered sections nested by a stack, inline enumerations split out); a test may leave a step out.
 * `givenTitle` is the title the text's front matter or label block gives (`title:`, `标题：`): then a body line is the title only where it says that title.
 */
export function parseOutline(paragraphs: Paragraph[], rules: OutlineRules = outlineRules, givenTitle?: string): ParsedDocument {
  // each paragraph's numbering, read once: the passes before the outline (numberedParagraphs, standaloneHeadings) and the outline itself
  const headings = inRuns(paragraphs.map((p) => matchHeading(p.text)));
  const s: OutlineState = {
    paragraphs,
    headings,
    rules,
    givenTitle: givenTitle?.replace(/\s/g, '') || undefined,
    nodes: [],
    items: [],
    warnings: [],
    stack: [],
    warned: new Set(),
    bracketStyle: new Map(),
    title: null,
    subtitle: undefined,
    speaker: undefined,
    inFront: true,
    inSummary: false,
    inGlossary: false,
    glossaryEntry: undefined,
    attachments: undefined,
    notes: undefined,
    openEnums: new Map(),
    contents: contentsEntries(paragraphs),
    numbered: numberedParagraphs(paragraphs, headings),
    standalone: standaloneHeadings(paragraphs, headings),
  };
  paragraphs.forEach((p, index) => {
    // the normalizer took a Markdown heading's `#`s off and kept its depth; a `#` left (`## # 说明`) is no part of the title
    const md = p.role === 'markdown-heading' ? (p.depth ?? 1) : undefined;
    const text = md ? p.text.replace(MD_HEADING, '') : p.text;
    const match = md ? matchHeading(text) : headings[index]!;
    // a Markdown heading without a number is a section of its own, nested by its depth
    const heading = md ? (match ?? { kind: 'heading' as const, number: '', ordinal: 0, title: text, rest: '' }) : match;
    const line: Line = { p, index, md, text, match, heading };
    for (const step of rules.paragraph) if (step.take(line, s)) return;
  });
  return { title: s.title, subtitle: s.subtitle, speaker: s.speaker, nodes: s.nodes, items: s.items, warnings: s.warnings };
}

/** What parseOutline knows while it reads the paragraphs in order. */
interface OutlineState {
  paragraphs: Paragraph[];
  /** Each paragraph's numbering, as matched before the outline (null for none). */
  headings: readonly (RawHeading | null)[];
  rules: OutlineRules;
  nodes: OutlineNode[];
  items: ParsedItem[];
  warnings: Warning[];
  /** The open sections, outermost first (indexes into `nodes`). */
  stack: number[];
  /** Keys of the warnings said once per text. */
  warned: Set<string>;
  /** The bracket width each bracketed level was first seen with, and where. */
  bracketStyle: Map<SectionKind, { wide: boolean; line: number }>;
  title: string | null;
  /** The title front matter gives, without spaces. */
  givenTitle: string | undefined;
  subtitle: string | undefined;
  speaker: string | undefined;
  /** No section is open yet: a line may still be title, subtitle, speaker… */
  inFront: boolean;
  /** A 摘要 line was seen in the front: the front paragraphs from there on are the summary. */
  inSummary: boolean;
  /** Under a glossary's heading: `term：definition` lines are its entries. */
  inGlossary: boolean;
  /** The numbering of the glossary's last entry, when it was numbered: the next entry numbers on from it. */
  glossaryEntry: { kind: SectionKind; ordinal: number } | undefined;
  /** After a notes line (`注：`): where it stands and the numbering of its last note (ordinal 0 before the first); undefined outside such a list. */
  notes: { at: number; kind?: SectionKind; ordinal: number } | undefined;
  /** After a `附件：` line: the number of the last attachment it listed (0 before the first); undefined outside such a list. */
  attachments: number | undefined;
  openEnums: Map<number | null, OpenEnums>;
  /** Indexes of the contents entries without leaders (`contentsEntries`). */
  contents: Set<number>;
  /** Indexes of the numbered paragraphs of an address (`numberedParagraphs`). */
  numbered: Set<number>;
  /** Indexes of the unnumbered part headings standing alone before a restarted numbering (`standaloneHeadings`). */
  standalone: Set<number>;
}

/** A paragraph as the steps see it. */
interface Line {
  p: Paragraph;
  index: number;
  /** Markdown `#` depth, when the paragraph is a Markdown heading. */
  md: number | undefined;
  /** The text without its Markdown `#`s. */
  text: string;
  /** The numbered heading the text starts with. */
  match: RawHeading | null;
  /** The heading the line would open (its number's, or a Markdown heading's); null once a step finds it is text. */
  heading: RawHeading | null;
}

/** One step of reading a paragraph: true when it has placed the paragraph (the next steps are skipped), false to pass it on. */
interface ParagraphStep {
  name: string;
  take(l: Line, s: OutlineState): boolean;
}

/** One test of a line before the first section: its front role, null when it is none, undefined to ask the next test. */
interface FrontStep {
  name: string;
  role(l: Line, s: OutlineState): ParagraphRole | null | undefined;
}

/** A heading about to be opened: as matched, and the kind it takes where it goes (（一） in an article is an item). */
interface Opening {
  h: RawHeading;
  kind: SectionKind;
  line: number;
  parent: number | null;
}

/** One check of a heading against the ones before it: warns where the source's numbering looks wrong. */
interface HeadingCheck {
  name: string;
  run(o: Opening, s: OutlineState): void;
}

interface OutlineRules {
  paragraph: readonly ParagraphStep[];
  front: readonly FrontStep[];
  checks: readonly HeadingCheck[];
}

/** What a paragraph is, in order: the first step that places it decides (a note is a note, whatever its numbering). */
const paragraphSteps: readonly ParagraphStep[] = [
  // a Markdown blockquote (normalize's markdown-quote) is a note wherever it stands; a table is a table
  { name: 'note or table', take: (l, s) => (l.p.role === 'note' || l.p.role === 'table') && addParagraph(s, l.p, l.p.role) },
  // the entries of a glossary are definitions, even when numbered like headings (1.专精特新：…)
  // a numbered line that numbers on from the entry above is one too, whatever its point (1. and 2．: one list) and however
  // long its term (25．科技型企业“登高、升规、晋位、上市”四个工程：…, dev 308)
  {
    name: 'glossary entry',
    take(l, s) {
      if (!s.inGlossary || l.md) return false;
      const h = l.heading;
      const last = s.glossaryEntry;
      const next = h !== null && last !== undefined && h.kind === last.kind && h.ordinal === last.ordinal + 1 && /[：:]/.test(h.title + h.rest);
      if (!next && !GLOSSARY_ENTRY.test(l.text)) return false;
      s.glossaryEntry = h && h.kind !== 'enum' ? { kind: h.kind, ordinal: h.ordinal } : undefined;
      return addParagraph(s, l.p, 'glossary');
    },
  },
  {
    name: 'glossary title',
    take(l, s) {
      if (l.md || !GLOSSARY_TITLE.test(l.text)) return false;
      s.inGlossary = true;
      s.glossaryEntry = undefined;
      return addParagraph(s, l.p, 'body');
    },
  },
  {
    name: 'front matter',
    take(l, s) {
      const role = s.inFront ? frontRole(l, s) : null;
      if (!role) return false;
      if (role === 'title' && s.title === null) s.title = l.text.replace(TITLE_LABEL, '');
      if (role === 'subtitle') s.subtitle = l.text;
      if (role === 'speaker') s.speaker = l.text;
      return addParagraph(s, l.p, role);
    },
  },
  {
    // 摘要：… in the front: it and the front paragraphs after it are the summary
    name: 'summary',
    take(l, s) {
      if (s.inFront && SUMMARY.test(l.text)) s.inSummary = true;
      return false;
    },
  },
  { name: 'closing', take: (l, s) => CLOSING.test(l.text) && addParagraph(s, l.p, 'closing') },
  {
    // 附件： then 1.…实施方案 2.…申报大纲: the names of a notice's attachments are text, numbered as they go on; a heading that does
    // not go on with them (an attachment's own 1., 一、) or the attachment's own first line (附件1) closes the list
    name: 'attachment list',
    take(l, s) {
      const list = ATTACHMENTS.exec(l.text);
      if (list) {
        // 附件：1.实施方案 names the first on its own line
        s.attachments = list.groups!.first ? 1 : 0;
        return false;
      }
      if (s.attachments === undefined || l.md) return false;
      if (l.heading && l.heading.kind !== 'enum' && l.heading.ordinal === s.attachments + 1 && !LAW_KINDS.includes(l.heading.kind)) {
        s.attachments++;
        return addParagraph(s, l.p, 'body');
      }
      // a heading that does not go on with the list, an attachment's own first line, or a name without a number before any
      // numbered one (a single attachment: 附件：某某管理办法, whose own outline follows) closes it
      if (l.heading || ATTACHMENT_START.test(l.text) || (s.attachments === 0 && !/^\s*1\s*[.．、]?\s*$/.test(l.text))) s.attachments = undefined;
      return false;
    },
  },
  {
    // 注： or 注释： alone on its line, then 1．本公报数据为初步统计数 2．…: the numbered notes of a bulletin or a table are text, not
    // sections, as long as they start right under the line and number on (a wrapped line between them stays in the list); a
    // heading that does not go on with them closes the list (dev 290, 291; a LegCo record's 註： (1) (2), dev 06)
    name: 'notes list',
    take(l, s) {
      const notes = NOTES.exec(l.text.trim());
      if (notes) {
        const first = notes.groups!.first ? matchHeading(notes.groups!.first) : null;
        s.notes = first ? { at: l.index, kind: first.kind, ordinal: 1 } : { at: l.index, ordinal: 0 };
        return false;
      }
      if (s.notes === undefined || l.md) return false;
      const h = l.heading;
      const last = s.notes;
      // numbered as notes are, and each a sentence (说明： over 一、创建目标 or 1.创建目标 and its body: the text's own sections)
      const goesOn =
        h &&
        NOTE_KINDS.includes(h.kind) &&
        NOTE_SENTENCE.test(l.text.trim()) &&
        h.ordinal === last.ordinal + 1 &&
        (last.kind === undefined ? l.index === last.at + 1 : h.kind === last.kind);
      if (goesOn) {
        s.notes = { at: last.at, kind: h.kind, ordinal: h.ordinal };
        return addParagraph(s, l.p, 'body');
      }
      if (h || last.ordinal === 0) s.notes = undefined;
      return false;
    },
  },
  {
    // 附件 or 附件： alone after the text's own sections, before any attachment, opens the attachment as 附件1 alone does (its
    // 一、 are its own, app1-1, no repeat of s1: dev 308); not over a numbered list of names (the attachment list above), and
    // not after a cover notice with no section of its own, whose attachment's outline is the text's (dev 66)
    name: 'bare attachment',
    take(l, s) {
      const text = l.text.trim();
      const named = NAMED_ATTACHMENT.exec(text);
      if (l.md || l.heading || !(BARE_ATTACHMENT.test(text) || named) || (s.attachments ?? 0) > 0) return false;
      if (!s.nodes.some((n) => n.kind !== 'enum') || s.nodes.some((n) => n.kind === 'appendix')) return false;
      // 附件： over 1.… 2.… lists the attachments' names; an attachment named on the line (附件：指定項目指標) has its own 1.
      if (!named && /^\s*1\s*[.．、]?/.test(s.paragraphs[l.index + 1]?.text ?? '')) return false;
      // 附件：安全生产检查表 in a notice's body, over its issuer and date, names the attachment that opens later on a line of its own (附件, 附件1)
      if (named && s.paragraphs.slice(l.index + 1).some((p) => BARE_ATTACHMENT.test(p.text.trim()) || ATTACHMENT_START.test(p.text.trim()))) return false;
      // 附件： over a cover notice (its issuers' line maybe, then 关于印发《X》的通知) labels the document a page carries after its
      // report of the issue: X is the text, its 一、 the text's own (a WeChat post of a plan under its news lede, dev 409)
      if (!named && s.paragraphs.slice(l.index + 1, l.index + 3).some((p) => TRANSMITS.test(p.text.replace(/\*/g, '')))) return false;
      s.attachments = undefined;
      const number = named ? text.slice(0, text.length - named.groups!.title!.length).trim() : text;
      openSection(s, { kind: 'appendix', number, ordinal: 1, title: named?.groups!.title!.trim() ?? '', rest: '' }, l.p.line);
      return true;
    },
  },
  {
    // an address's numbered paragraph (24. …) is a citable unit like an article: its number is the heading
    name: 'numbered paragraph',
    take(l, s) {
      const h = l.heading;
      if (!h || !s.numbered.has(l.index)) return false;
      openSection(s, withoutTitle(h, l.text), l.p.line);
      return true;
    },
  },
  {
    // a line of the contents (dot leaders, or said again later with a heading line after it) is text
    name: 'contents entry',
    take(l, s) {
      if (l.heading && (isTocEntry(l.p.text, s.paragraphs[l.index + 1]?.text) || s.contents.has(l.index))) l.heading = null;
      return false;
    },
  },
  {
    // a table's row printed as text, a numbered name and a run of figures (`1.增值税  2893569  3033252  3092403  101.95  6.87`,
    // `一、2024年年末地方政府债务余额  37705642  26042255  11663387`, a budget PDF's table, dev 427), is text: no heading's title
    // goes on in two or more bare figures (clean/tables.ts figureRow, what a table's row is)
    name: 'table row',
    take(l) {
      if (l.heading && figureRow(afterNumber(l.text, l.heading))) l.heading = null;
      return false;
    },
  },
  {
    // 2024年工作回顾 alone on its line before a restarted （一）…: an unnumbered part heading (h1, its （一） h1-s1)
    name: 'standalone heading',
    take(l, s) {
      if (l.md || l.heading || !s.standalone.has(l.index)) return false;
      openSection(s, { kind: 'heading', number: '', ordinal: 0, title: l.text.trim(), rest: '' }, l.p.line, 1);
      return true;
    },
  },
  {
    // a task of a task list (1.…（责任单位：区商务委）, dev 455): a section however long, numbered as printed, without a title
    name: 'task with its units',
    take(l, s) {
      const h = l.heading;
      // the units ending its line, or on the line below it (责任单位：区商务委), which stays the task's paragraph
      const units = TASK_UNITS.test(l.text) || UNITS_LINE.test(s.paragraphs[l.index + 1]?.text.trim() ?? '');
      if (!h || !GB_KINDS.includes(h.kind) || !units || !fitsOutline({ ...h, title: '' }, s.nodes, s.stack)) return false;
      openSection(s, withoutTitle(h, l.text), l.p.line);
      return true;
    },
  },
  {
    name: 'section',
    take(l, s) {
      const h = l.heading;
      if (!h || isListItem(l.text, h, s.nodes, s.stack)) return false;
      // a ；-ended item named before a colon: the name is its title (so the length a title may have is the name's)
      const named = h.rest === '' && /[；;]\s*$/.test(l.text) && GB_KINDS.includes(h.kind) ? namedPoint(h) : null;
      const heading = named ?? h;
      // a long item whose next sibling has a title is a section of that run, told in a sentence (titledRun)
      const inRun = titleLength(heading.title) > MAX_TITLE && titledRun(heading, l.index, s) && fitsOutline({ ...heading, title: '' }, s.nodes, s.stack);
      if (!inRun && !fitsOutline(heading, s.nodes, s.stack)) return false;
      if (!inRun && titleLength(heading.title) > MAX_TITLE && numberedBetween(heading, l.index, s)) return false;
      // a long sentence numbered on from a section (fitsOutline) is the section's text, no title to frame its figures
      const untitled = !s.stack.some((i) => s.nodes[i]!.kind === 'article') && GB_KINDS.includes(heading.kind) && titleLength(heading.title) > MAX_TITLE;
      const opened = untitled ? withoutTitle(heading, l.text) : heading;
      openSection(s, opened, l.p.line, opened.kind === 'heading' ? l.md : undefined);
      return true;
    },
  },
  {
    // a heading of an open level whose number breaks the sequence (二、 twice, 五、 after 二、) stays
    // text; say so, so the editor can fix the numbering instead of losing a section silently
    name: 'numbering out of sequence',
    take(l, s) {
      const h = l.heading;
      if (h && h.kind !== 'enum' && h.title.length <= MAX_TITLE && s.stack.some((i) => s.nodes[i]!.kind === h.kind)) {
        s.warnings.push({
          line: l.p.line,
          message: `${h.number} does not continue the numbering of its level, so it is kept as a paragraph`,
          hint: 'fix the number in the source if this line is a heading',
        });
      }
      return false;
    },
  },
  {
    // inline enumerations (一是…二是…) become the level below the paragraph's section
    name: 'enumeration',
    take(l, s) {
      const section = nearestNonEnum(s.nodes, s.stack);
      const open = s.openEnums.get(section) ?? [];
      s.openEnums.set(section, open);
      const markers = acceptedMarkers(l.p, s.paragraphs, l.index, open);
      if (markers.length === 0) return false;
      // the text before the first marker belongs to the section too, not to the front
      s.inFront = false;
      const lead = l.p.text.slice(0, markers[0]!.index).trim();
      if (lead) addParagraph(s, l.p, 'body', lead);
      markers.forEach((m, i) => {
        const end = markers[i + 1]?.index ?? l.p.text.length;
        const segment = l.p.text.slice(m.index + m.length, end).trim();
        openSection(s, { kind: 'enum', number: m.number, ordinal: m.ordinal, ...splitEnumTitle(segment) }, l.p.line);
      });
      return true;
    },
  },
  { name: 'body', take: (l, s) => addParagraph(s, l.p, l.p.role === 'caption' ? 'caption' : 'body') },
];

/** A document's note of how it is disclosed, under its date: `（此件公开发布）`, `（此件主动公开）`, `（此件不予公开）`. */
const DISCLOSURE_NOTE = /^[（(]\s*此件[^（）()]{0,8}公开[^（）()]{0,4}[）)]$/u;

/** The salutation (各位代表：) is among the front paragraphs: the address has begun. */
const saluted = (s: OutlineState): boolean => s.items.some((i) => i.type === 'paragraph' && i.role === 'salutation');

/** Front matter before the first section, in order: title, subtitle, occasion, speaker, salutation. */
const frontSteps: readonly FrontStep[] = [
  { name: 'html comment', role: (l) => (/^<!--/.test(l.text) ? null : undefined) },
  // a Markdown heading that says the title again right over a regulation's history is the headline printed again, no section (a WeChat
  // article saved as Markdown prints it over its cover and again over the text, under the account's name: the history under it is the
  // text's, dev 10 as such an article); over anything else it may be a section's name, and the front ends there (dev 294, 457)
  {
    name: 'title again',
    role: ({ md, index, text: t }, s) =>
      md === 1 && s.title !== null && t.replace(/\s/g, '') === s.title.replace(/\s/g, '') && isHistoryLine(s.paragraphs[index + 1]?.text ?? '') ? 'title' : undefined,
  },
  // the adoption and amendment lines of a regulation (its dates: history.ts)
  // (also the first line of a text without a title line, whose title front matter gives: corpus 110, 116);
  // never after the salutation, where the address begins (一九五六年…公布。一九五七年九月…通过, corpus 233)
  {
    name: 'history line',
    role: (l, s) => ((s.title !== null || l.index === 0) && !saluted(s) && isHistoryLine(l.text) ? 'occasion' : undefined),
  },
  // a history in brackets that goes on in the next paragraph (`（1982年…通过` / `根据1988年…修正案》修正）`, corpus 87)
  {
    name: 'history continued',
    role: (l, s) => (s.title !== null && continuesHistory(l.text, s.paragraphs[l.index - 1]?.text) ? 'occasion' : undefined),
  },
  // two dashes: — (U+2014), – , -, ─ (box drawing) or ― (U+2015, the dash of GB 2312 texts: ――2021年1月31日在…会议上);
  // a line, not sentences: ——这是…的五年。全省地区生产总值达到… is a paragraph of the review (dev 178)
  { name: 'subtitle', role: (l) => (/^[—–-]{2}|^─{2}|^―{2}/.test(l.text) && !/。/.test(l.text.slice(0, -1)) ? 'subtitle' : undefined) },
  { name: 'salutation', role: ({ text: t }) => (isSalutation(t) ? 'salutation' : undefined) },
  // a numbered line (一、, 一是) starts the body
  { name: 'numbered line', role: (l) => (l.match || findMarkers(l.text).some((m) => m.index === 0) ? null : undefined) },
  { name: 'title label', role: (l, s) => (s.title === null && TITLE_LABEL.test(l.text) ? 'title' : undefined) },
  {
    // a Markdown `#`, or a short line at the top that is no sentence; until the title, nothing else is front matter
    name: 'title',
    role({ md, index, text: t }, s) {
      if (s.title !== null) return undefined;
      // a title the front matter gives: only a line at the top that says it (or part of it, or it with a
      // few characters more: …的决定（宣告失效）) is the title line; a short line that says something
      // else (a byline 记者|某某, a 文号, an occasion, a cover notice's 关于印发《…》的通知) is not, and the
      // page shows it (title lines are hidden under the page's own heading)
      if (s.givenTitle !== undefined) {
        const line = t.replace(/\s/g, '');
        const says = s.givenTitle.includes(line) || (line.includes(s.givenTitle) && line.length - s.givenTitle.length <= 6);
        return (md === 1 || index <= 1) && says ? 'title' : undefined;
      }
      // a cover notice's note of disclosure under its date (（此件公开发布）, （此件主动公开）) is no title, and the transmitted
      // document's title line may follow it (a cover notice whose head is cut off, dev 495)
      if (DISCLOSURE_NOTE.test(t)) return null;
      const top = index <= 1 || (index <= 3 && DISCLOSURE_NOTE.test(s.paragraphs[index - 1]?.text.trim() ?? ''));
      return md === 1 || (top && t.length <= 60 && !/[。]/.test(t.slice(0, -1))) ? 'title' : null;
    },
  },
  { name: 'near the top', role: (l) => (l.index > 6 ? null : undefined) },
  { name: 'occasion', role: (l) => (/^\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?.{0,60}(会议|會議|通过|通過|上)$/.test(l.text) ? 'occasion' : undefined) },
  // (a post and a name start with a Han character: a breadcrumb's `/ 能源` is none, corpus 127)
  {
    name: 'speaker',
    role: ({ text: t }) =>
      t.length <= 30 && /^\p{Script=Han}/u.test(t) && /\S\s\S/.test(t) && !/[。，,：:]/.test(t) && /[长長记記员員任席]\s|\s\S\s?\S$/.test(t) ? 'speaker' : undefined,
  },
  {
    // the title repeated over two lines (issuer, then the subject), before the subtitle
    name: 'title on two lines',
    role: ({ index, text: t }, s) =>
      s.title !== null && s.subtitle === undefined && index <= 3 && t.length <= 30 && s.title.replace(/\s/g, '').includes(t.replace(/\s/g, '')) ? 'title' : undefined,
  },
];

/** Warnings about a heading's numbering, said before it opens. */
const headingChecks: readonly HeadingCheck[] = [
  {
    // a restart at 1 is reported once, by anchors, as a repeated numbering; enumerations are accepted
    // only in sequence, so their siblings may interleave two lists
    name: 'numbering jumps',
    run({ h, kind, line, parent }, s) {
      const previous = lastSibling(s.nodes, parent, kind);
      if (!previous || kind === 'enum' || h.ordinal <= 1 || h.ordinal === previous.ordinal + 1) return;
      s.warnings.push({
        line,
        message: `numbering jumps from ${previous.number} to ${h.number}`,
        hint: 'check for a missing or duplicated heading in the source; ids follow the printed numbers',
      });
    },
  },
  {
    // articles and appendices may be excerpts; some plans number across parts (continuesAcrossParents)
    name: 'numbering starts above 1',
    run({ h, kind, line, parent }, s) {
      if (lastSibling(s.nodes, parent, kind) || h.ordinal <= 1 || kind === 'article' || kind === 'appendix' || continuesAcrossParents(h, s.nodes)) return;
      s.warnings.push({ line, message: `numbering starts at ${h.number}, not at 1`, hint: 'check for a missing heading in the source' });
    },
  },
  {
    // 一、 → 1. without （一） is the usual form of 工作要点 (s3-12); skipping two levels is not
    name: 'level skipped',
    run({ h, kind, line, parent }, s) {
      const above = parent === null ? null : s.nodes[parent]!;
      if (!above || kind === 'enum' || !GB_KINDS.includes(kind) || !GB_KINDS.includes(above.kind)) return;
      if (GB_KINDS.indexOf(kind) - GB_KINDS.indexOf(above.kind) <= 2) return;
      warnOnce(s, `jump:${above.kind}:${kind}`, {
        line,
        message: `heading level jumps from ${above.number} to ${h.number} (no level between them)`,
        hint: `ids skip the missing level (e.g. s3-12); add the missing level if it was lost`,
      });
    },
  },
  {
    name: 'mixed brackets',
    run({ h, kind, line }, s) {
      if (kind !== 'l2' && kind !== 'l4' && kind !== 'item') return;
      const wide = h.number.startsWith('（');
      const seen = s.bracketStyle.get(kind);
      if (!seen) s.bracketStyle.set(kind, { wide, line });
      else if (seen.wide !== wide) {
        warnOnce(s, `bracket:${kind}`, {
          line,
          message: `mixed bracket widths: ${h.number} here, ${seen.wide ? 'full-width （）' : 'half-width ()'} since line ${seen.line}`,
          hint: 'harmless for ids; use one bracket style in the source',
        });
      }
    },
  },
];

/** The tables parseOutline reads; a test passes them with one step left out. */
export const outlineRules: OutlineRules = { paragraph: paragraphSteps, front: frontSteps, checks: headingChecks };

/** The front role of a line: the first front step that decides. */
function frontRole(l: Line, s: OutlineState): ParagraphRole | null {
  for (const step of s.rules.front) {
    const role = step.role(l, s);
    if (role !== undefined) return role;
  }
  return null;
}

/** Adds a paragraph to the open section (true, for the step that placed it). */
function addParagraph(s: OutlineState, p: Paragraph, role: ParagraphRole, text = p.text): true {
  const front = s.inFront && s.inSummary ? 'summary' : undefined;
  s.items.push({ type: 'paragraph', line: p.line, node: s.stack.at(-1) ?? null, role, text, ...(front ? { front } : {}), ...(p.table ? { table: p.table } : {}) });
  return true;
}

function warnOnce(s: OutlineState, key: string, w: Warning): void {
  if (s.warned.has(key)) return;
  s.warned.add(key);
  s.warnings.push(w);
}

/** Opens a section where the heading belongs, after the numbering checks; the front matter ends. */
function openSection(s: OutlineState, h: RawHeading, line: number, depth?: number): void {
  const kind = placeHeading(h, s.nodes, s.stack, depth);
  const parent = s.stack.at(-1) ?? null;
  for (const check of s.rules.checks) check.run({ h, kind, line, parent }, s);
  s.inFront = false;
  s.inGlossary = GLOSSARY_TITLE.test(h.title.trim());
  s.nodes.push({ ...h, kind, level: s.stack.length + 1, parent, line, ...(depth ? { depth } : {}) });
  s.stack.push(s.nodes.length - 1);
  s.items.push({ type: 'heading', line, node: s.nodes.length - 1, role: 'body', text: '' });
}

interface Marker {
  index: number;
  length: number;
  number: string;
  ordinal: number;
  /** The enumeration rule (`一是`, `第一，`): a list continues only in its own style. */
  style: string;
}

/** Enumeration markers in a text, in order. */
function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(enumerationMarker)) {
    const rule = enumerationRules.findIndex((_, i) => m[i + 1] !== undefined);
    const numeral = m[rule + 1]!;
    const ordinal = parseNumeral(numeral);
    if (!Number.isInteger(ordinal) || ordinal <= 0 || ordinal > 20) continue;
    const lead = m[0].length - m[0].trimStart().length;
    out.push({
      index: m.index + lead,
      length: m[0].length - lead,
      number: m[0].trim(),
      ordinal,
      style: enumerationRules[rule]!.example,
    });
  }
  return out;
}

/** Open enumerations under one section: style and last ordinal of each (a scrambled text may interleave two). */
type OpenEnums = { style: Marker['style']; last: number }[];

/**
 * The markers of paragraph `index` that continue an open enumeration (next ordinal) or start one
 * (一是 with a 二是 later in this paragraph or the next ones of the same section). A lone 一是 is text.
 */
function acceptedMarkers(p: Paragraph, paragraphs: Paragraph[], index: number, open: OpenEnums): Marker[] {
  const found = findMarkers(p.text);
  const accepted: Marker[] = [];
  found.forEach((m, i) => {
    const seq = [...open].reverse().find((o) => o.style === m.style && o.last + 1 === m.ordinal);
    if (seq) seq.last = m.ordinal;
    else if (m.ordinal === 1 && hasSecond(found, i, paragraphs, index)) open.push({ style: m.style, last: 1 });
    else return;
    accepted.push(m);
  });
  return accepted;
}

/** Whether a 二是 (same style) follows `found[i]`: later in the paragraph or in the next ones up to a heading. */
function hasSecond(found: Marker[], i: number, paragraphs: Paragraph[], index: number): boolean {
  const style = found[i]!.style;
  const isSecond = (m: Marker): boolean => m.style === style && m.ordinal === 2;
  if (found.slice(i + 1).some(isSecond)) return true;
  for (let j = index + 1; j < paragraphs.length && j <= index + 12; j++) {
    const next = paragraphs[j]!;
    if (next.role === 'markdown-heading' || matchHeading(next.text)) return false;
    if (findMarkers(next.text).some(isSecond)) return true;
  }
  return false;
}

/** The innermost open section that is not an enumeration item (enumerations hang below it). */
function nearestNonEnum(nodes: OutlineNode[], stack: number[]): number | null {
  for (let i = stack.length - 1; i >= 0; i--) if (nodes[stack[i]!]!.kind !== 'enum') return stack[i]!;
  return null;
}

/** Pops the stack to where the heading belongs and returns its kind (（一） in an article is an item). */
function placeHeading(h: RawHeading, nodes: OutlineNode[], stack: number[], depth?: number): SectionKind {
  const top = (): OutlineNode | undefined => (stack.length ? nodes[stack[stack.length - 1]!] : undefined);
  const has = (kind: SectionKind): boolean => stack.some((i) => nodes[i]!.kind === kind);
  // An enumeration (一是) is the lowest level: any other heading closes it.
  if (h.kind !== 'enum') while (top()?.kind === 'enum') stack.pop();
  let kind = h.kind;
  if (nextArticleGroup(h, nodes, stack)) {
    stack.length = 0;
    return kind;
  }
  if (has('article') && (kind === 'l1' || kind === 'l2')) kind = 'item';
  if (kind === 'item') {
    while (top() && top()!.kind !== 'article') stack.pop();
    return kind;
  }
  const lawRank = LAW_KINDS.indexOf(kind);
  if (lawRank >= 0) {
    while (top() && !(LAW_KINDS.indexOf(top()!.kind) >= 0 && LAW_KINDS.indexOf(top()!.kind) < lawRank)) stack.pop();
    return kind;
  }
  if (kind === 'appendix') {
    stack.length = 0;
    return kind;
  }
  if (kind === 'heading') {
    // Unnumbered Markdown headings nest by depth and close the numbered sections before them.
    while (top() && !(top()!.kind === 'heading' && (top()!.depth ?? 1) < (depth ?? 1))) stack.pop();
    return kind;
  }
  // The same kind open above: pop to it and become its sibling; a new kind nests below.
  if (has(kind)) {
    while (top() && top()!.kind !== kind) stack.pop();
    stack.pop();
  }
  return kind;
}

/**
 * The bracket that ends a task of a task list with the units that answer for it: a role's name before a colon
 * (（责任单位：区商务委、南虹桥集团）) or the units with the verb of their part, which ends the part (（生态环境部牵头，…参与）, （财政部负责）;
 * not （由行业主管部门牵头评定相应的奖励级别）, whose verb goes on to what is done: dev 197): data/task-units.json.
 */
const TASK_UNITS = new RegExp(
  `[（(](?:(?:${taskUnitWords.keys.join('|')})\\s*[：:]|[^（）()]{2,}?(?:${taskUnitWords.verbs.join('|')})(?=[，,、；;）)]))[^（）()]*[）)]\\s*[。；;]?\\s*$`,
  'u',
);

/** The units of a task on a line of their own under it: `责任单位：区商务委、区经委`, `（牵头单位：…；配合单位：…）`. */
const UNITS_LINE = new RegExp(`^[（(]?(?:${taskUnitWords.keys.join('|')})\\s*[：:][^。（）()]*[）)]?\\s*[。；;]?$`, 'u');

/**
 * A long item (its first sentence longer than a title) whose next sibling, the same numbering one on before a heading of a level
 * above, has a title: the run's items are sections, and this one makes its point in a sentence (`(一)以社區大學申請補助經費前一年度
 * 開設課程數（…）為準。` before `(二)計算方式：`, dev 691; a motion's 說明 一、按政府採購法…：「…。」 before 二、, dev 715). Only the run's
 * first: a long item after a titled one stays a paragraph (the points of an answer or a plan's targets, each a sentence, dev 63, 144).
 * A long 一、 needs only a 二、 after it, long or not: the top level's items are sections however long (fitsOutline, dev 715).
 */
function titledRun(h: RawHeading, index: number, s: OutlineState): boolean {
  if (!GB_KINDS.includes(h.kind) || h.kind === 'enum' || s.stack.some((i) => s.nodes[i]!.kind === 'article')) return false;
  // the run's first item: a long (2) after a titled (1) is a point of a list (fitsOutline), and a 2. after a 1. that stayed a paragraph no item of a run
  if (h.ordinal !== 1) return false;
  const above = new Set(s.stack.map((i) => s.nodes[i]!.kind));
  for (let j = index + 1; j < s.paragraphs.length; j++) {
    const next = s.headings[j];
    if (!next || next.kind === 'enum') continue;
    if (next.kind !== h.kind) {
      if (above.has(next.kind) || !GB_KINDS.includes(next.kind)) return false;
      continue;
    }
    const text = s.paragraphs[j]!.text;
    // a 二、 after it, however long, makes a run of sections (fitsOutline); a lower level's next item needs a title
    return next.ordinal === h.ordinal + 1 && (h.kind === 'l1' || titleLength(next.title) <= MAX_TITLE) && !/[；;]\s*$/.test(text);
  }
  return false;
}

/**
 * A line numbered at a long item's level stands between it and the open section it would number on from (fitsOutline): the long item
 * numbers on from that line, a paragraph, not from the section. A motion's 說明 quoted under a budget review's 二、歲出部分, (十二)一、…
 * 二、…三、綜上，爰提案凍結本預算…, is the motion's: its long 三、 is no section after 二、歲出部分 (dev 559).
 */
function numberedBetween(h: RawHeading, index: number, s: OutlineState): boolean {
  const open = [...s.stack].reverse().find((i) => s.nodes[i]!.kind === h.kind);
  if (open === undefined || s.stack.some((i) => s.nodes[i]!.kind === 'article')) return false;
  const from = s.nodes[open]!.line;
  for (let j = index - 1; j >= 0 && s.paragraphs[j]!.line > from; j--) if (s.headings[j]?.kind === h.kind) return true;
  return false;
}

/** A numbered sentence ending in ；, outside a law article: an item of an enumerated list, not a heading. */
function isListItem(text: string, h: RawHeading, nodes: OutlineNode[], stack: number[]): boolean {
  if (!GB_KINDS.includes(h.kind) || stack.some((i) => nodes[i]!.kind === 'article')) return false;
  return h.rest === '' && /[；;]\s*$/.test(text) && !namedPoint(h);
}

/** A run-in title before a colon: `積極有為` of `(一) 積極有為：大力推動經濟發展…；`. */
const NAMED_POINT = /^([^，,：:；;。、\s]{2,8})[：:]\s*(\S.*)$/;

/**
 * A ；-ended item that names its point before a colon (`(一) 積極有為：大力推動經濟發展…；`, the strategies a budget
 * speech lists, dev 248): the name is the section's title, the sentence after the colon its text; null when the
 * line names no point.
 */
function namedPoint(h: RawHeading): RawHeading | null {
  const m = NAMED_POINT.exec(h.title);
  return m ? { ...h, title: m[1]!, rest: m[2]! } : null;
}

/**
 * A table-of-contents line: dot leaders on the line or on the next one. An ellipsis (……) before more of a sentence that a full
 * stop ends is punctuation of prose (…中心……富有特色、模式多元的格局初步形成。, dev 439): no entry of a contents list has one.
 */
function isTocEntry(text: string, next: string | undefined): boolean {
  const leaders = /[.．…·。]{6,}|…{2,}/;
  const prose = /…{2}\p{Script=Han}[^]*。/u.test(text.replace(/[.．…·。]{6,}/g, ''));
  return (leaders.test(text) && !prose) || GLUED_CONTENTS.test(text) || (next !== undefined && /^[.．…·。\s]{6,}$/.test(next));
}

/**
 * Numbered paragraphs (a policy address, a budget speech: `24. 香港人經過多年努力 ， …`): paragraphs
 * numbered n, n + 1, … in a row, ten or more, or five or more of which half are long (over twice a
 * title's length: paragraphs, not a list of titles), in a text without 一、, （一） or 第一条. Each is a section of its own, numbered
 * as printed, with no title; the sequence may start anywhere (an excerpt, or 1.–9. lost to the layout).
 * In a text with 一、 or （一） (an address in chapters `(一) 前言`, a budget speech's run-in `（一）…` items) a run
 * counts when it is an address's: NUMBERED_PARAGRAPHS_IN_PARTS or more in a row, half of them longer than a title, wherever
 * the parts fall (an address numbers its paragraphs on through its parts; a plan's measures restart under each part, or run on
 * for a few dozen at most; corpus 304, 305). Whether the run crosses a part is not checked.
 * A text that numbers its paragraphs so numbers them wherever it goes on: after an address's run, a shorter run from 1 whose
 * every paragraph is longer than a title (the four paragraphs that open the address's annex, 附件：指定項目指標, before its own
 * (一) 新指標 and its list of indicators, dev 304) is paragraphs too; a list of titles or of a short title's items is not.
 */
function numberedParagraphs(paragraphs: Paragraph[], headings: readonly (RawHeading | null)[]): Set<number> {
  const out = new Set<number>();
  if (headings.some((h) => h?.kind === 'article')) return out;
  const inParts = headings.some((h) => h?.kind === 'l1' || h?.kind === 'l2');
  let run: number[] = [];
  let last = -1;
  // runs too short to count alone: paragraphs when the text numbers its paragraphs before them
  const shorter: number[][] = [];
  const close = (): void => {
    const long = run.filter((i) => paragraphs[i]!.text.length > 2 * MAX_TITLE).length;
    const overTitle = run.filter((i) => paragraphs[i]!.text.length > MAX_TITLE).length;
    const enough = inParts ? run.length >= NUMBERED_PARAGRAPHS_IN_PARTS && overTitle * 2 >= run.length : run.length >= 10 || (run.length >= 5 && long * 2 >= run.length);
    if (enough) for (const i of run) out.add(i);
    else if (run.length >= 2 && overTitle === run.length && headings[run[0]!]!.ordinal === 1) shorter.push(run);
    run = [];
  };
  headings.forEach((h, i) => {
    // `24.` (not `24、`, a list's number)
    if (h?.kind !== 'l3' || h.number.endsWith('、')) return;
    const n = h.ordinal;
    if (n !== last + 1) close();
    run.push(i);
    last = n;
  });
  close();
  const first = Math.min(...out);
  for (const r of shorter) if (r[0]! > first) for (const i of r) out.add(i);
  return out;
}

/**
 * Contents without leaders: a heading line said again later in the text, with another heading
 * line right after it (the contents list them one under the other; the chapter has body text), or
 * with its page number after a space (`第三章 重点任务 9`, a PDF copied as text: the last entry too).
 */
function contentsEntries(paragraphs: Paragraph[]): Set<number> {
  const out = new Set<number>();
  const seen = new Map<string, number>();
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const line = paragraphs[i]!.text;
    const paged = PAGE_AFTER_ENTRY.test(line);
    const text = line.replace(PAGE_AFTER_ENTRY, '').replace(/\s+/g, '');
    // a title, not a sentence said twice (一、違反第十五條第一項第二款規定，… in two articles)
    if (!startsHeading(text) || text.length > 40 || /[，。；：,;:]/.test(text)) continue;
    const next = paragraphs[i + 1]?.text ?? '';
    // the entry after it is a title too: a heading with a run-in sentence (（1）全市收支情况。收入完成…) follows a section's own heading (dev 239)
    const nextEntry = startsHeading(next) && !/[。；;]./.test(next.replace(PAGE_AFTER_ENTRY, ''));
    if (seen.has(text) && (paged || nextEntry || GLUED_CONTENTS.test(next))) out.add(i);
    seen.set(text, i);
  }
  return out;
}

/**
 * Unnumbered part headings: in a text whose 一、 or （一） numbering starts again at 1 (the parts of a work report, a Word
 * document whose bold the copy lost: 2024年工作回顾, 2025年工作安排建议, 加强政府自身建设, each before its own （一）（二）…), the
 * short line without punctuation that stands nearest before each start, with no numbered line between, when there are at least
 * two. Without a restart the numbering needs no parts to stay unique, and a short line is left as text.
 */
function standaloneHeadings(paragraphs: Paragraph[], headings: readonly (RawHeading | null)[]): Set<number> {
  const starts = headings.flatMap((h, i) => (h && (h.kind === 'l1' || h.kind === 'l2') && h.ordinal === 1 ? [i] : []));
  const kinds = starts.map((i) => headings[i]!.kind);
  if (!kinds.some((k, j) => kinds.indexOf(k) < j)) return new Set();
  const out = new Set<number>();
  for (const start of starts) {
    for (let j = start - 1; j > 0 && j >= start - STANDALONE_REACH; j--) {
      if (headings[j]) break;
      if (STANDALONE_TITLE.test(paragraphs[j]!.text.trim()) && !GLOSSARY_TITLE.test(paragraphs[j]!.text.trim())) {
        out.add(j);
        break;
      }
    }
  }
  return out.size >= 2 ? out : new Set();
}

/** A part's title standing alone: 4 to 20 characters, Han among them, no punctuation, bracket, quote or space. */
const STANDALONE_TITLE = /^(?=.*\p{Script=Han})[^\s，。；：、,.;:!?！？（）()“”"《》【】—-]{4,20}$/u;

/** How many paragraphs before its （一） a part's title may stand (the part's opening paragraphs between). */
const STANDALONE_REACH = 12;

/** The shortest run of numbered paragraphs that makes them an address's in a text with parts (一、, （一）). */
const NUMBERED_PARAGRAPHS_IN_PARTS = 40;

/** A contents entry's page number after a space: `第一章 发展基础 1`. */
const PAGE_AFTER_ENTRY = /\s+\d{1,4}$/;

/** Contents entries run together on one line (`第三章巩固…地位第四章继续…建设`): a second number after the title. */
const GLUED_CONTENTS = new RegExp(`^第\\s*(?:${NUMERAL}|\\d+)\\s*[编編篇章节節][^。；;，,]{2,30}?第\\s*(?:${NUMERAL}|\\d+)\\s*[编編篇章节節]`);

function lastSibling(nodes: OutlineNode[], parent: number | null, kind: SectionKind): OutlineNode | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (parent !== null && i <= parent) break;
    if (n.parent === parent && n.kind === kind) return n;
  }
  return undefined;
}

/** Some plans number measures continuously across parts (1.–6. under 一、, 7. under 二、). */
function continuesAcrossParents(h: RawHeading, nodes: OutlineNode[]): boolean {
  const earlier = [...nodes].reverse().find((n) => n.kind === h.kind);
  return earlier !== undefined && h.ordinal === earlier.ordinal + 1;
}

/**
 * A numbered line only opens a section when it continues a sequence already open (next ordinal,
 * small skips warned), restarts a deeper list at 1, or starts a new level; and when its title is
 * short enough to be a title. Long sentences ending in ；/。 without a run-in title are list items.
 */
function fitsOutline(h: RawHeading, nodes: OutlineNode[], stack: number[]): boolean {
  // 附件1 alone on its line opens an attachment after the text's own sections (a report's 一、… before the
  // attachment's 一、…); after a cover notice with none, the attachment's outline is the text's own (dev 66)
  if (h.kind === 'appendix' && h.title === '') return nodes.some((n) => n.kind !== 'enum');
  if (h.kind === 'heading' || h.kind === 'appendix' || LAW_CONTAINERS.includes(h.kind)) return true;
  if (h.kind === 'article') {
    const last = [...nodes].reverse().find((n) => n.kind === 'article');
    // A cross-reference at the start of a sentence (第五条规定…) has no space after 条 and never matches.
    return !last || h.ordinal > last.ordinal || h.ordinal === 1;
  }
  if (nextArticleGroup(h, nodes, stack)) return true;
  const inArticle = stack.some((i) => nodes[i]!.kind === 'article');
  const kindInStack = (k: SectionKind): OutlineNode | undefined =>
    [...stack]
      .reverse()
      .map((i) => nodes[i]!)
      .find((n) => n.kind === k);
  const same = kindInStack(h.kind) ?? (inArticle && (h.kind === 'l1' || h.kind === 'l2') ? lastItem(nodes, stack) : undefined);
  // a long one is a paragraph, unless it is an item numbered 1. or 1、 that numbers on from an open section of its kind:
  // one list, whose items are all sections or none (the indicators an address's annex lists, 1. short, 2. and 3. long,
  // corpus 304; a digest's 1、…10、, dev 388). A long (二) or (2) after a short one stays a paragraph: the points of an
  // answer or the items of a plan's list of targets, each a sentence (dev 63, 144). A long 二、 that numbers on from an open 一、 is a
  // section too: the top level numbers paragraphs told in sentences, not the points of a list (a motion's 說明 一、…二、…, dev 715)
  if (!inArticle && titleLength(h.title) > MAX_TITLE) return (h.kind === 'l3' || h.kind === 'l1') && same !== undefined && h.ordinal === same.ordinal + 1;
  if (same) return h.ordinal === same.ordinal + 1 || h.ordinal === same.ordinal + 2 || h.ordinal === 1;
  if (continuesAcrossParents(h, nodes)) return true;
  // A new sequence starts at 1 (2 when the 1 was lost, with a warning); a lone 七、 is a stray line (e.g. a TOC entry).
  return h.ordinal <= 2;
}

/** The open item of the open article, below whatever its own numbered lines opened ((二) under its 1. and 2.). */
function lastItem(nodes: OutlineNode[], stack: number[]): OutlineNode | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const n = nodes[stack[i]!]!;
    if (n.kind === 'item') return n;
    if (n.kind === 'article') return undefined;
  }
  return undefined;
}

/**
 * 二、 after the articles of 一、 (一、促进高新技术企业发展 第一条 … 第四条 二、支持产业创新能力提升, dev 185): the next group of
 * articles, not an item of the last one. An item of the article that numbers on (一、…；二、…) stays an item.
 */
function nextArticleGroup(h: RawHeading, nodes: OutlineNode[], stack: number[]): boolean {
  const article = [...stack].reverse().find((i) => nodes[i]!.kind === 'article');
  if (h.kind !== 'l1' || article === undefined) return false;
  // an item written as this heading is (一、 before 二、, not （一） before 三、), or the article's first item run on with its text
  const item = lastItem(nodes, stack);
  if (item && item.ordinal === h.ordinal - 1 && item.number.endsWith('、')) return false;
  if (h.ordinal === 2 && !item && /[一1]、/.test(nodes[article]!.rest)) return false;
  const group = nodes.findLastIndex((n) => n.kind === 'l1' && n.parent === null);
  return group >= 0 && nodes[group]!.ordinal === h.ordinal - 1 && nodes.slice(group + 1).some((n) => n.kind === 'article');
}

/**
 * The page hides a title line under its own heading, so a line is a title line only if it says the
 * title (or part of it: a title printed over two lines): a line the outline took for the title that
 * says something else (a site section 通知公告, a database's 【法宝引证码】, 目录, the record's 會議過程正式紀錄
 * when the title is the address it carries) is a masthead line, shown.
 */
export function mastheads(blocks: Block[], title: string): Block[] {
  const said = title.replace(/\s/g, '');
  return blocks.map((b) => {
    if (b.type !== 'paragraph' || b.role !== 'title') return b;
    const line = b.text.replace(TITLE_LABEL, '').replace(/\s/g, '');
    return said.includes(line) || line.includes(said) ? b : { ...b, role: 'masthead' as const };
  });
}
