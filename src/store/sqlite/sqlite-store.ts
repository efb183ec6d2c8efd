/**
 * The default store: one SQLite file through better-sqlite3, WAL mode, FTS5 over article text and
 * quote content. Writes happen in one transaction per `put` (all or none); a full disk or a size
 * limit rolls the batch back and says so. A file that is not a dateline database is refused and
 * left untouched.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Document } from '../../document/document.js';
import { DatelineError } from '../../document/errors.js';
import { normalizeName } from '../../actors/normalize-name.js';
import type { ActorDirectory } from '../merge-actors.js';
import type {
  ActorDetail,
  ActorQuery,
  ActorSummary,
  ArticleHit,
  CorpusStats,
  DocumentSummary,
  DuplicateGroup,
  EventQuery,
  EventRow,
  Page,
  Paging,
  PutResult,
  QuoteQuery,
  QuoteRow,
  Store,
  Story,
} from '../store.js';
import { sqliteActorDirectory } from './actor-directory.js';
import { actorPage } from './actor-page.js';
import { SCHEMA_VERSION_LATEST } from './migrations.js';
import {
  ACTOR_ORDER,
  addDateRange,
  clampLimit,
  clampOffset,
  escapeLike,
  ftsQuery,
  getDocument,
  storeError,
  SUMMARY_COLUMNS,
  toActorSummary,
  toEventActor,
  toEventRow,
  toQuoteRow,
  toSummary,
  unpackDocument,
} from './rows.js';
import type { Row, Sql } from './rows.js';
import { appliedVersion, checkIsDateline, migrate } from './schema-version.js';
import { putDocument } from './write-document.js';

export { ftsQuery } from './rows.js';

export interface SqliteStoreOptions {
  /** Open for reading only (query commands): the file must exist and is never written. */
  readonly readonly?: boolean;
  /** Largest database size in pages (4 KiB each): for tests that simulate a full disk. */
  readonly maxPages?: number;
}

