import { describe, expect, it } from 'vitest';
import type { ReadItem, Reader } from '../src/read/article.js';
import { csvReader, parseCsvRows } from '../src/read/csv-reader.js';
import { bufferInput } from '../src/read/inputs.js';
import { jsonlReader } from '../src/read/jsonl-reader.js';
import { pickReader } from '../src/read/pick-reader.js';
import { textReader } from '../src/read/text-reader.js';

async function readAll(reader: Reader, data: Uint8Array | string, maxBytes?: number): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of reader.read(
    bufferInput('input', data),
    maxBytes === undefined ? {} : { maxBytes },
  ))
    items.push(item);
  return items;
}

describe('text reader', () => {
  it('reads UTF-8 with or without a BOM', async () => {
    const [a] = await readAll(
      textReader,
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Putin said.')]),
    );
    expect(a?.ok && a.article.text).toBe('Putin said.');
  });

  it('decodes non-UTF-8 bytes as Windows-1252 and says so', async () => {
    const [a] = await readAll(textReader, new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]));
    expect(a?.ok && a.article.text).toBe('Café “q”');
    expect(a?.ok && a.article.messages?.[0]?.rule).toBe('read/encoding-fallback');
  });

  it('refuses binary bytes with a clear error', async () => {
    const [a] = await readAll(textReader, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
    expect(a?.ok).toBe(false);
    expect(!a?.ok && a?.error.code).toBe('E_BINARY');
  });

  it('refuses a text over the size limit', async () => {
    const [a] = await readAll(textReader, 'x'.repeat(2000), 1000);
    expect(!a?.ok && a?.error.code).toBe('E_TOO_LARGE');
  });

  it('reads an empty file as an empty article', async () => {
    const [a] = await readAll(textReader, '');
    expect(a?.ok && a.article.text).toBe('');
  });
});

describe('JSONL reader', () => {
  it('maps fields and keeps going past bad lines', async () => {
    const input = [
      '{"id": "a1", "text": "Putin said.", "title": "T", "date": "2025-08-16", "url": "http://x", "publisher": "P", "byline": "A B", "lang": "en"}',
      '{not json',
      '',
      '[1, 2]',
      '{"id": 7, "title": "no text"}',
      '{"id": "a2", "body": "Trump said."}',
    ].join('\n');
    const items = await readAll(jsonlReader, input);
    expect(items.map((i) => i.ok)).toEqual([true, false, false, false, true]);
    const first = items[0];
    expect(first?.ok && first.article.meta).toEqual({
      source: 'input:1',
      id: 'a1',
      title: 'T',
      date: '2025-08-16',
      url: 'http://x',
      publisher: 'P',
      bylines: ['A B'],
      extra: { lang: 'en' },
    });
    expect(items[1]?.ok === false && items[1].source).toBe('input:2');
    expect(items[3]?.ok === false && items[3].id).toBe('7');
    expect(items[3]?.ok === false && items[3].error.message).toMatch(/no text field/u);
  });

  it('skips a line over the limit without holding it, then reads on', async () => {
    const huge = `{"id": "big", "text": "${'x'.repeat(50 * 1024 * 1024)}"}`;
    const items = await readAll(jsonlReader, `${huge}\n{"id": "ok", "text": "Fine."}\n`);
    expect(items).toHaveLength(2);
    expect(items[0]?.ok === false && items[0].error.code).toBe('E_TOO_LARGE');
    expect(items[1]?.ok && items[1].article.meta.id).toBe('ok');
  });

  it('reads a non-UTF-8 line with a fallback note', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"id":"x","text":"Caf'),
      0xe9,
      ...new TextEncoder().encode('"}'),
    ]);
    const [a] = await readAll(jsonlReader, bytes);
    expect(a?.ok && a.article.text).toBe('Café');
    expect(a?.ok && a.article.messages?.map((m) => m.rule)).toEqual(['read/encoding-fallback']);
  });
});

describe('CSV reader', () => {
  it('maps headers and handles quotes, doubled quotes and newlines in fields', async () => {
    const csv =
      'title,text,subject,date\r\n"A, title","He said ""no"".\nThen left.",politics,"December 31, 2017 "\r\nB,Second.,x,\n';
    const items = await readAll(csvReader, csv);
    expect(items).toHaveLength(2);
    const a = items[0];
    expect(a?.ok && a.article).toEqual({
      text: 'He said "no".\nThen left.',
      meta: {
        source: 'input:2',
        title: 'A, title',
        date: 'December 31, 2017',
        extra: { subject: 'politics' },
      },
      messages: [],
    });
    expect(items[1]?.ok && items[1].article.meta.source).toBe('input:4');
  });

  it('fails clearly without a text column, and per row on a ragged row', async () => {
    const [noText] = await readAll(csvReader, 'title,date\nA,B\n');
    expect(noText?.ok === false && noText.error.code).toBe('E_CSV');
    const items = await readAll(csvReader, 'title,text\nA\nB,ok\n');
    expect(items.map((i) => i.ok)).toEqual([false, true]);
  });

  it('ends an unterminated quote at the end of the file', () => {
    expect([...parseCsvRows('a,"b\nc')].map((r) => r.fields)).toEqual([['a', 'b\nc']]);
  });
});

describe('picking a reader', () => {
  it('goes by ending, then by explicit format', () => {
    expect(pickReader('x.jsonl').format).toBe('jsonl');
    expect(pickReader('x.CSV').format).toBe('csv');
    expect(pickReader('x.txt').format).toBe('text');
    expect(pickReader('page.HTM').format).toBe('html');
    expect(pickReader('x.unknown').format).toBe('text');
    expect(pickReader('x.txt', 'csv').format).toBe('csv');
    expect(() => pickReader('x', 'pdf')).toThrow(/unknown format/u);
  });
});
