// emit reads Sätteri's tree buffer by node type tags it cannot import: the module checks them against
// Sätteri's own parse when it loads, and names Sätteri when they are wrong.
import { describe, expect, test } from 'vitest';
import { checkSatteriTags, satteriTags } from '../src/pipeline/satteri-tags.ts';

describe('Sätteri node type tags', () => {
  test('the installed Sätteri uses the tags emit reads', () => {
    expect(() => checkSatteriTags()).not.toThrow();
  });

  test.each(Object.keys(satteriTags) as (keyof typeof satteriTags)[])('a wrong tag for %s stops with a message naming Sätteri and its version', (type) => {
    const wrong = { ...satteriTags, [type]: 99 };
    expect(() => checkSatteriTags(wrong)).toThrow(
      new RegExp(`^Sätteri \\d+\\.\\d+\\.\\d+ changed its node type tags \\(${type} is ${satteriTags[type]}, not 99\\) — update satteriTags in src/pipeline/satteri-tags\\.ts`),
    );
  });
});
