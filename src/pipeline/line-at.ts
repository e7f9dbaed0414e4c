// line-at: the 1-based line an offset falls on, in a text or in the bytes it was decoded from (a newline is 0x0a and a carriage
// return 0x0d in UTF-8 and GB18030 alike, never part of another character; not so in UTF-16, whose bytes are decoded first), as a
// SourceError or a cleaning log names it: lines end as normalize splits them, at \r\n, \r or \n.
//   lineAt('甲\n乙\n丙', 2) → 2
//   lineIndex(text)(offset) → lineAt(text, offset), the text's line ends found once (a feed's fields and texts, an offset each)
/** The line (from 1) of a character or byte offset: one more than the line ends before it (\r\n one, a lone \r one, as normalize reads them). */
export function lineAt(text: string | Uint8Array, offset: number): number {
  const at = (i: number): number | undefined => (typeof text === 'string' ? text.charCodeAt(i) : text[i]);
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (at(i) === 0x0a || (at(i) === 0x0d && at(i + 1) !== 0x0a)) line++;
  return line;
}

/**
 * lineAt for many offsets of one text: its line ends found once, each offset's line by a binary search of them, where lineAt reads
 * the text from its start each time (a feed of thousands of items named a line per field, quadratic in the feed's length).
 */
export function lineIndex(text: string): (offset: number) => number {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) ends.push(i);
  }
  return (offset) => {
    // the line ends before the offset: the first end at or past it, by bisection
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
