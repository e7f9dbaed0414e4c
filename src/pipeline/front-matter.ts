// front-matter: the keys of a text's YAML front matter → report metadata.
//   {标题: 关于…, 文号: 津工信电力〔2021〕3号, 发布单位: 天津市工业和信息化局, 发布日期: 2021-02-05,
//    状态: 有效, 官方链接: https://…, 栏目: 通知}
//   → {title, doc_number, issuer, date: '2021-02-05', status: 'in-force', source_url} + extra {栏目: 通知}
// The key names are data (data/front-matter.json, `frontMatterKeys`), Chinese and English; the sidecar always wins over them.
import type { DocumentKind, DocumentStatus } from '../schemas/meta.ts';
import { documentKinds } from '../schemas/meta.ts';
import type { Warning } from '../schemas/report.ts';
import type { FrontMatter } from './clean/types.ts';
import { datesSeveralDays, englishDateHasTime, isDateLine, notedDate, parseDate } from './dates.ts';
import { isHistoryLabel } from './history.ts';
import organData from './data/organs.json' with { type: 'json' };
import frontMatterData from './data/front-matter.json' with { type: 'json' };
import htmlElements from './data/html-elements.json' with { type: 'json' };
import { escapeRegExp } from './regexp.ts';
import { isSite, isSpeakerLine } from './organs.ts';
import { CONTENTS_LEADER, LEADER_DOTS, SPEECH_SUBTITLE } from './patterns.ts';

/** What a body does to a document on a day a title's bracket names (修订, 通过): a note of it stays in the title (data/organs.json). */
const titleDateActs: readonly string[] = organData.title_date_acts;

/** Metadata fields front matter can set, and the keys (any case, data/front-matter.json keys) that name each one. */
export const frontMatterKeys = frontMatterData.keys;

/**
 * The date keys from publish_date on say when a text was issued, posted or put in force (发布日期, 发布时间, 公布日期, 施行日期),
 * not the date it is signed with (成文日期): a label of one dates a text after its own dateline or signature (infer.ts readLabels).
 */
export const postedDateKeys: ReadonlySet<string> = new Set(frontMatterKeys.date.slice(frontMatterKeys.date.indexOf('publish_date')));

type FrontMatterField = keyof typeof frontMatterKeys;

/**
 * A key as the table compares it: whatever its case and whatever separates its words (a space, `_`, `-`), since a crawler's record
 * names its fields in snake_case or camelCase as its language writes them (`publisher_name`, `publisherName`, `PublisherName`;
 * `pub_date`; dev 553, 555).
 */
export const keyOf = (key: string): string => key.toLowerCase().replace(/[\s_-]+/gu, '');

/** Every key front matter reads (title, date, url …), as keyOf compares them: a record's, a CSV header's or a feed item's field that names metadata. */
export const metaKeys: ReadonlySet<string> = new Set([...Object.values(frontMatterKeys).flat(), ...frontMatterData.titled.keys].map(keyOf));

/** Keys that name a record's title only when their value reads as one (data/front-matter.json titled: policy; infer.ts keyedTitle), as keyOf compares them. */
export const titledKeys: ReadonlySet<string> = new Set(frontMatterData.titled.keys.map(keyOf));

/**
 * Keys a scraper records the time it fetched a page under, or a site the time it last updated a post (data/front-matter.json fetched),
 * as keyOf compares them: beside them a front matter's `date` is the page's posting.
 */
const fetchedKeys: ReadonlySet<string> = new Set(frontMatterData.fetched.map(keyOf));

/** A collector's or a crawler's record of the day a site posted the page (`publishedAt`, `pub_date`: data/front-matter.json posting), as keyOf compares them. */
const postingKeys: ReadonlySet<string> = new Set(frontMatterData.posting.map(keyOf));

