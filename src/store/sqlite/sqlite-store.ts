/**
 * The default store: one SQLite file through better-sqlite3, WAL mode, FTS5 over article text and
 * quote content. Writes happen in one transaction per `put` (all or none); a full disk or a size
 * limit rolls the batch back and says so. A file that is not a dateline database is refused and
 * left untouched.
 */
import { existsSync } from 'node:fs';
import { inflateSync, deflateSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Document } from '../../document/document.js';
import { DatelineError } from '../../document/errors.js';
import { normalizeName } from '../../actors/normalize-name.js';
import { documentDate } from '../../document/document-date.js';
import { documentRows } from '../document-rows.js';
import type { DocumentRows } from '../document-rows.js';
import { mergeActor } from '../merge-actors.js';
import type { ActorDirectory, ActorRecord } from '../merge-actors.js';
import { confirmNearCopy, probeNearCopy } from '../near-copies.js';
import { joinsStory, storyLabel, storySeed, STORY_WINDOW_DAYS } from '../stories.js';
import type { StoryRecord } from '../stories.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../store.js';
import type {
  ActorDetail,
  ActorQuery,
  ActorSummary,
  ArticleHit,
  CorpusStats,
  DocumentSummary,
  DuplicateGroup,
  EventActorRow,
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
import { MIGRATIONS, SCHEMA_VERSION_LATEST } from './migrations.js';

export interface SqliteStoreOptions {
  /** Open for reading only (query commands): the file must exist and is never written. */
  readonly readonly?: boolean;
  /** Largest database size in pages (4 KiB each): for tests that simulate a full disk. */
  readonly maxPages?: number;
}

type Row = Record<string, unknown>;
type Sql = Database.Database;

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

/** Refuses a file that is not SQLite, or an SQLite database of something else. */
function checkIsDateline(db: Sql, path: string): void {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  if (tables.length > 0 && !tables.includes('schema_migrations')) {
    throw new DatelineError(
      'E_STORE',
      `${path} is an SQLite database but not a dateline one (no schema_migrations table); it was left untouched`,
    );
  }
}

function appliedVersion(db: Sql): number {
  const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'`).get();
  if (!has) return 0;
  return (db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
}

function migrate(db: Sql): void {
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

const clampLimit = (limit: number | undefined): number =>
  Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit ?? DEFAULT_LIMIT)));
const clampOffset = (offset: number | undefined): number => Math.max(0, Math.floor(offset ?? 0));

/** Words as an FTS5 query: each word quoted (so user input is never FTS syntax), all required. */
export function ftsQuery(text: string): string | undefined {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return undefined;
  return words.map((w) => `"${w}"`).join(' ');
}

/** The layers kept in the database: all but tokens (cheap to recompute, half the size). */
function packLayers(doc: Document): Buffer {
  const layers = { ...doc.layers };
  delete layers.tokens;
  const rest = {
    schema: doc.schema,
    meta: doc.meta,
    layers,
    provenance: doc.provenance,
    messages: doc.messages,
  };
  return deflateSync(JSON.stringify(rest));
}

function unpackDocument(id: string, text: string, packed: Buffer): Document {
  const rest = JSON.parse(inflateSync(packed).toString('utf8')) as Omit<Document, 'id' | 'text'>;
  return {
    schema: rest.schema,
    id,
    text,
    meta: rest.meta,
    layers: rest.layers,
    provenance: rest.provenance,
    messages: rest.messages,
  };
}

