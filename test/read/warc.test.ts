import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Article, ReadItem, ReaderInput } from '../../src/read/article.js';
import { bufferInput, fileInput } from '../../src/read/inputs.js';
import { pickReader } from '../../src/read/pick-reader.js';
import { warcReader } from '../../src/read/warc/index.js';
import {
  chunked,
  gzipRecords,
  httpResponse,
  page,
  responseRecord,
  sampleRecords,
  warcRecord,
} from './warc-build.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-warc-'));

/** Streams `bytes` in small pieces, so records and lines straddle chunk boundaries. */
function trickle(bytes: Buffer, size = 7): ReaderInput {
  return {
    source: 'trickle.warc',
    stream: async function* () {
      for (let at = 0; at < bytes.length; at += size) {
        await Promise.resolve();
        yield bytes.subarray(at, at + size);
      }
    },
  };
}

async function readAll(input: ReaderInput): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of warcReader.read(input)) out.push(item);
  return out;
}

const ok = (items: ReadItem[]): Article[] => items.flatMap((i) => (i.ok ? [i.article] : []));
const errors = (items: ReadItem[]): string[] =>
  items.flatMap((i) => (i.ok ? [] : [`${i.error.code} ${i.error.message}`]));

function expectSample(items: ReadItem[]): void {
  expect(errors(items)).toEqual([]);
  const [summit, talks] = ok(items);
  expect(ok(items)).toHaveLength(2);
  expect(summit?.meta.url).toBe('https://news.example.org/summit');
  expect(summit?.meta.title).toMatch(/^Leaders meet in Anchorage/u);
  expect(summit?.text).toMatch(/^ANCHORAGE, Aug\. 15 \(Xinhua\) -- The two presidents met/u);
  expect(summit?.text).toContain('\n\n"We agreed on many points,"');
  // The page has no date: the capture date stands in.
  expect(summit?.meta).toMatchObject({ date: '2025-08-16T12:00:00Z', published: '2025-08-16' });
  expect(summit?.meta.id).toMatch(/^urn:uuid:/u);
  expect(talks?.meta).toMatchObject({
    url: 'https://news.example.org/talks',
    published: '2025-08-20',
    bylines: ['Jane Roe'],
  });
  expect(talks?.text).toMatch(/^GENEVA \(Reuters\) - Negotiators resumed talks/u);
}

describe('warc reader', () => {
  it('reads HTML responses (WARC/1.0 and 1.1, chunked + gzip bodies) and skips other records', async () => {
    expectSample(await readAll(bufferInput('crawl.warc', Buffer.concat(sampleRecords()))));
  });

  it('reads the same records when lines and blocks straddle small chunks', async () => {
    expectSample(await readAll(trickle(Buffer.concat(sampleRecords()))));
  });

  it('reads .warc.gz with one gzip member per record, streamed from a file', async () => {
    const path = join(dir, 'crawl.warc.gz');
    writeFileSync(path, gzipRecords(sampleRecords()));
    expectSample(await readAll(fileInput(path)));
    expect(pickReader(path)).toBe(warcReader);
    expect(pickReader(join(dir, 'crawl.WARC'))).toBe(warcReader);
    expect(pickReader(join(dir, 'notes.gz')).format).not.toBe('warc');
  });

  it('undoes deflate and brotli content codings and honours the HTTP charset', async () => {
    const talks = page('talks.html');
    const records = [
      responseRecord(
        'https://x.example/deflate',
        httpResponse(deflateSync(talks), { 'Content-Type': 'text/html', 'Content-Encoding': 'deflate' }),
      ),
      responseRecord(
        'https://x.example/br',
        httpResponse(brotliCompressSync(talks), { 'Content-Type': 'text/html', 'Content-Encoding': 'br' }),
      ),
      responseRecord(
        'https://x.example/latin1',
        httpResponse(page('latin1.html'), { 'Content-Type': 'text/html; charset=ISO-8859-1' }),
      ),
    ];
    const items = await readAll(bufferInput('codings.warc', Buffer.concat(records)));
    expect(errors(items)).toEqual([]);
    const [deflated, brotli, latin1] = ok(items);
    expect(deflated?.text).toMatch(/^GENEVA/u);
    expect(brotli?.text).toMatch(/^GENEVA/u);
    expect(latin1?.text).toContain('Négociateurs resumed');
    expect(latin1?.messages?.map((m) => m.rule)).not.toContain('html/charset');
  });

  it('reports a broken content coding as an item and goes on', async () => {
    const records = [
      responseRecord(
        'https://x.example/bad',
        httpResponse(Buffer.from('not gzip at all'), {
          'Content-Type': 'text/html',
          'Content-Encoding': 'gzip',
        }),
      ),
      ...sampleRecords(),
    ];
    const items = await readAll(bufferInput('bad-coding.warc', Buffer.concat(records)));
    expect(errors(items)).toEqual([
      expect.stringMatching(/^E_DECODE WARC record 1: cannot decode the HTTP body/u),
    ]);
    expect(ok(items)).toHaveLength(2);
  });
});

