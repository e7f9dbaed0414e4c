// infer: sidecar metadata + front matter + what the text says → complete report metadata.
// Precedence, per field: the sidecar (`<name>.meta.yml`) always wins, then the text's front matter,
// then what the text itself shows (labels like 发文字号：, a regulation's history, a dateline or
// signature, the title, the place names).
import type { DocumentKind, DocumentStatus, Period, SourceMeta } from '../schemas/meta.ts';
import {
  frontMatterKeys,
  issuerValue,
  keyOf,
  postedDateKeys,
  statusWords,
  stripBookTitleMarks,
  titledKeys,
  titleValue,
  withoutCarriedNote,
  type FrontMatterMeta,
} from './front-matter.ts';
import {
  DATE_IN_TEXT,
  DATED_END,
  DATELINE,
  DATELINE_BODY,
  DATELINE_HEAD,
  datesIn,
  DAY_OPENS_TERM,
  datesSeveralDays,
  FULL_DATE,
  isDateLine,
  isoDate,
  notedDate,
  parseDate,
  POSTED_DAY,
  POSTED_LINE,
  POSTED_STAMP,
  TIME_OF_DAY,
  REPORTER_BRACKET,
  rocFiscalYear,
  sittingDate,
  yearOf,
  yearsOfOurs,
} from './dates.ts';
import { historyAfterTitle, isHistoryLine, type History } from './history.ts';
import { isTaiwan } from './references.ts';
import { countyInside, findMentions, findPlace, findPlaceIn, inferBodyPlace, inferPlace, namedFirst, ownCounty, regionActedOn, within, withParent } from './places.ts';
import {
  addressOf,
  openingBudget,
  authorBody,
  behalfOf,
  originalPoster,
  centralAuthority,
  courtHeading,
  coverSpeaker,
  isOrgan,
  isSite,
  numberIssuer,
  holdsCiting,
  ledeBody,
  releaseLede,
  ownNews,
  releaseBody,
  committeeOf,
  creditedBody,
  organOfCategory,
  organOfReprint,
  qualifyOrgan,
  RELEASE_COUNT,
  RELEASE_VERB,
  selfGovernment,
  signsAs,
  sourceBody,
  speakerBody,
  splitIssuers,
  titleIssuers,
  isSittingRecord,
} from './organs.ts';
import organData from './data/organs.json' with { type: 'json' };
import type { Place } from '../schemas/place.ts';
import kindData from './data/kinds.json' with { type: 'json' };
import exportData from './data/json-export.json' with { type: 'json' };
import frontMatterData from './data/front-matter.json' with { type: 'json' };
import { alternation, escapeRegExp as escape } from './regexp.ts';
import { parseNumeral, toHalfWidthDigits } from './numerals.ts';
import { estimateMarker, reviewSection, targetMarker } from './indicators/rules.ts';
import {
  ADOPTED_BY_SESSION,
  bracketDepth,
  fiveYearPlan,
  LABEL_KEY,
  OCCASION,
  OCCASION_BRACKET,
  OCCASION_LINE,
  OCCASION_START,
  PLAN_NAME,
  SESSION,
  SPEECH_TITLE,
  startsHeading,
  TRANSMITS,
  TRANSMITTING_VERBS,
  isSalutation,
  lineHeadingRules,
} from './patterns.ts';

/**
 * Does the title name a review of its own year (工作总结: data/kinds.json own_year_reviews), not a report given the next year?
 * A body's final accounts (部门决算, 单位决算: data/kinds.json final_accounts) accounts for the year its title names too.
 */
export const reviewsOwnYear = (title: string): boolean => [...kindData.own_year_reviews.words, ...kindData.final_accounts.words].some((w) => title.includes(w));

/**
 * Does the title name a body's budget for a year (…2018年部门预算情况说明, …2017年部门预算公开: data/kinds.json budgets, at its end)?
 * Its figures are that year's planned amounts, targets (dev 477, 714); not a report on a budget's execution, nor a notice approving one.
 */
export const budgetsOwnYear = (title: string): boolean => kindData.budgets.words.some((w) => title.trim().endsWith(w));

/** A trial note in brackets at the end of a name (`（试行）`, data/kinds.json trial_notes), after the word a row's `ends` reads. */
const TRIAL_NOTE = `(?:\\s*[（(](?:${kindData.trial_notes.words.map(escape).join('|')})[）)])?`;

/** A row's pattern with each `{name}` in it as the words of the list `name` of data/kinds.json (speeches, transmits), longest first. */
const withLists = (pattern: string): string =>
  pattern.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    const words = (kindData as unknown as Record<string, { words?: string[] }>)[name]?.words;
    if (!words) throw new Error(`data/kinds.json: a pattern names the list {${name}}, which the file has not (a list is { "about": …, "words": […] })`);
    return `(?:${alternation(words)})`;
  });

/** The kind table (data/kinds.json): the first row whose words occur in the title or the head wins. */
// (the row marked daily_title reads data/kinds.json daily_title as one of its patterns, the pattern dailyDate dates a daily by;
// the row marked final_accounts reads data/kinds.json final_accounts as its words, the row marked budgets its budgets as its ends)
const kindRows = (
  kindData.kinds as {
    kind: DocumentKind;
    where: 'title' | 'heading' | 'head' | 'self';
    daily_title?: boolean;
    final_accounts?: boolean;
    budgets?: boolean;
    words: string[];
    ends?: string[];
    patterns?: string[];
  }[]
).map((r) => ({
  ...r,
  pattern: new RegExp(
    [
      ...[...r.words, ...(r.final_accounts ? kindData.final_accounts.words : [])].map(escape),
      ...[...(r.ends ?? []), ...(r.budgets ? kindData.budgets.words : [])].map((e) => `${escape(e)}${TRIAL_NOTE}$`),
      ...(r.patterns ?? []).map(withLists),
      ...(r.daily_title ? [kindData.daily_title.pattern] : []),
    ].join('|'),
  ),
}));

/** What a text calls itself (本措施, 本规划, 本办法: the regulation row's words and effect_words of data/kinds.json), longest first. */
const SELF_WORDS = alternation(new Set([...kindData.kinds.find((k) => k.kind === 'regulation')!.words, ...kindData.effect_words.words]));
/**
 * The clause that makes a text (制定本措施, 编制本规划), says what it follows (本规划依据《…》编制), its effect clause (本办法自…起施行) or
 * its term (本规划期为2021—2025年, 本規劃基準年為2020年: a PDF plan that opens with 前言): the name it gives itself.
 */
const SELF_NAME = new RegExp(`(?:制定|制订|製定|製訂|编制|編制|編製|出台)本(${SELF_WORDS})|本(${SELF_WORDS})(?:自|有效期|依据|根据|依照|按照|(?:期限?|基准年|基準年|基期)[为為])`);

/** The name a text without a title line gives itself (`本措施`), read as its title by the kind table. */
export function selfName(text: string): string | undefined {
  const m = SELF_NAME.exec(text);
  return m ? `本${m[1] ?? m[2]}` : undefined;
}

/** A circular's formula, 现将…通报如下 (data/kinds.json circular_formulas). */
const CIRCULAR_FORMULA = new RegExp(kindData.circular_formulas.patterns.join('|'), 'u');

/** What only a reporter writes of what he found out: 据悉，…, 记者获悉, 告诉记者 (data/kinds.json reporting_cues). */
const REPORTING_CUE = new RegExp(kindData.reporting_cues.patterns.join('|'), 'u');
/** A turn of a transcript or a Q&A, its speaker and a colon opening the line (问：, 某台记者：): no reporter's cue in it (data/kinds.json reporting_cues turn). */
const TURN = new RegExp(kindData.reporting_cues.turn, 'u');

/**
 * A press release's lede: a body (no comma before it), then today, `今（14）日` or `今日`, or a newspaper's yesterday, `昨日`
 * (`立法會昨日繼續…二讀辯論`, dev 415), then what it did; or a news report's, the
 * weekday with its day in brackets (`全國人大在周四（28日）通過…`, a Hong Kong report, dev 347).
 */
const PRESS_LEDE = /^[^，,。：:\s]{2,24}?(?:[今昨](?:[（(]\d{1,2}[）)])?日(?!的)|在?(?:周|週|星期)[一二三四五六日天][（(]\d{1,2}日[）)])/u;

/**
 * A lede that dates what was done today with the day in brackets, in its first sentence, also after an opening clause or a medium's
 * credit (`…，賴清德總統今（5）日發表錄影談話`, `为…，今天（10月24日），我市部分区县市…发布公告`, `央视网消息（新闻联播）：…今天（3月5日）开启`,
 * dev 790, 792, 640): a reporter's convention; a speech's `今天，我们…` names no day. A colon only after a medium's credit (…消息, its
 * programme in brackets): after an address (`同志们：`, `全市广大市民朋友们：`), a question or a host (`问：`, `主持人：`) it is a speaker's today.
 */
const TODAY_LEDE =
  /^(?:[^，,。：:\s]{1,12}消息(?:[（(][^（）()]{1,12}[）)])?[：:])?[^。！？：:]*?(?:(?:今天|今日)[（(](?:\d{1,2}\s*月\s*)?\d{1,2}\s*日[）)]|今[（(]\d{1,2}[）)]日(?!的))/u;

/**
 * A news report's lede that names the medium's flash (新京报快讯) or cites another's news (据北京统计局消息，…): a medium reports
 * what a body released (dev 309).
 */
const CITED_LEDE = /^(?:[^，,。：:\s]{1,10}快讯(?:\s|[：:，,])|(?:[^，,。：:\s]{1,10}快讯\s*)?据[^，,。：:\s]{2,20}?消息[，,])/u;

/**
 * A paper's reporters credited by name: in brackets opening with 记者 (dates.ts REPORTER_BRACKET: `（记者 李万祥）` at a paragraph's end, `（记者 吴姗 方圆钱一彬）`,
 * dev 649, 329) or on a byline (`郭华平 黄晓平 本报记者 鄢朝晖`, dev 327): a medium's report. Not 记者： before a question (a transcript).
 */
const REPORTER_CREDIT = new RegExp(String.raw`${REPORTER_BRACKET}|(?:^|\s)(?:本报|本報)(?:记者|記者)\s*\p{Script=Han}{2,4}(?:\s|$)`, 'u');

/** The part of the day a lede may name after the day (`8月8日下午`, `30日上午`): DAY_LEDE and NAMED_DAY_LEDE. */
const PART_OF_DAY = '(?:上午|下午|晚上|晚间|晚|早上|中午|凌晨)?';
/** A day followed by 前 or 起 is a deadline or a start, no day of what was done: DAY_LEDE and NAMED_DAY_LEDE. */
const NOT_DEADLINE = '(?![之以]?前|起)';
/** What a body did on the day a lede names (data/kinds.json lede_events). */
const LEDE_EVENTS = kindData.lede_events.words.join('|');
/** A day of a lede, maybe its year before it and the part of the day after it (`8月8日下午`, `2024年5月24日上午`): DAY_LEDE. */
const DAY = String.raw`(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日${PART_OF_DAY}`;
/** The words that set a day or an event ahead (data/kinds.json lede_ahead): no lede after them. */
const LEDE_AHEAD = kindData.lede_ahead.words.join('|');
/**
 * A news report's lede: the day, maybe its year and the part of the day, then a comma, and before the first full stop a word of what
 * a body did (data/kinds.json lede_events: 8月8日下午，某公司召开…学习会议; 11月23日下午，…一行…进行专题调研, dev 381, 382). The day
 * is a reporter's recent one too (近日, 日前: 近日，…讲座在…举行), and it may follow the clause of purpose a report opens with
 * (为普及…，日前，…决赛在…举行), or the body that acted and 于 (…，某社区于5月24日上午…开展了…活动): dev 826, 828, 870, 916, 918. An event
 * named in a clause that qualifies a noun (…司長於2020年6月10日舉行的記者會上, 舉行之, a statement's paragraph citing it, dev 446) is none
 * reported, nor a day 于 sets ahead, a notice's schedule or deadline (决定于5月1日至…开展, 将于5月18日起…参观, 应于6月30日前…: data/kinds.json
 * lede_ahead, review38a), nor an event a word of that list sets ahead (近日，各地要开展…; 日前，我市将开展…). The dated day may also open a
 * later sentence of the paragraph, after the scene or background a report opens with (…成立京港大学联盟。11月28日下午，…论坛在香港举办;
 * …雕塑......6月6日，…推介会隆重举办: dev 899, 906, 979); not a recent day there (…高度重视。近日，中共中央 国务院印发《…》, an
 * interpretation's background, dev 275), nor a document's issue there, dated or not (…高度重视。12月19日，中共中央 国务院印发《…》: the
 * same background, a verb of data/kinds.json transmits or transmits_named before the name, review40g).
 */
const DAY_LEDE = new RegExp(
  String.raw`^(?:[^\n]{0,300}?(?:[。！？]|…+|\.{3,})\s*(?:[^。！？\n]{0,100}?[，,])?${DAY}\s*[，,](?![^。！？\n]*?(?:${alternation(TRANSMITTING_VERBS)})\s*[《「])|(?:[^。！？\n]{0,100}?[，,])?(?:(?:${DAY}|近日|日前)\s*[，,]|[^。！？，,\n]{2,30}?(?<!${LEDE_AHEAD})[于於]\s*${DAY}${NOT_DEADLINE}))[^。！？]*?(?<!${LEDE_AHEAD})(?:${LEDE_EVENTS})(?![的之])`,
  'u',
);

/**
 * A news report's lede that names who acted, then the day, its month before it or not, maybe the part of the day and the place,
 * and a word of what a body did (data/kinds.json lede_events), no comma between them: `李克强25日考察成都菁蓉创客小镇`, `习近平30日上午在上海出席…座谈会`, a
 * reporter's convention (dev 947, 165, 296, 447: no year before the day; dev 152 has it after a dateline, news by DATELINE_HEAD).
 * Not a line that opens with a figure (`2024年…`), nor a day with a year before it, in figures or in words, a history's, a review's
 * or a rule's (`党中央1978年12月18日召开…`, `今年3月5日召开…`, `我市今年3月5日召开…`, `本会每年3月15日举行年会`, review41a; 每月 neither), nor a day something
 * starts or is due by (`…5月1日起`, `6月30日前`), nor one the words before it set ahead (data/kinds.json lede_ahead: `市政府定5月1日召开…`, with
 * 于 too, a notice's `定于5月10日召开…`, `将于5月18日开幕`, `應於6月30日舉辦`, review41a), nor an event named in a clause that qualifies a noun
 * (`…日召开的会议`).
 */
const NAMED_DAY_LEDE = new RegExp(
  String.raw`^(?![\d０-９])[^，,。：:！？；;\s（）()“”《》]{2,30}?(?<!(?:${LEDE_AHEAD})[于於]?)(?<![\d０-９月年]\s*)(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日${PART_OF_DAY}${NOT_DEADLINE}(?:[在到赴][^，,。：:！？\s]{1,20}?)?(?:${LEDE_EVENTS})(?![的之])`,
  'u',
);

/** The news row of the kind table, read on the title: what a news report's headline says (召开会议, 举行, 发布《…》). */
const NEWS_HEADLINE = kindRows.find((r) => r.kind === 'news' && r.where === 'title')!.pattern;
/**
 * The opening text without the lines that are news headlines (NEWS_HEADLINE, a list item's number before it and its semicolon
 * after it or not): a document a news item's headline names (`1.中共中央政治局召开会议 讨论政府工作报告 …主持会议；`, the rundown of a
 * programme's transcript, dev 353) is the item's, and names no kind of the text.
 */
function withoutHeadlines(opening: string): string {
  return opening
    .split('\n')
    .filter(
      (l) =>
        !NEWS_HEADLINE.test(
          l
            .trim()
            .replace(/^\d{1,2}[.．、]\s*/u, '')
            .replace(/[；;。]$/u, ''),
        ),
    )
    .join('\n');
}

/** Guesses the kind of document from its title, subtitle and opening text (the table data/kinds.json). */
const RECEIVED = new RegExp(`(?<=\\p{Script=Han})(?:${alternation(kindData.received.words)})[^，。；：,;:]*$`, 'u');

/** A document a title names in 《》 or 「」, not one it transmits (data/kinds.json transmits, transmits_named) or announces (出台, 公布): inferKind reads the title without it. */
const NAMED_DOCUMENT = new RegExp(
  `(?<=.)(?<!(?:${alternation([...TRANSMITTING_VERBS, '出台', '出臺', '公布', '公佈'])})\\s*)《[^《》]*》|^《[^《》]*》(?=.)|(?<=.)「[^「」]*」`,
  'gu',
);

/** A link into a site's news section (data/kinds.json news_pages: /NEWS/, News_Content.aspx). */
const NEWS_PAGE = new RegExp(kindData.news_pages.patterns.join('|'), 'iu');

export function inferKind(title: string, text: string, subtitle = '', headers: readonly string[] = [], url?: string): DocumentKind {
  // a title names other documents in 《》: 关于执行《工伤保险条例》若干问题的意见 is no regulation (dev 114);
  // not one it transmits, which it is (关于印发《“十四五”数字经济发展规划》的通知: a plan, see kinds.json), a space
  // between the verb and the name or not (中共中央 国务院印发 《关于…的意见》, a news headline, corpus 153; 天津出台《…的通知》, dev 543)
  // a Traditional title names them in 「」 (行政院會通過「再生能源發展條例」部分條文修正草案: a press release, no regulation)
  // a headline's exclamation mark at its end (`…推介会在武汉举行！`, dev 348) is no part of the words it ends in
  // a headline that says a body received a document (衛生局接獲1宗…報告, dev 481) names no kind of its own by it (kinds.json received)
  const own = title
    .replace(NAMED_DOCUMENT, '')
    .replace(/(?<=\p{Script=Han})\s*[！!]+$/u, '')
    // (not a document's own title, 关于收到…的公告)
    .replace(/^(?:关于|關於)/u.test(title.trim()) ? /(?!)/u : RECEIVED, '');
  // the running page header the cleaning took out belongs to the head (立法會 ─ 2005 年 10 月 12 日: an excerpt of a record)
  // a text without a title line: the name it gives itself stands for the title, and its whole text is read where self (dev 123, 124)
  const untitled = own.trim() === '';
  const self = untitled ? (selfName(text) ?? '') : '';
  const where = {
    title: untitled ? self : own,
    heading: `${own}\n${subtitle}`,
    head: `${own}\n${headers[0] ?? ''}\n${withoutHeadlines(text.slice(0, 400))}`,
    self: untitled ? `${self}\n${text}` : '',
  };
  const row = kindRows.find((r) => r.pattern.test(where[r.where]))?.kind;
  if (row) return row;
  const lines = text.split('\n').map((l) => l.trim());
  const opening = lines.slice(0, 40);
  // a circular whose headline names no kind (a post's headline over it): its formula 现将…通报如下 (data/kinds.json circular_formulas, dev 422)
  if (opening.some((l) => CIRCULAR_FORMULA.test(l))) return 'notice';
  // a news agency's release (新华社北京4月29日电 中共中央政治局…, corpus 221): its dateline opens a paragraph of the opening text,
  // and its headline is no document's title (习近平：着力提高…); a document it carries in full (…的意见, corpus 223) keeps its kind
  // or a press release whose lede reports what a body did today (行政院會今（14）日通過…, 財政局今日公佈…: a Taiwan ministry's
  // 新聞稿, a Macau government's release); not a speech (今天，我们召开…)
  // or one whose first sentence dates today in brackets past an opening clause (TODAY_LEDE: 为…，今天（10月24日），…, dev 790, 792, 640)
  // or a report whose lede opens with the day of what a body did (DAY_LEDE: 8月8日下午，某公司召开…会议, dev 382)
  // or one whose lede names who acted, then the day and what he did, no comma (NAMED_DAY_LEDE: 李克强25日考察…, dev 947)
  // or one whose lede names a medium's flash or cites another's news (CITED_LEDE: 新京报快讯 据北京统计局消息，…, dev 309)
  // or one that credits the paper's reporters by name (REPORTER_CREDIT: （记者 李万祥）, 本报记者 鄢朝晖, dev 649, 327, 329)
  // or a body's own release, its lede opening with the body and the day it acted or its tag (organs.ts releaseLede: dev 811, 752)
  const release =
    !TITLE_END.test(own.trim()) &&
    (opening.some(
      (l) => DATELINE_HEAD.test(l) || PRESS_LEDE.test(l) || TODAY_LEDE.test(l) || DAY_LEDE.test(l) || NAMED_DAY_LEDE.test(l) || CITED_LEDE.test(l) || REPORTER_CREDIT.test(l),
    ) ||
      releaseLede(
        opening.filter((l) => l !== ''),
        title,
      ) !== undefined ||
      // or one that tells what a reporter found out (REPORTING_CUE: 据悉，…, 记者从某局获悉, 告诉记者), anywhere in its text (dev 903, 925, 949),
      // not in a turn of a transcript or a Q&A (问：…。据了解，…请问…？: the speaker's, review40g), nor in a speech, its opening
      // holding a salutation (同志们：, 各位代表：, patterns.ts isSalutation: the speaker's 据了解，…, review40g)
      (!opening.some(isSalutation) && lines.some((l) => REPORTING_CUE.test(l) && !TURN.test(l))) ||
      // or a page of a site's news section, by its link (data/kinds.json news_pages: dev 807, 808, 787, 788), not a notice the section
      // posts that closes with its formula (特此公告: data/organs.json closings, review36c)
      (url !== undefined && NEWS_PAGE.test(url) && !lines.some((l) => CLOSING.test(l))));
  return release ? 'news' : (structureKind(own, text, lines) ?? 'other');
}

/** The kinds a text's structure may give it, each with its heading words (data/kinds.json structure). */
const STRUCTURE_KINDS = kindData.structure.kinds as { kind: DocumentKind; words: string[] }[];
/** A title word that names a document the kind table leaves other (意见, 决定, 讲话: data/kinds.json structure named). */
const NAMED_OTHER = new RegExp(alternation(kindData.structure.named));
/** A formula by which a text names itself a document the kind table leaves other (提出如下意见, 作出如下决定: data/kinds.json structure named_formulas). */
const NAMED_FORMULA = new RegExp(kindData.structure.named_formulas.join('|'), 'u');
/** A verb of what a heading says to do to a kind's word (优化空间布局, 夯实发展基础: data/kinds.json structure task_verbs), before the word. */
const TASK_VERB = alternation(kindData.structure.task_verbs.words);
/** Does a heading title hold a kind's word, not as the object of a task verb before it (着力优化空间布局 holds no 空间布局)? */
const holdsWord = (title: string, word: string): boolean => title.includes(word) && !(TASKED.get(word)?.test(title) ?? false);
/** The words a task acts on (data/kinds.json structure task_verbs objects: 发展基础, 空间布局) after a task verb, built once. */
const TASKED = new Map(kindData.structure.task_verbs.objects.map((w) => [w, new RegExp(`(?:${TASK_VERB})[^、，,和与與及]{0,8}?${escape(w)}`, 'u')]));
/** A plan's chapter or box (第三章, 专栏1: data/kinds.json structure chapter_signs), one word more of a plan. */
const CHAPTER_SIGN = new RegExp(kindData.structure.chapter_signs.join('|'), 'u');
/** The numberings whose headings name a text's parts: 第一篇, 第一章, 一、, （一）. */
const PART_HEADINGS = lineHeadingRules.filter((r) => ['part', 'chapter', 'l1', 'l2'].includes(r.kind) && r.run === undefined);

/** The titles of a text's numbered headings (一、总体要求, （二）保障措施。…: the words before the first stop or colon). */
export function headingTitles(text: string | readonly string[]): string[] {
  return (typeof text === 'string' ? text.split('\n') : text).flatMap((line) => {
    const l = toHalfWidthDigits(line.trim());
    // the first numbering that reads the line, the others not tried, each run once
    let m: RegExpExecArray | null = null;
    for (const r of PART_HEADINGS) if ((m = r.pattern.exec(l))) break;
    return m
      ? [
          l
            .slice(m[0].length)
            .split(/[。；;：:，,！？]/u)[0]!
            .trim(),
        ]
      : [];
  });
}

