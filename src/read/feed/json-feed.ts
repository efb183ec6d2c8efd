/** JSON Feed 1.0/1.1 (jsonfeed.org) → feed entries. */
import { DatelineError } from '../../document/errors.js';
import { opt } from '../html/json-ld.js';
import type { FeedEntry, ParsedFeed } from './feed-entry.js';
import type { FeedContent } from './feed-text.js';
import { titleText } from './feed-text.js';
import { isRecord } from './xml-values.js';

/** True when a parsed JSON value declares itself a JSON Feed. */
export function isJsonFeed(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    typeof value['version'] === 'string' &&
    /jsonfeed\.org\/version\//iu.test(value['version'])
  );
}

/** Parses a JSON Feed document; a JSON value of any other shape is refused with `E_FORMAT`. */
export function parseJsonFeed(text: string): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DatelineError('E_FORMAT', `not a feed: invalid JSON (${(error as Error).message})`);
  }
  if (!isJsonFeed(value)) {
    throw new DatelineError(
      'E_FORMAT',
      'JSON without a jsonfeed.org "version" is not a JSON Feed: for one article per line use --format jsonl',
    );
  }
  const feedAuthors = names(value);
  const items = Array.isArray(value['items']) ? (value['items'] as unknown[]) : [];
  return {
    kind: 'json',
    ...opt('title', titleText(str(value['title']))),
    ...opt('language', str(value['language'])),
    entries: items.filter(isRecord).map((item) => jsonEntry(item, feedAuthors)),
    messages: [],
  };
}

function jsonEntry(item: Record<string, unknown>, feedAuthors: readonly string[]): FeedEntry {
  const authors = names(item);
  const id = item['id'];
  return {
    ...opt('title', titleText(str(item['title']))),
    ...opt('link', str(item['url']) ?? str(item['external_url'])),
    ...opt('id', typeof id === 'number' ? String(id) : str(id)),
    ...opt('date', str(item['date_published']) ?? str(item['date_modified'])),
    authors: authors.length > 0 ? authors : feedAuthors,
    ...opt('content', content(item)),
    ...opt('language', str(item['language'])),
  };
}

function content(item: Record<string, unknown>): FeedContent | undefined {
  const html = str(item['content_html']);
  if (html !== undefined) return { value: html, html: true };
  const text = str(item['content_text']) ?? str(item['summary']);
  return text === undefined ? undefined : { value: text, html: false };
}

// JSON Feed 1.1 has `authors`, 1.0 a single `author`.
function names(node: Record<string, unknown>): string[] {
  const list = Array.isArray(node['authors']) ? (node['authors'] as unknown[]) : [node['author']];
  return list
    .map((a) => (isRecord(a) ? str(a['name']) : undefined))
    .filter((n): n is string => n !== undefined);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
