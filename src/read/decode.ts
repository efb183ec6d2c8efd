/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, and a Windows-1252 fallback for
 * bytes that are not UTF-8 — reported, not hidden. Binary data is refused with a clear error.
 */
import { DatelineError } from '../document/errors.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  /** Set when the bytes were not what they claimed or not UTF-8: say so on the document. */
  readonly note?: string;
}

/** Decodes one article's bytes. Example: `decodeText(fs.readFileSync(path)).text`. */
export function decodeText(bytes: Uint8Array, declared?: string): Decoded {
  if (looksBinary(bytes)) {
    throw new DatelineError(
      'E_BINARY',
      'input looks binary (NUL or control bytes), not text: pass a text, JSONL or CSV file',
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (declared && !/^utf-?8$/iu.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared.toLowerCase() };
    } catch {
      // Unknown label: fall through to UTF-8 detection.
    }
  }
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      note: 'input is not valid UTF-8; decoded as Windows-1252',
    };
  }
}

/** NUL bytes, or many C0 control bytes other than tab/newline/return/form feed, in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  // UTF-16 text has NULs by nature; its BOM says so.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control / n > 0.1;
}

/** Windows-1252's printable characters at 0x80–0x9F (Node's TextDecoder treats the label as Latin-1). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 bytes: Latin-1 with typographic quotes, dashes and the euro sign at 0x80–0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chars = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] ?? '') : String.fromCharCode(b),
    );
    parts.push(chars.join(''));
  }
  return parts.join('');
}