/**
 * The kind of a text the kind table leaves other, from its own structure (data/kinds.json structure): when its title names no
 * document (a body without a title line, a title read wrong, a report titled by its subject), the name it gives itself (本方案 →
 * work-plan), else the words of its numbered headings (工作目标, 重点任务, 保障措施, 总体目标 → work-plan; 发展基础, 指导思想,
 * 规划目标 and its chapters → plan; 基本情况, 执行情况, 存在问题, 下一步 → report): at least `min` headings of one kind, more than of any other.
 */
export function structureKind(title: string, text: string, lines: readonly string[] = text.split('\n')): DocumentKind | undefined {
  if (NAMED_OTHER.test(title) || NAMED_FORMULA.test(text)) return undefined;
  // the name it gives itself, read as an untitled text's is (本方案, 本要点 → work-plan; 本规划 → plan); one of another kind or none
  // the table reads (本办法, 本意见) keeps it other
  const self = selfName(text);
  const named =
    self === undefined ? undefined : kindRows.find((r) => (r.where === 'title' ? r.pattern.test(self) : r.where === 'self' && r.pattern.test(`${self}\n${text}`)))?.kind;
  if (self !== undefined) return named !== undefined && STRUCTURE_KINDS.some((k) => k.kind === named) ? named : undefined;
  // the text's lines, split once by inferKind
  const titles = [...new Set(headingTitles(lines))];
  const chapters = lines.some((l) => CHAPTER_SIGN.test(l.trim())) ? 1 : 0;
  // the headings that hold a word of the kind, each heading once (指导思想、基本原则和规划目标 is one)
  const counts = STRUCTURE_KINDS.map((k) => ({
    kind: k.kind,
    n: titles.filter((t) => k.words.some((w) => holdsWord(t, w))).length + (k.kind === 'plan' ? chapters : 0),
  })).sort((a, b) => b.n - a.n);
  const [best, next] = counts;
  return best && best.n >= kindData.structure.min && best.n > (next?.n ?? 0) ? best.kind : undefined;
}

/** A year of the calendar, and what separates the years of a span (2021—2025, 2021至2025, a horizontal bar: 1958―1962, dev 240). */
const YEAR = String.raw`(?:19|20)\d{2}`;
const SPAN = String.raw`\s*(?:[-—–―~～至到]|－)\s*`;
/** A span of years: `2021—2025年`, `2021年至2025年` (its first and last years captured). */
const YEAR_RANGE = new RegExp(`(${YEAR})\\s*年?${SPAN}(${YEAR})\\s*年?`);
/** A span in brackets alone on its line (`（2021—2025年）` under a plan's title line). */
const SPAN_LINE = new RegExp(`^[（(]\\s*${YEAR}\\s*年?${SPAN}${YEAR}\\s*年?\\s*[）)]$`, 'u');
/** A span in brackets inside a name (`第十一个五年（2006—2010 年）规划纲要`). */
const BRACKETED_SPAN = new RegExp(`[（(]\\s*${YEAR}${SPAN}${YEAR}\\s*年?\\s*[）)](?=.)`, 'u');

/**
 * The years a plan covers: `（2021—2025年）`, `2021-2025年`, `2021年至2025年`, or a five-year plan
 * `“十四五”`; the title first, then the opening text.
 */
export function inferPeriod(title: string, text: string): Period | undefined {
  for (const t of [title, text.slice(0, 400)]) {
    const range = spanIn(t);
    if (range) return range;
    const plan = FIVE_YEAR_PLAN.exec(t);
    const n = plan ? planNumber(plan) : Number.NaN;
    if (n >= 1 && n <= 30) return fiveYearPlan(n);
  }
  return undefined;
}

/**
 * A five-year plan by its number, `第十四个五年` (group 1), or by its name (patterns.ts PLAN_NAME: `“十四五”`, `十四五规划`,
 * `十四五时期`; group 2), not a fifteen or a five that ends a number (二十五”).
 */
const FIVE_YEAR_PLAN = new RegExp(`第([一二三四五六七八九十]{1,3})个五年|(?<![〇零一二三四五六七八九十百千两第\\d])(${PLAN_NAME})(?:[”"」’]|规划|規劃|时期|時期|期间|期間)`);
/** The number of the plan FIVE_YEAR_PLAN found: 第十四个五年 and 十四五 → 14. */
const planNumber = (m: RegExpExecArray | RegExpMatchArray): number => parseNumeral(m[1] ?? m[2]!.slice(0, -1));

/** The first span of years in a text (`2021—2025年`), when it is one a plan could cover (at most 30 years). */
function spanIn(text: string): Period | undefined {
  const range = YEAR_RANGE.exec(text);
  return range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) <= 30 ? { from: Number(range[1]), to: Number(range[2]) } : undefined;
}

/**
 * The years a plan without a title line covers (chapters cut from its middle, dev 237): a span in its opening text, else the
 * five-year plan its body names most, the later of two named as often (a plan speaks of its own period more than of the one it
 * looks back on or the next it looks ahead to: 第二个五年计划 44 times, 第一个 23, 第三个 once in dev 240).
 */
export function untitledPlanPeriod(text: string): Period | undefined {
  const range = spanIn(text.slice(0, 400));
  if (range) return range;
  const counts = new Map<number, number>();
  for (const m of text.matchAll(new RegExp(FIVE_YEAR_PLAN.source, 'g'))) {
    const n = planNumber(m);
    if (n >= 1 && n <= 30) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const [most] = [...counts].sort(([a, x], [b, y]) => y - x || b - a);
  return most ? fiveYearPlan(most[0]) : undefined;
}

/** A span in brackets after a work plan's name: `行动计划（2021-2023年）`, `行动方案（2025—2027年）`. */
const WORK_PLAN_SPAN = new RegExp(`[（(]\\s*(${YEAR})${SPAN}(${YEAR})\\s*年?\\s*[）)]`, 'u');

/**
 * The years a work plan covers, when its title names them in brackets (`安徽省工业互联网创新发展行动计划（2021-2023年）`):
 * its targets are of the last of them. Not a span said otherwise (`关于下达…2023-2024年度…资金计划的通知` pays out for
 * years gone by).
 */
export function workPlanSpan(title: string): Period | undefined {
  const m = WORK_PLAN_SPAN.exec(title);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return to > from && to - from <= 10 ? { from, to } : undefined;
}

/** The term a work plan's text states: `试点时间为2025年1月1日至2026年12月31日`, `实施期限为2024—2026年`. */
const WORK_PLAN_TERM = new RegExp(`(?:试点|试行|实施|執行|执行|實施)(?:时间|時間|期限|时限|時限)(?:为|為|是|：|:)\\s*(${YEAR})\\s*年?[^。；，,]{0,10}?${SPAN}(${YEAR})\\s*年`, 'u');

/**
 * The years a work plan covers when its title names none but its text states its term (试点时间为2025年1月1日至2026年12月31日:
 * a pilot plan signed in 2024 of 2025 and 2026, dev 408). A deadline (2025年底前) or a validity (有效期至…) is no term.
 */
export function workPlanTerm(text: string): Period | undefined {
  const m = WORK_PLAN_TERM.exec(text);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return to >= from && to - from <= 10 ? { from, to } : undefined;
}

/**
 * A year: 2021年, or the first of a span (2025—2027年: 2025). Not a year that opens a span up to now (2018年以来, 2012年至今; in the
 * Traditional script 以來, `是自2011年以來最快速的增長`, dev 248: metadata reads a text in its own script): where a count starts, not
 * the year of the text (a news report of 2021 headed 2018年以来…提起公诉, dev 677).
 */
const YEAR_IN_TITLE = new RegExp(`${YEAR}(?=\\s*年(?!以来|以來|至今)|${SPAN}${YEAR}\\s*年)`);

/**
 * A notice signed in a year after every year its title names is of the year it was signed: 关于下达
 * 2023-2024年度…资金计划的通知, signed 2025年12月9日, is a notice of 2025 about 2023 and 2024.
 */
export function signedAfterTitle(title: string, date: string | undefined): number | undefined {
  const signedIn = date ? Number(date.slice(0, 4)) : undefined;
  const years = [...title.matchAll(new RegExp(YEAR, 'g'))].map((m) => Number(m[0]));
  return signedIn !== undefined && years.length > 0 && years.every((y) => y < signedIn) ? signedIn : undefined;
}

/** A guide's section of its application round (`三、申请时间`) or a label of it (`申报时间：2018年6月13日至7月4日`). */
const ROUND_HEADING = /^[一二三四五六七八九十]{1,3}[、.．]\s*(?:申请|申报|受理|申請|申報)(?:时间|時間)$/u;
const ROUND_LABEL = /^(?:申请|申报|受理|申請|申報)(?:时间|時間)\s*[：:]\s*((?:19|20)\d{2})\s*年/u;

/**
 * The year of a guide's application round: the year its section 申请时间 (申报时间, 受理时间) opens with (`2018年集中受理申请时间为
 * 6月13日-7月4日`) or its label gives. It dates the guide before an award year its title names (`2017年度专利质押融资贴息办事指南`,
 * published for the round of 2018: dev 149, 171, 218).
 */
export function roundYear(paragraphs: readonly string[]): number | undefined {
  for (const [i, p] of paragraphs.entries()) {
    const t = p.trim();
    const labelled = ROUND_LABEL.exec(t)?.[1];
    if (labelled) return Number(labelled);
    const opens = ROUND_HEADING.test(t) ? /^((?:19|20)\d{2})\s*年/u.exec(paragraphs[i + 1]?.trim() ?? '')?.[1] : undefined;
    if (opens) return Number(opens);
  }
  return undefined;
}

/**
 * The year a work report is delivered in, when no title or date says it: the one after the year its review heading names
 * (2019年工作回顾, 一、2023年工作回顾 on a line of its own: a collection that stores the body alone, dev 312, 313), where the
 * opening text's first year is the reviewed one.
 */
export function yearAfterReview(paragraphs: readonly string[]): number | undefined {
  for (const p of paragraphs) {
    const m = REVIEW_HEADING.exec(toHalfWidthDigits(p.trim()));
    if (m && reviewSection.test(m[2]!)) return Number(m[1]) + 1;
  }
  return undefined;
}

/** A short heading line that opens with a year (一、2023年工作回顾): the year, and the words after it. */
const REVIEW_HEADING = /^(?:[一二三四五六七八九十]+、\s*)?((?:19|20)\d{2})\s*年([^，。；：,.;:]{2,16})$/u;

/** A sentence that opens with a year, or a part of one, and a comma (2022年，…; 2023年上半年，…; 2024年1-8月，…): the year and the sentence's rest. */
const YEAR_OPENED_SENTENCE =
  /(?:^|[。！？；\n])\s*((?:19|20)\d{2})\s*年(?:上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}\s*[-－—~～至到]\s*\d{1,2}\s*月|全年|年?底|年?末|度)?\s*[，,]([^。！？\n]*)/gu;

/** A title that names a profile of a place (沽源县简介, 某市概况: kinds.json profiles). */
const PROFILE_TITLE = new RegExp(kindData.profiles.words.map(escape).join('|'), 'u');

/**
 * The year a profile that gives no date reports on: the latest year that opens a sentence of what was done (2022年，全县生产总值完成71.3亿元;
 * 2023年上半年，全县地区生产总值完成27.65亿元), a profile's figures brought up to its latest year, where an earlier year said inside a sentence
 * (曾是…重点县，2020年底，8.8万农村贫困人口全部脱贫) tells its history (dev 448-450). A sentence of targets or forecasts (2025年，力争…; 预计)
 * dates nothing. Only a profile (its title names one, kinds.json profiles): another undated text is of the first year of its opening, as
 * a news report or a plan's background names its latest year in passing.
 */
export function reportedYear(title: string, text: string): number | undefined {
  if (!PROFILE_TITLE.test(title)) return undefined;
  let latest: number | undefined;
  for (const m of toHalfWidthDigits(text).matchAll(YEAR_OPENED_SENTENCE)) {
    if (targetMarker.test(m[2]!) || estimateMarker.test(m[2]!)) continue;
    latest = Math.max(latest ?? 0, Number(m[1]));
  }
  return latest;
}

/** The opening of a text that a year is read from when nothing else dates it (inferYear). */
const OPENING = 400;

/** First four-digit year in the title, else in the opening text. */
export function inferYear(title: string, text: string, date?: string): number | undefined {
  // a title that names several years, the text's date in one of them (关于1955年国家决算和1956年国家预算的报告, delivered in
  // 1956, corpus 191): that year, the one it was written in
  const years = [...title.matchAll(new RegExp(YEAR_IN_TITLE.source, 'g'))].map((m) => Number(m[0]));
  const dated = date ? Number(date.slice(0, 4)) : undefined;
  if (dated !== undefined && new Set(years).size > 1 && years.includes(dated)) return dated;
  const m = YEAR_IN_TITLE.exec(title) ?? YEAR_IN_TITLE.exec(text.slice(0, OPENING));
  return m ? Number(m[0]) : undefined;
}

/** A status printed after the title: `…的决定（宣告失效）`, `（已废止）`. */
export function titleStatus(title: string): DocumentStatus | undefined {
  const m = /[（(]([^（）()]{2,6})[）)]$/.exec(title.trim());
  return m ? statusWords[m[1]!] : undefined;
}

/** Fields a label line of the text may give (`发文字号：津工信电力〔2021〕3号`), read like front matter keys. */
const labelFields = ['title', 'doc_number', 'issuer', 'date', 'status', 'source_url', 'category', 'site'] as const;
type LabelField = (typeof labelFields)[number];

/** A label line: its key (LABEL_KEY) and a value of up to 121 characters. */
const LABEL_VALUE = new RegExp(String.raw`^(${LABEL_KEY})\s*[：:︰]\s*(\S.{0,120})$`, 'u');

/** What label lines give: the fields, and apart from the document's own date (成文日期) the date a page was posted (发布日期). */
type Labels = Partial<Record<Exclude<LabelField, 'status'>, string>> & { status?: DocumentStatus; posted?: string };

/**
 * `发文字号：…`, `发布机构：…`, `有效性：有效`, `法规网址：…` lines among the paragraphs given (the caller bounds them: the opening). A date under a key that says
 * when the text was posted (发布日期, 发布时间: postedDateKeys) is `posted`, which dates the text after its own dateline or signature.
 */
export function readLabels(paragraphs: readonly string[]): Labels {
  const out: Labels = {};
  // per field, the rank of the key that gave it: keys in the order of their list, so 成文日期 wins over 发布日期 as in front matter
  const rank: Partial<Record<LabelField | 'posted', number>> = {};
  for (const text of keyCells(paragraphs).flatMap(labelSegments)) {
    const m = LABEL_VALUE.exec(text);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    // a byline in brackets, its labels run together (`(发布日期：2019年05月31日文号：沪发改规范〔2019〕7号)`, corpus 127): the bracket
    // that closes the line is no part of the last value
    const value = m[2]!.trim().replace(/(?<=^[^（(]*)[）)]$/u, '');
    for (const field of labelFields) {
      const at = (frontMatterKeys[field] as readonly string[]).indexOf(key);
      const into = field === 'date' && postedDateKeys.has(key) ? 'posted' : field;
      if (at < 0 || at >= (rank[into] ?? Infinity)) continue;
      const read = readLabel(field, value);
      if (read === undefined) continue;
      Object.assign(out, { [into]: read });
      rank[into] = at;
    }
  }
  return out;
}

/** A label's key with nothing after its colon: a portal's info table puts the value in the next cell (`发布机构：` / `市财政局`). */
const KEY_CELL = new RegExp(String.raw`^(?:${LABEL_KEY})\s*[：:︰]$`, 'u');

/**
 * A portal's info table read cell by cell (`索引号：` / `…`, `发布机构：` / `市财政局`, `发布日期：` / `2026-01-23 17:05`, dev 320, 323):
 * a key with nothing after its colon takes the next paragraph as its value, when that is no label of its own (`文号：` / `关键词：`
 * is an empty key, then another key).
 */
function keyCells(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const key = paragraphs[i]!.trim();
    const next = paragraphs[i + 1]?.trim();
    if (KEY_CELL.test(key) && next && !BYLINE.test(next) && !KEY_CELL.test(next)) {
      out.push(`${key}${next}`);
      i++;
    } else out.push(paragraphs[i]!);
  }
  return out;
}

/** Every key of the front matter table (any field) and its colon, for labels that share a line. */
const KNOWN_KEY = new RegExp(
  String.raw`(?:${[...new Set(Object.values(frontMatterKeys).flat())]
    .filter((k) => /\p{Script=Han}/u.test(k))
    .map(escape)
    .join('|')})\s*[：:︰]`,
  'gu',
);

/** A line that opens with a label (`来源：…`, `(发布日期：…`): a byline. */
const BYLINE = new RegExp(String.raw`^[（(]?${LABEL_KEY}\s*[：:︰]`, 'u');

/**
 * A label (a short key of words and its colon) after a gap of two spaces or more that follows a value: not a value set off from its own
 * key by a gap (`网址：  http://…`), nor the last letter of a key spaced out (`发  布  日  期：`).
 */
const GAPPED_LABEL = /(?<=[^\s：:][\s\u3000]{2,})\p{Script=Han}{2,8}[：:]/gu;
/**
 * The labels of one line: a page's byline may hold several, separated by spaces (`信息来源：国家发展改革委 发布时间：2020-06-14`,
 * `来源：某局 发布时间：2023-01-05 浏览次数：120`, corpus 155) or, in a line that opens with a label, by nothing, a page's spans
 * run together (`来源：南沙区发改局发布日期：2017-10-13`, corpus 219); a line is cut before each key of the table (read from the
 * left, so never inside a longer key: 发布日期 holds 日期), and at any label after a wide gap that follows a value (GAPPED_LABEL:
 * `…}    政策解读作者：`, dev 454). A sentence that names a key (`（网址：http://…）提出申请`) is not cut there.
 */
export function labelSegments(text: string): string[] {
  const byline = BYLINE.test(text);
  // run together only after the value of the label before (来源：某局发布日期：…), not inside a label after a space (…办公厅 主题分类：)
  const runOn = (i: number): boolean => !/\s/u.test(text.slice(Math.max(text.lastIndexOf('：', i), text.lastIndexOf(':', i)) + 1, i));
  const cuts = [...text.matchAll(KNOWN_KEY)].map((m) => m.index).filter((i) => i > 0 && (/\s/u.test(text[i - 1]!) || (byline && runOn(i))));
  // in a byline, also before any label set off by a wide gap (`发布时间：2017年10月9日…    政策解读作者：…`, an info line's spans, dev 454)
  const gaps = byline ? [...text.matchAll(GAPPED_LABEL)].map((m) => m.index) : [];
  const all = [...new Set([...cuts, ...gaps])].sort((a, b) => a - b);
  return [0, ...all].map((from, i) => text.slice(from, all[i]).trimEnd());
}

/**
 * The full day a label's value opens with, what runs on after it no part of a date: the next label of an info line run into it with no
 * space (`发布时间：2017.7.27浏览：321次`, dev 975) or a template's placeholder left after it (`发布时间：2017年10月9日${…}`, dev 454); not the
 * first day of a span (`2017年10月9日至20日`).
 */
const LEADING_DAY = /^((?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2}))(?![\d:：])(?!\s*(?:至|到|[-—–~～]))/u;
export function leadingDay(value: string): string | undefined {
  const day = parseDate(LEADING_DAY.exec(value)?.[1] ?? '');
  return day?.length === 10 ? day : undefined;
}

/** A label's value as the field's, or undefined when it cannot be one. */
function readLabel(field: LabelField, value: string): string | undefined {
  // a value that dates several acts (`2025年12月30日…会议通过（2025年12月31日刊发）`, `…审查批准；2026年3月26日…印发`: a collector's
  // 通过或发布日期, dev 80, 235) is the text's history, no one date: the text's own evidence dates it (a value of one date, dev 416)
  if (field === 'date') return datesSeveralDays(value) ? undefined : (notedDate(value) ?? parseDate(value) ?? leadingDay(value));
  if (field === 'status') return statusWords[value];
  if (field === 'source_url') return /^https?:\/\/\S+$/.test(value) ? value : undefined;
  if (field === 'issuer') return issuerValue(value);
  return value;
}

/** What the text says about itself, besides the sidecar. */
export interface Evidence {
  title: string;
  body: string;
  /** The body's paragraphs, for label lines. */
  paragraphs: readonly string[];
  frontMatter: FrontMatterMeta | undefined;
  history: History;
  /** Dateline, signature and speaker lines moved out of the body. */
  moved: { issuer?: string; date?: string; speaker?: string; signedAtEnd?: boolean };
  subtitle?: string | undefined;
  speaker?: string | undefined;
  /** The date a title carried in brackets at its end (`…的意见 (2025年9月11日)`): the document's own date. */
  titleDate?: string | undefined;
  /** The text has no title line: `title` is the file's name, which says nothing of the kind. */
  untitled?: boolean | undefined;
  /** The title is a sentence of the preamble that stands in for a lost title line (inferTitle): it names no period of the text's own. */
  preamble?: boolean | undefined;
  /** Reprint notices moved out of the body (本文转载自…). */
  attribution?: readonly string[] | undefined;
  /** Those of them the page prints under its headline (noticesUnderHeadline: `来源：北京市统计局` among its info lines). */
  headNotices?: readonly string[] | undefined;
  /** Running page headers the cleaning took out (`立法會 ─ 2002 年 3 月 6 日`). */
  headers?: readonly string[] | undefined;
  /** A web page's menus and footer the cleaning took out (`主办单位: 国家能源局新疆监管办公室`; web-nav, and html-markup's page chrome). */
  furniture?: readonly string[] | undefined;
  /** HTML comments the cleaning took out (`<!-- 2021-03-13 07:16 来源： 新华社 -->`, a saved page's posting time). */
  comments?: readonly string[] | undefined;
  /** The name of the site a page is of, as its head stores it (`<meta name="SiteName" content="六安市财政局">`). */
  pageSite?: string | undefined;
  /** The day a page's head stores as its publication (`<meta name="PubDate" …>`, an e-paper's `<date>`): the last resort of its date. */
  pageDate?: string | undefined;
  /** The cover notice's title when the title is the document it transmits (关于印发《…》的通知). */
  cover?: string | undefined;
  /** Into the text's script, for a Traditional text (the place data is Simplified: 台湾 → 臺灣). */
  toScript?: ((s: string) => string) | undefined;
}

export interface InferredMeta {
  /**
   * The year is the latest year the text reports what was done (reportedYear: an undated profile's 2022年，全县生产总值完成71.3亿元):
   * the text was written after that year's figures, so they are not ahead of it (extractIndicators).
   */
  yearReported?: true | undefined;
  /** A record of a sitting titled by the address delivered in it (2001年施政報告), when no title was given. */
  title?: string | undefined;
  kind: DocumentKind;
  year?: number | undefined;
  period?: Period | undefined;
  region?: string | undefined;
  region_parent?: string | undefined;
  issuer?: string | undefined;
  date?: string | undefined;
  adopted?: string | undefined;
  effective?: string | undefined;
  doc_number?: string | undefined;
  status?: DocumentStatus | undefined;
  source_url?: string | undefined;
  category?: string | undefined;
  level?: string | undefined;
  speaker?: string | undefined;
  issuers?: string[] | undefined;
  /** A speech on its own, no record of a sitting, that is an address (a budget speech that opens with its motion, dev 248): its figures read as a sitting's speech's. */
  spoken?: boolean | undefined;
}

