/** The feed reader's public surface: `feedReader` for the reader table, `parseFeed` for one document. */
export { feedReader, feedItems } from './feed-reader.js';
export { parseFeed, decodeFeed } from './parse-feed.js';
export type { ParseFeedOptions } from './parse-feed.js';
export { feedArticles, entryKey } from './feed-articles.js';
export type { FeedEntry, FeedKind, ParsedFeed } from './feed-entry.js';
export { feedDate } from './feed-dates.js';
