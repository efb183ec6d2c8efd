/** Which schema a database file has: refuse foreign and newer ones, apply missing migrations. */
import type Database from 'better-sqlite3';
import { DatelineError } from '../../document/errors.js';
import { MIGRATIONS, SCHEMA_VERSION_LATEST } from './migrations.js';

type Sql = Database.Database;

/** Refuses a file that is not SQLite, or an SQLite database of something else. */
export function checkIsDateline(db: Sql, path: string): void {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  if (tables.length > 0 && !tables.includes('schema_migrations')) {
    throw new DatelineError(
      'E_STORE',
      `${path} is an SQLite database but not a dateline one (no schema_migrations table); it was left untouched`,
    );
  }
}

export function appliedVersion(db: Sql): number {
  const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'`).get();
  if (!has) return 0;
  return (db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
}

export function migrate(db: Sql): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)',
  );
  const current = appliedVersion(db);
  if (current > SCHEMA_VERSION_LATEST) {
    throw new DatelineError(
      'E_STORE',
      `the database has schema version ${current}, newer than this dateline knows (${SCHEMA_VERSION_LATEST}): upgrade dateline`,
    );
  }
  const apply = db.transaction(() => {
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied) VALUES (?, ?)').run(
        m.version,
        new Date().toISOString(),
      );
    }
  });
  apply();
}