/** Fills what the sidecar leaves open (sidecar, then front matter, then the text). */
/** The kinds of document a body that posts it on its own site issues (not a news report, a speech, a record or a case told). */
const SOURCE_ISSUED: ReadonlySet<DocumentKind> = new Set(['notice', 'regulation', 'plan', 'work-plan', 'report', 'work-report']);

export function inferMeta(meta: SourceMeta, ev: Evidence): InferredMeta {
  const fm = ev.frontMatter;
  // a page's byline that the cleaning moved with the reprint notices (来源：某局 发布日期：…, corpus 219) is read too, after the body's labels
  const attribution = ev.attribution ?? [];
  // a medium's byline (来源：… and a day) among the opening or closing lines
  // (and a text's last lines, where a reprint credits its source, when the text runs past its opening: dev 327)
  const byline = bylineDate([...ev.paragraphs.slice(0, 15), ...ev.paragraphs.slice(-8), ...lastLines(ev.body).slice(-8), ...attribution]);
  const labels = { ...readLabels(attribution), ...readLabels(ev.paragraphs) };
  // A signed date is the document's (成文日期); a scrape's 发布日期 label is the day it was put online.
  // a cover notice printed with its document and no signature under it: the bodies and the date after the document's last item
  // sign both (a joint issue, dev 409), among the last lines of the text, past the opening paragraphs read above
  // or a signature set off by spaces among a page's parts run together on one line (dev 453)
  const signed =
    signature(ev.paragraphs) ??
    (ev.cover !== undefined ? signature(lastLines(ev.body)) : undefined) ??
    runInSignature(lastLines(ev.body)) ??
    spacedSignature(ev.paragraphs.slice(0, 3));
  // a signature among the text's last lines, past the opening paragraphs (a portal page whose menus push its headline down and whose
  // notice runs on past the opening: 教育部办公厅 / 2024年5月30日 above the page's 发布日期：2024-06-13, dev 821; a scrape's record whose
  // notice is signed below its opening, dev 745): the document's own date, before the day a page posted it; its bodies name the issuer
  // only when no other reading does (last of `listed`, dev 967)
  const signedLate = signed === undefined ? signature(lastLines(ev.body)) : undefined;
  const decree = decreeOf(ev.paragraphs);
  const issued = issuedUnderTitle(ev.title, ev.paragraphs);
  // a cover notice with nothing of what it transmits after its signature (a portal page that links the
  // document as an attachment, corpus 127, 136) is a notice, titled as itself
  // the document it transmits (corpus 127, 136); unsigned, the document only a file linked after the cover's title and
  // nothing of it in the text (a page that reposts a notice as a PDF among its menus, corpus 155)
  // a signature at the end of the document the cover transmits (the cover's title, the document's text, then the bodies and the
  // date, a joint issue printed as one, dev 409) signs both: the text between the cover and the signature opens the document's 一、
  const coverOnly =
    ev.cover !== undefined &&
    (signed !== undefined
      ? holdsNothingAfter(ev.body, signed.line) && !carriesDocument(ev.body, ev.cover, signed.line)
      : ev.moved.signedAtEnd === true || (linksFileAfter(ev.body, ev.cover) && holdsNothingAfter(ev.body, ev.cover)));
  const kind =
    meta.kind ??
    fm?.kind ??
    (coverOnly ? 'notice' : inferKind(ev.untitled ? '' : ev.title, ev.body, ev.subtitle, ev.headers, meta.source_url ?? fm?.source_url ?? labels.source_url));
  const period =
    meta.period ??
    (kind === 'plan'
      ? ev.untitled || ev.preamble
        ? untitledPlanPeriod(ev.body)
        : inferPeriod(ev.title, ev.body)
      : kind === 'work-plan'
        ? (workPlanSpan(ev.title) ?? workPlanTerm(ev.body))
        : undefined);
  const category = fm?.category ?? labels.category;
  // A record of a council sitting that carries an address is that address, delivered for its government; a budget speech on its own
  // that opens with the motion of the appropriation bill (no record of a sitting: a speech, dev 248) is that budget too.
  const address: { address: string; organ?: string; title?: string } | undefined = kind === 'record' ? addressOf(ev.body) : openingBudget(ev.body);
  // Who issued it: as given or labelled, a signature, the title (X关于…的通知), the body that adopted a
  // regulation, the ministry of a law's category path, the government a report is delivered for
  // (only a report's: elsewhere 代表市政府 is someone acting for it), the body a reprint notice credits, the body a byline names
  // as the author (作者：某研究所, dev 247), the body whose account posts a WeChat post marked 原创 (dev 246); before those, the
  // body a lede says answered an interview or released what the text is (ledeBody, dev 295, 298).
  // a portal's 发布机构 label that names the site itself (its head's SiteName) is the page's poster: the issuing line the document prints
  // under its title (郴州市统计局 国家统计局郴州调查队, a city's bulletin the province's site reposts, dev 290) goes before it, and the
  // bodies its title names before 关于 or the body the page credits as its source (`（信息来源：长沙市统计局）` at its end, a city's
  // bulletin the province's site reposts, dev 479)
  const docNumber =
    meta.doc_number ??
    fm?.doc_number ??
    labels.doc_number ??
    docNumberLine(ev.paragraphs) ??
    numberAfterTitle(ev.paragraphs, ev.title) ??
    // (the cover's, where the title is the document it transmits: `国务院关于印发《…》的通知 国发〔2026〕15号 …`, dev 453)
    (ev.cover !== undefined ? numberAfterTitle(ev.paragraphs, ev.cover) : undefined) ??
    numberBeforeTitle(ev.paragraphs, ev.title) ??
    decree?.doc_number ??
    ev.history.decree ??
    headlineNumber(ev.paragraphs) ??
    (fm?.title ? titleNumber(fm.title) : undefined);
  // the source the page's info line credits under its headline, or among the chrome the cleaning took (`日期：… 来源：北京市教育委员会`)
  const pageCredit = pageSource(creditOpening(ev));
  // the page's own credit before a source line that closes the text: a label before the text's end, as a label goes before a signature
  // (来源：北京市统计局 under the headline of the site's own bulletin, not a note's （来源：国家统计局） under the national figures at its end);
  // on a line of its own, a `来源：` line is among the reprint notices the cleaning moved out: the one under the headline (headNotices),
  // not one further down the text, which credits what it follows (the national figures a city's bulletin quotes)
  const credited = pageCreditOf(ev, sourceCredit);
  // the bodies the title names before 关于 (国务院办公厅关于…的通知), which issued the document whoever posts it (a city's portal)
  const titled = titleIssuers(ev.title);
  const poster =
    labels.issuer !== undefined &&
    (ev.moved.issuer !== undefined || credited !== undefined || (titled !== undefined && !namesOneOf(titled, labels.issuer))) &&
    ev.pageSite !== undefined &&
    sameOrgan(labels.issuer, ev.pageSite);
  // the body the document signs with, over a page's or a crawler's label that names no body (发布机构: 中国平潭, the portal's name,
  // dev 557) or another body than the one its title names before 关于 and its signature signs (an info table's 发文机关 naming the
  // bureau that posted the page, dev 556): the document's own
  // (the signature the metadata lines moved out of the text's end as well: 中共教育部党组 / 2021年4月7日 under a collector's 教育部, dev 403)
  const signer = signed?.issuers.length ? signed.issuers.join(' ') : ev.moved.signedAtEnd ? ev.moved.issuer : undefined;
  const labelled = fm?.issuer ?? labels.issuer;
  const ownBody =
    signer !== undefined &&
    labelled !== undefined &&
    !sameOrgan(labelled, signer) &&
    (!isOrgan(labelled) || (titleIssuers(ev.title)?.some((t) => sameOrgan(t, splitIssuers(signer)?.[0] ?? signer)) ?? false))
      ? signer
      : undefined;
  // a record's issuer key naming the parent body of the unit its title names before 关于 (author 国家能源局 over 国家能源局综合司关于…的复函,
  // dev 643): the unit, which issued it
  // in the poster's place, the bodies the title names before 关于 when the page credits none (来源：新华社, a medium, over 国务院办公厅关于…
  // on a city's portal) or none of them, nor a short or full name of one (来源：国务院办公厅 over 国务院关于…的通知, the office that passed
  // it on; 来源：市政府办公室, the office that put it online): the document's own; else the credit
  const posterCredit = titled !== undefined && (credited === undefined || !namesOneOf(titled, credited)) ? titled.map((o) => committeeOf(o, ev.body)).join(' ') : credited;
  const unit = fm?.issuer !== undefined && titled?.length === 1 && titled[0] !== fm.issuer && titled[0]!.startsWith(fm.issuer) && isOrgan(titled[0]!) ? titled[0] : undefined;
  const listed =
    ownBody ??
    unit ??
    fm?.issuer ??
    (poster ? undefined : labels.issuer) ??
    ev.moved.issuer ??
    (poster ? posterCredit : undefined) ??
    labels.issuer ??
    // a date under the closing formula with no body's name above it (特此通知。 / 二〇二六年八月十二日) dates the text and names no issuer
    signer ??
    issued?.issuer ??
    decree?.issuer ??
    // a judgment's court, its heading's name (dev 683, 684)
    courtHeading(ev.paragraphs)?.court ??
    (titleIssuers(ev.title) ?? titleIssuers(ev.cover ?? ''))?.map((o) => committeeOf(o, ev.body)).join(' ') ??
    ev.history.version?.organ ??
    ev.history.adoptedBy ??
    decreeIssuer(ev.history.decree) ??
    // the national body whose numbering the document number's prefix is (法〔2019〕254号: 最高人民法院, a court's minutes on a wiki page, dev 485)
    numberIssuer(docNumber) ??
    (category ? organOfCategory(category) : undefined) ??
    (kind === 'regulation' ? centralAuthority(ev.body) : undefined) ??
    (kind === 'work-report' || kind === 'report'
      ? (bylineBody(ev.paragraphs, ev.moved.speaker) ?? behalfOf(ev.paragraphs) ?? organsUnderTitle(ev.title, ev.paragraphs))
      : undefined) ??
    organOfReprint(attribution.map((n) => labelSegments(n)[0]!)) ??
    // a budget speech's cover: the office that moves the bill (財政司司長陳茂波 / 動議二讀《…撥款條例草案》的演辭, dev 305)
    coverSpeaker(ev.paragraphs) ??
    // a department's release a government's press service posts (gcs.gov.mo): the department's (dev 440, 441)
    releaseBody(meta.source_url ?? fm?.source_url ?? labels.source_url, ev.title, ev.paragraphs) ??
    // any body's own release, the body its lede opens with before the day it acted, or its tag before the headline (dev 789, 811, 752)
    releaseLede(ev.paragraphs, ev.title) ??
    ledeBody(ev.title, ev.paragraphs) ??
    authorBody(ev.paragraphs) ??
    originalPoster(ev.paragraphs) ??
    // the body a record or a page names as the source that posted a document of its own, which names no issuer otherwise (dev 702)
    (SOURCE_ISSUED.has(kind) ? sourceBody(fm?.site ?? labels.site) : undefined) ??
    // a portal's page of an interpretation or an article of no other kind, the body its info line credits as its source (来源：北京市教育委员会,
    // 信息来源：市住房公积金管理中心 over an interpretation of the centre's notice, dev 770), or the article header a page's chrome took with its
    // headline (首都之窗's, dev 791); not a speech's, whose speaker delivered it, with a speaker line or by its title alone (在…上的讲话)
    (kind === 'other' && ev.speaker === undefined && !SPEECH_NAMED.test(`${ev.title}\n${ev.subtitle ?? ''}`) ? pageCredit : undefined) ??
    // a body's own news item on its own site (its head's SiteName), in its own voice (我委…) or under a headline its name opens (dev 877, 902)
    // (the body the page credits, else whatever its source label names, a medium too: 来源：新华社 over a report the site reposts, review39c)
    (kind === 'news' ? ownNews(ev.pageSite, credited ?? pageCreditOf(ev, labelValue), ev.title, ev.paragraphs) : undefined) ??
    address?.organ ??
    // last, the bodies a signature past the opening signs with (signedLate: a notice whose text runs on past the opening and names
    // its issuer nowhere else, no title line naming it, `广州市科技创新委员会 / 广州市财政局 / 2015年9月23日` at its end, dev 967);
    // not a news report's or a sitting's record, which have none; before the page's host below (主办单位：…, the site that posts it)
    (signedLate !== undefined && signedLate.issuers.length > 0 && kind !== 'news' && kind !== 'record' ? signedLate.issuers.join(' ') : undefined);
  // the body whose own site a page is (主办单位: 国家能源局新疆监管办公室 in its footer): the full name of an issuer the page
  // shortens (来源： 福建能源监管办, corpus 158), and the issuer of a notice it posts without a source (corpus 157); the text's own
  // footer (in the body, or the lines web-nav took as a site's footer) before the footer of a portal that reposts the text, in its
  // page's chrome (html-markup's, last in furniture: 主办单位：某市人民政府办公室, eval:shapes html)
  const host = hostOf(ev.body) ?? (ev.furniture ?? []).map(hostOf).find((h) => h !== undefined);
  // a record's issuer that is the body its signature prints with the country's name before it (中华人民共和国教育部 over the
  // signature 教育部, a collector's record, dev 549): the body as it signs and is cited (the signature the metadata lines moved
  // out of the body, or one still in it)
  const signedAs = ev.moved.issuer ?? (signed?.issuers.length === 1 ? signed.issuers[0] : undefined);
  const given = listed !== undefined && signedAs !== undefined && listed !== signedAs && signsAs(listed, signedAs) ? signedAs : listed;
  const hosted = host !== undefined && (given === undefined ? kind === 'notice' : abbreviates(given, host)) ? host : given;
  // (a short name the title spells in full, a feed's 来源: 南山区工信局 over 2026年深圳市南山区工业和信息化局部门预算: the title's, dev 645, 490)
  const named = hosted !== undefined ? (fullNameInTitle(hosted, ev.title) ?? hosted) : hosted;
  // the day a page, a feed or a wiki posted or saved the text, as it prints or labels it
  const postedOn = postedLine(ev.paragraphs) ?? headlineDate(ev.title, ev.paragraphs);
  const posting = labels.posted ?? fm?.posted ?? postedOn ?? byline;
  // a front matter's date before the version the text's own history names, with the decree or the sitting that made it, is an
  // older version's (a regulation page dated by its first effect date, 2014-03-01, over `根据2020年5月12日粤府令第275号第一次修改`,
  // dev 303); a note that a newer version exists (`2023年12月1日本文件已修订，见新版办法`) names neither and leaves it
  const made = ev.history.version;
  const version = made?.decree !== undefined || made?.organ !== undefined ? made?.date : undefined;
  const occasion = parseDate(ev.subtitle ?? '') ?? occasionDate(ev.paragraphs, ev.title) ?? eveDate(ev.paragraphs) ?? speechDateLine(ev.paragraphs);
  // and one that is the day the page prints as its posting, after the day the text says it was delivered (a record's `"date": "2025-11-19"`
  // over the page's `2025-11-19 00:58` and a speech's date line `…上的讲话（2025年11月18日，莫斯科）`, dev 648), is the page's posting
  const reposted = fm?.date !== undefined && occasion !== undefined && occasion < fm.date && fm.date === (postedOn ?? byline);
  const fmDate = fm?.date !== undefined && ((version !== undefined && fm.date < version) || reposted) ? undefined : fm?.date;
  // the text's own date (a signature, a date line, an occasion, a dateline), before the day a page, a feed or a wiki posted or saved it
  const ownDate =
    meta.date ??
    fmDate ??
    ev.history.version?.date ??
    decree?.adopted ??
    signed?.date ??
    signedLate?.date ??
    ev.titleDate ??
    datedUnderTitle(ev.title, ev.paragraphs) ??
    dailyDate(ev.title) ??
    issueDate(ev.title) ??
    issued?.date ??
    // a council's record of a sitting: the sitting's day its time line prints under the title (時間 with its letters spaced out, 中華民國101年10月26日…, dev 700);
    // and a text its title names as the minutes of a body's sitting, whatever kind it was read as (…第2次會議議事錄, dev 971)
    (kind === 'record' || isSittingRecord(ev.title) ? sittingDate(ev.paragraphs) : undefined) ??
    // a report delivered at a sitting is dated by its occasion before a portal's info table (成文日期：2026-03-11, the day the portal
    // filed the page of a budget report delivered 2026-01-22, dev 279, 498)
    ((kind === 'work-report' || kind === 'report') && ev.moved.date === undefined ? occasion : undefined) ??
    labels.date ??
    ev.moved.date ??
    // the occasion a report or speech was delivered at (its subtitle, ——2025年7月30日在…会议上) before the day a page posted it (dev 319)
    occasion ??
    // 新华社北京3月12日电 on a page posted 2021-03-13: the day the agency filed it, in the posting's year (dev 375, 376)
    // (what the page prints of its posting, its byline too, before a date any of its HTML comments holds: a template's stamp)
    datelineDate(ev.paragraphs, posting ?? commentDate(ev.comments ?? [])) ??
    // the day a record's title opens with, the day a body's official spoke (2005年3月15日外交部发言人…答记者问, dev 550); not a news
    // report's, whose event's day does not date it
    (kind === 'news' ? undefined : titleDay(ev.title));
  const date = ownDate ?? labels.posted ?? ev.history.last?.date ?? headerDate(ev.headers ?? []) ?? fm?.posted ?? postedOn ?? byline ?? printedDate(ev.paragraphs) ?? ev.pageDate;
  // dated by no more than the day a page, a feed or a wiki posted or saved it (or not at all)
  const postedOnly = date === undefined || (ownDate === undefined && (date === posting || date === ev.pageDate) && ev.history.last?.date !== date);
  const effective = fm?.effective ?? effectiveDate(ev.body);
  const { place, ...region } = regionOf(
    meta.region ?? fm?.region,
    meta.region_parent,
    // and the decree as it names itself (中华人民共和国文化部令第56号: the country, where the issuer is cited as 文化部, corpus 266)
    [ev.title, meta.issuer ?? named ?? '', ev.subtitle ?? '', ev.speaker ?? '', decree?.doc_number ?? ''],
    ev,
    fm?.site ?? labels.site ?? host ?? ev.pageSite ?? domainPlace(meta.source_url ?? fm?.source_url ?? labels.source_url),
    zoneOf([meta.issuer ?? named ?? '', ...(titleIssuers(ev.title) ?? [])]),
  );
  const yearOf = (d: string | undefined): number | undefined => (d ? Number(d.slice(0, 4)) : undefined);
  // A date someone gave (sidecar, front matter) dates the text; else a regulation's version, the title, any date found.
  const reported = reportedYear(ev.title, ev.body);
  const year =
    meta.year ??
    fm?.year ??
    period?.from ??
    yearOf(meta.date) ??
    // a front matter's date is often a scrape's posting: a title that names its year goes before it (a review of 2022
    // posted in 2023, 2022年度…盘点, dev 276, 277)
    (YEAR_IN_TITLE.test(ev.title) ? undefined : yearOf(fmDate)) ??
    // the version's date; a 批准/公布/发布 alone (a scrape's 发布日期：label, the day a page went online) dates the
    // text only as the date does, after the document's own date (a title's bracketed date, corpus 81)
    yearOf(ev.history.version?.date) ??
    (kind === 'notice' ? signedAfterTitle(ev.title, signed?.date) : undefined) ??
    roundYear(ev.paragraphs) ??
    inferYear(ev.title, '', date) ??
    // a text dated only by the day a page or a wiki posted or saved it: the year its document number gives (法〔2019〕254号 on a
    // wiki page saved in 2024, dev 485), the year the document was issued in
    (postedOnly ? numberYear(docNumber) : undefined) ??
    yearOf(date) ??
    (kind === 'work-report' ? yearAfterReview(ev.paragraphs) : undefined) ??
    // a Taiwan budget's fiscal year of the Republic (114年度 → 2025, dev 442)
    rocFiscalYear(ev.body) ??
    reported ??
    // the opening's first year; a Taiwan text's in its years of the Republic too (99 年 12 月 23 日, 111 年 3 月 8 日: the only dates a
    // committee's minutes or a disclosure sheet print, dev 832-834; a PDF's 年 U+F98E is 年 by then: clean/compat-ideograph.ts)
    inferYear('', isTaiwan(region) ? yearsOfOurs(ev.body.slice(0, OPENING)).text : ev.body) ??
    yearOf(effective);
  // A joint issue: the lead body is the issuer, all of them are `issuers`; a body named by its level
  // word alone (省人民政府) gets the name of the text's place.
  const issuers = meta.issuer === undefined && named !== undefined ? splitIssuers(named)?.map((o) => qualifyOrgan(o, place, region.region)) : undefined;
  // last of all, the government a document of its city speaks of as 本府 (dev 766, 806, 837); a news report has none, and a sitting's
  // record is its committee's, which sits in the government's building (會議地點：本府10樓, dev 831, 832)
  const self = meta.issuer ?? issuers?.[0] ?? named ?? (kind === 'news' || kind === 'record' ? undefined : selfGovernment(ev.body, place, region.region, region.region_parent));
  return {
    kind,
    ...defined({
      title:
        meta.title !== undefined
          ? undefined
          : coverOnly
            ? ev.cover
            : address && year
              ? (address.title ?? `${year}年${address.address}`)
              : bareTitle(ev.title, year, meta.issuer ?? issuers?.[0] ?? named),
      year,
      period,
      ...region,
      issuer: self,
      issuers: issuers && issuers.length > 1 ? issuers : undefined,
      date,
      adopted: ev.history.adopted,
      effective,
      doc_number: docNumber,
      status: meta.status ?? fm?.status ?? labels.status ?? titleStatus(ev.title),
      source_url: meta.source_url ?? fm?.source_url ?? labels.source_url,
      category,
      level: fm?.level,
      speaker: ev.speaker,
      spoken: address !== undefined && kind !== 'record' ? true : undefined,
      yearReported:
        year !== undefined && year === reported && meta.year === undefined && fm?.year === undefined && date === undefined && !YEAR_IN_TITLE.test(ev.title) ? true : undefined,
    }),
  };
}

