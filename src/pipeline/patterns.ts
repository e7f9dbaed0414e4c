// The text knowledge cleaning, parsing and metadata share: how Chinese numerals are written, what a Han
// character is, how headings are numbered, and the session a text was heard at or adopted by. clean/ (where
// a paragraph must start) and parse.ts (what the heading is) read the same table, so a numbering added here
// is known to both; clean/metadata-lines.ts and infer.ts read the same occasion lines.
import type { SectionKind } from '../schemas/report.ts';
import { chineseNumeral, toHalfWidthDigits } from './numerals.ts';
import { alternation } from './regexp.ts';
import kindData from './data/kinds.json' with { type: 'json' };

/**
 * The marks a list item opens with in place of a number: •, ·, ●, ◆, ▲, ■, ▪ (a dash too, where a rule says so). Cleaning (a bulleted
 * line starts a paragraph, the gap after its bullet is no table's) and the indicators (an item's mark before its label, an item of a
 * dated lead-in) read this one class. Regex source, one character class.
 */
export const BULLET = '[•·●◆▲■▪]';
/** Chinese numeral characters: digits and place units, no 万/亿 (multipliers of a figure). */
export const NUMERAL_CHARS = '零〇一二两兩三四五六七八九十百千';
/** A numeral of a heading or list number: 一 … 十, 百, 千, 零/〇 and 两 (第一百零五条, 二十一、). Regex source. */
export const NUMERAL = `[${NUMERAL_CHARS}]+`;
/** A digit from one to ten, the short numbers of captions and list items (（三）, 表二). Regex source. */
export const SMALL_DIGIT = '[一二三四五六七八九十]';
/** A digit of a year written digit by digit (二〇二一, 二○○四: ○ is the circle many texts print for 〇). Regex source. */
export const YEAR_DIGIT = '[〇零一二三四五六七八九○]';
/** A Han character: Unicode's Script=Han (every block of ideographs, 〇, 々); needs the `u` flag. */
export const HAN = /\p{Script=Han}/u;
/** A note's numbered marker, `[1]` or `［12］` (a glossary entry opens with it, the text cites it after a word). Regex source, one group: the number. */
export const NOTE_NUMBER = String.raw`[[［](\d{1,3})[\]］]`;
/** A note's marker where the text cites it: right after a word or a closing quote or bracket (`目标[1]`, `”[3]`, `）[4]`). Regex source; needs the `u` flag. */
export const NOTE_CITED = String.raw`(?<=[\p{Script=Han}”」』）)》])${NOTE_NUMBER}`;
/** How many brackets and quotes a text leaves open (（ “ 《 〔 【 「 『 against their closers); below 0 when it closes more. */
export const bracketDepth = (text: string): number => (text.match(/[（(“‘《〔【「『]/g)?.length ?? 0) - (text.match(/[）)”’》〕】」』]/g)?.length ?? 0);

/** Five-year plans by number: 一五 1953–1957, 二五 1958–1962, then (after 1963–1965) 三五 1966–1970 … 十四五 2021–2025. */
export function fiveYearPlan(n: number): { from: number; to: number } {
  const from = n <= 2 ? 1953 + (n - 1) * 5 : 1966 + (n - 3) * 5;
  return { from, to: from + 4 };
}

/**
 * The five-year plans by name, its number and 五 (一五 … 十五 … 十六五), and the years each covers: “十四五”时期 is 2021–2025,
 * “六五”期间 1981–1985. Every rule that reads a plan's name reads these (the indicators' spans and bases, a table's
 * “十五五”目标值 column, a plan's period in its title).
 */
export const planPeriods: Readonly<Record<string, readonly [number, number]>> = Object.fromEntries(
  Array.from({ length: 16 }, (_, i) => {
    const { from, to } = fiveYearPlan(i + 1);
    return [`${chineseNumeral(i + 1)}五`, [from, to] as const];
  }),
);

/** A five-year plan's name (planPeriods' keys: 十四五, 十五, 六五, 一五), longest first. Regex source, group-free. */
export const PLAN_NAME = `(?:${alternation(Object.keys(planPeriods))})`;

