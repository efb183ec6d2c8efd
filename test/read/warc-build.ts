/** Builds small WARC files for tests: records from fixture pages, plain or gzipped per record. */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const page = (name: string): Buffer =>
  readFileSync(new URL(`../fixtures/warc/${name}`, import.meta.url));

let serial = 0;

/** One WARC record: version line, headers, block, and the CRLF CRLF that ends it. */
export function warcRecord(
  type: string,
  block: Buffer | string,
  headers: Record<string, string> = {},
  options: { version?: string; length?: number } = {},
): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block) : block;
  serial++;
  const head = {
    'WARC-Type': type,
    'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-8000-${String(serial).padStart(12, '0')}>`,
    'WARC-Date': '2025-08-16T12:00:00Z',
    ...headers,
    'Content-Length': String(options.length ?? body.length),
  };
  const lines = Object.entries(head).map(([k, v]) => `${k}: ${v}\r\n`);
  return Buffer.concat([
    Buffer.from(`WARC/${options.version ?? '1.1'}\r\n${lines.join('')}\r\n`),
    body,
    Buffer.from('\r\n\r\n'),
  ]);
}

/** An HTTP response message: status line, headers, blank line, body. */
export function httpResponse(body: Buffer, headers: Record<string, string>, status = '200 OK'): Buffer {
  const lines = Object.entries({ ...headers, 'Content-Length': String(body.length) }).map(
    ([k, v]) => `${k}: ${v}\r\n`,
  );
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${lines.join('')}\r\n`), body]);
}

/** A response record for `uri` carrying `http`. */
export const responseRecord = (uri: string, http: Buffer, version = '1.1'): Buffer =>
  warcRecord(
    'response',
    http,
    { 'WARC-Target-URI': uri, 'Content-Type': 'application/http; msgtype=response' },
    { version },
  );

/** Chunked transfer coding of `body` in pieces of `size` bytes. */
export function chunked(body: Buffer, size = 100): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length; at += size) {
    const piece = body.subarray(at, at + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** The mixed crawl most tests use: two HTML pages among records that must be skipped. */
export function sampleRecords(): Buffer[] {
  const summit = page('summit.html');
  const talks = page('talks.html');
  return [
    warcRecord('warcinfo', 'software: dateline-test\r\nformat: WARC File Format 1.1\r\n', {
      'Content-Type': 'application/warc-fields',
    }),
    warcRecord('request', 'GET /summit HTTP/1.1\r\nHost: news.example.org\r\n\r\n', {
      'WARC-Target-URI': 'https://news.example.org/summit',
      'Content-Type': 'application/http; msgtype=request',
    }),
    responseRecord(
      'https://news.example.org/summit',
      httpResponse(summit, { 'Content-Type': 'text/html' }),
      '1.0',
    ),
    responseRecord(
      'https://news.example.org/logo.png',
      httpResponse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), { 'Content-Type': 'image/png' }),
    ),
    warcRecord('revisit', 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n', {
      'WARC-Target-URI': 'https://news.example.org/summit',
      'WARC-Profile': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest',
    }),
    responseRecord(
      'https://news.example.org/talks',
      httpResponse(chunked(gzipSync(talks)), {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Encoding': 'gzip',
        'Transfer-Encoding': 'chunked',
      }),
    ),
    responseRecord(
      'https://news.example.org/gone',
      httpResponse(
        Buffer.from('<html><body>gone</body></html>'),
        { 'Content-Type': 'text/html' },
        '404 Not Found',
      ),
    ),
    warcRecord('metadata', 'via: https://news.example.org/\r\n', {
      'Content-Type': 'application/warc-fields',
    }),
  ];
}

/** A `.warc.gz`: one gzip member per record. */
export const gzipRecords = (records: readonly Buffer[]): Buffer =>
  Buffer.concat(records.map((r) => gzipSync(r)));

export { brotliCompressSync };