/** What a status word means; also read from tags (现行有效) and title suffixes (（已废止）). */
export const statusWords: Record<string, DocumentStatus> = {
  有效: 'in-force',
  现行有效: 'in-force',
  現行有效: 'in-force',
  'in-force': 'in-force',
  已修改: 'amended',
  已修正: 'amended',
  已被修改: 'amended',
  已修订: 'amended',
  已修訂: 'amended',
  amended: 'amended',
  废止: 'repealed',
  已废止: 'repealed',
  廢止: 'repealed',
  已廢止: 'repealed',
  宣布废止: 'repealed',
  repealed: 'repealed',
  失效: 'expired',
  已失效: 'expired',
  宣告失效: 'expired',
  宣布失效: 'expired',
  expired: 'expired',
  尚未生效: 'not-yet-in-force',
  未生效: 'not-yet-in-force',
  尚未施行: 'not-yet-in-force',
  'not-yet-in-force': 'not-yet-in-force',
};

/** Chinese names of document kinds a `kind`/`文种` value may use. */
const kindWords: Record<string, DocumentKind> = {
  规划: 'plan',
  規劃: 'plan',
  纲要: 'plan',
  綱要: 'plan',
  工作要点: 'work-plan',
  工作要點: 'work-plan',
  工作报告: 'work-report',
  工作報告: 'work-report',
  通知: 'notice',
  公告: 'notice',
  通告: 'notice',
  法规: 'regulation',
  法規: 'regulation',
  条例: 'regulation',
  條例: 'regulation',
  规章: 'regulation',
  規章: 'regulation',
};

export interface FrontMatterMeta {
  title?: string;
  doc_number?: string;
  issuer?: string;
  date?: string;
  /** When a page was saved (a `date` with a time of day): dates the text only when nothing else does. */
  posted?: string;
  effective?: string;
  status?: DocumentStatus;
  source_url?: string;
  region?: string;
  /** The site or medium that published the page. */
  site?: string;
  /** A blog post's (`layout: post`): its title is the blogger's headline, its date the posting. */
  post?: true;
  year?: number;
  kind?: DocumentKind;
  category?: string;
  level?: string;
  keywords: string[];
  extra: Record<string, string>;
}

/** Values that stand for no value. */
const placeholders = /^(?:未知|不详|不詳|无|無|暂无|暫無|[-—]|null|none|n\/a)$/i;