/**
 * The key of a metadata label line (`发文单位：…`, `来源URL：…`, `来源链接1：…`): two to ten Han characters,
 * a digit or `URL` after them allowed. Regex source, group-free; needs the `u` flag. Cleaning (header blocks, line joins) and
 * metadata (readLabels) read label lines with it.
 */
export const LABEL_KEY = String.raw`\p{Script=Han}{2,10}(?:\d|URL|url)?`;

/** A session's day as an occasion line prints it: `2026年2月7日`, `２０２６年  １月  １９日`, `二〇二一年一月二十日` (no 在 in it). Regex source, one group: the date. */
const SESSION_DAY = `((?:[\\d０-９]{4}|${YEAR_DIGIT}{4})\\s*年[^在，。]{2,10}日)`;
/** The session itself: …会议, …大会 (both scripts); infer.ts reads it in a headline that captions a delivery too. Regex source, group-free. */
export const SESSION = '(?:会议|大会|會議|大會)';
/** The characters a dot leader is made of (full stops, middle dots, ellipses). Regex class body. */
export const LEADER_DOTS = '.·…';
/**
 * Dot leaders, as a printed contents list runs them between an entry and its page, or a gazette's table of contents between a title and
 * its author (`…的主旨讲话 ……………… 中华人民共和国主席 习近平`, dev 379). Regex source, group-free.
 */
export const CONTENTS_LEADER = String.raw`(?:\.{4,}|…{2,}|·{4,})`;
/**
 * A line of nothing but a leader and maybe its page (`. . . . 12`, `…·…·`): a contents entry's leader broken onto a line of its own, its
 * dots spaced or mixed as a PDF's text layer may set them, which CONTENTS_LEADER's runs of one character do not cover.
 */
export const ONLY_LEADER = new RegExp(`^(?:[${LEADER_DOTS}]\\s*){4,}\\d{0,4}$`);
/**
 * A speech named by where it was given and what it is: `在2026世界人工智能大会…开幕式上的主旨讲话`, `在…座谈会上的讲话`, `在…典礼上的致辞`
 * (a title line, dev 648, or a subtitle after a dash, SPEECH_SUBTITLE; what a speech is called: data/kinds.json speeches). Regex source, group-free.
 */
export const SPEECH_TITLE = String.raw`在[^—―，。；]{2,80}?上的\p{Script=Han}{0,4}?(?:${alternation(kindData.speeches.words)})`;
/**
 * A speech's subtitle after a dash: where it was given and what it is (`——在2026世界人工智能大会…开幕式上的主旨讲话`, dev 379;
 * `——在…座谈会上的讲话`, `——在…典礼上的致辞`): the occasion, no part of a title that names the speech by its theme. Regex source, group-free.
 */
export const SPEECH_SUBTITLE = String.raw`[—―]{1,2}\s*${SPEECH_TITLE}`;
/** The dash an occasion line opens with under its title (——, ―). Regex source, group-free. */
const OCCASION_DASH = '[—―]{1,2}';
/** The occasion a text was heard at: its day, 在, the session, 上 (`2026年2月7日在某市第十六届人民代表大会第五次会议上`). Regex source, one group: the day. */
const HEARD_AT = `${SESSION_DAY}\\s*在.{2,60}?${SESSION}上`;
// The sessions that heard or adopted a text, as its opening prints them: cleaning (a byline under them is the issuer, metadata-lines.ts)
// and metadata (infer.ts: the date, the title above, the byline) read these, each built of the same day, dash and session.
/** An occasion line of its own under a title: `——2026年2月7日在某市第十六届人民代表大会第五次会议上` (a speaker may run on after it). */
export const OCCASION_LINE = new RegExp(`^${OCCASION_DASH}\\s*${HEARD_AT}`, 'u');
/**
 * An occasion at a line's start, a title maybe glued before its dash and the dash maybe another or none (`1997年政府工作报告——１９９７年３月１日在…会议上`,
 * a gov.cn scrape; `2026年1月14日在…大会…上`): group 1 the day.
 */
