/** Opens the store a `--db` value names: an SQLite file (the default `./dateline.db`) or `:memory:`. */
import { DatelineError } from '../document/errors.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { SqliteStoreOptions } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'dateline.db';

export function openStore(location: string = DEFAULT_DB, options: SqliteStoreOptions = {}): Store {
  if (/^postgres(ql)?:\/\//iu.test(location)) {
    throw new DatelineError(
      'E_USAGE',
      'the PostgreSQL store is not built yet: give an SQLite file with --db FILE (the Store interface is ready for it)',
    );
  }
  return openSqliteStore(location, options);
}
