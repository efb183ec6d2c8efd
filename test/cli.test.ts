import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { fromJSON } from '../src/document/document-json.js';
import { analyze } from '../src/pipeline/analyze.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { fakeIo, SEED_PATH } from './helpers.js';
import { MONTH_ONLY, SAME_MEETING } from './store/contract.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
const write = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const lines = (s: string): unknown[] =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

describe('dateline extract', () => {
  it('prints one Document as JSON for one text file', async () => {
    const io = fakeIo();
    expect(await main(['extract', SEED_PATH], io)).toBe(0);
    const docs = lines(io.out());
    expect(docs).toHaveLength(1);
    const doc = fromJSON(docs[0]);
    expect(doc.meta.source).toBe(SEED_PATH);
    expect(doc.meta.dateline?.place).toBe('Anchorage');
  });

  it('prints JSONL for several files, naming each source', async () => {
    const a = write('a.txt', 'WASHINGTON (Reuters) - Trump spoke.');
    const b = write('b.txt', 'MOSCOW (Reuters) - Putin spoke.');
    const io = fakeIo();
    expect(await main(['extract', a, b], io)).toBe(0);
    const docs = lines(io.out()).map((d) => fromJSON(d));
    expect(docs.map((d) => [d.meta.source, d.meta.dateline?.place])).toEqual([
      [a, 'Washington'],
      [b, 'Moscow'],
    ]);
  });

  it('reads CSV files with one Document per row', async () => {
    const csv = write(
      'r.csv',
      'title,text,date\nOne,"WASHINGTON (Reuters) - A.","December 1, 2017"\nTwo,"MOSCOW (Reuters) - B.","December 2, 2017"\n',
    );
    const io = fakeIo();
    expect(await main(['extract', csv], io)).toBe(0);
    expect(lines(io.out()).map((d) => fromJSON(d).meta.published)).toEqual(['2017-12-01', '2017-12-02']);
  });

  it('batch mode keeps ids, reports failed lines in place and exits 1', async () => {
    const io = fakeIo(
      '{"id": "x1", "text": "Putin said."}\n{"id": "x2", "text": 5}\nnot json\n{"id": "x3", "text": "Trump said."}\n',
    );
    expect(await main(['extract', '--jsonl'], io)).toBe(1);
    const out = lines(io.out()) as { id?: string; meta?: { id: string }; error?: { code: string } }[];
    expect(out.map((o) => o.meta?.id ?? o.id ?? o.error?.code)).toEqual(['x1', 'x2', 'E_JSON', 'x3']);
    expect(out[1]?.error?.code).toBe('E_FORMAT');
    expect(io.err()).toMatch(/invalid JSON/u);
  });

  it('uses --date when the text has no date', async () => {
    const io = fakeIo('BEIJING, Aug. 16 (Xinhua) -- China said.');
    expect(await main(['extract', '--date', '2025-08-17', '-'], io)).toBe(0);
    const doc = fromJSON(lines(io.out())[0]);
    expect(doc.meta.published).toBe('2025-08-17');
    expect(doc.meta.dateline?.date).toBe('2025-08-16');
  });

  it('prints a readable summary with --pretty', async () => {
    const io = fakeIo();
    expect(await main(['extract', '--pretty', SEED_PATH], io)).toBe(0);
    expect(io.out()).toContain('agencies   Xinhua ← NNN ← MENAFN');
    expect(io.out()).toContain('bylines    Tan Jingjing, Gao Shan, Xiong Maoling');
    expect(io.out()).toMatch(/dateline {3}Anchorage, Alaska, United States — 2025-08-16/u);
  });

  it('exits 2 with a helpful message on usage errors', async () => {
    for (const argv of [
      ['extract'],
      ['extract', '--date', '16/08/2025', SEED_PATH],
      ['extract', '--format', 'pdf', SEED_PATH],
      ['frobnicate'],
    ]) {
      const io = fakeIo();
      expect(await main(argv, io)).toBe(2);
      expect(io.err()).not.toBe('');
    }
  });

  it('exits 1 and names the file when an input is missing, and goes on with the rest', async () => {
    const io = fakeIo();
    expect(await main(['extract', join(dir, 'missing.txt'), SEED_PATH], io)).toBe(1);
    const out = lines(io.out()) as { error?: { code: string } }[];
    expect(out[0]?.error?.code).toBe('E_IO');
    expect(out).toHaveLength(2);
  });

  it('exits 1 on a binary file with a clear error', async () => {
    const bin = join(dir, 'x.bin');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255]));
    const io = fakeIo();
    expect(await main(['extract', bin], io)).toBe(1);
    expect(io.err()).toMatch(/looks binary/u);
  });

  it('prints help and exits 0', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toContain('extract');
  });
});

