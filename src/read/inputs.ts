/** ReaderInputs for files, standard input and in-memory bytes. */
import { createReadStream } from 'node:fs';
import type { ReaderInput } from './article.js';

/** A file on disk, streamed in 1 MB chunks. */
export function fileInput(path: string): ReaderInput {
  return {
    source: path,
    stream: () => createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>,
  };
}

/** Any byte stream, such as `process.stdin`; it can be read once. */
export function streamInput(source: string, stream: AsyncIterable<Uint8Array>): ReaderInput {
  return { source, stream: () => stream };
}

/** Bytes or a string already in memory (tests, fetched pages). */
export function bufferInput(source: string, data: Uint8Array | string): ReaderInput {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return {
    source,
    stream: async function* () {
      await Promise.resolve();
      yield bytes;
    },
  };
}

/** Collects a stream into one buffer, refusing more than `maxBytes` (returns undefined then). */
export async function readAllBytes(input: ReaderInput, maxBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of input.stream()) {
    size += chunk.length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
