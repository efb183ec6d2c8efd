/**
 * Hash routes: `#/`, `#/search?q=`, `#/articles`, `#/doc/ID?span=S-E`, `#/quotes?…`, `#/events?…`,
 * `#/actors?…`, `#/actor/ID`. Parsing is pure so a link and its route always agree.
 */

export interface SpanRef {
  readonly start: number;
  readonly end: number;
}

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'search'; readonly query: URLSearchParams }
  | { readonly name: 'articles'; readonly query: URLSearchParams }
  | { readonly name: 'doc'; readonly id: string; readonly span?: SpanRef }
  | { readonly name: 'quotes'; readonly query: URLSearchParams }
  | { readonly name: 'events'; readonly query: URLSearchParams }
  | { readonly name: 'actors'; readonly query: URLSearchParams }
  | { readonly name: 'actor'; readonly id: number }
  | { readonly name: 'not-found'; readonly path: string };

/** `"12-40"` → `{ start: 12, end: 40 }`; anything else → undefined. */
export function parseSpan(value: string | null): SpanRef | undefined {
  const match = /^(\d{1,9})-(\d{1,9})$/u.exec(value ?? '');
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : undefined;
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** Reads a location hash. Example: `parseRoute('#/doc/abc?span=3-9')` → `{ name: 'doc', id: 'abc', span }`. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/u, '');
  const mark = raw.indexOf('?');
  const path = (mark < 0 ? raw : raw.slice(0, mark)).replace(/\/+$/u, '') || '/';
  const query = new URLSearchParams(mark < 0 ? '' : raw.slice(mark + 1));
  const parts = path.split('/').filter((p) => p !== '');
  const [head, arg] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (parts.length === 1) {
    if (head === 'search') return { name: 'search', query };
    if (head === 'articles') return { name: 'articles', query };
    if (head === 'quotes') return { name: 'quotes', query };
    if (head === 'events') return { name: 'events', query };
    if (head === 'actors') return { name: 'actors', query };
  }
  if (parts.length === 2 && arg !== undefined) {
    const id = decode(arg);
    if (head === 'doc' && id) {
      const span = parseSpan(query.get('span'));
      return span ? { name: 'doc', id, span } : { name: 'doc', id };
    }
    if (head === 'actor' && id && /^\d+$/u.test(id)) return { name: 'actor', id: Number(id) };
  }
  return { name: 'not-found', path };
}

type QueryInit = Readonly<Record<string, string | number | undefined>>;

function withQuery(path: string, query: QueryInit = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.size > 0 ? `#${path}?${params.toString()}` : `#${path}`;
}

/** Link builders: the one place that spells each route. */
export const link = {
  home: () => '#/',
  search: (q: string, offset?: number) => withQuery('/search', { q, offset }),
  articles: (query: QueryInit = {}) => withQuery('/articles', query),
  doc: (id: string, span?: SpanRef) =>
    withQuery(`/doc/${encodeURIComponent(id)}`, span ? { span: `${span.start}-${span.end}` } : {}),
  quotes: (query: QueryInit = {}) => withQuery('/quotes', query),
  events: (query: QueryInit = {}) => withQuery('/events', query),
  actors: (query: QueryInit = {}) => withQuery('/actors', query),
  actor: (id: number) => `#/actor/${id}`,
};

/** The query as a plain record (for API calls), keeping only the given keys. */
export function pick(query: URLSearchParams, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = query.get(key);
    if (value !== null && value !== '') out[key] = value;
  }
  return out;
}
