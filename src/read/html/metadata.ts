/**
 * Article metadata from the page head. Sources in order of trust: plain meta tags (Dublin Core,
 * Parse.ly, citation_*, `author`), then JSON-LD NewsArticle, then `<time>` elements, then OpenGraph
 * and Twitter cards (written for link previews, so often shortened or generic). Each field takes
 * the first source that has a usable value.
 */
import type { Meta } from '../../document/document.js';
import { mergeBylines } from './bylines.js';
import { isoDate } from './dates.js';
import type { HtmlDocument } from './dom.js';
import { linkedArticle, opt } from './json-ld.js';
import { allTags, firstTag, metaTags } from './meta-tags.js';
import type { MetaTags } from './meta-tags.js';

const KEYS = {
  title: ['dc.title', 'dcterms.title', 'citation_title', 'parsely-title', 'sailthru.title', 'headline'],
  author: [
    'author',
    'dc.creator',
    'dcterms.creator',
    'citation_author',
    'parsely-author',
    'sailthru.author',
    'byl',
    'byline',
  ],
  date: [
    'article.published',
    'publish-date',
    'publish_date',
    'pubdate',
    'publishdate',
    'date',
    'datepublished',
    'dc.date.issued',
    'dc.date',
    'dcterms.issued',
    'dcterms.created',
    'citation_publication_date',
    'citation_date',
    'parsely-pub-date',
    'sailthru.date',
    'originalpublicationdate',
    'displaydate',
  ],
  publisher: ['dc.publisher', 'dcterms.publisher', 'citation_publisher', 'publisher', 'application-name'],
  language: ['content-language', 'dc.language', 'dcterms.language', 'language'],
  ogTitle: ['og:title', 'twitter:title'],
  ogAuthor: ['article:author', 'og:article:author', 'twitter:creator'],
  ogDate: ['article:published_time', 'og:article:published_time', 'og:published_time', 'article:published'],
  ogSite: ['og:site_name', 'twitter:site'],
  ogUrl: ['og:url'],
  ogLocale: ['og:locale'],
} as const;

/** What the page says about itself, before the body is looked at. */
export interface PageMeta {
  readonly title?: string;
  readonly bylines: string[];
  readonly date?: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly language?: string;
}

/** Reads title, authors, date, publisher, canonical URL and language from a parsed page. */
export function pageMeta(doc: HtmlDocument, pageUrl?: string): PageMeta {
  const tags = metaTags(doc);
  const ld = linkedArticle(doc);
  const date = publishedDate(doc, tags, ld?.datePublished);
  const url = firstOf(canonicalLink(doc), ld?.url, firstTag(tags, KEYS.ogUrl));
  return {
    ...opt(
      'title',
      clean(
        firstOf(
          firstTag(tags, KEYS.title),
          linkedTitle(doc, ld?.headline, ld?.name),
          firstTag(tags, KEYS.ogTitle),
        ),
      ),
    ),
    bylines: authors(tags, ld?.authors ?? []),
    ...opt('date', date?.raw),
    ...opt('published', date?.iso),
    ...opt(
      'publisher',
      clean(firstOf(firstTag(tags, KEYS.publisher), ld?.publisher, firstTag(tags, KEYS.ogSite))),
    ),
    ...opt('url', absolute(firstOf(url, pageUrl), pageUrl)),
    ...opt('language', language(doc, tags, ld?.language)),
  };
}

function firstOf(...values: Array<string | undefined>): string | undefined {
  return values.find((v) => v !== undefined && v.trim() !== '');
}

function clean(value: string | undefined): string | undefined {
  const s = value?.replace(/\s+/gu, ' ').trim();
  return s || undefined;
}

/** JSON-LD `headline` or `name`: when both are given and differ, the one the `<title>` repeats. */
function linkedTitle(
  doc: HtmlDocument,
  headline: string | undefined,
  name: string | undefined,
): string | undefined {
  if (!headline || !name || headline === name) return headline ?? name;
  const shown = (doc.querySelector('title')?.textContent ?? '').toLowerCase();
  return !shown.includes(headline.toLowerCase()) && shown.includes(name.toLowerCase()) ? name : headline;
}

/** The `<title>` element's text: the last resort for a headline (it often carries the site name). */
export function titleTag(doc: HtmlDocument): string | undefined {
  const title = clean(doc.querySelector('title')?.textContent ?? undefined);
  // "Headline | Site" / "Headline – Site": keep the headline when what is left is still a phrase.
  const head = title?.split(/\s+[|–—·»]\s+|\s+-\s+/u)[0];
  return head && head !== title && head.split(' ').length >= 3 ? head : title;
}

function canonicalLink(doc: HtmlDocument): string | undefined {
  return doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined;
}

function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return base === undefined && /^https?:\/\//iu.test(url) ? url.trim() : undefined;
  }
}

function authors(tags: MetaTags, fromLd: readonly string[]): string[] {
  for (const source of [allTags(tags, KEYS.author), fromLd, allTags(tags, KEYS.ogAuthor)]) {
    const names = mergeBylines(source);
    if (names.length > 0) return names;
  }
  return [];
}

function publishedDate(
  doc: HtmlDocument,
  tags: MetaTags,
  fromLd: string | undefined,
): { raw: string; iso: string } | undefined {
  const times = Array.from(doc.querySelectorAll('time[datetime]'));
  const marked = times.find(
    (t) => /datePublished/iu.test(t.getAttribute('itemprop') ?? '') || t.getAttribute('pubdate') !== null,
  );
  const candidates = [
    ...allTags(tags, KEYS.date),
    fromLd,
    marked?.getAttribute('datetime') ?? undefined,
    times[0]?.getAttribute('datetime') ?? undefined,
    ...allTags(tags, KEYS.ogDate),
  ];
  for (const raw of candidates) {
    const iso = raw === undefined ? undefined : isoDate(raw);
    if (raw !== undefined && iso) return { raw: raw.trim(), iso };
  }
  return undefined;
}

function language(doc: HtmlDocument, tags: MetaTags, fromLd: string | undefined): string | undefined {
  const raw = firstOf(
    doc.documentElement?.getAttribute('lang') ?? undefined,
    firstTag(tags, KEYS.language),
    fromLd,
    firstTag(tags, KEYS.ogLocale),
  );
  const tag = raw
    ?.trim()
    .split(/[\s,;]/u)[0]
    ?.replace(/_/gu, '-');
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/iu.test(tag)) return undefined;
  const [primary = '', ...rest] = tag.split('-');
  return [primary.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

/** Merges page metadata into reader `Meta` (caller-given fields first). */
export function toMeta(page: PageMeta, extra: Partial<Meta>): Meta {
  return {
    ...opt('title', page.title),
    ...(page.bylines.length > 0 ? { bylines: page.bylines } : {}),
    ...opt('published', page.published),
    ...opt('date', page.date),
    ...opt('url', page.url),
    ...opt('publisher', page.publisher),
    ...opt('language', page.language),
    ...extra,
  };
}
