// Search text: the one normalisation and tokenisation used both when indexing and when querying,
// so the two always agree on how Chinese is split.
//   normalize('創新平臺 ５Ｇ', fold) → '创新平台 5g'  (same length: positions map back to the original)
//   tokenize('2020年创新平台，5G') → ['2', '0', '2', '0', '年', '创', '新', '平', '台', '，', '5', 'g']
// Han characters and digits are single tokens (no dictionary segmenter), so an exact phrase search
// over the tokens is a substring search over the text, also inside numbers (`0亿元` finds `10亿元`,
// `821家` finds `7821家`); Latin letters form one token per run.
import { escapeRegExp } from '../pipeline/regexp.ts';

/** Traditional (and regional variant) characters → one Simplified character, e.g. `{ 創: '创' }`. */
export type FoldTable = Record<string, string>;

/**
 * Serialises a fold table compactly for the first search (it is most of baogao.json): the pairs by
 * code point of the folded character, each as the distance from the previous one and the signed
 * distance to its Simplified character, in base 36 (`創创` after `倉仓`: `h8-2i`), space-separated.
 * Chinese characters hardly compress; these numbers do (4.4 → 3.1 KB gzip for 982 pairs).
 */
export function encodeFold(table: FoldTable): string {
  let previous = 0;
  return Object.entries(table)
    .map(([from, to]) => [from.codePointAt(0)!, to.codePointAt(0)!] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([from, to]) => {
      const entry = `${(from - previous).toString(36)}${to < from ? '-' : '+'}${Math.abs(to - from).toString(36)}`;
      previous = from;
      return entry;
    })
    .join(' ');
}

/** Reads a fold table written by encodeFold. */
export function decodeFold(encoded: string): FoldTable {
  const table: FoldTable = {};
  let from = 0;
  for (const entry of encoded.split(' ')) {
    const m = /^([0-9a-z]+)([+-])([0-9a-z]+)$/.exec(entry);
    if (!m) continue;
    from += parseInt(m[1]!, 36);
    table[String.fromCodePoint(from)] = String.fromCodePoint(from + (m[2] === '-' ? -1 : 1) * parseInt(m[3]!, 36));
  }
  return table;
}

/** Normalises one character: NFKC (full-width → ASCII), lower case, folded script; keeps its length. */
function normalizeChar(char: string, fold: FoldTable): string {
  const folded = fold[char];
  if (folded) return folded;
  const n = char.normalize('NFKC').toLowerCase();
  if (n.length !== char.length) return char;
  return fold[n] ?? n;
}

/** Normalises a text for matching without changing its length (UTF-16 units): index i ↔ index i. */
export function normalize(text: string, fold: FoldTable): string {
  let out = '';
  for (const char of text) out += normalizeChar(char, fold);
  return out;
}

const TOKEN = /\p{Script=Han}|\p{Nd}|(?:(?!\p{Script=Han}|\p{Nd})[\p{L}\p{N}\p{M}])+|[^\s\p{L}\p{N}\p{M}]/gu;
const WORD = /^[\p{L}\p{N}]/u;
const DIGIT = /^\p{Nd}$/u;

/** Splits text into tokens: one per Han character, per digit, per Latin run, per punctuation mark. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Whether a token is searchable (a Han character or a Latin/digit run), not punctuation. */
export const isWord = (token: string): boolean => WORD.test(token);

/**
 * Joins tokens back into readable text: a space only between two Latin runs (digits stick to their
 * neighbours, so `2 0 2 0 年 5 G` reads `2020年5G`; a space between a number and a word is lost).
 */
export function joinTokens(tokens: string[]): string {
  let out = '';
  let previousLatin = false;
  for (const token of tokens) {
    const latin = WORD.test(token) && !/^\p{Script=Han}$/u.test(token) && !DIGIT.test(token);
    if (latin && previousLatin) out += ' ';
    out += token;
    previousLatin = latin;
  }
  return out;
}

