// Golden fixtures: each folder of test/fixtures/golden holds one source (and its sidecar) and what the
// pipeline makes of it: record.json, <slug>.zh-Hans.mdx, <slug>.zh-Hant.mdx. The source is read and
// built as build:content does (readSource, the site's terms, vocabulary and metrics, the default
// preset) and every output is compared byte for byte. `UPDATE=1 npm test` rewrites the expected
// files; review them in the diff. test/fixtures/golden/README.md lists the cases.
import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, type BuildOptions } from '../src/pipeline/index.ts';
import { Script } from '../src/schemas/meta.ts';
import { listSources, readSource } from '../scripts/lib/sources.ts';
import { readSiteTerms } from '../scripts/lib/terms.ts';
import { readMetrics } from '../scripts/lib/metrics.ts';
import { mdxFileName, recordJson } from '../scripts/lib/outputs.ts';
import { root } from './helpers/run.ts';

const dir = join(root, 'test/fixtures/golden');
const update = process.env.UPDATE === '1';
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
/** Files of a case folder that are outputs (the rest are the source and its sidecar). */
const isOutput = (name: string): boolean => name === 'record.json' || name.endsWith('.mdx');

let options: BuildOptions;
beforeAll(async () => {
  const content = join(root, 'content');
  options = { terms: (await readSiteTerms(content)).terms, metrics: (await readMetrics(join(content, 'metrics.yml'))).metrics };
});

describe('golden fixtures', () => {
  test('at least 12 cases', () => expect(cases.length).toBeGreaterThanOrEqual(12));

  test.each(cases)('%s', async (name) => {
    const folder = join(dir, name);
    const sources = await listSources(folder);
    expect(sources, 'one .txt source per case folder').toHaveLength(1);
    const { record, mdx } = buildReport(await readSource(sources[0]!), options);
    const actual = new Map<string, string>([['record.json', recordJson(record)], ...Script.options.map((s) => [mdxFileName(record.slug, s), mdx[s]] as [string, string])]);
    if (update) {
      for (const file of readdirSync(folder).filter(isOutput)) if (!actual.has(file)) rmSync(join(folder, file));
      for (const [file, text] of actual) writeFileSync(join(folder, file), text);
    }
    expect(readdirSync(folder).filter(isOutput).sort(), 'expected files (UPDATE=1 npm test writes them)').toEqual([...actual.keys()].sort());
    for (const [file, text] of actual) expect(text, `${name}/${file} (UPDATE=1 npm test rewrites it; review the diff)`).toBe(readFileSync(join(folder, file), 'utf8'));
  });
});
