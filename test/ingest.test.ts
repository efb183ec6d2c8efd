import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { expandPaths, globRegExp } from '../src/ingest/expand-paths.js';
import { ingest } from '../src/ingest/ingest.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { fakeIo, seedText } from './helpers.js';
import { SAME_MEETING, syndicatedCopy } from './store/contract.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROOT = new URL('..', import.meta.url).pathname;

/** Distinct short wire stories, each with a quote and a meeting. */
function story(i: number): string {
  const cities = ['Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Warsaw', 'Lisbon', 'Prague'];
  const city = cities[i % cities.length] ?? 'Paris';
  return `${city.toUpperCase()}, March ${(i % 27) + 1} (Reuters) - Officials from ${i + 3} countries met in ${city} on Monday to discuss shipping route number ${i * 7 + 11}. "We agreed on ${i + 2} measures today," said German Chancellor Olaf Scholz after talks lasting ${i + 1} hours. Item ${i}.`;
}

function jsonl(path: string, texts: readonly string[]): string {
  writeFileSync(
    path,
    texts.map((text, i) => JSON.stringify({ id: `a${i}`, text, date: '2024-03-04' })).join('\n'),
  );
  return path;
}

const count = (db: string, table: string): number => {
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  } finally {
    raw.close();
  }
};

/** `dateline ingest` run from source in a child process, two articles per transaction. */
function ingestArgs(input: string, db: string, workers: number): string[] {
  return [
    '--import',
    'tsx',
    'src/cli/bin.ts',
    'ingest',
    input,
    '--db',
    db,
    '--batch',
    '2',
    '--workers',
    String(workers),
  ];
}

/** Polls a database being written by another process until it holds `n` documents (or 60 s pass). */
async function storedAtLeast(db: string, n: number): Promise<number> {
  let stored = 0;
  for (let i = 0; i < 600 && stored < n; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      stored = count(db, 'documents');
    } catch {
      stored = 0; // not created yet
    }
  }
  return stored;
}

describe('input paths', () => {
  it('expands directories, globs and reports what names nothing', () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'one.txt'), 'x');
    writeFileSync(join(root, 'a', 'two.html'), 'x');
    writeFileSync(join(root, 'a', 'b', 'three.html'), 'x');
    writeFileSync(join(root, 'a', 'notes.bin'), 'x');
    expect(expandPaths([root]).files.map((f) => f.slice(root.length + 1))).toEqual([
      'a/b/three.html',
      'a/two.html',
      'one.txt',
    ]);
    expect(expandPaths([`${root}/**/*.html`]).files).toHaveLength(2);
    expect(expandPaths([`${root}/*/*.html`]).files).toEqual([join(root, 'a', 'two.html')]);
    const missing = expandPaths([join(root, 'nope.txt'), `${root}/*.csv`]);
    expect(missing.files).toEqual([]);
    expect(missing.problems.map((p) => p.reason)).toEqual([
      'no such file or directory',
      'the pattern matches no file',
    ]);
    expect(globRegExp('**/source.html').test('x/y/source.html')).toBe(true);
    expect(globRegExp('**/source.html').test('source.html')).toBe(true);
    expect(globRegExp('*.txt').test('a/b.txt')).toBe(false);
  });
});

