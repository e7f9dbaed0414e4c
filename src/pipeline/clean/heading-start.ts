// Numbered headings must start their own paragraph: the joiner never glues one onto the line above.
import { toHalfWidthDigits } from '../numerals.ts';

const CN = '[零〇一二两兩三四五六七八九十百千]+';
const STARTS = new RegExp(
  '^(?:' +
    [
      `第\\s*(?:${CN}|\\d+)\\s*[编編篇章节節条條款]`, // 第一章, 第 1 條, 第一篇
      `${CN}\\s*、`, // 一、
      `[（(]\\s*(?:${CN}|\\d{1,3})\\s*[）)]`, // （一） (1) (一 )
      '\\d{1,3}\\s*[.．、](?![\\d%％])', // 1. 2．
      '[\\u2460-\\u2473]', // ①
      `${CN}是(?![否的])`, // 一是
      `附\\s*[录錄件]\\s*(?:\\d{1,2}|${CN})?\\s*[：:、.．]`, // 附录1：
    ].join('|') +
    ')',
);

/** True when a line begins with a heading number (`（一）`, `1.`, `第一条`, `一、`, `一是`). */
export function startsHeading(text: string): boolean {
  return STARTS.test(toHalfWidthDigits(text));
}