/** Front matter → metadata, unmapped keys (kept in `extra`, listed in one warning) and problems. */
export function readFrontMatter(fm: FrontMatter): { meta: FrontMatterMeta; warnings: Warning[] } {
  const meta: FrontMatterMeta = { keywords: [], extra: {} };
  const warnings: Warning[] = [];
  const fieldOf = new Map<string, FrontMatterField[]>();
  for (const [field, keys] of Object.entries(frontMatterKeys) as [FrontMatterField, readonly string[]][]) {
    for (const k of keys) fieldOf.set(keyOf(k), [...(fieldOf.get(keyOf(k)) ?? []).filter((f) => f !== field), field]);
  }
  const lineOf = (key: string): number => fm.lines[key] ?? fm.line;
  const unknown: string[] = [];
  const keep = (key: string, value: unknown): void => {
    meta.extra[key] = show(value);
  };
  // Keys in the priority order of their field's list, so 发布日期 wins over 施行日期 whatever the order in the file.
  // a scrape's placeholder (发文时间：未知) says nothing
  const entries = Object.entries(fm.data).filter(([, v]) => v !== null && v !== undefined && show(v) !== '' && !placeholders.test(show(v)));
  const rank = (key: string, field: FrontMatterField): number => (frontMatterKeys[field] as readonly string[]).findIndex((k) => keyOf(k) === keyOf(key));
  for (const field of Object.keys(frontMatterKeys) as FrontMatterField[]) {
    const mine = entries.filter(([k]) => fieldOf.get(keyOf(k))?.includes(field)).sort((a, b) => rank(a[0], field) - rank(b[0], field));
    for (const [key, value] of mine) {
      const problem = assign(meta, field, value);
      if (problem === 'taken') continue;
      if (problem === 'history' || problem === 'extra') {
        keep(key, value);
        continue;
      }
      if (problem) {
        warnings.push({
          line: lineOf(key),
          message: `front matter ${key}: ${problem}`,
          hint: 'the value is kept in meta.extra; fix it in the source or set the field in the sidecar (.meta.yml)',
        });
        keep(key, value);
      }
    }
  }
  // a feed scraper's front matter that records when it fetched the page (`fetch_date: 2025-10-06T17:17:34`, dev 272-277, 351), or a
  // site's that records when it last updated the post (`last_updated:`, dev 446): its `date` is the day the post went online, which
  // dates the text only when the text does not date itself (a cover's signature, a statement's date line)
  // so is a blog post's (`layout: post`, Jekyll's and Hexo's front matter of a post, dev 541: a State Council work report posted
  // 2022-03-26, delivered 2022-03-05); a collection's own layout (`layout: egov`, dev 236) sets its date to the document's
  const dated = entries.find(([k]) => keyOf(k) === 'date');
  const blogPost = entries.some(([k, v]) => keyOf(k) === 'layout' && show(v).trim().toLowerCase() === 'post');
  if (blogPost) meta.post = true;
  if (dated && meta.date !== undefined && meta.date === parseDate(show(dated[1])) && (blogPost || entries.some(([k]) => fetchedKeys.has(keyOf(k))))) {
    meta.posted ??= meta.date;
    delete meta.date;
  }
  // a policy collector's record of a page names the day the site posted it (`"publishedAt": "2026-04-03"`, dev 548): a posting,
  // which dates the document only when it does not date itself (its signature, 2026年4月2日)
  // and so does a crawler's `pub_date` (a gov.cn crawler's CSV row, dev 379, 554; a central bank announcement's JSON line, dev 555): the
  // day the site posted the page, after the day a speech's date line gives (2026年7月17日 under 2026-07-30, dev 379)
  const postedAt = entries.find(([k]) => postingKeys.has(keyOf(k)));
  if (postedAt && meta.date !== undefined && meta.date === parseDate(show(postedAt[1]))) {
    meta.posted ??= meta.date;
    delete meta.date;
  }
  for (const [key, value] of entries) {
    if (fieldOf.has(keyOf(key))) continue;
    keep(key, value);
    // 修正日期：20170614 is read as the regulation's history (history.ts), not an unknown field
    if (!isHistoryLabel(key) && !titledKeys.has(keyOf(key))) unknown.push(key);
  }
  if (unknown.length) {
    warnings.push({
      line: lineOf(unknown[0]!),
      message: `front matter fields not used: ${unknown.join(', ')}`,
      hint: 'they are kept in meta.extra; rename a key to one of the table in README "Metadata" if it means title, date, issuer …',
    });
  }
  return { meta, warnings };
}

/** A medium's or an account's name: Han characters, maybe Latin letters and figures among them (中国信息安全, 国家互联网应急中心CNCERT), no link. */
const NAME = String.raw`\p{Script=Han}[\p{Script=Han}A-Za-z0-9·]{1,29}`;
/** A medium's or a body's name, or several bodies' listed (`北京市卫生健康委员会，北京市中医管理局`, a crawler's source, dev 653). */
const MEDIUM_NAME = new RegExp(`^${NAME}(?:[，、,\\s]+${NAME}){0,4}$`, 'u');
/** The zero-width characters a page's editor leaves before a name (U+200B before `北京市中医管理局`, dev 679). */
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/gu;

