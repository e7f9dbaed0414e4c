// metadata-lines: the lines of a document that say who wrote it and when, not what it says:
//   top:    "浙江省省长 刘捷" (speaker), "（2018年1月2日）" (dateline), an issuer next to a dateline, a body's byline under the occasion line,
//           a cover page's issuer with the month under it ("杭州市生态环境局" / "2021年6月")
//   bottom: "某市人民政府办公室" + "2021年3月5日" (signature and date), also above the document's footer (抄送：…, 邮编：…)
// They move to meta.speaker / meta.issuer / meta.date; each move is a cleaning entry, so nothing is lost. A line a web page broke inside
// its <p> (html-markup's inElement: `（202` / `6` / `年` / … / `日）`, a Word export's runs, dev 426) is read whole, as a browser shows it.
import organData from '../data/organs.json' with { type: 'json' };
import { isDateLine, isMonthLine, parseDate } from '../dates.ts';
import { ADOPTED_BY_SESSION, OCCASION_LINE } from '../patterns.ts';
import { isSpeakerLine, splitIssuers } from '../organs.ts';
import type { CleaningRule, SourceLine } from './types.ts';

/** How many non-blank lines at the top and at the bottom are looked at. */
const TOP = 10;
const BOTTOM = 3;
/** How many lines of a joint issue's signature, one body a line, are read above its date. */
const SIGNERS = 4;
/** A line of the footer under a document's signature: a key of `footers` (抄送：…, 地址：…, 邮编：…) or the printing line (…印发). */
const FOOTER = new RegExp(`^[（(]?(?:${organData.footers.join('|')})\\s*[：:]|印[发發]$`, 'u');
/** How many footer lines under the signature are looked past. */
const FOOTER_LINES = 6;

/** An issuing body, or the bodies of a joint issue split by spaces or 、 (words: data/organs.json). */
const isIssuer = (text: string): boolean => text.length <= 60 && splitIssuers(text) !== undefined;

/**
 * The text's lines as a reader sees them: a line and the lines after it that go on its <p> element (inElement) as one, its text
 * theirs run together (`（2026年5月8日）`); `i` is the first line's index, `rest` the others'.
 */
function shownLines(lines: readonly SourceLine[]): { l: { text: string }; i: number; rest: number[] }[] {
  const shown: { l: { text: string }; i: number; rest: number[] }[] = [];
  lines.forEach((l, i) => {
    const last = shown.at(-1);
    if (l.inElement && l.text !== '' && last && last.i + last.rest.length + 1 === i) {
      last.l = { text: `${last.l.text}${l.text}` };
      last.rest.push(i);
    } else if (l.text !== '') shown.push({ l: { text: l.text }, i, rest: [] });
  });
  return shown;
}

