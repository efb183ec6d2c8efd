/**
 * Feed entries → Articles: one per item, the feed's title as publisher, dates normalized, and
 * duplicate items dropped. Duplicates (a later item with the guid/id — or, without one, the link —
 * of an earlier item) are skipped; the first item says how many were skipped.
 */
import type { Meta } from '../../document/document.js';
import type { Message } from '../../document/messages.js';
import type { Article } from '../article.js';
import { mergeBylines } from '../html/bylines.js';
import { opt } from '../html/json-ld.js';
import { feedDate } from './feed-dates.js';
import type { FeedEntry, ParsedFeed } from './feed-entry.js';
import { contentText } from './feed-text.js';

const info = (rule: string, reason: string): Message => ({ severity: 'info', rule, reason, stage: 'read' });

/** The Articles of a parsed feed, in feed order; `source` names the feed (items become `source#n`). */
export function feedArticles(feed: ParsedFeed, source: string): Article[] {
  const firstByKey = new Map<string, number>();
  const skipped = new Map<number, number[]>();
  const kept: Array<{ entry: FeedEntry; index: number }> = [];
  feed.entries.forEach((entry, index) => {
    const key = entryKey(entry);
    const earlier = key === undefined ? undefined : firstByKey.get(key);
    if (earlier !== undefined) {
      skipped.set(earlier, [...(skipped.get(earlier) ?? []), index + 1]);
      return;
    }
    if (key !== undefined) firstByKey.set(key, index);
    kept.push({ entry, index });
  });
  return kept.map(({ entry, index }) => {
    const article = entryArticle(entry, feed, `${source}#${index + 1}`);
    const dupes = skipped.get(index);
    if (!dupes) return article;
    const note = info(
      'feed/duplicate-id',
      `later item(s) ${dupes.join(', ')} repeat this item's id and were skipped`,
    );
    return { ...article, messages: [...(article.messages ?? []), note] };
  });
}

/** What identifies an item across a feed and across polls: its guid/id, else its link. */
export function entryKey(entry: Pick<FeedEntry, 'id' | 'link'>): string | undefined {
  return entry.id ?? entry.link;
}

/** One entry as an Article. */
export function entryArticle(entry: FeedEntry, feed: ParsedFeed, source: string): Article {
  const messages: Message[] = [...feed.messages];
  const published = entry.date === undefined ? undefined : feedDate(entry.date);
  if (entry.date === undefined) messages.push(info('feed/no-date', 'feed item has no date'));
  else if (published === undefined)
    messages.push(
      info('feed/unreadable-date', `feed item date "${entry.date}" could not be read as a calendar day`),
    );
  const text = entry.content ? contentText(entry.content) : '';
  if (!text) messages.push(info('feed/no-content', 'feed item has no content or summary'));
  const bylines = mergeBylines(entry.authors);
  const meta: Meta = {
    ...opt('id', entry.id),
    ...opt('title', entry.title),
    ...opt('url', entry.link),
    ...opt('date', entry.date),
    ...opt('published', published),
    ...(bylines.length > 0 ? { bylines } : {}),
    ...opt('publisher', feed.title),
    ...opt('language', entry.language ?? feed.language),
    source,
  };
  return { text, meta, messages };
}
