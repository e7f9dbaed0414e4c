// history: the adoption and amendment lines at the top of a regulation → its dates.
//   "2000年4月28日 郑州市…会议通过" … "2021年11月27日 河南省…批准的《…决定》第六次修正"
//   → adopted 2000-04-28, version {date: 2021-11-27, event: 修正}
//   "（2006年6月16日…通过 根据2010年9月17日…《关于修改〈…〉的决定》修正）" → the same from one line
//   "修正日期：20170614" (Taiwan's law database) → version 2017-06-14
//   "（第七届全国人民代表大会第四次会议1991年4月9日批准）" (a plan approved by a congress) → last 1991-04-09 批准
// The version a text shows is the last 通过/修正/修订/修改 of its history; 批准/公布/施行 only date it
// when nothing else does. The body of the first 通过 (its session words left out) made the text:
//   "2017年7月28日 浙江省第十二届人民代表大会常务委员会第四十三次会议通过" → 浙江省人民代表大会常务委员会
import { datesIn, parseDate, ROC_ERA } from './dates.ts';
import { toHalfWidthDigits } from './numerals.ts';
import { organOfSession } from './organs.ts';
import { bracketDepth, YEAR_DIGIT } from './patterns.ts';

/** What happened on a date of the history, as printed. */
export const historyEvents = ['通过', '通過', '修正', '修订', '修訂', '修改', '批准', '公布', '施行', '制定', '订定', '訂定', '发布', '發布', '废止', '廢止'] as const;
/** Events that make a new version of the text. */
const VERSION_EVENTS = new Set(['通过', '通過', '修正', '修订', '修訂', '修改']);
const ADOPTED = new Set(['通过', '通過', '制定', '订定', '訂定']);
/** Events that only put a text in force: they date it when no other event does. */
const EFFECT_EVENTS = new Set(['施行']);

const EVENT = new RegExp(`(${historyEvents.join('|')})`, 'g');
/**
 * `修正日期：20170614`, `公布日期：…` label lines; a collector's key that names two events, `通过或发布日期`, leaves the event to its
 * value (`2022年12月8日通过`, corpus 228; not `2026年1月29日…会议审查`, an approval, corpus 80).
 */
const EVENT_KEY = '修正|修訂|修订|公布|發布|发布|制定|通过|通過';
const LABEL_KEY = `(${EVENT_KEY})(或(?:${EVENT_KEY}))?日期`;
const LABEL = new RegExp(`^${LABEL_KEY}[：:︰]\\s*(\\S+)$`);
const HISTORY_KEY = new RegExp(`^${LABEL_KEY}$`);

/** A label key of a dated history event (`修正日期`): front matter keeps it for the history, not as an unknown field. */
export const isHistoryLabel = (key: string): boolean => HISTORY_KEY.test(key);

/** A year at the start of a line (`2000年`, `（二〇〇六年`), also after the text naming itself (`（该文件于2014年…公布`, dev 303). */
const YEAR_AT_START = new RegExp(`^(?:[（(]?\\s*(?:[该本][^\\d\\s（）()，,。]{1,4}?于\\s*)?(\\d{4}|${YEAR_DIGIT}{4})\\s*年|(?:\\d{1,2}\\.\\s*)?${ROC_ERA})`);
/** A bracketed line that names the sitting before its date (`（第七届全国人民代表大会第四次会议1991年4月9日批准）`). */
const SITTING_FIRST = new RegExp(`^[（(]\\s*[^（）()\\d]{2,40}?(?:会议|會議)\\s*(?:\\d{4}|${YEAR_DIGIT}{4})\\s*年`);

export interface HistoryEvent {
  date: string;
  event: string;
  line: number;
  /** The body that acted, without its session words (浙江省人民代表大会常务委员会). */
  organ?: string;
  /** The decree that made or promulgated it: `2024年1月22日中华人民共和国国务院令第773号第二次修订` → 中华人民共和国国务院令第773号. */
  decree?: string;
}

/** A decree's number in a history line: `中华人民共和国国务院令第773号`, `以国务院令第586号修订` (its 以 left out). */
const DECREE = /(?:以|经|由|根据|依据|依照)?(\p{Script=Han}{2,24}?令)\s*第\s*(\d{1,5})\s*号/u;

/** A line of a regulation's history: a dated event (通过, 修正 …) at its start, or a `修正日期：` label. */
export function isHistoryLine(text: string): boolean {
  if (LABEL.test(text)) return parseDate(LABEL.exec(text)![3]) !== undefined;
  // ２００１年 (full-width digits) as 2001年
  const t = toHalfWidthDigits(text);
  if (!(YEAR_AT_START.test(t) || SITTING_FIRST.test(t)) || text.length > 600) return false;
  return readEvents(text, 1).length > 0;
}

