// organs: who issued a document, read from the lines that name its issuing body.
//   "四川省发展和改革委员会 四川省能源局" → ["四川省发展和改革委员会", "四川省能源局"] (a joint issue, lead first)
//   "浙江省第十三届人民代表大会常务委员会第二十四次会议" → 浙江省人民代表大会常务委员会
//   "中共中央 国务院关于实施乡村振兴战略的意见" → ["中共中央", "国务院"]
//   "我代表省人民政府向大会作政府工作报告" + 浙江省 → 浙江省人民政府
// The words (what an organ's name ends in, level words, document kinds) are data: data/organs.json.
import data from './data/organs.json' with { type: 'json' };
import frontMatterData from './data/front-matter.json' with { type: 'json' };
import kindData from './data/kinds.json' with { type: 'json' };
import type { Place } from '../schemas/place.ts';
import { DATELINE_HEAD, REPORTER_BRACKET } from './dates.ts';
import { acrossWords, findMentions, parentOf } from './places.ts';
import { alternation, escapeRegExp } from './regexp.ts';

/** An issuing body: a name ending in the word for an organ (人民政府, 办公室, 局, 委员会 …), maybe with a quoted term in it (推进“三地一区”建设领导小组…办公室). */
const ORGAN = new RegExp(`^[\\p{Script=Han}（）()“”「」]{0,38}?(?:${alternation(data.endings)})$`, 'u');
/** A body's session words: 第十三届, 十三届, 第二十四次会议 (and what follows it), an extraordinary session (第2次臨時會, dev 971). */
const ORDINAL = /第?[一二三四五六七八九十百零〇\d]+[届屆]|第[一二三四五六七八九十百零〇\d]+[会會]期|第[一二三四五六七八九十百零〇\d]+次(?:临时会|臨時會)/gu;
/** A sitting of a body: 第二十四次会议, 第6次會議, 第三次全体会议 (a PDF's text spaces its figures out: 第 6 次會議, dev 831). */
const SITTING = '第\\s*[一二三四五六七八九十百零〇\\d]+\\s*次(?:全体)?(?:会议|會議)';
const SESSION = new RegExp(`${SITTING}.*$`, 'u');
/** A name that ends in its session (`…第三次会议`), no body of the session after it. */
const SESSION_LAST = new RegExp(`${SITTING}$`, 'u');
const SEPARATOR = /[\s、，,]+/;
/** Single characters with spaces between them, two or more: `国 家 能 源 局`, `财  政  部`. */
const SPACED_OUT = /^\p{Script=Han}(?:\s+\p{Script=Han})+$/u;

/** What ends as a body's name does and is none: a company (某某有限公司; data/organs.json non_endings). */
const NON_ORGAN = new RegExp(`(?:${alternation(data.non_endings)})$`, 'u');
/** A body pointed at, named elsewhere: a deictic before a level word or the word for an organ (该院, 本院, 我局, 本市财政局; data/organs.json deictics). */
const DEICTIC = new RegExp(`^(?:${alternation(data.deictics)})(?:${alternation([...data.levels, ...data.endings])})`, 'u');

/** A national body's common short name and its full name (最高检 → 最高人民检察院: data/organs.json short_names). */
const SHORT_NAMES: Record<string, string> = data.short_names;
const NUMBER_PREFIXES: Record<string, string> = data.number_prefixes;
/**
 * The national body a document number's prefix names (法〔2019〕254号 → 最高人民法院, 国办发 → 国务院办公厅: data/organs.json
 * number_prefixes), the prefix being all before the year in 〔〕 (or its other brackets).
 */
