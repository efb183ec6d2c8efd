import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { MIGRATIONS, SCHEMA_VERSION_LATEST } from '../../src/store/sqlite/migrations.js';
import { seedText } from '../helpers.js';
import { MONTH_ONLY, storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite in memory', () => openSqliteStore(':memory:'));
storeContract('sqlite on disk', () => openSqliteStore(join(dir, 'contract.db')));

describe('sqlite store: files and failures', () => {
  it('records its schema version and reopens a database it made', async () => {
    const path = join(dir, 'reopen.db');
    const store = openSqliteStore(path);
    await store.put([analyze('WASHINGTON (Reuters) - Senators met on Tuesday.')]);
    await store.close();
    const again = openSqliteStore(path, { readonly: true });
    expect(await again.stats()).toEqual(
      expect.objectContaining({ documents: 1, schemaVersion: SCHEMA_VERSION_LATEST }),
    );
    await again.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('refuses a corrupt file with a clear error and leaves it untouched', () => {
    const path = join(dir, 'corrupt.db');
    const garbage = Buffer.from('this is not a database at all '.repeat(200));
    writeFileSync(path, garbage);
    expect(() => openSqliteStore(path)).toThrow(/not a usable dateline database.*left untouched/u);
    expect(readFileSync(path).equals(garbage)).toBe(true);
  });

  it("refuses another program's SQLite database", () => {
    const path = join(dir, 'other.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE customers (id INTEGER)');
    raw.close();
    expect(() => openSqliteStore(path)).toThrow(/not a dateline one/u);
  });

  it('says how to make a database when a query names a missing one', () => {
    expect(() => openSqliteStore(join(dir, 'missing.db'), { readonly: true })).toThrow(
      /run "dateline ingest"/u,
    );
  });

  it('says so when the database cannot be created (a read-only place, even for root)', () => {
    expect(() => openSqliteStore('/proc/dateline-test.db')).toThrow(/cannot open the database .*writable/u);
  });

  it('refuses a database from a newer dateline', () => {
    const path = join(dir, 'newer.db');
    const raw = new Database(path);
    raw.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL);
      INSERT INTO schema_migrations VALUES (${SCHEMA_VERSION_LATEST + 1}, 'later')`);
    raw.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this dateline/u);
  });

  it('numbers its migrations 1, 2, … so that the latest version is the last one', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION_LATEST).toBe(MIGRATIONS.length);
  });

  it('upgrades a version-1 database when opened for writing, keeping its rows', async () => {
    const path = join(dir, 'version-1.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)');
    raw.exec(MIGRATIONS[0]?.sql ?? '');
    raw.prepare(`INSERT INTO schema_migrations VALUES (1, 'earlier')`).run();
    raw
      .prepare(
        `INSERT INTO documents (id, date, quotes, events, text, layers, ingested)
         VALUES ('old', '2016-03-04', 0, 1, 'Senators met.', x'', 'earlier')`,
      )
      .run();
    raw
      .prepare(
        `INSERT INTO events (doc, id, type, status, date, trigger, lemma, start, "end", copy)
         VALUES ('old', 'v1', 'CONSULT', 'asserted', '2016-03-04', 'met', 'meet', 9, 12, 0)`,
      )
      .run();
    raw.close();
    expect(() => openSqliteStore(path, { readonly: true })).toThrow(/schema version 1; open it once/u);

    const store = openSqliteStore(path);
    expect(await store.stats()).toEqual(
      expect.objectContaining({ documents: 1, events: 1, schemaVersion: SCHEMA_VERSION_LATEST }),
    );
    const [old] = (await store.events({ doc: 'old' })).rows;
    expect(old).toMatchObject({ id: 'v1', date: '2016-03-04', trigger: 'met' });
    expect(old).not.toHaveProperty('datePrecision');
    const doc = analyze({ text: MONTH_ONLY, meta: { published: '2017-11-01' } });
    await store.put([doc]);
    expect((await store.events({ doc: doc.id })).rows[0]?.datePrecision).toBe('month');
    await store.close();

    const check = new Database(path, { readonly: true });
    expect(check.prepare(`SELECT name FROM pragma_table_info('events')`).pluck().all()).toContain(
      'date_precision',
    );
    expect(check.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(
      MIGRATIONS.map((m) => m.version),
    );
    check.close();
  });

  it('rolls a whole batch back when the disk is full, and says so', async () => {
    const path = join(dir, 'full.db');
    const store = openSqliteStore(path, { maxPages: 60 });
    const seed = seedText();
    const batch = Array.from({ length: 30 }, (_, i) =>
      analyze(`${seed}\n\nUpdate ${i}: ${'more words '.repeat(400)}`),
    );
    await expect(store.put(batch)).rejects.toThrow(/full.*batch of 30 articles was rolled back/u);
    expect((await store.stats()).documents).toBe(0);
    await store.close();
  });

  it('refuses to write through a read-only handle', async () => {
    const path = join(dir, 'reopen.db');
    const store = openSqliteStore(path, { readonly: true });
    await expect(store.put([analyze('Another text that is new.')])).rejects.toThrow(
      /cannot write|rolled back/u,
    );
    await store.close();
  });
});