/** The region whose government's domain a source link is on (`https://www.gcs.gov.mo/…` → 澳门: data/organs.json site_domains). */
export function domainPlace(url: string | undefined): string | undefined {
  const host = url && /^https?:\/\/([^/:?#]+)/iu.exec(url)?.[1]?.toLowerCase();
  if (!host) return undefined;
  const domains = organData.site_domains as Record<string, string>;
  const domain = Object.keys(domains).find((d) => host === d || host.endsWith(`.${d}`));
  return domain ? domains[domain] : undefined;
}

/** A title or subtitle that names a speech (patterns.ts SPEECH_TITLE: `在…会议上的讲话`, `…在…典礼上的致辞`). */
const SPEECH_NAMED = new RegExp(SPEECH_TITLE, 'u');

/**
 * A source label and its value (`信息来源：市住房公积金管理中心`; the keys: data/front-matter.json page_source_keys), at the line's
 * start or after a space (`日期：2026-07-20 16:53&nbsp;&nbsp;来源：北京市教育委员会`, a page's info line).
 */
const SOURCE_LABEL = new RegExp(String.raw`(?:^|\s)(?:${alternation(frontMatterData.page_source_keys)})\s*[：:︰]\s*([^\s，,。；;（）()]{2,40})`, 'u');

/** The value of the source label a line holds (SOURCE_LABEL); `alone`: only a line that is the label and nothing else, maybe in brackets (`（信息来源：长沙市统计局）`). */
function sourceLabel(line: string, alone: boolean): string | undefined {
  // (a chrome line keeps its entities: `16:53&nbsp;&nbsp;来源：…`)
  const text = line.replace(/&nbsp;?/giu, ' ').trim();
  const label = alone ? text.replace(/^[（(]\s*/u, '').replace(/\s*[）)]$/u, '') : text;
  const m = SOURCE_LABEL.exec(label);
  return m && (!alone || (m.index === 0 && m[0].length === label.length)) ? m[1] : undefined;
}

/** The first source label's value among some lines that `take` keeps (sourceLabel; whatever it names unless `take` says otherwise). */
function firstSourceLabel(lines: readonly string[], alone: boolean, take: (value: string) => string | undefined = (v) => v): string | undefined {
  for (const line of lines) {
    const value = sourceLabel(line, alone);
    const kept = value === undefined ? undefined : take(value);
    if (kept !== undefined) return kept;
  }
  return undefined;
}

/** The body the first source label among some lines credits that names a body (sourceLabel), when it is no medium, site, media centre or unit alone (creditedBody). */
const sourceCredit = (lines: readonly string[], alone: boolean): string | undefined => firstSourceLabel(lines, alone, creditedBody);

/**
 * The reprint notices a page prints under its headline (`来源：北京市统计局` on a line of its own under `发布机构：…` / `发布时间：…`):
 * those above the title line or with only label lines (BYLINE) between it and them; not a notice further down the text, after the
 * first line that is none, which credits the part it follows. `titleLine`: the title's line number, -1 when the text prints none.
 */
export function noticesUnderHeadline(notices: readonly { text: string; line: number }[], paragraphs: readonly { text: string; line: number }[], titleLine: number): string[] {
  const text = paragraphs.find((p) => p.line > titleLine && !BYLINE.test(p.text.trim()));
  return notices.filter((n) => text === undefined || n.line < text.line).map((n) => n.text);
}

/** The first source label's value among some lines, whatever it names (sourceLabel: 来源：济南日报 too). */
const labelValue = (lines: readonly string[], alone: boolean): string | undefined => firstSourceLabel(lines, alone);

/** Where a page's info line credits its source: its opening paragraphs and the chrome the cleaning took (`日期：… 来源：…`). */
const creditOpening = (ev: Evidence): string[] => [...ev.paragraphs.slice(0, 15), ...(ev.furniture ?? [])];

/**
 * The source a page credits as `read` reads a source label (sourceCredit: a body; labelValue: whatever it names), in the info line
 * (creditOpening), else among the notices under its headline, else on a line of its own among its last lines (lastLines).
 */
const pageCreditOf = (ev: Evidence, read: (lines: readonly string[], alone: boolean) => string | undefined): string | undefined =>
  read(creditOpening(ev), false) ?? read(ev.headNotices ?? [], false) ?? read(lastLines(ev.body), true);

/** The body a page's info line among the opening paragraphs credits as its source (`日期：… 来源：北京市教育委员会`, a label among others). */
export const pageSource = (opening: readonly string[]): string | undefined => sourceCredit(opening, false);

/** The body a text credits as its source on a line of its own among its last lines (lastLines): `（信息来源：长沙市统计局）`, `来源：某局`. */
export const creditedSource = (closing: readonly string[]): string | undefined => sourceCredit(closing, true);

/** Whether a body is one of some bodies, or a short or full name of one (sameOrgan, abbreviates: 市发改委 of 某市发展和改革委员会). */
const namesOneOf = (bodies: readonly string[], body: string): boolean => bodies.some((b) => sameOrgan(b, body) || abbreviates(b, body) || abbreviates(body, b));

/** One body written twice: the same but for spaces, or one the other's short form (黄石财政局, 黄石市财政局). */
const sameOrgan = (a: string, b: string): boolean => {
  const [x, y] = [a.replace(/\s/gu, ''), b.replace(/\s/gu, '')];
  return x === y || abbreviates(x, y) || abbreviates(y, x);
};

/** A text's own effect clause: `本规定自2007年11月1日起施行`, `本措施自…起施行` (its words: the regulation row and effect_words of data/kinds.json). */
const EFFECT = new RegExp(`本(?:${SELF_WORDS})自\\s*([^，。；]{6,16}?日)\\s*起(?:施行|實施|实施|生效)`);

/** The date a text says it takes effect (corpus 01: 2007-11-01), when its front matter does not. */
export function effectiveDate(body: string): string | undefined {
  const m = EFFECT.exec(body);
  return m ? parseDate(m[1]) : undefined;
}

/** A site's footer line naming the body that runs it: `主办单位: 国家能源局新疆监管办公室`, `主办：天津市工业和信息化局 版权所有©`. */
const HOST = /^主办(?:单位|單位)?\s*[:：]\s*([\p{Script=Han}（）()]{2,40}?)(?:\s|版权|版權|$)/u;

/** The body whose site a page is, from its footer (the last such line). */
export function hostOf(body: string): string | undefined {
  const line = body.split('\n').findLast((l) => HOST.test(l.trim()));
  const name = line ? HOST.exec(line.trim())?.[1] : undefined;
  return name && isOrgan(name) ? name : undefined;
}

/** A short name of a body: every character of it in the full name, which is longer (福建能源监管办 of 国家能源局福建监管办公室, 发改委). */
export function abbreviates(short: string, full: string): boolean {
  // a longer name that holds the whole short one and goes on after it is a unit under that body (云南省人民政府 →
  // …办公厅, 省人民政府 → 云南省人民政府办公厅), not its full form; 省人民政府 of 云南省人民政府 is
  const at = full.indexOf(short);
  if (at !== -1 && at + short.length < full.length) return false;
  return short.length < full.length && [...short].every((c) => full.includes(c));
}

/**
 * The body a title spells in full where an issuer is given by a short name of it (a feed's `来源: 南山区工信局` over the title
 * `2026年深圳市南山区工业和信息化局部门预算`, dev 645, 490): the longest body's name in the title, from a place below the country it
 * names, that the short name abbreviates (南山区工业和信息化局 too, of 深圳市南山区工业和信息化局); none where no body there does.
 * Only the title's own issuer, before what it transmits (`浙江省能源局转发浙江能源监管办关于…的通知`: no name runs on over 转发, and
 * the body it forwards issues nothing; data/kinds.json transmits).
 */
export function fullNameInTitle(short: string, title: string): string | undefined {
  const t = title.trim().split(TRANSMITS_VERB)[0]!;
  let best: string | undefined;
  // (from a place below the country: not 中华人民共和国全国人民代表大会 of 全国人民代表大会, nor 中国共产党…第十三届委员会, dev 82, 235)
  for (const from of new Set(
    findMentions([t])
      .filter((m) => m.place.level !== 'country')
      .map((m) => m.index),
  )) {
    // (the shortest name from each start: 深圳市南山区工业和信息化局, not …信息化局部 of 部门预算)
    for (let to = from + short.length + 1; to <= t.length; to++) {
      const name = t.slice(from, to);
      if (!/^\p{Script=Han}+$/u.test(name)) break;
      if (isOrgan(name) && abbreviates(short, name)) {
        if (best === undefined || name.length > best.length) best = name;
        break;
      }
    }
  }
  return best;
}

/** A document number as printed under a title: 渝经信规范〔2025〕13号, 国发〔2021〕4号, 津工信电力[2021]3号. */
/** A document number after its issuer's prefix: the year in brackets, the serial and 号 (DOC_NUMBER, TITLE_THEN_NUMBER, NUMBER_OPENS). */
const NUMBER_AFTER_PREFIX = String.raw`[〔［[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d{1,4}\s*号`;
const DOC_NUMBER = new RegExp(String.raw`^\p{Script=Han}{1,14}${NUMBER_AFTER_PREFIX}$`, 'u');

/**
 * The document number standing on a line of its own among the opening paragraphs (corpus 68), spaces a
 * scrape put in taken out, and the brackets a law database puts round it (`（皖政办秘〔2021〕82号）`, corpus 119).
 */
export function docNumberLine(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs) {
    const t = p.replace(/\s/g, '').replace(/^[（(](.+)[）)]$/u, '$1');
    if (DOC_NUMBER.test(t)) return t;
    // a court's case number under its heading, the year in brackets first (`（2018）皖1702民初804号`, `(2018)渝0103民初21102号`,
    // `（2011）民四终字第29号`, dev 683, 684): the judgment's number, as printed
    if (CASE_NUMBER.test(t)) return p.trim();
  }
  return undefined;
}

const CASE_NUMBER = /^[（(]\s*(?:19|20)\d{2}\s*[）)]\s*\p{Script=Han}{1,2}(?:\d{2,6})?\p{Script=Han}{1,6}?(?:字第)?\d{1,6}(?:-\d{1,6})?\s*号$/u;

/**
 * The full day a title opens with, the day of what it records (`2005年3月15日外交部发言人刘建超在例行记者会上答记者问`: the press
 * conference held that day, dev 550); not the start of a term or of a span (`2005年3月15日起施行的…`, `…日至…`, `…日前`, `…日零时起`,
 * `…日以后`, `…日开始`).
 */
export function titleDay(title: string): string | undefined {
  const m = new RegExp(`^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日(?!${DAY_OPENS_TERM})\\p{Script=Han}`, 'u').exec(title.trim());
  return m ? parseDate(`${m[1]}年${m[2]}月${m[3]}日`) : undefined;
}

/**
 * The document number right after the title, where a page's lines were run together with spaces (a crawler's summary of a gov.cn
 * page: `国务院关于同意将山东省潍坊市 列为国家历史文化名城的批复 国函〔2026〕80号 山东省人民政府： …`, dev 554): the number set off by
 * spaces before anything else the paragraph says after the title (the title compared without spaces). Not a number a sentence cites.
 * Read in the head, up to the first paragraph of the body (one that ends a sentence), however many lines a publisher puts before it
 * (the headline twice, the account and the crawler's header of dev 411 saved as a WeChat post).
 */
export function numberAfterTitle(paragraphs: readonly string[], title: string): string | undefined {
  const bare = squash(title);
  if (!bare) return undefined;
  for (const p of paragraphs) {
    // the number run into the title, or set off by spaces that also stand inside it (a dataset's cell, `…的批复国函〔1989〕15号能源部:你部…`,
    // dev 772, 773, 801, 802; a crawler's record, `…的复函国能综函安全〔2025〕59号 大坝安全监察中心：…`, dev 643; `…的意见 国发 〔2011〕 35 号`, dev 819)
    // (set off by a space, the number is a word of its own, as a token below; either way not a clause that cites one, 根据国办发〔2020〕1号文件,
    // 为贯彻落实国发〔2020〕1号文件: a citing word anywhere before its bracket, which no number's prefix holds)
    const after = afterTitle(p, bare) ?? '';
    const opened = NUMBER_OPENS.exec(after);
    if (opened && !holdsCiting(opened[1]!.split(/[〔［[（(]/u)[0]!) && (!/^\s/u.test(after) || /^(?:\s|$)/u.test(after.slice(opened[0].length)))) return squash(opened[1]!);
    const tokens = p.trim().split(/\s+/u);
    let joined = '';
    for (let k = 0; k < tokens.length - 1; k++) {
      joined += tokens[k];
      if (joined === bare) return DOC_NUMBER.test(tokens[k + 1]!) ? tokens[k + 1] : undefined;
      if (!bare.startsWith(joined)) break;
    }
    if (/[。！？]/u.test(p)) break;
  }
  return undefined;
}

/**
 * A title run on into its document number and what the text says after it, each set off by spaces (a crawler's line of a whole
 * document: `国务院关于北京市环境污染防治目标和对策的批复 国函〔1999〕134号 北京市人民政府、国家环境保护总局：你们报送的…`, dev 820, as
 * dev 411 and 819 print their titles before their numbers): the title before the number, when it is a title line (isTitleLine).
 */
export function titleBeforeNumber(paragraph: string): string | undefined {
  const head = TITLE_THEN_NUMBER.exec(paragraph.trim())?.[1]?.trim();
  return head !== undefined && isTitleLine(head) ? head : undefined;
}

/**
 * What stands before the first document number set off by spaces (NUMBER_OPENS's shape), the number a word of its own: not one the
 * title runs on after (`关于转发…的通知 国发〔2020〕1号 的通知`, a forwarding notice's name).
 */
const TITLE_THEN_NUMBER = new RegExp(String.raw`^(\S.{4,98}?)\s+(?=\p{Script=Han}{1,14}\s*${NUMBER_AFTER_PREFIX}(?:\s+(?![\s的])|$))`, 'u');

/** A document number (DOC_NUMBER) that what it is given opens with, spaces before it and inside it or not (`国发 〔2011〕 35 号`), its prefix as short as it can be. */
const NUMBER_OPENS = new RegExp(String.raw`^\s*(\p{Script=Han}{1,14}?\s*${NUMBER_AFTER_PREFIX})`, 'u');

/** What a paragraph says after the title it opens with (the title compared without spaces), or undefined when it opens with no title. */
function afterTitle(paragraph: string, bare: string): string | undefined {
  const text = paragraph.trimStart();
  let at = 0;
  for (let k = 0; k < bare.length; at++) {
    if (at >= text.length) return undefined;
    if (/\s/u.test(text[at]!)) continue;
    if (text[at] !== bare[k]) return undefined;
    k++;
  }
  return text.slice(at);
}

/** A document number (DOC_NUMBER) at the end of what comes before a title, set off by a line's start or a character neither Han nor punctuation (a space). */
const NUMBER_BEFORE = new RegExp(`(?:^|[^\\p{Script=Han}\\p{P}])(${DOC_NUMBER.source.slice(1, -1)})\\s*$`, 'u');

/**
 * The document number run into the title line right before it, the number set off from what comes before (a crawler's page text on
 * one line: `… QQ空间 岚综管综〔2015〕185号平潭综合实验区管委会关于同意…的批复区交通与建设局，…`, dev 557), as a 公文 prints its
 * number above its title: not a number a sentence cites (after a clause mark, `，按照市政府办〔2016〕3号关于…`).
 */
export function numberBeforeTitle(paragraphs: readonly string[], title: string): string | undefined {
  const name = title.trim();
  if (name.length < 6) return undefined;
  for (const p of paragraphs) {
    for (let at = p.indexOf(name); at >= 0; at = p.indexOf(name, at + 1)) {
      const m = NUMBER_BEFORE.exec(p.slice(0, at));
      if (m) return m[1]!.replace(/\s/gu, '');
    }
  }
  return undefined;
}

/**
 * The document number a page puts after its headline in brackets, when the text prints it nowhere else
 * (`…意见的函（闽监能函〔2018〕148 号）_site`, corpus 158): spaces taken out.
 */
export function headlineNumber(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs) {
    const line = (p.trim().split(TITLE_BAR)[0] ?? '').trim();
    const bare = withoutNumber(line);
    if (bare !== line && isTitleLine(bare)) return line.slice(bare.length).replace(/[\s（）()]/gu, '');
  }
  return undefined;
}

/** The document number in brackets after a header title's name (`全国法院民商事审判工作会议纪要（法〔2019〕254号）`, dev 485), spaces taken out. */
export function titleNumber(title: string): string | undefined {
  const line = title.trim();
  const bare = withoutNumber(line);
  return bare !== line ? line.slice(bare.length).replace(/[\s（）()]/gu, '') : undefined;
}

/** The year a document number names (`法〔2019〕254号` → 2019): the year the document was issued in. */
export function numberYear(docNumber: string | undefined): number | undefined {
  const y = docNumber && /[〔［[（(]\s*((?:19|20)\d{2})\s*[〕］\]）)]/u.exec(docNumber)?.[1];
  return y ? Number(y) : undefined;
}

/** The body whose decree published a rule (`国家市场监督管理总局令第43号公布` in a history line → 国家市场监督管理总局, dev 147). */
function decreeIssuer(decree: string | undefined): string | undefined {
  const body = decree && /^(\p{Script=Han}{2,24})令第/u.exec(decree)?.[1];
  return body && isOrgan(body) ? withoutCountry(body) : undefined;
}

/**
 * A national body as a decree names itself, with the country's name before it (中华人民共和国国务院令, 中华人民共和国文化部令,
 * corpus 116, 266): the body as it is cited, 国务院, 文化部; a name that is no body without it stays whole.
 */
const withoutCountry = (body: string): string => {
  const rest = body.replace(/^中华人民共和国/u, '');
  return rest !== body && isOrgan(rest) ? rest : body;
};

/** A decree line under a title: `上海市人民政府令`, `中华人民共和国国务院令` (the body's name and 令). */
const DECREE = /^(\p{Script=Han}{2,24})令$/u;
/** Its number on the next line: `（第19号）`, `第 16 号`. */
const DECREE_NUMBER = /^[（(]?\s*第\s*([\d〇零一二三四五六七八九十百]{1,6})\s*号\s*[）)]?$/u;
/** The promulgation sentence of a decree: `《…》已经2019年7月30日市政府第60次常务会议通过，现予公布`. */
const PROMULGATED = new RegExp(`已经?\\s*(${DATE_IN_TEXT.source})[^，。；]{0,60}?(?:通过|通過)[，,]\\s*现予(?:公布|发布)`, 'u');

/**
 * A government's decree that makes a rule (政府令): the decree line and its number among the opening
 * paragraphs give the doc number and the issuer (上海市人民政府令 / （第19号） → 上海市人民政府令第19号,
 * 上海市人民政府), and its promulgation sentence the date the rule was adopted (corpus 76, 84).
 */
export function decreeOf(paragraphs: readonly string[]): { doc_number: string; issuer: string; adopted?: string } | undefined {
  const head = paragraphs.slice(0, 20).map((p) => p.trim());
  for (let i = 0; i < head.length - 1; i++) {
    const body = DECREE.exec(head[i]!.replace(/\s+/g, ''))?.[1];
    const number = body && isOrgan(body) ? DECREE_NUMBER.exec(head[i + 1]!)?.[1] : undefined;
    if (!body || !number) continue;
    const issuer = withoutCountry(body);
    const promulgation = head
      .slice(i + 2, i + 6)
      .map((p) => PROMULGATED.exec(p)?.[1])
      .find((d) => d !== undefined);
    const adopted = promulgation ? parseDate(promulgation) : undefined;
    return { doc_number: `${body}令第${number}号`, issuer, ...(adopted ? { adopted } : {}) };
  }
  return undefined;
}

/** A notice's closing formula (特此通知。), after which it is signed and dated. */
const CLOSING = new RegExp(`^(?:${organData.closings.map(escape).join('|')})[。.]?$`);
/** A judge of the panel that signs a judgment and his name (data/organs.json court_panel: 审\u3000判\u3000长 张大庆, 审判员胡建平). */
const PANEL = new RegExp(`^(?:${organData.court_panel.map((r) => [...r].map(escape).join('\\s*')).join('|')})\\s*(?:\\p{Script=Han}\\s*){2,4}$`, 'u');
/** A dateline at a line's end, in brackets or not (`（2026年5月8日）` under a bulletin's issuing bodies, dev 426): the date is group 1. */
const TRAILING_DATE = /(?:[（(]\s*)?((?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)(?:\s*[）)])?$/;

/** Who signed a notice and when: the organ lines above its dateline, lead first. */
export interface Signature {
  issuers: string[];
  date: string;
  /** The dateline's paragraph. */
  line: string;
}

/**
 * The signature of a notice, in the first 80 paragraphs (a cover notice's is in the middle of the
 * text, the document it transmits follows): a dateline, alone or after the issuer, within three
 * paragraphs after the closing formula (corpus 05: 特此通知。 / 2021年2月2日); or a dateline under
 * one or more organ lines, alone or after the last of them (corpus 66: 内蒙古自治区能源局 /
 * 2026年1月13日; corpus 65: 内蒙古自治区发展和改革委员会 / 内蒙古自治区能源局2025年5月29日).
 * The signed names are the bodies' full names, where a title may shorten them (内蒙古自治区发展改革委 能源局关于…).
 */
export function signature(paragraphs: readonly string[]): Signature | undefined {
  const organsAbove = (at: number, stop = -1): string[] => {
    const organs: string[] = [];
    let i = at - 1;
    // a line may name several bodies of a joint issue, separated by a space (国家能源局华中监管局 江西省能源局, corpus 270, 271)
    for (let bodies; i > stop && (bodies = splitIssuers(paragraphs[i]!.trim())); i--) organs.unshift(...bodies);
    // a name a page broke inside a word (国家发展改 / 革委, corpus 128): the tail alone is too short to be one
    const head = i > stop ? paragraphs[i]!.trim() : '';
    // (国家发 / 展改革委, dev 413): the tail alone is too short to be one
    if (organs.length && organs[0]!.length <= 4 && /^\p{Script=Han}{2,12}$/u.test(head) && !isOrgan(head) && isOrgan(head + organs[0]!)) organs[0] = head + organs[0]!;
    return organs;
  };
  const signedAt = (i: number, closing?: number): Signature | undefined => {
    const p = paragraphs[i]!.trim();
    const m = TRAILING_DATE.exec(p);
    if (!m || !isDateLine(m[1]!)) return undefined;
    const before = p.slice(0, m.index).trim();
    if (before && !isOrgan(before)) return undefined;
    const issuers = [...organsAbove(i, closing), ...(before ? [before] : [])];
    return closing !== undefined || issuers.length >= (before ? 2 : 1) ? { issuers, date: parseDate(m[1])!, line: p } : undefined;
  };
  // a judgment's panel (审判长 …, 审判员 …) closes it as a closing formula closes a notice: the day under its last name
  const panel = paragraphs.findIndex((p) => PANEL.test(p.trim()));
  let panelEnd = panel;
  while (panelEnd >= 0 && panelEnd + 1 < paragraphs.length && PANEL.test(paragraphs[panelEnd + 1]!.trim())) panelEnd++;
  const formula = paragraphs.findIndex((p) => CLOSING.test(p.trim()));
  const closing = formula >= 0 ? formula : panelEnd;
  if (closing >= 0) {
    for (let i = closing + 1; i < Math.min(paragraphs.length, closing + 4); i++) {
      const signed = signedAt(i, closing);
      if (signed) return signed;
    }
  }
  for (let i = 0; i < Math.min(paragraphs.length, 80); i++) {
    const signed = signedAt(i);
    if (signed) return signed;
  }
  return undefined;
}

/**
 * A signature run into the document's last sentence (a crawler that saves a page's text on one line: `…报批、备案。平潭综合实验区管委会
 * 2015年9月15日 来源：中国平潭 附件下载`, dev 556, 557): after a sentence's end, or after the phone number of the contact line that
 * closes a notice and a space (`联系电话：027-67880130 东湖高新区科创局2026年7月27日`, dev 438), a body's name and a full date, and
 * after them no sentence, only the page's furniture (a source credit, a button). The name may be set with its letters spaced out, as a
 * signature is printed to the width of a line, with any spaces (`…报批。国\u3000务\u3000院一九八九年三月三日` in a dataset's cell, dev 772; `…报告。\u3000\u3000 国 \u00a0务 \u00a0院 \u00a0二○一一年十月十七日`
 * at the end of a crawler's line of a whole document, dev 819, 820): SPACED_LETTERS, closed up by splitIssuers.
 */
const SPACED_LETTERS = String.raw`\p{Script=Han}(?:[^\S\n]+\p{Script=Han}){1,19}`;

const RUN_IN_SIGNATURE = new RegExp(
  `(?:[。！；]\\s*|\\d{3,}[-－]?\\d{4,}\\s+)([\\p{Script=Han}（）()]{2,40}?|${SPACED_LETTERS})\\s*(${FULL_DATE})(?!\\s*${DAY_OPENS_TERM})([^。！？，；,;]{0,30})$`,
  'u',
);

/**
 * A signature run on after the name of the attachment that closes a notice, set off by a run of spaces (a crawler that keeps a
 * page's lines on one: `附件 :  《湖南省电力中长期交易规则（征求意见稿）》 \u00a0 \u00a0 湖南能源监管办 2020 年 10 月 20 日`, dev 673;
 * a joint issue's bodies set off by single spaces, `附件：《…办法》   国家发展改革委 国家能源局 住房城乡建设部 市场监管总局 2019年5月24日`,
 * dev 674): the bodies and a full date that end the line.
 */
const ATTACHED_SIGNATURE = new RegExp(`》\\s{2,}([\\p{Script=Han}（）()]{2,40}(?: [\\p{Script=Han}（）()]{2,40}){0,5})\\s*(${FULL_DATE})\\s*$`, 'u');

/**
 * The signature run into the last sentence of one of a text's last lines (RUN_IN_SIGNATURE), its body a body's name, or run on after
 * the attachment's name (ATTACHED_SIGNATURE), its bodies bodies' names.
 */
export function runInSignature(lines: readonly string[]): Signature | undefined {
  for (const line of [...lines].reverse()) {
    const m = RUN_IN_SIGNATURE.exec(line.trim());
    const attached = m ? undefined : ATTACHED_SIGNATURE.exec(line.trim());
    const spaced = m !== null && /\s/u.test(m[1]!);
    const issuers = m ? (isOrgan(m[1]!) || spaced ? (splitIssuers(m[1]!) ?? (spaced ? undefined : [m[1]!])) : undefined) : attached ? splitIssuers(attached[1]!) : undefined;
    const found = m ?? attached;
    if (!found || !issuers?.length) continue;
    const date = parseDate(found[2]!);
    // (the line as the text prints it, the bodies to the date, for what follows it to be read: holdsNothingAfter)
    if (date) return { issuers, date, line: found[0].slice(found[0].indexOf(found[1]!), found[0].length - (m ? m[3]!.length : 0)).trim() };
  }
  return undefined;
}

/**
 * A signature among a page's parts run together on one line, set off by spaces (a crawler's text of a gov.cn page: `…请认真贯彻执行。
 * 国务院 2026年5月30日 （本文有删减） 现代化应急体系建设“十五五”规划 …`, dev 453; the cover notice signed before the document it
 * transmits): after a sentence's end, a part that is a body's name (or the bodies of a joint issue) and the next a full date.
 */
export function spacedSignature(lines: readonly string[]): Signature | undefined {
  for (const line of lines) {
    for (const m of line.matchAll(SPACED_SIGNATURE)) {
      if (!isOrgan(m[1]!)) continue;
      const day = parseDate(m[2]!);
      if (day?.length === 10) return { issuers: splitIssuers(m[1]!) ?? [m[1]!], date: day, line: `${m[1]} ${m[2]}` };
    }
  }
  return undefined;
}

/**
 * After a sentence's end (the space after it the cleaning took out, or not), a body's name, a space and a full date that no word goes on
 * from (a space, a bracket, the line's end: `国务院 2026年5月30日（本文有删减）`).
 */
const SPACED_SIGNATURE = new RegExp(String.raw`[。！]\s*([\p{Script=Han}（）()]{2,40}?)\s+(${FULL_DATE})(?![\d\p{Script=Han}])`, 'gu');

/** A line that is the name of an attached file (`正文1.pdf`, `附件：某某办法.docx`). */
const FILE_LINE = /\.(?:pdf|docx?|wps|xlsx?|ofd|zip|rar)$/iu;

/** A file linked after a text's line: the document is an attachment, not text (corpus 155). */
export function linksFileAfter(body: string, line: string): boolean {
  return (textAfter(body, line)?.split('\n') ?? []).some((l) => FILE_LINE.test(l.trim()));
}

/** What a body holds after the first occurrence of a line of it, or undefined when the line is not in it. */
function textAfter(body: string, line: string): string | undefined {
  const at = body.indexOf(line);
  return at < 0 ? undefined : body.slice(at + line.length);
}

/**
 * Fewer Han characters than a document has after a text's line: what follows a cover notice's dateline is page furniture, not
 * the document it transmits. Menu items and buttons (新闻资讯, 常见问题解答, 12398能源监管热线网站: lines of fewer than ten Han
 * characters without a comma or stop) do not count (corpus 155: a page's menus repeated in its footer).
 */
export function holdsNothingAfter(body: string, line: string): boolean {
  const after = textAfter(body, line);
  if (after === undefined) return false;
  const han = (s: string): number => (s.match(/\p{Script=Han}/gu) ?? []).length;
  const prose = after.split('\n').filter((l) => han(l) >= 10 || /[，。；,;]/u.test(l));
  return han(prose.join('')) < 200;
}

/** The last non-blank lines of a text, where a document that runs past its opening paragraphs is signed. */
const lastLines = (body: string): string[] =>
  body
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-END_LINES);

/** How many of a text's last lines may hold its signature, its credit and a page's footer after it. */
const END_LINES = 60;

/**
 * Whether the text between a cover notice's title line and a later line (its signature) holds a document, not only the cover's
 * few paragraphs (现将《X》印发给你们，请认真贯彻落实): the document's first section, a line that opens with 一、 (dev 409: the plan
 * between the cover's title and the bodies that sign it at the end). Bold marks around the line (a Markdown scrape) do not count.
 */
export function carriesDocument(body: string, cover: string, line: string): boolean {
  const from = body.indexOf(cover);
  const to = from < 0 ? -1 : body.indexOf(line, from + cover.length);
  if (to < 0) return false;
  return body
    .slice(from + cover.length, to)
    .split('\n')
    .some((l) => /^[*_\s]*[一壹][、，．.]/u.test(l));
}

/**
 * A work report titled only by its genre (`政府工作报告`) is named by its government and year, as
 * its readers cite it: `保定市2019年政府工作报告` (issuer 保定市人民政府). Other titles stay.
 */
export function bareTitle(title: string, year: number | undefined, issuer: string | undefined): string | undefined {
  if (year === undefined || issuer === undefined || !bareTitles.has(title.trim())) return undefined;
  const government = organData.governments.find((g) => issuer.endsWith(g) && issuer.length > g.length);
  return government ? `${issuer.slice(0, -government.length)}${year}年${title.trim()}` : undefined;
}

const bareTitles = new Set(['政府工作报告', '政府工作報告', '工作报告', '工作報告']);

/**
 * The document's own date in brackets on the line under its title, where the text prints the title again below a scrape's
 * header (`中共中央办公厅 国务院办公厅关于…的意见` / `（2025年10月29日）`, as a news agency carries a document in full; corpus
 * 223): it dates the document before the page's posting date.
 */
export function datedUnderTitle(title: string, paragraphs: readonly string[]): string | undefined {
  const lines = paragraphs.map((p) => p.trim());
  for (const [i, p] of lines.entries()) {
    const bracketed = sameTitle(p, title) ? /^[（(]\s*([^（）()]{6,16})\s*[）)]$/u.exec(lines[i + 1] ?? '')?.[1] : undefined;
    if (bracketed && isDateLine(bracketed)) return parseDate(bracketed);
  }
  // a header's title (front matter) and, as the text's first line, the day and the speaker in brackets, the note a collector puts
  // after a title (`（2006年1月17日 司马义·铁力瓦尔地）`, dev 489): the day the report was delivered
  const spoken = SPOKEN_ON.exec(lines[0] ?? '');
  // (a note of what was done that day, `（2019年1月8日 修订）`, is the text's history: data/organs.json title_date_acts)
  const acted = spoken !== null && organData.title_date_acts.some((act) => spoken[2]!.endsWith(act));
  return spoken && !acted && !lines.some((p) => sameTitle(p, title)) && isDateLine(spoken[1]!) ? parseDate(spoken[1]) : undefined;
}

/** A day and a speaker's name in brackets, alone on a line: `（2006年1月17日 司马义·铁力瓦尔地）`, `（2012年6月16日 市长魏某某）`. */
const SPOKEN_ON = /^[（(]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s+([\p{Script=Han}·・]{2,16})\s*[）)]$/u;

/** An issuing line: a date, a body and its verb of issue, in brackets (`（2024年4月25日国务院反垄断反不正当竞争委员会印发）`). */
const ISSUING_LINE = /^[（(]\s*([^（）()]{6,16}?日)\s*([^（）()\d，。；]{2,40}?)\s*(?:印发|印發|发布|發布|公布|颁布|頒布)\s*[）)]$/u;

/**
 * The line under a title that says who issued the document and when, in brackets (`经营者反垄断合规指南` /
 * `（2024年4月25日国务院反垄断反不正当竞争委员会印发）`, dev 344): its date and issuer, before a page's or a wiki's posting.
 */
export function issuedUnderTitle(title: string, paragraphs: readonly string[]): { date: string; issuer: string } | undefined {
  const lines = paragraphs.map((p) => p.trim());
  for (const [i, p] of lines.entries()) {
    const m = sameTitle(p, title) ? ISSUING_LINE.exec(lines[i + 1] ?? '') : null;
    const date = m && isDateLine(m[1]!) ? parseDate(m[1]) : undefined;
    if (date && isOrgan(m![2]!.trim())) return { date, issuer: m![2]!.trim() };
  }
  return undefined;
}

/** A web page's date line under its headline (`2019-12-25 10:25`, corpus 129; `日期： 2026-07-15`, dev 357; `2025-11-19 00:58新华社`, dev 648): the day it went online, when nothing else dates the text. */
export function postedLine(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs.slice(0, 15)) {
    const day = POSTED_LINE.exec(p.trim())?.[1] ?? POSTED_STAMP.exec(p.trim())?.[1];
    // a line whose day is no date (`2020年13月05日 09:30`) posts nothing: a later one may
    const date = day === undefined ? undefined : parseDate(day);
    if (date) return date;
  }
  return undefined;
}

/**
 * The keys a page's info line under its headline may date it with: a posting's (发布时间, 发布日期: the date keys of postedDateKeys
 * in Chinese, not an effect date's 施行日期), a portal's bare ones (日期, 更新时间: page_date_keys) and 时间 (page_time_keys, read on
 * that line alone, where a notice's 时间 of an event does not stand).
 */
const HEADLINE_DATE_KEYS = [
  ...[...postedDateKeys].filter((k) => /\p{Script=Han}/u.test(k) && !frontMatterData.keys.effective.includes(k)),
  ...frontMatterData.page_date_keys,
  ...frontMatterData.page_time_keys,
];
/**
 * A page's info line that opens with its day, bare or after one of HEADLINE_DATE_KEYS, in figures (`2021/09/06`, `2024-09-27 15:28`)
 * or in 年月日, and goes on, after a space or a mark, with what else the page credits (the source, the author, the speaker, a
 * template's placeholder): the key is group 1, the day group 2, what follows group 3. Not a sentence that opens with a day (`2013年1月20日上午，…`: a word right after it, or
 * a full stop on the line).
 */
const HEADLINE_DATE_LINE = new RegExp(
  String.raw`^(?:(${alternation(HEADLINE_DATE_KEYS)})\s*[：:︰]\s*)?(${POSTED_DAY}|${FULL_DATE})(?:${TIME_OF_DAY})?(?=$|[\s\u3000$|｜])(?!.*。)(.*)$`,
  'u',
);

/** page_time_keys, whose day is read only when nothing but another credit follows it. */
const PAGE_TIME_KEYS: ReadonlySet<string> = new Set(frontMatterData.page_time_keys);
/** Another credit of an info line after its day: a key and its colon (`  来源：北京机关党建`, `  作者：…`). */
const CREDIT_AFTER = /^[\s\u3000]*[^\s\d：:]{1,8}[：:︰]/u;

/**
 * The day a page's info line right under its headline opens with, whatever the line credits after it (after 时间 only another credit, not an event's time; `日期：2021/09/06  来源：民族画报社
 * 字号：[ 大中小 ]`, dev 892; `发布时间：2017年10月9日${…}    政策解读作者：…`, dev 454; `时间：2023年11月14日` under a headline that a portal's
 * menus push past the opening lines, dev 898; a speech's `2013年1月20日  …研究会会长--陈昊苏`, dev 873): the day the page dates the text
 * with, read as postedLine's. The headline is the title's line, or a line that opens with the title and a space (a template's
 * placeholder after it); the info line is one of the two under it (the source credited on a line of its own between them).
 */
export function headlineDate(title: string, paragraphs: readonly string[]): string | undefined {
  const lines = paragraphs.map((p) => p.trim());
  const headline = lines.findLastIndex((p) => sameTitle(p, title) || (p.startsWith(title.trim()) && /^\s/u.test(p.slice(title.trim().length))));
  if (headline < 0 || !title.trim()) return undefined;
  for (const line of lines.slice(headline + 1, headline + 3)) {
    // a regulation's history line under its title is no info line (`2017年7月28日 浙江省…常务委员会第四十三次会议通过`, dev 10, 139, 147, 229, 230)
    const m = isHistoryLine(line) ? null : HEADLINE_DATE_LINE.exec(line);
    // after 时间 the day is the page's only when the line ends with it or goes on with another credit (`来源：…`); what else goes on
    // after it is an event's time (`时间：2024年5月10日 14:30-16:30`, `时间：2024年5月10日 至 5月12日`)
    const eventTime = m?.[1] !== undefined && PAGE_TIME_KEYS.has(m[1]) && m[3]!.trim() !== '' && !CREDIT_AFTER.test(m[3]!);
    const day = eventTime ? undefined : m?.[2];
    const date = day === undefined ? undefined : parseDate(day);
    if (date?.length === 10) return date;
  }
  return undefined;
}

/**
 * A medium's byline: its source (`来源：`) and, before or after it, a day (`2023年03月02日05:43 | 来源：人民网－人民日报`, `来源：光明日报
 * 2023-03-02`; a page's day span run into it, `2017-08-10来源：…`, dev 382). The source key stands at a line's start or after a space, a bar or the day before it; or run into the value of the author's label the line
 * opens with (data/organs.json author_keys: `作者：铁科院来源：四川铁科建设监理2017-07-18`, an info line's labels run together, dev 974),
 * not into a word of a note (`注：资料来源：…`, a table's source, no medium's byline).
 */
const SOURCE_KEY = new RegExp(String.raw`(?:^|[\s|｜\d]|^(?:${alternation(organData.author_keys)})\s*[：:︰][^\s：:]{1,20}?)(?:来源|來源|稿源)\s*[:：]`, 'u');
/** A page's day span run into its source span with the day's 日 dropped (`2011年09月26来源：…`, dev 384): the day is groups 1-3. */
const DAY_INTO_SOURCE = /(?<!\d)((?:19|20)\d{2})\s*年\s*(0?[1-9]|1[0-2])\s*月\s*(0?[1-9]|[12]\d|3[01])(?=\s*(?:来源|來源|稿源)\s*[:：])/u;
const ISO_DAY = /(?<!\d)(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)/u;
/** A newspaper's credit of the edition that printed a text: `《人民日报》（2023年03月02日 第09版）`, spaced or not. */
const EDITION = /^《\s*[^《》]{2,16}?\s*》\s*[（(]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]$/u;

/**
 * A line that gives a time and nothing else, `时间：2015年12月13日 04:16:45`, `时间：2026-02-12` (a reprint's credit block, over its
 * `来源：` line): a day, maybe the clock time it was posted at; not an event's time a notice gives (`时间：2024年5月10日上午9:00`).
 */
const TIME_LINE = /^(?:时间|時間|日期)\s*[:：]\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/** A line that credits a source: `来源：江西日报`. */
const SOURCE_LINE = /^(?:来源|來源|稿源)\s*[:：]\s*\S/u;

/**
 * The day an article's medium gives it, when nothing else dates the text: its byline, the source and the day in either order, or
 * the newspaper's credit of its edition under or above the text (a journal's issue, `《求是》2023/05`, is no day). A byline may
 * stand on lines of its own, the time and the source (`时间：2015年12月13日 04:16:45` / `来源：江西日报`, a reprint's credit block at the
 * text's end, dev 327, its source line maybe moved by the cleaning with the reprint notices): a time line is a byline when the lines
 * credit a source too.
 */
export function bylineDate(lines: readonly string[]): string | undefined {
  const source = lines.find((l) => SOURCE_LINE.test(l.trim()))?.trim();
  for (const l of lines) {
    const t = source !== undefined && TIME_LINE.test(l.trim()) ? `${l.trim()} ${source}` : l.trim();
    const edition = EDITION.exec(t)?.[1];
    if (edition) return parseDate(edition);
    if (t.length > 80 || !SOURCE_KEY.test(t)) continue;
    const run = DAY_INTO_SOURCE.exec(t);
    const day = datesIn(t).find((d) => d.date.length === 10)?.date ?? parseDate(ISO_DAY.exec(t)?.[0] ?? '') ?? (run ? parseDate(`${run[1]}-${run[2]}-${run[3]}`) : undefined);
    if (day?.length === 10) return day;
  }
  return undefined;
}

/**
 * The day a document's printing line says it was printed (`浙江省财政厅办公室 2024年6月4日印发`, under its 抄送 line at the end of
 * an official document): its date when nothing else dates it (a page that dropped the signature); the office is no issuer.
 */
export function printedDate(paragraphs: readonly string[]): string | undefined {
  const line = paragraphs
    .slice(-8)
    .map((p) => p.trim())
    .find((p) => /^\S{2,40}\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印[发發]$/u.test(p));
  return line ? datesIn(line)[0]?.date : undefined;
}

/** The day a saved page's HTML comment gives (`<!-- 2021-03-13 07:16 来源： 新华社 -->`): when it was posted. */
export function commentDate(comments: readonly string[]): string | undefined {
  for (const c of comments) {
    const m = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/.exec(c);
    const day = m ? parseDate(m[0]) : undefined;
    if (day) return day;
  }
  return undefined;
}

/**
 * A news agency's dateline among the opening paragraphs (`新华社北京3月12日电`, dates.ts DATELINE_HEAD) dates the text: its month and day, in the year of
 * `posted` (the page's posting), or the year before when that day comes after the posting's (a dateline of 12月31日 posted on
 * 1月2日). No posting, no date: a dateline names no year.
 */
export function datelineDate(paragraphs: readonly string[], posted: string | undefined): string | undefined {
  if (posted === undefined || !/^\d{4}/.test(posted)) return undefined;
  const line = paragraphs.slice(0, 8).find((p) => DATELINE_HEAD.test(p.trim()));
  const m = line === undefined ? undefined : DATELINE_HEAD.exec(line.trim())?.groups;
  if (m?.month === undefined || m.day === undefined) return undefined;
  const [month, day] = [parseNumeral(m.month), parseNumeral(m.day)];
  const postedDay = posted.length === 10 ? Number(posted.slice(5, 7)) * 100 + Number(posted.slice(8, 10)) : undefined;
  const year = Number(posted.slice(0, 4)) - (postedDay !== undefined && month * 100 + day > postedDay ? 1 : 0);
  return isoDate(year, month, day);
}

/** The date most running page headers print (a record of a sitting dates every page), when nothing else dates the text. */
export function headerDate(headers: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const h of headers) {
    // a day's date (YYYY-MM-DD), not a month's
    const d = parseDate(h);
    if (d?.length === 10) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
}

/** A lede that says a greeting was delivered on the eve of the new year it names: `新年前夕，国家主席…发表了二〇二〇年新年贺词` (dev 355). */
const NEW_YEAR_EVE = /^(?:新年|元旦)前夕[，,][^。]*?([〇零一二三四五六七八九]{4}|[12]\d{3})年(?:新年|元旦)/u;

/**
 * The day a New Year's greeting was delivered, as its lede gives the occasion (新年前夕, 元旦前夕: the eve of the year it greets):
 * 31 December of the year before the one the greeting names (二〇二〇年新年贺词 → 2019-12-31, dev 355). A speech is dated by its
 * occasion, not by the day a page posted it; a lede that names no year dates nothing.
 */
export function eveDate(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs.slice(0, 5)) {
    const m = NEW_YEAR_EVE.exec(p.trim());
    const greeted = m ? yearOf(m[1]!) : Number.NaN;
    if (Number.isInteger(greeted) && greeted > 1900) return isoDate(greeted - 1, 12, 31);
  }
  return undefined;
}

