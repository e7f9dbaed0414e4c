// Contract with Pagefind's output (scripts/lib/pagefind-fragment.ts): build-search reads a page's
// fragment file for its page id, word stream and anchors. This indexes one page through Pagefind's
// public Node API, as build-search does, and reads the fragment back; after a Pagefind upgrade that
// changes the format this fails with the version in the message.
import { describe, expect, test } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindVersion, readFragment, wordCount } from '../scripts/lib/pagefind-fragment.ts';
import { tempDir } from './helpers/run.ts';
import { RECORD_LANGUAGE } from '../src/search/records.ts';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';

describe(`Pagefind ${pagefindVersion}: the fragment build-search reads`, () => {
  test('a page indexed with addHTMLFile gives a fragment with its url, word stream and anchors at word positions', async () => {
    const out = tempDir();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: RECORD_LANGUAGE });
    expect(errors).toEqual([]);
    // one token per Han character, as build-search writes its pages (src/search/records.ts)
    const html = '<html lang="und"><body data-pagefind-body><h1 id="top">甲 乙</h1><p>丙 丁 戊</p><h2 id="s1">己</h2><p>庚 辛</p></body></html>';
    const added = await index!.addHTMLFile({ url: '/r/x/', content: html });
    expect(added.errors).toEqual([]);
    const written = await index!.writeFiles({ outputPath: out });
    expect(written.errors).toEqual([]);
    await pagefind.close();
    const files = readdirSync(join(out, 'fragment'));
    expect(files).toHaveLength(1);
    const fragment = readFragment(join(out, 'fragment', files[0]!));
    expect(fragment.url).toBe('/r/x/');
    const words = fragment.content.split(/\s+/).filter(Boolean);
    expect(words.join('')).toContain('丙丁戊');
    expect(words.length).toBeGreaterThanOrEqual(8);
    // each anchor stands at the word its element starts with
    const s1 = fragment.anchors.find((a) => a.id === 's1');
    expect(s1 && words[s1.location]).toMatch(/^己/);
  });

  test('a file in another format is an error naming Pagefind and its version', () => {
    const file = join(tempDir(), 'x.pf_fragment');
    writeFileSync(file, gzipSync('{"url":"/x/"}'));
    expect(() => readFragment(file)).toThrow(new RegExp(`Pagefind ${pagefindVersion.replace(/\./g, '\\.')} writes fragments in a format build-search does not know`));
  });
});

describe('wordCount', () => {
  test('counts the words of content.split(/\\s+/).filter(Boolean), every white space of \\s between them', () => {
    const spaces = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit)).filter((char) => /\s/.test(char));
    expect(spaces.length).toBeGreaterThan(20);
    const pieces = ['甲', 'ab', '12', '¶', '§', '\uD840\uDC00', '\u200b', ...spaces];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (list) => {
        const content = list.join('');
        return wordCount(content) === content.split(/\s+/).filter(Boolean).length;
      }),
      { numRuns: 3000 },
    );
    expect(wordCount('')).toBe(0);
    expect(wordCount(' 甲 乙\u3000丙\n')).toBe(3);
  });
});
