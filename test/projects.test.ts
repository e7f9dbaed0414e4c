// vitest.config.ts builds the test site (and runs build:content on the corpus) only for the files it
// lists as site (corpus) tests: every file that reads one must be listed (or inject gives it
// nothing), and no other.
import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusTests, siteTests } from '../vitest.config.ts';
import { root } from './helpers/run.ts';

const readersOf = (key: string): string[] =>
  readdirSync(join(root, 'test'))
    .filter((name) => name.endsWith('.test.ts') && name !== 'projects.test.ts' && readFileSync(join(root, 'test', name), 'utf8').includes(`inject('${key}')`))
    .map((name) => `test/${name}`);

test.each([
  ['site', siteTests],
  ['corpusBuilds', corpusTests],
] as const)('the project of %s lists exactly the test files that read it', (key, listed) => {
  const readers = readersOf(key);
  expect(readers.length).toBeGreaterThan(0);
  expect([...listed].sort()).toEqual(readers.sort());
});