/** Separators inside a record's content: between lines of a section, and between its versions. */
export const LINE = '¶';
export const VERSION = '§';

/** One part of a query: a phrase that must occur as written (after normalisation). */
export interface QueryPart {
  /** The normalised phrase, for verification and highlighting, e.g. `一、全市` (punctuation at its ends dropped). */
  text: string;
  /** Its tokens, punctuation included: each stands at one word position of the index, e.g. ['一', '、', '全', '市']. */
  tokens: string[];
  /** Runs of word tokens between punctuation, each searched as one exact phrase, e.g. [['一'], ['全','市']]. */
  runs: string[][];
}

/** Tokens dropped at the ends of a query part: quotes, brackets, sentence marks. */
const EDGE = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}。，、；：！？,.;:!?…"'\s]+$/u;

/**
 * Parses a query: parts are separated by spaces unless quoted; every part is a phrase. Chinese is
 * written without spaces, so `高新技术企业` and `"高新技术企业"` are the same single phrase; inside
 * quotes, spaces only separate Latin words (`"big data"`). Quotes, brackets and sentence marks at
 * either end of a part (`「科技创新」。`) are dropped; other signs (`10%`) are kept.
 */
export function parseQuery(query: string, fold: FoldTable): QueryPart[] {
  const parts: QueryPart[] = [];
  const raw = normalize(query, fold).match(/"[^"]*"|“[^”]*”|[^\s"“”]+/g) ?? [];
  for (const piece of raw) {
    const tokens = tokenize(piece.replace(/^["“]|["”]$/g, ''));
    while (tokens.length && EDGE.test(tokens[0]!)) tokens.shift();
    while (tokens.length && EDGE.test(tokens.at(-1)!)) tokens.pop();
    const runs: string[][] = [];
    let run: string[] = [];
    for (const token of tokens) {
      if (isWord(token)) {
        run.push(token);
      } else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
    const text = joinTokens(tokens);
    if (runs.length && !parts.some((p) => p.text === text)) parts.push({ text, tokens, runs });
  }
  return parts;
}

/**
 * Whether a part occurs in a normalised text, more loosely than as written: a punctuation mark of the
 * query may be another mark or a line break, and words may be split by a line break. A phrase cut from
 * running text (`化。出台实施`) still matches where the site shows a heading and its paragraph as two
 * lines (`…深化` ¶ `出台实施…`); `10%` does not match `10亿`.
 */
export function occursLoosely(normalized: string, part: QueryPart): boolean {
  if (!part.tokens.length) return false;
  const pattern = part.tokens.map((token) => (isWord(token) ? escapeRegExp(token) : '(?:[^\\p{L}\\p{N}\\s]|\\n)')).join('[ \\n]?');
  return new RegExp(pattern, 'u').test(normalized);
}

/** Character ranges [start, end) in `text` where any part occurs, merged and sorted. */
export function findMatches(text: string, parts: QueryPart[], fold: FoldTable): [number, number][] {
  const haystack = normalize(text, fold);
  const ranges: [number, number][] = [];
  for (const part of parts) {
    if (!part.text) continue;
    for (let at = haystack.indexOf(part.text); at >= 0; at = haystack.indexOf(part.text, at + part.text.length)) {
      ranges.push([at, at + part.text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** A piece of an excerpt: plain text or a highlighted match. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/** An excerpt of about `length` characters around the first match, as plain and marked pieces. */
export function makeExcerpt(text: string, ranges: [number, number][], length = 80): ExcerptPiece[] {
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor(length / 4)) : 0;
  const end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  const pieces: ExcerptPiece[] = [];
  if (start > 0) pieces.push({ text: '…', mark: false });
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    if (from > at) pieces.push({ text: text.slice(at, from), mark: false });
    pieces.push({ text: text.slice(Math.max(from, at), Math.min(to, end)), mark: true });
    at = Math.min(to, end);
  }
  if (at < end) pieces.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
