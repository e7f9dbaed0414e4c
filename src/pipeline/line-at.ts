// line-at: the 1-based line an offset falls on, in a text or in the bytes it was decoded from (a newline is 0x0a in UTF-8,
// GB18030 and latin1 alike), as a SourceError or a cleaning log names it.
//   lineAt('甲\n乙\n丙', 2) → 2
/** The line (from 1) of a character or byte offset: one more than the newlines before it. */
export function lineAt(text: string | Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if ((typeof text === 'string' ? text.charCodeAt(i) : text[i]) === 0x0a) line++;
  return line;
}
