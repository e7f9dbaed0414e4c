// The keys of front matter, label blocks and records (src/pipeline/data/front-matter.json), read by src/pipeline/front-matter.ts.
import { expect, test } from 'vitest';
import data from '../src/pipeline/data/front-matter.json' with { type: 'json' };
import { keyOf } from '../src/pipeline/front-matter.ts';

const fieldKeys = new Set(Object.values(data.keys).flat().map(keyOf));

test('a posting key is a date key: a date under it is read first, then taken for the posting', () => {
  const dateKeys = new Set(data.keys.date.map(keyOf));
  expect(data.posting.filter((k) => !dateKeys.has(keyOf(k)))).toEqual([]);
});

test('a fetched key names no field: the time a page was fetched or updated is never its date', () => {
  expect(data.fetched.filter((k) => fieldKeys.has(keyOf(k)))).toEqual([]);
});

test('the about names each part of the file', () => {
  for (const part of ['keys', 'fetched', 'posting']) expect(data.about).toContain(`${part}:`);
});