export function numberIssuer(docNumber: string | undefined): string | undefined {
  const prefix = docNumber && /^(\p{Script=Han}{1,6})\s*[〔［[（(]\s*(?:19|20)\d{2}/u.exec(docNumber.trim())?.[1];
  return prefix && Object.hasOwn(NUMBER_PREFIXES, prefix) ? NUMBER_PREFIXES[prefix] : undefined;
}

/** A body's full name, for its common short name (最高检 → 最高人民检察院); any other name as it is. */
export const fullName = (name: string): string => (Object.hasOwn(SHORT_NAMES, name) ? SHORT_NAMES[name]! : name);

/** A clause that cites a body's document (根据市人民政府…, 按照县政府…: data/organs.json citing_words): no body's name opens so. */
const CITING = new RegExp(`^(?:${alternation(data.citing_words)})`, 'u');

/** Whether a text holds a citing word anywhere (为贯彻落实国发: data/organs.json citing_words), as a clause that cites a document does and a document number's prefix never does. */
const CITING_ANYWHERE = new RegExp(alternation(data.citing_words), 'u');
export const holdsCiting = (text: string): boolean => CITING_ANYWHERE.test(text);

/** A name that is one issuing body (not a sentence, not a title: no 关于; not a body pointed at: 该院; not a citing clause: 根据市人民政府). */
export function isOrgan(text: string): boolean {
  if (Object.hasOwn(SHORT_NAMES, text)) return true;
  return text.length >= 2 && text.length <= 40 && ORGAN.test(text) && !NON_ORGAN.test(text) && !/关于|關於/.test(text) && !DEICTIC.test(text) && !CITING.test(text);
}

/**
 * The body a crawler's record or a page names as its source (`"source": "北京市中医管理局"`, `来源：…`: the site that posted the page), when
 * it is a body and no website or medium (a place's media centre, 宝安区融媒体中心, names itself as a body does): the lead of those listed (`北京市卫生健康委员会，北京市中医管理局`, dev 653); a body's own page of
 * its document names no other issuer (dev 702, 679).
 */
export function sourceBody(site: string | undefined): string | undefined {
  const lead = site !== undefined && !isSite(site) ? splitIssuers(site)?.[0] : undefined;
  // (a unit by its word alone, 来源：办公室 on a county portal, names no body: data/organs.json units)
  return lead !== undefined && !MEDIA_CENTRE.test(lead) && !UNITS.has(lead) ? lead : undefined;
}

/** A place's media centre, a medium named as a body is (`宝安区融媒体中心`: data/organs.json media_centres, dev 332). */
const MEDIA_CENTRE = new RegExp(`(?:${alternation(data.media_centres)})$`, 'u');

/** A body's website by its name: a body's name and a word of data/organs.json sites (某市人民政府门户网站, 某省人民政府网). */
export const isSite = (text: string): boolean => data.sites.some((w) => text.endsWith(w) && isOrgan(text.slice(0, -w.length)));

const JOINT = new RegExp(alternation(data.joints), 'gu');

/** A speaker line, a post and a name: `区长 王某某`, `四川省人民政府省长 施小琳`, `市科技局局长 张 三` (the post's last word: data/organs.json posts). */
const SPEAKER_LINE = new RegExp(`^[\\p{Script=Han}（）()]{0,24}?(?:${alternation(data.posts)})\\s+[\\p{Script=Han}·]{1,2}\\s?[\\p{Script=Han}·]{1,3}$`, 'u');
/** Whether a line is a speaker line (SPEAKER_LINE) and no sentence (no clause punctuation). */
export const isSpeakerLine = (text: string): boolean => SPEAKER_LINE.test(text) && !/[，。；：,;:]/.test(text);

/** The title of a post after the body's name (局长, 副局长, 省长, 主任): one of the posts, maybe after one character and 副 (deputy). */
const POST_TITLE = new RegExp(`^副?\\p{Script=Han}?(?:${alternation(data.posts)})$`, 'u');

/**
 * The body a speaker line's post heads, named before the post's title: `市财政局局长 谷某某` → 市财政局, `某省人民政府省长 王某某` →
 * 某省人民政府 (the shortest name of a body whose rest is a post's title); none when the post names no body (`区长 王某某`,
 * `浙江省省长 王某某`) or the line is no speaker's (the body that delivers the report its head reads: a final-accounts report read to a standing committee).
 */
export function speakerBody(line: string): string | undefined {
  const text = line.trim();
  if (!isSpeakerLine(text)) return undefined;
  const post = text.split(/\s+/)[0]!;
  for (let k = 2; k < post.length; k++) if (isOrgan(post.slice(0, k)) && POST_TITLE.test(post.slice(k))) return post.slice(0, k);
  return undefined;
}

/**
 * The bodies of a joint issue or release, lead first, when every part is a body: parts joined by a separator (a space, 、, a comma:
 * `四川省发展和改革委员会 四川省能源局`, `A、B`) or a word of joint action (data/organs.json joints: `最高人民法院会同公安部`,
 * `司法部和财政部`), split at a joint word only where both sides are bodies (`国家发展和改革委员会` is one); none when a part is no
 * body (`四川省能源局 2025年9月29日`, `该院会同公安部`: a body pointed at). Titles' and signatures' issuers and ledes' subjects alike.
 */
export function splitIssuers(text: string): string[] | undefined {
  const split = (chunk: string): string[] | undefined => {
    for (const m of chunk.matchAll(JOINT)) {
      const rest = isOrgan(chunk.slice(0, m.index)) ? split(chunk.slice(m.index + m[0].length)) : undefined;
      if (rest) return [chunk.slice(0, m.index), ...rest];
    }
    // a body pointed at after a joint word (公安部会同该院) makes the whole no body's name
    return isOrgan(chunk) &&
      !chunk
        .split(JOINT)
        .slice(1)
        .some((part) => DEICTIC.test(part))
      ? [chunk]
      : undefined;
  };
  // a name set with a space between each character (国 家 能 源 局, dev 413; 财  政  部, dev 408: a signature spaced to the width of the one above it) is one
  // name, and names so set are parted by a gap wider than the one between their characters (国 家 发 展 改 革 委\u3000国 家 能 源 局)
  const names = SPACED_OUT.test(text.trim()) ? spacedNames(text.trim()) : text.trim();
  // a space splits only between issuers: a unit's word alone (data/organs.json units) is part of the name before it (国家能源局\u3000综合司),
  // a body's or a place's (湖北省\u3000人民政府: a level word ends it), not what is neither (a section heading's 第八节\u3000人民法院)
  const chunks = names.split(SEPARATOR).reduce<string[]>((all, part) => {
    if (part === '') return all;
    if (all.length > 0 && UNITS.has(part) && ownsUnit(all[all.length - 1]!)) all[all.length - 1] += part;
    else all.push(part);
    return all;
  }, []);
  const parts = chunks.map(split);
  return parts.length && parts.every(Boolean) ? parts.flatMap((p) => p!).map(fullName) : undefined;
}

/** A unit of a body or a place's body by its word alone (办公厅, 综合司, 人民政府): data/organs.json units. */
const UNITS = new Set(data.units);

/** What a unit's word alone after a space belongs to: a body (国家能源局), or a place, which a level word ends (湖北省; data/organs.json levels). */
const ownsUnit = (name: string): boolean => isOrgan(name) || data.levels.some((level) => name.endsWith(level));

/** The width of a gap, a full-width space two. */
const gapWidth = (gap: string): number => [...gap].reduce((n, c) => n + (c === '\u3000' ? 2 : 1), 0);

/**
 * Letters spaced out, one name or several: the names, each written whole, a space between them where the gap is wider than the
 * narrowest, when each is a body or a unit's word; else one name (a gap a line's justification widened: 国 家  能 源 局).
 */
function spacedNames(text: string): string {
  const gaps = text.match(/\s+/gu) ?? [];
  const narrowest = Math.min(...gaps.map(gapWidth));
  const names = text.replace(/\s+/gu, (gap) => (gapWidth(gap) > narrowest ? ' ' : ''));
  return names.split(' ').every((name) => isOrgan(name) || UNITS.has(name)) ? names : text.replace(/\s+/gu, '');
}

/** The year of a body's sittings before or after its name (`107年度臺南市都市設計審議委員會`, `…審議會99年度第八次會議`, dev 831, 832), no part of it. */
const SITTING_YEAR = /^(?:\d{2,4}|[〇一二三四五六七八九零]{2,4})\s*年度?|(?:\d{2,4}|[〇一二三四五六七八九零]{2,4})\s*年度?$/gu;

/** A body named with its session: `浙江省第十三届人民代表大会常务委员会第二十四次会议` → 浙江省人民代表大会常务委员会. */
export function organOfSession(text: string): string | undefined {
  const name = text.replace(SESSION, '').replace(ORDINAL, '').trim().replace(SITTING_YEAR, '').replace(/\s/g, '');
  return isOrgan(name) ? name : undefined;
}

/** A title that names its issuer before 关于: `国务院办公厅关于…的通知`, and a kind with its modifier, `…的指导意见` (data/organs.json document_kinds, document_kind_modifiers; dev 705). */
const DOCUMENT = new RegExp(`^(.{2,60}?)(?:关于|關於).+的(?:${alternation(data.document_kind_modifiers)}){0,2}(?:${alternation(data.document_kinds)})(?:[（(][^）)]*[）)])?$`, 'u');

/**
 * A body's document of a year, its name before the year: `广州市发展和改革委员会2022年工作要点`, `国务院2021年度立法工作计划`; a body's
 * yearly budget or final accounts too, whatever the form calls it (`重庆市交通委员会2018年部门预算情况说明`: kinds.json budgets and
 * final_accounts, dev 477).
 */
const YEARLY = new RegExp(
  `^(.{2,40}?)(?:19|20)\\d{2}\\s*年度?[^关關]{0,40}?(?:${alternation([...data.document_kinds, ...kindData.budgets.words, ...kindData.final_accounts.words])})$`,
  'u',
);

/**
 * An interview with a body's official (答记者问), the bodies before the official: `…——国家发展改革委负责同志答记者问`,
 * `司法部 财政部 税务总局负责人就《…》答记者问` (after the headline's dash or at its start; data/organs.json interviews); also a
 * spokesman's regular press conference titled by its day, the spokesman's name and where he answered
 * (`2005年3月15日外交部发言人刘建超在例行记者会上答记者问` → 外交部, dev 550).
 */
const INTERVIEW = new RegExp(
  `(?:^|[—―]+)(?:(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)?([^—―《》]{2,40}?)(?:${alternation(data.interviews.officials)})(?:[\\p{Script=Han}·]{2,4}?)?(?:在[^—―《》，。]{1,20}上)?(?:就.+)?(?:${alternation(data.interviews.ends)})$`,
  'u',
);

/**
 * The issuers a title names before 关于 (`中共中央 国务院关于…的意见` → [中共中央, 国务院]), or before the year of a yearly
 * document (`广州市发展和改革委员会2022年工作要点`), or before the official of an interview (INTERVIEW); only bodies, never a
 * place alone (`广州市2022年工作要点` names none).
 */
export function titleIssuers(title: string): string[] | undefined {
  const m = DOCUMENT.exec(title.trim()) ?? YEARLY.exec(title.trim()) ?? INTERVIEW.exec(title.trim()) ?? REVIEW.exec(title.trim()) ?? SITTING_RECORD.exec(title.trim());
  if (!m) return undefined;
  // a body named with the session that adopted the document or held the sitting: the body (第十四届全国人民代表大会第三次会议关于…的决议, dev 703);
  // not a body of the session named after it, its secretariat or presidium (`市十八届人大五次会议秘书处` signs what it prints, dev 427)
  const session = SESSION_LAST.test(m[1]!.trim()) ? organOfSession(m[1]!) : undefined;
  return splitIssuers(m[1]!) ?? (session !== undefined ? [session] : undefined);
}

/**
 * A council's record of a sitting, titled by the body and the sitting: `立法院第8屆第2會期第6次會議紀錄` (data/organs.json sitting_records,
 * dev 700), the year of its sittings before or after the body's name (`臺南市政府都市更新及爭議處理審議會99年度第八次會議紀錄`, dev 832); or
 * by them alone, its record's word on a line of its own (`107 年度臺南市都市設計審議委員會第 6 次會議` over `紀錄`, dev 831).
 */
const SITTING_RECORD = new RegExp(`^(.{2,40}?${SITTING})(?:${alternation(data.sitting_records)})?$`, 'u');

/** Whether a title is a council's record or a meeting's minutes, named by the body and the sitting, its record's word (議事錄, 紀錄) after it or not (SITTING_RECORD; dev 700, 831, 971). */
export const isSittingRecord = (title: string): boolean => SITTING_RECORD.test(title.trim());

/** A committee's review results, named before them: `財政委員會審查結果` (dev 442). */
const REVIEW = /^([^《》，,。]{2,40}?)(?:审查结果|審查結果)$/u;

/**
 * A legislature's committee by its full name, as the text prints it after the legislature (data/organs.json legislatures):
 * `財政委員會` of a title whose text writes `向立法院財政委員會提出書面報告` → 立法院財政委員會 (dev 442); else as named.
 */
export function committeeOf(organ: string, body: string): string {
  if (!/(?:委员会|委員會)$/u.test(organ)) return organ;
  const legislature = new RegExp(`(${alternation(data.legislatures)})${escapeRegExp(organ)}`, 'u').exec(body)?.[1];
  return legislature ? `${legislature}${organ}` : organ;
}

const COUNTRY = new RegExp(`^(?:${alternation(data.country_names)})(?=.{2})`, 'u');

/** What may stand before a body's name and leave it the same body: the country's name or the mark of a former name (data/organs.json former_marks). */
const SAME_BODY_BEFORE = new RegExp(`^(?:${alternation([...data.country_names, ...data.former_marks])})$`, 'u');

/**
 * Whether a collector's name of a body is the name a signature prints with the country's name or a former name's mark before it:
 * `中华人民共和国教育部` over `教育部` (dev 549), `原环境保护部` over `环境保护部` (dev 707); the signature's is the name as the body signs.
 */
export const signsAs = (name: string, signer: string): boolean => name.endsWith(signer) && SAME_BODY_BEFORE.test(name.slice(0, name.length - signer.length));

/**
 * The government a report is delivered on behalf of: `我代表省人民政府向大会…`, `我代表国务院，向大会…`, or by whose commission
 * (`受市人民政府委托，现将…`, a budget report, dev 241; `我受国务院的委托，向大会作…`, dev 260).
 */
export function behalfOf(paragraphs: readonly string[]): string | undefined {
  // the opening paragraphs, or as far as the one after the salutation (各位代表：; 主任、各位副主任、秘书长、各位委员：, a standing
  // committee's, dev 357) below a table of contents (corpus 224) or a page's menus
  const saluted = paragraphs.slice(0, 40).findIndex((p) => /^(?:[\p{Script=Han}]{1,6}、){0,3}各位[\p{Script=Han}、]{1,20}[：:]$/u.test(p.trim()));
  for (const p of paragraphs.slice(0, Math.max(12, saluted + 2))) {
    // every 代表 of the paragraph: the first may be no government's (第一届全国人民代表大会…的议案，我现在代表国务院向…, corpus 224)
    for (const m of p.matchAll(/代表([\p{Script=Han}]{2,30}?)(?:，|,|向)|受([\p{Script=Han}]{2,30}?)的?委托/gu)) {
      // as reports cite it: without the country's name before it (代表中华人民共和国国务院 → 国务院, corpus 191)
      const organ = (m[1] ?? m[2]!).replace(ORDINAL, '').replace(COUNTRY, '');
      if (!data.governments.some((g) => organ.endsWith(g)) || !isOrgan(organ)) continue;
      // a central committee named without its organization (我代表第十八届中央委员会向大会作报告): the party whose national congress
      // the opening names (中国共产党第十九次全国代表大会), else none (dev 685, 686)
      if (/^中央委[员員]会$|^中央委[员員]會$/u.test(organ)) {
        const party = partyOfCongress(paragraphs);
        if (party) return party + organ;
        continue;
      }
      return fullGovernment(organ);
    }
  }
  return undefined;
}

/** A court's decision under its name in its heading (data/organs.json court_documents), 刑事, 民事 … before it. */
const COURT_DOCUMENT = new RegExp(`^\\p{Script=Han}{0,8}(?:${alternation(data.court_documents)})$`, 'u');

/**
 * A court's heading among the opening lines: its name on one line and the kind of its decision on the next (`重庆市渝中区人民法院` /
 * `民 事 判 决 书`, dev 683, 684), each line nothing else; the kind's spaced letters closed up.
 */
export function courtHeading(paragraphs: readonly string[]): { court: string; kind: string } | undefined {
  for (let i = 0; i + 1 < Math.min(paragraphs.length, 8); i++) {
    const court = paragraphs[i]!.replace(/\s/gu, '');
    const kind = paragraphs[i + 1]!.replace(/\s/gu, '');
    if (/(?:法院|法庭)$/u.test(court) && isOrgan(court) && COURT_DOCUMENT.test(kind)) return { court, kind };
  }
  return undefined;
}

/** The party whose national congress the opening paragraphs name (`中国共产党第十九次全国代表大会` → 中国共产党; data/organs.json parties). */
const PARTY_CONGRESS = new RegExp(`(${alternation(data.parties)})第[一二三四五六七八九十百]+次全[国國]代表大[会會]`, 'u');
function partyOfCongress(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs.slice(0, 12)) {
    const m = PARTY_CONGRESS.exec(p);
    if (m) return m[1];
  }
  return undefined;
}

/** A government a report names by its level and 政府 (代表省政府, 市政府) is that level's people's government (省人民政府), its name in full. */
const fullGovernment = (organ: string): string => (data.levels.some((l) => organ === `${l}政府`) ? `${organ.slice(0, -2)}人民政府` : organ);

/**
 * An organ named by its level word alone, given the place of the text: 省人民政府 + 浙江省 →
 * 浙江省人民政府, 市工业和信息化局 + 天津市 → 天津市工业和信息化局; a department named bare in a city whose departments are named
 * after its government, given the place as the text spells it (governmentDepartment: 經濟發展局 + 臺南 → 臺南市政府經濟發展局);
 * anything else as it is.
 */
export function qualifyOrgan(organ: string, place: Place | undefined, spelled?: string): string {
  if (!place) return organ;
  const region = (data.special_regions as Record<string, string>)[organ];
  if (region && place.short && /特别行政区$/.test(place.name)) return place.short + region;
  for (const word of data.levels) {
    if (organ.startsWith(word) && place.name.endsWith(word)) return place.name + organ.slice(word.length);
  }
  return governmentDepartment(organ, place, spelled) ?? organ;
}

const DEPARTMENTS = data.government_departments;
/**
 * A department named bare (經濟發展局): no level word or central body's name before it, no ministry's word in it (勞動部勞工保險局: DEPARTMENTS.ministries),
 * a department's word at its end (DEPARTMENTS.endings).
 */
const BARE_DEPARTMENT = new RegExp(
  `^(?!${alternation([...data.levels, ...DEPARTMENTS.central])})(?:(?!${alternation(DEPARTMENTS.ministries)})\\p{Script=Han}){1,10}(?:${alternation(DEPARTMENTS.endings)})$`,
  'u',
);

/**
 * A department a text names bare in a city or county whose departments are named after its government (data/organs.json
 * government_departments: Taiwan's, 經濟發展局 in a text of 臺南 → 臺南市政府經濟發展局, dev 788): the place's full name as the text
 * spells it (its region 臺南 opens the alias 臺南市), the government, the department; none elsewhere or for a name that holds a place of its own.
 */
function governmentDepartment(organ: string, place: Place, spelled: string | undefined): string | undefined {
  const government = placeGovernment(place, spelled);
  if (government === undefined) return undefined;
  const names = placeNames(place);
  // (a name that holds a place or a government is named after its own: 高雄市政府經濟發展局 in a Tainan text's joint release)
  if (!BARE_DEPARTMENT.test(organ) || names.some((n) => organ.includes(n)) || organ.includes(DEPARTMENTS.government) || findMentions([organ]).length > 0) return undefined;
  return `${government}${organ}`;
}

/**
 * The government of a city or county whose departments are named after it (data/organs.json government_departments), by the
 * place's full name as the text spells it (its region 臺南 opens the alias 臺南市): 臺南市政府; none for another place.
 */
function placeGovernment(place: Place, spelled: string | undefined): string | undefined {
  if (!place.parent || !DEPARTMENTS.provinces.includes(place.parent) || (place.level !== 'city' && place.level !== 'county')) return undefined;
  const names = placeNames(place);
  // the place's full name in the text's spelling: the name or alias that the region the text spells opens (臺南 → 臺南市)
  const full = spelled !== undefined && names.includes(spelled) ? [place.name, ...(place.aliases ?? [])].find((n) => n.startsWith(spelled)) : undefined;
  return `${full ?? place.name}${DEPARTMENTS.government}`;
}

/** A place's names: its name, short name and aliases (governmentDepartment, placeGovernment). */
const placeNames = (place: Place): string[] => [place.name, place.short, ...(place.aliases ?? [])].filter((n): n is string => n !== undefined && n !== '');

/** How such a government speaks of itself (本府). */
const SELF_GOVERNMENT = new RegExp(alternation(DEPARTMENTS.self), 'u');

/** A body that names itself so in brackets (`臺灣省政府（以下簡稱本府）`: data/organs.json release_days aliases), its name before them: every 本府 after it is that body. */
const SELF_DEFINED = new RegExp(`[（(]?(?:${alternation(data.release_days.aliases)})為?(?:${alternation(DEPARTMENTS.self)})`, 'u');

/**
 * The government whose own document speaks of it as 本府 (data/organs.json government_departments self): a city's or a county's whose
 * departments are named after it, the text's place or the city of its district (本府為興辦「臺南市安平區…道路工程」 → 臺南市政府, dev 806;
 * a mayor's policy report, 本府將規劃與建設…, dev 766, 837); none for a place of another kind or a text that does not speak so
 * in its own words (本府 only in what it quotes: an old document's 「本府所轄…」), nor one where a body names itself 本府
 * (臺灣省政府（以下簡稱本府）…本府置委員: that body's 本府 throughout).
 */
export function selfGovernment(body: string, place: Place | undefined, spelled?: string, parentSpelled?: string): string | undefined {
  if (!place) return undefined;
  // a district's text speaks so of its city's government (本府為興辦「臺南市安平區…」 about 安平區: 臺南市政府, dev 806)
  const city = parentOf(place);
  const government = placeGovernment(place, spelled) ?? (city ? placeGovernment(city, parentSpelled) : undefined);
  if (government === undefined) return undefined;
  // (the government itself may name itself so: 臺南市政府（以下簡稱本府）)
  const defined = SELF_DEFINED.exec(body);
  if (defined && !body.slice(0, defined.index).endsWith(government)) return undefined;
  return SELF_GOVERNMENT.test(ownWords(body)) ? government : undefined;
}

/** A quoted span with no quote in it: the words of another, not the text's own voice. */
const QUOTED = /「[^「」]*」|『[^『』]*』|“[^“”]*”/gu;

/** The text without what it quotes, innermost quote first (a history's 知府奏稱：「本府所轄各廳縣…」 is a Qing prefect's 本府, not the city government's). */
function ownWords(body: string): string {
  let text = body;
  for (let prev = ''; prev !== text;) [prev, text] = [text, text.replace(QUOTED, '')];
  return text;
}

/** The body a category path names (Taiwan's law database): `法律 / 行政＞衛生福利部＞國民健康目` → 衛生福利部. */
export function organOfCategory(category: string): string | undefined {
  return category.split(/\s*[／/＞>]\s*/).find(isOrgan);
}

/** A law's competent authority at the centre (`本法所稱主管機關：在中央為勞動部；…` → 勞動部), the ministry of a law that names no category. */
export function centralAuthority(body: string): string | undefined {
  const m = /主管(?:機關|机关)[：:，,]?\s*在中央(?:為|为)([^；;，,。、]{2,16}?)[；;，,。]/u.exec(body.slice(0, 20000));
  return m && isOrgan(m[1]!) ? m[1] : undefined;
}

/** A byline that names the author (data/organs.json author_keys), its Markdown bold taken out: `**作者：****某研究所******`. */
const AUTHOR = new RegExp(`^(?:${alternation(data.author_keys)})\\s*[：:︰]\\s*(\\S.{1,40})$`, 'u');

/** The body a byline names as the text's author (`作者：中国网络空间研究院网络安全研究所`, at a journal article's end, dev 247); a person is none. */
export function authorBody(paragraphs: readonly string[]): string | undefined {
  for (const p of paragraphs) {
    const m = AUTHOR.exec(p.replace(/\*/g, '').trim());
    if (m && isOrgan(m[1]!.trim())) return m[1]!.trim();
  }
  return undefined;
}

/**
 * The body whose account posts a WeChat post it marks as its own (`原创`, then the author and the account's name: `原创` /
 * `CNCERT` / `国家互联网应急中心CNCERT`, dev 246): the account's name when it is a body, its Latin abbreviation after it left
 * out. A post without the mark is a repost, its account no author (dev 247).
 */
export function originalPoster(paragraphs: readonly string[]): string | undefined {
  const lines = paragraphs.slice(0, 40).map((p) => p.trim());
  const at = lines.indexOf('原创');
  if (at < 0) return undefined;
  for (const line of lines.slice(at + 1, at + 4)) {
    const name = line.replace(/\s*[A-Za-z][A-Za-z0-9-]*$/u, '');
    if (isOrgan(name)) return name;
  }
  return undefined;
}

/** A lede's subject, before what it did: no punctuation but 、 between joint bodies inside, maybe after a date (`3月23日`). */
const SUBJECT = '([^，,。；;：:\\s]{2,40}?)';
/** When a lede says it was done: a day or a time of it, before the subject or after it (`今天，最高人民检察院发布`, `最高人民检察院今天发布`). */
const WHEN = '(?:今天|今日|日前|近日|近期|上午|下午|晚上|晚间)';
/** A date or time opening the subject, written without a comma (`3月1日上午最高人民检察院`, `今天最高人民检察院`): no part of a body's name. */
const LEADING_DATE = new RegExp(`^(?:(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日)?${WHEN}*`, 'u');

/** An interview's lede: the bodies whose official answered (`国家互联网信息办公室有关负责人就《规定》相关问题回答了记者提问`). */
const INTERVIEW_LEDE = new RegExp(`${SUBJECT}(?:${alternation(data.interviews.officials)})就[^。；;]{0,80}?(?:${alternation(data.interviews.answers)})`, 'u');

/** A count before what is released: `8起`, `一批`, `第三批` (data/organs.json releases). */
export const RELEASE_COUNT = `(?:第?[\\d一二三四五六七八九十百]+(?:${alternation(data.releases.counts)}))`;
export const RELEASE_VERB = alternation(data.releases.verbs);

/**
 * A title that is an interview's lede or tells of an official's statement, the whole title: the bodies, the official (his name after
 * his post or not) and what the official answered or stated (`国家工商总局企业注册局有关负责人就…回答记者提问`, `外交部发言人马朝旭就…发表谈话`).
 */
const TITLED_INTERVIEW = new RegExp(
  `^${SUBJECT}(?:${alternation(data.interviews.officials)})(?:[\\p{Script=Han}·]{2,4})?就[^。；;]{1,80}?(?:${alternation([...data.interviews.answers, ...data.interviews.statements])})$`,
  'u',
);

/**
 * The body a text's lede (its opening paragraphs) says it comes from, a line shape, not a list of names: the bodies whose official
 * answered in an interview its headline names no body of (`…，国家互联网信息办公室有关负责人就《规定》相关问题回答了记者提问`,
 * dev 298; the first of several: `司法部、国家网信办负责人…` → 司法部), or the body that released what the text is, named by its
 * title (`今天，最高人民检察院发布了一批个人信息保护检察公益诉讼典型案例`, dev 295). Only bodies: a person answering is none.
 */
export function ledeBody(title: string, paragraphs: readonly string[]): string | undefined {
  const interview = new RegExp(`(?:${alternation(data.interviews.ends)})$`, 'u').test(title.trim());
  const named = title.trim();
  // a title that is itself such a sentence, or tells of the official's statement (TITLED_INTERVIEW, dev 454, 768)
  const titled = TITLED_INTERVIEW.exec(named);
  const speakers = titled ? splitIssuers(titled[1]!.replace(LEADING_DATE, '')) : undefined;
  if (speakers) return speakers.join(' ');
  // The release's pattern ends in the title as written, so only a paragraph that holds the title can match it: it is built for the
  // first such paragraph and tried on those only, not on each of 40 paragraphs from every position (session 24: about 1 % of the pipeline).
  let release: RegExp | undefined;
  for (const p of paragraphs.slice(0, 40)) {
    const naming = named.length >= 4 && p.includes(named);
    if (naming) release ??= new RegExp(`${SUBJECT}${WHEN}*(?:正式)?(?:${RELEASE_VERB})了?\\s*${RELEASE_COUNT}?\\s*《?${escapeRegExp(named)}`, 'u');
    const m = (interview ? INTERVIEW_LEDE.exec(p) : undefined) ?? (naming ? release!.exec(p) : undefined);
    const bodies = m ? splitIssuers(m[1]!.replace(LEADING_DATE, '')) : undefined;
    if (bodies) return bodies.join(' ');
  }
  return undefined;
}

/** The body a clause opens with, a name of its own: `衛生局正全面分析…` → 衛生局 (the shortest head that is one). */
function leadingOrgan(clause: string): string | undefined {
  for (let n = 2; n <= Math.min(24, clause.length); n++) if (isOrgan(clause.slice(0, n))) return clause.slice(0, n);
  return undefined;
}

/**
 * When a body's own release says it acted (data/organs.json release_days): the day in its convention, 今 and the day in brackets
 * (`總統府今（21）日下午…`, dev 789; `澳門金融管理局今（15）日公佈`, dev 441), right after the body's name or its short name in brackets
 * (`（以下簡稱為金管會）`), or 於 and a full date after that short name only (`…（以下簡稱為金管會）於102年5月22日對…作出處分`, dev 811; not
 * `国务院办公厅于2024年1月11日印发…`, a newspaper's or a forwarding notice's account of another body's act: review36c).
 */
const RELEASE_ALIAS = `[（(](?:${alternation(data.release_days.aliases)})[^（）()]{1,12}[）)]`;
const RELEASE_DAY = new RegExp(`^(?:(?:${RELEASE_ALIAS})?(?:${data.release_days.patterns.join('|')})|${RELEASE_ALIAS}(?:${data.release_days.dated.join('|')}))`, 'u');
/** A medium's dateline or its reporter's credit (新华社北京3月5日电, （记者 李万祥）): what follows is its report, no body's own release. */
const MEDIUM_CREDIT = new RegExp(`${DATELINE_HEAD.source}|${REPORTER_BRACKET}\\s*$`, 'u');

/**
 * The body a release names as its own: the department's tag before the headline its release repeats (`【旅遊局】第十四屆…圓滿舉行`
 * under the title that opens so, dev 752), or the body its lede opens with, before the day it acted (RELEASE_DAY: dev 789, 811). A person who acted (`賴清德總統今（5）日`,
 * dev 790) and a body named after what happened (`…圓滿結束。本屆旅博會由國家文化和旅遊部…主辦`) are none.
 */
export function releaseLede(paragraphs: readonly string[], title = ''): string | undefined {
  // (the tag's headline and the title, one the other's start: not a digest's items, each tagged by the body it tells of, review36c)
  const bare = (t: string): string => t.replace(/^【[^【】]*】/u, '').replace(/\s+/gu, '');
  const headline = bare(title);
  for (const p of paragraphs.slice(0, 3)) {
    const line = p.trim();
    if (MEDIUM_CREDIT.test(line)) return undefined;
    const tag = /^【([^【】]{2,24})】/u.exec(line)?.[1];
    const repeats = headline !== '' && bare(line) !== '' && (headline.startsWith(bare(line)) || bare(line).startsWith(headline));
    if (tag !== undefined && repeats && isOrgan(tag)) return tag;
    // the head that is a body's name and right before the day (金融監督管理委員會, not its head 金融監督管理委, a name too)
    for (let n = 2; n <= Math.min(24, line.length); n++) if (RELEASE_DAY.test(line.slice(n)) && isOrgan(line.slice(0, n))) return line.slice(0, n);
  }
  return undefined;
}

/** The body whose site a page is, by the name its head stores (SiteName): a body's name, or a body's website by its name (北京市教育委员会门户网站). */
function siteBody(site: string | undefined): string | undefined {
  const name = site?.trim();
  if (name === undefined) return undefined;
  const word = data.sites.find((w) => name.endsWith(w) && isOrgan(name.slice(0, -w.length)));
  const body = word !== undefined ? name.slice(0, -word.length) : name;
  return isOrgan(body) && !UNITS.has(body) ? body : undefined;
}

/** A credit in the site's own voice, a mark of own_voice opening it (来源：本站, 本网). */
const OWN_MARK = new RegExp(`^(?:${alternation(data.own_voice.marks)})`, 'u');
/** A first-person word for a body in its own voice (我委, 本局: data/organs.json own_voice), the word and the endings of the names it stands for. */
const OWN_VOICE = Object.entries(data.own_voice.words).flatMap(([word, endings]) => data.own_voice.marks.map((mark) => [`${mark}${word}`, endings] as const));

/**
 * Whether a text speaks in the voice a word is (我局, 本委) somewhere as a word of its own, no word of the sentence across its start or
 * end (acrossWords: 基本|局面, 根本|部署, 基本|办法, 本|部门 hold 本局, 本部, 本办 and are none, review39c).
 */
function voices(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (!acrossWords(text, at, word.length)) return true;
  return false;
}

/**
 * A body's own news item on its own site (the site's body, siteBody): the body that speaks of itself in its own voice in the item's
 * opening paragraphs (我委秦定波副主任, a 委员会's page, dev 902), or whose name opens the headline, in full or from its level word on
 * (市文化和旅游局到…开展 on 济南市文化和旅游局's site, dev 877) when the page credits no other source than the body (`credit`, the source
 * label's value whatever it names: a medium's too, 来源：新华社 over a report the site reposts, review39c). A body that reports another's
 * work, a medium's report it reposts, another body's item in that body's voice (来源：历城区文化和旅游局 over 我局…, review39c) and an
 * item on a government's portal about one of its departments name none.
 */
export function ownNews(site: string | undefined, credit: string | undefined, title: string, paragraphs: readonly string[]): string | undefined {
  const body = siteBody(site);
  if (body === undefined) return undefined;
  // (the credit the body's own: the body by its name or by the end of it, 来源：市文化和旅游局, the site in its own voice, 来源：本站, or a
  // unit of the body by its word alone, 来源：办公室, data/organs.json units)
  const named = credit?.replace(/\s/gu, '');
  const own = named === undefined || body.endsWith(named) || OWN_MARK.test(named) || UNITS.has(named);
  // (in the item's own voice, a credit another body's, a media centre or a body of a place by its name or its level word (来源：历城区文化和
  // 旅游局 over 我局…), whose voice it is; not a division of the body, 来源：国际交流合作处, dev 902, nor a medium, which speaks of no 我局)
  const another =
    named !== undefined && !own && isOrgan(named) && (MEDIA_CENTRE.test(named) || data.levels.some((l) => named.startsWith(l)) || findMentions([named], true).length > 0);
  // (the item's opening: the paragraphs under its headline, past a page's menus above it)
  const headed = paragraphs.findIndex((p) => p.trim() === title.trim());
  const opening = paragraphs.slice(headed + 1, headed + 6).join('\n');
  if (!another && OWN_VOICE.some(([word, endings]) => endings.some((e) => body.endsWith(e)) && voices(opening, word))) return body;
  if (!own) return undefined;
  const headline = title.trim();
  if (headline.startsWith(body)) return body;
  // (from a level word of its place on: 市文化和旅游局 of 济南市文化和旅游局, more than the level word and one character)
  for (const level of data.levels) {
    const at = body.indexOf(level);
    const short = at > 0 ? body.slice(at) : '';
    if (short.length > level.length + 2 && headline.startsWith(short) && isOrgan(short)) return body;
  }
  return undefined;
}

/**
 * The department whose release a government's press service posts (its link's host one of data/organs.json release_services:
 * gcs.gov.mo, Macau's 新聞局): the body that opens a clause of the headline (`修改《控煙法》公開諮詢已結束… 衛生局正全面分析…`, dev 440),
 * else the one that opens the lede (`澳門金融管理局今（15）日公佈，…`, dev 441). The service itself is no issuer.
 */
export function releaseBody(url: string | undefined, title: string, paragraphs: readonly string[]): string | undefined {
  const host = url ? /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  if (!host || !data.release_services.some((h) => host === h || host.endsWith(`.${h}`))) return undefined;
  const clauses = [...title.split(/\s+/), ...paragraphs.slice(0, 3).map((p) => p.trim().split(/[，,。；;：:]/)[0]!)];
  for (const clause of clauses) {
    const organ = leadingOrgan(clause.trim());
    if (organ) return organ;
  }
  return undefined;
}

/** The body a source credit names: a body's name (isOrgan), no medium, site, media centre or unit alone (sourceBody; 来源：新华网, 来源：办公室). */
export const creditedBody = (value: string): string | undefined => (isOrgan(value) ? sourceBody(value) : undefined);

/** A reprint notice's credit: `转载自` or a source label (data/front-matter.json page_source_keys, after any words: 本文来源：, 文章来源：) and its value. */
const REPRINT_CREDIT = new RegExp(String.raw`(?:转载自|轉載自|(?:${alternation(frontMatterData.page_source_keys)})\s*[：:︰])\s*([^，,。；\s]{2,40})`, 'u');

/** The body a reprint notice credits: `本文转载自成都市科学技术局，其真实性请自行核实。` → 成都市科学技术局 (creditedBody: not `来源：浙江日报`). */
export function organOfReprint(notices: readonly string[]): string | undefined {
  for (const n of notices) {
    const m = REPRINT_CREDIT.exec(n);
    const body = m ? creditedBody(m[1]!) : undefined;
    if (body !== undefined) return body;
  }
  return undefined;
}

/** An office named as delivering an address: `行政長官向立法會發表施政報告` (data/organs.json deliverers). */
const DELIVERED = new RegExp(`(${alternation(Object.keys(data.deliverers))})[^，,。；\\n]{0,12}(?:宣讀|宣读|發表|发表)[^，,。；\\n]{0,12}(?:${alternation(data.addresses)})`, 'u');

const ADDRESS = new RegExp(
  `(?:宣讀|宣读|發表|发表)\\s*(?:([\\p{Script=Han}]{2,24}?)\\s*的?)?\\s*(?:第[一二三四五六七八九十\\d]+份|首份)?\\s*(${alternation(data.addresses)})`,
  'gu',
);

/**
 * The address a record of a sitting carries and the body it is delivered for: `行政長官現在向立法會
 * 發表施政報告`, `現在我宣讀香港特別行政區政府第五份施政報告` → {address: 施政報告, organ: 香港特別行政區政府}.
 */
export function addressOf(body: string): { address: string; organ?: string; title?: string } | undefined {
  const found = [...body.matchAll(ADDRESS)];
  if (!found.length) return budgetOf(body) ?? openingBudget(body);
  // the government of a term (第二屆特區政府的首份施政報告, corpus 134) is the government
  const named = found.map((m) => m[1]?.replace(/^現在我|^现在我|^我/, '').replace(/^第[一二三四五六七八九十\d]+[届屆]/, '')).find((o) => o !== undefined && isOrgan(o));
  // else the office that delivers it (行政長官向立法會發表施政報告): the government it speaks for
  const organ = named ?? (data.deliverers as Record<string, string>)[DELIVERED.exec(body)?.[1] ?? ''];
  return { address: found[0]![2]!, ...(organ ? { organ } : {}) };
}

/** The chair addressed and the motion of the year's appropriation bill: `主席女士 ， 我謹動議二讀 《 2002 年撥款條例草案 》`. */
const MOTION = `主席[^，,。：:\\n]{0,16}[，,]\\s*(?:[^，,。：:\\n]{1,6}。\\s*)?我謹?\\s*(?:動議|动议)\\s*二\\s*[讀读]\\s*《\\s*((?:19|20)\\d{2})\\s*年\\s*(${alternation(Object.keys(data.budgets))})\\s*》`;
const BUDGET = new RegExp(`(\\p{Script=Han}{2,8})(?:\\s*[：:]\\s*|(?<=(?:^|\\n)\\p{Script=Han}{2,8})\\n)${MOTION}`, 'u');
/** A budget speech on its own: the text opens with the motion, no title line or speaker above it (dev 248). */
const OPENING_BUDGET = new RegExp(`^\\s*${MOTION}`, 'u');

/**
 * A budget speech: the speaker (before a colon, or a paragraph of its own above the speech, as a JSON export
 * of the record gives it: corpus 144) moving the second reading of the year's appropriation bill
 * (`財政司司長 ： 主席女士 ， 我謹動議二讀 《 2002 年撥款條例草案 》`) delivers the budget of the
 * financial year the bill is for (2002-03年度財政預算案), and is its issuer.
 */
function budgetOf(body: string): { address: string; organ: string; title: string } | undefined {
  const m = BUDGET.exec(body);
  return m ? { ...budgetTitle(m[2]!, m[3]!), organ: m[1]! } : undefined;
}

const budgetTitle = (bill: string, name: string): { address: string; title: string } => {
  const year = Number(bill);
  const address = data.budgets[name as keyof typeof data.budgets];
  return { address, title: `${year}-${String((year + 1) % 100).padStart(2, '0')}年度${address}` };
};

/**
 * A budget speech as the government prints it: its cover names the office that moves the year's appropriation bill, then the
 * speaker's name, over the speech's name (`財政司司長陳茂波` / `動議二讀《二零二四年撥款條例草案》的演辭`, dev 305; a page may run the lines
 * together): the office, its issuer, as a record's budget speech is its speaker's (the post: data/organs.json posts).
 */
const COVER_SPEAKER = new RegExp(
  `^(\\p{Script=Han}{2,12}?(?:${alternation(data.posts)}))\\p{Script=Han}{2,3}(?:動議|动议)二[讀读]《[^《》]+(?:${Object.keys(data.budgets).join('|')})》的(?:演辭|演辞)`,
  'u',
);

export function coverSpeaker(paragraphs: readonly string[]): string | undefined {
  const opening = paragraphs.slice(0, 12).map((p) => p.replace(/\s/g, ''));
  for (const [i, p] of opening.entries()) {
    const m = COVER_SPEAKER.exec(p) ?? COVER_SPEAKER.exec(`${p}${opening[i + 1] ?? ''}`);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * A budget speech on its own, without a title line or its speaker (the speech of a JSON export's object, dev 248): the text opens
 * with the motion of the appropriation bill. The budget of the financial year the bill is for, no issuer.
 */
export function openingBudget(body: string): { address: string; title: string } | undefined {
  const m = OPENING_BUDGET.exec(body);
  return m ? budgetTitle(m[1]!, m[2]!) : undefined;
}
