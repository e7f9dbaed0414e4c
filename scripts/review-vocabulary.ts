// review-vocabulary: every distinct conversion through an ambiguous character (发 复 干 后 里 系 …,
// `ambiguousCharacters` in src/pipeline/variants.ts) in a set of source folders, with counts, so the
// review behind content/vocabulary.yml can be repeated when texts are added.
//   node scripts/review-vocabulary.ts --sources content/sources --preset hk
import { parseArgs } from 'node:util';
import { join, relative } from 'node:path';
import { listSources, readSource } from './lib/sources.ts';
import { readSiteTerms, termFiles } from './lib/terms.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { createVariantConverter, detectScript, otherScript, presets, type Preset } from '../src/pipeline/variants.ts';
import type { Script } from '../src/schemas/meta.ts';

const HELP = `Usage: npm run review:vocabulary -- [options]

Converts every source text into the other script with the site's converter (Simplified sources to
Traditional, Traditional sources to Simplified) and lists every distinct conversion through an
ambiguous character, in context, with how often and where it occurs. Read the list; where OpenCC's
choice is wrong in official usage, add the word to content/vocabulary.yml (README: Scripts and
conversion) and run again: the entry's conversions leave the list.

Options:
  --sources DIR   a folder of <name>.txt (or .docx) sources, repeatable (default: content/sources)
  --preset NAME   ${presets.join(', ')} (default: tw)
  --no-terms      OpenCC alone, without ${termFiles.join(' and ')} (to see what the entries fix)
  --terms-dir DIR the folder holding ${termFiles.join(' and ')} (default: content)
  --context N     characters shown on each side of the ambiguous one (default 2)
  --char LIST     only these source characters, e.g. --char 发复
  -h, --help      show this help

Output: one row per distinct conversion, sorted by character and then count,
  <char>→<chosen>  <source context> → <converted context>  ×<count>  <file>:<line> (+n more files)
and a last line: distinct conversions, occurrences, files.`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  allowNegative: true,
  options: {
    sources: { type: 'string', multiple: true, default: ['content/sources'] },
    preset: { type: 'string', default: 'tw' },
    terms: { type: 'boolean', default: true },
    'terms-dir': { type: 'string', default: 'content' },
    context: { type: 'string', default: '2' },
    char: { type: 'string', default: '' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (!(presets as readonly string[]).includes(values.preset!)) {
  console.error(`review-vocabulary: unknown --preset "${values.preset}" — use one of ${presets.join(', ')}`);
  process.exit(2);
}
const preset = values.preset as Preset;
const context = Number(values.context);
if (!Number.isInteger(context) || context < 0 || context > 8) {
  console.error(`review-vocabulary: --context "${values.context}" — give a whole number from 0 to 8`);
  process.exit(2);
}
const only = new Set([...values.char!]);
const terms = values.terms ? (await readSiteTerms(values['terms-dir']!)).terms : [];

interface Row {
  char: string;
  to: string;
  source: string;
  converted: string;
  count: number;
  where: string[];
}
const rows = new Map<string, Row>();
const seen = new Set<string>();
let files = 0;

for (const dir of values.sources!) {
  for (const file of await listSources(dir)) {
    const input = await readSource(file);
    const { text } = decodeSource(input.bytes);
    // The same text in two encodings (the corpus keeps a GB18030 copy) is counted once.
    if (seen.has(text)) continue;
    seen.add(text);
    files++;
    const from: Script = input.meta.script ?? detectScript(text);
    const converter = createVariantConverter(otherScript(from), { preset, terms, keep: input.meta.terms, context });
    for (const p of normalizeText(text).paragraphs) converter.convert(p.text, p.line);
    const shown = relative(process.cwd(), file) || file;
    for (const a of converter.ambiguous()) {
      if (only.size && !only.has(a.char)) continue;
      const key = `${a.source}\t${a.converted}`;
      const row = rows.get(key) ?? { char: a.char, to: a.to, source: a.source, converted: a.converted, count: 0, where: [] };
      row.count += a.count;
      row.where.push(`${shown}:${a.line}`);
      rows.set(key, row);
    }
  }
}

const byChar = new Intl.Collator('zh');
const list = [...rows.values()].sort((a, b) => byChar.compare(a.char, b.char) || b.count - a.count || byChar.compare(a.source, b.source));
for (const r of list) {
  const more = r.where.length > 1 ? ` (+${r.where.length - 1} more files)` : '';
  console.log(`${r.char}→${r.to}  ${r.source} → ${r.converted}  ×${r.count}  ${r.where[0]}${more}`);
}
const occurrences = list.reduce((n, r) => n + r.count, 0);
console.log(
  `review-vocabulary: ${list.length} distinct conversions, ${occurrences} occurrences, ${files} files (preset ${preset}, ${values.terms ? `with ${join(values['terms-dir']!, '{' + termFiles.join(',') + '}')}` : 'OpenCC alone'})`,
);