/**
 * A speech's date line: the day in brackets, maybe with the city it was given in after a comma (`（2026年7月17日，上海）`, as a gazette
 * or a newspaper prints it under the speech's title), alone on one of the opening lines or set off by spaces where a crawler ran the
 * page's lines together (dev 379): the day it was delivered. Not a day with a note of what was done (`（…日，修订）`: no place).
 */
export function speechDateLine(paragraphs: readonly string[]): string | undefined {
  // (right after the title, also under a page's furniture, its buttons a line each: 字号：默认 / 大 / 超大 / 打印, dev 648)
  for (const [i, p] of paragraphs.slice(0, 15).entries()) {
    for (const m of p.matchAll(SPEECH_DATE_LINE)) {
      // (the day alone only as a line of its own or a part set off by spaces; with its city, also where the cleaning took the spaces out)
      const alone = p.trim() === m[0] || new RegExp(`(?:^|\\s)${escape(m[0])}(?:\\s|$)`, 'u').test(p);
      // (right after the speech's title, a crawler's run-on line, with the city it was given in, at home or abroad: `…上的讲话（2025年11月18日，莫斯科）`,
      // dev 648; not a note of what was done that day, `（…日，修订）`: data/organs.json title_date_acts)
      const noted = m[2] !== undefined && organData.title_date_acts.some((act) => m[2]!.endsWith(act));
      if (!noted && SPEECH_TITLE_END.test(p.slice(0, m.index))) return parseDate(m[1]);
      if (i < 5 && (m[2] === undefined ? alone : findPlace(m[2]) !== undefined)) return parseDate(m[1]);
    }
  }
  return undefined;
}
const SPEECH_DATE_LINE = new RegExp(`[（(]\\s*(${FULL_DATE})\\s*(?:[，,]\\s*(\\p{Script=Han}{2,8}))?\\s*[）)]`, 'gu');
/** A speech's title ending where its date line starts (patterns.ts SPEECH_TITLE). */
const SPEECH_TITLE_END = new RegExp(`${SPEECH_TITLE}\\s*$`, 'u');

/**
 * The date of the occasion a speech was given at: `——2004年3月5日在…会议上`, `2026年1月14日在…大会…上`; or one in brackets right after
 * the title the text prints, on its line (a page that runs the title, the occasion and the speaker into one line: `…的报告 （2016年2月4日在
 * 乡十五届人大六次会议上） 吴 滨 各位代表：`, dev 713).
 */
export function occasionDate(paragraphs: readonly string[], title?: string): string | undefined {
  const occasion = occasionOf(paragraphs);
  if (occasion) return parseDate(occasion.match[1]);
  const own = title?.trim();
  if (!own) return undefined;
  const titled = new RegExp(`${escape(own)}\\s*${OCCASION_BRACKET}`, 'u');
  for (const p of paragraphs.slice(0, 40)) {
    const m = titled.exec(p);
    if (m) return parseDate(m[1]);
  }
  return undefined;
}

/**
 * The occasion line among the opening paragraphs, as one line (`——2004年3月5日在…会议上`) or as a page or PDF broke it in two
 * (`——2025年7月30日在某市第十六届人民代表大会` / `常务委员会第三十四次会议上`, dev 319; a city's final-accounts report page, 抚顺 2025): the line (joined), its match, and the
 * paragraph it ends in.
 */
function occasionOf(paragraphs: readonly string[]): { line: string; match: RegExpExecArray; at: number; end: number } | undefined {
  for (const [i, p] of paragraphs.entries()) {
    const line = OCCASION.test(p) || !OCCASION_START.test(p) ? p : `${p.trim()}${paragraphs[i + 1]?.trim() ?? ''}`;
    const match = OCCASION.exec(line);
    if (match) return { line, match, at: i, end: line === p ? i : i + 1 };
  }
  return undefined;
}

/**
 * The bodies a report prints alone under its title, with no date under them (哈密市统计局 / 国家统计局哈密调查队 over a bulletin's
 * first section, dev 426's shape; dated, they are a signature): the bodies that issue it. Every line between the title and the
 * text must be bodies' names and nothing else (splitIssuers).
 */
export function organsUnderTitle(title: string, paragraphs: readonly string[]): string | undefined {
  const own = title.trim();
  const at = own ? paragraphs.slice(0, 10).findIndex((p) => p.trim() === own) : -1;
  if (at < 0) return undefined;
  const organs: string[] = [];
  for (let i = at + 1; i < Math.min(paragraphs.length, at + 4); i++) {
    const bodies = splitIssuers(paragraphs[i]!.trim());
    if (!bodies) break;
    organs.push(...bodies);
  }
  return organs.length ? organs.join(' ') : undefined;
}