describe('ingest', () => {
  let db: string;
  let input: string;
  beforeAll(() => {
    db = join(dir, 'ingest.db');
    input = join(dir, 'mixed.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'seed', text: seedText() }),
        JSON.stringify({ id: 'copy', text: syndicatedCopy(seedText()), date: '2025-08-16' }),
        JSON.stringify({ id: 'other', text: SAME_MEETING, date: '2025-08-15', publisher: 'reuters.com' }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'again', text: seedText() }),
      ].join('\n'),
    );
  });

  it('stores each article once, marks the copy, names the failure; a second run adds nothing', async () => {
    const store = openSqliteStore(db);
    const first = await ingest([input], store, { workers: 0, batchSize: 2 });
    expect(first).toEqual(
      expect.objectContaining({ read: 5, stored: 3, copies: 1, existing: 1, interrupted: false }),
    );
    expect(first.failures).toHaveLength(1);
    expect(first.failures[0]?.reason).toMatch(/JSON/iu);
    const rows = [
      'documents',
      'quotes',
      'events',
      'entities',
      'roles',
      'actors',
      'event_actors',
      'lsh',
      'stories',
    ].map((t) => count(db, t));
    const second = await ingest([input], store, { workers: 0 });
    expect(second).toEqual(expect.objectContaining({ stored: 0, existing: 4 }));
    expect(
      ['documents', 'quotes', 'events', 'entities', 'roles', 'actors', 'event_actors', 'lsh', 'stories'].map(
        (t) => count(db, t),
      ),
    ).toEqual(rows);
    expect(await store.loadState('learned-roles')).toBeDefined();
    await store.close();
  });

  it('stops reading when interrupted and says so', async () => {
    const store = openSqliteStore(':memory:');
    const stop = new AbortController();
    const result = await ingest(
      [
        jsonl(
          join(dir, 'many.jsonl'),
          Array.from({ length: 12 }, (_, i) => story(i)),
        ),
      ],
      store,
      {
        workers: 0,
        batchSize: 3,
        signal: stop.signal,
        onProgress: (p) => {
          if (p.stored >= 3) stop.abort();
        },
      },
    );
    expect(result.interrupted).toBe(true);
    expect(result.stored).toBeGreaterThanOrEqual(3);
    expect(result.stored).toBeLessThan(12);
    await store.close();
  });

  it('answers the query commands on the ingested database', async () => {
    const run = async (...argv: string[]): Promise<{ code: number; out: string; err: string }> => {
      const io = fakeIo();
      const code = await main([...argv, '--db', db], io);
      return { code, out: io.out(), err: io.err() };
    };
    const quotes = await run('quotes', '--speaker', 'Putin');
    expect(quotes.code).toBe(0);
    expect(quotes.out).toMatch(/Vladimir Putin .*wrench/u);
    const json = JSON.parse((await run('quotes', '--text', 'wrench', '--json')).out) as {
      total: number;
      rows: { doc: string; start: number; end: number }[];
    };
    expect(json.total).toBe(1);
    expect(seedText().slice(json.rows[0]?.start, json.rows[0]?.end)).toContain('wrench');
    expect((await run('events', '--actor', 'RUS', '--type', 'CONSULT')).out).toMatch(
      /CONSULT\s+asserted\s+Donald Trump.*Anchorage/u,
    );
    expect((await run('search', 'Elmendorf')).out).toMatch(/\[Elmendorf\]/u);
    expect((await run('stories')).out).toMatch(/Trump–Putin meeting, Anchorage, 2025-08-15/u);
    expect((await run('duplicates')).out).toMatch(/^CANONICAL/mu);
    const actor = await run('actors', 'Vladimir', 'Putin');
    expect(actor.out).toMatch(/Roles:\n.*President \(RUS\)/u);
    expect(actor.out).toMatch(/Counterparts:\n(.*\n)*.*Donald Trump/u);
    const show = await run('show', json.rows[0]?.doc ?? '');
    expect(show.out).toMatch(/copies: /u);
    expect((await run('show', 'nope')).code).toBe(1);
    expect((await run('quotes', '--since', '15/08/2025')).code).toBe(2);
    expect((await run('quotes', '--limit', '0')).code).toBe(2);
  });

  it('exports JSONL, CSV, PLOVER and GDELT from the database', async () => {
    const run = async (...argv: string[]): Promise<string> => {
      const io = fakeIo();
      expect(await main(['export', ...argv, '--db', db], io)).toBe(0);
      return io.out();
    };
    const docs = (await run('--format', 'jsonl')).trim().split('\n');
    expect(docs).toHaveLength(2); // the copy is left out
    expect(docs.map((d) => (JSON.parse(d) as { id: string }).id)).toContain(
      (JSON.parse(docs[0] ?? '{}') as { id: string }).id,
    );
    const csv = await run('--format', 'csv', '--what', 'quotes');
    expect(csv.split('\r\n')[0]).toMatch(/^doc_id,/u);
    expect(csv).toContain('wrench');
    const plover = (await run('--format', 'plover'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string[]; status: string });
    expect(plover.length).toBeGreaterThan(0);
    expect(plover.every((p) => p.status === 'asserted')).toBe(true);
    expect(plover.some((p) => p.event.includes('CONSULT'))).toBe(true);
    const gdelt = (await run('--format', 'gdelt')).trim().split('\n');
    expect(gdelt[0]?.split('\t')[0]).toBe('GlobalEventID');
    expect(new Set(gdelt.map((l) => l.split('\t').length)).size).toBe(1);
    const io = fakeIo();
    expect(await main(['export', '--format', 'plover', '--what', 'quotes', '--db', db], io)).toBe(2);
  });

  it('refuses a corrupt database without touching it', async () => {
    const path = join(dir, 'corrupt.db');
    writeFileSync(path, 'garbage '.repeat(1000));
    const io = fakeIo();
    expect(await main(['quotes', '--db', path], io)).toBe(1);
    expect(io.err()).toMatch(/left untouched/u);
  });
});

describe('ingest stopped with Ctrl-C', () => {
  it('finishes the batch in hand, says how to resume, and the rerun completes', async () => {
    const texts = Array.from({ length: 30 }, (_, i) => story(i + 100));
    const input = jsonl(join(dir, 'sigint.jsonl'), texts);
    const db = join(dir, 'sigint.db');
    const args = ingestArgs(input, db, 0);
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await storedAtLeast(db, 2);
    child.kill('SIGINT');
    await exited;
    expect(err).toMatch(/interrupted .*\n.*run the same command again to resume/u);
    const partial = count(db, 'documents');
    expect(partial).toBeLessThan(texts.length);
    const rerun = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    expect(await new Promise((resolve) => rerun.on('exit', resolve))).toBe(0);
    expect(count(db, 'documents')).toBe(texts.length);
  }, 180_000);
});

describe('ingest killed with kill -9', () => {
  it('loses nothing and doubles nothing when rerun', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => story(i));
    const input = jsonl(join(dir, 'kill.jsonl'), texts);
    const killed = join(dir, 'killed.db');
    const clean = join(dir, 'clean.db');
    const cli = (db: string): ReturnType<typeof spawn> =>
      spawn(process.execPath, [...ingestArgs(input, db, 1), '--quiet'], {
        cwd: ROOT,
        stdio: 'ignore',
      });
    const exit = (child: ReturnType<typeof spawn>): Promise<number | null> =>
      new Promise((resolve) => child.on('exit', (code) => resolve(code)));

    const child = cli(killed);
    const stopped = exit(child);
    const atKill = await storedAtLeast(killed, 4);
    child.kill('SIGKILL');
    await stopped;
    expect(atKill).toBeGreaterThanOrEqual(4);
    const afterKill = count(killed, 'documents');
    expect(afterKill).toBeLessThan(texts.length);

    expect(await exit(cli(killed))).toBe(0);
    expect(await exit(cli(clean))).toBe(0);
    for (const table of ['documents', 'quotes', 'events', 'entities', 'event_actors', 'lsh']) {
      expect([table, count(killed, table)]).toEqual([table, count(clean, table)]);
    }
    expect(count(killed, 'documents')).toBe(texts.length);
  }, 180_000);
});
