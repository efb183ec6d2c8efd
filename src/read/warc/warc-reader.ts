/**
 * `warcReader`: web archives (`.warc`, `.warc.gz`), streamed record by record. Each `response`
 * record holding an HTML page (and each HTML `resource` record) is read through the HTML reader
 * with the record's target URI; requests, metadata, revisits and non-HTML responses are skipped.
 */
import { describeError } from '../../document/errors.js';
import type { Article, ReadItem, ReadOptions, Reader, ReaderInput } from '../article.js';
import { DEFAULT_MAX_BYTES } from '../article.js';
import { decodeText } from '../decode.js';
import { readHtml } from '../html/read-html.js';
import { toIsoDate } from '../../time/iso-date.js';
import { maybeGunzip } from './gunzip.js';
import { contentCharset, decodeBody, isHtml, parseHttpResponse } from './http-message.js';
import { warcRecords } from './warc-records.js';
import type { WarcProblem, WarcRecord } from './warc-records.js';

/** Largest record block (an HTTP response) held in memory; bigger ones are skipped and reported. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

const wants = (headers: ReadonlyMap<string, string>): boolean => {
  const type = headers.get('warc-type')?.toLowerCase();
  const contentType = headers.get('content-type');
  if (type === 'response') return /^\s*application\/http\b/iu.test(contentType ?? '');
  return type === 'resource' && isHtml(contentType);
};

async function* read(input: ReaderInput, options: ReadOptions = {}): AsyncIterable<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let last = 'the start of the file';
  try {
    const records = warcRecords(maybeGunzip(input.stream()), { wants, maxBlockBytes: MAX_RECORD_BYTES });
    for await (const event of records) {
      if (event.kind === 'problem') {
        yield problemItem(input.source, event);
        continue;
      }
      last = `record ${event.index}`;
      const item = recordItem(event, input.source, maxBytes);
      if (item) yield item;
    }
  } catch (error) {
    // zlib's own message ("unexpected end of file") says little about where.
    const { code, message } = describeError(error);
    const what = code === 'E_INTERNAL' ? 'E_DECODE' : code;
    yield {
      ok: false,
      source: input.source,
      error: { code: what, message: `after ${last}: ${message}; stopped` },
    };
  }
}

function problemItem(source: string, problem: WarcProblem): ReadItem {
  const where = problem.record ?? `byte ${problem.offset}`;
  return { ok: false, source, error: { code: 'E_FORMAT', message: `WARC ${where}: ${problem.message}` } };
}

/** The item a record gives, or undefined when the record is not an HTML page. */
function recordItem(record: WarcRecord, source: string, maxBytes: number): ReadItem | undefined {
  if (!record.block) return undefined;
  const itemSource = `${source}#${record.index}`;
  const id = record.headers.get('warc-record-id')?.replace(/^<|>$/gu, '');
  const fail = (code: string, message: string): ReadItem =>
    id === undefined
      ? { ok: false, source: itemSource, error: { code, message } }
      : { ok: false, source: itemSource, id, error: { code, message } };
  let page: Page | undefined;
  try {
    page = pageOf(record, maxBytes);
  } catch (error) {
    return fail(
      'E_DECODE',
      `WARC record ${record.index}: cannot decode the HTTP body (${describeError(error).message})`,
    );
  }
  if (!page) return undefined;
  const article = withRecordMeta(readHtml(page.html, recordOptions(record, itemSource)), record, id);
  if (Buffer.byteLength(article.text, 'utf8') > maxBytes) {
    return fail('E_TOO_LARGE', `article text is larger than ${maxBytes} bytes`);
  }
  return { ok: true, article };
}

interface Page {
  /** Bytes for the HTML reader to decode, or text already decoded by the HTTP charset. */
  readonly html: Uint8Array | string;
}

function pageOf(record: WarcRecord, maxBytes: number): Page | undefined {
  const block = record.block;
  if (!block) return undefined;
  if (record.headers.get('warc-type')?.toLowerCase() === 'resource') return { html: block };
  const response = parseHttpResponse(block);
  if (!response || response.status < 200 || response.status > 299) return undefined;
  const contentType = response.headers.get('content-type');
  const body = decodeBody(response, Math.max(maxBytes, MAX_RECORD_BYTES));
  if (!isHtml(contentType, body)) return undefined;
  const charset = contentCharset(contentType);
  // The HTTP charset outranks the page's own <meta> (HTML's encoding sniffing order).
  if (charset && !/^utf-?8$/u.test(charset) && !hasBom(body)) return { html: decodeText(body, charset).text };
  return { html: body };
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

function recordOptions(record: WarcRecord, source: string): { url?: string; source: string } {
  const url = record.headers.get('warc-target-uri')?.replace(/^<|>$/gu, '');
  return url ? { url, source } : { source };
}

/** The record's id, and its WARC-Date when the page gives no date of its own. */
function withRecordMeta(article: Article, record: WarcRecord, id: string | undefined): Article {
  const warcDate = record.headers.get('warc-date');
  const published = warcDate === undefined ? undefined : toIsoDate(warcDate);
  const dated = article.meta.published === undefined && warcDate !== undefined && published !== undefined;
  return {
    ...article,
    meta: {
      ...article.meta,
      ...(id !== undefined && article.meta.id === undefined ? { id } : {}),
      ...(dated ? { date: warcDate, published } : {}),
    },
  };
}

/** Reads HTML pages out of WARC files. Example: `for await (const item of warcReader.read(fileInput('crawl.warc.gz'))) …`. */
export const warcReader: Reader = { format: 'warc', extensions: ['.warc', '.warc.gz'], read };
