// json-escape: a text that is JSON written with ensure_ascii, Python's json.dump default (a Scrapy export's item a line, dev 552,
// 653: `{"title": "\u5173\u4e8e…", "article": "<p>\u3000\u3000\u5404…</p>"},`), holds every character past ASCII as a `\uXXXX`
// escape. The escapes stand for the characters: each such escape is written as its character (a surrogate pair as its one
// character) before any other rule reads the text, logged, so that every rule after, and the script the text is read in, see the
// characters. An escape of an ASCII character (`\u0022`, `\u003c`) stays an escape: the text stays the JSON it was, json-export
// reads it, and no escape becomes markup. Only a text that parses as JSON, whole or a value a line (JSON Lines, a list's item a
// line with the comma after it; one line cut or broken, as a crawl stopped mid-write leaves its last): a page that quotes `\u4e00`
// keeps it.
//   {"title": "\u5173\u4e8e\u2026\u7684\u901a\u77e5"} → {"title": "关于…的通知"} (logged: the 6 escapes)
import type { CleaningRule } from './types.ts';

/** A surrogate pair's two escapes, else one escape: group 1 the hex digits of a `\uXXXX`; any other (`\\`, `\"`, `\n`) is matched whole, so that its backslash is not read again. */
const ESCAPE = /\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\(?:u([0-9a-fA-F]{4})|[\s\S])/g;
/** An escape of a character past ASCII (a quick test before parsing). */
const WIDE_ESCAPE = /\\u(?:00[89a-fA-F]|0[1-9a-fA-F]|[1-9a-fA-F])[0-9a-fA-F]{2}/;
/** A list's bracket alone on a line, around its items a line. */
const BRACKET = /^[[\]]$/;

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * The lines are JSON: as a whole (the comma after an item cut from a list left out), or each line with text a JSON value (JSON Lines; a
 * list's item a line, its brackets alone), one of them possibly cut or broken if it opens as a record does and another is whole (a crawl
 * stopped while writing its last record: dev 653's line and that line cut).
 */
export function isJsonText(lines: readonly string[]): boolean {
  const text = lines.map((l) => l.trim()).filter((l) => l !== '');
  if (!text.length || !/^[[{]/.test(text[0]!)) return false;
  if (parses(text.join('\n').replace(/,$/, ''))) return true;
  const items = text.filter((l) => !BRACKET.test(l));
  const broken = items.filter((l) => !parses(l.replace(/,$/, '')));
  return broken.length === 0 || (broken.length === 1 && /^[[{]/.test(broken[0]!) && items.length > 1);
}

/**
 * Each `\uXXXX` of a character past ASCII written as the character, a surrogate pair as its one character; a lone surrogate and
 * every other escape stay. `written`: the escapes so written, in order.
 */
function decodeEscapes(text: string): { text: string; written: string[] } {
  const written: string[] = [];
  const out = text.replace(ESCAPE, (escape, hex: string | undefined) => {
    if (escape.length !== 12) {
      const code = hex === undefined ? undefined : parseInt(hex, 16);
      if (code === undefined || code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) return escape;
    }
    written.push(escape);
    // the code unit (or the pair's two) the escape names, as JSON reads it
    return escape.length === 12 ? String.fromCharCode(parseInt(escape.slice(2, 6), 16), parseInt(escape.slice(8), 16)) : String.fromCharCode(parseInt(hex!, 16));
  });
  return { text: out, written };
}

/** A text with its escapes of characters past ASCII written as the characters. */
export const withJsonCharacters = (text: string): string => decodeEscapes(text).text;

/** A text that is JSON written with ensure_ascii: the characters its escapes stand for (withJsonCharacters); any other text as it is. */
export const jsonCharacters = (text: string): string => (WIDE_ESCAPE.test(text) && isJsonText(text.split('\n')) ? withJsonCharacters(text) : text);

/** Writes a JSON text's escapes of characters past ASCII as the characters (decodeEscapes), one log entry a line with the escapes it held. */
export const jsonEscape: CleaningRule = {
  kind: 'json-escape',
  apply(lines, log) {
    if (!lines.some((l) => WIDE_ESCAPE.test(l.text)) || !isJsonText(lines.map((l) => l.raw ?? l.text))) return lines;
    return lines.map((l) => {
      const { text, written } = decodeEscapes(l.text);
      if (!written.length) return l;
      log.cleaning.push({
        kind: 'json-escape',
        text: written.join(''),
        line: l.line,
        note: `JSON written with ensure_ascii: ${written.length} × \\uXXXX (${written[0]}…) written as the characters`,
      });
      return { ...l, text, ...(l.raw === undefined ? {} : { raw: decodeEscapes(l.raw).text }) };
    });
  },
};
