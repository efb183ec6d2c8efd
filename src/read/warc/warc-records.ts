/**
 * WARC/1.0 and 1.1 records from a byte stream, one at a time. A record's block is read into
 * memory only when the caller wants it (and it is small enough); other blocks are streamed past.
 * Bad input becomes `problem` events: a Content-Length that runs past the end stops the stream; one
 * that stops short, or garbage between records, is skipped up to the next `WARC/` header line.
 */
import { ByteReader } from './byte-reader.js';

export interface WarcRecord {
  readonly kind: 'record';
  /** 1-based position of the record in the file. */
  readonly index: number;
  /** Byte offset of the record's version line (in the uncompressed stream). */
  readonly offset: number;
  /** Header names in lower case. */
  readonly headers: ReadonlyMap<string, string>;
  /** The block, when wanted; undefined when it was skipped. */
  readonly block?: Buffer;
  readonly length: number;
}

export interface WarcProblem {
  readonly kind: 'problem';
  readonly offset: number;
  readonly message: string;
  /** Names the record the problem is about, when there is one. */
  readonly record?: string;
}

export interface WarcReadOptions {
  /** Whether to keep a record's block, from its headers. */
  readonly wants: (headers: ReadonlyMap<string, string>) => boolean;
  /** Largest block kept; a wanted record over it is reported and skipped. */
  readonly maxBlockBytes: number;
}

const MAX_LINE = 64 * 1024;
const MAX_HEADERS = 1000;
const VERSION = /^WARC\/\d+\.\d+\s*$/u;

/** Streams the records of a WARC file. Example: `for await (const r of warcRecords(chunks, opts)) …`. */
export async function* warcRecords(
  chunks: AsyncIterable<Uint8Array>,
  options: WarcReadOptions,
): AsyncGenerator<WarcRecord | WarcProblem> {
  const reader = new ByteReader(chunks[Symbol.asyncIterator]());
  let index = 0;
  let found = await findVersionLine(reader, true);
  for (;;) {
    if (found.problem) yield found.problem;
    if (found.offset === undefined) return;
    index++;
    const result = await readRecord(reader, index, found.offset, options);
    if (result.record) yield result.record;
    if (result.problem) yield result.problem;
    if (result.stop) return;
    // After a misaligned record the skipped bytes are its own; do not report them twice.
    const resync = result.next === undefined ? await findVersionLine(reader, false) : { offset: result.next };
    found = result.problem && resync.offset !== undefined ? { offset: resync.offset } : resync;
  }
}

interface RecordResult {
  record?: WarcRecord;
  problem?: WarcProblem;
  stop?: boolean;
  /** Offset of the next record's version line when it was already read. */
  next?: number;
}

async function readRecord(
  reader: ByteReader,
  index: number,
  offset: number,
  options: WarcReadOptions,
): Promise<RecordResult> {
  const headers = await readHeaders(reader);
  const name = recordName(index, headers);
  const problem = (message: string): WarcProblem => ({ kind: 'problem', offset, record: name, message });
  const length = Number(headers?.get('content-length') ?? NaN);
  if (!headers) return { problem: problem('header block is cut off or too long; skipped') };
  if (!Number.isSafeInteger(length) || length < 0) {
    return {
      problem: problem(`has no valid Content-Length ("${headers.get('content-length') ?? ''}"); skipped`),
    };
  }
  const wanted = options.wants(headers);
  const keep = wanted && length <= options.maxBlockBytes;
  const block = keep ? await reader.take(length) : undefined;
  const got = block ? block.length : await reader.skip(length);
  if (got < length) {
    return {
      problem: problem(`Content-Length says ${length} bytes but the file ends after ${got}; stopped here`),
      stop: true,
    };
  }
  const next = await nextRecordStart(reader);
  if (next === 'misaligned') {
    return {
      problem: problem('does not end where its Content-Length says (too short?); skipped to the next record'),
    };
  }
  const record: WarcRecord = { kind: 'record', index, offset, headers, length, ...(block ? { block } : {}) };
  const tooBig =
    wanted && !keep
      ? problem(`block of ${length} bytes is over the ${options.maxBlockBytes}-byte limit; skipped`)
      : undefined;
  return { record, ...(tooBig ? { problem: tooBig } : {}), ...(next === undefined ? {} : { next }) };
}

/** `record 3 <urn:uuid:…> https://example.org/` — how problems name a record. */
function recordName(index: number, headers: ReadonlyMap<string, string> | undefined): string {
  const parts = [`record ${index}`, headers?.get('warc-record-id'), headers?.get('warc-target-uri')];
  return parts.filter((p) => p !== undefined).join(' ');
}

async function readHeaders(reader: ByteReader): Promise<Map<string, string> | undefined> {
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (let n = 0; n < MAX_HEADERS; n++) {
    const line = await reader.line(MAX_LINE);
    if (line === undefined || line === 'too-long') return undefined;
    if (line.length === 0) return headers;
    const text = line.toString('utf8');
    // A line starting with white space continues the previous header (WARC follows RFC 822 here).
    if (/^[ \t]/u.test(text) && last !== undefined) {
      headers.set(last, `${headers.get(last) ?? ''} ${text.trim()}`);
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) continue;
    last = text.slice(0, colon).trim().toLowerCase();
    headers.set(last, text.slice(colon + 1).trim());
  }
  return undefined;
}

/**
 * After a block: blank lines, then the next version line (its offset), the end of the stream
 * (undefined), or anything else — the block did not end where its length said.
 */
async function nextRecordStart(reader: ByteReader): Promise<number | 'misaligned' | undefined> {
  for (;;) {
    const offset = reader.offset;
    const line = await reader.line(MAX_LINE);
    if (line === undefined) return undefined;
    if (line === 'too-long') return 'misaligned';
    if (line.length === 0) continue;
    return VERSION.test(line.toString('latin1')) ? offset : 'misaligned';
  }
}

interface Found {
  /** Offset of the version line found; undefined at the end of the stream. */
  readonly offset?: number;
  /** Bytes that had to be skipped to get there. */
  readonly problem?: WarcProblem;
}

/** Skips to the next `WARC/x.y` line; reports the stretch of other bytes skipped on the way, once. */
async function findVersionLine(reader: ByteReader, atStart: boolean): Promise<Found> {
  let skippedFrom: number | undefined;
  for (;;) {
    const offset = reader.offset;
    const line = await reader.line(MAX_LINE);
    const version = line !== undefined && line !== 'too-long' && VERSION.test(line.toString('latin1'));
    if (line === undefined || version) {
      const end = line === undefined ? undefined : offset;
      if (skippedFrom === undefined) return end === undefined ? {} : { offset: end };
      const problem = garbage(skippedFrom, (end ?? reader.offset) - skippedFrom, atStart);
      return end === undefined ? { problem } : { offset: end, problem };
    }
    if (line === 'too-long' || line.length > 0) skippedFrom ??= offset;
  }
}

function garbage(from: number, bytes: number, atStart: boolean): WarcProblem {
  const message =
    atStart && from === 0
      ? `not a WARC file (or not one at its start): ${bytes} bytes before any WARC/1.x header line were skipped`
      : `${bytes} bytes that are not a WARC record were skipped`;
  return { kind: 'problem', offset: from, message };
}