/**
 * The body a report's byline names under its occasion line (`——2026年2月7日在…会议上` / `市财政局`, or run on after it where a PDF's
 * lines were joined, dev 239; the occasion maybe broken in two, as a page's <p>s break it), or under the subtitle that says the session adopted it
 * (`——2026年2月7日…会议通过` / `上海市财政局`, dev 278): the body that delivers it; a byline that is its reader's post and name
 * (`市财政局局长 谷某某`, a final-accounts report read to a standing committee) names the body the post heads (organs.ts speakerBody),
 * also when the cleaning moved it to the speaker (`moved`).
 */
export function bylineBody(paragraphs: readonly string[], moved?: string): string | undefined {
  const adopted = paragraphs.findIndex((p) => ADOPTED_BY_SESSION.test(p.trim()));
  const occasion = occasionOf(paragraphs);
  const by =
    occasion && (adopted < 0 || occasion.at <= adopted)
      ? occasion
      : adopted >= 0
        ? { line: paragraphs[adopted]!.trim(), match: ADOPTED_BY_SESSION.exec(paragraphs[adopted]!.trim())!, end: adopted }
        : undefined;
  if (!by) return undefined;
  const runOn = by.line.slice(by.match.index + by.match[0].length).trim();
  const byline = runOn || paragraphs[by.end + 1]?.trim();
  // the byline the cleaning moved to the speaker (metadata-lines: `市财政局局长 谷某某` under the occasion, dev 356) is the same line
  return (byline ? (isOrgan(byline) ? byline : speakerBody(byline)) : undefined) ?? (moved ? speakerBody(moved) : undefined);
}

/**
 * A given region (parent looked up when not given), else the most specific place the texts name,
 * else the place of the site that published the page (广东省人民政府网 → 广东, corpus 167; a place inside it the body
 * names most, a district of a city's portal, wins), else the place the body names most; a found place in the text's
 * script (台湾 → 臺灣).
 */
function regionOf(
  given: string | undefined,
  parent: string | undefined,
  texts: string[],
  ev: Evidence,
  site?: string,
  zone?: string,
): { place?: Place | undefined; region?: string | undefined; region_parent?: string | undefined } {
  if (given) {
    const place = findPlace(given);
    return { place, region: given, region_parent: parent ?? (place ? withParent(place).region_parent : undefined) };
  }
  const named = inferPlace(texts);
  const sitePlace = site === undefined ? undefined : inferPlace([site]);
  // a title that names only the country (a national body acting) over a text of a special administrative region's affairs (dev 347, 480)
  const actedOn = named && findPlace(named.region)?.level === 'country' ? regionActedOn(ev.body, sitePlace?.region) : undefined;
  const placed = actedOn ?? (named && ownCountyWithin(named, ev.body)) ?? named ?? siteOrBody(sitePlace, inferBodyPlace(ev.body));
  // a county its body names most, by its full name, inside the city or province the site or the body placed it in (dev 716, 767,
  // 824), or inside the one those lines name when the site is the county's own (a district's news under its city's name, dev 931)
  // (asked only where it may be taken: a title's place stands unless the site is a county's, which has a parent)
  const inside = placed && !actedOn && (!named || sitePlace?.region_parent !== undefined) ? countyInside(ev.body, placed, sitePlace) : undefined;
  // (the same county: 朝阳区 of 北京 on 北京's 朝阳区's site, not on 长春's)
  const found = inside && (!named || (inside.region === sitePlace?.region && inside.region_parent === sitePlace.region_parent)) ? inside : placed;
  // a zone's own body issues for the zone, under the place found around it, else the place the text names first (福建省…, dev 557)
  if (zone) {
    const around = found ?? namedFirst(ev.body);
    const place = around && findPlaceIn(around.region, around.region_parent);
    return { place, region: zone, ...(around ? { region_parent: around.region } : {}) };
  }
  if (!found) return {};
  // a district whose name another district bears is found with its city (西湖区 of 杭州), for the bodies its level word names
  const place = findPlaceIn(found.region, found.region_parent);
  if (!ev.toScript) return { place, ...found };
  return { place, region: ev.toScript(found.region), ...(found.region_parent ? { region_parent: ev.toScript(found.region_parent) } : {}) };
}

/** The name of a zone at the start of a body's name (平潭综合实验区管委会, 大鹏新区管理委员会): organs.json's zones, longest first. */
const ZONE_NAME = new RegExp(`^(\\p{Script=Han}{2,12}?(?:${alternation(organData.zones)}))(?=\\p{Script=Han})`, 'u');

/**
 * The zone a text's issuing body is the zone's own (its management committee or a bureau of it: 平潭综合实验区管委会, 大鹏新区管理委员会,
 * dev 483, 556), by the names of its issuer and the bodies its title names before 关于: a zone no division of the place data
 * names, not one named after a county of its city (广州南沙新区 is 南沙区's, places.ts stemMentions), and not a body's whose name opens
 * with another body's (国务院自由贸易试验区…办公室, dev 458).
 */
export function zoneOf(bodies: readonly string[]): string | undefined {
  for (const body of bodies) {
    const zone = ZONE_NAME.exec(body)?.[1];
    if (zone === undefined || !isOrgan(body)) continue;
    // a name that opens with a body's (国务院自由贸易试验区工作部际联席会议办公室, dev 458; 国家税务总局…开发区税务局) is that body's: no
    // zone's own (three characters at least: 西部新区 opens with no body)
    if ([...zone].some((_, n) => n >= 3 && isOrgan(zone.slice(0, n)))) continue;
    const inside = inferPlace([zone]);
    if (findPlace(zone) === undefined && (inside === undefined || findPlace(inside.region)?.level !== 'county')) return withoutCity(zone);
  }
  return undefined;
}

/**
 * A zone's name after the city's its issuer puts before it (武汉东湖新技术开发区 → 东湖新技术开发区, dev 438; 深圳市大鹏新区 → 大鹏新区), as a
 * district is named; not where what is left is a zone's kind alone (广州经济技术开发区, 西安高新技术产业开发区: organs.json's zones), which
 * names no place without its city.
 */
const CITY_ZONE = new RegExp(`^(\\p{Script=Han}{2,4}?)市?(\\p{Script=Han}{2,}(?:${alternation(organData.zones)}))$`, 'u');
function withoutCity(zone: string): string {
  const m = CITY_ZONE.exec(zone);
  return m && findPlace(m[1]!)?.level === 'city' && !organData.zones.includes(m[2]!) ? m[2]! : zone;
}

/**
 * The county a body speaks of as its own (ownCounty: its bodies by the level word alone, （责任单位：区商务委）), when it lies inside
 * the place the title names: a news headline naming only the city (上海虹桥商务区) over a district's task division (dev 455).
 */
function ownCountyWithin(named: { region: string }, body: string): { region: string; region_parent?: string } | undefined {
  const outer = findPlace(named.region);
  const own = outer && outer.level !== 'county' ? ownCounty(body) : undefined;
  const inner = own && findPlaceIn(own.region, own.region_parent);
  // right under it: a district of the city or municipality named (闵行区 of 上海), not a county a province's text names
  // (贺兰县 of 银川 in 宁夏's work report, whose 自治区人民政府 the level word reads as a district's own body)
  return inner && outer && inner.parent === outer.name ? own : undefined;
}

/** The site's place, unless the body places the text inside it (a district of the city whose portal posts it). */
function siteOrBody(site: { region: string } | undefined, body: { region: string } | undefined): { region: string; region_parent?: string } | undefined {
  if (!site) return body;
  const inner = body && findPlace(body.region);
  const outer = findPlace(site.region);
  return inner && outer && inner !== outer && within(inner, outer) ? body : site;
}

/** The words a document's title may end in (报告, 条例, 方案, 通知 …): kinds.json and organs.json's document kinds. */
// and what a budget speech is called (財政預算案: a cover's 二零二四至二五財政年度 / 政府財政預算案, dev 305)
const KIND_WORDS = [...new Set([...kindData.kinds.flatMap((k) => [...k.words, ...(k.ends ?? [])]), ...organData.document_kinds, ...Object.values(organData.budgets)])]
  .map(escape)
  .join('|');
/** The end of a document's title: a kind word, maybe its number in brackets after it. */
const TITLE_END = new RegExp(`(?:${KIND_WORDS})(?:[（(][^（）()]*[）)])?$`);

/**
 * A text whose first sentence names it (a PDF extraction that lost its title line): `中华人民共和国国民经济和
 * 社会发展第十一个五年（2006—2010 年）规划纲要根据《…》编制，…` (corpus 69). The period the sentence puts in
 * brackets inside the name is not part of it. A plan's preamble may open with the period it is the plan of:
 * `中华人民共和国国民经济和社会发展的第七个五年计划时期，是…` (corpus 181).
 */
const RUN_IN_TITLE = new RegExp(`^([^，。；：、,;:]{6,60}?(?:${KIND_WORDS}))(?:根据|依据|是|经|由|按照|[时時]期，是)`);

/** A place, then when something began (`于一九五三年开始伟大的`), then the name: a sentence naming its document (corpus 226). */
const TIME_CLAUSE = /^([^于，。]{2,12}?)于(?:\d{4}|[〇○零一二三四五六七八九]{4})年[^，。的]{0,8}?(?:开始|開始|起)(?:\p{Script=Han}{1,3}的)?(.{4,})$/u;

/** The name a title line says without its time clause: `中华人民共和国于一九五三年开始伟大的发展国民经济的第一个五年计划` → 中华人民共和国发展国民经济的第一个五年计划. */
export function withoutTimeClause(title: string): string {
  const m = TIME_CLAUSE.exec(title.trim());
  const name = m ? `${m[1]}${m[2]}` : undefined;
  return name && isTitleLine(name) ? name : title;
}

export function runInTitle(paragraph: string): string | undefined {
  const name = RUN_IN_TITLE.exec(paragraph.trim())?.[1];
  if (!name || !/\p{Script=Han}{5}/u.test(name) || isOrgan(name)) return undefined;
  return name.replace(BRACKETED_SPAN, '');
}

/** A breadcrumb trail on top of a page (`大萌法律读本2 >> 2012-治安管理处罚法`, `首页 > 政务公开 > 通知`) is never a title. */
const BREADCRUMB = />>|»|›|＞＞|\s[>＞]\s/u;

/**
 * The name a text gives itself when it lost its title line (a PDF extraction that starts with its preamble): the
 * document its opening sentences say they make, `根据《…建议》，制定《中华人民共和国国民经济和社会发展“九五”计划和
 * 二○一○年远景目标纲要》（以下简称《纲要》）` (corpus 164). Not a document it follows (根据《X》): only one it makes
 * (制定, 编制, 制订), named in full (ending in a kind word, as a title line does).
 */
const SELF_NAMED = /(?:制定|编制|制订|製定|編製|製訂)《((?:[^《》]|《[^《》]*》){6,80})》/gu;

/**
 * An outline compiled by the proposal for making its plan, `本纲要根据《中共中央关于制定国民经济和社会发展第十个五年计划的建议》编制`
 * (corpus 180): the plan's 纲要. Only a text that calls itself 本纲要; one that merely follows a proposal is not named by it.
 */
const OUTLINE_OF_PROPOSAL = /本[纲綱]要(?:根据|根據|依据|依據)《[^《》]*?(?:关于|關於)制定([^《》]{6,60}?)的(?:建议|建議)》(?:精神)?(?:编制|編製)/u;

export function selfNamed(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs.slice(0, 5)) {
    for (const m of p.matchAll(SELF_NAMED)) {
      const name = m[1]!.trim();
      if (/\p{Script=Han}{5}/u.test(name) && TITLE_END.test(name) && !isOrgan(name)) return name;
    }
  }
  // the sentence that says so closes the preamble: among the opening paragraphs, not only the first five
  for (const p of paragraphs.slice(0, 30)) {
    const plan = OUTLINE_OF_PROPOSAL.exec(p)?.[1];
    if (plan) return `${plan}纲要`;
  }
  return undefined;
}

/** A line that can be a document's title: Han text ending in a kind word, not a sentence, label, breadcrumb, body's name or numbered heading. */
export function isTitleLine(text: string): boolean {
  const t = text.trim();
  // a numbered heading (（三）经济效益\u3000\u3000…国际标准, corpus 181) is never a title, whatever word it ends in
  return (
    /\p{Script=Han}{5}/u.test(t) && t.length <= 100 && !/[。；：:！？]/.test(t) && !BREADCRUMB.test(t) && !isOrgan(t) && !isLetterhead(t) && !startsHeading(t) && TITLE_END.test(t)
  );
}

/**
 * A header title that is only its text's first line, and that line no title (a record a crawler wrote for a text without a title line
 * puts its first line in the title key: the preamble's sentence, 为落实《…》…，制定本办法。, dev 123, 124; a chapter's heading,
 * 第十五章 推进教育现代化 加快建设教育强省, dev 237; a preface run into its first sentence, 序言\u3000\u3000世纪之交，…, dev 180; eval:shapes
 * xml-record and rss): a sentence (one that ends with a full stop, or one with a comma run on after a heading and an indent) or a
 * numbered heading, not a title line, that the first paragraph opens with. A headline whose clauses a comma joins, printed again as the
 * text's first line and a paragraph of its own (dev 275, 439, 455 as records), is the title. A line that is no title says nothing the text
 * does not: the text is read as without it, as the same text without a header is (index.ts).
 */
export function firstLineTitle(title: string | undefined, first: string | undefined): boolean {
  const squash = (s: string): string => s.replace(/[\s\uFEFF]/gu, '');
  const t = title?.trim() ?? '';
  if (t === '' || first === undefined || !squash(first).startsWith(squash(t)) || isTitleLine(t)) return false;
  // a sentence: one that ends (…，制定本办法。), or one with a comma run on after a heading and an indent (序言\u3000\u3000世纪之交，…);
  // a headline whose clauses a comma joins (完善数据要素治理制度，保障数据流通交易安全, dev 275) ends in no full stop: the title
  const sentence = /[。；;！？!?]$/u.test(t) || (/[，。；,;]/u.test(t) && /\S\s{2,}\S/u.test(t));
  return sentence || startsHeading(t);
}

/** Keys that are codes, not words (s1, s22: data/json-export.json coded_keys). */
const CODED_KEY = new RegExp(exportData.coded_keys.pattern, 'u');
/** The end of a court decision's title (…一审民事判决书: data/organs.json court_documents). */
const DECISION_END = new RegExp(`(?:${alternation(organData.court_documents)})$`, 'u');

/**
 * The title of a record whose keys are codes and none a title key (a judgment database's s1 … s51, dev 684; data/json-export.json
 * coded_keys): its first coded field whose value reads as a document's title, one line, a title line or a court decision's title
 * (s1 陈荣辉与…劳务合同纠纷一审民事判决书; not s2, the court's name, nor s22, the heading over three lines). Undefined for fewer codes.
 */
export function codedTitle(extra: Readonly<Record<string, string>>): string | undefined {
  const coded = Object.entries(extra).filter(([k]) => CODED_KEY.test(k));
  if (coded.length < exportData.coded_keys.least) return undefined;
  const decision = (t: string): boolean => /\p{Script=Han}{5}/u.test(t) && t.length <= 100 && !/[。；：:！？]/u.test(t) && !isOrgan(t) && DECISION_END.test(t);
  return coded.map(([, v]) => v.trim()).find((v) => !v.includes('\n') && (isTitleLine(v) || decision(v)));
}

/**
 * The title of a record with no title key of its own that a key of data/front-matter.json titled names (policy, a policy dataset's CSV
 * column over Policy_Content, dev 772, 773): its value, when it reads as a document's title (one line, a title line); not a category
 * another record's policy field holds (安全生产政策: review36c).
 */
export function keyedTitle(extra: Readonly<Record<string, string>>): string | undefined {
  return Object.entries(extra)
    .filter(([k]) => titledKeys.has(keyOf(k)))
    .map(([, v]) => v.trim())
    .find((v) => !v.includes('\n') && isTitleLine(v));
}

/** A red-head document's letterhead: the issuing bodies' names and 文件 (`某某市人民政府办公室文件`, `中共某市委办公室 某市人民政府办公室文件`). */
const LETTERHEAD = /^(.{2,80}?)\s*文\s*件$/u;

/** Whether a line is a letterhead (LETTERHEAD), which titles nothing: the title line is below it (a cover notice's, as its PDF prints it). */
export function isLetterhead(line: string): boolean {
  const bodies = LETTERHEAD.exec(line.trim())?.[1]?.trim();
  return bodies !== undefined && (isOrgan(bodies) || (splitIssuers(bodies)?.length ?? 0) > 1);
}

/** A law database's note of the edition after a title: `中华人民共和国婚姻法（修正）`, `（2018年修订）`, `（2001修正本）`. */
const EDITION_NOTE = /\s*[（(]\s*(?:(?:19|20)\d{2}\s*年?)?\s*(?:修正|修订|修訂)(?:本|文本)?\s*[）)]$/u;

/** The title without a law database's note of the edition (not part of the name; 试行 is). */
export const withoutEditionNote = (title: string): string => {
  const note = EDITION_NOTE.exec(title);
  return note && note.index >= 4 ? title.slice(0, note.index) : title;
};

/** The contents heading (目录, 目 录) and a preface's (前言, 序 言, 引言: a PDF extraction that lost its title line) are never a title. */
const CONTENTS = /^(?:目\s*[录錄]|目\s*次|前\s*言|序\s*言|引\s*言)$/u;

/**
 * The name a text's history gives it when no line titles it: `…《关于修改〈中华人民共和国人民检察院组织法〉的决定》
 * 第一次修正…` → 中华人民共和国人民检察院组织法 (a law database's page that starts with its history, corpus 110).
 */
export function amendedName(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs) {
    if (!isHistoryLine(p)) continue;
    // the first decision amends this text (a later one may amend several texts at once)
    const name = /《关于修改〈([^〈〉《》]{4,60})〉的决定》/u.exec(p)?.[1];
    if (name) return name;
  }
  return undefined;
}

/** The separator of a browser title bar: `title_section_site`, `title｜site`. */
const TITLE_BAR = /\s*[_｜|]\s*/;

/**
 * The separators of a browser title bar as a title is read: TITLE_BAR's and a hyphen that stands between no two digits
 * (`…工作计划-工作计划及完成情况-政务公开-淄博市财政局`, `…的报告-苏州市人民政府`, dev 279, 322; never the one of a period, `（2023-2025年）`).
 */
const SITE_BAR = /\s*[_｜|]\s*|(?<![\d０-９])\s*[-－]\s*(?![\d０-９])/u;

const SITE_BARS = new RegExp(SITE_BAR.source, 'gu');

/**
 * The title a browser title bar holds: what stands before the first of its separators that a title line ends at, or its document number in brackets before it (a hyphen
 * inside the title, 关于中国-东盟自贸区…的实施方案-南宁市人民政府, cuts nothing there); with no title line in it, what stands before
 * a bar that ends in the site's body (its first part, or all but the body when only hyphens part it: the title's own hyphen
 * is not told from a bar's); or what stands before a separator when the page prints it as a line of its own (its headline, dev 384).
 */
function barTitle(found: string, paragraphs: readonly string[] = []): string | undefined {
  const cuts = [...found.matchAll(SITE_BARS)].map((m) => m.index);
  if (!cuts.length) return undefined;
  // (gov.cn's bar puts the document number in brackets after the title, `…政策措施（2025—2027年）（渝经信规范〔2025〕13号）_政府信息公开专栏`:
  // the title line is what stands before it, withoutNumber)
  const titled = cuts.map((i) => withoutNumber(found.slice(0, i).trim())).find(isTitleLine);
  if (titled !== undefined) return titled;
  // the part before a separator that the page prints as a line of its own, its headline (…意义重大- 阳光易购商圈新闻, dev 384)
  const printed = cuts.map((i) => found.slice(0, i).trim()).find((head) => /\p{Script=Han}{4}/u.test(head) && paragraphs.some((p) => p.trim() === head));
  if (printed !== undefined) return printed;
  // (the site's body, `…_六安市财政局`, or the body's website, `…_政策解读_首都之窗_北京市人民政府门户网站`, dev 791: isSite)
  const last = found.split(SITE_BAR).at(-1)!.trim();
  if (!isOrgan(last) && !isSite(last)) return undefined;
  const strong = found.split(TITLE_BAR);
  const head = strong.length > 1 ? strong[0]! : found.slice(0, cuts.at(-1));
  return /\p{Script=Han}{4}/u.test(head) ? head : undefined;
}

/** A daily's title ends in its date and weekday (陆家嘴财经早餐2024年8月31日星期六, dev 388; data/kinds.json daily_title): the day it came out. */
const DAILY_TITLE = new RegExp(kindData.daily_title.pattern, 'u');
const dailyDate = (title: string): string | undefined => {
  const m = DAILY_TITLE.exec(title.trim());
  return m ? parseDate(m[1]!) : undefined;
};

/**
 * A programme's, a paper's or a column's issue headlined by its name and its day set off by a space (`新闻联播 2024-02-29`, a
 * crawler's transcript of one evening's programme, dev 353, 354; `新闻联播 2024年1月17日`): the day it went out. The name names no
 * kind of document (a document's title with a date after it, `关于…的通知 2024-02-29`, is dated by what the document says), is
 * no body's (`南京市人民政府 2024-03-01`, a signature or a posting stamp) and is no key (`发布时间：`).
 */
export function issueDate(title: string): string | undefined {
  const t = title.trim();
  const m = DATED_END.exec(t);
  if (!m) return undefined;
  const name = t.slice(0, m.index);
  // a body's name and a day (南京市人民政府 2024-03-01) is its signature or a page's posting stamp, dated as such, no programme's issue
  if (!/\p{Script=Han}{2}[^\s：:︰]*\s+$/u.test(name) || /\d/u.test(name) || TITLE_END.test(name.trim()) || isOrgan(name.trim())) return undefined;
  return parseDate(m[0]);
}

/** What a title that is only a date is made of (1995年, 2024年8月31日): without it, such a title holds no two Han characters. */
const YEAR_WORDS = /[\d０-９\s年月日号號]/gu;
/** A column's tag in 【】 before a page's title (`【预算执行情况】2025年全市预算执行情况分析_六安市财政局`, dev 320): no part of the title. */
const COLUMN_TAG = /^【[^【】]{2,20}】\s*(?=[^【】]*\p{Script=Han}{4})/u;

/**
 * A post's headline with the account's column before a bar: `发布 | X`, `专家解读 | X`, `论坛·2022全球网空态势回顾 | X` (a WeChat
 * account's, dev 272-277): X. The head is short and no title or body of its own; a title bar with the title before the bar and
 * the site after it (`…扶持办法｜某区人民政府`; a short title no kind word marks, `致全市人民的一封信｜某市人民政府`) keeps its title.
 */
const COLUMN = /^([^|｜《》，。；：:]{1,16}?)\s*[|｜]\s*(\S.{3,})$/u;

export function withoutColumn(title: string): string {
  // a tag in 【】 before a headline (`【睇片，國歌法二讀】不記名表決…`, a news site's column and topic, dev 415; a programme's series and
  // its campaign, `【新思想引领新征程·非凡“十四五”】特高压…`, dev 652): the site's, too; not a document's own name in 【】, a title line
  // (`【关于…的通知(发改能源规〔2020〕816号)】-国家发展和改革委员会`, the NDRC's title bar, dev 413)
  const tag = COLUMN_TAG.exec(title.trim());
  if (tag && !isTitleLine(tag[0].trim().slice(1, -1))) title = title.trim().slice(tag[0].length);
  const m = COLUMN.exec(title.trim());
  return m && !isTitleLine(m[1]!) && !isOrgan(m[1]!.trim()) && !isOrgan(m[2]!.trim()) && /\p{Script=Han}{4}/u.test(m[2]!) ? m[2]!.trim() : title.trim();
}