/** Sets one field from a value; a message when the value cannot be read, 'taken' when set already, 'history' when it dates several acts. */
function assign(meta: FrontMatterMeta, field: FrontMatterField, value: unknown): string | 'taken' | 'history' | 'extra' | undefined {
  if (field === 'keywords') {
    const words = (Array.isArray(value) ? value : String(value).split(/[,，、;；]/))
      .map(show)
      .map((s) => s.trim())
      .filter(Boolean);
    for (const w of words) {
      if (statusWords[w] && !meta.status) meta.status = statusWords[w];
      else if (!statusWords[w] && !meta.keywords.includes(w)) meta.keywords.push(w);
    }
    return undefined;
  }
  // a link key's value that is a medium's name, no link (a WeChat post's `source: 中国信息安全` beside its `url:`, dev 457, 275): the
  // account that published it, the site
  if (field === 'source_url' && MEDIUM_NAME.test(show(value).replace(ZERO_WIDTH, '').trim())) {
    meta.site ??= show(value).replace(ZERO_WIDTH, '').trim();
    return undefined;
  }
  if (field !== 'effective' && meta[field] !== undefined) return 'taken';
  const text = show(value).trim();
  switch (field) {
    case 'date':
    case 'effective': {
      // a value that dates several acts (`2025年12月30日…会议通过（2025年12月31日刊发）`, `…审查批准；2026年3月26日…印发`: a
      // collector's 通过或发布日期, dev 80, 235) is the text's history, no one date: kept, and the text's own evidence dates it
      if (field === 'date' && typeof value === 'string' && datesSeveralDays(value)) return 'history';
      // a collector's note giving the day the text was delivered (讲话发生日 2024-02-18): the document's date, the rest its posting
      const noted = field === 'date' && typeof value === 'string' ? notedDate(value) : undefined;
      if (noted) {
        meta.date = noted;
        const posted = parseDate(value);
        if (posted) meta.posted ??= posted;
        return undefined;
      }
      const date = parseDate(value);
      if (!date) return `"${text}" is not a date`;
      // 2024-06-24T06:15:33.712Z: a time of day says when a page was saved (a wiki's or a CMS's), not the document's date
      if (field === 'date' && isSavedAt(value)) meta.posted ??= date;
      else if (meta[field] === undefined) meta[field] = date;
      return undefined;
    }
    case 'status': {
      const status = statusWords[text];
      if (!status) return `"${text}" is not a known status (有效, 已修改, 废止, 失效, 尚未生效)`;
      meta.status = status;
      return undefined;
    }
    case 'source_url':
      if (!/^https?:\/\/\S+$/.test(text)) return `"${text}" is not an http(s) URL`;
      meta.source_url = text;
      return undefined;
    case 'year': {
      const year = Number(/^(\d{4})年?$/.exec(text)?.[1]);
      if (!(year >= 1900 && year <= 2200)) return `"${text}" is not a year`;
      meta.year = year;
      return undefined;
    }
    case 'kind': {
      const kind = (documentKinds as readonly string[]).includes(text) ? (text as DocumentKind) : kindWords[text];
      if (!kind) return `"${text}" is not a kind (${documentKinds.join(', ')})`;
      meta.kind = kind;
      return undefined;
    }
    case 'title':
      meta.title = stripBookTitleMarks(text);
      return undefined;
    case 'doc_number':
      // a document number names its issuer in characters (川教函〔2026〕89号, 華總一義字第…號) or sets its parts apart (GB/T 36073-2018,
      // L.N. 123 of 2026); a code of Latin letters and digits alone, run together, is a database's key for the text (a law database's
      // pcode under a collector's `doc_no: N0030001`, dev 111-113, 546): kept in meta.extra
      if (/^[A-Za-z0-9]+$/.test(text.trim())) return 'extra';
      meta.doc_number = text;
      return undefined;
    case 'issuer':
      // a body's website under an author key (a crawler's `author: 国务院新闻办公室网站`, dev 550) is the site that published the page,
      // no body that issued what it posts
      if (isSite(text)) meta.site ??= text;
      else meta.issuer = issuerValue(text);
      return undefined;
    default:
      meta[field] = Array.isArray(value) ? value.map(show).join('、') : text;
      return undefined;
  }
}

