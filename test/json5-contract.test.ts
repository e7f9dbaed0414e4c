// js-data.ts finds where a JavaScript literal ends from json5's syntax error: its lineNumber and columnNumber, which json5 2.2's
// README does not document (its public API parses a whole text only). This contract test fails, naming json5 and its version,
// when an upgrade changes how the error places a character: lines counted by \n from 1, columns in UTF-16 units from 1.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import JSON5 from 'json5';

const version = (createRequire(import.meta.url)('json5/package.json') as { version: string }).version;

describe(`json5 ${version}: a syntax error's place (lineNumber, columnNumber), which js-data's offsetOf reads`, () => {
  test('lines by \\n from 1, columns from 1: the first character after a literal', () => {
    expect(() => JSON5.parse('{ a: 1,\n b: 2 }; cb(data);')).toThrow(expect.objectContaining({ lineNumber: 2, columnNumber: 8 }));
  });
  test("columns in UTF-16 units: a character past U+FFFF (𠮷, a name's) is two", () => {
    expect(() => JSON5.parse("{ name: '𠮷野家' }; cb(data);")).toThrow(expect.objectContaining({ lineNumber: 1, columnNumber: 17 }));
  });
});
