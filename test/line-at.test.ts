// line-at: the line of an offset, in a text or in its bytes (decode.ts's errors, front matter's keys, feed-export's fields).
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { lineAt, lineIndex } from '../src/pipeline/line-at.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

test.each([
  ['the first character', '甲\n乙\n丙', 0, 1],
  ['the newline ends its line', '甲\n乙\n丙', 1, 1],
  ['after one newline', '甲\n乙\n丙', 2, 2],
  ['past the end: the last line', '甲\n乙\n丙', 99, 3],
  ['an empty line counts', '甲\n\n丙', 2, 2],
  ['CRLF is one line end', '甲\r\n乙\r\n丙', 6, 3],
  ['a lone CR ends a line (normalize reads \\r as \\n)', '甲\r乙\r丙', 4, 3],
  ['a CR just before the offset, its LF after: one line end, counted at the LF', '甲\r\n乙', 2, 1],
])('%s', (_, text, offset, line) => {
  expect(lineAt(text, offset)).toBe(line);
});

test("bytes: a newline is 0x0a whatever the encoding, a character's bytes before it count once each", () => {
  // 甲 is three bytes in UTF-8: the newline is byte 3, 乙 starts at byte 4
  expect(lineAt(bytes('甲\n乙'), 3)).toBe(1);
  expect(lineAt(bytes('甲\n乙'), 4)).toBe(2);
  expect(lineAt(bytes('甲\r乙\r\n丙'), 11)).toBe(3);
});

test('lineIndex: the line of every offset as lineAt gives it, after one read of the text (line ends \\n, \\r\\n, a lone \\r; offsets before, in and past it)', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('甲', 'a', '\n', '\r', ' '), { maxLength: 40 }), (chars) => {
      const text = chars.join('');
      const line = lineIndex(text);
      for (let offset = -2; offset <= text.length + 2; offset++) expect(line(offset)).toBe(lineAt(text, offset));
    }),
  );
});
