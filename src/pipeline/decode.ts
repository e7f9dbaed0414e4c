// decode: raw bytes → text and the encoding it was stored in.
//   <EF BB BF 一、…>  → { text: '一、…', encoding: 'utf-8-bom' }
//   GB18030 bytes     → { text: '…', encoding: 'gb18030' }
//   a Word .docx      → { text: its paragraphs, a line each, encoding: 'docx' } (docx.ts)
import { SourceError } from './errors.ts';
import { lineAt } from './line-at.ts';
import { docxText, isZip } from './docx.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'docx';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Decodes a source file, detecting its encoding from the bytes (never from the name). */
export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    throw new SourceError('the file is empty', 'add the report text or remove the file');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked({ text: strict('utf-8', bytes.subarray(3), 3), encoding: 'utf-8-bom' });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked({ text: strict('utf-16le', bytes.subarray(2), 2), encoding: 'utf-16le' });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked({ text: strict('utf-16be', bytes.subarray(2), 2), encoding: 'utf-16be' });
  }
  if (isZip(bytes)) return checked({ text: docxText(bytes), encoding: 'docx' });
  // formats a source may be exported from, named so that the editor knows what to do
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) throw new SourceError('a PDF file', 'extract its text first (e.g. `pdftotext -layout file.pdf`) and add the .txt', 1);
  if (head === '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')
    throw new SourceError('a Word 97–2003 document (.doc) or another OLE file', 'save it as .docx or as .txt (UTF-8) and add that file', 1);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new SourceError(
      `binary data: NUL byte at offset ${nul}`,
      'sources must be plain text (UTF-8, UTF-16 with BOM or GB18030); export the document as .txt',
      lineAt(bytes, nul),
    );
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return checked({ text: utf8, encoding: 'utf-8' });
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return checked({ text: gb, encoding: 'gb18030' });
  // Neither decodes: report the offset for the encoding the file gets furthest in (a UTF-8 file
  // with one damaged byte fails GB18030 early, at its first Chinese character).
  const u = firstBadOffset('utf-8', bytes);
  const g = firstBadOffset('gb18030', bytes);
  const [name, bad] = u >= g ? ['UTF-8', u] : ['GB18030', g];
  throw new SourceError(
    `undecodable bytes: not valid UTF-8 or GB18030; reads as ${name} up to byte offset ${bad} (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')})`,
    'save the file as UTF-8 (or fix the damaged bytes at that offset)',
    lineAt(bytes, bad),
  );
}

/** Control characters other than tab, newlines and form feed mean the bytes are not a text file. */
function checked(decoded: Decoded): Decoded {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const m = /[\u0000-\u0008\u000e-\u001f\u007f]/.exec(decoded.text);
  if (m) {
    const line = lineAt(decoded.text, m.index);
    throw new SourceError(
      `binary data: control character U+${m[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} on line ${line}`,
      'sources must be plain text (UTF-8, UTF-16 with BOM or GB18030); export the document as .txt',
      line,
    );
  }
  if (decoded.text.trim() === '') throw new SourceError('the file has no text (only whitespace)', 'add the report text or remove the file');
  return decoded;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strict(encoding: string, bytes: Uint8Array, offset: number): string {
  const text = tryDecode(encoding, bytes);
  if (text !== null) return text;
  const bad = firstBadOffset(encoding, bytes);
  throw new SourceError(
    `undecodable bytes: not valid ${encoding.toUpperCase()} at byte offset ${bad + offset}`,
    'save the file as UTF-8 (or fix the damaged bytes at that offset)',
    // the line of the text before it: in UTF-16 a 0x0a byte is half of a character too (上 is 0a 4e)
    lineAt(new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, bad)), Infinity),
  );
}

/**
 * The offset of the first character that does not decode: binary search for the longest prefix that decodes as far as it goes (a
 * character cut at its end is awaited, not an error, so a longer prefix decodes only if a shorter one does), then back to where
 * that prefix decodes whole (a file whose last character is cut short fails only at its end).
 */
function firstBadOffset(encoding: string, bytes: Uint8Array): number {
  const decodes = (n: number, whole: boolean): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), { stream: !whole });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(mid, false)) lo = mid;
    else hi = mid - 1;
  }
  // back to the first byte of the character it breaks (a lone UTF-16 surrogate is known bad only at the unit after it)
  while (lo > 0 && !decodes(lo, true)) lo--;
  return lo;
}
