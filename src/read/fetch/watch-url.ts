/**
 * `--watch`: poll a feed on an interval and yield only items not seen before (by guid/id, else
 * link, else content). Stops on its signal or after `maxPolls`; the sleep is injectable for tests.
 */
import { createHash } from 'node:crypto';
import type { ReadItem } from '../article.js';
import { fetchItems, withArticles } from './read-url.js';
import type { ReadUrlOptions } from './read-url.js';

export interface WatchOptions extends ReadUrlOptions {
  /** Time between the start of one poll and the next. */
  readonly intervalMs: number;
  /** Stop after this many polls (tests; cron-like use). */
  readonly maxPolls?: number;
  /** Stops the loop: between polls at once, during a poll before its items are yielded. */
  readonly signal?: AbortSignal;
  /** Waits `ms` or until `signal` aborts (default: a timer). */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Most item keys remembered; the oldest are forgotten first (feeds roll old items off anyway). */
export const MAX_SEEN = 100_000;

/** Polls `url` until stopped. Example: `for await (const item of watchUrl(url, { fetcher, intervalMs: 300_000 })) …`. */
export async function* watchUrl(url: string, options: WatchOptions): AsyncGenerator<ReadItem> {
  const seen = new Set<string>();
  const sleep = options.sleep ?? abortableSleep;
  for (let poll = 1; !options.signal?.aborted; poll++) {
    const started = Date.now();
    const items = await fetchItems(url, options);
    if (options.signal?.aborted) return;
    const fresh = items.filter((item) => !item.ok || remember(seen, itemKey(item)));
    yield* options.fetchArticles ? withArticles(fresh, options.fetcher) : fresh;
    if (options.maxPolls !== undefined && poll >= options.maxPolls) return;
    await sleep(Math.max(0, options.intervalMs - (Date.now() - started)), options.signal);
  }
}

function itemKey(item: ReadItem & { ok: true }): string {
  const meta = item.article.meta;
  if (meta.id !== undefined) return `id:${meta.id}`;
  if (meta.url !== undefined) return `url:${meta.url}`;
  return `text:${createHash('sha256')
    .update(`${meta.title ?? ''}\n${item.article.text}`)
    .digest('hex')}`;
}

/** True (and remembered) when `key` is new. */
function remember(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  if (seen.size > MAX_SEEN) {
    const oldest = seen.values().next();
    if (!oldest.done) seen.delete(oldest.value);
  }
  return true;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
