/** Reading from the network, only ever for a URL the user gave: polite fetching, feeds, watching. */
export {
  createFetcher,
  checkUrl,
  DEFAULT_CONCURRENCY,
  DEFAULT_FETCH_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
} from './fetcher.js';
export type { Fetched, Fetcher, FetcherOptions } from './fetcher.js';
export { readUrl } from './read-url.js';
export type { ReadUrlOptions } from './read-url.js';
export { watchUrl } from './watch-url.js';
export type { WatchOptions } from './watch-url.js';