/** A timestamp with a time of day other than midnight (`2024-06-24T06:15:33.712Z`). */
function isSavedAt(value: unknown): boolean {
  if (value instanceof Date) return value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
  if (typeof value !== 'string') return false;
  return /^\d{4}-\d{2}-\d{2}[T\s](?!00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$)\d{2}:\d{2}/.test(value.trim()) || englishDateHasTime(value);
}

/** A front matter value as text (lists joined with 、, dates as YYYY-MM-DD). */
function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(show).join('、');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value ?? '');
}

/**
 * A title without a post's note of what it carries or in which language (`…的报告（全文）`, `（附全文）`, `（附下载）`, dev 272; a Hong
 * Kong government press release's `（只有中文）`, `（附圖）`, `（附短片）`): no part of the name, after a name in 《》 too
 * (`某部印发《X》（附全文）`, dev 351); a bare `全文` right after a name in 《》 (`《粵港澳大灣區發展規劃綱要》全文`, a page that carries
 * the document, dev 346) is such a note, while a headline's `…决定全文` is its own wording (dev 347); so is a collector's note that
 * the copy is a press release (`…作说明（会议新闻稿）`, dev 416), or a bilingual copy (`2021年美国侵犯人权报告（双语全文）`, a blog's
 * post of China Daily's Chinese and English text, `（中英对照）`, dev 541, 542), or a report put to a congress in writing (`…的报告（书面）`, dev 486).
 */
export function withoutCarriedNote(title: string): string {
  return title
    .replace(
      /(?<=[\p{Script=Han}》」])\s*[（(]\s*(?:(?:双语|雙語|中英(?:文)?(?:对照|對照)?)(?:全文)?|附?(?:全文|下载|下載|图|圖|短片|视频|視頻)(?:及(?:下载|下載|解读|解讀|短片))?|只有(?:中文|英文)|书面|書面|(?:会议|會議)?(?:新闻稿|新聞稿|通稿))\s*[）)]$/u,
      '',
    )
    .replace(/(?<=》)\s*全文$/u, '');
}

/**
 * A title as a scrape's header writes it, with what is not the title taken off: a bracketed date at
 * its end (`…的意见 (2025年9月11日)`: the document's date) and the occasion after a dash, also inside
 * a bracket (`政府工作报告——2019年1月23日在…会议上`, `2026年广东省政府工作报告（《政府工作报告》——2026年1月26日在…会议上）`).
 */
/**
 * A tag of an element that flows in a line (data/html-elements.json phrasing: <span>, <strong>, <font>), which a crawler kept
 * with a title it took from the page (`"title": "<span>关于征求…的公告</span>"`, dev 673): markup, no part of the name.
 */
const PHRASING_TAG = new RegExp(`</?(?:${htmlElements.phrasing.map(escapeRegExp).join('|')})(?=[\\s/>])[^<>]*>`, 'giu');