/**
 * The history a title line carries in brackets after the name, on the same line (`最高人民法院关于…的规定（一） （2011年8月29日
 * 最高人民法院审判委员会第1527次会议通过）`, corpus 267): that bracket, when it is a history line; a name's own brackets (`（一）`,
 * `（试行）`) are none.
 */
export function historyAfterTitle(text: string): string | undefined {
  const m = /^\S.{3,}?\s*([（(][^（）()]{8,}[）)])$/u.exec(text.trim());
  return m && isHistoryLine(m[1]!) ? m[1] : undefined;
}

/** A history line whose bracket is still open at its end: the history goes on in the next paragraph. */
export function isOpenHistory(text: string): boolean {
  return isHistoryLine(text) && bracketDepth(text) > 0;
}

/** The rest of an open history in the paragraph after it: `根据1988年…修正案》修正）` after `（1982年…通过` (corpus 87). */
export const continuesHistory = (text: string, previous: string | undefined): boolean => /^(?:根据|依据)/.test(text) && previous !== undefined && isOpenHistory(previous);

/** Each dated event of one line: the date and the last event word before the next date (titles in 《》 skipped). */
function readEvents(text: string, line: number): HistoryEvent[] {
  const label = LABEL.exec(text);
  if (label?.[2]) return readEvents(label[3]!, line);
  if (label) {
    const date = parseDate(label[3]);
    return date ? [{ date, event: label[1]!, line }] : [];
  }
  const dates = datesIn(text);
  const events: HistoryEvent[] = [];
  dates.forEach((d, i) => {
    const end = dates[i + 1]?.index ?? text.length;
    // 《关于修改〈…条例〉的决定》: a title names events of other texts; only what follows it counts
    const segment = text.slice(d.index + d.text.length, end).replace(/《[^》]*》/g, '');
    const words = [...segment.matchAll(EVENT)].map((w) => w[1]!);
    if (!words.length) return;
    // 修正公布, 訂定發布 (Taiwan's 沿革): the version the words make, not its promulgation after it
    const event = words.find((w) => VERSION_EVENTS.has(w) || ADOPTED.has(w)) ?? words[words.length - 1]!;
    const before = segment.split(EVENT)[0]!;
    const organ = organOfSession(before.replace(/^[\s）)，,]+/, ''));
    const decree = DECREE.exec(before);
    // a date and a comma open a sentence that tells of events (`2022年2月，…通过包机…撤离`, dev 276), unless the sitting or the
    // decree that acted follows it (`2004年6月25日，某市…常务委员会第十二次会议通过`): a history names them right after its date
    if (/^\s*[，,]/u.test(segment) && !organ && !decree) return;
    events.push({ date: d.date, event, line, ...(organ ? { organ } : {}), ...(decree ? { decree: `${decree[1]}第${decree[2]}号` } : {}) });
  });
  return events;
}

export interface History {
  events: HistoryEvent[];
  /** First adoption (通过), YYYY-MM-DD. */
  adopted?: string;
  /** The body that adopted it (the regulation's maker; 批准 is another body's approval). */
  adoptedBy?: string;
  /** The version of the text: its last 通过/修正/修订. */
  version?: HistoryEvent;
  /** Its last dated event (批准, 公布 …; 施行 only when there is no other): a date only when nothing else dates the text. */
  last?: HistoryEvent;
  /** The number of the decree that made or promulgated the version (its own, or a 公布 after it). */
  decree?: string;
}

/** Reads the history lines among the opening paragraphs. */
export function readHistory(paragraphs: readonly { text: string; line: number }[]): History {
  // a history line whose bracket is open goes on in the next paragraph (`根据1988年…修正案》修正）`, corpus 87)
  const lines = paragraphs.filter((p, i) => isHistoryLine(p.text) || continuesHistory(p.text, paragraphs[i - 1]?.text));
  const events = lines.flatMap((p) => readEvents(p.text, p.line));
  const adoption = events.find((e) => ADOPTED.has(e.event));
  const versions = events.filter((e) => VERSION_EVENTS.has(e.event));
  const version = versions[versions.length - 1];
  // 施行 (taking force) dates a text only when nothing else does: a rule published by a decree is of its 公布 (dev 147)
  const last = events.filter((e) => !EFFECT_EVENTS.has(e.event)).at(-1) ?? events[events.length - 1];
  // an older version's decree is not this text's number
  const decree = events
    .slice(version ? events.indexOf(version) : 0)
    .map((e) => e.decree)
    .findLast((d) => d !== undefined);
  return {
    events,
    ...(adoption ? { adopted: adoption.date } : {}),
    ...(adoption?.organ ? { adoptedBy: adoption.organ } : {}),
    ...(version ? { version } : {}),
    ...(last ? { last } : {}),
    ...(decree ? { decree } : {}),
  };
}
