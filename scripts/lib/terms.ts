// Reading content/terms.yml (protected names, fixed conversions) and content/vocabulary.yml (official
// vocabulary OpenCC segments wrongly), with errors that give file and line. Both files have one form.
import { join } from 'node:path';
import { lineOf, parseYaml, readOptionalText } from './yaml-file.ts';
import { TermsFile, type Term } from '../../src/schemas/terms.ts';
import { SourceError } from '../../src/pipeline/errors.ts';
import type { AmbiguousConversion } from '../../src/pipeline/variants.ts';

/** The terms file, parsed; its text too (the build cache keys on it). */
export interface LoadedTerms {
  terms: Term[];
  text: string;
}

/**
 * The site's term files, beside the sources folder, in order of precedence: the editor's names and
 * fixes (terms.yml), then the official-vocabulary dictionary (vocabulary.yml). Where both list the
 * same form, terms.yml wins; otherwise the longest match wins, whichever file it is in.
 */
export const termFiles = ['terms.yml', 'vocabulary.yml'] as const;

/** Reads every file of `termFiles` in `dir` (a missing one is empty): one list, terms.yml first. */
export async function readSiteTerms(dir: string): Promise<LoadedTerms> {
  const loaded = await Promise.all(termFiles.map((name) => readTerms(join(dir, name))));
  return {
    terms: loaded.flatMap((l) => l.terms),
    // The cache key: which file an entry is in decides its precedence, so the names are part of it.
    text: loaded.map((l, i) => (l.text ? `# ${termFiles[i]}\n${l.text}` : '')).join(''),
  };
}

const example = 'see README: Scripts and conversion (e.g. "- 人工智能" or "- { hans: 遂宁, hant: 遂寧 }")';

/** Reads and validates a terms file; a missing file means no terms. Throws SourceError with `file`. */
async function readTerms(path: string): Promise<LoadedTerms> {
  const text = await readOptionalText(path);
  return { terms: text ? parseTerms(text, path) : [], text };
}

/** Parses the text of a terms file; errors name `file:line` and what to write instead. */
export function parseTerms(text: string, file: string): Term[] {
  const fail = (message: string, hint: string, line?: number): never => {
    throw Object.assign(new SourceError(message, hint, line), { file });
  };
  const doc = parseYaml(text, file, 'fix the YAML syntax');
  const parsed = TermsFile.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    // A bad entry fails both forms of the union: report what the {hans, hant} form is missing.
    const first = parsed.error.issues[0]!;
    const branch = first.code === 'invalid_union' ? first.errors.map((e) => e[0]).find((e) => e && e.path.length > 0) : undefined;
    const issue = branch ? { ...branch, path: [...first.path, ...branch.path] } : first;
    const where = issue.path.join('.') || 'the file';
    const message =
      issue.code === 'invalid_union'
        ? `${where}: expected a name or { hans, hant }`
        : issue.code === 'unrecognized_keys'
          ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${where}`
          : `${where}: ${issue.message}`;
    const hint = issue.code === 'unrecognized_keys' ? `use only "terms" at the top and hans, hant, notBefore, note in an entry — ${example}` : example;
    fail(message, hint, lineOf(doc, text, issue.path as (string | number)[]));
  }
  const terms = parsed.data!.terms;
  // Two entries for the same form would make the result depend on their order.
  for (const side of ['hans', 'hant'] as const) {
    const seen = new Map<string, number>();
    terms.forEach((term, index) => {
      const first = seen.get(term[side]);
      const other = first === undefined ? undefined : terms[first]!;
      const stops = (t: Term): string => ('notBefore' in t ? (t.notBefore ?? '') : '');
      if (other && other.hans + other.hant !== term.hans + term.hant) {
        fail(
          `"${term[side]}" is listed twice with different conversions (${other.hans} ↔ ${other.hant} and ${term.hans} ↔ ${term.hant})`,
          'keep one of the two entries',
          lineOf(doc, text, ['terms', index]),
        );
      }
      if (other && stops(other) !== stops(term)) {
        fail(
          `"${term[side]}" is listed twice with different notBefore ("${stops(other)}" and "${stops(term)}")`,
          'keep one entry, with every character in its notBefore',
          lineOf(doc, text, ['terms', index]),
        );
      }
      if (first === undefined) seen.set(term[side], index);
    });
  }
  return terms;
}

/**
 * Summary of one report's ambiguous conversions for the build log, e.g. `后→後 35, 干→幹 3`: only those
 * that changed the character ('' when none did); `<slug>.ambiguous.txt` lists them all, 干→干 too.
 */
export function summarizeAmbiguous(list: readonly AmbiguousConversion[]): string {
  const counts = new Map<string, number>();
  for (const a of list) if (a.to !== a.char) counts.set(`${a.char}→${a.to}`, (counts.get(`${a.char}→${a.to}`) ?? 0) + a.count);
  return [...counts].map(([pair, n]) => `${pair} ${n}`).join(', ');
}

/** The editor's list (`<slug>.ambiguous.txt`): one `file:line:` row per character in context. */
export function formatAmbiguous(file: string, slug: string, from: string, preset: string, list: readonly AmbiguousConversion[]): string {
  const to = from === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
  const head = [
    `# ${slug}: conversions through ambiguous characters, ${from} → ${to} (preset ${preset}), ${list.length} distinct`,
    '# char→chosen (all candidates)  source context → converted context  ×count (first line shown)',
    '# If a choice is wrong, add the word to content/terms.yml, e.g. "- { hans: 新征程, hant: 新征程 }", and rebuild.',
  ];
  const rows = list.map((a) => `${file}:${a.line}: ${a.char}→${a.to} (${a.candidates})  ${a.source} → ${a.converted}  ×${a.count}`);
  return `${[...head, ...rows].join('\n')}\n`;
}
