/**
 * HTML bytes → text. The encoding comes from a byte-order mark, else from `<meta charset>` or an
 * `http-equiv="Content-Type"` declaration in the first 4 KB (where HTML puts them), else UTF-8
 * with the shared Windows-1252 fallback.
 */
import { decodeText } from '../decode.js';
import type { Decoded } from '../decode.js';

const SNIFF_BYTES = 4096;

/** The charset a page declares in its first bytes, lower case, or undefined. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // ASCII-compatible sniffing: every byte maps to one char, so regexes see the tags as written.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const metas = head.match(/<meta\b[^>]*>/giu) ?? [];
  for (const tag of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(tag);
    if (direct?.[1]) return normalizeLabel(direct[1]);
  }
  const xml = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/iu.exec(head);
  return xml?.[1] ? normalizeLabel(xml[1]) : undefined;
}

// Browsers decode pages labelled Latin-1 as Windows-1252 (WHATWG Encoding); so do we.
function normalizeLabel(label: string): string {
  const lower = label.toLowerCase();
  return lower === 'iso-8859-1' || lower === 'latin1' || lower === 'us-ascii' || lower === 'ascii'
    ? 'windows-1252'
    : lower;
}

/** Decodes a page: a string passes through, bytes are decoded by BOM, declared charset, or UTF-8. */
export function decodeHtml(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') return { text: input, encoding: 'utf-16' };
  const hasBom =
    (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) ||
    (input[0] === 0xff && input[1] === 0xfe) ||
    (input[0] === 0xfe && input[1] === 0xff);
  const declared = hasBom ? undefined : declaredCharset(input);
  // Pages saved or re-served as UTF-8 often keep their old declaration; bytes with multi-byte
  // sequences that are all valid UTF-8 are practically never another encoding.
  if (declared && declared !== 'utf-8' && isMultiByteUtf8(input)) {
    return { ...decodeText(input), note: `page declares ${declared} but its bytes are UTF-8; read as UTF-8` };
  }
  return decodeText(input, declared);
}

function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