/** Opens (creating when absent, unless read-only) a dateline SQLite database. `:memory:` for tests. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  if (options.readonly && path !== ':memory:' && !existsSync(path)) {
    throw new DatelineError(
      'E_STORE',
      `no database at ${path}: run "dateline ingest" first, or give --db FILE`,
    );
  }
  let db: Sql;
  try {
    db = new Database(path, options.readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    const hint = options.readonly ? '' : ' (is its directory there and writable?)';
    throw new DatelineError(
      'E_STORE',
      `cannot open the database ${path}: ${(error as Error).message}${hint}`,
      {
        cause: error,
      },
    );
  }
  try {
    checkIsDateline(db, path);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = OFF');
      if (options.maxPages !== undefined) db.pragma(`max_page_count = ${Math.floor(options.maxPages)}`);
      migrate(db);
    } else if (appliedVersion(db) < SCHEMA_VERSION_LATEST) {
      throw new DatelineError(
        'E_STORE',
        `${path} has schema version ${appliedVersion(db)}; open it once without read-only (dateline ingest) to upgrade it`,
      );
    }
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    db.close();
    if (error instanceof DatelineError) throw error;
    throw new DatelineError(
      'E_STORE',
      `${path} is not a usable dateline database (${(error as Error).message}); it was left untouched`,
      { cause: error },
    );
  }
  return new SqliteStore(db, path);
}

class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Sql;
  private readonly directory: ActorDirectory;

  constructor(db: Sql, location: string) {
    this.db = db;
    this.location = location;
    this.directory = sqliteActorDirectory(db);
  }

  has(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const stmt = this.db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
    for (const id of ids) if (stmt.get(id) !== undefined) found.add(id);
    return Promise.resolve(found);
  }

  put(docs: readonly Document[]): Promise<PutResult[]> {
    const write = this.db.transaction((batch: readonly Document[]) =>
      batch.map((doc) => putDocument(this.db, this.directory, doc)),
    );
    try {
      return Promise.resolve(write(docs));
    } catch (error) {
      return Promise.reject(storeError(error, docs.length));
    }
  }
  get(id: string): Promise<Document | undefined> {
    return Promise.resolve(getDocument(this.db, id));
  }

  documents(query: Paging & { readonly story?: number }): Promise<Page<DocumentSummary>> {
    const where = query.story === undefined ? '' : 'WHERE story = @story';
    const params = {
      story: query.story ?? null,
      limit: clampLimit(query.limit),
      offset: clampOffset(query.offset),
    };
    const total = this.db.prepare(`SELECT COUNT(*) FROM documents ${where}`).pluck().get(params) as number;
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM documents ${where} ORDER BY date DESC, rowid DESC LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[];
    return Promise.resolve({ total, offset: params.offset, rows: rows.map(toSummary) });
  }

  search(query: Paging & { readonly text: string; readonly copies?: boolean }): Promise<Page<ArticleHit>> {
    const match = ftsQuery(query.text);
    const offset = clampOffset(query.offset);
    if (match === undefined) return Promise.resolve({ total: 0, offset, rows: [] });
    const copies = query.copies ? '' : 'AND d.canonical IS NULL';
    const params = { match, limit: clampLimit(query.limit), offset };
    const total = this.db
      .prepare(
        `SELECT COUNT(*) FROM documents_fts f JOIN documents d ON d.rowid = f.rowid WHERE documents_fts MATCH @match ${copies}`,
      )
      .pluck()
      .get(params) as number;
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS.split(', ')
          .map((c) => `d.${c}`)
          .join(', ')},
           snippet(documents_fts, 1, '[', ']', '…', 24) AS snippet
         FROM documents_fts f JOIN documents d ON d.rowid = f.rowid
         WHERE documents_fts MATCH @match ${copies}
         ORDER BY bm25(documents_fts) LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[];
    return Promise.resolve({
      total,
      offset,
      rows: rows.map((r) => ({ ...toSummary(r), snippet: r.snippet as string })),
    });
  }

  /** Actor ids a name, id or code stands for. */
  private actorIds(who: string): number[] {
    if (/^\d+$/u.test(who)) return [Number(who)];
    const key = normalizeName(who);
    if (key === '') return [];
    const named = this.db
      .prepare('SELECT DISTINCT actor FROM actor_names WHERE key = ?')
      .pluck()
      .all(key) as number[];
    if (named.length > 0) return named;
    return this.db
      .prepare(`SELECT id FROM actors WHERE surname = ? AND type = 'PERSON'`)
      .pluck()
      .all(key) as number[];
  }

  quotes(query: QuoteQuery): Promise<Page<QuoteRow>> {
    const where: string[] = [];
    const params: Record<string, unknown> = {
      limit: clampLimit(query.limit),
      offset: clampOffset(query.offset),
    };
    if (!query.copies) where.push('q.copy = 0');
    if (query.doc !== undefined) {
      where.push('q.doc = @doc');
      params.doc = query.doc;
    }
    if (query.speaker !== undefined) {
      const ids = this.actorIds(query.speaker);
      if (ids.length > 0) where.push(`q.actor IN (${ids.join(',')})`);
      else {
        where.push(`q.speaker LIKE @speaker ESCAPE '\\'`);
        params.speaker = `%${escapeLike(query.speaker)}%`;
      }
    }
    if (query.text !== undefined) {
      const match = ftsQuery(query.text);
      if (match === undefined)
        return Promise.resolve({ total: 0, offset: params.offset as number, rows: [] });
      where.push('q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @match)');
      params.match = match;
    }
    addDateRange(where, params, 'q.date', query.since, query.until);
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT COUNT(*) FROM quotes q ${clause}`).pluck().get(params) as number;
    const rows = this.db
      .prepare(
        `SELECT q.*, d.title, d.publisher, d.source, d.canonical FROM quotes q JOIN documents d ON d.id = q.doc
         ${clause} ORDER BY q.date DESC, q.rowid LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[];
    return Promise.resolve({ total, offset: params.offset as number, rows: rows.map(toQuoteRow) });
  }

  events(query: EventQuery): Promise<Page<EventRow>> {
    const where: string[] = [];
    const params: Record<string, unknown> = {
      limit: clampLimit(query.limit),
      offset: clampOffset(query.offset),
    };
    if (!query.copies) where.push('e.copy = 0');
    if (query.doc !== undefined) {
      where.push('e.doc = @doc');
      params.doc = query.doc;
    }
    if (query.actor !== undefined) {
      if (/^[A-Z]{3}[A-Z]*$/u.test(query.actor)) {
        where.push(`e.rowid IN (SELECT event FROM event_actors WHERE code >= @code AND code < @codeEnd)`);
        params.code = query.actor;
        params.codeEnd = `${query.actor}\uffff`;
      } else {
        const ids = this.actorIds(query.actor);
        where.push(
          `e.rowid IN (SELECT event FROM event_actors WHERE actor IN (${ids.length > 0 ? ids.join(',') : 'NULL'}))`,
        );
      }
    }
    if (query.type !== undefined) {
      where.push('e.type = @type');
      params.type = query.type.toUpperCase();
    }
    if (query.status !== undefined) {
      where.push('e.status = @status');
      params.status = query.status.toLowerCase();
    }
    if (query.place !== undefined) {
      where.push(
        '(e.place = @place COLLATE NOCASE OR e.facility = @place COLLATE NOCASE OR e.country = @place)',
      );
      params.place = query.place;
    }
    addDateRange(where, params, 'e.date', query.since, query.until);
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT COUNT(*) FROM events e ${clause}`).pluck().get(params) as number;
    const rows = this.db
      .prepare(
        `SELECT e.*, d.title, d.publisher, d.canonical FROM events e JOIN documents d ON d.id = e.doc
         ${clause} ORDER BY e.date DESC, e.rowid LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[];
    const actors = this.db.prepare('SELECT role, name, code, actor FROM event_actors WHERE event = ?');
    return Promise.resolve({
      total,
      offset: params.offset as number,
      rows: rows.map((r) => toEventRow(r, (actors.all(r.rowid) as Row[]).map(toEventActor))),
    });
  }

  actors(query: ActorQuery): Promise<Page<ActorSummary>> {
    const where: string[] = [];
    const params: Record<string, unknown> = {
      limit: clampLimit(query.limit),
      offset: clampOffset(query.offset),
    };
    if (query.name !== undefined) {
      const ids = this.actorIds(query.name);
      where.push(
        `(a.id IN (${ids.length > 0 ? ids.join(',') : 'NULL'}) OR a.name LIKE @like ESCAPE '\\' OR a.code = @code)`,
      );
      params.like = `%${escapeLike(query.name)}%`;
      params.code = query.name;
    }
    if (query.type !== undefined) {
      where.push('a.type = @type');
      params.type = query.type.toUpperCase();
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT COUNT(*) FROM actors a ${clause}`).pluck().get(params) as number;
    const rows = this.db
      .prepare(
        `SELECT a.*,
           (SELECT COUNT(*) FROM quotes q WHERE q.actor = a.id AND q.copy = 0) AS quotes,
           (SELECT COUNT(DISTINCT ea.event) FROM event_actors ea JOIN events e ON e.rowid = ea.event
             WHERE ea.actor = a.id AND e.copy = 0) AS events
         FROM actors a ${clause} ORDER BY ${ACTOR_ORDER[query.order ?? 'articles']} LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[];
    return Promise.resolve({ total, offset: params.offset as number, rows: rows.map(toActorSummary) });
  }
  actor(id: number): Promise<ActorDetail | undefined> {
    return Promise.resolve(actorPage(this.db, id));
  }

  stories(query: Paging): Promise<Page<Story>> {
    const params = { limit: clampLimit(query.limit), offset: clampOffset(query.offset) };
    const total = this.db.prepare('SELECT COUNT(*) FROM stories').pluck().get() as number;
    const rows = this.db
      .prepare('SELECT * FROM stories ORDER BY documents DESC, last DESC LIMIT @limit OFFSET @offset')
      .all(params) as Row[];
    return Promise.resolve({
      total,
      offset: params.offset,
      rows: rows.map((r) => ({
        id: r.id as number,
        label: r.label as string,
        type: r.type as string,
        ...(r.place ? { place: r.place as string } : {}),
        ...(r.first ? { first: r.first as string } : {}),
        ...(r.last ? { last: r.last as string } : {}),
        documents: r.documents as number,
      })),
    });
  }

  duplicates(query: Paging): Promise<Page<DuplicateGroup>> {
    const params = { limit: clampLimit(query.limit), offset: clampOffset(query.offset) };
    const total = this.db
      .prepare('SELECT COUNT(DISTINCT canonical) FROM documents WHERE canonical IS NOT NULL')
      .pluck()
      .get() as number;
    const groups = this.db
      .prepare(
        `SELECT canonical, COUNT(*) AS n FROM documents WHERE canonical IS NOT NULL
         GROUP BY canonical ORDER BY n DESC, canonical LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[];
    const head = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id = ?`);
    const copies = this.db.prepare(
      'SELECT id, publisher, similarity FROM documents WHERE canonical = ? ORDER BY rowid',
    );
    const rows: DuplicateGroup[] = [];
    for (const g of groups) {
      const canonical = head.get(g.canonical) as Row | undefined;
      if (!canonical) continue;
      rows.push({
        canonical: toSummary(canonical),
        copies: (copies.all(g.canonical) as Row[]).map((c) => ({
          id: c.id as string,
          ...(c.publisher ? { publisher: c.publisher as string } : {}),
          similarity: c.similarity as number,
        })),
      });
    }
    return Promise.resolve({ total, offset: params.offset, rows });
  }

  copiesOf(id: string): Promise<{ canonical?: string; copies: string[] }> {
    const canonical = this.db.prepare('SELECT canonical FROM documents WHERE id = ?').pluck().get(id) as
      string | null | undefined;
    const copies = this.db
      .prepare('SELECT id FROM documents WHERE canonical = ? ORDER BY rowid')
      .pluck()
      .all(id) as string[];
    return Promise.resolve({ ...(canonical ? { canonical } : {}), copies });
  }

  stats(): Promise<CorpusStats> {
    const one = (sql: string): number => (this.db.prepare(sql).pluck().get() as number | null) ?? 0;
    const range = this.db.prepare('SELECT MIN(date) AS first, MAX(date) AS last FROM documents').get() as Row;
    return Promise.resolve({
      documents: one('SELECT COUNT(*) FROM documents'),
      copies: one('SELECT COUNT(*) FROM documents WHERE canonical IS NOT NULL'),
      quotes: one('SELECT COUNT(*) FROM quotes WHERE copy = 0'),
      events: one('SELECT COUNT(*) FROM events WHERE copy = 0'),
      actors: one('SELECT COUNT(*) FROM actors'),
      stories: one('SELECT COUNT(*) FROM stories'),
      ...(range.first ? { first: range.first as string } : {}),
      ...(range.last ? { last: range.last as string } : {}),
      schemaVersion: appliedVersion(this.db),
    });
  }

  async *each(options: { readonly copies?: boolean } = {}): AsyncIterable<Document> {
    // Paged by rowid, so memory stays bounded and a long export does not hold a read cursor open.
    const page = this.db.prepare(
      `SELECT rowid, id, text, layers FROM documents WHERE rowid > ? ${options.copies ? '' : 'AND canonical IS NULL'}
       ORDER BY rowid LIMIT 200`,
    );
    let after = 0;
    for (;;) {
      const rows = page.all(after) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) yield unpackDocument(r.id as string, r.text as string, r.layers as Buffer);
      after = rows.at(-1)?.rowid as number;
      await Promise.resolve();
    }
  }

  loadState(key: string): Promise<unknown> {
    const value = this.db.prepare('SELECT value FROM state WHERE key = ?').pluck().get(key) as
      string | undefined;
    return Promise.resolve(value === undefined ? undefined : JSON.parse(value));
  }

  saveState(key: string, value: unknown): Promise<void> {
    try {
      this.db
        .prepare(
          'INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
        )
        .run(key, JSON.stringify(value));
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(storeError(error, 0));
    }
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}
