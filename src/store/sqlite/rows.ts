/**
 * Shared pieces of the SQLite store: paging bounds, FTS queries, packed layers, the error a failed
 * write becomes, and rows mapped to the Store's result types.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import type { Document } from '../../document/document.js';
import { DatelineError } from '../../document/errors.js';
import type { StoryRecord } from '../stories.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../store.js';
import type { ActorSummary, DocumentSummary, EventActorRow, EventRow, QuoteRow } from '../store.js';

export type Row = Record<string, unknown>;
export type Sql = Database.Database;

/** One stored document, its layers unpacked. */
export function getDocument(db: Sql, id: string): Document | undefined {
  const row = db.prepare('SELECT id, text, layers FROM documents WHERE id = ?').get(id) as Row | undefined;
  return row ? unpackDocument(row.id as string, row.text as string, row.layers as Buffer) : undefined;
}

export const clampLimit = (limit: number | undefined): number =>
  Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit ?? DEFAULT_LIMIT)));
export const clampOffset = (offset: number | undefined): number => Math.max(0, Math.floor(offset ?? 0));

/** Words as an FTS5 query: each word quoted (so user input is never FTS syntax), all required. */
export function ftsQuery(text: string): string | undefined {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return undefined;
  return words.map((w) => `"${w}"`).join(' ');
}

/** The layers kept in the database: all but tokens (cheap to recompute, half the size). */
export function packLayers(doc: Document): Buffer {
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

export function unpackDocument(id: string, text: string, packed: Buffer): Document {
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

export const ACTOR_ORDER = {
  articles: 'a.documents DESC, a.id',
  quotes: 'quotes DESC, a.documents DESC, a.id',
  events: 'events DESC, a.documents DESC, a.id',
} as const;

export const SUMMARY_COLUMNS =
  'id, title, date, publisher, url, source, place, country, agencies, canonical, story, quotes, events';

export function storeError(error: unknown, batch: number): DatelineError {
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

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

export function addDateRange(
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

export function minDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

export function maxDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

export function toStoryRecord(r: Row): StoryRecord {
  return {
    id: r.id as number,
    type: r.type as string,
    actors: JSON.parse(r.actors as string) as number[],
    ...(r.place ? { place: r.place as string } : {}),
    ...(r.first ? { first: r.first as string } : {}),
    ...(r.last ? { last: r.last as string } : {}),
  };
}

export function optional<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  if (value === null || value === undefined) return {};
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { [key]: text } as Record<K, string>;
}

export function toSummary(r: Row): DocumentSummary {
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

export function toQuoteRow(r: Row): QuoteRow {
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

export function toEventActor(r: Row): EventActorRow {
  return {
    role: r.role as EventActorRow['role'],
    name: r.name as string,
    ...optional('code', r.code),
    ...(typeof r.actor === 'number' ? { actor: r.actor } : {}),
  };
}

export function toEventRow(r: Row, actors: EventActorRow[]): EventRow {
  return {
    doc: r.doc as string,
    id: r.id as string,
    type: r.type as EventRow['type'],
    ...optional('mode', r.mode),
    ...optional('cameo', r.cameo),
    status: r.status as EventRow['status'],
    ...optional('date', r.date),
    ...(r.date_precision === 'month' || r.date_precision === 'year'
      ? { datePrecision: r.date_precision }
      : {}),
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

export function toActorSummary(r: Row): ActorSummary {
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
