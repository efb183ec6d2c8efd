/**
 * The HTTP response inside a WARC `response` record: status, headers, and the body with chunked
 * transfer coding and gzip/deflate/brotli content coding undone (output size bounded).
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

export interface HttpResponse {
  readonly status: number;
  /** Header names in lower case; repeated headers joined with `, `. */
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Buffer;
}

const MAX_HEAD = 64 * 1024;

/** Splits an HTTP response message; undefined when it does not start with an HTTP status line. */
export function parseHttpResponse(block: Buffer): HttpResponse | undefined {
  const crlf = block.indexOf('\r\n\r\n');
  const lf = block.indexOf('\n\n');
  const [end, gap] = crlf >= 0 && (lf < 0 || crlf < lf) ? [crlf, 4] : [lf, 2];
  if (end < 0 || end > MAX_HEAD) return undefined;
  const lines = block.subarray(0, end).toString('latin1').split(/\r?\n/u);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/u.exec(lines[0] ?? '');
  if (!status) return undefined;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name) ?? ''}, ${value}` : value);
  }
  return { status: Number(status[1]), headers, body: block.subarray(end + gap) };
}

/** The body as the server meant it: de-chunked and decompressed. Throws when a coding is broken. */
export function decodeBody(response: HttpResponse, maxBytes: number): Buffer {
  let body = response.body;
  if (/\bchunked\b/iu.test(response.headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const codings = (response.headers.get('content-encoding') ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity');
  // Codings are listed in the order they were applied: undo them from the last.
  for (const coding of codings.reverse()) body = decompress(body, coding, maxBytes);
  return body;
}

function decompress(body: Buffer, coding: string, maxOutputLength: number): Buffer {
  if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(body, { maxOutputLength });
  if (coding === 'br') return brotliDecompressSync(body, { maxOutputLength });
  if (coding === 'deflate') {
    // Servers send both zlib-wrapped and raw deflate under this name.
    try {
      return inflateSync(body, { maxOutputLength });
    } catch {
      return inflateRawSync(body, { maxOutputLength });
    }
  }
  throw new Error(`unknown Content-Encoding "${coding}"`);
}

/** Undoes chunked transfer coding; a malformed stream keeps what was read up to the fault. */
export function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(body.subarray(at, eol).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isInteger(size) || size <= 0) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return parts.length === 0 ? body : Buffer.concat(parts);
}

/** The charset parameter of a Content-Type header, lower case. */
export function contentCharset(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/iu.exec(contentType ?? '')?.[1]?.toLowerCase();
}

/** Whether a Content-Type is an HTML page (or, without one, the body starts like one). */
export function isHtml(contentType: string | undefined, body?: Buffer): boolean {
  if (contentType) return /^\s*(?:text\/html|application\/xhtml\+xml)\b/iu.test(contentType);
  const head = body?.subarray(0, 512).toString('latin1').trimStart().toLowerCase() ?? '';
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