describe('dateline extract on web pages', () => {
  it('reads an HTML page: body as text, headline in meta.title', async () => {
    const page = write(
      'page.html',
      '<html><head><title>Leaders meet | Site</title><meta property="og:title" content="Leaders meet in Anchorage"></head><body><nav><a href="/">Home</a></nav><article><h1>Leaders meet in Anchorage</h1>' +
        '<p>ANCHORAGE (Reuters) - The two presidents met on Friday at a military base in Alaska, their first face-to-face meeting since 2021.</p>' +
        '<p>They spoke for nearly three hours and then held a short joint press conference without taking questions.</p>' +
        '<p>Neither side announced an agreement, though both described the talks as useful and said they would meet again.</p></article></body></html>',
    );
    const io = fakeIo();
    expect(await main(['extract', page], io)).toBe(0);
    const doc = fromJSON(lines(io.out())[0]);
    expect(doc.meta.title).toBe('Leaders meet in Anchorage');
    expect(doc.text).not.toContain('Leaders meet in Anchorage');
    expect(doc.text).not.toContain('Home');
    expect(doc.meta.dateline).toMatchObject({ place: 'Anchorage', country: 'US' });
  });
});

describe('dateline extract across a batch', () => {
  it('learns roles from earlier articles for later ones', async () => {
    const io = fakeIo(
      [
        '{"id": "a", "date": "2025-08-16", "text": "WASHINGTON (Reuters) - U.S. President Donald Trump spoke on Friday."}',
        '{"id": "b", "date": "2025-08-17", "text": "Donald Trump left for Alaska on Saturday."}',
      ].join('\n'),
    );
    expect(await main(['extract', '--jsonl'], io)).toBe(0);
    const second = fromJSON(lines(io.out())[1]);
    const trump = second.layers.entities?.find((e) => e.name === 'Donald Trump');
    expect(trump).toMatchObject({ actor: 'USAGOV', actorSource: 'learned' });
  });
});

describe('dateline events', () => {
  it('prints a date the text gives only as a month or a year as such, and says so in JSON', async () => {
    const db = join(dir, 'events.db');
    const store = openSqliteStore(db);
    await store.put([
      analyze({ text: MONTH_ONLY, meta: { published: '2017-11-01' } }),
      analyze({
        text: 'LONDON, Nov. 2 (Reuters) - Boris Johnson met Emmanuel Macron last year.',
        meta: { published: '2017-11-02' },
      }),
      analyze({ text: SAME_MEETING, meta: { published: '2025-08-15' } }),
    ]);
    await store.close();
    const table = fakeIo();
    expect(await main(['events', '--db', db], table)).toBe(0);
    expect(table.out()).toMatch(/^2016-03 +CONSULT +asserted +Donald Trump/mu);
    expect(table.out()).toMatch(/^2016 +CONSULT +asserted +Boris Johnson/mu);
    expect(table.out()).toMatch(/^2025-08-15 +CONSULT/mu);
    expect(table.out()).not.toContain('2016-03-01');
    const json = fakeIo();
    expect(await main(['events', '--db', db, '--json'], json)).toBe(0);
    const rows = (JSON.parse(json.out()) as { rows: { date?: string; datePrecision?: string }[] }).rows;
    expect(rows.filter((e) => e.datePrecision !== undefined).map((e) => [e.date, e.datePrecision])).toEqual([
      ['2016-03-01', 'month'],
      ['2016-01-01', 'year'],
    ]);
    const pretty = fakeIo(MONTH_ONLY);
    expect(await main(['extract', '--pretty', '--date', '2017-11-01', '-'], pretty)).toBe(0);
    expect(pretty.out()).toMatch(/^ {2}2016-03 Washington/mu);
  });
});
