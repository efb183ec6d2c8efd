/**
 * Transparent gzip: a stream that starts with the gzip magic bytes is decompressed as it is read,
 * member after member (a `.warc.gz` has one member per record); any other stream passes through.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** True when bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The stream's bytes, gunzipped when they are gzip. Truncated or corrupt gzip throws while iterating. */
export async function* maybeGunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (!isGzip(first.value)) {
    yield first.value;
    yield* rest;
    return;
  }
  const source = Readable.from(prepend(first.value, rest));
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

async function* prepend(head: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield head;
  yield* rest;
}
