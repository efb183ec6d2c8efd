/** RSS 2.0 (and 0.9x) and RSS 1.0/RDF items → feed entries. */
import { opt } from '../html/json-ld.js';
import type { FeedEntry } from './feed-entry.js';
import { guessContent, titleText } from './feed-text.js';
import { all, attr, child, pickText, rawText, textOf, unescapeXml } from './xml-values.js';

const DATE_TAGS = [
  'pubDate',
  'dc:date',
  'dcterms:issued',
  'dcterms:created',
  'atom:published',
  'atom:updated',
];
const CONTENT_TAGS = ['content:encoded', 'description', 'dc:description'];

/** The entries of an RSS 2.0 `<rss>` or RSS 1.0 `<rdf:RDF>` root element. */
export function rssEntries(root: unknown, rdf: boolean): FeedEntry[] {
  const channel = child(root, 'channel');
  const items = rdf ? all(child(root, 'item')) : all(child(channel, 'item'));
  return items.map((item) => rssEntry(item, rdf));
}

/** The channel's title and language. */
export function rssChannel(root: unknown): { title?: string; language?: string } {
  const channel = child(root, 'channel');
  return {
    ...opt('title', titleText(textOf(child(channel, 'title')))),
    ...opt('language', pickText(channel, ['language', 'dc:language'])),
  };
}

function rssEntry(item: unknown, rdf: boolean): FeedEntry {
  const guid = child(item, 'guid');
  const id = textOf(guid) ?? (rdf ? attr(item, 'rdf:about') : undefined);
  // A guid is the item's permalink unless it says otherwise (RSS 2.0 spec).
  const permalink = attr(guid, 'isPermaLink') !== 'false' && /^https?:\/\//iu.test(id ?? '') ? id : undefined;
  const raw = CONTENT_TAGS.map((tag) => rawText(child(item, tag))).find((c) => c?.trim());
  const content = raw === undefined ? undefined : unescapeXml(raw);
  return {
    ...opt('title', titleText(textOf(child(item, 'title')))),
    ...opt('link', pickText(item, ['link']) ?? permalink),
    ...opt('id', id),
    ...opt('date', pickText(item, DATE_TAGS)),
    authors: rssAuthors(item),
    ...opt('content', content === undefined ? undefined : guessContent(content)),
    ...opt('language', pickText(item, ['dc:language'])),
  };
}

function rssAuthors(item: unknown): string[] {
  const raw = [...all(child(item, 'author')), ...all(child(item, 'dc:creator'))]
    .map((a) => textOf(a))
    .filter((a): a is string => a !== undefined);
  // RSS 2.0 author is an e-mail address with the name in parentheses: `jo@example.com (Jo Roe)`.
  return raw.map((a) => /^\S+@\S+\s*\((.+)\)\s*$/u.exec(a)?.[1]?.trim() ?? a);
}
