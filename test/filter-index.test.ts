// Paged lists: pages of bounded size, the pager's numbers, and the filter index that finds
// the matches of a filter over every page.
import { describe, expect, test } from 'vitest';
import { buildFilterIndex, countMatches, pagePath, pagerNumbers, paginate } from '../src/lib/filter-index.ts';

describe('paginate', () => {
  test.each([
    ['fills pages up to the budget', [1, 1, 1, 1, 1], 2, [[1, 1], [1, 1], [1]]],
    ['never splits a group', [3, 2, 2, 1], 4, [[3], [2, 2], [1]]],
    ['a group over the budget has a page of its own', [1, 9, 1], 4, [[1], [9], [1]]],
    ['no groups: one empty page', [], 4, [[]]],
  ])('%s', (_, sizes, budget, pages) => {
    expect(paginate(sizes, (n) => n, budget)).toEqual(pages);
  });
});

test.each([
  [1, 1, [1]],
  [1, 3, [1, 2, 3]],
  [1, 10, [1, 2, 3, null, 10]],
  [6, 12, [1, null, 4, 5, 6, 7, 8, null, 12]],
  [12, 12, [1, null, 10, 11, 12]],
])('pager of page %i of %i', (page, count, numbers) => {
  expect(pagerNumbers(page, count)).toEqual(numbers);
});

test('page paths: the first is the list itself', () => {
  expect(pagePath('/zh-hans/', 1)).toBe('/zh-hans/');
  expect(pagePath('/zh-hans/indicators/', 3)).toBe('/zh-hans/indicators/page/3/');
});

describe('filter index', () => {
  const index = buildFilterIndex(
    ['/a/', '/a/page/2/'],
    [
      {
        page: 0,
        region: '成都',
        parent: '四川',
        items: [
          { year: '2020', kind: 'actual' },
          { year: '2020', kind: 'actual' },
          { year: '2021', kind: 'target' },
        ],
      },
      { page: 0, region: '重庆', items: [{ year: '2018', kind: 'actual' }] },
      { page: 1, region: '四川', items: [{ year: '2021', kind: 'target' }] },
    ],
  );

  test('tables once, groups as page, region, parent and (year, kind, count) triples', () => {
    expect(index.regions).toEqual(['成都', '四川', '重庆']);
    expect(index.groups[0]).toEqual([0, 0, 1, 0, 0, 2, 1, 1, 1]);
    expect(index.groups[1]).toEqual([0, 2, -1, 2, 0, 1]);
  });

  test.each([
    [{}, [3, 1, 1]],
    [{ region: '成都' }, [3, 0, 0]],
    [{ region: '四川' }, [3, 0, 1]], // a parent matches the places in it, and itself
    [{ year: '2021' }, [1, 0, 1]],
    [{ region: '成都', kind: 'actual' }, [2, 0, 0]],
    [{ year: '2019' }, [0, 0, 0]],
  ])('matches of %j per group', (filter, counts) => {
    expect(index.groups.map((g) => countMatches(index, g, filter))).toEqual(counts);
  });
});
