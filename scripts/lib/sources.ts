// Reading sources and their sidecars, with errors that point at the file, line and field.
import { readFile, readdir, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { isMap, isNode } from 'yaml';
import { parseYaml } from './yaml-file.ts';
import { slugOfName } from './slug.ts';
import { SourceMeta } from '../../src/schemas/meta.ts';
import { SourceError } from '../../src/pipeline/errors.ts';
import type { SourceInput } from '../../src/pipeline/index.ts';

/** Largest source the pipeline accepts; longer texts are almost always a wrong file. */
const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/**
 * What a source file's name ends with: a text file (`.txt`; a Markdown scrape `.md`, a saved web page
 * `.html`, read as text: the cleaning rules take their markup out), or a Word document whose text
 * decode.ts reads (docx.ts).
 */
export const sourceExtensions = /\.(?:txt|md|markdown|html?|docx)$/i;

/** A repository's own files, which a folder of sources may hold beside them (README.md, LICENSE): never a report. */
const repositoryFile = /^(?:readme|licen[cs]e|changelog|contributing|sources)(?:\.[a-z]+)?$/i;

/** A file of the sources folder that is nobody's text: hidden, a Word lock file (`~$…`) or a repository's README, LICENSE, SOURCES list. */
const ignoredName = (name: string): boolean => /^(?:\.|~\$)/.test(name) || repositoryFile.test(name);

/** A source's sidecar: `<name>.meta.yml`. */
export const isSidecarName = (name: string): boolean => /\.meta\.ya?ml$/.test(name);

/** Is this file name a source's (sourceExtensions, and not ignoredName)? */
export const isSourceName = (name: string): boolean => sourceExtensions.test(name) && !ignoredName(name);

/** The source files of a folder (isSourceName), sorted by name. */
export async function listSources(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter(isSourceName)
    .sort()
    .map((n) => join(dir, n));
}

/**
 * Files of the sources folder that are read as nothing: not a source (isSourceName), not a sidecar, not
 * hidden, a Word lock file (`~$…`) nor a repository's README, LICENSE or SOURCES list. A PDF or a .doc dropped there would otherwise be skipped silently.
 */
export async function unreadFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !isSourceName(e.name) && !isSidecarName(e.name) && !ignoredName(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

/** What to do with a file of the sources folder that is no source, by its extension. */
export function unreadHint(file: string): string {
  if (/\.pdf$/i.test(file)) return 'extract its text (e.g. `pdftotext -layout`) into a .txt beside it';
  if (/\.(?:doc|wps|rtf|odt)$/i.test(file)) return 'save it as .docx or as .txt (UTF-8)';
  return 'sources are .txt, .md, .html or .docx files: rename it if it is a text, or move it out of the folder';
}

/** Reads one source and its `.meta.yml`; throws SourceError (with `file`) on bad input. */
export async function readSource(path: string): Promise<SourceInput> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(path, error);
  });
  if (!info.isFile()) {
    throw Object.assign(new SourceError('this is a folder, not a text file', 'move it out of the sources folder or rename it'), { file: path });
  }
  if (info.size > MAX_SOURCE_BYTES) {
    throw Object.assign(
      new SourceError(
        `the file is ${(info.size / 1048576).toFixed(1)} MB, over the ${MAX_SOURCE_BYTES / 1048576} MB limit`,
        'split the document into one source per report, or check that this is the right file',
      ),
      { file: path },
    );
  }
  const bytes = new Uint8Array(
    await readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw unreadable(path, error);
    }),
  );
  const name = basename(path).replace(sourceExtensions, '');
  const metaPath = path.replace(sourceExtensions, '') + '.meta.yml';
  const meta = await readMeta(metaPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { file: path, name: slugOfName(name), bytes, meta, sha256 };
}

function unreadable(path: string, error: NodeJS.ErrnoException): SourceError {
  return Object.assign(new SourceError(`cannot read the file (${error.code ?? error.message})`, 'check that it exists and is readable'), { file: path });
}

/** Parses and validates a sidecar; a missing sidecar is an empty one. */
async function readMeta(path: string): Promise<SourceMeta> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw unreadable(path, error as NodeJS.ErrnoException);
  }
  const doc = parseYaml(text, path, 'fix the YAML syntax');
  const data = doc.toJS() ?? {};
  const parsed = SourceMeta.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // An unknown key is reported on the map (empty path) with the key in `keys`: point at that key.
  const extra = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const field = issue.path.join('.') || extra.join(', ');
  const key = issue.path[0] ?? extra[0];
  const node = isMap(doc.contents) && issue.path.length ? doc.getIn(issue.path, true) : undefined;
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === key) : undefined;
  const offset = (isNode(node) ? node.range?.[0] : undefined) ?? (pair && isNode(pair.key) ? pair.key.range?.[0] : undefined);
  const line = offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
  const allowed = Object.keys(SourceMeta.shape).join(', ');
  const hint = issue.code === 'unrecognized_keys' ? `remove it; allowed fields are ${allowed}` : `fix the value of "${field}" (see README: Adding a report)`;
  throw Object.assign(new SourceError(`field "${field}": ${issue.message}`, hint, line), {
    file: path,
  });
}

/** The repository each corpus text comes from: `SOURCES.tsv`'s first two columns (file, repo) in the corpus directory. */
export async function readCorpusRepos(corpusDir: string): Promise<Map<string, string>> {
  const rows = (await readFile(join(corpusDir, 'SOURCES.tsv'), 'utf8')).split('\n').slice(1);
  return new Map(rows.filter((r) => r.includes('\t')).map((r) => r.split('\t') as [string, string]));
}
