// line-at: the 1-based line an offset falls on, in a text or in the bytes it was decoded from (a newline is 0x0a and a carriage
// return 0x0d in UTF-8 and GB18030 alike, never part of another character; not so in UTF-16, whose bytes are decoded first), as a
// SourceError or a cleaning log names it: lines end as normalize splits them, at \r\n, \r or \n.
//   lineAt('甲\n乙\n丙', 2) → 2
/** The line (from 1) of a character or byte offset: one more than the line ends before it (\r\n one, a lone \r one, as normalize reads them). */
export function lineAt(text: string | Uint8Array, offset: number): number {
  const at = (i: number): number | undefined => (typeof text === 'string' ? text.charCodeAt(i) : text[i]);
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (at(i) === 0x0a || (at(i) === 0x0d && at(i + 1) !== 0x0a)) line++;
  return line;
}
