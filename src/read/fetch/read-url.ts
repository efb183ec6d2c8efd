/**
 * `dateline extract URL`: fetch a feed (or a page, or a web archive) and read it with the reader
 * its bytes call for. With `fetchArticles`, each feed item's page is fetched and read through the
 * HTML reader in place of the feed's summary; when that fails, the feed's content stays, with a message.
 */
import { describeError } from '../../document/errors.js';
import type { Message } from '../../document/messages.js';
import type { Article, ReadItem } from '../article.js';
import { bufferInput } from '../inputs.js';
import { readHtml } from '../html/read-html.js';
import { pickReader } from '../pick-reader.js';
import { sniffFormat } from '../sniff.js';
import { DEFAULT_CONCURRENCY } from './fetcher.js';
import type { Fetcher } from './fetcher.js';
import { mapOrdered } from './limit.js';

export interface ReadUrlOptions {
  readonly fetcher: Fetcher;
  /** Replace each feed item's summary by the article read from its link. */
  readonly fetchArticles?: boolean;
  /** Largest article text accepted (see ReadOptions). */
  readonly maxBytes?: number;
}

const ACCEPT_FEED =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';
const ACCEPT_PAGE = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** Fetches `url` and reads every item in it. Example: `for await (const item of readUrl(url, { fetcher })) …`. */
export async function* readUrl(url: string, options: ReadUrlOptions): AsyncGenerator<ReadItem> {
  const items = await fetchItems(url, options);
  yield* options.fetchArticles ? withArticles(items, options.fetcher) : items;
}

/** The items at `url`, read but not yet enriched; a failed fetch is one failed item. */
export async function fetchItems(url: string, options: ReadUrlOptions): Promise<ReadItem[]> {
  try {
    const fetched = await options.fetcher.get(url, ACCEPT_FEED);
    const reader = pickReader('', sniffFormat(fetched.bytes.subarray(0, 4096)) ?? 'text');
    const items: ReadItem[] = [];
    const readOptions = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
    for await (const item of reader.read(bufferInput(fetched.url, fetched.bytes), readOptions))
      items.push(item);
    return items;
  } catch (error) {
    return [{ ok: false, source: url, error: describeError(error) }];
  }
}

/** Items with each linked page read in place of the feed content, fetched a few at a time, in order. */
export function withArticles(items: readonly ReadItem[], fetcher: Fetcher): AsyncGenerator<ReadItem> {
  return mapOrdered(items, DEFAULT_CONCURRENCY * 2, async (item): Promise<ReadItem> => {
    if (!item.ok || item.article.meta.url === undefined) return item;
    return { ok: true, article: await articleFromPage(item.article, item.article.meta.url, fetcher) };
  });
}

async function articleFromPage(feedArticle: Article, link: string, fetcher: Fetcher): Promise<Article> {
  let page: Article;
  try {
    const fetched = await fetcher.get(link, ACCEPT_PAGE);
    page = readHtml(fetched.bytes, { url: fetched.url, source: link });
  } catch (error) {
    return fallback(
      feedArticle,
      `could not fetch the article page (${describeError(error).message}); kept the feed's content`,
    );
  }
  if (!page.text)
    return fallback(feedArticle, "the article page has no article text; kept the feed's content");
  const meta = { ...feedArticle.meta, ...page.meta };
  // The feed's guid is the item's identity; the page only adds what the feed lacks or shortens.
  if (feedArticle.meta.id !== undefined) meta.id = feedArticle.meta.id;
  return {
    text: page.text,
    meta,
    messages: [...(feedArticle.messages ?? []).filter(keep), ...(page.messages ?? [])],
  };
}

// Notes about the feed's own content no longer apply once the page replaced it.
const keep = (m: Message): boolean => m.rule !== 'feed/no-content';

function fallback(article: Article, reason: string): Article {
  const message: Message = { severity: 'warning', rule: 'fetch/article-page', reason, stage: 'read' };
  return { ...article, messages: [...(article.messages ?? []), message] };
}
