// The parts every site YAML file (terms.yml, vocabulary.yml, metrics.yml) is read with: the text of an
// optional file, the YAML document with a `file:line` error, and the line of a node for later errors.
import { readFile } from 'node:fs/promises';
import { parseDocument, isNode, type Document } from 'yaml';
import { SourceError } from '../../src/pipeline/errors.ts';

/** The file's text; '' when it does not exist. Any other failure is a SourceError with `file`. */
export async function readOptionalText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return '';
    throw Object.assign(new SourceError(`cannot read the file (${code ?? (error as Error).message})`, 'check that it is a readable file'), { file: path });
  }
}

/** Parses `text` as YAML; broken YAML is a SourceError naming `file`, the line and `hint`. */
export function parseYaml(text: string, file: string, hint: string): Document {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line ?? text.slice(0, e.pos[0]).split('\n').length;
    throw Object.assign(new SourceError(`invalid YAML: ${e.message.split('\n')[0]}`, hint, line), { file });
  }
  return doc;
}

/** 1-based line of the YAML node at `path`, or of its closest existing parent. */
export function lineOf(doc: Document, text: string, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    const offset = isNode(node) ? node.range?.[0] : undefined;
    if (offset !== undefined) return text.slice(0, offset).split('\n').length;
  }
  return undefined;
}
