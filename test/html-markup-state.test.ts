// The HTML rule decides per text whether it is a page (isHtmlScrape): what it read in the text before must not
// change that decision (dev 278 then 279: a tag pattern's lastIndex left by one page hid the tags of the next).
import { describe, expect, test } from 'vitest';
import { normalizeText } from '../src/pipeline/normalize.ts';

const page = (lines: string[]): string => lines.join('\n');
const text = (source: string): string =>
  normalizeText(source)
    .paragraphs.map((p) => p.text)
    .join('\n');

describe('one page read after another', () => {
  test('the second page is still read as HTML', () => {
    const first = page([
      '<div class="content">',
      '<p style="text-indent: 2em">第一页的正文，写得比较长一些，让这一行的标签在很后面才结束。</p>',
      '<p>甲</p>',
      '<div>这是第一页最后一行，也写得很长很长很长很长很长很长很长很长。</div>',
    ]);
    const second = page(['<p>乙</p>', '<p>丙</p>', '<p>丁</p>', '<div>戊</div>']);
    const alone = text(second);
    text(first);
    expect(text(second)).toBe(alone);
    expect(alone).not.toContain('<p>');
  });
});