/** A page's caption of who delivered a document where: `温家宝在十一届人大四次会议上所作政府工作报告`. */
const DELIVERY_CAPTION = new RegExp(`在[^，。]{2,30}?${SESSION}上所作`, 'u');

/**
 * The title a document prints above its occasion line (`——1980年8月30日在…会议上`): the line above it, or the two above it when
 * the first opens with 关于 and only with the second makes a title (a PDF's title broken over two lines under a congress file
 * header, dev 239, 241). It goes before a site's headline (`1980年国务院政府工作报告` over `关于1980、1981年国民经济计划安排的报告`,
 * dev 260; a speech titled by its theme, `为提前实现全国农业发展纲要而奋斗`, dev 233). Han text that is no sentence, label, date or
 * body's name; a genre alone (`政府工作报告`) is none, and the headline that names its year and government stays.
 */
export function occasionTitle(paragraphs: readonly string[], headline = '', posted = false): string | undefined {
  // a headline that captions who delivered it where (温家宝在十一届人大四次会议上所作政府工作报告, dev 256): the title the document
  // glues before its occasion (政府工作报告——2011年3月5日在…会议上) or prints on the line above it, a genre alone too
  if (DELIVERY_CAPTION.test(headline)) {
    for (const [i, p] of paragraphs.slice(0, 12).entries()) {
      const glued = /^([^—―，。：:]{2,40}?)[—―]{1,2}/u.exec(p.trim())?.[1];
      if (glued && OCCASION_LINE.test(p.trim().slice(glued.length)) && isTitleLine(glued)) return glued.trim();
      if (i > 0 && OCCASION_LINE.test(p.trim()) && isTitleLine(paragraphs[i - 1]!.trim()) && !DELIVERY_CAPTION.test(paragraphs[i - 1]!)) return paragraphs[i - 1]!.trim();
    }
  }
  const at = paragraphs.slice(0, 12).findIndex((p) => OCCASION_LINE.test(p.trim()));
  if (at < 1) return undefined;
  const above = paragraphs[at - 1]!.trim();
  const before = at >= 2 ? paragraphs[at - 2]!.trim() : '';
  const title = /^(?:关于|關於)/u.test(before) && !isTitleLine(before) && isTitleLine(`${before}${above}`) ? `${before}${above}` : above;
  // a genre alone (政府工作报告) leaves the headline; under a blog post's headline that names only its year, the blogger's note of what
  // the copy is (`2022 年政府工作报告（双语全文）`, dev 541), the genre is the document's title. A collector's line that names only its year
  // over a national report's own title line (`2018政府工作报告`, dev 545) stays the title: the same rule for any text cost the held-out
  // half a title in sessions 25 and 26 (docs/eval.md)
  const bare = bareTitles.has(title) && !(posted && headline !== '' && inferPlace([headline]) === undefined && !isOrgan(headline));
  return /\p{Script=Han}{4}/u.test(title) && title.length <= 80 && !/[。；：:！？]/u.test(title) && !isOrgan(title) && !isDateLine(title) && !bare ? title : undefined;
}

/**
 * A blog post's headline (`layout: post`, `2022 年政府工作报告（双语全文）`) is the blogger's note of what the copy is, as its date is the
 * day of the posting: the title line the document prints above its occasion line, below the blogger's notes, titles it
 * (`政府工作报告` / `——2022年3月5日在第十三届全国人民代表大会第五次会议上`, dev 541).
 */
export function postedTitle(paragraphs: readonly string[], headline: string): string | undefined {
  const at = paragraphs.findIndex((p) => OCCASION_LINE.test(p.trim()));
  return at < 1 ? undefined : occasionTitle(paragraphs.slice(at - 2), headline, true);
}

/**
 * A headline that reports a document issued, its name at the end: in 《》 (`某局等部门印发《X》`, `…发布《X》`), or without them,
 * maybe after a count (`最高检发布8起X`; data/organs.json releases).
 */
const ANNOUNCES = new RegExp(`(?:${RELEASE_VERB})\\s*${RELEASE_COUNT}?\\s*(?:《([^《》]+)》|([^《》\\s]{4,}))$`, 'u');

/**
 * A headline that names the document first and says after it that it was issued (`《X》发布，引导…`, `《X》正式印发`, dev 439): the
 * verb right after the name, then the end or a clause of what the document does.
 */
const ANNOUNCED_FIRST = new RegExp(`^《([^《》]+)》\\s*(?:正式|近日)?(?:${RELEASE_VERB})(?:$|[，,：:！!])`, 'u');

/**
 * A headline that reports a document issued (`北京市人社局等部门印发《…实施方案（2024-2026年）》`, dev 274) or a collection released
 * (`最高检发布8起个人信息保护检察公益诉讼典型案例`, dev 295) on a page that carries it under its own title line: that line, the
 * document the page is; a title line with its span in brackets on the line below (`可信数据空间发展行动计划` / `（2024—2028年）`,
 * dev 377) is that line with its span, as inferTitle joins them; with no title line of its own, the cover notice that transmits it
 * (关于印发《…》的通知, dev 409), which inferTitle reads as the document. A page that only reports the issue stays news.
 */
export function announcedTitle(headline: string, paragraphs: readonly string[]): string | undefined {
  const m = ANNOUNCES.exec(headline.trim());
  const named = ANNOUNCED_FIRST.exec(headline.trim())?.[1] ?? m?.[1] ?? m?.[2];
  if (!named) return undefined;
  const opening = paragraphs.slice(0, 60);
  // the title line as printed, without the 《》 a post may wrap it in (**《X》**, dev 439)
  const line = opening.find((p) => sameTitle(p, named));
  if (line !== undefined) return stripBookTitleMarks(line);
  for (const [i, p] of opening.entries()) {
    const below = opening[i + 1]?.trim();
    if (below && SPAN_LINE.test(below) && sameTitle(`${p.trim()}${below}`, named)) return `${p.trim()}${below}`;
  }
  // no title line of its own, but the cover notice that transmits it (关于印发《X》的通知, the bodies above it in a letterhead,
  // dev 409): the page carries the cover and X under it; the cover line, which inferTitle reads as X (transmitted)
  const cover = opening.find((p) => {
    const x = TRANSMITS.exec(p.trim())?.[1];
    return x !== undefined && sameTitle(x, named);
  });
  return cover?.trim();
}

/**
 * A page's heading (h1, h2, h3) that names a document: not the site's or a body's name, nor a section's (新闻推荐, 网站导航: six characters at
 * most), nor a label (附件：), nor a numbered heading of the text's own (`<h2>一、主要经济指标完成情况</h2>`, startsHeading).
 */
const namesPage = (heading: string): boolean =>
  /\p{Script=Han}{4}/u.test(heading) && heading.length > 6 && !isOrgan(heading) && !isSite(heading) && !/[：:]$/u.test(heading) && !startsHeading(heading);

/**
 * The title as shown: the sidecar's, the front matter's, or the text's title line, without wrapping
 * 《》. A title line that is no title (a body's name heading a web page, a label, a scrape's placeholder) gives
 * way to the first title line among the opening paragraphs; a cover notice (关于印发《X》的通知) to the
 * document it transmits, X, and is returned as `cover`. A browser title bar loses its section and site
 * (`…的通知_委局文件_政务公开`). `pageTitle`: the headline a page's head stores (ArticleTitle), else the first of its h1, h2 and h3
 * elements (`headlines`, readHeadlines) that names a document (namesPage).
 */
export function inferTitle(
  meta: SourceMeta,
  fm: FrontMatterMeta | undefined,
  textTitle: string | null,
  paragraphs: readonly string[],
  fallback: string,
  pageTitle?: string,
  titleBar?: string,
  headlines: readonly string[] = [],
): { title: string; cover?: string; occasion?: string; date?: string; speaker?: string; untitled?: boolean; preamble?: boolean } {
  if (meta.title) return { title: meta.title };
  // a page whose head stores no headline (a JSP page's <meta content="${newsTitle}">, dev 477): the heading it prints over its text
  pageTitle ??= headlines.find(namesPage);
  // a saved page's <title> on top of its text (titleBar): the browser's title bar, page metadata and no line of the document. The site's
  // name alone (黄石市财政局, dev 321; a site's name no body's, 仲弘春兰书苑 over the page's h1, dev 873: siteNameBar) titles nothing and
  // issues no headline below it (issuedTitle): the headline the head stores
  // (ArticleTitle, dev 323) or the first title line below; a bar with the site first (`湖南省统计局 - 郴州市…统计公报`, dev 290; a body's
  // website, `某市人民政府门户网站 - …`: isSite): the title after it. Other bars (`title_section_site`) are read as a title line below.
  const barAt = titleBar === undefined ? undefined : barLines(titleBar, paragraphs);
  const barParts = titleBar?.split(SITE_BAR).filter((s) => s.trim() !== '') ?? [];
  const afterSite = barParts.length > 1 && (isOrgan(barParts[0]!.trim()) || isSite(barParts[0]!.trim())) ? barParts.at(-1)!.trim() : undefined;
  // (also over a first line that titles nothing or none read, when the head's ArticleTitle is the part after the site and a title line:
  // a pkulaw export's 【法宝引证码】 on a portal's page, dev 119, a saved page's own bar below, dev 169, 270, in eval:shapes html; not a
  // sentence the head stores, 为落实《…》…, dev 123 as eval:shapes html's page of an untitled text)
  if (
    titleBar &&
    barAt &&
    ((textTitle !== null && paragraphs.slice(barAt.from, barAt.to).includes(textTitle)) || (afterSite !== undefined && afterSite === pageTitle?.trim() && isTitleLine(afterSite)))
  ) {
    const after = afterSite;
    const alone = isOrgan(titleBar.trim()) || siteNameBar(titleBar, paragraphs.slice(barAt.to), pageTitle);
    if (alone || (after !== undefined && /\p{Script=Han}{4}/u.test(after) && !isOrgan(after))) {
      paragraphs = [...paragraphs.slice(0, barAt.from), ...paragraphs.slice(barAt.to)];
      textTitle = alone ? (pageTitle && /\p{Script=Han}{4}/u.test(pageTitle) ? pageTitle : null) : after!;
    }
  }
  // a bar whose one part the text prints again as a line of its own below it (百城千园行-怀安简介 over a page whose text prints 怀安简介,
  // dev 450): that part is the title, the other names the site, its section or an event; not the site's or a body's name, which a
  // page's header prints on every page (某县概况-某县人民政府 over the logo 某县人民政府)
  if (titleBar && barAt && textTitle === titleBar.trim()) {
    const parts = titleBar
      .split(SITE_BAR)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const below = new Set(paragraphs.slice(barAt.to, barAt.to + 10).map((p) => p.trim()));
    const printed = parts.length > 1 ? parts.filter((p) => below.has(p) && /\p{Script=Han}{2}/u.test(p) && !isOrgan(p) && !isSite(p)) : [];
    if (printed.length === 1) {
      paragraphs = [...paragraphs.slice(0, barAt.from), ...paragraphs.slice(barAt.to)];
      textTitle = printed[0]!;
    }
  }
  // a browser title `【T】-site` (a ministry's page, corpus 128): T
  textTitle = textTitle?.replace(BROWSER_TITLE, '$1').replace(COLUMN_TAG, '') ?? null;
  // a crawler's banner over its record (`=== [gov_cn] 国务院关于印发《…》的通知 (15638字) ===`, dev 452, 453): the headline inside it, read as
  // the line it stands for
  const banner = textTitle === null ? undefined : bannerTitle(textTitle);
  if (banner !== undefined) {
    const at = paragraphs.indexOf(textTitle!);
    if (at >= 0) paragraphs = paragraphs.with(at, banner);
    textTitle = banner;
  }
  // a news report's dateline on top (新华社北京3月22日电, corpus 125): the line below it
  // (its occasion after a dash, 政府工作报告——2018年3月5日在…会议上, not part of it)
  if (textTitle && DATELINE.test(textTitle.trim())) textTitle = paragraphs[paragraphs.indexOf(textTitle) + 1]?.replace(/\s*[—―]{2}.*$/u, '') ?? null;
  // a document's number alone on top, over its title (`双反委发〔2024〕4号` / `经营者反垄断合规指南`, dev 344, 345): the line below it
  if (textTitle && docNumberLine([textTitle]) && paragraphs.indexOf(textTitle) === 0) textTitle = paragraphs[1] ?? null;
  // a congress session's file mark on top of a report it prints (洛阳市十六届人大 / 五次会议文件十八, dev 239): the line below it
  const mark = paragraphs.slice(0, 3).findIndex((p) => SESSION_FILE.test(p.trim()));
  if (textTitle && mark >= 0 && paragraphs.indexOf(textTitle) <= mark) textTitle = paragraphs[mark + 1] ?? textTitle;
  // a gazette's issue line on top, its name, volume, issue and column (立法院公報 第101卷 第63期 院會紀錄, dev 700): the first title line
  // below it that does not repeat the column
  const issue = paragraphs.slice(0, 3).findIndex((p) => GAZETTE_ISSUE.test(p.trim()));
  if (textTitle && issue >= 0 && paragraphs.indexOf(textTitle) <= issue) {
    const column = GAZETTE_ISSUE.exec(paragraphs[issue]!.trim())![1];
    textTitle = paragraphs.slice(issue + 1, issue + 5).find((p) => p.trim() !== column && isTitleLine(p.trim())) ?? textTitle;
  }
  // a scraped title with the occasion after a dash (政府工作报告——2019年1月23日在…会议上) or its date in
  // brackets (…的意见 (2025年9月11日)): the title before it (titleValue)
  // a cover notice's that names X in 《》 (关于印发《X》的通知) gives way to X as a title line does (a blog's post of a policy,
  // its front matter titled by the cover); one that names X without them is kept as written
  // a header title with its speaker before a colon (习近平：在…招待会上的讲话, dev 242): the speech's own title line below it
  // a header title with fewer than two Han characters besides a year or a date (1995年, a collection's name of its file, dev 386;
  // a Latin file name) names nothing: the text's title line
  if (fm?.title && /\p{Script=Han}{2}/u.test(fm.title.replace(YEAR_WORDS, ''))) {
    // (the document's number in brackets after the name, `…纪要（法〔2019〕254号）`, a wiki's title of a court's minutes, dev 485: its
    // doc_number, titleNumber, no part of the name, as on a title line: withoutNumber)
    const cut = titleValue(withoutColumn(fm.title));
    const uncut = uncutTitle(cut.title, paragraphs);
    const valued = uncut === undefined ? cut : titleValue(uncut);
    // a record's title key without the date the text's own title line prints after the same name (`"title": "…的意见"` over a
    // collector's `标题：…的意见 (2025年9月11日)`, then its `发布日期：2026-04-17（…发布日）`): that date is the document's, before
    // any posting (the record's publishedAt, the header's 发布日期: the days a site put the page online; dev 81, 138 as json-record)
    const labelled = valued.date === undefined ? readLabels(paragraphs.slice(0, 12)).title : undefined;
    const onLine = labelled !== undefined ? titleValue(withoutColumn(labelled)) : undefined;
    const dated = onLine?.date !== undefined && sameTitle(onLine.title, valued.title) ? { date: onLine.date } : {};
    const parsed = { ...valued, ...dated, title: withoutNumber(valued.title) };
    const value = {
      ...parsed,
      title:
        (fm.post ? postedTitle(paragraphs, parsed.title) : undefined) ??
        spokenTitle(parsed.title, paragraphs) ??
        carriedTitle(parsed.title, paragraphs) ??
        announcedTitle(parsed.title, paragraphs) ??
        letterheadTitle(parsed.title, paragraphs) ??
        issuerTitle(parsed.title, paragraphs) ??
        authoredTitle(parsed.title, paragraphs) ??
        parsed.title,
    };
    if (TRANSMITS.test(value.title)) return { ...value, ...transmitted(value.title, paragraphs, 0) };
    // a header title that names the document a cover notice on top of the text transmits (X关于印发《T》的通知 over T's text: a CSV
    // row's or a WeChat article's of dev 73): that line is its cover, whose body issued it
    const cover = paragraphs.slice(0, 10).find((p) => TRANSMITS.exec(p)?.[1]?.replace(/\s/g, '') === value.title.replace(/\s/g, ''));
    return { ...value, ...(cover ? { cover: cover.trim() } : {}) };
  }
  // a scrape's label line `标题：政府工作报告——2019年1月23日在…会议上`: the same
  const labelled = readLabels(paragraphs.slice(0, 12)).title;
  if (labelled && /\p{Script=Han}{2}/u.test(labelled)) {
    // (withoutColumn takes a column's tag in 【】 before it, as a title bar's: 名称：【预算执行情况】2025年全市预算执行情况分析, dev 320)
    const value = titleValue(withoutColumn(labelled));
    const title = spokenTitle(value.title, paragraphs) ?? withoutDashedTail(value.title);
    // a labelled cover notice (名 称 ：…关于印发…的通知, a portal's label block, corpus 154) gives way to its document like a title line
    return { ...value, ...(transmitted(title, paragraphs, 0) ?? { title }) };
  }
  // no title: a news report's dateline (新华社北京3月22日电, corpus 125), a body's name, a label (分类号:BH66, corpus 50; 【法宝引证码】 CLI.12.5115678, a pkulaw export), a line without two Han characters
  let preamble: string | undefined;
  let own =
    textTitle &&
    /\p{Script=Han}{2}/u.test(textTitle) &&
    !isOrgan(textTitle.trim()) &&
    !isLetterhead(textTitle.trim()) &&
    !CONTENTS.test(textTitle.trim()) &&
    !DATELINE.test(textTitle.trim()) &&
    !BREADCRUMB.test(textTitle) &&
    // (a <title> that welcomes its reader to the site, 欢迎访问剑阁网络管理平台, dev 488: data/organs.json site_greetings)
    !organData.site_greetings.some((w) => textTitle!.trim().startsWith(w)) &&
    !/^(?:[\p{Script=Han}\s]{2,8}[：:︰]|【[^】]{2,8}】)/u.test(textTitle)
      ? textTitle
      : undefined;
  // a page whose <title> is the site's name alone (克孜勒苏柯尔克孜自治州人民政府, dev 323): the headline its head stores (ArticleTitle),
  // before a line of the site's menus that ends in a kind word (政府工作报告)
  if (own === undefined && textTitle && isOrgan(textTitle.trim()) && pageTitle && /\p{Script=Han}{4}/u.test(pageTitle)) own = pageTitle;
  // a title line with its span in brackets on the line below (`…行动计划` / `（2021—2025年）`, a plan as its cover prints it): the span is
  // part of the name, as on one line (…行动计划（2021-2023年）, dev 119; workPlanSpan reads it)
  const spanBelow = own && isTitleLine(own) ? paragraphs[paragraphs.indexOf(own) + 1]?.trim() : undefined;
  if (own && spanBelow && SPAN_LINE.test(spanBelow) && spanIn(own) === undefined) own = `${own.trim()}${spanBelow}`;
  if (own && !isTitleLine(own)) {
    // a title printed over two lines (中华人民共和国 / 国民经济和社会发展第六个五年计划·)
    const next = paragraphs[paragraphs.indexOf(own) + 1];
    const joined = next === undefined || /^[—―\-－]/u.test(next) ? '' : `${own}${next}`.replace(/[\s·・]+$/u, '');
    // not a portal's section name above a headline that is a title of its own (云南要闻 / 2026年政府工作报告, corpus 244):
    // a short line that names no place or body and opens no 关于 (浙江省 / 数字经济…规划, 关于进一步 / 加强…的通知 are one title)
    const head = own.trim();
    const section = next !== undefined && isTitleLine(next) && head.length <= 6 && !/关于|關於/u.test(head) && !findPlace(head) && !isOrgan(head);
    if (paragraphs.includes(own) && isTitleLine(joined) && !section) own = joined;
    // a site's section name on top of a page (通知公告, `通知公告_ 某局`): the first title line below it, else the headline the
    // page's heading element prints below it (`<title>文章详情</title>` over `<h3>…活动</h3>`, dev 979: printedHeadline)
    else if ((own.split(TITLE_BAR)[0] ?? own).length <= 6) own = paragraphs.slice(0, 60).find(isTitleLine) ?? printedHeadline(pageTitle, paragraphs) ?? own;
    // a sentence of the preamble on top (a PDF extraction without its title line): the name the text gives itself; when it gives
    // none, the sentence stands in as the title (preamble) but names no period: a plan's is read from the body as an untitled
    // plan's (untitledPlanPeriod), not from a sentence that names the plan before (在我国实行第一个五年计划的期间，…, dev 240)
    else if (/[，。；,]/u.test(own)) {
      const name = runInTitle(own) ?? titleBeforeNumber(own) ?? selfNamed(paragraphs);
      if (name) own = name;
      else preamble = own;
    }
  }
  // a first sentence that names its text goes before a later line that merely ends in a kind word (a sentence of a
  // text that lost its full stops, 逐步对重要产品采用国际标准, corpus 181)
  const found =
    own ??
    (paragraphs[0] ? (runInTitle(paragraphs[0]) ?? titleBeforeNumber(paragraphs[0])) : undefined) ??
    paragraphs.slice(0, 60).find(isTitleLine) ??
    // a first line that titles nothing (a site's greeting, 欢迎访问…！, dev 947) over a page whose heading element prints its headline
    (own === undefined ? printedHeadline(pageTitle, paragraphs) : undefined) ??
    (textTitle && !CONTENTS.test(textTitle.trim()) && !DATELINE.test(textTitle.trim()) ? (headlineBelow(textTitle, paragraphs) ?? textTitle) : undefined) ??
    (paragraphs[0] ? (selfNamed(paragraphs) ?? amendedName(paragraphs.slice(0, 3))) : undefined);
  // no title line at all (a body-only scrape, a spreadsheet cell): the file's name stands in, and the kind is read from the text (inferKind)
  if (!found) return { title: fallback, untitled: true };
  // a browser title bar: `title_section_site` (corpus 05: …的通知_委局文件_政务公开), `title-section-site` (dev 322); the part before
  // the bar is the title when it is a title line, or when the bar ends in the site's body (`…执行情况分析_六安市财政局`, dev 320)
  const barred = barTitle(found, paragraphs.slice(0, 60));
  // and without the adoption a rule's title line carries in brackets after the name (corpus 267: its history, read as such)
  const shown = withoutCarriedNote(withoutHistory(withoutNumber(barred ?? withoutColumn(found))));
  // a page's headline without its issuer: the document's own title below it, its issuer before 关于 (on one line or two)
  // a database's title line repeated below as the document prints it, its brackets and dashes (（2021-2023年）, dev 119): that writing
  const below = paragraphs[paragraphs.indexOf(found) + 1]?.trim();
  const printed = below && sameTitle(below, shown) && below.replace(/\s/g, '') !== shown.replace(/\s/g, '') ? below : shown;
  // a court's name heading a judgment (重庆市渝中区人民法院 / 民 事 判 决 书, dev 683, 684): the heading, the court and its decision's kind
  const heading = courtHeading(paragraphs);
  const line =
    (heading && heading.court === shown.replace(/\s/gu, '') ? `${heading.court}${heading.kind}` : undefined) ??
    issuedTitle(shown, paragraphs) ??
    continuedTitle(shown, paragraphs) ??
    occasionTitle(paragraphs, shown) ??
    announcedTitle(shown, paragraphs) ??
    carriedTitle(shown, paragraphs) ??
    authoredTitle(shown, paragraphs) ??
    spokenTitle(shown, paragraphs) ??
    printed;
  const sentence = found === preamble ? { preamble: true } : {};
  return transmitted(line, paragraphs, paragraphs.indexOf(found) + 1) ?? { title: withoutEditionNote(stripBookTitleMarks(withoutTimeClause(line))), ...sentence };
}

