/**
 * Polite HTTP(S) fetching: a User-Agent that names dateline, a timeout, a size limit, a cap on
 * concurrent requests, and at most one retry (after a 5xx or a timeout), after a delay that
 * honours `Retry-After` up to a cap. Failures throw typed errors (`E_FETCH`, `E_TIMEOUT`, `E_TOO_LARGE`).
 */
import { DatelineError } from '../../document/errors.js';
import { Semaphore } from './limit.js';
import { USER_AGENT } from './user-agent.js';

export interface FetcherOptions {
  /** Per request, headers and body together (default 15 s). */
  readonly timeoutMs?: number;
  /** Largest response body accepted (default 20 MiB). */
  readonly maxBytes?: number;
  /** Requests in flight at once (default 4). */
  readonly concurrency?: number;
  /** Wait before the one retry when the server does not say (default 1 s). */
  readonly retryDelayMs?: number;
  /** Longest `Retry-After` honoured (default 30 s); longer ones are cut to this. */
  readonly maxRetryAfterMs?: number;
  /** Aborts requests in flight (a stopped watch). */
  readonly signal?: AbortSignal;
  /** Injected for tests: the fetch function and the sleep between attempts. */
  readonly fetch?: typeof globalThis.fetch;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface Fetched {
  /** The final URL, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly contentType?: string;
  readonly bytes: Uint8Array;
}

export interface Fetcher {
  /** GETs `url`. Example: `(await createFetcher().get('https://example.org/feed.xml')).bytes`. */
  get(url: string, accept?: string): Promise<Fetched>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_FETCH_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_CONCURRENCY = 4;

/** A failure worth one more try, and how long the server asked us to wait. */
class Transient extends DatelineError {
  constructor(
    code: 'E_FETCH' | 'E_TIMEOUT',
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(code, message);
  }
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates a fetcher; all requests through it share its concurrency limit. */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const limit = new Semaphore(Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY));
  const sleep = options.sleep ?? sleepFor;
  const cap = options.maxRetryAfterMs ?? 30_000;
  return {
    get: (url, accept = '*/*') =>
      limit.run(async () => {
        checkUrl(url);
        try {
          return await attempt(url, accept, options);
        } catch (error) {
          if (!(error instanceof Transient) || options.signal?.aborted) throw error;
          await sleep(Math.min(error.retryAfterMs ?? options.retryDelayMs ?? 1000, cap));
          return attempt(url, accept, options);
        }
      }),
  };
}

/** Only http and https: dateline never reads local or other URLs over the network path. */
export function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatelineError('E_USAGE', `"${url}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new DatelineError('E_USAGE', `only http and https URLs can be fetched, not "${url}"`);
  }
}

async function attempt(url: string, accept: string, options: FetcherOptions): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const doFetch = options.fetch ?? globalThis.fetch;
  try {
    const response = await doFetch(url, {
      headers: { 'user-agent': USER_AGENT, accept },
      signal,
      redirect: 'follow',
    });
    if (response.status >= 500) {
      await response.body?.cancel();
      const wait = retryAfter(response.headers.get('retry-after'));
      throw new Transient('E_FETCH', `${url}: HTTP ${response.status} ${response.statusText}`.trim(), wait);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new DatelineError('E_FETCH', `${url}: HTTP ${response.status} ${response.statusText}`.trim());
    }
    const bytes = await readBody(response, url, options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES);
    const contentType = response.headers.get('content-type') ?? undefined;
    return {
      url: response.url || url,
      status: response.status,
      bytes,
      ...(contentType ? { contentType } : {}),
    };
  } catch (error) {
    if (error instanceof DatelineError) throw error;
    if (timeout.aborted)
      throw new Transient('E_TIMEOUT', `${url}: no complete answer within ${timeoutMs / 1000} s`);
    if (options.signal?.aborted) throw new DatelineError('E_FETCH', `${url}: stopped`);
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new Transient('E_FETCH', `${url}: ${cause}`);
  }
}

/** The body, refused past `maxBytes` without reading the rest. */
async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (): DatelineError =>
    new DatelineError('E_TOO_LARGE', `${url}: response is larger than ${maxBytes} bytes`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const chunk: unknown = next.value;
    if (!(chunk instanceof Uint8Array)) continue;
    size += chunk.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** `Retry-After` in ms: delta seconds or an HTTP date. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/u.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
