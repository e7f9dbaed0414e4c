// build-content: content/sources/*.txt → content/reports/<slug>.{zh-Hans.mdx,zh-Hant.mdx,json}
import { parseArgs } from 'node:util';
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildReport, type BuiltReport } from '../src/pipeline/index.ts';
import { SourceError } from '../src/pipeline/errors.ts';
import { presets, type Preset } from '../src/pipeline/variants.ts';
import { listSources, readSource } from './lib/sources.ts';
import { writeAtomic } from './lib/io.ts';

const HELP = `Usage: npm run build:content -- [options]

Turns every source text into MDX (both scripts) and a JSON report record.

Options:
  --sources DIR   folder with <name>.txt sources and optional <name>.meta.yml (default: content/sources)
  --out DIR       output folder (default: content/reports)
  --preset NAME   OpenCC preset for Traditional output: ${presets.join(', ')} (default: tw, or $BAOGAO_PRESET)
  --strict        treat warnings as errors (exit 1)
  --keep-going    build every source even after one fails; report failures at the end
  --quiet         print only problems and the final line
  -h, --help      show this help

Exit status: 0 when every source built; 1 with one line per failing source otherwise.`;

interface Options {
  sources: string;
  out: string;
  preset: Preset;
  strict: boolean;
  keepGoing: boolean;
  quiet: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sources: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: 'content/reports' },
      preset: { type: 'string', default: process.env.BAOGAO_PRESET ?? 'tw' },
      strict: { type: 'boolean', default: false },
      'keep-going': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  if (!(presets as readonly string[]).includes(values.preset!)) {
    throw new Error(`unknown --preset "${values.preset}" — use one of ${presets.join(', ')}`);
  }
  return {
    sources: values.sources!,
    out: values.out!,
    preset: values.preset as Preset,
    strict: values.strict!,
    keepGoing: values['keep-going']!,
    quiet: values.quiet!,
  };
}

/** One line per failure: `file:line: what — what to do`. */
function describeFailure(file: string, error: unknown): string {
  if (error instanceof SourceError) return error.format((error as SourceError & { file?: string }).file ?? file);
  const message = error instanceof Error ? error.message : String(error);
  return `${file}: ${message}`;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`build:content: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const files = await listSources(options.sources).catch(() => {
    throw new Error(`${options.sources}: cannot read the sources folder — check --sources`);
  });
  if (files.length === 0) {
    console.error(`${options.sources}: no .txt sources found — add a report text or point --sources at the right folder`);
    return 1;
  }
  const started = performance.now();
  const failures: string[] = [];
  const warningLines: string[] = [];
  const slugs = new Map<string, string>();
  let built = 0;

  for (const [index, file] of files.entries()) {
    const shown = relative(process.cwd(), file) || file;
    let result: BuiltReport;
    try {
      const input = await readSource(file);
      result = buildReport({ ...input, file: shown }, { preset: options.preset });
      const slug = result.record.slug;
      const other = slugs.get(slug);
      if (other) {
        throw new SourceError(
          `slug "${slug}" is already used by ${other}`,
          'rename one of the files or set a different slug in its .meta.yml',
        );
      }
      slugs.set(slug, shown);
    } catch (error) {
      failures.push(describeFailure(shown, error));
      if (!options.keepGoing) break;
      continue;
    }
    const { record, mdx } = result;
    await writeAtomic(join(options.out, `${record.slug}.json`), `${JSON.stringify(record, null, 2)}\n`);
    await writeAtomic(join(options.out, `${record.slug}.zh-Hans.mdx`), mdx['zh-Hans']);
    await writeAtomic(join(options.out, `${record.slug}.zh-Hant.mdx`), mdx['zh-Hant']);
    built++;
    for (const w of result.warnings) warningLines.push(`${shown}:${w.line}: warning: ${w.message}${w.hint ? ` — ${w.hint}` : ''}`);
    if (!options.quiet) {
      console.log(
        `[${index + 1}/${files.length}] ${record.slug} (${record.script}, ${record.source.encoding}): ` +
          `${record.sections.length} sections, ${record.indicators.length} indicators, ` +
          `${record.cleaning.length} cleaning actions, ${result.warnings.length} warnings`,
      );
    }
  }

  if (failures.length === 0 && !options.keepGoing) await removeStale(options.out, new Set(slugs.keys()));
  for (const line of warningLines) console.warn(line);
  for (const line of failures) console.error(line);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary = `build:content: ${built} of ${files.length} sources built in ${seconds} s, ${failures.length} failed, ${warningLines.length} warnings`;
  if (failures.length || (options.strict && warningLines.length)) {
    console.error(summary + (options.strict && warningLines.length ? ' (--strict: warnings fail the build)' : ''));
    return 1;
  }
  console.log(summary);
  return 0;
}

/** Outputs of sources that no longer exist would otherwise stay on the site. */
async function removeStale(out: string, slugs: Set<string>): Promise<void> {
  const names = await readdir(out).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^(.+?)\.(json|zh-Hans\.mdx|zh-Hant\.mdx)$/.exec(name);
    if (m && !slugs.has(m[1]!)) await rm(join(out, name));
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`build:content: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