/**
 * Whether a page's title bar is the site's name alone though no body's (仲弘春兰书苑, a memorial site's, dev 873, 874; a body's name
 * alone is isOrgan's, dev 321, 323, 477), or the site's and its column's run into the headline with spaces (`某中心 政策解读 关于…的解读`,
 * dev 770; `江苏省人民政府 部门资讯 “…”开幕`, `…考察 重点关注 济南政府网_济南市人民政府门户网站`, dev 904, 907), or the column's and the
 * site's names alone (`工作动态_重庆市文化和旅游发展委员会`, dev 902): no part a title line, over a page whose headline (its head's
 * ArticleTitle or an h1 that names a document: `headline`, inferTitle's pageTitle) is another and is printed as a line of its own below
 * the bar (`below`). The headline titles the page. A bar the page prints again below it is its headline, not the site's name (a news
 * page's `<title>` over a logo's `<h1>某某党建新闻网站</h1>`).
 */
function siteNameBar(bar: string, below: readonly string[], headline: string | undefined): boolean {
  const name = bar.trim();
  if (headline === undefined || !namesPage(headline.trim()) || headline.trim() === name) return false;
  // (a bar that holds the headline set off by spaces or separators: only the names around it, `江苏省人民政府 部门资讯`, must be no title)
  const rest = namesAround(name, headline.trim()) ?? name;
  if (isTitleLine(rest) || rest.split(SITE_BAR).some((part) => isTitleLine(part.trim()))) return false;
  const near = below.slice(0, 30);
  // (nor a bar one part of which the page prints below as a headline of its own, `某市召开常务会议_某市人民政府` over a sidebar's
  // `<h2>` that stands first: that part titles the page, the h2 not)
  const printed = (s: string): boolean => near.some((p) => squash(p) === squash(s));
  const ownHeadline = rest.split(SITE_BAR).some((part) => namesPage(part.trim()) && printed(part));
  return near.some((p) => p.trim() === headline.trim()) && !printed(name) && !ownHeadline;
}

/**
 * What a title bar says around the headline it holds, set off from it by spaces or a bar's separators (`江苏省人民政府 部门资讯 “…”开幕`
 * → `江苏省人民政府 部门资讯`): undefined when the bar does not hold the headline so, or runs a name into it (`某某办公厅关于…的通知`).
 */
function namesAround(bar: string, headline: string): string | undefined {
  const at = bar.indexOf(headline);
  if (at < 0 || headline === '') return undefined;
  const before = bar.slice(0, at);
  const after = bar.slice(at + headline.length);
  return (before === '' || ENDS_APART.test(before)) && (after === '' || OPENS_APART.test(after)) ? `${before} ${after}`.trim() : undefined;
}

/** A space or a title bar's separator (SITE_BAR) that a bar's part opens / ends with (namesAround), built once. */
const OPENS_APART = new RegExp(`^(?:\\s|${SITE_BAR.source})`, 'u');
const ENDS_APART = new RegExp(`(?:\\s|${SITE_BAR.source})$`, 'u');

/** A line without its spaces, as a title bar and the lines that print it are compared (siteNameBar, barLines, numberAfterTitle). */
const squash = (s: string): string => s.replace(/\s/gu, '');

/** Where a page's title bar stands among the first paragraphs, over one line or a few: the paragraphs from `from` to `to`. */
function barLines(bar: string, paragraphs: readonly string[]): { from: number; to: number } | undefined {
  const want = squash(bar);
  for (let from = 0; from < Math.min(3, paragraphs.length); from++) {
    let got = '';
    for (let to = from + 1; to <= Math.min(from + 3, paragraphs.length); to++) {
      got += squash(paragraphs[to - 1]!);
      if (got === want) return { from, to };
      if (!want.startsWith(got)) break;
    }
  }
  return undefined;
}

/**
 * A cover notice's title (关于印发《X》的通知) gives way to X, the document it transmits, and is kept as `cover`. One that
 * names X without 《》 (a law database's title: 关于印发安徽省关于…实施意见的通知, corpus 131) gives way to it when X's own
 * title line follows (from paragraph `from`), as that line writes it, else to the name the cover's own text gives X in 《》,
 * maybe with its place before (关于印发2021年…实施细则的通知: 《天津市2021年…实施细则》, corpus 154). A cover with nothing
 * of X after its signature stays the notice (inferMeta).
 */
function transmitted(line: string, paragraphs: readonly string[], from: number): { title: string; cover: string } | undefined {
  const named = TRANSMITS.exec(line)?.[1];
  if (named) return { title: named.trim(), cover: line.trim() };
  const bare = TRANSMITS_BARE.exec(line)?.[1];
  if (!bare) return undefined;
  const heading = paragraphs.slice(from).find((p) => p !== line && sameTitle(p, bare)) ?? namedInText(bare, paragraphs);
  return heading ? { title: heading.trim(), cover: line.trim() } : undefined;
}

/**
 * A record's title cut with an ellipsis (a crawler's title from a list page, `关于印发《油气管网设施公平开放监管办法》的通知（发改能源规〔2019...`,
 * dev 674): the title line of the text that it opens and goes on past the cut, a line that says no sentence.
 */
function uncutTitle(title: string, paragraphs: readonly string[]): string | undefined {
  const cut = ELLIPSIS_END.exec(title);
  const opens = cut ? normTitle(title.slice(0, cut.index)) : '';
  if (opens.length < 6) return undefined;
  return paragraphs
    .slice(0, 60)
    .map((p) => p.trim())
    .find((p) => normTitle(p).startsWith(opens) && normTitle(p).length > opens.length && p.length <= 100 && !/[。；！？]/u.test(p));
}

/**
 * A headline with its speaker (or a body) before a colon, `习近平：在庆祝…招待会上的讲话` (a collector's header, dev 242): the
 * document's own title line, when the text prints the part after the colon as a line of its own; a headline whose rest no
 * line repeats (`国家统计局：5月份居民消费价格同比上涨0.3%`) stays as it is.
 */
export function spokenTitle(headline: string, paragraphs: readonly string[]): string | undefined {
  const spoken = SPEAKER_BEFORE_TITLE.exec(headline.trim());
  // the speaker's name run into the speech's title, no colon, and （全文） after it (`李强在…会议上的讲话（全文）`, a portal's headline, dev 648):
  // the title the text prints itself, a line or the head of one after a dateline run on into it (新华社莫斯科11月18日电在…会议上的讲话（…）)
  if (spoken) return paragraphs.slice(0, 60).some((p) => p.trim().replace(DATELINE_RUN_ON, '').startsWith(spoken[1]!)) ? spoken[1] : undefined;
  const m = /^[^：:︰，。；《》\s]{2,12}[：:︰]\s*(\S.{3,})$/u.exec(headline.trim());
  if (!m) return undefined;
  // a headline cut with an ellipsis (`习近平：坚定不移走中国特色社会主义法治道路……`, a crawler's, dev 452): the title line it opens, a line
  // that says no sentence, without the note mark after it (…保障※)
  const cut = ELLIPSIS_END.exec(m[1]!);
  const opens = cut ? normTitle(m[1]!.slice(0, cut.index)) : undefined;
  const line = paragraphs
    .slice(0, 60)
    .map((p) => p.trim())
    .find((p) => (opens === undefined ? sameTitle(p, m[1]!) : opens.length >= 6 && normTitle(p).startsWith(opens) && p.length <= 100 && !/[。；！？]/u.test(p)));
  return line === undefined ? undefined : withoutNoteMark(line);
}

/** A speaker's name, then a speech's title (SPEECH_TITLE), maybe （全文） after it: `李强在…会议上的讲话（全文）`. Group 1: the title. */
const SPEAKER_BEFORE_TITLE = new RegExp(`^[\\p{Script=Han}·]{2,4}?(${SPEECH_TITLE})(?:[（(]全文[）)])?$`, 'u');
/** A news agency's dateline at a line's start, a space after it or not (dates.ts DATELINE without its end). */
const DATELINE_RUN_ON = new RegExp(`^${DATELINE_BODY}`, 'u');

/** An ellipsis that cuts a headline short: `……`, `…`, `...`. */
const ELLIPSIS_END = /\s*(?:…+|\.{3,})$/u;

/** A note mark after a title (`…法治保障※`, `…的讲话＊`): it calls a note, no part of the name. */
const NOTE_MARK = /\s*[※＊*]+$/u;
export const withoutNoteMark = (title: string): string => title.replace(NOTE_MARK, '');

/**
 * A crawler's banner over a record of its dump (`=== [moj] 习近平：坚定不移走中国特色社会主义法治道路…… (9030字) ===`, dev 452, 453): the
 * headline between its rules of `=`, without the tag of the site it was crawled from ([moj]) and its count of characters ((9030字)).
 */
const BANNER = /^={2,}\s*(?:\[[^[\]\s]{1,20}\]\s*)?(.*?\p{Script=Han}.*?)\s*(?:[（(]\s*\d+\s*字\s*[）)])?\s*={2,}$/u;
export function bannerTitle(line: string): string | undefined {
  return BANNER.exec(line.trim())?.[1];
}

/** A headline that says the page carries a text in full, whose it is and what it is before 全文 (`馬道立聲明全文：…`, `…的講話全文`). */
const CARRIES = /^([^《》：:︰，。\s]{2,20}?)的?(\p{Script=Han}{2})全文(?:[：:︰]|$)/u;

/**
 * A headline that says the page carries a text in full (`馬道立聲明全文：司法機構絕不應被政治化`, a news site's, dev 446) gives way
 * to that text's own title line among the first lines below it: one that ends in the same word and names the same person or body
 * (`終審法院首席法官馬道立的聲明`). A name in 《》 before 全文 is withoutCarriedNote's.
 */
export function carriedTitle(headline: string, paragraphs: readonly string[]): string | undefined {
  const m = CARRIES.exec(headline.trim());
  if (!m) return undefined;
  const [, whose, what] = m as unknown as [string, string, string];
  return paragraphs
    .slice(0, 10)
    .map((p) => p.trim())
    .find((p) => p !== headline.trim() && p.length <= 60 && !/[。；：:！？，]/u.test(p) && p.endsWith(what) && p.includes(whose));
}

/** A headline that opens with a name of two to four characters and a colon (`庄荣文：深入学习…`). */
const AUTHORED = /^(\p{Script=Han}{2,4})[：:︰]\s*(\S.{3,})$/u;
/** A byline's key: `文 | `, `作者：`, `撰文：`. */
const BYLINE_KEY = /^(?:文|作者|撰文|撰稿)\s*[|｜:：︰／/]/u;

/**
 * A headline with its author before a colon, `庄荣文：深入学习贯彻… 奋力开创…新局面` (a WeChat post of a signed article, dev 349),
 * whom the text's byline names at its end (`文 | 中央宣传部副部长…国家互联网信息办公室主任 庄荣文`): the article's own title after the
 * colon. A headline that reports what someone said (`習近平見各界：…`, `国家统计局：5月份…`) has no such byline and stays.
 */
export function authoredTitle(headline: string, paragraphs: readonly string[]): string | undefined {
  const m = AUTHORED.exec(headline.trim());
  if (!m || isOrgan(m[1]!)) return undefined;
  const signs = (p: string): boolean => BYLINE_KEY.test(p.trim()) && p.trim().endsWith(m[1]!);
  return paragraphs.slice(0, 40).some(signs) ? m[2]!.trim() : undefined;
}

/** A gazette's issue line over the records it prints: `立法院公報 第101卷 第63期 院會紀錄` (its name, volume, issue and column, dev 700). */
const GAZETTE_ISSUE = /^\S{2,16}?(?:公報|公报)\s*第\s*\d{1,4}\s*卷\s*第\s*\d{1,4}\s*期(?:\s+(\S.{0,20}?))?$/u;

/** The file mark a congress session prints on the reports it hands out: `五次会议文件十八`, `会议文件（十五）` (dev 239, 241). */
const SESSION_FILE = /^\S{0,16}会议文件\s*[（(]?\s*[一二三四五六七八九十百〇零\d]{1,4}\s*[）)]?$/u;

/** A title line without the history in brackets after the name (`…的规定（一） （2011年8月29日…会议通过）` → `…的规定（一）`). */
function withoutHistory(line: string): string {
  const history = historyAfterTitle(line);
  return history ? line.slice(0, line.lastIndexOf(history)).trim() : line;
}

/**
 * A title that opens with 关于, the body left out (a portal's list title, a crawler's 标题: label), that the text prints again with a
 * body's name right before it, the name set off from what comes before (`…185号平潭综合实验区管委会关于同意…的批复`, dev 557): the
 * document's own title line, the body in it. Not the title after a column's name and a space (`区管委会文件 关于…`), nor a title a
 * sentence cites, in 《》 or after a clause mark (`根据《市人民政府关于…》要求`: a county's notice under the city's of the same title).
 */
export function issuerTitle(title: string, paragraphs: readonly string[]): string | undefined {
  const name = title.trim();
  if (!/^(?:关于|關於)/u.test(name)) return undefined;
  for (const p of paragraphs.slice(0, 40)) {
    for (let at = p.indexOf(name); at >= 0; at = p.indexOf(name, at + 1)) {
      const body = /(?<=^|[^\p{Script=Han}\p{P}]|[号號])(?![号號])(\p{Script=Han}[\p{Script=Han}（）()]{1,29})$/u.exec(p.slice(0, at))?.[1];
      if (body !== undefined && isOrgan(body)) return `${body}${name}`;
    }
  }
  return undefined;
}

/**
 * A joint issue's letterhead over its title line (`人力资源社会保障部 最高人民法院` / `关于联合发布…的通知`, dev 269): the title as the
 * document prints it, when a collector's title is the same but for what separates the bodies (`人力资源社会保障部、最高人民法院关于…`).
 */
export function letterheadTitle(title: string, paragraphs: readonly string[]): string | undefined {
  const bare = (s: string): string => s.replace(/[\s、，,]/gu, '');
  const lines = paragraphs.slice(0, 20).map((p) => p.trim());
  for (const [i, head] of lines.entries()) {
    const next = lines[i + 1] ?? '';
    if ((splitIssuers(head)?.length ?? 0) >= 2 && /^(?:关于|關於)/u.test(next) && bare(head + next) === bare(title)) return `${head}${next}`;
  }
  return undefined;
}

/** A browser title with the page's title in 【】 and the site after a dash: `【关于…的通知(…号)】-国家发展和改革委员会`. */
const BROWSER_TITLE = /^【([^【】]{6,})】\s*[-－—–]\s*[^【】\s]{2,30}$/u;

/**
 * A title without what a dash after it opens (`政府工作报告——2019年1月23日在…会议上`: the occasion); a dash inside brackets
 * is a period's (`…政策措施（2025—2027年）`, dev 68) and cuts nothing.
 */
function withoutDashedTail(title: string): string {
  for (const m of title.matchAll(/\s*[—―]{1,2}/gu)) if (bracketDepth(title.slice(0, m.index)) === 0) return title.slice(0, m.index);
  return title;
}

/**
 * A headline without the document number a site puts after it in brackets (`…的通知(发改价格规〔2020〕1508号)`), or a crawler's title line
 * after a space, spaced inside or not (`…的意见 国发 〔2011〕 35 号`, dev 819: the number, numberAfterTitle).
 */
export function withoutNumber(title: string): string {
  const m = /[（(]([^（）()]+)[）)]$/u.exec(title) ?? /\s+(\p{Script=Han}{1,14}\s*[〔［[][^〔〕［］[\]]+[〕］\]][\s\d]+号)$/u.exec(title);
  return m && m.index >= 6 && DOC_NUMBER.test(m[1]!.replace(/\s/g, '')) ? title.slice(0, m.index) : title;
}

/**
 * A page's headline names no issuer (`关于核定2020～2022年省级电网输配电价的通知`, a cover's `印发《X》的通知`); the document's own
 * title below it does, before 关于 or 印发: one body or the bodies of a joint issue (`国家发展改革委 国家能源局关于…`, dev 413),
 * maybe broken over two or three lines (`国家发展改革委关于核定2020～2022年` / `省级电网输配电价的通知`, corpus 128; `…综合司印发` /
 * `《X》` / `的通知`, dev 417): that title, its lines joined (spaces compared as nothing: `《X》 的通知`). So does a headline that names
 * its issuer by a short name (`国办关于…的指导意见`, a crawler's banner; `省科技厅关于…`, a portal's list title): the title the text prints
 * with that body's full name (国务院办公厅, one whose name holds the short one's characters in order: abbreviates), also where the page's
 * lines were run together with spaces and the title runs on into its number or its addressees (`国务院办公厅关于加强监管防范风险
 * 促进…的指导意见 国办函〔2026〕54号 各省、…`, dev 411): that title, its parts joined.
 */
/** Where a title's words after its issuer begin: 关于, or a verb of data/kinds.json transmits or transmits_named (`…综合司印发《X》的通知`). */
const ISSUED_ABOUT = new RegExp(`关于|關於|${alternation(TRANSMITTING_VERBS)}`, 'u');

export function issuedTitle(headline: string, paragraphs: readonly string[]): string | undefined {
  const squashed = headline.replace(/\s/gu, '');
  const at = squashed.search(ISSUED_ABOUT);
  const short = squashed.slice(0, Math.max(at, 0));
  if (at < 0 || (short !== '' && !/^\p{Script=Han}{2,12}$/u.test(short))) return undefined;
  const want = squashed.slice(at);
  const issues = (before: string): boolean => {
    const bodies = splitIssuers(before);
    if (bodies === undefined || short === '') return bodies !== undefined;
    // (a name that ends in the short one is its full form only when what comes before is a place, 湖北省科技厅 of 省科技厅; not a
    // page's menus run into it, 互动回应专题专栏华北能源监管局 of 华北能源监管局, dev 130)
    const full = bodies.length === 1 ? bodies[0]!.replace(/\s/gu, '') : '';
    return abbreviates(short, full) && (!full.endsWith(short) || findPlace(full.slice(0, -short.length)) !== undefined);
  };
  for (let i = 0; i < Math.min(paragraphs.length, 60); i++) {
    let t = '';
    for (const p of paragraphs.slice(i, i + 3)) {
      t += p.trim();
      const squashed = t.replace(/\s/gu, '');
      if (squashed.length <= want.length || !squashed.endsWith(want)) continue;
      // the part of t before the headline's characters: the issuing bodies
      let n = squashed.length - want.length;
      let cut = 0;
      while (n > 0) if (!/\s/u.test(t[cut++]!)) n--;
      if (issues(t.slice(0, cut).trim())) return t;
    }
  }
  // a title run on into its number or its addressees (the parts a crawler's text sets off by spaces), the body's name opening a part
  for (const p of paragraphs.slice(0, 5)) {
    const parts = p.trim().split(/\s+/u);
    for (let from = 0; from < Math.min(parts.length, 12); from++) {
      let joined = '';
      for (let k = from; k < parts.length - 1; k++) {
        joined += parts[k];
        if (joined.length > want.length + 40) break;
        const next = parts[k + 1]!;
        if (joined.endsWith(want) && joined.length > want.length && (DOC_NUMBER.test(next) || /[：:]$/u.test(next)) && issues(joined.slice(0, -want.length))) return joined;
      }
    }
  }
  return undefined;
}

/**
 * A site's headline that a line below repeats with the document's own title run on after it (a page that files a budget
 * report under 政府工作报告: `1956年国务院政府工作报告关于1955年国家决算和1956年国家预算的报告`, corpus 191), or on the
 * line after the repeat (`1955年国务院政府工作报告` / `关于发展国民经济的第一个五年计划的报告`, corpus 224; a repeat without the
 * body's name, `1980年政府工作报告`, dev 260): that title,
 * when it is one of its own (关于…, ending in a kind word).
 */
export function continuedTitle(headline: string, paragraphs: readonly string[]): string | undefined {
  const lines = paragraphs.slice(0, 60).map((p) => p.trim());
  for (const [i, p] of lines.entries()) {
    const runOn = p.startsWith(headline) ? p.slice(headline.length).trim() : '';
    // the repeat may leave out the body's name (1980年国务院政府工作报告 / 1980年政府工作报告, dev 260): a shorter line of the
    // headline's characters that ends as it does
    const repeat = p === headline || (abbreviates(p, headline) && p.slice(-4) === headline.slice(-4));
    const rest = runOn === '' && repeat ? (lines[i + 1] ?? '') : runOn;
    if (/^(?:关于|關於)/u.test(rest) && isTitleLine(rest)) return rest;
  }
  return undefined;
}

/**
 * A breadcrumb trail on top of a page with no title line (`首页 > 政务公开 > 政策解读`, the browser title above it taken out as
 * the page's furniture): the headline below it, a line of Han text that is no sentence, label or body's name (an interpretation,
 * `《…若干措施》政策解读`, ends in no kind word).
 */
function headlineBelow(crumbs: string, paragraphs: readonly string[]): string | undefined {
  if (!BREADCRUMB.test(crumbs)) return undefined;
  const below = paragraphs[paragraphs.indexOf(crumbs) + 1]?.trim();
  return below && /\p{Script=Han}{5}/u.test(below) && below.length <= 100 && !/[。；！？：:]/u.test(below) && !BREADCRUMB.test(below) && !isOrgan(below) ? below : undefined;
}

/**
 * The headline a page's heading element holds (`pageTitle`: its head's ArticleTitle, else its first h1, h2 or h3 that names a document,
 * namesPage) when the page prints it as a line of its own above its text's first sentence: the title of a page whose first line titles
 * nothing (a site's greeting, 欢迎访问…！, dev 947; a section's name, `<title>文章详情</title>`, dev 979; the head's ArticleTitle, dev 920)
 * and no title line follows. A heading printed below a sentence is one of the text's own (an article's unnumbered subheading in an h3,
 * review41b), no headline of the page.
 */
export function printedHeadline(pageTitle: string | undefined, paragraphs: readonly string[]): string | undefined {
  const headline = pageTitle?.trim();
  if (!headline || !namesPage(headline)) return undefined;
  const opening = paragraphs.slice(0, 60);
  const sentence = opening.findIndex((p) => p.includes('。'));
  return opening.slice(0, sentence < 0 ? undefined : sentence).some((p) => p.trim() === headline) ? headline : undefined;
}

/** A verb by which a title transmits a document (data/kinds.json transmits, transmits_named): what follows is that document's. */
const TRANSMITS_VERB = new RegExp(alternation(TRANSMITTING_VERBS), 'u');

/**
 * A cover notice naming what it transmits without 《》 (data/kinds.json transmits, as patterns.ts TRANSMITS): `关于印发X的通知`, `关于颁布X的通知`;
 * not 下发 (transmits_named), which without 《》 sends down a plan or funds (关于下发…资金计划的通知, a notice of its own).
 */
const TRANSMITS_BARE = new RegExp(`(?:${alternation(kindData.transmits.words)})([^《》]{4,80}?)的通知$`, 'u');

/** The name in 《》 a text writes for a document its cover names without them: the same, or with a place before it (天津市). */
export function namedInText(name: string, paragraphs: readonly string[]): string | undefined {
  const want = normTitle(name);
  for (const p of paragraphs.slice(0, 60)) {
    for (const m of p.matchAll(/《((?:[^《》]|《[^《》]*》)+)》/gu)) {
      const got = normTitle(m[1]!);
      if (got === want || (got.endsWith(want) && findPlace(got.slice(0, -want.length).replace(/[省市区县]$/u, '')) !== undefined)) return m[1]!.trim();
    }
  }
  return undefined;
}

const normTitle = (s: string): string =>
  s
    .replace(/[《》〈〉<>“”‘’"'\s]/gu, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[—–－~～]/g, '-');

/** Two writings of one title: the same but for 《》〈〉<>, quotes, spaces, the width of brackets and the kind of dash. */
export const sameTitle = (a: string, b: string): boolean => normTitle(a) === normTitle(b);

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
