/**
 * `feedReader`: RSS 2.0, RSS 1.0/RDF, Atom and JSON Feed files, one Article per item. The feed is
 * read whole (up to a hard limit): XML has to be, and feeds are small.
 */
import { describeError } from '../../document/errors.js';
import { DEFAULT_MAX_BYTES } from '../article.js';
import type { ReadItem, ReadOptions, Reader, ReaderInput } from '../article.js';
import { readAllBytes } from '../inputs.js';
import { feedArticles } from './feed-articles.js';
import type { ParsedFeed } from './feed-entry.js';
import { parseFeed } from './parse-feed.js';

/** Largest feed document read at all. */
export const MAX_FEED_BYTES = 64 * 1024 * 1024;

async function* read(input: ReaderInput, options: ReadOptions = {}): AsyncIterable<ReadItem> {
  const source = input.source;
  const bytes = await readAllBytes(input, MAX_FEED_BYTES);
  if (!bytes) {
    const message = `feed is larger than ${MAX_FEED_BYTES} bytes`;
    yield { ok: false, source, error: { code: 'E_TOO_LARGE', message } };
    return;
  }
  let feed: ParsedFeed;
  try {
    feed = parseFeed(bytes, /^https?:\/\//iu.test(source) ? { url: source } : {});
  } catch (error) {
    yield { ok: false, source, error: describeError(error) };
    return;
  }
  yield* feedItems(feed, source, options.maxBytes ?? DEFAULT_MAX_BYTES);
}

/** The read items of a parsed feed: articles, or `E_TOO_LARGE` failures for oversized ones. */
export function feedItems(feed: ParsedFeed, source: string, maxBytes = DEFAULT_MAX_BYTES): ReadItem[] {
  return feedArticles(feed, source).map((article): ReadItem => {
    if (Buffer.byteLength(article.text, 'utf8') <= maxBytes) return { ok: true, article };
    const itemSource = article.meta.source ?? source;
    const error = { code: 'E_TOO_LARGE', message: `article text is larger than ${maxBytes} bytes` };
    return article.meta.id === undefined
      ? { ok: false, source: itemSource, error }
      : { ok: false, source: itemSource, id: article.meta.id, error };
  });
}

/** Reads RSS, RDF, Atom and JSON Feed documents. Example: `for await (const item of feedReader.read(input)) …`. */
export const feedReader: Reader = {
  format: 'feed',
  extensions: ['.rss', '.atom', '.xml', '.rdf', '.json'],
  read,
};