describe('warc reader: bad input', () => {
  it('reports truncated gzip after the records it could read, without throwing', async () => {
    const whole = gzipRecords(sampleRecords());
    const items = await readAll(bufferInput('cut.warc.gz', whole.subarray(0, whole.length - 40)));
    expect(ok(items)).toHaveLength(2);
    expect(errors(items)).toEqual([
      expect.stringMatching(/^E_DECODE after record \d+: unexpected end of file; stopped$/u),
    ]);
  });

  it('stops cleanly at a Content-Length that runs past the end of the file, naming the record', async () => {
    const records = sampleRecords();
    const liar = warcRecord(
      'response',
      httpResponse(page('summit.html'), { 'Content-Type': 'text/html' }),
      {
        'WARC-Target-URI': 'https://news.example.org/liar',
        'Content-Type': 'application/http; msgtype=response',
      },
      { length: 1_000_000 },
    );
    const items = await readAll(bufferInput('long.warc', Buffer.concat([...records.slice(0, 3), liar])));
    expect(ok(items)).toHaveLength(1);
    expect(errors(items)).toEqual([
      expect.stringMatching(
        /^E_FORMAT WARC record 4 <urn:uuid:[^>]+> https:\/\/news\.example\.org\/liar: Content-Length says 1000000 bytes but the file ends after \d+; stopped here$/u,
      ),
    ]);
  });

  it('skips a record whose Content-Length is too short and resyncs on the next WARC/ line', async () => {
    const http = httpResponse(page('summit.html'), { 'Content-Type': 'text/html' });
    const short = warcRecord(
      'response',
      http,
      {
        'WARC-Target-URI': 'https://news.example.org/short',
        'Content-Type': 'application/http; msgtype=response',
      },
      { length: 200 },
    );
    const items = await readAll(bufferInput('short.warc', Buffer.concat([short, ...sampleRecords()])));
    expect(errors(items)).toEqual([
      expect.stringMatching(/^E_FORMAT WARC record 1 .*short: does not end where its Content-Length says/u),
    ]);
    expect(ok(items).map((a) => a.meta.url)).toEqual([
      'https://news.example.org/summit',
      'https://news.example.org/talks',
    ]);
  });

  it('says a non-WARC file is not one, and resyncs after garbage between records', async () => {
    const [garbage] = await readAll(bufferInput('x.warc', 'hello\nthis is not a web archive\n'));
    expect(garbage).toMatchObject({ ok: false, error: { code: 'E_FORMAT' } });
    expect(garbage && !garbage.ok && garbage.error.message).toMatch(/not a WARC file/u);
    const [a, b, ...rest] = sampleRecords();
    const mixed = Buffer.concat([
      a ?? Buffer.alloc(0),
      Buffer.from('junk line\n'.repeat(3)),
      b ?? Buffer.alloc(0),
      ...rest,
    ]);
    const items = await readAll(bufferInput('mixed.warc', mixed));
    expect(ok(items)).toHaveLength(2);
    // Bytes after a record's block may be its own (a Content-Length too short): that record is skipped.
    expect(errors(items)).toEqual([
      expect.stringMatching(/^E_FORMAT WARC record 1 .*: does not end where its Content-Length says/u),
    ]);
  });

  it('keeps memory bounded on one endless line and on an empty file', async () => {
    const endless = Buffer.alloc(3 * 1024 * 1024, 0x61);
    const items = await readAll(trickle(endless, 64 * 1024));
    expect(items).toHaveLength(1);
    expect(items[0]?.ok).toBe(false);
    expect(await readAll(bufferInput('empty.warc', ''))).toEqual([]);
  });

  it('does not mistake a gzip member of something else for a WARC', async () => {
    const items = await readAll(bufferInput('x.warc.gz', gzipSync('just some text\n')));
    expect(errors(items)).toEqual([expect.stringMatching(/^E_FORMAT .*not a WARC file/u)]);
  });

  it('reads a chunked body whose chunks were cut into pieces', async () => {
    const body = chunked(page('summit.html'), 17);
    const record = responseRecord(
      'https://x.example/c',
      httpResponse(body, { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' }),
    );
    const [item] = await readAll(bufferInput('c.warc', record));
    expect(item?.ok && item.article.text).toMatch(/^ANCHORAGE/u);
  });
});