/** Moves speaker, dateline and issuer lines at the top or bottom of the text to metadata. */
export const metadataLines: CleaningRule = {
  kind: 'metadata-line',
  apply(lines, log) {
    const filled = shownLines(lines);
    if (filled.length < 6) return lines;
    const moved = (log.moved ??= {});
    const drop = new Map<number, string>();
    const move = (i: number, field: 'speaker' | 'issuer' | 'date', value: string): void => {
      if (moved[field] !== undefined || drop.has(i)) return;
      moved[field] = value;
      drop.set(i, field);
    };
    // the signature above a date at the end: the issuer, or a joint issue's bodies one a line (人力资源社会保障部 / 最高人民法院 /
    // 2020年7月10日, corpus 269), every issuer line right above the date as one value, lead first (never the first line, the title)
    const moveSigners = (d: (typeof filled)[number]): void => {
      const signers: typeof filled = [];
      for (let k = filled.indexOf(d) - 1; k > 0 && signers.length < SIGNERS && !drop.has(filled[k]!.i) && isIssuer(filled[k]!.l.text); k--) signers.unshift(filled[k]!);
      if (signers.length < 2 || moved.issuer !== undefined) return;
      moved.issuer = signers.map((n) => n.l.text).join(' ');
      for (const n of signers) drop.set(n.i, 'issuer');
    };
    const top = filled.slice(0, TOP);
    top.forEach(({ l, i }, k) => {
      if (isSpeakerLine(l.text)) move(i, 'speaker', l.text);
      // (a date that is the value of a label line above it, `发布日期：`, stays with its label)
      else if (isDateLine(l.text) && !(k > 0 && /[：:]$/.test(top[k - 1]!.l.text))) {
        move(i, 'date', parseDate(l.text)!);
        // a short text's top is its bottom too: a dateline among the last lines signs the text's end
        if (drop.get(i) === 'date' && k >= filled.length - BOTTOM) {
          moved.signedAtEnd = true;
          moveSigners(top[k]!);
        }
        // an issuer printed right above or below its dateline
        // (never the first line: that is the title, which may end in 办公室 too)
        for (const n of [top[k - 1], top[k + 1]]) if (n && n !== top[0] && isIssuer(n.l.text)) move(n.i, 'issuer', n.l.text);
      } else if (k > 0 && isIssuer(l.text) && (OCCASION_LINE.test(top[k - 1]!.l.text) || ADOPTED_BY_SESSION.test(top[k - 1]!.l.text))) {
        // a report's byline under the occasion it was delivered at (——2026年1月19日在…会议上 / 济南市财政局, dev 427) or under the
        // subtitle that says the session adopted it (——…会议通过 / 上海市财政局, dev 278): the body that delivers it, as a speaker line names its speaker
        move(i, 'issuer', l.text);
      } else if (isMonthLine(l.text) && k > 1 && isIssuer(top[k - 1]!.l.text)) {
        // a cover page: the issuer and the month printed under the title (杭州市生态环境局 / 2021年6月), the month its date
        move(i, 'date', parseDate(l.text)!);
        if (drop.get(i) === 'date') move(top[k - 1]!.i, 'issuer', top[k - 1]!.l.text);
      }
    });
    // the signature: the last lines, an issuer and a date (either order), or a date alone, above the document's footer if it has one
    // (抄送：…, 地址：…, 邮编：…, dev 412), which stays
    let end = filled.length;
    while (end > 1 && filled.length - end < FOOTER_LINES && FOOTER.test(filled[end - 1]!.l.text)) end--;
    const bottom = filled.slice(Math.max(0, end - BOTTOM), end).filter(({ i }) => !drop.has(i));
    const dateAt = bottom.findIndex(({ l }, k) => isDateLine(l.text) && !/[：:]$/.test((bottom[k - 1] ?? filled[end - BOTTOM - 1])?.l.text ?? ''));
    if (dateAt >= 0 && dateAt >= bottom.length - 2) {
      const d = bottom[dateAt]!;
      const before = bottom[dateAt - 1];
      const after = bottom[dateAt + 1];
      const date = parseDate(d.l.text)!;
      // a second dateline is moved only when it says the same (else it stays in the text)
      if (moved.date === undefined) move(d.i, 'date', date);
      else if (moved.date === date) drop.set(d.i, 'date');
      // the text ends with its signature: nothing but it follows what the text says (a cover notice alone, infer.ts)
      if (drop.has(d.i)) moved.signedAtEnd = true;
      if (drop.has(d.i)) moveSigners(d);
      if (drop.has(d.i)) for (const n of [before, after]) if (n && isIssuer(n.l.text)) move(n.i, 'issuer', n.l.text);
    }
    if (!drop.size) return lines;
    // the lines of the page's element that goes on the moved line go with it, each logged
    for (const { i, rest } of filled) if (drop.has(i)) for (const r of rest) drop.set(r, drop.get(i)!);
    return lines.filter((l: SourceLine, i) => {
      const field = drop.get(i);
      if (!field) return true;
      log.cleaning.push({ kind: 'metadata-line', text: l.text, line: l.line, note: `moved to meta.${field}` });
      return false;
    });
  },
};
