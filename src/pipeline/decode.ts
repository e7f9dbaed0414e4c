// decode: raw bytes → text and the encoding it was stored in.
//   <EF BB BF 一、…>  → { text: '一、…', encoding: 'utf-8-bom' }
//   GB18030 bytes     → { text: '…', encoding: 'gb18030' }
import { SourceError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

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
    return { text: strict('utf-8', bytes.subarray(3), 3), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strict('utf-16le', bytes.subarray(2), 2), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strict('utf-16be', bytes.subarray(2), 2), encoding: 'utf-16be' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new SourceError(
      `binary data: NUL byte at offset ${nul}`,
      'sources must be plain text (UTF-8, UTF-16 with BOM or GB18030); export the document as .txt',
      lineAt(bytes, nul),
    );
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: strict('gb18030', bytes, 0), encoding: 'gb18030' };
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
    `undecodable bytes: not valid ${encoding === 'gb18030' ? 'UTF-8 or GB18030' : encoding} at byte offset ${bad + offset}`,
    'save the file as UTF-8 (or fix the damaged bytes at that offset)',
    lineAt(bytes, bad),
  );
}

/** Binary search for the shortest prefix that no longer decodes. */
function firstBadOffset(encoding: string, bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const ok = (n: number): boolean => {
    try {
      decoder.decode(bytes.subarray(0, n), { stream: true });
      decoder.decode();
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