export const OCCASION = new RegExp(`^(?:[^—―，。]{2,30}${OCCASION_DASH})?[—―－\\-–\\s]*${HEARD_AT}`, 'u');
/** An occasion in brackets (`（2016年2月4日在乡十五届人大六次会议上）`), as a title may have it after it on its line (infer.ts occasionDate, dev 713). Regex source, one group: the day. */
export const OCCASION_BRACKET = `[（(]\\s*${HEARD_AT}\\s*[）)]`;
/** The start of an occasion line a page or PDF broke in two (`——2025年7月30日在某市第十六届人民代表大会` / `常务委员会第三十四次会议上`, dev 319). */
export const OCCASION_START = new RegExp(`^\\s*${OCCASION_DASH}\\s*${SESSION_DAY}\\s*在[^，。]{2,40}$`, 'u');
/** A report's subtitle that says the session adopted it (`——2026年2月7日上海市第十六届人民代表大会第四次会议通过`, dev 278), with its byline under it. */
export const ADOPTED_BY_SESSION = new RegExp(`^${OCCASION_DASH}\\s*${SESSION_DAY}\\s*[^，。]{2,60}?${SESSION}(?:通过|批准|通過)`, 'u');

/** One way of numbering headings, as printed at the start of a line. */
interface HeadingRule {
  kind: SectionKind;
  /** The numbering as printed, e.g. `（一）`; also the rule's name in tests. */
  example: string;
  /** The number at the start of a line, as regex source; group 1 is the numeral. */
  number: string;
  /** What follows the number in a heading (parse), as regex source. */
  after: string;
  /** Law style: the title (chapter) or body (article) follows after a space. */
  law?: boolean;
  /** Inside a paragraph too: `一是…二是…` is split out of the text (parse's enumerations). */
  inline?: boolean;
  /** What the line joiner keeps apart as a heading start when it is not `number` (false: nothing). */
  start?: string | false;
  /** A heading only where this many lines of the text at least open with it (a run: 第一案 … 第十案), not one such line alone. */
  run?: number;
}

const LAW = `第\\s*(${NUMERAL}|\\d+)\\s*`;

/**
 * An enumerator of a run-in list, 一是, 二是 … 十一是 (group 1 the numeral): not 一是否 (whether), 一是的. Regex source. Parse splits a
 * paragraph's items at it (headingRules' enum), and the indicators take it off a label's start (indicators/rules.ts enumeratorOpening).
 */
export const ENUMERATOR = `(${NUMERAL})是(?![否的])`;

/** The heading numberings, most specific first (law style, appendices, GB/T 9704 levels, enumerations). */
export const headingRules: readonly HeadingRule[] = [
  // 编 of a code, 篇 of a plan (第一篇 指导思想); a plan may run its title on without a space (第一章经济…)
  { kind: 'part', example: '第一编', number: `${LAW}[编編篇]`, after: '(?:\\s+|$)?', law: true },
  { kind: 'chapter', example: '第一章', number: `${LAW}章`, after: '(?:\\s+|$)?', law: true },
  { kind: 'division', example: '第一节', number: `${LAW}[节節]`, after: '(?:\\s+|$)?', law: true },
  // a sitting's motions (第一案： over each motion's text and its 說明 一、二、, a council's or the Legislative Yuan's record, dev 715):
  // one level above 一、, headings only in a run of them (a 第一案 alone may be a case a sentence names)
  { kind: 'part', example: '第一案', number: `${LAW}案`, after: '(?:\\s+|$)?', law: true, run: 2 },
  // a 款 (paragraph of an article) is no section, but it starts a line of its own
  // 第九条【特别贡献奖】: a bracketed title may follow the number without a space (dev 197)
  { kind: 'article', example: '第一条', number: `${LAW}[条條]`, after: '(?:\\s+|$|(?=【))', law: true, start: `第\\s*(?:${NUMERAL}|\\d+)\\s*[条條款]` },
  // parse takes 附录2 竞价指引 (number, no colon); the joiner also keeps 附录： (colon, no number) apart
  {
    kind: 'appendix',
    example: '附录1：',
    number: `附\\s*[录錄件]\\s*(\\d{1,2}|${NUMERAL})`,
    after: '\\s*[：:、.．]?\\s*',
    start: `附\\s*[录錄件]\\s*(?:\\d{1,2}|${NUMERAL})?\\s*[：:、.．]`,
  },
  { kind: 'l1', example: '一、', number: `(${NUMERAL})\\s*[、]`, after: '\\s*' },
  { kind: 'l2', example: '（一）', number: `[（(]\\s*(${NUMERAL})\\s*[）)]`, after: '\\s*' },
  // not a decimal or a percentage (3.2%至…, 0.3%。); ﹒ (U+FE52, small full stop) in a pkulaw export (corpus 119); after 、 a figure
  // may open the item (１、6,001人／平方公里以上, dev 691), not a range printed as its ends (1、2%) nor a list (3、4、5月)
  { kind: 'l3', example: '1.', number: '(\\d{1,3})\\s*(?:[.．﹒](?![\\d%％])|、(?![\\d.]*[%％、]))', after: '\\s*' },
  { kind: 'l4', example: '（1）', number: '[（(]\\s*(\\d{1,3})\\s*[）)]', after: '\\s*' },
  { kind: 'l5', example: '①', number: '([\\u2460-\\u2473])', after: '\\s*' },
  { kind: 'enum', example: '一是', number: ENUMERATOR, after: '', inline: true },
  // Beijing-style 第一，…第二，… runs inside sentences: no paragraph break for it
  { kind: 'enum', example: '第一，', number: `第(${NUMERAL})[，,、]`, after: '', inline: true, start: false },
];

