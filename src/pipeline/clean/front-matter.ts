// front-matter: a Markdown scrape may start with YAML front matter:
//   ---
//   标题: 关于…的通知
//   文号: 津工信电力〔2021〕3号
//   ---
// The block is parsed with `yaml` (src/pipeline/front-matter.ts maps its keys to metadata) and its
// lines leave the body as one cleaning entry. Broken YAML is the editor's to fix (SourceError).
import { isMap, isScalar, parseDocument } from 'yaml';
import { SourceError } from '../errors.ts';
import type { CleaningRule } from './types.ts';

/** Most lines a front matter block may have before `---` at the top is taken for a rule. */
const MAX_LINES = 200;
const KEY_LINE = /^[\p{L}\p{N}_-][\p{L}\p{N}_ -]{0,39}:(\s|$)/u;

/** Moves a leading `---` … `---` (or `...`) YAML block out of the body into `log.frontMatter`. */
export const frontMatter: CleaningRule = {
  kind: 'front-matter',
  apply(lines, log) {
    const start = lines.findIndex((l) => l.text !== '');
    if (start === -1 || lines[start]!.text !== '---') return lines;
    let end = -1;
    for (let i = start + 1; i < Math.min(lines.length, start + MAX_LINES); i++) {
      if (lines[i]!.text === '---' || lines[i]!.text === '...') {
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
    const lineAt = (offset: number): number => first + yaml.slice(0, offset).split('\n').length;
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      throw new SourceError(
        `front matter is not valid YAML: ${e.message.split('\n')[0]}`,
        'fix that line of the block between the --- lines (quote a value that has a colon, bracket or # in it), or remove the block',
        lineAt(e.pos[0]),
      );
    }
    // Not key: value lines (a rule under a heading-less text, or a list): leave it to the other rules.
    if (!isMap(doc.contents)) return lines;
    const keyLines: Record<string, number> = {};
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines[String(pair.key.value)] = lineAt(pair.key.range[0]);
    }
    const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
    log.frontMatter = { data, lines: keyLines, line: first };
    const removed = lines.slice(start, end + 1);
    log.cleaning.push({
      kind: 'front-matter',
      text: removed.map((l) => l.text).join('\n'),
      line: first,
      note: `lines ${first}–${lines[end]!.line}: YAML front matter, moved to meta`,
    });
    return [...lines.slice(0, start), ...lines.slice(end + 1)];
  },
};
