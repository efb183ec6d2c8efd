/**
 * The explorer's only way to data: GET requests to the HTTP API on the same origin, typed with
 * the store's query types. An error answer (`{ error: { code, message } }`) becomes an ApiError.
 */
import type { Document } from '../../src/document/document.js';
import type {
  ActorDetail,
  ActorSummary,
  ArticleHit,
  CorpusStats,
  DocumentSummary,
  DuplicateGroup,
  EventRow,
  Page,
  QuoteRow,
  Story,
} from '../../src/store/store.js';

export type {
  ActorDetail,
  ActorSummary,
  ArticleHit,
  CorpusStats,
  DocumentSummary,
  EventRow,
  Page,
  QuoteRow,
  Story,
};

export interface DocumentAnswer {
  readonly document: Document;
  readonly copies: { readonly canonical?: string; readonly copies: string[] };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Readonly<Record<string, string | number | undefined>>;

function errorOf(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = body.error;
    if (typeof error === 'object' && error !== null) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      if (typeof code === 'string' && typeof message === 'string') {
        return new ApiError(status, code, message);
      }
    }
  }
  return new ApiError(status, 'E_HTTP', `the server answered ${status}`);
}

/** GETs `/api/<path>` with the non-empty query values. Example: `get('/quotes', { text: 'wrench' })`. */
export async function get<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.size > 0 ? `?${params.toString()}` : '';
  const init: RequestInit = { headers: { accept: 'application/json' } };
  if (signal) init.signal = signal;
  const response = await fetch(`/api${path}${search}`, init);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, 'E_HTTP', `the server answered ${response.status} without JSON`);
  }
  if (!response.ok) throw errorOf(response.status, body);
  return body as T;
}

export const api = {
  stats: (signal?: AbortSignal) => get<CorpusStats>('/stats', {}, signal),
  documents: (query: Query, signal?: AbortSignal) => get<Page<DocumentSummary>>('/documents', query, signal),
  document: (id: string, signal?: AbortSignal) =>
    get<DocumentAnswer>(`/documents/${encodeURIComponent(id)}`, {}, signal),
  search: (query: Query, signal?: AbortSignal) => get<Page<ArticleHit>>('/search', query, signal),
  quotes: (query: Query, signal?: AbortSignal) => get<Page<QuoteRow>>('/quotes', query, signal),
  events: (query: Query, signal?: AbortSignal) => get<Page<EventRow>>('/events', query, signal),
  actors: (query: Query, signal?: AbortSignal) => get<Page<ActorSummary>>('/actors', query, signal),
  actor: (id: number, signal?: AbortSignal) => get<ActorDetail>(`/actors/${id}`, {}, signal),
  stories: (query: Query, signal?: AbortSignal) => get<Page<Story>>('/stories', query, signal),
  duplicates: (query: Query, signal?: AbortSignal) => get<Page<DuplicateGroup>>('/duplicates', query, signal),
};