export function titleValue(text: string): { title: string; occasion?: string; date?: string; speaker?: string } {
  let title = text.replace(PHRASING_TAG, '').trim();
  let speaker: string | undefined;
  let date: string | undefined;
  // a collector's year in brackets (`…讲话实录（2024）`, telling this year's speech from last year's, corpus 188): no part of
  // the name (a year with 年, an edition `（2025年版）`, is the document's own)
  title = title.replace(/(?<=\p{Script=Han})\s*[（(]\s*(?:19|20)\d{2}\s*[）)]$/u, '');
  // a wiki's disambiguation after a record's title, a party congress's short name in half-width brackets after a space
  // (Wikisource's `… (十九大)`, dev 685, 686): no part of the name (the document's own brackets are full-width, with no space)
  title = title.replace(/(?<=\S)\s+\(第?[一二三四五六七八九十]{1,3}大\)$/u, '');
  title = withoutCarriedNote(title);
  // a gazette's contents entry as a title (a crawler's title cell: `…的主旨讲话 ……………… 中华人民共和国主席 习近平`, dev 379): the dot
  // leaders and what follows them, the entry's author or page, are no part of the name (an author who is a speaker, a post and a name,
  // is the speech's: `speaker`)
  const leader = LEADER_TAIL.exec(title);
  if (leader && leader.index > 0) {
    if (isSpeakerLine(leader[1]!.trim())) speaker = leader[1]!.trim();
    title = title.slice(0, leader.index);
  }
  const dated = /\s*[（(]\s*([^（）()]{6,16})\s*[）)]$/u.exec(title);
  if (dated && dated.index > 0 && isDateLine(dated[1]!)) {
    date = parseDate(dated[1]);
    title = title.slice(0, dated.index);
  }
  // a collector's note of the day and the speaker (`某市政府工作报告（2019年1月15日 王某）`, `（2012年6月16日 市长魏某某）`): the day
  // dates the report, the speaker is no part of the title; a note of what was done that day (`（2019年1月8日修订）`) stays
  const spokenOn = /\s*[（(]\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*(\p{Script=Han}{1,6}\s?\p{Script=Han}{1,4})\s*[）)]$/u.exec(title);
  if (!date && spokenOn && spokenOn.index > 0 && isDateLine(spokenOn[1]!) && !titleDateActs.some((act) => spokenOn[2]!.endsWith(act))) {
    date = parseDate(spokenOn[1]);
    title = title.slice(0, spokenOn.index);
  }
  const spoken =
    /\s*(?:[（(]\s*(?:《[^《》]*》)?)?\s*([—―]{1,2}[^—―]*(?:会议|會議|大会|大會)上)\s*[）)]?\s*$/u.exec(title) ??
    // a speech's subtitle, where it was given and what it is (`——在…开幕式上的主旨讲话`): its occasion, the title its theme (dev 379)
    SPEECH_TAIL.exec(title);
  const occasion = spoken && spoken.index > 0 ? spoken[1] : undefined;
  if (spoken && occasion) title = title.slice(0, spoken.index);
  return { title: stripBookTitleMarks(title), ...(occasion ? { occasion } : {}), ...(date ? { date } : {}), ...(speaker ? { speaker } : {}) };
}

/** Dot leaders and the author or page after them at a title's end (CONTENTS_LEADER). */
const LEADER_TAIL = new RegExp(`\\s*${CONTENTS_LEADER}\\s*([^${LEADER_DOTS}]{0,40})$`, 'u');
/** A speech's subtitle at a title's end (SPEECH_SUBTITLE), group 1. */
const SPEECH_TAIL = new RegExp(`\\s*(${SPEECH_SUBTITLE})\\s*$`, 'u');

/** An issuer with a note in brackets after it (`广东省人民政府（省长孟凡利向…作）`): the body alone. */
export const issuerValue = (text: string): string => {
  const note = /\s*[（(][^（）()]*[）)]$/u.exec(text.trim());
  return note && note.index >= 2 ? text.trim().slice(0, note.index) : text.trim();
};

/** 《上海市促进大型科学仪器设施共享规定》 → 上海市促进大型科学仪器设施共享规定 (only when the marks wrap the whole title). */
export function stripBookTitleMarks(title: string): string {
  const m = /^《([^《》]+)》$/.exec(title.trim());
  return m ? m[1]!.trim() : title.trim();
}

/** The front matter's label lines as the text printed them (`修正日期：20170614`), for the history. */
export function frontMatterLines(fm: FrontMatter | undefined): { text: string; line: number }[] {
  if (!fm) return [];
  return Object.entries(fm.data).flatMap(([key, value]) =>
    typeof value === 'string' || typeof value === 'number' ? [{ text: `${key}：${value}`, line: fm.lines[key] ?? fm.line }] : [],
  );
}
