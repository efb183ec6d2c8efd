/**
 * The corpus store: one interface, any backend. SQLite (`sqlite-store.ts`) is the default; a
 * PostgreSQL backend implements the same calls, which is why every call is asynchronous even
 * though better-sqlite3 is not. `test/store/contract.ts` is the suite every backend must pass.
 *
 * Every stored fact keeps its document id and span, so the words it came from are one look-up away.
 */
import type { DatePrecision, Document, EventStatus, EventType, QuoteKind } from '../document/document.js';

/** A page of results: the rows, and how many match in all (for paging). */
export interface Page<T> {
  readonly total: number;
  readonly offset: number;
  readonly rows: T[];
}

/** Paging every query takes; `limit` is capped by the store at `MAX_LIMIT`. */
export interface Paging {
  readonly limit?: number;
  readonly offset?: number;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** What the store did with one document. */
export interface PutResult {
  readonly id: string;
  /** `stored` the first time; `exists` when the same text was stored before (nothing is written). */
  readonly status: 'stored' | 'exists';
  /** For a syndicated copy: the id of the article it copies. */
  readonly canonical?: string;
  /** The story cluster the document joined, when it has a story-worthy event. */
  readonly story?: number;
}

export interface DocumentSummary {
  readonly id: string;
  readonly title?: string;
  /** The document's day: the dateline's date, else the publication date. */
  readonly date?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly source?: string;
  readonly place?: string;
  readonly country?: string;
  readonly agencies: string[];
  /** Set when this document is a near-copy of another (syndication). */
  readonly canonical?: string;
  readonly story?: number;
  readonly quotes: number;
  readonly events: number;
}

export interface ArticleHit extends DocumentSummary {
  /** A passage around the match with the matched words between `[` and `]`. */
  readonly snippet: string;
}

export interface QuoteRow {
  readonly doc: string;
  readonly id: string;
  readonly kind: QuoteKind;
  /** The speaker's name in the document (its entity's canonical name, else the speaker words). */
  readonly speaker?: string;
  /** The corpus-wide actor the speaker was merged into. */
  readonly actor?: number;
  readonly role?: string;
  readonly country?: string;
  readonly cue?: string;
  readonly setting?: string;
  readonly outlet?: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly date?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly source?: string;
  readonly canonical?: string;
}

export interface QuoteQuery extends Paging {
  /** A name ("Putin", "Vladimir Putin") or an actor id. */
  readonly speaker?: string;
  /** Words the content must contain (full-text). */
  readonly text?: string;
  readonly since?: string;
  readonly until?: string;
  /** Include quotes from syndicated copies (default: only canonical articles). */
  readonly copies?: boolean;
  /** Only quotes of this document. */
  readonly doc?: string;
}

export interface EventActorRow {
  readonly role: 'source' | 'target' | 'participant';
  readonly name: string;
  readonly code?: string;
  readonly actor?: number;
}

export interface EventRow {
  readonly doc: string;
  readonly id: string;
  readonly type: EventType;
  readonly mode?: string;
  readonly cameo?: string;
  readonly status: EventStatus;
  /** The event's day; with `datePrecision`, the first day of the month or year the text names. */
  readonly date?: string;
  /** Present only when the text gave just a month or a year ("in March 2016"): absent means a day. */
  readonly datePrecision?: DatePrecision;
  readonly place?: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly trigger: string;
  readonly start: number;
  readonly end: number;
  readonly actors: EventActorRow[];
  readonly title?: string;
  readonly publisher?: string;
  readonly canonical?: string;
}

export interface EventQuery extends Paging {
  /** A name, an actor id, or a code: `RUS` matches every Russian actor code (RUSGOV, RUSMIL…). */
  readonly actor?: string;
  readonly type?: string;
  readonly status?: string;
  readonly since?: string;
  readonly until?: string;
  /** Place name or ISO alpha-3 country. */
  readonly place?: string;
  readonly copies?: boolean;
  readonly doc?: string;
}

export interface ActorSummary {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly country?: string;
  readonly code?: string;
  /** Canonical documents that mention the actor. */
  readonly documents: number;
  readonly quotes: number;
  readonly events: number;
}

export interface ActorRoleSpell {
  readonly title: string;
  readonly country?: string;
  readonly first: string;
  readonly last: string;
  readonly count: number;
  /** One place the role is stated: a document and span. */
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}

export interface Counterpart {
  readonly actor: number;
  readonly name: string;
  readonly code?: string;
  /** Events both take part in. */
  readonly events: number;
}

export interface ActorPlace {
  readonly place: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly events: number;
}

export interface ActorDetail extends ActorSummary {
  readonly names: string[];
  readonly roles: ActorRoleSpell[];
  readonly counterparts: Counterpart[];
  readonly places: ActorPlace[];
  /** Events per day, for a timeline. */
  readonly timeline: { readonly date: string; readonly events: number; readonly quotes: number }[];
}

export interface ActorQuery extends Paging {
  readonly name?: string;
  readonly type?: string;
  /** Best known first (articles, the default), or most quoted, or in most events. */
  readonly order?: 'articles' | 'quotes' | 'events';
}

export interface Story {
  readonly id: number;
  readonly label: string;
  readonly type: string;
  readonly place?: string;
  readonly first?: string;
  readonly last?: string;
  readonly documents: number;
}

export interface DuplicateGroup {
  readonly canonical: DocumentSummary;
  readonly copies: { readonly id: string; readonly publisher?: string; readonly similarity: number }[];
}

export interface CorpusStats {
  readonly documents: number;
  readonly copies: number;
  readonly quotes: number;
  readonly events: number;
  readonly actors: number;
  readonly stories: number;
  readonly first?: string;
  readonly last?: string;
  readonly schemaVersion: number;
}

/** What a corpus store does. Every method may reject with a `DatelineError` (E_STORE, E_STORE_FULL…). */
export interface Store {
  /** Where the store lives (a file path, `:memory:`, a URL), for messages. */
  readonly location: string;
  /** Which of these document ids are already stored. */
  has(ids: readonly string[]): Promise<Set<string>>;
  /** Stores analysed documents in one transaction: all or none. */
  put(docs: readonly Document[]): Promise<PutResult[]>;
  get(id: string): Promise<Document | undefined>;
  documents(query: Paging & { readonly story?: number }): Promise<Page<DocumentSummary>>;
  search(query: Paging & { readonly text: string; readonly copies?: boolean }): Promise<Page<ArticleHit>>;
  quotes(query: QuoteQuery): Promise<Page<QuoteRow>>;
  events(query: EventQuery): Promise<Page<EventRow>>;
  actors(query: ActorQuery): Promise<Page<ActorSummary>>;
  actor(id: number): Promise<ActorDetail | undefined>;
  stories(query: Paging): Promise<Page<Story>>;
  /** Groups of syndicated copies, largest first. */
  duplicates(query: Paging): Promise<Page<DuplicateGroup>>;
  /** The copies of one document and what it copies. */
  copiesOf(id: string): Promise<{ canonical?: string; copies: string[] }>;
  stats(): Promise<CorpusStats>;
  /** Every stored document in storage order, streamed (bounded memory). */
  each(options?: { readonly copies?: boolean }): AsyncIterable<Document>;
  /** Learned roles (the actor base's `learnedRolesToJSON`), kept across runs. */
  loadState(key: string): Promise<unknown>;
  saveState(key: string, value: unknown): Promise<void>;
  close(): Promise<void>;
}
