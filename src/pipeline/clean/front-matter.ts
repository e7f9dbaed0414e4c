// front-matter: a Markdown scrape may start with YAML front matter:
//   ---
//   标题: 关于…的通知
//   文号: 津工信电力〔2021〕3号
//   ---
// The block is parsed with `yaml` (src/pipeline/front-matter.ts maps its keys to metadata) and its
// lines leave the body as one cleaning entry. Broken YAML is the editor's to fix (SourceError).
import { isMap, isScalar, parseDocument } from 'yaml';
import { SourceError } from '../errors.ts';
import { lineAt } from '../line-at.ts';
import type { CleanLog, CleaningRule, FrontMatter, SourceLine } from './types.ts';
import { frontMatterKeys } from '../front-matter.ts';
import { LABEL_KEY } from '../patterns.ts';
import { isOrgan } from '../organs.ts';

/** Most lines a front matter block may have before `---` at the top is taken for a rule. */
const MAX_LINES = 200;
const KEY_LINE = /^[\p{L}\p{N}_-][\p{L}\p{N}_ -]{0,39}:(\s|$)/u;
/** The line that closes the block: `---` or `...`, or a longer rule a collector typed (`----`, dev 375) when the block is YAML. */
const CLOSING = /^(?:-{3,}|\.{3})$/;

/** Moves a leading `---` … `---` (or `...`) YAML block out of the body into `log.frontMatter`. */
export const frontMatter: CleaningRule = {
  kind: 'front-matter',
  apply(lines, log) {
    const start = lines.findIndex((l) => l.text !== '');
    if (start === -1) return lines;
    if (lines[start]!.text !== '---') return labelBlock(lines, start, log);
    let end = -1;
    for (let i = start + 1; i < Math.min(lines.length, start + MAX_LINES); i++) {
      if (CLOSING.test(lines[i]!.text)) {
        end = i;
        break;
      }
    }
    if (end <= start + 1) return lines;
    const block = lines.slice(start + 1, end);
    // Front matter starts with a `key:` line; a Markdown rule above prose is not one.
    if (!KEY_LINE.test(block.find((l) => l.text !== '')?.text ?? '')) return lines;
    const yaml = block.map((l) => l.raw ?? l.text).join('\n');
    const first = lines[start]!.line;
    const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false });
    const lineOf = (offset: number): number => first + lineAt(yaml, offset);
    if (doc.errors.length) {
      // a longer rule closes a block only when the block is YAML: under a Markdown rule on top it may be a heading's underline
      if (lines[end]!.text !== '---' && lines[end]!.text !== '...') return lines;
      const e = doc.errors[0]!;
      throw new SourceError(
        `front matter is not valid YAML: ${e.message.split('\n')[0]}`,
        'fix that line of the block between the --- lines (quote a value that has a colon, bracket or # in it), or remove the block',
        lineOf(e.pos[0]),
      );
    }
    // Not key: value lines (a rule under a heading-less text, or a list): leave it to the other rules.
    if (!isMap(doc.contents)) return lines;
    const keyLines: Record<string, number> = {};
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines[String(pair.key.value)] = lineOf(pair.key.range[0]);
    }
    const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
    moveToMeta(log, { data, lines: keyLines, line: first }, lines.slice(start, end + 1), 'YAML front matter');
    return [...lines.slice(0, start), ...lines.slice(end + 1)];
  },
};

/**
 * Every key front matter may use for the document's own fields, lower case (标题, 发文单位, 来源url …); not the site that
 * published the page (媒体或发布机构), which a collector's header of notes names too (corpus 81, 167).
 */
const knownKeys = new Set(
  Object.entries(frontMatterKeys)
    .filter(([field]) => field !== 'site')
    .flatMap(([, keys]) => keys.map((k) => k.toLowerCase())),
);
const LABEL_LINE = new RegExp(String.raw`^(${LABEL_KEY}|[A-Za-z_]{2,20})\s*[：:]\s*(.*)$`, 'u');
/** The line that ends a scrape's header block and opens the text: `正文：`. */
const BODY_MARK = /^(?:正文|全文|內文|内文)\s*[：:]?\s*$/u;

/**
 * A scrape's header block without the --- lines, one label per line at the top of the text:
 *   标题：政府工作报告——2019年1月23日在…会议上 / 发文单位：保定市人民政府 / 发文时间：2019-01-23 /
 *   报告人：… / 来源URL：https://… / 正文：
 * At least three consecutive label lines, most of them keys of front matter, are read as front matter
 * (values as written, no YAML) and leave the body with the `正文：` line that may close them.
 */
function labelBlock(lines: SourceLine[], start: number, log: CleanLog): SourceLine[] {
  let end = start;
  let known = 0;
  const data: Record<string, unknown> = {};
  const keyLines: Record<string, number> = {};
  for (; end < lines.length; end++) {
    const m = LABEL_LINE.exec(lines[end]!.text);
    // a headline that quotes a body before a colon (勞動部：明年基本工資…, a ministry's 新聞稿) is no label line
    if (!m || BODY_MARK.test(lines[end]!.text) || isOrgan(m[1]!)) break;
    if (knownKeys.has(m[1]!.toLowerCase())) known++;
    data[m[1]!] = m[2]!.trim();
    keyLines[m[1]!] = lines[end]!.line;
  }
  const count = end - start;
  if (count < 3 || known * 2 < count + 1) return lines;
  // the block may be closed by a blank line and a `正文：` line
  let close = end;
  while (close < lines.length && lines[close]!.text === '') close++;
  if (close < lines.length && BODY_MARK.test(lines[close]!.text)) end = close + 1;
  const removed = lines.slice(start, end).filter((l) => l.text !== '');
  moveToMeta(log, { data, lines: keyLines, line: lines[start]!.line }, removed, 'a header block of label lines');
  return [...lines.slice(0, start), ...lines.slice(end)];
}

/** Logs a block read as front matter (`what` it is): its data in `log.frontMatter`, its lines as one cleaning entry. */
function moveToMeta(log: CleanLog, frontMatter: FrontMatter, removed: readonly SourceLine[], what: string): void {
  log.frontMatter = frontMatter;
  log.cleaning.push({
    kind: 'front-matter',
    text: removed.map((l) => l.text).join('\n'),
    line: frontMatter.line,
    note: `lines ${frontMatter.line}–${removed[removed.length - 1]!.line}: ${what}, moved to meta`,
  });
}
