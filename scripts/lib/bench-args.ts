// bench-args: the command line the alternating benches share (bench-overlap.ts, bench-parts.ts): --reports N, --runs K (whole
// numbers ≥ 1), --keep, -h/--help, and the options of a script's own (bench-parts' --from).
//   const { reports, runs, keep, values } = parseBenchArgs('bench-parts', HELP, { from: { type: 'string' } });
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** The options every alternating bench takes, with their defaults. */
const SHARED = {
  reports: { type: 'string', default: '200' },
  runs: { type: 'string', default: '1' },
  keep: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsOptionsConfig;

/** The values parseArgs gives for the shared options and a script's own. */
type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: typeof SHARED & O }>>['values'];

/** What a bench's command line asks for: the counts as numbers, --keep, and every option's value as parseArgs read it. */
export interface BenchArgs<O extends ParseArgsOptionsConfig> {
  reports: number;
  runs: number;
  keep: boolean;
  values: Values<O>;
}

/** Reads a bench's arguments: its options, `help` when -h/--help asks for it, or `error`, the usage mistake (a count that is no whole number ≥ 1, an unknown option). */
export function readBenchArgs<const O extends ParseArgsOptionsConfig = Record<never, never>>(args: string[], own?: O): BenchArgs<O> | { help: true } | { error: string } {
  // (the shared options read as parseArgs gives any option; the caller gets them typed with its own)
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    values = parseArgs({ args, options: { ...SHARED, ...own } }).values;
  } catch (error) {
    // (parseArgs' own words, `Unknown option '--from'…`, and where the options are)
    return { error: `${error instanceof Error ? error.message : String(error)}; --help lists the options` };
  }
  if (values.help) return { help: true };
  const [reports, runs] = [Number(values.reports), Number(values.runs)];
  if (!Number.isInteger(reports) || reports < 1 || !Number.isInteger(runs) || runs < 1)
    return { error: `--reports and --runs take a whole number ≥ 1 (got ${values.reports}, ${values.runs})` };
  return { reports, runs, keep: values.keep === true, values: values as Values<O> };
}

/** readBenchArgs over the process's arguments: prints `help` and exits 0 when asked for it, a usage mistake as `script: …` and exits 2. */
export function parseBenchArgs<const O extends ParseArgsOptionsConfig = Record<never, never>>(script: string, help: string, own?: O): BenchArgs<O> {
  const read = readBenchArgs(process.argv.slice(2), own);
  if ('help' in read) {
    console.log(help);
    process.exit(0);
  }
  if ('error' in read) {
    console.error(`${script}: ${read.error}`);
    process.exit(2);
  }
  return read;
}