/** Whole-line heading rules as parse reads them: `^number after`. */
export const lineHeadingRules = headingRules.filter((r) => !r.inline).map((rule) => ({ ...rule, pattern: new RegExp(`^${rule.number}${rule.after}`) }));

/** The inline enumeration rules (`一是`, `第一，`), in the order of their groups in `enumerationMarker`. */
export const enumerationRules = headingRules.filter((r) => r.inline);

/** The numbers of the inline enumeration rules, one alternative each (regex source): enumerationMarker, ENUMERATION_START. */
const ENUMERATION = enumerationRules.map((r) => r.number).join('|');

/** An enumeration marker at the start of a text or after a sentence; group i + 1 is the numeral of `enumerationRules[i]`. */
export const enumerationMarker = new RegExp(`(?:^|(?<=[。；;！？!?：:]))\\s*(?:${ENUMERATION})`, 'g');

const HEADING_START = new RegExp(`^(?:${headingRules.flatMap((r) => (r.start === false ? [] : [r.start ?? r.number])).join('|')})`);

/** True when a line begins with a heading number (`（一）`, `1.`, `第一条`, `一、`, `一是`): the joiner never glues it onto the line above. */
export function startsHeading(text: string): boolean {
  return HEADING_START.test(toHalfWidthDigits(text));
}

/** A wide gap inside a line: two ideographic spaces (maybe with spaces around), or three spaces and more. A PDF extraction
 * keeps a run-in heading apart from its text by it (第二章\u3000经济增长率和经济效益\u3000\u3000（一）工农业总产值\u3000\u30001990年…, corpus 181). */
export const WIDE_GAP = String.raw`(?:[ \t]*\u3000[ \t]*){2,}|[ \t]{3,}`;

/** A run-in enumeration's item at a line's start (`一是…`, `第一，…`): startsTitledHeading. */
const ENUMERATION_START = new RegExp(`^\\s*(?:${ENUMERATION})`);

/** A heading with a title of its own (`（一）加强…，推进…`), not a run-in enumeration (`一是…，二是…` is prose, corpus 65). */
export const startsTitledHeading = (text: string): boolean => startsHeading(text) && !ENUMERATION_START.test(text);

/** A speech's salutation, a short line that ends in a colon and addresses the audience (各位代表：, 同志们：; parse.ts role salutation, infer.ts inferKind). */
export const isSalutation = (t: string): boolean => /[:：]$/u.test(t) && t.length <= 40 && /各位|代表|委员|委員|同志|主任|主席/u.test(t);

/** The verbs by which a title transmits a document, those that do so only when they name it in 《》 too (data/kinds.json transmits, transmits_named: 下发). */
export const TRANSMITTING_VERBS: readonly string[] = [...kindData.transmits.words, ...kindData.transmits_named.words];

/** A cover notice that transmits a document (data/kinds.json transmits, transmits_named): `关于印发《X》的通知`, `某局印发《X》的通知` (the text is X, with its cover). */
export const TRANSMITS = new RegExp(`(?:关于|關於)?(?:${alternation(TRANSMITTING_VERBS)})《([^《》]+)》的通知`);
