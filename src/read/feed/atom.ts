/** Atom 1.0 entries → feed entries; relative links resolved against xml:base or the feed's own URL. */
import { opt } from '../html/json-ld.js';
import type { FeedEntry } from './feed-entry.js';
import { resolveLink } from './feed-entry.js';
import type { FeedContent } from './feed-text.js';
import { titleText } from './feed-text.js';
import { all, attr, child, pickText, rawText, textOf, unescapeXml } from './xml-values.js';

/** The entries of an Atom `<feed>` root; `url` is where the feed was read from, when known. */
export function atomEntries(feed: unknown, url?: string): FeedEntry[] {
  const base = feedBase(feed, url);
  const feedAuthors = authorNames(feed);
  return all(child(feed, 'entry')).map((entry) =>
    atomEntry(entry, base, feedAuthors, attr(feed, 'xml:lang')),
  );
}

/** The feed's title and language. */
export function atomFeed(feed: unknown): { title?: string; language?: string } {
  const title = child(feed, 'title');
  return {
    ...opt('title', titleText(textOf(title), attr(title, 'type') === 'html')),
    ...opt('language', attr(feed, 'xml:lang')),
  };
}

function atomEntry(
  entry: unknown,
  feedBase: string | undefined,
  feedAuthors: readonly string[],
  feedLanguage: string | undefined,
): FeedEntry {
  const base = resolveLink(attr(entry, 'xml:base'), feedBase) ?? feedBase;
  const title = child(entry, 'title');
  const authors = authorNames(entry);
  return {
    ...opt('title', titleText(textOf(title), attr(title, 'type') === 'html')),
    ...opt('link', resolveLink(alternateHref(entry), base)),
    ...opt('id', textOf(child(entry, 'id'))),
    ...opt('date', pickText(entry, ['published', 'updated', 'dc:date'])),
    authors: authors.length > 0 ? authors : feedAuthors,
    ...opt('content', atomContent(child(entry, 'content')) ?? atomContent(child(entry, 'summary'))),
    ...opt('language', attr(entry, 'xml:lang') ?? feedLanguage),
  };
}

/** Content kept unparsed by the parser: `type` says whether it is text, escaped HTML or XHTML. */
function atomContent(node: unknown): FeedContent | undefined {
  if (attr(node, 'src') !== undefined) return undefined;
  const raw = rawText(node);
  if (raw === undefined || !raw.trim()) return undefined;
  const type = (attr(node, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type.endsWith('xml')) return { value: raw, html: true };
  return { value: unescapeXml(raw), html: type === 'html' || type === 'text/html' };
}

function alternateHref(entry: unknown): string | undefined {
  const links = all(child(entry, 'link'));
  const alternates = links.filter((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
  const html = alternates.find((l) => (attr(l, 'type') ?? 'text/html') === 'text/html');
  return attr(html ?? alternates[0], 'href');
}

// Atom's relative references resolve against xml:base, else the document's own address.
function feedBase(feed: unknown, url: string | undefined): string | undefined {
  const self = all(child(feed, 'link')).find((l) => attr(l, 'rel') === 'self');
  const documentUrl = url ?? attr(self, 'href');
  return resolveLink(attr(feed, 'xml:base'), documentUrl) ?? documentUrl;
}

function authorNames(node: unknown): string[] {
  return [
    ...all(child(node, 'author')).map((a) => textOf(child(a, 'name'))),
    textOf(child(node, 'dc:creator')),
  ].filter((n): n is string => n !== undefined);
}