class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Sql;
  private readonly directory: ActorDirectory;

  constructor(db: Sql, location: string) {
    this.db = db;
    this.location = location;
    this.directory = this.makeDirectory();
  }

  has(ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const stmt = this.db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
    for (const id of ids) if (stmt.get(id) !== undefined) found.add(id);
    return Promise.resolve(found);
  }

  put(docs: readonly Document[]): Promise<PutResult[]> {
    const write = this.db.transaction((batch: readonly Document[]) => batch.map((doc) => this.putOne(doc)));
    try {
      return Promise.resolve(write(docs));
    } catch (error) {
      return Promise.reject(storeError(error, docs.length));
    }
  }

  private putOne(doc: Document): PutResult {
    if (this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(doc.id))
      return { id: doc.id, status: 'exists' };
    const rows = documentRows(doc);
    const date = documentDate(doc);
    const copy = this.findCanonical(doc);
    const isCopy = copy.canonical === undefined ? 0 : 1;
    const d = rows.document;
    const info = this.db
      .prepare(
        `INSERT INTO documents (id, title, date, publisher, url, source, place, country, agencies, canonical,
           similarity, quotes, events, text, layers, ingested)
         VALUES (@id, @title, @date, @publisher, @url, @source, @place, @country, @agencies, @canonical,
           @similarity, @quotes, @events, @text, @layers, @ingested)`,
      )
      .run({
        id: d.id,
        title: d.title ?? null,
        date: date ?? null,
        publisher: d.publisher ?? null,
        url: d.url ?? null,
        source: d.source ?? null,
        place: d.place ?? null,
        country: d.country ?? null,
        agencies: JSON.stringify(d.agencies),
        canonical: copy.canonical ?? null,
        similarity: copy.similarity ?? null,
        quotes: rows.quotes.length,
        events: rows.events.length,
        text: d.text,
        layers: packLayers(doc),
        ingested: new Date().toISOString(),
      });
    const rowid = Number(info.lastInsertRowid);
    this.db
      .prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)')
      .run(rowid, d.title ?? '', d.text);
    for (const key of copy.keys)
      this.db.prepare('INSERT INTO lsh (band, doc) VALUES (?, ?)').run(key, doc.id);

    const actorOf = this.putEntities(doc.id, rows, date, isCopy);
    this.putQuotes(doc.id, rows, actorOf, date, isCopy);
    this.putEvents(doc.id, rows, actorOf, date, isCopy);
    const story = isCopy ? this.storyOf(copy.canonical) : this.assignStory(rows, actorOf, date);
    if (story !== undefined)
      this.db.prepare('UPDATE documents SET story = ? WHERE rowid = ?').run(story, rowid);
    return {
      id: doc.id,
      status: 'stored',
      ...(copy.canonical === undefined ? {} : { canonical: copy.canonical }),
      ...(story === undefined ? {} : { story }),
    };
  }

  /** Band keys for the index, and the canonical article when this one is a near-copy. */
  private findCanonical(doc: Document): { keys: string[]; canonical?: string; similarity?: number } {
    const probe = probeNearCopy(doc);
    if (!probe) return { keys: [] };
    const candidates = new Set<string>();
    const stmt = this.db.prepare('SELECT doc FROM lsh WHERE band = ?').pluck();
    for (const key of probe.keys) for (const c of stmt.all(key) as string[]) candidates.add(c);
    let best: { canonical: string; similarity: number } | undefined;
    for (const id of candidates) {
      const other = this.getSync(id);
      if (!other) continue;
      const similarity = confirmNearCopy(probe, other);
      if (similarity !== undefined && (!best || similarity > best.similarity)) {
        const canonical =
          (this.db.prepare('SELECT canonical FROM documents WHERE id = ?').pluck().get(id) as
            string | null) ?? id;
        best = { canonical, similarity };
      }
    }
    return best ? { keys: probe.keys, ...best } : { keys: probe.keys };
  }

  private putEntities(
    doc: string,
    rows: DocumentRows,
    date: string | undefined,
    copy: number,
  ): Map<string, { id: number; name: string; type: string; code?: string }> {
    const actorOf = new Map<string, { id: number; name: string; type: string; code?: string }>();
    const insert = this.db.prepare(
      `INSERT INTO entities (doc, entity, type, name, country, code, actor, start, "end", mentions, copy)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const counted = new Set<number>();
    for (const e of rows.entities) {
      const actor = mergeActor(this.directory, e);
      if (actor) {
        actorOf.set(e.entity, {
          id: actor.id,
          name: actor.name,
          type: actor.type,
          ...(e.code ? { code: e.code } : {}),
        });
        if (!copy && !counted.has(actor.id)) {
          counted.add(actor.id);
          this.db.prepare('UPDATE actors SET documents = documents + 1 WHERE id = ?').run(actor.id);
        }
      }
      insert.run(
        doc,
        e.entity,
        e.type,
        e.name,
        e.country ?? null,
        e.code ?? null,
        actor?.id ?? null,
        e.start,
        e.end,
        e.mentions,
        copy,
      );
    }
    const role = this.db.prepare(
      `INSERT INTO roles (doc, entity, actor, title, country, sector, start, "end", date, copy)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of rows.roles) {
      role.run(
        doc,
        r.entity,
        actorOf.get(r.entity)?.id ?? null,
        r.title,
        r.country ?? null,
        r.sector ?? null,
        r.start,
        r.end,
        date ?? null,
        copy,
      );
    }
    return actorOf;
  }

  private putQuotes(
    doc: string,
    rows: DocumentRows,
    actorOf: ReadonlyMap<string, { id: number }>,
    date: string | undefined,
    copy: number,
  ): void {
    const insert = this.db.prepare(
      `INSERT INTO quotes (doc, id, kind, entity, speaker, actor, role, country, cue, setting, outlet, text, start, "end", date, copy)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const fts = this.db.prepare('INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)');
    for (const q of rows.quotes) {
      const actor = q.entity === undefined ? undefined : actorOf.get(q.entity)?.id;
      const info = insert.run(
        doc,
        q.id,
        q.kind,
        q.entity ?? null,
        q.speaker ?? null,
        actor ?? null,
        q.role ?? null,
        q.country ?? null,
        q.cue ?? null,
        q.setting ?? null,
        q.outlet ?? null,
        q.text,
        q.start,
        q.end,
        date ?? null,
        copy,
      );
      fts.run(info.lastInsertRowid, q.text, q.speaker ?? '');
    }
  }

  private putEvents(
    doc: string,
    rows: DocumentRows,
    actorOf: ReadonlyMap<string, { id: number; name: string; code?: string }>,
    date: string | undefined,
    copy: number,
  ): void {
    const insert = this.db.prepare(
      `INSERT INTO events (doc, id, type, mode, cameo, status, date, place, facility, country, lat, lon, trigger, lemma,
         start, "end", quote, copy)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const participant = this.db.prepare(
      'INSERT INTO event_actors (event, role, entity, name, code, actor) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const names = new Map(rows.entities.map((e) => [e.entity, e]));
    for (const e of rows.events) {
      const info = insert.run(
        doc,
        e.id,
        e.type,
        e.mode ?? null,
        e.cameo ?? null,
        e.status,
        e.date ?? date ?? null,
        e.place ?? null,
        e.facility ?? null,
        e.country ?? null,
        e.lat ?? null,
        e.lon ?? null,
        e.trigger,
        e.lemma,
        e.start,
        e.end,
        e.quote ?? null,
        copy,
      );
      for (const a of e.actors) {
        const entity = names.get(a.entity);
        const actor = actorOf.get(a.entity);
        participant.run(
          info.lastInsertRowid,
          a.role,
          a.entity,
          actor?.name ?? entity?.name ?? a.entity,
          entity?.code ?? null,
          actor?.id ?? null,
        );
      }
    }
  }

  private storyOf(canonical: string | undefined): number | undefined {
    if (canonical === undefined) return undefined;
    const story = this.db.prepare('SELECT story FROM documents WHERE id = ?').pluck().get(canonical) as
      number | null | undefined;
    return story ?? undefined;
  }

  /** Joins the document to a story about the same event, or starts one. */
  private assignStory(
    rows: DocumentRows,
    actorOf: ReadonlyMap<string, { id: number; name: string; type: string }>,
    date: string | undefined,
  ): number | undefined {
    const seed = storySeed(rows, actorOf, date);
    if (!seed) return undefined;
    const candidates = (
      seed.date === undefined
        ? this.db.prepare('SELECT * FROM stories WHERE type = ? ORDER BY id DESC LIMIT 200').all(seed.type)
        : this.db
            .prepare(
              `SELECT * FROM stories WHERE type = ? AND (last IS NULL OR (last >= date(?, '-${STORY_WINDOW_DAYS} days')
                 AND first <= date(?, '+${STORY_WINDOW_DAYS} days'))) ORDER BY id DESC LIMIT 200`,
            )
            .all(seed.type, seed.date, seed.date)
    ) as Row[];
    const match = candidates.map(toStoryRecord).find((s) => joinsStory(seed, s));
    if (match) {
      const first = minDate(match.first, seed.date);
      const last = maxDate(match.last, seed.date);
      const actors = [...new Set([...match.actors, ...seed.actors])];
      this.db
        .prepare(
          'UPDATE stories SET first = ?, last = ?, actors = ?, place = COALESCE(place, ?), documents = documents + 1 WHERE id = ?',
        )
        .run(first ?? null, last ?? null, JSON.stringify(actors), seed.place ?? null, match.id);
      return match.id;
    }
    const info = this.db
      .prepare(
        'INSERT INTO stories (label, type, place, first, last, actors, documents) VALUES (?, ?, ?, ?, ?, ?, 1)',
      )
      .run(
        storyLabel(seed),
        seed.type,
        seed.place ?? null,
        seed.date ?? null,
        seed.date ?? null,
        JSON.stringify(seed.actors),
      );
    return Number(info.lastInsertRowid);
  }

  private makeDirectory(): ActorDirectory {
    const db = this.db;
    const toRecord = (r: Row): ActorRecord => ({
      id: r.id as number,
      type: r.type as string,
      name: r.name as string,
      key: r.key as string,
      ...(r.code ? { code: r.code as string } : {}),
      ...(r.country ? { country: r.country as string } : {}),
    });
    return {
      byKey(type, key) {
        const row = db
          .prepare(
            'SELECT a.* FROM actor_names n JOIN actors a ON a.id = n.actor WHERE n.type = ? AND n.key = ?',
          )
          .get(type, key) as Row | undefined;
        return row ? toRecord(row) : undefined;
      },
      bySurname(surname) {
        return (
          db
            .prepare(
              `SELECT * FROM actors WHERE surname = ? AND type = 'PERSON' ORDER BY documents DESC, id LIMIT 20`,
            )
            .all(surname) as Row[]
        ).map(toRecord);
      },
      create(actor, surname, first) {
        const info = db
          .prepare(
            'INSERT INTO actors (type, name, key, surname, first, code, country) VALUES (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(
            actor.type,
            actor.name,
            actor.key,
            surname ?? null,
            first ?? null,
            actor.code ?? null,
            actor.country ?? null,
          );
        const id = Number(info.lastInsertRowid);
        db.prepare('INSERT OR IGNORE INTO actor_names (type, key, actor) VALUES (?, ?, ?)').run(
          actor.type,
          actor.key,
          id,
        );
        return { ...actor, id };
      },
      addName(actor, type, key, rename) {
        db.prepare('INSERT OR IGNORE INTO actor_names (type, key, actor) VALUES (?, ?, ?)').run(
          type,
          key,
          actor.id,
        );
        if (rename) {
          db.prepare('UPDATE actors SET name = ?, key = ?, first = ? WHERE id = ?').run(
            rename.name,
            key,
            rename.first ?? null,
            actor.id,
          );
        }
      },
    };
  }

  private getSync(id: string): Document | undefined {
    const row = this.db.prepare('SELECT id, text, layers FROM documents WHERE id = ?').get(id) as
      Row | undefined;
    return row ? unpackDocument(row.id as string, row.text as string, row.layers as Buffer) : undefined;
  }

  get(id: string): Promise<Document | undefined> {
    return Promise.resolve(this.getSync(id));
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
    const row = this.db
      .prepare(
        `SELECT a.*,
           (SELECT COUNT(*) FROM quotes q WHERE q.actor = a.id AND q.copy = 0) AS quotes,
           (SELECT COUNT(DISTINCT ea.event) FROM event_actors ea JOIN events e ON e.rowid = ea.event
             WHERE ea.actor = a.id AND e.copy = 0) AS events
         FROM actors a WHERE a.id = ?`,
      )
      .get(id) as Row | undefined;
    if (!row) return Promise.resolve(undefined);
    const names = this.db
      .prepare('SELECT DISTINCT name FROM entities WHERE actor = ? ORDER BY name LIMIT 50')
      .pluck()
      .all(id) as string[];
    const roles = (
      this.db
        .prepare(
          `SELECT title, country, MIN(date) AS first, MAX(date) AS last, COUNT(*) AS count, MIN(doc) AS doc,
             MIN(start) AS start, MIN("end") AS "end"
           FROM roles WHERE actor = ? AND copy = 0 AND date IS NOT NULL
           GROUP BY title, country ORDER BY count DESC LIMIT 50`,
        )
        .all(id) as Row[]
    ).map((r) => ({
      title: r.title as string,
      ...(r.country ? { country: r.country as string } : {}),
      first: r.first as string,
      last: r.last as string,
      count: r.count as number,
      doc: r.doc as string,
      start: r.start as number,
      end: r.end as number,
    }));
    // One place a role is stated: the evidence span of that document, taken consistently.
    for (const role of roles) {
      const evidence = this.db
        .prepare(
          `SELECT doc, start, "end" FROM roles WHERE actor = ? AND title = ? AND copy = 0 ORDER BY date DESC LIMIT 1`,
        )
        .get(id, role.title) as Row | undefined;
      if (evidence) Object.assign(role, { doc: evidence.doc, start: evidence.start, end: evidence.end });
    }
    const counterparts = (
      this.db
        .prepare(
          `SELECT other.actor AS actor, a.name AS name, a.code AS code, COUNT(DISTINCT other.event) AS events
           FROM event_actors mine
           JOIN event_actors other ON other.event = mine.event AND other.actor IS NOT NULL AND other.actor != mine.actor
           JOIN events e ON e.rowid = mine.event AND e.copy = 0
           JOIN actors a ON a.id = other.actor
           WHERE mine.actor = ? GROUP BY other.actor ORDER BY events DESC, a.name LIMIT 50`,
        )
        .all(id) as Row[]
    ).map((r) => ({
      actor: r.actor as number,
      name: r.name as string,
      ...(r.code ? { code: r.code as string } : {}),
      events: r.events as number,
    }));
    const places = (
      this.db
        .prepare(
          `SELECT e.place, e.country, AVG(e.lat) AS lat, AVG(e.lon) AS lon, COUNT(DISTINCT e.rowid) AS events
           FROM event_actors ea JOIN events e ON e.rowid = ea.event
           WHERE ea.actor = ? AND e.copy = 0 AND e.place IS NOT NULL
           GROUP BY e.place, e.country ORDER BY events DESC LIMIT 100`,
        )
        .all(id) as Row[]
    ).map((r) => ({
      place: r.place as string,
      ...(r.country ? { country: r.country as string } : {}),
      ...(typeof r.lat === 'number' ? { lat: r.lat } : {}),
      ...(typeof r.lon === 'number' ? { lon: r.lon } : {}),
      events: r.events as number,
    }));
    const timeline = (
      this.db
        .prepare(
          `SELECT date, SUM(ev) AS events, SUM(qu) AS quotes FROM (
             SELECT e.date AS date, 1 AS ev, 0 AS qu FROM event_actors ea JOIN events e ON e.rowid = ea.event
               WHERE ea.actor = @id AND e.copy = 0 AND e.date IS NOT NULL
             UNION ALL
             SELECT date, 0, 1 FROM quotes WHERE actor = @id AND copy = 0 AND date IS NOT NULL)
           GROUP BY date ORDER BY date`,
        )
        .all({ id }) as Row[]
    ).map((r) => ({ date: r.date as string, events: r.events as number, quotes: r.quotes as number }));
    return Promise.resolve({ ...toActorSummary(row), names, roles, counterparts, places, timeline });
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

const ACTOR_ORDER = {
  articles: 'a.documents DESC, a.id',
  quotes: 'quotes DESC, a.documents DESC, a.id',
  events: 'events DESC, a.documents DESC, a.id',
} as const;

const SUMMARY_COLUMNS =
  'id, title, date, publisher, url, source, place, country, agencies, canonical, story, quotes, events';

function storeError(error: unknown, batch: number): DatelineError {
  if (error instanceof DatelineError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_FULL') {
    return new DatelineError(
      'E_STORE_FULL',
      `the database is full (disk full or size limit): the batch of ${batch} articles was rolled back, nothing of it was stored; free space and run ingest again to resume`,
      { cause: error },
    );
  }
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return new DatelineError(
      'E_STORE',
      `cannot write to the database (${(error as Error).message}): the batch of ${batch} articles was rolled back`,
      { cause: error },
    );
  }
  return new DatelineError(
    'E_STORE',
    `database error (${code || 'unknown'}): ${(error as Error).message}; the batch was rolled back`,
    {
      cause: error,
    },
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

function addDateRange(
  where: string[],
  params: Record<string, unknown>,
  column: string,
  since?: string,
  until?: string,
): void {
  if (since !== undefined) {
    where.push(`${column} >= @since`);
    params.since = since;
  }
  if (until !== undefined) {
    where.push(`${column} <= @until`);
    params.until = until;
  }
}

function minDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

function maxDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function toStoryRecord(r: Row): StoryRecord {
  return {
    id: r.id as number,
    type: r.type as string,
    actors: JSON.parse(r.actors as string) as number[],
    ...(r.place ? { place: r.place as string } : {}),
    ...(r.first ? { first: r.first as string } : {}),
    ...(r.last ? { last: r.last as string } : {}),
  };
}

function optional<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  if (value === null || value === undefined) return {};
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { [key]: text } as Record<K, string>;
}

function toSummary(r: Row): DocumentSummary {
  return {
    id: r.id as string,
    ...optional('title', r.title),
    ...optional('date', r.date),
    ...optional('publisher', r.publisher),
    ...optional('url', r.url),
    ...optional('source', r.source),
    ...optional('place', r.place),
    ...optional('country', r.country),
    agencies: JSON.parse((r.agencies as string | null) ?? '[]') as string[],
    ...optional('canonical', r.canonical),
    ...(typeof r.story === 'number' ? { story: r.story } : {}),
    quotes: r.quotes as number,
    events: r.events as number,
  };
}

function toQuoteRow(r: Row): QuoteRow {
  return {
    doc: r.doc as string,
    id: r.id as string,
    kind: r.kind as QuoteRow['kind'],
    ...optional('speaker', r.speaker),
    ...(typeof r.actor === 'number' ? { actor: r.actor } : {}),
    ...optional('role', r.role),
    ...optional('country', r.country),
    ...optional('cue', r.cue),
    ...optional('setting', r.setting),
    ...optional('outlet', r.outlet),
    text: r.text as string,
    start: r.start as number,
    end: r.end as number,
    ...optional('date', r.date),
    ...optional('title', r.title),
    ...optional('publisher', r.publisher),
    ...optional('source', r.source),
    ...optional('canonical', r.canonical),
  };
}

function toEventActor(r: Row): EventActorRow {
  return {
    role: r.role as EventActorRow['role'],
    name: r.name as string,
    ...optional('code', r.code),
    ...(typeof r.actor === 'number' ? { actor: r.actor } : {}),
  };
}

function toEventRow(r: Row, actors: EventActorRow[]): EventRow {
  return {
    doc: r.doc as string,
    id: r.id as string,
    type: r.type as EventRow['type'],
    ...optional('mode', r.mode),
    ...optional('cameo', r.cameo),
    status: r.status as EventRow['status'],
    ...optional('date', r.date),
    ...optional('place', r.place),
    ...optional('country', r.country),
    ...(typeof r.lat === 'number' ? { lat: r.lat } : {}),
    ...(typeof r.lon === 'number' ? { lon: r.lon } : {}),
    trigger: r.trigger as string,
    start: r.start as number,
    end: r.end as number,
    actors,
    ...optional('title', r.title),
    ...optional('publisher', r.publisher),
    ...optional('canonical', r.canonical),
  };
}

function toActorSummary(r: Row): ActorSummary {
  return {
    id: r.id as number,
    name: r.name as string,
    type: r.type as string,
    ...optional('country', r.country),
    ...optional('code', r.code),
    documents: r.documents as number,
    quotes: r.quotes as number,
    events: r.events as number,
  };
}
