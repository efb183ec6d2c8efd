/**
 * The SQLite schema as numbered migrations. A database records the versions applied in
 * `schema_migrations`; opening it applies the missing ones in one transaction, and refuses a
 * database made by a newer dateline rather than guess at its tables.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description:
      'documents, entities, roles, actors, quotes, events, near-copies, stories, full-text indexes',
    sql: `
      CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT, date TEXT, publisher TEXT, url TEXT, source TEXT, place TEXT, country TEXT,
        agencies TEXT NOT NULL DEFAULT '[]',
        canonical TEXT, similarity REAL, story INTEGER,
        quotes INTEGER NOT NULL, events INTEGER NOT NULL,
        text TEXT NOT NULL,
        layers BLOB NOT NULL,
        ingested TEXT NOT NULL
      );
      CREATE INDEX documents_canonical ON documents(canonical) WHERE canonical IS NOT NULL;
      CREATE INDEX documents_story ON documents(story) WHERE story IS NOT NULL;
      CREATE INDEX documents_date ON documents(date);
      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );

      CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL,
        surname TEXT, first TEXT, code TEXT, country TEXT,
        documents INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX actors_surname ON actors(surname) WHERE surname IS NOT NULL;
      CREATE INDEX actors_code ON actors(code);
      CREATE TABLE actor_names (
        type TEXT NOT NULL, key TEXT NOT NULL, actor INTEGER NOT NULL REFERENCES actors(id),
        PRIMARY KEY (type, key)
      ) WITHOUT ROWID;

      CREATE TABLE entities (
        doc TEXT NOT NULL, entity TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
        country TEXT, code TEXT, actor INTEGER, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        mentions INTEGER NOT NULL, copy INTEGER NOT NULL,
        PRIMARY KEY (doc, entity)
      ) WITHOUT ROWID;
      CREATE INDEX entities_actor ON entities(actor);

      CREATE TABLE roles (
        doc TEXT NOT NULL, entity TEXT NOT NULL, actor INTEGER, title TEXT NOT NULL, country TEXT,
        sector TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, date TEXT, copy INTEGER NOT NULL
      );
      CREATE INDEX roles_actor ON roles(actor, date);
      CREATE INDEX roles_doc ON roles(doc);

      CREATE TABLE quotes (
        rowid INTEGER PRIMARY KEY,
        doc TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL, entity TEXT, speaker TEXT,
        actor INTEGER, role TEXT, country TEXT, cue TEXT, setting TEXT, outlet TEXT,
        text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, date TEXT,
        copy INTEGER NOT NULL,
        UNIQUE (doc, id)
      );
      CREATE INDEX quotes_actor ON quotes(actor, date);
      CREATE INDEX quotes_date ON quotes(date);
      CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );

      CREATE TABLE events (
        rowid INTEGER PRIMARY KEY,
        doc TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT,
        status TEXT NOT NULL, date TEXT, place TEXT, facility TEXT, country TEXT, lat REAL, lon REAL,
        trigger TEXT NOT NULL, lemma TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        quote TEXT, copy INTEGER NOT NULL,
        UNIQUE (doc, id)
      );
      CREATE INDEX events_type ON events(type, date);
      CREATE INDEX events_date ON events(date);
      CREATE INDEX events_place ON events(place);
      CREATE TABLE event_actors (
        event INTEGER NOT NULL REFERENCES events(rowid), role TEXT NOT NULL, entity TEXT NOT NULL,
        name TEXT NOT NULL, code TEXT, actor INTEGER
      );
      CREATE INDEX event_actors_event ON event_actors(event);
      CREATE INDEX event_actors_actor ON event_actors(actor);
      CREATE INDEX event_actors_code ON event_actors(code);

      CREATE TABLE lsh (band TEXT NOT NULL, doc TEXT NOT NULL);
      CREATE INDEX lsh_band ON lsh(band);

      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL, type TEXT NOT NULL, place TEXT, first TEXT, last TEXT,
        actors TEXT NOT NULL, documents INTEGER NOT NULL
      );
      CREATE INDEX stories_type ON stories(type, last);

      CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    description: "events.date_precision: 'month' or 'year' when the text gave no day (NULL: a day)",
    sql: `ALTER TABLE events ADD COLUMN date_precision TEXT;`,
  },
];

/** The newest schema version this build knows. */
export const SCHEMA_VERSION_LATEST = MIGRATIONS.at(-1)?.version ?? 0;
