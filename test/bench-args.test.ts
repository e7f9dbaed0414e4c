// The command line the alternating benches share (scripts/lib/bench-args.ts: bench-overlap.ts, bench-parts.ts).
import { expect, test } from 'vitest';
import { readBenchArgs } from '../scripts/lib/bench-args.ts';

test('the counts as numbers, their defaults, --keep and a script’s own option', () => {
  expect(readBenchArgs(['--reports', '50', '--runs', '2', '--keep', '--from', '/tmp/r'], { from: { type: 'string' } })).toMatchObject({
    reports: 50,
    runs: 2,
    keep: true,
    values: { from: '/tmp/r' },
  });
  expect(readBenchArgs([])).toMatchObject({ reports: 200, runs: 1, keep: false });
});

test('-h and --help ask for the usage', () => {
  expect(readBenchArgs(['-h'])).toEqual({ help: true });
  expect(readBenchArgs(['--reports', 'x', '--help'])).toEqual({ help: true });
});

test.each([
  [['--reports', 'x'], '--reports and --runs take a whole number ≥ 1 (got x, 1)'],
  [['--runs', '0'], '--reports and --runs take a whole number ≥ 1 (got 200, 0)'],
  [['--reports', '2.5'], '--reports and --runs take a whole number ≥ 1 (got 2.5, 1)'],
])('a count that is no whole number ≥ 1 is a usage mistake that quotes both: %j', (args, error) => expect(readBenchArgs(args)).toEqual({ error }));

test('an option the script does not take is a usage mistake, not a crash (--from is bench-parts’ own), that says where the options are', () => {
  expect(readBenchArgs(['--from', '/tmp/r'])).toEqual({ error: expect.stringContaining("'--from'") });
  expect(readBenchArgs(['--from', '/tmp/r'])).toEqual({ error: expect.stringMatching(/--help lists the options$/u) });
  // and so is an argument that is no option (a count without its --reports)
  expect(readBenchArgs(['50'])).toEqual({ error: expect.stringMatching(/'50'.*--help lists the options$/u) });
});
