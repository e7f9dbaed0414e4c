// vitest.config.ts builds the test site only for the files it lists as site tests: every file that
// reads the site must be listed (or inject('site') gives it nothing), and no other.
import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { siteTests } from '../vitest.config.ts';
import { root } from './helpers/run.ts';

test('the site project lists exactly the test files that read the test site', () => {
  const readers = readdirSync(join(root, 'test'))
    .filter((name) => name.endsWith('.test.ts') && name !== 'projects.test.ts' && readFileSync(join(root, 'test', name), 'utf8').includes("inject('site')"))
    .map((name) => `test/${name}`);
  expect(readers.length).toBeGreaterThan(0);
  expect([...siteTests].sort()).toEqual(readers.sort());
});
