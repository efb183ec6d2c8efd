/**
 * The API's routes as data: path, summary, the query parameters (a zod schema, which both validates
 * requests and becomes the OpenAPI parameter list) and the Store call that answers. No logic of
 * its own: every route is one library call, the same the CLI makes.
 */
import { z } from 'zod';
import { EVENT_STATUSES } from '../document/document.js';
import { MAX_LIMIT } from '../store/store.js';
import type { Store } from '../store/store.js';

/** Longest free-text parameter accepted (search words, names). */
export const MAX_QUERY_CHARS = 200;
export const MAX_OFFSET = 1_000_000;

const text = (what: string) => z.string().min(1).max(MAX_QUERY_CHARS).describe(what);
const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be a date as YYYY-MM-DD')
    .describe(what);
const flag = (what: string) =>
  z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .describe(what);

const paging = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(20).describe(`rows per page, 1–${MAX_LIMIT}`),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0).describe('rows to skip'),
};

const docId = z
  .string()
  .regex(/^[0-9a-f]{32}$/u, 'must be a document id (32 hex digits)')
  .describe('document id');

export interface Route {
  readonly path: string;
  readonly summary: string;
  readonly query?: z.ZodObject;
  readonly params?: z.ZodObject;
  /** Answers with the JSON body; undefined means 404. */
  readonly handle: (store: Store, query: never, params: never) => Promise<unknown>;
}

function route<Q extends z.ZodObject | undefined, P extends z.ZodObject | undefined>(r: {
  path: string;
  summary: string;
  query?: Q;
  params?: P;
  handle: (
    store: Store,
    query: Q extends z.ZodObject ? z.output<Q> : undefined,
    params: P extends z.ZodObject ? z.output<P> : undefined,
  ) => Promise<unknown>;
}): Route {
  return r as unknown as Route;
}

/** Drops undefined values, as the store's exact optional types want. */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

export const ROUTES: readonly Route[] = [
  route({
    path: '/api/stats',
    summary: 'Corpus statistics: documents, syndicated copies, quotes, events, actors, stories, date range',
    handle: (store) => store.stats(),
  }),
  route({
    path: '/api/documents',
    summary: 'Stored documents, newest first',
    query: z.strictObject({
      ...paging,
      story: z.coerce.number().int().min(1).optional().describe('only this story cluster'),
    }),
    handle: (store, q) => store.documents(defined(q)),
  }),
  route({
    path: '/api/documents/:id',
    summary: 'One document with all its layers (tokens left out) and its syndicated copies',
    params: z.strictObject({ id: docId }),
    handle: async (store, _q, p) => {
      const document = await store.get(p.id);
      return document ? { document, copies: await store.copiesOf(p.id) } : undefined;
    },
  }),
  route({
    path: '/api/search',
    summary: 'Articles whose title or text contain all the words; the snippet marks matches with [ ]',
    query: z.strictObject({
      q: text('words to find'),
      ...paging,
      copies: flag('include syndicated copies').optional(),
    }),
    handle: (store, q) => store.search(defined({ ...q, text: q.q, q: undefined })),
  }),
  route({
    path: '/api/quotes',
    summary: 'Quotes by speaker (name or actor id), words and date range; each with its document and span',
    query: z.strictObject({
      speaker: text('a name ("Putin") or an actor id').optional(),
      text: text('words the quote must contain').optional(),
      since: day('from this day').optional(),
      until: day('up to this day').optional(),
      doc: docId.optional(),
      copies: flag('include syndicated copies').optional(),
      ...paging,
    }),
    handle: (store, q) => store.quotes(defined(q)),
  }),
  route({
    path: '/api/events',
    summary: 'Events by actor (name, id or code prefix such as RUS), type, status, place and date range',
    query: z.strictObject({
      actor: text('a name, an actor id, or a code: RUS matches RUSGOV, RUSMIL…').optional(),
      type: z
        .string()
        .regex(/^[A-Za-z]{3,12}$/u, 'must be an event type such as CONSULT')
        .optional()
        .describe('PLOVER type (CONSULT, AGREE, …) or STATEMENT, CEREMONY'),
      status: z.enum(EVENT_STATUSES).optional().describe('event status'),
      place: text('a place name or ISO alpha-3 country').optional(),
      since: day('from this day').optional(),
      until: day('up to this day').optional(),
      doc: docId.optional(),
      copies: flag('include syndicated copies').optional(),
      ...paging,
    }),
    handle: (store, q) => store.events(defined(q)),
  }),
  route({
    path: '/api/actors',
    summary: 'Actors merged across documents, best known first',
    query: z.strictObject({
      name: text('a name, surname or code').optional(),
      type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FACILITY']).optional().describe('entity type'),
      order: z
        .enum(['articles', 'quotes', 'events'])
        .optional()
        .describe('best known first (articles), most quoted, or in most events'),
      ...paging,
    }),
    handle: (store, q) => store.actors(defined(q)),
  }),
  route({
    path: '/api/actors/:id',
    summary: 'One actor: names, roles over time, counterparts with counts, places, timeline',
    params: z.strictObject({ id: z.coerce.number().int().min(1).describe('actor id') }),
    handle: (store, _q, p) => store.actor(p.id),
  }),
  route({
    path: '/api/stories',
    summary: 'Story clusters: articles about the same real-world event across outlets',
    query: z.strictObject({ ...paging }),
    handle: (store, q) => store.stories(q),
  }),
  route({
    path: '/api/duplicates',
    summary: 'Syndicated copies grouped under the article they copy, largest groups first',
    query: z.strictObject({ ...paging }),
    handle: (store, q) => store.duplicates(q),
  }),
];
